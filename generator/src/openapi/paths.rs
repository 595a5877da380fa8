//! Operations -> `paths`.

use std::collections::BTreeMap;

use super::document::{
    IssuesToken, MediaType, Operation, Parameter, PathItem, RequestBody, Response, Schema,
    SecurityRequirement,
};
use super::schema::{literal, type_schema};
use super::OrderedMap;
use crate::spec::{self, ParamLocation, TypeRef};

/// The media type assumed for a response body when the docs list no `Accept`.
const DEFAULT_MEDIA_TYPE: &str = "application/json";

/// The `paths` object: every operation of every API class, in the order documented.
///
/// A second operation on the same method and path is left out: OpenAPI has room for
/// one, and the first is the one the docs list first.
pub fn paths(spec: &spec::Spec) -> OrderedMap<PathItem> {
    let any_security = spec
        .apis
        .iter()
        .flat_map(|api| &api.operations)
        .any(|op| !op.security.is_empty());
    let mut paths: OrderedMap<PathItem> = OrderedMap::default();
    for api in &spec.apis {
        for op in &api.operations {
            let item = paths.entry_or_default(&op.path);
            item.insert_new(
                op.method.to_ascii_lowercase(),
                operation(&api.name, op, any_security),
            );
        }
    }
    paths
}

fn operation(api: &str, op: &spec::Operation, any_security: bool) -> Operation {
    // Each listed scheme alone authorizes the call, so each is its own requirement.
    // Without any, say "no auth" explicitly only when it differs from other calls.
    let security = if !op.security.is_empty() {
        Some(
            op.security
                .iter()
                .map(|name| SecurityRequirement::from([(name.clone(), Vec::new())]))
                .collect(),
        )
    } else if any_security {
        Some(Vec::new())
    } else {
        None
    };
    Operation {
        tags: vec![api.to_string()],
        summary: op.summary.clone(),
        description: op.description.clone(),
        operation_id: op.id.clone(),
        parameters: op.params.iter().map(parameter).collect(),
        request_body: op.body.as_ref().map(|b| request_body(b, &op.consumes)),
        responses: responses(op),
        security,
        issues_token: op.issues_token.as_ref().map(|t| IssuesToken {
            scheme: t.scheme.clone(),
            field: t.field.clone(),
        }),
        source: Some(op.source.to_string()),
        inferred: op.inferred.clone(),
    }
}

fn parameter(p: &spec::Param) -> Parameter {
    let mut schema = type_schema(&p.ty);
    let values = p.enum_values.iter();
    match &p.ty {
        TypeRef::Array(inner) => {
            if let Some(items) = schema.items.as_deref_mut() {
                items.enum_values = values.map(|v| literal(v, inner)).collect();
            }
        }
        ty => schema.enum_values = values.map(|v| literal(v, ty)).collect(),
    }
    // A default written for a list or map (`['a']`) is language syntax, not a value
    // we can type; it is left out rather than passed off as a string.
    let mut inferred = p.inferred.clone();
    if !matches!(p.ty, TypeRef::Array(_) | TypeRef::Map(_)) {
        schema.default = p.default.as_deref().map(|d| literal(d, &p.ty));
    }
    // A list written as the default of a single-valued parameter (R's
    // `c("a","b")`, a truncated `["a","b"`) is no value of its type, and next to an
    // enum makes the document invalid: left out, and said so.
    let list_text = p
        .default
        .as_deref()
        .is_some_and(|d| d.trim_start().starts_with('['));
    if list_text && schema.default.is_some() && !schema.enum_values.is_empty() {
        schema.default = None;
        inferred.insert(
            "default".into(),
            "left out: the docs give a list as the default of a single value".into(),
        );
    }
    let mut required = p.required;
    if p.location == ParamLocation::Path && !required {
        required = true;
        inferred.insert(
            "required".into(),
            "the docs mark this path parameter optional; OpenAPI requires every path parameter"
                .into(),
        );
    }
    Parameter {
        name: p.wire_name.clone(),
        location: p.location,
        description: p.description.clone(),
        required,
        schema,
        source: Some(p.source.to_string()),
        inferred,
    }
}

fn request_body(body: &spec::Body, consumes: &[String]) -> RequestBody {
    let schema = match &body.ty {
        Some(ty) => Some(type_schema(ty)),
        None if !body.fields.is_empty() => Some(form_schema(&body.fields)),
        None => None,
    };
    let mut content = OrderedMap::default();
    let media_types = std::iter::once(&body.media_type).chain(consumes);
    for media_type in media_types {
        content.insert_new(
            media_type.clone(),
            MediaType {
                schema: schema.clone(),
            },
        );
    }
    RequestBody {
        description: body.description.clone(),
        content,
        required: body.required,
        inferred: body.inferred.clone(),
    }
}

/// The inline object schema of a form-urlencoded or multipart body.
fn form_schema(fields: &[spec::Field]) -> Schema {
    let mut properties = OrderedMap::default();
    for f in fields {
        let mut schema = type_schema(&f.ty);
        if schema.reference.is_some() && (f.description.is_some() || !f.inferred.is_empty()) {
            schema = Schema {
                all_of: vec![schema],
                ..Schema::default()
            };
        }
        schema.description = f.description.clone();
        schema.inferred = f.inferred.clone();
        properties.insert_new(f.wire_name.clone(), schema);
    }
    Schema {
        ty: Some("object"),
        properties,
        required: fields
            .iter()
            .filter(|f| f.required)
            .map(|f| f.wire_name.clone())
            .collect(),
        ..Schema::default()
    }
}

fn responses(op: &spec::Operation) -> OrderedMap<Response> {
    let mut responses = OrderedMap::default();
    for r in &op.responses {
        let mut inferred = r.inferred.clone();
        let mut content = OrderedMap::default();
        if let Some(ty) = &r.ty {
            let media_types: Vec<&str> = if op.produces.is_empty() {
                inferred.insert(
                    "content".into(),
                    format!("the docs list no Accept media type; {DEFAULT_MEDIA_TYPE} assumed"),
                );
                vec![DEFAULT_MEDIA_TYPE]
            } else {
                op.produces.iter().map(String::as_str).collect()
            };
            for media_type in media_types {
                content.insert_new(
                    media_type,
                    MediaType {
                        schema: Some(type_schema(ty)),
                    },
                );
            }
        }
        let description = r
            .description
            .clone()
            .unwrap_or_else(|| generic_description(&r.status));
        responses.insert_new(
            r.status.clone(),
            Response {
                description,
                content,
                inferred,
            },
        );
    }
    if responses.is_empty() {
        // OpenAPI requires at least one response; the docs documented none.
        responses.insert_new(
            "default",
            Response {
                description: "The docs document no response.".into(),
                content: OrderedMap::default(),
                inferred: BTreeMap::from([(
                    "default".to_string(),
                    "OpenAPI requires a response and the docs document none".to_string(),
                )]),
            },
        );
    }
    responses
}

fn generic_description(status: &str) -> String {
    if status.starts_with('2') {
        format!("Success ({status}); the docs give no description.")
    } else if status == "default" {
        "Any other status; the docs give no description.".to_string()
    } else {
        format!("Status {status}; the docs give no description.")
    }
}
