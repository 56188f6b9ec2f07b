//! `userdir` list, get, downgrade and admin commands as processes, against the local server on
//! 127.0.0.1 started in the test: NDJSON over every page, `--max-pages`, API errors on stderr.

#![cfg(feature = "cli")]

use crate::support::local::userdir;
use crate::support::userdir::{json_lines, stderr, stdout};

use std::collections::BTreeSet;
use std::process::Output;

use serde_json::Value;
use truto_user_directory::mock::{MockServer, Seed};

const OKTA: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";
const ASANA: &str = "3c2b1a09-8f7e-4d6c-9b5a-4a3928170604";
const ZOOM: &str = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c05";
const GITHUB: &str = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b03";

async fn server() -> MockServer {
    let mut yaml = format!(
        "accounts:
  - {{id: {ASANA}, integration: Asana, tenant_id: acme, list_requires: [workspace_id], users: [{{id: a1}}]}}
  - {{id: {ZOOM}, integration: Zoom, tenant_id: globex, users: [{{id: zoom-ada, licenses: [Pro]}}]}}
  - {{id: {GITHUB}, integration: GitHub, tenant_id: acme, status: needs_reauth}}
  - id: {OKTA}
    integration: Okta
    tenant_id: acme
    users:
"
    );
    for i in 0..57 {
        yaml.push_str(&format!(
            "      - {{id: \"u{i:02}\", email: u{i}@example.com}}\n"
        ));
    }
    MockServer::start(Seed::from_yaml(&yaml).expect("seed"))
        .await
        .expect("server")
}

/// Runs `userdir ARGS`, which must succeed.
async fn succeeds(server: &MockServer, args: &[&str]) -> Output {
    let out = userdir(server, args).await;
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    out
}

/// Runs `userdir ARGS`, which must exit 3 (an API or pagination error) with every one of
/// `needles` on stderr.
async fn fails(server: &MockServer, args: &[&str], needles: &[&str]) -> Output {
    let out = userdir(server, args).await;
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(3), "{err}");
    for needle in needles {
        assert!(err.contains(needle), "no {needle:?} in {err}");
    }
    out
}

fn ids(items: &[Value]) -> Vec<&str> {
    items
        .iter()
        .map(|v| v["id"].as_str().expect("id"))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn users_list_prints_every_user_once_as_ndjson_across_six_pages() {
    let server = server().await;
    let args = [
        "users",
        "list",
        "--integrated-account-id",
        OKTA,
        "--limit",
        "10",
    ];
    let out = succeeds(&server, &args).await;
    let items = json_lines(&stdout(&out));
    let printed: BTreeSet<String> = ids(&items).into_iter().map(str::to_string).collect();
    let seeded: BTreeSet<String> = (0..57).map(|i| format!("u{i:02}")).collect();
    assert_eq!(items.len(), 57, "a user printed twice");
    assert_eq!(printed, seeded);
    assert_eq!(server.stats().by_endpoint["users.list"], 6);
    let err = stderr(&out);
    assert_eq!(err.matches("users.list, page").count(), 6, "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn max_pages_prints_the_pages_it_fetched_then_fails_with_the_pagination_error() {
    let server = server().await;
    let args = ["users", "list", "--integrated-account-id", OKTA];
    let needles = [
        "users.list, page 3: the list goes on past 2 pages",
        "20 item(s) of 2 page(s) printed",
    ];
    let flags = ["--limit", "10", "--max-pages", "2"];
    let out = fails(&server, &[&args[..], &flags].concat(), &needles).await;
    assert_eq!(json_lines(&stdout(&out)).len(), 20);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_garbled_cursor_exits_3_naming_the_cursor_parameter() {
    let server = server().await;
    let args = ["users", "list", "--integrated-account-id", OKTA];
    let flags = ["--next-cursor", "garbage"];
    let needles = ["HTTP 400", "`next_cursor`"];
    let out = fails(&server, &[&args[..], &flags].concat(), &needles).await;
    assert!(json_lines(&stdout(&out)).is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_list_missing_a_required_scoping_parameter_names_it() {
    let server = server().await;
    let args = ["users", "list", "--integrated-account-id", ASANA];
    let needles = ["Asana", "missing query parameters: workspace_id"];
    fails(&server, &args, &needles).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn get_prints_the_user_or_exits_3_on_404_and_downgrade_is_done_once() {
    let server = server().await;
    let get = |id| ["users", "get", "--id", id, "--integrated-account-id", OKTA];
    let out = succeeds(&server, &get("u07")).await;
    let user: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(user["id"], "u07");
    assert_eq!(user["emails"][0]["email"], "u7@example.com");
    fails(&server, &get("nobody"), &["HTTP 404", "nobody"]).await;

    let downgrade = ["users", "downgrade", "--user-id", "zoom-ada"];
    let downgrade = [&downgrade[..], &["--integrated-account-id", ZOOM]].concat();
    let out = succeeds(&server, &downgrade).await;
    let user: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(user["licenses"], serde_json::json!([]));
    assert_eq!(server.user_licenses(ZOOM, "zoom-ada"), Some(Vec::new()));
    // A second downgrade is what the spec's `already_done` says.
    let done = truto_user_directory::ENDPOINTS
        .iter()
        .find(|e| e.name == "users.downgrade")
        .and_then(|e| e.offboarding)
        .and_then(|o| o.already_done.first().copied())
        .expect("users.downgrade has an already-done answer");
    let status = format!("HTTP {}", done.status);
    fails(&server, &downgrade, &[status.as_str(), done.meaning]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn integrated_accounts_list_prints_only_the_matching_accounts() {
    let server = server().await;
    let acme = ["integrated-accounts", "list", "--tenant-id", "acme"];
    let items = json_lines(&stdout(
        &succeeds(&server, &[&acme[..], &["--limit", "1"]].concat()).await,
    ));
    let mut expected = vec![OKTA, ASANA, GITHUB];
    expected.sort_unstable();
    assert_eq!(ids(&items), expected);
    assert!(items.iter().all(|a| a["tenant_id"] == "acme"));
    // No integrated account, so nothing to look up.
    assert_eq!(server.stats().lookups, 0);

    let reauth = [&acme[..], &["--status", "needs_reauth"]].concat();
    assert_eq!(
        ids(&json_lines(&stdout(&succeeds(&server, &reauth).await))),
        [GITHUB]
    );

    // An admin dry run needs no --integration.
    let out = succeeds(&server, &[&acme[..], &["--dry-run"]].concat()).await;
    let dry: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let url = dry["url"].as_str().expect("url");
    assert!(url.ends_with("/integrated-account?tenant_id=acme"), "{dry}");
}
