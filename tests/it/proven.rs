//! Trust no record the server has not proved is the one asked for. Scripted servers on
//! 127.0.0.1 answer as Truto's API would when a proxy, a bug or an API change mixes things up
//! (an admin list that ignores the tenant filter, a lookup or a get that answers for another
//! record, users whose fields come in another shape, answers lost after the call was applied,
//! read-backs of someone else), against `find_person`, offboarding runs and `userdir`.

#![cfg(feature = "offboard")]

use crate::support;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{Value, json};
use support::{Recorded, Reply, Server, client};
use truto_user_directory::offboard::{
    AccountFind, AccountRef, Confirmation, FindOptions, FindOutcome, Offboarder, Outcome, Plan,
    RunOptions, Summary, TargetResult, VerifyOutcome, bulk_client_builder, find_person,
    tenant_accounts,
};
use truto_user_directory::{Client, DeactivateUser, Error, Integration, RetryPolicy};

/// Tenant acme's account, another tenant's, and one that says no tenant.
const ACME: &str = "10000000-0000-4000-8000-000000000001";
const GLOBEX: &str = "20000000-0000-4000-8000-000000000001";
const NO_TENANT: &str = "30000000-0000-4000-8000-000000000001";

const ADA: &str = "ada@example.com";
const TOKEN: &str = "tk_test_0123456789abcdef";

/// The API's slug of an integration with a complete users list, a get, deactivate and delete.
const COMPLETE: &str = "avalaraavatax";
/// An integration whose users list is partial (no emails): its users are read one by one.
const PARTIAL: &str = "okta";

/// What a request to the scripted API is.
#[derive(Debug, PartialEq)]
enum Call {
    /// The admin list of integrated accounts.
    Accounts,
    /// `GET /integrated-account/{id}`.
    Lookup(String),
    /// A page of an account's users.
    List(String),
    /// One user of an account.
    Get(String, String),
    /// A call that changes a user: its path's last segment (`deactivate`, or the user's id for
    /// a delete), the account and the user.
    Change(String, String),
}

fn query(r: &Recorded, key: &str) -> String {
    r.query_pairs()
        .into_iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v)
        .unwrap_or_default()
}

fn call(r: &Recorded) -> Call {
    let path = r.path();
    let account = query(r, "integrated_account_id");
    if path == "/integrated-account" {
        return Call::Accounts;
    }
    if let Some(id) = path.strip_prefix("/integrated-account/") {
        return Call::Lookup(id.to_string());
    }
    let rest = path
        .strip_prefix("/unified/user-directory/users")
        .unwrap_or_else(|| panic!("unexpected path {path}"));
    match (r.method.as_str(), rest.strip_prefix('/')) {
        ("GET", None) => Call::List(account),
        ("GET", Some(id)) => Call::Get(account, id.to_string()),
        ("POST", _) => {
            let user = r.json()["user_id"].as_str().unwrap_or_default().to_string();
            Call::Change(account, user)
        }
        ("DELETE", Some(id)) => Call::Change(account, id.to_string()),
        (method, _) => panic!("unexpected {method} {path}"),
    }
}

fn account(id: &str, tenant: Option<&str>, slug: &str) -> Value {
    json!({"id": id, "tenant_id": tenant, "integration": {"name": slug}, "status": "active"})
}

fn page(items: Value) -> Reply {
    Reply::json(200, json!({"result": items, "next_cursor": null}))
}

fn user(id: &str, email: &str, status: &str) -> Value {
    json!({"id": id, "emails": [{"email": email}], "status": status})
}

/// The app says the user does not exist: a 404 with Truto's remote-error flag.
fn gone() -> Reply {
    Reply::json(
        404,
        json!({"statusCode": 404, "message": "user not found", "truto_is_remote_error": true}),
    )
}

fn changes(server: &Server) -> usize {
    server
        .requests()
        .iter()
        .filter(|r| matches!(call(r), Call::Change(..)))
        .count()
}

fn lists_of(server: &Server, account: &str) -> usize {
    server
        .requests()
        .iter()
        .filter(|r| call(r) == Call::List(account.to_string()))
        .count()
}

async fn run(client: Client, plan: &str, options: RunOptions) -> (Summary, Vec<TargetResult>) {
    let plan = Plan::from_yaml(plan).expect("plan");
    let mut results = Vec::new();
    let summary = Offboarder::new(client, options)
        .run(&plan, |r| results.push(r.clone()))
        .await
        .expect("the run completes");
    (summary, results)
}

fn by_account<'a>(results: &'a [AccountFind], id: &str) -> &'a AccountFind {
    results
        .iter()
        .find(|f| f.integrated_account_id == id)
        .unwrap_or_else(|| panic!("no result for {id}: {results:#?}"))
}

// --- tenants and accounts --------------------------------------------------------------------

/// An admin list that ignores `tenant_id` (a proxy dropped the query): each account is used
/// only when it names the tenant asked for.
async fn listing_ignoring_the_tenant() -> Server {
    Server::start(|r, _| match call(r) {
        Call::Accounts => page(json!([
            account(ACME, Some("acme"), COMPLETE),
            account(GLOBEX, Some("globex"), COMPLETE),
            account(NO_TENANT, None, COMPLETE),
        ])),
        Call::List(_) => page(json!([user("u-ada", ADA, "active")])),
        Call::Get(_, id) => Reply::json(200, user(&id, ADA, "inactive")),
        Call::Change(_, user_id) => Reply::json(200, user(&user_id, ADA, "inactive")),
        Call::Lookup(_) => Reply::status(500),
    })
    .await
}

#[tokio::test]
async fn another_tenants_account_is_reported_foreign_and_never_searched() {
    let server = listing_ignoring_the_tenant().await;
    let client = client(&server, TOKEN);
    let accounts = tenant_accounts(&client, "acme", &FindOptions::new())
        .await
        .unwrap();
    let found = find_person(&client, ADA, &accounts, &FindOptions::new())
        .await
        .unwrap();
    assert_eq!(by_account(&found, ACME).outcome, FindOutcome::Found);
    let foreign = by_account(&found, GLOBEX);
    assert_eq!(foreign.outcome, FindOutcome::Foreign, "{foreign:#?}");
    assert_eq!(foreign.tenant_id.as_deref(), Some("globex"));
    let why = foreign.error.as_deref().unwrap();
    assert!(
        why.contains("\"acme\"") && why.contains("\"globex\"") && why.contains("never acted on"),
        "{why}"
    );
    let unnamed = by_account(&found, NO_TENANT);
    assert_eq!(unnamed.outcome, FindOutcome::Failed, "{unnamed:#?}");
    assert!(
        unnamed
            .error
            .as_deref()
            .unwrap()
            .contains("does not say which tenant")
    );
    assert!(foreign.matches.is_empty() && unnamed.matches.is_empty());
    assert_eq!(
        (
            lists_of(&server, ACME),
            lists_of(&server, GLOBEX),
            lists_of(&server, NO_TENANT)
        ),
        (1, 0, 0),
        "only the tenant's own account is searched"
    );
}

#[tokio::test]
async fn an_email_plan_for_a_tenant_never_touches_another_tenants_person() {
    let server = listing_ignoring_the_tenant().await;
    let plan = format!("targets:\n  - {{email: {ADA}, tenant_id: acme, operation: deactivate}}\n");
    let (summary, results) = run(client(&server, TOKEN), &plan, RunOptions::default()).await;
    let changed: Vec<Call> = server
        .requests()
        .iter()
        .map(call)
        .filter(|c| matches!(c, Call::Change(..)))
        .collect();
    assert_eq!(
        changed,
        [Call::Change(ACME.into(), "u-ada".into())],
        "only acme's Ada"
    );
    assert_eq!(
        (summary.succeeded, summary.foreign, summary.failed),
        (1, 1, 1),
        "{summary:?}"
    );
    assert!(!summary.all_done(), "another tenant's account needs a look");
    let foreign = results
        .iter()
        .find(|r| r.integrated_account_id == GLOBEX)
        .unwrap();
    assert_eq!(foreign.outcome, Outcome::Foreign);
    assert!(foreign.error.as_deref().unwrap().contains("globex"));
}

#[tokio::test]
async fn an_account_listed_twice_or_in_another_case_is_searched_and_acted_on_once() {
    let server = Server::start(|r, _| match call(r) {
        Call::Accounts => page(json!([
            account(ACME, Some("acme"), COMPLETE),
            account(&ACME.to_uppercase(), Some("acme"), COMPLETE),
            account(ACME, Some("acme"), COMPLETE),
        ])),
        Call::Lookup(id) => Reply::json(200, json!({"id": id, "integration": {"name": COMPLETE}})),
        Call::List(_) => page(json!([user("u-ada", ADA, "active")])),
        Call::Change(_, user_id) => Reply::json(200, user(&user_id, ADA, "inactive")),
        _ => Reply::status(500),
    })
    .await;
    let client = client(&server, TOKEN);
    let accounts = tenant_accounts(&client, "acme", &FindOptions::new())
        .await
        .unwrap();
    assert_eq!(accounts.len(), 1, "{accounts:#?}");
    // Named twice, in two cases: one account.
    let named = [AccountRef::new(ACME), AccountRef::new(ACME.to_uppercase())];
    let found = find_person(&client, ADA, &named, &FindOptions::new())
        .await
        .unwrap();
    assert_eq!(found.len(), 1, "{found:#?}");
    let before = lists_of(&server, ACME);
    assert_eq!(before, 1);

    let plan = format!("targets:\n  - {{email: {ADA}, tenant_id: acme, operation: deactivate}}\n");
    let (summary, _) = run(client, &plan, RunOptions::default()).await;
    assert_eq!((summary.targets, summary.succeeded), (1, 1), "{summary:?}");
    assert_eq!(changes(&server), 1, "one deactivate");
    assert_eq!(lists_of(&server, ACME), before + 1, "one more search");
}

#[tokio::test]
async fn an_account_named_by_id_is_used_only_when_its_lookup_answers_for_it() {
    for answer in [
        json!({"id": GLOBEX, "integration": {"name": COMPLETE}}),
        json!({"integration": {"name": COMPLETE}}),
    ] {
        let lookup = answer.clone();
        let server = Server::start(move |r, _| match call(r) {
            Call::Lookup(_) => Reply::json(200, lookup.clone()),
            Call::List(_) => page(json!([user("u-ada", ADA, "active")])),
            Call::Change(_, id) => Reply::json(200, user(&id, ADA, "inactive")),
            _ => Reply::status(500),
        })
        .await;
        let client = client(&server, TOKEN);
        let found = find_person(&client, ADA, &[AccountRef::new(ACME)], &FindOptions::new())
            .await
            .unwrap()
            .remove(0);
        assert_eq!(found.outcome, FindOutcome::Failed, "{answer}: {found:#?}");
        let why = found.error.as_deref().unwrap();
        assert!(why.contains(ACME), "{why}");
        if answer.get("id").is_some() {
            assert!(why.contains(GLOBEX), "{why}");
        } else {
            assert!(why.contains("carries no id"), "{why}");
        }
        assert_eq!(lists_of(&server, ACME), 0, "nothing listed");

        // A plan target by user id without the integration: its lookup proves nothing either.
        let plan = format!(
            "targets:\n  - {{integrated_account_id: {ACME}, user_id: u-ada, operation: deactivate}}\n"
        );
        let (summary, results) = run(client, &plan, RunOptions::default()).await;
        assert_eq!(summary.failed, 1, "{results:#?}");
        assert!(
            results[0]
                .error
                .as_deref()
                .unwrap()
                .contains("integrated account lookup")
        );
        assert_eq!(changes(&server), 0, "nothing changed");
    }
}

// --- users --------------------------------------------------------------------------------------

/// One account of `slug` whose list answers `items`, and whose get answers `get(id)`.
async fn one_account(
    slug: &'static str,
    items: Value,
    get: impl Fn(&str) -> Reply + Send + Sync + 'static,
) -> Server {
    Server::start(move |r, _| match call(r) {
        Call::Lookup(id) => Reply::json(200, json!({"id": id, "integration": {"name": slug}})),
        Call::List(_) => page(items.clone()),
        Call::Get(_, id) => get(&id),
        Call::Change(_, id) => Reply::json(200, user(&id, ADA, "inactive")),
        Call::Accounts => Reply::status(500),
    })
    .await
}

async fn find_in(server: &Server) -> AccountFind {
    find_person(
        &client(server, TOKEN),
        ADA,
        &[AccountRef::new(ACME)],
        &FindOptions::new(),
    )
    .await
    .unwrap()
    .remove(0)
}

#[tokio::test]
async fn a_get_that_answers_for_another_user_is_not_a_match() {
    // A partial list (ids only); the get of A answers with B, who has Ada's email.
    let server = one_account(PARTIAL, json!([{"id": "A", "status": "active"}]), |_| {
        Reply::json(200, user("B", ADA, "active"))
    })
    .await;
    let found = find_in(&server).await;
    assert_eq!(found.outcome, FindOutcome::Failed, "{found:#?}");
    let why = found.error.as_deref().unwrap();
    assert!(
        why.contains("user A") && why.contains("user B") && why.contains("not used"),
        "{why}"
    );
    assert!(found.matches.is_empty());

    // A plan by email acts on nobody.
    let plan = format!(
        "targets:\n  - {{email: {ADA}, integrated_account_id: {ACME}, operation: deactivate}}\n"
    );
    let (summary, _) = run(client(&server, TOKEN), &plan, RunOptions::default()).await;
    assert_eq!(summary.failed, 1, "{summary:?}");
    assert_eq!(changes(&server), 0);
}

#[tokio::test]
async fn a_user_that_may_be_the_person_but_cannot_be_read_fails_the_account() {
    let cases = [
        // A match without an id, or with a blank one.
        (
            COMPLETE,
            json!([{"emails": [{"email": ADA}], "status": "active"}]),
            "carries no id",
        ),
        (
            COMPLETE,
            json!([{"id": " ", "emails": [{"email": ADA}], "status": "active"}]),
            "carries no id",
        ),
        // `emails` as one text, and as a list of texts.
        (
            COMPLETE,
            json!([{"id": "u1", "emails": ADA}]),
            "`emails` is a string, not a list",
        ),
        (
            COMPLETE,
            json!([{"id": "u1", "emails": [ADA]}]),
            "an item of `emails` is a string, not an object",
        ),
        (
            COMPLETE,
            json!([{"id": "u1", "emails": [{"email": {"address": ADA}}]}]),
            "holds an object, not text",
        ),
        // The address under another key, or decorated: the spec does not read it there.
        (
            COMPLETE,
            json!([{"id": "u1", "emails": [{"address": ADA}]}]),
            "user u1 cannot be read",
        ),
        (
            COMPLETE,
            json!([{"emails": [{"value": ADA, "primary": true}]}]),
            "a user cannot be read",
        ),
        (
            COMPLETE,
            json!([{"id": "u1", "email_addresses": [ADA]}]),
            "not as an address at emails[].email or username",
        ),
        (
            COMPLETE,
            json!([{"id": "u1", "email": "ADA@example.com"}]),
            "user u1 cannot be read",
        ),
        (
            COMPLETE,
            json!([{"id": "u1", "emails": [{"email": format!("mailto:{ADA}")}]}]),
            "user u1 cannot be read",
        ),
        (
            COMPLETE,
            json!([{"id": "u1", "emails": [{"email": format!("Ada Lovelace <{ADA}>")}]}]),
            "user u1 cannot be read",
        ),
        // An item that is not a record at all.
        (
            COMPLETE,
            json!([ADA]),
            "item 0 of the page is a string, not an object",
        ),
        // A partial list's user with neither emails nor an id.
        (
            PARTIAL,
            json!([{"status": "active"}]),
            "neither emails nor an id",
        ),
    ];
    for (slug, items, says) in cases {
        let server = one_account(slug, items.clone(), |id| {
            Reply::json(200, user(id, "other@example.com", "active"))
        })
        .await;
        let found = find_in(&server).await;
        assert_eq!(found.outcome, FindOutcome::Failed, "{items}: {found:#?}");
        let why = found.error.as_deref().unwrap();
        assert!(why.contains(says), "{items}: {why}");
    }
    // A field matching reads in another shape fails the account whatever it holds (the
    // address may hide in it, keyed or encoded); a number there holds no address.
    for (items, says) in [
        (
            json!([{"id": "u2", "emails": {"ada@example.com": {"primary": true}}}]),
            "`emails` is an object, not a list",
        ),
        (
            json!([{"id": "u2", "emails": [{"email": ["x@example.com"]}]}]),
            "holds an array, not text",
        ),
        (
            json!([{"id": "u2", "emails": [{"email": "ada%40example.com"}]}]),
            "not as an address",
        ),
    ] {
        let server = one_account(COMPLETE, items.clone(), |_| Reply::status(500)).await;
        let found = find_in(&server).await;
        assert_eq!(found.outcome, FindOutcome::Failed, "{items}: {found:#?}");
        assert!(found.error.as_deref().unwrap().contains(says), "{found:#?}");
    }
    // The same shapes without the person's address are someone else: not found (a longer
    // address that holds hers is another address).
    for items in [
        json!([{"id": "u2", "email": "grada@example.com"}]),
        json!([{"id": "u2", "username": 12345, "emails": [{"email": 7}]}]),
        json!([{"id": "u2", "emails": [{"email": "ada@example.com.au"}]}]),
    ] {
        let server = one_account(COMPLETE, items.clone(), |_| Reply::status(500)).await;
        let found = find_in(&server).await;
        assert_eq!(found.outcome, FindOutcome::NotFound, "{items}: {found:#?}");
    }
}

#[tokio::test]
async fn only_the_apps_own_404_makes_a_partial_lists_user_someone_else() {
    // A partial list's user whose get holds the address under another key: failed too.
    let server = one_account(PARTIAL, json!([{"id": "A", "status": "active"}]), |_| {
        Reply::json(200, json!({"id": "A", "primary_email": ADA}))
    })
    .await;
    let found = find_in(&server).await;
    assert_eq!(found.outcome, FindOutcome::Failed, "{found:#?}");
    assert!(
        found
            .error
            .as_deref()
            .unwrap()
            .contains("user A cannot be read"),
        "{found:#?}"
    );
    // A partial list's user read one by one: a proxy's HTML 404 says nothing about the user,
    // so the account cannot be called not_found; the app's own 404 (the user left since) can.
    let html_404 = Reply::Respond {
        status: 404,
        headers: vec![("content-type".into(), "text/html".into())],
        body: b"<html>Not Found</html>".to_vec(),
    };
    let server = one_account(
        PARTIAL,
        json!([{"id": "A", "status": "active"}]),
        move |_| html_404.clone(),
    )
    .await;
    let found = find_in(&server).await;
    assert_eq!(found.outcome, FindOutcome::Failed, "{found:#?}");
    let server = one_account(PARTIAL, json!([{"id": "A", "status": "active"}]), |_| {
        gone()
    })
    .await;
    let found = find_in(&server).await;
    assert_eq!(found.outcome, FindOutcome::NotFound, "{found:#?}");
}

/// A search reads users as the unified model, every field it matches on, whatever the plan's
/// parameters say: those are its operation's (a `raw` format, fields left out of its answer,
/// a `remote_query` for the app), sent with the list only when the API asks for one.
#[tokio::test]
async fn a_search_reads_users_as_the_unified_model_whatever_the_plan_says() {
    let server = listing_ignoring_the_tenant().await;
    let plan = format!(
        "targets:\n  - {{email: {ADA}, tenant_id: acme, operation: deactivate, params: {{truto_response_format: raw, truto_exclude_fields: [emails, username], remote_query: {{status: active}}}}}}\n"
    );
    let (summary, _) = run(client(&server, TOKEN), &plan, RunOptions::default()).await;
    assert_eq!(summary.succeeded, 1, "{summary:?}");
    let lists: Vec<Recorded> = server
        .requests()
        .into_iter()
        .filter(|r| matches!(call(r), Call::List(_)))
        .collect();
    assert!(!lists.is_empty());
    for r in &lists {
        assert!(query(r, "truto_response_format").is_empty(), "{}", r.target);
        assert!(!r.query().contains("remote_query"), "{}", r.target);
        let left_out: Vec<String> = r
            .query_pairs()
            .into_iter()
            .filter(|(k, _)| k.starts_with("truto_exclude_fields"))
            .map(|(_, v)| v)
            .collect();
        assert!(
            !left_out
                .iter()
                .any(|f| f == "emails" || f == "username" || f == "id"),
            "{left_out:?}"
        );
    }
    // The operation takes it.
    let change = server
        .requests()
        .into_iter()
        .find(|r| matches!(call(r), Call::Change(..)))
        .unwrap();
    assert_eq!(query(&change, "truto_response_format"), "raw");
}

// --- lost answers -------------------------------------------------------------------------------

/// The status the scripted app holds per user, and what it does with each deactivate.
#[derive(Clone, Default)]
struct App {
    status: Arc<Mutex<HashMap<String, String>>>,
}

impl App {
    fn status(&self, id: &str) -> String {
        self.status
            .lock()
            .unwrap()
            .get(id)
            .cloned()
            .unwrap_or_else(|| "active".into())
    }

    fn deactivate(&self, id: &str) {
        self.status
            .lock()
            .unwrap()
            .insert(id.to_string(), "inactive".into());
    }
}

/// A complete-list account with user `u-ada`, whose `n`-th deactivate (from 0) `answer`
/// decides: applied or not, and the reply. Reads answer the user's status unless `read`
/// answers instead.
async fn app_server(
    app: App,
    answer: impl Fn(usize, &App, &str) -> Reply + Send + Sync + 'static,
    read: impl Fn(&App, &str) -> Option<Reply> + Send + Sync + 'static,
) -> Server {
    let changes = Arc::new(Mutex::new(0usize));
    Server::start(move |r, _| match call(r) {
        Call::Lookup(id) => Reply::json(200, json!({"id": id, "integration": {"name": COMPLETE}})),
        Call::Get(_, id) => {
            read(&app, &id).unwrap_or_else(|| Reply::json(200, user(&id, ADA, &app.status(&id))))
        }
        Call::Change(_, id) => {
            let mut n = changes.lock().unwrap();
            *n += 1;
            answer(*n - 1, &app, &id)
        }
        _ => Reply::status(500),
    })
    .await
}

fn deactivate_plan() -> String {
    format!(
        "targets:\n  - {{integrated_account_id: {ACME}, integration: Avalara AvaTax, user_id: u-ada, operation: deactivate}}\n"
    )
}

fn already_inactive() -> Reply {
    Reply::json(
        409,
        json!({"statusCode": 409, "message": "user is already inactive", "truto_is_remote_error": true}),
    )
}

#[tokio::test]
async fn a_change_whose_answer_was_lost_is_read_back_not_sent_again() {
    // Applied, then the connection drops (and, the second time, a gateway answers 502).
    for lost in [Reply::Close, Reply::status(502)] {
        let app = App::default();
        let server = app_server(
            app.clone(),
            move |_, app, id| {
                app.deactivate(id);
                lost.clone()
            },
            |_, _| None,
        )
        .await;
        let (summary, results) = run(
            client(&server, TOKEN),
            &deactivate_plan(),
            RunOptions::default(),
        )
        .await;
        let r = &results[0];
        assert_eq!(r.outcome, Outcome::Succeeded, "{r:#?}");
        assert_eq!(
            (r.confirmed_by, r.lost_answers),
            (Some(Confirmation::ReadBack), 1)
        );
        assert!(
            r.note.as_deref().unwrap().contains("this run's change"),
            "{r:#?}"
        );
        assert_eq!(changes(&server), 1, "sent once");
        assert_eq!(
            (
                summary.succeeded,
                summary.already_done,
                summary.confirmed_after_loss
            ),
            (1, 0, 1)
        );
    }
}

#[tokio::test]
async fn a_change_the_read_back_shows_missing_is_sent_again() {
    // Not applied, and the connection drops; the second call goes through.
    let app = App::default();
    let server = app_server(
        app.clone(),
        |n, app, id| {
            if n == 0 {
                Reply::Close
            } else {
                app.deactivate(id);
                Reply::json(200, user(id, ADA, "inactive"))
            }
        },
        |_, _| None,
    )
    .await;
    let (_, results) = run(
        client(&server, TOKEN),
        &deactivate_plan(),
        RunOptions::default(),
    )
    .await;
    let r = &results[0];
    assert_eq!(r.outcome, Outcome::Succeeded, "{r:#?}");
    assert_eq!((r.confirmed_by, r.lost_answers), (None, 1));
    let note = r.note.as_deref().unwrap();
    assert!(
        note.contains("read back") && note.contains("\"active\"") && note.contains("sent again"),
        "{note}"
    );
    assert_eq!(changes(&server), 2);
    assert_eq!(app.status("u-ada"), "inactive");
}

#[tokio::test]
async fn already_done_after_this_runs_own_lost_answer_is_this_runs_change() {
    // Applied, the answer lost, and the read lags behind (still active): the call sent again
    // meets "already inactive". That is this run's change, not `already_done`.
    let app = App::default();
    let server = app_server(
        app.clone(),
        |n, app, id| {
            if n == 0 {
                app.deactivate(id);
                Reply::Close
            } else {
                already_inactive()
            }
        },
        |_, id| Some(Reply::json(200, user(id, ADA, "active"))),
    )
    .await;
    let (summary, results) = run(
        client(&server, TOKEN),
        &deactivate_plan(),
        RunOptions::default(),
    )
    .await;
    let r = &results[0];
    assert_eq!(r.outcome, Outcome::Succeeded, "{r:#?}");
    assert_eq!(r.confirmed_by, Some(Confirmation::AlreadyDoneOnResend));
    assert_eq!(r.error, None);
    assert_eq!((summary.already_done, changes(&server)), (0, 2));

    // Without a lost answer, the same 409 is `already_done`: it was so before the run.
    let app = App::default();
    let server = app_server(app, |_, _, _| already_inactive(), |_, _| None).await;
    let (_, results) = run(
        client(&server, TOKEN),
        &deactivate_plan(),
        RunOptions::default(),
    )
    .await;
    assert_eq!(
        results[0].outcome,
        Outcome::AlreadyDone,
        "{:#?}",
        results[0]
    );
}

#[tokio::test]
async fn a_lost_answer_the_read_cannot_tell_is_never_sent_again_blindly() {
    let unreadable = |_: &App, _: &str| Some(Reply::status(500));
    let app = App::default();
    let server = app_server(
        app.clone(),
        |_, app, id| {
            app.deactivate(id);
            Reply::Close
        },
        unreadable,
    )
    .await;
    let (summary, results) = run(
        client(&server, TOKEN),
        &deactivate_plan(),
        RunOptions::default(),
    )
    .await;
    let r = &results[0];
    assert_eq!((r.outcome, r.lost_answers), (Outcome::Failed, 1), "{r:#?}");
    let note = r.note.as_deref().unwrap();
    assert!(
        note.contains("could not tell")
            && note.contains("in doubt")
            && note.contains("--resend-in-doubt"),
        "{note}"
    );
    assert_eq!((changes(&server), summary.already_done), (1, 0));

    // Knowingly (--resend-in-doubt), it is sent again; the app's "already inactive" then says
    // this run's first call did it.
    let server = app_server(
        App::default(),
        |n, app, id| {
            app.deactivate(id);
            if n == 0 {
                Reply::Close
            } else {
                already_inactive()
            }
        },
        unreadable,
    )
    .await;
    let options = RunOptions {
        resend_in_doubt: true,
        ..RunOptions::default()
    };
    let (_, results) = run(client(&server, TOKEN), &deactivate_plan(), options).await;
    assert_eq!(results[0].outcome, Outcome::Succeeded, "{:#?}", results[0]);
    assert_eq!(
        results[0].confirmed_by,
        Some(Confirmation::AlreadyDoneOnResend)
    );
    assert_eq!(changes(&server), 2);
}

#[tokio::test]
async fn the_bulk_client_sends_a_call_that_is_not_idempotent_once_when_its_answer_is_lost() {
    let server = Server::start(|_, _| Reply::Close).await;
    let client = bulk_client_builder()
        .base_url(server.url())
        .token(TOKEN)
        .retry(RetryPolicy {
            base_delay: Duration::from_millis(5),
            max_delay: Duration::from_millis(20),
            ..bulk_client_builder_retry()
        })
        .build()
        .unwrap();
    let err = client
        .deactivate_user(
            &DeactivateUser::for_avalara_avatax(ACME, "u-ada"),
            Some(Integration::AvalaraAvaTax),
        )
        .await
        .expect_err("no answer");
    assert!(
        matches!(err, Error::Connection { attempts: 1, .. }),
        "{err:?}"
    );
    assert_eq!(server.count(), 1, "not sent again after a lost answer");
}

/// The bulk client's retry policy (`bulk_client_builder`'s).
fn bulk_client_builder_retry() -> RetryPolicy {
    RetryPolicy {
        max_retries: 6,
        ..RetryPolicy::default()
    }
}

// --- verification -------------------------------------------------------------------------------

#[tokio::test]
async fn a_read_back_of_another_user_or_a_proxys_404_verifies_nothing() {
    let verify = RunOptions {
        verify: Some(Duration::from_millis(600)),
        confirm_irreversible: true,
        ..RunOptions::default()
    };
    // The deactivate goes through; the read answers with another user's record.
    let server = app_server(
        App::default(),
        |_, app, id| {
            app.deactivate(id);
            Reply::json(200, user(id, ADA, "inactive"))
        },
        |_, _| Some(Reply::json(200, user("someone-else", ADA, "inactive"))),
    )
    .await;
    let (summary, results) = run(client(&server, TOKEN), &deactivate_plan(), verify.clone()).await;
    let v = results[0].verification.as_ref().unwrap();
    assert_eq!(v.outcome, VerifyOutcome::Unconfirmed, "{v:#?}");
    let note = v.note.as_deref().unwrap();
    assert!(
        note.contains("someone-else") && note.contains("u-ada"),
        "{note}"
    );
    assert_eq!((summary.verified, summary.unconfirmed), (0, 1));

    // A delete, then reads that answer a proxy's HTML 404 (no remote-error flag): not "gone".
    let html_404 = Reply::Respond {
        status: 404,
        headers: vec![("content-type".into(), "text/html".into())],
        body: b"<html><body>404 Not Found</body></html>".to_vec(),
    };
    let delete_plan = format!(
        "targets:\n  - {{integrated_account_id: {ACME}, integration: Avalara AvaTax, user_id: u-ada, operation: delete}}\n"
    );
    let server = app_server(
        App::default(),
        |_, _, _| Reply::status(204),
        move |_, _| Some(html_404.clone()),
    )
    .await;
    let (_, results) = run(client(&server, TOKEN), &delete_plan, verify.clone()).await;
    let v = results[0].verification.as_ref().unwrap();
    assert_eq!(v.outcome, VerifyOutcome::Unconfirmed, "{v:#?}");
    assert!(
        v.note.as_deref().unwrap().contains("remote-error flag"),
        "{v:#?}"
    );

    // The app's own 404 (Truto's remote-error envelope) is.
    let server = app_server(
        App::default(),
        |_, _, _| Reply::status(204),
        |_, _| Some(gone()),
    )
    .await;
    let (_, results) = run(client(&server, TOKEN), &delete_plan, verify).await;
    let v = results[0].verification.as_ref().unwrap();
    assert_eq!(v.outcome, VerifyOutcome::Verified, "{v:#?}");
}

#[tokio::test]
async fn absence_from_a_list_proves_a_delete_only_when_every_item_carries_an_id() {
    // An integration with a users list and no get: the delete is verified from the list.
    let delete_plan = format!(
        "targets:\n  - {{integrated_account_id: {ACME}, integration: Atlassian, user_id: a1, operation: delete}}\n"
    );
    let options = RunOptions {
        verify: Some(Duration::from_millis(600)),
        confirm_irreversible: true,
        ..RunOptions::default()
    };
    for (items, verified) in [
        (json!([{"id": "a2"}, {"name": "no id here"}]), false),
        (json!([{"id": "a2"}, {"id": "a3"}]), true),
    ] {
        let listed = items.clone();
        let server = Server::start(move |r, _| match call(r) {
            Call::List(_) => page(listed.clone()),
            Call::Change(..) => Reply::status(204),
            _ => Reply::status(500),
        })
        .await;
        let (_, results) = run(client(&server, TOKEN), &delete_plan, options.clone()).await;
        let v = results[0].verification.as_ref().unwrap();
        let expected = if verified {
            VerifyOutcome::Verified
        } else {
            VerifyOutcome::Unconfirmed
        };
        assert_eq!(v.outcome, expected, "{items}: {v:#?}");
        if !verified {
            assert!(v.note.as_deref().unwrap().contains("carry no id"), "{v:#?}");
        }
    }
}

// --- the CLI ------------------------------------------------------------------------------------

#[cfg(feature = "cli")]
mod cli {
    use std::path::PathBuf;
    use std::process::{Command, Stdio};
    use std::time::{Duration, Instant};

    use serde_json::{Value, json};

    use super::support::userdir::userdir_command;
    use super::support::{self, Reply, Server};
    use super::{ACME, ADA, COMPLETE, Call, GLOBEX, TOKEN, account, call, changes, page, user};

    fn userdir(server: &Server, args: &[&str]) -> Command {
        let mut cmd = userdir_command();
        cmd.args(args)
            .args(["--base-url", &server.url(), "--token", TOKEN]);
        cmd
    }

    /// `userdir ARGS` against `server`, run to its end off the test's threads.
    async fn output(server: &Server, args: &[&str]) -> std::process::Output {
        support::userdir::output(&mut userdir(server, args)).await
    }

    fn lines(stdout: &[u8]) -> Vec<Value> {
        String::from_utf8_lossy(stdout)
            .lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect()
    }

    /// A plan of Ada, by email, in every account of tenant acme, in a file of its own.
    fn email_plan(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("proven-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let plan = dir.join("plan.yaml");
        std::fs::write(
            &plan,
            format!("targets:\n  - {{email: {ADA}, tenant_id: acme, operation: deactivate}}\n"),
        )
        .unwrap();
        plan
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn find_reports_another_tenants_account_as_foreign_and_exits_1() {
        let server = super::listing_ignoring_the_tenant().await;
        let out = output(&server, &["find", "--email", ADA, "--tenant-id", "acme"]).await;
        assert_eq!(out.status.code(), Some(1));
        let found = lines(&out.stdout);
        let foreign = found
            .iter()
            .find(|l| l["integrated_account_id"] == GLOBEX)
            .expect("a line for the other tenant's account");
        assert_eq!(
            (&foreign["outcome"], &foreign["tenant_id"]),
            (&json!("foreign"), &json!("globex"))
        );
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("1 of another tenant"), "{stderr}");
        assert_eq!(super::lists_of(&server, GLOBEX), 0);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn find_refuses_a_parameter_the_search_sets_itself() {
        let server = Server::always(Reply::status(500)).await;
        for param in [
            "truto_response_format=raw",
            "next_cursor=abc",
            "truto_exclude_fields=emails",
            "truto_ignore_remote_data=false",
        ] {
            let out = output(
                &server,
                &[
                    "find",
                    "--email",
                    ADA,
                    "--tenant-id",
                    "acme",
                    "--param",
                    param,
                ],
            )
            .await;
            assert_eq!(out.status.code(), Some(2), "{param}");
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(stderr.contains("a search sets"), "{stderr}");
        }
        assert_eq!(server.count(), 0);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn find_refuses_an_account_id_that_is_not_a_uuid_before_sending() {
        let server = Server::always(Reply::status(500)).await;
        let out = output(
            &server,
            &[
                "find",
                "--email",
                ADA,
                "--integrated-account-id",
                ACME,
                "--integrated-account-id",
                "not-a-uuid",
            ],
        )
        .await;
        assert_eq!(out.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("not-a-uuid") && stderr.contains("UUID"),
            "{stderr}"
        );
        assert_eq!(server.count(), 0, "nothing sent");
    }

    /// A base URL with a user name and password is refused, and shown without them,
    /// wherever it would be used.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_base_url_with_credentials_is_refused_and_never_printed() {
        let server = Server::always(Reply::status(500)).await;
        let plan = email_plan("userinfo");
        let plan_arg = plan.to_str().unwrap();
        let addr = server.addr;
        // Written plainly, and in the forms a URL parser reads otherwise (one slash, a
        // backslash, a `#`, `?` or `/` in the password).
        let bases = [
            format!("http://admin:hunter2secret@{addr}"),
            format!("http:/admin:hunter2secret@{addr}"),
            format!("http:\\\\admin:hunter2secret@{addr}"),
            format!("http://admin:hunter2#secret@{addr}"),
            format!("http://admin:hunter2?secret@{addr}"),
            format!("http://admin:hunter2/secret@{addr}"),
        ];
        let commands = [
            vec!["find", "--email", ADA, "--tenant-id", "acme"],
            vec!["offboard", plan_arg],
            vec!["offboard", plan_arg, "--dry-run"],
            vec![
                "users",
                "get",
                "--id",
                "u1",
                "--integrated-account-id",
                ACME,
            ],
        ];
        for base in &bases {
            for args in &commands {
                let mut cmd = userdir_command();
                cmd.args(args)
                    .args(["--base-url", base, "--token", TOKEN])
                    .env("RUST_LOG", "debug");
                let out = support::userdir::output(&mut cmd).await;
                let stderr = String::from_utf8_lossy(&out.stderr);
                let stdout = String::from_utf8_lossy(&out.stdout);
                assert_eq!(out.status.code(), Some(2), "{base} {args:?}: {stderr}");
                assert!(
                    stderr.contains(&format!("***@{addr}")),
                    "{base} {args:?}: {stderr}"
                );
                for text in [&stderr, &stdout] {
                    assert!(
                        !text.contains("hunter2") && !text.contains("admin:"),
                        "{base} {args:?}: {text}"
                    );
                }
            }
        }
        assert_eq!(server.count(), 0, "nothing sent");
    }

    /// `userdir offboard PLAN --search-timeout 1` of a plan's one target: it ends well within
    /// 10 s, exit 1, and the target's error is returned. (At most 40 pages, so that it ends even
    /// if the deadline does not.)
    async fn within_a_second(server: &Server, plan: &str) -> String {
        let started = Instant::now();
        let args = [
            "offboard",
            plan,
            "--search-timeout",
            "1",
            "--max-pages",
            "40",
        ];
        let out = output(server, &args).await;
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{:?}",
            started.elapsed()
        );
        assert_eq!(out.status.code(), Some(1));
        let results = lines(&out.stdout);
        results[0]["error"].as_str().unwrap().to_string()
    }

    /// A list that never ends, each page `delay` late.
    async fn endless(delay: Duration) -> Server {
        Server::start(move |r, n| match call(r) {
            Call::Accounts => page(json!([account(ACME, Some("acme"), COMPLETE)])),
            Call::List(_) => Reply::Delay(
                delay,
                Box::new(Reply::json(
                    200,
                    json!({"result": [user(&format!("u{n}"), "x@example.com", "active")], "next_cursor": format!("c{n}")}),
                )),
            ),
            _ => Reply::status(500),
        })
        .await
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn offboard_bounds_each_accounts_search_by_pages_and_by_time() {
        let plan = email_plan("bounded");
        let plan_arg = plan.to_str().unwrap().to_string();
        let server = endless(Duration::ZERO).await;
        let out = output(&server, &["offboard", &plan_arg, "--max-pages", "3"]).await;
        assert_eq!(out.status.code(), Some(1));
        let results = lines(&out.stdout);
        assert_eq!(results[0]["outcome"], "failed", "{results:?}");
        let why = results[0]["error"].as_str().unwrap();
        assert!(why.contains("past 3 pages"), "{why}");
        assert_eq!(super::lists_of(&server, ACME), 3);

        let server = endless(Duration::from_millis(300)).await;
        let why = within_a_second(&server, &plan_arg).await;
        assert!(
            why.contains("deadline (1 s)") && why.contains("--search-timeout"),
            "{why}"
        );
        assert_eq!(changes(&server), 0);
    }

    /// Tenant acme's twenty accounts, whose users lists answer after 8 s (longer than a stop
    /// may take: reads in flight are dropped, not waited for).
    async fn slow_tenant() -> Server {
        let accounts: Vec<Value> = (0..20)
            .map(|n| {
                account(
                    &format!("10000000-0000-4000-8000-{n:012}"),
                    Some("acme"),
                    COMPLETE,
                )
            })
            .collect();
        Server::start(move |r, _| match call(r) {
            Call::Accounts => page(Value::Array(accounts.clone())),
            Call::List(_) => Reply::Delay(
                Duration::from_secs(8),
                Box::new(page(json!([user("u-ada", ADA, "active")]))),
            ),
            Call::Change(_, id) => Reply::json(200, user(&id, ADA, "inactive")),
            _ => Reply::status(500),
        })
        .await
    }

    /// After a first Ctrl-C during the searches, no search and no page read starts; the
    /// accounts not searched end `interrupted`, nothing is changed, and the exit code is 130.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_first_ctrl_c_during_the_searches_starts_no_new_search() {
        let server = slow_tenant().await;
        let plan = email_plan("search-stop");
        let searching = |s: &Server| count(s, |c| matches!(c, Call::List(_)));
        // Stopped once the first searches (eight at a time) are in flight.
        let (out, took) = interrupted(&server, &["offboard", plan.to_str().unwrap()], |s| {
            searching(s) >= 8
        })
        .await;
        assert_eq!(out.status.code(), Some(130));
        assert!(
            took < Duration::from_secs(5),
            "the searches in flight were not waited for: {took:?}"
        );
        assert_eq!(searching(&server), 8, "no search started after the stop");
        let results = lines(&out.stdout);
        assert_eq!(results.len(), 20, "one line per account");
        assert!(
            results.iter().all(|r| r["outcome"] == "interrupted"),
            "{results:#?}"
        );
        assert_eq!(changes(&server), 0);
    }

    /// `find` stops at the first Ctrl-C too: no search starts after it, every account is
    /// printed (those not searched `interrupted`), and the exit code is 130.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn find_stops_at_the_first_ctrl_c_and_says_what_it_did_not_search() {
        let server = slow_tenant().await;
        let searching = |s: &Server| count(s, |c| matches!(c, Call::List(_)));
        let args = ["find", "--email", ADA, "--tenant-id", "acme"];
        let (out, took) = interrupted(&server, &args, |s| searching(s) >= 8).await;
        assert_eq!(out.status.code(), Some(130));
        assert!(took < Duration::from_secs(5), "{took:?}");
        assert_eq!(searching(&server), 8, "no search started after the stop");
        let found = lines(&out.stdout);
        assert_eq!(found.len(), 20);
        assert!(
            found.iter().all(|f| f["outcome"] == "interrupted"),
            "{found:#?}"
        );
    }

    /// A plan file of `text`.
    fn plan_file(name: &str, text: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("proven-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let plan = dir.join("plan.yaml");
        std::fs::write(&plan, text).unwrap();
        plan
    }

    /// Runs `userdir ARGS`, sends SIGINT once `ready(server)` holds, and returns
    /// its output and how long it took to end after the signal.
    async fn interrupted(
        server: &Server,
        args: &[&str],
        ready: impl Fn(&Server) -> bool,
    ) -> (std::process::Output, Duration) {
        let mut cmd = userdir(server, args);
        cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
        let child = cmd.spawn().unwrap();
        server.until("the moment to interrupt", ready).await;
        // SAFETY: kill(2) on the child's pid, which this test owns and has not reaped.
        assert_eq!(
            unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) },
            0
        );
        let signalled = Instant::now();
        let out = tokio::task::spawn_blocking(move || child.wait_with_output().unwrap())
            .await
            .unwrap();
        (out, signalled.elapsed())
    }

    fn count(server: &Server, what: impl Fn(&Call) -> bool) -> usize {
        server.requests().iter().filter(|r| what(&call(r))).count()
    }

    /// The tenant's listing keeps to --max-pages and --search-timeout, and to the stop.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_tenants_listing_is_bounded_and_stops_at_the_first_ctrl_c() {
        let endless = |delay: Duration| {
            Server::start(move |r, n| match call(r) {
                Call::Accounts => Reply::Delay(
                    delay,
                    Box::new(Reply::json(
                        200,
                        json!({"result": [], "next_cursor": format!("c{n}")}),
                    )),
                ),
                _ => Reply::status(500),
            })
        };
        let plan = email_plan("listing");
        let plan_arg = plan.to_str().unwrap().to_string();
        let server = endless(Duration::ZERO).await;
        let out = output(&server, &["offboard", &plan_arg, "--max-pages", "2"]).await;
        assert_eq!(out.status.code(), Some(1));
        let results = lines(&out.stdout);
        let why = results[0]["error"].as_str().unwrap();
        assert!(
            why.contains("tenant acme") && why.contains("past 2 pages"),
            "{why}"
        );
        assert_eq!(server.count(), 2);

        let server = endless(Duration::from_millis(400)).await;
        let why = within_a_second(&server, &plan_arg).await;
        assert!(why.contains("not all read within 1 s"), "{why}");

        // Eight people of eight tenants: after the first Ctrl-C, no other tenant is listed.
        let server = endless(Duration::from_millis(800)).await;
        let mut text = String::from("targets:\n");
        for t in 0..8 {
            text.push_str(&format!(
                "  - {{email: ada@example.com, tenant_id: t{t}, operation: deactivate}}\n"
            ));
        }
        let plan = plan_file("listing-stop", &text);
        let (out, took) = interrupted(&server, &["offboard", plan.to_str().unwrap()], |s| {
            s.count() > 0
        })
        .await;
        assert_eq!(out.status.code(), Some(130));
        assert!(took < Duration::from_secs(3), "{took:?}");
        let listed = server.count();
        assert_eq!(listed, 1, "no other tenant was listed");
        let results = lines(&out.stdout);
        assert_eq!(results.len(), 8);
        assert!(
            results.iter().all(|r| r["outcome"] == "interrupted"),
            "{results:#?}"
        );
    }

    /// The read-back of a lost answer keeps to --max-pages and stops at the first Ctrl-C:
    /// nothing is sent again after it.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_read_back_is_bounded_and_stops_at_the_first_ctrl_c() {
        // An integration read back from its list (no get): the list never ends; each delete's
        // answer is lost.
        let endless = |delay: Duration| {
            Server::start(move |r, n| match call(r) {
                Call::List(_) => Reply::Delay(
                    delay,
                    Box::new(Reply::json(
                        200,
                        json!({"result": [{"id": format!("other{n}")}], "next_cursor": format!("c{n}")}),
                    )),
                ),
                Call::Change(..) => Reply::Close,
                _ => Reply::status(500),
            })
        };
        let plan = plan_file(
            "read-back",
            &format!(
                "confirm_irreversible: true\ntargets:\n  - {{integrated_account_id: {ACME}, integration: Atlassian, user_id: a1, operation: delete}}\n"
            ),
        );
        let plan_arg = plan.to_str().unwrap().to_string();
        let server = endless(Duration::ZERO).await;
        let out = output(&server, &["offboard", &plan_arg, "--max-pages", "2"]).await;
        assert_eq!(out.status.code(), Some(1));
        let results = lines(&out.stdout);
        assert_eq!(results[0]["outcome"], "failed", "{results:#?}");
        let deletes = count(&server, |c| matches!(c, Call::Change(..)));
        let reads = count(&server, |c| matches!(c, Call::List(_)));
        // Sent again (a delete is idempotent) within the retries, each read back at most 2 pages.
        assert!((2..=7).contains(&deletes), "{deletes}");
        assert!(reads <= 2 * deletes, "{reads} reads for {deletes} deletes");

        let server = endless(Duration::from_secs(1)).await;
        let (out, took) = interrupted(&server, &["offboard", plan.to_str().unwrap()], |s| {
            count(s, |c| matches!(c, Call::List(_))) > 0
        })
        .await;
        assert_eq!(out.status.code(), Some(130));
        assert!(took < Duration::from_secs(3), "{took:?}");
        assert_eq!(
            count(&server, |c| matches!(c, Call::Change(..))),
            1,
            "not sent again after the stop"
        );
        assert_eq!(count(&server, |c| matches!(c, Call::List(_))), 1);
        let results = lines(&out.stdout);
        let note = results[0]["note"].as_str().unwrap_or_default();
        assert!(note.contains("stopped"), "{results:#?}");
    }

    /// A call waiting out a 429 is not sent again after the first Ctrl-C.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_call_waiting_out_a_429_is_not_sent_again_after_a_ctrl_c() {
        let server = Server::start(|r, _| match call(r) {
            Call::Change(..) => {
                Reply::json(429, json!({"statusCode": 429, "message": "slow down"}))
                    .with_header("retry-after", "15")
            }
            _ => Reply::status(500),
        })
        .await;
        let plan = plan_file(
            "429-stop",
            &format!(
                "targets:\n  - {{integrated_account_id: {ACME}, integration: Avalara AvaTax, user_id: u1, operation: deactivate}}\n"
            ),
        );
        let (out, took) = interrupted(&server, &["offboard", plan.to_str().unwrap()], |s| {
            s.count() > 0
        })
        .await;
        assert_eq!(out.status.code(), Some(130));
        assert!(took < Duration::from_secs(3), "{took:?}");
        assert_eq!(server.count(), 1, "not sent again");
        let results = lines(&out.stdout);
        assert_eq!(results[0]["outcome"], "interrupted", "{results:#?}");
        assert!(
            results[0]["error"]
                .as_str()
                .unwrap()
                .contains("not sent again"),
            "{results:#?}"
        );
    }
}

/// Two targets of a plan that come to the same call (an email target and a user-id target,
/// `auto` and the operation it picks) send it once: the second is never reported as
/// `already_done` for the first one's change.
#[tokio::test]
async fn one_call_per_user_and_operation_however_the_plan_reaches_it() {
    let app = App::default();
    let server = app_server(
        app,
        |n, app, id| {
            if n == 0 {
                app.deactivate(id);
                Reply::json(200, user(id, ADA, "inactive"))
            } else {
                already_inactive()
            }
        },
        |_, _| None,
    )
    .await;
    let plan = format!(
        "targets:\n  - {{integrated_account_id: {ACME}, integration: Avalara AvaTax, user_id: u-ada}}\n  - {{integrated_account_id: {}, integration: Avalara AvaTax, user_id: u-ada, operation: deactivate}}\n",
        ACME.to_uppercase()
    );
    let (summary, results) = run(client(&server, TOKEN), &plan, RunOptions::default()).await;
    assert_eq!(changes(&server), 1, "{results:#?}");
    assert_eq!(
        (summary.succeeded, summary.invalid, summary.already_done),
        (1, 1, 0),
        "{results:#?}"
    );
    let twice = results
        .iter()
        .find(|r| r.outcome == Outcome::Invalid)
        .unwrap();
    assert!(
        twice
            .error
            .as_deref()
            .unwrap()
            .contains("twice (targets[0] and targets[1])"),
        "{twice:#?}"
    );

    // Resumed with a journal, neither is sent again: the call is finished, whichever target
    // ran it.
    let dir = std::env::temp_dir().join(format!("proven-once-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let options = RunOptions {
        journal: Some(dir.join("journal.jsonl")),
        ..RunOptions::default()
    };
    let sent = changes(&server);
    let (first, _) = run(client(&server, TOKEN), &plan, options.clone()).await;
    assert_eq!(first.already_done, 1, "{first:?}");
    let (again, results) = run(client(&server, TOKEN), &plan, options).await;
    assert_eq!(changes(&server), sent + 1, "{results:#?}");
    assert_eq!(again.skipped, 2, "{results:#?}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A journal line as the tool writes it: `{"check": <first 16 hex of the SHA-256 of the
/// object without it>, …the object's fields}`.
fn journal_line(record: &Value) -> String {
    use sha2::Digest;
    let json = record.to_string();
    let check: String = sha2::Sha256::digest(json.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("{{\"check\":\"{}\",{}\n", &check[..16], &json[1..])
}

/// A search journaled by an older version, which proved neither tenants nor ids, is not
/// reused: the person is searched again, with the proofs.
#[tokio::test]
async fn a_search_journaled_without_proofs_is_made_again() {
    let server = listing_ignoring_the_tenant().await;
    let dir = std::env::temp_dir().join(format!("proven-old-journal-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let journal = dir.join("journal.jsonl");
    // What an older version journaled: globex's account "found" for tenant acme.
    let header =
        json!({"journal": {"base_url": server.url(), "created_at": "2026-11-30T09:00:00Z"}});
    let resolution = json!({"resolution": {
        "email": ADA,
        "scope": "tenant:acme",
        "found": [{
            "integrated_account_id": GLOBEX,
            "integration": "Avalara AvaTax",
            "outcome": "found",
            "matches": [{"user_id": "u-ada", "status": "active", "emails": [ADA]}],
            "error": null,
            "pages": 1,
            "reads": 1
        }],
        "at": "2026-11-30T09:00:01Z"
    }});
    std::fs::write(&journal, journal_line(&header) + &journal_line(&resolution)).unwrap();
    let plan = format!("targets:\n  - {{email: {ADA}, tenant_id: acme, operation: deactivate}}\n");
    let options = RunOptions {
        journal: Some(journal.clone()),
        ..RunOptions::default()
    };
    let (summary, results) = run(client(&server, TOKEN), &plan, options).await;
    let changed: Vec<Call> = server
        .requests()
        .iter()
        .map(call)
        .filter(|c| matches!(c, Call::Change(..)))
        .collect();
    assert_eq!(
        changed,
        [Call::Change(ACME.into(), "u-ada".into())],
        "{results:#?}"
    );
    assert_eq!((summary.succeeded, summary.foreign), (1, 1), "{summary:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A success answer that describes another user is no proof of this one's change: failed,
/// naming both, and held in doubt.
#[tokio::test]
async fn a_success_that_describes_another_user_is_not_this_users_change() {
    let server = app_server(
        App::default(),
        |_, _, _| Reply::json(200, user("someone-else", ADA, "inactive")),
        |_, _| None,
    )
    .await;
    let (summary, results) = run(
        client(&server, TOKEN),
        &deactivate_plan(),
        RunOptions::default(),
    )
    .await;
    let r = &results[0];
    assert_eq!(
        (r.outcome, r.status),
        (Outcome::Failed, Some(200)),
        "{r:#?}"
    );
    let why = r.error.as_deref().unwrap();
    assert!(
        why.contains("u-ada") && why.contains("someone-else"),
        "{why}"
    );
    assert_eq!(summary.succeeded, 0);
}

/// A journal used knowingly against another API (`--allow-other-base-url`) skips what it
/// records as finished there, but reuses no search made there: this API's users are looked
/// for on this API.
#[tokio::test]
async fn a_search_made_on_another_api_is_made_again() {
    let tenant_with = |ada: &'static str| {
        Server::start(move |r, _| match call(r) {
            Call::Accounts => page(json!([account(ACME, Some("acme"), COMPLETE)])),
            Call::List(_) => page(json!([user(ada, ADA, "active")])),
            Call::Change(_, id) => Reply::json(200, user(&id, ADA, "inactive")),
            _ => Reply::status(500),
        })
    };
    let (first, second) = (tenant_with("u1").await, tenant_with("x9").await);
    let dir = std::env::temp_dir().join(format!("proven-other-api-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let options = RunOptions {
        journal: Some(dir.join("journal.jsonl")),
        other_base_url_ok: true,
        ..RunOptions::default()
    };
    let plan = format!("targets:\n  - {{email: {ADA}, tenant_id: acme, operation: deactivate}}\n");
    run(client(&first, TOKEN), &plan, options.clone()).await;
    let (summary, results) = run(client(&second, TOKEN), &plan, options).await;
    let changed: Vec<Call> = second
        .requests()
        .iter()
        .map(call)
        .filter(|c| matches!(c, Call::Change(..)))
        .collect();
    assert_eq!(
        changed,
        [Call::Change(ACME.into(), "x9".into())],
        "{results:#?}"
    );
    assert_eq!(summary.succeeded, 1);
    let _ = std::fs::remove_dir_all(&dir);
}

/// An account the admin list gives twice with different tenants (or integrations) is not
/// identified: it is failed, never searched, in this run and in a resumed one (which lists the
/// tenant again rather than trust what it journaled).
#[tokio::test]
async fn an_account_listed_twice_with_different_tenants_is_never_searched() {
    for (first, second) in [("acme", "globex"), ("globex", "acme")] {
        let server = Server::start(move |r, _| match call(r) {
            Call::Accounts => page(json!([
                account(ACME, Some(first), COMPLETE),
                account(&ACME.to_uppercase(), Some(second), COMPLETE),
            ])),
            Call::List(_) => page(json!([user("u-ada", ADA, "active")])),
            Call::Change(_, id) => Reply::json(200, user(&id, ADA, "inactive")),
            _ => Reply::status(500),
        })
        .await;
        let dir = std::env::temp_dir().join(format!("proven-twice-{first}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let options = RunOptions {
            journal: Some(dir.join("journal.jsonl")),
            ..RunOptions::default()
        };
        let plan =
            format!("targets:\n  - {{email: {ADA}, tenant_id: acme, operation: deactivate}}\n");
        for _ in 0..2 {
            let (summary, results) = run(client(&server, TOKEN), &plan, options.clone()).await;
            assert_eq!(summary.failed, 1, "{results:#?}");
            let why = results[0].error.as_deref().unwrap();
            assert!(why.contains("twice, with the tenants"), "{why}");
        }
        assert_eq!(lists_of(&server, ACME), 0, "never searched");
        assert_eq!(changes(&server), 0);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
