//! Generates the c2m client from its docs page at build time.

fn main() -> Result<(), mdclient::Error> {
    mdclient::Builder::new()
        .input("../../specs/c2m/002_94e56c8fdaca085b.txt")
        .name("c2m")
        .generate()?;
    Ok(())
}
