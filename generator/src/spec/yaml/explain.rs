//! `mdclient spec --explain`: every inferred fact of a spec, with where and why.

use serde_yaml::Value;

use super::flow;

use crate::spec::Spec;

/// One inferred fact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InferredFact {
    /// `file:line` of the item that owns the fact.
    pub source: String,
    /// Path of the fact in the spec, lists addressed by id or name:
    /// `apis.AuthApi.operations.revoke_token.params.token_id.wire_name`.
    pub path: String,
    /// The inferred value, as YAML flow text (`tokenId`, `header`, `2XX`).
    pub value: String,
    /// The rule that produced it.
    pub rule: String,
}

/// Lists every inferred fact of `spec`, in spec order.
pub fn explain(spec: &Spec) -> Vec<InferredFact> {
    let mut facts = Vec::new();
    if let Ok(tree) = serde_yaml::to_value(spec) {
        walk(&tree, "", &mut facts);
    }
    facts
}

fn walk(value: &Value, path: &str, facts: &mut Vec<InferredFact>) {
    match value {
        Value::Mapping(fields) => {
            if let Some(Value::Mapping(inferred)) = fields.get("inferred") {
                let source = fields
                    .get("source")
                    .and_then(Value::as_str)
                    .unwrap_or_default();
                for (field, rule) in inferred {
                    let field = field.as_str().unwrap_or_default();
                    facts.push(InferredFact {
                        source: source.to_string(),
                        path: join(path, field),
                        value: fields.get(field).map_or_else(String::new, flow),
                        rule: rule.as_str().unwrap_or_default().to_string(),
                    });
                }
            }
            for (key, child) in fields {
                if let Some(key) = key.as_str().filter(|k| *k != "inferred") {
                    walk(child, &join(path, key), facts);
                }
            }
        }
        Value::Sequence(items) => {
            for (i, item) in items.iter().enumerate() {
                let name = ["id", "name"]
                    .iter()
                    .find_map(|k| item.get(*k).and_then(Value::as_str))
                    .map_or_else(|| i.to_string(), str::to_string);
                walk(item, &join(path, &name), facts);
            }
        }
        _ => {}
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::from_yaml;

    #[test]
    fn lists_each_inferred_fact_with_its_path_value_and_rule() {
        let spec: Spec =
            from_yaml(include_str!("../../../tests/data/c2m_handwritten.yaml")).unwrap();
        let facts = explain(&spec);
        let wire = facts
            .iter()
            .find(|f| f.path == "apis.AuthApi.operations.revoke_token.params.token_id.wire_name")
            .unwrap();
        assert_eq!(wire.value, "tokenId");
        assert_eq!(wire.source, "specs/c2m/002_94e56c8fdaca085b.txt:212");
        assert!(wire.rule.contains("{tokenId}"));
        assert!(facts
            .iter()
            .any(|f| f.path == "security_schemes.ClientKey.in" && f.value == "header"));
    }
}
