//! Wire smoke tests of a rendered client: per operation, one `#[tokio::test]` that calls
//! it on a local wiremock server with a sample value for every argument (optional ones
//! included) and every credential, then checks the request on the wire (method, path,
//! query, headers, cookies, body) and that the documented success response decodes.
//!
//! Sample values and what the request must carry are computed here, at generation
//! time, from the spec and from the view the client was rendered from, so every
//! identifier is the client's own; they reach the code only as literals
//! (`proc_macro2::Literal`), never as spliced text.

use std::collections::BTreeMap;
use std::str::FromStr;

use proc_macro2::{Literal, TokenStream};
use quote::quote;
use serde::Serialize;

use super::format;
use super::text::{code, doc_attributes};
use super::view::{self, OperationView, SchemeView};
use crate::spec::{Model, Operation, Spec, TypeRef};
use crate::Error;

/// What errors of this module name as their template.
const WHAT: &str = "wire smoke tests";

/// Items in a list sample.
const ITEMS: usize = 2;
/// Below this nesting depth lists and maps get items; deeper, they are empty.
const FULL_DEPTH: usize = 3;
/// A required model nested deeper than this cannot be built (it nests itself).
const MAX_DEPTH: usize = 8;

/// Renders the smoke tests of the client at `client_path` rendered from `spec`.
pub(crate) fn render(spec: &Spec, client_path: &str) -> Result<String, Error> {
    let view = view::build(spec)?;
    let client: syn::Path = syn::parse_str(client_path).map_err(|e| {
        render_error(format!(
            "`{client_path}` is not a Rust path to the client module: {e}"
        ))
    })?;
    let sampler = Sampler {
        models: &spec.models,
    };
    let base = base_path(spec);
    let operations = spec.apis.iter().flat_map(|api| &api.operations);
    let plans = operations
        .zip(&view.operations)
        .map(|(op, op_view)| plan(op, op_view, &view.schemes, &sampler, &base))
        .collect::<Result<Vec<_>, _>>()?;
    if plans.is_empty() {
        return Ok(String::new());
    }

    let mut items = vec![quote!(use #client::Client;)];
    if plans.iter().any(|p| p.uses_models) {
        items.push(quote!(use #client::models;));
    }
    items.push(support());
    for plan in &plans {
        items.push(test_fn(plan)?);
    }
    let file = format::parse(WHAT, &quote!(#(#items)*).to_string())?;
    Ok(prettyplease::unparse(&file))
}

fn render_error(message: String) -> Error {
    Error::Render {
        template: WHAT.to_string(),
        message,
    }
}

/// A JSON value, as the samples are built; objects keep their key order.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Sample {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Array(Vec<Sample>),
    Object(Vec<(String, Sample)>),
}

impl Sample {
    /// Compact JSON, as `serde_json::to_string` writes it.
    pub(crate) fn to_json(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out);
        out
    }

    fn write_json(&self, out: &mut String) {
        match self {
            Sample::Null => out.push_str("null"),
            Sample::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Sample::Int(i) => out.push_str(&i.to_string()),
            Sample::Float(f) if f.fract() == 0.0 => out.push_str(&format!("{f:.1}")),
            Sample::Float(f) => out.push_str(&f.to_string()),
            Sample::Str(s) => json_string(s, out),
            Sample::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write_json(out);
                }
                out.push(']');
            }
            Sample::Object(entries) => {
                out.push('{');
                for (i, (key, value)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    json_string(key, out);
                    out.push(':');
                    value.write_json(out);
                }
                out.push('}');
            }
        }
    }

    /// The wire texts of the value, like the runtime's `texts`: a string as it is,
    /// other scalars in JSON, one text per list item, nothing for null.
    pub(crate) fn texts(&self) -> Vec<String> {
        match self {
            Sample::Null => Vec::new(),
            Sample::Array(items) => items
                .iter()
                .filter(|item| **item != Sample::Null)
                .map(Sample::scalar_text)
                .collect(),
            other => vec![other.scalar_text()],
        }
    }

    /// One wire text, list items joined by commas (the runtime's `text`).
    pub(crate) fn text(&self) -> String {
        self.texts().join(",")
    }

    fn scalar_text(&self) -> String {
        match self {
            Sample::Str(s) => s.clone(),
            other => other.to_json(),
        }
    }
}

fn json_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The sample text of a string named `hint`: a space, a slash and a `?`, so a value
/// that is not encoded for its place shows.
pub(crate) fn sample_string(hint: &str) -> String {
    format!("{hint} x/y?z")
}

/// The sample bytes of a binary value named `hint`.
pub(crate) fn sample_bytes(hint: &str) -> Vec<u8> {
    format!("{hint} bytes").into_bytes()
}

/// Builds samples of spec types from the spec's models.
pub(crate) struct Sampler<'a> {
    pub models: &'a BTreeMap<String, Model>,
}

impl Sampler<'_> {
    /// A sample of `ty`, named `hint` (strings carry it); `gaps` collects what could
    /// not be built (the value then holds what could).
    pub(crate) fn value(
        &self,
        ty: &TypeRef,
        hint: &str,
        depth: usize,
        gaps: &mut Vec<String>,
    ) -> Sample {
        match ty {
            TypeRef::String
            | TypeRef::Date
            | TypeRef::DateTime
            | TypeRef::Uuid
            | TypeRef::Byte
            | TypeRef::Any => Sample::Str(sample_string(hint)),
            TypeRef::Integer | TypeRef::Int32 | TypeRef::Int64 => Sample::Int(7),
            TypeRef::Number | TypeRef::Float | TypeRef::Double => Sample::Float(1.5),
            TypeRef::Boolean => Sample::Bool(true),
            TypeRef::Binary => Sample::Array(
                sample_bytes(hint)
                    .into_iter()
                    .map(|b| Sample::Int(i64::from(b)))
                    .collect(),
            ),
            TypeRef::Array(inner) => {
                let items = if depth < FULL_DEPTH { ITEMS } else { 0 };
                Sample::Array(
                    (1..=items)
                        .map(|i| self.value(inner, &format!("{hint}{i}"), depth + 1, gaps))
                        .collect(),
                )
            }
            TypeRef::Map(inner) if depth < FULL_DEPTH => Sample::Object(vec![(
                "key".to_string(),
                self.value(inner, hint, depth + 1, gaps),
            )]),
            TypeRef::Map(_) => Sample::Object(Vec::new()),
            TypeRef::Model(name) => self.model(name, depth, gaps),
        }
    }

    /// A model: undocumented and property-less ones as `{}`, a composition as its
    /// first alternative, an enum as its first value, an object with its required
    /// properties only.
    fn model(&self, name: &str, depth: usize, gaps: &mut Vec<String>) -> Sample {
        let Some(model) = self.models.get(name).filter(|m| m.documented) else {
            return Sample::Object(Vec::new());
        };
        if !model.one_of.is_empty() || !model.any_of.is_empty() {
            let first = model
                .one_of
                .iter()
                .chain(&model.any_of)
                .find(|alt| self.models.contains_key(*alt) && alt.as_str() != name);
            return match first {
                Some(alt) if depth < MAX_DEPTH => self.model(alt, depth + 1, gaps),
                Some(_) => {
                    gaps.push(format!("`{name}` nests itself too deeply"));
                    Sample::Object(Vec::new())
                }
                None => Sample::Object(Vec::new()),
            };
        }
        if let Some(first) = model.enum_values.first() {
            return Sample::Str(first.clone());
        }
        if depth >= MAX_DEPTH {
            gaps.push(format!(
                "`{name}` nests itself through required properties; left empty at depth {MAX_DEPTH}"
            ));
            return Sample::Object(Vec::new());
        }
        let entries = model
            .properties
            .iter()
            .filter(|p| p.required)
            .map(|p| {
                let value = match (&p.ty, p.enum_values.first()) {
                    (TypeRef::String, Some(first)) => Sample::Str(first.clone()),
                    (ty, _) => {
                        let mut inner = Vec::new();
                        let value = self.value(ty, &p.wire_name, depth + 1, &mut inner);
                        if !inner.is_empty() && p.nullable {
                            Sample::Null
                        } else {
                            gaps.extend(inner);
                            value
                        }
                    }
                };
                (p.wire_name.clone(), value)
            })
            .collect();
        Sample::Object(entries)
    }
}

/// The path prefix of the first server URL (`https://host/v1` -> `/v1`), kept only when
/// it needs no encoding; the tests put the client there.
fn base_path(spec: &Spec) -> String {
    let Some(url) = spec.servers.first().map(|s| s.url.trim()) else {
        return String::new();
    };
    let after_host = match url.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("", |i| &rest[i..]),
        None => url,
    };
    let path = after_host
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .trim_end_matches('/');
    let plain = path.starts_with('/')
        && path
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/'));
    if plain {
        path.to_string()
    } else {
        String::new()
    }
}

/// A piece of a path segment: template text, or the text of an argument's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Piece {
    Lit(String),
    Value(String),
}

/// The path the request must have, relative to the server root: the base path, then
/// each segment with its values percent-encoded as the runtime does (all but RFC 3986
/// unreserved characters), and template text as the `url` crate writes it.
pub(crate) fn expected_path(base: &str, segments: &[Vec<Piece>]) -> String {
    let mut out = base.trim_end_matches('/').to_string();
    for segment in segments {
        out.push('/');
        for piece in segment {
            match piece {
                Piece::Lit(text) => encode(text, &mut out, |b| {
                    !b.is_ascii_control()
                        && b.is_ascii()
                        && !matches!(
                            b,
                            b' ' | b'"' | b'#' | b'<' | b'>' | b'?' | b'`' | b'{' | b'}'
                        )
                }),
                Piece::Value(text) => encode(text, &mut out, |b| {
                    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~')
                }),
            }
        }
    }
    out
}

fn encode(text: &str, out: &mut String, keep: impl Fn(u8) -> bool) {
    for b in text.bytes() {
        if keep(b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
}

/// The name a view enum has for the templates (`json`, `form_object`, `api_key`...).
fn tag(value: impl Serialize) -> String {
    minijinja::Value::from(minijinja::value::Serde(value))
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// How a test passes one argument.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ArgValue {
    Str(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    Bytes(Vec<u8>),
    /// `serde_json::from_str::<ty>(json)`.
    Json {
        ty: String,
        json: String,
    },
}

/// The body the request must carry.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum BodyCheck {
    None,
    Json { media: String, json: String },
    Raw { media: String, bytes: Vec<u8> },
    Form(Vec<(String, String)>),
    Multipart(Vec<(String, String)>),
}

/// The body the server answers with.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Reply {
    Empty,
    Json(String),
    Text(String),
    Bytes(Vec<u8>),
}

/// One operation's test: what it sends, what the request must carry, what comes back.
#[derive(Debug, Clone)]
pub(crate) struct Plan {
    pub id: String,
    /// The client method (and test) name.
    pub method: String,
    pub http_method: &'static str,
    pub template: String,
    pub base: String,
    /// Client setter and its dummy arguments, per scheme.
    pub credentials: Vec<(String, Vec<String>)>,
    /// Argument identifier, whether required, and its value (`None`: not set).
    pub args: Vec<(String, bool, Option<ArgValue>)>,
    pub path: String,
    pub query: Vec<(String, String)>,
    /// Lower-case name and value.
    pub headers: Vec<(String, String)>,
    pub cookies: Vec<String>,
    pub body: BodyCheck,
    pub status: u16,
    pub reply: Reply,
    /// What the test could not sample, for its doc comment.
    pub notes: Vec<String>,
    pub uses_models: bool,
}

/// The types of an operation's arguments, in the view's order: parameters, then
/// the form fields or the whole body.
fn arg_types(op: &Operation) -> Vec<&TypeRef> {
    let mut types: Vec<&TypeRef> = op.params.iter().map(|p| &p.ty).collect();
    if let Some(body) = &op.body {
        if body.fields.is_empty() {
            types.extend(body.ty.as_ref());
        } else {
            types.extend(body.fields.iter().map(|f| &f.ty));
        }
    }
    types
}

fn set_header(headers: &mut Vec<(String, String)>, name: &str, value: String) {
    let name = name.to_ascii_lowercase();
    headers.retain(|(n, _)| *n != name);
    headers.push((name, value));
}

/// The object entries of a model sample sent as form or multipart fields, each as
/// its texts.
fn object_texts(sample: &Sample) -> Vec<(String, String)> {
    match sample {
        Sample::Object(entries) => entries
            .iter()
            .flat_map(|(k, v)| v.texts().into_iter().map(move |t| (k.clone(), t)))
            .collect(),
        _ => Vec::new(),
    }
}

fn success_status(op: &Operation) -> u16 {
    let success: Vec<_> = op.responses.iter().filter(|r| r.is_success()).collect();
    success
        .iter()
        .find(|r| r.ty.is_some())
        .or(success.first())
        .and_then(|r| r.status.trim().parse::<u16>().ok())
        .filter(|s| (200..300).contains(s))
        .unwrap_or(200)
}

fn plan(
    op: &Operation,
    view: &OperationView,
    schemes: &[SchemeView],
    sampler: &Sampler<'_>,
    base: &str,
) -> Result<Plan, Error> {
    let types = arg_types(op);
    if types.len() != view.args.len() {
        return Err(render_error(format!(
            "operation `{}`: the view has {} arguments, the spec {}",
            op.id,
            view.args.len(),
            types.len()
        )));
    }
    let mut notes = Vec::new();
    let mut args = Vec::new();
    let mut path_values: BTreeMap<&str, String> = BTreeMap::new();
    let mut query = Vec::new();
    let mut headers = Vec::new();
    let mut cookies = Vec::new();
    let mut body = BodyCheck::None;
    let mut form = Vec::new();
    let mut uses_models = false;

    if let Some(accept) = &view.accept {
        set_header(&mut headers, "accept", accept.clone());
    }
    for (arg, ty) in view.args.iter().zip(types) {
        let hint = arg.ident.trim_start_matches("r#");
        let mut gaps = Vec::new();
        let send = tag(arg.send);
        let bytes = arg.arg_ty == "Vec<u8>";
        let (value, sample) = if bytes {
            let raw = sample_bytes(hint);
            let ints = raw.iter().map(|b| Sample::Int(i64::from(*b))).collect();
            (ArgValue::Bytes(raw), Sample::Array(ints))
        } else {
            let sample = sampler.value(ty, hint, 0, &mut gaps);
            let value = match (arg.arg_ty.as_str(), &sample) {
                ("impl Into<String>", Sample::Str(s)) => ArgValue::Str(s.clone()),
                ("i32" | "i64", Sample::Int(i)) => ArgValue::Int(*i),
                ("f32" | "f64", Sample::Float(f)) => ArgValue::Float(*f),
                ("bool", Sample::Bool(b)) => ArgValue::Bool(*b),
                (ty, sample) => {
                    uses_models |= ty.contains("models::");
                    ArgValue::Json {
                        ty: ty.to_string(),
                        json: sample.to_json(),
                    }
                }
            };
            (value, sample)
        };
        if !gaps.is_empty() {
            let gaps = gaps.join("; ");
            if !arg.required {
                notes.push(format!(
                    "`{}` is not set: no complete sample of it could be built ({gaps}).",
                    arg.ident
                ));
                args.push((arg.ident.clone(), false, None));
                continue;
            }
            notes.push(format!(
                "The sample of `{}` is incomplete ({gaps}); the call is made with it anyway.",
                arg.ident
            ));
        }
        let wire = arg.wire.as_str();
        match send.as_str() {
            "path" => {
                path_values.insert(arg.ident.as_str(), sample.text());
            }
            "query" => query.extend(sample.texts().into_iter().map(|t| (wire.to_string(), t))),
            "header" => {
                if !sample.texts().is_empty() {
                    set_header(&mut headers, wire, sample.text());
                }
            }
            "cookie" => {
                if !sample.texts().is_empty() {
                    cookies.push(format!("{wire}={}", sample.text()));
                }
            }
            "json" => {
                body = BodyCheck::Json {
                    media: wire.to_string(),
                    json: sample.to_json(),
                }
            }
            "text" => {
                body = BodyCheck::Raw {
                    media: wire.to_string(),
                    bytes: sample.scalar_text().into_bytes(),
                }
            }
            "bytes" => {
                if let ArgValue::Bytes(raw) = &value {
                    body = BodyCheck::Raw {
                        media: wire.to_string(),
                        bytes: raw.clone(),
                    }
                }
            }
            "form" => {
                form.extend(sample.texts().into_iter().map(|t| (wire.to_string(), t)));
                body = BodyCheck::Form(Vec::new());
            }
            "form_object" => {
                form.extend(object_texts(&sample));
                body = BodyCheck::Form(Vec::new());
            }
            "multipart" => {
                form.extend(sample.texts().into_iter().map(|t| (wire.to_string(), t)));
                body = BodyCheck::Multipart(Vec::new());
            }
            "multipart_object" => {
                form.extend(object_texts(&sample));
                body = BodyCheck::Multipart(Vec::new());
            }
            "multipart_file" => {
                if let ArgValue::Bytes(raw) = &value {
                    form.push((wire.to_string(), String::from_utf8_lossy(raw).into_owned()));
                }
                body = BodyCheck::Multipart(Vec::new());
            }
            other => {
                return Err(render_error(format!(
                    "operation `{}`: argument `{}` is sent as `{other}`, which the smoke tests do not know",
                    op.id, arg.ident
                )))
            }
        }
        args.push((arg.ident.clone(), arg.required, Some(value)));
    }
    body = match body {
        BodyCheck::Form(_) => BodyCheck::Form(form),
        BodyCheck::Multipart(_) => BodyCheck::Multipart(form),
        other => other,
    };

    let segments: Vec<Vec<Piece>> = view
        .path
        .iter()
        .map(|segment| {
            segment
                .iter()
                .map(|piece| match (&piece.lit, &piece.arg) {
                    (_, Some(arg)) => {
                        Piece::Value(path_values.get(arg.as_str()).cloned().unwrap_or_default())
                    }
                    (Some(text), None) => Piece::Lit(text.clone()),
                    (None, None) => Piece::Lit(String::new()),
                })
                .collect()
        })
        .collect();

    let credentials = schemes
        .iter()
        .map(|s| (s.setter.clone(), dummy(s)))
        .collect();
    authorize(view, schemes, &mut headers, &mut query, &mut cookies);

    let mut gaps = Vec::new();
    let reply = match tag(view.decode).as_str() {
        "empty" => Reply::Empty,
        "bytes" => Reply::Bytes(sample_bytes("response")),
        "text" => Reply::Text(sample_string("response")),
        _ => Reply::Json(match op.success_type() {
            Some(ty) => sampler.value(ty, "response", 0, &mut gaps).to_json(),
            None => "null".to_string(),
        }),
    };
    if !gaps.is_empty() {
        notes.push(format!(
            "The sample response is incomplete ({}); it may not decode.",
            gaps.join("; ")
        ));
    }

    Ok(Plan {
        id: op.id.clone(),
        method: view.method.clone(),
        http_method: view.http_method,
        template: op.path.clone(),
        base: base.to_string(),
        credentials,
        args,
        path: expected_path(base, &segments),
        query,
        headers,
        cookies,
        body,
        status: success_status(op),
        reply,
        notes,
        uses_models,
    })
}

/// The dummy arguments of a scheme's setter: a token, a key, or a user and password.
fn dummy(scheme: &SchemeView) -> Vec<String> {
    let name = scheme
        .setter
        .trim_start_matches("r#")
        .trim_start_matches("with_");
    match tag(scheme.kind).as_str() {
        "basic" => vec![format!("{name}-user"), format!("{name}-password")],
        "api_key" => vec![format!("{name}-key")],
        _ => vec![format!("{name}-token")],
    }
}

/// The credentials the runtime sends for `op`: each of its schemes in order, except
/// one aimed at a header, parameter or cookie an earlier one already set.
fn authorize(
    op: &OperationView,
    schemes: &[SchemeView],
    headers: &mut Vec<(String, String)>,
    query: &mut Vec<(String, String)>,
    cookies: &mut Vec<String>,
) {
    let mut targets: Vec<(&str, String)> = Vec::new();
    for name in &op.security {
        let Some(scheme) = schemes.iter().find(|s| s.name == *name) else {
            continue;
        };
        let values = dummy(scheme);
        let kind = tag(scheme.kind);
        let target = match (kind.as_str(), scheme.key_in) {
            ("api_key", "Header") => ("Header", scheme.key_name.to_ascii_lowercase()),
            ("api_key", key_in) => (key_in, scheme.key_name.clone()),
            _ => ("Header", "authorization".to_string()),
        };
        if targets.contains(&target) {
            continue;
        }
        targets.push(target);
        let first = values.first().cloned().unwrap_or_default();
        match (kind.as_str(), scheme.key_in) {
            ("basic", _) => {
                let secret = values.join(":");
                set_header(
                    headers,
                    "authorization",
                    format!("Basic {}", base64(secret.as_bytes())),
                );
            }
            ("api_key", "Header") => set_header(headers, &scheme.key_name, first),
            ("api_key", "Query") => query.push((scheme.key_name.clone(), first)),
            ("api_key", _) => cookies.push(format!("{}={first}", scheme.key_name)),
            _ => set_header(headers, "authorization", format!("Bearer {first}")),
        }
    }
}

/// Standard base64 with padding (HTTP basic authentication).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let byte = |i: usize| u32::from(chunk.get(i).copied().unwrap_or(0));
        let n = (byte(0) << 16) | (byte(1) << 8) | byte(2);
        for i in 0..4 {
            if i <= chunk.len() {
                let index = ((n >> (18 - 6 * i)) & 63) as usize;
                out.push(char::from(ALPHABET.get(index).copied().unwrap_or(b'=')));
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn ident(text: &str) -> Result<syn::Ident, Error> {
    syn::parse_str(text).map_err(|e| render_error(format!("`{text}` is not an identifier: {e}")))
}

fn doc(text: &str) -> Result<TokenStream, Error> {
    TokenStream::from_str(&doc_attributes(text))
        .map_err(|e| render_error(format!("a doc comment did not lex: {e}")))
}

fn arg_expr(value: &ArgValue, what: &str) -> Result<TokenStream, Error> {
    Ok(match value {
        ArgValue::Str(s) => {
            let s = Literal::string(s);
            quote!(#s)
        }
        ArgValue::Int(i) => {
            let i = Literal::i64_unsuffixed(*i);
            quote!(#i)
        }
        ArgValue::Float(f) => {
            let f = Literal::f64_unsuffixed(*f);
            quote!(#f)
        }
        ArgValue::Bool(true) => quote!(true),
        ArgValue::Bool(false) => quote!(false),
        ArgValue::Bytes(bytes) => {
            let bytes = Literal::byte_string(bytes);
            quote!(#bytes.to_vec())
        }
        ArgValue::Json { ty, json } => {
            let ty: syn::Type = syn::parse_str(ty)
                .map_err(|e| render_error(format!("`{ty}` is not a Rust type: {e}")))?;
            let json = Literal::string(json);
            let message = Literal::string(&format!("the sample of `{what}` decodes"));
            quote!(serde_json::from_str::<#ty>(#json).expect(#message))
        }
    })
}

fn pairs(pairs: &[(String, String)]) -> TokenStream {
    let items = pairs.iter().map(|(k, v)| {
        let (k, v) = (Literal::string(k), Literal::string(v));
        quote!((#k, #v))
    });
    quote!(&[#(#items),*])
}

fn test_fn(plan: &Plan) -> Result<TokenStream, Error> {
    let name = ident(&plan.method)?;
    let mut text = format!(
        "Calls {} ({}) on a local server, with a sample value for every argument and a \
         credential for every scheme; checks the request on the wire and that the \
         documented {} response decodes.",
        code(&plan.id),
        code(&format!("{} {}", plan.http_method, plan.template)),
        plan.status
    );
    for note in &plan.notes {
        text.push_str("\n\n");
        text.push_str(note);
    }
    let doc = doc(&text)?;
    let status = Literal::u16_unsuffixed(plan.status);
    let respond = match &plan.reply {
        Reply::Empty => quote!(wiremock::ResponseTemplate::new(#status)),
        Reply::Json(json) => {
            let json = Literal::string(json);
            quote!(wiremock::ResponseTemplate::new(#status).set_body_raw(#json, "application/json"))
        }
        Reply::Text(text) => {
            let text = Literal::string(text);
            quote!(wiremock::ResponseTemplate::new(#status).set_body_raw(#text, "text/plain"))
        }
        Reply::Bytes(bytes) => {
            let bytes = Literal::byte_string(bytes);
            quote!(wiremock::ResponseTemplate::new(#status)
                .set_body_raw(#bytes.to_vec(), "application/octet-stream"))
        }
    };
    let base_url = if plan.base.is_empty() {
        quote!(server.uri())
    } else {
        let base = Literal::string(&plan.base);
        quote!(server.uri() + #base)
    };
    let credentials = plan
        .credentials
        .iter()
        .map(|(setter, values)| {
            let setter = ident(setter)?;
            let values = values.iter().map(|v| Literal::string(v));
            Ok(quote!(.#setter(#(#values),*)))
        })
        .collect::<Result<Vec<_>, Error>>()?;
    let mut required = Vec::new();
    let mut optional = Vec::new();
    for (arg, is_required, value) in &plan.args {
        let Some(value) = value else { continue };
        let expr = arg_expr(value, arg)?;
        if *is_required {
            required.push(expr);
        } else {
            let setter = ident(arg)?;
            optional.push(quote!(.#setter(#expr)));
        }
    }

    let id = Literal::string(&plan.id);
    let http_method = Literal::string(plan.http_method);
    let path = Literal::string(&plan.path);
    let query = pairs(&plan.query);
    let headers = plan.headers.iter().map(|(name, value)| {
        let message = Literal::string(&format!("the `{name}` header"));
        let (name, value) = (Literal::string(name), Literal::string(value));
        quote!(assert_eq!(support::header(&request, #name).as_deref(), Some(#value), #message);)
    });
    let cookies = if plan.cookies.is_empty() {
        quote!()
    } else {
        let cookies = Literal::string(&plan.cookies.join("; "));
        quote!(assert_eq!(support::header(&request, "cookie").as_deref(), Some(#cookies), "the cookies");)
    };
    let body = match &plan.body {
        BodyCheck::None => quote! {
            assert!(request.body.is_empty(), "no body is sent: {:?}", String::from_utf8_lossy(&request.body));
        },
        BodyCheck::Json { media, json } => {
            let (media, json) = (Literal::string(media), Literal::string(json));
            quote! {
                assert_eq!(support::header(&request, "content-type").as_deref(), Some(#media), "the content type");
                let body: serde_json::Value = serde_json::from_slice(&request.body).expect("the body is JSON");
                assert_eq!(body, serde_json::from_str::<serde_json::Value>(#json).expect("the sample is JSON"), "the JSON body");
            }
        }
        BodyCheck::Raw { media, bytes } => {
            let (media, bytes) = (Literal::string(media), Literal::byte_string(bytes));
            quote! {
                assert_eq!(support::header(&request, "content-type").as_deref(), Some(#media), "the content type");
                assert_eq!(request.body, #bytes, "the body");
            }
        }
        BodyCheck::Form(fields) => {
            let fields = pairs(fields);
            quote! {
                assert_eq!(support::header(&request, "content-type").as_deref(), Some("application/x-www-form-urlencoded"), "the content type");
                support::assert_pairs("the form fields", support::form(&request), #fields);
            }
        }
        BodyCheck::Multipart(fields) => {
            let fields = pairs(fields);
            quote! {
                let content_type = support::header(&request, "content-type").unwrap_or_default();
                assert!(content_type.starts_with("multipart/form-data; boundary="), "the content type: {content_type}");
                support::assert_pairs("the multipart fields", support::multipart(&request), #fields);
            }
        }
    };

    Ok(quote! {
        #doc
        #[tokio::test]
        async fn #name() {
            let server = wiremock::MockServer::start().await;
            wiremock::Mock::given(wiremock::matchers::any())
                .respond_with(#respond)
                .mount(&server)
                .await;
            let client = Client::new(#base_url) #(#credentials)*;
            let result = client.#name(#(#required),*) #(#optional)* .await;
            let request = support::only_request(&server, &result).await;
            assert_eq!(request.method.as_str(), #http_method, "the method");
            assert_eq!(request.url.path(), #path, "the path");
            support::assert_pairs("the query", support::query(&request), #query);
            #(#headers)*
            #cookies
            #body
            let response = result.unwrap_or_else(|e| panic!("{}: the documented response did not decode: {e:?}", #id));
            assert_eq!(response.status.as_u16(), #status, "the status");
        }
    })
}

/// What every test of a file shares: reading the one request and its parts.
fn support() -> TokenStream {
    quote! {
        /// Reading what the local server received.
        #[allow(dead_code)]
        mod support {
            /// The one request `server` received; `outcome` (the call's result) is shown
            /// when there is not exactly one.
            pub(super) async fn only_request<T: std::fmt::Debug>(
                server: &wiremock::MockServer,
                outcome: &T,
            ) -> wiremock::Request {
                let mut requests = server.received_requests().await.unwrap_or_default();
                assert_eq!(requests.len(), 1, "one request, by a call that returned {outcome:?}");
                requests.remove(0)
            }

            /// A header's value, as text.
            pub(super) fn header(request: &wiremock::Request, name: &str) -> Option<String> {
                request
                    .headers
                    .get(name)
                    .map(|value| String::from_utf8_lossy(value.as_bytes()).into_owned())
            }

            /// The query parameters, decoded, once per occurrence.
            pub(super) fn query(request: &wiremock::Request) -> Vec<(String, String)> {
                request
                    .url
                    .query_pairs()
                    .map(|(k, v)| (k.into_owned(), v.into_owned()))
                    .collect()
            }

            /// The fields of a form-urlencoded body, decoded.
            pub(super) fn form(request: &wiremock::Request) -> Vec<(String, String)> {
                url::form_urlencoded::parse(&request.body)
                    .map(|(k, v)| (k.into_owned(), v.into_owned()))
                    .collect()
            }

            /// The parts of a multipart body: name and content (as text).
            pub(super) fn multipart(request: &wiremock::Request) -> Vec<(String, String)> {
                let content_type = header(request, "content-type").unwrap_or_default();
                let boundary = content_type
                    .split("boundary=")
                    .nth(1)
                    .unwrap_or_default()
                    .trim_matches('"')
                    .to_string();
                let body = String::from_utf8_lossy(&request.body).into_owned();
                body.split(&format!("--{boundary}"))
                    .filter_map(|part| {
                        let (head, content) = part.split_once("\r\n\r\n")?;
                        let name = head.split("name=\"").nth(1)?.split('"').next()?;
                        let content = content.strip_suffix("\r\n").unwrap_or(content);
                        Some((name.to_string(), content.to_string()))
                    })
                    .collect()
            }

            /// `actual` holds exactly the `expected` pairs, in any order; values that
            /// are JSON objects compare as JSON (their key order may differ).
            pub(super) fn assert_pairs(what: &str, actual: Vec<(String, String)>, expected: &[(&str, &str)]) {
                let normalize = |value: &str| match serde_json::from_str::<serde_json::Value>(value) {
                    Ok(json @ serde_json::Value::Object(_)) => json.to_string(),
                    _ => value.to_string(),
                };
                let mut actual: Vec<(String, String)> = actual
                    .iter()
                    .map(|(k, v)| (k.clone(), normalize(v)))
                    .collect();
                let mut expected: Vec<(String, String)> = expected
                    .iter()
                    .map(|(k, v)| (k.to_string(), normalize(v)))
                    .collect();
                actual.sort();
                expected.sort();
                assert_eq!(actual, expected, "{what}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::{Property, Source};

    fn property(name: &str, ty: &str, required: bool) -> Property {
        Property {
            name: name.to_string(),
            wire_name: name.to_string(),
            ty: TypeRef::parse(ty).unwrap_or(TypeRef::Any),
            required,
            nullable: false,
            read_only: false,
            description: None,
            default: None,
            enum_values: Vec::new(),
            source: Source::default(),
            inferred: Default::default(),
        }
    }

    fn model(properties: Vec<Property>) -> Model {
        Model {
            documented: true,
            properties,
            ..Model::undocumented(Source::default())
        }
    }

    fn sample(models: &BTreeMap<String, Model>, ty: &str) -> (String, Vec<String>) {
        let mut gaps = Vec::new();
        let ty = TypeRef::parse(ty).unwrap_or(TypeRef::Any);
        let value = Sampler { models }.value(&ty, "v", 0, &mut gaps);
        (value.to_json(), gaps)
    }

    fn models() -> BTreeMap<String, Model> {
        let mut models = BTreeMap::new();
        let mut status = model(Vec::new());
        status.enum_values = vec!["available".to_string(), "sold".to_string()];
        models.insert("Status".to_string(), status);
        models.insert(
            "Pet".to_string(),
            model(vec![
                property("id", "int64", false),
                property("name", "string", true),
                property("weight", "float", true),
                property("status", "Status", true),
                property("tags", "array<string>", true),
                property("owner", "Pet", false),
            ]),
        );
        models.insert(
            "Node".to_string(),
            model(vec![property("next", "Node", true)]),
        );
        let mut shape = model(Vec::new());
        shape.one_of = vec!["Circle".to_string(), "Square".to_string()];
        models.insert("Shape".to_string(), shape);
        models.insert(
            "Circle".to_string(),
            model(vec![property("radius", "double", true)]),
        );
        models
    }

    #[test]
    fn scalars_and_collections() {
        let models = models();
        assert_eq!(sample(&models, "string").0, r#""v x/y?z""#);
        assert_eq!(sample(&models, "int32").0, "7");
        assert_eq!(sample(&models, "double").0, "1.5");
        assert_eq!(sample(&models, "boolean").0, "true");
        assert_eq!(
            sample(&models, "array<string>").0,
            r#"["v1 x/y?z","v2 x/y?z"]"#
        );
        assert_eq!(sample(&models, "map<int64>").0, r#"{"key":7}"#);
        assert_eq!(sample(&models, "binary").0, "[118,32,98,121,116,101,115]");
    }

    #[test]
    fn models_take_required_properties_and_first_values() {
        let models = models();
        assert_eq!(
            sample(&models, "Pet"),
            (
                r#"{"name":"name x/y?z","weight":1.5,"status":"available","tags":["tags1 x/y?z","tags2 x/y?z"]}"#
                    .to_string(),
                Vec::new()
            )
        );
        assert_eq!(sample(&models, "Shape").0, r#"{"radius":1.5}"#);
        assert_eq!(sample(&models, "Unknown").0, "{}");
    }

    #[test]
    fn a_model_that_requires_itself_is_a_gap() {
        let (json, gaps) = sample(&models(), "Node");
        assert!(json.starts_with(r#"{"next":{"next":"#), "{json}");
        assert_eq!(gaps.len(), 1, "{gaps:?}");
    }

    #[test]
    fn wire_texts_are_the_runtimes() {
        let list = Sample::Array(vec![
            Sample::Int(7),
            Sample::Null,
            Sample::Str("a b".into()),
        ]);
        assert_eq!(list.texts(), ["7", "a b"]);
        assert_eq!(list.text(), "7,a b");
        assert_eq!(Sample::Null.texts(), Vec::<String>::new());
        assert_eq!(Sample::Float(2.0).to_json(), "2.0");
        let object = Sample::Object(vec![("q\"".into(), Sample::Str("\n".into()))]);
        assert_eq!(object.texts(), [r#"{"q\"":"\n"}"#]);
    }

    #[test]
    fn expected_paths_encode_each_value_as_one_segment() {
        let segments = vec![
            vec![Piece::Lit("pets".into())],
            vec![Piece::Value("a b/c?d".into())],
            vec![Piece::Value("7".into()), Piece::Lit(".json".into())],
        ];
        assert_eq!(
            expected_path("/v1/", &segments),
            "/v1/pets/a%20b%2Fc%3Fd/7.json"
        );
        assert_eq!(
            expected_path("", &[vec![Piece::Value("../~x%".into())]]),
            "/..%2F~x%25"
        );
        assert_eq!(expected_path("", &[vec![Piece::Lit(String::new())]]), "/");
    }

    #[test]
    fn base_paths_come_from_the_first_server() {
        let spec = |url: &str| {
            let mut spec: Spec = crate::spec::from_yaml("mdclient: 1\nname: t\ninputs: []\n")
                .unwrap_or_else(|e| panic!("{e}"));
            spec.servers.push(crate::spec::Server {
                url: url.to_string(),
                source: Source::default(),
            });
            spec
        };
        assert_eq!(
            base_path(&spec("http://localhost:8080/kitchen/")),
            "/kitchen"
        );
        assert_eq!(base_path(&spec("https://api.example.com")), "");
        assert_eq!(base_path(&spec("/v2")), "/v2");
        assert_eq!(base_path(&spec("https://{host}/{version}")), "");
    }

    #[test]
    fn basic_credentials_are_base64() {
        assert_eq!(base64(b"id-1:s3cret"), "aWQtMTpzM2NyZXQ=");
        assert_eq!(base64(b"ab"), "YWI=");
        assert_eq!(base64(b"abc"), "YWJj");
    }
}
