use benchling_client::{Client, Error};
use mdclient_tests::{json, only_request, serve};
use serde_json::json as j;

#[tokio::test]
async fn generate_token_sends_an_rfc6749_form_with_basic_auth() {
    let server = serve(
        "POST",
        "/api/v2/token",
        json(
            200,
            j!({"access_token": "at", "expires_in": 900, "token_type": "Bearer"}),
        ),
    )
    .await;
    let client = Client::new(format!("{}/api/v2", server.uri()))
        .with_basic_client_id_secret_auth("id-1", "s3cret");
    let response = client.generate_token("client_credentials").await.unwrap();
    assert_eq!(response.body.0["access_token"], "at");

    let seen = only_request(&server).await;
    assert_eq!(seen.method, "POST");
    assert_eq!(seen.path, "/api/v2/token");
    assert_eq!(seen.query, None);
    assert_eq!(
        seen.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(seen.header("accept"), Some("application/json"));
    // base64("id-1:s3cret")
    assert_eq!(seen.header("authorization"), Some("Basic aWQtMTpzM2NyZXQ="));
    assert_eq!(seen.body_text(), "grant_type=client_credentials");
}

#[tokio::test]
async fn generate_token_sends_optional_fields_under_their_wire_names() {
    let server = serve("POST", "/api/v2/token", json(200, j!({}))).await;
    let client = Client::new(format!("{}/api/v2", server.uri()))
        .with_basic_client_id_secret_auth("id-1", "s");
    client
        .generate_token("client_credentials")
        .client_id("id 1")
        .client_secret("a&b=c")
        .await
        .unwrap();
    let seen = only_request(&server).await;
    assert_eq!(
        seen.body_text(),
        "grant_type=client_credentials&client_id=id+1&client_secret=a%26b%3Dc"
    );
}

#[tokio::test]
async fn generate_token_error_keeps_status_and_body() {
    let server = serve(
        "POST",
        "/api/v2/token",
        json(400, j!({"error": "invalid_grant"})),
    )
    .await;
    let client =
        Client::new(format!("{}/api/v2", server.uri())).with_basic_client_id_secret_auth("id", "s");
    match client.generate_token("password").await {
        Err(Error::UnexpectedStatus { status, body, .. }) => {
            assert_eq!(status, 400);
            assert_eq!(body, r#"{"error":"invalid_grant"}"#);
        }
        other => panic!("expected a status error, got {other:?}"),
    }
}
