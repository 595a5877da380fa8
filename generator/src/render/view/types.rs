//! Rust spelling of spec types ([`TypeRef`]).

use std::collections::BTreeMap;

use crate::spec::TypeRef;

/// Spec model name -> the Rust identifier of its type in `models`.
pub(crate) type ModelIdents = BTreeMap<String, String>;

/// Where a type is spelled: inside `pub mod models` (models by bare name) or outside
/// it (`models::X`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    InModels,
    TopLevel,
}

/// The Rust type for `ty`: `String`, `Vec<models::Pet>`, `std::collections::BTreeMap<String, i64>`...
pub(crate) fn rust_type(ty: &TypeRef, models: &ModelIdents, place: Place) -> String {
    match ty {
        TypeRef::String
        | TypeRef::Date
        | TypeRef::DateTime
        | TypeRef::Uuid
        | TypeRef::Uri
        | TypeRef::Byte => "String".to_string(),
        TypeRef::Int32 => "i32".to_string(),
        TypeRef::Integer | TypeRef::Int64 => "i64".to_string(),
        TypeRef::Float => "f32".to_string(),
        TypeRef::Number | TypeRef::Double => "f64".to_string(),
        TypeRef::Boolean => "bool".to_string(),
        TypeRef::Binary => "Vec<u8>".to_string(),
        TypeRef::Any => "serde_json::Value".to_string(),
        TypeRef::Array(inner) => format!("Vec<{}>", rust_type(inner, models, place)),
        TypeRef::Map(inner) => format!(
            "std::collections::BTreeMap<String, {}>",
            rust_type(inner, models, place)
        ),
        // Every referenced model is in `models` (the view adds undocumented ones).
        TypeRef::Model(name) => match (models.get(name), place) {
            (Some(ident), Place::InModels) => ident.clone(),
            (Some(ident), Place::TopLevel) => format!("models::{ident}"),
            (None, _) => "serde_json::Value".to_string(),
        },
    }
}

/// What the docs say about a type that Rust spells as a plain `String` or number,
/// for the doc comment: `date-time` -> "Format: `date-time`."
pub(crate) fn format_note(ty: &TypeRef) -> Option<String> {
    let format = match ty {
        TypeRef::Date => "date",
        TypeRef::DateTime => "date-time",
        TypeRef::Uuid => "uuid",
        TypeRef::Uri => "uri",
        TypeRef::Byte => "byte (base64)",
        TypeRef::Array(inner) | TypeRef::Map(inner) => return format_note(inner),
        _ => return None,
    };
    Some(format!("Format: `{format}`."))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spells_every_kind() {
        let models: ModelIdents = [("pet".to_string(), "Pet".to_string())].into();
        let ty = |s: &str| TypeRef::parse(s).unwrap_or(TypeRef::Any);
        assert_eq!(
            rust_type(&ty("array<pet>"), &models, Place::TopLevel),
            "Vec<models::Pet>"
        );
        assert_eq!(
            rust_type(&ty("map<pet>"), &models, Place::InModels),
            "std::collections::BTreeMap<String, Pet>"
        );
        assert_eq!(rust_type(&ty("int32"), &models, Place::TopLevel), "i32");
        assert_eq!(rust_type(&ty("number"), &models, Place::TopLevel), "f64");
        assert_eq!(
            rust_type(&ty("binary"), &models, Place::TopLevel),
            "Vec<u8>"
        );
        assert_eq!(
            rust_type(&ty("date-time"), &models, Place::TopLevel),
            "String"
        );
        assert_eq!(
            format_note(&ty("array<uuid>")).as_deref(),
            Some("Format: `uuid`.")
        );
    }
}
