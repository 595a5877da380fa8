//! What the calls build.rs renders for each fixture client
//! (`mdclient::render::render_prism_calls`) share: a recorder, sent as the client's
//! middleware, that keeps each request's target and the server's answer, and the
//! report of one call.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};

/// Every call of one client, as build.rs's list holds it.
pub(crate) type Calls = Pin<Box<dyn Future<Output = Vec<Call>> + Send>>;

/// A client's `calls`: the future of all of them on a base URL.
pub(crate) type Caller = fn(String) -> Calls;

/// One operation called once.
#[derive(Debug)]
pub(crate) struct Call {
    pub operation: String,
    /// `GET /pets/{petId}`.
    pub route: String,
    /// What reached the server and what it answered (one exchange per request).
    pub exchanges: Vec<Exchange>,
    /// The client's error, if the call failed (not sent, or an answer it rejects).
    pub error: Option<String>,
}

/// A request and the server's answer.
#[derive(Debug)]
pub(crate) struct Exchange {
    /// `GET http://127.0.0.1:4010/pets/7?limit=7`.
    pub request: String,
    pub status: u16,
    /// Prism's `sl-violations` header (a JSON list).
    pub violations: Option<String>,
    pub content_type: Option<String>,
    pub body: Vec<u8>,
}

/// The exchanges of one client.
pub(crate) struct Seen(Arc<Mutex<Vec<Exchange>>>);

/// A client with the recorder as its one layer, and what it records.
pub(crate) fn recorder() -> (reqwest_middleware::ClientWithMiddleware, Seen) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let client = reqwest_middleware::ClientBuilder::new(reqwest::Client::new())
        .with(Recorder(Arc::clone(&seen)))
        .build();
    (client, Seen(seen))
}

impl Seen {
    /// The report of the call of `operation` (`method` `template`), which failed
    /// with `error` if it is there.
    pub(crate) fn report<E: std::fmt::Display>(
        self,
        operation: &str,
        method: &str,
        template: &str,
        error: Option<E>,
    ) -> Call {
        let exchanges = match self.0.lock() {
            Ok(mut exchanges) => std::mem::take(&mut *exchanges),
            Err(poisoned) => std::mem::take(&mut *poisoned.into_inner()),
        };
        Call {
            operation: operation.to_string(),
            route: format!("{method} {template}"),
            exchanges,
            error: error.map(|e| e.to_string()),
        }
    }
}

struct Recorder(Arc<Mutex<Vec<Exchange>>>);

impl reqwest_middleware::Middleware for Recorder {
    fn handle<'a, 'b, 'c, 'f>(
        &'a self,
        request: reqwest::Request,
        extensions: &'b mut http::Extensions,
        next: reqwest_middleware::Next<'c>,
    ) -> Pin<Box<dyn Future<Output = reqwest_middleware::Result<reqwest::Response>> + Send + 'f>>
    where
        'a: 'f,
        'b: 'f,
        'c: 'f,
        Self: 'f,
    {
        let target = format!("{} {}", request.method(), request.url());
        Box::pin(async move {
            let response = next.run(request, extensions).await?;
            let (status, headers) = (response.status(), response.headers().clone());
            let body = response.bytes().await?;
            let header = |name: &str| {
                headers
                    .get(name)
                    .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
            };
            let exchange = Exchange {
                request: target,
                status: status.as_u16(),
                violations: header("sl-violations"),
                content_type: header("content-type"),
                body: body.to_vec(),
            };
            if let Ok(mut exchanges) = self.0.lock() {
                exchanges.push(exchange);
            }
            // The client reads the answer as if no layer had.
            let mut answer = http::Response::new(body);
            *answer.status_mut() = status;
            *answer.headers_mut() = headers;
            Ok(reqwest::Response::from(answer))
        })
    }
}
