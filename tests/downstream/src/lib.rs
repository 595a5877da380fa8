//! A downstream crate: its client is generated at build time by `mdclient::Builder`
//! (see build.rs) from the c2m docs page, and included here.

include!(concat!(env!("OUT_DIR"), "/c2m.rs"));
