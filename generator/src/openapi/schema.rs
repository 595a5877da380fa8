//! Types, models and literals -> OpenAPI schemas.

use super::document::{Discriminator, Literal, Schema};
use super::OrderedMap;
use crate::spec::{Model, Property, TypeRef};

/// Where model schemas live; `$ref`s point here.
pub const SCHEMA_REF_PREFIX: &str = "#/components/schemas/";

/// Description given to a model the docs link to but ship no page for.
pub const UNDOCUMENTED_MODEL: &str =
    "The docs link to this model but ship no page for it: its shape is unknown, so any JSON value is accepted.";

/// The schema of a type: `int32` -> `{type: integer, format: int32}`,
/// `array<Pet>` -> `{type: array, items: {$ref: '#/components/schemas/Pet'}}`.
pub fn type_schema(ty: &TypeRef) -> Schema {
    let typed = |ty: &'static str, format: Option<&'static str>| Schema {
        ty: Some(ty),
        format,
        ..Schema::default()
    };
    match ty {
        TypeRef::String => typed("string", None),
        TypeRef::Integer => typed("integer", None),
        TypeRef::Int32 => typed("integer", Some("int32")),
        TypeRef::Int64 => typed("integer", Some("int64")),
        TypeRef::Number => typed("number", None),
        TypeRef::Float => typed("number", Some("float")),
        TypeRef::Double => typed("number", Some("double")),
        TypeRef::Boolean => typed("boolean", None),
        TypeRef::Date => typed("string", Some("date")),
        TypeRef::DateTime => typed("string", Some("date-time")),
        TypeRef::Uuid => typed("string", Some("uuid")),
        TypeRef::Uri => typed("string", Some("uri")),
        TypeRef::Byte => typed("string", Some("byte")),
        TypeRef::Binary => typed("string", Some("binary")),
        TypeRef::Any => Schema::default(),
        TypeRef::Array(inner) => Schema {
            items: Some(Box::new(type_schema(inner))),
            ..typed("array", None)
        },
        TypeRef::Map(inner) => Schema {
            additional_properties: Some(Box::new(type_schema(inner))),
            ..typed("object", None)
        },
        TypeRef::Model(name) => Schema {
            reference: Some(format!("{SCHEMA_REF_PREFIX}{name}")),
            ..Schema::default()
        },
    }
}

/// A value as the docs write it (`10`, `'asc'`, `True`), typed after `ty`.
///
/// Text that does not read as the type stays a string, as written.
pub fn literal(text: &str, ty: &TypeRef) -> Literal {
    let text = text.trim();
    match ty {
        TypeRef::Integer | TypeRef::Int32 | TypeRef::Int64 => {
            if let Ok(n) = text.parse() {
                return Literal::Int(n);
            }
        }
        TypeRef::Number | TypeRef::Float | TypeRef::Double => {
            if let Some(n) = text.parse::<f64>().ok().filter(|n| n.is_finite()) {
                return Literal::Number(n);
            }
        }
        TypeRef::Boolean => {
            if text.eq_ignore_ascii_case("true") {
                return Literal::Bool(true);
            }
            if text.eq_ignore_ascii_case("false") {
                return Literal::Bool(false);
            }
        }
        _ => {}
    }
    Literal::String(unquote(text).to_string())
}

fn unquote(text: &str) -> &str {
    for quote in ['\'', '"'] {
        if let Some(inner) = text.strip_prefix(quote).and_then(|t| t.strip_suffix(quote)) {
            return inner;
        }
    }
    text
}

/// The component schema of a model: an object, a string enum, or, for a model the
/// docs ship no page for, any JSON value marked `x-mdclient-undocumented`.
pub fn model_schema(model: &Model) -> Schema {
    let mut schema = if !model.documented {
        Schema {
            description: Some(match &model.description {
                Some(d) => format!("{d}\n\n{UNDOCUMENTED_MODEL}"),
                None => UNDOCUMENTED_MODEL.to_string(),
            }),
            undocumented: true,
            ..Schema::default()
        }
    } else if !model.one_of.is_empty() || !model.any_of.is_empty() {
        let refs = |names: &[String]| -> Vec<Schema> {
            names
                .iter()
                .map(|n| type_schema(&TypeRef::Model(n.clone())))
                .collect()
        };
        Schema {
            one_of: refs(&model.one_of),
            any_of: refs(&model.any_of),
            discriminator: model
                .discriminator
                .clone()
                .map(|property_name| Discriminator { property_name }),
            description: model.description.clone(),
            ..Schema::default()
        }
    } else if !model.enum_values.is_empty() {
        Schema {
            ty: Some("string"),
            enum_values: model
                .enum_values
                .iter()
                .map(|v| Literal::String(v.clone()))
                .collect(),
            description: model.description.clone(),
            ..Schema::default()
        }
    } else {
        let mut properties = OrderedMap::default();
        for p in &model.properties {
            properties.insert_new(p.wire_name.clone(), property_schema(p));
        }
        Schema {
            ty: Some("object"),
            description: model.description.clone(),
            required: model
                .properties
                .iter()
                .filter(|p| p.required)
                .map(|p| p.wire_name.clone())
                .collect(),
            properties,
            ..Schema::default()
        }
    };
    schema.inferred = model.inferred.clone();
    if model.documented {
        schema.source = Some(model.source.to_string());
    }
    schema
}

/// The schema of one object property, with its description, default and flags.
fn property_schema(p: &Property) -> Schema {
    let mut schema = type_schema(&p.ty);
    let needs_siblings = p.nullable
        || p.read_only
        || p.description.is_some()
        || p.default.is_some()
        || !p.inferred.is_empty();
    if schema.reference.is_some() && needs_siblings {
        schema = Schema {
            all_of: vec![schema],
            ..Schema::default()
        };
    }
    if !p.enum_values.is_empty() && schema.reference.is_none() && schema.all_of.is_empty() {
        schema.enum_values = p.enum_values.iter().map(|v| literal(v, &p.ty)).collect();
    }
    schema.nullable = p.nullable;
    schema.read_only = p.read_only;
    schema.description = p.description.clone();
    // Not next to a bare `$ref`, whose siblings OpenAPI 3.0 ignores.
    if schema.reference.is_none() {
        schema.source = Some(p.source.to_string());
    }
    // A default for a list, map or object (`const {}`, `[]`) is language syntax, not
    // a value we can type: left out, as for parameters.
    if p.ty.is_primitive() {
        schema.default = p.default.as_deref().map(|d| literal(d, &p.ty));
    }
    schema.inferred = p.inferred.clone();
    schema
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_follow_the_type() {
        assert_eq!(literal("10", &TypeRef::Int32), Literal::Int(10));
        assert_eq!(literal("True", &TypeRef::Boolean), Literal::Bool(true));
        assert_eq!(literal("2.5", &TypeRef::Double), Literal::Number(2.5));
        assert_eq!(
            literal("'asc'", &TypeRef::String),
            Literal::String("asc".into())
        );
        assert_eq!(
            literal("ten", &TypeRef::Integer),
            Literal::String("ten".into())
        );
    }

    #[test]
    fn nested_types_nest() {
        let ty = TypeRef::parse("map<array<Pet>>").unwrap();
        let schema = type_schema(&ty);
        assert_eq!(schema.ty, Some("object"));
        let items = schema.additional_properties.unwrap().items.unwrap();
        assert_eq!(items.reference.as_deref(), Some("#/components/schemas/Pet"));
    }
}
