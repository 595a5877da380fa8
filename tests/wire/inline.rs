//! The c2m client rendered with `--runtime inline` (generated/c2m-inline: the runtime
//! is its module `mdclient_runtime`; its manifest has no path dependency) sends the
//! same request as the client on the shared runtime crate.

use c2m_inline_client::{mdclient_runtime, models, Client, Error};
use mdclient_tests::{json, only_request, serve};
use serde_json::json as j;

#[tokio::test]
async fn the_inline_runtime_client_sends_the_documented_request() {
    let server = serve(
        "POST",
        "/v1/auth/tokens/long",
        json(201, j!({"token": "long"})),
    )
    .await;
    let client = Client::new(format!("{}/v1", server.uri()))
        .with_short_token_auth("short-1")
        .with_client_key("client-9")
        .with_retry(mdclient_runtime::Retry::new());
    let request = models::LongTokenRequest(j!({"grant_type": "client_credentials"}));
    let response = client.issue_long_term_token(request).await.unwrap();
    assert_eq!(
        (response.status.as_u16(), &response.body.0["token"]),
        (201, &j!("long"))
    );
    let seen = only_request(&server).await;
    assert_eq!(seen.header("authorization"), Some("Bearer short-1"));
    assert_eq!(seen.header("x-client-id"), Some("client-9"));
    assert_eq!(seen.body_text(), r#"{"grant_type":"client_credentials"}"#);
}

#[tokio::test]
async fn its_errors_are_the_inline_runtimes() {
    let server = serve("POST", "/v1/auth/tokens/long", json(418, j!({}))).await;
    let client = Client::new(format!("{}/v1", server.uri()))
        .with_short_token_auth("s")
        .with_client_key("k");
    let err = client
        .issue_long_term_token(models::LongTokenRequest(j!({})))
        .await
        .unwrap_err();
    let _: &mdclient_runtime::Error<_> = &err;
    assert!(matches!(err, Error::UnexpectedStatus { .. }), "{err:?}");
}

#[test]
fn its_manifest_names_no_runtime_crate() {
    let manifest = include_str!("../../generated/c2m-inline/Cargo.toml");
    assert!(!manifest.contains("mdclient-runtime"), "{manifest}");
    assert!(!manifest.contains("path ="), "{manifest}");
}
