//! The `models` module: one Rust type per spec model, undocumented ones included.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::types::{format_note, rust_type, ModelIdents, Place};
use crate::render::naming::Namespace;
use crate::render::text::code;
use crate::spec::{Model, Property, Source, Spec, TypeRef};

/// How a model is written in Rust.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum ModelKind {
    /// `#[serde(transparent)] struct X(serde_json::Value)`: shape unknown.
    Raw,
    /// A struct with one field per property.
    Object,
    /// An enum with one variant per value, plus `Unknown(String)`.
    Enum,
    /// An enum of the composed models, plus `Other(Value)`: the first that reads wins.
    OneOf,
}

/// One model, ready to place.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ModelView {
    pub ident: String,
    /// Raw text for the `doc` filter.
    pub doc: String,
    pub kind: ModelKind,
    /// The Cargo features that compile it (none: always compiled).
    pub features: Vec<String>,
    /// Whether `Default` can be derived (objects whose required fields all have one).
    pub default: bool,
    pub fields: Vec<FieldView>,
    pub variants: Vec<VariantView>,
    /// For `OneOf`: the alternatives, in the docs' order.
    pub alternatives: Vec<AlternativeView>,
}

/// One alternative of a composed model.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct AlternativeView {
    /// The variant's identifier.
    pub ident: String,
    /// The model's Rust type.
    pub ty: String,
    /// The model's name in the docs (raw text, for `doc`).
    pub doc: String,
}

/// A struct field of an object model.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct FieldView {
    pub ident: String,
    /// The JSON name (raw text, for `lit`).
    pub wire: String,
    /// The full Rust type, `Option<Box<..>>` included.
    pub ty: String,
    pub doc: String,
    /// Not required: written only when `Some` (`Out::put_some`).
    pub skip_none: bool,
    /// Other spellings decoding accepts (`Fields::get`'s aliases), where the JSON
    /// name is inferred: a wrong guess then still reads the field.
    pub aliases: Vec<String>,
}

/// A variant of an enum model.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct VariantView {
    pub ident: String,
    /// The value on the wire (raw text, for `lit`).
    pub wire: String,
    pub doc: String,
}

/// Every model of `spec`, plus an undocumented one for each name in `referenced` the
/// spec does not define, in name order; and the identifier of each.
pub(crate) fn build(
    spec: &Spec,
    referenced: &BTreeSet<String>,
    features: &BTreeMap<String, Vec<String>>,
) -> (ModelIdents, Vec<ModelView>) {
    let mut models: BTreeMap<&str, Model> = spec
        .models
        .iter()
        .map(|(name, model)| (name.as_str(), model.clone()))
        .collect();
    for name in referenced {
        models
            .entry(name.as_str())
            .or_insert_with(|| Model::undocumented(Source::default()));
    }

    let mut scope = Namespace::ModelTypes.scope();
    let idents: ModelIdents = models
        .keys()
        .map(|name| (name.to_string(), scope.ident(name).to_string()))
        .collect();
    let kinds: BTreeMap<&str, ModelKind> =
        models.iter().map(|(name, m)| (*name, kind_of(m))).collect();
    let defaults = defaultable(&models, &kinds);

    let views = models
        .iter()
        .map(|(name, model)| {
            let kind = kinds.get(name).copied().unwrap_or(ModelKind::Raw);
            ModelView {
                ident: idents.get(*name).cloned().unwrap_or_default(),
                doc: model_doc(name, model, kind),
                kind,
                features: features.get(*name).cloned().unwrap_or_default(),
                default: defaults.contains(name),
                fields: match kind {
                    ModelKind::Object => fields(name, model, &models, &idents),
                    _ => Vec::new(),
                },
                variants: match kind {
                    ModelKind::Enum => variants(model),
                    _ => Vec::new(),
                },
                alternatives: match kind {
                    ModelKind::OneOf => alternatives(model, &idents),
                    _ => Vec::new(),
                },
            }
        })
        .collect();
    (idents, views)
}

fn kind_of(model: &Model) -> ModelKind {
    if !model.documented {
        ModelKind::Raw
    } else if !model.one_of.is_empty() || !model.any_of.is_empty() {
        ModelKind::OneOf
    } else if !model.enum_values.is_empty() {
        ModelKind::Enum
    } else if !model.properties.is_empty() {
        ModelKind::Object
    } else {
        ModelKind::Raw
    }
}

/// Variants of a composed model: one per alternative model, named after it, boxed
/// so a composition may refer to itself.
fn alternatives(model: &Model, idents: &ModelIdents) -> Vec<AlternativeView> {
    let mut scope = Namespace::Alternatives.scope();
    model
        .one_of
        .iter()
        .chain(&model.any_of)
        .filter_map(|name| {
            let ty = idents.get(name)?;
            Some(AlternativeView {
                ident: scope.ident(name).to_string(),
                ty: format!("Box<{ty}>"),
                doc: format!("The `{name}` alternative."),
            })
        })
        .collect()
}

fn model_doc(name: &str, model: &Model, kind: ModelKind) -> String {
    let description = model
        .description
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty());
    let mut parts: Vec<String> = Vec::new();
    match (kind, description) {
        (_, Some(d)) => parts.push(d.to_string()),
        (ModelKind::Enum, None) => parts.push(format!("The values of {}.", code(name))),
        (_, None) => parts.push(format!("The {} model.", code(name))),
    }
    match kind {
        ModelKind::Raw if !model.documented => parts.push(
            "The docs link to this model but ship no page for it, so its shape is unknown: \
             it keeps whatever JSON the server sends, and any JSON round-trips."
                .to_string(),
        ),
        ModelKind::Raw => {
            parts.push("The docs list no properties for it, so it is kept as raw JSON.".to_string())
        }
        ModelKind::Enum => parts.push(
            "A value the docs do not list (say, one added to the API later) decodes as \
             `Unknown`."
                .to_string(),
        ),
        ModelKind::OneOf => {
            let discriminator = model
                .discriminator
                .as_deref()
                .map(|d| format!(" (the docs name {} as its discriminator)", code(d)))
                .unwrap_or_default();
            parts.push(format!(
                "One of several models{discriminator}: decoding takes the first alternative \
                 that fits, and `Other` keeps a value none fits."
            ))
        }
        ModelKind::Object => {}
    }
    crate::render::text::join_parts(&parts)
}

fn fields(
    name: &str,
    model: &Model,
    models: &BTreeMap<&str, Model>,
    idents: &ModelIdents,
) -> Vec<FieldView> {
    let mut scope = Namespace::Fields.scope();
    let aliases = aliases(&model.properties);
    model
        .properties
        .iter()
        .zip(aliases)
        .map(|(prop, aliases)| {
            let mut ty = rust_type(&prop.ty, idents, Place::InModels);
            if let TypeRef::Model(target) = &prop.ty {
                if reaches(models, target, name) {
                    ty = format!("Box<{ty}>");
                }
            }
            if !prop.required || prop.nullable {
                ty = format!("Option<{ty}>");
            }
            FieldView {
                ident: scope.ident(&prop.name).to_string(),
                wire: prop.wire_name.clone(),
                ty,
                doc: field_doc(prop),
                skip_none: !prop.required,
                aliases,
            }
        })
        .collect()
}

/// For each property whose JSON name is inferred, the other plausible spellings
/// (as the docs show it, snake_case, camelCase) that no other property uses.
fn aliases(props: &[Property]) -> Vec<Vec<String>> {
    use heck::{ToLowerCamelCase, ToSnakeCase};
    let mut taken: BTreeSet<String> = props.iter().map(|p| p.wire_name.clone()).collect();
    props
        .iter()
        .map(|p| {
            if !p.inferred.contains_key("wire_name") {
                return Vec::new();
            }
            let candidates: BTreeSet<String> = [
                p.name.clone(),
                p.wire_name.to_snake_case(),
                p.wire_name.to_lower_camel_case(),
            ]
            .into_iter()
            .filter(|c| !c.is_empty())
            .collect();
            let mine: Vec<String> = candidates
                .into_iter()
                .filter(|c| !taken.contains(c))
                .collect();
            taken.extend(mine.iter().cloned());
            mine
        })
        .collect()
}

fn field_doc(prop: &Property) -> String {
    let mut parts: Vec<String> = Vec::new();
    match prop
        .description
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty())
    {
        Some(d) => parts.push(d.to_string()),
        None => parts.push(format!("The {} property.", code(&prop.wire_name))),
    }
    let mut notes: Vec<String> = Vec::new();
    notes.extend(format_note(&prop.ty));
    if prop.required && prop.nullable {
        notes.push("Required, but may be null.".to_string());
    }
    if prop.read_only {
        notes.push("Read-only: set by the server.".to_string());
    }
    if let Some(default) = &prop.default {
        notes.push(format!("Default: {}.", code(default)));
    }
    if !notes.is_empty() {
        parts.push(notes.join(" "));
    }
    crate::render::text::join_parts(&parts)
}

fn variants(model: &Model) -> Vec<VariantView> {
    let mut scope = Namespace::EnumVariants.scope();
    let mut seen = BTreeSet::new();
    model
        .enum_values
        .iter()
        .filter(|value| seen.insert(value.as_str()))
        .map(|value| VariantView {
            ident: scope.ident(value).to_string(),
            wire: value.clone(),
            doc: code(value),
        })
        .collect()
}

/// Models a property of type `Model(from)` contains inline (not behind a `Vec` or
/// map), transitively: whether `to` is among them, i.e. the field needs a `Box`.
fn reaches(models: &BTreeMap<&str, Model>, from: &str, to: &str) -> bool {
    let mut stack = vec![from];
    let mut seen = BTreeSet::new();
    while let Some(name) = stack.pop() {
        if name == to {
            return true;
        }
        if !seen.insert(name) {
            continue;
        }
        if let Some(model) = models.get(name).filter(|m| kind_of(m) == ModelKind::Object) {
            stack.extend(model.properties.iter().filter_map(|p| match &p.ty {
                TypeRef::Model(next) => Some(next.as_str()),
                _ => None,
            }));
        }
    }
    false
}

/// Object models whose every required, non-nullable field has a `Default`:
/// everything but enum models and objects that lack one (a fixpoint, for cycles).
fn defaultable<'a>(
    models: &BTreeMap<&'a str, Model>,
    kinds: &BTreeMap<&str, ModelKind>,
) -> BTreeSet<&'a str> {
    let mut ok: BTreeSet<&str> = models
        .keys()
        .copied()
        .filter(|n| kinds.get(n) == Some(&ModelKind::Object))
        .collect();
    loop {
        let before = ok.len();
        let current = ok.clone();
        ok.retain(|name| {
            models.get(name).is_some_and(|model| {
                model
                    .properties
                    .iter()
                    .filter(|p| p.required && !p.nullable)
                    .all(|p| match &p.ty {
                        TypeRef::Model(target) => match kinds.get(target.as_str()) {
                            Some(ModelKind::Raw) | None => true,
                            Some(ModelKind::Enum | ModelKind::OneOf) => false,
                            // A required field that leads back here would recurse forever.
                            Some(ModelKind::Object) => {
                                current.contains(target.as_str()) && !reaches(models, target, name)
                            }
                        },
                        _ => true,
                    })
            })
        });
        if ok.len() == before {
            return ok;
        }
    }
}
