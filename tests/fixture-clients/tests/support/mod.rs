//! What every wire smoke test shares: reading the one request the local server
//! received and checking its parts. The tests `mdclient`'s smoke renderer writes for
//! each fixture client call these (`use crate::support;`).
#![allow(dead_code)]

/// The one request `server` received; `outcome` (the call's result) is shown
/// when there is not exactly one.
pub(crate) async fn only_request<T: std::fmt::Debug>(
    server: &wiremock::MockServer,
    outcome: &T,
) -> wiremock::Request {
    let mut requests = server.received_requests().await.unwrap_or_default();
    assert_eq!(
        requests.len(),
        1,
        "one request, by a call that returned {outcome:?}"
    );
    requests.remove(0)
}

#[track_caller]
pub(crate) fn expect_target(request: &wiremock::Request, method: &str, path: &str) {
    assert_eq!(request.method.as_str(), method, "the method");
    assert_eq!(request.url.path(), path, "the path");
}

/// A header's value, as text.
pub(crate) fn header(request: &wiremock::Request, name: &str) -> Option<String> {
    request
        .headers
        .get(name)
        .map(|value| String::from_utf8_lossy(value.as_bytes()).into_owned())
}

#[track_caller]
pub(crate) fn expect_header(request: &wiremock::Request, name: &str, value: &str) {
    assert_eq!(
        header(request, name).as_deref(),
        Some(value),
        "the `{name}` header"
    );
}

/// The query parameters, decoded, once per occurrence.
pub(crate) fn query(request: &wiremock::Request) -> Vec<(String, String)> {
    request
        .url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

#[track_caller]
pub(crate) fn expect_no_body(request: &wiremock::Request) {
    let body = String::from_utf8_lossy(&request.body);
    assert!(body.is_empty(), "no body is sent, got {body:?}");
}

#[track_caller]
pub(crate) fn expect_body(request: &wiremock::Request, media_type: &str, body: &[u8]) {
    expect_header(request, "content-type", media_type);
    assert_eq!(request.body, body, "the body");
}

/// A JSON body, compared as JSON with `json`.
#[track_caller]
pub(crate) fn expect_json_body(request: &wiremock::Request, media_type: &str, json: &str) {
    expect_header(request, "content-type", media_type);
    let body: serde_json::Value = match serde_json::from_slice(&request.body) {
        Ok(body) => body,
        Err(e) => panic!(
            "the body is not JSON ({e}): {:?}",
            String::from_utf8_lossy(&request.body)
        ),
    };
    let expected: Option<serde_json::Value> = serde_json::from_str(json).ok();
    assert_eq!(Some(body), expected, "the JSON body");
}

/// A form-urlencoded body holding exactly `fields`.
#[track_caller]
pub(crate) fn expect_form(request: &wiremock::Request, fields: &[(&str, &str)]) {
    expect_header(request, "content-type", "application/x-www-form-urlencoded");
    let sent = url::form_urlencoded::parse(&request.body)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    expect_pairs("form field", sent, fields);
}

/// A multipart/form-data body whose parts (name, content as text) are exactly
/// `fields`.
#[track_caller]
pub(crate) fn expect_multipart(request: &wiremock::Request, fields: &[(&str, &str)]) {
    let content_type = header(request, "content-type").unwrap_or_default();
    let boundary = match content_type.strip_prefix("multipart/form-data; boundary=") {
        Some(boundary) => boundary.trim_matches('"'),
        None => panic!("the content type is {content_type:?}, not multipart/form-data"),
    };
    let body = String::from_utf8_lossy(&request.body);
    let sent = body
        .split(&format!("--{boundary}"))
        .filter_map(|part| {
            let (head, content) = part.split_once("\r\n\r\n")?;
            let name = head.split("name=\"").nth(1)?.split('"').next()?;
            let content = content.strip_suffix("\r\n").unwrap_or(content);
            Some((name.to_string(), content.to_string()))
        })
        .collect();
    expect_pairs("multipart field", sent, fields);
}

/// `sent` holds exactly the `expected` pairs, in any order; values that
/// are JSON objects compare as JSON (their key order may differ).
#[track_caller]
pub(crate) fn expect_pairs(what: &str, sent: Vec<(String, String)>, expected: &[(&str, &str)]) {
    let normalize = |value: &str| match serde_json::from_str::<serde_json::Value>(value) {
        Ok(json @ serde_json::Value::Object(_)) => json.to_string(),
        _ => value.to_string(),
    };
    let mut sent: Vec<(String, String)> = sent
        .iter()
        .map(|(k, v)| (k.clone(), normalize(v)))
        .collect();
    let mut expected: Vec<(String, String)> = expected
        .iter()
        .map(|(k, v)| (k.to_string(), normalize(v)))
        .collect();
    sent.sort();
    expected.sort();
    assert_eq!(sent, expected, "every {what}, and no other");
}

/// The call succeeded: the sample response decoded, with `status`.
#[track_caller]
pub(crate) fn expect_decoded<T, E: std::fmt::Debug>(
    operation: &str,
    result: Result<mdclient_runtime::ApiResponse<T>, E>,
    status: u16,
) {
    match result {
        Ok(response) => assert_eq!(response.status.as_u16(), status, "the status"),
        Err(e) => panic!("{operation}: the documented response did not decode: {e:?}"),
    }
}
