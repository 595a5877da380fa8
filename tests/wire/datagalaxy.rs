use datagalaxy_client::{Client, Error};
use mdclient_tests::{json, only_request, serve};
use serde_json::json as j;

#[tokio::test]
async fn generate_sends_the_integration_token() {
    let server = serve(
        "GET",
        "/v2/credentials",
        json(200, j!({"accessToken": "a"})),
    )
    .await;
    let client = Client::new(format!("{}/v2", server.uri())).with_integration_token("it-1");
    let response = client.generate().await.unwrap();
    assert_eq!(response.body.0, j!({"accessToken": "a"}));

    let seen = only_request(&server).await;
    assert_eq!(seen.method, "GET");
    assert_eq!(seen.path, "/v2/credentials");
    assert_eq!(seen.query, None);
    assert_eq!(seen.header("authorization"), Some("Bearer it-1"));
    assert_eq!(seen.header("accept"), Some("application/json"));
    assert!(seen.body.is_empty());
}

#[tokio::test]
async fn regenerate_sends_the_query_and_one_authorization() {
    let server = serve(
        "GET",
        "/v2/credentials/regenerate",
        json(200, j!({"integrationToken": "new"})),
    )
    .await;
    let client = Client::new(format!("{}/v2", server.uri()))
        .with_access_token("at-1")
        .with_integration_token("it-1");
    let response = client.regenerate("it 1&x=y").await.unwrap();
    assert_eq!(response.body.0["integrationToken"], "new");

    let seen = only_request(&server).await;
    assert_eq!(seen.method, "GET");
    assert_eq!(
        seen.query.as_deref(),
        Some("integration_token=it+1%26x%3Dy")
    );
    // Both schemes want Authorization: the first listed one that is configured wins.
    assert_eq!(seen.header_count("authorization"), 1);
    assert_eq!(seen.header("authorization"), Some("Bearer at-1"));
}

#[tokio::test]
async fn regenerate_error_keeps_status_and_body() {
    let server = serve(
        "GET",
        "/v2/credentials/regenerate",
        json(403, j!({"error": "forbidden"})),
    )
    .await;
    let client = Client::new(format!("{}/v2", server.uri())).with_integration_token("it-1");
    match client.regenerate("t").await {
        Err(Error::UnexpectedStatus { status, body, .. }) => {
            assert_eq!(status, 403);
            assert_eq!(body, r#"{"error":"forbidden"}"#);
        }
        other => panic!("expected a status error, got {other:?}"),
    }
}
