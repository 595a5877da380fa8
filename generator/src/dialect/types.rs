//! Language type spellings (`Array<String>`, `list[str]`, `[]string`,
//! `map[string]int32`, `Hash<String, Object>`, `dict(str, Token)`) -> [`TypeRef`].
//!
//! The spellings of the families do not clash, so one reader serves every dialect.

use std::borrow::Cow;

use super::dialects::Dialect;
use crate::markdown::Link;
use crate::spec::{bracket_depth, TypeRef, MAX_TYPE_DEPTH};

/// Lower-cased language primitive -> type. `float` is ruby's and python's name for
/// every floating point format, so it maps to `number`.
const PRIMITIVES: &[(&str, TypeRef)] = &[
    ("string", TypeRef::String),
    ("str", TypeRef::String),
    ("strictstr", TypeRef::String),
    ("char", TypeRef::String),
    ("integer", TypeRef::Integer),
    ("int", TypeRef::Integer),
    ("strictint", TypeRef::Integer),
    ("int32", TypeRef::Int32),
    ("int64", TypeRef::Int64),
    ("long", TypeRef::Int64),
    ("float", TypeRef::Number),
    ("strictfloat", TypeRef::Number),
    ("float32", TypeRef::Float),
    ("float64", TypeRef::Double),
    ("double", TypeRef::Double),
    ("number", TypeRef::Number),
    ("decimal", TypeRef::Number),
    ("bigdecimal", TypeRef::Number),
    ("boolean", TypeRef::Boolean),
    ("bool", TypeRef::Boolean),
    ("strictbool", TypeRef::Boolean),
    ("date", TypeRef::Date),
    ("time", TypeRef::DateTime),
    ("time.time", TypeRef::DateTime),
    ("datetime", TypeRef::DateTime),
    ("date-time", TypeRef::DateTime),
    ("uuid", TypeRef::Uuid),
    ("file", TypeRef::Binary),
    ("binary", TypeRef::Binary),
    ("*os.file", TypeRef::Binary),
    ("os.file", TypeRef::Binary),
    ("file_type", TypeRef::Binary),
    ("bytearray", TypeRef::Binary),
    ("bytes", TypeRef::Binary),
    ("strictbytes", TypeRef::Binary),
    ("io.reader", TypeRef::Binary),
    ("byte[]", TypeRef::Byte),
    ("offsetdatetime", TypeRef::DateTime),
    ("localdate", TypeRef::Date),
    ("object", TypeRef::Any),
    ("interface{}", TypeRef::Any),
    ("any", TypeRef::Any),
];

/// Reads a type as a page spells it; `None` when it is not a type expression (or
/// nests deeper than [`MAX_TYPE_DEPTH`]: the reader then warns and keeps any JSON).
pub fn parse_type(text: &str) -> Option<TypeRef> {
    parse_type_with(text, &[])
}

/// [`parse_type`] where a dialect spells some primitives its own way (java's
/// `Integer` is an int32): `own` is checked first, at every nesting level.
pub fn parse_type_with(text: &str, own: &[(&str, TypeRef)]) -> Option<TypeRef> {
    if bracket_depth(text) > MAX_TYPE_DEPTH {
        return None;
    }
    let bare = bare_spelling(text);
    let t = bare.as_ref();
    let last = t.rsplit([':', '.', '\\']).next().unwrap_or(t);
    if let Some((_, ty)) = own.iter().find(|(k, _)| *k == t || *k == last) {
        return Some(ty.clone());
    }
    if t.is_empty() {
        return None;
    }
    // The families are tried in this order; the first that knows the spelling
    // decides, even when it finds no type in it.
    if let Some(ty) = whole_spelling(t, last) {
        return Some(ty);
    }
    julia_generic(t, own)
        .or_else(|| python_union(t, own))
        .or_else(|| annotated(t, own))
        .or_else(|| bracket_form(t, own))
        .or_else(|| generic_container(t, own))
        .unwrap_or_else(|| primitive_or_model(t))
}

/// The type's spelling without pointer stars, code marks, nullable marks and C#'s
/// doubling: `NSString*`, `` `Pet` ``, `int?`, `**Stream****Stream**`.
fn bare_spelling(text: &str) -> Cow<'_, str> {
    // objc `NSString*`, C `char *`, julia's backticks, eiffel's `detachable STRING_32`.
    let t = text
        .trim()
        .trim_matches(['*', '`', ' '])
        .trim_start_matches("detachable ")
        .trim();
    // C#: `int?`, `Pet?` (nullable spellings).
    let t = t.strip_suffix('?').map_or(t, str::trim_end);
    // C# 7.x writes some types twice: `**System.IO.Stream****System.IO.Stream**`.
    let unstarred = t.replace('*', "");
    let half = unstarred.len() / 2;
    let doubled = unstarred.len() % 2 == 0
        && half > 0
        && unstarred.is_char_boundary(half)
        && unstarred[..half] == unstarred[half..];
    if doubled {
        Cow::Owned(unstarred[..half].to_string())
    } else {
        Cow::Borrowed(t)
    }
}

/// Spellings that name their type whole: typescript literal unions (`'a' | 'b'`),
/// PowerShell's `System.Collections.Hashtable`, R's `Enum [a, b]`.
fn whole_spelling(t: &str, last: &str) -> Option<TypeRef> {
    // typescript: `'a' | 'b'` literal unions, `Array<'a' | 'b'>`.
    if !literal_values(t).is_empty() {
        return Some(match t.strip_prefix("Array<") {
            Some(_) => TypeRef::Array(Box::new(TypeRef::String)),
            None => TypeRef::String,
        });
    }
    // PowerShell: `System.Collections.Hashtable`.
    if matches!(last.to_ascii_lowercase().as_str(), "hashtable") {
        return Some(TypeRef::Map(Box::new(TypeRef::Any)));
    }
    // R: `Enum [a, b]`, an inline string enum.
    if t.starts_with("Enum [") {
        return Some(TypeRef::String);
    }
    None
}

/// julia's generics, `Vector{Pet}` and `Dict{String, Money}`; `None` when `t` is not
/// one, `Some(None)` for an unknown head.
fn julia_generic(t: &str, own: &[(&str, TypeRef)]) -> Option<Option<TypeRef>> {
    let (head, inner) = t
        .strip_suffix('}')
        .and_then(|r| r.split_once('{'))
        .filter(|(h, _)| !h.is_empty())?;
    Some(match head.trim() {
        "Vector" | "Array" | "Set" => parse_type_with(inner, own).map(|i| array_of(i, inner)),
        "Dict" => split_key_value(inner)
            .and_then(|v| parse_type_with(v, own))
            .map(|v| TypeRef::Map(Box::new(v))),
        // go's `map[string]interface{}` is no julia generic.
        _ => return None,
    })
}

/// python 5.x's unions, `[Tag], none_type` and `float, str`; `None` when `t` is not
/// one.
fn python_union(t: &str, own: &[(&str, TypeRef)]) -> Option<Option<TypeRef>> {
    // python 5.x: `[Tag], none_type` (nullable).
    if let Some(head) = t
        .strip_suffix(", none_type")
        .or_else(|| t.strip_suffix(",none_type"))
    {
        return Some(parse_type_with(head, own));
    }
    // python 5.x: `float, none_type` (nullable); several types: any JSON.
    if t.contains(", ") && !t.contains('<') && !t.contains('[') && !t.contains('(') {
        let kinds: Vec<&str> = t
            .split(',')
            .map(str::trim)
            .filter(|k| !k.is_empty() && *k != "none_type" && *k != "None")
            .collect();
        return Some(match kinds.as_slice() {
            [one] => parse_type_with(one, own),
            _ => Some(TypeRef::Any),
        });
    }
    None
}

/// A type with words around it: go's `optional.Interface of []string`, PowerShell's
/// `Account (PSCustomObject)`; `None` when `t` is neither.
fn annotated(t: &str, own: &[(&str, TypeRef)]) -> Option<Option<TypeRef>> {
    // swagger-codegen go: `optional.Interface of []string`.
    if let Some((_, inner)) = t.split_once(" of ") {
        return Some(parse_type_with(inner, own));
    }
    // PowerShell: `Account (PSCustomObject)`.
    if let Some((head, note)) = t.split_once(" (") {
        if note.ends_with(')') {
            return Some(parse_type_with(head, own));
        }
    }
    None
}

/// Containers spelled with brackets around or before the items: `Pet[]`, `[]Pet`,
/// `map[string]Pet`, `[Pet]`, `[String: Pet]`, `{String: Pet}`,
/// `{ [key: string]: Pet; }`; `None` when `t` is none of them.
fn bracket_form(t: &str, own: &[(&str, TypeRef)]) -> Option<Option<TypeRef>> {
    let parse_type = |t: &str| parse_type_with(t, own);
    let map = |v: TypeRef| TypeRef::Map(Box::new(v));
    // TypeScript: `{ [key: string]: Money; }`.
    if let Some(value) = t
        .strip_prefix('{')
        .and_then(|r| r.strip_suffix('}'))
        .and_then(|r| r.trim().strip_prefix("[key: string]:"))
    {
        return Some(parse_type(value.trim().trim_end_matches(';')).map(map));
    }
    // `Pet[]` (php, powershell, typescript, C#).
    if let Some(inner) = t
        .strip_suffix("[]")
        .filter(|i| !i.is_empty() && !i.ends_with("byte"))
    {
        return Some(parse_type(inner).map(|i| TypeRef::Array(Box::new(i))));
    }
    if let Some(inner) = t.strip_prefix("[]") {
        return Some(parse_type(inner).map(|i| TypeRef::Array(Box::new(i))));
    }
    if t == "map[string]interface{}" {
        return Some(Some(map(TypeRef::Any)));
    }
    if let Some(inner) = t.strip_prefix("map[string]") {
        return Some(parse_type(inner).map(map));
    }
    // `[Pet]` (older ruby, swift), `{String: Pet}` / `{str: (Pet,)}` (python 6.x).
    if let Some(inner) = strip(t, "[", "]") {
        // swift: `[String: Money]` is a map.
        if let Some(value) = split_key_value(inner).filter(|_| has_top_level(inner, ':')) {
            return Some(parse_type(value).map(map));
        }
        return Some(parse_type(inner).map(|i| array_of(i, inner)));
    }
    if let Some(inner) = strip(t, "{", "}") {
        return Some(split_key_value(inner).and_then(parse_type).map(map));
    }
    None
}

/// Generic containers and wrappers in any language: `List<Pet>`, `list[Pet]`,
/// `dict(str, Pet)`, `Future<Pet>`; `None` when `t` is not a generic this knows.
fn generic_container(t: &str, own: &[(&str, TypeRef)]) -> Option<Option<TypeRef>> {
    let parse_type = |t: &str| parse_type_with(t, own);
    // Generics in any language, package-qualified or not: `List<Pet>`, `list[Pet]`,
    // `dict(str, Pet)`, `kotlin.collections.Map<kotlin.String, Pet>`,
    // `std::collections::HashMap<String, Pet>`, `array<string,Pet>` (php).
    let (head, inner) = generic(t)?;
    let name = head
        .rsplit([':', '.', '\\'])
        .next()
        .unwrap_or(head)
        .to_ascii_lowercase();
    match name.as_str() {
        // Wrappers of a result: scala `ApiRequest[Pet]`, `Future<Pet>`, `Mono<Pet>`.
        "option" | "optional" | "nullable" | "apirequest" | "future" | "promise" | "mono" => {
            Some(parse_type(inner))
        }
        // rust: `chrono::DateTime<chrono::FixedOffset>`.
        "datetime" => Some(Some(TypeRef::DateTime)),
        "array" | "list" | "vec" | "set" | "hashset" | "seq" | "collection" | "ienumerable"
        | "icollection" | "ilist" | "readonlyarray" | "mutablelist" | "sequence" | "nsarray"
        | "nsmutablearray" | "builtlist" | "builtset" | "vector" | "list_t" => {
            Some(match split_key_value(inner) {
                // php's `array<string,Pet>` is a map.
                Some(value) => parse_type(value).map(|v| TypeRef::Map(Box::new(v))),
                None => parse_type(inner).map(|i| array_of(i, inner)),
            })
        }
        "map" | "hashmap" | "btreemap" | "dictionary" | "idictionary" | "dict" | "hash"
        | "record" | "mutablemap" | "nsdictionary" | "builtmap" | "string_table" => {
            // R `map(character)`, objc `NSDictionary<OAIMoney>*`, eiffel
            // `STRING_TABLE [MONEY]`: the values' type alone.
            let value = split_key_value(inner).unwrap_or(inner);
            Some(parse_type(value).map(|v| TypeRef::Map(Box::new(v))))
        }
        // Not a container we know (`byte[]`, `time.Time`): read it whole below.
        _ => None,
    }
}

/// A primitive (`int32`, go's `optional.String`) or a model, possibly
/// package-qualified (`models::Token`); `None` when `t` is not a name.
fn primitive_or_model(t: &str) -> Option<TypeRef> {
    let lower = t.to_ascii_lowercase();
    if let Some((_, ty)) = PRIMITIVES.iter().find(|(k, _)| *k == lower) {
        return Some(ty.clone());
    }
    // A model, possibly package-qualified: `models::Token`, `openapiclient.Token`,
    // or a qualified primitive such as go's `optional.String`.
    let name = t.rsplit([':', '.', '\\']).next().unwrap_or(t);
    let lower = name.to_ascii_lowercase();
    if let Some((_, ty)) = PRIMITIVES.iter().find(|(k, _)| *k == lower) {
        return Some(ty.clone());
    }
    // A model may start with a digit (`2FAConfig`); a bare number is no name.
    let valid = name.chars().any(char::is_alphabetic)
        && name.chars().all(|c| c.is_alphanumeric() || c == '_');
    valid.then(|| TypeRef::Model(name.to_string()))
}

/// The type a table cell or paragraph shows: [`parse_type_in`], where C's `list_t *`
/// takes its items' type from the page the cell links to (`[list_t](pet.md) *`).
pub fn parse_cell_type(text: &str, links: &[Link], dialect: &Dialect) -> Option<TypeRef> {
    let bare = text.trim().trim_matches(['*', ' ']);
    let linked = || {
        links
            .iter()
            .filter_map(|l| l.dest.rsplit('/').next()?.strip_suffix(".md"))
            .find(|page| !page.is_empty())
    };
    // A container named without its items, linked to the items' page: C
    // `[list_t](pet.md) *`, the markdown generator's `[**List**](Pet.md)`, PowerShell's
    // `[**System.Collections.Hashtable**](Money.md)`.
    let last = bare.rsplit(['.', ':']).next().unwrap_or(bare);
    match last.to_ascii_lowercase().as_str() {
        "hashtable" => {
            return Some(TypeRef::Map(Box::new(match linked() {
                Some(item) => parse_type_in(item, dialect)?,
                None => TypeRef::Any,
            })));
        }
        "list_t" | "list" | "array" | "set" => {
            return Some(TypeRef::Array(Box::new(match linked() {
                Some(item) => parse_type_in(item, dialect)?,
                None => TypeRef::Any,
            })));
        }
        "map" => {
            return Some(TypeRef::Map(Box::new(match linked() {
                Some(item) => parse_type_in(item, dialect)?,
                None => TypeRef::Any,
            })));
        }
        _ => {}
    }
    parse_type_in(text, dialect)
}

/// [`parse_type_with`] in a dialect: its own spellings, and its model names mapped to
/// the spec's (`OAIPet` -> `Pet`).
pub fn parse_type_in(text: &str, dialect: &Dialect) -> Option<TypeRef> {
    // Entities stay as written inside code spans: micronaut's `` `List&lt;Pet&gt;` ``.
    let decoded = crate::markdown::decode_entities(text);
    let text = decoded.trim();
    // A link Markdown could not read (a space in its target: eiffel's
    // `[**ARRAY [NATURAL_8]**](ARRAY [NATURAL_8].md)`) is its text.
    let text = match text.strip_prefix('[').and_then(|t| t.rsplit_once("](")) {
        Some((inner, dest)) if dest.ends_with(')') => inner.trim_matches('*'),
        _ => text,
    };
    let text = match text.strip_prefix('[').and_then(|t| t.strip_suffix(']')) {
        Some(inner) if dialect.bracketed_types => inner,
        _ => text,
    };
    // typescript 6.x+ sometimes follows the bracketed type with a second spelling:
    // `['a' | 'b']Array<'a' | 'b'>`; the bracketed one is the type.
    let text = match text.strip_prefix('[').and_then(|t| t.split_once(']')) {
        Some((inner, rest)) if dialect.bracketed_types && !rest.trim().is_empty() => inner,
        _ => text,
    };
    parse_type_with(text, dialect.types).map(|t| rename_models(t, dialect))
}

fn rename_models(ty: TypeRef, dialect: &Dialect) -> TypeRef {
    match ty {
        TypeRef::Model(name)
            if dialect
                .enum_suffix
                .is_some_and(|suffix| name.ends_with(suffix)) =>
        {
            TypeRef::String
        }
        TypeRef::Model(name) => TypeRef::Model(dialect.model_name(&name)),
        TypeRef::Array(inner) => TypeRef::Array(Box::new(rename_models(*inner, dialect))),
        TypeRef::Map(inner) => TypeRef::Map(Box::new(rename_models(*inner, dialect))),
        other => other,
    }
}

/// `Head<inner>`, `Head[inner]` or `Head(inner)`: the head and what the brackets hold.
fn generic(t: &str) -> Option<(&str, &str)> {
    let open = t.find(['<', '[', '('])?;
    let close = match t.as_bytes().get(open)? {
        b'<' => '>',
        b'[' => ']',
        _ => ')',
    };
    let inner = t.get(open + 1..)?.strip_suffix(close)?.trim();
    // eiffel: `LIST [PET]`.
    let head = t.get(..open)?.trim_end();
    (!head.is_empty()).then_some((head, inner))
}

/// Whether `c` occurs outside brackets (a `::` path separator does not count).
fn has_top_level(inner: &str, c: char) -> bool {
    let mut depth = 0i32;
    let bytes = inner.as_bytes();
    inner.char_indices().any(|(i, ch)| {
        match ch {
            '<' | '[' | '(' | '{' => depth += 1,
            '>' | ']' | ')' | '}' => depth -= 1,
            _ => {}
        }
        ch == c
            && depth == 0
            && bytes.get(i + 1) != Some(&b':')
            && (i == 0 || bytes.get(i - 1) != Some(&b':'))
    })
}

/// An array of `item`, except that an array of bytes (julia `Vector{UInt8}`, eiffel
/// `ARRAY [NATURAL_8]`, kotlin `Array<Byte>`) is a byte string.
fn array_of(item: TypeRef, spelled: &str) -> TypeRef {
    let word = spelled.trim().trim_matches(['*', ' ']);
    let word = word
        .rsplit([':', '.'])
        .next()
        .unwrap_or(word)
        .to_ascii_lowercase();
    if matches!(
        word.as_str(),
        "uint8" | "byte" | "natural_8" | "u8" | "int8"
    ) {
        return TypeRef::Byte;
    }
    TypeRef::Array(Box::new(item))
}

/// The values of a literal type: typescript's `'a' | 'b'` (or `Array<'a' | 'b'>`)
/// and typescript-fetch's `` `a`, `b` ``; empty when the text is not one.
pub fn literal_values(text: &str) -> Vec<String> {
    let t = text.trim().trim_matches(['*', ' ']);
    // R: `Enum [a, b]`, unquoted.
    if let Some(list) = t.strip_prefix("Enum [").and_then(|r| r.strip_suffix(']')) {
        return list
            .split(',')
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
            .collect();
    }
    // typescript's bracketed type followed by a second spelling: `['a' | 'b']Array<…>`.
    let t = match t.strip_prefix('[').and_then(|r| r.split_once(']')) {
        Some((inner, rest)) if !rest.trim().is_empty() => inner.trim_matches('*'),
        _ => t,
    };
    let t = t
        .strip_prefix("Array<")
        .and_then(|r| r.strip_suffix('>'))
        .unwrap_or(t);
    let t = t
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .unwrap_or(t);
    let separator = if t.contains('|') { '|' } else { ',' };
    let mut values = Vec::new();
    // One value in code marks is a type written as code (`` `UUID` ``), not a list.
    if t.starts_with('`') && !t.contains(separator) {
        return values;
    }
    for part in t.split(separator) {
        let part = part.trim();
        let quoted = ['\'', '"', '`'].into_iter().find_map(|q| {
            part.strip_prefix(q)
                .and_then(|r| r.strip_suffix(q))
                .filter(|v| !v.contains(q))
        });
        match quoted {
            Some(v) => values.push(v.to_string()),
            None => return Vec::new(),
        }
    }
    values
}

/// rust's `Option<T>`: the parameter or property may be left out.
pub fn is_option_wrapper(text: &str) -> bool {
    text.trim().trim_start_matches('*').starts_with("Option<")
}

fn strip<'a>(t: &'a str, open: &str, close: &str) -> Option<&'a str> {
    t.strip_prefix(open)?.strip_suffix(close)
}

/// The value type of `String, X` / `str, X` / `String: X` / `str: (X,)`.
fn split_key_value(inner: &str) -> Option<&str> {
    let mut depth = 0i32;
    let bytes = inner.as_bytes();
    for (i, c) in inner.char_indices() {
        match c {
            '<' | '[' | '(' | '{' => depth += 1,
            '>' | ']' | ')' | '}' => depth -= 1,
            // `models::Pet` is a path, not `key: value`.
            ':' if bytes.get(i + 1) == Some(&b':')
                || (i > 0 && bytes.get(i - 1) == Some(&b':')) => {}
            ',' | ':' if depth == 0 => {
                let value = inner.get(i + 1..)?.trim();
                // python 6.x writes tuples of allowed types: `(Token,)`.
                let value = value
                    .strip_prefix('(')
                    .and_then(|v| v.strip_suffix(')'))
                    .map_or(value, |v| v.trim_end_matches(',').trim());
                return Some(value);
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(text: &str) -> String {
        parse_type(text).map_or("-".into(), |t| t.to_string())
    }

    #[test]
    fn every_family_spelling() {
        assert_eq!(t("String"), "string");
        assert_eq!(t("**str**"), "string");
        assert_eq!(t("Array<TokenResponse>"), "array<TokenResponse>");
        assert_eq!(t("list[str]"), "array<string>");
        assert_eq!(t("[]int32"), "array<int32>");
        assert_eq!(t("map[string]float64"), "map<double>");
        assert_eq!(t("Hash<String, Object>"), "map<any>");
        assert_eq!(t("dict(str, Token)"), "map<Token>");
        assert_eq!(t("{str: (Token,)}"), "map<Token>");
        assert_eq!(t("Optional[datetime]"), "date-time");
        assert_eq!(t("*os.File"), "binary");
        assert_eq!(t("models::Token"), "Token");
        assert_eq!(t("Float"), "number");
        assert_eq!(t("optional.Int32"), "int32");
        assert_eq!(t("float, none_type"), "number");
        assert_eq!(t("[Tag], none_type"), "array<Tag>");
        assert_eq!(t("bool, date, str, none_type"), "any");
        assert_eq!(t("byte[]"), "byte");
        assert_eq!(
            t("\\OpenAPI\\Client\\Model\\InvoiceLine[]"),
            "array<InvoiceLine>"
        );
        assert_eq!(
            t("array<string,\\OpenAPI\\Client\\Model\\Money>"),
            "map<Money>"
        );
        assert_eq!(
            t("kotlin.collections.Map<kotlin.String, Money>"),
            "map<Money>"
        );
        assert_eq!(
            t("kotlin.collections.List<InvoiceLine>"),
            "array<InvoiceLine>"
        );
        assert_eq!(
            t("Option<std::collections::HashMap<String, String>>"),
            "map<string>"
        );
        assert_eq!(t("Dictionary<string, Money>"), "map<Money>");
        assert_eq!(t("{ [key: string]: Money; }"), "map<Money>");
        assert_eq!(t("Account (PSCustomObject)"), "Account");
        assert_eq!(t("Set<String>"), "array<string>");
        assert_eq!(t("optional.Interface of []string"), "array<string>");
        assert_eq!(t("not a type"), "-");
        assert_eq!(t("Array<>"), "-");
    }

    #[test]
    fn doubled_spellings() {
        assert_eq!(t("**System.IO.Stream****System.IO.Stream**"), "Stream");
    }

    #[test]
    fn csharp_nullable_spellings() {
        assert_eq!(t("double?"), "double");
        assert_eq!(t("ActionsSendMailRequest?"), "ActionsSendMailRequest");
        assert_eq!(t("List<Pet?>"), "array<Pet>");
    }

    #[test]
    fn typescript_literal_unions() {
        assert_eq!(t("'a' | 'b'"), "string");
        assert_eq!(t("Array<'available' | 'pending'>"), "array<string>");
        assert_eq!(
            literal_values("Array<'available' | 'pending'>"),
            ["available", "pending"]
        );
        assert_eq!(literal_values("`name`, `-name`"), ["name", "-name"]);
        assert!(literal_values("float, none_type").is_empty());
        assert!(literal_values("`UUID`").is_empty());
        assert_eq!(literal_values("'only'"), ["only"]);
    }

    #[test]
    fn maps_with_only_a_value_type() {
        assert_eq!(t("map(character)"), "map<character>");
        assert_eq!(t("NSDictionary<OAIMoney>*"), "map<OAIMoney>");
        assert_eq!(t("STRING_TABLE [MONEY]"), "map<MONEY>");
        assert_eq!(t("System.Collections.Hashtable"), "map<any>");
        assert_eq!(t("[String: Money]"), "map<Money>");
        assert_eq!(t("[String:String]"), "map<string>");
        assert_eq!(t("[crate::models::Pet]"), "array<Pet>");
    }

    #[test]
    fn byte_arrays_and_rust_dates() {
        assert_eq!(t("Vector{UInt8}"), "byte");
        assert_eq!(t("ARRAY [NATURAL_8]"), "byte");
        assert_eq!(t("kotlin.Array<kotlin.Byte>"), "byte");
        assert_eq!(t("chrono::DateTime<chrono::FixedOffset>"), "date-time");
        assert_eq!(t("Vec<::models::InvoiceLine>"), "array<InvoiceLine>");
    }

    #[test]
    fn a_type_nested_past_the_limit_is_not_read() {
        let deep = |n| format!("{}String{}", "Array<".repeat(n), ">".repeat(n));
        assert!(parse_type(&deep(MAX_TYPE_DEPTH)).is_some());
        assert_eq!(parse_type(&deep(MAX_TYPE_DEPTH + 1)), None);
        // Far past it, no stack overflow.
        assert_eq!(parse_type(&deep(200_000)), None);
    }
}
