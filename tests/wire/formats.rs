//! Typed formats (the generated crate's `chrono` and `uuid` features, on for these
//! tests): `date`, `date-time` and `uuid` strings decode to typed values and go back
//! on the wire as the text they came as.

use mdclient_runtime::chrono::{Datelike, NaiveDate, Timelike};
use mdclient_tests::{json, only_request, serve};
use petstore_client::{formats, models, Client, Error};
use serde_json::json as j;

#[tokio::test]
async fn a_date_decodes_typed_and_is_sent_back_as_the_same_text() {
    let pet = j!({"id": 7, "name": "Rex", "photoUrls": [], "birthDate": "2019-05-31"});
    let server = serve("GET", "/v1/pets/7", json(200, pet)).await;
    let client = Client::new(format!("{}/v1", server.uri())).with_api_key("k");
    let got = client.get_pet_by_id(7).await.unwrap().body;
    let birth: Option<formats::Date> = got.birth_date;
    assert_eq!(birth, NaiveDate::from_ymd_opt(2019, 5, 31));

    let server = serve(
        "POST",
        "/v1/pets",
        json(200, j!({"id": 8, "name": "Rex", "photoUrls": []})),
    )
    .await;
    let client = Client::new(format!("{}/v1", server.uri())).with_petstore_auth("t");
    let new_pet = models::NewPet {
        name: "Rex".into(),
        birth_date: birth,
        ..Default::default()
    };
    client.add_pet(new_pet).await.unwrap();
    let sent: serde_json::Value =
        serde_json::from_slice(&only_request(&server).await.body).unwrap();
    assert_eq!(sent["birthDate"], "2019-05-31");
}

#[tokio::test]
async fn a_date_time_keeps_its_offset_and_fraction_on_the_way_back() {
    let text = "2026-11-24T10:00:00.250+02:00";
    let order = j!({"id": 4, "petId": 9, "quantity": 1, "shipDate": text});
    let server = serve("GET", "/v1/store/orders/4", json(200, order)).await;
    let client = Client::new(format!("{}/v1", server.uri())).with_api_key("k");
    let got = client.get_order_by_id(4).await.unwrap().body;
    let ship = got.ship_date.unwrap();
    assert_eq!(
        (ship.day(), ship.hour(), ship.offset().local_minus_utc()),
        (24, 10, 7200)
    );

    let server = serve("POST", "/v1/store/orders", json(200, j!({"id": 4}))).await;
    let client = Client::new(format!("{}/v1", server.uri())).with_api_key("k");
    client.place_order(got).await.unwrap();
    let sent: serde_json::Value =
        serde_json::from_slice(&only_request(&server).await.body).unwrap();
    assert_eq!(sent["shipDate"], text);
}

#[tokio::test]
async fn a_malformed_date_time_is_a_decode_error_naming_the_field() {
    let order = j!({"id": 4, "shipDate": "yesterday"});
    let server = serve("GET", "/v1/store/orders/4", json(200, order)).await;
    let client = Client::new(format!("{}/v1", server.uri())).with_api_key("k");
    let err = client.get_order_by_id(4).await.unwrap_err();
    assert!(
        matches!(&err, Error::Decode { message, .. } if message.contains("shipDate")),
        "{err:?}"
    );
}

#[tokio::test]
async fn a_uuid_header_is_sent_hyphenated() {
    let server = serve("GET", "/v1/pets", json(200, j!([]))).await;
    let client = Client::new(format!("{}/v1", server.uri())).with_petstore_auth("t");
    let id: formats::Uuid = "0F9C2B1E-6D3A-4C5B-9E8F-7A6B5C4D3E2F".parse().unwrap();
    client.list_pets().x_request_id(id).await.unwrap();
    assert_eq!(
        only_request(&server).await.header("x-request-id"),
        Some("0f9c2b1e-6d3a-4c5b-9e8f-7a6b5c4d3e2f")
    );
}
