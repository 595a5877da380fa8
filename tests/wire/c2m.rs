use c2m_client::{models, Client, Error};
use mdclient_tests::{json, only_request, serve, ResponseTemplate};
use serde_json::json as j;

#[tokio::test]
async fn issue_long_term_token_sends_json_bearer_and_client_key() {
    let server = serve(
        "POST",
        "/v1/auth/tokens/long",
        json(201, j!({"token": "long", "expiresIn": 7776000})),
    )
    .await;
    let client = Client::new(format!("{}/v1", server.uri()))
        .with_short_token_auth("short-1")
        .with_client_key("client-9");
    let request =
        models::LongTokenRequest(j!({"grant_type": "client_credentials", "client_id": "c-1"}));
    let response = client.issue_long_term_token(request).await.unwrap();
    assert_eq!(response.status, 201);
    assert_eq!(response.body.0["token"], "long");

    let seen = only_request(&server).await;
    assert_eq!(seen.method, "POST");
    assert_eq!(seen.path, "/v1/auth/tokens/long");
    assert_eq!(seen.query, None);
    assert_eq!(seen.header("content-type"), Some("application/json"));
    assert_eq!(seen.header("accept"), Some("application/json"));
    assert_eq!(seen.header("authorization"), Some("Bearer short-1"));
    assert_eq!(seen.header("x-client-id"), Some("client-9"));
    assert_eq!(
        seen.body_text(),
        r#"{"client_id":"c-1","grant_type":"client_credentials"}"#
    );
}

#[tokio::test]
async fn issue_short_term_token_with_and_without_its_optional_body() {
    let server = serve(
        "POST",
        "/v1/auth/tokens/short",
        json(200, j!({"token": "short", "expiresIn": 900})),
    )
    .await;
    let client = Client::new(format!("{}/v1", server.uri())).with_long_token_auth("long-1");
    let response = client.issue_short_term_token().await.unwrap();
    assert_eq!(response.body.0["expiresIn"], 900);
    let seen = only_request(&server).await;
    assert_eq!(seen.header("authorization"), Some("Bearer long-1"));
    assert!(
        seen.body.is_empty(),
        "no body when none is set: {}",
        seen.body_text()
    );

    let server = serve("POST", "/v1/auth/tokens/short", json(200, j!({}))).await;
    let client = Client::new(format!("{}/v1", server.uri())).with_long_token_auth("long-1");
    let body = models::ShortTokenRequest(j!({"scope": "read"}));
    client
        .issue_short_term_token()
        .short_token_request(body)
        .await
        .unwrap();
    let seen = only_request(&server).await;
    assert_eq!(seen.header("content-type"), Some("application/json"));
    assert_eq!(seen.body_text(), r#"{"scope":"read"}"#);
}

#[tokio::test]
async fn revoke_token_puts_the_id_in_one_path_segment() {
    let server = serve(
        "POST",
        "/v1/auth/tokens/a%2Fb%3Fc%23d/revoke",
        ResponseTemplate::new(204),
    )
    .await;
    let client = Client::new(format!("{}/v1", server.uri())).with_long_token_auth("long-1");
    let response = client.revoke_token("a/b?c#d").await.unwrap();
    assert_eq!(response.status, 204);
    let seen = only_request(&server).await;
    assert_eq!(seen.method, "POST");
    assert_eq!(seen.path, "/v1/auth/tokens/a%2Fb%3Fc%23d/revoke");
    assert_eq!(seen.query, None);
    assert_eq!(seen.header("authorization"), Some("Bearer long-1"));
    assert!(seen.body.is_empty());
}

#[tokio::test]
async fn revoke_token_refuses_dot_segments_and_sends_nothing() {
    let server = serve(
        "POST",
        "/v1/auth/tokens/x/revoke",
        ResponseTemplate::new(204),
    )
    .await;
    let client = Client::new(format!("{}/v1", server.uri())).with_long_token_auth("long-1");
    assert!(matches!(
        client.revoke_token("..").await,
        Err(Error::InvalidUrl { .. })
    ));
    let response = client.revoke_token("../admin").await;
    // `../admin` is one encoded segment, never a path change.
    assert!(matches!(response, Err(Error::UnexpectedStatus { status, .. }) if status == 404));
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].url.path(), "/v1/auth/tokens/..%2Fadmin/revoke");
}

#[tokio::test]
async fn revoke_token_error_keeps_status_and_body() {
    let server = serve(
        "POST",
        "/v1/auth/tokens/t1/revoke",
        ResponseTemplate::new(404).set_body_string("no such token"),
    )
    .await;
    let client = Client::new(format!("{}/v1", server.uri())).with_short_token_auth("s");
    match client.revoke_token("t1").await {
        Err(Error::UnexpectedStatus { status, body, .. }) => {
            assert_eq!(status, 404);
            assert_eq!(body, "no such token");
        }
        other => panic!("expected a status error, got {other:?}"),
    }
}

#[test]
fn debug_never_prints_secrets() {
    let client = Client::new("http://127.0.0.1:1")
        .with_client_key("secret-key")
        .with_long_token_auth("secret-token");
    let debug = format!("{client:?}");
    assert!(!debug.contains("secret"), "{debug}");
}

/// Two schemes aimed at one slot (two bearer tokens): only the first the operation
/// lists is sent, so there is one `Authorization` header.
#[tokio::test]
async fn two_credentials_for_one_slot_send_the_first_listed_only() {
    let server = serve(
        "POST",
        "/v1/auth/tokens/t1/revoke",
        ResponseTemplate::new(204),
    )
    .await;
    let client = Client::new(format!("{}/v1", server.uri()))
        .with_short_token_auth("short-1")
        .with_long_token_auth("long-1");
    client.revoke_token("t1").await.unwrap();
    let requests = server.received_requests().await.unwrap();
    let values: Vec<_> = requests[0]
        .headers
        .get_all("authorization")
        .iter()
        .collect();
    assert_eq!(values, ["Bearer long-1"]);
}
