//! Cargo features per API group, for rendered crates: one feature per API class
//! (`PetApi` -> `pet`), all on by default. A feature compiles its class's operations
//! and the models they reach; a model reached from several classes compiles when any
//! of their features is on. Models no operation reaches, and the models those reach,
//! are always compiled, so every model that compiles has every type it names.
//!
//! `default-features = false, features = ["pet"]` then builds a fraction of a big
//! client. A module rendered for `include!()` has no features: the crate including it
//! has its own.

use std::collections::{BTreeMap, BTreeSet};

use heck::ToKebabCase;
use serde::Serialize;

use crate::spec::{Model, Spec, TypeRef};

/// Feature names a generated crate already has, or Cargo reserves.
const TAKEN: &[&str] = &[
    "default",
    "blocking",
    "tracing",
    "middleware",
    "chrono",
    "uuid",
    "mock",
];

/// One group's feature, for the manifest.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct GroupView {
    pub feature: String,
    /// The API class (raw; for the manifest's comment, through `toml`).
    pub api: String,
    pub operations: usize,
}

/// The features of a spec.
#[derive(Debug, Default)]
pub(crate) struct Groups {
    /// One per API class, in the spec's order.
    pub groups: Vec<GroupView>,
    /// The feature of each operation, in the spec's order (`api` by `api`).
    pub operations: Vec<String>,
    /// The features that compile each model; absent or empty: always compiled.
    pub models: BTreeMap<String, Vec<String>>,
}

/// The features of `spec`: none when it has fewer than two API classes.
pub(crate) fn build(spec: &Spec) -> Groups {
    if spec.apis.len() < 2 {
        return Groups::default();
    }
    let mut used: BTreeSet<String> = TAKEN.iter().map(|s| s.to_string()).collect();
    let mut groups = Groups::default();
    let mut reached: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for api in &spec.apis {
        let feature = unique(feature_name(&api.name), &mut used);
        let mut roots = Vec::new();
        for op in &api.operations {
            roots.extend(op.params.iter().filter_map(|p| p.ty.model_name()));
            if let Some(body) = &op.body {
                roots.extend(body.ty.as_ref().and_then(TypeRef::model_name));
                roots.extend(body.fields.iter().filter_map(|f| f.ty.model_name()));
            }
            roots.extend(
                op.responses
                    .iter()
                    .filter_map(|r| r.ty.as_ref()?.model_name()),
            );
            groups.operations.push(feature.clone());
        }
        for name in closure(spec, roots) {
            reached.entry(name).or_default().insert(feature.clone());
        }
        groups.groups.push(GroupView {
            feature,
            api: api.name.clone(),
            operations: api.operations.len(),
        });
    }
    // What no operation reaches is always there, and so is everything it names.
    let unreached = spec
        .models
        .keys()
        .map(String::as_str)
        .filter(|name| !reached.contains_key(name));
    let always = closure(spec, unreached);
    for (name, features) in reached {
        if !always.contains(name) {
            groups
                .models
                .insert(name.to_string(), features.into_iter().collect());
        }
    }
    groups
}

/// `roots` and every model their properties and alternatives name, transitively.
fn closure<'a>(spec: &'a Spec, roots: impl IntoIterator<Item = &'a str>) -> BTreeSet<&'a str> {
    let mut seen = BTreeSet::new();
    let mut todo: Vec<&str> = roots.into_iter().collect();
    while let Some(name) = todo.pop() {
        if !seen.insert(name) {
            continue;
        }
        if let Some(model) = spec.models.get(name) {
            todo.extend(named_by(model));
        }
    }
    seen
}

fn named_by(model: &Model) -> impl Iterator<Item = &str> {
    model
        .properties
        .iter()
        .filter_map(|p| p.ty.model_name())
        .chain(model.one_of.iter().map(String::as_str))
        .chain(model.any_of.iter().map(String::as_str))
}

/// `PetApi` -> `pet`, `UserManagementAPI` -> `user-management`: the class name without
/// its `Api` suffix, kebab-case, only ASCII letters, digits and `-`.
fn feature_name(api: &str) -> String {
    let trimmed = api
        .strip_suffix("Api")
        .or_else(|| api.strip_suffix("API"))
        .or_else(|| api.strip_suffix("_api"))
        .filter(|rest| !rest.is_empty())
        .unwrap_or(api);
    let kebab: String = trimmed
        .to_kebab_case()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    let kebab = kebab.trim_matches('-').to_string();
    if kebab.starts_with(|c: char| c.is_ascii_alphabetic()) {
        kebab
    } else {
        format!("api-{kebab}").trim_end_matches('-').to_string()
    }
}

fn unique(name: String, used: &mut BTreeSet<String>) -> String {
    let mut candidate = name.clone();
    let mut n = 2;
    while used.contains(&candidate) {
        candidate = format!("{name}-{n}");
        n += 1;
    }
    used.insert(candidate.clone());
    candidate
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feature_names_are_kebab_case_class_names() {
        assert_eq!(feature_name("PetApi"), "pet");
        assert_eq!(feature_name("UserManagementAPI"), "user-management");
        assert_eq!(feature_name("Api"), "api");
        assert_eq!(feature_name("2FactorApi"), "api-2factor");
        assert_eq!(feature_name("Ünïcode"), "ncode");
        let mut used: BTreeSet<String> = TAKEN.iter().map(|s| s.to_string()).collect();
        assert_eq!(unique("blocking".into(), &mut used), "blocking-2");
        assert_eq!(unique("pet".into(), &mut used), "pet");
        assert_eq!(unique("pet".into(), &mut used), "pet-2");
    }
}
