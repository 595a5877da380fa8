//! `cargo xtask fixtures`: render the Markdown docs of the fixture specs with real
//! OpenAPI Generator releases, so the readers are tested on what each generator era
//! actually writes.
//!
//! For every spec in [`SPECS`] (`tests/fixtures/<spec>/openapi.yaml`) and every
//! [`Combination`] in [`COMBINATIONS`], the generator renders a whole SDK into
//! `target/fixture-render/`; only its `README.md` and `docs/` (inner layout kept) are
//! copied to `tests/fixtures/<spec>/<label>-<version>/`, replacing what was there.
//!
//! This is the only task that needs Java and Python: each release is installed from
//! PyPI (`openapi-generator-cli==<version>`, which bundles the jar) into its own venv
//! under `target/fixture-venvs/<version>/`, created on first use.

use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use crate::workspace_root;

/// One generator run per spec: which generator of which release, with which extra
/// arguments, and the folder label it is committed under (`<label>-<version>`).
#[derive(Debug, Clone, Copy)]
pub struct Combination {
    /// Folder prefix: the generator name, or a name for a generator-plus-library pair.
    pub label: &'static str,
    /// The `-g` argument.
    pub generator: &'static str,
    /// The `openapi-generator-cli` release on PyPI.
    pub version: &'static str,
    /// Extra `generate` arguments, e.g. a `--library`.
    pub args: &'static [&'static str],
}

impl Combination {
    /// The committed folder's name, e.g. `python-asyncio-7.26.0`.
    pub fn folder(&self) -> String {
        format!("{}-{}", self.label, self.version)
    }
}

const fn combo(label: &'static str, generator: &'static str, version: &'static str) -> Combination {
    Combination {
        label,
        generator,
        version,
        args: &[],
    }
}

/// The fixture specs, each `tests/fixtures/<name>/openapi.yaml`.
pub const SPECS: &[&str] = &["petstore_plus", "billing", "kitchen"];

/// Every rendered combination; each spec is rendered with each of them.
pub const COMBINATIONS: &[Combination] = &[
    combo("ruby", "ruby", "3.3.4"),
    combo("ruby", "ruby", "4.3.1"),
    combo("ruby", "ruby", "5.4.0"),
    combo("ruby", "ruby", "6.6.0"),
    combo("ruby", "ruby", "7.26.0"),
    combo("go", "go", "3.3.4"),
    combo("go", "go", "4.3.1"),
    combo("go", "go", "5.4.0"),
    combo("go", "go", "6.6.0"),
    combo("go", "go", "7.26.0"),
    combo("python", "python", "3.3.4"),
    combo("python", "python", "4.3.1"),
    combo("python", "python", "5.4.0"),
    // The 6.x `python` generator: docs/apis/tags/ and docs/models/.
    combo("python", "python", "6.6.0"),
    combo("python-prior", "python-prior", "6.6.0"),
    combo("python-nextgen", "python-nextgen", "6.6.0"),
    // Pydantic v2.
    combo("python", "python", "7.26.0"),
    Combination {
        label: "python-asyncio",
        generator: "python",
        version: "7.26.0",
        args: &["--library", "asyncio"],
    },
    combo("python-pydantic-v1", "python-pydantic-v1", "7.26.0"),
    // States formats (`Integer`/`Long`, `UUID`) and inline enums ruby drops.
    combo("java", "java", "7.26.0"),
    // Not yet dialects of their own: read by the shared reader alone.
    combo("csharp", "csharp", "7.26.0"),
    combo("php", "php", "7.26.0"),
    combo("kotlin", "kotlin", "7.26.0"),
    combo("typescript-axios", "typescript-axios", "7.26.0"),
    combo("javascript", "javascript", "7.26.0"),
    combo("rust", "rust", "7.26.0"),
    combo("dart", "dart", "7.26.0"),
    combo("powershell", "powershell", "7.26.0"),
];

/// The release whose `validate` checks the specs before anything is rendered.
pub const VALIDATOR_VERSION: &str = "7.26.0";

/// Handed to every generator, so the SDK names follow the spec and no README carries
/// a build date. Unknown keys are ignored, so one list serves all generators.
const ADDITIONAL_PROPERTIES: &str =
    "packageName={spec},gemName={spec},hideGenerationTimestamp=true";

/// The 6.x handlebars templates (python 6.6.0) reflect into `java.util` internals,
/// which Java 17 refuses unless the module is opened; harmless for the others.
const JVM_ARGS: &[&str] = &[
    "--add-opens",
    "java.base/java.util=ALL-UNNAMED",
    "--add-opens",
    "java.base/java.lang=ALL-UNNAMED",
];

/// At most this many generators (JVMs) run at once.
const MAX_PARALLEL: usize = 2;

/// Renders every combination and replaces the committed folders; returns a summary.
pub fn run(only: &[String]) -> Result<String, String> {
    run_in(&workspace_root(), only)
}

/// [`run`] on the workspace at `root`; `only` keeps the combinations whose folder name
/// (`ruby-7.26.0`) or label (`ruby`) it lists, all when empty.
pub fn run_in(root: &Path, only: &[String]) -> Result<String, String> {
    let started = Instant::now();
    require_java()?;
    let target = root.join("target");
    let wanted =
        |c: &Combination| only.is_empty() || only.iter().any(|o| *o == c.label || *o == c.folder());
    let mut versions: Vec<&str> = COMBINATIONS
        .iter()
        .filter(|c| wanted(c))
        .map(|c| c.version)
        .collect();
    versions.push(VALIDATOR_VERSION);
    versions.sort_unstable();
    versions.dedup();
    for version in versions {
        jar(&target, version)?;
    }
    let validator = jar(&target, VALIDATOR_VERSION)?;
    for spec in SPECS {
        validate(&validator, &spec_path(root, spec))?;
    }

    let jobs: Vec<(&str, &Combination)> = SPECS
        .iter()
        .flat_map(|spec| {
            COMBINATIONS
                .iter()
                .filter(|c| wanted(c))
                .map(move |c| (*spec, c))
        })
        .collect();
    if jobs.is_empty() {
        return Err(format!(
            "no combination matches {only:?}: see fixtures::COMBINATIONS"
        ));
    }
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get().min(MAX_PARALLEL));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                while let Some((spec, combination)) = jobs.get(next.fetch_add(1, Ordering::SeqCst))
                {
                    if let Err(e) = render_one(root, &target, spec, combination) {
                        failures.lock().unwrap_or_else(|p| p.into_inner()).push(e);
                    }
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap_or_else(|p| p.into_inner());
    if !failures.is_empty() {
        failures.sort();
        return Err(format!(
            "{} of {} renders failed (their folders were left as they were):\n\n{}",
            failures.len(),
            jobs.len(),
            failures.join("\n\n")
        ));
    }
    let exported = validate_exports(root, &target, &validator, &jobs)?;
    let mut summary = format!(
        "fixtures: {} specs x {} combinations rendered into tests/fixtures/, and the \
         {exported} OpenAPI documents mdclient recovers from them pass `validate`, in {}s",
        SPECS.len(),
        COMBINATIONS.len(),
        started.elapsed().as_secs()
    );
    for orphan in orphans(root) {
        summary.push_str(&format!(
            "\nwarning: {orphan} is not in fixtures::COMBINATIONS: delete it"
        ));
    }
    Ok(summary)
}

/// Recovers each rendered folder with mdclient, exports it as OpenAPI and checks the
/// export with the generator's own `validate`: the export must be a document the
/// tool that wrote the docs accepts.
fn validate_exports(
    root: &Path,
    target: &Path,
    validator: &Path,
    jobs: &[(&str, &Combination)],
) -> Result<usize, String> {
    let out = target.join("fixture-render").join("export");
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut failures = Vec::new();
    for (spec, combination) in jobs {
        let folder_name = format!("{}-{}", combination.label, combination.version);
        let folder = root.join("tests/fixtures").join(spec).join(&folder_name);
        let options = mdclient::ReadOptions {
            name: Some((*spec).to_string()),
            root: Some(root.to_path_buf()),
            ..mdclient::ReadOptions::default()
        };
        let yaml = mdclient::read_docs_with(&[&folder], &options)
            .map_err(|e| e.to_string())
            .and_then(|r| mdclient::openapi::to_openapi_yaml(&r.spec).map_err(|e| e.to_string()));
        let result = yaml.and_then(|yaml| {
            let file = out.join(format!("{spec}-{folder_name}.yaml"));
            std::fs::write(&file, yaml).map_err(|e| format!("{}: {e}", file.display()))?;
            validate(validator, &file)
        });
        if let Err(e) = result {
            failures.push(format!("{}: {e}", folder.display()));
        }
    }
    if failures.is_empty() {
        Ok(jobs.len())
    } else {
        Err(format!(
            "{} recovered OpenAPI documents fail `validate`:\n\n{}",
            failures.len(),
            failures.join("\n\n")
        ))
    }
}

fn spec_path(root: &Path, spec: &str) -> PathBuf {
    root.join("tests/fixtures").join(spec).join("openapi.yaml")
}

/// Renders `spec` with `combination` and replaces its committed folder.
fn render_one(
    root: &Path,
    target: &Path,
    spec: &str,
    combination: &Combination,
) -> Result<(), String> {
    let name = format!("{spec}/{}", combination.folder());
    eprintln!("rendering {name}");
    let out = target
        .join("fixture-render")
        .join(spec)
        .join(combination.folder());
    remove_dir(&out)?;
    let properties = ADDITIONAL_PROPERTIES.replace("{spec}", spec);
    let mut command = java(&jar(target, combination.version)?);
    command
        .arg("generate")
        .args(["-g", combination.generator])
        .arg("-i")
        .arg(spec_path(root, spec))
        .arg("-o")
        .arg(&out)
        .arg(format!("--additional-properties={properties}"))
        .args(combination.args);
    let output = run_command(&mut command)?;
    if !output.status.success() {
        return Err(failure(&name, &output));
    }
    let dest = root
        .join("tests/fixtures")
        .join(spec)
        .join(combination.folder());
    remove_dir(&dest)?;
    fs::create_dir_all(&dest).map_err(|e| format!("{}: {e}", dest.display()))?;
    // Some generators write no README (typescript-axios); dart's docs are in `doc/`.
    if out.join("README.md").is_file() {
        copy_file(&out.join("README.md"), &dest.join("README.md"))?;
    }
    let docs = ["docs", "doc"]
        .into_iter()
        .find(|d| out.join(d).is_dir())
        .unwrap_or("docs");
    copy_tree(&out.join(docs), &dest.join(docs))
}

fn validate(jar: &Path, spec: &Path) -> Result<(), String> {
    let mut command = java(jar);
    command.arg("validate").arg("-i").arg(spec);
    let output = run_command(&mut command)?;
    if output.status.success() {
        Ok(())
    } else {
        Err(failure(&format!("validate {}", spec.display()), &output))
    }
}

fn failure(what: &str, output: &Output) -> String {
    let mut log = String::from_utf8_lossy(&output.stdout).into_owned();
    log.push_str(&String::from_utf8_lossy(&output.stderr));
    let lines: Vec<&str> = log.lines().collect();
    let tail = lines[lines.len().saturating_sub(20)..].join("\n");
    format!("error: {what} failed ({}):\n{tail}", output.status)
}

/// `java <JVM_ARGS> -jar <jar>`.
fn java(jar: &Path) -> Command {
    let mut command = Command::new("java");
    command.args(JVM_ARGS).arg("-jar").arg(jar);
    command
}

fn run_command(command: &mut Command) -> Result<Output, String> {
    command
        .output()
        .map_err(|e| format!("error: cannot run {:?}: {e}", command.get_program()))
}

fn require_java() -> Result<(), String> {
    match Command::new("java").arg("-version").output() {
        Ok(output) if output.status.success() => Ok(()),
        Ok(output) => Err(failure("java -version", &output)),
        Err(e) if e.kind() == ErrorKind::NotFound => Err(
            "error: `java` not found on PATH: cargo xtask fixtures runs OpenAPI Generator, \
             which needs a Java runtime, 17 or newer (e.g. `apt-get install openjdk-17-jre-headless`)"
                .to_string(),
        ),
        Err(e) => Err(format!("error: cannot run java: {e}")),
    }
}

/// The jar of `version`, installing it into `target/fixture-venvs/<version>/` first if
/// it is not there.
fn jar(target: &Path, version: &str) -> Result<PathBuf, String> {
    let venv = target.join("fixture-venvs").join(version);
    if let Some(jar) = find_jar(&venv) {
        return Ok(jar);
    }
    eprintln!(
        "installing openapi-generator-cli=={version} into {}",
        venv.display()
    );
    let created = Command::new("python3")
        .arg("-m")
        .arg("venv")
        .arg(&venv)
        .output();
    match created {
        Ok(output) if output.status.success() => {}
        Ok(output) => return Err(failure(
            "python3 -m venv (is the venv module installed? e.g. `apt-get install python3-venv`)",
            &output,
        )),
        Err(e) if e.kind() == ErrorKind::NotFound => {
            return Err(
                "error: `python3` not found on PATH: cargo xtask fixtures installs \
                        OpenAPI Generator from PyPI into a venv; install Python 3 with venv and \
                        pip (e.g. `apt-get install python3 python3-venv`)"
                    .to_string(),
            )
        }
        Err(e) => return Err(format!("error: cannot run python3: {e}")),
    }
    let mut pip = Command::new(venv.join("bin/pip"));
    pip.args(["install", "--quiet", "--disable-pip-version-check"])
        .arg(format!("openapi-generator-cli=={version}"));
    let output = run_command(&mut pip)?;
    if !output.status.success() {
        return Err(failure(
            &format!("pip install openapi-generator-cli=={version}"),
            &output,
        ));
    }
    find_jar(&venv).ok_or_else(|| {
        format!(
            "error: openapi-generator-cli=={version} installed no openapi-generator.jar under {}",
            venv.display()
        )
    })
}

/// `<venv>/lib/python3.*/site-packages/openapi_generator_cli/openapi-generator.jar`.
fn find_jar(venv: &Path) -> Option<PathBuf> {
    fs::read_dir(venv.join("lib"))
        .ok()?
        .filter_map(Result::ok)
        .map(|e| {
            e.path()
                .join("site-packages/openapi_generator_cli/openapi-generator.jar")
        })
        .find(|jar| jar.is_file())
}

fn remove_dir(dir: &Path) -> Result<(), String> {
    match fs::remove_dir_all(dir) {
        Err(e) if e.kind() != ErrorKind::NotFound => Err(format!("{}: {e}", dir.display())),
        _ => Ok(()),
    }
}

fn copy_file(from: &Path, to: &Path) -> Result<(), String> {
    fs::copy(from, to)
        .map(drop)
        .map_err(|e| format!("copy {} to {}: {e}", from.display(), to.display()))
}

fn copy_tree(from: &Path, to: &Path) -> Result<(), String> {
    fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    let entries = fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))?;
    for entry in entries {
        let path = entry
            .map_err(|e| format!("{}: {e}", from.display()))?
            .path();
        let Some(name) = path.file_name() else {
            continue;
        };
        if path.is_dir() {
            copy_tree(&path, &to.join(name))?;
        } else {
            copy_file(&path, &to.join(name))?;
        }
    }
    Ok(())
}

/// Folders under `tests/fixtures/<spec>/` that no combination renders.
fn orphans(root: &Path) -> Vec<String> {
    let folders: Vec<String> = COMBINATIONS.iter().map(Combination::folder).collect();
    let mut out = Vec::new();
    for spec in SPECS {
        let dir = root.join("tests/fixtures").join(spec);
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.filter_map(Result::ok) {
            let name = entry.file_name().to_string_lossy().into_owned();
            if entry.path().is_dir() && !folders.contains(&name) {
                out.push(format!("tests/fixtures/{spec}/{name}"));
            }
        }
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Files under `dir`, recursively.
    fn files(dir: &Path) -> Vec<PathBuf> {
        let mut out = Vec::new();
        for entry in fs::read_dir(dir)
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
        {
            let path = entry.path();
            if path.is_dir() {
                out.extend(files(&path));
            } else {
                out.push(path);
            }
        }
        out
    }

    /// The table and the committed tree cannot drift: every combination has its folder
    /// with a README and at least one API page, and every folder is in the table.
    #[test]
    fn every_combination_is_committed() {
        let root = workspace_root();
        let readme = fs::read_to_string(root.join("tests/fixtures/README.md"))
            .expect("tests/fixtures/README.md");
        let mut problems = Vec::new();
        for spec in SPECS {
            if !spec_path(&root, spec).is_file() {
                problems.push(format!("tests/fixtures/{spec}/openapi.yaml is missing"));
            }
            for combination in COMBINATIONS {
                let folder = combination.folder();
                let dir = root.join("tests/fixtures").join(spec).join(&folder);
                // typescript-axios writes no README.
                if combination.label != "typescript-axios" && !dir.join("README.md").is_file() {
                    problems.push(format!(
                        "tests/fixtures/{spec}/{folder}/README.md is missing"
                    ));
                }
                let has_api_page = files(&dir).iter().any(|p| {
                    p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.ends_with("Api.md") || n.ends_with("API.md"))
                });
                if !has_api_page {
                    problems.push(format!(
                        "tests/fixtures/{spec}/{folder} has no *Api.md page"
                    ));
                }
                if !readme.contains(&format!("`{folder}`")) {
                    problems.push(format!("tests/fixtures/README.md does not list `{folder}`"));
                }
            }
        }
        problems.extend(
            orphans(&root)
                .into_iter()
                .map(|o| format!("{o} is not in COMBINATIONS")),
        );
        assert!(
            problems.is_empty(),
            "{}\nrun `cargo xtask fixtures` (needs Java and Python) or fix the table",
            problems.join("\n")
        );
    }
}
