//! The `tracing` feature: one span per call, with what identifies the call and never a
//! credential (petstore client, built with `tracing`).

use std::collections::BTreeMap;
use std::fmt::Debug;
use std::sync::{Arc, Mutex};

use mdclient_tests::{json, serve};
use petstore_client::Client;
use serde_json::json as j;
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};

type Spans = Arc<Mutex<Vec<BTreeMap<String, String>>>>;

/// A subscriber that keeps every span's name and fields.
struct Capture(Spans);

struct Fields<'a>(&'a mut BTreeMap<String, String>);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn Debug) {
        self.0
            .insert(field.name().to_string(), format!("{value:?}"));
    }
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_string(), value.to_string());
    }
}

impl Subscriber for Capture {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, attrs: &Attributes<'_>) -> Id {
        let mut fields = BTreeMap::new();
        fields.insert("name".to_string(), attrs.metadata().name().to_string());
        attrs.record(&mut Fields(&mut fields));
        let mut spans = self.0.lock().unwrap();
        spans.push(fields);
        Id::from_u64(spans.len() as u64)
    }
    fn record(&self, span: &Id, values: &Record<'_>) {
        let mut spans = self.0.lock().unwrap();
        if let Some(fields) = spans.get_mut(span.into_u64() as usize - 1) {
            values.record(&mut Fields(fields));
        }
    }
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, _: &Event<'_>) {}
    fn enter(&self, _: &Id) {}
    fn exit(&self, _: &Id) {}
}

#[tokio::test]
async fn each_call_has_one_span_with_operation_method_path_status_and_duration() {
    let spans: Spans = Arc::default();
    let _guard = tracing::subscriber::set_default(Capture(Arc::clone(&spans)));
    let server = serve(
        "GET",
        "/v1/pets/7",
        json(200, j!({"id": 7, "name": "Rex", "photoUrls": []})),
    )
    .await;
    let client = Client::new(format!("{}/v1", server.uri())).with_api_key_query("q-secret");
    client.get_pet_by_id(7).await.unwrap();
    let calls: Vec<BTreeMap<String, String>> = spans
        .lock()
        .unwrap()
        .iter()
        .filter(|s| s.get("name").map(String::as_str) == Some("mdclient.call"))
        .cloned()
        .collect();
    assert_eq!(calls.len(), 1, "{calls:?}");
    let span = &calls[0];
    assert_eq!(
        span.get("operation").map(String::as_str),
        Some("get_pet_by_id")
    );
    assert_eq!(span.get("method").map(String::as_str), Some("GET"));
    assert_eq!(span.get("path").map(String::as_str), Some("/pets/{petId}"));
    assert_eq!(span.get("status").map(String::as_str), Some("200"));
    assert!(
        span.get("duration_ms")
            .is_some_and(|d| d.parse::<u64>().is_ok()),
        "{span:?}"
    );
    // The key travels in the query; no field of the span holds it.
    assert!(span.values().all(|v| !v.contains("q-secret")), "{span:?}");
}
