//! `cargo xtask bench-build`: how long the client each tool generates for one API
//! takes to build, side by side in one run.
//!
//! For each input the same API is generated three ways: mdclient from its docs,
//! progenitor (`cargo-progenitor`, pinned, installed into `target/bench-tools/`) and
//! OpenAPI Generator `-g rust` (PyPI `openapi-generator-cli`, pinned, the venv
//! `cargo xtask fixtures` uses) from its spec. Each crate is its own workspace with
//! its own target folder; its dependencies are built once (`cargo build`, `cargo
//! check`). Then, `rounds` times, interleaved (A B C A B C ...), each tool's crate
//! alone: `touch src/lib.rs` and `cargo build`, then the same with `cargo check`,
//! timed with `/usr/bin/time`, whose maximum resident size is that of the largest
//! child, rustc. `CARGO_INCREMENTAL=0`, debug profile.
//!
//! Inputs: `authentik` (`../shared/wild/authentik-swift6`, docs and spec; skipped when
//! absent), `synthetic` (the 1,000-operation folder of
//! `generator/benches/support/synthetic.rs`; the peers get mdclient's OpenAPI export
//! of it, there being no other spec), `fixture` (`tests/fixtures/petstore_plus`, its
//! python 7.26.0 docs and its spec). Where a peer rejects a spec or its output does
//! not compile, the rewrite applied is the one named in [`peer_fixups`], the smallest a
//! user would make; a tool that still fails is reported as failed, not left out.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::workspace_root;

#[path = "../../generator/benches/support/synthetic.rs"]
mod synthetic;

/// The peer versions compared against.
pub const PROGENITOR_VERSION: &str = "0.15.1";
/// OpenAPI Generator, as in `cargo xtask fixtures`.
pub const OAG_VERSION: &str = "7.26.0";

const TOOLS: [&str; 4] = [
    "mdclient",
    "progenitor",
    "openapi-generator",
    "mdclient-baseline",
];

/// One input: its docs folder, its spec and its crate name.
struct Input {
    name: &'static str,
    docs: PathBuf,
    /// `None`: the peers are given mdclient's export.
    spec: Option<PathBuf>,
}

/// A tool's crate for an input, or why there is none.
type Made = (&'static str, Result<PathBuf, String>);

/// One timed command: wall seconds and peak RSS in KB.
#[derive(Clone, Copy)]
struct Sample {
    secs: f64,
    rss_kb: u64,
}

/// Runs the benchmark; `only` picks inputs by name (all when empty). `baseline`: a
/// git revision of mdclient whose CLI generates a fourth crate per input, the
/// "before" of a change (built from a worktree in `target/bench-build/baseline/`).
pub fn run(rounds: usize, only: &[String], baseline: Option<&str>) -> Result<String, String> {
    let root = workspace_root();
    let work = root.join("target/bench-build");
    fs::create_dir_all(&work).map_err(|e| format!("{}: {e}", work.display()))?;
    let mut inputs = Vec::new();
    let wild = std::env::var_os("MDCLIENT_WILD")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/wild"));
    let authentik = wild.join("authentik-swift6");
    if authentik.is_dir() {
        inputs.push(Input {
            name: "authentik",
            docs: authentik.join("docs"),
            spec: Some(authentik.join("spec.yaml")),
        });
    } else {
        eprintln!(
            "bench-build: authentik skipped: {} does not exist",
            authentik.display()
        );
    }
    let synthetic_docs = work.join("synthetic-docs");
    if !synthetic_docs.is_dir() {
        synthetic::write_docs(&synthetic_docs)
            .map_err(|e| format!("{}: {e}", synthetic_docs.display()))?;
    }
    inputs.push(Input {
        name: "synthetic",
        docs: synthetic_docs,
        spec: None,
    });
    let fixture = root.join("tests/fixtures/petstore_plus");
    inputs.push(Input {
        name: "fixture",
        docs: fixture.join("python-7.26.0"),
        spec: Some(fixture.join("openapi.yaml")),
    });
    inputs.retain(|i| only.is_empty() || only.iter().any(|o| o == i.name));

    let progenitor = install_progenitor(&root)?;
    let jar = crate::fixtures::jar(&root.join("target"), OAG_VERSION)?;
    let baseline = match baseline {
        Some(rev) => Some((rev, baseline_cli(&root, &work, rev)?)),
        None => None,
    };
    let mut report = format!(
        "bench-build: {rounds} rounds, crate only, debug, CARGO_INCREMENTAL=0 \
         (progenitor {PROGENITOR_VERSION}, OpenAPI Generator {OAG_VERSION}{})\n",
        baseline.as_ref().map_or(String::new(), |(rev, _)| format!(
            ", mdclient-baseline {rev}"
        ))
    );
    for input in &inputs {
        let dir = work.join(input.name);
        let mut crates = generate(&root, input, &dir, &progenitor, &jar)?;
        if let Some((_, cli)) = &baseline {
            let out = dir.join("mdclient-baseline");
            let _ = fs::remove_dir_all(out.join("src"));
            let mut command = Command::new(cli);
            command
                .arg("generate")
                .arg(&input.docs)
                .arg("-o")
                .arg(&out)
                .args(["--name", &format!("{}-baseline", input.name)]);
            let made =
                run_ok(&mut command, "baseline mdclient generate").and_then(|()| standalone(&out));
            crates.push((TOOLS[3], made.map(|()| out)));
        }
        let _ = write!(report, "\n{}", measure(input.name, &crates, rounds));
    }
    let file = work.join("report.md");
    fs::write(&file, &report).map_err(|e| format!("{}: {e}", file.display()))?;
    Ok(format!("{report}\n(also in {})", file.display()))
}

/// Each tool's crate for `input`, or why it could not be made.
fn generate(
    root: &Path,
    input: &Input,
    dir: &Path,
    progenitor: &Path,
    jar: &Path,
) -> Result<Vec<Made>, String> {
    let recovered = mdclient::Builder::new()
        .input(&input.docs)
        .name(format!("{}-mdclient", input.name))
        .recover()
        .map_err(|e| format!("{}: {e}", input.name))?;
    let spec = match &input.spec {
        Some(spec) => spec.clone(),
        None => {
            let yaml = mdclient::openapi::to_openapi_yaml(&recovered.spec)
                .map_err(|e| format!("{}: export: {e}", input.name))?;
            let file = dir.join("openapi.yaml");
            write(&file, &yaml)?;
            file
        }
    };
    let mut crates = Vec::new();

    let out = dir.join("mdclient");
    let runtime = root.join("runtime");
    let opts = mdclient::render::RenderOptions::new()
        .with_runtime_path(runtime.to_string_lossy().into_owned());
    let made =
        mdclient::render::render_crate(&recovered.spec, &format!("{}-mdclient", input.name), &opts)
            .map_err(|e| e.to_string())
            .and_then(|files| {
                for (path, text) in files {
                    write(&out.join(path), &text)?;
                }
                standalone(&out)
            });
    crates.push((TOOLS[0], made.map(|()| out)));

    let out = dir.join("progenitor");
    let made = progenitor_crate(
        progenitor,
        &spec,
        dir,
        &out,
        &format!("{}-progenitor", input.name),
    );
    crates.push((TOOLS[1], made.map(|()| out)));

    let out = dir.join("openapi-generator");
    let made = oag_spec(&spec, dir).and_then(|spec| {
        let _ = fs::remove_dir_all(out.join("src"));
        let mut command = Command::new("java");
        command
            .args(["-jar"])
            .arg(jar)
            .args(["generate", "-g", "rust", "--skip-validate-spec", "-i"])
            .arg(&spec)
            .arg("-o")
            .arg(&out)
            .arg(format!(
                "--additional-properties=packageName={}-oag,supportAsync=true",
                input.name
            ));
        run_ok(&mut command, "openapi-generator generate -g rust")?;
        // Its output overflows rustc's recursion limit on deeply nested models too.
        recursion_limit(&out)?;
        standalone(&out)
    });
    crates.push((TOOLS[2], made.map(|()| out)));
    Ok(crates)
}

/// Progenitor's crate for `spec`. Progenitor refuses a whole spec when one operation
/// uses a request content type it does not support (`multipart/form-data` among
/// them, progenitor issue #359); the rewrite a user makes, and the one made here, is
/// to drop those operations: each refusal names the content type, the operations
/// with a request body of that type are removed from a copy of the spec, and
/// progenitor runs again. What was dropped goes to stderr.
fn progenitor_crate(
    progenitor: &Path,
    spec: &Path,
    dir: &Path,
    out: &Path,
    name: &str,
) -> Result<(), String> {
    let text = fs::read_to_string(spec).map_err(|e| format!("{}: {e}", spec.display()))?;
    let mut doc: serde_yaml::Value =
        serde_yaml::from_str(&text).map_err(|e| format!("{}: {e}", spec.display()))?;
    let rewritten = dir.join("progenitor-spec.yaml");
    let mut input = spec.to_path_buf();
    let mut dropped = 0;
    for _ in 0..8 {
        // Only the sources: the target folder keeps the dependencies built.
        let _ = fs::remove_dir_all(out.join("src"));
        let mut command = Command::new(progenitor);
        command
            .arg("progenitor")
            .arg("-i")
            .arg(&input)
            .arg("-o")
            .arg(out)
            .args(["-n", name, "-v", "0.1.0"]);
        let refused = match run_ok(&mut command, "cargo progenitor") {
            Ok(()) => {
                if dropped > 0 {
                    eprintln!(
                        "bench-build: {name}: {dropped} operation(s) or response(s) dropped for progenitor"
                    );
                }
                // Deeply nested models overflow rustc's default recursion limit in
                // progenitor's output (E0320, "overflow while adding drop-check
                // rules"); the fix rustc suggests, as mdclient's own clients carry it.
                recursion_limit(out)?;
                return standalone(out);
            }
            Err(e) => e,
        };
        let removed = if refused.contains("response_types.len() <= 1") {
            // Progenitor asserts one success type and one error type per operation
            // (its TODO: "to deal with multiple response types"): keep, of each, the
            // responses whose content is that of the lowest status.
            single_response_types(&mut doc)
        } else if let Some(content_type) = refused
            .split("unexpected content type: ")
            .nth(1)
            .and_then(|rest| rest.split(['"', ')', '\n']).next())
        {
            drop_operations_with_body(&mut doc, content_type)
        } else {
            return Err(refused);
        };
        if removed == 0 {
            return Err(refused);
        }
        dropped += removed;
        let yaml = serde_yaml::to_string(&doc).map_err(|e| e.to_string())?;
        write(&rewritten, &yaml)?;
        input = rewritten.clone();
    }
    Err(format!(
        "{name}: progenitor still refuses the spec after 8 rewrites"
    ))
}

/// Keeps, per operation, the success responses whose content is that of the lowest
/// success status, and the same for error responses (4xx, 5xx, `default`); how many
/// responses were removed.
fn single_response_types(doc: &mut serde_yaml::Value) -> usize {
    let mut removed = 0;
    let Some(paths) = doc.get_mut("paths").and_then(|p| p.as_mapping_mut()) else {
        return 0;
    };
    for (_, item) in paths.iter_mut() {
        let Some(item) = item.as_mapping_mut() else {
            continue;
        };
        for (_, op) in item.iter_mut() {
            let Some(responses) = op.get_mut("responses").and_then(|r| r.as_mapping_mut()) else {
                continue;
            };
            let mut codes: Vec<String> = responses.keys().filter_map(status_key).collect();
            codes.sort();
            for success in [true, false] {
                let group: Vec<&String> = codes
                    .iter()
                    .filter(|c| c.starts_with('2') == success)
                    .collect();
                let content = |code: &str| {
                    responses
                        .iter()
                        .find(|(k, _)| status_key(k).as_deref() == Some(code))
                        // What the response carries: its content, or the shared
                        // response it refers to.
                        .map(|(_, r)| r.get("content").or_else(|| r.get("$ref")).cloned())
                };
                let Some(first) = group.first().and_then(|c| content(c)) else {
                    continue;
                };
                let drop: Vec<String> = group
                    .iter()
                    .filter(|c| content(c) != Some(first.clone()))
                    .map(|c| c.to_string())
                    .collect();
                for code in drop {
                    responses.retain(|k, _| status_key(k).as_deref() != Some(code.as_str()));
                    removed += 1;
                }
            }
        }
    }
    removed
}

/// A response's status as text, whether the YAML key is `'200'` or `200`.
fn status_key(key: &serde_yaml::Value) -> Option<String> {
    key.as_str()
        .map(String::from)
        .or_else(|| key.as_u64().map(|n| n.to_string()))
}

/// Removes the operations whose request body is of `content_type`; how many.
fn drop_operations_with_body(doc: &mut serde_yaml::Value, content_type: &str) -> usize {
    let mut removed = 0;
    let Some(paths) = doc.get_mut("paths").and_then(|p| p.as_mapping_mut()) else {
        return 0;
    };
    for (_, item) in paths.iter_mut() {
        let Some(item) = item.as_mapping_mut() else {
            continue;
        };
        let methods: Vec<serde_yaml::Value> = item
            .iter()
            .filter(|(_, op)| {
                op.get("requestBody")
                    .and_then(|b| b.get("content"))
                    .and_then(|c| c.get(content_type))
                    .is_some()
            })
            .map(|(k, _)| k.clone())
            .collect();
        for method in methods {
            item.remove(&method);
            removed += 1;
        }
    }
    removed
}

/// The spec OpenAPI Generator is given: its JSON form. Its YAML reader (SnakeYAML)
/// stops at 3 MB ("exceeds the limit: 3145728 code points"), which the synthetic
/// spec passes; JSON, the same document, has no such limit.
fn oag_spec(spec: &Path, dir: &Path) -> Result<PathBuf, String> {
    let text = fs::read_to_string(spec).map_err(|e| format!("{}: {e}", spec.display()))?;
    let doc: serde_json::Value =
        serde_yaml::from_str(&text).map_err(|e| format!("{}: {e}", spec.display()))?;
    let json = dir.join("openapi-generator-spec.json");
    write(
        &json,
        &serde_json::to_string(&doc).map_err(|e| e.to_string())?,
    )?;
    Ok(json)
}

/// Puts `#![recursion_limit = "1024"]` at the top of the crate at `dir`.
fn recursion_limit(dir: &Path) -> Result<(), String> {
    let lib = dir.join("src/lib.rs");
    let code = fs::read_to_string(&lib).map_err(|e| format!("{}: {e}", lib.display()))?;
    if code.contains("#![recursion_limit") {
        return Ok(());
    }
    write(&lib, &format!("#![recursion_limit = \"1024\"]\n{code}"))
}

/// Makes the crate at `dir` its own workspace (so it builds outside this one).
fn standalone(dir: &Path) -> Result<(), String> {
    let manifest = dir.join("Cargo.toml");
    let text = fs::read_to_string(&manifest).map_err(|e| format!("{}: {e}", manifest.display()))?;
    if !text.contains("[workspace]") {
        write(&manifest, &format!("{text}\n[workspace]\n"))?;
    }
    Ok(())
}

/// Builds the dependencies of each crate, then times `rounds` interleaved rounds.
fn measure(
    input: &str,
    crates: &[(&'static str, Result<PathBuf, String>)],
    rounds: usize,
) -> String {
    let mut failed: Vec<(String, String)> = Vec::new();
    let mut ready = Vec::new();
    for (tool, made) in crates {
        match made {
            Err(e) => failed.push((tool.to_string(), e.clone())),
            Ok(dir) => {
                eprintln!("bench-build: {input}/{tool}: dependencies");
                match cargo(dir, "build").and_then(|_| cargo(dir, "check")) {
                    Ok(_) => ready.push((*tool, dir.clone())),
                    Err(e) => failed.push((tool.to_string(), e)),
                }
            }
        }
    }
    // samples[tool][round] = (build, check)
    let mut samples: Vec<Vec<(Sample, Sample)>> = vec![Vec::new(); ready.len()];
    for round in 1..=rounds {
        for (i, (tool, dir)) in ready.iter().enumerate() {
            eprintln!("bench-build: {input}/{tool}: round {round}");
            let timed = cargo(dir, "build").and_then(|b| cargo(dir, "check").map(|c| (b, c)));
            match timed {
                Ok(pair) => samples[i].push(pair),
                Err(e) => failed.push((tool.to_string(), e)),
            }
        }
    }
    table(input, &ready, &samples, &failed)
}

fn table(
    input: &str,
    ready: &[(&'static str, PathBuf)],
    samples: &[Vec<(Sample, Sample)>],
    failed: &[(String, String)],
) -> String {
    let mut out = format!(
        "### {input}\n\n| tool | lines | build (median) | check (median) | rustc peak RSS (build) | rounds: build s |\n| --- | --- | --- | --- | --- | --- |\n"
    );
    let medians: Vec<(f64, f64)> = samples
        .iter()
        .map(|s| {
            (
                median(s.iter().map(|p| p.0.secs).collect()),
                median(s.iter().map(|p| p.1.secs).collect()),
            )
        })
        .collect();
    for (i, (tool, dir)) in ready.iter().enumerate() {
        let rss = median(samples[i].iter().map(|p| p.0.rss_kb as f64).collect());
        let rounds: Vec<String> = samples[i]
            .iter()
            .map(|p| format!("{:.1}", p.0.secs))
            .collect();
        let _ = writeln!(
            out,
            "| {tool} | {} | {:.1} s | {:.1} s | {:.2} GB | {} |",
            rust_lines(&dir.join("src")),
            medians[i].0,
            medians[i].1,
            rss / 1e6,
            rounds.join(", ")
        );
    }
    // Per-round ratios of mdclient to each peer.
    if let Some(me) = ready.iter().position(|(t, _)| *t == "mdclient") {
        for (i, (tool, _)) in ready.iter().enumerate().filter(|(i, _)| *i != me) {
            let build: Vec<String> = samples[me]
                .iter()
                .zip(&samples[i])
                .map(|(a, b)| format!("{:.2}", a.0.secs / b.0.secs))
                .collect();
            let check: Vec<String> = samples[me]
                .iter()
                .zip(&samples[i])
                .map(|(a, b)| format!("{:.2}", a.1.secs / b.1.secs))
                .collect();
            let _ = writeln!(
                out,
                "\nmdclient / {tool}: build {:.2}x (rounds {}), check {:.2}x (rounds {})",
                medians[me].0 / medians[i].0,
                build.join(", "),
                medians[me].1 / medians[i].1,
                check.join(", ")
            );
        }
    }
    for (tool, e) in failed {
        let first: String = e.lines().take(12).collect::<Vec<_>>().join("\n    ");
        let _ = writeln!(out, "\n{tool} failed:\n    {first}");
    }
    out
}

/// `touch src/lib.rs; cargo <verb>` in `dir`, timed.
fn cargo(dir: &Path, verb: &str) -> Result<Sample, String> {
    let lib = dir.join("src/lib.rs");
    let file = fs::OpenOptions::new()
        .append(true)
        .open(&lib)
        .map_err(|e| format!("{}: {e}", lib.display()))?;
    file.set_modified(std::time::SystemTime::now())
        .map_err(|e| format!("touch {}: {e}", lib.display()))?;
    let stats = dir.join("target/time.txt");
    fs::create_dir_all(dir.join("target")).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut command = Command::new("/usr/bin/time");
    command
        .args(["-f", "%e %M", "-o"])
        .arg(&stats)
        .args(["cargo", verb, "--quiet"])
        .current_dir(dir)
        .env("CARGO_INCREMENTAL", "0")
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("RUSTFLAGS");
    run_ok(&mut command, &format!("cargo {verb} in {}", dir.display()))?;
    let text = fs::read_to_string(&stats).map_err(|e| format!("{}: {e}", stats.display()))?;
    let mut fields = text.split_whitespace().rev().take(2);
    let rss_kb = fields.next().and_then(|f| f.parse().ok());
    let secs = fields.next().and_then(|f| f.parse().ok());
    match (secs, rss_kb) {
        (Some(secs), Some(rss_kb)) => Ok(Sample { secs, rss_kb }),
        _ => Err(format!("{}: no `seconds KB` line", stats.display())),
    }
}

/// The CLI of mdclient at `rev`, built (release) in a worktree of this repository.
fn baseline_cli(root: &Path, work: &Path, rev: &str) -> Result<PathBuf, String> {
    let tree = work.join("baseline");
    let cli = tree.join("target/release/mdclient");
    let head = |dir: &Path, rev: &str| {
        Command::new("git")
            .current_dir(dir)
            .args(["rev-parse", rev])
            .output()
            .ok()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
    };
    if cli.is_file() && head(&tree, "HEAD") == head(root, rev) {
        return Ok(cli);
    }
    let _ = Command::new("git")
        .current_dir(root)
        .args(["worktree", "remove", "--force"])
        .arg(&tree)
        .output();
    let _ = fs::remove_dir_all(&tree);
    let mut add = Command::new("git");
    add.current_dir(root)
        .args(["worktree", "add", "--detach"])
        .arg(&tree)
        .arg(rev);
    run_ok(&mut add, &format!("git worktree add {rev}"))?;
    eprintln!("bench-build: building mdclient {rev}");
    let mut build = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    build.current_dir(&tree).args([
        "build",
        "--release",
        "--quiet",
        "-p",
        "mdclient",
        "--bin",
        "mdclient",
    ]);
    run_ok(&mut build, &format!("cargo build of mdclient {rev}"))?;
    Ok(cli)
}

/// `cargo-progenitor`, installed into `target/bench-tools/` on first use.
fn install_progenitor(root: &Path) -> Result<PathBuf, String> {
    let tools = root.join("target/bench-tools");
    let bin = tools.join("bin/cargo-progenitor");
    if bin.is_file() {
        return Ok(bin);
    }
    eprintln!(
        "bench-build: installing cargo-progenitor {PROGENITOR_VERSION} into {}",
        tools.display()
    );
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command
        .args([
            "install",
            "--locked",
            "--version",
            PROGENITOR_VERSION,
            "--root",
        ])
        .arg(&tools)
        .arg("cargo-progenitor");
    run_ok(&mut command, "cargo install cargo-progenitor")?;
    Ok(bin)
}

fn run_ok(command: &mut Command, what: &str) -> Result<(), String> {
    let output = command
        .output()
        .map_err(|e| format!("cannot run {what}: {e}"))?;
    if output.status.success() {
        return Ok(());
    }
    let mut log = String::from_utf8_lossy(&output.stderr).into_owned();
    log.push_str(&String::from_utf8_lossy(&output.stdout));
    let lines: Vec<&str> = log.lines().filter(|l| !l.trim().is_empty()).collect();
    Err(format!(
        "{what} failed ({}):\n{}",
        output.status,
        lines[..lines.len().min(30)].join("\n")
    ))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Lines of Rust under `dir`.
fn rust_lines(dir: &Path) -> usize {
    let Ok(entries) = fs::read_dir(dir) else {
        return 0;
    };
    entries
        .flatten()
        .map(|e| e.path())
        .map(|p| {
            if p.is_dir() {
                rust_lines(&p)
            } else if p.extension().is_some_and(|x| x == "rs") {
                fs::read_to_string(&p).map_or(0, |t| t.lines().count())
            } else {
                0
            }
        })
        .sum()
}

fn median(mut values: Vec<f64>) -> f64 {
    if values.is_empty() {
        return f64::NAN;
    }
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}
