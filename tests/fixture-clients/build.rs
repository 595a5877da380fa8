//! Renders every fixture docs folder under tests/fixtures/ into OUT_DIR, one module
//! each, and writes `fixtures.rs`, the list of those modules; and, for
//! `tests/wire.rs`, the wire smoke tests of each module (`<module>_wire.rs`) and
//! `wire.rs`, the list of those.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures");
    println!("cargo:rerun-if-changed={}", root.display());
    let out = PathBuf::from(std::env::var("OUT_DIR")?);
    let mut list = String::new();
    let mut wire = String::new();
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
        // The spec the builder rendered (same docs, same options), for the tests.
        let options = mdclient::ReadOptions {
            name: Some(module.clone()),
            ..Default::default()
        };
        let spec = mdclient::read_docs_with(&[&folder], &options)
            .map_err(|e| format!("{}: {e}", folder.display()))?
            .spec;
        let tests =
            mdclient::render::render_wire_smoke_tests(&spec, &format!("fixture_clients::{module}"))
                .map_err(|e| format!("{}: {e}", folder.display()))?;
        mdclient::write_if_changed(&out.join(format!("{module}_wire.rs")), &tests)?;
        writeln!(
            wire,
            "mod {module} {{ include!(concat!(env!(\"OUT_DIR\"), \"/{module}_wire.rs\")); }}"
        )?;
        writeln!(
            list,
            "#[doc = {:?}]\npub mod {module} {{ include!(concat!(env!(\"OUT_DIR\"), \"/{module}.rs\")); }}",
            format!("The client recovered from `{}`.", folder.display())
        )?;
    }
    mdclient::write_if_changed(&out.join("fixtures.rs"), &list)?;
    mdclient::write_if_changed(&out.join("wire.rs"), &wire)?;
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
