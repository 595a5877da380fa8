//! A request being assembled by an operation, then sent: URL, parameters,
//! authorization, the client's request hook, one resend with a fresh token after a
//! 401, and the client's retries.

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use crate::core::{Core, Credential, KeyIn};
use crate::received::Received;
use crate::wire::{cookie_pair, encode_segment, header_name, header_value, texts};
use crate::Error;

/// A piece of one path segment: text of the path template, or a parameter value.
#[derive(Debug, Clone)]
pub enum Piece {
    /// Template text, sent as it is.
    Lit(&'static str),
    /// A parameter's value, percent-encoded so that it stays inside the segment.
    Value(String),
    /// The value of the template's placeholder `{name}`, percent-encoded so that it
    /// stays inside the segment (the name shows in the `tracing` span's path).
    Param(&'static str, String),
}

/// What a request sends after its headers.
pub(crate) enum Body {
    Empty,
    Bytes {
        content_type: &'static str,
        bytes: Vec<u8>,
    },
    Form(Vec<(String, String)>),
    Multipart(reqwest::multipart::Form),
}

impl Body {
    /// A copy for a retry; a multipart form cannot be copied (its parts are streams).
    fn try_clone(&self) -> Option<Body> {
        match self {
            Body::Empty => Some(Body::Empty),
            Body::Bytes {
                content_type,
                bytes,
            } => Some(Body::Bytes {
                content_type,
                bytes: bytes.clone(),
            }),
            Body::Form(pairs) => Some(Body::Form(pairs.clone())),
            Body::Multipart(_) => None,
        }
    }
}

/// One operation's request: built by the generated code, then [`Call::send`].
pub struct Call<'a> {
    pub(crate) core: &'a Core,
    /// The operationId; the token operation itself never waits for an exchanged token.
    operation: &'static str,
    method: reqwest::Method,
    url: reqwest::Url,
    schemes: &'static [&'static str],
    headers: HeaderMap,
    cookies: Vec<String>,
    pub(crate) body: Body,
    /// The path as documented (`/pets/{petId}`), for the `tracing` span.
    #[cfg(feature = "tracing")]
    template: String,
}

/// The credentials of one attempt, ready to put on the request.
#[derive(Default)]
struct Authorization {
    headers: Vec<(HeaderName, HeaderValue)>,
    query: Vec<(&'static str, String)>,
    cookies: Vec<String>,
    basic: Option<(String, String)>,
    /// The generation of the exchanged token sent, if one was.
    token: Option<u64>,
}

impl<'a> Call<'a> {
    /// Starts a request for `operation` to the base URL's path followed by `path`'s
    /// segments. A segment whose values make it empty, `.` or `..` is refused.
    pub fn new(
        core: &'a Core,
        operation: &'static str,
        method: reqwest::Method,
        path: &[&[Piece]],
    ) -> Result<Self, Error> {
        let mut url = reqwest::Url::parse(&core.base_url).map_err(|e| Error::InvalidUrl {
            message: format!(
                "the base URL is not an absolute URL ({e}); give a full one such as `https://host/v2`"
            ),
        })?;
        if url.cannot_be_a_base() {
            return Err(Error::InvalidUrl {
                message: "the base URL cannot carry a path".to_string(),
            });
        }
        let mut full = url.path().trim_end_matches('/').to_string();
        #[cfg(feature = "tracing")]
        let mut template = String::new();
        for segment in path {
            full.push('/');
            #[cfg(feature = "tracing")]
            template.push('/');
            let start = full.len();
            let mut has_value = false;
            for piece in *segment {
                match piece {
                    Piece::Lit(text) => full.push_str(text),
                    Piece::Value(value) | Piece::Param(_, value) => {
                        has_value = true;
                        encode_segment(value, &mut full);
                    }
                }
                #[cfg(feature = "tracing")]
                match piece {
                    Piece::Lit(text) => template.push_str(text),
                    Piece::Value(_) => template.push_str("{}"),
                    Piece::Param(name, _) => template.push_str(&format!("{{{name}}}")),
                }
            }
            if has_value && matches!(full.get(start..), Some("" | "." | "..")) {
                return Err(Error::InvalidUrl {
                    message: "a path parameter is empty, `.` or `..`, which would change the path"
                        .to_string(),
                });
            }
        }
        url.set_path(&full);
        url.set_fragment(None);
        Ok(Call {
            #[cfg(feature = "tracing")]
            template,
            core,
            operation,
            method,
            url,
            schemes: &[],
            headers: HeaderMap::new(),
            cookies: Vec::new(),
            body: Body::Empty,
        })
    }

    /// The schemes that authorize the call; any one suffices. Each configured one is
    /// sent, except a later one aimed at the same header, parameter or cookie.
    pub fn security(&mut self, schemes: &'static [&'static str]) {
        self.schemes = schemes;
    }

    /// Sets `Accept`.
    pub fn accept(&mut self, media_types: &'static str) {
        if let Ok(value) = HeaderValue::from_str(media_types) {
            self.headers.insert(reqwest::header::ACCEPT, value);
        }
    }

    /// Adds a query parameter (once per list item; nothing for `None`).
    pub fn query<T: serde::Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
    ) -> Result<(), Error> {
        let values = texts(value)?;
        if !values.is_empty() {
            let mut pairs = self.url.query_pairs_mut();
            for value in &values {
                pairs.append_pair(name, value);
            }
        }
        Ok(())
    }

    /// Adds a query parameter as one comma-separated value (OpenAPI `explode: false`).
    pub fn query_csv<T: serde::Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
    ) -> Result<(), Error> {
        let values = texts(value)?;
        if !values.is_empty() {
            self.url
                .query_pairs_mut()
                .append_pair(name, &values.join(","));
        }
        Ok(())
    }

    /// Sets a header (list items joined by commas; nothing for `None`).
    pub fn header<T: serde::Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
    ) -> Result<(), Error> {
        let values = texts(value)?;
        if !values.is_empty() {
            let value = header_value(name, &values.join(","), false)?;
            self.headers.insert(header_name(name)?, value);
        }
        Ok(())
    }

    /// Adds a cookie (nothing for `None`).
    pub fn cookie<T: serde::Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
    ) -> Result<(), Error> {
        let values = texts(value)?;
        if !values.is_empty() {
            self.cookies.push(cookie_pair(name, &values.join(","))?);
        }
        Ok(())
    }

    /// The span of this call (`tracing` feature): operationId, method and path
    /// template now, status and duration when the response is in. Never a query
    /// value, header or body: credentials stay out.
    #[cfg(feature = "tracing")]
    pub(crate) fn span(&self) -> tracing::Span {
        tracing::info_span!(
            "mdclient.call",
            operation = self.operation,
            method = %self.method,
            path = %self.template,
            status = tracing::field::Empty,
            duration_ms = tracing::field::Empty,
        )
    }

    /// Sends the request and reads the status and headers; any status is returned, for
    /// the operation to decode. When the call sent an exchanged token and the server
    /// answers 401, the token is renewed and the call sent once more; with a
    /// [`crate::Retry`] on the client, a failed connection or a listed status is sent
    /// again as it says. Neither for a multipart body, which cannot be replayed.
    pub async fn send(mut self) -> Result<Received, Error> {
        let http = self.core.http()?;
        let mut body = std::mem::replace(&mut self.body, Body::Empty);
        let retry = self.core.retry.as_ref().filter(|r| r.allows(&self.method));
        let started = std::time::Instant::now();
        let mut attempt = 1;
        loop {
            let next = retry.and_then(|_| body.try_clone());
            let outcome = self.attempt(&http, body).await;
            let (Some(retry), Some(next)) = (retry, next) else {
                return outcome;
            };
            let retry_after = match &outcome {
                Ok(received) if retry.retries_status(received.status_code()) => {
                    crate::retry::retry_after(received.headers(), std::time::SystemTime::now())
                }
                Err(Error::Transport(e)) if e.is_connect() => None,
                _ => return outcome,
            };
            let Some(wait) = retry.wait(attempt, started.elapsed(), retry_after) else {
                return outcome;
            };
            drop(outcome);
            tokio::time::sleep(wait).await;
            attempt += 1;
            body = next;
        }
    }

    /// One attempt, and its resend with a renewed token after a 401.
    async fn attempt(&self, http: &reqwest::Client, body: Body) -> Result<Received, Error> {
        let auth = self.authorize(None).await?;
        let replay = auth.token.and_then(|_| body.try_clone());
        let received = self.dispatch(http, &auth, body).await?;
        match (auth.token, replay) {
            (Some(generation), Some(body)) if received.status_code() == 401 => {
                let auth = self.authorize(Some(generation)).await?;
                self.dispatch(http, &auth, body).await
            }
            _ => Ok(received),
        }
    }

    /// The credentials to send; `stale` is the generation of an exchanged token the
    /// server refused.
    async fn authorize(&self, stale: Option<u64>) -> Result<Authorization, Error> {
        let mut auth = Authorization::default();
        if self.schemes.is_empty() {
            return Ok(auth);
        }
        let mut targets: Vec<(KeyIn, String)> = Vec::new();
        for scheme in self.schemes {
            let exchange = self
                .core
                .exchange
                .as_ref()
                .filter(|e| e.scheme() == Some(*scheme) && e.operation() != self.operation);
            let credential = match exchange {
                Some(exchange) => {
                    let token = exchange.token(self.core, stale).await?;
                    auth.token = Some(token.generation);
                    Credential::Bearer(token.value)
                }
                None => match self.core.credential(scheme) {
                    Some(credential) => credential.clone(),
                    None => continue,
                },
            };
            let target = match &credential {
                Credential::Bearer(_) | Credential::Basic { .. } => {
                    (KeyIn::Header, "authorization".to_string())
                }
                Credential::ApiKey {
                    key_in: KeyIn::Header,
                    name,
                    ..
                } => (KeyIn::Header, name.to_ascii_lowercase()),
                Credential::ApiKey { key_in, name, .. } => (*key_in, name.to_string()),
            };
            if targets.contains(&target) {
                continue;
            }
            targets.push(target);
            match credential {
                Credential::Bearer(token) => auth.headers.push((
                    reqwest::header::AUTHORIZATION,
                    header_value("Authorization", &format!("Bearer {token}"), true)?,
                )),
                Credential::Basic { username, password } => auth.basic = Some((username, password)),
                Credential::ApiKey {
                    key_in: KeyIn::Header,
                    name,
                    key,
                } => {
                    auth.headers
                        .push((header_name(name)?, header_value(name, &key, true)?));
                }
                Credential::ApiKey {
                    key_in: KeyIn::Query,
                    name,
                    key,
                } => auth.query.push((name, key)),
                Credential::ApiKey {
                    key_in: KeyIn::Cookie,
                    name,
                    key,
                } => {
                    auth.cookies.push(cookie_pair(name, &key)?);
                }
            }
        }
        if targets.is_empty() {
            return Err(Error::MissingCredential {
                schemes: self.schemes,
            });
        }
        Ok(auth)
    }

    /// One attempt: the request with `auth` and `body`, sent.
    async fn dispatch(
        &self,
        http: &reqwest::Client,
        auth: &Authorization,
        body: Body,
    ) -> Result<Received, Error> {
        let mut url = self.url.clone();
        if !auth.query.is_empty() {
            let mut pairs = url.query_pairs_mut();
            for (name, key) in &auth.query {
                pairs.append_pair(name, key);
            }
        }
        // A credential in the query must not show up in a transport error.
        let secret_in_url = !auth.query.is_empty();
        let mut headers = self.headers.clone();
        for (name, value) in &auth.headers {
            headers.insert(name.clone(), value.clone());
        }
        let cookies: Vec<&str> = self
            .cookies
            .iter()
            .chain(&auth.cookies)
            .map(String::as_str)
            .collect();
        if !cookies.is_empty() {
            let sensitive = !auth.cookies.is_empty();
            headers.insert(
                reqwest::header::COOKIE,
                header_value("Cookie", &cookies.join("; "), sensitive)?,
            );
        }
        if let Some(agent) = &self.core.user_agent {
            headers.insert(
                reqwest::header::USER_AGENT,
                header_value("User-Agent", agent, false)?,
            );
        }
        let mut request = http.request(self.method.clone(), url).headers(headers);
        if let Some(timeout) = self.core.timeout {
            request = request.timeout(timeout);
        }
        if let Some((username, password)) = &auth.basic {
            request = request.basic_auth(username, Some(password));
        }
        request = match body {
            Body::Empty => request,
            Body::Bytes {
                content_type,
                bytes,
            } => request
                .header(reqwest::header::CONTENT_TYPE, content_type)
                .body(bytes),
            Body::Form(pairs) => request.form(&pairs),
            Body::Multipart(form) => request.multipart(form),
        };
        let transport =
            |e: reqwest::Error| Error::Transport(if secret_in_url { e.without_url() } else { e });
        let mut request = request.build().map_err(transport)?;
        if let Some(hook) = &self.core.hook {
            hook(&mut request, self.operation).map_err(|source| Error::Hook {
                operation: self.operation,
                source,
            })?;
        }
        #[cfg(feature = "middleware")]
        if let Some(middleware) = &self.core.middleware {
            let response = middleware.execute(request).await.map_err(|e| match e {
                reqwest_middleware::Error::Reqwest(e) => transport(e),
                reqwest_middleware::Error::Middleware(e) => Error::Middleware {
                    message: format!("{e:#}"),
                },
            })?;
            return Ok(Received::new(response, secret_in_url));
        }
        let response = http.execute(request).await.map_err(transport)?;
        Ok(Received::new(response, secret_in_url))
    }
}

/// Sends `call` (or passes on the error that kept it from being built), for an
/// operation whose documented error type is `E`.
pub async fn send<E>(call: Result<Call<'_>, Error>) -> Result<Received, Error<E>> {
    match call {
        Ok(call) => call.send().await.map_err(Error::widen),
        Err(e) => Err(e.widen()),
    }
}
