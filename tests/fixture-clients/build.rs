//! Renders every fixture docs folder under tests/fixtures/ into OUT_DIR, one module
//! each, and writes `fixtures.rs`, the list of those modules.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures");
    println!("cargo:rerun-if-changed={}", root.display());
    let out = PathBuf::from(std::env::var("OUT_DIR")?);
    let mut list = String::new();
    for folder in fixture_folders(&root)? {
        let spec = folder
            .parent()
            .and_then(Path::file_name)
            .unwrap_or_default();
        let flavour = folder.file_name().unwrap_or_default();
        let module: String = format!("{}_{}", spec.to_string_lossy(), flavour.to_string_lossy())
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                }
            })
            .collect();
        mdclient::Builder::new()
            .input(&folder)
            .name(&module)
            .out_dir(&out)
            .cargo_directives(false)
            .generate()
            .map_err(|e| format!("{}: {e}", folder.display()))?;
        writeln!(
            list,
            "#[doc = {:?}]\npub mod {module} {{ include!(concat!(env!(\"OUT_DIR\"), \"/{module}.rs\")); }}",
            format!("The client recovered from `{}`.", folder.display())
        )?;
    }
    std::fs::write(out.join("fixtures.rs"), list)?;
    Ok(())
}

/// `tests/fixtures/<spec>/<generator>-<version>/`, in name order.
fn fixture_folders(root: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut folders = Vec::new();
    let Ok(specs) = std::fs::read_dir(root) else {
        return Ok(folders);
    };
    for spec in specs {
        let spec = spec?.path();
        if !spec.is_dir() {
            continue;
        }
        for flavour in std::fs::read_dir(&spec)? {
            let flavour = flavour?.path();
            if flavour.is_dir() {
                folders.push(flavour);
            }
        }
    }
    folders.sort();
    Ok(folders)
}
