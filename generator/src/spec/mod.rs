//! The intermediate spec: what mdclient recovered from the docs, as plain data.
//!
//! It is written as YAML (`spec.yaml`), meant to be read and edited by people. Every
//! fact carries a [`Source`] (`file:line`), and every fact the docs did not state
//! directly is listed in the owning item's `inferred` map, keyed by the field name,
//! with the rule that produced it:
//!
//! ```yaml
//! - name: token_id
//!   wire_name: tokenId
//!   location: path
//!   inferred:
//!     wire_name: "path template names {tokenId}; matched to `token_id` ignoring case and separators"
//! ```
//!
//! The format is documented for users in `specs/README.md`.

pub mod paging;
mod source;
mod types;
pub mod validate;
pub(crate) mod yaml;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use source::Source;
pub use types::{bracket_depth, TypeRef, MAX_TYPE_DEPTH};
pub use yaml::{apply_overrides, explain, from_yaml, fuse, to_yaml, Conflict, InferredFact};

/// Reads an overrides file (see [`apply_overrides`]) and applies it to `spec`.
pub fn apply_overrides_file(spec: &Spec, path: &std::path::Path) -> Result<Spec, crate::Error> {
    apply_overrides_file_as(spec, path, &path.to_string_lossy().replace('\\', "/"))
}

/// [`apply_overrides_file`], naming the file `file` in sources and errors (a path
/// relative to the workspace, say).
pub fn apply_overrides_file_as(
    spec: &Spec,
    path: &std::path::Path,
    file: &str,
) -> Result<Spec, crate::Error> {
    let file = file.to_string();
    let text = std::fs::read_to_string(path).map_err(|e| crate::Error::Io {
        path: path.to_path_buf(),
        source: e,
    })?;
    apply_overrides(spec, &text, &file).map_err(|message| crate::Error::Spec { file, message })
}

/// Version of the spec format, written as the `mdclient` key of every spec.
pub const FORMAT_VERSION: u32 = 1;

/// Facts that were inferred rather than read, keyed by field name, valued by the rule.
pub type Inferred = BTreeMap<String, String>;

fn is_false(b: &bool) -> bool {
    !*b
}

/// A whole recovered API: one or more API classes, their models and auth schemes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spec {
    /// Format version ([`FORMAT_VERSION`]).
    pub mdclient: u32,
    /// Short name of the API (used as the default crate and module name).
    pub name: String,
    /// The files read, in the order read.
    pub inputs: Vec<String>,
    /// Base URLs, e.g. from `All URIs are relative to *https://api.togai.com*`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub servers: Vec<Server>,
    /// Authorization schemes by name, as referenced by [`Operation::security`].
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub security_schemes: BTreeMap<String, SecurityScheme>,
    /// API classes (one per `<Name>Api.md` page).
    #[serde(default)]
    pub apis: Vec<Api>,
    /// Models by name, including ones only referenced (see [`Model::documented`]).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub models: BTreeMap<String, Model>,
}

/// A base URL for the API.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Server {
    /// Absolute (`https://api.togai.com`) or relative to the host (`/v2`).
    pub url: String,
    pub source: Source,
}

/// One API class: a `<Name>Api.md` page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Api {
    /// Class name as the page titles it, without the package (`AuthenticationApi`).
    pub name: String,
    /// The docs dialect the page was read as (e.g. `ruby`, `python`, `go`).
    pub dialect: String,
    pub source: Source,
    pub operations: Vec<Operation>,
}

/// One HTTP operation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Operation {
    /// operationId as the page names it (`issue_long_term_token`, `GenerateToken`).
    pub id: String,
    /// Upper-case HTTP method.
    pub method: String,
    /// Path template relative to the server URL, e.g. `/auth/tokens/{tokenId}/revoke`.
    pub path: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub source: Source,
    /// Path, query, header and cookie parameters, in the order the page lists them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub params: Vec<Param>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Body>,
    /// Documented responses; success ones carry the return type, if any.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responses: Vec<Response>,
    /// Names of the schemes that authorize the call; any one of them suffices.
    /// Empty: no authorization.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub security: Vec<String>,
    /// Media types the operation accepts as request body (`Content-Type`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consumes: Vec<String>,
    /// Media types the operation may answer with (`Accept`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub produces: Vec<String>,
    /// Set when the operation issues tokens: the client can call it by itself to
    /// obtain (and renew) the token other operations send.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issues_token: Option<TokenIssue>,
    /// Set when the operation returns a list a page at a time: the client then has
    /// `pages()` and `items()` streams that follow it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pagination: Option<Pagination>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub inferred: Inferred,
}

/// How an operation pages: the query parameter that carries the position, where the
/// response has the page's items and (for a cursor) the next position.
///
/// ```yaml
/// pagination: {kind: cursor, param: page_token, next: [next_page_token], items: [pets]}
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pagination {
    pub kind: PageKind,
    /// The query parameter (its `name`) that carries the position.
    pub param: String,
    /// The response field holding the next position, as a path of wire names
    /// (`[pagination, next]`). Required for a cursor; for a page number, optional (else
    /// the number counts up); unused for an offset (it counts the items).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub next: Vec<String>,
    /// The response field holding the page's items, as a path of wire names; empty:
    /// the response is the list.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<String>,
    /// For a page number with no `next`: the number of the first page, sent when the
    /// caller sets none, so the count starts where the API's does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first: Option<i64>,
}

/// What the position parameter of [`Pagination`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PageKind {
    /// An opaque value the previous page gave (`next`): a cursor or page token.
    Cursor,
    /// The number of items to skip: the previous offset plus the previous page's items.
    Offset,
    /// A page number: the previous page's `next`, or the previous number plus one.
    Page,
}

/// What an operation that issues tokens gives: a token in a response field, sent as
/// the bearer credential of a scheme.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TokenIssue {
    /// The bearer or OAuth2 scheme the issued token is sent as; `None` when no
    /// operation of the docs sends it (the client then hands the token out only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheme: Option<String>,
    /// The JSON field of the response holding the token (`access_token`); `None`:
    /// the usual names are tried (`access_token`, `token`, `jwt`...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub inferred: Inferred,
}

/// Where a parameter travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ParamLocation {
    Path,
    Query,
    Header,
    Cookie,
}

impl ParamLocation {
    /// The OpenAPI spelling (`path`, `query`, `header`, `cookie`).
    pub fn as_str(self) -> &'static str {
        match self {
            ParamLocation::Path => "path",
            ParamLocation::Query => "query",
            ParamLocation::Header => "header",
            ParamLocation::Cookie => "cookie",
        }
    }
}

/// A path, query, header or cookie parameter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Param {
    /// The name as the page shows it (`token_id`, `grantType`).
    pub name: String,
    /// The name on the wire (`tokenId`).
    pub wire_name: String,
    pub location: ParamLocation,
    pub required: bool,
    #[serde(rename = "type")]
    pub ty: TypeRef,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Default value as the docs write it (`10`, `'asc'`), when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    /// Allowed values, when the docs list them.
    #[serde(default, rename = "enum", skip_serializing_if = "Vec::is_empty")]
    pub enum_values: Vec<String>,
    pub source: Source,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub inferred: Inferred,
}

/// The request body.
///
/// Either one value of `type` (JSON, XML, binary...) or, for
/// `application/x-www-form-urlencoded` and `multipart/form-data`, a list of `fields`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Body {
    pub media_type: String,
    pub required: bool,
    /// The parameter name the page gives the body (`long_token_request`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub ty: Option<TypeRef>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<Field>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub source: Source,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub inferred: Inferred,
}

/// A form field of a form-urlencoded or multipart body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    pub name: String,
    pub wire_name: String,
    pub required: bool,
    #[serde(rename = "type")]
    pub ty: TypeRef,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub source: Source,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub inferred: Inferred,
}

/// A documented (or inferred) response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Response {
    /// `200`, `404`, a range such as `2XX`, or `default`.
    pub status: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Body type; `None` for an empty body.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub ty: Option<TypeRef>,
    pub source: Source,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub inferred: Inferred,
}

impl Response {
    /// Whether the status is a success (2xx, or the `2XX` range).
    pub fn is_success(&self) -> bool {
        self.status.starts_with('2')
    }
}

/// The kind of an authorization scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SchemeKind {
    /// `Authorization: Bearer <token>`.
    Bearer,
    /// `Authorization: Basic base64(user:password)`.
    Basic,
    /// A key sent in a header, query parameter or cookie ([`SecurityScheme::name`]).
    ApiKey,
    /// OAuth2; the access token is sent as a bearer token.
    Oauth2,
}

/// An authorization scheme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SecurityScheme {
    #[serde(rename = "type")]
    pub kind: SchemeKind,
    /// For `api_key`: where the key travels.
    #[serde(rename = "in", default, skip_serializing_if = "Option::is_none")]
    pub location: Option<ParamLocation>,
    /// For `api_key`: the header, query parameter or cookie name (`X-Client-Id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// For `bearer`: a hint such as `JWT`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bearer_format: Option<String>,
    /// For `oauth2`: the token URL, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub source: Source,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub inferred: Inferred,
}

/// A model (schema).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Model {
    /// False when the docs link to the model but ship no page for it: its shape is
    /// unknown and the client keeps it as raw JSON.
    pub documented: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Object properties, in the order documented.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub properties: Vec<Property>,
    /// For an enum model: the allowed values.
    #[serde(default, rename = "enum", skip_serializing_if = "Vec::is_empty")]
    pub enum_values: Vec<String>,
    /// A composed model: exactly one (`one_of`) or at least one (`any_of`) of these
    /// models; the client decodes the first alternative that fits.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub one_of: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub any_of: Vec<String>,
    /// The property whose value names the alternative, when the docs say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discriminator: Option<String>,
    /// Where the model was documented, or first referenced when undocumented.
    pub source: Source,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub inferred: Inferred,
}

/// A property of an object model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Property {
    /// The name as the page shows it.
    pub name: String,
    /// The JSON name.
    pub wire_name: String,
    #[serde(rename = "type")]
    pub ty: TypeRef,
    pub required: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub nullable: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub read_only: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    /// Allowed values of an inline enum, when the docs list them.
    #[serde(default, rename = "enum", skip_serializing_if = "Vec::is_empty")]
    pub enum_values: Vec<String>,
    pub source: Source,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub inferred: Inferred,
}

impl Spec {
    /// Renames a model and every reference to it.
    pub fn rename_model(&mut self, from: &str, to: &str) {
        fn rename(ty: &mut TypeRef, from: &str, to: &str) {
            match ty {
                TypeRef::Model(name) if name == from => *name = to.to_string(),
                TypeRef::Array(inner) | TypeRef::Map(inner) => rename(inner, from, to),
                _ => {}
            }
        }
        if let Some(model) = self.models.remove(from) {
            self.models.entry(to.to_string()).or_insert(model);
        }
        for op in self.apis.iter_mut().flat_map(|a| &mut a.operations) {
            op.params
                .iter_mut()
                .for_each(|p| rename(&mut p.ty, from, to));
            if let Some(body) = &mut op.body {
                body.ty.iter_mut().for_each(|t| rename(t, from, to));
                body.fields
                    .iter_mut()
                    .for_each(|f| rename(&mut f.ty, from, to));
            }
            op.responses
                .iter_mut()
                .for_each(|r| r.ty.iter_mut().for_each(|t| rename(t, from, to)));
        }
        for model in self.models.values_mut() {
            model
                .properties
                .iter_mut()
                .for_each(|p| rename(&mut p.ty, from, to));
            for member in model.one_of.iter_mut().chain(model.any_of.iter_mut()) {
                if member == from {
                    *member = to.to_string();
                }
            }
        }
    }
}

impl Model {
    /// A model the docs link to without documenting it (first referenced at `source`).
    pub fn undocumented(source: Source) -> Model {
        let mut inferred = Inferred::new();
        inferred.insert(
            "documented".into(),
            "the docs link to this model but ship no page for it; its shape is unknown".into(),
        );
        Model {
            documented: false,
            description: None,
            properties: Vec::new(),
            enum_values: Vec::new(),
            one_of: Vec::new(),
            any_of: Vec::new(),
            discriminator: None,
            source,
            inferred,
        }
    }
}

impl Operation {
    /// The success response type: the first 2xx response that has a body.
    pub fn success_type(&self) -> Option<&TypeRef> {
        self.responses
            .iter()
            .filter(|r| r.is_success())
            .find_map(|r| r.ty.as_ref())
    }
}
