//! Fidelity of mdclient's reader, measured against the truth: docs rendered from a
//! known spec are read back, exported as OpenAPI and compared with that spec fact by
//! fact ([`facts`], [`compare`]); the ceiling oracle ([`ceiling`]) says which facts
//! the docs' text carries at all, so that a carried fact the reader misses is a
//! failure, not a floor. [`allowed`] is the one reviewed list of exceptions.
//!
//! Used by the round-trip suite (`tests/roundtrip`, the fixture corpus) and by
//! `cargo xtask wild` (real SDK folders in `../shared/wild`).

pub mod allowed;
pub mod ceiling;
pub mod compare;
pub mod docs;
pub mod facts;
pub mod kind;
pub mod naming;
pub mod openapi31;
pub mod report;
pub mod shape;
pub mod spelling;
pub mod swagger2;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use openapiv3::OpenAPI;

use ceiling::Ceiling;
use compare::{Count, Oracle, Tally};
use docs::Docs;
use facts::Api;
use kind::Kind;
use spelling::Spellings;

/// One docs folder to measure: its label, where it is, and its source spec.
pub struct Folder {
    /// Where it belongs in the report: the spec (`kitchen`, or a wild entry).
    pub spec: String,
    /// The dialect column: `ruby-7.26.0`, or the wild entry's name.
    pub dialect: String,
    pub dir: PathBuf,
    pub source: OpenAPI,
}

/// The comparison of one folder with its source spec.
pub struct Outcome {
    pub spec: String,
    pub dialect: String,
    pub warnings: usize,
    pub tally: Tally,
    /// Wire names the reader guessed, and how many the source spells alike.
    pub guesses: naming::Guesses,
}

/// What mdclient recovered from a folder, as OpenAPI.
pub struct Recovered {
    pub openapi: OpenAPI,
    pub warnings: usize,
    /// The dialect the reader detected for most pages (pools type spellings).
    pub dialect: String,
    pub spec: mdclient::spec::Spec,
}

/// Reads a folder with mdclient and exports it.
pub fn recover(dir: &Path, name: &str, root: Option<&Path>) -> Result<Recovered, String> {
    let options = mdclient::ReadOptions {
        name: Some(name.to_string()),
        root: root.map(Path::to_path_buf),
        ..mdclient::ReadOptions::default()
    };
    let recovered = mdclient::read_docs_with(&[dir], &options).map_err(|e| e.to_string())?;
    let document = mdclient::openapi::to_openapi(&recovered.spec);
    let value = serde_json::to_value(&document).map_err(|e| format!("export: {e}"))?;
    let openapi = serde_json::from_value::<OpenAPI>(value)
        .map_err(|e| format!("the export is not OpenAPI 3.0 that openapiv3 reads: {e}"))?;
    let mut dialects: BTreeMap<&str, usize> = BTreeMap::new();
    for api in &recovered.spec.apis {
        *dialects.entry(api.dialect.as_str()).or_default() += api.operations.len();
    }
    let dialect = dialects
        .iter()
        .max_by_key(|(_, n)| **n)
        .map_or("generic", |(d, _)| d)
        .to_string();
    Ok(Recovered {
        openapi,
        warnings: recovered.warnings.len(),
        dialect,
        spec: recovered.spec,
    })
}

/// A source spec file: OpenAPI 3.0 (YAML or JSON); Swagger 2.0 and OpenAPI 3.1 are
/// converted first.
pub fn load_source(path: &Path) -> Result<OpenAPI, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let value: serde_json::Value =
        mdclient::spec::from_yaml(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let value = if value.get("swagger").is_some() {
        swagger2::to_openapi3(&value)
    } else {
        openapi31::to_openapi30(&value)
    };
    serde_json::from_value(value).map_err(|e| format!("{}: not OpenAPI 3.0: {e}", path.display()))
}

/// A folder read and ready to compare: recovered facts and the oracle's docs.
struct Read {
    folder: usize,
    docs: Docs,
    source: Api,
    recovered: Api,
    warnings: usize,
    pool_key: String,
    guesses: naming::Guesses,
}

/// Which facts of a source spec count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// All of them: the docs were rendered from this very spec.
    All,
    /// The operations the docs list and the models they have a page for: a real
    /// folder and its spec may be a release apart.
    Documented,
}

/// [`measure_with`] every fact, pooling spellings over `folders` alone.
pub fn measure(folders: &[Folder], root: Option<&Path>) -> (Vec<Outcome>, Vec<String>) {
    measure_with(folders, root, Scope::All, &[])
}

/// Reads and compares every folder. Type spellings are pooled over the folders the
/// reader detects as one dialect (see [`spelling`]), and over `pool_only` (more
/// folders of those dialects, read for their spellings alone: a real folder is
/// measured with what the whole fixture corpus shows of its dialect). Folders that
/// cannot be read are returned as errors, in order.
pub fn measure_with(
    folders: &[Folder],
    root: Option<&Path>,
    scope: Scope,
    pool_only: &[Folder],
) -> (Vec<Outcome>, Vec<String>) {
    let mut errors = Vec::new();
    let mut reads = Vec::new();
    for (i, f) in folders.iter().chain(pool_only).enumerate() {
        let recovered = match recover(&f.dir, &f.spec, root) {
            Ok(r) => r,
            Err(e) => {
                errors.push(format!("{}: {e}", f.dir.display()));
                continue;
            }
        };
        let docs = match Docs::load(&f.dir) {
            Ok(d) => d,
            Err(e) => {
                errors.push(format!("{}: {e}", f.dir.display()));
                continue;
            }
        };
        let mut source = Api::from_openapi(&f.source);
        if scope == Scope::Documented {
            documented_only(&mut source, &docs);
        }
        reads.push(Read {
            folder: i,
            docs,
            guesses: naming::guesses(&recovered.spec, &source),
            source,
            recovered: Api::from_openapi(&recovered.openapi),
            warnings: recovered.warnings,
            pool_key: recovered.dialect,
        });
    }
    let mut pools: BTreeMap<String, Spellings> = BTreeMap::new();
    for r in &reads {
        let ceiling = Ceiling::new(&r.docs, &r.source);
        pools
            .entry(r.pool_key.clone())
            .or_default()
            .add(&ceiling.spellings(&r.source));
    }
    let empty = Spellings::default();
    let outcomes = reads
        .iter()
        .filter(|r| r.folder < folders.len())
        .map(|r| {
            let ceiling = Ceiling::new(&r.docs, &r.source);
            let oracle = Oracle {
                ceiling: &ceiling,
                pool: pools.get(&r.pool_key).unwrap_or(&empty),
            };
            let f = &folders[r.folder];
            Outcome {
                spec: f.spec.clone(),
                dialect: f.dialect.clone(),
                warnings: r.warnings,
                guesses: r.guesses,
                tally: compare::compare(&r.source, &r.recovered, &oracle),
            }
        })
        .collect();
    (outcomes, errors)
}

/// Keeps the operations the docs list and the models they have a page for.
fn documented_only(api: &mut Api, docs: &Docs) {
    let ceiling = Ceiling::new(docs, api);
    let keep_ops: Vec<bool> = api
        .operations
        .iter()
        .map(|op| ceiling.operation(&ceiling.op_scope(op)).is_some())
        .collect();
    let keep_models: Vec<String> = api
        .schemas
        .keys()
        .filter(|name| ceiling.model_page(name).is_some())
        .cloned()
        .collect();
    let mut keep = keep_ops.into_iter();
    api.operations.retain(|_| keep.next().unwrap_or(false));
    api.schemas.retain(|name, _| keep_models.contains(name));
}

/// Whole percent, rounded down; 100 when there is nothing to count.
pub fn whole_pct(part: usize, total: usize) -> u8 {
    (part * 100).checked_div(total).map_or(100, |pct| pct as u8)
}

/// The facts counted per dialect, kind by kind.
pub type Sums = BTreeMap<String, BTreeMap<Kind, Count>>;
