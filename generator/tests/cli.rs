//! The `mdclient` binary, run as a user runs it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const C2M_PAGE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../specs/c2m/002_94e56c8fdaca085b.txt"
);

fn mdclient(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mdclient"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A fresh folder under cargo's per-target scratch space.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

#[test]
fn a_missing_file_is_an_error_naming_it() {
    for command in ["spec", "openapi"] {
        let out = mdclient(&[command, "no/such/page.txt"]);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        assert!(stderr(&out).starts_with("error: "), "{}", stderr(&out));
        assert!(
            stderr(&out).contains("no/such/page.txt"),
            "{}",
            stderr(&out)
        );
        assert!(out.stdout.is_empty());
    }
    let dir = scratch("missing");
    let out = mdclient(&["generate", "no/such/page.txt", "-o", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("no/such/page.txt"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn usage_errors_exit_with_2() {
    let cases: &[&[&str]] = &[
        &[],
        &["frobnicate"],
        &["spec"],
        &["openapi", "--bogus", C2M_PAGE],
        &["generate", C2M_PAGE],
    ];
    for args in cases {
        let out = mdclient(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(!stderr(&out).is_empty(), "{args:?}");
    }
}

#[test]
fn help_succeeds() {
    let out = mdclient(&["--help"]);
    assert!(out.status.success());
    for command in ["spec", "openapi", "generate"] {
        assert!(stdout(&out).contains(command), "{}", stdout(&out));
    }
}

#[test]
fn spec_prints_the_recovered_spec() {
    let out = mdclient(&["spec", C2M_PAGE]);
    assert!(out.status.success(), "{}", stderr(&out));
    let yaml = stdout(&out);
    assert!(yaml.contains("id: issue_long_term_token"), "{yaml}");
    assert!(yaml.contains("X-Client-Id"), "{yaml}");
    let spec: mdclient::spec::Spec = mdclient::spec::from_yaml(&yaml).expect("spec reads back");
    assert_eq!(spec.apis[0].operations.len(), 3);
}

#[test]
fn name_sets_the_api_name() {
    let out = mdclient(&["spec", C2M_PAGE, "--name", "c2m_auth"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("name: c2m_auth\n"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn openapi_prints_the_openapi_document() {
    let out = mdclient(&["openapi", C2M_PAGE]);
    assert!(out.status.success(), "{}", stderr(&out));
    let yaml = stdout(&out);
    assert!(yaml.starts_with("openapi: 3.0.3\n"), "{yaml}");
    assert!(
        yaml.contains("operationId: issue_long_term_token"),
        "{yaml}"
    );
    assert!(yaml.contains("X-Client-Id"), "{yaml}");
}

#[test]
fn output_file_is_written_only_when_it_changes() {
    let dir = scratch("output-file");
    let file = dir.join("openapi.yaml");
    let out = mdclient(&["openapi", C2M_PAGE, "-o", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let written = std::fs::read_to_string(&file).expect("output written");
    assert!(written.contains("operationId: issue_long_term_token"));

    let before = std::fs::metadata(&file).and_then(|m| m.modified()).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    let out = mdclient(&["openapi", C2M_PAGE, "-o", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let after = std::fs::metadata(&file).and_then(|m| m.modified()).unwrap();
    assert_eq!(before, after, "an unchanged output was rewritten");
}

/// Every file under `dir`, with its content.
fn files_under(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let content = std::fs::read_to_string(&path).unwrap_or_default();
                files.push((path, content));
            }
        }
    }
    files.sort();
    files
}

#[test]
fn generate_writes_a_crate_and_leaves_unchanged_files_alone() {
    let dir = scratch("generate");
    let args = [
        "generate",
        C2M_PAGE,
        "-o",
        dir.to_str().unwrap(),
        "--name",
        "c2m-client",
    ];
    let out = mdclient(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).expect("Cargo.toml written");
    assert!(manifest.contains("c2m-client"), "{manifest}");
    let files = files_under(&dir);
    assert!(
        files
            .iter()
            .any(|(_, text)| text.contains("Generated by mdclient from")),
        "no file carries the preamble"
    );

    let modified = |files: &[(PathBuf, String)]| -> Vec<_> {
        files
            .iter()
            .map(|(path, _)| std::fs::metadata(path).and_then(|m| m.modified()).unwrap())
            .collect()
    };
    let before = modified(&files);
    std::thread::sleep(std::time::Duration::from_millis(20));
    let out = mdclient(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        modified(&files_under(&dir)),
        before,
        "unchanged files were rewritten"
    );
}

#[test]
fn generate_derives_a_valid_crate_name_from_any_page_name() {
    let dir = scratch("generate-default-name");
    let out = mdclient(&["generate", C2M_PAGE, "-o", dir.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).expect("Cargo.toml written");
    assert!(
        manifest.contains("name = \"api-002_94e56c8fdaca085b-client\""),
        "{manifest}"
    );
}

#[test]
fn explain_lists_every_inferred_fact_with_its_place_and_rule() {
    let out = mdclient(&["spec", "--explain", C2M_PAGE]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let line = text
        .lines()
        .find(|l| {
            l.contains("apis.AuthApi.operations.revoke_token.params.token_id.wire_name = tokenId")
        })
        .unwrap_or_else(|| panic!("{text}"));
    assert!(line.contains("002_94e56c8fdaca085b.txt:212: "), "{line}");
    assert!(line.contains("{tokenId}"), "{line}");
    assert!(
        text.contains("security_schemes.ClientKey.in = header"),
        "{text}"
    );
}

#[test]
fn overrides_correct_facts_and_a_stale_one_is_an_error() {
    let dir = scratch("overrides");
    let good = dir.join("good.yaml");
    std::fs::write(
        &good,
        "security_schemes:\n  ClientKey: {in: query}\napis:\n  AuthApi:\n    operations:\n      revoke_token:\n        path: /auth/tokens/{id}/revoke\n        params:\n          token_id: {wire_name: id}\n",
    )
    .unwrap();
    let out = mdclient(&["openapi", "--overrides", good.to_str().unwrap(), C2M_PAGE]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("in: query"), "{text}");
    assert!(text.contains("- name: id\n        in: path"), "{text}");

    // A correction that leaves the path without its parameter is refused the same
    // way by every command: the operation is dropped, with a warning.
    let broken = dir.join("broken.yaml");
    std::fs::write(
        &broken,
        "apis:\n  AuthApi:\n    operations:\n      revoke_token:\n        params:\n          token_id: {wire_name: id}\n",
    )
    .unwrap();
    for command in ["spec", "openapi"] {
        let out = mdclient(&[command, "--overrides", broken.to_str().unwrap(), C2M_PAGE]);
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(stderr(&out).contains("{tokenId}"), "{}", stderr(&out));
        assert!(
            !stdout(&out).contains("revoke"),
            "{command}: revoke_token kept"
        );
    }

    let stale = dir.join("stale.yaml");
    std::fs::write(
        &stale,
        "apis:\n  AuthApi:\n    operations:\n      gone_op: {summary: x}\n",
    )
    .unwrap();
    let out = mdclient(&["spec", "--overrides", stale.to_str().unwrap(), C2M_PAGE]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("apis.AuthApi.operations.gone_op"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn generated_files_carry_no_path_of_this_machine() {
    let dir = scratch("no-paths");
    let out = dir.join("crate");
    let result = mdclient(&["generate", C2M_PAGE, "-o", out.to_str().unwrap()]);
    assert!(result.status.success(), "{}", stderr(&result));
    let lib = std::fs::read_to_string(out.join("src/lib.rs")).unwrap();
    let here = env!("CARGO_MANIFEST_DIR");
    let machine = Path::new(here)
        .parent()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    assert!(!lib.contains(&machine), "src/lib.rs names {machine}");
    assert!(lib.starts_with("// Generated by mdclient from 002_94e56c8fdaca085b.txt."));
}
