//! Fusion: one API's docs in several languages -> one spec.
//!
//! The specs are merged item by item (APIs by class name, operations by method and
//! path, parameters, fields and properties by their wire name, exactly first and
//! then ignoring case and separators, responses by status, models and schemes by
//! name). For each fact:
//! - only one side has it: it is taken;
//! - one side inferred it and the other states it: the stated one wins, and the fact
//!   is no longer inferred;
//! - both state it and they differ: a conflict, reported with both locations; the
//!   first input's fact is kept.

use serde_yaml::{Mapping, Value};

use super::flow;

use crate::spec::Spec;

/// A real disagreement between two inputs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// Path of the fact, as in `--explain`.
    pub path: String,
    pub kept: (String, String),
    pub dropped: (String, String),
}

/// Merges `other` into `base`; returns the fused spec and the conflicts.
pub fn fuse(base: &Spec, other: &Spec) -> Result<(Spec, Vec<Conflict>), String> {
    let (mut base, mut other) = (base.clone(), other.clone());
    unprefix_models(&mut base, &other);
    unprefix_models(&mut other, &base);
    let mut tree = serde_yaml::to_value(&base).map_err(|e| e.to_string())?;
    let other = serde_yaml::to_value(&other).map_err(|e| e.to_string())?;
    let mut conflicts = Vec::new();
    merge(&mut tree, &other, "", &mut conflicts);
    let spec = serde_yaml::from_value(tree).map_err(|e| format!("fused spec is invalid: {e}"))?;
    Ok((spec, conflicts))
}

/// A model one input calls `ModelApiResponse` and the other `ApiResponse` is one
/// model: generators prefix `Model` to names that clash with their own classes
/// (java's `ModelApiResponse.md`). `spec` takes `other`'s name.
fn unprefix_models(spec: &mut Spec, other: &Spec) {
    let renames: Vec<(String, String)> = spec
        .models
        .keys()
        .filter_map(|name| {
            let bare = name.strip_prefix("Model")?;
            (other.models.contains_key(bare)
                && !other.models.contains_key(name)
                && !spec.models.contains_key(bare))
            .then(|| (name.clone(), bare.to_string()))
        })
        .collect();
    for (from, to) in renames {
        spec.rename_model(&from, &to);
    }
}

/// Keys that name or place an item rather than state a fact about the API.
const NOT_FACTS: &[&str] = &[
    "source",
    "inferred",
    "dialect",
    "name",
    "id",
    "mdclient",
    "description",
    "summary",
];

fn merge(a: &mut Value, b: &Value, path: &str, conflicts: &mut Vec<Conflict>) {
    let (Value::Mapping(a), Value::Mapping(b)) = (a, b) else {
        return;
    };
    let b_inferred = b
        .get("inferred")
        .and_then(Value::as_mapping)
        .cloned()
        .unwrap_or_default();
    for (key, bv) in b {
        let Some(k) = key.as_str() else { continue };
        if k == "source" || k == "inferred" {
            continue;
        }
        let here = if path.is_empty() {
            k.to_string()
        } else {
            format!("{path}.{k}")
        };
        let a_inferred = inferred_has(a, k);
        let b_inf = b_inferred.contains_key(k);
        match a.get_mut(k) {
            None => {
                a.insert(key.clone(), bv.clone());
                if let Some(rule) = b_inferred.get(k) {
                    set_inferred(a, k, rule.clone());
                }
            }
            Some(av) if is_table(av) && is_table(bv) => merge_table(av, bv, &here, k, conflicts),
            Some(av @ Value::Mapping(_)) if bv.is_mapping() && !a_inferred && !b_inf => {
                merge(av, bv, &here, conflicts);
            }
            Some(av) if av == bv => {
                if a_inferred && !b_inf {
                    clear_inferred(a, k);
                }
            }
            Some(av) if NOT_FACTS.contains(&k) => {
                if av.as_str().is_some_and(str::is_empty) {
                    *av = bv.clone();
                }
            }
            Some(av) => match (a_inferred, b_inf) {
                (true, false) => {
                    *av = bv.clone();
                    clear_inferred(a, k);
                }
                (false, false) if matches!(k, "consumes" | "produces" | "inputs") => {
                    union(av, bv);
                }
                // The same default in two languages' syntax (`'placed'`, `placed`).
                (false, false) if k == "default" && same_literal(av, bv) => {}
                // `int32` refines `integer` (java states formats ruby drops): no conflict.
                (false, false) if k == "type" && refines(bv, av) => *av = bv.clone(),
                (false, false) if k == "type" && refines(av, bv) => {}
                (false, false) => {
                    let kept = flow(av);
                    conflicts.push(Conflict {
                        path: here,
                        kept: (kept, source_of(a)),
                        dropped: (flow(bv), source_of(b)),
                    });
                }
                _ => {}
            },
        }
    }
}

/// Whether type `fine` is `coarse` with more detail (`int32` of `integer`,
/// `array<uuid>` of `array<string>`, anything of `any`).
fn refines(fine: &Value, coarse: &Value) -> bool {
    use crate::spec::TypeRef;
    fn general(t: &TypeRef) -> TypeRef {
        match t {
            TypeRef::Int32 | TypeRef::Int64 => TypeRef::Integer,
            TypeRef::Float | TypeRef::Double => TypeRef::Number,
            TypeRef::Date | TypeRef::DateTime | TypeRef::Uuid | TypeRef::Uri | TypeRef::Byte => {
                TypeRef::String
            }
            TypeRef::Array(inner) => TypeRef::Array(Box::new(general(inner))),
            TypeRef::Map(inner) => TypeRef::Map(Box::new(general(inner))),
            other => other.clone(),
        }
    }
    let (Some(fine), Some(coarse)) = (
        fine.as_str().and_then(TypeRef::parse),
        coarse.as_str().and_then(TypeRef::parse),
    ) else {
        return false;
    };
    fn covers(coarse: &TypeRef, fine: &TypeRef) -> bool {
        match (coarse, fine) {
            (TypeRef::Any, _) => true,
            (TypeRef::Array(c), TypeRef::Array(f)) | (TypeRef::Map(c), TypeRef::Map(f)) => {
                covers(c, f)
            }
            // typescript's `number` is any number, integers included.
            (TypeRef::Number, f) if general(f) == TypeRef::Integer => true,
            _ => general(fine) == *coarse,
        }
    }
    fine != coarse && covers(&coarse, &fine)
}

/// `'placed'` and `placed`, `False` and `false`: one literal in two syntaxes.
fn same_literal(a: &Value, b: &Value) -> bool {
    let norm = |v: &Value| flow(v).trim_matches(['\'', '"']).to_ascii_lowercase();
    norm(a) == norm(b)
}

/// Items of a list are paired by identity: the field that names them; `exact`:
/// as written, else ignoring case and separators. Parameters, fields and
/// properties are named by their wire name (C#'s `varRef` and ruby's `ref` are one
/// parameter), in their location.
fn identity(item: &Value, list: &str, exact: bool) -> Option<String> {
    let field = |k: &str| item.get(k).and_then(Value::as_str).map(str::to_string);
    let normalized = |s: String| -> String {
        if exact {
            return s;
        }
        s.chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    match list {
        "operations" => Some(format!("{} {}", field("method")?, field("path")?)),
        "responses" => field("status"),
        "servers" => field("url"),
        "params" => Some(format!(
            "{} {}",
            field("location").unwrap_or_default(),
            normalized(field("wire_name").or_else(|| field("name"))?)
        )),
        "fields" | "properties" => field("wire_name").or_else(|| field("name")).map(normalized),
        _ => field("name").map(normalized),
    }
}

fn merge_table(a: &mut Value, b: &Value, path: &str, list: &str, conflicts: &mut Vec<Conflict>) {
    let (Value::Sequence(a_items), Value::Sequence(b_items)) = (a, b) else {
        return;
    };
    // Exact names pair first, so that `id` and `ID` each find their own.
    let mut paired: Vec<Option<usize>> = vec![None; b_items.len()];
    let mut used = vec![false; a_items.len()];
    for exact in [true, false] {
        for (bi, b_item) in b_items.iter().enumerate() {
            if paired[bi].is_some() {
                continue;
            }
            let Some(id) = identity(b_item, list, exact) else {
                continue;
            };
            if let Some(ai) = (0..a_items.len())
                .find(|&ai| !used[ai] && identity(&a_items[ai], list, exact).as_ref() == Some(&id))
            {
                used[ai] = true;
                paired[bi] = Some(ai);
            }
        }
    }
    for (b_item, pair) in b_items.iter().zip(paired) {
        let id = identity(b_item, list, false);
        let found = pair.and_then(|ai| a_items.get_mut(ai));
        match found {
            Some(a_item) => {
                let name = a_item
                    .get("id")
                    .or_else(|| a_item.get("name"))
                    .and_then(Value::as_str)
                    .map_or_else(|| id.clone().unwrap_or_default(), str::to_string);
                merge(a_item, b_item, &format!("{path}.{name}"), conflicts);
            }
            None => a_items.push(b_item.clone()),
        }
    }
    // A `2XX` one input only guessed gives way to the 2xx statuses another states.
    if list == "responses" {
        let status = |r: &Value| r.get("status").and_then(Value::as_str).map(str::to_string);
        let stated_2xx = a_items
            .iter()
            .filter_map(status)
            .any(|s| s.starts_with('2') && s != "2XX");
        if stated_2xx {
            a_items.retain(|r| {
                let guessed = r.as_mapping().is_some_and(|m| inferred_has(m, "status"));
                !(guessed && status(r).as_deref() == Some("2XX"))
            });
        }
    }
}

fn is_table(value: &Value) -> bool {
    value
        .as_sequence()
        .is_some_and(|items| !items.is_empty() && items.iter().all(Value::is_mapping))
}

fn union(a: &mut Value, b: &Value) {
    if let (Value::Sequence(a), Value::Sequence(b)) = (a, b) {
        for item in b {
            if !a.contains(item) {
                a.push(item.clone());
            }
        }
    }
}

fn inferred_has(map: &Mapping, key: &str) -> bool {
    map.get("inferred")
        .and_then(Value::as_mapping)
        .is_some_and(|m| m.contains_key(key))
}

fn set_inferred(map: &mut Mapping, key: &str, rule: Value) {
    let entry = map
        .entry(Value::from("inferred"))
        .or_insert_with(|| Value::Mapping(Mapping::new()));
    if let Value::Mapping(m) = entry {
        m.insert(Value::from(key), rule);
    }
}

fn clear_inferred(map: &mut Mapping, key: &str) {
    if let Some(Value::Mapping(m)) = map.get_mut("inferred") {
        m.remove(key);
        if m.is_empty() {
            map.remove("inferred");
        }
    }
}

fn source_of(map: &Mapping) -> String {
    map.get("source")
        .and_then(Value::as_str)
        .unwrap_or("?")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::{from_yaml, ParamLocation};

    fn spec() -> Spec {
        from_yaml(include_str!("../../../tests/data/c2m_handwritten.yaml")).unwrap()
    }

    #[test]
    fn stated_beats_inferred_and_conflicts_name_both_places() {
        let a = spec();
        let mut b = spec();
        // b states the path param's wire name (no inference) and disagrees on a type.
        let param = &mut b.apis[0].operations[2].params[0];
        param.name = "tokenId".into();
        param.inferred.clear();
        param.source.file = "java/AuthApi.md".into();
        let page_size = &mut b.apis[0].operations[2].params[1];
        page_size.ty = crate::spec::TypeRef::Int64;
        page_size.source.file = "java/AuthApi.md".into();
        // b states the scheme's location differently from a's inference.
        let key = b.security_schemes.get_mut("ClientKey").unwrap();
        key.location = Some(ParamLocation::Query);
        key.inferred.clear();

        let (fused, conflicts) = fuse(&a, &b).unwrap();
        let token = &fused.apis[0].operations[2].params[0];
        assert_eq!(token.name, "token_id", "the first input's spelling is kept");
        assert!(token.inferred.is_empty(), "stated by the second input");
        assert_eq!(
            fused.security_schemes["ClientKey"].location,
            Some(ParamLocation::Query)
        );
        assert_eq!(conflicts.len(), 1, "{conflicts:?}");
        assert_eq!(
            conflicts[0].path,
            "apis.AuthApi.operations.revoke_token.params.page_size.type"
        );
        assert_eq!(conflicts[0].kept.0, "int32");
        assert!(conflicts[0].dropped.1.starts_with("java/AuthApi.md:"));
    }

    #[test]
    fn fusing_a_spec_with_itself_changes_nothing() {
        let (fused, conflicts) = fuse(&spec(), &spec()).unwrap();
        assert_eq!(fused, spec());
        assert!(conflicts.is_empty());
    }
}
