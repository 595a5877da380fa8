//! A response whose status and headers are in, decoded by the operation: the success
//! body, a documented error, or an unexpected status.

use reqwest::header::HeaderMap;
use reqwest::StatusCode;

use crate::{ApiResponse, Error};

/// A response, body not yet read.
pub struct Received {
    status: StatusCode,
    headers: HeaderMap,
    response: reqwest::Response,
    secret_in_url: bool,
}

impl Received {
    pub(crate) fn new(response: reqwest::Response, secret_in_url: bool) -> Self {
        Received {
            status: response.status(),
            headers: response.headers().clone(),
            response,
            secret_in_url,
        }
    }

    /// The response headers.
    pub(crate) fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The status code, for the operation's `match`.
    pub fn status_code(&self) -> u16 {
        self.status.as_u16()
    }

    /// Status, headers and the whole body.
    pub(crate) async fn read_all(self) -> Result<(StatusCode, HeaderMap, Vec<u8>), Error> {
        let secret_in_url = self.secret_in_url;
        match self.response.bytes().await {
            Ok(bytes) => Ok((self.status, self.headers, bytes.to_vec())),
            Err(e) => Err(Error::Transport(if secret_in_url {
                e.without_url()
            } else {
                e
            })),
        }
    }

    /// The body as JSON of type `T`.
    pub async fn json<T: serde::de::DeserializeOwned, E>(self) -> Result<ApiResponse<T>, Error<E>> {
        let (status, headers, bytes) = self.read_all().await.map_err(Error::widen)?;
        match crate::from_json(&bytes) {
            Ok(body) => Ok(ApiResponse {
                status,
                headers,
                body,
            }),
            Err(e) => Err(decode_error(status, &bytes, e.to_string())),
        }
    }

    /// A string body: a JSON string when the body is one, else the text as it is
    /// (servers often send a documented JSON string as plain text).
    pub async fn string<E>(self) -> Result<ApiResponse<String>, Error<E>> {
        let (status, headers, bytes) = self.read_all().await.map_err(Error::widen)?;
        if let Ok(body) = serde_json::from_slice::<String>(&bytes) {
            return Ok(ApiResponse {
                status,
                headers,
                body,
            });
        }
        match String::from_utf8(bytes) {
            Ok(body) => Ok(ApiResponse {
                status,
                headers,
                body,
            }),
            Err(e) => {
                let message = e.to_string();
                Err(decode_error(status, e.as_bytes(), message))
            }
        }
    }

    /// The body as UTF-8 text.
    pub async fn text<E>(self) -> Result<ApiResponse<String>, Error<E>> {
        let (status, headers, bytes) = self.read_all().await.map_err(Error::widen)?;
        match String::from_utf8(bytes) {
            Ok(body) => Ok(ApiResponse {
                status,
                headers,
                body,
            }),
            Err(e) => {
                let message = e.to_string();
                Err(decode_error(status, e.as_bytes(), message))
            }
        }
    }

    /// The body as bytes.
    pub async fn bytes<E>(self) -> Result<ApiResponse<Vec<u8>>, Error<E>> {
        let (status, headers, body) = self.read_all().await.map_err(Error::widen)?;
        Ok(ApiResponse {
            status,
            headers,
            body,
        })
    }

    /// No body expected: whatever came is read and dropped.
    pub async fn empty<E>(self) -> Result<ApiResponse<()>, Error<E>> {
        let (status, headers, _) = self.read_all().await.map_err(Error::widen)?;
        Ok(ApiResponse {
            status,
            headers,
            body: (),
        })
    }

    /// The body as a stream of chunks, read as the caller goes.
    pub fn stream<E>(self) -> Result<ApiResponse<ByteStream>, Error<E>> {
        Ok(ApiResponse {
            status: self.status,
            headers: self.headers,
            body: ByteStream {
                response: self.response,
                secret_in_url: self.secret_in_url,
            },
        })
    }

    /// A documented error status whose body is JSON of type `T`; `variant` wraps it
    /// in the operation's error type.
    pub async fn error_json<T: serde::de::DeserializeOwned, E, S>(
        self,
        variant: impl FnOnce(T) -> E,
    ) -> Result<S, Error<E>> {
        let (status, headers, bytes) = self.read_all().await.map_err(Error::widen)?;
        match crate::from_json(&bytes) {
            Ok(body) => Err(Error::Documented {
                status,
                headers: Box::new(headers),
                body: Box::new(variant(body)),
            }),
            Err(e) => Err(decode_error(status, &bytes, e.to_string())),
        }
    }

    /// A documented error status without a model: its body as text.
    pub async fn error_text<E, S>(self, variant: impl FnOnce(String) -> E) -> Result<S, Error<E>> {
        let (status, headers, bytes) = self.read_all().await.map_err(Error::widen)?;
        let body = String::from_utf8_lossy(&bytes).into_owned();
        Err(Error::Documented {
            status,
            headers: Box::new(headers),
            body: Box::new(variant(body)),
        })
    }

    /// A status the docs do not list (or a documented one without details).
    pub async fn unexpected<E, S>(self) -> Result<S, Error<E>> {
        let (status, headers, bytes) = self.read_all().await.map_err(Error::widen)?;
        Err(Error::UnexpectedStatus {
            status,
            headers: Box::new(headers),
            body: String::from_utf8_lossy(&bytes).into_owned(),
        })
    }

    /// The body as JSON, whatever it holds (for token responses).
    pub(crate) async fn value(self) -> Result<(StatusCode, serde_json::Value), Error> {
        let (status, headers, bytes) = self.read_all().await.map_err(Error::widen)?;
        if !status.is_success() {
            return Err(Error::UnexpectedStatus {
                status,
                headers: Box::new(headers),
                body: String::from_utf8_lossy(&bytes).into_owned(),
            });
        }
        match crate::from_json(&bytes) {
            Ok(value) => Ok((status, value)),
            // A bare token sent as text.
            Err(e) => match std::str::from_utf8(&bytes).map(str::trim) {
                Ok(text) if !text.is_empty() && !text.contains(char::is_whitespace) => {
                    Ok((status, serde_json::Value::String(text.to_string())))
                }
                _ => Err(decode_error(status, &bytes, e.to_string())),
            },
        }
    }
}

pub(crate) fn decode_error<E>(status: StatusCode, bytes: &[u8], message: String) -> Error<E> {
    Error::Decode {
        status,
        body: String::from_utf8_lossy(bytes).into_owned(),
        message,
    }
}

/// A response body read chunk by chunk (a download).
#[derive(Debug)]
pub struct ByteStream {
    response: reqwest::Response,
    secret_in_url: bool,
}

impl ByteStream {
    /// The next chunk, or `None` at the end of the body.
    pub async fn chunk(&mut self) -> Result<Option<bytes::Bytes>, Error> {
        let secret_in_url = self.secret_in_url;
        self.response
            .chunk()
            .await
            .map_err(|e| Error::Transport(if secret_in_url { e.without_url() } else { e }))
    }

    /// The underlying response, for `bytes_stream()` and the like.
    pub fn into_inner(self) -> reqwest::Response {
        self.response
    }
}
