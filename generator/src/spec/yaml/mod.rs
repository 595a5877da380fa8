//! The one place that talks to `serde_yaml` (the `serde_norway` fork, see Cargo.toml):
//! reading and writing specs, and the walks over a spec's YAML tree: [`overlay`]
//! (user corrections), [`explain`] (every inferred fact), [`fuse`] (one API's docs
//! in several languages) and the OpenAPI 3.1 form of an export ([`openapi31`]).

mod explain;
mod fuse;
mod openapi31;
mod overlay;

use serde::{de::DeserializeOwned, Serialize};

pub use explain::{explain, InferredFact};
pub use fuse::{fuse, Conflict};
pub use openapi31::to_openapi_31_yaml;
pub use overlay::apply_overrides;

/// Serializes any value (a [`super::Spec`], an OpenAPI document) as YAML.
pub fn to_yaml<T: Serialize>(value: &T) -> Result<String, String> {
    serde_yaml::to_string(value).map_err(|e| e.to_string())
}

/// Reads a value from YAML; the error names the line and column.
pub fn from_yaml<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    serde_yaml::from_str(text).map_err(|e| e.to_string())
}

/// A YAML value as one line of text: strings as they are, anything else in flow style.
fn flow(value: &serde_yaml::Value) -> String {
    match value {
        serde_yaml::Value::String(s) => s.clone(),
        other => serde_yaml::to_string(other)
            .map(|s| s.trim_end().replace('\n', " "))
            .unwrap_or_default(),
    }
}
