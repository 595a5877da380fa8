//! `cargo xtask prism`: every fixture client against a Prism mock server of its
//! source spec. Installs the pinned `@stoplight/prism-cli` of `xtask/prism/`
//! (`npm ci` into `target/prism/`, nothing in the tree), then runs the check,
//! `tests/fixture-clients/tests/prism/main.rs`, with `MDCLIENT_PRISM` set to it: the
//! servers, the calls, the table per docs folder and the allow-list are there.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::workspace_root;

/// Installs Prism (when `target/prism/` is not that install already) and runs the
/// check; `Err` when npm or the check fails, the check's report above it.
pub fn run() -> Result<String, String> {
    let root = workspace_root();
    let start = Instant::now();
    let prism = install(&root)?;
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    // `--workspace`: the features the workspace's tests build with, so that after
    // `cargo test --workspace` nothing but the check itself is compiled.
    let status = Command::new(cargo)
        .current_dir(&root)
        .args(["test", "--workspace", "--locked", "--test", "prism"])
        .env("MDCLIENT_PRISM", &prism)
        .status()
        .map_err(|e| format!("prism: cannot run cargo: {e}"))?;
    let seconds = start.elapsed().as_secs_f64();
    if status.success() {
        Ok(format!("prism: passed ({seconds:.0} s)"))
    } else {
        Err(format!(
            "prism: failed ({status}, {seconds:.0} s); the report is above"
        ))
    }
}

/// Installs Prism as [`run`] does; the executable's path, for `MDCLIENT_PRISM`.
pub fn install_only() -> Result<String, String> {
    let prism = install(&workspace_root())?;
    Ok(prism.to_string_lossy().into_owned())
}

/// `target/prism/node_modules/.bin/prism`, installed by `npm ci` from the checked-in
/// lock file, without install scripts (no telemetry postinstall).
fn install(root: &Path) -> Result<PathBuf, String> {
    let pinned = root.join("xtask/prism");
    let dir = root.join("target/prism");
    let prism = dir.join("node_modules/.bin/prism");
    let lock = std::fs::read(pinned.join("package-lock.json"))
        .map_err(|e| format!("prism: {}: {e}", pinned.display()))?;
    let installed = std::fs::read(dir.join("package-lock.json")).ok();
    if prism.is_file() && installed.as_deref() == Some(lock.as_slice()) {
        return Ok(prism);
    }
    std::fs::create_dir_all(&dir).map_err(|e| format!("prism: {}: {e}", dir.display()))?;
    for file in ["package.json", "package-lock.json"] {
        std::fs::copy(pinned.join(file), dir.join(file))
            .map_err(|e| format!("prism: copying {file} to {}: {e}", dir.display()))?;
    }
    let status = Command::new("npm")
        .arg("ci")
        .arg("--prefix")
        .arg(&dir)
        .args(["--ignore-scripts", "--no-audit", "--no-fund"])
        // stdout is the path `--install` prints; npm's errors still reach stderr.
        .stdout(std::process::Stdio::null())
        .status()
        .map_err(|e| format!("prism: cannot run npm (Node 20+ and npm are needed): {e}"))?;
    if !status.success() || !prism.is_file() {
        return Err(format!(
            "prism: `npm ci --prefix {}` failed ({status})",
            dir.display()
        ));
    }
    Ok(prism)
}
