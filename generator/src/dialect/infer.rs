//! Named inference rules for facts the docs do not state. Each returns the inferred
//! value together with the rule, which is recorded in the spec's `inferred` map.

use heck::ToTrainCase;

use crate::spec::{SchemeKind, Source};

/// `tokenId`, `token_id`, `Token-ID` all normalize to `tokenid`.
pub fn normalize(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Words the SDK languages reserve; generators escape a name that is one of them
/// (`_self`, `var_self`, `type_`, `_file`).
const RESERVED: &[&str] = &[
    "abstract",
    "alias",
    "and",
    "as",
    "assert",
    "async",
    "await",
    "begin",
    "bool",
    "boolean",
    "break",
    "byte",
    "case",
    "catch",
    "chan",
    "char",
    "class",
    "const",
    "continue",
    "date",
    "datetime",
    "def",
    "default",
    "defer",
    "defined",
    "del",
    "dict",
    "do",
    "double",
    "elif",
    "else",
    "end",
    "ensure",
    "enum",
    "except",
    "extends",
    "false",
    "fallthrough",
    "file",
    "final",
    "finally",
    "float",
    "for",
    "from",
    "func",
    "global",
    "go",
    "goto",
    "if",
    "implements",
    "import",
    "in",
    "instanceof",
    "int",
    "interface",
    "is",
    "lambda",
    "list",
    "long",
    "map",
    "match",
    "module",
    "native",
    "new",
    "next",
    "nil",
    "none",
    "nonlocal",
    "not",
    "null",
    "object",
    "or",
    "package",
    "pass",
    "private",
    "property",
    "protected",
    "public",
    "raise",
    "range",
    "redo",
    "ref",
    "rescue",
    "retry",
    "return",
    "schema",
    "select",
    "self",
    "short",
    "static",
    "str",
    "struct",
    "super",
    "switch",
    "synchronized",
    "then",
    "this",
    "throw",
    "throws",
    "transient",
    "true",
    "try",
    "type",
    "undef",
    "unless",
    "until",
    "var",
    "void",
    "volatile",
    "when",
    "while",
    "with",
    "yield",
];

/// The name a generator escaped because it is a reserved word: `_self`, `var_self`,
/// `type_` -> `self`, `self`, `type`.
pub fn unescape_reserved(shown: &str) -> Option<String> {
    // C#: `varRef`.
    let camel = shown
        .strip_prefix("var")
        .filter(|r| r.starts_with(|c: char| c.is_ascii_uppercase()))
        .map(|r| r.to_ascii_lowercase());
    // rust: `r#type` (a raw identifier), `param_self`.
    if let Some(raw) = shown.strip_prefix("r#") {
        return Some(raw.to_string());
    }
    let rest = shown
        .strip_prefix("var_")
        .or_else(|| shown.strip_prefix("param_"))
        // gdscript: `some_match`.
        .or_else(|| shown.strip_prefix("some_"))
        .or_else(|| shown.strip_prefix('_'))
        .or_else(|| shown.strip_suffix('_'))
        .map(str::to_string)
        .or(camel)?;
    RESERVED
        .contains(&rest.to_ascii_lowercase().as_str())
        .then_some(rest)
}

/// Request headers that are parameters of well-known APIs, by normalized name.
const WELL_KNOWN_HEADERS: &[&str] = &[
    "Authorization",
    "If-Match",
    "If-None-Match",
    "If-Modified-Since",
    "If-Unmodified-Since",
    "Accept-Language",
    "Idempotency-Key",
    "Prefer",
    "Range",
    "User-Agent",
];

/// Whether a non-path, non-body parameter shown as `shown` is a header, and its
/// header name: `X-*` names (`x_request_id`, `xRequestId`, `X-Request-ID`) and
/// well-known request headers (`if_match` -> `If-Match`).
pub fn header_name(shown: &str) -> Option<(String, String)> {
    let norm = normalize(shown);
    if let Some(known) = WELL_KNOWN_HEADERS.iter().find(|h| normalize(h) == norm) {
        return Some((
            known.to_string(),
            format!("`{shown}` names the well-known request header `{known}`"),
        ));
    }
    let x_prefixed = shown.starts_with("X-")
        || shown.starts_with("x-")
        || shown.starts_with("x_")
        || shown.starts_with("X_")
        || (shown.starts_with('x') && shown.chars().nth(1).is_some_and(|c| c.is_ascii_uppercase()));
    if x_prefixed && shown.len() > 2 {
        let wire = if shown.contains('-') {
            shown.to_string()
        } else {
            shown.to_train_case()
        };
        return Some((
            wire.clone(),
            format!(
                "`{shown}` has the `X-` prefix of a custom request header: sent as header `{wire}`"
            ),
        ));
    }
    None
}

/// OAuth 2.0 token-request fields (RFC 6749 section 4, RFC 7523, RFC 8693,
/// RFC 7636, RFC 8628): a token endpoint's form fields are spelled this way on the
/// wire whatever case the SDK shows them in.
const OAUTH2_FIELDS: &[&str] = &[
    "grant_type",
    "client_id",
    "client_secret",
    "scope",
    "code",
    "redirect_uri",
    "refresh_token",
    "username",
    "password",
    "code_verifier",
    "assertion",
    "client_assertion",
    "client_assertion_type",
    "device_code",
    "audience",
    "resource",
    "subject_token",
    "subject_token_type",
    "actor_token",
    "actor_token_type",
    "requested_token_type",
];

/// True when the fields of a form include `grant_type` in any spelling: the body
/// is an OAuth 2.0 token request.
pub fn is_oauth2_token_form<'a>(mut fields: impl Iterator<Item = &'a str>) -> bool {
    fields.any(|f| normalize(f) == "granttype")
}

/// The RFC spelling of a token-request field shown as `shown` (`grantType`).
pub fn oauth2_field(shown: &str) -> Option<&'static str> {
    let norm = normalize(shown);
    OAUTH2_FIELDS.iter().copied().find(|f| normalize(f) == norm)
}

/// A scheme's kind guessed from its name when the page shows no configuration for it.
pub fn scheme_kind_from_name(name: &str) -> (SchemeKind, String) {
    let n = name.to_ascii_lowercase();
    let (kind, why) = if n.contains("basic") {
        (SchemeKind::Basic, "its name says `basic`")
    } else if n.contains("oauth") {
        (SchemeKind::Oauth2, "its name says `oauth`")
    } else if n.contains("bearer") || n.contains("jwt") {
        (SchemeKind::Bearer, "its name says bearer/JWT")
    } else if n.contains("token") {
        (
            SchemeKind::Bearer,
            "its name says `token`, which is sent as a bearer token",
        )
    } else if n.contains("key") {
        (SchemeKind::ApiKey, "its name says `key`")
    } else {
        (
            SchemeKind::Bearer,
            "no hint: bearer is the most common scheme",
        )
    };
    (
        kind,
        format!("the docs show no configuration for scheme `{name}`; {why}"),
    )
}

/// The value OpenAPI Generator adds to every enum when `enumUnknownDefaultCase` is
/// on (kotlin, swift, java...): the client's catch-all, not a value of the API.
pub fn is_unknown_enum_case(value: &str) -> bool {
    matches!(value, "unknown_default_open_api" | "11184809")
}

/// Rule: a re-cased name whose words the docs also show verbatim, in one spelling
/// (a path template, a name in backticks, an example's key), is spelled so.
pub fn wire_name_seen(seen: &str, at: &Source) -> String {
    format!("the docs spell this name `{seen}` verbatim at {at}")
}

/// Rule: a re-cased name takes the convention every name the docs show verbatim
/// follows.
pub fn wire_name_convention(style: &str, examples: &str) -> String {
    format!(
        "the names the docs show verbatim are {style} ({examples}); this one is assumed to be too"
    )
}

// The rules the reader records (`inferred:`), one function each, so that every
// guess is named in one place.

/// A parameter matched to its path slot in another spelling.
pub fn matched_to_slot(slot: &str, shown: &str) -> String {
    format!("path template names {{{slot}}}; matched to `{shown}` ignoring case and separators")
}

/// A form field of an OAuth 2.0 token request, spelled as RFC 6749 does.
pub fn rfc6749_spelling(shown: &str, rfc: &str) -> String {
    format!("an OAuth 2.0 token request (it has a grant_type field): RFC 6749 spells `{shown}` as `{rfc}`")
}

/// Parameters of an operation that consumes a form.
pub fn form_field() -> String {
    "the operation consumes a form; its non-path parameters are taken as form fields".into()
}

/// A form body's requiredness.
pub fn form_required() -> String {
    "a form body is required when any of its fields is".into()
}

/// A body with no stated Content-Type.
pub fn json_by_default() -> String {
    "no Content-Type is documented; JSON is assumed".into()
}

/// The parameter taken as the body.
pub fn the_structured_parameter(name: &str, method: &str) -> String {
    format!("`{name}` is the only structured parameter of a {method} that sends a body")
}

/// A header name rebuilt from its shown spelling.
pub fn header_rebuilt(shown: &str) -> String {
    format!("the header's spelling is rebuilt from `{shown}`; header names are case-insensitive")
}

/// A non-path parameter no mark places.
pub fn query_by_default() -> String {
    "the docs do not say where non-path parameters travel; not a header by name, so query".into()
}

/// An operation without success statuses.
pub fn any_2xx() -> String {
    "the page documents no success status code; any 2xx is taken as success".into()
}

/// An operation without an Authorization section.
pub fn no_authorization_section() -> String {
    "the page has no Authorization section; none assumed".into()
}

/// An operation with several schemes.
pub fn several_schemes() -> String {
    "the docs list several schemes without saying whether all are needed: each one configured is sent"
        .into()
}

/// A path slot without a parameter.
pub fn undocumented_slot() -> String {
    "path placeholder without a documented parameter: a required string".into()
}

/// A generator's escape of a keyword (`_self`, `varRef`, `r#type`).
pub fn keyword_escape(shown: &str, dialect: &str, word: &str) -> String {
    format!("`{shown}` is how {dialect} escapes the reserved word `{word}`")
}

/// bash spells each `_` of a property name out as `Underscore`
/// (`next_page_token` -> `nextUnderscorepageUnderscoretoken`): the name with them
/// put back, for bash pages only.
pub fn spelled_out_underscores(dialect: &str, shown: &str) -> Option<String> {
    if dialect != "bash" || !shown.contains("Underscore") {
        return None;
    }
    let wire = shown.replace("Underscore", "_");
    let plain = wire.split('_').all(|part| {
        !part.is_empty()
            && part
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
    });
    plain.then_some(wire)
}

/// The rule of [`spelled_out_underscores`].
pub fn underscore_escape(shown: &str, wire: &str) -> String {
    format!("bash spells each `_` out as `Underscore`: `{shown}` is `{wire}`")
}

/// A name a PascalCase dialect shows.
pub fn pascal_shown(dialect: &str, shown: &str) -> String {
    format!("{dialect} shows names in PascalCase (`{shown}`); the wire name is assumed to be lowerCamelCase")
}

/// A name a re-casing dialect shows, assumed verbatim.
pub fn as_shown(dialect: &str, case: &str, shown: &str) -> String {
    format!("{dialect} shows names in {case}; the wire name is assumed to be spelled as shown (`{shown}`)")
}

/// go's `(optional)` in the example's comment.
pub fn example_optional(line: usize) -> String {
    format!("the example at line {line} marks it `(optional)`")
}

/// An operation only the README lists.
pub fn readme_only() -> String {
    "known only from the README's endpoint list".into()
}

/// An OAuth2 token URL taken from the API's own token operation.
pub fn token_endpoint(id: &str) -> String {
    format!(
        "the docs give no token URL; `{id}` is the API's token endpoint (its form has grant_type)"
    )
}

/// Enum values taken from a parameter or property of the model's type.
pub fn enum_from_use(at: &Source) -> String {
    format!("the model's page lists no values; {at} lists them for a value of this type")
}

/// An API key with no stated location.
pub fn key_in_header() -> String {
    "API keys travel in a header unless the docs say otherwise".into()
}

/// An API key named only by its scheme.
pub fn key_named_as_scheme() -> String {
    "the docs do not name the key; the scheme name is used".into()
}

/// An API key that examples index by scheme name.
pub fn key_indexed_by_scheme(dialect: &str) -> String {
    format!("{dialect} examples index API keys by scheme name; the key's own name is not shown")
}

/// Where a named API key travels.
pub fn named_key_in_header(name: &str) -> String {
    if name.starts_with("X-") || name.starts_with("x-") {
        format!("the docs name only the key (`{name}`); an `X-` name is a request header")
    } else {
        format!("the docs name only the key (`{name}`); API keys travel in a header unless the docs say otherwise")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bash_underscores_spelled_out_are_put_back() {
        assert_eq!(
            spelled_out_underscores("bash", "nextUnderscorepageUnderscoretoken").as_deref(),
            Some("next_page_token")
        );
        assert_eq!(
            spelled_out_underscores("bash", "createdUnderscoreat").as_deref(),
            Some("created_at")
        );
        // Only bash, and only whole lower-case words around each one.
        assert_eq!(spelled_out_underscores("ruby", "taxUnderscorerate"), None);
        assert_eq!(spelled_out_underscores("bash", "showUnderscore"), None);
        assert_eq!(spelled_out_underscores("bash", "photoUrls"), None);
    }

    #[test]
    fn headers() {
        assert_eq!(header_name("x_request_id").unwrap().0, "X-Request-Id");
        assert_eq!(header_name("xRequestId").unwrap().0, "X-Request-Id");
        assert_eq!(header_name("X-Client-Id").unwrap().0, "X-Client-Id");
        assert_eq!(header_name("if_match").unwrap().0, "If-Match");
        assert_eq!(header_name("xml"), None);
        assert_eq!(header_name("page_size"), None);
    }

    #[test]
    fn reserved_word_escapes() {
        let u = |s: &str| unescape_reserved(s);
        assert_eq!(u("_self").as_deref(), Some("self"));
        assert_eq!(u("var_self").as_deref(), Some("self"));
        assert_eq!(u("type_").as_deref(), Some("type"));
        assert_eq!(u("_file").as_deref(), Some("file"));
        assert_eq!(u("varRef").as_deref(), Some("ref"));
        assert_eq!(u("variance"), None);
        assert_eq!(u("_internal"), None);
        assert_eq!(u("self"), None);
    }

    #[test]
    fn oauth2_fields() {
        assert!(is_oauth2_token_form(["grantType", "clientId"].into_iter()));
        assert_eq!(oauth2_field("clientSecret"), Some("client_secret"));
        assert_eq!(oauth2_field("client_id"), Some("client_id"));
        assert_eq!(oauth2_field("limit"), None);
    }

    #[test]
    fn scheme_names() {
        assert_eq!(
            scheme_kind_from_name("basicClientIdSecretAuth").0,
            SchemeKind::Basic
        );
        assert_eq!(
            scheme_kind_from_name("IntegrationToken").0,
            SchemeKind::Bearer
        );
        assert_eq!(scheme_kind_from_name("api_key").0, SchemeKind::ApiKey);
    }
}
