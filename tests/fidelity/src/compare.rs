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

use crate::ceiling::{Ceiling, OpScope};
use crate::facts::{Api, Model, Op, Scheme};
use crate::kind::Kind;
use crate::shape::Shape;
use crate::spelling::Spellings;

/// The counts of one kind: facts of the source, recovered; carried by the docs (the
/// ceiling oracle), recovered of those.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Count {
    pub recovered: usize,
    pub total: usize,
    pub carried: usize,
    pub carried_recovered: usize,
}

impl Count {
    pub fn add(&mut self, other: Count) {
        self.recovered += other.recovered;
        self.total += other.total;
        self.carried += other.carried;
        self.carried_recovered += other.carried_recovered;
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
    /// Where the docs carry the fact (`file:line`), when they do: a reader gap.
    pub carried: Option<String>,
}

/// The counts and misses of one comparison.
#[derive(Debug, Default)]
pub struct Tally {
    pub counts: BTreeMap<Kind, Count>,
    pub misses: Vec<Miss>,
}

impl Tally {
    fn count(&mut self, kind: Kind, recovered: bool, carried: bool) {
        let c = self.counts.entry(kind).or_default();
        c.total += 1;
        c.recovered += usize::from(recovered);
        c.carried += usize::from(carried);
        c.carried_recovered += usize::from(carried && recovered);
    }

    fn hit(&mut self, kind: Kind, carried: Option<String>) {
        self.count(kind, true, carried.is_some());
    }

    fn miss(
        &mut self,
        kind: Kind,
        at: &str,
        source: impl ToString,
        recovered: impl ToString,
        carried: Option<String>,
    ) {
        self.count(kind, false, carried.is_some());
        self.misses.push(Miss {
            kind,
            at: at.to_string(),
            source: source.to_string(),
            recovered: recovered.to_string(),
            dependent: false,
            carried,
        });
    }

    fn dependent_miss(
        &mut self,
        kind: Kind,
        at: &str,
        source: impl ToString,
        carried: Option<String>,
    ) {
        self.miss(kind, at, source, "(not recovered)", carried);
        if let Some(last) = self.misses.last_mut() {
            last.dependent = true;
        }
    }

    /// Counts a fact: a hit when `recovered` (the recovered value, if its item was
    /// found) equals `source` under `same`.
    #[allow(clippy::too_many_arguments)]
    fn check<T: PartialEq + std::fmt::Display>(
        &mut self,
        kind: Kind,
        at: &str,
        source: &T,
        recovered: Option<&T>,
        same: impl Fn(&T, &T) -> bool,
        carried: Option<String>,
    ) {
        match recovered {
            Some(r) if same(source, r) => self.hit(kind, carried),
            Some(r) => self.miss(kind, at, source, r, carried),
            None => self.dependent_miss(kind, at, source, carried),
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
        // A model the docs renamed (`ModelApiResponse`) is still the same model; its
        // own `model` fact records the name.
        (Shape::Ref(x), Shape::Ref(y)) => {
            x == y || loose(x) == loose(y) || loose(y).strip_prefix("model") == Some(&loose(x))
        }
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
pub fn path_shape(path: &str) -> String {
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

/// What the comparison asks of the docs: the oracle and its spelling pool.
pub struct Oracle<'a> {
    pub ceiling: &'a Ceiling<'a>,
    pub pool: &'a Spellings,
}

/// Compares a recovered API with its source, asking the oracle of each fact whether
/// the docs carry it.
pub fn compare(src: &Api, rec: &Api, o: &Oracle) -> Tally {
    let mut t = Tally::default();
    for op in &src.operations {
        compare_operation(&mut t, src, rec, op, o);
    }
    compare_schemes(&mut t, src, rec, o);
    for (name, model) in &src.schemas {
        compare_model(&mut t, src, rec, name, model, o);
    }
    t
}

fn compare_operation(t: &mut Tally, src: &Api, rec: &Api, op: &Op, o: &Oracle) {
    let c = o.ceiling;
    let scope = c.op_scope(op);
    let at = format!("{} {}", op.method.to_ascii_uppercase(), op.path);
    let found = find_op(rec, op);
    let carried = c.operation(&scope).map(|l| c.at(l));
    match found {
        Some((_, true)) => t.hit(Kind::Operation, carried),
        Some((r, false)) => t.miss(
            Kind::Operation,
            &at,
            &at,
            format!("{} {}", r.method.to_ascii_uppercase(), r.path),
            carried,
        ),
        None => t.miss(Kind::Operation, &at, &at, "(absent)", carried),
    }
    let r = found.map(|(r, _)| r);

    if let Some(id) = &op.id {
        let rid = r.map(|r| r.id.clone().unwrap_or_default());
        let carried = c.operation_id(&scope, id).map(|l| c.at(l));
        t.check(
            Kind::OperationId,
            &at,
            id,
            rid.as_ref(),
            |a, b| a == b,
            carried,
        );
        let carried = c.operation_id_loose(&scope, id).map(|l| c.at(l));
        t.check(
            Kind::OperationIdLoose,
            &at,
            id,
            rid.as_ref(),
            |a, b| loose(a) == loose(b),
            carried,
        );
    }

    let x = OpCtx {
        src,
        rec,
        op,
        r,
        at: &at,
        o,
        scope: &scope,
    };
    compare_params(t, &x);
    compare_body(t, &x);
    compare_responses(t, &x);

    let carried = c.security(&scope, &op.security).map(|l| c.at(l));
    t.check(
        Kind::Security,
        &at,
        &SetText(op.security.clone()),
        r.map(|r| SetText(r.security.clone())).as_ref(),
        |a, b| a.0 == b.0,
        carried,
    );
}

/// What the comparison of one operation's parts needs.
#[derive(Clone, Copy)]
struct OpCtx<'a> {
    src: &'a Api,
    rec: &'a Api,
    op: &'a Op,
    /// The recovered operation paired with `op`.
    r: Option<&'a Op>,
    at: &'a str,
    o: &'a Oracle<'a>,
    scope: &'a OpScope,
}

/// A set displayed as `{a, b}` or `(no auth)`.
#[derive(PartialEq)]
struct SetText(BTreeSet<String>);

impl std::fmt::Display for SetText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&set_text(&self.0))
    }
}

/// The model a shape refers to, directly or as array items.
fn referenced(shape: &Shape) -> Option<&str> {
    match shape {
        Shape::Ref(name) => Some(name),
        Shape::Array(inner) | Shape::Map(inner) => referenced(inner),
        _ => None,
    }
}

fn compare_params(t: &mut Tally, x: &OpCtx) {
    let OpCtx {
        src,
        rec,
        op,
        r,
        at,
        o,
        scope,
    } = *x;
    let c = o.ceiling;
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
        let carried = c.param_name(scope, p).map(|l| c.at(l));
        match pair {
            Some((_, true)) => t.hit(Kind::ParamName, carried),
            Some((j, false)) => t.miss(Kind::ParamName, &pat, &p.name, &rparams[j].name, carried),
            None if r.is_none() => t.dependent_miss(Kind::ParamName, &pat, &p.name, carried),
            None => t.miss(
                Kind::ParamName,
                &pat,
                &p.name,
                format!("(absent; recovered params: {})", list_text(&names(&rnames))),
                carried,
            ),
        }
        let carried = c.param_in(scope, p).map(|l| c.at(l));
        t.check(
            Kind::ParamIn,
            &pat,
            &p.location,
            q.map(|q| &q.location),
            |a, b| a == b,
            carried,
        );
        let carried = c.param_required(scope, p).map(|l| c.at(l));
        t.check(
            Kind::ParamRequired,
            &pat,
            &p.required,
            q.map(|q| &q.required),
            |a, b| a == b,
            carried,
        );
        let carried = c.param_type(scope, p, o.pool, false).map(|l| c.at(l));
        t.check(
            Kind::ParamType,
            &pat,
            &p.shape,
            q.map(|q| &q.shape),
            |a, b| same_shape(src, a, rec, b, Formats::Compared),
            carried,
        );
        let carried = c.param_type(scope, p, o.pool, true).map(|l| c.at(l));
        t.check(
            Kind::ParamBaseType,
            &pat,
            &p.shape,
            q.map(|q| &q.shape),
            |a, b| same_shape(src, a, rec, b, Formats::Ignored),
            carried,
        );
        if let Some(values) = &p.enum_values {
            let got = q.map(|q| ListText(q.enum_values.clone().unwrap_or_default()));
            let carried = c
                .values(
                    &c.param_value_lines(scope, &p.name),
                    referenced(&p.shape),
                    values,
                )
                .map(|l| c.at(l));
            t.check(
                Kind::ParamEnum,
                &pat,
                &ListText(values.clone()),
                got.as_ref(),
                |a, b| a == b,
                carried,
            );
        }
        if let Some(default) = &p.default {
            let got = q.map(|q| q.default.clone().unwrap_or_else(|| "(none)".into()));
            let carried = c.param_default(scope, p, default).map(|l| c.at(l));
            t.check(
                Kind::ParamDefault,
                &pat,
                default,
                got.as_ref(),
                same_value,
                carried,
            );
        }
    }
}

/// Two defaults are the same value: the same text, or the same number (`1` = `1.0`).
fn same_value(a: &String, b: &String) -> bool {
    a == b || matches!((a.parse::<f64>(), b.parse::<f64>()), (Ok(x), Ok(y)) if x == y)
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

fn compare_body(t: &mut Tally, x: &OpCtx) {
    let OpCtx {
        src,
        rec,
        op,
        r,
        at,
        o,
        scope,
    } = *x;
    let c = o.ceiling;
    let Some(body) = &op.body else { return };
    let rbody = r.map(|r| r.body.as_ref());
    let media = |b: Option<&crate::facts::Body>| {
        let set: BTreeSet<String> = b
            .map(|b| b.media_types.iter().cloned().collect())
            .unwrap_or_default();
        SetText(set)
    };
    let smedia = media(Some(body));
    let media_carried = c.media_types(scope, &smedia.0).map(|l| c.at(l));
    let schema_carried = c
        .body_schema(scope, body.shape.as_ref(), &body.fields, body.form)
        .map(|l| c.at(l));
    match rbody {
        Some(Some(rb)) => {
            let rmedia = media(Some(rb));
            t.check(
                Kind::BodyMediaType,
                at,
                &smedia,
                Some(&rmedia),
                |a, b| a.0 == b.0,
                media_carried,
            );
            t.check(
                Kind::BodySchema,
                at,
                &BodyShape(body.shape.clone()),
                Some(&BodyShape(rb.shape.clone())),
                |a, b| match (&a.0, &b.0) {
                    (Some(x), Some(y)) => same_shape(src, x, rec, y, Formats::Compared),
                    (x, y) => x == y,
                },
                schema_carried,
            );
        }
        Some(None) => {
            t.miss(
                Kind::BodyMediaType,
                at,
                &smedia,
                "(no request body)",
                media_carried,
            );
            t.miss(
                Kind::BodySchema,
                at,
                BodyShape(body.shape.clone()),
                "(no request body)",
                schema_carried,
            );
        }
        None => {
            t.dependent_miss(Kind::BodyMediaType, at, &smedia, media_carried);
            t.dependent_miss(
                Kind::BodySchema,
                at,
                BodyShape(body.shape.clone()),
                schema_carried,
            );
        }
    }
    if body.form {
        let rfields: Vec<&str> = match rbody {
            Some(Some(rb)) => rb.fields.iter().map(String::as_str).collect(),
            _ => Vec::new(),
        };
        for field in &body.fields {
            let fat = format!("{at} form field");
            let carried = c.form_field(scope, field).map(|l| c.at(l));
            if rfields.contains(&field.as_str()) {
                t.hit(Kind::FormField, carried);
            } else if rbody.is_none() {
                t.dependent_miss(Kind::FormField, &fat, field, carried);
            } else {
                t.miss(
                    Kind::FormField,
                    &fat,
                    field,
                    format!(
                        "(absent; recovered fields: {})",
                        list_text(&names(&rfields))
                    ),
                    carried,
                );
            }
        }
    }
}

fn compare_responses(t: &mut Tally, x: &OpCtx) {
    let OpCtx {
        src,
        rec,
        op,
        r,
        at,
        o,
        scope,
    } = *x;
    let c = o.ceiling;
    let rstatuses: Vec<String> = r.map_or_else(Vec::new, |r| {
        r.responses.iter().map(|x| x.status.clone()).collect()
    });
    let first_success = op.responses.iter().position(|x| x.status.starts_with('2'));
    for (n, resp) in op.responses.iter().enumerate() {
        let success = resp.status.starts_with('2');
        let kind = if success {
            Kind::SuccessStatus
        } else {
            Kind::ErrorStatus
        };
        let rat = format!("{at} response");
        let carried = c.status(scope, &resp.status).map(|l| c.at(l));
        match r {
            None => t.dependent_miss(kind, &rat, &resp.status, carried),
            Some(_) if rstatuses.contains(&resp.status) => t.hit(kind, carried),
            Some(_) => t.miss(kind, &rat, &resp.status, list_text(&rstatuses), carried),
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
        // The Return type states the first 2xx response's body.
        let carried = (Some(n) == first_success)
            .then(|| c.success_schema(scope, resp.shape.as_ref(), o.pool))
            .flatten()
            .map(|l| c.at(l));
        let want = BodyShape(resp.shape.clone());
        match rresp {
            None => t.dependent_miss(Kind::SuccessSchema, &sat, &want, carried),
            Some(None) => t.miss(
                Kind::SuccessSchema,
                &sat,
                &want,
                "(no 2xx response)",
                carried,
            ),
            Some(Some(x)) => {
                let got = BodyShape(x.shape.clone());
                let same = match (&want.0, &got.0) {
                    (Some(a), Some(b)) => same_shape(src, a, rec, b, Formats::Compared),
                    (a, b) => a == b,
                };
                if same {
                    t.hit(Kind::SuccessSchema, carried);
                } else {
                    t.miss(
                        Kind::SuccessSchema,
                        &sat,
                        &want,
                        format!("{got} (at {})", x.status),
                        carried,
                    );
                }
            }
        }
    }
}

fn compare_schemes(t: &mut Tally, src: &Api, rec: &Api, o: &Oracle) {
    let c = o.ceiling;
    let snames: Vec<&str> = src.schemes.keys().map(String::as_str).collect();
    let rnames: Vec<&str> = rec.schemes.keys().map(String::as_str).collect();
    let pairs = pair_names(&snames, &rnames, |i, j| snames[i] == rnames[j]);
    for ((name, s), pair) in src.schemes.iter().zip(pairs) {
        let at = format!("scheme `{name}`");
        let block = c.scheme_block(name);
        let r: Option<&Scheme> = pair.map(|(j, _)| &rec.schemes[rnames[j]]);
        let shown_at = match pair {
            Some((j, false)) => format!("{at} (recovered as `{}`)", rnames[j]),
            _ => at.clone(),
        };
        let carried = c.scheme_type(&block, name, s).map(|l| c.at(l));
        match r {
            Some(r) if r.kind == s.kind => t.hit(Kind::SchemeType, carried),
            Some(r) => t.miss(Kind::SchemeType, &shown_at, s.kind, r.kind, carried),
            None => t.miss(
                Kind::SchemeType,
                &at,
                s.kind,
                format!(
                    "(absent; recovered schemes: {})",
                    list_text(&names(&rnames))
                ),
                carried,
            ),
        }
        let field =
            |f: fn(&Scheme) -> Option<String>| r.map(|r| f(r).unwrap_or_else(|| "-".into()));
        if let Some(http) = &s.http_scheme {
            let carried = c.scheme_http(&block, name, http).map(|l| c.at(l));
            t.check(
                Kind::SchemeHttp,
                &shown_at,
                http,
                field(|r| r.http_scheme.clone()).as_ref(),
                |a, b| a == b,
                carried,
            );
        }
        if let Some(location) = s.location {
            let carried = c.scheme_in(&block, name, location).map(|l| c.at(l));
            t.check(
                Kind::SchemeIn,
                &shown_at,
                &location.to_string(),
                field(|r| r.location.map(str::to_string)).as_ref(),
                |a, b| a == b,
                carried,
            );
        }
        if let Some(key) = &s.name {
            let header = s.location == Some("header");
            let carried = c.scheme_key(&block, key, header).map(|l| c.at(l));
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
                carried,
            );
        }
        for (flow, url) in &s.flows {
            let want = format!("{flow} {url}");
            let got = r.map(|r| match r.flows.get(flow) {
                Some(u) => format!("{flow} {u}"),
                None => format!("(no {flow} flow: {:?})", r.flows),
            });
            let carried = c.scheme_flow(&block, flow, url).map(|l| c.at(l));
            t.check(
                Kind::SchemeFlow,
                &shown_at,
                &want,
                got.as_ref(),
                |a, b| a == b,
                carried,
            );
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

fn compare_model(t: &mut Tally, src: &Api, rec: &Api, name: &str, model: &Model, o: &Oracle) {
    let c = o.ceiling;
    let at = format!("schema `{name}`");
    let found = find_model(rec, name);
    let carried = c.model(name).map(|l| c.at(l));
    match found {
        Some((k, m)) if k == name && m.documented => t.hit(Kind::Model, carried),
        Some((k, m)) if k == name && !m.documented => t.miss(
            Kind::Model,
            &at,
            name,
            "undocumented placeholder (x-mdclient-undocumented)",
            carried,
        ),
        Some((k, _)) => t.miss(Kind::Model, &at, name, format!("`{k}`"), carried),
        None => t.miss(Kind::Model, &at, name, "(absent)", carried),
    }
    let rmodel = found.map(|(_, m)| m).filter(|m| m.documented);
    let page = c.model_lines(name);

    if let Some(values) = &model.enum_values {
        let got = rmodel.map(|m| ListText(m.enum_values.clone().unwrap_or_default()));
        let carried = c.values(&page, None, values).map(|l| c.at(l));
        t.check(
            Kind::ModelEnum,
            &at,
            &ListText(values.clone()),
            got.as_ref(),
            |a, b| a == b,
            carried,
        );
    }
    if let Some((kind, members)) = &model.members {
        let want = format!("{kind} {}", list_text(members));
        let got = rmodel.map(|m| match &m.members {
            Some((k, list)) => format!("{k} {}", list_text(list)),
            None => "(no members)".to_string(),
        });
        let carried = c.members(&page, members).map(|l| c.at(l));
        t.check(
            Kind::ModelMembers,
            &at,
            &want,
            got.as_ref(),
            |a, b| a == b,
            carried,
        );
    }

    let rprops = rmodel.map_or(&[][..], |m| &m.properties[..]);
    let snames: Vec<&str> = model.properties.iter().map(|p| p.name.as_str()).collect();
    let rnames: Vec<&str> = rprops.iter().map(|p| p.name.as_str()).collect();
    let pairs = pair_names(&snames, &rnames, |i, j| snames[i] == rnames[j]);
    for (p, pair) in model.properties.iter().zip(pairs) {
        let pat = format!("schema `{name}`.{}", p.name);
        let carried = c.prop_name(&page, &p.name).map(|l| c.at(l));
        match pair {
            Some((_, true)) => t.hit(Kind::PropName, carried),
            Some((j, false)) => t.miss(Kind::PropName, &pat, &p.name, rnames[j], carried),
            None if rmodel.is_none() => t.dependent_miss(Kind::PropName, &pat, &p.name, carried),
            None => t.miss(
                Kind::PropName,
                &pat,
                &p.name,
                format!(
                    "(absent; recovered properties: {})",
                    list_text(&names(&rnames))
                ),
                carried,
            ),
        }
        let q = pair.map(|(j, _)| &rprops[j]);
        let carried = c.prop_type(&page, p, o.pool, false).map(|l| c.at(l));
        t.check(
            Kind::PropType,
            &pat,
            &p.shape,
            q.map(|q| &q.shape),
            |a, b| same_shape(src, a, rec, b, Formats::Compared),
            carried,
        );
        let carried = c.prop_type(&page, p, o.pool, true).map(|l| c.at(l));
        t.check(
            Kind::PropBaseType,
            &pat,
            &p.shape,
            q.map(|q| &q.shape),
            |a, b| same_shape(src, a, rec, b, Formats::Ignored),
            carried,
        );
        let carried = c.prop_required(&page, p).map(|l| c.at(l));
        t.check(
            Kind::PropRequired,
            &pat,
            &p.required,
            q.map(|q| &q.required),
            |a, b| a == b,
            carried,
        );
        let carried = c.prop_nullable(&page, p).map(|l| c.at(l));
        t.check(
            Kind::PropNullable,
            &pat,
            &p.nullable,
            q.map(|q| &q.nullable),
            |a, b| a == b,
            carried,
        );
        if let Some(values) = &p.enum_values {
            let got = q.map(|q| {
                let via_ref = match &q.shape {
                    Shape::Ref(m) => rec.schemas.get(m).and_then(|m| m.enum_values.clone()),
                    _ => None,
                };
                ListText(q.enum_values.clone().or(via_ref).unwrap_or_default())
            });
            let carried = c
                .values(&c.prop_value_lines(&page, &p.name), None, values)
                .map(|l| c.at(l));
            t.check(
                Kind::PropEnum,
                &pat,
                &ListText(values.clone()),
                got.as_ref(),
                |a, b| a == b,
                carried,
            );
        }
    }
}
