//! The workspace's maintenance tasks, as a library so tests can run them too.

pub mod bench_build;
pub mod codegen;
mod diff;
pub mod fixtures;
pub mod prism;
pub mod wild;

use std::path::PathBuf;

/// The workspace root (the parent of this crate).
pub fn workspace_root() -> PathBuf {
    let xtask = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    xtask.parent().map_or(xtask.clone(), PathBuf::from)
}

/// `cargo xtask fuzz CASES`: the page fuzzer (`generator/tests/proptest_pages.rs`)
/// run long, in a release build. No nightly toolchain can be installed here, so this
/// is proptest rather than cargo-fuzz; a failing case is shrunk and printed, and
/// proptest records its seed in `generator/tests/proptest_pages.regressions`, to be
/// committed, so every later run (the short one in `cargo test` too) tries it
/// first.
pub fn fuzz(cases: u32) -> Result<String, String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let start = std::time::Instant::now();
    let status = std::process::Command::new(cargo)
        .current_dir(workspace_root())
        .args([
            "test",
            "--release",
            "-p",
            "mdclient",
            "--test",
            "proptest_pages",
            "--",
            "--nocapture",
        ])
        .env("PROPTEST_CASES", cases.to_string())
        .status()
        .map_err(|e| format!("fuzz: cannot run cargo: {e}"))?;
    if status.success() {
        Ok(format!(
            "fuzz: {cases} mutated pages, no panic, no hang ({:.0} s)",
            start.elapsed().as_secs_f64()
        ))
    } else {
        Err(format!(
            "fuzz: a case failed ({status}); its shrunk input is above"
        ))
    }
}
