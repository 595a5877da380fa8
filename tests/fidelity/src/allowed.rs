//! The one reviewed list of carried facts the reader may miss, each with its reason.
//!
//! The ceiling oracle calls a fact carried when the docs' text shows it; an entry
//! here says why the reader still cannot (or should not) take it from there. An
//! entry that no longer matches any miss is stale and fails the suite, so the list
//! only shrinks as the reader improves.

use crate::compare::Miss;
use crate::kind::Kind;

/// An accepted miss: in the folders whose `spec/dialect` contains `folders` (`*`:
/// every folder), of `kind`, at places whose description contains `at` (empty: any).
#[derive(Debug)]
pub struct Allowed {
    pub folders: &'static str,
    pub kind: Kind,
    pub at: &'static str,
    pub reason: &'static str,
}

/// The accepted misses.
pub const ALLOWED: &[Allowed] = &[
    Allowed {
        folders: "gdscript-",
        kind: Kind::FormField,
        at: "",
        reason: "gdscript pages state no Content-Type: a form's fields are named in the \
                 signature, but nothing says they are form fields, so they are read as \
                 query parameters",
    },
    Allowed {
        folders: "gdscript-",
        kind: Kind::BodySchema,
        at: "",
        reason: "gdscript pages state no Content-Type: a form body (its fields named in \
                 the signature) is not told apart from query parameters",
    },
];

impl Allowed {
    pub fn matches(&self, folder: &str, miss: &Miss) -> bool {
        (self.folders == "*" || folder.contains(self.folders))
            && self.kind == miss.kind
            && miss.at.contains(self.at)
    }
}
