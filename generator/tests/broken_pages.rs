//! Broken or hostile pages give located errors or warnings, never a panic.

use mdclient::{read_docs, Error};

fn read(name: &str, content: &[u8]) -> Result<mdclient::Recovered, Error> {
    let dir = std::env::temp_dir().join(format!("mdclient-broken-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    read_docs(&[&path], None)
}

fn seed() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../specs/c2m/002_94e56c8fdaca085b.txt"
    );
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn empty_file_is_a_located_error() {
    let err = read("empty.md", b"").unwrap_err().to_string();
    assert!(err.contains("empty.md:1:"), "{err}");
    assert!(err.contains("expected an API page"), "{err}");
}

#[test]
fn binary_junk_is_a_located_error() {
    let err = read("junk.md", b"# Title\n\x00\x9f\x92\x96\xff")
        .unwrap_err()
        .to_string();
    assert!(err.contains("junk.md:2:"), "{err}");
    assert!(err.contains("UTF-8"), "{err}");
}

#[test]
fn a_page_without_an_endpoint_table_names_its_title_line() {
    let err = read("nope.md", b"\n\n# Pkg::NopeApi\n\nJust prose.\n")
        .unwrap_err()
        .to_string();
    assert!(err.contains("nope.md:3:"), "{err}");
}

#[test]
fn a_bad_endpoint_row_is_skipped_with_a_warning_naming_its_line() {
    let page = "# P::AApi\n\n| Method | HTTP request | Description |\n| - | - | - |\n| [**op**](A.md#op) | oops | x |\n| [**ok**](A.md#ok) | **GET** /ok | y |\n";
    let recovered = read("row.md", page.as_bytes()).unwrap();
    let ops = &recovered.spec.apis[0].operations;
    assert_eq!(ops.len(), 1);
    assert_eq!(ops[0].id, "ok");
    let warning = recovered.warnings.iter().find(|w| w.at.line == 5).unwrap();
    assert!(warning.to_string().contains("row.md:5:"), "{warning}");
    assert!(warning.message.contains("HTTP method"), "{warning}");
}

#[test]
fn truncated_page_warns_and_goes_on() {
    let page = seed();
    // Cut in the middle of the second operation's parameter table.
    let cut = page.find("| **short_token_request**").unwrap();
    let recovered = read("truncated.md", &page.as_bytes()[..cut + 12]).unwrap();
    let ops = &recovered.spec.apis[0].operations;
    assert_eq!(ops.len(), 3);
    assert_eq!(
        ops[0]
            .body
            .as_ref()
            .unwrap()
            .ty
            .as_ref()
            .unwrap()
            .to_string(),
        "LongTokenRequest"
    );
    assert!(
        recovered
            .warnings
            .iter()
            .any(|w| w.message.contains("revoke_token")),
        "{:?}",
        recovered.warnings
    );
}

#[test]
fn missing_signature_and_sections_still_parse() {
    let page = seed().replace(
        "> <LongTokenResponse> issue_long_term_token(long_token_request)",
        "",
    );
    let recovered = read("nosig.md", page.as_bytes()).unwrap();
    assert_eq!(recovered.spec.apis[0].operations.len(), 3);
}

#[test]
fn every_prefix_of_every_seed_is_handled() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs");
    let apis = std::fs::read_dir(root).unwrap().map(|e| e.unwrap().path());
    for api in apis.filter(|p| p.is_dir()) {
        for file in std::fs::read_dir(api).unwrap() {
            let path = file.unwrap().path();
            // The seed pages; whole SDK folders (specs/petstore) are covered by the
            // proptest over fixtures.
            if path.is_dir() || path.extension().is_some_and(|e| e == "yaml") {
                continue;
            }
            let bytes = std::fs::read(&path).unwrap();
            for end in (0..bytes.len()).step_by(97) {
                // Ok or a located error: either way, no panic.
                if let Err(e) = read("prefix.md", &bytes[..end]) {
                    assert!(e.to_string().contains("prefix.md"), "{e}");
                }
            }
        }
    }
}

#[test]
fn an_unknown_method_drops_its_operation_where_it_stands() {
    let page = seed().replace(
        "| **POST** /auth/tokens/long |",
        "| **NO** /auth/tokens/long |",
    );
    let recovered = read("method.md", page.as_bytes()).unwrap();
    assert_eq!(recovered.spec.apis[0].operations.len(), 2);
    let shown: Vec<String> = recovered.warnings.iter().map(ToString::to_string).collect();
    assert!(
        shown
            .iter()
            .any(|w| w.contains("method.md:7:") && w.contains("NO")),
        "{shown:?}"
    );
}

#[test]
fn a_media_type_that_cannot_be_a_header_is_dropped_with_a_warning() {
    let page = seed().replacen("- **Accept**: application/json", "- **Accept**: é", 1);
    let recovered = read("accept.md", page.as_bytes()).unwrap();
    assert!(recovered.spec.apis[0].operations[0].produces.is_empty());
    assert!(
        recovered.warnings.iter().any(|w| w.message.contains("`é`")),
        "{:?}",
        recovered.warnings
    );
    mdclient::render::render_module(&recovered.spec, &Default::default()).unwrap();
}
