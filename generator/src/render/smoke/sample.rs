//! Sample values for the smoke tests: a JSON value of any spec type, built from the
//! models (required properties first, depth-limited for recursive models).

use std::collections::BTreeMap;

use crate::spec::{Model, TypeRef};

use super::{FULL_DEPTH, ITEMS, MAX_DEPTH};

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Sample {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Array(Vec<Sample>),
    Object(Vec<(String, Sample)>),
}

impl Sample {
    /// Compact JSON, as `serde_json::to_string` writes it.
    pub(crate) fn to_json(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out);
        out
    }

    fn write_json(&self, out: &mut String) {
        match self {
            Sample::Null => out.push_str("null"),
            Sample::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Sample::Int(i) => out.push_str(&i.to_string()),
            Sample::Float(f) if f.fract() == 0.0 => out.push_str(&format!("{f:.1}")),
            Sample::Float(f) => out.push_str(&f.to_string()),
            Sample::Str(s) => json_string(s, out),
            Sample::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write_json(out);
                }
                out.push(']');
            }
            Sample::Object(entries) => {
                out.push('{');
                for (i, (key, value)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    json_string(key, out);
                    out.push(':');
                    value.write_json(out);
                }
                out.push('}');
            }
        }
    }

    /// The wire texts of the value, like the runtime's `texts`: a string as it is,
    /// other scalars in JSON, one text per list item, nothing for null.
    pub(crate) fn texts(&self) -> Vec<String> {
        match self {
            Sample::Null => Vec::new(),
            Sample::Array(items) => items
                .iter()
                .filter(|item| **item != Sample::Null)
                .map(Sample::scalar_text)
                .collect(),
            other => vec![other.scalar_text()],
        }
    }

    /// One wire text, list items joined by commas (the runtime's `text`).
    pub(crate) fn text(&self) -> String {
        self.texts().join(",")
    }

    pub(super) fn scalar_text(&self) -> String {
        match self {
            Sample::Str(s) => s.clone(),
            other => other.to_json(),
        }
    }
}

fn json_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The sample text of a string named `hint`: a space, a slash and a `?`, so a value
/// that is not encoded for its place shows.
pub(crate) fn sample_string(hint: &str) -> String {
    format!("{hint} x/y?z")
}

/// The sample bytes of a binary value named `hint`.
pub(crate) fn sample_bytes(hint: &str) -> Vec<u8> {
    format!("{hint} bytes").into_bytes()
}

/// Builds samples of spec types from the spec's models.
pub(crate) struct Sampler<'a> {
    pub models: &'a BTreeMap<String, Model>,
    /// Values a validating server accepts (a UUID for a `uuid`, the first value of a
    /// parameter's enum), instead of the text that shows a value's encoding
    /// (`x/y?z`) where the spec states a format.
    pub valid: bool,
}

impl Sampler<'_> {
    /// A sample of a parameter of type `ty` (or a whole body, with no `enum_values`):
    /// when [`Sampler::valid`], the first of its allowed values, for a string or a
    /// list of strings.
    pub(crate) fn param(
        &self,
        ty: &TypeRef,
        enum_values: &[String],
        hint: &str,
        gaps: &mut Vec<String>,
    ) -> Sample {
        let Some(first) = enum_values.first().filter(|_| self.valid) else {
            return self.value(ty, hint, 0, gaps);
        };
        match ty {
            TypeRef::String => Sample::Str(first.clone()),
            TypeRef::Array(inner) if **inner == TypeRef::String => {
                Sample::Array(vec![Sample::Str(first.clone()); ITEMS])
            }
            _ => self.value(ty, hint, 0, gaps),
        }
    }

    /// A sample of `ty`, named `hint` (strings carry it); `gaps` collects what could
    /// not be built (the value then holds what could).
    pub(crate) fn value(
        &self,
        ty: &TypeRef,
        hint: &str,
        depth: usize,
        gaps: &mut Vec<String>,
    ) -> Sample {
        match ty {
            TypeRef::Date if self.valid => Sample::Str("2024-01-02".to_string()),
            TypeRef::DateTime if self.valid => Sample::Str("2024-01-02T03:04:05Z".to_string()),
            TypeRef::Uuid if self.valid => {
                Sample::Str("3fa85f64-5717-4562-b3fc-2c963f66afa6".to_string())
            }
            TypeRef::Uri if self.valid => Sample::Str("https://example.com/x".to_string()),
            // Base64 of `sample`.
            TypeRef::Byte if self.valid => Sample::Str("c2FtcGxl".to_string()),
            TypeRef::String
            | TypeRef::Date
            | TypeRef::DateTime
            | TypeRef::Uuid
            | TypeRef::Uri
            | TypeRef::Byte
            | TypeRef::Any => Sample::Str(sample_string(hint)),
            TypeRef::Integer | TypeRef::Int32 | TypeRef::Int64 => Sample::Int(7),
            TypeRef::Number | TypeRef::Float | TypeRef::Double => Sample::Float(1.5),
            TypeRef::Boolean => Sample::Bool(true),
            TypeRef::Binary => Sample::Array(
                sample_bytes(hint)
                    .into_iter()
                    .map(|b| Sample::Int(i64::from(b)))
                    .collect(),
            ),
            TypeRef::Array(inner) => {
                let items = if depth < FULL_DEPTH { ITEMS } else { 0 };
                Sample::Array(
                    (1..=items)
                        .map(|i| self.value(inner, &format!("{hint}{i}"), depth + 1, gaps))
                        .collect(),
                )
            }
            TypeRef::Map(inner) if depth < FULL_DEPTH => Sample::Object(vec![(
                "key".to_string(),
                self.value(inner, hint, depth + 1, gaps),
            )]),
            TypeRef::Map(_) => Sample::Object(Vec::new()),
            TypeRef::Model(name) => self.model(name, depth, gaps),
        }
    }

    /// A model: undocumented and property-less ones as `{}`, a composition as its
    /// first alternative, an enum as its first value, an object with its required
    /// properties only.
    fn model(&self, name: &str, depth: usize, gaps: &mut Vec<String>) -> Sample {
        let Some(model) = self.models.get(name).filter(|m| m.documented) else {
            return Sample::Object(Vec::new());
        };
        if !model.one_of.is_empty() || !model.any_of.is_empty() {
            let first = model
                .one_of
                .iter()
                .chain(&model.any_of)
                .find(|alt| self.models.contains_key(*alt) && alt.as_str() != name);
            return match first {
                Some(alt) if depth < MAX_DEPTH => self.model(alt, depth + 1, gaps),
                Some(_) => {
                    gaps.push(format!("`{name}` nests itself too deeply"));
                    Sample::Object(Vec::new())
                }
                None => Sample::Object(Vec::new()),
            };
        }
        if let Some(first) = model.enum_values.first() {
            return Sample::Str(first.clone());
        }
        if depth >= MAX_DEPTH {
            gaps.push(format!(
                "`{name}` nests itself through required properties; left empty at depth {MAX_DEPTH}"
            ));
            return Sample::Object(Vec::new());
        }
        let entries = model
            .properties
            .iter()
            .filter(|p| p.required)
            .map(|p| {
                let value = match (&p.ty, p.enum_values.first()) {
                    (TypeRef::String, Some(first)) => Sample::Str(first.clone()),
                    (ty, _) => {
                        let mut inner = Vec::new();
                        let value = self.value(ty, &p.wire_name, depth + 1, &mut inner);
                        if !inner.is_empty() && p.nullable {
                            Sample::Null
                        } else {
                            gaps.extend(inner);
                            value
                        }
                    }
                };
                (p.wire_name.clone(), value)
            })
            .collect();
        Sample::Object(entries)
    }
}
