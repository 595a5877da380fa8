//! The petstore client with only its `pet` group: the pet operations and their models
//! are there and work on the wire.

use mdclient_tests::{json, only_request, serve};
use petstore_client::{models, Client, DeletePetError, Error};
use serde_json::json as j;

#[tokio::test]
async fn a_pet_operation_sends_and_decodes() {
    let server = serve(
        "GET",
        "/v1/pets/7",
        json(
            200,
            j!({"id": 7, "name": "Rex", "photoUrls": ["a.png"], "status": "sold"}),
        ),
    )
    .await;
    let client = Client::new(format!("{}/v1", server.uri())).with_api_key("k-1");
    let pet = client.get_pet_by_id(7).await.unwrap().into_body();
    assert_eq!((pet.id, pet.name.as_str()), (7, "Rex"));
    assert_eq!(pet.status, Some(models::PetStatus::Sold));
    assert_eq!(only_request(&server).await.header("x-api-key"), Some("k-1"));
}

#[tokio::test]
async fn a_pet_body_goes_out_as_json_and_a_documented_error_is_typed() {
    let server = serve(
        "POST",
        "/v1/pets",
        json(201, j!({"id": 3, "name": "Rex", "photoUrls": []})),
    )
    .await;
    let client = Client::new(format!("{}/v1", server.uri())).with_petstore_auth("tok");
    let new_pet: models::NewPet =
        serde_json::from_value(j!({"name": "Rex", "photoUrls": ["a.png"]})).unwrap();
    assert_eq!(client.add_pet(new_pet).await.unwrap().into_body().id, 3);
    let seen = only_request(&server).await;
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&seen.body).unwrap(),
        j!({"name": "Rex", "photoUrls": ["a.png"]})
    );

    let server = serve(
        "DELETE",
        "/v1/pets/8",
        json(404, j!({"code": 404, "message": "no pet"})),
    )
    .await;
    let client = Client::new(format!("{}/v1", server.uri())).with_petstore_auth("tok");
    match client.delete_pet(8).await {
        Err(Error::Documented { body, .. }) => {
            let DeletePetError::Status404(model) = *body;
            assert_eq!(model.message, "no pet");
        }
        other => panic!("expected the documented 404, got {other:?}"),
    }
}
