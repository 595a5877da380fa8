//! The whole-folder client (specs/petstore: python 6.x and ruby docs, fused).

use mdclient_tests::{json, only_request, serve, ResponseTemplate};
use petstore_client::{models, Client, DeletePetError, Error};
use serde_json::json as j;

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
        .x_request_id("r-1")
        .await
        .unwrap();
    assert_eq!(response.body.len(), 1);
    let seen = only_request(&server).await;
    assert_eq!(
        seen.query.as_deref(),
        Some("status=available&status=sold&limit=5")
    );
    assert_eq!(seen.header("x-request-id"), Some("r-1"));
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
