//! Source facts against recovered facts: for each kind, how many of the source's facts
//! the recovered API states exactly, and what it says instead where it does not.
//!
//! Items are paired before they are compared (an operation by method and path, a
//! parameter or property by name), so that one wrong name does not hide whether the
//! rest of the item was recovered: exact name first, then the same name ignoring case
//! and separators. The pairing itself is a fact (`operation`, `param.name`...); the
//! facts that depend on it count as misses when nothing could be paired, marked
//! `dependent` so that examples show the cause, not its echoes.

use std::collections::{BTreeMap, BTreeSet};

use crate::facts::{Api, Model, Op, Scheme};
use crate::kind::Kind;
use crate::shape::Shape;

/// Recovered and total counts of one kind.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Count {
    pub recovered: usize,
    pub total: usize,
}

impl Count {
    pub fn add(&mut self, other: Count) {
        self.recovered += other.recovered;
        self.total += other.total;
    }
}

/// One source fact that was not recovered exactly.
#[derive(Debug, Clone)]
pub struct Miss {
    pub kind: Kind,
    /// Where, in source terms: `GET /pets param limit`, `schema Pet.tags`.
    pub at: String,
    pub source: String,
    pub recovered: String,
    /// The item the fact belongs to was not recovered at all (its own miss says so).
    pub dependent: bool,
}

/// The counts and misses of one comparison.
#[derive(Debug, Default)]
pub struct Tally {
    pub counts: BTreeMap<Kind, Count>,
    pub misses: Vec<Miss>,
}

impl Tally {
    fn hit(&mut self, kind: Kind) {
        let c = self.counts.entry(kind).or_default();
        c.recovered += 1;
        c.total += 1;
    }

    fn miss(&mut self, kind: Kind, at: &str, source: impl ToString, recovered: impl ToString) {
        self.counts.entry(kind).or_default().total += 1;
        self.misses.push(Miss {
            kind,
            at: at.to_string(),
            source: source.to_string(),
            recovered: recovered.to_string(),
            dependent: false,
        });
    }

    fn dependent_miss(&mut self, kind: Kind, at: &str, source: impl ToString) {
        self.counts.entry(kind).or_default().total += 1;
        self.misses.push(Miss {
            kind,
            at: at.to_string(),
            source: source.to_string(),
            recovered: "(not recovered)".to_string(),
            dependent: true,
        });
    }

    /// Counts a fact: a hit when `recovered` (the recovered value, if its item was
    /// found) equals `source` under `same`.
    fn check<T: PartialEq + std::fmt::Display>(
        &mut self,
        kind: Kind,
        at: &str,
        source: &T,
        recovered: Option<&T>,
        same: impl Fn(&T, &T) -> bool,
    ) {
        match recovered {
            Some(r) if same(source, r) => self.hit(kind),
            Some(r) => self.miss(kind, at, source, r),
            None => self.dependent_miss(kind, at, source),
        }
    }
}

/// Lower case without separators: `X-Request-ID` ~ `x_request_id` ~ `XRequestId`.
pub fn loose(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Pairs source names with recovered ones: each recovered name at most once, exact
/// matches (under `exact`) first, then loose ones. `Some((index, exact))` per source.
fn pair_names(
    source: &[&str],
    recovered: &[&str],
    exact: impl Fn(usize, usize) -> bool,
) -> Vec<Option<(usize, bool)>> {
    let mut used = vec![false; recovered.len()];
    let mut pairs: Vec<Option<(usize, bool)>> = vec![None; source.len()];
    for (i, pair) in pairs.iter_mut().enumerate() {
        if let Some(j) = (0..recovered.len()).find(|&j| !used[j] && exact(i, j)) {
            used[j] = true;
            *pair = Some((j, true));
        }
    }
    for (i, pair) in pairs.iter_mut().enumerate() {
        if pair.is_some() {
            continue;
        }
        let want = loose(source[i]);
        if let Some(j) = (0..recovered.len()).find(|&j| !used[j] && loose(recovered[j]) == want) {
            used[j] = true;
            *pair = Some((j, false));
        }
    }
    pairs
}

/// Whether formats count in a type comparison.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Formats {
    /// `integer(int32)` is not `integer`.
    Compared,
    /// Only the base type counts: `integer(int32)` is `integer`.
    Ignored,
}

/// Compares two shapes; a `$ref` on one side only is resolved to the scalar, enum or
/// array model it names, in its own API.
pub fn same_shape(src: &Api, a: &Shape, rec: &Api, b: &Shape, formats: Formats) -> bool {
    match (a, b) {
        (Shape::Ref(x), Shape::Ref(y)) => x == y,
        (Shape::Array(x), Shape::Array(y)) | (Shape::Map(x), Shape::Map(y)) => {
            same_shape(src, x, rec, y, formats)
        }
        (Shape::Ref(_), _) | (_, Shape::Ref(_)) => {
            let (ra, rb) = (src.resolve(a), rec.resolve(b));
            !matches!((ra, rb), (Shape::Ref(_), _) | (_, Shape::Ref(_)))
                && same_shape(src, ra, rec, rb, formats)
        }
        (Shape::Scalar { ty: x, .. }, Shape::Scalar { ty: y, .. })
            if formats == Formats::Ignored =>
        {
            x == y
        }
        _ => a == b,
    }
}

fn shape_text(shape: Option<&Shape>) -> String {
    shape.map_or_else(|| "(no body)".to_string(), Shape::to_string)
}

fn list_text(values: &[String]) -> String {
    format!("[{}]", values.join(", "))
}

fn set_text(set: &BTreeSet<String>) -> String {
    if set.is_empty() {
        "(no auth)".to_string()
    } else {
        format!("{{{}}}", set.iter().cloned().collect::<Vec<_>>().join(", "))
    }
}

/// The path with every `{param}` emptied: `/pets/{}`.
fn path_shape(path: &str) -> String {
    let mut out = String::new();
    let mut in_param = false;
    for c in path.chars() {
        match c {
            '{' => {
                in_param = true;
                out.push('{');
            }
            '}' => {
                in_param = false;
                out.push('}');
            }
            _ if in_param => {}
            _ => out.push(c),
        }
    }
    out.trim_end_matches('/').to_string()
}

/// The recovered operation for a source one, and whether its path is exactly the same.
fn find_op<'a>(rec: &'a Api, op: &Op) -> Option<(&'a Op, bool)> {
    let same_method = || rec.operations.iter().filter(|r| r.method == op.method);
    if let Some(r) = same_method().find(|r| r.path == op.path) {
        return Some((r, true));
    }
    let want = path_shape(&op.path);
    same_method()
        .find(|r| path_shape(&r.path) == want)
        .or_else(|| {
            // A base path written into (or left out of) the docs' paths.
            same_method().find(|r| {
                let got = path_shape(&r.path);
                got.ends_with(&want) || want.ends_with(&got) && !got.is_empty()
            })
        })
        .map(|r| (r, false))
}

/// Compares a recovered API with its source.
pub fn compare(src: &Api, rec: &Api) -> Tally {
    let mut t = Tally::default();
    for op in &src.operations {
        compare_operation(&mut t, src, rec, op);
    }
    compare_schemes(&mut t, src, rec);
    for (name, model) in &src.schemas {
        compare_model(&mut t, src, rec, name, model);
    }
    t
}

fn compare_operation(t: &mut Tally, src: &Api, rec: &Api, op: &Op) {
    let at = format!("{} {}", op.method.to_ascii_uppercase(), op.path);
    let found = find_op(rec, op);
    match found {
        Some((_, true)) => t.hit(Kind::Operation),
        Some((r, false)) => t.miss(
            Kind::Operation,
            &at,
            &at,
            format!("{} {}", r.method.to_ascii_uppercase(), r.path),
        ),
        None => t.miss(Kind::Operation, &at, &at, "(absent)"),
    }
    let r = found.map(|(r, _)| r);

    if let Some(id) = &op.id {
        let rid = r.map(|r| r.id.clone().unwrap_or_default());
        t.check(Kind::OperationId, &at, id, rid.as_ref(), |a, b| a == b);
        t.check(Kind::OperationIdLoose, &at, id, rid.as_ref(), |a, b| {
            loose(a) == loose(b)
        });
    }

    compare_params(t, src, rec, op, r, &at);
    compare_body(t, src, rec, op, r, &at);
    compare_responses(t, src, rec, op, r, &at);

    t.check(
        Kind::Security,
        &at,
        &SetText(op.security.clone()),
        r.map(|r| SetText(r.security.clone())).as_ref(),
        |a, b| a.0 == b.0,
    );
}

/// A set displayed as `{a, b}` or `(no auth)`.
#[derive(PartialEq)]
struct SetText(BTreeSet<String>);

impl std::fmt::Display for SetText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&set_text(&self.0))
    }
}

fn compare_params(t: &mut Tally, src: &Api, rec: &Api, op: &Op, r: Option<&Op>, at: &str) {
    let empty = Vec::new();
    let rparams = r.map_or(&empty, |r| &r.params);
    let snames: Vec<&str> = op.params.iter().map(|p| p.name.as_str()).collect();
    let rnames: Vec<&str> = rparams.iter().map(|p| p.name.as_str()).collect();
    // Exact: the same wire name; headers ignoring case, as HTTP does.
    let pairs = pair_names(&snames, &rnames, |i, j| {
        if op.params[i].location == "header" {
            snames[i].eq_ignore_ascii_case(rnames[j])
        } else {
            snames[i] == rnames[j]
        }
    });
    for (p, pair) in op.params.iter().zip(pairs) {
        let pat = format!("{at} {} param `{}`", p.location, p.name);
        let q = pair.map(|(j, _)| &rparams[j]);
        match pair {
            Some((_, true)) => t.hit(Kind::ParamName),
            Some((j, false)) => t.miss(Kind::ParamName, &pat, &p.name, &rparams[j].name),
            None if r.is_none() => t.dependent_miss(Kind::ParamName, &pat, &p.name),
            None => t.miss(
                Kind::ParamName,
                &pat,
                &p.name,
                format!("(absent; recovered params: {})", list_text(&names(&rnames))),
            ),
        }
        t.check(
            Kind::ParamIn,
            &pat,
            &p.location,
            q.map(|q| &q.location),
            |a, b| a == b,
        );
        t.check(
            Kind::ParamRequired,
            &pat,
            &p.required,
            q.map(|q| &q.required),
            |a, b| a == b,
        );
        t.check(
            Kind::ParamType,
            &pat,
            &p.shape,
            q.map(|q| &q.shape),
            |a, b| same_shape(src, a, rec, b, Formats::Compared),
        );
        t.check(
            Kind::ParamBaseType,
            &pat,
            &p.shape,
            q.map(|q| &q.shape),
            |a, b| same_shape(src, a, rec, b, Formats::Ignored),
        );
        if let Some(values) = &p.enum_values {
            let got = q.map(|q| ListText(q.enum_values.clone().unwrap_or_default()));
            t.check(
                Kind::ParamEnum,
                &pat,
                &ListText(values.clone()),
                got.as_ref(),
                |a, b| a == b,
            );
        }
    }
}

fn names(names: &[&str]) -> Vec<String> {
    names.iter().map(|n| n.to_string()).collect()
}

/// A list displayed as `[a, b]`.
#[derive(PartialEq)]
struct ListText(Vec<String>);

impl std::fmt::Display for ListText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&list_text(&self.0))
    }
}

/// `Some(shape)` or the absence of a body, displayed as `(no body)`.
#[derive(PartialEq)]
struct BodyShape(Option<Shape>);

impl std::fmt::Display for BodyShape {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&shape_text(self.0.as_ref()))
    }
}

fn compare_body(t: &mut Tally, src: &Api, rec: &Api, op: &Op, r: Option<&Op>, at: &str) {
    let Some(body) = &op.body else { return };
    let rbody = r.map(|r| r.body.as_ref());
    let media = |b: Option<&crate::facts::Body>| {
        let set: BTreeSet<String> = b
            .map(|b| b.media_types.iter().cloned().collect())
            .unwrap_or_default();
        SetText(set)
    };
    let smedia = media(Some(body));
    match rbody {
        Some(Some(rb)) => {
            let rmedia = media(Some(rb));
            t.check(Kind::BodyMediaType, at, &smedia, Some(&rmedia), |a, b| {
                a.0 == b.0
            });
            t.check(
                Kind::BodySchema,
                at,
                &BodyShape(body.shape.clone()),
                Some(&BodyShape(rb.shape.clone())),
                |a, b| match (&a.0, &b.0) {
                    (Some(x), Some(y)) => same_shape(src, x, rec, y, Formats::Compared),
                    (x, y) => x == y,
                },
            );
        }
        Some(None) => {
            t.miss(Kind::BodyMediaType, at, &smedia, "(no request body)");
            t.miss(
                Kind::BodySchema,
                at,
                BodyShape(body.shape.clone()),
                "(no request body)",
            );
        }
        None => {
            t.dependent_miss(Kind::BodyMediaType, at, &smedia);
            t.dependent_miss(Kind::BodySchema, at, BodyShape(body.shape.clone()));
        }
    }
    if body.form {
        let rfields: Vec<&str> = match rbody {
            Some(Some(rb)) => rb.fields.iter().map(String::as_str).collect(),
            _ => Vec::new(),
        };
        for field in &body.fields {
            let fat = format!("{at} form field");
            if rfields.contains(&field.as_str()) {
                t.hit(Kind::FormField);
            } else if rbody.is_none() {
                t.dependent_miss(Kind::FormField, &fat, field);
            } else {
                t.miss(
                    Kind::FormField,
                    &fat,
                    field,
                    format!(
                        "(absent; recovered fields: {})",
                        list_text(&names(&rfields))
                    ),
                );
            }
        }
    }
}

fn compare_responses(t: &mut Tally, src: &Api, rec: &Api, op: &Op, r: Option<&Op>, at: &str) {
    let rstatuses: Vec<String> = r.map_or_else(Vec::new, |r| {
        r.responses.iter().map(|x| x.status.clone()).collect()
    });
    for resp in &op.responses {
        let success = resp.status.starts_with('2');
        let kind = if success {
            Kind::SuccessStatus
        } else {
            Kind::ErrorStatus
        };
        let rat = format!("{at} response");
        match r {
            None => t.dependent_miss(kind, &rat, &resp.status),
            Some(_) if rstatuses.contains(&resp.status) => t.hit(kind),
            Some(_) => t.miss(kind, &rat, &resp.status, list_text(&rstatuses)),
        }
        if !success {
            continue;
        }
        let sat = format!("{at} response {}", resp.status);
        let range = format!("{}XX", &resp.status[..1]);
        let rresp = r.map(|r| {
            r.responses
                .iter()
                .find(|x| x.status == resp.status)
                .or_else(|| r.responses.iter().find(|x| x.status == range))
                .or_else(|| r.responses.iter().find(|x| x.status.starts_with('2')))
        });
        let want = BodyShape(resp.shape.clone());
        match rresp {
            None => t.dependent_miss(Kind::SuccessSchema, &sat, &want),
            Some(None) => t.miss(Kind::SuccessSchema, &sat, &want, "(no 2xx response)"),
            Some(Some(x)) => {
                let got = BodyShape(x.shape.clone());
                let same = match (&want.0, &got.0) {
                    (Some(a), Some(b)) => same_shape(src, a, rec, b, Formats::Compared),
                    (a, b) => a == b,
                };
                if same {
                    t.hit(Kind::SuccessSchema);
                } else {
                    t.miss(
                        Kind::SuccessSchema,
                        &sat,
                        &want,
                        format!("{got} (at {})", x.status),
                    );
                }
            }
        }
    }
}

fn compare_schemes(t: &mut Tally, src: &Api, rec: &Api) {
    let snames: Vec<&str> = src.schemes.keys().map(String::as_str).collect();
    let rnames: Vec<&str> = rec.schemes.keys().map(String::as_str).collect();
    let pairs = pair_names(&snames, &rnames, |i, j| snames[i] == rnames[j]);
    for ((name, s), pair) in src.schemes.iter().zip(pairs) {
        let at = format!("scheme `{name}`");
        let r: Option<&Scheme> = pair.map(|(j, _)| &rec.schemes[rnames[j]]);
        let shown_at = match pair {
            Some((j, false)) => format!("{at} (recovered as `{}`)", rnames[j]),
            _ => at.clone(),
        };
        match r {
            Some(r) if r.kind == s.kind => t.hit(Kind::SchemeType),
            Some(r) => t.miss(Kind::SchemeType, &shown_at, s.kind, r.kind),
            None => t.miss(
                Kind::SchemeType,
                &at,
                s.kind,
                format!(
                    "(absent; recovered schemes: {})",
                    list_text(&names(&rnames))
                ),
            ),
        }
        let field =
            |f: fn(&Scheme) -> Option<String>| r.map(|r| f(r).unwrap_or_else(|| "-".into()));
        if let Some(http) = &s.http_scheme {
            t.check(
                Kind::SchemeHttp,
                &shown_at,
                http,
                field(|r| r.http_scheme.clone()).as_ref(),
                |a, b| a == b,
            );
        }
        if let Some(location) = s.location {
            t.check(
                Kind::SchemeIn,
                &shown_at,
                &location.to_string(),
                field(|r| r.location.map(str::to_string)).as_ref(),
                |a, b| a == b,
            );
        }
        if let Some(key) = &s.name {
            let header = s.location == Some("header");
            t.check(
                Kind::SchemeKeyName,
                &shown_at,
                key,
                field(|r| r.name.clone()).as_ref(),
                |a, b| {
                    if header {
                        a.eq_ignore_ascii_case(b)
                    } else {
                        a == b
                    }
                },
            );
        }
        for (flow, url) in &s.flows {
            let want = format!("{flow} {url}");
            let got = r.map(|r| match r.flows.get(flow) {
                Some(u) => format!("{flow} {u}"),
                None => format!("(no {flow} flow: {:?})", r.flows),
            });
            t.check(Kind::SchemeFlow, &shown_at, &want, got.as_ref(), |a, b| {
                a == b
            });
        }
    }
}

/// The recovered model of a source one: same name, else the same name ignoring case
/// and separators, or with the `Model` prefix some generators add (`ModelApiResponse`).
fn find_model<'a>(rec: &'a Api, name: &str) -> Option<(&'a str, &'a Model)> {
    if let Some((k, m)) = rec.schemas.get_key_value(name) {
        return Some((k.as_str(), m));
    }
    let want = loose(name);
    rec.schemas
        .iter()
        .find(|(k, _)| {
            let k = loose(k);
            k == want || k.strip_prefix("model") == Some(want.as_str())
        })
        .map(|(k, m)| (k.as_str(), m))
}

fn compare_model(t: &mut Tally, src: &Api, rec: &Api, name: &str, model: &Model) {
    let at = format!("schema `{name}`");
    let found = find_model(rec, name);
    match found {
        Some((k, m)) if k == name && m.documented => t.hit(Kind::Model),
        Some((k, m)) if k == name && !m.documented => t.miss(
            Kind::Model,
            &at,
            name,
            "undocumented placeholder (x-mdclient-undocumented)",
        ),
        Some((k, _)) => t.miss(Kind::Model, &at, name, format!("`{k}`")),
        None => t.miss(Kind::Model, &at, name, "(absent)"),
    }
    let rmodel = found.map(|(_, m)| m).filter(|m| m.documented);

    if let Some(values) = &model.enum_values {
        let got = rmodel.map(|m| ListText(m.enum_values.clone().unwrap_or_default()));
        t.check(
            Kind::ModelEnum,
            &at,
            &ListText(values.clone()),
            got.as_ref(),
            |a, b| a == b,
        );
    }

    let rprops = rmodel.map_or(&[][..], |m| &m.properties[..]);
    let snames: Vec<&str> = model.properties.iter().map(|p| p.name.as_str()).collect();
    let rnames: Vec<&str> = rprops.iter().map(|p| p.name.as_str()).collect();
    let pairs = pair_names(&snames, &rnames, |i, j| snames[i] == rnames[j]);
    for (p, pair) in model.properties.iter().zip(pairs) {
        let pat = format!("schema `{name}`.{}", p.name);
        match pair {
            Some((_, true)) => t.hit(Kind::PropName),
            Some((j, false)) => t.miss(Kind::PropName, &pat, &p.name, rnames[j]),
            None if rmodel.is_none() => t.dependent_miss(Kind::PropName, &pat, &p.name),
            None => t.miss(
                Kind::PropName,
                &pat,
                &p.name,
                format!(
                    "(absent; recovered properties: {})",
                    list_text(&names(&rnames))
                ),
            ),
        }
        let q = pair.map(|(j, _)| &rprops[j]);
        t.check(
            Kind::PropType,
            &pat,
            &p.shape,
            q.map(|q| &q.shape),
            |a, b| same_shape(src, a, rec, b, Formats::Compared),
        );
        t.check(
            Kind::PropBaseType,
            &pat,
            &p.shape,
            q.map(|q| &q.shape),
            |a, b| same_shape(src, a, rec, b, Formats::Ignored),
        );
        t.check(
            Kind::PropRequired,
            &pat,
            &p.required,
            q.map(|q| &q.required),
            |a, b| a == b,
        );
        t.check(
            Kind::PropNullable,
            &pat,
            &p.nullable,
            q.map(|q| &q.nullable),
            |a, b| a == b,
        );
        if let Some(values) = &p.enum_values {
            let got = q.map(|q| {
                let via_ref = match &q.shape {
                    Shape::Ref(m) => rec.schemas.get(m).and_then(|m| m.enum_values.clone()),
                    _ => None,
                };
                ListText(q.enum_values.clone().or(via_ref).unwrap_or_default())
            });
            t.check(
                Kind::PropEnum,
                &pat,
                &ListText(values.clone()),
                got.as_ref(),
                |a, b| a == b,
            );
        }
    }
}
