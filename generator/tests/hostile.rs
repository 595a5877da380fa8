//! Hostile, broken and odd docs (issue 11): each case is the smallest folder that
//! shows it. Every case must give a spec or an error naming file:line, never a panic
//! or a silently wrong client; where it gives a spec, `openapi` must export a document
//! an independent OpenAPI 3.0 model reads, and `generate` must render.

use mdclient::render::{render_module, RenderOptions};
use mdclient::spec::{ParamLocation, Spec};

struct Read {
    spec: Spec,
    warnings: Vec<String>,
}

/// A fresh folder holding `pages` (path, bytes).
fn folder(pages: &[(&str, &[u8])]) -> std::path::PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static CASE: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "mdclient-hostile-{}-{}",
        std::process::id(),
        CASE.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    for (path, bytes) in pages {
        let file = dir.join(path);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(file, bytes).unwrap();
    }
    dir
}

/// Reads the folder, then checks that the spec exports and renders.
fn read(pages: &[(&str, &[u8])]) -> Read {
    let dir = folder(pages);
    let recovered = mdclient::read_docs(&[&dir], Some("hostile")).unwrap();
    std::fs::remove_dir_all(&dir).ok();
    agrees(&recovered.spec);
    Read {
        warnings: recovered.warnings.iter().map(ToString::to_string).collect(),
        spec: recovered.spec,
    }
}

/// `openapi` and `generate` accept what `spec` gave, and the document validates.
fn agrees(spec: &Spec) {
    let yaml = mdclient::openapi::to_openapi_yaml(spec).unwrap();
    let doc: Result<openapiv3::OpenAPI, _> = mdclient::spec::from_yaml(&yaml);
    assert!(doc.is_ok(), "not OpenAPI 3.0: {doc:?}\n{yaml}");
    render_module(spec, &RenderOptions::default()).unwrap();
}

const HEAD: &str = "# P::PetApi\n\nAll URIs are relative to *https://x.io/v1*\n\n\
                    | Method | HTTP request | Description |\n| --- | --- | --- |\n";

fn section(id: &str, params: &str) -> String {
    format!(
        "\n## {id}\n\n> {id}\n\n### Parameters\n\n| Name | Type | Description | Notes |\n\
         | ---- | ---- | ----------- | ----- |\n{params}\n\n### Return type\n\nnil (empty response body)\n\n\
         ### HTTP request headers\n\n- **Content-Type**: Not defined\n- **Accept**: application/json\n"
    )
}

fn row(id: &str, request: &str) -> String {
    format!("| [**{id}**](PetApi.md#{id}) | {request} | Do it |\n")
}

fn ops(spec: &Spec) -> Vec<&mdclient::spec::Operation> {
    spec.apis.iter().flat_map(|a| &a.operations).collect()
}

#[test]
fn one_operation_documented_three_times_keeps_the_first_sections_parameters() {
    let page = format!(
        "{HEAD}{}{}{}{}",
        row("get", "**GET** /p"),
        section("get", "| **a** | **String** | | [optional] |"),
        section("get", "| **b** | **String** | | [optional] |"),
        section("get", "| **c** | **String** | | [optional] |"),
    );
    let r = read(&[("PetApi.md", page.as_bytes())]);
    let names: Vec<&str> = ops(&r.spec)[0]
        .params
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, ["a"]);
    assert_eq!(
        r.warnings
            .iter()
            .filter(|w| w.contains("documented again"))
            .count(),
        2
    );
}

#[test]
fn the_row_named_exactly_as_the_placeholder_fills_it() {
    let page = format!(
        "{HEAD}{}{}",
        row("get", "**GET** /p/{id}"),
        section(
            "get",
            "| **ID** | **String** | | [optional] |\n| **id** | **Integer** | |  |"
        ),
    );
    let r = read(&[("PetApi.md", page.as_bytes())]);
    let op = ops(&r.spec)[0];
    let path: Vec<(&str, bool)> = op
        .params
        .iter()
        .filter(|p| p.location == ParamLocation::Path)
        .map(|p| (p.name.as_str(), p.required))
        .collect();
    assert_eq!(path, [("id", true)], "{:?}", op.params);
}

#[test]
fn a_second_model_page_with_one_title_is_ignored_with_a_warning() {
    let page = format!("{HEAD}{}{}", row("get", "**GET** /p"), section("get", ""));
    let model = |prop: &str| {
        format!("# P::Pet\n\n## Properties\n\n| Name | Type | Description | Notes |\n| --- | --- | --- | --- |\n| **{prop}** | **String** | | |\n")
    };
    let r = read(&[
        ("PetApi.md", page.as_bytes()),
        ("Pet.md", model("first").as_bytes()),
        ("Pet2.md", model("second").as_bytes()),
    ]);
    assert_eq!(r.spec.models["Pet"].properties[0].name, "first");
    assert!(
        r.warnings
            .iter()
            .any(|w| w.contains("Pet2.md:1") && w.contains("second page")),
        "{:?}",
        r.warnings
    );
}

#[test]
fn a_bom_cr_only_lines_and_a_tab_indented_table_read_as_text() {
    let page =
        format!("{HEAD}{}{}", row("get", "**GET** /p"), section("get", "")).replace('\n', "\r");
    let model = "\u{feff}# P::Pet\n\n## Properties\n\n\t| Name | Type | Description | Notes |\n\t| --- | --- | --- | --- |\n\t| **name** | **String** | | |\n";
    let r = read(&[("PetApi.md", page.as_bytes()), ("Pet.md", model.as_bytes())]);
    assert_eq!(r.spec.models["Pet"].properties[0].name, "name");
    // Line numbers count CR-only line ends.
    assert_eq!(
        ops(&r.spec)[0].source.line,
        9,
        "{:?}",
        ops(&r.spec)[0].source
    );
}

#[test]
fn malformed_paths_are_mended_or_dropped_never_sent_elsewhere() {
    let page = format!(
        "{HEAD}{}{}{}{}{}{}{}{}",
        row("spaced", "**GET** /f/{ x }"),
        row("query", "**GET** /q?debug=1"),
        row("absolute", "**GET** https://evil.example/x"),
        row("dots", "**GET** /a/../admin"),
        section("spaced", "| **x** | **String** | |  |"),
        section("query", ""),
        section("absolute", ""),
        section("dots", ""),
    );
    let r = read(&[("PetApi.md", page.as_bytes())]);
    let paths: Vec<&str> = ops(&r.spec).iter().map(|o| o.path.as_str()).collect();
    assert_eq!(paths, ["/f/{x}"]);
    for what in [
        "`?` part",
        "PetApi.md:9: expected a path relative to the base URL",
        "`..` segment",
    ] {
        assert!(
            r.warnings.iter().any(|w| w.contains(what)),
            "{what}: {:?}",
            r.warnings
        );
    }
}

#[test]
fn credentials_in_the_base_url_are_stripped_with_a_warning() {
    let page = format!("{HEAD}{}{}", row("get", "**GET** /p"), section("get", ""))
        .replace("https://x.io/v1", "https://admin:hunter2@x.io/v1");
    let r = read(&[("PetApi.md", page.as_bytes())]);
    assert_eq!(r.spec.servers[0].url, "https://x.io/v1");
    assert!(r.warnings.iter().any(|w| w.contains("credentials")));
    assert!(!r.warnings.iter().any(|w| w.contains("hunter2")));
    let code = render_module(&r.spec, &RenderOptions::default()).unwrap();
    assert!(!code.contains("hunter2"));
}

#[test]
fn a_readme_row_with_an_unknown_method_is_skipped() {
    let page = format!("{HEAD}{}{}", row("get", "**GET** /p"), section("get", ""));
    let readme = "# p\n\n## Documentation for API Endpoints\n\nAll URIs are relative to *https://x.io/v1*\n\n\
                  Class | Method | HTTP request | Description\n------------ | ------------- | ------------- | -------------\n\
                  *PetApi* | [**get**](docs/PetApi.md#get) | **GET** /p | Do it\n\
                  *PetApi* | [**zap**](docs/PetApi.md#zap) | **ZAP** /z | Zap it\n";
    let r = read(&[
        ("docs/PetApi.md", page.as_bytes()),
        ("README.md", readme.as_bytes()),
    ]);
    assert_eq!(ops(&r.spec).len(), 1);
}

#[test]
fn names_of_any_script_and_blank_names() {
    let page = format!(
        "{HEAD}{}{}",
        row("get", "**GET** /p"),
        section("get", "| **Café** | **String** | | [optional] |\n| | **String** | A row with no name | [optional] |"),
    );
    let model = "# P::2FAConfig\n\n## Properties\n\n| Name | Type | Description | Notes |\n| --- | --- | --- | --- |\n| **naïve** | **String** | | |\n";
    let user = "# P::User\n\n## Properties\n\n| Name | Type | Description | Notes |\n| --- | --- | --- | --- |\n| **second_factor** | [**2FAConfig**](2FAConfig.md) | | |\n";
    let r = read(&[
        ("PetApi.md", page.as_bytes()),
        ("2FAConfig.md", model.as_bytes()),
        ("User.md", user.as_bytes()),
    ]);
    assert_eq!(
        r.spec.models["User"].properties[0].ty,
        mdclient::spec::TypeRef::Model("2FAConfig".into())
    );
    assert!(
        r.warnings.iter().any(|w| w.contains("has no name")),
        "{:?}",
        r.warnings
    );
    let code = render_module(&r.spec, &RenderOptions::default()).unwrap();
    assert!(code.contains("pub fn cafe("), "Café");
    assert!(code.contains("pub naive:"), "naïve");
    assert!(code.contains("pub second_factor: V2faConfig"), "2FAConfig");
}

#[test]
fn markup_and_terminal_escapes_in_the_docs_stay_inert() {
    let page = format!("{HEAD}{}{}", row("get", "**GET** /p"), section("get", "| **a** | **String** | <script>x</script> [c](javascript:alert(1)) \u{200b}\u{202e} | [optional] |"))
        .replace("| Do it |", "| Do \u{1b}]0;pwned\u{7} it |");
    let r = read(&[("PetApi.md", page.as_bytes())]);
    let code = render_module(&r.spec, &RenderOptions::default()).unwrap();
    assert!(
        !code.contains("<script>") && !code.contains("javascript:"),
        "markup kept"
    );
    assert!(!code.contains('\u{200b}') && !code.contains('\u{202e}') && !code.contains('\u{1b}'));
    for w in &r.warnings {
        assert!(!w.chars().any(|c| c.is_control()), "{w:?}");
    }
}

#[test]
fn a_type_nested_too_deep_is_any_json_with_a_warning() {
    let deep = format!("{}String{}", "Array<".repeat(500), ">".repeat(500));
    let page = format!(
        "{HEAD}{}{}",
        row("get", "**GET** /p"),
        section("get", &format!("| **a** | **{deep}** | | [optional] |")),
    );
    let r = read(&[("PetApi.md", page.as_bytes())]);
    assert!(!ops(&r.spec)[0].params.is_empty());
}

#[test]
fn a_deep_list_is_an_error_naming_its_line() {
    let deep: String = (0..2_000)
        .map(|d| format!("{}- x\n", "  ".repeat(d)))
        .collect();
    let page = format!(
        "{HEAD}{}{}{deep}",
        row("get", "**GET** /p"),
        section("get", "")
    );
    let dir = folder(&[("PetApi.md", page.as_bytes())]);
    let err = mdclient::read_docs(&[&dir], None).unwrap_err().to_string();
    std::fs::remove_dir_all(&dir).ok();
    assert!(
        err.contains("PetApi.md:") && err.contains("nested"),
        "{err}"
    );
}

#[test]
fn fifty_thousand_rows_read_export_and_render() {
    // The size of the big benchmark case (`examples/bench_big.rs`), at a tenth: the
    // test bounds correctness, the benchmark time and memory.
    let mut page = String::from(HEAD);
    for i in 0..5_100 {
        page.push_str(&row(
            &format!("op_{i}"),
            &format!("**GET** /items/{i}/{{id}}"),
        ));
    }
    let r = read(&[("PetApi.md", page.as_bytes())]);
    assert_eq!(ops(&r.spec).len(), 5_100);
}

#[cfg(unix)]
#[test]
fn symlink_loops_fifos_and_devices_do_not_hang_the_walk() {
    let page = format!("{HEAD}{}{}", row("get", "**GET** /p"), section("get", ""));
    let dir = folder(&[("docs/PetApi.md", page.as_bytes())]);
    std::os::unix::fs::symlink(".", dir.join("docs/loop")).unwrap();
    std::os::unix::fs::symlink("..", dir.join("docs/up")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", dir.join("docs/Zero.md")).unwrap();
    let _ = std::process::Command::new("mkfifo")
        .arg(dir.join("docs/Fifo.md"))
        .status();
    let recovered = mdclient::read_docs(&[&dir], None).unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(ops(&recovered.spec).len(), 1);
    assert!(recovered
        .warnings
        .iter()
        .any(|w| w.message.contains("device")));
}
