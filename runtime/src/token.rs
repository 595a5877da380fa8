//! Token exchange: a short-lived token obtained through the API's token operation with
//! a long-lived credential, cached, renewed before it expires and after a 401, one
//! request at a time however many calls wait for it.

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::core::Core;
use crate::received::Received;
use crate::Error;

type Fetch = Box<
    dyn Fn(Core) -> Pin<Box<dyn Future<Output = Result<Received, Error>> + Send>> + Send + Sync,
>;

/// Names a token response commonly keeps the token under, tried after the configured
/// one.
const TOKEN_FIELDS: &[&str] = &[
    "access_token",
    "accessToken",
    "token",
    "jwt",
    "id_token",
    "idToken",
    "bearer_token",
    "bearerToken",
    "auth_token",
    "authToken",
];

/// Names of the lifetime in seconds (RFC 6749 `expires_in`).
const EXPIRES_IN_FIELDS: &[&str] = &["expires_in", "expiresIn", "expires"];

/// A token is renewed this long before it expires (at most half its lifetime).
const MARGIN: Duration = Duration::from_secs(30);

/// How a client obtains the token it sends as one bearer scheme: through one of the
/// API's operations (generated clients build this for the operation that issues
/// tokens), or an OAuth2 client-credentials request.
pub struct Exchange {
    operation: String,
    scheme: Option<&'static str>,
    field: Option<&'static str>,
    fetch: Fetch,
    state: tokio::sync::Mutex<State>,
    /// The generation of the latest token, readable without the lock.
    generation: AtomicU64,
}

#[derive(Default)]
struct State {
    generation: u64,
    cached: Option<Cached>,
}

struct Cached {
    value: String,
    refresh_at: Option<Instant>,
}

/// A token and the generation it belongs to.
pub(crate) struct Token {
    pub(crate) value: String,
    pub(crate) generation: u64,
}

impl Exchange {
    /// Tokens come from the response of `fetch`, which sends the token operation
    /// `operation`; they are sent as the bearer credential of `scheme`. The token
    /// operation itself always uses the configured credentials.
    pub fn new<F, Fut>(operation: &'static str, scheme: Option<&'static str>, fetch: F) -> Self
    where
        F: Fn(Core) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<Received, Error>> + Send + 'static,
    {
        Exchange {
            operation: operation.to_string(),
            scheme,
            field: None,
            fetch: Box::new(move |core| Box::pin(fetch(core))),
            state: tokio::sync::Mutex::new(State::default()),
            generation: AtomicU64::new(0),
        }
    }

    /// The response field holding the token, tried first (`access_token`, `token`,
    /// `jwt` and the like are tried next, one level of nesting included).
    pub fn token_field(mut self, field: &'static str) -> Self {
        self.field = Some(field);
        self
    }

    /// An OAuth2 client-credentials grant (RFC 6749 section 4.4): `POST token_url`
    /// with `grant_type=client_credentials` and the client id and secret in HTTP basic
    /// authentication. A `token_url` that is not absolute (`/oauth/token`) is appended
    /// to the base URL, path prefix included.
    pub fn client_credentials(
        scheme: &'static str,
        token_url: impl Into<String>,
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
    ) -> Self {
        let token_url = token_url.into();
        let (id, secret) = (client_id.into(), client_secret.into());
        let url = token_url.clone();
        let mut exchange = Exchange::new("", Some(scheme), move |core: Core| {
            let (url, id, secret) = (url.clone(), id.clone(), secret.clone());
            async move {
                let full = if url.starts_with("https://") || url.starts_with("http://") {
                    url.clone()
                } else {
                    format!(
                        "{}/{}",
                        core.base_url.trim_end_matches('/'),
                        url.trim_start_matches('/')
                    )
                };
                let url = reqwest::Url::parse(&full).map_err(|e| Error::InvalidUrl {
                    message: format!("the token URL `{full}` is not a URL ({e})"),
                })?;
                let mut request = core
                    .http()?
                    .post(url)
                    .basic_auth(id, Some(secret))
                    .form(&[("grant_type", "client_credentials")]);
                if let Some(timeout) = core.timeout {
                    request = request.timeout(timeout);
                }
                if let Some(agent) = &core.user_agent {
                    request = request.header(reqwest::header::USER_AGENT, agent.as_str());
                }
                let response = request.send().await.map_err(Error::Transport)?;
                Ok(Received::new(response, false))
            }
        });
        exchange.operation = token_url;
        exchange
    }

    pub(crate) fn scheme(&self) -> Option<&'static str> {
        self.scheme
    }

    pub(crate) fn operation(&self) -> &str {
        &self.operation
    }

    /// The current token; a new one when there is none, it is about to expire, or it
    /// is the one of generation `stale`, which the server refused. Callers that waited
    /// while another obtained a token take that one.
    pub(crate) async fn token(&self, core: &Core, stale: Option<u64>) -> Result<Token, Error> {
        let seen = self.generation.load(Ordering::Acquire);
        let mut state = self.state.lock().await;
        if let Some(cached) = &state.cached {
            let refused = stale == Some(state.generation);
            let renewed_while_waiting = state.generation != seen;
            if !refused && (renewed_while_waiting || cached.is_fresh()) {
                return Ok(Token {
                    value: cached.value.clone(),
                    generation: state.generation,
                });
            }
        }
        let cached = self.obtain(core).await?;
        state.generation += 1;
        self.generation.store(state.generation, Ordering::Release);
        let token = Token {
            value: cached.value.clone(),
            generation: state.generation,
        };
        state.cached = Some(cached);
        Ok(token)
    }

    async fn obtain(&self, core: &Core) -> Result<Cached, Error> {
        let failed = |reason: &str, source: Option<Error>| Error::Token {
            operation: self.operation.clone(),
            reason: reason.to_string(),
            source: source.map(Box::new),
        };
        let received = (self.fetch)(core.clone())
            .await
            .map_err(|e| failed("the token request failed", Some(e)))?;
        let (_, body) = received
            .value()
            .await
            .map_err(|e| failed("the token response is not usable", Some(e)))?;
        let Some(value) = find_token(&body, self.field) else {
            let fields: Vec<&str> = self
                .field
                .into_iter()
                .chain(TOKEN_FIELDS.iter().copied())
                .collect();
            return Err(failed(
                &format!(
                    "the token response has none of the fields {}",
                    fields.join(", ")
                ),
                None,
            ));
        };
        let lifetime = expires_in(&body).or_else(|| jwt_lifetime(&value));
        let refresh_at = lifetime.map(|lifetime| {
            let margin = MARGIN.min(lifetime / 2);
            Instant::now() + lifetime.saturating_sub(margin)
        });
        Ok(Cached { value, refresh_at })
    }
}

impl Cached {
    fn is_fresh(&self) -> bool {
        self.refresh_at.is_none_or(|at| Instant::now() < at)
    }
}

impl std::fmt::Debug for Exchange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Exchange")
            .field("operation", &self.operation)
            .field("scheme", &self.scheme)
            .field("field", &self.field)
            .finish_non_exhaustive()
    }
}

/// The token in a token response: the body itself when it is a string, else the
/// first known field, at the top level or one object down.
fn find_token(body: &serde_json::Value, field: Option<&str>) -> Option<String> {
    let names = || field.into_iter().chain(TOKEN_FIELDS.iter().copied());
    let text =
        |value: &serde_json::Value| value.as_str().filter(|t| !t.is_empty()).map(String::from);
    match body {
        serde_json::Value::String(_) => text(body),
        serde_json::Value::Object(map) => names()
            .find_map(|name| map.get(name).and_then(text))
            .or_else(|| {
                map.values()
                    .filter(|v| v.is_object())
                    .find_map(|inner| names().find_map(|name| inner.get(name).and_then(text)))
            }),
        _ => None,
    }
}

/// `expires_in` (seconds, a number or a numeric string), at the top level or one
/// object down.
fn expires_in(body: &serde_json::Value) -> Option<Duration> {
    let seconds = |map: &serde_json::Map<String, serde_json::Value>| {
        EXPIRES_IN_FIELDS
            .iter()
            .find_map(|name| match map.get(*name)? {
                serde_json::Value::Number(n) => n.as_f64(),
                serde_json::Value::String(s) => s.trim().parse().ok(),
                _ => None,
            })
    };
    let map = body.as_object()?;
    let secs =
        seconds(map).or_else(|| map.values().filter_map(|v| v.as_object()).find_map(seconds))?;
    (secs.is_finite() && secs >= 0.0).then(|| Duration::from_secs_f64(secs.min(1e9)))
}

/// The time left until a JWT's `exp` claim (zero when it is past).
fn jwt_lifetime(token: &str) -> Option<Duration> {
    let mut parts = token.split('.');
    let (_, payload, _) = (parts.next()?, parts.next()?, parts.next()?);
    let claims: serde_json::Value = serde_json::from_slice(&base64url(payload)?).ok()?;
    let exp = claims.get("exp")?.as_f64()?;
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .ok()?
        .as_secs_f64();
    Some(Duration::from_secs_f64((exp - now).clamp(0.0, 1e9)))
}

/// Decodes unpadded (or padded) base64url.
fn base64url(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for byte in text.trim_end_matches('=').bytes() {
        let value = match byte {
            b'A'..=b'Z' => byte - b'A',
            b'a'..=b'z' => byte - b'a' + 26,
            b'0'..=b'9' => byte - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(value);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn tokens_are_found_under_common_names_and_one_level_down() {
        assert_eq!(
            find_token(&json!({"access_token": "a"}), None).as_deref(),
            Some("a")
        );
        assert_eq!(
            find_token(&json!({"data": {"jwt": "b"}}), None).as_deref(),
            Some("b")
        );
        assert_eq!(
            find_token(&json!({"key": "c", "token": "d"}), Some("key")).as_deref(),
            Some("c")
        );
        assert_eq!(find_token(&json!("e"), None).as_deref(), Some("e"));
        assert_eq!(find_token(&json!({"other": 1}), None), None);
    }

    #[test]
    fn lifetimes_come_from_expires_in_or_the_jwt() {
        assert_eq!(
            expires_in(&json!({"expires_in": 60})),
            Some(Duration::from_secs(60))
        );
        assert_eq!(
            expires_in(&json!({"expiresIn": "5"})),
            Some(Duration::from_secs(5))
        );
        assert_eq!(expires_in(&json!({"expires_in": -1})), None);
        // {"alg":"none"}.{"exp":1}.
        assert_eq!(
            jwt_lifetime("eyJhbGciOiJub25lIn0.eyJleHAiOjF9.x"),
            Some(Duration::ZERO)
        );
        assert_eq!(jwt_lifetime("not-a-jwt"), None);
        assert_eq!(base64url("aGk").as_deref(), Some(&b"hi"[..]));
    }
}
