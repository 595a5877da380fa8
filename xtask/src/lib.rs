//! The workspace's maintenance tasks, as a library so tests can run them too.

pub mod codegen;
mod diff;
pub mod fixtures;
pub mod wild;

use std::path::PathBuf;

/// The workspace root (the parent of this crate).
pub fn workspace_root() -> PathBuf {
    let xtask = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    xtask.parent().map_or(xtask.clone(), PathBuf::from)
}
