//! Tests only: see `tests/pet_only.rs`.
