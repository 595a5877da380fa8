//! Mocks for tests of code that uses a generated client (feature `mock`): a local
//! [`Server`] (wiremock, on 127.0.0.1) and an [`Expect`] per operation saying what the
//! request must carry and what to answer. A generated crate's `mock` module has one
//! typed builder per operation over these (`mock::get_pet_by_id().pet_id(7)
//! .respond(&pet)`), so a test states expectations in the API's own types.
//!
//! The values are matched as the client sends them: path values by segment, query
//! values as the wire text of each item (`status=a&status=b` matches `["a", "b"]`),
//! headers by their text, a JSON body by its value (key order and spacing aside).

use serde::Serialize;
use serde_json::Value;
pub use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::wire::texts;

/// A local server for a client under test; `Client::new(server.uri())` talks to it.
#[derive(Debug)]
pub struct Server {
    inner: MockServer,
}

impl Server {
    /// Starts a server on a free port of 127.0.0.1.
    pub async fn start() -> Self {
        Server {
            inner: MockServer::start().await,
        }
    }

    /// Its base URL (`http://127.0.0.1:PORT`), without a trailing slash.
    pub fn uri(&self) -> String {
        self.inner.uri()
    }

    /// Answers every request that matches `mock` (after the mocks mounted before it).
    pub async fn mount(&self, mock: Mock) {
        mock.mount(&self.inner).await;
    }

    /// The wiremock server, for what this API does not cover (received requests,
    /// verification, scoped mocks).
    pub fn wiremock(&self) -> &MockServer {
        &self.inner
    }
}

/// What one operation's request must carry. Built by a generated `mock::<operation>()`;
/// everything left unset matches any value.
#[derive(Debug, Clone)]
pub struct Expect {
    method: &'static str,
    /// Path segments of the template under the base path: text, or a placeholder.
    segments: Vec<Segment>,
    query: Vec<(String, String)>,
    headers: Vec<(String, String)>,
    body: Option<Value>,
    /// A value that could not be encoded: the mock then matches nothing.
    invalid: bool,
}

#[derive(Debug, Clone, PartialEq)]
enum Segment {
    Text(String),
    /// A placeholder (its wire name) and the value it must have, once set.
    Param(String, Option<String>),
}

impl Expect {
    /// A request of `method` to `template` (`/v1/pets/{petId}`: the base path and the
    /// path the docs give, placeholders by wire name).
    pub fn new(method: &'static str, template: &str) -> Self {
        let segments = template
            .split('/')
            .filter(|s| !s.is_empty())
            .map(
                |s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                    Some(name) if !name.contains(['{', '}']) => {
                        Segment::Param(name.to_string(), None)
                    }
                    // Text and placeholders in one segment (`{name}.json`): any value.
                    _ if s.contains('{') => Segment::Param(String::new(), None),
                    _ => Segment::Text(s.to_string()),
                },
            )
            .collect();
        Expect {
            method,
            segments,
            query: Vec::new(),
            headers: Vec::new(),
            body: None,
            invalid: false,
        }
    }

    /// The path placeholder `name` must be `value`.
    pub fn path<T: Serialize + ?Sized>(mut self, name: &str, value: &T) -> Self {
        let text = self.text(value).join(",");
        for segment in &mut self.segments {
            if let Segment::Param(param, expected) = segment {
                if param == name {
                    *expected = Some(text.clone());
                }
            }
        }
        self
    }

    /// The query must carry `name` with `value` (each item of a list).
    pub fn query<T: Serialize + ?Sized>(mut self, name: &str, value: &T) -> Self {
        for text in self.text(value) {
            self.query.push((name.to_string(), text));
        }
        self
    }

    /// The request must carry header `name` with `value`.
    pub fn header<T: Serialize + ?Sized>(mut self, name: &str, value: &T) -> Self {
        let text = self.text(value).join(",");
        self.headers.push((name.to_ascii_lowercase(), text));
        self
    }

    /// The body must be this JSON value.
    pub fn json_body<T: Serialize + ?Sized>(mut self, body: &T) -> Self {
        match serde_json::to_value(body) {
            Ok(value) => self.body = Some(value),
            Err(_) => self.invalid = true,
        }
        self
    }

    /// Answers with `status` and `body` as JSON.
    pub fn respond_json<T: Serialize + ?Sized>(self, status: u16, body: &T) -> Mock {
        let template = match serde_json::to_vec(body) {
            Ok(bytes) => ResponseTemplate::new(status).set_body_raw(bytes, "application/json"),
            Err(_) => ResponseTemplate::new(500),
        };
        self.respond_with(template)
    }

    /// Answers with `status` and `body` as text.
    pub fn respond_text(self, status: u16, body: &str) -> Mock {
        self.respond_with(
            ResponseTemplate::new(status).set_body_raw(body.to_string(), "text/plain"),
        )
    }

    /// Answers with `status` and `body` as bytes.
    pub fn respond_bytes(self, status: u16, body: &[u8]) -> Mock {
        self.respond_with(
            ResponseTemplate::new(status).set_body_raw(body.to_vec(), "application/octet-stream"),
        )
    }

    /// Answers with `status` and no body.
    pub fn respond_empty(self, status: u16) -> Mock {
        self.respond_with(ResponseTemplate::new(status))
    }

    /// Answers with `template`, for anything else (headers, delays).
    pub fn respond_with(self, template: ResponseTemplate) -> Mock {
        Mock::given(self).respond_with(template)
    }

    fn text<T: Serialize + ?Sized>(&mut self, value: &T) -> Vec<String> {
        match texts(value) {
            Ok(texts) => texts,
            Err(_) => {
                self.invalid = true;
                Vec::new()
            }
        }
    }
}

impl wiremock::Match for Expect {
    fn matches(&self, request: &wiremock::Request) -> bool {
        if self.invalid || !request.method.as_str().eq_ignore_ascii_case(self.method) {
            return false;
        }
        let segments: Vec<&str> = request
            .url
            .path_segments()
            .map(|s| s.filter(|s| !s.is_empty()).collect())
            .unwrap_or_default();
        let path_matches = segments.len() == self.segments.len()
            && self.segments.iter().zip(&segments).all(|(want, got)| {
                let got = decode(got);
                match want {
                    Segment::Text(text) => *text == got,
                    Segment::Param(_, Some(value)) => *value == got,
                    Segment::Param(_, None) => true,
                }
            });
        if !path_matches {
            return false;
        }
        let pairs: Vec<(String, String)> = request
            .url
            .query_pairs()
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        if !self.query.iter().all(|pair| pairs.contains(pair)) {
            return false;
        }
        let headers_match = self.headers.iter().all(|(name, value)| {
            request
                .headers
                .get_all(name.as_str())
                .iter()
                .any(|v| v.to_str().is_ok_and(|v| v == value))
        });
        headers_match
            && self.body.as_ref().is_none_or(|want| {
                serde_json::from_slice::<Value>(&request.body).is_ok_and(|got| got == *want)
            })
    }
}

/// A path segment's text, percent-decoded (invalid UTF-8 replaced).
fn decode(segment: &str) -> String {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
