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
    // A form operation with a query parameter: the docs list all its parameters
    // alike, with the form's Content-Type, and do not say which travel where.
    Allowed {
        folders: "sirius-r-httr2",
        kind: Kind::ParamRequired,
        at: "POST /api/",
        reason: "a multipart operation with query parameters: R docs do not say where \
                 each parameter travels; they are read as form fields",
    },
    Allowed {
        folders: "sirius-r-httr2",
        kind: Kind::ParamBaseType,
        at: "POST /api/",
        reason: "the same parameters, read as form fields",
    },
    Allowed {
        folders: "sirius-r-httr2",
        kind: Kind::ParamDefault,
        at: "POST /api/",
        reason: "the same parameters, read as form fields",
    },
    Allowed {
        folders: "sirius-r-httr2",
        kind: Kind::ParamEnum,
        at: "POST /api/",
        reason: "the same parameters, read as form fields",
    },
    Allowed {
        folders: "tagor-csharp",
        kind: Kind::ParamName,
        at: "POST /Pay/Finish",
        reason: "a form operation with a query parameter: csharp docs do not say where \
                 each parameter travels; it is read as a form field",
    },
    Allowed {
        folders: "tagor-csharp",
        kind: Kind::ParamRequired,
        at: "POST /Pay/Finish",
        reason: "the same parameter, read as a form field",
    },
    Allowed {
        folders: "bitmex-",
        kind: Kind::FormField,
        at: "DELETE /order",
        reason: "the wire names are plain words of the description (`Either an orderID or \
                 a clOrdID must be provided`), which prose also uses for concepts \
                 (datagalaxy: `Regenerate an integrationToken`); only code marks and \
                 example keys are read as spellings",
    },
    Allowed {
        folders: "sirius-py-swagger-3.0.35",
        kind: Kind::PropEnum,
        at: "",
        reason: "the values are explained in the description's prose (`FILTER: When \
                 filtering is enabled…`), not listed: no generator wording to read",
    },
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
