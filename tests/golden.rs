//! The checked-in specs/*/spec.yaml and generated/*/ are exactly what codegen writes
//! now, and codegen is deterministic.

use xtask::codegen::{outputs, run, Mode};

#[test]
fn checked_in_files_are_fresh() {
    if let Err(report) = run(Mode::Check) {
        panic!("{report}");
    }
}

#[test]
fn codegen_is_byte_identical_across_runs() {
    let root = xtask::workspace_root();
    let first = outputs(&root).unwrap();
    let second = outputs(&root).unwrap();
    assert_eq!(first.len(), second.len());
    for (a, b) in first.iter().zip(&second) {
        assert_eq!(a.path, b.path);
        assert!(
            a.content == b.content,
            "{} differs between runs",
            a.path.display()
        );
    }
}

#[test]
fn every_seed_has_a_spec_and_a_client() {
    let root = xtask::workspace_root();
    let paths: Vec<String> = outputs(&root)
        .unwrap()
        .iter()
        .map(|o| o.path.to_string_lossy().replace('\\', "/"))
        .collect();
    for api in [
        "benchling",
        "c2m",
        "datagalaxy",
        "petstore",
        "rxinfer",
        "togai",
    ] {
        for file in [
            format!("specs/{api}/spec.yaml"),
            format!("generated/{api}/Cargo.toml"),
            format!("generated/{api}/src/lib.rs"),
        ] {
            assert!(paths.contains(&file), "codegen does not write {file}");
        }
    }
}
