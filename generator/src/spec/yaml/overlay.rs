//! Corrections: an overrides file that sets any fact of a recovered spec.
//!
//! The file mirrors the spec, but lists are addressed by the `id` or `name` of their
//! items, so a correction reads like the fact it fixes:
//!
//! ```yaml
//! apis:
//!   AuthApi:
//!     operations:
//!       revoke_token:
//!         params:
//!           token_id: {location: header, wire_name: X-Token-Id}
//! security_schemes:
//!   ClientKey: {in: query}
//! models:
//!   TokenInfo:
//!     properties:
//!       token_id: {wire_name: tokenId}
//! ```
//!
//! A key that matches nothing is an error naming its path: a correction that no longer
//! applies must not be dropped silently. A set field is no longer inferred: its entry in
//! the item's `inferred` map is removed.

use serde_yaml::{Mapping, Value};

use crate::spec::Spec;

/// Applies the overrides in `text` (YAML, read from `file`) to `spec`.
pub fn apply_overrides(spec: &Spec, text: &str, file: &str) -> Result<Spec, String> {
    let overrides: Value =
        serde_yaml::from_str(text).map_err(|e| format!("{file}: expected YAML: {e}"))?;
    let mut tree = serde_yaml::to_value(spec).map_err(|e| e.to_string())?;
    match overrides {
        Value::Null => {}
        Value::Mapping(map) => merge_mapping(&mut tree, &map, "", file)?,
        _ => return Err(format!("{file}: expected a mapping at the top level")),
    }
    serde_yaml::from_value(tree).map_err(|e| format!("{file}: the corrected spec is invalid: {e}"))
}

fn merge_mapping(
    target: &mut Value,
    overrides: &Mapping,
    path: &str,
    file: &str,
) -> Result<(), String> {
    for (key, value) in overrides {
        let Some(key) = key.as_str() else {
            return Err(format!("{file}: `{path}`: expected string keys"));
        };
        let here = if path.is_empty() {
            key.to_string()
        } else {
            format!("{path}.{key}")
        };
        match target {
            Value::Mapping(fields) => {
                // Schemes and models are keyed by name: a new name there is a typo.
                let by_name = path.is_empty()
                    || matches!(path.rsplit('.').next(), Some("security_schemes" | "models"));
                match (fields.get_mut(key), value) {
                    (Some(slot), Value::Mapping(inner)) if slot.is_mapping() || is_table(slot) => {
                        merge_mapping(slot, inner, &here, file)?;
                    }
                    (None, _) if by_name => {
                        return Err(format!(
                            "{file}: override `{here}` matches nothing in the spec"
                        ));
                    }
                    _ => {
                        fields.insert(Value::from(key), value.clone());
                    }
                }
                // The fact is now the user's: it is no longer inferred.
                if let Some(Value::Mapping(inferred)) = fields.get_mut("inferred") {
                    inferred.remove(key);
                    if inferred.is_empty() {
                        fields.remove("inferred");
                    }
                }
            }
            Value::Sequence(items) => {
                let mut matches = items.iter_mut().filter(|item| {
                    ["id", "name"]
                        .iter()
                        .any(|k| item.get(*k).and_then(Value::as_str) == Some(key))
                });
                let (Some(item), None) = (matches.next(), matches.next()) else {
                    return Err(format!(
                        "{file}: override `{here}` matches no item (or several): expected an existing id or name"
                    ));
                };
                match value {
                    Value::Mapping(inner) => merge_mapping(item, inner, &here, file)?,
                    _ => {
                        return Err(format!(
                            "{file}: `{here}`: expected a mapping of fields to set"
                        ))
                    }
                }
            }
            _ => return Err(format!("{file}: `{path}` has no field `{key}`")),
        }
    }
    Ok(())
}

/// A list of items addressed by `id` or `name` (operations, params, properties...).
fn is_table(value: &Value) -> bool {
    value
        .as_sequence()
        .is_some_and(|items| items.iter().all(Value::is_mapping))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::{from_yaml, ParamLocation};

    fn spec() -> Spec {
        from_yaml(include_str!("../../../tests/data/c2m_handwritten.yaml")).unwrap()
    }

    #[test]
    fn sets_facts_by_name_and_clears_their_inference() {
        let overrides = "apis:\n  AuthApi:\n    operations:\n      revoke_token:\n        params:\n          token_id: {location: header, wire_name: X-Token}\nsecurity_schemes:\n  ClientKey: {in: query}\nmodels:\n  TokenInfo:\n    properties:\n      token_id: {wire_name: token}\n";
        let fixed = apply_overrides(&spec(), overrides, "o.yaml").unwrap();
        let param = &fixed.apis[0].operations[2].params[0];
        assert_eq!(param.location, ParamLocation::Header);
        assert_eq!(param.wire_name, "X-Token");
        assert!(!param.inferred.contains_key("wire_name"));
        assert_eq!(
            fixed.security_schemes["ClientKey"].location,
            Some(ParamLocation::Query)
        );
        assert!(fixed.security_schemes["ClientKey"].inferred.is_empty());
        assert_eq!(fixed.models["TokenInfo"].properties[0].wire_name, "token");
    }

    #[test]
    fn an_override_that_matches_nothing_is_an_error() {
        let err = apply_overrides(
            &spec(),
            "apis:\n  AuthApi:\n    operations:\n      revoke_tokn: {summary: x}\n",
            "o.yaml",
        )
        .unwrap_err();
        assert!(err.contains("apis.AuthApi.operations.revoke_tokn"), "{err}");
        let err = apply_overrides(
            &spec(),
            "security_schemes:\n  Nope: {in: query}\n",
            "o.yaml",
        )
        .unwrap_err();
        assert!(
            err.contains("`security_schemes.Nope` matches nothing"),
            "{err}"
        );
        let err = apply_overrides(&spec(), "apiz: {}\n", "o.yaml").unwrap_err();
        assert!(err.contains("`apiz`"), "{err}");
    }

    #[test]
    fn a_bad_value_is_an_error() {
        let err = apply_overrides(
            &spec(),
            "security_schemes:\n  ClientKey: {in: sideways}\n",
            "o.yaml",
        )
        .unwrap_err();
        assert!(err.contains("invalid"), "{err}");
    }
}
