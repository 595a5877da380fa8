//! Whether Prism accepted a request, from what it answered in mock mode
//! (`@stoplight/prism-http`'s mocker and `prism-http-server`):
//!
//! - a request that fails validation (a parameter, a header, the body, the security)
//!   is answered with the spec's own 422 or 400 (401 for security) when the operation
//!   documents one, and Prism lists its violations in the `sl-violations` header
//!   (`[{"location": ["request", "query", "limit"], "severity": "Error", ...}]`); when
//!   it documents none, with a `application/problem+json` body of type
//!   `https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY` (its `validation`
//!   list), `#UNAUTHORIZED` or `#INVALID_CONTENT_TYPE`, and no header;
//! - a request no operation matches gets `#NO_PATH_MATCHED_ERROR` (404) or
//!   `#NO_METHOD_MATCHED_ERROR` (405); an `Accept` no response has, `#NOT_ACCEPTABLE`.
//!
//! Violations of severity `Warning` and of the mocked response do not reject.

use serde_json::Value;

use crate::support::{Call, Exchange};

/// The problem types of Prism's own answers.
const PROBLEM: &str = "https://stoplight.io/prism/errors#";

/// Prism's answers that say the request was valid but it could not mock a response.
const MOCK_FAILURES: &[&str] = &["NO_RESPONSE_RESPONSE_DEFINED", "SCHEMA_TOO_COMPLEX"];

/// Why Prism rejected `call`'s request, one reason a violation
/// (`query.limit: ... must be integer`); none when it accepted it.
pub(crate) fn rejection(call: &Call) -> Vec<String> {
    if call.exchanges.is_empty() {
        let error = call.error.as_deref().unwrap_or("no request and no error");
        return vec![format!("not sent: {error}")];
    }
    call.exchanges.iter().flat_map(exchange).collect()
}

/// What was sent and what Prism answered: `GET http://127.0.0.1:4010/pets/7 -> 422`.
pub(crate) fn exchanges(call: &Call) -> String {
    let each = call
        .exchanges
        .iter()
        .map(|e| format!("{} -> {}", e.request, e.status));
    each.collect::<Vec<_>>().join("; ")
}

fn exchange(exchange: &Exchange) -> Vec<String> {
    let mut reasons: Vec<String> = exchange
        .violations
        .as_deref()
        .map(violations)
        .unwrap_or_default();
    let problem = exchange
        .content_type
        .as_deref()
        .is_some_and(|t| t.starts_with("application/problem+json"));
    if reasons.is_empty() && problem {
        reasons.extend(prism_problem(&exchange.body));
    }
    reasons.dedup();
    reasons
}

/// The request errors of an `sl-violations` header.
fn violations(header: &str) -> Vec<String> {
    let list: Vec<Value> = serde_json::from_str(header.trim_start_matches("Too many violations! "))
        .unwrap_or_else(|_| vec![Value::String(header.to_string())]);
    list.iter()
        .filter(|v| v["severity"] == "Error")
        .filter(|v| v["location"][0] == "request")
        .map(violation)
        .collect()
}

/// `query.limit: must be >= 1`.
fn violation(v: &Value) -> String {
    let location: Vec<&str> = v["location"]
        .as_array()
        .map(|parts| parts.iter().skip(1).filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let message = v["message"].as_str().unwrap_or_default();
    match location.join(".") {
        at if at.is_empty() => message.to_string(),
        at => format!("{at}: {message}"),
    }
}

/// The rejections a problem+json body of Prism's own states, if it is one: its
/// `validation` list, or its type and title (`UNAUTHORIZED: Invalid security scheme
/// used`).
fn prism_problem(body: &[u8]) -> Vec<String> {
    let Ok(problem) = serde_json::from_slice::<Value>(body) else {
        return Vec::new();
    };
    let kind = problem["type"]
        .as_str()
        .and_then(|t| t.strip_prefix(PROBLEM));
    let Some(kind) = kind.filter(|kind| !MOCK_FAILURES.contains(kind)) else {
        return Vec::new();
    };
    match problem["validation"].as_array() {
        Some(list) if !list.is_empty() => list
            .iter()
            .map(|v| {
                let mut v = v.clone();
                // The mocker's list has the location without the `request` prefix.
                if let Some(parts) = v["location"].as_array_mut() {
                    parts.insert(0, Value::from("request"));
                }
                violation(&v)
            })
            .collect(),
        _ => vec![format!(
            "{kind}: {}",
            problem["title"].as_str().unwrap_or_default()
        )],
    }
}
