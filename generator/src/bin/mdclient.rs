//! The `mdclient` command: API docs -> the intermediate spec, OpenAPI, or a client crate.
//!
//! ```text
//! mdclient spec     <PATH>... [-o FILE] [--name NAME]
//! mdclient openapi  <PATH>... [-o FILE] [--name NAME] [--openapi 3.0.3|3.1] [--sources]
//! mdclient generate <PATH>... -o DIR [--name CRATE_NAME] [--templates DIR] [--runtime inline]
//! ```
//!
//! Warnings go to stderr as `warning: file:line: message`; an error prints
//! `error: ...` and exits with 1 (2 for a usage error).

use std::io::{ErrorKind, Write};
use std::path::{Component, Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use mdclient::dialect::Dialect;
use mdclient::openapi::{to_openapi_yaml_with, ExportOptions};
use mdclient::render::{render_crate, RenderOptions};
use mdclient::{write_if_changed, Error, Recovered};

/// Recover an API from OpenAPI Generator / swagger-codegen Markdown docs.
#[derive(Debug, Parser)]
#[command(name = "mdclient", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Write the intermediate spec (YAML) recovered from the docs.
    Spec(SpecOutput),
    /// Write the recovered API as an OpenAPI 3.0.3 (or 3.1) document (YAML).
    Openapi(OpenapiOutput),
    /// Generate a self-contained Rust client crate.
    Generate(CrateOutput),
}

/// Options of the commands that write one YAML document.
#[derive(Debug, Args)]
struct TextOutput {
    /// API pages (any file name) or docs folders.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Write to FILE (only if its content changes) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// The API's short name [default: taken from the first input].
    #[arg(long, value_name = "NAME")]
    name: Option<String>,
    /// Read the pages as this dialect (ruby, python, go, java, kotlin, csharp, php,
    /// typescript, rust, swift, ..., generic) instead of detecting it.
    #[arg(long, value_name = "DIALECT")]
    dialect: Option<String>,
    /// Apply the corrections in FILE (YAML, see specs/README.md) to the recovered spec.
    #[arg(long, value_name = "FILE")]
    overrides: Option<PathBuf>,
}

/// Options of `openapi`.
#[derive(Debug, Args)]
struct OpenapiOutput {
    #[command(flatten)]
    out: TextOutput,
    /// The OpenAPI version to write: 3.0.3 or 3.1 (3.1.0).
    #[arg(long, value_name = "VERSION", default_value = "3.0.3")]
    openapi: mdclient::openapi::Version,
    /// Give every operation, parameter, model and property the `file:line` of the docs
    /// it was read from, as `x-mdclient-source`.
    #[arg(long)]
    sources: bool,
}

/// Options of `spec`.
#[derive(Debug, Args)]
struct SpecOutput {
    #[command(flatten)]
    out: TextOutput,
    /// Instead of the spec, list every inferred fact: `file:line: path = value (rule)`.
    #[arg(long)]
    explain: bool,
}

/// Options of `generate`.
#[derive(Debug, Args)]
struct CrateOutput {
    /// API pages (any file name) or docs folders.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// The crate's folder; only files whose content changes are written.
    #[arg(short, long, value_name = "DIR")]
    output: PathBuf,
    /// The crate's name [default: `<api>-client`, e.g. `togai-client`].
    #[arg(long, value_name = "CRATE_NAME")]
    name: Option<String>,
    /// Templates overriding the embedded ones, file by file.
    #[arg(long, value_name = "DIR")]
    templates: Option<PathBuf>,
    /// Read the pages as this dialect (ruby, python, go, java, kotlin, csharp, php,
    /// typescript, rust, swift, ..., generic) instead of detecting it.
    #[arg(long, value_name = "DIALECT")]
    dialect: Option<String>,
    /// Apply the corrections in FILE (YAML, see specs/README.md) to the recovered spec.
    #[arg(long, value_name = "FILE")]
    overrides: Option<PathBuf>,
    /// The `mdclient-runtime` crate the client depends on, as a path written into its
    /// Cargo.toml [default: the runtime crate of this mdclient's source tree when it
    /// is still there, else the registry version 0.1].
    #[arg(long, value_name = "PATH", conflicts_with = "runtime")]
    runtime_path: Option<String>,
    /// `inline`: write the runtime into the crate as its module `mdclient_runtime`
    /// (with the runtime's dependencies and features in its Cargo.toml), so it
    /// builds with no `mdclient-runtime` crate; `crate` (the default): depend on it.
    #[arg(long, value_name = "inline|crate", default_value = "crate", value_parser = ["inline", "crate"])]
    runtime: String,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // Nothing better to do if stderr itself is gone.
            let _ = writeln!(
                std::io::stderr(),
                "error: {}",
                mdclient::terminal_safe(&e.to_string())
            );
            ExitCode::FAILURE
        }
    }
}

fn run(command: Command) -> Result<(), Error> {
    match command {
        Command::Spec(SpecOutput { out: args, explain }) => {
            let spec = recover(&args)?.spec;
            if explain {
                let mut text = String::new();
                for fact in mdclient::spec::explain(&spec) {
                    text.push_str(&format!(
                        "{}: {} = {} ({})\n",
                        fact.source, fact.path, fact.value, fact.rule
                    ));
                }
                return emit(&text, args.output.as_deref());
            }
            let yaml = mdclient::spec::to_yaml(&spec).map_err(|message| Error::Spec {
                file: spec.name.clone(),
                message,
            })?;
            emit(&yaml, args.output.as_deref())
        }
        Command::Openapi(args) => {
            let spec = recover(&args.out)?.spec;
            let options = ExportOptions {
                version: args.openapi,
                sources: args.sources,
            };
            emit(
                &to_openapi_yaml_with(&spec, &options)?,
                args.out.output.as_deref(),
            )
        }
        Command::Generate(args) => generate(&args),
    }
}

/// Reads the docs and reports the warnings met on the way.
fn recover(args: &TextOutput) -> Result<Recovered, Error> {
    let dialect = match args.dialect.as_deref() {
        None => None,
        Some(wanted) => Some(Dialect::by_name(wanted).ok_or_else(|| {
            let known: Vec<&str> = mdclient::dialect::dialects::DIALECTS
                .iter()
                .map(|d| d.name)
                .chain(["generic"])
                .collect();
            Error::NoInput(format!(
                "unknown dialect `{wanted}`: expected one of {}",
                known.join(", ")
            ))
        })?),
    };
    let mut builder = mdclient::Builder::new();
    for path in &args.paths {
        builder = builder.input(path);
    }
    if let Some(name) = &args.name {
        builder = builder.name(name);
    }
    if let Some(dialect) = dialect {
        builder = builder.dialect(dialect);
    }
    if let Some(file) = &args.overrides {
        builder = builder.overrides(file);
    }
    let recovered = builder.recover()?;
    let mut stderr = std::io::stderr().lock();
    for warning in &recovered.warnings {
        let _ = writeln!(stderr, "{warning}");
    }
    Ok(recovered)
}

/// Writes `text` to `file`, or to stdout; a closed stdout (`| head`) is not an error.
fn emit(text: &str, file: Option<&Path>) -> Result<(), Error> {
    if let Some(file) = file {
        return write_if_changed(file, text).map(drop);
    }
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() != ErrorKind::BrokenPipe => Err(Error::Io {
            path: PathBuf::from("<stdout>"),
            source: e,
        }),
        _ => Ok(()),
    }
}

fn generate(args: &CrateOutput) -> Result<(), Error> {
    let input = TextOutput {
        paths: args.paths.clone(),
        output: None,
        name: None,
        dialect: args.dialect.clone(),
        overrides: args.overrides.clone(),
    };
    let spec = recover(&input)?.spec;
    let crate_name = match &args.name {
        Some(name) => name.clone(),
        None => default_crate_name(&spec.name),
    };
    let options = RenderOptions {
        template_dir: args.templates.clone(),
        preamble: Vec::new(),
        runtime_path: args.runtime_path.clone().or_else(source_tree_runtime),
        // A crate has both spellings, behind its `chrono` and `uuid` features.
        typed_formats: false,
        inline_runtime: args.runtime == "inline",
    }
    .generated_from(&args.paths);
    let files = render_crate(&spec, &crate_name, &options)?;
    // The renderer names files inside the crate; check them all before writing any,
    // rather than trust that none would land outside DIR.
    if let Some((path, _)) = files
        .iter()
        .find(|(path, _)| !path.components().all(|c| matches!(c, Component::Normal(_))))
    {
        return Err(Error::Render {
            template: path.display().to_string(),
            message: "the output path leaves the crate folder".into(),
        });
    }
    for (path, content) in &files {
        write_if_changed(&args.output.join(path), content)?;
    }
    Ok(())
}

/// The runtime crate next to this binary's generator sources, when it is there.
fn source_tree_runtime() -> Option<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../runtime");
    let dir = dir.canonicalize().ok()?;
    dir.join("Cargo.toml")
        .is_file()
        .then(|| dir.to_string_lossy().into_owned())
}

/// `<api>-client`, made a valid package name: the API name defaults to the first
/// input's stem, which may be anything (`002_94e56c8fdaca085b` -> `api-002_94e56c8fdaca085b-client`).
fn default_crate_name(api: &str) -> String {
    let mut name: String = api
        .chars()
        .map(|c| match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' | '_' | '-' => c.to_ascii_lowercase(),
            _ => '-',
        })
        .collect();
    if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        name.insert_str(0, "api-");
    }
    // A package name has at most 64 characters: a long folder name is cut.
    name.truncate(64 - "-client".len());
    let name = name.trim_end_matches(['-', '_']);
    format!("{name}-client")
}
