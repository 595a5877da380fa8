//! The one send-and-decode of every operation.
//!
//! A generated operation's `send` is a plain function that hands [`execute`] its built
//! [`Call`], how its success body decodes and what each status means ([`Reading`]).
//! The async code that sends and reads is this generic function, type-checked and
//! borrow-checked once for the whole runtime instead of once per operation, which is
//! where a generated crate of a thousand operations used to spend its build.

#[cfg(doc)]
use crate::from_json;
use reqwest::header::HeaderMap;
use reqwest::StatusCode;

use crate::received::decode_error;
use crate::{send, ApiResponse, Call, Error, Pending};

/// What a response status means to an operation.
pub enum Reading<E> {
    /// A success: the body is decoded as the operation's response type.
    Success,
    /// A documented error whose body is JSON: `parse` reads it into the operation's
    /// error type (`|body| from_json(body).map(GetPetError::NotFound)`).
    ErrorJson(fn(&[u8]) -> Result<E, serde_json::Error>),
    /// A documented error without a model: its body as text, wrapped by the variant.
    ErrorText(fn(String) -> E),
    /// A status the docs do not list.
    Unexpected,
}

/// How a success body becomes the response type; see [`decode`]. On failure: the
/// message and the body, for the error.
pub type Decode<T> = fn(Vec<u8>) -> Result<T, (String, Vec<u8>)>;

/// Sends `call` and reads the response as `read` says for its status.
///
/// Only the last step depends on the operation: sending and reading the body is one
/// non-generic future ([`fetch`]), and what the status means is a plain function
/// ([`finish`]), so the async state machine compiled per operation is a single await.
pub fn execute<'a, T: Send + 'a, E: Send + 'a>(
    call: Result<Call<'a>, Error>,
    decode: Decode<T>,
    read: fn(u16) -> Reading<E>,
) -> Pending<'a, T, E> {
    Box::pin(async move {
        let (status, headers, bytes) = fetch(call).await.map_err(Error::widen)?;
        finish(status, headers, bytes, decode, read)
    })
}

/// The response to `call`: status, headers and the whole body; with the `tracing`
/// feature, inside the call's span (see `Call::span`).
async fn fetch(call: Result<Call<'_>, Error>) -> Result<(StatusCode, HeaderMap, Vec<u8>), Error> {
    #[cfg(feature = "tracing")]
    {
        use tracing::Instrument as _;
        let span = match &call {
            Ok(call) => call.span(),
            Err(_) => tracing::Span::none(),
        };
        let start = std::time::Instant::now();
        let fetched = async move {
            send::<std::convert::Infallible>(call)
                .await?
                .read_all()
                .await
        }
        .instrument(span.clone())
        .await;
        if let Ok((status, _, _)) = &fetched {
            span.record("status", status.as_u16());
        }
        span.record(
            "duration_ms",
            u64::try_from(start.elapsed().as_millis()).unwrap_or(u64::MAX),
        );
        fetched
    }
    #[cfg(not(feature = "tracing"))]
    send(call).await?.read_all().await
}

/// The response as the operation's result.
fn finish<T, E>(
    status: StatusCode,
    headers: HeaderMap,
    bytes: Vec<u8>,
    decode: Decode<T>,
    read: fn(u16) -> Reading<E>,
) -> Result<ApiResponse<T>, Error<E>> {
    match read(status.as_u16()) {
        Reading::Success => match decode(bytes) {
            Ok(body) => Ok(ApiResponse {
                status,
                headers,
                body,
            }),
            Err((message, bytes)) => Err(decode_error(status, &bytes, message)),
        },
        Reading::ErrorJson(parse) => match parse(&bytes) {
            Ok(body) => Err(documented(status, headers, body)),
            Err(e) => Err(decode_error(status, &bytes, e.to_string())),
        },
        Reading::ErrorText(variant) => {
            let text = String::from_utf8_lossy(&bytes).into_owned();
            Err(documented(status, headers, variant(text)))
        }
        Reading::Unexpected => Err(Error::UnexpectedStatus {
            status,
            headers: Box::new(headers),
            body: String::from_utf8_lossy(&bytes).into_owned(),
        }),
    }
}

fn documented<E>(status: StatusCode, headers: HeaderMap, body: E) -> Error<E> {
    Error::Documented {
        status,
        headers: Box::new(headers),
        body: Box::new(body),
    }
}

/// The success decodings an operation picks from ([`Decode`]).
pub mod decode {
    /// What a decoding gives: the value, or the message and the body.
    pub type Decoded<T> = Result<T, (String, Vec<u8>)>;

    /// JSON of type `T`.
    pub fn json<T: serde::de::DeserializeOwned>(bytes: Vec<u8>) -> Decoded<T> {
        match crate::from_json(&bytes) {
            Ok(body) => Ok(body),
            Err(e) => Err((e.to_string(), bytes)),
        }
    }

    /// A string: a JSON string when the body is one, else the text as it is (servers
    /// often send a documented JSON string as plain text).
    pub fn string(bytes: Vec<u8>) -> Decoded<String> {
        if let Ok(body) = serde_json::from_slice::<String>(&bytes) {
            return Ok(body);
        }
        text(bytes)
    }

    /// UTF-8 text.
    pub fn text(bytes: Vec<u8>) -> Decoded<String> {
        String::from_utf8(bytes).map_err(|e| (e.to_string(), e.into_bytes()))
    }

    /// The bytes as they came.
    pub fn bytes(bytes: Vec<u8>) -> Decoded<Vec<u8>> {
        Ok(bytes)
    }

    /// No body expected: whatever came is dropped.
    pub fn empty(_: Vec<u8>) -> Decoded<()> {
        Ok(())
    }
}
