//! List endpoints against real HTTP servers on 127.0.0.1 answering canned pages: following
//! `next_cursor` to the end (a `null` and an absent cursor both end the list), the `results`
//! alias, partial pages, and the pages that must be typed errors rather than endless loops.

use crate::support;

use futures_util::{StreamExt, TryStreamExt};
use serde_json::{Value, json};
use support::{Recorded, Reply, Server, client};
use truto_user_directory::{Error, Integration, ListUsers, PageProblem, User};
use truto_user_directory::{PagingSetters, TrutoListSetters, TrutoQuerySetters};

const ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";
const TOKEN: &str = "tk_test";

fn users(from: usize, n: usize) -> Vec<Value> {
    (from..from + n)
        .map(|i| json!({"id": format!("u{i}"), "emails": [{"email": format!("user{i}@example.com")}], "remote_data": {"big": i}}))
        .collect()
}

/// The `next_cursor` query value of a request, if it sent one.
fn cursor_of(r: &Recorded) -> Option<String> {
    r.query_pairs()
        .into_iter()
        .find(|(k, _)| k == "next_cursor")
        .map(|(_, v)| v)
}

/// A server with `pages` pages of `per_page` users: page k is asked for with cursor `c{k}`.
/// The last page ends the list with `last` (`Some(Value::Null)`: `"next_cursor": null`; `None`:
/// no `next_cursor` key at all).
async fn paged(pages: usize, per_page: usize, last: Option<Value>) -> Server {
    Server::start(move |r, _| {
        let k: usize = cursor_of(r)
            .and_then(|c| c.strip_prefix('c').and_then(|n| n.parse().ok()))
            .unwrap_or(0);
        let mut body = json!({"result": users(k * per_page, per_page), "result_count": per_page});
        if k + 1 < pages {
            body["next_cursor"] = json!(format!("c{}", k + 1));
        } else if let Some(last) = &last {
            body["next_cursor"] = last.clone();
        }
        Reply::json(200, body)
    })
    .await
}

#[tokio::test]
async fn items_follow_every_page_to_a_null_cursor() {
    let server = paged(7, 13, Some(Value::Null)).await;
    let client = client(&server, TOKEN);
    let request = ListUsers::new(ACCOUNT)
        .limit(13)
        .truto_ignore_remote_data(true);
    let users: Vec<User> = client
        .list_users(&request, Some(Integration::Okta))
        .items()
        .try_collect()
        .await
        .expect("every page");
    assert_eq!(users.len(), 7 * 13);
    let ids: Vec<&str> = users
        .iter()
        .map(|u| u.id.as_deref().unwrap_or_default())
        .collect();
    let expected: Vec<String> = (0..91).map(|i| format!("u{i}")).collect();
    assert_eq!(ids, expected.iter().map(String::as_str).collect::<Vec<_>>());
    // `truto_ignore_remote_data` is honoured in every item even though the server sent it.
    assert!(users.iter().all(|u| u.remote_data.is_none()));

    let requests = server.requests();
    assert_eq!(requests.len(), 7);
    assert_eq!(
        cursor_of(&requests[0]),
        None,
        "the first page has no cursor"
    );
    for (k, r) in requests.iter().enumerate().skip(1) {
        assert_eq!(cursor_of(r).as_deref(), Some(format!("c{k}").as_str()));
        // Every page repeats the request's own parameters.
        let pairs = r.query_pairs();
        assert!(pairs.contains(&("limit".into(), "13".into())), "{pairs:?}");
        assert!(pairs.contains(&("integrated_account_id".into(), ACCOUNT.into())));
    }
}

#[tokio::test]
async fn an_absent_cursor_ends_the_list_and_pages_carry_their_counts() {
    let server = paged(3, 2, None).await;
    let client = client(&server, TOKEN);
    let request = ListUsers::new(ACCOUNT);
    let mut pages = client.list_users(&request, Some(Integration::Okta));
    let mut seen = Vec::new();
    while let Some(page) = pages.next_page().await {
        let response = page.expect("page");
        let page = response.body.typed().expect("a decoded page");
        assert_eq!(page.result_count, Some(2));
        assert!(!page.partial);
        seen.push(page.next_cursor.clone());
    }
    assert_eq!(
        seen,
        vec![Some("c1".to_string()), Some("c2".to_string()), None]
    );
    assert_eq!(pages.fetched(), 3);
    assert_eq!(server.count(), 3);
}

#[tokio::test]
async fn the_results_alias_the_partial_flag_and_unknown_envelope_keys_are_read() {
    let server = Server::always(Reply::json(
        200,
        json!({"results": users(0, 2), "next_cursor": null, "is_partial_response": true, "debug": {"x": 1}}),
    ))
    .await;
    let client = client(&server, TOKEN);
    let request = ListUsers::new(ACCOUNT);
    let mut pages = client.list_users(&request, Some(Integration::Okta));
    let page = pages
        .next_page()
        .await
        .expect("one page")
        .expect("ok")
        .body
        .typed()
        .expect("decoded");
    assert_eq!(page.items.len(), 2);
    assert!(page.partial);
    assert_eq!(page.extra.get("debug"), Some(&json!({"x": 1})));
    assert!(
        pages.next_page().await.is_none(),
        "a null cursor is the end"
    );
}

#[tokio::test]
async fn a_cursor_that_comes_back_is_a_typed_error_not_a_loop() {
    // c0 → c1 → c2 → c1 → …: a cycle that does not start at the first page.
    let server = Server::start(|r, _| {
        let next = match cursor_of(r).as_deref() {
            None => "c1",
            Some("c1") => "c2",
            _ => "c1",
        };
        Reply::json(200, json!({"result": users(0, 1), "next_cursor": next}))
    })
    .await;
    let client = client(&server, TOKEN);
    let request = ListUsers::new(ACCOUNT);
    let items: Vec<Result<User, Error>> = client
        .list_users(&request, Some(Integration::Okta))
        .items()
        .collect()
        .await;
    let err = items
        .last()
        .expect("something")
        .as_ref()
        .expect_err("ends in an error");
    assert!(
        matches!(err, Error::Pagination { problem: PageProblem::RepeatedCursor { cursor }, .. } if cursor == "c1" || cursor == "c2"),
        "{err:?}"
    );
    assert!(err.to_string().contains("users.list"), "{err}");
    assert!(server.count() < 10, "stopped early: {}", server.count());
    // The items before the error were delivered.
    assert!(items[..items.len() - 1].iter().all(Result::is_ok));
}

#[tokio::test]
async fn a_list_that_never_ends_stops_at_max_pages() {
    let server = Server::start(|_, n| {
        Reply::json(
            200,
            json!({"result": users(n, 1), "next_cursor": format!("n{n}")}),
        )
    })
    .await;
    let client = client(&server, TOKEN);
    let request = ListUsers::new(ACCOUNT);
    let items: Vec<Result<User, Error>> = client
        .list_users(&request, Some(Integration::Okta))
        .max_pages(5)
        .items()
        .collect()
        .await;
    assert_eq!(items.len(), 6, "five pages of one item, then the error");
    assert!(
        matches!(
            items[5],
            Err(Error::Pagination {
                page: 6,
                problem: PageProblem::TooManyPages { max_pages: 5 },
                ..
            })
        ),
        "{:?}",
        items[5]
    );
    assert_eq!(server.count(), 5);
}

#[tokio::test]
async fn a_page_without_items_is_a_decode_error_naming_the_keys() {
    let server = Server::always(Reply::json(200, json!({"data": [], "next_cursor": null}))).await;
    let client = client(&server, TOKEN);
    let request = ListUsers::new(ACCOUNT);
    let err = client
        .list_users(&request, Some(Integration::Okta))
        .items()
        .try_collect::<Vec<User>>()
        .await
        .expect_err("no items");
    let text = err.to_string();
    assert!(matches!(err, Error::Decode { status: 200, .. }), "{err:?}");
    assert!(text.contains("`result` or `results`"), "{text}");
}

#[tokio::test]
async fn keyed_results_and_a_first_page_cursor_are_followed() {
    // `truto_key_by` turns the array into an object keyed by a field.
    let server = Server::always(Reply::json(
        200,
        json!({"result": {"u1": {"id": "u1"}, "u2": {"id": "u2"}}, "next_cursor": null}),
    ))
    .await;
    let client = client(&server, TOKEN);
    let request = ListUsers::new(ACCOUNT)
        .truto_key_by("id")
        .next_cursor("start-here");
    let users: Vec<User> = client
        .list_users(&request, Some(Integration::Okta))
        .items()
        .try_collect()
        .await
        .expect("keyed page");
    assert_eq!(
        users
            .iter()
            .map(|u| u.id.as_deref().unwrap_or_default())
            .collect::<Vec<_>>(),
        ["u1", "u2"]
    );
    assert_eq!(
        cursor_of(&server.requests()[0]).as_deref(),
        Some("start-here")
    );
}

#[tokio::test]
async fn an_error_page_ends_the_stream_with_the_api_error() {
    let server = Server::sequence(vec![
        Reply::json(200, json!({"result": users(0, 2), "next_cursor": "c1"})),
        Reply::json(400, json!({"statusCode": 400, "message": "bad cursor"})),
    ])
    .await;
    let client = client(&server, TOKEN);
    let request = ListUsers::new(ACCOUNT);
    let items: Vec<Result<User, Error>> = client
        .list_users(&request, Some(Integration::Okta))
        .items()
        .collect()
        .await;
    assert_eq!(items.len(), 3);
    assert!(matches!(items[2], Err(Error::Api(_))), "{:?}", items[2]);
}

#[tokio::test]
async fn answers_that_are_no_page_are_errors_not_an_empty_end() {
    for (body, needle) in [
        (json!(null), "`result` or `results`"),
        (json!({"result": {}}), "`result` or `results`"),
        (
            json!({"result": {"error": "upstream"}}),
            "`result` or `results`",
        ),
        (json!({"result": ["u1", "u2"]}), "not an object"),
        (
            json!({"result": [{"id": "u1"}], "next_cursor": {"offset": 100}}),
            "not text or null",
        ),
    ] {
        let server = Server::always(Reply::json(200, body.clone())).await;
        let client = client(&server, TOKEN);
        let request = ListUsers::new(ACCOUNT);
        let err = client
            .pages_of_fields::<Value>(
                <ListUsers as truto_user_directory::Operation>::spec(),
                truto_user_directory::Operation::fields(&request),
                Some(Integration::Okta),
            )
            .items()
            .try_collect::<Vec<Value>>()
            .await
            .expect_err(&body.to_string());
        assert!(err.to_string().contains(needle), "{body}: {err}");
    }
    // An empty body, too.
    let server = Server::always(Reply::status(200)).await;
    let client = client(&server, TOKEN);
    let request = ListUsers::new(ACCOUNT);
    let err = client
        .list_users(&request, Some(Integration::Okta))
        .items()
        .try_collect::<Vec<User>>()
        .await
        .expect_err("an empty body");
    assert!(
        matches!(
            err,
            Error::Pagination {
                page: 1,
                problem: PageProblem::NoItems { .. },
                ..
            }
        ),
        "{err:?}"
    );
}
