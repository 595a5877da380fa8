//! The view model: everything the templates place, computed from the [`Spec`] in Rust.
//!
//! Identifiers are already sanitized (through [`super::naming`]) and Rust types already
//! spelled; text from the docs (descriptions, wire names, paths, media types, scheme
//! names) is kept raw and reaches the code only through the `lit` and `doc` filters.

mod auth;
mod groups;
mod models;
mod operations;
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
    pub schemes: Vec<SchemeView>,
    pub models: Vec<ModelView>,
    pub operations: Vec<OperationView>,
    /// The crate's features per API group (empty for a module, or one group).
    pub groups: Vec<GroupView>,
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
    pub schemes: &'a [SchemeView],
    pub models: &'a [ModelView],
    pub operations: &'a [OperationView],
    pub multipart: bool,
    pub exchange: bool,
    pub recursion_limit: Option<usize>,
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
            schemes: &self.schemes,
            models,
            operations,
            multipart: self.multipart,
            exchange: self.exchange,
            recursion_limit: self.recursion_limit,
        }
    }
}

/// Builds the view of `spec`; an inconsistent spec (see [`crate::spec::validate`])
/// is an [`Error::Spec`] naming its first problem.
///
/// `per_group`: gate each API group behind a Cargo feature ([`groups`]), for a crate.
pub(crate) fn build(spec: &Spec, per_group: bool) -> Result<View, Error> {
    crate::spec::validate::refuse_blocking(spec)?;
    let groups = if per_group {
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
        schemes,
        models,
        multipart: operations.iter().any(|op| op.multipart),
        exchange,
        recursion_limit,
        operations,
        groups: groups.groups,
    })
}

/// Every model name a type of the spec mentions (operations and model properties).
fn referenced_models(spec: &Spec) -> BTreeSet<String> {
    let mut types: Vec<&TypeRef> = Vec::new();
    for op in spec.apis.iter().flat_map(|api| &api.operations) {
        types.extend(op.params.iter().map(|p| &p.ty));
        if let Some(body) = &op.body {
            types.extend(body.ty.as_ref());
            types.extend(body.fields.iter().map(|f| &f.ty));
        }
        types.extend(op.success_type());
    }
    for model in spec.models.values() {
        types.extend(model.properties.iter().map(|p| &p.ty));
    }
    types
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
