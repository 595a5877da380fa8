//! A downstream-style test: code a user writes against the petstore client, tested
//! with the client's generated `mock` module (feature `mock`) instead of a network.

use petstore_client::{mock, models, Client, Error, ListPetsError};
use serde_json::json as j;

/// The user's code: the names of the available pets.
async fn available_names(client: &Client) -> Result<Vec<String>, Error<ListPetsError>> {
    let pets = client
        .list_pets()
        .status(vec!["available".into()])
        .await?
        .body;
    Ok(pets.into_iter().map(|p| p.name).collect())
}

fn pet(id: i64, name: &str) -> models::Pet {
    serde_json::from_value(j!({"id": id, "name": name, "photoUrls": []})).unwrap()
}

#[tokio::test]
async fn user_code_runs_against_typed_expectations() {
    let server = mock::Server::start().await;
    let pets = vec![pet(1, "Rex"), pet(2, "Tom")];
    let expected = mock::list_pets()
        .status(vec!["available".into()])
        .respond(&pets);
    server.mount(expected.expect(1)).await;
    let names = available_names(&mock::client(&server).with_api_key("k"))
        .await
        .unwrap();
    assert_eq!(names, ["Rex", "Tom"]);
    server.wiremock().verify().await;
}

#[tokio::test]
async fn a_request_that_differs_from_the_expectation_is_not_answered() {
    let server = mock::Server::start().await;
    server
        .mount(mock::get_pet_by_id().pet_id(7).respond(&pet(7, "Rex")))
        .await;
    let client = mock::client(&server).with_api_key("k");
    assert_eq!(client.get_pet_by_id(7).await.unwrap().body.name, "Rex");
    // Another id matches no expectation: wiremock's 404.
    let err = client.get_pet_by_id(8).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404), "{err:?}");
}

#[tokio::test]
async fn a_body_expectation_matches_the_json_value_and_errors_are_typed() {
    let server = mock::Server::start().await;
    let new_pet = models::NewPet {
        name: "Rex".into(),
        ..Default::default()
    };
    server
        .mount(mock::add_pet().new_pet(&new_pet).respond(&pet(3, "Rex")))
        .await;
    let error = models::Error {
        code: 404,
        message: "no such pet".into(),
        ..Default::default()
    };
    server
        .mount(
            mock::get_pet_by_id()
                .pet_id(9)
                .expect()
                .respond_json(404, &error),
        )
        .await;
    let client = mock::client(&server)
        .with_api_key("k")
        .with_petstore_auth("t");

    assert_eq!(client.add_pet(new_pet.clone()).await.unwrap().body.id, 3);
    let other = models::NewPet {
        name: "Tom".into(),
        ..new_pet
    };
    assert!(
        client.add_pet(other).await.is_err(),
        "another body is not answered"
    );
    match client.get_pet_by_id(9).await {
        Err(Error::Documented { body, .. }) => {
            assert!(
                matches!(*body, petstore_client::GetPetByIdError::Status404(ref e) if e.message == "no such pet")
            );
        }
        other => panic!("{other:?}"),
    }
}
