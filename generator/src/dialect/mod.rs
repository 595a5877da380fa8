//! Reading pages of a docs dialect into the intermediate spec.
//!
//! [`page`] is the shared reader of every API page; [`dialects`] describes what differs
//! between the families; [`infer`] names the rules for facts the docs leave out;
//! [`assemble`] turns page facts into spec items.

mod assemble;
mod auth;
pub mod dialects;
mod evidence;
mod infer;
mod model_page;
mod notes;
mod operation;
mod page;
mod paging;
mod readme;
mod request;
mod schema_doc;
mod tagged;
mod token;
mod types;
mod walk;

use std::path::{Path, PathBuf};

use crate::markdown::{self, Document};
use crate::spec::{Server, Spec, FORMAT_VERSION};
use crate::{Error, Warning};

pub use dialects::Dialect;
pub use types::parse_type;

/// What [`read_docs`] recovered: the spec and the oddities met on the way.
#[derive(Debug, Clone)]
pub struct Recovered {
    pub spec: Spec,
    pub warnings: Vec<Warning>,
}

/// Options of [`read_docs_with`].
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// The API's short name; by default the stem of the first input.
    pub name: Option<String>,
    /// Read every page as this dialect instead of detecting it.
    pub dialect: Option<&'static Dialect>,
    /// Record input paths relative to this folder (e.g. the workspace root), so the
    /// spec does not depend on where it was generated.
    pub root: Option<PathBuf>,
}

/// Reads pages and docs folders into one spec.
///
/// `inputs` are files (any name: each must be an API page) or folders (searched,
/// recursively and in name order, for `*.md` API pages; other pages are skipped).
/// Paths are recorded in the spec as given. `name` is the API's short name; by
/// default it is taken from the first input.
pub fn read_docs<P: AsRef<Path>>(inputs: &[P], name: Option<&str>) -> Result<Recovered, Error> {
    let options = ReadOptions {
        name: name.map(str::to_string),
        ..ReadOptions::default()
    };
    read_docs_with(inputs, &options)
}

/// [`read_docs`] with all options.
///
/// Each folder is one SDK's docs; the files given directly together form one more.
/// Several SDKs of the same API (say, its ruby and java docs) are fused: a fact one
/// states beats the same fact the other only infers, and real conflicts are warnings
/// naming both places (see [`crate::spec::fuse`]).
pub fn read_docs_with<P: AsRef<Path>>(
    inputs: &[P],
    options: &ReadOptions,
) -> Result<Recovered, Error> {
    let files: Vec<&Path> = inputs
        .iter()
        .map(AsRef::as_ref)
        .filter(|p| !p.is_dir())
        .collect();
    let mut groups: Vec<Vec<&Path>> = inputs
        .iter()
        .map(AsRef::as_ref)
        .filter(|p| p.is_dir())
        .map(|d| vec![d])
        .collect();
    if !files.is_empty() {
        groups.insert(0, files);
    }
    let mut fused: Option<Recovered> = None;
    for group in &groups {
        let next = read_sdk(group, options)?;
        fused = Some(match fused {
            None => next,
            Some(base) => fuse_into(base, next)?,
        });
    }
    let mut recovered = fused.ok_or_else(|| {
        Error::NoInput("no input given: expected API pages or docs folders".into())
    })?;
    // What the renderer would refuse, resolved by the validation's stated rules.
    let repairs = crate::spec::validate::repair(&mut recovered.spec);
    recovered.warnings.extend(repairs);
    Ok(recovered)
}

fn fuse_into(base: Recovered, next: Recovered) -> Result<Recovered, Error> {
    let (spec, conflicts) =
        crate::spec::fuse(&base.spec, &next.spec).map_err(|message| Error::Spec {
            file: next.spec.inputs.first().cloned().unwrap_or_default(),
            message,
        })?;
    let mut warnings = base.warnings;
    warnings.extend(next.warnings);
    for c in conflicts {
        let (file, line) = c.dropped.1.rsplit_once(':').unwrap_or((&c.dropped.1, "0"));
        warnings.push(Warning {
            at: crate::spec::Source::new(file, line.parse().unwrap_or(0)),
            message: format!(
                "conflict on `{}`: this input says `{}`, {} says `{}`; keeping `{}`",
                c.path, c.dropped.0, c.kept.1, c.kept.0, c.kept.0
            ),
        });
    }
    Ok(Recovered { spec, warnings })
}

/// Reads one SDK's docs: files and/or one folder.
fn read_sdk(inputs: &[&Path], options: &ReadOptions) -> Result<Recovered, Error> {
    let mut warnings = Vec::new();
    let pages = sort_pages(inputs, options, &mut warnings)?;
    let mut assembly = assemble::Assembly::default();
    let mut servers: Vec<Server> = Vec::new();
    // The README states schemes outright: read it first, so its facts win over what
    // example code suggests and over names.
    let endpoints = read_readmes(&pages.readmes, &mut assembly, &mut servers, &mut warnings);
    let folder_dialect = options.dialect.unwrap_or_else(|| {
        Dialect::detect_folder(&pages.api, pages.readmes.iter().chain(&pages.others))
    });
    for doc in &pages.api {
        let dialect = match options.dialect {
            Some(d) => d,
            None => match Dialect::detect_by_code(doc) {
                d if d.name == dialects::GENERIC.name => folder_dialect,
                d => d,
            },
        };
        add_api_page(doc, dialect, &mut assembly, &mut servers, &mut warnings)?;
    }
    for doc in &pages.models {
        // Model pages of some dialects (go) have no example code: read them as the
        // API pages of the same folder.
        let dialect = match (options.dialect, Dialect::detect_by_code(doc)) {
            (Some(d), _) => d,
            (None, d) if d.name != dialects::GENERIC.name => d,
            (None, _) => folder_dialect,
        };
        add_model_page(doc, dialect, &mut assembly, &mut warnings);
    }
    assembly.apply_renames();
    assembly.add_readme_endpoints(endpoints, &mut warnings);
    assembly.enum_values_from_uses();
    assembly.inherit_all_of();
    assembly.infer_missing_schemes();
    assembly.infer_token_urls(&servers);
    evidence::Evidence::collect(
        pages
            .api
            .iter()
            .chain(&pages.models)
            .chain(&pages.readmes)
            .chain(&pages.others),
    )
    .apply(&mut assembly);

    let mut spec = Spec {
        mdclient: FORMAT_VERSION,
        name: api_name(inputs, options),
        inputs: pages.api.iter().map(|d| d.file.clone()).collect(),
        servers,
        security_schemes: assembly.schemes,
        apis: assembly.apis,
        models: assembly.models,
    };
    token::infer_issuer(&mut spec);
    paging::infer_pagination(&mut spec);
    Ok(Recovered { spec, warnings })
}

/// One SDK's pages, by kind.
struct Pages {
    api: Vec<Document>,
    models: Vec<Document>,
    readmes: Vec<Document>,
    /// Pages of a folder that are none of the others (a README without an
    /// endpoint list).
    others: Vec<Document>,
}

/// Loads the pages of the inputs and sorts them by kind; at least one must be an API
/// page, and every file given directly must be one we can read.
fn sort_pages(
    inputs: &[&Path],
    options: &ReadOptions,
    warnings: &mut Vec<Warning>,
) -> Result<Pages, Error> {
    let mut pages = Pages {
        api: Vec::new(),
        models: Vec::new(),
        readmes: Vec::new(),
        others: Vec::new(),
    };
    let mut found = walk::Walk::default();
    for input in inputs {
        found.input(input)?;
    }
    warnings.append(&mut found.warnings);
    for walk::Found { path, direct } in found.found {
        let doc = load(&path, options)?;
        if page::is_api_page(&doc) {
            pages.api.push(doc);
        } else if model_page::is_model_page(&doc) {
            pages.models.push(doc);
        } else if readme::is_readme(&doc) {
            pages.readmes.push(doc);
        } else if !direct {
            // A README without an endpoint list may still tell the language.
            pages.others.push(doc);
        } else {
            // A page named on the command line must be one we can read.
            let line = doc.blocks.first().map_or(1, markdown::Block::line);
            return Err(Error::parse(
                doc.at(line),
                "expected an API page: a `# <package>.<Name>Api` title and a \
                 `Method | HTTP request | Description` endpoint table",
            ));
        }
    }
    if pages.api.is_empty() {
        let names: Vec<String> = inputs.iter().map(|p| p.display().to_string()).collect();
        return Err(Error::NoInput(format!(
            "{}: expected at least one API page (`*Api.md` with an endpoint table), found none",
            names.join(", ")
        )));
    }
    Ok(pages)
}

/// Reads the READMEs' base URLs and schemes into `servers` and `assembly`; returns
/// their endpoint lists, each with its README's file.
fn read_readmes(
    readmes: &[Document],
    assembly: &mut assemble::Assembly,
    servers: &mut Vec<Server>,
    warnings: &mut Vec<Warning>,
) -> Vec<(String, readme::Endpoint)> {
    let mut endpoints = Vec::new();
    for doc in readmes {
        let readme = readme::read_readme(doc, warnings);
        if let Some((url, line)) = readme.base_url {
            servers.push(Server {
                url,
                source: doc.at(line),
            });
        }
        assembly.add_schemes(readme.schemes);
        endpoints.extend(readme.endpoints.into_iter().map(|e| (doc.file.clone(), e)));
    }
    endpoints
}

/// Reads an API page into `assembly`, its base URL into `servers` unless known.
fn add_api_page(
    doc: &Document,
    dialect: &'static Dialect,
    assembly: &mut assemble::Assembly,
    servers: &mut Vec<Server>,
    warnings: &mut Vec<Warning>,
) -> Result<(), Error> {
    let page = page::read_api_page(doc, dialect, warnings)?;
    if let Some((url, line)) = &page.base_url {
        if !servers.iter().any(|s| &s.url == url) {
            servers.push(Server {
                url: url.clone(),
                source: doc.at(*line),
            });
        }
    }
    assembly.add_hints(doc, dialect, auth::hints_in_code(&page.code));
    assembly.add_hints(doc, dialect, auth::hints_in_bullets(&page.auth_bullets));
    assembly.add_page(doc, page, warnings);
    Ok(())
}

/// Reads a model page into `assembly`: the model, its `allOf` parents, its rename.
fn add_model_page(
    doc: &Document,
    dialect: &Dialect,
    assembly: &mut assemble::Assembly,
    warnings: &mut Vec<Warning>,
) {
    if let Some((name, model, parents)) = model_page::read_model_page(doc, dialect, warnings) {
        assembly.all_of.push((name.clone(), parents));
        assembly.add_model(name, model, warnings);
    }
    if let Some((shown, name)) = model_page::renamed(doc, dialect) {
        assembly.renames.push((shown, name));
    }
}

/// The API's short name: the option, else the first input's stem, else `api`.
fn api_name(inputs: &[&Path], options: &ReadOptions) -> String {
    options.name.clone().unwrap_or_else(|| {
        inputs
            .first()
            .and_then(|p| p.file_stem())
            .map_or_else(|| "api".to_string(), |s| s.to_string_lossy().into_owned())
    })
}

fn display(path: &Path, options: &ReadOptions) -> String {
    let shown = match &options.root {
        Some(root) => path.strip_prefix(root).unwrap_or(path),
        None => path,
    };
    shown.to_string_lossy().replace('\\', "/")
}

fn load(path: &Path, options: &ReadOptions) -> Result<Document, Error> {
    let bytes = walk::read(path)?;
    markdown::parse_bytes(&display(path, options), &bytes)
}
