//! What a page's example code says about authorization schemes.
//!
//! ```text
//! # Configure Bearer authorization (JWT): bearerAuth            (ruby, python)
//! # Configure API key authorization: ClientKey
//! config.api_key['X-Client-Id'] = 'YOUR API KEY'                 (the key's name)
//! # Configure OAuth2 access token for authorization: LongTokenAuth
//! # Configure HTTP basic authorization: basicAuth
//! * Bearer Authentication (ApiKeyAuth):                          (python bullets)
//! ```

use crate::spec::SchemeKind;

/// A scheme as an example configures it.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemeHint {
    pub name: String,
    pub kind: SchemeKind,
    /// The index of `api_key['…']`, for API keys.
    pub key: Option<String>,
    pub bearer_format: Option<String>,
    pub line: usize,
}

const CONFIGURE: &[(&str, SchemeKind)] = &[
    ("configure bearer authorization", SchemeKind::Bearer),
    ("configure http bearer authorization", SchemeKind::Bearer),
    ("configure http basic authorization", SchemeKind::Basic),
    ("configure api key authorization", SchemeKind::ApiKey),
    ("configure oauth2 access token", SchemeKind::Oauth2),
];

const BULLETS: &[(&str, SchemeKind)] = &[
    ("bearer", SchemeKind::Bearer),
    ("basic", SchemeKind::Basic),
    ("api key", SchemeKind::ApiKey),
    ("oauth", SchemeKind::Oauth2),
];

/// Scheme hints in example code blocks: `(text, line of the fence)`.
pub fn hints_in_code(code: &[(String, usize)]) -> Vec<SchemeHint> {
    let mut hints: Vec<SchemeHint> = Vec::new();
    for (text, fence) in code {
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let lower = line.to_ascii_lowercase();
            let Some((_, kind)) = CONFIGURE.iter().find(|(k, _)| lower.contains(k)) else {
                continue;
            };
            let Some((head, name)) = line.rsplit_once(':') else {
                continue;
            };
            // objc: `authorization: (authentication scheme: api_key)`.
            let name = name.trim().trim_end_matches(')').trim();
            if !is_scheme_name(name) {
                continue;
            }
            let bearer_format = head
                .split_once('(')
                .and_then(|(_, f)| f.split_once(')'))
                .map(|(f, _)| f.trim())
                .filter(|f| !f.is_empty() && f.chars().all(|c| c.is_ascii_alphanumeric()))
                .map(str::to_string);
            let key = (*kind == SchemeKind::ApiKey)
                .then(|| {
                    lines
                        .iter()
                        .skip(i + 1)
                        .take(3)
                        .find_map(|l| api_key_index(l))
                })
                .flatten();
            push(
                &mut hints,
                SchemeHint {
                    name: name.to_string(),
                    kind: *kind,
                    key,
                    bearer_format,
                    line: fence + 1 + i,
                },
            );
        }
    }
    hints
}

/// Scheme hints in python's `* Bearer (JWT) Authentication (name):` bullets.
pub fn hints_in_bullets(bullets: &[(String, usize)]) -> Vec<SchemeHint> {
    let mut hints = Vec::new();
    for (text, line) in bullets {
        let lower = text.to_ascii_lowercase();
        let Some((_, kind)) = BULLETS.iter().find(|(k, _)| lower.starts_with(k)) else {
            continue;
        };
        let Some(name) = text
            .rsplit_once('(')
            .and_then(|(_, n)| n.split_once(')'))
            .map(|(n, _)| n.trim())
        else {
            continue;
        };
        if !name.is_empty() {
            push(
                &mut hints,
                SchemeHint {
                    name: name.to_string(),
                    kind: *kind,
                    key: None,
                    bearer_format: None,
                    line: *line,
                },
            );
        }
    }
    hints
}

/// A security scheme's name, as OpenAPI allows it (`^[A-Za-z0-9._-]+$`).
pub fn is_scheme_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
}

fn push(hints: &mut Vec<SchemeHint>, hint: SchemeHint) {
    if !hints.iter().any(|h| h.name == hint.name) {
        hints.push(hint);
    }
}

/// `config.api_key['X-Client-Id'] = …` -> `X-Client-Id`.
fn api_key_index(line: &str) -> Option<String> {
    let rest = line.split_once("api_key[")?.1;
    let quote = rest.chars().next().filter(|c| *c == '\'' || *c == '"')?;
    let rest = rest.get(1..)?;
    let key = rest.split_once(quote)?.0;
    (!key.is_empty()).then(|| key.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ruby_configuration() {
        let code = "OpenapiClient.configure do |config|\n  # Configure OAuth2 access token for authorization: ShortTokenAuth\n  config.access_token = 'x'\n\n  # Configure API key authorization: ClientKey\n  config.api_key['X-Client-Id'] = 'YOUR API KEY'\n  # config.api_key_prefix['X-Client-Id'] = 'Bearer'\n  # Configure Bearer authorization (JWT): b\nend\n";
        let hints = hints_in_code(&[(code.to_string(), 10)]);
        assert_eq!(hints.len(), 3);
        assert_eq!(hints[0].kind, SchemeKind::Oauth2);
        assert_eq!(hints[0].line, 12);
        assert_eq!(hints[1].key.as_deref(), Some("X-Client-Id"));
        assert_eq!(hints[2].bearer_format.as_deref(), Some("JWT"));
    }

    #[test]
    fn python_bullets() {
        let hints = hints_in_bullets(&[("Bearer Authentication (ApiKeyAuth):".into(), 85)]);
        assert_eq!(hints[0].name, "ApiKeyAuth");
        assert_eq!(hints[0].kind, SchemeKind::Bearer);
    }
}
