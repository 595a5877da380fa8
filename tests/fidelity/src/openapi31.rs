//! OpenAPI 3.1 -> 3.0, for the facts the comparison reads: `type: [T, 'null']` and
//! `anyOf`/`oneOf` with a `{type: 'null'}` member become `nullable`, `const` an
//! `enum` of one, and the JSON Schema keywords 3.0 types differently
//! (`exclusiveMinimum: 0`, `examples: [...]`) are dropped.

use serde_json::{json, Map, Value};

/// Converts a 3.1 document (as JSON) to 3.0.3; a 3.0 document is returned as is.
pub fn to_openapi30(doc: &Value) -> Value {
    let is31 = doc
        .get("openapi")
        .and_then(Value::as_str)
        .is_some_and(|v| v.starts_with("3.1"));
    if !is31 {
        return doc.clone();
    }
    let mut out = walk(doc);
    out["openapi"] = json!("3.0.3");
    if let Some(license) = out
        .pointer_mut("/info/license")
        .and_then(Value::as_object_mut)
    {
        license.remove("identifier");
    }
    if let Some(map) = out.as_object_mut() {
        map.remove("webhooks");
        map.remove("jsonSchemaDialect");
    }
    out
}

fn walk(v: &Value) -> Value {
    match v {
        Value::Object(map) => Value::Object(schema(map)),
        Value::Array(items) => Value::Array(items.iter().map(walk).collect()),
        other => other.clone(),
    }
}

fn is_null_type(v: &Value) -> bool {
    v.get("type").and_then(Value::as_str) == Some("null")
}

fn schema(map: &Map<String, Value>) -> Map<String, Value> {
    let mut out = Map::new();
    let mut nullable = false;
    for (k, v) in map {
        match (k.as_str(), v) {
            ("type", Value::Array(types)) => {
                let kinds: Vec<&Value> = types
                    .iter()
                    .filter(|t| t.as_str() != Some("null"))
                    .collect();
                nullable |= kinds.len() < types.len();
                if let [one] = kinds.as_slice() {
                    out.insert("type".into(), (*one).clone());
                }
            }
            ("anyOf" | "oneOf", Value::Array(members)) if members.iter().any(is_null_type) => {
                nullable = true;
                let rest: Vec<Value> = members
                    .iter()
                    .filter(|m| !is_null_type(m))
                    .map(walk)
                    .collect();
                match rest.as_slice() {
                    [one] if one.get("$ref").is_some() => {
                        out.insert("allOf".into(), json!([one]));
                    }
                    [Value::Object(one)] => {
                        for (k, v) in one {
                            out.insert(k.clone(), v.clone());
                        }
                    }
                    _ => {
                        out.insert(k.clone(), Value::Array(rest));
                    }
                }
            }
            ("const", value) => {
                out.insert("enum".into(), json!([value]));
            }
            ("exclusiveMinimum" | "exclusiveMaximum", Value::Number(_)) | ("examples", _) => {}
            (
                "$schema"
                | "$id"
                | "contentMediaType"
                | "contentEncoding"
                | "unevaluatedProperties",
                _,
            ) => {}
            _ => {
                out.insert(k.clone(), walk(v));
            }
        }
    }
    if nullable {
        out.insert("nullable".into(), json!(true));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn null_unions_become_nullable() {
        let doc = json!({
            "openapi": "3.1.0",
            "info": {"title": "t", "version": "1", "license": {"name": "MIT", "identifier": "MIT"}},
            "paths": {},
            "components": {"schemas": {"A": {"type": "object", "properties": {
                "a": {"type": ["string", "null"]},
                "b": {"anyOf": [{"$ref": "#/components/schemas/B"}, {"type": "null"}]},
                "c": {"type": "integer", "exclusiveMinimum": 0, "examples": [1]},
                "d": {"const": "x"}
            }}, "B": {"type": "string"}}}
        });
        let v = to_openapi30(&doc);
        let a = &v["components"]["schemas"]["A"]["properties"];
        assert_eq!(a["a"], json!({"type": "string", "nullable": true}));
        assert_eq!(a["b"]["allOf"][0]["$ref"], "#/components/schemas/B");
        assert_eq!(a["b"]["nullable"], true);
        assert_eq!(a["c"], json!({"type": "integer"}));
        assert_eq!(a["d"]["enum"], json!(["x"]));
        let _: openapiv3::OpenAPI = serde_json::from_value(v).expect("3.0");
    }
}
