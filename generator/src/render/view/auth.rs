//! Credentials: one `with_*` setter on the client per scheme, and for OAuth2 schemes
//! with a token URL a client-credentials setter.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::render::naming::Scope;
use crate::render::text::code;
use crate::spec::{ParamLocation, SchemeKind, SecurityScheme};
use crate::Error;

/// How a credential is held and sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum CredentialKind {
    /// A token sent as `Authorization: Bearer <token>` (bearer and OAuth2).
    Bearer,
    /// A username and password.
    Basic,
    /// A key sent in a header, query parameter or cookie.
    ApiKey,
}

/// One security scheme, ready to place.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct SchemeView {
    /// The scheme's name in the spec (raw, for `lit`).
    pub name: String,
    /// The client method setting it.
    pub setter: String,
    pub kind: CredentialKind,
    /// For an API key: `Header`, `Query` or `Cookie` (a `runtime::KeyIn` variant).
    pub key_in: &'static str,
    /// For an API key: the header, query parameter or cookie name (raw).
    pub key_name: String,
    /// Raw text for the setter's doc comment.
    pub doc: String,
    /// For OAuth2 with a token URL: the client-credentials setter.
    pub client_credentials: Option<ClientCredentialsView>,
}

/// An OAuth2 client-credentials grant the client runs by itself.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ClientCredentialsView {
    pub setter: String,
    /// The token URL (raw).
    pub token_url: String,
    pub doc: String,
}

/// The schemes in name order; `methods` is the client's method scope.
///
/// A token URL under the docs' base URL `base` is kept relative to it, so that a
/// client pointed at another host (a staging server, a test server) asks that host.
pub(crate) fn build(
    schemes: &BTreeMap<String, SecurityScheme>,
    base: Option<&str>,
    methods: &mut Scope,
) -> Result<Vec<SchemeView>, Error> {
    schemes
        .iter()
        .map(|(name, scheme)| {
            let (kind, key_in, key_name) = match scheme.kind {
                SchemeKind::Bearer | SchemeKind::Oauth2 => {
                    (CredentialKind::Bearer, "Header", String::new())
                }
                SchemeKind::Basic => (CredentialKind::Basic, "Header", String::new()),
                SchemeKind::ApiKey => {
                    let key_in = match scheme.location.unwrap_or(ParamLocation::Header) {
                        ParamLocation::Header => "Header",
                        ParamLocation::Query => "Query",
                        ParamLocation::Cookie => "Cookie",
                        ParamLocation::Path => {
                            return Err(invalid(
                                scheme,
                                name,
                                "an API key cannot travel in the path",
                            ))
                        }
                    };
                    let key_name = match scheme.name.as_deref().map(str::trim) {
                        Some(n) if !n.is_empty() => n.to_string(),
                        _ => return Err(invalid(scheme, name, "an api_key scheme needs a `name`")),
                    };
                    (CredentialKind::ApiKey, key_in, key_name)
                }
            };
            let setter = methods.ident(&format!("with {name}")).to_string();
            let client_credentials = match (&scheme.kind, scheme.token_url.as_deref().map(str::trim)) {
                (SchemeKind::Oauth2, Some(url)) if !url.is_empty() => Some(ClientCredentialsView {
                    setter: methods.ident(&format!("with {name} client credentials")).to_string(),
                    token_url: relative_to(url, base),
                    doc: format!(
                        "Obtains the {} access token by itself, with an OAuth2 client-credentials grant at {} \
                         (`grant_type=client_credentials`, the client id and secret in HTTP basic authentication). \
                         The token is cached, renewed before it expires (`expires_in`, or the JWT `exp`) and after a 401, \
                         one request at a time. This replaces any other token exchange of the client.",
                        code(name),
                        code(url)
                    ),
                }),
                _ => None,
            };
            Ok(SchemeView {
                name: name.clone(),
                setter,
                kind,
                key_in,
                doc: doc(name, scheme, &key_name),
                key_name,
                client_credentials,
            })
        })
        .collect()
}

/// `url` relative to `base` (`/oauth/token`) when it is under it; else as it is.
fn relative_to(url: &str, base: Option<&str>) -> String {
    let Some(base) = base
        .map(|b| b.trim_end_matches('/'))
        .filter(|b| !b.is_empty())
    else {
        return url.to_string();
    };
    match url.strip_prefix(base) {
        Some(rest) if rest.starts_with('/') => rest.to_string(),
        _ => url.to_string(),
    }
}

fn invalid(scheme: &SecurityScheme, name: &str, message: &str) -> Error {
    Error::Spec {
        file: scheme.source.to_string(),
        message: format!("security scheme `{name}`: {message}"),
    }
}

fn doc(name: &str, scheme: &SecurityScheme, key_name: &str) -> String {
    let how = match scheme.kind {
        SchemeKind::Bearer => match scheme.bearer_format.as_deref() {
            Some(format) => format!(
                "a bearer token ({}), sent as `Authorization: Bearer <token>`",
                code(format)
            ),
            None => "a bearer token, sent as `Authorization: Bearer <token>`".to_string(),
        },
        SchemeKind::Oauth2 => {
            "an OAuth2 access token, sent as `Authorization: Bearer <token>`".to_string()
        }
        SchemeKind::Basic => {
            "a username and password, sent as HTTP basic authentication".to_string()
        }
        SchemeKind::ApiKey => {
            let place = match scheme.location.unwrap_or(ParamLocation::Header) {
                ParamLocation::Query => "query parameter",
                ParamLocation::Cookie => "cookie",
                _ => "header",
            };
            format!("an API key, sent as the {} {place}", code(key_name))
        }
    };
    let mut parts = vec![format!(
        "Sets the credential of the {} scheme: {how}.",
        code(name)
    )];
    if let Some(d) = scheme
        .description
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty())
    {
        parts.push(d.to_string());
    }
    if let Some(url) = &scheme.token_url {
        parts.push(format!("Tokens are issued at {}.", code(url)));
    }
    parts.push("Operations that accept this scheme send it; the value never appears in `Debug` output or error messages.".to_string());
    crate::render::text::join_parts(&parts)
}
