/// Generates a client from docs in a downstream `build.rs` (see the crate README).
#[derive(Debug, Clone, Default)]
pub struct Builder {}
