//! Renders fixture docs folders under tests/fixtures/ into OUT_DIR, one module each,
//! and writes `fixtures.rs`, the list of those modules; and, for `tests/wire.rs`, the
//! wire smoke tests of each module (`<module>_wire.rs`) and `wire.rs`, the list of
//! those; and, for `tests/prism/main.rs` (`cargo xtask prism`), the calls of every
//! operation of each module (`<module>_prism.rs`) and `prism.rs`, the list of those
//! with the spec and folder each module comes from.
//!
//! Compiling every folder would take minutes, so the set is bounded (see
//! [`compiled`]): every spec for the [`EVERY_SPEC`] folders, and the `kitchen` spec
//! (the one with every feature) for the [`KITCHEN_ONLY`] ones.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures");
    println!("cargo:rerun-if-changed={}", root.display());
    let out = PathBuf::from(std::env::var("OUT_DIR")?);
    let mut list = String::new();
    let mut wire = String::new();
    let mut prism = String::new();
    let mut dialects = String::new();
    let folders = fixture_folders(&root)?;
    for folder in folders.iter().filter(|f| compiled(f)) {
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
        // The spec and folder, for `prism.rs`'s list.
        let source = (spec.to_string_lossy(), flavour.to_string_lossy());
        // One read of the folder: the module and the spec it was rendered from.
        let generated = mdclient::Builder::new()
            .input(folder)
            .name(&module)
            .build()
            .map_err(|e| format!("{}: {e}", folder.display()))?;
        mdclient::write_if_changed(&out.join(format!("{module}.rs")), &generated.code)?;
        let spec = generated.spec;
        let tests =
            mdclient::render::render_wire_smoke_tests(&spec, &format!("fixture_clients::{module}"))
                .map_err(|e| format!("{}: {e}", folder.display()))?;
        mdclient::write_if_changed(&out.join(format!("{module}_wire.rs")), &tests)?;
        let calls =
            mdclient::render::render_prism_calls(&spec, &format!("fixture_clients::{module}"))
                .map_err(|e| format!("{}: {e}", folder.display()))?;
        mdclient::write_if_changed(&out.join(format!("{module}_prism.rs")), &calls)?;
        writeln!(
            prism,
            "mod {module} {{ include!(concat!(env!(\"OUT_DIR\"), \"/{module}_prism.rs\")); }}"
        )?;
        writeln!(
            dialects,
            "    ({:?}, {:?}, {module}::calls),",
            source.0, source.1
        )?;
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
    writeln!(
        prism,
        "/// Each module's spec (`tests/fixtures/<spec>/`), folder and calls.\n\
         pub(crate) const DIALECTS: &[(&str, &str, support::Caller)] = &[\n{dialects}];"
    )?;
    mdclient::write_if_changed(&out.join("prism.rs"), &prism)?;
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

/// Folders compiled for the `kitchen` spec only (the one with every feature): the
/// newest era of each other dialect, to keep the build short.
const KITCHEN_ONLY: &[&str] = &[
    "bash-7.26.0",
    "c-7.26.0",
    "csharp-httpclient-7.26.0",
    "dart-dio-7.26.0",
    "eiffel-7.26.0",
    "gdscript-7.26.0",
    "java-micronaut-client-7.26.0",
    "julia-client-7.26.0",
    "kotlin-retrofit2-7.26.0",
    "markdown-7.26.0",
    "objc-7.26.0",
    "perl-7.26.0",
    "php-nextgen-7.26.0",
    "r-7.26.0",
    "scala-akka-7.26.0",
    "swagger-java-2.4.9",
    "swagger-ruby-3.0.34",
    "swift6-7.26.0",
    "typescript-7.26.0",
    "typescript-fetch-7.26.0",
];

/// Whether `folder` is compiled: an [`EVERY_SPEC`] folder (a prefix ending in `-`
/// takes every version and flavour of the generator), or a [`KITCHEN_ONLY`] one.
fn compiled(folder: &Path) -> bool {
    let name = folder
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let every = EVERY_SPEC.iter().any(|p| {
        if p.ends_with('-') {
            name.starts_with(p)
        } else {
            name == *p
        }
    });
    let spec = folder.parent().and_then(Path::file_name);
    every || (KITCHEN_ONLY.contains(&name) && spec.is_some_and(|s| s == "kitchen"))
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
