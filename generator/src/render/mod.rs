//! Rendering the intermediate spec as Rust source.
