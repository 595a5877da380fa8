//! One operation's page facts -> a spec [`Operation`]: each parameter row placed
//! (path, form field, body, header or query), the body, the responses and the
//! security, every guess recorded with its rule from [`super::infer`].

use crate::markdown::Document;
use crate::spec::{
    Body, Field, Inferred, Operation, Param, ParamLocation, Response, Source, TypeRef,
};
use crate::Warning;

use super::dialects::{Dialect, NameCase};
use super::infer;
use super::page::{example_marks_optional, BodyFacts, OpFacts, ParamRow};

/// Assembles the operation a page section describes.
pub fn operation(
    doc: &Document,
    dialect: &Dialect,
    op: &OpFacts,
    warnings: &mut Vec<Warning>,
) -> Operation {
    let mut inferred = Inferred::new();
    if let Some(rule) = &op.id_rule {
        inferred.insert("id".into(), rule.clone());
    }
    let mut placed = Placed::default();
    let cx = Rows::new(doc, dialect, op);
    for row in &op.params {
        cx.place(row, &mut placed);
    }
    for slot in &cx.slots {
        let documented = placed
            .params
            .iter()
            .any(|p| p.location == ParamLocation::Path && &p.wire_name == slot);
        if !documented {
            warnings.push(Warning {
                at: doc.at(op.line),
                message: format!(
                    "path placeholder {{{slot}}} of `{}` has no documented parameter; assuming a required string",
                    op.id
                ),
            });
            placed
                .params
                .push(placeholder_param(slot.clone(), doc.at(op.line)));
        }
    }
    let body = match (placed.body, &op.body) {
        _ if !placed.fields.is_empty() => Some(form_body(doc, op, &cx, placed.fields)),
        (Some(body), _) => Some(body),
        (None, Some(stated)) => Some(stated_body(doc, stated)),
        (None, None) => None,
    };
    let security = match &op.security {
        Some((names, _)) => names.clone(),
        None => {
            inferred.insert("security".into(), infer::no_authorization_section());
            Vec::new()
        }
    };
    if security.len() > 1 {
        inferred.insert("security".into(), infer::several_schemes());
    }
    Operation {
        id: op.id.clone(),
        method: op.method.clone(),
        path: op.path.clone(),
        summary: op.summary.clone(),
        description: op.description.clone(),
        source: doc.at(op.line),
        params: placed.params,
        body,
        responses: responses(doc, op),
        security,
        consumes: op.consumes.clone(),
        produces: op.produces.clone(),
        issues_token: None,
        pagination: None,
        inferred,
    }
}

/// Where the rows went.
#[derive(Default)]
struct Placed {
    params: Vec<Param>,
    fields: Vec<Field>,
    body: Option<Body>,
}

/// What placing a row needs to know of its operation.
struct Rows<'a> {
    doc: &'a Document,
    dialect: &'a Dialect,
    op: &'a OpFacts,
    slots: Vec<String>,
    form_media: Option<String>,
    token_form: bool,
}

impl<'a> Rows<'a> {
    fn new(doc: &'a Document, dialect: &'a Dialect, op: &'a OpFacts) -> Self {
        let form_media = op
            .consumes
            .iter()
            .find(|m| is_form(m))
            .filter(|_| sends_body(op))
            .cloned();
        let token_form = form_media.is_some()
            && infer::is_oauth2_token_form(op.params.iter().map(|p| p.name.as_str()));
        Rows {
            doc,
            dialect,
            op,
            slots: placeholders(&op.path),
            form_media,
            token_form,
        }
    }

    /// Puts one row where it travels: stated, a path slot, a form field, the body,
    /// a header, else a query parameter.
    fn place(&self, row: &ParamRow, placed: &mut Placed) {
        let at = self.doc.at(row.line);
        if let Some(location) = row.location {
            // The page states where it travels, under its wire name.
            let required = location == ParamLocation::Path || !row.optional;
            let wire = row.name.clone();
            placed
                .params
                .push(param(row, wire, location, required, at, Inferred::new()));
            return;
        }
        let (required, required_rule) = required(self.dialect, self.op, row);
        let mut facts = Inferred::new();
        if let Some(rule) = required_rule {
            facts.insert("required".into(), rule);
        }
        if let Some(slot) = self.slot_of(row) {
            if slot != row.name {
                facts.insert("wire_name".into(), infer::matched_to_slot(&slot, &row.name));
            }
            placed
                .params
                .push(param(row, slot, ParamLocation::Path, true, at, facts));
            return;
        }
        let header = infer::header_name(&row.name);
        if self.form_media.is_some() && header.is_none() {
            placed.fields.push(self.field(row, required, at, facts));
            return;
        }
        if placed.body.is_none() && self.is_body(row) {
            placed.body = Some(self.body(row, required, at, facts));
            return;
        }
        let (wire, location) = match header {
            Some((wire, rule)) => {
                if wire != row.name {
                    facts.insert("wire_name".into(), infer::header_rebuilt(&row.name));
                }
                facts.insert("location".into(), rule);
                (wire, ParamLocation::Header)
            }
            None => {
                facts.insert("location".into(), infer::query_by_default());
                let wire = shown_wire_name(self.dialect, &row.name, &mut facts);
                (wire, ParamLocation::Query)
            }
        };
        placed
            .params
            .push(param(row, wire, location, required, at, facts));
    }

    /// The path slot a row names, ignoring case, separators and keyword escapes;
    /// a slot another row names exactly is that row's (`{id}` with rows `id`, `ID`).
    fn slot_of(&self, row: &ParamRow) -> Option<String> {
        if let Some(exact) = self.slots.iter().find(|s| **s == row.name) {
            return Some(exact.clone());
        }
        let unescaped = infer::unescape_reserved(&row.name).unwrap_or_else(|| row.name.clone());
        self.slots
            .iter()
            .filter(|s| !self.op.params.iter().any(|other| other.name == **s))
            .find(|s| {
                infer::normalize(s) == infer::normalize(&row.name)
                    || infer::normalize(s) == infer::normalize(&unescaped)
            })
            .cloned()
    }

    fn field(&self, row: &ParamRow, required: bool, at: Source, mut facts: Inferred) -> Field {
        let wire = match infer::oauth2_field(&row.name).filter(|_| self.token_form) {
            Some(rfc) => {
                if rfc != row.name {
                    facts.insert("wire_name".into(), infer::rfc6749_spelling(&row.name, rfc));
                }
                rfc.to_string()
            }
            None => shown_wire_name(self.dialect, &row.name, &mut facts),
        };
        facts.insert("location".into(), infer::form_field());
        Field {
            name: row.name.clone(),
            wire_name: wire,
            required,
            ty: row.ty.clone(),
            description: row.description.clone(),
            source: at,
            inferred: facts,
        }
    }

    /// Whether a row is the request body: a structured value (or a file, or
    /// swagger-codegen's `body`) of an operation that sends one.
    fn is_body(&self, row: &ParamRow) -> bool {
        let stated_media = !self.op.consumes.is_empty();
        let body_like = !row.ty.is_primitive()
            || (row.ty == TypeRef::Binary && stated_media)
            // swagger-codegen names an unnamed body `body` (`body: str` with
            // `Content-Type: text/plain`).
            || (row.name == "body" && stated_media);
        body_like && sends_body(self.op)
    }

    fn body(&self, row: &ParamRow, required: bool, at: Source, facts: Inferred) -> Body {
        let mut body_facts = Inferred::new();
        let json = self.op.consumes.iter().find(|m| m.contains("json"));
        let media_type = match json.or(self.op.consumes.first()) {
            Some(m) => m.clone(),
            None => {
                body_facts.insert("media_type".into(), infer::json_by_default());
                "application/json".to_string()
            }
        };
        body_facts.insert(
            "location".into(),
            infer::the_structured_parameter(&row.name, &self.op.method),
        );
        body_facts.extend(facts);
        Body {
            media_type,
            required,
            name: Some(row.name.clone()),
            ty: Some(row.ty.clone()),
            fields: Vec::new(),
            description: row.description.clone(),
            source: at,
            inferred: body_facts,
        }
    }
}

/// A form body from the fields placed.
fn form_body(doc: &Document, op: &OpFacts, cx: &Rows<'_>, fields: Vec<Field>) -> Body {
    let mut inferred = Inferred::new();
    inferred.insert("required".into(), infer::form_required());
    Body {
        media_type: cx.form_media.clone().unwrap_or_default(),
        required: fields.iter().any(|f| f.required),
        name: None,
        ty: None,
        fields,
        description: None,
        source: doc.at(op.headers_line.unwrap_or(op.line)),
        inferred,
    }
}

/// The body a page states outright (python 6.x's schema sections).
fn stated_body(doc: &Document, stated: &BodyFacts) -> Body {
    Body {
        media_type: stated.media_type.clone(),
        required: stated.required,
        name: None,
        ty: stated.ty.clone(),
        fields: stated
            .fields
            .iter()
            .map(|f| Field {
                name: f.name.clone(),
                wire_name: f.name.clone(),
                required: !f.optional,
                ty: f.ty.clone(),
                description: f.description.clone(),
                source: doc.at(f.line),
                inferred: Inferred::new(),
            })
            .collect(),
        description: None,
        source: doc.at(stated.line),
        inferred: Inferred::new(),
    }
}

/// The documented statuses, the return type given to the first 2xx one (or to a
/// guessed `2XX` when the page lists none).
fn responses(doc: &Document, op: &OpFacts) -> Vec<Response> {
    let returns = op.returns.as_ref().and_then(|(t, _)| t.clone());
    let returns_at = op
        .returns
        .as_ref()
        .map_or(doc.at(op.line), |(_, l)| doc.at(*l));
    let mut responses = Vec::new();
    let mut typed = false;
    for (status, description, line) in &op.statuses {
        let stated = op
            .status_types
            .iter()
            .find(|(c, _)| c == status)
            .map(|(_, t)| t.clone());
        let ty = if stated.is_some() {
            typed |= status.starts_with('2');
            stated
        } else if status.starts_with('2') && !typed {
            typed = true;
            returns.clone()
        } else {
            None
        };
        responses.push(Response {
            status: status.clone(),
            description: description.clone(),
            ty,
            source: doc.at(*line),
            inferred: Inferred::new(),
        });
    }
    if !typed {
        let mut inferred = Inferred::new();
        inferred.insert("status".into(), infer::any_2xx());
        responses.insert(
            0,
            Response {
                status: "2XX".into(),
                description: None,
                ty: returns,
                source: returns_at,
                inferred,
            },
        );
    }
    responses
}

/// Whether the operation sends a body: POST, PUT and PATCH unless the page says no
/// Content-Type; DELETE when the page states one (BitMEX's `DELETE /order` takes a
/// form); GET, HEAD, OPTIONS and TRACE never.
fn sends_body(op: &OpFacts) -> bool {
    match op.method.as_str() {
        "GET" | "HEAD" | "OPTIONS" | "TRACE" => false,
        "DELETE" => !op.consumes.is_empty(),
        // `Content-Type: Not defined`: the page says no body is sent (authentik's
        // `POST /core/users/export/` takes only query parameters).
        _ => !(op.content_type_stated && op.consumes.is_empty()),
    }
}

fn is_form(media: &str) -> bool {
    media.contains("x-www-form-urlencoded") || media.contains("multipart/form-data")
}

/// `{tokenId}` placeholders of a path template.
pub(super) fn placeholders(path: &str) -> Vec<String> {
    path.split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(name, _)| name.to_string()))
        .collect()
}

/// A required string path parameter for a `{slot}` no parameter documents.
pub(super) fn placeholder_param(slot: String, at: Source) -> Param {
    let mut inferred = Inferred::new();
    inferred.insert("type".into(), infer::undocumented_slot());
    Param {
        name: slot.clone(),
        wire_name: slot,
        location: ParamLocation::Path,
        required: true,
        ty: TypeRef::String,
        description: None,
        default: None,
        enum_values: Vec::new(),
        source: at,
        inferred,
    }
}

fn param(
    row: &ParamRow,
    wire: String,
    location: ParamLocation,
    required: bool,
    at: Source,
    inferred: Inferred,
) -> Param {
    Param {
        name: row.name.clone(),
        wire_name: wire,
        location,
        required,
        ty: row.ty.clone(),
        description: row.description.clone(),
        default: super::notes::default_in(row.default.clone(), &row.enum_values),
        enum_values: row.enum_values.clone(),
        source: at,
        inferred,
    }
}

/// `PhotoUrls` -> `photoUrls`.
pub(super) fn lower_first(name: &str) -> String {
    let mut chars = name.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The wire name of a parameter or field the page shows as `name`, with the rule:
/// as shown, or unescaped when the generator escaped a reserved word (`_self`).
fn shown_wire_name(dialect: &Dialect, name: &str, facts: &mut Inferred) -> String {
    if let Some(word) = infer::unescape_reserved(name) {
        facts.insert(
            "wire_name".into(),
            infer::keyword_escape(name, dialect.name, &word),
        );
        return word;
    }
    if dialect.name_case == NameCase::Pascal {
        facts.insert("wire_name".into(), infer::pascal_shown(dialect.name, name));
        return lower_first(name);
    }
    if dialect.name_case != NameCase::Verbatim {
        facts.insert(
            "wire_name".into(),
            infer::as_shown(dialect.name, dialect.case_phrase(), name),
        );
    }
    name.to_string()
}

/// Whether a parameter is required, and the rule when that was inferred.
fn required(dialect: &Dialect, op: &OpFacts, row: &ParamRow) -> (bool, Option<String>) {
    if row.optional {
        return (false, None);
    }
    // go 5.x+ lists every builder parameter alike; only the example says `(optional)`.
    if dialect.name_case == NameCase::LowerCamel {
        if let Some((optional, line)) = example_marks_optional(&op.code, &row.name) {
            return (!optional, optional.then(|| infer::example_optional(line)));
        }
    }
    (true, None)
}
