use mdclient_tests::{json, only_request, serve};
use serde_json::json as j;
use togai_client::{Client, Error};

#[tokio::test]
async fn authenticate_sends_bearer_and_decodes_the_token() {
    let server = serve(
        "POST",
        "/authenticate",
        json(200, j!({"accessToken": "jwt", "expiresIn": 86400})),
    )
    .await;
    let client = Client::new(server.uri()).with_bearer_auth("api-key-1");
    let response = client.authenticate().await.unwrap();
    assert_eq!(response.status, 200);
    assert_eq!(
        response.body.0,
        j!({"accessToken": "jwt", "expiresIn": 86400})
    );

    let seen = only_request(&server).await;
    assert_eq!(seen.method, "POST");
    assert_eq!(seen.path, "/authenticate");
    assert_eq!(seen.query, None);
    assert_eq!(seen.header("authorization"), Some("Bearer api-key-1"));
    assert_eq!(seen.header("accept"), Some("application/json"));
    assert_eq!(seen.header("content-type"), None);
    assert!(seen.body.is_empty());
}

#[tokio::test]
async fn authenticate_error_keeps_status_and_body() {
    let server = serve(
        "POST",
        "/authenticate",
        json(401, j!({"message": "bad key"})),
    )
    .await;
    let client = Client::new(server.uri()).with_bearer_auth("wrong");
    match client.authenticate().await {
        Err(Error::UnexpectedStatus { status, body, .. }) => {
            assert_eq!(status, 401);
            assert_eq!(body, r#"{"message":"bad key"}"#);
        }
        other => panic!("expected a status error, got {other:?}"),
    }
}

#[tokio::test]
async fn authenticate_without_a_credential_sends_nothing() {
    let server = serve("POST", "/authenticate", json(200, j!({}))).await;
    let client = Client::new(server.uri());
    match client.authenticate().await {
        Err(Error::MissingCredential { schemes }) => assert_eq!(schemes, ["bearerAuth"]),
        other => panic!("expected a missing credential, got {other:?}"),
    }
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[test]
fn default_base_url_is_the_documented_server() {
    assert_eq!(Client::default().base_url(), "https://api.togai.com");
}
