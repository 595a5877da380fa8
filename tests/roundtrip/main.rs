//! Round-trip fidelity: the docs OpenAPI Generator renders from a known spec, read
//! back by mdclient and exported as OpenAPI, compared with that spec fact by fact.
//!
//! Each `tests/fixtures/<spec>/` holds the source `openapi.yaml` and one folder per
//! generator and version (`ruby-7.26.0/`: `README.md` and `docs/`). For every folder:
//! `read_docs_with` -> `to_openapi` -> both documents parsed as `openapiv3::OpenAPI`
//! -> reduced to facts ([`facts`]) -> counted per kind ([`compare`], [`kind`]).
//!
//! The rates per dialect must not fall below [`floors::FLOORS`]. To see the tables and
//! example misses:
//!
//! ```sh
//! cargo test -p mdclient-tests --test roundtrip -- --nocapture
//! ROUNDTRIP_MISSES=all cargo test ...            # every distinct miss, not 5 per kind
//! ROUNDTRIP_MISSES=kitchen/go-7 cargo test ...   # every miss of matching fixtures
//! ROUNDTRIP_FLOORS=print cargo test ...          # the measured floors, as Rust
//! ```

mod compare;
mod facts;
mod floors;
mod kind;
mod report;
mod shape;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use mdclient::{read_docs_with, ReadOptions};
use openapiv3::OpenAPI;

use compare::{Count, Tally};
use facts::Api;
use kind::Kind;

/// The comparison of one fixture folder with its source spec.
pub struct Outcome {
    pub spec: String,
    /// The folder name: `<generator>-<version>`.
    pub dialect: String,
    pub warnings: usize,
    pub tally: Tally,
}

struct Fixture {
    spec: String,
    dialect: String,
    dir: PathBuf,
}

/// Every fixture read (or the reasons it could not be).
struct Run {
    fixtures: usize,
    outcomes: Vec<Outcome>,
    errors: Vec<String>,
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ is inside the workspace")
        .to_path_buf()
}

fn sorted_dirs(dir: &Path) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// `tests/fixtures/<spec>/<generator>-<version>/`, for every spec with an `openapi.yaml`.
fn fixtures(root: &Path) -> Vec<Fixture> {
    let mut out = Vec::new();
    for spec_dir in sorted_dirs(&root.join("tests/fixtures")) {
        if !spec_dir.join("openapi.yaml").is_file() {
            continue;
        }
        for dir in sorted_dirs(&spec_dir) {
            out.push(Fixture {
                spec: file_name(&spec_dir),
                dialect: file_name(&dir),
                dir,
            });
        }
    }
    out
}

fn source_spec(spec_dir: &Path) -> Result<OpenAPI, String> {
    let path = spec_dir.join("openapi.yaml");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    mdclient::spec::from_yaml::<OpenAPI>(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The fixture's docs, read and exported, as OpenAPI; and the number of warnings.
fn recover(root: &Path, fixture: &Fixture) -> Result<(OpenAPI, usize), String> {
    let options = ReadOptions {
        name: Some(fixture.spec.clone()),
        root: Some(root.to_path_buf()),
        ..ReadOptions::default()
    };
    let recovered = read_docs_with(&[&fixture.dir], &options).map_err(|e| e.to_string())?;
    let document = mdclient::openapi::to_openapi(&recovered.spec);
    let value = serde_json::to_value(&document).map_err(|e| format!("export: {e}"))?;
    let openapi = serde_json::from_value::<OpenAPI>(value)
        .map_err(|e| format!("the export is not OpenAPI 3.0 that openapiv3 reads: {e}"))?;
    Ok((openapi, recovered.warnings.len()))
}

fn run() -> &'static Run {
    static RUN: OnceLock<Run> = OnceLock::new();
    RUN.get_or_init(|| {
        let root = workspace_root();
        let fixtures = fixtures(&root);
        let mut sources: BTreeMap<String, Result<Api, String>> = BTreeMap::new();
        let mut run = Run {
            fixtures: fixtures.len(),
            outcomes: Vec::new(),
            errors: Vec::new(),
        };
        for fixture in &fixtures {
            let source = sources.entry(fixture.spec.clone()).or_insert_with(|| {
                let spec_dir = fixture
                    .dir
                    .parent()
                    .expect("a fixture is in its spec folder");
                source_spec(spec_dir).map(|doc| Api::from_openapi(&doc))
            });
            let source = match source {
                Ok(api) => &*api,
                Err(e) => {
                    run.errors
                        .push(format!("{}: source spec: {e}", fixture.spec));
                    continue;
                }
            };
            match recover(&root, fixture) {
                Ok((doc, warnings)) => run.outcomes.push(Outcome {
                    spec: fixture.spec.clone(),
                    dialect: fixture.dialect.clone(),
                    warnings,
                    tally: compare::compare(source, &Api::from_openapi(&doc)),
                }),
                Err(e) => run.errors.push(format!(
                    "tests/fixtures/{}/{}: {e}",
                    fixture.spec, fixture.dialect
                )),
            }
        }
        run.errors.dedup();
        run
    })
}

#[test]
fn every_fixture_folder_is_read() {
    let run = run();
    assert!(
        run.fixtures > 0,
        "no fixture folders under tests/fixtures/<spec>/<generator>-<version>/"
    );
    assert!(
        run.errors.is_empty(),
        "{} of {} fixture folders could not be read:\n{}",
        run.errors.len(),
        run.fixtures,
        run.errors.join("\n")
    );
}

#[test]
fn recovery_rates_meet_the_floors() {
    let run = run();
    let sums = report::aggregate(&run.outcomes);
    println!(
        "## Per fixture\n\n{}",
        report::fixture_tables(&run.outcomes)
    );
    println!(
        "## Per dialect (all specs)\n\n{}",
        report::aggregate_tables(&sums)
    );
    match std::env::var("ROUNDTRIP_MISSES").as_deref() {
        Ok("all") => println!(
            "## Misses\n\n{}",
            report::miss_examples(&run.outcomes, usize::MAX)
        ),
        Ok(filter) => println!(
            "## Every miss of `{filter}`\n\n{}",
            report::all_misses(&run.outcomes, filter)
        ),
        Err(_) => println!("## Misses\n\n{}", report::miss_examples(&run.outcomes, 5)),
    }
    if std::env::var("ROUNDTRIP_FLOORS").as_deref() == Ok("print") {
        println!("## Measured floors\n\n{}", floors::measured(&sums));
    }

    let failures = floors::check(&sums);
    let raisable = floors::raisable(&sums);
    if !raisable.is_empty() {
        println!(
            "Floors below the measured rate (raise them in tests/roundtrip/floors.rs):\n{}",
            raisable.join("\n")
        );
    }
    assert!(
        failures.is_empty(),
        "recovery fell below its floor (tests/roundtrip/floors.rs):\n{}\n\
         see `cargo test -p mdclient-tests --test roundtrip -- --nocapture` for the misses",
        failures.join("\n")
    );
}

/// Whole percent, rounded down: what a floor is compared with.
fn whole_pct(count: Count) -> u8 {
    (count.recovered * 100)
        .checked_div(count.total)
        .map_or(100, |pct| pct as u8)
}

/// The facts counted for a dialect, kind by kind.
type Sums = BTreeMap<String, BTreeMap<Kind, Count>>;
