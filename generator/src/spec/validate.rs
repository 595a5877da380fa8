//! What makes a spec one a client can be generated from, checked in one place.
//!
//! [`check`] lists every problem of a spec; the renderer refuses a spec with a
//! [`Problem::blocks`] one (a hand-edited `spec.yaml` gets the first, with its
//! `file:line`), and copes with the others (two operations with one id get
//! `name_2`). [`repair`] is
//! what the reader does with the same list: each problem has a stated resolution
//! (drop the second of two items that say the same, drop an operation that cannot
//! be called, add a placeholder for a model the docs only name), applied with a
//! warning naming the places, so the reader never hands on a spec the renderer
//! refuses.

use std::collections::{BTreeMap, BTreeSet};

use super::{Model, ParamLocation, SchemeKind, Source, Spec, TypeRef};
use crate::Warning;

/// The methods a client can send.
pub const HTTP_METHODS: &[&str] = &[
    "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE",
];

/// One problem, with where it is and how the reader resolves it.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub at: Source,
    pub message: String,
    pub fix: Fix,
}

impl Problem {
    /// Whether no client can be generated as the spec stands (a path without its
    /// parameter, a type two properties share a JSON name in...), as opposed to an
    /// ambiguity the renderer resolves itself (two operations with one id).
    pub fn blocks(&self) -> bool {
        !matches!(
            self.fix,
            Fix::RenameOperation { .. }
                | Fix::DropRepeat { .. }
                | Fix::DropParam { .. }
                | Fix::AddModel { .. }
                | Fix::StripCredentials { .. }
        )
    }
}

/// The resolution of a [`Problem`].
#[derive(Debug, Clone, PartialEq)]
pub enum Fix {
    /// Drop operation `index` of API `api` (it cannot be called as written).
    DropOperation { api: usize, index: usize },
    /// Drop operation `index` of API `api`: a second one on the same request.
    DropRepeat { api: usize, index: usize },
    /// Give operation `index` of API `api` a new id.
    RenameOperation {
        api: usize,
        index: usize,
        id: String,
    },
    /// Drop parameter `param` of that operation (a second one with its name).
    DropParam {
        api: usize,
        index: usize,
        param: usize,
    },
    /// Drop the scheme from that operation's security list.
    DropSecurity {
        api: usize,
        index: usize,
        scheme: String,
    },
    /// Drop the `issues_token` note of that operation.
    DropTokenIssue { api: usize, index: usize },
    /// Drop the `pagination` note of that operation.
    DropPagination { api: usize, index: usize },
    /// Drop property `property` of the model.
    DropProperty { model: String, property: usize },
    /// Drop enum value `value` (a repeat) of the model.
    DropEnumValue { model: String, value: usize },
    /// Add an undocumented placeholder for a model something refers to.
    AddModel { model: String },
    /// Give an API key scheme its name as the key's name.
    NameKey { scheme: String },
    /// Drop the `user:password@` of server `server`'s URL.
    StripCredentials { server: usize },
}

/// Every problem of `spec`, in a stable order.
pub fn check(spec: &Spec) -> Vec<Problem> {
    let mut out = Vec::new();
    check_operations(spec, &mut out);
    check_models(spec, &mut out);
    check_schemes(spec, &mut out);
    check_servers(spec, &mut out);
    out
}

/// `Ok` when no problem of `spec` [blocks](Problem::blocks) generation; else the
/// first, as the error `generate` and `openapi` both stop with.
pub fn refuse_blocking(spec: &Spec) -> Result<(), crate::Error> {
    match check(spec).into_iter().find(Problem::blocks) {
        Some(problem) => Err(crate::Error::Spec {
            file: problem.at.to_string(),
            message: problem.message,
        }),
        None => Ok(()),
    }
}

/// Resolves every problem by its stated rule; the warnings say what was done.
pub fn repair(spec: &mut Spec) -> Vec<Warning> {
    let mut warnings = Vec::new();
    // Each round removes or adds items, which can only settle: a handful of
    // rounds suffice for any spec (a guard, not a limit ever met).
    for _ in 0..8 {
        let problems = check(spec);
        if problems.is_empty() {
            break;
        }
        // Drops by index go last to first, so that the indices stay right.
        let mut fixes: Vec<&Problem> = problems.iter().collect();
        fixes.sort_by_key(|p| std::cmp::Reverse(order(&p.fix)));
        let mut done: BTreeSet<String> = BTreeSet::new();
        for p in fixes {
            if !done.insert(format!("{:?}", p.fix)) {
                continue;
            }
            apply(spec, &p.fix);
            warnings.push(Warning {
                at: p.at.clone(),
                message: format!("{}; {}", p.message, consequence(&p.fix)),
            });
        }
    }
    warnings
}

/// A sort key: fixes on later items first, drops of whole operations last.
fn order(fix: &Fix) -> (usize, usize, usize, usize) {
    match fix {
        Fix::DropParam { api, index, param } => (1, *api, *index, *param),
        Fix::DropProperty { property, .. } => (1, 0, 0, *property),
        Fix::DropEnumValue { value, .. } => (1, 0, 0, *value),
        Fix::DropOperation { api, index } | Fix::DropRepeat { api, index } => (0, *api, *index, 0),
        _ => (2, 0, 0, 0),
    }
}

fn consequence(fix: &Fix) -> String {
    match fix {
        Fix::DropOperation { .. } | Fix::DropRepeat { .. } => {
            "the operation is left out of the client".into()
        }
        Fix::RenameOperation { id, .. } => format!("this one is renamed `{id}`"),
        Fix::DropParam { .. } => "the second one is dropped".into(),
        Fix::DropSecurity { scheme, .. } => {
            format!("`{scheme}` is left out of the operation's schemes")
        }
        Fix::DropTokenIssue { .. } => "the operation is not used for token exchange".into(),
        Fix::DropPagination { .. } => "the operation gets no paging helpers".into(),
        Fix::DropProperty { .. } => "the second one is dropped".into(),
        Fix::DropEnumValue { .. } => "the repeat is dropped".into(),
        Fix::AddModel { model } => format!("`{model}` is kept as untyped JSON"),
        Fix::NameKey { scheme } => format!("the key is assumed to be named `{scheme}`"),
        Fix::StripCredentials { .. } => {
            "they are left out of the client (give credentials through its scheme setters)".into()
        }
    }
}

fn op(spec: &mut Spec, api: usize, index: usize) -> Option<&mut super::Operation> {
    spec.apis
        .get_mut(api)
        .and_then(|a| a.operations.get_mut(index))
}

fn apply(spec: &mut Spec, fix: &Fix) {
    match fix {
        Fix::DropOperation { api, index } | Fix::DropRepeat { api, index } => {
            if let Some(a) = spec.apis.get_mut(*api) {
                if *index < a.operations.len() {
                    a.operations.remove(*index);
                }
            }
        }
        Fix::RenameOperation { api, index, id } => {
            if let Some(o) = op(spec, *api, *index) {
                o.id = id.clone();
            }
        }
        Fix::DropParam { api, index, param } => {
            if let Some(o) = op(spec, *api, *index) {
                if *param < o.params.len() {
                    o.params.remove(*param);
                }
            }
        }
        Fix::DropSecurity { api, index, scheme } => {
            if let Some(o) = op(spec, *api, *index) {
                o.security.retain(|s| s != scheme);
            }
        }
        Fix::DropTokenIssue { api, index } => {
            if let Some(o) = op(spec, *api, *index) {
                o.issues_token = None;
            }
        }
        Fix::DropPagination { api, index } => {
            if let Some(o) = op(spec, *api, *index) {
                o.pagination = None;
                o.inferred.remove("pagination");
            }
        }
        Fix::DropProperty { model, property } => {
            if let Some(m) = spec.models.get_mut(model) {
                if *property < m.properties.len() {
                    m.properties.remove(*property);
                }
            }
        }
        Fix::DropEnumValue { model, value } => {
            if let Some(m) = spec.models.get_mut(model) {
                if *value < m.enum_values.len() {
                    m.enum_values.remove(*value);
                }
            }
        }
        Fix::AddModel { model } => {
            let source = spec
                .models
                .values()
                .next()
                .map(|m| m.source.clone())
                .or_else(|| spec.apis.first().map(|a| a.source.clone()))
                .unwrap_or_else(|| Source::new("", 0));
            spec.models
                .entry(model.clone())
                .or_insert_with(|| Model::undocumented(source));
        }
        Fix::StripCredentials { server } => {
            if let Some(s) = spec.servers.get_mut(*server) {
                if let Some(url) = without_credentials(&s.url) {
                    s.url = url;
                }
            }
        }
        Fix::NameKey { scheme } => {
            if let Some(s) = spec.security_schemes.get_mut(scheme) {
                s.name = Some(scheme.clone());
                s.inferred.insert(
                    "name".into(),
                    "the spec names no key; the scheme name is used".into(),
                );
            }
        }
    }
}

/// `{name}` placeholders of a path template; `Err` when one is malformed.
pub fn placeholders(path: &str) -> Result<Vec<&str>, String> {
    let mut out = Vec::new();
    let mut rest = path;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err(format!("`}}` without `{{` in `{path}`"));
        }
        let after = &rest[open + 1..];
        let close = after
            .find(['{', '}'])
            .filter(|c| after[*c..].starts_with('}'))
            .ok_or_else(|| format!("`{{` without `}}` in `{path}`"))?;
        let name = &after[..close];
        if name.is_empty() || name.trim() != name || name.contains(char::is_whitespace) {
            return Err(format!(
                "placeholder `{{{name}}}` of `{path}` is not a name"
            ));
        }
        out.push(name);
        rest = &after[close + 1..];
    }
    Ok(out)
}

/// Whether the literal parts of a path template stay a path below the base URL: no
/// query or fragment (`?`, `#`), no `.` or `..` segment (it would climb out of the
/// base URL's own path), no whitespace or control character.
pub fn literal_path(path: &str) -> Result<(), String> {
    if let Some(c) = path.chars().find(|c| matches!(c, '?' | '#')) {
        return Err(format!(
            "the path `{path}` has a `{c}` part; a path template holds the path only"
        ));
    }
    if let Some(c) = path.chars().find(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!("the path `{path}` holds {c:?}"));
    }
    if path.split('/').any(|s| s == "." || s == "..") {
        return Err(format!(
            "the path `{path}` has a `.` or `..` segment, which would leave the base URL's path"
        ));
    }
    Ok(())
}

/// `url` without the `user:password@` before its host; `None` when it has none.
pub fn without_credentials(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let at = rest[..authority_end].rfind('@')?;
    Some(format!("{scheme}://{}", &rest[at + 1..]))
}

fn check_servers(spec: &Spec, out: &mut Vec<Problem>) {
    for (i, s) in spec.servers.iter().enumerate() {
        if without_credentials(&s.url).is_some() {
            out.push(Problem {
                at: s.source.clone(),
                message: "the base URL holds credentials (`user:password@`)".into(),
                fix: Fix::StripCredentials { server: i },
            });
        }
    }
}

/// Whether `text` can be sent in a header: visible ASCII and spaces.
pub fn header_text(text: &str) -> Result<(), String> {
    match text.chars().find(|c| !(' '..='~').contains(c)) {
        Some(c) => Err(format!("{c:?} cannot be sent in a header")),
        None => Ok(()),
    }
}

fn check_operations(spec: &Spec, out: &mut Vec<Problem>) {
    let mut ids: BTreeMap<&str, Source> = BTreeMap::new();
    let mut requests: BTreeMap<(String, &str), Source> = BTreeMap::new();
    for (a, api) in spec.apis.iter().enumerate() {
        for (i, op) in api.operations.iter().enumerate() {
            let mut problem = |message: String, fix: Fix| {
                out.push(Problem {
                    at: op.source.clone(),
                    message: format!("operation `{}`: {message}", op.id),
                    fix,
                })
            };
            let drop = Fix::DropOperation { api: a, index: i };
            let method = op.method.trim().to_ascii_uppercase();
            if !HTTP_METHODS.contains(&method.as_str()) {
                problem(
                    format!("`{}` is not an HTTP method", op.method),
                    drop.clone(),
                );
                continue;
            }
            let slots = match placeholders(&op.path) {
                Ok(slots) => slots,
                Err(message) => {
                    problem(message, drop.clone());
                    continue;
                }
            };
            if !op.path.starts_with('/') {
                problem(
                    format!("the path `{}` does not start with `/`", op.path),
                    drop.clone(),
                );
                continue;
            }
            if let Err(message) = literal_path(&op.path) {
                problem(message, drop.clone());
                continue;
            }
            let path_params: Vec<&str> = op
                .params
                .iter()
                .filter(|p| p.location == ParamLocation::Path)
                .map(|p| p.wire_name.as_str())
                .collect();
            if let Some(slot) = slots.iter().find(|s| !path_params.contains(s)) {
                problem(
                    format!("the path `{}` names `{{{slot}}}`, which no path parameter has as its wire name", op.path),
                    drop.clone(),
                );
                continue;
            }
            if let Some(unused) = path_params.iter().find(|p| !slots.contains(p)) {
                problem(
                    format!("path parameter `{unused}` is not in the path `{}`", op.path),
                    drop.clone(),
                );
                continue;
            }
            for media in op
                .consumes
                .iter()
                .chain(&op.produces)
                .chain(op.body.as_ref().map(|b| &b.media_type))
            {
                if let Err(message) = header_text(media) {
                    problem(format!("media type `{media}`: {message}"), drop.clone());
                }
            }
            let mut params: BTreeSet<(ParamLocation, String)> = BTreeSet::new();
            for (n, p) in op.params.iter().enumerate() {
                let name = if p.location == ParamLocation::Header {
                    p.wire_name.to_ascii_lowercase()
                } else {
                    p.wire_name.clone()
                };
                if !params.insert((p.location, name)) {
                    problem(
                        format!(
                            "two {} parameters are named `{}` (the second at {})",
                            p.location.as_str(),
                            p.wire_name,
                            p.source
                        ),
                        Fix::DropParam {
                            api: a,
                            index: i,
                            param: n,
                        },
                    );
                }
            }
            for scheme in op
                .security
                .iter()
                .filter(|s| !spec.security_schemes.contains_key(*s))
            {
                problem(
                    format!("security scheme `{scheme}` is not defined"),
                    Fix::DropSecurity {
                        api: a,
                        index: i,
                        scheme: scheme.clone(),
                    },
                );
            }
            if let Some(scheme) = op
                .issues_token
                .as_ref()
                .and_then(|t| t.scheme.as_ref())
                .filter(|s| !spec.security_schemes.contains_key(*s))
            {
                problem(
                    format!("issues_token.scheme `{scheme}` is not defined"),
                    Fix::DropTokenIssue { api: a, index: i },
                );
            }
            if let Some(Err(message)) = op
                .pagination
                .as_ref()
                .map(|paging| super::paging::resolve(spec, op, paging))
            {
                problem(message, Fix::DropPagination { api: a, index: i });
            }
            let request = (method, op.path.as_str());
            match requests.get(&request) {
                Some(first) => {
                    // The same operation under two tags: one is enough (and its id
                    // is no second id).
                    problem(
                        format!("{} {} is also the operation at {first}", request.0, op.path),
                        Fix::DropRepeat { api: a, index: i },
                    );
                    continue;
                }
                None => {
                    requests.insert(request, op.source.clone());
                }
            }
            if let Some(first) = ids.get(op.id.as_str()) {
                problem(
                    format!("the id is also the id of the operation at {first}"),
                    Fix::RenameOperation {
                        api: a,
                        index: i,
                        id: unique_id(spec, &op.id),
                    },
                );
            } else {
                ids.insert(&op.id, op.source.clone());
            }
        }
    }
}

/// `id_2`, `id_3`...: the first that no operation has.
fn unique_id(spec: &Spec, id: &str) -> String {
    let taken: BTreeSet<&str> = spec
        .apis
        .iter()
        .flat_map(|a| &a.operations)
        .map(|o| o.id.as_str())
        .collect();
    (2..)
        .map(|n| format!("{id}_{n}"))
        .find(|candidate| !taken.contains(candidate.as_str()))
        .unwrap_or_else(|| format!("{id}_x"))
}

fn check_models(spec: &Spec, out: &mut Vec<Problem>) {
    for (name, model) in &spec.models {
        let mut seen: BTreeMap<&str, &Source> = BTreeMap::new();
        for (i, p) in model.properties.iter().enumerate() {
            match seen.get(p.wire_name.as_str()) {
                Some(first) => out.push(Problem {
                    at: p.source.clone(),
                    message: format!(
                        "model `{name}` has two properties with the JSON name `{}` (the first at {first})",
                        p.wire_name
                    ),
                    fix: Fix::DropProperty { model: name.clone(), property: i },
                }),
                None => {
                    seen.insert(&p.wire_name, &p.source);
                }
            }
        }
        let mut values = BTreeSet::new();
        for (i, v) in model.enum_values.iter().enumerate() {
            if !values.insert(v.as_str()) {
                out.push(Problem {
                    at: model.source.clone(),
                    message: format!("enum model `{name}` lists the value `{v}` twice"),
                    fix: Fix::DropEnumValue {
                        model: name.clone(),
                        value: i,
                    },
                });
            }
        }
    }
    // Every model a type names exists (documented or a placeholder).
    let mut named: BTreeMap<String, Source> = BTreeMap::new();
    let mut note = |ty: &TypeRef, at: &Source| {
        if let Some(m) = ty.model_name() {
            named.entry(m.to_string()).or_insert_with(|| at.clone());
        }
    };
    for op in spec.apis.iter().flat_map(|a| &a.operations) {
        op.params.iter().for_each(|p| note(&p.ty, &p.source));
        if let Some(body) = &op.body {
            body.ty.iter().for_each(|t| note(t, &body.source));
            body.fields.iter().for_each(|f| note(&f.ty, &f.source));
        }
        op.responses
            .iter()
            .for_each(|r| r.ty.iter().for_each(|t| note(t, &r.source)));
    }
    for model in spec.models.values() {
        model.properties.iter().for_each(|p| note(&p.ty, &p.source));
        for member in model.one_of.iter().chain(&model.any_of) {
            note(&TypeRef::Model(member.clone()), &model.source);
        }
    }
    for (model, at) in named {
        if !spec.models.contains_key(&model) {
            out.push(Problem {
                at,
                message: format!("model `{model}` is referred to but not defined"),
                fix: Fix::AddModel { model },
            });
        }
    }
}

fn check_schemes(spec: &Spec, out: &mut Vec<Problem>) {
    for (name, scheme) in &spec.security_schemes {
        if scheme.kind == SchemeKind::ApiKey && scheme.name.as_deref().is_none_or(str::is_empty) {
            out.push(Problem {
                at: scheme.source.clone(),
                message: format!("security scheme `{name}`: an api_key scheme needs a `name`"),
                fix: Fix::NameKey {
                    scheme: name.clone(),
                },
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(yaml: &str) -> Spec {
        crate::spec::from_yaml(yaml).expect("a spec")
    }

    const BASE: &str = "mdclient: 1\nname: t\ninputs: []\nservers: []\nsecurity_schemes: {}\nmodels: {}\napis:\n- name: A\n  dialect: ruby\n  source: a.md:1\n  operations:\n";

    fn op(id: &str, method: &str, path: &str, params: &str) -> String {
        format!("  - id: {id}\n    method: {method}\n    path: '{path}'\n    source: a.md:2\n    params: {params}\n    responses: []\n    security: []\n")
    }

    #[test]
    fn placeholders_are_names() {
        assert_eq!(placeholders("/a/{x}/b/{y}"), Ok(vec!["x", "y"]));
        assert!(placeholders("/f/{ x }").is_err());
        assert!(placeholders("/f/{x").is_err());
        assert!(placeholders("/f/x}").is_err());
        assert!(placeholders("/f/{}").is_err());
    }

    #[test]
    fn a_second_operation_on_one_request_is_dropped_with_a_warning() {
        let mut s = spec(&format!(
            "{BASE}{}{}",
            op("a", "GET", "/x", "[]"),
            op("b", "GET", "/x", "[]")
        ));
        let warnings = repair(&mut s);
        assert_eq!(s.apis[0].operations.len(), 1);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].message.contains("also the operation at a.md:2"));
        assert!(check(&s).is_empty());
    }

    #[test]
    fn repeated_ids_are_renamed_and_bad_methods_dropped() {
        let mut s = spec(&format!(
            "{BASE}{}{}{}",
            op("a", "GET", "/x", "[]"),
            op("a", "POST", "/x", "[]"),
            op("c", "FETCH", "/y", "[]")
        ));
        repair(&mut s);
        let ids: Vec<&str> = s.apis[0].operations.iter().map(|o| o.id.as_str()).collect();
        assert_eq!(ids, ["a", "a_2"]);
    }

    #[test]
    fn credentials_leave_the_base_url() {
        assert_eq!(
            without_credentials("https://u:p@api.example/v1").as_deref(),
            Some("https://api.example/v1")
        );
        assert_eq!(without_credentials("https://api.example/v1?a=b@c"), None);
        let mut s = spec(&BASE.replace(
            "servers: []",
            "servers:\n- url: https://admin:hunter2@api.example/v1\n  source: README.md:3",
        ));
        let warnings = repair(&mut s);
        assert_eq!(s.servers[0].url, "https://api.example/v1");
        assert!(!warnings[0].message.contains("hunter2"), "{warnings:?}");
    }

    #[test]
    fn paths_stay_below_the_base_url() {
        assert!(literal_path("/a/{id}/b.json").is_ok());
        assert!(literal_path("/a/../admin").is_err());
        assert!(literal_path("/a/./b").is_err());
        assert!(literal_path("/a?x=1").unwrap_err().contains('?'));
        assert!(literal_path("/a#frag").is_err());
        assert!(literal_path("/a b").is_err());
        let mut s = spec(&format!(
            "{BASE}{}{}",
            op("a", "GET", "/x/../admin", "[]"),
            op("b", "GET", "/y?debug=1", "[]")
        ));
        assert_eq!(repair(&mut s).len(), 2);
        assert!(s.apis[0].operations.is_empty());
    }

    #[test]
    fn a_placeholder_without_a_parameter_drops_the_operation() {
        let mut s = spec(&format!("{BASE}{}", op("a", "GET", "/x/{id}", "[]")));
        assert_eq!(check(&s).len(), 1);
        repair(&mut s);
        assert!(s.apis[0].operations.is_empty());
    }
}
