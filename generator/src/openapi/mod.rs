//! Exporting the intermediate spec as OpenAPI 3.0.3.
//!
//! Every fact mdclient inferred rather than read is kept under `x-mdclient-inferred`
//! on the object that owns it (operation, parameter, body, response, scheme, schema),
//! and so is every gap filled only because OpenAPI requires a value there (an OAuth2
//! flow, a response description). Models the docs link to without documenting them
//! are marked `x-mdclient-undocumented: true`.
//!
//! ```
//! let spec: mdclient::spec::Spec = mdclient::spec::from_yaml(
//!     "mdclient: 1\nname: demo\ninputs: [DemoApi.md]\n",
//! ).unwrap();
//! let yaml = mdclient::openapi::to_openapi_yaml(&spec).unwrap();
//! assert!(yaml.starts_with("openapi: 3.0.3\n"));
//! ```

mod document;
mod ordered_map;
mod paths;
mod schema;
mod security;

use std::collections::BTreeMap;

pub use document::{
    ClientCredentialsFlow, Components, Document, Info, IssuesToken, Literal, MediaType, OAuthFlows,
    Operation, Parameter, PathItem, RequestBody, Response, Schema, SecurityRequirement,
    SecurityScheme, SecuritySchemeType, Server,
};
pub use ordered_map::OrderedMap;
pub use schema::{SCHEMA_REF_PREFIX, UNDOCUMENTED_MODEL};
pub use security::OAUTH2_TOKEN_URL_PLACEHOLDER;

use crate::spec::{Spec, TypeRef};
use crate::Error;

/// The OpenAPI version written by default.
pub const OPENAPI_VERSION: &str = "3.0.3";

/// Which OpenAPI an export is written as.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Version {
    /// 3.0.3: `nullable: true`.
    #[default]
    V3_0,
    /// 3.1.0 (JSON Schema 2020-12): `type: [string, "null"]`, a nullable reference as
    /// `anyOf: [{$ref}, {type: "null"}]`.
    V3_1,
}

impl std::str::FromStr for Version {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        match text {
            "3.0" | "3.0.3" => Ok(Version::V3_0),
            "3.1" | "3.1.0" => Ok(Version::V3_1),
            other => Err(format!(
                "`{other}` is not an OpenAPI version mdclient writes (3.0.3, 3.1)"
            )),
        }
    }
}

/// How to export.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ExportOptions {
    /// The OpenAPI version.
    pub version: Version,
    /// Every operation, parameter, model and property names the `file:line` of the
    /// docs it was read from, as `x-mdclient-source`.
    pub sources: bool,
}

/// The `info.version` written: the docs mdclient reads never state the API's version.
pub const UNKNOWN_API_VERSION: &str = "0.0.0";

/// The spec as an OpenAPI 3.0.3 document, without sources.
pub fn to_openapi(spec: &Spec) -> Document {
    let mut document = to_openapi_with_sources(spec);
    strip_sources(&mut document);
    document
}

/// [`to_openapi`] with `x-mdclient-source` on every operation, parameter, model and
/// property the docs state.
pub fn to_openapi_with_sources(spec: &Spec) -> Document {
    Document {
        openapi: OPENAPI_VERSION.to_string(),
        info: info(spec),
        servers: spec
            .servers
            .iter()
            .map(|s| Server { url: s.url.clone() })
            .collect(),
        paths: paths::paths(spec),
        components: Components {
            schemas: schemas(spec),
            security_schemes: spec
                .security_schemes
                .iter()
                .map(|(key, s)| (key.clone(), security::security_scheme(key, s)))
                .collect(),
        },
    }
}

/// The spec as OpenAPI 3.0.3 YAML, the same for the same spec. A spec the renderer
/// refuses (see [`crate::spec::validate`]) is refused here too, with the same error,
/// so `openapi` never writes a document `generate` would not build.
pub fn to_openapi_yaml(spec: &Spec) -> Result<String, Error> {
    to_openapi_yaml_with(spec, &ExportOptions::default())
}

/// [`to_openapi_yaml`] as `options` say: OpenAPI 3.0.3 or 3.1.0, with or without
/// sources.
pub fn to_openapi_yaml_with(spec: &Spec, options: &ExportOptions) -> Result<String, Error> {
    crate::spec::validate::refuse_blocking(spec)?;
    // What the renderer copes with (a repeated id, a second operation on one
    // request), resolved by the same stated rules.
    let mut repaired;
    let spec = if crate::spec::validate::check(spec).is_empty() {
        spec
    } else {
        repaired = spec.clone();
        crate::spec::validate::repair(&mut repaired);
        &repaired
    };
    let mut document = to_openapi_with_sources(spec);
    if !options.sources {
        strip_sources(&mut document);
    }
    let yaml = match options.version {
        Version::V3_0 => crate::spec::to_yaml(&document),
        Version::V3_1 => crate::spec::yaml::to_openapi_31_yaml(&document),
    };
    yaml.map_err(|message| Error::Spec {
        file: spec.name.clone(),
        message: format!("cannot be written as OpenAPI YAML: {message}"),
    })
}

/// Clears every `x-mdclient-source`.
fn strip_sources(document: &mut Document) {
    fn schema(s: &mut Schema) {
        s.source = None;
        s.properties.values_mut().for_each(schema);
    }
    for item in document.paths.values_mut() {
        for op in item.values_mut() {
            op.source = None;
            for p in &mut op.parameters {
                p.source = None;
            }
        }
    }
    for s in document.components.schemas.values_mut() {
        schema(s);
    }
}

fn info(spec: &Spec) -> Info {
    Info {
        title: spec.name.clone(),
        version: UNKNOWN_API_VERSION.to_string(),
        description: format!(
            "Recovered by mdclient from {}. Facts the docs do not state are listed under \
             `x-mdclient-inferred`; models the docs do not document are marked \
             `x-mdclient-undocumented`.",
            spec.inputs.join(", ")
        ),
        inferred: BTreeMap::from([(
            "version".to_string(),
            "the docs give no API version; OpenAPI requires one".to_string(),
        )]),
    }
}

/// The component schemas: every model, plus an undocumented placeholder for any model
/// referenced but missing from the spec, so that no `$ref` dangles.
fn schemas(spec: &Spec) -> BTreeMap<String, Schema> {
    let mut schemas: BTreeMap<String, Schema> = spec
        .models
        .iter()
        .map(|(name, model)| (name.clone(), schema::model_schema(model)))
        .collect();
    for name in referenced_models(spec) {
        schemas.entry(name.to_string()).or_insert_with(|| Schema {
            description: Some(UNDOCUMENTED_MODEL.to_string()),
            undocumented: true,
            inferred: BTreeMap::from([(
                "schema".to_string(),
                "referenced by the docs but absent from the spec's models".to_string(),
            )]),
            ..Schema::default()
        });
    }
    schemas
}

fn referenced_models(spec: &Spec) -> impl Iterator<Item = &str> {
    let ops = spec.apis.iter().flat_map(|api| &api.operations);
    let op_types = ops.flat_map(|op| {
        let params = op.params.iter().map(|p| &p.ty);
        let body = op
            .body
            .iter()
            .flat_map(|b| b.ty.iter().chain(b.fields.iter().map(|f| &f.ty)));
        let responses = op.responses.iter().filter_map(|r| r.ty.as_ref());
        params.chain(body).chain(responses)
    });
    let model_types = spec
        .models
        .values()
        .flat_map(|m| m.properties.iter().map(|p| &p.ty));
    op_types.chain(model_types).filter_map(TypeRef::model_name)
}
