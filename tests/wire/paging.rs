//! Paging helpers (`pages()`, `items()`) of operations the reader marks as paged:
//! `listEvents` (a `page_token` cursor from the page's `next_page_token`) and
//! `listTasks` (an `offset` grown by the items received), on the kitchen client.

// Ruby pages name each query parameter as it travels (`page_token`); go pages show
// only `pageToken`.
use fixture_clients::kitchen_ruby_7_26_0 as kitchen;
use futures_util::StreamExt as _;
use mdclient_tests::{json, MockServer};
use serde_json::json as j;
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, ResponseTemplate};

fn event(id: &str) -> serde_json::Value {
    j!({"id": id, "kind": "created"})
}

fn task(title: &str) -> serde_json::Value {
    j!({"id": "0f9c2b1e-6d3a-4c5b-9e8f-7a6b5c4d3e2f", "title": title, "state": "todo"})
}

async fn answer(
    server: &MockServer,
    at: &str,
    query: Option<(&str, &str)>,
    missing: &str,
    body: ResponseTemplate,
) {
    let mock = Mock::given(method("GET")).and(path(at));
    let mock = match query {
        Some((name, value)) => mock.and(query_param(name, value)),
        None => mock.and(query_param_is_missing(missing)),
    };
    mock.respond_with(body).expect(1).mount(server).await;
}

#[tokio::test]
async fn items_follow_the_cursor_over_three_pages() {
    let server = MockServer::start().await;
    let events = "/kitchen/events";
    let first = j!({"events": [event("a"), event("b")], "next_page_token": "t2"});
    let second = j!({"events": [event("c")], "next_page_token": "t3"});
    let third = j!({"events": [event("d")]});
    answer(&server, events, None, "page_token", json(200, first)).await;
    answer(
        &server,
        events,
        Some(("page_token", "t2")),
        "",
        json(200, second),
    )
    .await;
    answer(
        &server,
        events,
        Some(("page_token", "t3")),
        "",
        json(200, third),
    )
    .await;
    let client = kitchen::Client::new(format!("{}/kitchen", server.uri()));

    let items: Vec<_> = client.list_events().page_size(2).items().collect().await;
    let ids: Vec<String> = items.into_iter().map(|e| e.unwrap().id).collect();
    assert_eq!(ids, ["a", "b", "c", "d"]);
    let requests = server.received_requests().await.unwrap();
    assert_eq!(
        requests.len(),
        3,
        "one request per page, none after the last"
    );
    // The caller's own parameters go with every page.
    assert!(requests
        .iter()
        .all(|r| r.url.query().unwrap_or("").contains("page_size=2")));
}

#[tokio::test]
async fn pages_grow_the_offset_by_the_items_until_an_empty_page() {
    let server = MockServer::start().await;
    let tasks = "/kitchen/tasks";
    answer(
        &server,
        tasks,
        None,
        "offset",
        json(200, j!([task("a"), task("b")])),
    )
    .await;
    answer(
        &server,
        tasks,
        Some(("offset", "2")),
        "",
        json(200, j!([task("c")])),
    )
    .await;
    answer(&server, tasks, Some(("offset", "3")), "", json(200, j!([]))).await;
    let client = kitchen::Client::new(format!("{}/kitchen", server.uri())).with_cookie_auth("s");

    let pages: Vec<_> = client.list_tasks().pages().collect().await;
    let sizes: Vec<usize> = pages.into_iter().map(|p| p.unwrap().body.len()).collect();
    assert_eq!(sizes, [2, 1, 0]);
}

#[tokio::test]
async fn an_error_ends_the_stream_after_the_items_before_it() {
    let server = MockServer::start().await;
    let events = "/kitchen/events";
    let first = j!({"events": [event("a")], "next_page_token": "t2"});
    answer(&server, events, None, "page_token", json(200, first)).await;
    answer(
        &server,
        events,
        Some(("page_token", "t2")),
        "",
        ResponseTemplate::new(500),
    )
    .await;
    let client = kitchen::Client::new(format!("{}/kitchen", server.uri()));

    let mut items = client.list_events().items();
    assert_eq!(items.next().await.unwrap().unwrap().id, "a");
    let err = items.next().await.unwrap().unwrap_err();
    assert!(
        matches!(err, kitchen::Error::UnexpectedStatus { .. }),
        "{err:?}"
    );
    assert!(items.next().await.is_none());
}
