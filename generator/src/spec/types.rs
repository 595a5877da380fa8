use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A language-neutral type, as written in `spec.yaml`.
///
/// Spelling: `string`, `integer`, `int32`, `int64`, `number`, `float`, `double`,
/// `boolean`, `date`, `date-time`, `uuid`, `byte` (base64), `binary` (a file or raw
/// bytes), `any`, `array<T>`, `map<T>` (string keys), and anything else is the name of a
/// model. A model whose name collides with a keyword is written `model:<name>`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TypeRef {
    String,
    Integer,
    Int32,
    Int64,
    Number,
    Float,
    Double,
    Boolean,
    Date,
    DateTime,
    Uuid,
    /// A URI (`string`, format `uri`): java's `URI`.
    Uri,
    Byte,
    Binary,
    Any,
    Array(Box<TypeRef>),
    Map(Box<TypeRef>),
    Model(String),
}

const PRIMITIVES: &[(&str, TypeRef)] = &[
    ("string", TypeRef::String),
    ("integer", TypeRef::Integer),
    ("int32", TypeRef::Int32),
    ("int64", TypeRef::Int64),
    ("number", TypeRef::Number),
    ("float", TypeRef::Float),
    ("double", TypeRef::Double),
    ("boolean", TypeRef::Boolean),
    ("date", TypeRef::Date),
    ("date-time", TypeRef::DateTime),
    ("uuid", TypeRef::Uuid),
    ("uri", TypeRef::Uri),
    ("byte", TypeRef::Byte),
    ("binary", TypeRef::Binary),
    ("any", TypeRef::Any),
];

/// The deepest nesting of arrays and maps a type may have. Real APIs nest a few
/// levels; the limit keeps every recursive walk over a type (and rustc's and syn's
/// parse of the generated code) far from the stack's end.
pub const MAX_TYPE_DEPTH: usize = 32;

/// How deep `text` nests brackets of any kind (`Array<Array<X>>` is 2).
pub fn bracket_depth(text: &str) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    for c in text.chars() {
        match c {
            '<' | '[' | '(' | '{' => {
                depth += 1;
                max = max.max(depth);
            }
            '>' | ']' | ')' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

impl TypeRef {
    /// Parses the spec spelling; `None` when the text is not a type expression (or
    /// nests deeper than [`MAX_TYPE_DEPTH`]).
    pub fn parse(text: &str) -> Option<TypeRef> {
        if bracket_depth(text) > MAX_TYPE_DEPTH {
            return None;
        }
        TypeRef::parse_bounded(text)
    }

    fn parse_bounded(text: &str) -> Option<TypeRef> {
        let text = text.trim();
        if let Some(inner) = text
            .strip_prefix("array<")
            .and_then(|t| t.strip_suffix('>'))
        {
            return TypeRef::parse_bounded(inner).map(|t| TypeRef::Array(Box::new(t)));
        }
        if let Some(inner) = text.strip_prefix("map<").and_then(|t| t.strip_suffix('>')) {
            return TypeRef::parse_bounded(inner).map(|t| TypeRef::Map(Box::new(t)));
        }
        if let Some(name) = text.strip_prefix("model:") {
            return valid_model_name(name).then(|| TypeRef::Model(name.to_string()));
        }
        if let Some((_, t)) = PRIMITIVES.iter().find(|(k, _)| *k == text) {
            return Some(t.clone());
        }
        valid_model_name(text).then(|| TypeRef::Model(text.to_string()))
    }

    /// The model this type names, directly or as an array/map element.
    pub fn model_name(&self) -> Option<&str> {
        match self {
            TypeRef::Model(name) => Some(name),
            TypeRef::Array(inner) | TypeRef::Map(inner) => inner.model_name(),
            _ => None,
        }
    }

    /// True for types with no structure (strings, numbers, dates...).
    pub fn is_primitive(&self) -> bool {
        !matches!(
            self,
            TypeRef::Array(_) | TypeRef::Map(_) | TypeRef::Model(_) | TypeRef::Any
        )
    }
}

fn valid_model_name(name: &str) -> bool {
    !name.is_empty() && !name.contains(['<', '>', ':']) && !name.chars().any(char::is_whitespace)
}

impl fmt::Display for TypeRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TypeRef::Array(inner) => write!(f, "array<{inner}>"),
            TypeRef::Map(inner) => write!(f, "map<{inner}>"),
            TypeRef::Model(name) => {
                if PRIMITIVES.iter().any(|(k, _)| k == name)
                    || name.starts_with("array<")
                    || name.starts_with("map<")
                {
                    write!(f, "model:{name}")
                } else {
                    f.write_str(name)
                }
            }
            other => {
                let name = PRIMITIVES
                    .iter()
                    .find(|(_, t)| t == other)
                    .map_or("any", |(k, _)| k);
                f.write_str(name)
            }
        }
    }
}

impl Serialize for TypeRef {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for TypeRef {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        TypeRef::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("`{text}` is not a type")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_spelling() {
        for text in [
            "string",
            "date-time",
            "array<map<int64>>",
            "TokenResponse",
            "model:string",
            "array<model:any>",
        ] {
            let t = TypeRef::parse(text).unwrap();
            assert_eq!(t.to_string(), text);
        }
        assert_eq!(TypeRef::parse("array<>"), None);
        assert_eq!(TypeRef::parse("a b"), None);
        let deep = |n| format!("{}string{}", "array<".repeat(n), ">".repeat(n));
        assert!(TypeRef::parse(&deep(MAX_TYPE_DEPTH)).is_some());
        assert_eq!(TypeRef::parse(&deep(MAX_TYPE_DEPTH + 1)), None);
        assert_eq!(TypeRef::parse(&deep(100_000)), None);
    }
}
