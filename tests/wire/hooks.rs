//! The client's request hook and retries, on the wire (petstore client).

use std::hash::{Hash, Hasher};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use mdclient_runtime::Retry;
use mdclient_tests::{json, requests, serve, Mock, MockServer, ResponseTemplate};
use petstore_client::{models, Client, Error};
use serde_json::json as j;
use wiremock::matchers::{method, path};

/// A keyed signature over method, path, expiry and body, as a signing scheme would
/// compute it (a real one uses HMAC-SHA256; std's SipHash keeps the test free of
/// crypto crates: what is tested is what the hook sees and sends).
fn signature(key: &str, method: &str, path: &str, expires: &str, body: &[u8]) -> String {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    (key, method, path, expires, body).hash(&mut hasher);
    format!("{:016x}", hasher.finish())
}

fn new_pet() -> models::NewPet {
    serde_json::from_value(j!({"name": "Rex", "photoUrls": ["a.png"]})).unwrap()
}

fn pet() -> serde_json::Value {
    j!({"id": 3, "name": "Rex", "photoUrls": ["a.png"]})
}

#[tokio::test]
async fn a_hook_signs_every_request_over_method_path_expiry_and_body() {
    let server = serve("POST", "/v1/pets", json(201, pet())).await;
    let client = Client::new(format!("{}/v1", server.uri()))
        .with_petstore_auth("tok")
        .with_request_hook(|request, operation| {
            assert_eq!(operation, "add_pet");
            // The hook runs after authorization: the credential is already there.
            assert!(request.headers().contains_key("authorization"));
            let expires = "1700000000";
            let body = request
                .body()
                .and_then(|b| b.as_bytes())
                .unwrap_or_default()
                .to_vec();
            let sig = signature(
                "k",
                request.method().as_str(),
                request.url().path(),
                expires,
                &body,
            );
            request.headers_mut().insert("x-expires", expires.parse()?);
            request.headers_mut().insert("x-signature", sig.parse()?);
            Ok(())
        });
    client.add_pet(new_pet()).await.unwrap();
    let seen = &requests(&server).await[0];
    let expected = signature("k", "POST", "/v1/pets", "1700000000", &seen.body);
    assert_eq!(seen.header("x-signature"), Some(expected.as_str()));
    assert_eq!(seen.header("x-expires"), Some("1700000000"));
    assert!(!seen.body.is_empty());
}

#[tokio::test]
async fn a_hook_error_stops_the_call_before_anything_is_sent() {
    let server = serve("GET", "/v1/pets/7", json(200, pet())).await;
    let client = Client::new(format!("{}/v1", server.uri()))
        .with_api_key("k")
        .with_request_hook(|_, _| Err("no signing key".into()));
    let err = client.get_pet_by_id(7).await.unwrap_err();
    assert!(
        matches!(
            &err,
            Error::Hook {
                operation: "get_pet_by_id",
                ..
            }
        ),
        "{err:?}"
    );
    assert!(err.to_string().contains("no signing key"), "{err}");
    assert!(requests(&server).await.is_empty());
}

/// A server whose first answer to `METHOD path` is `first`, and `then` after.
async fn first_then(
    http_method: &str,
    http_path: &str,
    first: ResponseTemplate,
    then: ResponseTemplate,
) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method(http_method))
        .and(path(http_path))
        .respond_with(first)
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method(http_method))
        .and(path(http_path))
        .respond_with(then)
        .with_priority(2)
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn a_503_is_retried_after_its_retry_after_and_the_hook_runs_again() {
    let server = first_then(
        "GET",
        "/v1/pets/7",
        ResponseTemplate::new(503).insert_header("retry-after", "1"),
        json(200, pet()),
    )
    .await;
    let hooked = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&hooked);
    let client = Client::new(format!("{}/v1", server.uri()))
        .with_api_key("k")
        // A backoff far below the server's 1 s: waiting 1 s shows Retry-After won.
        .with_retry(Retry::new().backoff(Duration::from_millis(10), Duration::from_millis(10)))
        .with_request_hook(move |_, _| {
            counter.fetch_add(1, Ordering::SeqCst);
            Ok(())
        });
    let start = Instant::now();
    let pet = client.get_pet_by_id(7).await.unwrap().into_body();
    assert_eq!(pet.id, 3);
    assert!(
        start.elapsed() >= Duration::from_secs(1),
        "{:?}",
        start.elapsed()
    );
    assert_eq!(requests(&server).await.len(), 2);
    assert_eq!(
        hooked.load(Ordering::SeqCst),
        2,
        "the hook sees each attempt"
    );
}

#[tokio::test]
async fn a_post_is_not_retried_unless_asked_and_retries_stop_at_the_limit() {
    let server = first_then(
        "POST",
        "/v1/pets",
        ResponseTemplate::new(503),
        json(201, pet()),
    )
    .await;
    let fast = Retry::new().backoff(Duration::from_millis(1), Duration::from_millis(1));
    let client = Client::new(format!("{}/v1", server.uri()))
        .with_petstore_auth("tok")
        .with_retry(fast.clone());
    let err = client.add_pet(new_pet()).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(requests(&server).await.len(), 1, "a POST is not sent twice");
    // Asked to: the POST is sent again, body and all.
    let client = client.with_retry(fast.clone().non_idempotent(true));
    assert_eq!(client.add_pet(new_pet()).await.unwrap().status, 201);
    let seen = requests(&server).await;
    assert_eq!(seen.len(), 2);
    assert_eq!(
        seen[1].body_text(),
        r#"{"name":"Rex","photoUrls":["a.png"]}"#
    );

    // Always 503: three attempts, then the 503 itself.
    let server = serve("GET", "/v1/pets/7", ResponseTemplate::new(503)).await;
    let client = Client::new(format!("{}/v1", server.uri()))
        .with_api_key("k")
        .with_retry(fast);
    let err = client.get_pet_by_id(7).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(requests(&server).await.len(), 3);
}

#[tokio::test]
async fn without_a_retry_policy_nothing_is_sent_twice() {
    let server = first_then(
        "GET",
        "/v1/pets/7",
        ResponseTemplate::new(503),
        json(200, pet()),
    )
    .await;
    let client = Client::new(format!("{}/v1", server.uri())).with_api_key("k");
    assert!(client.get_pet_by_id(7).await.is_err());
    assert_eq!(requests(&server).await.len(), 1);
}

/// A middleware layer that stamps every request it sees.
struct Stamp;

impl reqwest_middleware::Middleware for Stamp {
    fn handle<'a, 'b, 'c, 'f>(
        &'a self,
        mut request: reqwest::Request,
        extensions: &'b mut http::Extensions,
        next: reqwest_middleware::Next<'c>,
    ) -> std::pin::Pin<
        Box<
            dyn std::future::Future<Output = reqwest_middleware::Result<reqwest::Response>>
                + Send
                + 'f,
        >,
    >
    where
        'a: 'f,
        'b: 'f,
        'c: 'f,
        Self: 'f,
    {
        request.headers_mut().insert(
            "x-layer",
            reqwest::header::HeaderValue::from_static("stamped"),
        );
        Box::pin(next.run(request, extensions))
    }
}

#[tokio::test]
async fn a_client_with_middleware_sends_every_call_through_its_layers() {
    let server = serve("GET", "/v1/pets/7", json(200, pet())).await;
    let layered = reqwest_middleware::ClientBuilder::new(reqwest::Client::new())
        .with(Stamp)
        .build();
    let client = Client::new(format!("{}/v1", server.uri()))
        .with_api_key("k")
        .with_http_client(layered);
    client.get_pet_by_id(7).await.unwrap();
    let seen = &requests(&server).await[0];
    assert_eq!(seen.header("x-layer"), Some("stamped"));
    assert_eq!(
        seen.header("x-api-key"),
        Some("k"),
        "authorization comes first"
    );
}
