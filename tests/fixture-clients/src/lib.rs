//! The clients mdclient recovers from every fixture docs folder, as modules of one
//! crate: building this crate (and `cargo clippy -- -D warnings` on it) proves that
//! each one compiles cleanly. See build.rs.

include!(concat!(env!("OUT_DIR"), "/fixtures.rs"));
