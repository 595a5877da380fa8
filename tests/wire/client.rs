//! The client's own settings and guarantees, on the wire: timeout, user agent, a
//! user's `reqwest::Client`, blocking calls, undocumented statuses, downloads,
//! multipart uploads, cookie keys and refused injections.

use std::time::{Duration, Instant};

use fixture_clients::{billing_python_7_26_0 as billing, kitchen_go_7_26_0 as kitchen};
use mdclient_tests::{json, only_request, serve, MockServer, ResponseTemplate};
use serde_json::json as j;

#[tokio::test]
async fn a_slow_server_hits_the_timeout() {
    let server = serve(
        "POST",
        "/authenticate",
        json(200, j!({})).set_delay(Duration::from_secs(5)),
    )
    .await;
    let client = togai_client::Client::new(server.uri())
        .with_bearer_auth("k")
        .with_timeout(Duration::from_millis(200));
    let started = Instant::now();
    let err = client.authenticate().await.unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert!(err.to_string().contains("timed out"), "{err}");
    assert!(started.elapsed() < Duration::from_secs(3));
}

#[tokio::test]
async fn the_user_agent_is_the_crate_unless_set() {
    let server = serve("POST", "/authenticate", json(200, j!({}))).await;
    let client = togai_client::Client::new(server.uri()).with_bearer_auth("k");
    client.authenticate().await.unwrap();
    assert_eq!(
        only_request(&server).await.header("user-agent"),
        Some("togai-client/0.1.0")
    );

    let server = serve("POST", "/authenticate", json(200, j!({}))).await;
    let client = togai_client::Client::new(server.uri())
        .with_bearer_auth("k")
        .with_user_agent("my-app/2.0");
    client.authenticate().await.unwrap();
    assert_eq!(
        only_request(&server).await.header("user-agent"),
        Some("my-app/2.0")
    );
}

#[tokio::test]
async fn a_users_reqwest_client_is_the_one_that_sends() {
    let server = serve("POST", "/authenticate", json(200, j!({}))).await;
    let mut headers = mdclient_runtime::reqwest::header::HeaderMap::new();
    headers.insert("x-from-my-client", "yes".parse().unwrap());
    let http = mdclient_runtime::reqwest::Client::builder()
        .default_headers(headers)
        .build()
        .unwrap();
    let client = togai_client::Client::new(server.uri())
        .with_http_client(http)
        .with_bearer_auth("k");
    client.authenticate().await.unwrap();
    assert_eq!(
        only_request(&server).await.header("x-from-my-client"),
        Some("yes")
    );
}

#[test]
fn blocking_calls_work_outside_a_runtime_and_refuse_inside_one() {
    use benchling_client::SendBlocking;
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let server = runtime.block_on(serve(
        "POST",
        "/api/v2/token",
        json(200, j!({"access_token": "b-1"})),
    ));
    let client = benchling_client::Client::new(format!("{}/api/v2", server.uri()))
        .with_basic_client_id_secret_auth("id-1", "s3cret");
    let response = client
        .generate_token("client_credentials")
        .send_blocking()
        .unwrap();
    assert_eq!(response.body.0["access_token"], "b-1");
    let seen = runtime.block_on(only_request(&server));
    assert_eq!(seen.body_text(), "grant_type=client_credentials");

    let inside = runtime.block_on(async { client.generate_token("x").send_blocking() });
    assert!(
        matches!(inside, Err(benchling_client::Error::Blocking { .. })),
        "{inside:?}"
    );
}

#[tokio::test]
async fn an_undocumented_status_keeps_status_headers_and_body() {
    let server = serve(
        "POST",
        "/authenticate",
        ResponseTemplate::new(418)
            .insert_header("x-teapot", "short and stout")
            .set_body_string("<html>no</html>"),
    )
    .await;
    let client = togai_client::Client::new(server.uri()).with_bearer_auth("k");
    match client.authenticate().await {
        Err(togai_client::Error::UnexpectedStatus {
            status,
            headers,
            body,
        }) => {
            assert_eq!(status, 418);
            assert_eq!(headers["x-teapot"], "short and stout");
            assert_eq!(body, "<html>no</html>");
        }
        other => panic!("expected an unexpected status, got {other:?}"),
    }
}

#[tokio::test]
async fn a_download_streams_chunk_by_chunk() {
    let pdf: Vec<u8> = (0..=255u8).cycle().take(200_000).collect();
    let server = serve(
        "GET",
        "/v1/invoices/inv-1/pdf",
        ResponseTemplate::new(200).set_body_raw(pdf.clone(), "application/pdf"),
    )
    .await;
    let client = billing::Client::new(format!("{}/v1", server.uri())).with_bearer_auth("t");
    let response = client
        .download_invoice_pdf("inv-1")
        .send_streaming()
        .await
        .unwrap();
    assert_eq!(response.headers["content-type"], "application/pdf");
    let mut stream = response.body;
    let mut got = Vec::new();
    while let Some(chunk) = stream.chunk().await.unwrap() {
        got.extend_from_slice(&chunk);
    }
    assert_eq!(got, pdf);
    // Or all at once.
    let whole = client.download_invoice_pdf("inv-1").await.unwrap();
    assert_eq!(whole.body, pdf);
}

#[tokio::test]
async fn a_multipart_upload_sends_the_file_part_and_text_fields() {
    let server = serve(
        "POST",
        "/v1/invoices/inv-1/attachments",
        json(201, j!({"id": "att-1", "file_name": "a.bin", "size": 3})),
    )
    .await;
    let client = billing::Client::new(format!("{}/v1", server.uri())).with_bearer_auth("t");
    client
        .upload_attachment("inv-1", vec![0, 159, 255])
        .description("scan")
        .await
        .unwrap();
    let seen = only_request(&server).await;
    let content_type = seen.header("content-type").unwrap();
    assert!(
        content_type.starts_with("multipart/form-data; boundary="),
        "{content_type}"
    );
    let body = String::from_utf8_lossy(&seen.body);
    assert!(body.contains("name=\"file\"; filename=\"file\""), "{body}");
    assert!(
        body.contains("Content-Type: application/octet-stream"),
        "{body}"
    );
    assert!(seen.body.windows(3).any(|w| w == [0, 159, 255]));
    assert!(body.contains("name=\"description\"\r\n\r\nscan"), "{body}");
}

#[tokio::test]
async fn a_cookie_api_key_travels_in_the_cookie_header() {
    let server = serve("GET", "/settings", json(200, j!({}))).await;
    let client = kitchen::Client::new(server.uri()).with_cookie_auth("sess-1");
    let _ = client.get_settings().await;
    let seen = only_request(&server).await;
    assert_eq!(seen.header("cookie"), Some("session_id=sess-1"));
    assert_eq!(seen.header("authorization"), None);
}

#[tokio::test]
async fn a_header_value_with_a_line_break_is_refused_and_nothing_is_sent() {
    let server = serve("PUT", "/v1/pets/9", json(200, j!({}))).await;
    let client =
        petstore_client::Client::new(format!("{}/v1", server.uri())).with_petstore_auth("t");
    let pet = petstore_client::models::NewPet {
        name: "Rex".into(),
        ..Default::default()
    };
    let err = client
        .update_pet("v\r\nX-Injected: 1", 9, pet)
        .await
        .unwrap_err();
    assert!(
        matches!(&err, petstore_client::Error::InvalidHeader { name, .. } if name == "If-Match"),
        "{err:?}"
    );
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn path_values_never_change_the_path() {
    let server = MockServer::start().await;
    let client = c2m_client::Client::new(format!("{}/v1", server.uri())).with_long_token_auth("t");
    for (value, sent) in [
        ("%2e%2e", "/v1/auth/tokens/%252e%252e/revoke"),
        ("../admin", "/v1/auth/tokens/..%2Fadmin/revoke"),
        ("a/b?c#d", "/v1/auth/tokens/a%2Fb%3Fc%23d/revoke"),
    ] {
        let _ = client.revoke_token(value).await;
        let requests = server.received_requests().await.unwrap();
        let last = requests.last().unwrap();
        assert_eq!(last.url.path(), sent, "{value}");
        assert_eq!(last.url.query(), None, "{value}");
    }
    for value in ["..", ".", ""] {
        let err = client.revoke_token(value).await.unwrap_err();
        assert!(
            matches!(err, c2m_client::Error::InvalidUrl { .. }),
            "{value}: {err:?}"
        );
    }
    assert_eq!(server.received_requests().await.unwrap().len(), 3);
}
