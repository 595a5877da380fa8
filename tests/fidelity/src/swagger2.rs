//! Swagger 2.0 -> OpenAPI 3.0, for the facts the comparison reads: what the
//! `swagger2openapi` converter does for paths, parameters, bodies, responses,
//! definitions and security definitions. Descriptions and examples are kept where
//! they are; `collectionFormat`, response headers and XML hints are not needed.

use serde_json::{json, Map, Value};

/// Converts a Swagger 2.0 document (as JSON) to OpenAPI 3.0.3.
pub fn to_openapi3(doc: &Value) -> Value {
    let doc = rewrite_refs(doc);
    let consumes = strings(doc.get("consumes"));
    let produces = strings(doc.get("produces"));
    let mut out = Map::new();
    out.insert("openapi".into(), json!("3.0.3"));
    out.insert(
        "info".into(),
        doc.get("info")
            .cloned()
            .unwrap_or_else(|| json!({"title": "api", "version": "1"})),
    );
    let host = doc.get("host").and_then(Value::as_str).unwrap_or("");
    let base = doc.get("basePath").and_then(Value::as_str).unwrap_or("");
    let scheme = strings(doc.get("schemes"))
        .into_iter()
        .next()
        .unwrap_or_else(|| "https".into());
    let url = if host.is_empty() {
        base.to_string()
    } else {
        format!("{scheme}://{host}{base}")
    };
    out.insert("servers".into(), json!([{ "url": url }]));
    if let Some(security) = doc.get("security") {
        out.insert("security".into(), security.clone());
    }

    let mut paths = Map::new();
    for (path, item) in doc
        .get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let Some(item) = item.as_object() else {
            continue;
        };
        let shared: Vec<Value> = item
            .get("parameters")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let mut new_item = Map::new();
        for (method, op) in item {
            if method == "parameters" || method.starts_with("x-") {
                continue;
            }
            let Some(op) = op.as_object() else { continue };
            let op_consumes = op
                .get("consumes")
                .map(|c| strings(Some(c)))
                .unwrap_or(consumes.clone());
            let op_produces = op
                .get("produces")
                .map(|c| strings(Some(c)))
                .unwrap_or(produces.clone());
            let mut params: Vec<Value> = shared.clone();
            for p in op
                .get("parameters")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let key = |v: &Value| (v.get("name").cloned(), v.get("in").cloned());
                params.retain(|q| key(q) != key(p) || q.get("$ref").is_some());
                params.push(p.clone());
            }
            let resolved: Vec<Value> = params.iter().map(|p| resolve_param(&doc, p)).collect();
            let mut new_op = Map::new();
            for (k, v) in op {
                if !matches!(
                    k.as_str(),
                    "parameters" | "responses" | "consumes" | "produces"
                ) {
                    new_op.insert(k.clone(), v.clone());
                }
            }
            let mut new_params = Vec::new();
            let mut form = Map::new();
            let mut form_required = Vec::new();
            let mut has_file = false;
            for (raw, p) in params.iter().zip(&resolved) {
                match p.get("in").and_then(Value::as_str) {
                    Some("body") => {
                        let schema = p.get("schema").cloned().unwrap_or_else(|| json!({}));
                        let media = if op_consumes.is_empty() {
                            vec!["application/json".to_string()]
                        } else {
                            op_consumes.clone()
                        };
                        let content: Map<String, Value> = media
                            .into_iter()
                            .map(|m| (m, json!({ "schema": schema })))
                            .collect();
                        new_op.insert(
                            "requestBody".into(),
                            json!({
                                "required": p.get("required").cloned().unwrap_or(json!(false)),
                                "content": content,
                            }),
                        );
                    }
                    Some("formData") => {
                        let name = p
                            .get("name")
                            .and_then(Value::as_str)
                            .unwrap_or("")
                            .to_string();
                        has_file |= p.get("type").and_then(Value::as_str) == Some("file");
                        if p.get("required").and_then(Value::as_bool) == Some(true) {
                            form_required.push(json!(name));
                        }
                        form.insert(name, schema_of(p));
                    }
                    _ if raw.get("$ref").is_some() => new_params.push(raw.clone()),
                    _ => new_params.push(parameter(p)),
                }
            }
            if !form.is_empty() {
                // Every media type the operation consumes takes the fields (BitMEX
                // declares JSON and form for its form parameters).
                let media: Vec<String> = if op_consumes.iter().any(|m| m.contains("form")) {
                    op_consumes.clone()
                } else if has_file {
                    vec!["multipart/form-data".into()]
                } else {
                    vec!["application/x-www-form-urlencoded".into()]
                };
                let mut schema = json!({ "type": "object", "properties": form });
                if !form_required.is_empty() {
                    schema["required"] = Value::Array(form_required);
                }
                let content: Map<String, Value> = media
                    .into_iter()
                    .map(|m| (m, json!({ "schema": schema })))
                    .collect();
                new_op.insert("requestBody".into(), json!({ "content": content }));
            }
            if !new_params.is_empty() {
                new_op.insert("parameters".into(), Value::Array(new_params));
            }
            let mut responses = Map::new();
            for (status, r) in op
                .get("responses")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                responses.insert(status.clone(), response(r, &op_produces));
            }
            new_op.insert("responses".into(), Value::Object(responses));
            new_item.insert(method.clone(), Value::Object(new_op));
        }
        paths.insert(path.clone(), Value::Object(new_item));
    }
    out.insert("paths".into(), Value::Object(paths));

    let mut components = Map::new();
    let mut schemas = Map::new();
    for (name, schema) in doc
        .get("definitions")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        schemas.insert(name.clone(), schema_3(schema));
    }
    components.insert("schemas".into(), Value::Object(schemas));
    let mut parameters = Map::new();
    for (name, p) in doc
        .get("parameters")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        if !matches!(
            p.get("in").and_then(Value::as_str),
            Some("body" | "formData")
        ) {
            parameters.insert(name.clone(), parameter(p));
        }
    }
    components.insert("parameters".into(), Value::Object(parameters));
    let mut responses = Map::new();
    for (name, r) in doc
        .get("responses")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        responses.insert(name.clone(), response(r, &produces));
    }
    components.insert("responses".into(), Value::Object(responses));
    let mut schemes = Map::new();
    for (name, s) in doc
        .get("securityDefinitions")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        schemes.insert(name.clone(), security_scheme(s));
    }
    components.insert("securitySchemes".into(), Value::Object(schemes));
    out.insert("components".into(), Value::Object(components));
    Value::Object(out)
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_string)
        .collect()
}

/// `#/definitions/X` -> `#/components/schemas/X`, and the same for parameters and
/// responses, everywhere in the document.
fn rewrite_refs(v: &Value) -> Value {
    match v {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| {
                    let v = match (k.as_str(), v.as_str()) {
                        ("$ref", Some(r)) => Value::String(
                            r.replacen("#/definitions/", "#/components/schemas/", 1)
                                .replacen("#/parameters/", "#/components/parameters/", 1)
                                .replacen("#/responses/", "#/components/responses/", 1),
                        ),
                        _ => rewrite_refs(v),
                    };
                    (k.clone(), v)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(rewrite_refs).collect()),
        other => other.clone(),
    }
}

fn resolve_param(doc: &Value, p: &Value) -> Value {
    match p.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let name = r.rsplit('/').next().unwrap_or(r);
            doc.get("parameters")
                .and_then(|ps| ps.get(name))
                .cloned()
                .unwrap_or_else(|| p.clone())
        }
        None => p.clone(),
    }
}

/// A non-body parameter's schema: its own `type`, `format`, `items`, `enum`, `default`.
fn schema_of(p: &Value) -> Value {
    let mut schema = Map::new();
    for key in [
        "type", "format", "items", "enum", "default", "minimum", "maximum",
    ] {
        if let Some(v) = p.get(key) {
            schema.insert(key.into(), v.clone());
        }
    }
    schema_3(&Value::Object(schema))
}

fn parameter(p: &Value) -> Value {
    let mut out = Map::new();
    for key in ["name", "in", "description", "required"] {
        if let Some(v) = p.get(key) {
            out.insert(key.into(), v.clone());
        }
    }
    out.insert("schema".into(), schema_of(p));
    Value::Object(out)
}

fn response(r: &Value, produces: &[String]) -> Value {
    if r.get("$ref").is_some() {
        return r.clone();
    }
    let mut out = Map::new();
    out.insert(
        "description".into(),
        r.get("description").cloned().unwrap_or(json!("")),
    );
    if let Some(schema) = r.get("schema") {
        let media = if produces.is_empty() {
            vec!["application/json".to_string()]
        } else {
            produces.to_vec()
        };
        let content: Map<String, Value> = media
            .into_iter()
            .map(|m| (m, json!({ "schema": schema_3(schema) })))
            .collect();
        out.insert("content".into(), Value::Object(content));
    }
    Value::Object(out)
}

/// A schema's 2.0-only spellings: `type: file`, `x-nullable`.
fn schema_3(v: &Value) -> Value {
    match v {
        Value::Object(map) => {
            let mut out = Map::new();
            for (k, v) in map {
                match k.as_str() {
                    "type" if v == "file" => {
                        out.insert("type".into(), json!("string"));
                        out.insert("format".into(), json!("binary"));
                    }
                    "x-nullable" => {
                        out.insert("nullable".into(), v.clone());
                    }
                    "properties" | "definitions" => {
                        let props = v
                            .as_object()
                            .map(|m| m.iter().map(|(k, v)| (k.clone(), schema_3(v))).collect())
                            .unwrap_or_default();
                        out.insert(k.clone(), Value::Object(props));
                    }
                    "items" | "additionalProperties" => {
                        out.insert(k.clone(), schema_3(v));
                    }
                    "allOf" | "oneOf" | "anyOf" => {
                        let parts = v
                            .as_array()
                            .map(|a| a.iter().map(schema_3).collect())
                            .unwrap_or_default();
                        out.insert(k.clone(), Value::Array(parts));
                    }
                    "discriminator" if v.is_string() => {
                        out.insert(k.clone(), json!({ "propertyName": v }));
                    }
                    _ => {
                        out.insert(k.clone(), v.clone());
                    }
                }
            }
            Value::Object(out)
        }
        other => other.clone(),
    }
}

fn security_scheme(s: &Value) -> Value {
    match s.get("type").and_then(Value::as_str) {
        Some("basic") => json!({ "type": "http", "scheme": "basic" }),
        Some("apiKey") => json!({
            "type": "apiKey",
            "name": s.get("name").cloned().unwrap_or(json!("")),
            "in": s.get("in").cloned().unwrap_or(json!("header")),
        }),
        Some("oauth2") => {
            let scopes = s.get("scopes").cloned().unwrap_or_else(|| json!({}));
            let token = s.get("tokenUrl").cloned().unwrap_or(json!(""));
            let auth = s.get("authorizationUrl").cloned().unwrap_or(json!(""));
            let flow = match s.get("flow").and_then(Value::as_str) {
                Some("implicit") => {
                    json!({ "implicit": { "authorizationUrl": auth, "scopes": scopes } })
                }
                Some("password") => json!({ "password": { "tokenUrl": token, "scopes": scopes } }),
                Some("application") => {
                    json!({ "clientCredentials": { "tokenUrl": token, "scopes": scopes } })
                }
                _ => json!({ "authorizationCode": {
                    "authorizationUrl": auth, "tokenUrl": token, "scopes": scopes } }),
            };
            json!({ "type": "oauth2", "flows": flow })
        }
        _ => json!({ "type": "http", "scheme": "bearer" }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_forms_and_refs() {
        let doc = json!({
            "swagger": "2.0",
            "host": "x.io", "basePath": "/v1", "schemes": ["https"],
            "consumes": ["application/json"],
            "paths": { "/pets/{id}": {
                "parameters": [{"name": "id", "in": "path", "required": true, "type": "integer", "format": "int64"}],
                "put": {
                    "parameters": [{"name": "pet", "in": "body", "required": true, "schema": {"$ref": "#/definitions/Pet"}}],
                    "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Pet"}}}
                },
                "post": {
                    "consumes": ["application/x-www-form-urlencoded"],
                    "parameters": [{"name": "name", "in": "formData", "type": "string", "x-nullable": true}],
                    "responses": {"204": {"description": "done"}}
                }
            }},
            "definitions": {"Pet": {"type": "object", "properties": {"tag": {"type": "string", "x-nullable": true}}}},
            "securityDefinitions": {"key": {"type": "apiKey", "name": "api-key", "in": "header"}}
        });
        let v = to_openapi3(&doc);
        let api: openapiv3::OpenAPI = serde_json::from_value(v.clone()).expect("valid 3.0");
        assert_eq!(api.servers[0].url, "https://x.io/v1");
        let put = &v["paths"]["/pets/{id}"]["put"];
        assert_eq!(
            put["requestBody"]["content"]["application/json"]["schema"]["$ref"],
            "#/components/schemas/Pet"
        );
        assert_eq!(put["parameters"][0]["schema"]["format"], "int64");
        let post = &v["paths"]["/pets/{id}"]["post"];
        assert!(post["requestBody"]["content"]["application/x-www-form-urlencoded"].is_object());
        assert_eq!(
            v["components"]["schemas"]["Pet"]["properties"]["tag"]["nullable"],
            true
        );
    }
}
