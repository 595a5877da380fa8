//! `cargo xtask wild`: mdclient on real SDK docs folders (`../shared/wild/<entry>/`,
//! each `docs/` with, for most, the `spec.yaml|json` it was generated from).
//!
//! For every entry: read the docs (errors and warnings counted), export OpenAPI,
//! compare it with the entry's spec by the round-trip suite's comparison and ceiling
//! oracle (Swagger 2.0 specs converted first; only operations the docs list and
//! models they have a page for are scored), and generate the client. The clients
//! are then checked as modules of one crate (`target/wild/clients/`, its own
//! workspace), so they cost one `cargo check`. One table; a non-zero exit on a folder that cannot be read or
//! rendered, a client that does not compile, or a carried fact the reader misses
//! that `tests/fidelity/src/allowed.rs` does not accept.
//!
//! The folder is data, not part of the project: when it is absent the command says
//! so and succeeds. `MDCLIENT_WILD=<dir>` points elsewhere.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use mdclient_fidelity::{load_source, measure_with, report, Folder, Scope};

use crate::workspace_root;

/// One entry's row of the table.
struct Row {
    entry: String,
    dialect: String,
    operations: usize,
    models: usize,
    warnings: usize,
    error: Option<String>,
    /// `(facts, carried, recovered of carried)`, when the entry has a spec.
    score: Option<(usize, usize, usize)>,
    module: Option<String>,
}

/// Runs the command; `Ok` is the report. `compile`: false skips the `cargo check`
/// of the clients (`--no-compile`, to iterate on the reader).
pub fn run(compile: bool) -> Result<String, String> {
    let root = workspace_root();
    let wild = std::env::var_os("MDCLIENT_WILD")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/wild"));
    if !wild.is_dir() {
        return Ok(format!(
            "wild: skipped: {} does not exist (set MDCLIENT_WILD to the folder of real SDK docs)",
            wild.display()
        ));
    }
    let entries = entries(&wild)?;
    let out = root.join("target/wild/clients");
    fs::create_dir_all(out.join("src")).map_err(|e| format!("{}: {e}", out.display()))?;

    let mut rows = Vec::new();
    let mut folders = Vec::new();
    let mut lib = String::from(
        "//! Every client `cargo xtask wild` generates, as one crate: one `cargo check`.\n\
         #![allow(clippy::all, missing_docs)]\n",
    );
    for entry in &entries {
        let name = file_name(entry);
        let docs = entry.join("docs");
        let module = module_name(&name);
        let mut row = Row {
            entry: name.clone(),
            dialect: String::new(),
            operations: 0,
            models: 0,
            warnings: 0,
            error: None,
            score: None,
            module: None,
        };
        match mdclient_fidelity::recover(&docs, &module, Some(&wild)) {
            Err(e) => row.error = Some(e),
            Ok(recovered) => {
                row.dialect = recovered.dialect.clone();
                row.warnings = recovered.warnings;
                row.operations = recovered.spec.apis.iter().map(|a| a.operations.len()).sum();
                row.models = recovered
                    .spec
                    .models
                    .values()
                    .filter(|m| m.documented)
                    .count();
                match mdclient::render::render_module(&recovered.spec, &Default::default()) {
                    Ok(code) => {
                        let file = out.join("src").join(format!("{module}.rs"));
                        mdclient::write_if_changed(&file, &code).map_err(|e| e.to_string())?;
                        let _ = writeln!(lib, "pub mod {module} {{ include!(\"{module}.rs\"); }}");
                        row.module = Some(module.clone());
                    }
                    Err(e) => row.error = Some(format!("render: {e}")),
                }
            }
        }
        if let Some(spec) = ["spec.yaml", "spec.json"]
            .iter()
            .map(|f| entry.join(f))
            .find(|p| p.is_file())
        {
            match load_source(&spec) {
                Ok(source) => folders.push(Folder {
                    spec: name.clone(),
                    dialect: name.clone(),
                    dir: docs.clone(),
                    source,
                }),
                Err(e) => row.error = Some(e),
            }
        }
        rows.push(row);
    }

    let pool = fixture_folders(&root)?;
    let (outcomes, errors) = measure_with(&folders, Some(&wild), Scope::Documented, &pool);
    for o in &outcomes {
        if let Some(row) = rows.iter_mut().find(|r| r.entry == o.spec) {
            let mut total = mdclient_fidelity::compare::Count::default();
            for c in o.tally.counts.values() {
                total.add(*c);
            }
            row.score = Some((total.total, total.carried, total.carried_recovered));
        }
    }

    mdclient::write_if_changed(&out.join("src/lib.rs"), &lib).map_err(|e| e.to_string())?;
    mdclient::write_if_changed(&out.join("Cargo.toml"), &manifest(&root))
        .map_err(|e| e.to_string())?;
    let lock = root.join("Cargo.lock");
    fs::copy(&lock, out.join("Cargo.lock")).map_err(|e| format!("{}: {e}", lock.display()))?;
    let compiled = if compile { check(&root, &out) } else { Ok(()) };

    let client = match (&compiled, compile) {
        (Ok(()), true) => "compiles",
        (Ok(()), false) => "not checked",
        (Err(_), _) => "see below",
    };
    let mut text = table(&rows, client);
    let unexplained = report::unexplained(&outcomes);
    let stale = report::stale_allowances(&outcomes);
    let _ = writeln!(
        text,
        "\n## Guessed wire names\n\n{}\n## Per entry and fact kind: recovered of carried / carried of all\n\n{}",
        report::guesses(&outcomes),
        report::aggregate_tables(&report::aggregate(&outcomes))
    );
    let mut failures: Vec<String> = errors;
    failures.extend(
        rows.iter()
            .filter_map(|r| r.error.as_ref().map(|e| format!("{}: {e}", r.entry))),
    );
    if let Err(e) = compiled {
        failures.push(format!("the clients do not compile:\n{e}"));
    }
    if !unexplained.is_empty() {
        failures.push(format!(
            "{} carried facts the reader missed (fix the reader, or accept one with its reason in tests/fidelity/src/allowed.rs):\n{}",
            unexplained.len(),
            unexplained.join("\n")
        ));
    }
    if !stale.is_empty() {
        failures.push(format!(
            "{} allowances in tests/fidelity/src/allowed.rs match no miss any more (remove them):\n{}",
            stale.len(),
            stale.join("\n")
        ));
    }
    if failures.is_empty() {
        Ok(text)
    } else {
        Err(format!("{text}\n{}", failures.join("\n")))
    }
}

/// The fixture corpus, whose spellings the oracle pools with the real folders'.
fn fixture_folders(root: &Path) -> Result<Vec<Folder>, String> {
    let mut out = Vec::new();
    let fixtures = root.join("tests/fixtures");
    for spec in sorted_dirs(&fixtures)? {
        let path = spec.join("openapi.yaml");
        if !path.is_file() {
            continue;
        }
        let source = load_source(&path)?;
        for dir in sorted_dirs(&spec)? {
            out.push(Folder {
                spec: file_name(&spec),
                dialect: file_name(&dir),
                dir,
                source: source.clone(),
            });
        }
    }
    Ok(out)
}

fn sorted_dirs(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut dirs: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    Ok(dirs)
}

fn entries(wild: &Path) -> Result<Vec<PathBuf>, String> {
    let mut entries: Vec<PathBuf> = fs::read_dir(wild)
        .map_err(|e| format!("{}: {e}", wild.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("docs").is_dir())
        .collect();
    entries.sort();
    Ok(entries)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// `bitmex-ruby-2.3` -> `bitmex_ruby_2_3`.
fn module_name(entry: &str) -> String {
    let name: String = entry
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("w_{name}")
    } else {
        name
    }
}

fn manifest(root: &Path) -> String {
    format!(
        "[package]\nname = \"wild-clients\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [lib]\npath = \"src/lib.rs\"\n\n[workspace]\n\n[dependencies]\n\
         mdclient-runtime = {{ path = {:?} }}\nserde = {{ version = \"1\", features = [\"derive\"] }}\nserde_json = \"1\"\n",
        root.join("runtime").display().to_string()
    )
}

/// `cargo check` of the clients crate, in the workspace's target folder: the
/// dependencies the workspace build checked are reused.
fn check(root: &Path, crate_dir: &Path) -> Result<(), String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .arg("check")
        .arg("--quiet")
        .arg("--manifest-path")
        .arg(crate_dir.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(root.join("target"))
        .output()
        .map_err(|e| format!("cargo: {e}"))?;
    if output.status.success() {
        Ok(())
    } else {
        let stderr = String::from_utf8_lossy(&output.stderr);
        Err(stderr.lines().take(60).collect::<Vec<_>>().join("\n"))
    }
}

fn table(rows: &[Row], checked: &str) -> String {
    let mut out = String::from(
        "| entry | dialect | operations | models | warnings | facts | carried | recovered of carried | client |\n\
         | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n",
    );
    let pct = |a: usize, b: usize| {
        if b == 0 {
            "-".to_string()
        } else {
            format!("{:.1}%", a as f64 * 100.0 / b as f64)
        }
    };
    let (mut facts, mut carried, mut recovered) = (0, 0, 0);
    for r in rows {
        let (score_facts, score_carried, score_recovered) = match r.score {
            Some((f, c, rc)) => {
                facts += f;
                carried += c;
                recovered += rc;
                (
                    f.to_string(),
                    format!("{c} ({})", pct(c, f)),
                    format!("{rc}/{c} ({})", pct(rc, c)),
                )
            }
            None => ("-".into(), "no spec".into(), "-".into()),
        };
        let client = match (&r.error, &r.module) {
            (Some(_), _) => "error".to_string(),
            (None, Some(_)) => checked.to_string(),
            (None, None) => "-".to_string(),
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {score_facts} | {score_carried} | {score_recovered} | {client} |",
            r.entry, r.dialect, r.operations, r.models, r.warnings
        );
    }
    let _ = writeln!(
        out,
        "| **all** | | {} | {} | {} | {facts} | {carried} ({}) | {recovered}/{carried} ({}) | |",
        rows.iter().map(|r| r.operations).sum::<usize>(),
        rows.iter().map(|r| r.models).sum::<usize>(),
        rows.iter().map(|r| r.warnings).sum::<usize>(),
        pct(carried, facts),
        pct(recovered, carried)
    );
    out
}
