//! List endpoints, `users.get`, `users.downgrade` and the admin list against the local server on
//! 127.0.0.1, through the crate's typed client and raw HTTP: real cursors, page sizes, scoping
//! parameters a seed requires, filters.

#![cfg(feature = "mock")]

use crate::support::api_error;
use crate::support::local::client;

use std::collections::BTreeSet;

use futures_util::StreamExt;
use serde_json::Value;
use truto_user_directory::PagingSetters;
use truto_user_directory::endpoints::integrated_accounts_list::Status;
use truto_user_directory::mock::{DEFAULT_PAGE_SIZE, Limits, MAX_PAGE_SIZE, MockServer, Seed};
use truto_user_directory::mock::{SeedAccount, SeedUser};
use truto_user_directory::{
    ApiErrorKind, Client, DowngradeUser, Error, GetUser, Integration, ListIntegratedAccounts,
    ListUsers, Operation,
};

const OKTA: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";
const ASANA: &str = "3c2b1a09-8f7e-4d6c-9b5a-4a3928170604";
const ZOOM: &str = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c05";
const GITHUB: &str = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b03";
const BIG: &str = "00000000-0000-4000-8000-000000000130";

/// Okta with 57 users (tenant acme), Asana needing `workspace_id` to list (tenant acme, a
/// sandbox), Zoom with a licensed user (tenant globex), GitHub needing re-authorization
/// (tenant globex), and an Okta account with 130 users.
fn seed() -> Seed {
    let users = |prefix: &str, n: usize| {
        (0..n)
            .map(|i| {
                SeedUser::new(format!("{prefix}{i:03}")).email(format!("{prefix}{i}@example.com"))
            })
            .collect::<Vec<_>>()
    };
    Seed {
        accounts: vec![
            SeedAccount::new(OKTA, "Okta")
                .tenant_id("acme")
                .users(users("okta-", 57)),
            SeedAccount::new(ASANA, "asana")
                .tenant_id("acme")
                .sandbox()
                .list_requires(["workspace_id"])
                .users(users("asana-", 3)),
            SeedAccount::new(ZOOM, "Zoom").tenant_id("globex").users([
                SeedUser::new("zoom-ada").licenses(["Pro", "Webinar"]),
                SeedUser::new("zoom-free"),
            ]),
            SeedAccount::new(GITHUB, "GitHub")
                .tenant_id("globex")
                .status("needs_reauth"),
            SeedAccount::new(BIG, "Okta").users(users("big-", 130)),
        ],
        ..Seed::default()
    }
}

async fn server() -> MockServer {
    MockServer::start(seed()).await.expect("server")
}

/// A raw GET with the token: status and JSON body.
async fn get(server: &MockServer, path_and_query: &str) -> (u16, Value) {
    let response = reqwest::Client::new()
        .get(format!("{}{path_and_query}", server.base_url()))
        .header("authorization", "Bearer t")
        .send()
        .await
        .expect("response");
    let status = response.status().as_u16();
    let bytes = response.bytes().await.expect("body");
    (status, serde_json::from_slice(&bytes).expect("JSON body"))
}

fn ids(items: &Value) -> Vec<String> {
    items
        .as_array()
        .expect("items")
        .iter()
        .map(|u| u["id"].as_str().expect("id").to_string())
        .collect()
}

#[tokio::test]
async fn the_typed_client_streams_every_user_across_pages_exactly_once() {
    let server = server().await;
    let client = client(&server);
    let request = ListUsers::new(OKTA).limit(10);
    let users: Vec<_> = client.list_users(&request, None).items().collect().await;
    let ids: Vec<String> = users
        .into_iter()
        .map(|u| u.expect("user").id.expect("id"))
        .collect();
    let unique: BTreeSet<&String> = ids.iter().collect();
    assert_eq!(ids.len(), 57);
    assert_eq!(unique.len(), 57, "a user came twice");
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "stable id order");
    assert_eq!(server.stats().by_endpoint["users.list"], 6);

    // Page by page: counts and cursors, `null` on the last.
    let mut pages = client.list_users(&request, None);
    let mut counts = Vec::new();
    while let Some(page) = pages.next_page().await {
        let page = page.expect("page");
        let truto_user_directory::Body::Typed(Some(page)) = page.body else {
            panic!("a typed page");
        };
        counts.push((page.result_count, page.next_cursor.is_some()));
    }
    let mut expected = vec![(Some(10), true); 5];
    expected.push((Some(7), false));
    assert_eq!(counts, expected);
}

#[tokio::test]
async fn page_size_defaults_to_25_and_is_capped_at_100() {
    let server = server().await;
    let (status, body) = get(
        &server,
        &format!("/unified/user-directory/users?integrated_account_id={BIG}"),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(ids(&body["result"]).len() as u64, DEFAULT_PAGE_SIZE);
    assert_eq!(body["result_count"], DEFAULT_PAGE_SIZE);
    let cursor = body["next_cursor"].as_str().expect("a next page");
    assert!(!cursor.contains("big-"), "the cursor is opaque: {cursor}");

    // The next page starts right after the first.
    let (_, next) = get(
        &server,
        &format!(
            "/unified/user-directory/users?integrated_account_id={BIG}&next_cursor={cursor}&limit=1000"
        ),
    )
    .await;
    let page = ids(&next["result"]);
    assert_eq!(page.len() as u64, MAX_PAGE_SIZE);
    assert_eq!(page[0], "big-025");

    let (status, body) = get(
        &server,
        &format!("/unified/user-directory/users?integrated_account_id={BIG}&limit=0"),
    )
    .await;
    assert_eq!(status, 400);
    assert!(
        body["message"].as_str().unwrap().contains("`limit`"),
        "{body}"
    );
}

#[tokio::test]
async fn a_garbled_cursor_is_a_400_naming_the_cursor_parameter() {
    let server = server().await;
    for garbled in ["zz", "not-a-cursor", "6869"] {
        let result = client(&server)
            .list_users(&ListUsers::new(OKTA).next_cursor(garbled), None)
            .next_page()
            .await
            .expect("one answer");
        let error = api_error(result);
        assert_eq!(error.kind, ApiErrorKind::BadRequest);
        assert!(
            error.message().contains("`next_cursor`"),
            "{garbled}: {}",
            error.message()
        );
    }
}

#[tokio::test]
async fn a_list_without_the_scoping_parameter_a_seed_requires_is_a_400_naming_it() {
    let server = server().await;
    let result: Vec<_> = client(&server)
        .list_users(&ListUsers::new(ASANA), None)
        .items()
        .collect()
        .await;
    let [Err(Error::Api(error))] = result.as_slice() else {
        panic!("one error, got {result:?}");
    };
    assert_eq!(error.status, 400);
    let envelope = error.envelope.as_ref().expect("envelope");
    assert_eq!(
        envelope.missing_required_query_parameters(),
        ["workspace_id"]
    );
    let shown = error.to_string();
    assert!(shown.contains("Asana"), "{shown}");
    assert!(
        shown.contains("missing query parameters: workspace_id"),
        "{shown}"
    );

    // Given, the account lists.
    let (status, body) = get(
        &server,
        &format!("/unified/user-directory/users?integrated_account_id={ASANA}&workspace_id=w1"),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(ids(&body["result"]).len(), 3);
    // A parameter the spec does not declare is still refused where no seed requires it.
    let (status, body) = get(
        &server,
        &format!("/unified/user-directory/users?integrated_account_id={OKTA}&team_id=w1"),
    )
    .await;
    assert_eq!(status, 400);
    assert!(
        body["message"].as_str().unwrap().contains("`team_id`"),
        "{body}"
    );
}

#[tokio::test]
async fn get_returns_the_user_and_404s_an_unknown_one() {
    let server = server().await;
    let client = client(&server);
    let user = client
        .get_user(&GetUser::new("okta-007", OKTA), None)
        .await
        .expect("the user");
    let truto_user_directory::Body::Typed(Some(user)) = user.body else {
        panic!("a typed user");
    };
    assert_eq!(user.id.as_deref(), Some("okta-007"));
    let error = api_error(client.get_user(&GetUser::new("nobody", OKTA), None).await);
    assert_eq!(error.kind, ApiErrorKind::NotFound);
    assert!(error.message().contains("nobody"), "{}", error.message());
    assert_eq!(server.stats().applied.len(), 0, "a get changes nothing");
}

#[tokio::test]
async fn downgrade_takes_the_seat_away_and_a_second_one_is_already_done() {
    let server = server().await;
    let client = client(&server);
    assert_eq!(
        server.user_licenses(ZOOM, "zoom-ada"),
        Some(vec!["Pro".to_string(), "Webinar".to_string()])
    );
    let response = client
        .downgrade_user(&DowngradeUser::for_zoom(ZOOM, "zoom-ada"), None)
        .await
        .expect("downgraded");
    let truto_user_directory::Body::Typed(Some(user)) = response.body else {
        panic!("a typed user");
    };
    assert_eq!(user.licenses.as_deref().map(<[_]>::len), Some(0));
    assert_eq!(server.user_licenses(ZOOM, "zoom-ada"), Some(Vec::new()));
    assert_eq!(
        server.user_status(ZOOM, "zoom-ada").as_deref(),
        Some("active")
    );

    let offboarding = <DowngradeUser as Operation>::spec()
        .offboarding
        .expect("an offboarding endpoint");
    for user in ["zoom-ada", "zoom-free"] {
        let error = api_error(
            client
                .downgrade_user(&DowngradeUser::for_zoom(ZOOM, user), None)
                .await,
        );
        let remote = error
            .envelope
            .as_ref()
            .is_some_and(|e| e.truto_is_remote_error);
        assert!(
            offboarding.is_already_done(error.status, remote),
            "{user}: {error}"
        );
    }
    assert_eq!(server.stats().applied_to(ZOOM, "zoom-ada", "downgrade"), 1);
}

fn sorted(mut ids: Vec<&'static str>) -> Vec<&'static str> {
    ids.sort_unstable();
    ids
}

/// The account ids a filtered admin list yields, over pages of `limit`.
async fn accounts(client: &Client, request: ListIntegratedAccounts) -> Vec<String> {
    let request = request.limit(1);
    let items: Vec<_> = client
        .list_integrated_accounts(&request)
        .items()
        .collect()
        .await;
    items
        .into_iter()
        .map(|a| a.expect("account").id.expect("id"))
        .collect()
}

#[tokio::test]
async fn the_admin_list_filters_accounts_by_their_attributes_and_is_not_rate_limited() {
    let server = server().await;
    // No account-scoped call may pass now; the admin list is not counted against accounts.
    server.set_limits(Limits {
        per_account: 0,
        window_seconds: 10.0,
    });
    let client = client(&server);
    assert_eq!(
        accounts(&client, ListIntegratedAccounts::new()).await,
        sorted(vec![OKTA, ASANA, ZOOM, GITHUB, BIG])
    );
    assert_eq!(
        accounts(&client, ListIntegratedAccounts::new().tenant_id("acme")).await,
        sorted(vec![OKTA, ASANA])
    );
    assert_eq!(
        accounts(
            &client,
            ListIntegratedAccounts::new()
                .tenant_id("globex")
                .status(Status::Active)
        )
        .await,
        [ZOOM]
    );
    assert_eq!(
        accounts(&client, ListIntegratedAccounts::new().is_sandbox(true)).await,
        [ASANA]
    );
    assert_eq!(
        accounts(
            &client,
            ListIntegratedAccounts::new().integration_name(Integration::Okta.slug())
        )
        .await,
        sorted(vec![OKTA, BIG])
    );
    assert!(
        accounts(&client, ListIntegratedAccounts::new().tenant_id("nobody"))
            .await
            .is_empty()
    );
    assert_eq!(server.stats().rate_limited, 0);

    // The lookup of one account still answers, with the same attributes.
    let (status, body) = get(&server, &format!("/integrated-account/{ASANA}")).await;
    assert_eq!(status, 200);
    assert_eq!(body["tenant_id"], "acme");
    assert_eq!(body["is_sandbox"], true);
    assert_eq!(body["integration"]["name"], "asana");
}
