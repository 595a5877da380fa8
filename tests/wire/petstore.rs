//! The whole-folder client (specs/petstore: python 6.x and ruby docs, fused).

use mdclient_tests::{json, only_request, serve, MockServer, ResponseTemplate};
use petstore_client::{models, Client, DeletePetError, Error};
use serde_json::json as j;

/// An `X-Request-ID` (format `uuid`; typed, as the tests build the client with `uuid`).
const REQUEST_ID: mdclient_runtime::uuid::Uuid =
    mdclient_runtime::uuid::uuid!("0f9c2b1e-6d3a-4c5b-9e8f-7a6b5c4d3e2f");

fn pet() -> serde_json::Value {
    j!({"id": 7, "name": "Rex", "photoUrls": ["a.png"], "status": "available", "weightKg": 3.5})
}

#[tokio::test]
async fn get_pet_by_id_sends_the_api_key_header_and_decodes_a_typed_pet() {
    let server = serve("GET", "/v1/pets/7", json(200, pet())).await;
    let client = Client::new(format!("{}/v1", server.uri())).with_api_key("k-1");
    let response = client.get_pet_by_id(7).await.unwrap();
    let pet = response.body;
    assert_eq!((pet.id, pet.name.as_str()), (7, "Rex"));
    assert_eq!(pet.photo_urls, ["a.png"]);
    assert_eq!(pet.status, Some(models::PetStatus::Available));
    assert_eq!(pet.weight_kg, Some(3.5));
    let seen = only_request(&server).await;
    assert_eq!(seen.header("x-api-key"), Some("k-1"));
    assert_eq!(seen.query, None);
}

#[tokio::test]
async fn the_query_api_key_is_used_when_only_it_is_configured() {
    let server = serve("GET", "/v1/pets/7", json(200, pet())).await;
    let client = Client::new(format!("{}/v1", server.uri())).with_api_key_query("q-1");
    client.get_pet_by_id(7).await.unwrap();
    let seen = only_request(&server).await;
    assert_eq!(seen.query.as_deref(), Some("api_key=q-1"));
    assert_eq!(seen.header("x-api-key"), None);
}

#[tokio::test]
async fn list_pets_sends_query_arrays_and_the_request_id_header() {
    let server = serve("GET", "/v1/pets", json(200, j!([pet()]))).await;
    let client = Client::new(format!("{}/v1", server.uri())).with_petstore_auth("tok");
    let response = client
        .list_pets()
        .status(vec!["available".into(), "sold".into()])
        .limit(5)
        .x_request_id(REQUEST_ID)
        .await
        .unwrap();
    assert_eq!(response.body.len(), 1);
    let seen = only_request(&server).await;
    assert_eq!(
        seen.query.as_deref(),
        Some("status=available&status=sold&limit=5")
    );
    assert_eq!(
        seen.header("x-request-id"),
        Some("0f9c2b1e-6d3a-4c5b-9e8f-7a6b5c4d3e2f")
    );
    assert_eq!(seen.header("authorization"), Some("Bearer tok"));
}

#[tokio::test]
async fn issue_token_posts_an_oauth2_form_without_credentials() {
    let server = serve(
        "POST",
        "/v1/oauth/token",
        json(
            200,
            j!({"access_token": "at", "token_type": "bearer", "expires_in": 3600}),
        ),
    )
    .await;
    let client = Client::new(format!("{}/v1", server.uri()));
    client
        .issue_token("client_credentials", "s3cret", "id-1")
        .scope("read:pets")
        .await
        .unwrap();
    let seen = only_request(&server).await;
    assert_eq!(
        seen.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(seen.header("authorization"), None);
    assert_eq!(
        seen.body_text(),
        "grant_type=client_credentials&client_secret=s3cret&client_id=id-1&scope=read%3Apets"
    );
}

#[tokio::test]
async fn upload_pet_photo_sends_a_multipart_file_part() {
    let server = serve(
        "POST",
        "/v1/pets/7/photos",
        json(200, j!({"code": 200, "message": "ok"})),
    )
    .await;
    let client = Client::new(format!("{}/v1", server.uri())).with_petstore_auth("tok");
    client
        .upload_pet_photo(7, b"\x89PNG".to_vec())
        .caption("front")
        .await
        .unwrap();
    let seen = only_request(&server).await;
    let content_type = seen.header("content-type").unwrap_or_default();
    assert!(
        content_type.starts_with("multipart/form-data; boundary="),
        "{content_type}"
    );
    let body = String::from_utf8_lossy(&seen.body);
    assert!(body.contains("name=\"file\""), "{body}");
    assert!(body.contains("\u{fffd}PNG"), "{body}");
    assert!(body.contains("name=\"caption\"\r\n\r\nfront"), "{body}");
}

#[tokio::test]
async fn delete_pet_204_and_a_documented_404() {
    let server = serve("DELETE", "/v1/pets/7", ResponseTemplate::new(204)).await;
    let client = Client::new(format!("{}/v1", server.uri())).with_petstore_auth("tok");
    assert_eq!(client.delete_pet(7).await.unwrap().status, 204);

    let server = serve(
        "DELETE",
        "/v1/pets/8",
        json(404, j!({"code": 404, "message": "no pet"})),
    )
    .await;
    let client = Client::new(format!("{}/v1", server.uri())).with_petstore_auth("tok");
    // The docs give 404 the `Error` model: it is decoded into the typed variant.
    match client.delete_pet(8).await {
        Err(Error::Documented { status, body, .. }) => {
            assert_eq!(status, 404);
            let DeletePetError::Status404(model) = *body;
            assert_eq!(model.message, "no pet");
        }
        other => panic!("expected the documented 404, got {other:?}"),
    }
}

/// A server answering `METHOD path` with `response`, and a client with every
/// credential but OAuth2 (set per test).
async fn petstore(
    http_method: &str,
    http_path: &str,
    response: ResponseTemplate,
) -> (MockServer, Client) {
    let server = serve(http_method, http_path, response).await;
    let client = Client::new(format!("{}/v1", server.uri())).with_api_key("key-1");
    (server, client)
}

fn new_pet() -> models::NewPet {
    serde_json::from_value(j!({"name": "Rex", "photoUrls": ["a.png"], "status": "available"}))
        .unwrap()
}

#[tokio::test]
async fn add_pet_sends_the_json_body_and_decodes_the_pet() {
    let (server, client) = petstore(
        "POST",
        "/v1/pets",
        json(
            201,
            j!({"id": 3, "name": "Rex", "photoUrls": ["a.png"], "status": "sleeping"}),
        ),
    )
    .await;
    let pet = client
        .with_petstore_auth("tok")
        .add_pet(new_pet())
        .x_request_id(REQUEST_ID)
        .await
        .unwrap()
        .into_body();
    assert_eq!(pet.id, 3);
    // A status the docs do not list is kept, not an error.
    assert_eq!(
        pet.status,
        Some(models::PetStatus::Unknown("sleeping".into()))
    );
    let seen = only_request(&server).await;
    assert_eq!(seen.header("authorization"), Some("Bearer tok"));
    assert_eq!(
        seen.header("x-request-id"),
        Some("0f9c2b1e-6d3a-4c5b-9e8f-7a6b5c4d3e2f")
    );
    assert_eq!(seen.header("content-type"), Some("application/json"));
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&seen.body).unwrap(),
        j!({"name": "Rex", "photoUrls": ["a.png"], "status": "available"})
    );
}

#[tokio::test]
async fn find_pets_by_tags_repeats_the_array_in_the_query() {
    let (server, client) = petstore("GET", "/v1/pets/findByTags", json(200, j!([]))).await;
    let pets = client
        .with_petstore_auth("tok")
        .find_pets_by_tags(vec!["a b".into(), "c&d".into()])
        .match_all(true)
        .await
        .unwrap();
    assert!(pets.body.is_empty());
    let seen = only_request(&server).await;
    assert_eq!(
        seen.query.as_deref(),
        Some("tags=a+b&tags=c%26d&match_all=true")
    );
}

#[tokio::test]
async fn update_pet_sends_if_match_and_the_body() {
    let (server, client) = petstore(
        "PUT",
        "/v1/pets/9",
        json(200, j!({"id": 9, "name": "Rex", "photoUrls": []})),
    )
    .await;
    let pet = client
        .with_petstore_auth("tok")
        .update_pet("\"v1\"", 9, new_pet())
        .await
        .unwrap();
    assert_eq!(pet.body.id, 9);
    let seen = only_request(&server).await;
    assert_eq!(seen.method, "PUT");
    assert_eq!(seen.header("if-match"), Some("\"v1\""));
    assert_eq!(seen.header("content-type"), Some("application/json"));
}

#[tokio::test]
async fn store_operations_send_the_api_key() {
    let (server, client) =
        petstore("DELETE", "/v1/store/orders/4", ResponseTemplate::new(204)).await;
    assert_eq!(client.delete_order(4).await.unwrap().status, 204);
    assert_eq!(
        only_request(&server).await.header("x-api-key"),
        Some("key-1")
    );

    let (server, client) = petstore(
        "GET",
        "/v1/store/inventory",
        json(200, j!({"available": 3})),
    )
    .await;
    let inventory = client.get_inventory().await.unwrap().body;
    assert_eq!(inventory.get("available"), Some(&3));
    assert_eq!(
        only_request(&server).await.header("accept"),
        Some("application/json")
    );

    let order = j!({"id": 4, "petId": 9, "quantity": 1, "shipDate": "2026-11-24T10:00:00Z", "complete": false});
    let (server, client) = petstore("GET", "/v1/store/orders/4", json(200, order.clone())).await;
    let got = client.get_order_by_id(4).await.unwrap().body;
    let ship_date = got.ship_date.map(|d| d.to_rfc3339());
    assert_eq!(ship_date.as_deref(), Some("2026-11-24T10:00:00+00:00"));
    assert_eq!(only_request(&server).await.path, "/v1/store/orders/4");

    let (server, client) = petstore("POST", "/v1/store/orders", json(200, order.clone())).await;
    let body: models::Order = serde_json::from_value(order.clone()).unwrap();
    client.place_order(body).await.unwrap();
    let seen = only_request(&server).await;
    // Date-times travel as the RFC 3339 text they are.
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&seen.body).unwrap(),
        order
    );
}

#[tokio::test]
async fn user_operations() {
    let user = j!({"username": "ann", "id": 1, "email": "ann@example.com"});
    let (server, client) = petstore("POST", "/v1/users", json(200, user.clone())).await;
    let body: models::User = serde_json::from_value(user.clone()).unwrap();
    assert_eq!(client.create_user(body).await.unwrap().body.username, "ann");
    let seen = only_request(&server).await;
    assert_eq!(seen.header("authorization"), None);
    assert_eq!(seen.header("x-api-key"), None);
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&seen.body).unwrap(),
        user
    );

    let (server, client) = petstore("GET", "/v1/users/ann%20b", json(200, user.clone())).await;
    client.get_user_by_name("ann b").await.unwrap();
    assert_eq!(only_request(&server).await.path, "/v1/users/ann%20b");

    let (server, client) = petstore(
        "GET",
        "/v1/users/login",
        ResponseTemplate::new(200).set_body_string("session-token"),
    )
    .await;
    let token = client.login_user("ann", "p&w").await.unwrap().body;
    assert_eq!(token, "session-token");
    assert_eq!(
        only_request(&server).await.query.as_deref(),
        Some("username=ann&password=p%26w")
    );

    let (server, client) = petstore("POST", "/v1/users/logout", ResponseTemplate::new(200)).await;
    client.logout_user().await.unwrap();
    assert!(only_request(&server).await.body.is_empty());
}

/// The docs list `get_pet_by_id`'s schemes alike whether the API wants both or
/// either: every configured credential is sent, each in its own slot.
#[tokio::test]
async fn every_configured_credential_is_sent_in_its_own_slot() {
    let server = serve("GET", "/v1/pets/7", json(200, pet())).await;
    let client = Client::new(format!("{}/v1", server.uri()))
        .with_api_key("k-1")
        .with_api_key_query("q-1");
    client.get_pet_by_id(7).await.unwrap();
    let seen = only_request(&server).await;
    assert_eq!(seen.header("x-api-key"), Some("k-1"));
    assert_eq!(seen.query.as_deref(), Some("api_key=q-1"));

    // A bearer token and an API key header: both.
    let server = serve("GET", "/v1/pets", json(200, j!([pet()]))).await;
    let client = Client::new(format!("{}/v1", server.uri()))
        .with_petstore_auth("tok")
        .with_api_key("k-1");
    client.list_pets().await.unwrap();
    let seen = only_request(&server).await;
    assert_eq!(seen.header("authorization"), Some("Bearer tok"));
    assert_eq!(seen.header("x-api-key"), Some("k-1"));
}
