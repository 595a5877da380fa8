//! OpenAPI 3.1.0 from the 3.0.3 document the export builds: the only differences in
//! what mdclient writes are how a schema admits `null` and the version line.

use serde::Serialize;
use serde_yaml::{Mapping, Value};

/// `document` (an OpenAPI 3.0.3 document) as OpenAPI 3.1.0 YAML: each `nullable: true`
/// schema becomes `type: [<type>, "null"]`, a nullable reference (`allOf` of one
/// `$ref`) becomes `anyOf: [{$ref}, {type: "null"}]`; a schema without a type already
/// admits `null`.
pub fn to_openapi_31_yaml<T: Serialize>(document: &T) -> Result<String, String> {
    let mut value = serde_yaml::to_value(document).map_err(|e| e.to_string())?;
    if let Value::Mapping(root) = &mut value {
        root.insert("openapi".into(), "3.1.0".into());
    }
    nullable_to_31(&mut value);
    serde_yaml::to_string(&value).map_err(|e| e.to_string())
}

fn nullable_to_31(node: &mut Value) {
    match node {
        Value::Mapping(map) => {
            if map.get("nullable") == Some(&Value::Bool(true)) {
                map.remove("nullable");
                admit_null(map);
            }
            for (_, child) in map.iter_mut() {
                nullable_to_31(child);
            }
        }
        Value::Sequence(items) => items.iter_mut().for_each(nullable_to_31),
        _ => {}
    }
}

fn admit_null(schema: &mut Mapping) {
    let null = || {
        let mut only = Mapping::new();
        only.insert("type".into(), "null".into());
        Value::Mapping(only)
    };
    if let Some(ty) = schema.get("type").cloned() {
        schema.insert("type".into(), Value::Sequence(vec![ty, "null".into()]));
        // An enum admits `null` only when it lists it.
        if let Some(Value::Sequence(values)) = schema.get_mut("enum") {
            values.push(Value::Null);
        }
    } else if let Some(Value::Sequence(all)) = schema.get("allOf").cloned() {
        if let [only] = all.as_slice() {
            schema.remove("allOf");
            schema.insert("anyOf".into(), Value::Sequence(vec![only.clone(), null()]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nullable_schemas_list_null_among_their_types() {
        let doc: Value = serde_yaml::from_str(
            "openapi: 3.0.3\nproperties:\n  nullable:\n    type: string\n    nullable: true\n    enum: [a]\n  owner:\n    allOf:\n    - $ref: '#/components/schemas/Owner'\n    nullable: true\n    description: d\n  any:\n    nullable: true\n",
        )
        .unwrap_or(Value::Null);
        let out = to_openapi_31_yaml(&doc).unwrap_or_default();
        assert_eq!(
            out,
            "openapi: 3.1.0\nproperties:\n  nullable:\n    type:\n    - string\n    - 'null'\n    enum:\n    - a\n    - null\n  owner:\n    description: d\n    anyOf:\n    - $ref: '#/components/schemas/Owner'\n    - type: 'null'\n  any: {}\n"
        );
    }
}
