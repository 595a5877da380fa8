//! A loopback HTTP server for wire tests: it answers what a test mounts and records
//! every request exactly as it arrived (method, path, query, headers, body bytes).

use wiremock::matchers::{method, path};
pub use wiremock::{Mock, MockServer, ResponseTemplate};

/// One recorded request.
#[derive(Debug)]
pub struct Seen {
    pub method: String,
    pub path: String,
    pub query: Option<String>,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Seen {
    /// The value of header `name` (case-insensitive); `None` when absent.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// How many times header `name` was sent.
    pub fn header_count(&self, name: &str) -> usize {
        self.headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(name))
            .count()
    }

    /// The body as text.
    pub fn body_text(&self) -> &str {
        std::str::from_utf8(&self.body).unwrap_or("<binary>")
    }
}

/// A server on 127.0.0.1 that answers `METHOD path` with `response`.
pub async fn serve(http_method: &str, http_path: &str, response: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method(http_method))
        .and(path(http_path))
        .respond_with(response)
        .mount(&server)
        .await;
    server
}

/// The only request the server received.
pub async fn only_request(server: &MockServer) -> Seen {
    let mut requests = requests(server).await;
    assert_eq!(
        requests.len(),
        1,
        "expected exactly one request, got {}",
        requests.len()
    );
    requests.remove(0)
}

/// Every request the server received, in order.
pub async fn requests(server: &MockServer) -> Vec<Seen> {
    let requests = server.received_requests().await.unwrap_or_default();
    requests.iter().map(seen).collect()
}

/// The requests the server received for `path`.
pub async fn requests_to(server: &MockServer, path: &str) -> Vec<Seen> {
    let mut all = requests(server).await;
    all.retain(|r| r.path == path);
    all
}

fn seen(r: &wiremock::Request) -> Seen {
    let mut headers: Vec<(String, String)> = r
        .headers
        .iter()
        .map(|(n, v)| {
            (
                n.as_str().to_string(),
                v.to_str().unwrap_or("<bytes>").to_string(),
            )
        })
        .collect();
    headers.sort();
    Seen {
        method: r.method.to_string(),
        path: r.url.path().to_string(),
        query: r.url.query().map(str::to_string),
        headers,
        body: r.body.clone(),
    }
}

/// A JSON response with status `status`.
pub fn json(status: u16, body: serde_json::Value) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_json(body)
}
