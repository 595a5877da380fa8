//! A guessed JSON name still decodes under the other plausible spelling.
//!
//! ruby docs show property names snake_cased: `tax_rate` may be `tax_rate` or
//! `taxRate` on the wire. The reader guesses one (and records the rule); the
//! generated field sends the guess and accepts the other spellings too
//! (`#[serde(alias = "taxRate")]`), so a wrong guess does not lose a response field.

use fixture_clients::billing_ruby_7_26_0::{models, Client};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn a_response_decodes_under_the_other_spelling() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/accounts/acc-1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "id": "acc-1",
            "name": "Ada",
            "email": "ada@example.com",
            "status": "active",
            "taxRate": 0.2,
            "createdAt": "2026-01-01T00:00:00Z"
        })))
        .mount(&server)
        .await;
    let client = Client::new(server.uri()).with_bearer_auth("token");
    let account: models::Account = client
        .get_account("acc-1")
        .await
        .expect("decoded despite the camelCase names")
        .body;
    assert_eq!(account.tax_rate, Some(0.2));
    assert_eq!(account.created_at, "2026-01-01T00:00:00Z");

    // What the client sends is its guess, the name the docs show.
    let sent = serde_json::to_value(&account).expect("serializes");
    assert_eq!(sent["tax_rate"], 0.2);
    assert!(sent.get("taxRate").is_none());
}
