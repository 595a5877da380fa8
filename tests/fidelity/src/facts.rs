//! An OpenAPI document reduced to the facts the round trip counts, with every
//! `$ref` to a parameter, request body or response resolved and path-level
//! parameters merged into each operation. The source spec and the recovered one go
//! through the same reduction, so they differ only where the facts differ.

use std::collections::{BTreeMap, BTreeSet};

use openapiv3::{
    APIKeyLocation, Components, OpenAPI, Operation, Parameter, ParameterSchemaOrContent,
    ReferenceOr, RequestBody, Response, Schema, SchemaKind, SecurityScheme, StatusCode, Type,
};

use crate::shape::{own_enum, ref_name, schema_shape, shape_of, AsSchema, Shape};

/// The media types whose body is a set of named fields.
const FORM_MEDIA_TYPES: &[&str] = &["application/x-www-form-urlencoded", "multipart/form-data"];

/// The facts of one API.
#[derive(Debug, Default)]
pub struct Api {
    pub operations: Vec<Op>,
    pub schemes: BTreeMap<String, Scheme>,
    pub schemas: BTreeMap<String, Model>,
}

#[derive(Debug)]
pub struct Op {
    /// Lower case: `get`.
    pub method: String,
    pub path: String,
    pub id: Option<String>,
    pub params: Vec<Param>,
    pub body: Option<Body>,
    pub responses: Vec<Resp>,
    /// The names of the schemes any of which authorizes the call; empty = no auth.
    pub security: BTreeSet<String>,
}

#[derive(Debug)]
pub struct Param {
    /// The wire name.
    pub name: String,
    /// `path`, `query`, `header` or `cookie`.
    pub location: &'static str,
    pub required: bool,
    pub shape: Shape,
    /// Allowed values, inline or through a `$ref`, of the value or of array items.
    pub enum_values: Option<Vec<String>>,
    /// The schema's own default, as text (`en`, `20`, `false`).
    pub default: Option<String>,
}

#[derive(Debug)]
pub struct Body {
    pub media_types: Vec<String>,
    /// The schema of the first media type; `None` when it has none.
    pub shape: Option<Shape>,
    /// True when a media type is form-urlencoded or multipart.
    pub form: bool,
    /// Wire names of the inline object's properties (the form fields).
    pub fields: Vec<String>,
}

#[derive(Debug)]
pub struct Resp {
    /// `200`, `2XX`, `default`.
    pub status: String,
    /// The schema of the first media type; `None` for an empty body.
    pub shape: Option<Shape>,
}

#[derive(Debug)]
pub struct Scheme {
    /// `http`, `apiKey`, `oauth2`, `openIdConnect`.
    pub kind: &'static str,
    /// `http`: `bearer`, `basic` (lower case).
    pub http_scheme: Option<String>,
    /// `apiKey`: `header`, `query`, `cookie`.
    pub location: Option<&'static str>,
    /// `apiKey`: the header, query or cookie name.
    pub name: Option<String>,
    /// `oauth2`: flow -> its token URL (authorization URL for `implicit`).
    pub flows: BTreeMap<&'static str, String>,
}

#[derive(Debug)]
pub struct Model {
    /// False for the export's placeholder of a model the docs link to but do not
    /// document (`x-mdclient-undocumented`).
    pub documented: bool,
    /// What a `$ref` to this model means for a type comparison: the model itself
    /// when it is an object or a composition, its scalar or array shape otherwise
    /// (an enum model is a `string`).
    pub alias: Option<Shape>,
    pub enum_values: Option<Vec<String>>,
    /// Own properties and, for an `allOf`, those of every part, in order.
    pub properties: Vec<Prop>,
    /// `oneOf` / `anyOf`: the kind and the member models named by `$ref`.
    pub members: Option<(&'static str, Vec<String>)>,
}

#[derive(Debug)]
pub struct Prop {
    /// The wire (JSON) name.
    pub name: String,
    pub shape: Shape,
    pub required: bool,
    pub nullable: bool,
    /// Values listed inline (an enum model referenced by `$ref` is counted as a model).
    pub enum_values: Option<Vec<String>>,
}

impl Api {
    /// Reduces a whole document.
    pub fn from_openapi(doc: &OpenAPI) -> Api {
        let empty = Components::default();
        let components = doc.components.as_ref().unwrap_or(&empty);
        let global_security = doc.security.clone().unwrap_or_default();
        let mut api = Api::default();
        for (path, item) in doc.paths.iter() {
            let Some(item) = item.as_item() else { continue };
            for (method, op) in item.iter() {
                api.operations.push(operation(
                    components,
                    path,
                    method,
                    &item.parameters,
                    op,
                    &global_security,
                ));
            }
        }
        for (name, scheme) in &components.security_schemes {
            if let Some(scheme) = scheme.as_item() {
                api.schemes.insert(name.clone(), security_scheme(scheme));
            }
        }
        for (name, schema) in &components.schemas {
            if let Some(schema) = schema.as_item() {
                api.schemas.insert(name.clone(), model(components, schema));
            }
        }
        api
    }

    /// `shape` with a `$ref` to a scalar or enum model replaced by that model's shape.
    pub fn resolve<'a>(&'a self, shape: &'a Shape) -> &'a Shape {
        match shape {
            Shape::Ref(name) => self
                .schemas
                .get(name)
                .and_then(|m| m.alias.as_ref())
                .unwrap_or(shape),
            _ => shape,
        }
    }
}

fn operation(
    components: &Components,
    path: &str,
    method: &str,
    path_params: &[ReferenceOr<Parameter>],
    op: &Operation,
    global_security: &[openapiv3::SecurityRequirement],
) -> Op {
    let mut params: Vec<Param> = Vec::new();
    for p in path_params.iter().chain(&op.parameters) {
        let Some(p) = resolve_param(components, p) else {
            continue;
        };
        let param = param(components, p);
        // An operation's parameter replaces the path item's of the same name and place.
        params.retain(|q| !(q.name == param.name && q.location == param.location));
        params.push(param);
    }
    let body = op
        .request_body
        .as_ref()
        .and_then(|b| resolve_body(components, b))
        .map(|b| body(components, b));
    let mut responses = Vec::new();
    for (status, response) in &op.responses.responses {
        if let Some(response) = resolve_response(components, response) {
            let status = match status {
                StatusCode::Code(code) => code.to_string(),
                StatusCode::Range(range) => format!("{range}XX"),
            };
            responses.push(resp(status, response));
        }
    }
    if let Some(response) = op
        .responses
        .default
        .as_ref()
        .and_then(|r| resolve_response(components, r))
    {
        responses.push(resp("default".to_string(), response));
    }
    let security = op
        .security
        .as_deref()
        .unwrap_or(global_security)
        .iter()
        .flat_map(|requirement| requirement.keys().cloned())
        .collect();
    Op {
        method: method.to_string(),
        path: path.to_string(),
        id: op.operation_id.clone(),
        params,
        body,
        responses,
        security,
    }
}

fn resolve_param<'a>(
    components: &'a Components,
    p: &'a ReferenceOr<Parameter>,
) -> Option<&'a Parameter> {
    match p {
        ReferenceOr::Item(p) => Some(p),
        ReferenceOr::Reference { reference } => components
            .parameters
            .get(ref_name(reference))
            .and_then(|p| resolve_param(components, p)),
    }
}

fn resolve_body<'a>(
    components: &'a Components,
    b: &'a ReferenceOr<RequestBody>,
) -> Option<&'a RequestBody> {
    match b {
        ReferenceOr::Item(b) => Some(b),
        ReferenceOr::Reference { reference } => components
            .request_bodies
            .get(ref_name(reference))
            .and_then(|b| resolve_body(components, b)),
    }
}

fn resolve_response<'a>(
    components: &'a Components,
    r: &'a ReferenceOr<Response>,
) -> Option<&'a Response> {
    match r {
        ReferenceOr::Item(r) => Some(r),
        ReferenceOr::Reference { reference } => components
            .responses
            .get(ref_name(reference))
            .and_then(|r| resolve_response(components, r)),
    }
}

fn resolve_schema<'a, S: AsSchema>(
    components: &'a Components,
    schema: &'a ReferenceOr<S>,
) -> Option<&'a Schema> {
    match schema {
        ReferenceOr::Item(s) => Some(s.as_schema()),
        ReferenceOr::Reference { reference } => components
            .schemas
            .get(ref_name(reference))
            .and_then(|s| resolve_schema(components, s)),
    }
}

fn param(components: &Components, p: &Parameter) -> Param {
    let location = match p {
        Parameter::Query { .. } => "query",
        Parameter::Header { .. } => "header",
        Parameter::Path { .. } => "path",
        Parameter::Cookie { .. } => "cookie",
    };
    let data = p.parameter_data_ref();
    let (shape, enum_values, default) = match &data.format {
        ParameterSchemaOrContent::Schema(schema) => (
            shape_of(schema),
            value_enum(components, schema),
            schema
                .as_item()
                .and_then(|s| s.schema_data.default.as_ref())
                .and_then(default_text),
        ),
        ParameterSchemaOrContent::Content(_) => (Shape::Any, None, None),
    };
    Param {
        name: data.name.clone(),
        location,
        required: data.required,
        shape,
        enum_values,
        default,
    }
}

/// The values a parameter may take: its own enum or that of the model it refers to,
/// or the same of its array items.
fn value_enum<S: AsSchema>(
    components: &Components,
    schema: &ReferenceOr<S>,
) -> Option<Vec<String>> {
    let schema = resolve_schema(components, schema)?;
    let items = match &schema.schema_kind {
        SchemaKind::Type(Type::Array(a)) => a.items.as_ref(),
        SchemaKind::Any(any) => any.items.as_ref(),
        _ => None,
    };
    match items {
        Some(items) => value_enum(components, items),
        None => own_enum(schema).or_else(|| match &schema.schema_kind {
            // The export's `allOf: [$ref]` wrapper.
            SchemaKind::AllOf { all_of } if all_of.len() == 1 => value_enum(components, &all_of[0]),
            _ => None,
        }),
    }
}

fn body(components: &Components, b: &RequestBody) -> Body {
    let media_types: Vec<String> = b.content.keys().cloned().collect();
    let shape = b
        .content
        .values()
        .next()
        .and_then(|m| m.schema.as_ref())
        .map(shape_of);
    let fields = b
        .content
        .values()
        .filter_map(|m| m.schema.as_ref())
        .filter_map(|s| resolve_schema(components, s))
        .map(|s| {
            properties(components, s)
                .into_iter()
                .map(|p| p.name)
                .collect::<Vec<_>>()
        })
        .find(|fields| !fields.is_empty())
        .unwrap_or_default();
    Body {
        form: media_types
            .iter()
            .any(|m| FORM_MEDIA_TYPES.contains(&m.as_str())),
        media_types,
        shape,
        fields,
    }
}

fn resp(status: String, r: &Response) -> Resp {
    let shape = r.content.values().next().map(|m| match &m.schema {
        Some(schema) => shape_of(schema),
        None => Shape::Any,
    });
    Resp { status, shape }
}

fn security_scheme(s: &SecurityScheme) -> Scheme {
    let mut scheme = Scheme {
        kind: "",
        http_scheme: None,
        location: None,
        name: None,
        flows: BTreeMap::new(),
    };
    match s {
        SecurityScheme::APIKey { location, name, .. } => {
            scheme.kind = "apiKey";
            scheme.location = Some(match location {
                APIKeyLocation::Query => "query",
                APIKeyLocation::Header => "header",
                APIKeyLocation::Cookie => "cookie",
            });
            scheme.name = Some(name.clone());
        }
        SecurityScheme::HTTP { scheme: kind, .. } => {
            scheme.kind = "http";
            scheme.http_scheme = Some(kind.to_ascii_lowercase());
        }
        SecurityScheme::OAuth2 { flows, .. } => {
            scheme.kind = "oauth2";
            if let Some(f) = &flows.client_credentials {
                scheme
                    .flows
                    .insert("clientCredentials", f.token_url.clone());
            }
            if let Some(f) = &flows.password {
                scheme.flows.insert("password", f.token_url.clone());
            }
            if let Some(f) = &flows.authorization_code {
                scheme
                    .flows
                    .insert("authorizationCode", f.token_url.clone());
            }
            if let Some(f) = &flows.implicit {
                scheme.flows.insert("implicit", f.authorization_url.clone());
            }
        }
        SecurityScheme::OpenIDConnect { .. } => scheme.kind = "openIdConnect",
    }
    scheme
}

fn model(components: &Components, schema: &Schema) -> Model {
    let documented = schema
        .schema_data
        .extensions
        .get("x-mdclient-undocumented")
        .and_then(serde_json::Value::as_bool)
        != Some(true);
    let shape = schema_shape(schema);
    let alias = match shape {
        Shape::Scalar { .. } | Shape::Array(_) | Shape::Map(_) => Some(shape),
        _ => None,
    };
    Model {
        documented,
        alias,
        enum_values: own_enum(schema),
        properties: properties(components, schema),
        members: members(schema),
    }
}

/// A scalar default as text; objects and arrays are not compared.
fn default_text(value: &serde_json::Value) -> Option<String> {
    match value {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        serde_json::Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// The `$ref` members of a `oneOf` or `anyOf`.
fn members(schema: &Schema) -> Option<(&'static str, Vec<String>)> {
    let refs = |list: &[ReferenceOr<Schema>]| -> Vec<String> {
        list.iter()
            .filter_map(|s| match s {
                ReferenceOr::Reference { reference } => Some(ref_name(reference).to_string()),
                ReferenceOr::Item(_) => None,
            })
            .collect()
    };
    let (kind, list) = match &schema.schema_kind {
        SchemaKind::OneOf { one_of } => ("oneOf", refs(one_of)),
        SchemaKind::AnyOf { any_of } => ("anyOf", refs(any_of)),
        SchemaKind::Any(any) if !any.one_of.is_empty() => ("oneOf", refs(&any.one_of)),
        SchemaKind::Any(any) if !any.any_of.is_empty() => ("anyOf", refs(&any.any_of)),
        _ => return None,
    };
    (!list.is_empty()).then_some((kind, list))
}

/// The properties of an object schema; of an `allOf`, those of every part in order.
fn properties(components: &Components, schema: &Schema) -> Vec<Prop> {
    let mut out = Vec::new();
    collect_properties(components, schema, &mut out, 0);
    out
}

fn collect_properties(components: &Components, schema: &Schema, out: &mut Vec<Prop>, depth: usize) {
    if depth > 8 {
        return;
    }
    let (props, required, parts) = match &schema.schema_kind {
        SchemaKind::Type(Type::Object(o)) => (&o.properties, &o.required, &[][..]),
        SchemaKind::AllOf { all_of } => {
            for part in all_of {
                if let Some(part) = resolve_schema(components, part) {
                    collect_properties(components, part, out, depth + 1);
                }
            }
            return;
        }
        SchemaKind::Any(any) => (&any.properties, &any.required, &any.all_of[..]),
        _ => return,
    };
    for part in parts {
        if let Some(part) = resolve_schema(components, part) {
            collect_properties(components, part, out, depth + 1);
        }
    }
    for (name, prop) in props {
        let nullable = prop.as_item().is_some_and(|s| s.schema_data.nullable);
        let enum_values = match prop {
            ReferenceOr::Item(s) => own_enum(s),
            ReferenceOr::Reference { .. } => None,
        };
        out.retain(|p: &Prop| &p.name != name);
        out.push(Prop {
            name: name.clone(),
            shape: shape_of(prop),
            required: required.contains(name),
            nullable,
            enum_values,
        });
    }
}
