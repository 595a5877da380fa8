//! Wire smoke tests of every fixture client: each operation called on a local server
//! (wiremock), its request checked on the wire and its documented response decoded.
//! build.rs renders one module of tests per fixture with
//! `mdclient::render::render_wire_smoke_tests`.

mod support;

include!(concat!(env!("OUT_DIR"), "/wire.rs"));
