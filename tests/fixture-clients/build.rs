//! Renders fixture docs folders under tests/fixtures/ into OUT_DIR, one module each,
//! and writes `fixtures.rs`, the list of those modules; and, for `tests/wire.rs`, the
//! wire smoke tests of each module (`<module>_wire.rs`) and `wire.rs`, the list of
//! those.
//!
//! Compiling every folder would take minutes, so the set is bounded (see
//! [`compiled`]): every spec for the [`EVERY_SPEC`] folders, and the `kitchen` spec
//! (the one with every feature) for the newest era of every other generator.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures");
    println!("cargo:rerun-if-changed={}", root.display());
    let out = PathBuf::from(std::env::var("OUT_DIR")?);
    let mut list = String::new();
    let mut wire = String::new();
    let folders = fixture_folders(&root)?;
    for folder in folders.iter().filter(|f| compiled(f, &folders)) {
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
            .input(folder)
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

/// Folders compiled for all three specs: the generators of the first dialects.
const EVERY_SPEC: &[&str] = &[
    "csharp-7.26.0",
    "dart-7.26.0",
    "go-",
    "java-7.26.0",
    "javascript-7.26.0",
    "kotlin-7.26.0",
    "php-7.26.0",
    "powershell-7.26.0",
    "python-",
    "ruby-",
    "rust-7.26.0",
    "typescript-axios-7.26.0",
];

/// Whether `folder` is compiled: an [`EVERY_SPEC`] folder (a prefix ending in `-`
/// takes every version and flavour of the generator), or a `kitchen` folder that
/// is the newest version of its generator.
fn compiled(folder: &Path, all: &[PathBuf]) -> bool {
    let name = folder
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    if EVERY_SPEC.iter().any(|p| {
        if p.ends_with('-') {
            name.starts_with(p)
        } else {
            name == *p
        }
    }) {
        return true;
    }
    let spec = folder.parent().and_then(Path::file_name);
    let label = |n: &str| {
        n.rsplit_once('-')
            .map_or(n.to_string(), |(l, _)| l.to_string())
    };
    let version = |n: &str| -> Vec<u32> {
        n.rsplit_once('-')
            .map(|(_, v)| v.split('.').filter_map(|p| p.parse().ok()).collect())
            .unwrap_or_default()
    };
    let newest = all
        .iter()
        .filter_map(|f| f.file_name().and_then(|n| n.to_str()))
        .filter(|n| label(n) == label(name))
        .all(|n| version(n) <= version(name));
    spec.is_some_and(|s| s == "kitchen") && newest
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
