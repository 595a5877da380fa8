//! The one identifier sanitizer: every Rust identifier the renderer emits is made here.
//!
//! A name from the docs (`in-progress`, `2fa`, `type`, `X-Request-Id`) becomes an
//! identifier in three steps: anything that is not an ASCII letter or digit becomes a
//! word break, [`heck`] puts the words in the wanted case, and the result is made legal
//! (leading digit, keyword, empty). A [`Scope`] then keeps the identifiers of one
//! namespace distinct by appending a number, in the order names are asked for, so the
//! output is deterministic.

use std::collections::BTreeSet;

use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::{Ident, Span};

/// The case an identifier is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Case {
    /// `snake_case`: fields, parameters, methods.
    Snake,
    /// `PascalCase`: types and enum variants.
    Pascal,
}

/// Every keyword of every edition (strict and reserved). All are written `r#kw`,
/// except [`NOT_RAW`].
pub(crate) const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Keywords that cannot be raw identifiers; they get a trailing `_` instead.
const NOT_RAW: &[&str] = &["self", "Self", "super", "crate", "_"];

/// Names of the standard prelude (and `serde` derives) that generated code spells
/// bare; a type scope reserves them so a model named `Option` cannot shadow one.
pub(crate) const PRELUDE_TYPES: &[&str] = &[
    "AsMut",
    "AsRef",
    "Box",
    "Clone",
    "Copy",
    "Debug",
    "Default",
    "Deserialize",
    "DoubleEndedIterator",
    "Drop",
    "Eq",
    "Err",
    "ExactSizeIterator",
    "Extend",
    "Fn",
    "FnMut",
    "FnOnce",
    "From",
    "FromIterator",
    "Hash",
    "Into",
    "IntoIterator",
    "Iterator",
    "None",
    "Ok",
    "Option",
    "Ord",
    "PartialEq",
    "PartialOrd",
    "Result",
    "Send",
    "Serialize",
    "Sized",
    "Some",
    "String",
    "Sync",
    "ToOwned",
    "ToString",
    "TryFrom",
    "TryInto",
    "Unpin",
    "Vec",
];

/// Method names of common traits; an inherent method of that name would shadow the
/// trait's (`client.clone()`), so method scopes reserve them.
pub(crate) const TRAIT_METHODS: &[&str] = &[
    "add",
    "as_mut",
    "as_ref",
    "bitand",
    "bitor",
    "bitxor",
    "borrow",
    "borrow_mut",
    "clone",
    "clone_from",
    "cmp",
    "default",
    "deref",
    "deref_mut",
    "div",
    "drop",
    "eq",
    "fmt",
    "from",
    "from_iter",
    "from_str",
    "hash",
    "index",
    "index_mut",
    "into",
    "into_iter",
    "mul",
    "ne",
    "neg",
    "next",
    "not",
    "partial_cmp",
    "rem",
    "shl",
    "shr",
    "sub",
    "to_owned",
    "to_string",
    "try_from",
    "try_into",
    "type_id",
];

/// The namespaces of generated code, each with the names its fixed code takes. Every
/// [`Scope`] the renderer uses is made here, so what a name from the docs must avoid
/// is in one place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Namespace {
    /// Methods of `Client`: one per operation, one setter per scheme.
    ClientMethods,
    /// Types at the crate root: one request type and one error type per operation.
    RootTypes,
    /// The types of `models` (also the names the generic parameters of the
    /// hand-written serde impls in that module take: `S`, `D`).
    ModelTypes,
    /// Methods and fields of one operation's request builder: one per argument.
    BuilderMethods,
    /// Fields of one model struct.
    Fields,
    /// Variants of one string enum (`Unknown` holds what the docs do not list).
    EnumVariants,
    /// Variants of one composed model (`Other` holds what fits no alternative).
    Alternatives,
}

/// What `Client`'s fixed code defines (templates/client.rs.jinja).
pub(crate) const CLIENT_METHODS: &[&str] = &[
    "new",
    "with_http_client",
    "with_timeout",
    "with_user_agent",
    "with_retry",
    "with_request_hook",
    "base_url",
    "token",
    "core",
    // The `mock` module's own items, beside one function per operation.
    "client",
    "models",
    "formats",
];

/// Types the crate root defines or imports.
pub(crate) const ROOT_TYPES: &[&str] = &[
    "Client",
    "ApiResponse",
    "Error",
    "ByteStream",
    "SendBlocking",
];

/// Generic parameters of generated impls: `impl<S: Serializer>`, `D: Deserializer`,
/// the token setter's `F`.
pub(crate) const GENERIC_PARAMS: &[&str] = &["S", "D", "F", "T", "E"];

/// What each request builder's fixed code defines (templates/operations.rs.jinja):
/// its `client` field and its `call`, `send`, `send_streaming`, `into_future`,
/// `pages` and `items` methods (and `send_blocking` from the blocking trait); and
/// what each expectation of the `mock` module defines (`respond`, `expect`).
pub(crate) const BUILDER_METHODS: &[&str] = &[
    "client",
    "call",
    "send",
    "send_streaming",
    "send_blocking",
    "into_future",
    // The paging methods, and the `mock` expectations' own methods (beside one
    // setter per parameter).
    "pages",
    "items",
    "respond",
    "expect",
];

impl Namespace {
    /// An empty scope of this namespace, its fixed names reserved.
    pub(crate) fn scope(self) -> Scope {
        match self {
            Namespace::ClientMethods => Scope::new(Case::Snake, "call")
                .reserve(TRAIT_METHODS)
                .reserve(CLIENT_METHODS),
            Namespace::RootTypes => Scope::new(Case::Pascal, "Request")
                .reserve(PRELUDE_TYPES)
                .reserve(ROOT_TYPES)
                .reserve(GENERIC_PARAMS),
            Namespace::ModelTypes => Scope::new(Case::Pascal, "Model")
                .reserve(PRELUDE_TYPES)
                .reserve(GENERIC_PARAMS),
            Namespace::BuilderMethods => Scope::new(Case::Snake, "value")
                .reserve(TRAIT_METHODS)
                .reserve(BUILDER_METHODS),
            Namespace::Fields => Scope::new(Case::Snake, "field"),
            Namespace::EnumVariants => Scope::new(Case::Pascal, "Empty").reserve(&["Unknown"]),
            Namespace::Alternatives => Scope::new(Case::Pascal, "Variant").reserve(&["Other"]),
        }
    }
}

/// One namespace (the fields of a struct, the variants of an enum, the methods of a
/// type...) in which every identifier must be distinct.
#[derive(Debug, Clone)]
pub(crate) struct Scope {
    case: Case,
    fallback: &'static str,
    /// Identifiers handed out or reserved, without any `r#` prefix.
    taken: BTreeSet<String>,
}

impl Scope {
    /// An empty scope. `fallback` (already in `case`) names what has no usable
    /// characters, such as `""` or `"---"`.
    pub(crate) fn new(case: Case, fallback: &'static str) -> Self {
        Scope {
            case,
            fallback,
            taken: BTreeSet::new(),
        }
    }

    /// Marks names as used by fixed code, so names from the docs get a suffix instead.
    pub(crate) fn reserve(mut self, names: &[&str]) -> Self {
        self.taken.extend(names.iter().map(|n| n.to_string()));
        self
    }

    /// The identifier for `raw`, distinct from every other one of this scope.
    pub(crate) fn ident(&mut self, raw: &str) -> Ident {
        let base = sanitize(raw, self.case, self.fallback);
        let mut name = base.clone();
        let mut n = 2usize;
        while self.taken.contains(&name) {
            name = with_suffix(&base, n, self.case);
            n += 1;
        }
        self.taken.insert(name.clone());
        make_ident(&name, self.fallback)
    }
}

/// `raw` in `case`, made a legal identifier, without the `r#` a keyword needs.
fn sanitize(raw: &str, case: Case, fallback: &str) -> String {
    // heck only ever sees ASCII words: a Latin letter with a mark is the letter
    // (`Café` is `Cafe`), anything else is a word break.
    let mut words = String::with_capacity(raw.len());
    for c in raw.chars() {
        match c {
            c if c.is_ascii_alphanumeric() => words.push(c),
            c => words.push_str(fold_latin(c).unwrap_or(" ")),
        }
    }
    let mut name = match case {
        Case::Snake => words.to_snake_case(),
        Case::Pascal => words.to_upper_camel_case(),
    };
    name.retain(|c| c.is_ascii_alphanumeric() || c == '_');
    let name = name.trim_matches('_');
    let mut name = if name.is_empty() {
        fallback.to_string()
    } else {
        name.to_string()
    };
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert_str(0, if case == Case::Snake { "_" } else { "V" });
    }
    if NOT_RAW.contains(&name.as_str()) {
        name.push('_');
    }
    name
}

/// The ASCII letters a Latin letter with a diacritic (or a ligature) is written as.
fn fold_latin(c: char) -> Option<&'static str> {
    const FOLDS: &[(&str, &str)] = &[
        ("ÀÁÂÃÄÅĀĂĄ", "A"),
        ("àáâãäåāăą", "a"),
        ("ÇĆČĈĊ", "C"),
        ("çćčĉċ", "c"),
        ("ĎĐ", "D"),
        ("ďđ", "d"),
        ("ÈÉÊËĒĖĘĚ", "E"),
        ("èéêëēėęě", "e"),
        ("ĞĢ", "G"),
        ("ğģ", "g"),
        ("ÌÍÎÏĪİĮ", "I"),
        ("ìíîïīıį", "i"),
        ("Ķ", "K"),
        ("ķ", "k"),
        ("ŁĹĻĽ", "L"),
        ("łĺļľ", "l"),
        ("ÑŃŇŅ", "N"),
        ("ñńňņ", "n"),
        ("ÒÓÔÕÖØŌŐ", "O"),
        ("òóôõöøōő", "o"),
        ("ŔŘ", "R"),
        ("ŕř", "r"),
        ("ŚŠŞŜ", "S"),
        ("śšşŝ", "s"),
        ("ŤŢ", "T"),
        ("ťţ", "t"),
        ("ÙÚÛÜŪŮŰŲ", "U"),
        ("ùúûüūůűų", "u"),
        ("ÝŸ", "Y"),
        ("ýÿ", "y"),
        ("ŹŻŽ", "Z"),
        ("źżž", "z"),
        ("ß", "ss"),
        ("Æ", "AE"),
        ("æ", "ae"),
        ("Œ", "OE"),
        ("œ", "oe"),
        ("Þ", "TH"),
        ("þ", "th"),
    ];
    FOLDS
        .iter()
        .find(|(from, _)| from.contains(c))
        .map(|(_, to)| *to)
}

fn with_suffix(base: &str, n: usize, case: Case) -> String {
    let stem = base.trim_end_matches('_');
    match case {
        Case::Snake => format!("{stem}_{n}"),
        Case::Pascal => format!("{stem}{n}"),
    }
}

/// Whether `name` is a plain (non-raw) identifier once keywords are written raw.
fn is_legal(name: &str) -> bool {
    let mut chars = name.chars();
    let first_ok = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
    first_ok && chars.all(|c| c.is_ascii_alphanumeric() || c == '_') && !NOT_RAW.contains(&name)
}

/// Builds the token. [`sanitize`] only produces legal names; the check keeps
/// `Ident::new` (which panics on an illegal name) unreachable with a bad one anyway.
fn make_ident(name: &str, fallback: &str) -> Ident {
    let name = if is_legal(name) { name } else { fallback };
    if KEYWORDS.contains(&name) {
        Ident::new_raw(name, Span::call_site())
    } else {
        Ident::new(name, Span::call_site())
    }
}

/// Whether `name` is a keyword in some edition (used to validate crate names).
pub(crate) fn is_keyword(name: &str) -> bool {
    KEYWORDS.contains(&name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snake(raw: &str) -> String {
        Scope::new(Case::Snake, "value").ident(raw).to_string()
    }

    fn pascal(raw: &str) -> String {
        Scope::new(Case::Pascal, "Value").ident(raw).to_string()
    }

    #[test]
    fn converts_case() {
        assert_eq!(snake("tokenId"), "token_id");
        assert_eq!(snake("X-Request-Id"), "x_request_id");
        assert_eq!(snake("page size"), "page_size");
        assert_eq!(pascal("in-progress"), "InProgress");
        assert_eq!(pascal("token_info"), "TokenInfo");
        assert_eq!(pascal("HTTPResponse"), "HttpResponse");
    }

    #[test]
    fn strips_what_identifiers_cannot_hold() {
        assert_eq!(snake("a.b$c"), "a_b_c");
        assert_eq!(snake("}; fn evil() {"), "fn_evil");
        assert_eq!(pascal("Pet\"Name\\"), "PetName");
        assert_eq!(snake("Größe"), "grosse");
        assert_eq!(pascal("Café"), "Cafe");
        assert_eq!(snake("naïve façade"), "naive_facade");
    }

    #[test]
    fn leading_digit_gets_a_prefix() {
        assert_eq!(snake("2fa"), "_2fa");
        assert_eq!(pascal("2fa"), "V2fa");
        assert_eq!(pascal("404"), "V404");
    }

    #[test]
    fn keywords_become_raw_or_get_an_underscore() {
        assert_eq!(snake("type"), "r#type");
        assert_eq!(snake("match"), "r#match");
        assert_eq!(snake("gen"), "r#gen");
        assert_eq!(snake("self"), "self_");
        assert_eq!(snake("super"), "super_");
        assert_eq!(snake("crate"), "crate_");
        assert_eq!(pascal("self"), "Self_");
        assert_eq!(pascal("Self"), "Self_");
    }

    #[test]
    fn empty_names_fall_back() {
        assert_eq!(snake(""), "value");
        assert_eq!(snake("_"), "value");
        assert_eq!(snake("---"), "value");
        assert_eq!(pascal("日本"), "Value");
    }

    #[test]
    fn collisions_get_deterministic_suffixes() {
        let mut scope = Scope::new(Case::Snake, "value");
        let got: Vec<String> = ["foo", "Foo", "FOO", "foo_2", "type", "r#type"]
            .iter()
            .map(|n| scope.ident(n).to_string())
            .collect();
        // `r#type` is not an escape here: `#` is a word break, so it reads `r type`.
        assert_eq!(
            got,
            ["foo", "foo_2", "foo_3", "foo_2_2", "r#type", "r_type"]
        );

        let mut variants = Scope::new(Case::Pascal, "Empty").reserve(&["Unknown"]);
        let got: Vec<String> = ["in-progress", "in_progress", "InProgress", "unknown", ""]
            .iter()
            .map(|n| variants.ident(n).to_string())
            .collect();
        assert_eq!(
            got,
            [
                "InProgress",
                "InProgress2",
                "InProgress3",
                "Unknown2",
                "Empty"
            ]
        );
    }

    #[test]
    fn reserved_names_are_skipped() {
        let mut types = Scope::new(Case::Pascal, "Model").reserve(PRELUDE_TYPES);
        assert_eq!(types.ident("option").to_string(), "Option2");
        assert_eq!(types.ident("string").to_string(), "String2");
        let mut methods = Scope::new(Case::Snake, "call").reserve(TRAIT_METHODS);
        assert_eq!(methods.ident("clone").to_string(), "clone_2");
        assert_eq!(methods.ident("self").to_string(), "self_");
        assert_eq!(methods.ident("self").to_string(), "self_2");
    }

    #[test]
    fn every_output_is_a_legal_identifier() {
        let nasty = [
            "",
            " ",
            "\"",
            "\\",
            "*/",
            "]",
            "\n",
            "}; fn evil() {",
            "0",
            "_0",
            "r#",
            "é",
            "self",
            "Self",
            "_",
            "__",
            "a__b",
            "1.5",
            "-1",
            "crate",
            "dyn",
            "union",
        ];
        for case in [Case::Snake, Case::Pascal] {
            let mut scope = Scope::new(case, if case == Case::Snake { "v" } else { "V" });
            for raw in nasty {
                let ident = scope.ident(raw).to_string();
                let parsed: Result<syn::Ident, _> = syn::parse_str(&ident);
                assert!(parsed.is_ok(), "{raw:?} -> {ident:?}");
            }
        }
    }
}
