//! What a call returns: the decoded response, or why there is none.

use std::convert::Infallible;

use reqwest::header::HeaderMap;
use reqwest::StatusCode;

/// A successful response: status, headers and the decoded body.
#[derive(Debug, Clone)]
pub struct ApiResponse<T> {
    /// The HTTP status (2xx).
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The decoded body.
    pub body: T,
}

impl<T> ApiResponse<T> {
    /// The decoded body alone.
    pub fn into_body(self) -> T {
        self.body
    }
}

/// Why a call failed. `E` is the operation's documented error type: one variant per
/// error status its docs list (with the typed body when they give a model).
///
/// No message includes a credential or an exchanged token.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error<E = Infallible> {
    /// The request could not be sent or the response not read: connection, TLS, a
    /// timeout ([`Error::is_timeout`]). When a credential travels in the query, the URL
    /// is left out.
    Transport(reqwest::Error),
    /// The server answered with an error status the docs list, decoded.
    Documented {
        /// The status.
        status: StatusCode,
        /// The response headers.
        headers: Box<HeaderMap>,
        /// The body, as the operation's error type (the variant names the status).
        body: Box<E>,
    },
    /// The server answered with a non-2xx status the docs do not list.
    UnexpectedStatus {
        /// The status.
        status: StatusCode,
        /// The response headers.
        headers: Box<HeaderMap>,
        /// The response body, as text (invalid UTF-8 replaced).
        body: String,
    },
    /// A response whose body is not what the docs promise.
    Decode {
        /// The status.
        status: StatusCode,
        /// The response body, as text (invalid UTF-8 replaced).
        body: String,
        /// What did not match.
        message: String,
    },
    /// The operation needs a credential and none of its schemes has one configured;
    /// nothing was sent.
    MissingCredential {
        /// The schemes the operation accepts; configure any one on the client.
        schemes: &'static [&'static str],
    },
    /// A header (or cookie) could not be sent as given; nothing was sent.
    InvalidHeader {
        /// The header name.
        name: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// The URL could not be built (a bad base URL, or a path parameter that would
    /// change the path); nothing was sent.
    InvalidUrl {
        /// What is wrong.
        message: String,
    },
    /// A request value could not be encoded; nothing was sent.
    Encode {
        /// What failed.
        message: String,
    },
    /// The token the call needs could not be obtained through the token operation.
    Token {
        /// The token operation (its operationId), or the token URL.
        operation: String,
        /// Why.
        reason: String,
        /// The failure of the token request itself, when it was sent.
        source: Option<Box<Error>>,
    },
    /// A blocking call could not run (`blocking` feature): it was made inside an async
    /// runtime, or no runtime could be started.
    Blocking {
        /// Why.
        message: String,
    },
    /// A middleware layer of the client's `ClientWithMiddleware` failed (`middleware`
    /// feature).
    Middleware {
        /// Its error, with its causes.
        message: String,
    },
    /// The client's request hook refused the request; nothing was sent.
    Hook {
        /// The operation (its operationId).
        operation: &'static str,
        /// What the hook returned.
        source: crate::HookError,
    },
}

impl Error {
    /// The same error, for an operation whose documented error type is `E`.
    pub fn widen<E>(self) -> Error<E> {
        self.map_documented(|_, _, body| match *body {})
    }
}

impl<E> Error<E> {
    /// This error without its typed body: a documented status becomes
    /// [`Error::UnexpectedStatus`] with an empty body.
    pub fn narrow(self) -> Error {
        self.map_documented(|status, headers, _| Error::UnexpectedStatus {
            status,
            headers,
            body: String::new(),
        })
    }

    /// The same error with [`Error::Documented`] replaced by what `documented` makes
    /// of its parts; every other variant is kept.
    fn map_documented<F>(
        self,
        documented: impl FnOnce(StatusCode, Box<HeaderMap>, Box<E>) -> Error<F>,
    ) -> Error<F> {
        match self {
            Error::Documented {
                status,
                headers,
                body,
            } => documented(status, headers, body),
            Error::Transport(e) => Error::Transport(e),
            Error::UnexpectedStatus {
                status,
                headers,
                body,
            } => Error::UnexpectedStatus {
                status,
                headers,
                body,
            },
            Error::Decode {
                status,
                body,
                message,
            } => Error::Decode {
                status,
                body,
                message,
            },
            Error::MissingCredential { schemes } => Error::MissingCredential { schemes },
            Error::InvalidHeader { name, reason } => Error::InvalidHeader { name, reason },
            Error::InvalidUrl { message } => Error::InvalidUrl { message },
            Error::Encode { message } => Error::Encode { message },
            Error::Token {
                operation,
                reason,
                source,
            } => Error::Token {
                operation,
                reason,
                source,
            },
            Error::Blocking { message } => Error::Blocking { message },
            Error::Hook { operation, source } => Error::Hook { operation, source },
            Error::Middleware { message } => Error::Middleware { message },
        }
    }

    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Documented { status, .. }
            | Error::UnexpectedStatus { status, .. }
            | Error::Decode { status, .. } => Some(*status),
            Error::Transport(e) => e.status(),
            Error::Token {
                source: Some(source),
                ..
            } => source.status(),
            _ => None,
        }
    }

    /// Whether the request timed out (the client's timeout, or the HTTP client's).
    pub fn is_timeout(&self) -> bool {
        match self {
            Error::Transport(e) => e.is_timeout(),
            Error::Token {
                source: Some(source),
                ..
            } => source.is_timeout(),
            _ => false,
        }
    }

    /// The typed body of a documented error status.
    pub fn documented(&self) -> Option<&E> {
        match self {
            Error::Documented { body, .. } => Some(body.as_ref()),
            _ => None,
        }
    }
}

impl<E: std::fmt::Debug> Error<E> {
    /// Like [`Error::narrow`], keeping the typed body's `Debug` text as the body.
    pub fn into_untyped(self) -> Error {
        self.map_documented(|status, headers, body| Error::UnexpectedStatus {
            status,
            headers,
            body: format!("{body:?}"),
        })
    }
}

impl<E> std::fmt::Display for Error<E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Transport(e) if e.is_timeout() => write!(f, "request timed out: {e}"),
            Error::Transport(e) => write!(f, "request failed: {e}"),
            Error::Documented { status, .. } => {
                write!(
                    f,
                    "the server answered {status} (a documented error response)"
                )
            }
            Error::UnexpectedStatus { status, body, .. } => {
                let shown: String = body.chars().take(200).collect();
                let more = if shown.len() < body.len() { "..." } else { "" };
                write!(f, "the server answered {status}: {shown}{more}")
            }
            Error::Decode {
                status, message, ..
            } => {
                write!(f, "could not decode the {status} response: {message}")
            }
            Error::MissingCredential { schemes } => write!(
                f,
                "no credential configured: this operation needs one of {}",
                schemes.join(", ")
            ),
            Error::InvalidHeader { name, reason } => {
                write!(f, "cannot send header `{name}`: {reason}")
            }
            Error::InvalidUrl { message } => write!(f, "invalid URL: {message}"),
            Error::Encode { message } => write!(f, "could not encode the request: {message}"),
            Error::Token {
                operation, reason, ..
            } => {
                write!(
                    f,
                    "could not obtain a token through `{operation}`: {reason}"
                )
            }
            Error::Blocking { message } => write!(f, "cannot send a blocking request: {message}"),
            Error::Hook { operation, source } => {
                write!(
                    f,
                    "the request hook stopped the `{operation}` request: {source}"
                )
            }
            Error::Middleware { message } => write!(f, "a middleware layer failed: {message}"),
        }
    }
}

impl<E: std::fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(e) => Some(e),
            Error::Token {
                source: Some(source),
                ..
            } => Some(source.as_ref()),
            Error::Hook { source, .. } => Some(source.as_ref()),
            _ => None,
        }
    }
}
