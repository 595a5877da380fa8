//! Streams over a paged list: [`pages`] sends an operation's request again and again,
//! each time with the next position (a cursor the previous page gave, an offset
//! grown by the items received, a page number), and [`items`] flattens the pages.
//!
//! A generated request type of an operation whose docs page (the spec's
//! `pagination` note) has `pages()` and `items()`, built on these. One request is in
//! flight at a time; nothing is sent until the stream is polled.
//!
//! The stream ends after a page with no items, a page whose next position is absent,
//! `null`, empty, `0` or the one just used (a server that repeats a cursor would
//! otherwise be asked forever), or at the first error, which it yields.

use std::collections::VecDeque;
use std::pin::Pin;

use futures_core::Stream;
use futures_util::StreamExt as _;
use serde_json::Value;

use crate::{ApiResponse, Error, Pending};

/// What the position parameter is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    /// An opaque value from the previous page's `next` field.
    Cursor,
    /// The number of items to skip: the previous offset plus the items received.
    Offset,
    /// A page number: the previous page's `next` field, or the previous number + 1.
    Page,
}

/// How an operation pages (from the spec's `pagination` note).
#[derive(Debug, Clone, Copy)]
pub struct Paging {
    /// What the position parameter is.
    pub kind: PageKind,
    /// The response field holding the next position (wire names, outermost first);
    /// empty: computed from the position just used.
    pub next: &'static [&'static str],
    /// The response field holding the page's items; empty: the response is the list.
    pub items: &'static [&'static str],
    /// The first page number, sent when the request sets none (a page number with
    /// no `next` field counts from it).
    pub first: Option<i64>,
}

/// Every page of a paged operation, as its responses.
pub type Pages<'a, T, E> =
    Pin<Box<dyn Stream<Item = Result<ApiResponse<T>, Error<E>>> + Send + 'a>>;

/// Every item of every page.
pub type Items<'a, I, E> = Pin<Box<dyn Stream<Item = Result<I, Error<E>>> + Send + 'a>>;

/// How a request moves from page to page: read its position, set the next one, send.
pub struct Stepper<'a, R, T, E> {
    /// The position the request has set, as JSON (`None`: not set).
    pub position: fn(&R) -> Option<Value>,
    /// The request with the position set.
    pub at: fn(R, Value) -> Result<R, serde_json::Error>,
    /// Sends the request.
    pub send: fn(R) -> Pending<'a, T, E>,
}

/// The JSON of a position field, for [`Stepper::position`].
pub fn position<P: serde::Serialize>(value: &Option<P>) -> Option<Value> {
    value.as_ref().and_then(|v| serde_json::to_value(v).ok())
}

/// A position from JSON, for [`Stepper::at`]: a whole number sent as a float
/// (`2.0`, as some servers number pages) reads as an integer too.
pub fn decode<P: serde::de::DeserializeOwned>(value: Value) -> Result<P, serde_json::Error> {
    let value = match whole(&value) {
        Some(n) if value.is_f64() => Value::from(n),
        _ => value,
    };
    serde_json::from_value(value)
}

enum State<R> {
    Next(R, Option<Value>),
    Done,
}

/// Every page of `request`, starting with its own position.
pub fn pages<'a, R, T, E>(
    request: R,
    paging: &'static Paging,
    step: Stepper<'a, R, T, E>,
) -> Pages<'a, T, E>
where
    R: Clone + Send + 'a,
    T: serde::Serialize + Send + 'a,
    E: Send + 'a,
{
    let start = match (paging.kind, paging.first, (step.position)(&request)) {
        (PageKind::Page, Some(first), None) if paging.next.is_empty() => {
            (step.at)(request.clone(), Value::from(first)).unwrap_or(request)
        }
        _ => request,
    };
    let stream = futures_util::stream::unfold(State::Next(start, None), move |state| async move {
        let State::Next(request, last) = state else {
            return None;
        };
        let current = (step.position)(&request);
        let response = match (step.send)(request.clone()).await {
            Ok(response) => response,
            Err(e) => return Some((Err(e), State::Done)),
        };
        let page = serde_json::to_value(&response.body).unwrap_or(Value::Null);
        let next = match next_position(paging, &page, current.as_ref(), last.as_ref()) {
            Some(next) => match (step.at)(request, next.clone()) {
                Ok(request) => State::Next(request, Some(next)),
                Err(e) => {
                    let error = Error::Decode {
                        status: response.status,
                        body: page.to_string(),
                        message: format!(
                            "the next position `{next}` does not fit the request: {e}"
                        ),
                    };
                    return Some((Err(error), State::Done));
                }
            },
            None => State::Done,
        };
        Some((Ok(response), next))
    });
    Box::pin(stream)
}

/// Every item of `pages`, each page's `paging.items` list read as `I`.
pub fn items<'a, T, I, E>(pages: Pages<'a, T, E>, paging: &'static Paging) -> Items<'a, I, E>
where
    T: serde::Serialize + Send + 'a,
    I: serde::de::DeserializeOwned + Send + 'a,
    E: Send + 'a,
{
    let stream = futures_util::stream::unfold(
        (Some(pages), VecDeque::new()),
        move |(mut pages, mut buffer): (Option<Pages<'a, T, E>>, VecDeque<I>)| async move {
            loop {
                if let Some(item) = buffer.pop_front() {
                    return Some((Ok(item), (pages, buffer)));
                }
                let polled = match pages.as_mut() {
                    Some(pages) => pages.next().await,
                    None => None,
                };
                let response = match polled {
                    Some(Ok(response)) => response,
                    Some(Err(e)) => return Some((Err(e), (None, buffer))),
                    None => return None,
                };
                let page = serde_json::to_value(&response.body).unwrap_or(Value::Null);
                let list = at(&page, paging.items).cloned().unwrap_or(Value::Null);
                match serde_json::from_value::<Vec<I>>(list) {
                    Ok(items) => buffer.extend(items),
                    Err(e) => {
                        let error = Error::Decode {
                            status: response.status,
                            body: page.to_string(),
                            message: format!("the page's items: {e}"),
                        };
                        return Some((Err(error), (None, buffer)));
                    }
                }
            }
        },
    );
    Box::pin(stream)
}

/// The position after `page`, fetched at `current` (the one before: `last`); `None`:
/// this was the last page.
fn next_position(
    paging: &Paging,
    page: &Value,
    current: Option<&Value>,
    last: Option<&Value>,
) -> Option<Value> {
    let count = at(page, paging.items)
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    if count == 0 {
        return None;
    }
    let next = if paging.next.is_empty() {
        let current = current.and_then(whole);
        match paging.kind {
            PageKind::Offset => Value::from(current.unwrap_or(0).checked_add(count as i64)?),
            PageKind::Page => Value::from(current.or(paging.first).unwrap_or(1).checked_add(1)?),
            // A cursor always has a `next` field (the spec says where).
            PageKind::Cursor => return None,
        }
    } else {
        at(page, paging.next)?.clone()
    };
    let ends = match &next {
        Value::Null | Value::Bool(false) => true,
        Value::String(s) => s.is_empty(),
        Value::Number(n) => n.as_f64() == Some(0.0),
        _ => false,
    };
    (!ends && Some(&next) != last && Some(&next) != current).then_some(next)
}

/// A whole number, also when written as a float (`2.0`: a position field typed `f64`).
fn whole(value: &Value) -> Option<i64> {
    value.as_i64().or_else(|| {
        value
            .as_f64()
            .filter(|f| f.fract() == 0.0 && f.abs() < 9.0e15)
            .map(|f| f as i64)
    })
}

/// The value at `path` (object keys) inside `value`.
fn at<'v>(value: &'v Value, path: &[&str]) -> Option<&'v Value> {
    path.iter().try_fold(value, |v, key| v.get(key))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const CURSOR: Paging = Paging {
        kind: PageKind::Cursor,
        next: &["meta", "next"],
        items: &["data"],
        first: None,
    };

    #[test]
    fn a_cursor_is_taken_from_the_page_until_it_is_null_or_repeats() {
        let page = json!({"data": [1, 2], "meta": {"next": "c2"}});
        assert_eq!(next_position(&CURSOR, &page, None, None), Some(json!("c2")));
        let last = json!({"data": [3], "meta": {"next": null}});
        assert_eq!(next_position(&CURSOR, &last, None, None), None);
        // The same cursor again: asked forever otherwise.
        assert_eq!(
            next_position(&CURSOR, &page, Some(&json!("c2")), None),
            None
        );
        // No items: done, whatever the cursor says.
        let empty = json!({"data": [], "meta": {"next": "c3"}});
        assert_eq!(next_position(&CURSOR, &empty, None, None), None);
    }

    #[test]
    fn an_offset_grows_by_the_items_and_a_page_number_by_one() {
        let offset = Paging {
            kind: PageKind::Offset,
            next: &[],
            items: &[],
            first: None,
        };
        let page = json!(["a", "b", "c"]);
        assert_eq!(next_position(&offset, &page, None, None), Some(json!(3)));
        assert_eq!(
            next_position(&offset, &page, Some(&json!(3)), None),
            Some(json!(6))
        );
        let numbered = Paging {
            kind: PageKind::Page,
            next: &[],
            items: &[],
            first: Some(0),
        };
        assert_eq!(
            next_position(&numbered, &page, Some(&json!(0)), None),
            Some(json!(1))
        );
        assert_eq!(next_position(&numbered, &page, None, None), Some(json!(1)));
    }

    #[test]
    fn a_next_page_of_zero_ends_and_a_float_page_number_reads_as_an_integer() {
        let page = Paging {
            kind: PageKind::Page,
            next: &["pagination", "next"],
            items: &["results"],
            first: None,
        };
        let last = json!({"results": [1], "pagination": {"next": 0}});
        assert_eq!(next_position(&page, &last, Some(&json!(2)), None), None);
        let more = json!({"results": [1], "pagination": {"next": 3.0}});
        let next = next_position(&page, &more, Some(&json!(2)), None);
        assert_eq!(next.map(decode::<i32>).and_then(Result::ok), Some(3));
    }
}
