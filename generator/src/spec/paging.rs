//! What a [`Pagination`] note points at in the success response: the items' type and
//! the next position's type, found by following its paths of wire names through the
//! models. One resolver for the validator (a note that points at nothing is dropped
//! with a warning) and the renderer (the item type of `items()`).

use super::{Operation, PageKind, Pagination, ParamLocation, Spec, TypeRef};

/// A note's targets.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved<'a> {
    /// The type of one item.
    pub item: &'a TypeRef,
    /// The type of the next position, when the response has it.
    pub next: Option<&'a TypeRef>,
}

/// Resolves `paging` of `op`, or says what it does not find.
pub fn resolve<'a>(
    spec: &'a Spec,
    op: &'a Operation,
    paging: &Pagination,
) -> Result<Resolved<'a>, String> {
    let param = op
        .params
        .iter()
        .find(|p| p.name == paging.param)
        .ok_or_else(|| format!("pagination.param `{}` is not a parameter", paging.param))?;
    if param.location != ParamLocation::Query {
        return Err(format!(
            "pagination.param `{}` is not a query parameter",
            paging.param
        ));
    }
    // javascript, typescript and objc pages type every number as `Number`.
    let numeric = matches!(
        param.ty,
        TypeRef::Integer
            | TypeRef::Int32
            | TypeRef::Int64
            | TypeRef::Number
            | TypeRef::Float
            | TypeRef::Double
    );
    if paging.kind != PageKind::Cursor && !numeric {
        return Err(format!(
            "pagination.param `{}` counts pages or items but is not a number",
            paging.param
        ));
    }
    let success = op
        .success_type()
        .ok_or("pagination: the operation's success response has no body")?;
    let item = match field(spec, success, &paging.items)? {
        TypeRef::Array(item) => item.as_ref(),
        _ => {
            return Err(format!(
                "pagination.items `{}` is not a list",
                paging.items.join(".")
            ))
        }
    };
    let next = match (paging.kind, paging.next.as_slice()) {
        (PageKind::Cursor, []) => return Err("pagination.next is required for a cursor".into()),
        (PageKind::Offset, [_, ..]) => {
            return Err("pagination.next is not used for an offset (it counts the items)".into())
        }
        (_, []) => None,
        (_, path) => Some(field(spec, success, path)?),
    };
    if let Some(ty) = next {
        if !matches!(
            ty,
            TypeRef::String
                | TypeRef::Integer
                | TypeRef::Int32
                | TypeRef::Int64
                | TypeRef::Number
                | TypeRef::Float
                | TypeRef::Double
        ) {
            return Err(format!(
                "pagination.next `{}` is not a string or number",
                paging.next.join(".")
            ));
        }
    }
    Ok(Resolved { item, next })
}

/// The type at `path` (wire names) inside `ty`.
fn field<'a>(spec: &'a Spec, mut ty: &'a TypeRef, path: &[String]) -> Result<&'a TypeRef, String> {
    for (depth, wire) in path.iter().enumerate() {
        let shown = || path[..=depth].join(".");
        let model = match ty {
            TypeRef::Model(name) => spec.models.get(name),
            _ => None,
        }
        .ok_or_else(|| format!("pagination: `{}` is not in a model", shown()))?;
        ty = &model
            .properties
            .iter()
            .find(|p| p.wire_name == *wire)
            .ok_or_else(|| format!("pagination: the response has no field `{}`", shown()))?
            .ty;
    }
    Ok(ty)
}
