//! Serde for generated models without a serde derive per model.
//!
//! `#[derive(Serialize, Deserialize)]` expands to a field enum, two visitors and a
//! sequence reader per struct, each generic over the (de)serializer; in a crate of
//! two thousand models that expansion was most of its build. A generated model
//! instead implements [`Model`]: two plain functions that read its fields from a JSON
//! object ([`Fields`]) and write them to one ([`Out`]), type-checked and compiled
//! once. Its `Serialize` and `Deserialize` impls are one line each, handing over to
//! [`serialize`] and [`deserialize`].
//!
//! On the wire nothing changes: fields keep their documented order, absent optional
//! fields are left out, unknown fields are ignored, a field may come under any of its
//! documented spellings. Models go through a `serde_json::Value`, so they (de)serialize
//! with any self-describing format (JSON, YAML, TOML...), not with formats that need
//! the type to drive them (bincode, postcard).

use serde::de::Error as _;
use serde::ser::{Error as _, SerializeMap as _};
use serde::Deserialize as _;
use serde_json::{Map, Value};

/// A model the generator wrote: how it reads from and writes to a JSON object.
pub trait Model: Sized {
    /// The model's name, for error messages.
    const NAME: &'static str;

    /// The model from its object's fields.
    fn read(fields: &mut Fields) -> Result<Self, FieldError>;

    /// The model's fields, in their documented order.
    fn write(&self, out: &mut Out);
}

/// Why a model could not be read: the field and what was wrong with it.
#[derive(Debug)]
pub struct FieldError(String);

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The fields of a received JSON object, taken out one by one.
pub struct Fields {
    map: Map<String, Value>,
}

impl Fields {
    /// The field `wire` (or the first of its `aliases` present) as `T`. A missing field
    /// reads as JSON `null`, so it is `None` for an `Option` and an error otherwise.
    pub fn get<T: serde::de::DeserializeOwned>(
        &mut self,
        wire: &'static str,
        aliases: &[&'static str],
    ) -> Result<T, FieldError> {
        // Only the decoding depends on `T`: every other step is compiled once.
        // (`match`, not `map_err`: a closure would be one more function per type.)
        match self.take(wire, aliases) {
            Some(value) => match T::deserialize(value) {
                Ok(value) => Ok(value),
                Err(e) => Err(invalid(wire, e)),
            },
            None => match T::deserialize(Value::Null) {
                Ok(value) => Ok(value),
                Err(_) => Err(missing(wire)),
            },
        }
    }

    fn take(&mut self, wire: &'static str, aliases: &[&'static str]) -> Option<Value> {
        if let Some(value) = self.map.remove(wire) {
            return Some(value);
        }
        aliases.iter().find_map(|name| self.map.remove(*name))
    }
}

fn invalid(wire: &str, e: serde_json::Error) -> FieldError {
    FieldError(format!("field `{wire}`: {e}"))
}

fn missing(wire: &str) -> FieldError {
    FieldError(format!("missing field `{wire}`"))
}

/// A model's fields on their way out, in order.
#[derive(Default)]
pub struct Out {
    fields: Vec<(&'static str, Value)>,
    error: Option<String>,
}

impl Out {
    /// Writes the field `wire`.
    pub fn put<T: serde::Serialize + ?Sized>(&mut self, wire: &'static str, value: &T) {
        let value = serde_json::to_value(value);
        self.push(wire, value);
    }

    /// Writes the field `wire` unless it is `None`.
    pub fn put_some<T: serde::Serialize>(&mut self, wire: &'static str, value: &Option<T>) {
        if let Some(value) = value {
            self.put(wire, value);
        }
    }

    fn push(&mut self, wire: &'static str, value: Result<Value, serde_json::Error>) {
        match value {
            Ok(value) => self.fields.push((wire, value)),
            Err(e) => {
                if self.error.is_none() {
                    self.error = Some(format!("field `{wire}`: {e}"));
                }
            }
        }
    }
}

/// `Serialize` for a [`Model`]: its fields as one object.
pub fn serialize<M: Model, S: serde::Serializer>(
    model: &M,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut out = Out::default();
    model.write(&mut out);
    write_object(M::NAME, out, serializer)
}

/// The part of [`serialize`] that does not depend on the model.
fn write_object<S: serde::Serializer>(
    name: &'static str,
    out: Out,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    if let Some(e) = out.error {
        return Err(S::Error::custom(format!("{name}: {e}")));
    }
    let mut map = serializer.serialize_map(Some(out.fields.len()))?;
    for (name, value) in &out.fields {
        map.serialize_entry(name, value)?;
    }
    map.end()
}

/// `Deserialize` for a [`Model`]: read from an object.
pub fn deserialize<'de, M: Model, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<M, D::Error> {
    let mut fields = read_object(M::NAME, deserializer)?;
    match M::read(&mut fields) {
        Ok(model) => Ok(model),
        Err(e) => Err(D::Error::custom(format!("{}: {e}", M::NAME))),
    }
}

/// The part of [`deserialize`] that does not depend on the model.
fn read_object<'de, D: serde::Deserializer<'de>>(
    name: &'static str,
    deserializer: D,
) -> Result<Fields, D::Error> {
    match Map::deserialize(deserializer) {
        Ok(map) => Ok(Fields { map }),
        Err(e) => Err(D::Error::custom(format!("{name}: {e}"))),
    }
}

/// The first alternative of a `oneOf` that reads `value`, for its `Deserialize`.
pub fn one_of<T: serde::de::DeserializeOwned>(value: &Value) -> Option<T> {
    T::deserialize(value.clone()).ok()
}

/// A value as JSON text, each model going through a `serde_json::Value` (what the
/// generated operations send).
pub fn to_json<T: serde::Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, serde_json::Error> {
    serde_json::to_vec(&serde_json::to_value(value)?)
}

/// JSON text as `T`, read through a `serde_json::Value`: every model's `Deserialize`
/// is then compiled for one deserializer only.
pub fn from_json<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, serde_json::Error> {
    serde_json::from_slice::<Value>(bytes).and_then(|value| T::deserialize(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq)]
    struct Pet {
        id: i64,
        name: Option<String>,
        tag: Option<String>,
    }

    impl Model for Pet {
        const NAME: &'static str = "Pet";
        fn read(f: &mut Fields) -> Result<Self, FieldError> {
            Ok(Pet {
                id: f.get("id", &[])?,
                name: f.get("name", &["petName"])?,
                tag: f.get("tag", &[])?,
            })
        }
        fn write(&self, out: &mut Out) {
            out.put("id", &self.id);
            out.put("name", &self.name);
            out.put_some("tag", &self.tag);
        }
    }

    impl serde::Serialize for Pet {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            serialize(self, s)
        }
    }

    impl<'de> serde::Deserialize<'de> for Pet {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            deserialize(d)
        }
    }

    #[test]
    fn fields_keep_their_order_and_absent_options_stay_out() {
        let pet = Pet {
            id: 7,
            name: None,
            tag: None,
        };
        assert_eq!(
            to_json(&pet).ok(),
            Some(br#"{"id":7,"name":null}"#.to_vec())
        );
        let pet = Pet {
            id: 7,
            name: Some("a".into()),
            tag: Some("b".into()),
        };
        assert_eq!(
            serde_json::to_string(&pet).ok().as_deref(),
            Some(r#"{"id":7,"name":"a","tag":"b"}"#)
        );
    }

    #[test]
    fn aliases_missing_options_and_unknown_fields_read() {
        let pet: Result<Pet, _> = from_json(br#"{"petName":"a","id":1,"extra":[1]}"#);
        assert_eq!(
            pet.ok(),
            Some(Pet {
                id: 1,
                name: Some("a".into()),
                tag: None
            })
        );
    }

    #[test]
    fn errors_name_the_model_and_the_field() {
        let missing = from_json::<Pet>(br#"{"name":"a"}"#)
            .err()
            .map(|e| e.to_string());
        assert_eq!(missing.as_deref(), Some("Pet: missing field `id`"));
        let wrong = from_json::<Pet>(br#"{"id":"x"}"#)
            .err()
            .map(|e| e.to_string());
        assert!(wrong.is_some_and(|m| m.starts_with("Pet: field `id`: invalid type")));
        let not_object = from_json::<Pet>(b"[1]").err().map(|e| e.to_string());
        assert!(not_object.is_some_and(|m| m.starts_with("Pet: invalid type")));
    }
}
