//! Page facts -> spec items, applying the inference rules and recording each one.

use std::collections::BTreeMap;

use crate::markdown::Document;
use crate::spec::{
    Api, Inferred, Model, Operation, ParamLocation, SchemeKind, SecurityScheme, Source, TypeRef,
};
use crate::Warning;

use super::auth::SchemeHint;
use super::dialects::{ApiKeyIndex, Dialect};
use super::infer;
use super::operation::{placeholder_param, placeholders};
use super::page::ApiPage;

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
            let operation = super::operation::operation(doc, page.dialect, op, warnings);
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
        let mut known: std::collections::HashSet<(String, String)> = self
            .apis
            .iter()
            .flat_map(|a| &a.operations)
            .map(|o| (o.method.clone(), o.path.clone()))
            .collect();
        for (file, e) in endpoints {
            if !known.insert((e.method.clone(), e.path.clone())) {
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
            inferred.insert("responses".into(), infer::readme_only());
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
                pagination: None,
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
        if let Some(first) = self.models.get(&name).filter(|m| m.documented) {
            // Two pages with one title (a copy, a renamed file): the first read wins.
            warnings.push(Warning {
                at: model.source.clone(),
                message: format!(
                    "a second page for model `{name}` (the first is {}); this one is ignored",
                    first.source
                ),
            });
            return;
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
                scheme
                    .inferred
                    .insert("token_url".into(), infer::token_endpoint(&id));
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
                model
                    .inferred
                    .insert("enum".into(), infer::enum_from_use(&at));
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
                inferred.insert("in".into(), infer::key_in_header());
                inferred.insert("name".into(), infer::key_named_as_scheme());
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
                inferred.insert("name".into(), infer::key_indexed_by_scheme(dialect.name));
                hint.name.clone()
            }
        };
        inferred.insert("in".into(), infer::named_key_in_header(&name));
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
