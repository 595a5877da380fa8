//! The one place that talks to `serde_yaml` (the `serde_norway` fork, see Cargo.toml).

use serde::{de::DeserializeOwned, Serialize};

/// Serializes any value (a [`super::Spec`], an OpenAPI document) as YAML.
pub fn to_yaml<T: Serialize>(value: &T) -> Result<String, String> {
    serde_yaml::to_string(value).map_err(|e| e.to_string())
}

/// Reads a value from YAML; the error names the line and column.
pub fn from_yaml<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    serde_yaml::from_str(text).map_err(|e| e.to_string())
}
