//! The view model: everything the templates place, computed from the [`Spec`] in Rust.
//!
//! Identifiers are already sanitized (through [`super::naming`]) and Rust types already
//! spelled; text from the docs (descriptions, wire names, paths, media types, scheme
//! names) is kept raw and reaches the code only through the `lit` and `doc` filters.

mod auth;
mod groups;
mod models;
mod operations;
mod paging;
mod path;
mod types;

use std::collections::BTreeSet;

use serde::Serialize;

use super::naming::Namespace;
use super::text::code;
use crate::spec::{Spec, TypeRef};
use crate::Error;

pub(crate) use auth::SchemeView;
pub(crate) use groups::GroupView;
pub(crate) use models::ModelView;
pub(crate) use operations::OperationView;
#[cfg(test)]
pub(crate) use path::base_path;
use types::Format;

/// Everything one client is rendered from.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct View {
    /// The API's name (raw).
    pub title: String,
    /// Raw text for the docs of `Client`, `models` and the crate.
    pub client_doc: String,
    pub models_doc: String,
    pub crate_doc: String,
    /// The first server URL, when absolute (raw).
    pub default_base_url: Option<String>,
    /// Its path (`/v1`; raw), where the mocks expect requests.
    pub base_path: String,
    pub schemes: Vec<SchemeView>,
    pub models: Vec<ModelView>,
    pub operations: Vec<OperationView>,
    /// The crate's features per API group (empty for a module, or one group).
    pub groups: Vec<GroupView>,
    /// The string formats some type of the spec has, for the `formats` module.
    pub formats: Vec<FormatView>,
    /// Whether the crate has the `mock` module (a rendered crate, not a module).
    pub mock: bool,
    /// Whether some body is multipart.
    pub multipart: bool,
    /// Whether the client can exchange tokens (an operation issues them, or an OAuth2
    /// scheme has a token URL).
    pub exchange: bool,
    /// A `#![recursion_limit]` for the crate, when the models are many: rustc walks
    /// nested models (drop check, `Send`) one level of recursion per type, and a long
    /// chain of models nesting each other exceeds the default of 128.
    pub recursion_limit: Option<usize>,
}

/// A view of some of the operations and models, for templates rendered a chunk at a
/// time; it serializes with the same keys as [`View`].
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Chunk<'a> {
    pub title: &'a str,
    pub client_doc: &'a str,
    pub models_doc: &'a str,
    pub crate_doc: &'a str,
    pub default_base_url: &'a Option<String>,
    pub base_path: &'a str,
    pub schemes: &'a [SchemeView],
    pub models: &'a [ModelView],
    pub operations: &'a [OperationView],
    pub formats: &'a [FormatView],
    pub mock: bool,
    pub multipart: bool,
    pub exchange: bool,
    pub recursion_limit: Option<usize>,
    /// Whether this is the first chunk of its part (the one with the part's
    /// one-time items).
    pub first: bool,
}

impl View {
    /// This view with only `operations` and `models`.
    pub(crate) fn chunk<'a>(
        &'a self,
        operations: &'a [OperationView],
        models: &'a [ModelView],
    ) -> Chunk<'a> {
        Chunk {
            title: &self.title,
            client_doc: &self.client_doc,
            models_doc: &self.models_doc,
            crate_doc: &self.crate_doc,
            default_base_url: &self.default_base_url,
            base_path: &self.base_path,
            schemes: &self.schemes,
            models,
            operations,
            formats: &self.formats,
            mock: self.mock,
            multipart: self.multipart,
            exchange: self.exchange,
            recursion_limit: self.recursion_limit,
            // Chunks are slices of the view's lists: the first starts where they do.
            first: std::ptr::eq(operations.as_ptr(), self.operations.as_ptr())
                || std::ptr::eq(models.as_ptr(), self.models.as_ptr()),
        }
    }
}

/// Builds the view of `spec`; an inconsistent spec (see [`crate::spec::validate`])
/// is an [`Error::Spec`] naming its first problem.
///
/// What a view is rendered into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    /// A crate: each API group behind a Cargo feature ([`groups`]), string formats
    /// typed behind the `chrono` and `uuid` features.
    Crate,
    /// A module for `include!()`, which has no features of its own: string formats
    /// typed or `String`, as `typed_formats` says.
    Module { typed_formats: bool },
}

pub(crate) fn build(spec: &Spec, target: Target) -> Result<View, Error> {
    crate::spec::validate::refuse_blocking(spec)?;
    let groups = if target == Target::Crate {
        groups::build(spec)
    } else {
        groups::Groups::default()
    };
    let (model_idents, models) = models::build(spec, &referenced_models(spec), &groups.models);

    let mut methods = Namespace::ClientMethods.scope();
    let mut types = Namespace::RootTypes.scope();
    let default_base_url = spec
        .servers
        .first()
        .map(|s| s.url.trim().to_string())
        // A hand-edited spec too: credentials never become the default base URL.
        .map(|u| crate::spec::validate::without_credentials(&u).unwrap_or(u))
        .filter(|u| u.starts_with("https://") || u.starts_with("http://"));
    let schemes = auth::build(
        &spec.security_schemes,
        default_base_url.as_deref(),
        &mut methods,
    )?;

    let mut cx = operations::Context {
        spec,
        models: &model_idents,
        schemes: &spec.security_schemes,
        methods: &mut methods,
        types: &mut types,
    };
    let mut operations = spec
        .apis
        .iter()
        .flat_map(|api| &api.operations)
        .map(|op| operations::build(op, &mut cx))
        .collect::<Result<Vec<_>, _>>()?;
    for (op, feature) in operations.iter_mut().zip(groups.operations) {
        op.features = vec![feature];
    }

    let recursion_limit = Some(8 * models.len()).filter(|limit| *limit > 128);
    let exchange = operations.iter().any(|op| op.token.is_some())
        || schemes.iter().any(|s| s.client_credentials.is_some());
    Ok(View {
        title: spec.name.clone(),
        client_doc: client_doc(spec, default_base_url.as_deref()),
        models_doc: format!("The models (schemas) of the {} API.", spec.name),
        crate_doc: format!(
            "A typed async client for the {} API, generated by mdclient from its Markdown docs. Start at [`Client`].",
            spec.name
        ),
        default_base_url,
        base_path: path::base_path(spec),
        schemes,
        models,
        formats: formats(spec, target),
        mock: target == Target::Crate,
        multipart: operations.iter().any(|op| op.multipart),
        exchange,
        recursion_limit,
        operations,
        groups: groups.groups,
    })
}

/// One alias of the `formats` module: a string format the docs state.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct FormatView {
    pub alias: &'static str,
    /// The feature that types it, in a crate; `None` in a module for `include!()`.
    pub feature: Option<&'static str>,
    /// The typed spelling.
    pub typed: &'static str,
    /// A module's alias: typed (the including crate enables the runtime's feature),
    /// or `String`.
    pub always_typed: bool,
    pub doc: String,
}

/// The formats some type of `spec` has, in a fixed order.
fn formats(spec: &Spec, target: Target) -> Vec<FormatView> {
    fn walk(ty: &TypeRef, found: &mut BTreeSet<Format>) {
        match ty {
            TypeRef::Array(inner) | TypeRef::Map(inner) => walk(inner, found),
            ty => found.extend(Format::of(ty)),
        }
    }
    let mut found = BTreeSet::new();
    for ty in spec_types(spec, true) {
        walk(ty, &mut found);
    }
    found
        .into_iter()
        .map(|format| {
            let wire = match format {
                Format::Date => "a `date` (RFC 3339 full-date, `2024-01-31`)",
                Format::DateTime => {
                    "a `date-time` (RFC 3339, `2024-01-31T12:00:00Z`); typed, it keeps the offset it came with"
                }
                Format::Uuid => "a `uuid`",
            };
            FormatView {
                alias: format.alias(),
                feature: (target == Target::Crate).then_some(format.feature()),
                typed: format.typed(),
                always_typed: target == (Target::Module { typed_formats: true }),
                doc: format!(
                    "A string the docs give as {wire}: `String`, or, with the `{}` feature, `{}`. The wire text is the same either way.",
                    format.feature(),
                    format.typed().replace("mdclient_runtime::", "")
                ),
            }
        })
        .collect()
}

/// Every type the spec names: parameters, bodies, responses (with `errors`, also
/// those of error statuses; else the success type), model properties.
fn spec_types(spec: &Spec, errors: bool) -> Vec<&TypeRef> {
    let mut types: Vec<&TypeRef> = Vec::new();
    for op in spec.apis.iter().flat_map(|api| &api.operations) {
        types.extend(op.params.iter().map(|p| &p.ty));
        if let Some(body) = &op.body {
            types.extend(body.ty.as_ref());
            types.extend(body.fields.iter().map(|f| &f.ty));
        }
        if errors {
            types.extend(op.responses.iter().filter_map(|r| r.ty.as_ref()));
        } else {
            types.extend(op.success_type());
        }
    }
    for model in spec.models.values() {
        types.extend(model.properties.iter().map(|p| &p.ty));
    }
    types
}

/// Every model name a type of the spec mentions (operations and model properties).
fn referenced_models(spec: &Spec) -> BTreeSet<String> {
    spec_types(spec, false)
        .into_iter()
        .filter_map(TypeRef::model_name)
        .map(String::from)
        .collect()
}

fn client_doc(spec: &Spec, default_base_url: Option<&str>) -> String {
    let mut parts = vec![format!(
        "A client for the {} API: one method per operation, each returning a request \
         to complete with optional parameters and `.await`.",
        spec.name
    )];
    match default_base_url {
        Some(url) => parts.push(format!(
            "The docs give the base URL {} ([`Client::DEFAULT_BASE_URL`], used by `Client::default()`).",
            code(url)
        )),
        None => parts.push("Pass the full base URL to [`Client::new`].".to_string()),
    }
    let relative: Vec<String> = spec
        .servers
        .iter()
        .map(|s| s.url.trim())
        .filter(|u| !u.starts_with("https://") && !u.starts_with("http://"))
        .map(code)
        .collect();
    if !relative.is_empty() {
        parts.push(format!(
            "The docs also name server paths relative to the host ({}): give them as part of a full base URL.",
            relative.join(", ")
        ));
    }
    crate::render::text::join_parts(&parts)
}
