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
        TypeRef::String | TypeRef::Uri | TypeRef::Byte => "String".to_string(),
        // The client's `formats` aliases: `String`, or typed behind a feature.
        TypeRef::Date | TypeRef::DateTime | TypeRef::Uuid => {
            let alias = Format::of(ty).map_or("String", Format::alias);
            match place {
                Place::InModels => format!("super::formats::{alias}"),
                Place::TopLevel => format!("formats::{alias}"),
            }
        }
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

/// A string format a client can type: its `formats` alias, and what it is with its
/// feature on (through the runtime's re-export, so the client needs no dependency).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Format {
    Date,
    DateTime,
    Uuid,
}

impl Format {
    pub(crate) fn of(ty: &TypeRef) -> Option<Format> {
        match ty {
            TypeRef::Date => Some(Format::Date),
            TypeRef::DateTime => Some(Format::DateTime),
            TypeRef::Uuid => Some(Format::Uuid),
            _ => None,
        }
    }

    /// The alias in the client's `formats` module.
    pub(crate) fn alias(self) -> &'static str {
        match self {
            Format::Date => "Date",
            Format::DateTime => "DateTime",
            Format::Uuid => "Uuid",
        }
    }

    /// The feature that types it (of the crate and of the runtime).
    pub(crate) fn feature(self) -> &'static str {
        match self {
            Format::Date | Format::DateTime => "chrono",
            Format::Uuid => "uuid",
        }
    }

    /// The type with the feature on.
    pub(crate) fn typed(self) -> &'static str {
        match self {
            Format::Date => "mdclient_runtime::chrono::NaiveDate",
            // The offset the server sent is kept, so the text goes back as it came.
            Format::DateTime => {
                "mdclient_runtime::chrono::DateTime<mdclient_runtime::chrono::FixedOffset>"
            }
            Format::Uuid => "mdclient_runtime::uuid::Uuid",
        }
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
            "formats::DateTime"
        );
        assert_eq!(
            rust_type(&ty("array<uuid>"), &models, Place::InModels),
            "Vec<super::formats::Uuid>"
        );
        assert_eq!(
            format_note(&ty("array<uuid>")).as_deref(),
            Some("Format: `uuid`.")
        );
    }
}
