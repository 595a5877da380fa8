use mdclient_tests::{json, only_request, serve};
use rxinfer_client::{Client, Error, TokenGenerateError, TokenRolesError};
use serde_json::json as j;

#[tokio::test]
async fn token_generate_needs_no_authorization() {
    let server = serve(
        "POST",
        "/v1/token/generate",
        json(200, j!({"token": "t-1"})),
    )
    .await;
    let client = Client::new(format!("{}/v1", server.uri()));
    let response = client.token_generate().await.unwrap();
    assert_eq!(response.body.0, j!({"token": "t-1"}));
    let seen = only_request(&server).await;
    assert_eq!(seen.method, "POST");
    assert_eq!(seen.path, "/v1/token/generate");
    assert_eq!(seen.query, None);
    assert_eq!(seen.header("authorization"), None);
    assert_eq!(seen.header("accept"), Some("application/json"));
    assert!(seen.body.is_empty());
}

#[tokio::test]
async fn token_generate_documented_400_keeps_status_and_body() {
    let server = serve(
        "POST",
        "/v1/token/generate",
        json(400, j!({"error": "Unable to generate token"})),
    )
    .await;
    let client = Client::new(format!("{}/v1", server.uri()));
    // The docs list 400 without a model: a documented variant holding the text.
    match client.token_generate().await {
        Err(Error::Documented { status, body, .. }) => {
            assert_eq!(status, 400);
            match *body {
                TokenGenerateError::Status400(text) => {
                    assert_eq!(text, r#"{"error":"Unable to generate token"}"#)
                }
            }
        }
        other => panic!("expected the documented 400, got {other:?}"),
    }
}

#[tokio::test]
async fn token_roles_sends_the_bearer_token() {
    let server = serve("GET", "/v1/token/roles", json(200, j!({"roles": ["user"]}))).await;
    let client = Client::new(format!("{}/v1", server.uri())).with_api_key_auth("t-1");
    let response = client.token_roles().await.unwrap();
    assert_eq!(response.body.0["roles"][0], "user");
    let seen = only_request(&server).await;
    assert_eq!(seen.method, "GET");
    assert_eq!(seen.path, "/v1/token/roles");
    assert_eq!(seen.header("authorization"), Some("Bearer t-1"));
    assert!(seen.body.is_empty());
}

#[tokio::test]
async fn token_roles_401_keeps_status_and_body() {
    let server = serve(
        "GET",
        "/v1/token/roles",
        json(401, j!({"error": "Access token is missing or invalid"})),
    )
    .await;
    let client = Client::new(format!("{}/v1", server.uri())).with_api_key_auth("expired");
    let err = client.token_roles().await.unwrap_err();
    assert!(
        matches!(&err, Error::Documented { status, body, .. }
            if *status == 401 && matches!(**body, TokenRolesError::Status401(_))),
        "{err:?}"
    );
    assert!(
        !err.to_string().contains("expired"),
        "no secret in messages: {err}"
    );
}

#[tokio::test]
async fn malformed_json_is_a_decode_error_with_the_raw_text() {
    let server = serve(
        "GET",
        "/v1/token/roles",
        mdclient_tests::ResponseTemplate::new(200).set_body_raw("{not json", "application/json"),
    )
    .await;
    let client = Client::new(format!("{}/v1", server.uri())).with_api_key_auth("t");
    match client.token_roles().await {
        Err(Error::Decode { status, body, .. }) => {
            assert_eq!(status, 200);
            assert_eq!(body, "{not json");
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
}
