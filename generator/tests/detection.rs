//! Dialect detection: every fixture folder (tests/fixtures/<spec>/<label>-<version>/)
//! is read as the dialect of the generator that wrote it, without being told; and
//! `ReadOptions::dialect` overrides the detection.

use std::path::{Path, PathBuf};

use mdclient::dialect::Dialect;
use mdclient::{read_docs_with, ReadOptions};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures")
}

/// Every `<spec>/<label>-<version>` folder, in name order.
fn folders() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for spec in std::fs::read_dir(fixtures()).expect("tests/fixtures") {
        let spec = spec.expect("entry").path();
        if !spec.is_dir() {
            continue;
        }
        for folder in std::fs::read_dir(&spec).expect("spec folder") {
            let folder = folder.expect("entry").path();
            if folder.is_dir() {
                out.push(folder);
            }
        }
    }
    out.sort();
    out
}

/// The dialect a generator's docs are written in, from the folder's label
/// (`java-native-7.26.0`, `swagger-kotlin-client-3.0.34`).
fn expected(folder: &str) -> &str {
    let label = folder.rsplit_once('-').map_or(folder, |(l, _)| l);
    let generator = label.strip_prefix("swagger-").unwrap_or(label);
    let family = generator.split('-').next().unwrap_or(generator);
    match family {
        "android" => "java",
        "swift5" | "swift6" => "swift",
        other => other,
    }
}

#[test]
fn every_fixture_folder_is_detected_as_its_generators_dialect() {
    let mut wrong = Vec::new();
    let all = folders();
    assert!(
        all.len() > 200,
        "expected the fixture corpus, found {} folders",
        all.len()
    );
    for folder in &all {
        let name = folder
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let want = expected(name);
        let recovered = read_docs_with(&[folder], &ReadOptions::default())
            .unwrap_or_else(|e| panic!("{}: {e}", folder.display()));
        let mut seen: Vec<&str> = recovered
            .spec
            .apis
            .iter()
            .map(|a| a.dialect.as_str())
            .collect();
        seen.sort_unstable();
        seen.dedup();
        if seen != [want] {
            wrong.push(format!(
                "{}: expected {want}, detected {seen:?}",
                folder.display()
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} folders misdetected:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn every_dialect_is_known_by_name() {
    for name in [
        "ruby",
        "python",
        "go",
        "java",
        "kotlin",
        "scala",
        "csharp",
        "powershell",
        "php",
        "typescript",
        "javascript",
        "rust",
        "swift",
        "dart",
        "r",
        "perl",
        "julia",
        "objc",
        "c",
        "bash",
        "eiffel",
        "gdscript",
        "markdown",
        "generic",
    ] {
        let d = Dialect::by_name(name).unwrap_or_else(|| panic!("no dialect `{name}`"));
        assert_eq!(d.name, name);
    }
    assert!(Dialect::by_name("cobol").is_none());
}

#[test]
fn the_dialect_option_overrides_detection() {
    let folder = fixtures().join("billing/java-7.26.0");
    let detected = read_docs_with(&[&folder], &ReadOptions::default()).expect("java docs");
    assert!(detected.spec.apis.iter().all(|a| a.dialect == "java"));
    let generic = Dialect::by_name("generic").expect("generic");
    let forced = read_docs_with(
        &[&folder],
        &ReadOptions {
            dialect: Some(generic),
            ..ReadOptions::default()
        },
    )
    .expect("java docs read as generic");
    assert!(forced.spec.apis.iter().all(|a| a.dialect == "generic"));
    // The override changes what the pages mean: java's `Integer` is an int32, which
    // the shared rules alone read as a model.
    let limit = |r: &mdclient::Recovered| {
        r.spec
            .apis
            .iter()
            .flat_map(|a| &a.operations)
            .flat_map(|o| &o.params)
            .find(|p| p.name == "perPage")
            .map(|p| p.ty.to_string())
    };
    assert_eq!(limit(&detected).as_deref(), Some("int32"));
    assert_ne!(limit(&forced), limit(&detected));
}
