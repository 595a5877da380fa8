//! Round-trip fidelity: the docs OpenAPI Generator and swagger-codegen render from a
//! known spec, read back by mdclient and exported as OpenAPI, compared with that spec
//! fact by fact (`mdclient-fidelity`).
//!
//! Each `tests/fixtures/<spec>/` holds the source `openapi.yaml` and one folder per
//! generator and version (`ruby-7.26.0/`: `README.md` and `docs/`). The ceiling
//! oracle decides, from each folder's text alone, which facts of the spec the docs
//! carry; every carried fact must be recovered, or be accepted with its reason in
//! `tests/fidelity/src/allowed.rs`. To see the tables and the misses:
//!
//! ```sh
//! cargo test -p mdclient-tests --test roundtrip -- --nocapture
//! ROUNDTRIP_MISSES=all cargo test ...            # every distinct miss, not 5 per kind
//! ROUNDTRIP_MISSES=kitchen/go-7 cargo test ...   # every miss of matching fixtures
//! ```

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use mdclient_fidelity::{load_source, measure, report, Folder, Outcome};

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

fn run() -> &'static Run {
    static RUN: OnceLock<Run> = OnceLock::new();
    RUN.get_or_init(|| {
        let root = workspace_root();
        let mut folders = Vec::new();
        let mut errors = Vec::new();
        for spec_dir in sorted_dirs(&root.join("tests/fixtures")) {
            let path = spec_dir.join("openapi.yaml");
            if !path.is_file() {
                continue;
            }
            let source = match load_source(&path) {
                Ok(s) => s,
                Err(e) => {
                    errors.push(e);
                    continue;
                }
            };
            for dir in sorted_dirs(&spec_dir) {
                folders.push(Folder {
                    spec: file_name(&spec_dir),
                    dialect: file_name(&dir),
                    dir,
                    source: source.clone(),
                });
            }
        }
        let (outcomes, read_errors) = measure(&folders, Some(&root));
        errors.extend(read_errors);
        Run {
            fixtures: folders.len(),
            outcomes,
            errors,
        }
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
fn every_carried_fact_is_recovered() {
    let run = run();
    let sums = report::aggregate(&run.outcomes);
    println!("## Summary\n\n{}", report::summary(&sums));
    println!(
        "## Guessed wire names\n\n{}",
        report::guesses(&run.outcomes)
    );
    println!(
        "## Per dialect (all specs): recovered of carried / carried of all\n\n{}",
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
    let unexplained = report::unexplained(&run.outcomes);
    let stale = report::stale_allowances(&run.outcomes);
    assert!(
        unexplained.is_empty() && stale.is_empty(),
        "{} carried facts the reader missed (fix the reader, or accept one with its reason \
         in tests/fidelity/src/allowed.rs):\n{}\n{} stale allowances:\n{}",
        unexplained.len(),
        unexplained.join("\n"),
        stale.len(),
        stale.join("\n")
    );
}

/// The kitchen spec's paged operations: `listEvents` pages with a `page_token` cursor
/// from `next_page_token`, `listTasks` with an `offset`. In every folder whose docs
/// carry the facts the note rests on (the position parameter, a list response), the
/// reader marks them; the table says in how many.
#[test]
fn paged_operations_are_marked_in_every_folder_that_carries_the_facts() {
    use mdclient::spec::PageKind;
    let root = workspace_root();
    let (mut carried, mut marked, mut misses) = (0, 0, Vec::new());
    for dir in sorted_dirs(&root.join("tests/fixtures/kitchen")) {
        let Ok(recovered) = mdclient::Builder::new().input(&dir).recover() else {
            continue; // every_fixture_folder_is_read reports it
        };
        let ops = recovered.spec.apis.iter().flat_map(|a| &a.operations);
        for (id, kind, param) in [
            ("listevents", PageKind::Cursor, "pagetoken"),
            ("listtasks", PageKind::Offset, "offset"),
        ] {
            let norm = |s: &str| s.replace(['_', '-'], "").to_ascii_lowercase();
            let Some(op) = ops.clone().find(|op| norm(&op.id) == id) else {
                continue;
            };
            let has_param = op.params.iter().any(|p| norm(&p.name) == param);
            let lists = op.success_type().is_some_and(|ty| {
                matches!(ty, mdclient::spec::TypeRef::Array(_))
                    || ty
                        .model_name()
                        .and_then(|m| recovered.spec.models.get(m))
                        .is_some_and(|m| m.documented)
            });
            if !(has_param && lists) {
                continue;
            }
            carried += 1;
            match &op.pagination {
                Some(p) if p.kind == kind && norm(&p.param) == param => marked += 1,
                other => misses.push(format!("{}: {id}: {other:?}", file_name(&dir))),
            }
        }
    }
    println!("paged operations marked: {marked} of {carried} that the docs carry");
    assert!(carried > 0, "no kitchen folder carries a paged operation");
    assert!(
        misses.is_empty(),
        "not marked as paged:\n{}",
        misses.join("\n")
    );
}
