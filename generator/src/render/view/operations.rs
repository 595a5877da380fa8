//! Operations: a client method taking the required parameters, returning a request
//! builder with a setter per optional one.

use std::collections::BTreeMap;

use serde::Serialize;

use super::path::{self, PieceView};
use super::types::{format_note, rust_type, ModelIdents, Place};
use crate::render::naming::{Namespace, Scope};
use crate::render::text::code;
use crate::spec::{
    Body, Operation, Param, ParamLocation, SchemeKind, SecurityScheme, Spec, TypeRef,
};
use crate::Error;

/// How `send` puts an argument on the wire (a `runtime::Call` method, mostly).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum SendAs {
    /// A piece of the path (placed through [`OperationView::path`]).
    Path,
    Query,
    Header,
    Cookie,
    /// The whole body, serialized as JSON.
    Json,
    /// One field of an `application/x-www-form-urlencoded` body.
    Form,
    /// A whole model sent as a form: one field per top-level property.
    FormObject,
    /// One text field of a `multipart/form-data` body.
    Multipart,
    /// A whole model sent as multipart text fields.
    MultipartObject,
    /// One file field (bytes) of a multipart body.
    MultipartFile,
    /// The whole body, as bytes.
    Bytes,
    /// The whole body, as text.
    Text,
}

/// How the success body is decoded (a `runtime::Received` method).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Decode {
    Json,
    /// A string: a JSON string, or else the text as it is.
    String,
    Bytes,
    Text,
    Empty,
}

/// One argument of an operation: a parameter, a form field or the body.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ArgView {
    /// Field of the request builder, argument or setter name.
    pub ident: String,
    /// Type of the builder field (`Option<..>` when optional).
    pub ty: String,
    /// Type the method or setter takes (`impl Into<String>` for strings).
    pub arg_ty: String,
    /// The value's type (`String`, `i64`, `models::Pet`), without `Option`.
    pub value_ty: String,
    /// Whether the argument needs `.into()`.
    pub into: bool,
    pub required: bool,
    /// Raw text for the setter's doc comment (or the method's argument list).
    pub doc: String,
    pub send: SendAs,
    /// Raw wire name, or media type for a whole body.
    pub wire: String,
}

/// One documented error status of an operation: an arm of its `match` and a variant
/// of its error enum.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ErrorView {
    /// The `match` pattern on the status code: `404`, `400..=499`, or `_` (`default`).
    /// Built from parsed numbers only.
    pub pattern: String,
    /// The variant: `Status404`, `Status4xx`, `Default`.
    pub variant: String,
    /// Rust type of the body: a model decoded from JSON, or `String` (the text).
    pub body_ty: String,
    /// Whether the body is decoded as JSON (else kept as text).
    pub json: bool,
    pub doc: String,
}

/// The operation issues tokens: the client can call it by itself.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct TokenView {
    /// The client method configuring the exchange.
    pub setter: String,
    /// The scheme the token is sent as (raw).
    pub scheme: Option<String>,
    /// The response field holding the token (raw).
    pub field: Option<String>,
    pub doc: String,
}

/// One operation, ready to place.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct OperationView {
    /// The operationId (raw).
    pub id: String,
    /// The Cargo features that compile it (none: always compiled).
    pub features: Vec<String>,
    /// The client method.
    pub method: String,
    /// The request builder type.
    pub request: String,
    /// A `reqwest::Method` constant.
    pub http_method: &'static str,
    pub doc: String,
    pub request_doc: String,
    pub args: Vec<ArgView>,
    pub path: Vec<Vec<PieceView>>,
    /// Names of the schemes that authorize the call (raw).
    pub security: Vec<String>,
    /// `Accept` header value (raw).
    pub accept: Option<String>,
    /// Rust type of the decoded success body.
    pub response_ty: String,
    pub decode: Decode,
    /// The error enum, when the docs list error statuses.
    pub error_ty: Option<String>,
    pub error_doc: String,
    pub errors: Vec<ErrorView>,
    /// Whether a `default` response catches every other status.
    pub has_default: bool,
    pub token: Option<TokenView>,
    /// The path template (raw, placeholders by wire name), for the mocks.
    pub template: String,
    /// The first documented success status (200 when none is numeric), for the mocks.
    pub success_status: u16,
    /// `pages()` and `items()`, when the operation pages.
    pub paging: Option<super::paging::PagingView>,
    /// More positional arguments than clippy's `too_many_arguments` allows.
    pub many_args: bool,
    /// Whether the body is multipart (the runtime needs reqwest's `multipart`).
    #[serde(skip)]
    pub multipart: bool,
}

/// What building an operation needs from the rest of the spec.
pub(crate) struct Context<'a> {
    pub spec: &'a Spec,
    pub models: &'a ModelIdents,
    pub schemes: &'a BTreeMap<String, SecurityScheme>,
    /// Methods of `Client`.
    pub methods: &'a mut Scope,
    /// Top-level types.
    pub types: &'a mut Scope,
}

/// Builds the view of `op`; a spec inconsistency (unknown scheme, placeholder or
/// method) is an [`Error::Spec`] at the operation's source.
pub(crate) fn build(op: &Operation, cx: &mut Context<'_>) -> Result<OperationView, Error> {
    let spec_error = |message: String| Error::Spec {
        file: op.source.to_string(),
        message: format!("operation `{}`: {message}", op.id),
    };
    let method = cx.methods.ident(&op.id).to_string();
    let request = cx
        .types
        .ident(&format!("{} request", method.trim_start_matches("r#")))
        .to_string();
    let upper = op.method.trim().to_ascii_uppercase();
    let http_method = crate::spec::validate::HTTP_METHODS
        .iter()
        .find(|m| **m == upper)
        .copied()
        .ok_or_else(|| spec_error(format!("`{}` is not an HTTP method", op.method)))?;

    let mut scope = Namespace::BuilderMethods.scope();
    let mut args: Vec<ArgView> = op
        .params
        .iter()
        .map(|p| param_arg(p, &mut scope, cx.models))
        .collect();
    if let Some(body) = &op.body {
        args.extend(body_args(body, &mut scope, cx.models).map_err(&spec_error)?);
    }

    let path_fields: BTreeMap<&str, &str> = op
        .params
        .iter()
        .zip(&args)
        .filter(|(p, _)| p.location == ParamLocation::Path)
        .map(|(p, a)| (p.wire_name.as_str(), a.ident.as_str()))
        .collect();
    let path = path::split(&op.path, |name| {
        path_fields.get(name).map(|f| f.to_string()).ok_or_else(|| {
            spec_error(format!(
                "path `{}` names `{{{name}}}`, which no path parameter has as its wire name",
                op.path
            ))
        })
    })?;
    let accept = op.produces.join(", ");
    crate::spec::validate::header_text(&accept)
        .map_err(|m| spec_error(format!("produces: {m}")))?;
    let (response_ty, decode) = response(op, cx.models);
    let errors = errors(op, cx.models);
    let error_ty = (!errors.is_empty()).then(|| {
        cx.types
            .ident(&format!("{} error", method.trim_start_matches("r#")))
            .to_string()
    });
    let token = op
        .issues_token
        .as_ref()
        .map(|issue| token_view(op, issue, &method, cx))
        .transpose()
        .map_err(&spec_error)?;
    let paging = super::paging::build(cx.spec, op, &args, cx.models).map_err(&spec_error)?;
    let required = args.iter().filter(|a| a.required).count();
    let multipart = args.iter().any(|a| {
        matches!(
            a.send,
            SendAs::Multipart | SendAs::MultipartObject | SendAs::MultipartFile
        )
    });

    Ok(OperationView {
        id: op.id.clone(),
        features: Vec::new(),
        error_doc: format!("The error responses the docs list for [`Client::{method}`]."),
        has_default: errors.iter().any(|e| e.pattern == "_"),
        errors,
        error_ty,
        token,
        template: op.path.clone(),
        success_status: op
            .responses
            .iter()
            .filter(|r| r.is_success())
            .find_map(|r| r.status.trim().parse().ok())
            .unwrap_or(200),
        paging,
        doc: method_doc(op, &request, &args),
        request_doc: format!(
            "Request for `Client::{method}` ({}): set optional parameters, \
             then `.await` it or call [`send`](Self::send).",
            code(&format!("{http_method} {}", op.path))
        ),
        method,
        request,
        http_method,
        args,
        path: path.segments,
        security: op.security.clone(),
        accept: (!accept.is_empty()).then_some(accept),
        response_ty,
        decode,
        many_args: required + 1 > 7,
        multipart,
    })
}

fn param_arg(param: &Param, scope: &mut Scope, models: &ModelIdents) -> ArgView {
    // A path parameter is always required: the path cannot be built without it.
    let required = param.required || param.location == ParamLocation::Path;
    let place = param.location.as_str();
    let mut doc = vec![describe(param.description.as_deref(), || {
        format!("The {} {place} parameter.", code(&param.wire_name))
    })];
    let mut notes: Vec<String> = format_note(&param.ty).into_iter().collect();
    if !param.enum_values.is_empty() {
        let values: Vec<String> = param.enum_values.iter().map(|v| code(v)).collect();
        notes.push(format!("One of: {}.", values.join(", ")));
    }
    if let Some(default) = &param.default {
        notes.push(format!("Default (per the docs): {}.", code(default)));
    }
    if !notes.is_empty() {
        doc.push(notes.join(" "));
    }
    let send = match param.location {
        ParamLocation::Path => SendAs::Path,
        ParamLocation::Query => SendAs::Query,
        ParamLocation::Header => SendAs::Header,
        ParamLocation::Cookie => SendAs::Cookie,
    };
    arg(
        scope.ident(&param.name).to_string(),
        rust_type(&param.ty, models, Place::TopLevel),
        required,
        crate::render::text::join_parts(&doc),
        send,
        param.wire_name.clone(),
    )
}

fn arg(
    ident: String,
    value_ty: String,
    required: bool,
    doc: String,
    send: SendAs,
    wire: String,
) -> ArgView {
    // Strings, and the `formats` aliases (a `&str` when untyped, the typed value else).
    let into = value_ty == "String" || value_ty.starts_with("formats::");
    ArgView {
        ident,
        ty: if required {
            value_ty.clone()
        } else {
            format!("Option<{value_ty}>")
        },
        arg_ty: if into {
            format!("impl Into<{value_ty}>")
        } else {
            value_ty.clone()
        },
        value_ty,
        into,
        required,
        doc,
        send,
        wire,
    }
}

/// The body as arguments: one per form field, or one for the whole body.
fn body_args(body: &Body, scope: &mut Scope, models: &ModelIdents) -> Result<Vec<ArgView>, String> {
    let media = match body.media_type.trim() {
        "" => "application/json",
        m => m,
    };
    crate::spec::validate::header_text(media).map_err(|m| format!("body media type: {m}"))?;
    let lower = media.to_ascii_lowercase();
    let multipart = lower.starts_with("multipart/");
    let form = lower.contains("x-www-form-urlencoded");
    if !body.fields.is_empty() {
        return Ok(body
            .fields
            .iter()
            .map(|field| {
                let (value_ty, send) = match (&field.ty, multipart) {
                    (TypeRef::Binary, true) => ("Vec<u8>".to_string(), SendAs::MultipartFile),
                    (ty, true) => (rust_type(ty, models, Place::TopLevel), SendAs::Multipart),
                    (ty, false) => (rust_type(ty, models, Place::TopLevel), SendAs::Form),
                };
                let doc = describe(field.description.as_deref(), || {
                    format!(
                        "The {} field of the {} body.",
                        code(&field.wire_name),
                        code(media)
                    )
                });
                arg(
                    scope.ident(&field.name).to_string(),
                    value_ty,
                    field.required,
                    doc,
                    send,
                    field.wire_name.clone(),
                )
            })
            .collect());
    }
    let Some(ty) = &body.ty else {
        return Ok(Vec::new());
    };
    let mut doc = vec![describe(body.description.as_deref(), || {
        format!("The request body, sent as {}.", code(media))
    })];
    let rust = rust_type(ty, models, Place::TopLevel);
    let (value_ty, send) = match ty {
        TypeRef::Binary => ("Vec<u8>".to_string(), SendAs::Bytes),
        _ if form => (rust, SendAs::FormObject),
        _ if multipart => (rust, SendAs::MultipartObject),
        _ if lower.contains("json") => (rust, SendAs::Json),
        TypeRef::String => (rust, SendAs::Text),
        other => {
            doc.push(format!(
                "Sent as given: the docs type it {}, which this client cannot write as {}.",
                code(&other.to_string()),
                code(media)
            ));
            ("Vec<u8>".to_string(), SendAs::Bytes)
        }
    };
    let name = body.name.as_deref().unwrap_or("body");
    Ok(vec![arg(
        scope.ident(name).to_string(),
        value_ty,
        body.required,
        crate::render::text::join_parts(&doc),
        send,
        media.to_string(),
    )])
}

fn response(op: &Operation, models: &ModelIdents) -> (String, Decode) {
    let json_produced = op
        .produces
        .iter()
        .any(|p| p.to_ascii_lowercase().contains("json"));
    match op.success_type() {
        None => ("()".to_string(), Decode::Empty),
        Some(TypeRef::Binary) => ("Vec<u8>".to_string(), Decode::Bytes),
        Some(TypeRef::String) if !op.produces.is_empty() && !json_produced => {
            ("String".to_string(), Decode::Text)
        }
        Some(TypeRef::String) => ("String".to_string(), Decode::String),
        Some(ty) => (rust_type(ty, models, Place::TopLevel), Decode::Json),
    }
}

/// The documented non-2xx responses: exact codes first, then ranges, then `default`.
fn errors(op: &Operation, models: &ModelIdents) -> Vec<ErrorView> {
    let mut out: Vec<(u8, ErrorView)> = Vec::new();
    for r in op.responses.iter().filter(|r| !r.is_success()) {
        let status = r.status.trim();
        let (rank, pattern, variant) = if let Ok(code @ 100..=599) = status.parse::<u16>() {
            (0, code.to_string(), format!("Status{code}"))
        } else if let [digit @ b'1'..=b'5', b'X' | b'x', b'X' | b'x'] = status.as_bytes() {
            let d = char::from(*digit);
            (1, format!("{d}00..={d}99"), format!("Status{d}xx"))
        } else if status.eq_ignore_ascii_case("default") {
            (2, "_".to_string(), "Default".to_string())
        } else {
            continue;
        };
        if out.iter().any(|(_, e)| e.variant == variant) {
            continue;
        }
        let (body_ty, json) = match &r.ty {
            None | Some(TypeRef::String) | Some(TypeRef::Binary) => ("String".to_string(), false),
            Some(ty) => (rust_type(ty, models, Place::TopLevel), true),
        };
        let what = if status.eq_ignore_ascii_case("default") {
            "Any other status".to_string()
        } else {
            code(status)
        };
        let doc = match r
            .description
            .as_deref()
            .map(str::trim)
            .filter(|d| !d.is_empty())
        {
            Some(d) => format!("{what}: {d}"),
            None => format!("{what}."),
        };
        let doc = if json {
            doc
        } else {
            format!("{doc}\n\nThe docs give no model: the body is kept as text.")
        };
        out.push((
            rank,
            ErrorView {
                pattern,
                variant,
                body_ty,
                json,
                doc,
            },
        ));
    }
    out.sort_by_key(|(rank, _)| *rank);
    out.into_iter().map(|(_, e)| e).collect()
}

fn token_view(
    op: &Operation,
    issue: &crate::spec::TokenIssue,
    method: &str,
    cx: &mut Context<'_>,
) -> Result<TokenView, String> {
    if let Some(name) = &issue.scheme {
        match cx.schemes.get(name).map(|s| s.kind) {
            Some(SchemeKind::Bearer | SchemeKind::Oauth2) => {}
            Some(_) => {
                return Err(format!(
                    "issues_token.scheme `{name}` is not a bearer or oauth2 scheme"
                ))
            }
            None => return Err(format!("issues_token.scheme `{name}` is not defined")),
        }
    }
    let setter = cx
        .methods
        .ident(&format!(
            "with token from {}",
            method.trim_start_matches("r#")
        ))
        .to_string();
    let sent = match &issue.scheme {
        Some(scheme) => format!(
            "and sent as the {} credential of every other operation that accepts that scheme",
            code(scheme)
        ),
        None => {
            "and handed out by [`Client::token`] (no operation of the docs sends it)".to_string()
        }
    };
    let field = match &issue.field {
        Some(field) => format!("the {} field of the response", code(field)),
        None => "the response's `access_token`, `token`, `jwt` (or like) field".to_string(),
    };
    let doc =
        format!(
        "Obtains tokens by itself through [`Client::{method}`] ({}): `request` builds that call \
         (the long-lived credential it needs is configured on the client as usual).\n\n\
         The token, {field}, is cached {sent}. It is renewed before it expires (`expires_in`, \
         or the JWT `exp`), and once after a 401; however many calls wait, one token request \
         is made at a time. This replaces any other token exchange of the client.",
        code(&format!("{} {}", op.method.trim().to_ascii_uppercase(), op.path))
    );
    Ok(TokenView {
        setter,
        scheme: issue.scheme.clone(),
        field: issue.field.clone(),
        doc,
    })
}

/// A header value must be visible ASCII (and spaces).
fn describe(description: Option<&str>, fallback: impl FnOnce() -> String) -> String {
    match description.map(str::trim).filter(|d| !d.is_empty()) {
        Some(d) => d.to_string(),
        None => fallback(),
    }
}

fn method_doc(op: &Operation, request: &str, args: &[ArgView]) -> String {
    let mut parts: Vec<String> = Vec::new();
    parts.extend(
        op.summary
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from),
    );
    parts.extend(
        op.description
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from),
    );
    if parts.is_empty() {
        parts.push(format!("The {} operation.", code(&op.id)));
    }
    parts.push(code(&format!(
        "{} {}",
        op.method.trim().to_ascii_uppercase(),
        op.path
    )));
    let required: Vec<String> = args
        .iter()
        .filter(|a| a.required)
        .map(|a| {
            format!(
                "- `{}`: {}",
                a.ident,
                a.doc.split_whitespace().collect::<Vec<_>>().join(" ")
            )
        })
        .collect();
    if !required.is_empty() {
        parts.push(format!("# Arguments\n\n{}", required.join("\n")));
    }
    if args.iter().any(|a| !a.required) {
        parts.push(format!(
            "Optional parameters are set on the returned [`{request}`]; `.await` it (or call `send`) to make the call."
        ));
    }
    if !op.security.is_empty() {
        let schemes: Vec<String> = op.security.iter().map(|s| code(s)).collect();
        let text = if schemes.len() == 1 {
            format!(
                "# Authorization\n\n{}. Without its credential the call fails with `Error::MissingCredential`.",
                schemes[0]
            )
        } else {
            // The docs do not say whether the schemes are alternatives or all needed:
            // every configured one is sent, each in its own slot.
            format!(
                "# Authorization\n\n{}: each one configured is sent (a scheme aimed at a header, query parameter or cookie an earlier one already fills is skipped, so there is one `Authorization` header). Without a credential for any of them the call fails with `Error::MissingCredential`.",
                schemes.join(", ")
            )
        };
        parts.push(text);
    }
    crate::render::text::join_parts(&parts)
}
