//! Exporting the intermediate spec as OpenAPI 3.0.3.
