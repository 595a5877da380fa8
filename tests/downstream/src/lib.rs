//! A downstream crate: its client is generated at build time by `mdclient::Builder`
//! (see build.rs) from the c2m docs page, and included here.

include!(concat!(env!("OUT_DIR"), "/c2m.rs"));

/// The petstore client, its string formats typed (`Builder::typed_formats`).
pub mod petstore {
    include!(concat!(env!("OUT_DIR"), "/petstore.rs"));
}

/// The c2m client with the runtime as its module (`Builder::inline_runtime`).
pub mod inline {
    include!(concat!(env!("OUT_DIR"), "/c2m_inline.rs"));
}
