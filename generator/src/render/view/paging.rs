//! The paging helpers of an operation with a [`Pagination`] note: what the
//! `pages()` and `items()` methods of its request need (the kind, the position
//! field, the response paths, the item type).

use serde::Serialize;

use super::operations::ArgView;
use super::types::{rust_type, ModelIdents, Place};
use crate::render::text::code;
use crate::spec::paging::resolve;
use crate::spec::{Operation, PageKind, Spec};

/// What the templates place for `pages()` and `items()`.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct PagingView {
    /// `Cursor`, `Offset` or `Page`: the runtime's `PageKind` variant.
    pub kind: &'static str,
    /// The request field of the position parameter.
    pub field: String,
    /// Whether that field is required (not an `Option`).
    pub required: bool,
    /// Wire names (raw) of the next position's field and of the items' field.
    pub next: Vec<String>,
    pub items: Vec<String>,
    pub first: Option<i64>,
    /// The Rust type of one item.
    pub item_ty: String,
    /// Raw text for the docs of `pages()` and `items()`.
    pub pages_doc: String,
    pub items_doc: String,
}

/// The paging view of `op`, when it has a note; a note that does not resolve is an
/// error (the validator drops such notes with a warning before rendering).
pub(crate) fn build(
    spec: &Spec,
    op: &Operation,
    args: &[ArgView],
    models: &ModelIdents,
) -> Result<Option<PagingView>, String> {
    let Some(paging) = &op.pagination else {
        return Ok(None);
    };
    let resolved = resolve(spec, op, paging)?;
    let (index, _) = op
        .params
        .iter()
        .enumerate()
        .find(|(_, p)| p.name == paging.param)
        .ok_or_else(|| format!("pagination.param `{}` is not a parameter", paging.param))?;
    let arg = args
        .get(index)
        .ok_or_else(|| format!("pagination.param `{}` has no argument", paging.param))?;
    let wire = code(&op.params[index].wire_name);
    let follows = match (paging.kind, paging.next.as_slice()) {
        (PageKind::Offset, _) => format!("{wire} grows by the items of each page"),
        (_, []) => match paging.first {
            Some(n) => format!("{wire} counts up by one from {n}"),
            None => format!("{wire} counts up by one from the one set"),
        },
        (_, path) => format!("{wire} takes the response's {}", code(&path.join("."))),
    };
    let noted = match op.inferred.get("pagination") {
        Some(_) => " (inferred from the docs; see the spec's `pagination` note to correct it)",
        None => "",
    };
    Ok(Some(PagingView {
        kind: match paging.kind {
            PageKind::Cursor => "Cursor",
            PageKind::Offset => "Offset",
            PageKind::Page => "Page",
        },
        field: arg.ident.clone(),
        required: arg.required,
        next: paging.next.clone(),
        items: paging.items.clone(),
        first: paging.first.filter(|_| paging.next.is_empty()),
        item_ty: rust_type(resolved.item, models, Place::TopLevel),
        pages_doc: format!(
            "Every page, one request at a time, starting with this request's parameters: \
             {follows}{noted}. The stream ends after a page with no items or no next \
             position, or at the first error."
        ),
        items_doc: "Every item of every page ([`pages`](Self::pages)), in order; the stream \
                    ends at the first error."
            .to_string(),
    }))
}
