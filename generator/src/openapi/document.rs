//! The OpenAPI 3.0.3 subset mdclient writes, as serde structs.
//!
//! Only what the intermediate spec can fill is modelled. Facts mdclient inferred rather
//! than read are listed under `x-mdclient-inferred` on the object that owns them.

use std::collections::BTreeMap;

use serde::Serialize;

use super::OrderedMap;
use crate::spec::{Inferred, ParamLocation};

/// A whole OpenAPI document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Document {
    /// Always `3.0.3`.
    pub openapi: String,
    /// Title and provenance.
    pub info: Info,
    /// Base URLs, as the docs give them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub servers: Vec<Server>,
    /// Path template -> its operations, in the order the docs list them.
    pub paths: OrderedMap<PathItem>,
    /// Model schemas and security schemes.
    #[serde(skip_serializing_if = "Components::is_empty")]
    pub components: Components,
}

/// The operations on one path, keyed by lower-case HTTP method (`get`, `post`...).
pub type PathItem = OrderedMap<Operation>;

/// Title, version and provenance of the document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Info {
    /// The API's short name.
    pub title: String,
    /// Unknown to the docs: always [`super::UNKNOWN_API_VERSION`].
    pub version: String,
    /// Which files the API was recovered from, and how to read the extensions.
    pub description: String,
    /// `x-mdclient-inferred`: field -> the rule that inferred it, or why OpenAPI
    /// forced a value the docs do not give.
    #[serde(
        rename = "x-mdclient-inferred",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub inferred: Inferred,
}

/// A base URL.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Server {
    /// Absolute, or relative to the host the docs were served from.
    pub url: String,
}

/// One security requirement: scheme name -> scopes (always empty here).
pub type SecurityRequirement = BTreeMap<String, Vec<String>>;

/// One HTTP operation.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Operation {
    /// The API class the operation belongs to (`AuthApi`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// The one-line summary.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// What the docs say about it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The operation's name as the page gives it.
    pub operation_id: String,
    /// Path, query, header and cookie parameters, in the order documented.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parameters: Vec<Parameter>,
    /// The body, when the operation takes one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_body: Option<RequestBody>,
    /// Status (`200`, `2XX`, `default`) -> response.
    pub responses: OrderedMap<Response>,
    /// Alternatives: any one requirement suffices. `Some(vec![])` means "no auth".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub security: Option<Vec<SecurityRequirement>>,
    /// `x-mdclient-issues-token`: the operation issues the tokens other calls send
    /// (what the generated client's token exchange calls).
    #[serde(
        rename = "x-mdclient-issues-token",
        skip_serializing_if = "Option::is_none"
    )]
    pub issues_token: Option<IssuesToken>,
    /// `x-mdclient-source`: the `file:line` the docs state it at (only when the export
    /// is asked for sources).
    #[serde(rename = "x-mdclient-source", skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// `x-mdclient-inferred`: field -> the rule that inferred it, or why OpenAPI
    /// forced a value the docs do not give.
    #[serde(
        rename = "x-mdclient-inferred",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub inferred: Inferred,
}

/// A path, query, header or cookie parameter.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Parameter {
    /// The wire name (`tokenId`, `X-Request-Id`).
    pub name: String,
    /// Where it travels.
    #[serde(rename = "in")]
    pub location: ParamLocation,
    /// What the docs say about it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Always true for a path parameter.
    pub required: bool,
    /// Its type, allowed values and default.
    pub schema: Schema,
    /// `x-mdclient-source`: where the docs state it, when asked for.
    #[serde(rename = "x-mdclient-source", skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// `x-mdclient-inferred`: field -> the rule that inferred it, or why OpenAPI
    /// forced a value the docs do not give.
    #[serde(
        rename = "x-mdclient-inferred",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub inferred: Inferred,
}

/// A request body.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RequestBody {
    /// What the docs say about it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Media type -> schema.
    pub content: OrderedMap<MediaType>,
    /// Whether the call must send a body.
    pub required: bool,
    /// `x-mdclient-inferred`: field -> the rule that inferred it, or why OpenAPI
    /// forced a value the docs do not give.
    #[serde(
        rename = "x-mdclient-inferred",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub inferred: Inferred,
}

/// The schema sent or received under one media type.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MediaType {
    /// Absent when the docs say nothing of the body's shape.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema: Option<Schema>,
}

/// A response.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Response {
    /// Required by OpenAPI; a generic one when the docs give none.
    pub description: String,
    /// Media type -> schema; empty for a response without a body.
    #[serde(skip_serializing_if = "OrderedMap::is_empty")]
    pub content: OrderedMap<MediaType>,
    /// `x-mdclient-inferred`: field -> the rule that inferred it, or why OpenAPI
    /// forced a value the docs do not give.
    #[serde(
        rename = "x-mdclient-inferred",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub inferred: Inferred,
}

/// Reusable schemas and the security schemes.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Components {
    /// Model name -> schema.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub schemas: BTreeMap<String, Schema>,
    /// Scheme name (as operations' `security` refer to it) -> scheme.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub security_schemes: BTreeMap<String, SecurityScheme>,
}

impl Components {
    /// True when there is neither a schema nor a security scheme.
    pub fn is_empty(&self) -> bool {
        self.schemas.is_empty() && self.security_schemes.is_empty()
    }
}

/// The OpenAPI kind of a security scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum SecuritySchemeType {
    /// `Authorization: Basic` or `Bearer`, see [`SecurityScheme::scheme`].
    Http,
    /// A key in a header, query parameter or cookie.
    ApiKey,
    /// OAuth2, see [`SecurityScheme::flows`].
    Oauth2,
}

/// A security scheme; which fields are set depends on [`SecuritySchemeType`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SecurityScheme {
    /// `http`, `apiKey` or `oauth2`.
    #[serde(rename = "type")]
    pub kind: SecuritySchemeType,
    /// What the docs say about it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// For `http`: `bearer` or `basic`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scheme: Option<String>,
    /// For `http` `bearer`: a hint such as `JWT`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bearer_format: Option<String>,
    /// For `apiKey`: `header`, `query` or `cookie`.
    #[serde(rename = "in", skip_serializing_if = "Option::is_none")]
    pub location: Option<ParamLocation>,
    /// For `apiKey`: the header, query parameter or cookie name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// For `oauth2`: how a token is obtained.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flows: Option<OAuthFlows>,
    /// `x-mdclient-inferred`: field -> the rule that inferred it, or why OpenAPI
    /// forced a value the docs do not give.
    #[serde(
        rename = "x-mdclient-inferred",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub inferred: Inferred,
}

/// The OAuth2 flows of a scheme; mdclient only ever knows of client credentials.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OAuthFlows {
    /// The only flow mdclient writes.
    pub client_credentials: ClientCredentialsFlow,
}

/// The OAuth2 client-credentials flow.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ClientCredentialsFlow {
    /// The docs' token URL, or [`super::OAUTH2_TOKEN_URL_PLACEHOLDER`].
    pub token_url: String,
    /// Scope -> description; the docs list none.
    pub scopes: BTreeMap<String, String>,
}

/// A schema. An all-default `Schema` is `{}`: any JSON value.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Schema {
    /// `#/components/schemas/<Model>`.
    #[serde(rename = "$ref", skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// Wraps a `$ref` that needs siblings (`nullable`, `description`), which OpenAPI
    /// 3.0 ignores next to a bare `$ref`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub all_of: Vec<Schema>,
    /// Exactly one of these schemas.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub one_of: Vec<Schema>,
    /// At least one of these schemas.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub any_of: Vec<Schema>,
    /// The property that names the alternative of a `oneOf`/`anyOf`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discriminator: Option<Discriminator>,
    /// `string`, `integer`, `number`, `boolean`, `array` or `object`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub ty: Option<&'static str>,
    /// `int32`, `date-time`, `binary`...
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<&'static str>,
    /// What the docs say about it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The value may be `null`.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub nullable: bool,
    /// Sent by the server only.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub read_only: bool,
    /// The allowed values, when the docs list them.
    #[serde(rename = "enum", skip_serializing_if = "Vec::is_empty")]
    pub enum_values: Vec<Literal>,
    /// The default value, when the docs give one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default: Option<Literal>,
    /// For an array: the element schema.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Box<Schema>>,
    /// Wire name -> schema, in the order documented.
    #[serde(skip_serializing_if = "OrderedMap::is_empty")]
    pub properties: OrderedMap<Schema>,
    /// Wire names of the properties that must be present.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub required: Vec<String>,
    /// For a map: the value schema (keys are strings).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub additional_properties: Option<Box<Schema>>,
    /// Set on models the docs link to but ship no page for.
    #[serde(
        rename = "x-mdclient-undocumented",
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub undocumented: bool,
    /// `x-mdclient-source`: where the docs state it (a model or property), when
    /// asked for.
    #[serde(rename = "x-mdclient-source", skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// `x-mdclient-inferred`: field -> the rule that inferred it, or why OpenAPI
    /// forced a value the docs do not give.
    #[serde(
        rename = "x-mdclient-inferred",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub inferred: Inferred,
}

/// What a token-issuing operation gives: the scheme its token is sent as and the
/// response field that holds it (each absent when the docs do not say).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IssuesToken {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scheme: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

/// `discriminator: {propertyName: kind}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Discriminator {
    pub property_name: String,
}

/// A default or enum value, typed after the schema it belongs to.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Literal {
    /// `true`, `false`.
    Bool(bool),
    /// An integer.
    Int(i64),
    /// Any other number.
    Number(f64),
    /// A string, or text that does not read as the schema's type.
    String(String),
}
