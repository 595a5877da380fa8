//! [`Builder`]: generate a client from a downstream crate's `build.rs`, in the manner
//! of `prost_build::Config`.

use std::path::{Path, PathBuf};

use crate::dialect::{read_docs_with, Dialect, ReadOptions, Recovered};
use crate::render::{render_module, RenderOptions};
use crate::spec::Spec;
use crate::{Error, Warning};

/// Generates a client module from docs, for `build.rs`.
///
/// ```no_run
/// // build.rs
/// fn main() -> Result<(), mdclient::Error> {
///     mdclient::Builder::new()
///         .input("docs/AuthApi.md")
///         .name("auth")
///         .generate()?;
///     Ok(())
/// }
/// // src/lib.rs
/// // include!(concat!(env!("OUT_DIR"), "/auth.rs"));
/// ```
///
/// It writes `<OUT_DIR>/<name>.rs` (only when the content changed, so cargo does
/// not rebuild what did not change), prints `cargo:rerun-if-changed` for every input
/// and template folder, and passes the docs' warnings on as `cargo:warning`.
///
/// It is the one pipeline driver: the `mdclient` binary, `cargo xtask codegen` and the
/// fixture tests go through [`Builder::recover`] and [`Builder::build`] too, so every
/// caller reads, corrects and validates docs the same way.
#[derive(Debug, Clone, Default)]
pub struct Builder {
    inputs: Vec<PathBuf>,
    root: Option<PathBuf>,
    name: Option<String>,
    out_dir: Option<PathBuf>,
    template_dir: Option<PathBuf>,
    overrides: Option<PathBuf>,
    dialect: Option<&'static Dialect>,
    cargo_directives: Option<bool>,
    typed_formats: bool,
    inline_runtime: bool,
}

impl Builder {
    /// A builder with no inputs; output to `OUT_DIR`.
    pub fn new() -> Self {
        Builder::default()
    }

    /// Adds a page (any file name) or a docs folder.
    pub fn input(mut self, path: impl AsRef<Path>) -> Self {
        self.inputs.push(path.as_ref().to_path_buf());
        self
    }

    /// The module's name: the file written is `<name>.rs`. Default: the first
    /// input's file stem.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Where to write; default: the `OUT_DIR` cargo gives build scripts.
    pub fn out_dir(mut self, dir: impl AsRef<Path>) -> Self {
        self.out_dir = Some(dir.as_ref().to_path_buf());
        self
    }

    /// A folder whose `*.rs.jinja` files override the built-in templates, file by file.
    pub fn template_dir(mut self, dir: impl AsRef<Path>) -> Self {
        self.template_dir = Some(dir.as_ref().to_path_buf());
        self
    }

    /// A file of corrections applied to the recovered spec (see
    /// [`crate::spec::apply_overrides`]); an override that matches nothing is an error.
    pub fn overrides(mut self, file: impl AsRef<Path>) -> Self {
        self.overrides = Some(file.as_ref().to_path_buf());
        self
    }

    /// Records input paths (in the spec, warnings and errors) relative to this folder.
    pub fn root(mut self, dir: impl AsRef<Path>) -> Self {
        self.root = Some(dir.as_ref().to_path_buf());
        self
    }

    /// Reads every page as this dialect instead of detecting it.
    pub fn dialect(mut self, dialect: &'static Dialect) -> Self {
        self.dialect = Some(dialect);
        self
    }

    /// Whether to print `cargo:` directives (default: only when run by cargo, i.e.
    /// when `OUT_DIR` is set).
    pub fn cargo_directives(mut self, enabled: bool) -> Self {
        self.cargo_directives = Some(enabled);
        self
    }

    /// Types `date`, `date-time` and `uuid` strings as `chrono::NaiveDate`,
    /// `chrono::DateTime<FixedOffset>` and `uuid::Uuid` (default: `String`); the
    /// crate including the module then enables `mdclient-runtime`'s `chrono` and
    /// `uuid` features. The wire text is the same either way.
    pub fn typed_formats(mut self, enabled: bool) -> Self {
        self.typed_formats = enabled;
        self
    }

    /// Writes the runtime into the module too (`pub mod mdclient_runtime`, at the
    /// module's top), so the crate needs no `mdclient-runtime` dependency; it then
    /// needs the runtime's own dependencies (README: "Without the runtime crate").
    pub fn inline_runtime(mut self, enabled: bool) -> Self {
        self.inline_runtime = enabled;
        self
    }

    /// Reads the docs and applies the corrections: the spec every command works on,
    /// validated (see [`crate::spec::validate`]), and the warnings met on the way.
    pub fn recover(&self) -> Result<Recovered, Error> {
        if self.inputs.is_empty() {
            return Err(Error::NoInput(
                "no docs given: call Builder::input with a page or a docs folder".into(),
            ));
        }
        let options = ReadOptions {
            name: self.name.clone(),
            dialect: self.dialect,
            root: self.root.clone(),
        };
        let mut recovered = read_docs_with(&self.inputs, &options)?;
        if let Some(file) = &self.overrides {
            let shown = match &self.root {
                Some(root) => file.strip_prefix(root).unwrap_or(file),
                None => file.as_path(),
            };
            let shown = shown.to_string_lossy().replace('\\', "/");
            recovered.spec = crate::spec::apply_overrides_file_as(&recovered.spec, file, &shown)?;
            // Corrections pass the same validation as the reader's output.
            let repairs = crate::spec::validate::repair(&mut recovered.spec);
            recovered.warnings.extend(repairs);
        }
        Ok(recovered)
    }

    /// [`Builder::recover`], then the module rendered: nothing written, no `cargo:`
    /// directive printed.
    pub fn build(&self) -> Result<Generated, Error> {
        let Recovered { spec, warnings } = self.recover()?;
        let render = RenderOptions {
            template_dir: self.template_dir.clone(),
            preamble: Vec::new(),
            runtime_path: None,
            typed_formats: self.typed_formats,
            inline_runtime: self.inline_runtime,
        }
        .generated_from(&self.inputs);
        let code = render_module(&spec, &render)?;
        Ok(Generated {
            spec,
            warnings,
            code,
        })
    }

    /// Reads the docs, renders the module and writes it; returns the file's path.
    pub fn generate(&self) -> Result<PathBuf, Error> {
        let directives = self
            .cargo_directives
            .unwrap_or_else(|| std::env::var_os("OUT_DIR").is_some());
        if directives {
            for input in self
                .inputs
                .iter()
                .chain(&self.template_dir)
                .chain(&self.overrides)
            {
                println!("cargo:rerun-if-changed={}", input.display());
            }
        }
        let out_dir = match &self.out_dir {
            Some(dir) => dir.clone(),
            None => std::env::var_os("OUT_DIR")
                .map(PathBuf::from)
                .ok_or_else(|| {
                    Error::NoInput(
                    "OUT_DIR is not set: call Builder::generate from build.rs, or set out_dir()"
                        .into(),
                )
                })?,
        };
        let generated = self.build()?;
        if directives {
            for warning in &generated.warnings {
                println!("cargo:warning={warning}");
            }
        }
        let path = out_dir.join(format!("{}.rs", file_stem(&generated.spec.name)));
        write_if_changed(&path, &generated.code)?;
        Ok(path)
    }
}

/// What [`Builder::build`] made.
#[derive(Debug, Clone)]
pub struct Generated {
    /// The recovered, corrected and validated spec the code was rendered from.
    pub spec: Spec,
    /// The oddities met reading the docs and applying the corrections.
    pub warnings: Vec<Warning>,
    /// The client module, fit for `include!()`.
    pub code: String,
}

/// A safe file name for the module: the name with anything but ASCII letters, digits,
/// `-` and `_` replaced by `_` (so no name can point outside `OUT_DIR`).
fn file_stem(name: &str) -> String {
    let stem: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if stem.is_empty() {
        "api".into()
    } else {
        stem
    }
}

/// Writes `content` to `path` unless it already holds exactly that.
pub fn write_if_changed(path: &Path, content: &str) -> Result<bool, Error> {
    if std::fs::read_to_string(path).is_ok_and(|current| current == content) {
        return Ok(false);
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    }
    std::fs::write(path, content).map_err(|e| Error::io(path, e))?;
    Ok(true)
}
