//! The shape of a schema as the round trip compares it: `string(uuid)`, `$Pet`,
//! `array<$Tag>`, `map<integer(int32)>`.
//!
//! Only what changes the wire value or the client's type counts: descriptions,
//! defaults, examples and bounds are ignored, and so are the formats `email` and
//! `password`, which annotate a plain string and which no generator's docs spell.

use std::fmt;

use openapiv3::{
    AdditionalProperties, IntegerFormat, NumberFormat, ReferenceOr, Schema, SchemaKind,
    StringFormat, Type, VariantOrUnknownOrEmpty,
};

/// Formats that only annotate a string; no generator maps them to a type of its own.
const ANNOTATION_FORMATS: &[&str] = &["email", "password"];

/// A schema reduced to its type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shape {
    /// `$ref: '#/components/schemas/<name>'`.
    Ref(String),
    /// `string`, `integer`, `number`, `boolean`, with the format when it matters.
    Scalar {
        ty: String,
        format: Option<String>,
    },
    Array(Box<Shape>),
    /// An object with only `additionalProperties`: string keys -> this.
    Map(Box<Shape>),
    /// An inline object with properties (or none).
    Object,
    /// `{}`: any JSON value.
    Any,
    /// `oneOf`, `anyOf`, `not`, or an `allOf` of several schemas.
    Composite(&'static str),
}

impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Shape::Ref(name) => write!(f, "${name}"),
            Shape::Scalar { ty, format: None } => f.write_str(ty),
            Shape::Scalar {
                ty,
                format: Some(format),
            } => write!(f, "{ty}({format})"),
            Shape::Array(inner) => write!(f, "array<{inner}>"),
            Shape::Map(inner) => write!(f, "map<{inner}>"),
            Shape::Object => f.write_str("object"),
            Shape::Any => f.write_str("any"),
            Shape::Composite(kind) => f.write_str(kind),
        }
    }
}

/// The name a `#/components/<kind>/<name>` reference points to.
pub fn ref_name(reference: &str) -> &str {
    reference.rsplit('/').next().unwrap_or(reference)
}

/// The shape of a schema or reference (boxed or not).
pub fn shape_of<S: AsSchema>(schema: &ReferenceOr<S>) -> Shape {
    match schema {
        ReferenceOr::Reference { reference } => Shape::Ref(ref_name(reference).to_string()),
        ReferenceOr::Item(s) => schema_shape(s.as_schema()),
    }
}

/// `ReferenceOr<Schema>` and `ReferenceOr<Box<Schema>>` alike.
pub trait AsSchema {
    fn as_schema(&self) -> &Schema;
}

impl AsSchema for Schema {
    fn as_schema(&self) -> &Schema {
        self
    }
}

impl AsSchema for Box<Schema> {
    fn as_schema(&self) -> &Schema {
        self
    }
}

fn scalar(ty: &str, format: Option<String>) -> Shape {
    Shape::Scalar {
        ty: ty.to_string(),
        format: format.filter(|f| !ANNOTATION_FORMATS.contains(&f.as_str())),
    }
}

/// The OpenAPI spelling of the formats openapiv3 knows by name.
trait FormatName {
    fn name(&self) -> &'static str;
}

impl FormatName for StringFormat {
    fn name(&self) -> &'static str {
        match self {
            StringFormat::Date => "date",
            StringFormat::DateTime => "date-time",
            StringFormat::Password => "password",
            StringFormat::Byte => "byte",
            StringFormat::Binary => "binary",
        }
    }
}

impl FormatName for IntegerFormat {
    fn name(&self) -> &'static str {
        match self {
            IntegerFormat::Int32 => "int32",
            IntegerFormat::Int64 => "int64",
        }
    }
}

impl FormatName for NumberFormat {
    fn name(&self) -> &'static str {
        match self {
            NumberFormat::Float => "float",
            NumberFormat::Double => "double",
        }
    }
}

fn format_of<T: FormatName>(format: &VariantOrUnknownOrEmpty<T>) -> Option<String> {
    match format {
        VariantOrUnknownOrEmpty::Item(known) => Some(known.name().to_string()),
        VariantOrUnknownOrEmpty::Unknown(other) => Some(other.clone()),
        VariantOrUnknownOrEmpty::Empty => None,
    }
}

fn additional_shape(additional: &Option<AdditionalProperties>) -> Option<Shape> {
    match additional {
        Some(AdditionalProperties::Schema(s)) => Some(shape_of(s)),
        Some(AdditionalProperties::Any(true)) => Some(Shape::Any),
        Some(AdditionalProperties::Any(false)) | None => None,
    }
}

/// The shape of an inline schema. An `allOf` of one schema is that schema: the export
/// wraps a `$ref` that way to give it `nullable` or a description.
pub fn schema_shape(schema: &Schema) -> Shape {
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => scalar("string", format_of(&s.format)),
        SchemaKind::Type(Type::Integer(i)) => scalar("integer", format_of(&i.format)),
        SchemaKind::Type(Type::Number(n)) => scalar("number", format_of(&n.format)),
        SchemaKind::Type(Type::Boolean(_)) => scalar("boolean", None),
        SchemaKind::Type(Type::Array(a)) => {
            Shape::Array(Box::new(a.items.as_ref().map_or(Shape::Any, shape_of)))
        }
        SchemaKind::Type(Type::Object(o)) => match additional_shape(&o.additional_properties) {
            Some(values) if o.properties.is_empty() => Shape::Map(Box::new(values)),
            _ => Shape::Object,
        },
        SchemaKind::AllOf { all_of } if all_of.len() == 1 => shape_of(&all_of[0]),
        SchemaKind::AllOf { .. } => Shape::Composite("allOf"),
        SchemaKind::OneOf { .. } => Shape::Composite("oneOf"),
        SchemaKind::AnyOf { .. } => Shape::Composite("anyOf"),
        SchemaKind::Not { .. } => Shape::Composite("not"),
        SchemaKind::Any(any) => {
            if any.all_of.len() == 1 && any.properties.is_empty() && any.typ.is_none() {
                return shape_of(&any.all_of[0]);
            }
            if !any.one_of.is_empty() {
                return Shape::Composite("oneOf");
            }
            if !any.any_of.is_empty() {
                return Shape::Composite("anyOf");
            }
            if !any.all_of.is_empty() {
                return Shape::Composite("allOf");
            }
            match any.typ.as_deref() {
                Some("array") => {
                    Shape::Array(Box::new(any.items.as_ref().map_or(Shape::Any, shape_of)))
                }
                Some("object") => match additional_shape(&any.additional_properties) {
                    Some(values) if any.properties.is_empty() => Shape::Map(Box::new(values)),
                    _ => Shape::Object,
                },
                Some(ty) => scalar(ty, any.format.clone()),
                None if !any.properties.is_empty() => Shape::Object,
                None => Shape::Any,
            }
        }
    }
}

/// The enum values a schema lists itself (not through a reference), as text.
pub fn own_enum(schema: &Schema) -> Option<Vec<String>> {
    fn text<T: ToString>(values: &[Option<T>]) -> Vec<String> {
        values
            .iter()
            .map(|v| v.as_ref().map_or_else(|| "null".to_string(), T::to_string))
            .collect()
    }
    let values = match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => text(&s.enumeration),
        SchemaKind::Type(Type::Integer(i)) => text(&i.enumeration),
        SchemaKind::Type(Type::Number(n)) => text(&n.enumeration),
        SchemaKind::Type(Type::Boolean(b)) => text(&b.enumeration),
        SchemaKind::Any(any) => any
            .enumeration
            .iter()
            .map(|v| match v {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            })
            .collect(),
        _ => Vec::new(),
    };
    (!values.is_empty()).then_some(values)
}
