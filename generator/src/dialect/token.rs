//! Which operation issues the API's tokens, which response field holds them and
//! which scheme sends them: the facts a client needs to exchange a long-lived
//! credential for short-lived tokens by itself.
//!
//! The docs never say so in as many words; an operation qualifies by its form
//! (`grant_type`, RFC 6749) or its words (`POST /auth/tokens/short`,
//! `GET /credentials`, `POST /authenticate`), and must answer with a body.

use crate::spec::{Operation, SchemeKind, Spec, TokenIssue, TypeRef};

/// Words naming an operation that hands out tokens.
const ISSUING: &[&str] = &[
    "token",
    "tokens",
    "authenticate",
    "authentication",
    "auth",
    "login",
    "signin",
    "credentials",
    "oauth",
    "oauth2",
    "jwt",
    "session",
    "sessions",
];

/// Words of operations about tokens that hand none out.
const NOT_ISSUING: &[&str] = &[
    "revoke",
    "invalidate",
    "logout",
    "signout",
    "roles",
    "introspect",
    "introspection",
    "verify",
    "validate",
    "info",
    "list",
    "delete",
    "scopes",
];

/// Words of the short-lived token (preferred) and of the long-lived one.
const SHORT: &[&str] = &["short", "access"];
const LONG: &[&str] = &["long", "refresh", "regenerate", "rotate", "rotation"];

/// Response fields that hold a token, most specific first.
const TOKEN_FIELDS: &[&str] = &[
    "access_token",
    "accessToken",
    "token",
    "jwt",
    "id_token",
    "idToken",
];

/// Marks the operation that issues the API's tokens (at most one), unless one is
/// already marked.
pub(crate) fn infer_issuer(spec: &mut Spec) {
    let ops = || spec.apis.iter().flat_map(|a| &a.operations);
    if ops().any(|op| op.issues_token.is_some()) {
        return;
    }
    let best = ops()
        .enumerate()
        .filter_map(|(index, op)| Some((candidate(spec, op)?, index)))
        .max_by_key(|((score, _, _), index)| (*score, std::cmp::Reverse(*index)));
    let Some(((_, why, field), index)) = best else {
        return;
    };
    let Some(issuer) = ops().nth(index) else {
        return;
    };
    let mut issue = TokenIssue::default();
    if let Some((name, rule)) = field {
        issue.field = Some(name);
        issue.inferred.insert("field".into(), rule);
    }
    if let Some((scheme, rule)) = target_scheme(spec, issuer) {
        issue.scheme = Some(scheme);
        issue.inferred.insert("scheme".into(), rule);
    }
    let id = issuer.id.clone();
    if let Some(op) = spec
        .apis
        .iter_mut()
        .flat_map(|a| &mut a.operations)
        .find(|op| op.id == id)
    {
        op.inferred.insert("issues_token".into(), why);
        op.issues_token = Some(issue);
    }
}

type Candidate = (i32, String, Option<(String, String)>);

/// How strongly `op` looks like the token operation, why, and its token field.
fn candidate(spec: &Spec, op: &Operation) -> Option<Candidate> {
    let method = op.method.to_ascii_uppercase();
    if !matches!(method.as_str(), "GET" | "POST" | "PUT") || op.path.contains('{') {
        return None;
    }
    let success = op.success_type()?;
    let words = words(&[&op.id, &op.path, op.summary.as_deref().unwrap_or("")]);
    if words.iter().any(|w| NOT_ISSUING.contains(&w.as_str())) {
        return None;
    }
    let grant_form = op.body.as_ref().is_some_and(|b| {
        super::infer::is_oauth2_token_form(b.fields.iter().map(|f| f.wire_name.as_str()))
    });
    let mut score = if grant_form {
        4
    } else if words.iter().any(|w| ISSUING.contains(&w.as_str())) {
        2
    } else {
        return None;
    };
    if words.iter().any(|w| SHORT.contains(&w.as_str())) {
        score += 1;
    }
    if words.iter().any(|w| LONG.contains(&w.as_str())) {
        score -= 1;
    }
    let field = match success {
        TypeRef::String => None,
        TypeRef::Model(name) => match spec.models.get(name) {
            Some(model) if model.documented && !model.properties.is_empty() => {
                let field = token_field(model.properties.iter().map(|p| p.wire_name.as_str()))?;
                let rule = format!("`{field}` is the token-like field of the response model");
                Some((field, rule))
            }
            // A model without a page: the usual names are tried at run time.
            _ => None,
        },
        // Arrays and scalars other than a string are not token responses.
        _ => return None,
    };
    let why = if grant_form {
        format!(
            "`{} {}` takes an OAuth 2.0 token request (its form has grant_type)",
            method, op.path
        )
    } else {
        format!(
            "`{} {}` ({}) is named for issuing tokens and answers with a body",
            method, op.path, op.id
        )
    };
    Some((score, why, field))
}

/// The field holding the token among `names`: a known name, else one ending in
/// `token`.
fn token_field<'a>(names: impl Iterator<Item = &'a str> + Clone) -> Option<String> {
    TOKEN_FIELDS
        .iter()
        .find_map(|known| names.clone().find(|n| n == known))
        .or_else(|| {
            names
                .clone()
                .find(|n| n.to_ascii_lowercase().ends_with("token"))
        })
        .map(String::from)
}

/// The bearer (or OAuth2) scheme the issued token is sent as: the one the other
/// operations use and the issuer does not; else the issuer's own bearer scheme (an
/// API key exchanged for a token sent the same way).
fn target_scheme(spec: &Spec, issuer: &Operation) -> Option<(String, String)> {
    let bearer = |name: &String| {
        spec.security_schemes
            .get(name)
            .is_some_and(|s| matches!(s.kind, SchemeKind::Bearer | SchemeKind::Oauth2))
    };
    let mut others: Vec<&String> = spec
        .apis
        .iter()
        .flat_map(|a| &a.operations)
        .filter(|op| op.id != issuer.id)
        .flat_map(|op| &op.security)
        .filter(|s| bearer(s) && !issuer.security.contains(s))
        .collect();
    others.sort();
    others.dedup();
    let issuer_words = words(&[
        &issuer.id,
        &issuer.path,
        issuer.summary.as_deref().unwrap_or(""),
    ]);
    let shares_words = |scheme: &&&String| {
        words(&[scheme.as_str()])
            .iter()
            .any(|w| SHORT.contains(&w.as_str()) || issuer_words.contains(w))
    };
    match others.as_slice() {
        [one] => Some((
            (*one).clone(),
            format!("`{one}` is the bearer scheme the other operations send and the token operation does not"),
        )),
        [first, ..] => {
            let pick = others.iter().find(shares_words).copied().unwrap_or(first);
            Some((
                pick.clone(),
                format!("of the bearer schemes the other operations send, `{pick}` fits the token operation's name best"),
            ))
        }
        [] => issuer.security.iter().find(|s| bearer(s)).map(|own| {
            (
                own.clone(),
                format!("no other operation sends a bearer scheme; the token is taken to be sent as the token operation's own `{own}`"),
            )
        }),
    }
}

/// Lower-case words of identifiers, paths and prose: `issue_short_term_token`,
/// `/auth/tokens/short`, `GenerateToken` -> issue, short, term, token, auth...
fn words(texts: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for text in texts {
        let mut word = String::new();
        let mut prev_lower = false;
        for c in text.chars() {
            if c.is_ascii_alphanumeric() {
                if c.is_ascii_uppercase() && prev_lower {
                    out.push(std::mem::take(&mut word));
                }
                prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
                word.push(c.to_ascii_lowercase());
            } else {
                prev_lower = false;
                if !word.is_empty() {
                    out.push(std::mem::take(&mut word));
                }
            }
        }
        if !word.is_empty() {
            out.push(word);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_cases_and_separators() {
        assert_eq!(
            words(&["GenerateToken", "/auth/tokens/short"]),
            ["generate", "token", "auth", "tokens", "short"]
        );
    }

    #[test]
    fn token_fields_prefer_known_names() {
        let names = ["expires_in", "refreshToken", "access_token"];
        assert_eq!(
            token_field(names.iter().copied()).as_deref(),
            Some("access_token")
        );
        let names = ["expires_in", "sessionToken"];
        assert_eq!(
            token_field(names.iter().copied()).as_deref(),
            Some("sessionToken")
        );
        assert_eq!(token_field(["id"].iter().copied()), None);
    }
}
