//! Which operations return a list a page at a time, and how to ask for the next page.
//!
//! The docs never say "paginated"; an operation qualifies by its form: a `GET` with a
//! query parameter named for a position (a cursor or page token, an offset, a page
//! number) whose success response is a list, or a model with one list field. A cursor
//! also needs the response field that carries the next one (`next_cursor`,
//! `nextPageToken`, `pagination.next`...); a page number may have one (else it counts
//! up); an offset counts the items it got. Each note is recorded with its rule and
//! corrected (or removed: `pagination: null`) in the overrides file.

use super::infer::normalize;
use crate::spec::paging::resolve;
use crate::spec::{Model, Operation, PageKind, Pagination, ParamLocation, Spec, TypeRef};

/// Query parameters (normalized) that carry a position, by kind.
const POSITIONS: &[(PageKind, &[&str])] = &[
    (
        PageKind::Cursor,
        &[
            "cursor",
            "pagetoken",
            "nextpagetoken",
            "nexttoken",
            "pagecursor",
            "nextcursor",
            "continuationtoken",
            "continuation",
            "starttoken",
            "startingafter",
            "after",
            "marker",
        ],
    ),
    (PageKind::Offset, &["offset", "skip"]),
    (
        PageKind::Page,
        &["page", "pagenumber", "pagenum", "pageno", "pageindex"],
    ),
];

/// Names (normalized) of the field holding the next cursor, most specific first.
const NEXT_CURSOR: &[&str] = &[
    "nextcursor",
    "nextpagetoken",
    "nexttoken",
    "nextpagecursor",
    "continuationtoken",
    "nextmarker",
    "endcursor",
    "cursor",
    "next",
];

/// Names (normalized) of the field holding the next page number.
const NEXT_PAGE: &[&str] = &["nextpage", "next"];

/// Names (normalized) of the items field, when a response model has several lists.
const ITEMS: &[&str] = &[
    "results", "items", "data", "entries", "records", "values", "content", "objects", "elements",
    "rows",
];

/// Marks every operation that pages, unless it already has a note.
pub(crate) fn infer_pagination(spec: &mut Spec) {
    let mut found = Vec::new();
    for (a, api) in spec.apis.iter().enumerate() {
        for (i, op) in api.operations.iter().enumerate() {
            if op.pagination.is_some() || op.inferred.contains_key("pagination") {
                continue;
            }
            if let Some(note) = candidate(spec, op) {
                found.push((a, i, note));
            }
        }
    }
    for (a, i, (paging, rule)) in found {
        if let Some(op) = spec
            .apis
            .get_mut(a)
            .and_then(|api| api.operations.get_mut(i))
        {
            op.pagination = Some(paging);
            op.inferred.insert("pagination".into(), rule);
        }
    }
}

/// The note `op` gets, and its rule.
fn candidate(spec: &Spec, op: &Operation) -> Option<(Pagination, String)> {
    if !op.method.eq_ignore_ascii_case("GET") {
        return None;
    }
    let (kind, param) = POSITIONS.iter().find_map(|(kind, names)| {
        let param = op.params.iter().find(|p| {
            p.location == ParamLocation::Query && names.contains(&normalize(&p.name).as_str())
        })?;
        Some((*kind, param))
    })?;
    let success = op.success_type()?;
    let (items, model) = match success {
        TypeRef::Array(_) => (Vec::new(), None),
        TypeRef::Model(name) => {
            let model = spec.models.get(name).filter(|m| m.documented)?;
            (vec![items_field(model)?], Some(model))
        }
        _ => return None,
    };
    let next = match (kind, model) {
        (PageKind::Cursor, Some(model)) => {
            next_field(spec, model, NEXT_CURSOR, &normalize(&param.wire_name))?
        }
        (PageKind::Cursor, None) => return None,
        (PageKind::Page, Some(model)) => next_field(spec, model, NEXT_PAGE, "").unwrap_or_default(),
        _ => Vec::new(),
    };
    let (first, counted_from) = match (kind, next.as_slice()) {
        (PageKind::Page, []) => {
            let (first, why) = first_page(param);
            (Some(first), Some(why))
        }
        _ => (None, None),
    };
    let paging = Pagination {
        kind,
        param: param.name.clone(),
        next,
        items,
        first,
    };
    // Only what resolves (types included) is noted.
    resolve(spec, op, &paging).ok()?;
    let mut why = rule(op, &paging, &param.wire_name);
    if let Some(from) = counted_from {
        why.push_str(&format!(", from {from}"));
    }
    Some((paging, why))
}

/// The number of the first page, and why: the documented default, a description
/// that says zero-based, else 1 (the count most APIs use).
fn first_page(param: &crate::spec::Param) -> (i64, String) {
    if let Some(n) = param
        .default
        .as_deref()
        .and_then(|d| d.trim_matches(['\'', '"']).parse().ok())
    {
        return (n, format!("{n}, the parameter's documented default"));
    }
    let text = param
        .description
        .as_deref()
        .unwrap_or_default()
        .to_ascii_lowercase();
    if [
        "zero-based",
        "0-based",
        "zero based",
        "starts at 0",
        "starting at 0",
        "starts from 0",
    ]
    .iter()
    .any(|w| text.contains(w))
    {
        return (0, "0, as the parameter's description says".to_string());
    }
    (
        1,
        "1, assumed: the docs give no default and most APIs number pages from 1".to_string(),
    )
}

/// The one list field of `model`, or the one with an items-like name.
fn items_field(model: &Model) -> Option<String> {
    let lists: Vec<&str> = model
        .properties
        .iter()
        .filter(|p| matches!(p.ty, TypeRef::Array(_)))
        .map(|p| p.wire_name.as_str())
        .collect();
    match lists.as_slice() {
        [one] => Some(one.to_string()),
        many => ITEMS
            .iter()
            .find_map(|known| many.iter().find(|n| normalize(n) == *known))
            .map(|n| n.to_string()),
    }
}

/// The path of the field holding the next position: a field of `model` or of a model
/// it holds (`pagination.next`), named as `param` (`after` -> `after`) or by `names`.
fn next_field(spec: &Spec, model: &Model, names: &[&str], param: &str) -> Option<Vec<String>> {
    let scalar =
        |ty: &TypeRef| !matches!(ty, TypeRef::Array(_) | TypeRef::Map(_) | TypeRef::Model(_));
    let named = |m: &Model, name: &str| {
        m.properties
            .iter()
            .find(|p| scalar(&p.ty) && normalize(&p.wire_name) == name)
            .map(|p| p.wire_name.clone())
    };
    let wanted = std::iter::once(param)
        .filter(|p| !p.is_empty())
        .chain(names.iter().copied());
    for name in wanted {
        if let Some(field) = named(model, name) {
            return Some(vec![field]);
        }
        for holder in &model.properties {
            let inner = match &holder.ty {
                TypeRef::Model(inner) => spec.models.get(inner),
                _ => None,
            };
            if let Some(field) = inner.and_then(|m| named(m, name)) {
                return Some(vec![holder.wire_name.clone(), field]);
            }
        }
    }
    None
}

fn rule(op: &Operation, paging: &Pagination, wire: &str) -> String {
    let what = match paging.kind {
        PageKind::Cursor => "carries a cursor",
        PageKind::Offset => "skips items",
        PageKind::Page => "numbers pages",
    };
    let items = match paging.items.as_slice() {
        [] => "is a list".to_string(),
        path => format!("lists its items in `{}`", path.join(".")),
    };
    let next = match (paging.kind, paging.next.as_slice()) {
        (PageKind::Offset, _) => "; the next offset adds the items received".to_string(),
        (_, []) => "; the next page number adds one".to_string(),
        (_, path) => format!("; the next position is `{}`", path.join(".")),
    };
    format!(
        "`GET {}`: query parameter `{wire}` {what} and the response {items}{next}",
        op.path
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::from_yaml;

    fn spec(ops: &str, models: &str) -> Spec {
        let yaml = format!(
            "mdclient: 1\nname: t\ninputs: [a.md]\napis:\n- name: ListApi\n  dialect: ruby\n  source: a.md:1\n  operations:\n{ops}\nmodels:\n{models}"
        );
        from_yaml(&yaml).unwrap_or_else(|e| panic!("{e}\n{yaml}"))
    }

    fn op(param: &str, ty: &str, response: &str) -> String {
        format!(
            "  - id: list\n    method: GET\n    path: /things\n    source: a.md:2\n    params:\n    - {{name: {param}, wire_name: {param}, location: query, required: false, type: {ty}, source: a.md:3}}\n    responses:\n    - {{status: '200', type: '{response}', source: a.md:4}}\n"
        )
    }

    fn model(name: &str, fields: &[(&str, &str)]) -> String {
        let mut out =
            format!("  {name}:\n    documented: true\n    source: m.md:1\n    properties:\n");
        for (field, ty) in fields {
            out.push_str(&format!(
                "    - {{name: {field}, wire_name: {field}, type: '{ty}', required: false, source: m.md:2}}\n"
            ));
        }
        out
    }

    fn inferred(mut spec: Spec) -> Option<Pagination> {
        infer_pagination(&mut spec);
        spec.apis[0].operations[0].pagination.clone()
    }

    #[test]
    fn a_page_token_with_a_next_page_token_field_is_a_cursor() {
        let models = model(
            "ThingList",
            &[("things", "array<Thing>"), ("nextPageToken", "string")],
        ) + &model("Thing", &[("id", "string")]);
        let paging = inferred(spec(&op("pageToken", "string", "ThingList"), &models));
        assert_eq!(
            paging,
            Some(Pagination {
                kind: PageKind::Cursor,
                param: "pageToken".into(),
                next: vec!["nextPageToken".into()],
                items: vec!["things".into()],
                first: None,
            })
        );
    }

    #[test]
    fn an_authentik_style_page_number_follows_pagination_next_in_a_nested_model() {
        let models = model(
            "Paginated",
            &[("pagination", "Pagination"), ("results", "array<Thing>")],
        ) + &model("Pagination", &[("next", "number"), ("count", "integer")])
            + &model("Thing", &[("id", "string")]);
        let paging = inferred(spec(&op("page", "integer", "Paginated"), &models));
        let paging = paging.unwrap_or_else(|| panic!("not inferred"));
        assert_eq!(paging.kind, PageKind::Page);
        assert_eq!(paging.next, ["pagination", "next"]);
        assert_eq!(paging.items, ["results"]);
    }

    #[test]
    fn an_airflow_style_offset_counts_the_one_list_of_a_collection() {
        let models = model(
            "Collection",
            &[
                ("connections", "array<Thing>"),
                ("total_entries", "integer"),
            ],
        ) + &model("Thing", &[("id", "string")]);
        let paging = inferred(spec(&op("offset", "integer", "Collection"), &models));
        let paging = paging.unwrap_or_else(|| panic!("not inferred"));
        assert_eq!(
            (paging.kind, paging.items.as_slice()),
            (PageKind::Offset, &["connections".to_string()][..])
        );
        assert!(paging.next.is_empty());
    }

    #[test]
    fn a_page_number_over_a_bare_list_counts_up() {
        let models = model("Thing", &[("id", "string")]);
        let paging = inferred(spec(&op("page", "integer", "array<Thing>"), &models));
        let paging = paging.unwrap_or_else(|| panic!("not inferred"));
        assert_eq!(paging.kind, PageKind::Page);
        assert!(paging.items.is_empty() && paging.next.is_empty());
        // No default, no word on where it starts: counted from 1, said so.
        assert_eq!(paging.first, Some(1));
        let mut with_default = spec(&op("page", "integer", "array<Thing>"), &models);
        with_default.apis[0].operations[0].params[0].default = Some("0".into());
        infer_pagination(&mut with_default);
        let op = &with_default.apis[0].operations[0];
        assert_eq!(op.pagination.as_ref().and_then(|p| p.first), Some(0));
        assert!(op.inferred["pagination"].ends_with("from 0, the parameter's documented default"));
    }

    #[test]
    fn the_overrides_file_removes_a_note_and_a_wrong_one_is_dropped_with_a_warning() {
        let models = model(
            "ThingList",
            &[("things", "array<Thing>"), ("nextPageToken", "string")],
        ) + &model("Thing", &[("id", "string")]);
        let mut read = spec(&op("pageToken", "string", "ThingList"), &models);
        infer_pagination(&mut read);
        let at = "apis:\n  ListApi:\n    operations:\n      list:\n        pagination: ";
        let removed = crate::spec::apply_overrides(&read, &format!("{at}null\n"), "o.yaml")
            .unwrap_or_else(|e| panic!("{e}"));
        let op = &removed.apis[0].operations[0];
        assert!(op.pagination.is_none() && !op.inferred.contains_key("pagination"));

        let mut wrong =
            crate::spec::apply_overrides(&read, &format!("{at}{{next: [nope]}}\n"), "o.yaml")
                .unwrap_or_else(|e| panic!("{e}"));
        let warnings = crate::spec::validate::repair(&mut wrong);
        assert!(wrong.apis[0].operations[0].pagination.is_none());
        let shown: Vec<String> = warnings.iter().map(ToString::to_string).collect();
        assert!(
            shown.iter().any(|w| w.contains("no field `nope`")),
            "{shown:?}"
        );
    }

    #[test]
    fn no_note_without_a_list_a_next_cursor_or_an_integer_page() {
        let things = model("Thing", &[("id", "string")]);
        // A cursor with no field to follow.
        let list = model("ThingList", &[("things", "array<Thing>")]) + &things;
        assert_eq!(
            inferred(spec(&op("cursor", "string", "ThingList"), &list)),
            None
        );
        // A response that is not a list.
        assert_eq!(
            inferred(spec(&op("page", "integer", "string"), &things)),
            None
        );
        // A `page` that is not a number.
        assert_eq!(
            inferred(spec(&op("page", "string", "array<Thing>"), &things)),
            None
        );
    }
}
