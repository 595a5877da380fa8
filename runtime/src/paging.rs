//! Streams over a paged list: [`pages`] sends an operation's request again and again,
//! each time with the next position (a cursor the previous page gave, an offset
//! grown by the items received, a page number), and [`Pages::items`] flattens the
//! pages.
//!
//! A generated request type of an operation whose docs page (the spec's
//! `pagination` note) has `pages()` and `items()`, built on these. One request is in
//! flight at a time; nothing is sent until the stream is polled.
//!
//! The stream ends after a page with no items, a page whose next position is absent,
//! `null`, empty, `0` or the one just used (a server that repeats a cursor would
//! otherwise be asked forever), or at the first error, which it yields.
//!
//! The walk is one non-generic engine over JSON and type-erased pages: a client with
//! hundreds of paged operations compiles it once, and per operation only a few small
//! functions that put the types back.

use std::any::Any;
use std::collections::VecDeque;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;
use reqwest::StatusCode;
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

/// A response or an error, its type erased (`ApiResponse<T>`, `Error<E>`).
type Typed = Box<dyn Any + Send>;

/// One fetched page: its status, its body as JSON, the typed response.
type Fetched = (StatusCode, Value, Typed);

type Fetching<'a> = Pin<Box<dyn Future<Output = Result<Fetched, Typed>> + Send + 'a>>;

/// Starts the request for a position (`None`: the request as it is).
type Fetch<'a> = Box<dyn FnMut(Option<Value>) -> Result<Fetching<'a>, String> + Send + 'a>;

/// Why the walk stopped with an error.
enum Failure {
    /// The operation's `Error<E>`, erased.
    Call(Typed),
    /// The next position does not fit the request's parameter.
    Position(String),
}

/// The walk from page to page, over JSON: no type of the operation in it.
struct Engine<'a> {
    fetch: Fetch<'a>,
    paging: &'static Paging,
    /// The next fetch to start (its position; `None` inside: as the request is);
    /// `None`: no more.
    pending: Option<Option<Value>>,
    in_flight: Option<Fetching<'a>>,
    /// The position of the page in flight, and of the one before it.
    current: Option<Value>,
    last: Option<Value>,
}

impl Engine<'_> {
    fn poll_page(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<Fetched, Failure>>> {
        if self.in_flight.is_none() {
            let Some(position) = self.pending.take() else {
                return Poll::Ready(None);
            };
            match (self.fetch)(position.clone()) {
                Ok(fetching) => {
                    if position.is_some() {
                        self.last = std::mem::replace(&mut self.current, position);
                    }
                    self.in_flight = Some(fetching);
                }
                Err(message) => return Poll::Ready(Some(Err(Failure::Position(message)))),
            }
        }
        let Some(fetching) = self.in_flight.as_mut() else {
            return Poll::Ready(None);
        };
        let result = match fetching.as_mut().poll(cx) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(result) => result,
        };
        self.in_flight = None;
        Poll::Ready(Some(match result {
            Ok(page) => {
                let next = next_position(
                    self.paging,
                    &page.1,
                    self.current.as_ref(),
                    self.last.as_ref(),
                );
                self.pending = next.map(Some);
                Ok(page)
            }
            Err(error) => Err(Failure::Call(error)),
        }))
    }
}

/// Every page of a paged operation, as its responses.
pub struct Pages<'a, T, E> {
    engine: Engine<'a>,
    types: PhantomData<fn() -> (T, E)>,
}

/// Every item of every page.
pub struct Items<'a, I, E> {
    engine: Engine<'a>,
    buffer: VecDeque<Value>,
    status: StatusCode,
    types: PhantomData<fn() -> (I, E)>,
}

/// Every page of `request`, starting with its own position.
pub fn pages<'a, R, T, E>(
    request: R,
    paging: &'static Paging,
    step: Stepper<'a, R, T, E>,
) -> Pages<'a, T, E>
where
    R: Clone + Send + 'a,
    T: serde::Serialize + Send + 'static,
    E: Send + 'static,
{
    let current = (step.position)(&request);
    let start = match (paging.kind, paging.first, &current) {
        (PageKind::Page, Some(first), None) if paging.next.is_empty() => Some(Value::from(first)),
        _ => None,
    };
    let (at, send) = (step.at, step.send);
    let fetch: Fetch<'a> = Box::new(move |position| {
        let request = match position {
            Some(value) => at(request.clone(), value.clone()).map_err(|e| {
                format!("the next position `{value}` does not fit the request: {e}")
            })?,
            None => request.clone(),
        };
        Ok(Box::pin(Erase(send(request))) as Fetching<'a>)
    });
    Pages {
        engine: Engine {
            fetch,
            paging,
            pending: Some(start),
            in_flight: None,
            current,
            last: None,
        },
        types: PhantomData,
    }
}

impl<'a, T: 'static, E: 'static> Pages<'a, T, E> {
    /// Every item of every page, each page's items read as `I`.
    pub fn items<I: serde::de::DeserializeOwned>(self) -> Items<'a, I, E> {
        Items {
            engine: self.engine,
            buffer: VecDeque::new(),
            status: StatusCode::OK,
            types: PhantomData,
        }
    }
}

impl<T: 'static, E: 'static> Stream for Pages<'_, T, E> {
    type Item = Result<ApiResponse<T>, Error<E>>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        this.engine.poll_page(cx).map(|page| {
            Some(match page? {
                Ok((_, _, typed)) => typed.downcast::<ApiResponse<T>>().map(|r| *r).map_err(lost),
                Err(failure) => Err(error::<E>(failure)),
            })
        })
    }
}

impl<I: serde::de::DeserializeOwned, E: 'static> Stream for Items<'_, I, E> {
    type Item = Result<I, Error<E>>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(item) = this.buffer.pop_front() {
                let body = item.to_string();
                let read = serde_json::from_value::<I>(item).map_err(|e| Error::Decode {
                    status: this.status,
                    body,
                    message: format!("an item of the page: {e}"),
                });
                return Poll::Ready(Some(read));
            }
            let (status, page) = match this.engine.poll_page(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Ready(Some(Err(failure))) => {
                    return Poll::Ready(Some(Err(error::<E>(failure))))
                }
                Poll::Ready(Some(Ok((status, page, _)))) => (status, page),
            };
            this.status = status;
            if let Some(Value::Array(items)) = at(&page, this.engine.paging.items) {
                this.buffer.extend(items.iter().cloned());
            }
        }
    }
}

/// The operation's error back from a [`Failure`].
fn error<E: 'static>(failure: Failure) -> Error<E> {
    match failure {
        Failure::Call(typed) => match typed.downcast::<Error<E>>() {
            Ok(error) => *error,
            Err(other) => lost(other),
        },
        Failure::Position(message) => Error::Encode { message },
    }
}

/// A page or error of another type than its stream's: cannot happen (one stream, one
/// operation); reported rather than panicking.
fn lost<E>(_: Typed) -> Error<E> {
    Error::Encode {
        message: "internal: a page of another operation".to_string(),
    }
}

/// An operation's future with its output erased, for the [`Engine`].
struct Erase<'a, T, E>(Pending<'a, T, E>);

impl<T: serde::Serialize + Send + 'static, E: Send + 'static> Future for Erase<'_, T, E> {
    type Output = Result<Fetched, Typed>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        self.0.as_mut().poll(cx).map(|result| match result {
            Ok(response) => {
                let json = serde_json::to_value(&response.body).unwrap_or(Value::Null);
                Ok((response.status, json, Box::new(response) as Typed))
            }
            Err(error) => Err(Box::new(error) as Typed),
        })
    }
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
