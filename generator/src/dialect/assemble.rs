//! Page facts -> spec items, applying the inference rules and recording each one.

use std::collections::BTreeMap;

use crate::markdown::Document;
use crate::spec::{
    Api, Body, Field, Inferred, Model, Operation, Param, ParamLocation, Response, SchemeKind,
    SecurityScheme, Source, TypeRef,
};
use crate::Warning;

use super::auth::SchemeHint;
use super::dialects::{ApiKeyIndex, Dialect, NameCase};
use super::infer;
use super::page::{example_marks_optional, ApiPage, OpFacts, ParamRow};

/// The spec items recovered so far, filled page by page.
#[derive(Debug, Default)]
pub struct Assembly {
    pub apis: Vec<Api>,
    pub schemes: BTreeMap<String, SecurityScheme>,
    pub models: BTreeMap<String, Model>,
    /// Scheme names referenced by operations, with the first reference.
    pub referenced_schemes: BTreeMap<String, Source>,
    /// Models composed with `allOf` of parent models: (model, parents).
    pub all_of: Vec<(String, Vec<String>)>,
    /// Model names the pages use for a model whose page gives the spec's name:
    /// (shown, spec) (`ModelApiResponse` for `ApiResponse`).
    pub renames: Vec<(String, String)>,
}

impl Assembly {
    /// Adds an API page.
    pub fn add_page(&mut self, doc: &Document, page: ApiPage, warnings: &mut Vec<Warning>) {
        let mut operations = Vec::new();
        for op in &page.ops {
            let operation = operation(doc, page.dialect, op, warnings);
            for name in &operation.security {
                self.referenced_schemes
                    .entry(name.clone())
                    .or_insert_with(|| {
                        op.security
                            .as_ref()
                            .map_or(doc.at(op.line), |s| doc.at(s.1))
                    });
            }
            for (ty, at) in types_of(&operation) {
                if let Some(name) = ty.model_name() {
                    self.models
                        .entry(name.to_string())
                        .or_insert_with(|| Model::undocumented(at));
                }
            }
            operations.push(operation);
        }
        self.apis.push(Api {
            name: page.class_name.clone(),
            dialect: page.dialect.name.to_string(),
            source: doc.at(page.title_line),
            operations,
        });
    }

    /// Adds schemes a README states; they replace what examples or names suggested.
    pub fn add_schemes(&mut self, schemes: Vec<(String, SecurityScheme)>) {
        for (name, scheme) in schemes {
            self.schemes.insert(name, scheme);
        }
    }

    /// Endpoints the README lists that no API page documents: known by method, path
    /// and summary only.
    pub fn add_readme_endpoints(
        &mut self,
        endpoints: Vec<(String, super::readme::Endpoint)>,
        warnings: &mut Vec<Warning>,
    ) {
        for (file, e) in endpoints {
            let known = self
                .apis
                .iter()
                .flat_map(|a| &a.operations)
                .any(|o| o.method == e.method && o.path == e.path);
            if known {
                continue;
            }
            let at = Source::new(file, e.line);
            warnings.push(Warning {
                at: at.clone(),
                message: format!(
                    "the README lists `{} {}` ({}) but no API page documents it; only its method and path are known",
                    e.method, e.path, e.id
                ),
            });
            let mut inferred = Inferred::new();
            inferred.insert(
                "responses".into(),
                "known only from the README's endpoint list".into(),
            );
            let params = placeholders(&e.path)
                .into_iter()
                .map(|slot| placeholder_param(slot, at.clone()))
                .collect();
            let operation = Operation {
                id: e.id,
                method: e.method,
                path: e.path,
                summary: e.summary,
                description: None,
                source: at.clone(),
                params,
                body: None,
                responses: Vec::new(),
                security: Vec::new(),
                consumes: Vec::new(),
                produces: Vec::new(),
                issues_token: None,
                inferred,
            };
            match self.apis.iter_mut().find(|a| a.name == e.class) {
                Some(api) => api.operations.push(operation),
                None => self.apis.push(Api {
                    name: e.class,
                    dialect: "readme".into(),
                    source: at,
                    operations: vec![operation],
                }),
            }
        }
    }

    /// Adds schemes that examples configure.
    pub fn add_hints(&mut self, doc: &Document, dialect: &Dialect, hints: Vec<SchemeHint>) {
        for hint in hints {
            let at = doc.at(hint.line);
            let scheme = scheme_from_hint(dialect, hint, at);
            self.schemes.entry(scheme.0).or_insert(scheme.1);
        }
    }

    /// Adds a documented model (it replaces an undocumented entry of the same name),
    /// and undocumented entries for the models its properties reference.
    pub fn add_model(&mut self, name: String, mut model: Model, warnings: &mut Vec<Warning>) {
        // Names that differ only by case (`name`/`Name`) can collapse into one JSON
        // name in dialects that re-case them: keep the first, say so.
        let mut seen: Vec<String> = Vec::new();
        model.properties.retain(|p| {
            if seen.contains(&p.wire_name) {
                warnings.push(Warning {
                    at: p.source.clone(),
                    message: format!(
                        "model `{name}`: a second property reads as JSON name `{}`; it is dropped, as the docs cannot tell the two apart",
                        p.wire_name
                    ),
                });
                false
            } else {
                seen.push(p.wire_name.clone());
                true
            }
        });
        let mut values: Vec<String> = Vec::new();
        model.enum_values.retain(|v| {
            let fresh = !values.contains(v) && !infer::is_unknown_enum_case(v);
            values.push(v.clone());
            fresh
        });
        for p in &mut model.properties {
            p.enum_values.retain(|v| !infer::is_unknown_enum_case(v));
        }
        for alternative in model.one_of.iter().chain(&model.any_of) {
            self.models
                .entry(alternative.clone())
                .or_insert_with(|| Model::undocumented(model.source.clone()));
        }
        for p in &model.properties {
            if let Some(referenced) = p.ty.model_name() {
                self.models
                    .entry(referenced.to_string())
                    .or_insert_with(|| Model::undocumented(p.source.clone()));
            }
        }
        self.models.insert(name, model);
    }

    /// An OAuth2 scheme without a token URL gets the URL of the API's own token
    /// operation: the one whose form has a `grant_type` field (RFC 6749 section 3.2).
    pub fn infer_token_urls(&mut self, servers: &[crate::spec::Server]) {
        let token_path = self.apis.iter().flat_map(|a| &a.operations).find_map(|op| {
            let body = op.body.as_ref()?;
            infer::is_oauth2_token_form(body.fields.iter().map(|f| f.wire_name.as_str()))
                .then(|| (op.path.clone(), op.id.clone()))
        });
        let Some((path, id)) = token_path else { return };
        let base = servers.first().map_or("", |s| s.url.trim_end_matches('/'));
        for scheme in self.schemes.values_mut() {
            if scheme.kind == SchemeKind::Oauth2 && scheme.token_url.is_none() {
                scheme.token_url = Some(format!("{base}{path}"));
                scheme.inferred.insert(
                    "token_url".into(),
                    format!("the docs give no token URL; `{id}` is the API's token endpoint (its form has grant_type)"),
                );
            }
        }
    }

    /// Replaces every reference to a renamed model by the spec's name, and drops the
    /// placeholder the shown name had.
    pub fn apply_renames(&mut self) {
        for (shown, name) in std::mem::take(&mut self.renames) {
            if self.models.get(&shown).is_some_and(|m| !m.documented) {
                self.models.remove(&shown);
            }
            let rename = |ty: &mut TypeRef| rename_in(ty, &shown, &name);
            for op in self.apis.iter_mut().flat_map(|a| &mut a.operations) {
                op.params.iter_mut().for_each(|p| rename(&mut p.ty));
                if let Some(body) = &mut op.body {
                    body.ty.iter_mut().for_each(rename);
                    body.fields.iter_mut().for_each(|f| rename(&mut f.ty));
                }
                op.responses
                    .iter_mut()
                    .for_each(|r| r.ty.iter_mut().for_each(rename));
            }
            for model in self.models.values_mut() {
                model.properties.iter_mut().for_each(|p| rename(&mut p.ty));
                for list in [&mut model.one_of, &mut model.any_of] {
                    for member in list.iter_mut().filter(|m| **m == shown) {
                        *member = name.clone();
                    }
                }
            }
        }
    }

    /// An enum model whose page lists no values (android, markdown, scala write an
    /// empty `## Enum`) takes the values a parameter or property of its type lists.
    pub fn enum_values_from_uses(&mut self) {
        let mut found: Vec<(String, Vec<String>, Source)> = Vec::new();
        let mut note = |ty: &TypeRef, values: &[String], at: &Source| {
            if let (Some(name), false) = (ty.model_name(), values.is_empty()) {
                found.push((name.to_string(), values.to_vec(), at.clone()));
            }
        };
        for op in self.apis.iter().flat_map(|a| &a.operations) {
            for p in &op.params {
                note(&p.ty, &p.enum_values, &p.source);
            }
        }
        for model in self.models.values() {
            for p in &model.properties {
                note(&p.ty, &p.enum_values, &p.source);
            }
        }
        for (name, values, at) in found {
            let Some(model) = self.models.get_mut(&name) else {
                continue;
            };
            if model.enum_values.is_empty()
                && model.properties.is_empty()
                && model.one_of.is_empty()
                && model.any_of.is_empty()
            {
                model.enum_values = values;
                model.inferred.insert(
                    "enum".into(),
                    format!("the model's page lists no values; {at} lists them for a value of this type"),
                );
            }
        }
    }

    /// Gives each model composed with `allOf` its parents' properties (before its own),
    /// as the other dialects' docs show them.
    pub fn inherit_all_of(&mut self) {
        for (child, parents) in std::mem::take(&mut self.all_of) {
            let mut inherited: Vec<crate::spec::Property> = Vec::new();
            for parent in &parents {
                if let Some(model) = self.models.get(parent).filter(|m| m.documented) {
                    inherited.extend(model.properties.iter().cloned());
                }
            }
            if let Some(model) = self.models.get_mut(&child) {
                inherited.retain(|p| {
                    !model
                        .properties
                        .iter()
                        .any(|own| own.wire_name == p.wire_name)
                });
                inherited.append(&mut model.properties);
                model.properties = inherited;
            }
        }
    }

    /// Infers every referenced scheme that no example configured.
    pub fn infer_missing_schemes(&mut self) {
        for (name, at) in &self.referenced_schemes {
            if self.schemes.contains_key(name) {
                continue;
            }
            let (kind, rule) = infer::scheme_kind_from_name(name);
            let mut inferred = Inferred::new();
            inferred.insert("type".into(), rule);
            let (location, key) = if kind == SchemeKind::ApiKey {
                inferred.insert(
                    "in".into(),
                    "API keys travel in a header unless the docs say otherwise".into(),
                );
                inferred.insert(
                    "name".into(),
                    "the docs do not name the key; the scheme name is used".into(),
                );
                (Some(ParamLocation::Header), Some(name.clone()))
            } else {
                (None, None)
            };
            self.schemes.insert(
                name.clone(),
                SecurityScheme {
                    kind,
                    location,
                    name: key,
                    bearer_format: None,
                    token_url: None,
                    description: None,
                    source: at.clone(),
                    inferred,
                },
            );
        }
    }
}

fn rename_in(ty: &mut TypeRef, from: &str, to: &str) {
    match ty {
        TypeRef::Model(name) if name == from => *name = to.to_string(),
        TypeRef::Array(inner) | TypeRef::Map(inner) => rename_in(inner, from, to),
        _ => {}
    }
}

fn types_of(op: &Operation) -> Vec<(&TypeRef, Source)> {
    let mut out: Vec<(&TypeRef, Source)> = op
        .params
        .iter()
        .map(|p| (&p.ty, p.source.clone()))
        .collect();
    if let Some(body) = &op.body {
        out.extend(body.ty.iter().map(|t| (t, body.source.clone())));
        out.extend(body.fields.iter().map(|f| (&f.ty, f.source.clone())));
    }
    out.extend(
        op.responses
            .iter()
            .filter_map(|r| r.ty.as_ref().map(|t| (t, r.source.clone()))),
    );
    out
}

fn scheme_from_hint(dialect: &Dialect, hint: SchemeHint, at: Source) -> (String, SecurityScheme) {
    let mut inferred = Inferred::new();
    let (location, name) = if hint.kind == SchemeKind::ApiKey {
        let name = match (dialect.api_key_index, hint.key) {
            (ApiKeyIndex::WireName, Some(key)) => key,
            (_, _) => {
                inferred.insert(
                    "name".into(),
                    format!("{} examples index API keys by scheme name; the key's own name is not shown", dialect.name),
                );
                hint.name.clone()
            }
        };
        let rule = if name.starts_with("X-") || name.starts_with("x-") {
            format!("the docs name only the key (`{name}`); an `X-` name is a request header")
        } else {
            format!("the docs name only the key (`{name}`); API keys travel in a header unless the docs say otherwise")
        };
        inferred.insert("in".into(), rule);
        (Some(ParamLocation::Header), Some(name))
    } else {
        (None, None)
    };
    (
        hint.name,
        SecurityScheme {
            kind: hint.kind,
            location,
            name,
            bearer_format: hint.bearer_format,
            token_url: None,
            description: None,
            source: at,
            inferred,
        },
    )
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
fn placeholders(path: &str) -> Vec<String> {
    path.split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(name, _)| name.to_string()))
        .collect()
}

fn operation(
    doc: &Document,
    dialect: &Dialect,
    op: &OpFacts,
    warnings: &mut Vec<Warning>,
) -> Operation {
    let mut inferred = Inferred::new();
    if let Some(rule) = &op.id_rule {
        inferred.insert("id".into(), rule.clone());
    }
    let form_media = op.consumes.iter().find(|m| is_form(m)).cloned();
    let form = form_media.is_some() && sends_body(op);
    let token_form = form && infer::is_oauth2_token_form(op.params.iter().map(|p| p.name.as_str()));
    let slots = placeholders(&op.path);

    let mut params = Vec::new();
    let mut fields = Vec::new();
    let mut body: Option<Body> = None;
    for row in &op.params {
        let at = doc.at(row.line);
        if let Some(location) = row.location {
            // The page states where it travels, under its wire name.
            let required = location == ParamLocation::Path || !row.optional;
            params.push(param(
                row,
                row.name.clone(),
                location,
                required,
                at,
                Inferred::new(),
            ));
            continue;
        }
        let (required, required_rule) = required(dialect, op, row);
        let mut facts = Inferred::new();
        if let Some(rule) = required_rule {
            facts.insert("required".into(), rule);
        }
        let unescaped = infer::unescape_reserved(&row.name).unwrap_or_else(|| row.name.clone());
        if let Some(slot) = slots.iter().find(|s| {
            infer::normalize(s) == infer::normalize(&row.name)
                || infer::normalize(s) == infer::normalize(&unescaped)
        }) {
            if *slot != row.name {
                facts.insert(
                    "wire_name".into(),
                    format!("path template names {{{slot}}}; matched to `{}` ignoring case and separators", row.name),
                );
            }
            params.push(param(
                row,
                slot.clone(),
                ParamLocation::Path,
                true,
                at,
                facts,
            ));
            continue;
        }
        let header = infer::header_name(&row.name);
        if form && header.is_none() {
            let wire = match infer::oauth2_field(&row.name).filter(|_| token_form) {
                Some(rfc) => {
                    if rfc != row.name {
                        facts.insert(
                            "wire_name".into(),
                            format!(
                                "an OAuth 2.0 token request (it has a grant_type field): RFC 6749 spells `{}` as `{rfc}`",
                                row.name
                            ),
                        );
                    }
                    rfc.to_string()
                }
                None => shown_wire_name(dialect, &row.name, &mut facts),
            };
            facts.insert(
                "location".into(),
                "the operation consumes a form; its non-path parameters are taken as form fields"
                    .into(),
            );
            fields.push(Field {
                name: row.name.clone(),
                wire_name: wire,
                required,
                ty: row.ty.clone(),
                description: row.description.clone(),
                source: at,
                inferred: facts,
            });
            continue;
        }
        // swagger-codegen names an unnamed body `body` (`body: str` with
        // `Content-Type: text/plain`).
        let body_like = !row.ty.is_primitive()
            || (row.ty == TypeRef::Binary && !op.consumes.is_empty())
            || (row.name == "body" && !op.consumes.is_empty());
        if body.is_none() && body_like && sends_body(op) {
            let mut body_facts = Inferred::new();
            let media_type = match op
                .consumes
                .iter()
                .find(|m| m.contains("json"))
                .or(op.consumes.first())
            {
                Some(m) => m.clone(),
                None => {
                    body_facts.insert(
                        "media_type".into(),
                        "no Content-Type is documented; JSON is assumed".into(),
                    );
                    "application/json".to_string()
                }
            };
            body_facts.insert(
                "location".into(),
                format!(
                    "`{}` is the only structured parameter of a {} that sends a body",
                    row.name, op.method
                ),
            );
            body_facts.extend(facts);
            body = Some(Body {
                media_type,
                required,
                name: Some(row.name.clone()),
                ty: Some(row.ty.clone()),
                fields: Vec::new(),
                description: row.description.clone(),
                source: at,
                inferred: body_facts,
            });
            continue;
        }
        let (wire, location) = match header {
            Some((wire, rule)) => {
                if wire != row.name {
                    facts.insert(
                        "wire_name".into(),
                        format!("the header's spelling is rebuilt from `{}`; header names are case-insensitive", row.name),
                    );
                }
                facts.insert("location".into(), rule);
                (wire, ParamLocation::Header)
            }
            None => {
                facts.insert(
                    "location".into(),
                    "the docs do not say where non-path parameters travel; not a header by name, so query".into(),
                );
                (
                    shown_wire_name(dialect, &row.name, &mut facts),
                    ParamLocation::Query,
                )
            }
        };
        params.push(param(row, wire, location, required, at, facts));
    }
    for slot in &slots {
        if !params
            .iter()
            .any(|p| p.location == ParamLocation::Path && &p.wire_name == slot)
        {
            warnings.push(Warning {
                at: doc.at(op.line),
                message: format!("path placeholder {{{slot}}} of `{}` has no documented parameter; assuming a required string", op.id),
            });
            params.push(placeholder_param(slot.clone(), doc.at(op.line)));
        }
    }
    if let (None, Some(stated)) = (&body, &op.body) {
        body = Some(Body {
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
        });
    }
    if !fields.is_empty() {
        let media_type = form_media.unwrap_or_default();
        let mut body_facts = Inferred::new();
        body_facts.insert(
            "required".into(),
            "a form body is required when any of its fields is".into(),
        );
        body = Some(Body {
            media_type,
            required: fields.iter().any(|f| f.required),
            name: None,
            ty: None,
            fields,
            description: None,
            source: doc.at(op.headers_line.unwrap_or(op.line)),
            inferred: body_facts,
        });
    }

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
        let mut facts = Inferred::new();
        facts.insert(
            "status".into(),
            "the page documents no success status code; any 2xx is taken as success".into(),
        );
        responses.insert(
            0,
            Response {
                status: "2XX".into(),
                description: None,
                ty: returns,
                source: returns_at,
                inferred: facts,
            },
        );
    }
    let security = match &op.security {
        Some((names, _)) => names.clone(),
        None => {
            inferred.insert(
                "security".into(),
                "the page has no Authorization section; none assumed".into(),
            );
            Vec::new()
        }
    };
    if security.len() > 1 {
        inferred.insert(
            "security".into(),
            "the docs list several schemes without saying whether all are needed; any one is taken to suffice".into(),
        );
    }
    Operation {
        id: op.id.clone(),
        method: op.method.clone(),
        path: op.path.clone(),
        summary: op.summary.clone(),
        description: op.description.clone(),
        source: doc.at(op.line),
        params,
        body,
        responses,
        security,
        consumes: op.consumes.clone(),
        produces: op.produces.clone(),
        issues_token: None,
        inferred,
    }
}

/// A required string path parameter for a `{slot}` no parameter documents.
fn placeholder_param(slot: String, at: Source) -> Param {
    let mut inferred = Inferred::new();
    inferred.insert(
        "type".into(),
        "path placeholder without a documented parameter: a required string".into(),
    );
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
            format!(
                "`{name}` is how {} escapes the reserved word `{word}`",
                dialect.name
            ),
        );
        return word;
    }
    if dialect.name_case == NameCase::Pascal {
        let wire = lower_first(name);
        facts.insert(
            "wire_name".into(),
            format!("{} shows names in PascalCase (`{name}`); the wire name is assumed to be lowerCamelCase", dialect.name),
        );
        return wire;
    }
    if dialect.name_case != NameCase::Verbatim {
        facts.insert(
            "wire_name".into(),
            format!(
                "{} shows names in {}; the wire name is assumed to be spelled as shown (`{name}`)",
                dialect.name,
                dialect.case_phrase()
            ),
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
            return (
                !optional,
                optional.then(|| format!("the example at line {line} marks it `(optional)`")),
            );
        }
    }
    (true, None)
}
