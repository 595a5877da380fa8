//! What a client holds: where it sends, through which HTTP client, with which
//! credentials.

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use crate::token::Exchange;
use crate::{Error, Retry};

/// What a request hook returns to stop a request: any error (see [`RequestHook`]).
pub type HookError = Box<dyn std::error::Error + Send + Sync>;

/// A function that sees every request after authorization, just before it is sent,
/// with the operationId; it may add or change headers and read the body
/// (`request.body().and_then(|b| b.as_bytes())`; `None` for a multipart form). For
/// request signing, idempotency keys, correlation ids. It runs for every attempt
/// (a retry, the resend after a token renewal), so a signature is always fresh. An
/// error stops the call with [`Error::Hook`].
pub type RequestHook =
    Arc<dyn Fn(&mut reqwest::Request, &'static str) -> Result<(), HookError> + Send + Sync>;

/// Where an API key travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyIn {
    /// A request header.
    Header,
    /// A query parameter.
    Query,
    /// A cookie.
    Cookie,
}

/// A credential for one security scheme.
#[derive(Clone)]
pub enum Credential {
    /// `Authorization: Bearer <token>` (bearer and OAuth2 schemes).
    Bearer(String),
    /// HTTP basic authentication.
    Basic {
        /// The username (or client id).
        username: String,
        /// The password (or client secret).
        password: String,
    },
    /// A key under `name` in a header, query parameter or cookie.
    ApiKey {
        /// Where it travels.
        key_in: KeyIn,
        /// The header, parameter or cookie name.
        name: &'static str,
        /// The key.
        key: String,
    },
}

impl std::fmt::Debug for Credential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Credential::Bearer(_) => f.write_str("Bearer(<redacted>)"),
            Credential::Basic { username, .. } => f
                .debug_struct("Basic")
                .field("username", username)
                .field("password", &"<redacted>")
                .finish(),
            Credential::ApiKey { key_in, name, .. } => f
                .debug_struct("ApiKey")
                .field("key_in", key_in)
                .field("name", name)
                .field("key", &"<redacted>")
                .finish(),
        }
    }
}

/// What sends a client's requests: a `reqwest::Client` of the user's, or, with the
/// `middleware` feature, a `reqwest_middleware::ClientWithMiddleware` (its layers
/// run for every call; the token exchange's own requests use a plain client).
#[derive(Clone)]
pub enum Http {
    /// A plain reqwest client.
    Client(reqwest::Client),
    /// A client with middleware.
    #[cfg(feature = "middleware")]
    Middleware(reqwest_middleware::ClientWithMiddleware),
}

impl From<reqwest::Client> for Http {
    fn from(client: reqwest::Client) -> Self {
        Http::Client(client)
    }
}

#[cfg(feature = "middleware")]
impl From<reqwest_middleware::ClientWithMiddleware> for Http {
    fn from(client: reqwest_middleware::ClientWithMiddleware) -> Self {
        Http::Middleware(client)
    }
}

/// The state a generated client wraps: base URL, HTTP client, timeout, user agent,
/// one credential per scheme and at most one token exchange. Cloning is cheap and
/// clones share the token cache.
#[derive(Clone)]
pub struct Core {
    pub(crate) base_url: String,
    http: OnceLock<reqwest::Client>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) user_agent: Option<String>,
    credentials: Vec<(&'static str, Credential)>,
    pub(crate) exchange: Option<Arc<Exchange>>,
    pub(crate) hook: Option<RequestHook>,
    pub(crate) retry: Option<Retry>,
    #[cfg(feature = "middleware")]
    pub(crate) middleware: Option<reqwest_middleware::ClientWithMiddleware>,
}

impl Core {
    /// A client state for the API at `base_url` (`https://api.example.com/v1`; a path
    /// prefix is kept); the HTTP client is built on first use.
    pub fn new(base_url: impl Into<String>) -> Self {
        Core {
            base_url: base_url.into(),
            http: OnceLock::new(),
            timeout: None,
            user_agent: None,
            credentials: Vec::new(),
            exchange: None,
            hook: None,
            retry: None,
            #[cfg(feature = "middleware")]
            middleware: None,
        }
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// Sends through `http` (proxies, TLS settings, connection pools; middleware with
    /// the `middleware` feature, see [`Http`]).
    pub fn set_http_client(&mut self, http: impl Into<Http>) {
        match http.into() {
            Http::Client(client) => self.http = OnceLock::from(client),
            #[cfg(feature = "middleware")]
            Http::Middleware(client) => self.middleware = Some(client),
        }
    }

    /// A timeout for each request, from sending to the end of the body.
    pub fn set_timeout(&mut self, timeout: Duration) {
        self.timeout = Some(timeout);
    }

    /// Calls `hook` on every request before it is sent (see [`RequestHook`]),
    /// replacing an earlier hook.
    pub fn set_request_hook(
        &mut self,
        hook: impl Fn(&mut reqwest::Request, &'static str) -> Result<(), HookError>
            + Send
            + Sync
            + 'static,
    ) {
        self.hook = Some(Arc::new(hook));
    }

    /// Sends failed requests again as `retry` says (off by default; see [`Retry`]).
    pub fn set_retry(&mut self, retry: Retry) {
        self.retry = Some(retry);
    }

    /// The `User-Agent` header of every request.
    pub fn set_user_agent(&mut self, user_agent: impl Into<String>) {
        self.user_agent = Some(user_agent.into());
    }

    /// Sets the credential of `scheme`, replacing any earlier one.
    pub fn set_credential(&mut self, scheme: &'static str, credential: Credential) {
        self.credentials.retain(|(name, _)| *name != scheme);
        self.credentials.push((scheme, credential));
    }

    /// The credential configured for `scheme`.
    pub fn credential(&self, scheme: &str) -> Option<&Credential> {
        self.credentials
            .iter()
            .find(|(name, _)| *name == scheme)
            .map(|(_, credential)| credential)
    }

    /// Obtains tokens through `exchange` from now on, replacing an earlier exchange.
    pub fn set_exchange(&mut self, exchange: Exchange) {
        self.exchange = Some(Arc::new(exchange));
    }

    /// A current token from the configured exchange: the cached one while it is fresh,
    /// otherwise a new one (one request at a time, however many callers wait).
    pub async fn token(&self) -> Result<String, Error> {
        match &self.exchange {
            Some(exchange) => Ok(exchange.token(self, None).await?.value),
            None => Err(Error::Token {
                operation: String::new(),
                reason: "no token exchange is configured on this client".to_string(),
                source: None,
            }),
        }
    }

    /// The HTTP client, built on first use, so a TLS setup failure is an error rather
    /// than a panic.
    pub(crate) fn http(&self) -> Result<reqwest::Client, Error> {
        if let Some(http) = self.http.get() {
            return Ok(http.clone());
        }
        let http = reqwest::Client::builder()
            .build()
            .map_err(Error::Transport)?;
        Ok(self.http.get_or_init(|| http).clone())
    }
}

impl std::fmt::Debug for Core {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let schemes: Vec<&str> = self.credentials.iter().map(|(name, _)| *name).collect();
        f.debug_struct("Client")
            .field("base_url", &self.base_url)
            .field("timeout", &self.timeout)
            .field("user_agent", &self.user_agent)
            .field("credentials", &schemes)
            .field("token_exchange", &self.exchange)
            .field("request_hook", &self.hook.is_some())
            .field("retry", &self.retry)
            .finish_non_exhaustive()
    }
}
