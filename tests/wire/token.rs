//! Token exchange with the seeds' own token operations: the client holds the
//! long-lived credential, obtains the short-lived token through the documented token
//! operation, caches it, renews it before it expires and after a 401, and makes one
//! token request however many calls wait for it.

use std::time::Duration;

use mdclient_tests::{json, requests_to, Mock, MockServer, ResponseTemplate};
use serde_json::json as j;
use wiremock::matchers::{header, method, path};

/// A JWT (`alg: none`) whose `exp` is 1970: expired as soon as it is issued.
const EXPIRED_JWT: &str = "eyJhbGciOiJub25lIn0.eyJleHAiOjF9.x";

/// Mounts `METHOD path` answering `first` once, then `then` for good.
async fn token_endpoint(
    server: &MockServer,
    http_method: &str,
    http_path: &str,
    first: ResponseTemplate,
    then: ResponseTemplate,
) {
    Mock::given(method(http_method))
        .and(path(http_path))
        .respond_with(first)
        .up_to_n_times(1)
        .with_priority(1)
        .mount(server)
        .await;
    Mock::given(method(http_method))
        .and(path(http_path))
        .respond_with(then)
        .with_priority(2)
        .mount(server)
        .await;
}

/// rxinfer: `POST /token/generate` issues the token `GET /token/roles` sends as
/// `ApiKeyAuth`.
mod rxinfer {
    use super::*;
    use rxinfer_client::{Client, Error, TokenRolesError};

    async fn server() -> MockServer {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .and(path("/v1/token/roles"))
            .respond_with(json(200, j!({"roles": ["user"]})))
            .mount(&server)
            .await;
        server
    }

    fn client(server: &MockServer) -> Client {
        Client::new(format!("{}/v1", server.uri()))
            .with_token_from_token_generate(|client| client.token_generate())
    }

    #[tokio::test]
    async fn fifty_concurrent_calls_make_one_token_request_and_send_its_token() {
        let server = server().await;
        let fresh = json(200, j!({"token": "t-1", "expires_in": 3600}));
        token_endpoint(&server, "POST", "/v1/token/generate", fresh.clone(), fresh).await;
        let client = client(&server);

        let calls = (0..50).map(|_| client.token_roles().send());
        for result in futures_join_all(calls).await {
            assert_eq!(result.unwrap().body.0["roles"][0], "user");
        }
        assert_eq!(requests_to(&server, "/v1/token/generate").await.len(), 1);
        let roles = requests_to(&server, "/v1/token/roles").await;
        assert_eq!(roles.len(), 50);
        assert!(roles
            .iter()
            .all(|r| r.header("authorization") == Some("Bearer t-1")));

        // Cached: a later call asks for no new token.
        client.token_roles().await.unwrap();
        assert_eq!(requests_to(&server, "/v1/token/generate").await.len(), 1);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn fifty_concurrent_calls_with_an_expired_token_make_one_token_request() {
        let server = server().await;
        token_endpoint(
            &server,
            "POST",
            "/v1/token/generate",
            json(200, j!({"token": EXPIRED_JWT})),
            json(200, j!({"token": "t-2", "expires_in": 3600})),
        )
        .await;
        let client = client(&server);
        // The first token is sent once, and is expired by its JWT `exp` from then on.
        client.token_roles().await.unwrap();
        assert_eq!(requests_to(&server, "/v1/token/generate").await.len(), 1);

        // Fifty tasks on four threads.
        let tasks: Vec<_> = (0..50)
            .map(|_| {
                let client = client.clone();
                tokio::spawn(async move { client.token_roles().await.map(|_| ()) })
            })
            .collect();
        for task in tasks {
            task.await.unwrap().unwrap();
        }
        assert_eq!(requests_to(&server, "/v1/token/generate").await.len(), 2);
        let roles = requests_to(&server, "/v1/token/roles").await;
        assert_eq!(
            roles[0].header("authorization"),
            Some(&*format!("Bearer {EXPIRED_JWT}"))
        );
        assert!(roles[1..]
            .iter()
            .all(|r| r.header("authorization") == Some("Bearer t-2")));
    }

    #[tokio::test]
    async fn a_token_is_renewed_before_expires_in_runs_out() {
        let server = server().await;
        token_endpoint(
            &server,
            "POST",
            "/v1/token/generate",
            json(200, j!({"token": "short-lived", "expires_in": 1})),
            json(200, j!({"token": "t-2", "expires_in": 3600})),
        )
        .await;
        let client = client(&server);
        client.token_roles().await.unwrap();
        client.token_roles().await.unwrap();
        assert_eq!(requests_to(&server, "/v1/token/generate").await.len(), 1);
        // Renewed at half its one-second life at the latest.
        tokio::time::sleep(Duration::from_millis(600)).await;
        client.token_roles().await.unwrap();
        assert_eq!(requests_to(&server, "/v1/token/generate").await.len(), 2);
        let roles = requests_to(&server, "/v1/token/roles").await;
        assert_eq!(roles[2].header("authorization"), Some("Bearer t-2"));
    }

    #[tokio::test]
    async fn a_401_renews_the_token_and_retries_once() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .and(path("/v1/token/roles"))
            .and(header("authorization", "Bearer revoked"))
            .respond_with(json(401, j!({"error": "revoked"})))
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .and(path("/v1/token/roles"))
            .and(header("authorization", "Bearer t-2"))
            .respond_with(json(200, j!({"roles": ["admin"]})))
            .mount(&server)
            .await;
        token_endpoint(
            &server,
            "POST",
            "/v1/token/generate",
            json(200, j!({"token": "revoked", "expires_in": 3600})),
            json(200, j!({"token": "t-2", "expires_in": 3600})),
        )
        .await;
        let client = client(&server);
        let response = client.token_roles().await.unwrap();
        assert_eq!(response.body.0["roles"][0], "admin");
        assert_eq!(requests_to(&server, "/v1/token/generate").await.len(), 2);
        assert_eq!(requests_to(&server, "/v1/token/roles").await.len(), 2);
    }

    #[tokio::test]
    async fn a_second_401_is_the_answer() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .and(path("/v1/token/roles"))
            .respond_with(json(401, j!({"error": "no"})))
            .mount(&server)
            .await;
        let fresh = json(200, j!({"token": "t", "expires_in": 3600}));
        token_endpoint(&server, "POST", "/v1/token/generate", fresh.clone(), fresh).await;
        let err = client(&server).token_roles().await.unwrap_err();
        assert!(
            matches!(&err, Error::Documented { status, body, .. }
                if *status == 401 && matches!(**body, TokenRolesError::Status401(_))),
            "{err:?}"
        );
        assert_eq!(requests_to(&server, "/v1/token/roles").await.len(), 2);
        assert_eq!(requests_to(&server, "/v1/token/generate").await.len(), 2);
    }

    #[tokio::test]
    async fn a_failed_token_request_fails_the_call_before_it_is_sent() {
        let server = server().await;
        let refused = json(400, j!({"error": "Unable to generate token"}));
        token_endpoint(
            &server,
            "POST",
            "/v1/token/generate",
            refused.clone(),
            refused,
        )
        .await;
        let err = client(&server).token_roles().await.unwrap_err();
        match &err {
            Error::Token {
                operation,
                source: Some(source),
                ..
            } => {
                assert_eq!(operation, "token_generate");
                assert_eq!(source.status().map(|s| s.as_u16()), Some(400));
            }
            other => panic!("expected a token error, got {other:?}"),
        }
        assert!(requests_to(&server, "/v1/token/roles").await.is_empty());
        // Failures are not cached: the next call asks again.
        let _ = client(&server).token_roles().await;
        assert_eq!(requests_to(&server, "/v1/token/generate").await.len(), 2);
    }

    #[tokio::test]
    async fn a_response_without_a_token_names_the_fields_tried() {
        let server = server().await;
        let empty = json(200, j!({"unrelated": 1}));
        token_endpoint(&server, "POST", "/v1/token/generate", empty.clone(), empty).await;
        let err = client(&server).token().await.unwrap_err();
        let message = err.to_string();
        assert!(
            message.contains("access_token") && message.contains("token_generate"),
            "{message}"
        );
    }

    #[test]
    fn debug_shows_the_exchange_but_no_token() {
        let client = Client::new("http://127.0.0.1:9")
            .with_api_key_auth("static-secret")
            .with_token_from_token_generate(|client| client.token_generate());
        let shown = format!("{client:?}");
        assert!(
            shown.contains("token_generate") && shown.contains("ApiKeyAuth"),
            "{shown}"
        );
        assert!(!shown.contains("static-secret"), "{shown}");
    }
}

/// togai: the API key (`bearerAuth`) is exchanged at `POST /authenticate` for the
/// token the rest of the API takes as `bearerAuth`.
mod togai {
    use super::*;
    use togai_client::Client;

    #[tokio::test]
    async fn the_token_operation_sends_the_api_key_and_fifty_token_calls_share_one_request() {
        let server = MockServer::start().await;
        let issued = json(200, j!({"accessToken": "jwt-1", "expiresIn": 86400}));
        token_endpoint(&server, "POST", "/authenticate", issued.clone(), issued).await;
        let client = Client::new(server.uri())
            .with_bearer_auth("api-key-1")
            .with_token_from_authenticate(|client| client.authenticate());
        let tokens = futures_join_all((0..50).map(|_| client.token())).await;
        assert!(tokens.into_iter().all(|t| t.unwrap() == "jwt-1"));
        let sent = requests_to(&server, "/authenticate").await;
        assert_eq!(sent.len(), 1);
        // The token operation itself always sends the configured (long-lived) key.
        assert_eq!(sent[0].header("authorization"), Some("Bearer api-key-1"));
        // Called directly, it still does.
        client.authenticate().await.unwrap();
        let sent = requests_to(&server, "/authenticate").await;
        assert_eq!(sent[1].header("authorization"), Some("Bearer api-key-1"));
    }
}

/// c2m: the long-term token (`LongTokenAuth`) is exchanged at
/// `POST /auth/tokens/short` for the short-term JWT sent as `ShortTokenAuth`.
mod c2m {
    use super::*;
    use c2m_client::{models, Client};

    #[tokio::test]
    async fn calls_send_the_short_term_token_obtained_with_the_long_term_one() {
        let server = MockServer::start().await;
        let issued = json(201, j!({"access_token": "short-1", "expires_in": 900}));
        token_endpoint(
            &server,
            "POST",
            "/v1/auth/tokens/short",
            issued.clone(),
            issued,
        )
        .await;
        Mock::given(method("POST"))
            .and(path("/v1/auth/tokens/long"))
            .respond_with(json(201, j!({"token": "long-2"})))
            .mount(&server)
            .await;
        let client = Client::new(format!("{}/v1", server.uri()))
            .with_long_token_auth("long-1")
            .with_client_key("client-7")
            .with_token_from_issue_short_term_token(|client| {
                client
                    .issue_short_term_token()
                    .short_token_request(models::ShortTokenRequest(j!({"scopes": ["jobs:submit"]})))
            });
        let body = models::LongTokenRequest(j!({"grant_type": "client_credentials"}));
        let calls = (0..50).map(|_| client.issue_long_term_token(body.clone()).send());
        for result in futures_join_all(calls).await {
            assert_eq!(result.unwrap().body.0["token"], "long-2");
        }

        let short = requests_to(&server, "/v1/auth/tokens/short").await;
        assert_eq!(short.len(), 1);
        assert_eq!(short[0].header("authorization"), Some("Bearer long-1"));
        assert_eq!(short[0].body_text(), r#"{"scopes":["jobs:submit"]}"#);
        let long = requests_to(&server, "/v1/auth/tokens/long").await;
        assert_eq!(long.len(), 50);
        for request in &long {
            assert_eq!(request.header("authorization"), Some("Bearer short-1"));
            assert_eq!(request.header_count("authorization"), 1);
        }
    }
}

/// datagalaxy: the integration token is exchanged at `GET /credentials` for the
/// access token `GET /credentials/regenerate` takes as `AccessToken`.
mod datagalaxy {
    use super::*;
    use datagalaxy_client::Client;

    #[tokio::test]
    async fn the_access_token_comes_from_the_credentials_operation() {
        let server = MockServer::start().await;
        let issued = json(200, j!({"accessToken": "access-1", "expiresIn": 3600}));
        token_endpoint(&server, "GET", "/v2/credentials", issued.clone(), issued).await;
        Mock::given(method("GET"))
            .and(path("/v2/credentials/regenerate"))
            .respond_with(json(200, j!({"integrationToken": "integ-2"})))
            .mount(&server)
            .await;
        let client = Client::new(format!("{}/v2", server.uri()))
            .with_integration_token("integ-1")
            .with_token_from_generate(|client| client.generate());
        let calls = (0..50).map(|_| client.regenerate("integ-1").send());
        for result in futures_join_all(calls).await {
            result.unwrap();
        }
        let issued = requests_to(&server, "/v2/credentials").await;
        assert_eq!(issued.len(), 1);
        assert_eq!(issued[0].header("authorization"), Some("Bearer integ-1"));
        let regenerated = requests_to(&server, "/v2/credentials/regenerate").await;
        assert!(regenerated
            .iter()
            .all(|r| r.header("authorization") == Some("Bearer access-1")));
    }
}

/// benchling: `POST /token` is an RFC 6749 token endpoint taking the client id and
/// secret as HTTP basic authentication; no operation of the docs sends the token, so
/// the client hands it out.
mod benchling {
    use super::*;
    use benchling_client::Client;

    #[tokio::test]
    async fn the_client_credentials_grant_runs_once_for_fifty_callers() {
        let server = MockServer::start().await;
        let issued = json(
            200,
            j!({"access_token": "bench-1", "token_type": "Bearer", "expires_in": 900}),
        );
        token_endpoint(&server, "POST", "/api/v2/token", issued.clone(), issued).await;
        let client = Client::new(format!("{}/api/v2", server.uri()))
            .with_basic_client_id_secret_auth("id-1", "s3cret")
            .with_token_from_generate_token(|client| client.generate_token("client_credentials"));
        let tokens = futures_join_all((0..50).map(|_| client.token())).await;
        assert!(tokens.into_iter().all(|t| t.unwrap() == "bench-1"));
        let sent = requests_to(&server, "/api/v2/token").await;
        assert_eq!(sent.len(), 1);
        assert_eq!(
            sent[0].header("authorization"),
            Some("Basic aWQtMTpzM2NyZXQ=")
        );
        assert_eq!(
            sent[0].header("content-type"),
            Some("application/x-www-form-urlencoded")
        );
        assert_eq!(sent[0].body_text(), "grant_type=client_credentials");
    }
}

/// petstore: `petstore_auth` is OAuth2 with the token URL of the docs' own token
/// operation; the client runs the client-credentials grant by itself.
mod petstore {
    use super::*;
    use petstore_client::Client;

    /// `POST /oauth/token` issuing `token`, and `GET /pets`.
    async fn server(token: &str) -> MockServer {
        let server = MockServer::start().await;
        let issued = json(
            200,
            j!({"access_token": token, "token_type": "bearer", "expires_in": 3600}),
        );
        token_endpoint(&server, "POST", "/v1/oauth/token", issued.clone(), issued).await;
        Mock::given(method("GET"))
            .and(path("/v1/pets"))
            .respond_with(json(200, j!([])))
            .mount(&server)
            .await;
        server
    }

    #[tokio::test]
    async fn the_oauth2_client_credentials_grant_feeds_petstore_auth() {
        let server = server("pet-1").await;
        let client = Client::new(format!("{}/v1", server.uri()))
            .with_petstore_auth_client_credentials("app", "pw");
        for _ in 0..3 {
            client.list_pets().await.unwrap();
        }
        let sent = requests_to(&server, "/v1/oauth/token").await;
        assert_eq!(sent.len(), 1);
        assert_eq!(sent[0].header("authorization"), Some("Basic YXBwOnB3"));
        assert_eq!(sent[0].body_text(), "grant_type=client_credentials");
        let pets = requests_to(&server, "/v1/pets").await;
        assert!(pets
            .iter()
            .all(|r| r.header("authorization") == Some("Bearer pet-1")));
    }

    #[tokio::test]
    async fn the_documented_token_operation_can_feed_it_too() {
        let server = server("pet-2").await;
        let client =
            Client::new(format!("{}/v1", server.uri())).with_token_from_issue_token(|client| {
                client.issue_token("client_credentials", "pw", "app")
            });
        client.list_pets().await.unwrap();
        let sent = requests_to(&server, "/v1/oauth/token").await;
        assert_eq!(sent.len(), 1);
        assert!(
            sent[0].body_text().contains("client_secret=pw"),
            "{}",
            sent[0].body_text()
        );
        let pets = requests_to(&server, "/v1/pets").await;
        assert_eq!(pets[0].header("authorization"), Some("Bearer pet-2"));
    }
}

/// Runs `futures` concurrently (each on its own task would need `'static`).
async fn futures_join_all<F: std::future::Future>(
    futures: impl IntoIterator<Item = F>,
) -> Vec<F::Output> {
    let futures: Vec<_> = futures.into_iter().map(Box::pin).collect();
    let mut outputs: Vec<Option<F::Output>> = futures.iter().map(|_| None).collect();
    let mut pending = futures;
    std::future::poll_fn(move |cx| {
        let mut done = true;
        for (i, future) in pending.iter_mut().enumerate() {
            if outputs[i].is_none() {
                match future.as_mut().poll(cx) {
                    std::task::Poll::Ready(out) => outputs[i] = Some(out),
                    std::task::Poll::Pending => done = false,
                }
            }
        }
        if done {
            std::task::Poll::Ready(outputs.iter_mut().filter_map(Option::take).collect())
        } else {
            std::task::Poll::Pending
        }
    })
    .await
}
