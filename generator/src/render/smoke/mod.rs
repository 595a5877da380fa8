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

#[cfg(feature = "smoke")]
mod prism;
mod sample;

#[cfg(feature = "smoke")]
pub(crate) use prism::render as render_prism_calls;
pub(crate) use sample::{sample_bytes, sample_string, Sample, Sampler};

use super::format;
use super::text::{code, doc_attributes};
use super::view::{self, OperationView, SchemeView};
use crate::spec::{Operation, ParamLocation, Spec, TypeRef};
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
    let sampler = Sampler {
        models: &spec.models,
        valid: false,
    };
    let (plans, mut items) = prelude(spec, client_path, &sampler)?;
    if plans.is_empty() {
        return Ok(String::new());
    }
    for plan in &plans {
        items.push(test_fn(plan)?);
    }
    unparse(&items)
}

/// The plan of every operation of `spec`, with `sampler`'s values, and the `use` items
/// of a file calling the client at `client_path`: `Client`, `models` and `formats` when
/// a plan names them, and the test crate's `support` module.
fn prelude(
    spec: &Spec,
    client_path: &str,
    sampler: &Sampler<'_>,
) -> Result<(Vec<Plan>, Vec<TokenStream>), Error> {
    let view = view::build(
        spec,
        view::Target::Module {
            typed_formats: false,
        },
    )?;
    let client: syn::Path = syn::parse_str(client_path).map_err(|e| {
        render_error(format!(
            "`{client_path}` is not a Rust path to the client module: {e}"
        ))
    })?;
    let base = view.base_path.clone();
    let operations = spec.apis.iter().flat_map(|api| &api.operations);
    let plans = operations
        .zip(&view.operations)
        .map(|(op, op_view)| plan(op, op_view, &view.schemes, sampler, &base))
        .collect::<Result<Vec<_>, _>>()?;

    let mut items = vec![quote!(use #client::Client;)];
    if plans.iter().any(|p| p.uses_models) {
        items.push(quote!(use #client::models;));
    }
    if plans.iter().any(|p| p.uses_formats) {
        items.push(quote!(use #client::formats;));
    }
    // What every file shares (for the smoke tests
    // tests/fixture-clients/tests/support/mod.rs).
    items.push(quote!(
        use crate::support;
    ));
    Ok((plans, items))
}

/// `items` as a formatted file.
fn unparse(items: &[TokenStream]) -> Result<String, Error> {
    let file = format::parse(WHAT, &quote!(#(#items)*).to_string())?;
    Ok(prettyplease::unparse(&file))
}

fn render_error(message: String) -> Error {
    Error::Render {
        template: WHAT.to_string(),
        message,
    }
}

/// The path the request must have, relative to the server root: the base path, then
/// the path template with each `{placeholder}` that `values` has (by wire name)
/// replaced by its text percent-encoded as one segment (all but RFC 3986 unreserved
/// characters, as the runtime does), and template text as the `url` crate writes it.
pub(crate) fn expected_path(
    base: &str,
    template: &str,
    values: &BTreeMap<String, String>,
) -> String {
    let mut out = base.trim_end_matches('/').to_string();
    out.push('/');
    let mut rest = template.strip_prefix('/').unwrap_or(template);
    while !rest.is_empty() {
        let placeholder = rest.strip_prefix('{').and_then(|r| {
            let (name, after) = r.split_once('}')?;
            values.get(name).map(|value| (value, after))
        });
        if let Some((value, after)) = placeholder {
            encode(value, &mut out, |b| {
                b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~')
            });
            rest = after;
            continue;
        }
        let end = rest
            .char_indices()
            .skip(1)
            .find(|(_, c)| *c == '{')
            .map_or(rest.len(), |(i, _)| i);
        encode(&rest[..end], &mut out, |b| {
            b.is_ascii_graphic()
                && !matches!(b, b'"' | b'#' | b'<' | b'>' | b'?' | b'`' | b'{' | b'}')
        });
        rest = &rest[end..];
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
    /// Whether some argument's type names the client's `formats` aliases.
    pub uses_formats: bool,
}

/// What the spec says about an argument, in the view's order (parameters, then the
/// form fields or the whole body): its type, and where it travels under which name.
struct ArgFacts<'a> {
    ty: &'a TypeRef,
    /// For a parameter, where it travels; `None` for the body or a field of it.
    location: Option<ParamLocation>,
    /// The wire name, or the media type of a whole body.
    wire: &'a str,
    /// A parameter's allowed values.
    enum_values: &'a [String],
}

fn arg_facts(op: &Operation) -> Vec<ArgFacts<'_>> {
    let mut facts: Vec<ArgFacts<'_>> = op
        .params
        .iter()
        .map(|p| ArgFacts {
            ty: &p.ty,
            location: Some(p.location),
            wire: &p.wire_name,
            enum_values: &p.enum_values,
        })
        .collect();
    if let Some(body) = &op.body {
        if body.fields.is_empty() {
            let media = match body.media_type.trim() {
                "" => "application/json",
                media => media,
            };
            facts.extend(body.ty.as_ref().map(|ty| ArgFacts {
                ty,
                location: None,
                wire: media,
                enum_values: &[],
            }));
        } else {
            facts.extend(body.fields.iter().map(|f| ArgFacts {
                ty: &f.ty,
                location: None,
                wire: &f.wire_name,
                enum_values: &[],
            }));
        }
    }
    facts
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

/// What the request must carry, gathered argument by argument.
#[derive(Default)]
struct Expected {
    /// Path parameter texts by wire name.
    path_values: BTreeMap<String, String>,
    query: Vec<(String, String)>,
    headers: Vec<(String, String)>,
    cookies: Vec<String>,
    body: Option<BodyCheck>,
}

impl Expected {
    /// The texts `sample` (passed as `value`) puts on the wire under `wire`, sent as
    /// `send` (a parameter location, or how the client encodes a body).
    fn add(
        &mut self,
        send: &str,
        wire: &str,
        sample: &Sample,
        value: &ArgValue,
    ) -> Result<(), String> {
        let texts = sample.texts();
        let named = |texts: Vec<String>| texts.into_iter().map(|t| (wire.to_string(), t));
        match send {
            "path" => {
                self.path_values.insert(wire.to_string(), sample.text());
            }
            "query" => self.query.extend(named(texts)),
            "header" if !texts.is_empty() => set_header(&mut self.headers, wire, sample.text()),
            "cookie" if !texts.is_empty() => self.cookies.push(format!("{wire}={}", sample.text())),
            "header" | "cookie" => {}
            "json" => {
                self.body = Some(BodyCheck::Json {
                    media: wire.to_string(),
                    json: sample.to_json(),
                })
            }
            "text" | "bytes" => {
                let bytes = match value {
                    ArgValue::Bytes(raw) => raw.clone(),
                    _ => sample.scalar_text().into_bytes(),
                };
                self.body = Some(BodyCheck::Raw {
                    media: wire.to_string(),
                    bytes,
                })
            }
            "form" | "form_object" => {
                let mut fields = match self.body.take() {
                    Some(BodyCheck::Form(fields)) => fields,
                    _ => Vec::new(),
                };
                match send {
                    "form" => fields.extend(named(texts)),
                    _ => fields.extend(object_texts(sample)),
                }
                self.body = Some(BodyCheck::Form(fields));
            }
            "multipart" | "multipart_object" | "multipart_file" => {
                let mut fields = match self.body.take() {
                    Some(BodyCheck::Multipart(fields)) => fields,
                    _ => Vec::new(),
                };
                match (send, value) {
                    ("multipart_file", ArgValue::Bytes(raw)) => {
                        fields.push((wire.to_string(), String::from_utf8_lossy(raw).into_owned()))
                    }
                    ("multipart_object", _) => fields.extend(object_texts(sample)),
                    _ => fields.extend(named(texts)),
                }
                self.body = Some(BodyCheck::Multipart(fields));
            }
            other => {
                return Err(format!(
                    "sent as `{other}`, which the smoke tests do not know"
                ))
            }
        }
        Ok(())
    }

    /// The credentials the runtime sends for an operation accepting `security`: each
    /// scheme in order, except one aimed at a header, parameter or cookie an earlier
    /// one already set.
    fn authorize(&mut self, security: &[String], schemes: &[SchemeView]) {
        let mut targets: Vec<(&str, String)> = Vec::new();
        for name in security {
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
                    let basic = base64(values.join(":").as_bytes());
                    set_header(&mut self.headers, "authorization", format!("Basic {basic}"));
                }
                ("api_key", "Header") => set_header(&mut self.headers, &scheme.key_name, first),
                ("api_key", "Query") => self.query.push((scheme.key_name.clone(), first)),
                ("api_key", _) => self.cookies.push(format!("{}={first}", scheme.key_name)),
                _ => set_header(
                    &mut self.headers,
                    "authorization",
                    format!("Bearer {first}"),
                ),
            }
        }
    }
}

/// Whether some argument is passed as JSON of a type that names `module` (`models::`).
fn uses(args: &[(String, bool, Option<ArgValue>)], module: &str) -> bool {
    args.iter().any(
        |(_, _, value)| matches!(value, Some(ArgValue::Json { ty, .. }) if ty.contains(module)),
    )
}

/// A value for one argument: what the test passes, and the JSON it stands for.
fn arg_sample(
    arg_ty: &str,
    facts: &ArgFacts<'_>,
    hint: &str,
    sampler: &Sampler<'_>,
    gaps: &mut Vec<String>,
) -> (ArgValue, Sample) {
    if arg_ty == "Vec<u8>" {
        let raw = sample_bytes(hint);
        let ints = raw.iter().map(|b| Sample::Int(i64::from(*b))).collect();
        return (ArgValue::Bytes(raw), Sample::Array(ints));
    }
    let sample = sampler.param(facts.ty, facts.enum_values, hint, gaps);
    let value = match (arg_ty, &sample) {
        // Strings and the `formats` aliases, the only types taken as `impl Into<_>`.
        (ty, Sample::Str(s)) if ty.starts_with("impl Into<") => ArgValue::Str(s.clone()),
        ("i32" | "i64", Sample::Int(i)) => ArgValue::Int(*i),
        ("f32" | "f64", Sample::Float(f)) => ArgValue::Float(*f),
        ("bool", Sample::Bool(b)) => ArgValue::Bool(*b),
        (ty, sample) => ArgValue::Json {
            ty: ty.to_string(),
            json: sample.to_json(),
        },
    };
    (value, sample)
}

fn plan(
    op: &Operation,
    view: &OperationView,
    schemes: &[SchemeView],
    sampler: &Sampler<'_>,
    base: &str,
) -> Result<Plan, Error> {
    let op_error = |message: String| render_error(format!("operation `{}`: {message}", op.id));
    let facts = arg_facts(op);
    if facts.len() != view.args.len() {
        return Err(op_error(format!(
            "the view has {} arguments, the spec {}",
            view.args.len(),
            facts.len()
        )));
    }
    let mut notes = Vec::new();
    let mut args = Vec::new();
    let mut expected = Expected::default();
    if !op.produces.is_empty() {
        set_header(&mut expected.headers, "accept", op.produces.join(", "));
    }
    for (arg, facts) in view.args.iter().zip(facts) {
        let mut gaps = Vec::new();
        let hint = arg.ident.trim_start_matches("r#");
        let (value, sample) = arg_sample(&arg.arg_ty, &facts, hint, sampler, &mut gaps);
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
        // Parameters travel where the spec says; a body as the client encodes it.
        let send = match facts.location {
            Some(location) => location.as_str().to_string(),
            None => tag(arg.send),
        };
        expected
            .add(&send, facts.wire, &sample, &value)
            .map_err(|e| op_error(format!("argument `{}`: {e}", arg.ident)))?;
        args.push((arg.ident.clone(), arg.required, Some(value)));
    }
    expected.authorize(&op.security, schemes);

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
        credentials: schemes
            .iter()
            .map(|s| (s.setter.clone(), dummy(s)))
            .collect(),
        uses_models: uses(&args, "models::"),
        uses_formats: uses(&args, "formats::"),
        args,
        path: expected_path(base, &op.path, &expected.path_values),
        query: expected.query,
        headers: expected.headers,
        cookies: expected.cookies,
        body: expected.body.unwrap_or(BodyCheck::None),
        status: success_status(op),
        reply,
        notes,
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

/// The credential setters of `plan`'s client (`.with_api_key("...")`) and its call
/// (`client.get_pet(7).limit(10)`, without `.await`), arguments as literals.
fn call_parts(plan: &Plan) -> Result<(Vec<TokenStream>, TokenStream), Error> {
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
    let name = ident(&plan.method)?;
    Ok((
        credentials,
        quote!(client.#name(#(#required),*) #(#optional)*),
    ))
}

fn test_fn(plan: &Plan) -> Result<TokenStream, Error> {
    let name = ident(&plan.method)?;
    let credentials = if plan.credentials.is_empty() {
        ""
    } else {
        " and a\ncredential for every scheme"
    };
    let mut text = format!(
        "Calls {} ({})\non a local server, with a sample value for every argument{credentials};\n\
         checks the request on the wire and that the documented {} response decodes.",
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
    let (credentials, call) = call_parts(plan)?;

    let id = Literal::string(&plan.id);
    let http_method = Literal::string(plan.http_method);
    let path = Literal::string(&plan.path);
    let query = pairs(&plan.query);
    let mut checks: Vec<TokenStream> = plan
        .headers
        .iter()
        .map(|(name, value)| {
            let (name, value) = (Literal::string(name), Literal::string(value));
            quote!(support::expect_header(&request, #name, #value);)
        })
        .collect();
    if !plan.cookies.is_empty() {
        let cookies = Literal::string(&plan.cookies.join("; "));
        checks.push(quote!(support::expect_header(&request, "cookie", #cookies);));
    }
    checks.push(match &plan.body {
        BodyCheck::None => quote!(support::expect_no_body(&request);),
        BodyCheck::Json { media, json } => {
            let (media, json) = (Literal::string(media), Literal::string(json));
            quote!(support::expect_json_body(&request, #media, #json);)
        }
        BodyCheck::Raw { media, bytes } => {
            let (media, bytes) = (Literal::string(media), Literal::byte_string(bytes));
            quote!(support::expect_body(&request, #media, #bytes);)
        }
        BodyCheck::Form(fields) => {
            let fields = pairs(fields);
            quote!(support::expect_form(&request, #fields);)
        }
        BodyCheck::Multipart(fields) => {
            let fields = pairs(fields);
            quote!(support::expect_multipart(&request, #fields);)
        }
    });

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
            let result = #call.await;
            let request = support::only_request(&server, &result).await;
            support::expect_target(&request, #http_method, #path);
            support::expect_pairs("query", support::query(&request), #query);
            #(#checks)*
            support::expect_decoded(#id, result, #status);
        }
    })
}

#[cfg(test)]
mod tests;
