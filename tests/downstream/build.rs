//! Generates the c2m client from its docs page (twice: on the runtime crate, and with
//! the runtime inlined), and the petstore client from its docs folder, at build time.

fn main() -> Result<(), mdclient::Error> {
    mdclient::Builder::new()
        .input("../../specs/c2m/002_94e56c8fdaca085b.txt")
        .name("c2m")
        .generate()?;
    // A folder, with `date`, `date-time` and `uuid` strings typed (Cargo.toml enables
    // the runtime's `chrono` and `uuid` features).
    mdclient::Builder::new()
        .input("../../specs/petstore/python")
        .name("petstore")
        .typed_formats(true)
        .generate()?;
    // The runtime written into the module too (Cargo.toml has its dependencies).
    mdclient::Builder::new()
        .input("../../specs/c2m/002_94e56c8fdaca085b.txt")
        .name("c2m_inline")
        .inline_runtime(true)
        .generate()?;
    Ok(())
}
