//! Authorization schemes -> `components.securitySchemes`.

use std::collections::BTreeMap;

use super::document::{ClientCredentialsFlow, OAuthFlows, SecurityScheme, SecuritySchemeType};
use crate::spec::{self, Inferred, ParamLocation, SchemeKind};

/// The `tokenUrl` written for an OAuth2 scheme whose token URL the docs do not give.
///
/// OpenAPI requires a flow with a token URL; `.invalid` (RFC 2606) never resolves, so
/// the placeholder cannot be mistaken for, or reach, a real server.
pub const OAUTH2_TOKEN_URL_PLACEHOLDER: &str = "https://token-url-unknown.invalid/";

/// The OpenAPI form of one scheme; `key` is the scheme's name in the spec.
pub fn security_scheme(key: &str, scheme: &spec::SecurityScheme) -> SecurityScheme {
    let mut inferred = scheme.inferred.clone();
    let mut infer = |field: &str, why: String| {
        inferred.entry(field.to_string()).or_insert(why);
    };
    let mut out = SecurityScheme {
        kind: SecuritySchemeType::Http,
        description: scheme.description.clone(),
        scheme: None,
        bearer_format: None,
        location: None,
        name: None,
        flows: None,
        inferred: Inferred::new(),
    };
    match scheme.kind {
        SchemeKind::Bearer => {
            out.scheme = Some("bearer".into());
            out.bearer_format = scheme.bearer_format.clone();
        }
        SchemeKind::Basic => out.scheme = Some("basic".into()),
        SchemeKind::ApiKey => {
            out.kind = SecuritySchemeType::ApiKey;
            out.location = Some(match scheme.location {
                Some(
                    l @ (ParamLocation::Header | ParamLocation::Query | ParamLocation::Cookie),
                ) => l,
                Some(ParamLocation::Path) | None => {
                    infer(
                        "in",
                        "the docs do not say where the key travels; OpenAPI requires it: header assumed"
                            .into(),
                    );
                    ParamLocation::Header
                }
            });
            out.name = Some(match &scheme.name {
                Some(name) => name.clone(),
                None => {
                    infer(
                        "name",
                        "the docs do not name the key; OpenAPI requires a name: the scheme's name is used"
                            .into(),
                    );
                    key.to_string()
                }
            });
        }
        SchemeKind::Oauth2 => {
            out.kind = SecuritySchemeType::Oauth2;
            let token_url = match &scheme.token_url {
                Some(url) => url.clone(),
                None => {
                    infer(
                        "flows",
                        format!(
                            "the docs name an OAuth2 scheme but neither its flow nor its token URL; \
                             OpenAPI requires a flow: clientCredentials with the placeholder \
                             tokenUrl {OAUTH2_TOKEN_URL_PLACEHOLDER} is written"
                        ),
                    );
                    OAUTH2_TOKEN_URL_PLACEHOLDER.to_string()
                }
            };
            out.flows = Some(OAuthFlows {
                client_credentials: ClientCredentialsFlow {
                    token_url,
                    scopes: BTreeMap::new(),
                },
            });
        }
    }
    out.inferred = inferred;
    out
}
