//! Finding a person by email in integrated accounts, against the local server on 127.0.0.1:
//! `offboard::find_person` and `tenant_accounts` through the library, and `userdir find` as a
//! process. The integrations seeded are picked from the spec's tables at run time: one the list
//! and get endpoints support with complete lists, one whose list is partial, one that an
//! offboarding endpoint supports but the list does not.

#![cfg(all(feature = "mock", feature = "offboard"))]

use crate::support::integrations::{complete_lists, partial_list as partial, without_list};
use crate::support::local::client;

use std::collections::BTreeMap;

use serde_json::{Map, json};
use truto_user_directory::Integration;
use truto_user_directory::mock::{MockServer, Seed, SeedAccount, SeedUser};
use truto_user_directory::offboard::{
    AccountFind, AccountRef, FindError, FindOptions, FindOutcome, find_person, get_endpoint,
    list_endpoint, tenant_accounts,
};

/// Tenant acme: a plain account with 34 users (two pages of 25).
const PLAIN: &str = "00000000-0000-4000-8000-0000000000a1";
/// Tenant acme: two users share an address.
const DUPS: &str = "00000000-0000-4000-8000-0000000000a2";
/// Tenant acme: lists only with `workspace_id`.
const SCOPED: &str = "00000000-0000-4000-8000-0000000000a3";
/// Its list needs a parameter the spec does not declare.
const SCOPED_UNDECLARED: &str = "00000000-0000-4000-8000-0000000000b3";
/// Tenant acme: not active.
const INACTIVE: &str = "00000000-0000-4000-8000-0000000000a4";
/// Tenant acme: an integration without the list endpoint.
const NO_LIST: &str = "00000000-0000-4000-8000-0000000000a5";
/// Tenant acme: an integration whose list is partial.
const PARTIAL: &str = "00000000-0000-4000-8000-0000000000a6";
/// Tenant globex: has Ada too, never searched for acme.
const OTHER: &str = "00000000-0000-4000-8000-0000000000b1";
/// No such account.
const UNKNOWN: &str = "00000000-0000-4000-8000-0000000000ff";

const ADA: &str = "ada@example.com";
const PARTIAL_USERS: usize = 4;

/// An integration the list and get endpoints support whose list is complete.
fn plain() -> Integration {
    complete_lists()
        .next()
        .expect("an integration with a complete list")
}

fn seed() -> Seed {
    let mut plain_users = vec![
        SeedUser::new("u-ada")
            .email("Ada@Example.com")
            .licenses(["Pro"]),
        SeedUser::new("u-grace").emails(["grace@example.org", "ghopper@example.com"]),
        SeedUser::new("u-linus").username("linus@example.com"),
        SeedUser::new("u-margaret").username("margaret"),
        SeedUser::new("u-handle").username("@hedy"),
    ];
    plain_users.extend(
        (0..29).map(|n| SeedUser::new(format!("u-{n:02}")).email(format!("f{n}@example.com"))),
    );
    let (plain, partial, without_list) = (plain().name(), partial().name(), without_list().name());
    Seed {
        accounts: vec![
            SeedAccount::new(PLAIN, plain)
                .tenant_id("acme")
                .users(plain_users),
            SeedAccount::new(DUPS, plain).tenant_id("acme").users([
                SeedUser::new("d-1").email("dup@example.com"),
                SeedUser::new("d-2")
                    .email("someone@example.com")
                    .emails(["DUP@example.com"]),
            ]),
            SeedAccount::new(SCOPED, plain)
                .tenant_id("acme")
                .list_requires(["workspace_id"])
                .users([SeedUser::new("s-ada").email(ADA)]),
            SeedAccount::new(SCOPED_UNDECLARED, plain)
                .tenant_id("initech")
                .list_requires(["product"])
                .users([SeedUser::new("x-ada").email(ADA)]),
            SeedAccount::new(INACTIVE, plain)
                .tenant_id("acme")
                .status("needs_reauth")
                .users([SeedUser::new("i-ada").email(ADA)]),
            SeedAccount::new(NO_LIST, without_list)
                .tenant_id("acme")
                .users([SeedUser::new("n-ada").email(ADA)]),
            SeedAccount::new(PARTIAL, partial).tenant_id("acme").users([
                SeedUser::new("p-1").email("p1@example.com"),
                SeedUser::new("p-ada").email("ADA@example.com"),
                SeedUser::new("p-3").username("p3"),
                SeedUser::new("p-4").email("p4@example.com"),
            ]),
            SeedAccount::new(OTHER, plain)
                .tenant_id("globex")
                .users([SeedUser::new("o-ada").email(ADA)]),
        ],
        ..Seed::default()
    }
}

async fn server() -> MockServer {
    MockServer::start(seed()).await.expect("server")
}

fn options() -> FindOptions {
    FindOptions::new()
}

async fn find(
    server: &MockServer,
    email: &str,
    ids: &[&str],
    options: &FindOptions,
) -> Vec<AccountFind> {
    let accounts: Vec<AccountRef> = ids.iter().map(|id| AccountRef::new(*id)).collect();
    find_person(&client(server), email, &accounts, options)
        .await
        .expect("a search")
}

async fn find_one(server: &MockServer, email: &str, id: &str) -> AccountFind {
    find(server, email, &[id], &options()).await.remove(0)
}

fn user_ids(found: &AccountFind) -> Vec<&str> {
    found.matches.iter().map(|m| m.user_id.as_str()).collect()
}

/// Requests the server routed to the spec's list and get endpoints.
fn list_and_get_calls(server: &MockServer) -> (u64, u64) {
    let stats = server.stats();
    let count = |name: &str| stats.by_endpoint.get(name).copied().unwrap_or(0);
    (
        count(list_endpoint().expect("list").name),
        count(get_endpoint().expect("get").name),
    )
}

#[tokio::test]
async fn emails_match_case_insensitively_on_every_address_trimmed() {
    let server = server().await;
    let ada = find_one(&server, "ADA@example.COM", PLAIN).await;
    assert_eq!(ada.outcome, FindOutcome::Found, "{ada:?}");
    assert_eq!(user_ids(&ada), ["u-ada"]);
    assert_eq!(ada.matches[0].emails, ["Ada@Example.com"]);
    assert_eq!(ada.matches[0].status.as_deref(), Some("active"));
    // Two pages of 25: the 34 users are all read.
    assert_eq!((ada.pages, ada.reads), (2, 2));

    let grace = find_one(&server, "ghopper@EXAMPLE.com", PLAIN).await;
    assert_eq!(grace.outcome, FindOutcome::Found);
    assert_eq!(user_ids(&grace), ["u-grace"]);
    assert_eq!(
        grace.matches[0].emails,
        ["grace@example.org", "ghopper@example.com"]
    );

    let spaced = find_one(&server, "  ada@example.com \t", PLAIN).await;
    assert_eq!(user_ids(&spaced), ["u-ada"]);
}

#[tokio::test]
async fn a_username_matches_only_when_it_is_an_email_address() {
    let server = server().await;
    let linus = find_one(&server, "Linus@Example.com", PLAIN).await;
    assert_eq!(linus.outcome, FindOutcome::Found, "{linus:?}");
    assert_eq!(user_ids(&linus), ["u-linus"]);
    assert!(linus.matches[0].emails.is_empty());

    let margaret = find_one(&server, "margaret@example.com", PLAIN).await;
    assert_eq!(margaret.outcome, FindOutcome::NotFound);
    assert!(margaret.matches.is_empty() && margaret.error.is_none());

    // `@hedy` is a handle, not an address: refused before any request.
    server.reset_stats();
    let accounts = [AccountRef::new(PLAIN)];
    let refused = find_person(&client(&server), "@hedy", &accounts, &options()).await;
    assert!(
        matches!(&refused, Err(FindError::NotAnEmail(s)) if s == "@hedy"),
        "{refused:?}"
    );
    assert_eq!(server.stats().requests, 0);
}

#[tokio::test]
async fn two_users_with_the_address_are_ambiguous_and_both_listed() {
    let server = server().await;
    let dup = find_one(&server, "dup@example.com", DUPS).await;
    assert_eq!(dup.outcome, FindOutcome::Ambiguous, "{dup:?}");
    assert_eq!(user_ids(&dup), ["d-1", "d-2"]);
    assert_eq!(
        dup.matches[1].emails,
        ["someone@example.com", "DUP@example.com"]
    );
}

#[tokio::test]
async fn a_tenant_search_reports_every_outcome_and_skips_other_tenants() {
    let server = server().await;
    let client = client(&server);
    let accounts = tenant_accounts(&client, "acme", &FindOptions::new())
        .await
        .expect("accounts");
    let ids: Vec<&str> = accounts
        .iter()
        .map(|a| a.integrated_account_id.as_str())
        .collect();
    assert_eq!(ids, [PLAIN, DUPS, SCOPED, INACTIVE, NO_LIST, PARTIAL]);
    let inactive = &accounts[3];
    assert_eq!(inactive.status.as_deref(), Some("needs_reauth"));
    assert_eq!(
        accounts[0].integration.as_deref(),
        Some(plain().slug()),
        "the admin API's slug"
    );

    let results = find_person(&client, ADA, &accounts, &options())
        .await
        .expect("a search");
    let by_id: BTreeMap<&str, &AccountFind> = results
        .iter()
        .map(|r| (r.integrated_account_id.as_str(), r))
        .collect();
    assert_eq!(results.len(), 6);
    assert!(!by_id.contains_key(OTHER));
    let outcome = |id: &str| by_id[id].outcome;
    assert_eq!(outcome(PLAIN), FindOutcome::Found);
    assert_eq!(by_id[PLAIN].integration.as_deref(), Some(plain().name()));
    assert_eq!(outcome(DUPS), FindOutcome::NotFound);
    assert_eq!(outcome(PARTIAL), FindOutcome::Found);
    assert_eq!(user_ids(by_id[PARTIAL]), ["p-ada"]);

    let scoped = by_id[SCOPED];
    assert_eq!(scoped.outcome, FindOutcome::CannotSearch);
    assert_eq!(scoped.missing_parameters, ["workspace_id"]);
    assert!(scoped.error.as_deref().unwrap().contains("workspace_id"));

    let inactive = by_id[INACTIVE];
    assert_eq!(inactive.outcome, FindOutcome::CannotSearch);
    assert!(inactive.error.as_deref().unwrap().contains("needs_reauth"));
    assert_eq!((inactive.pages, inactive.reads), (0, 0));

    let no_list = by_id[NO_LIST];
    assert_eq!(no_list.outcome, FindOutcome::CannotSearch);
    assert!(
        no_list
            .error
            .as_deref()
            .unwrap()
            .contains(list_endpoint().unwrap().name)
    );
    assert_eq!(no_list.reads, 0);

    // The inactive account alone: not a single request reaches the server.
    server.reset_stats();
    let alone = find_person(&client, ADA, &accounts[3..4], &options())
        .await
        .expect("a search");
    assert_eq!(alone[0].outcome, FindOutcome::CannotSearch);
    assert_eq!(server.stats().requests, 0);
    assert_eq!(list_and_get_calls(&server), (0, 0));
}

#[tokio::test]
async fn accounts_known_by_id_alone_are_resolved_before_searching() {
    let server = server().await;
    let no_list = find_one(&server, ADA, NO_LIST).await;
    assert_eq!(no_list.outcome, FindOutcome::CannotSearch, "{no_list:?}");
    assert_eq!(no_list.integration.as_deref(), Some(without_list().name()));
    assert_eq!(list_and_get_calls(&server), (0, 0));

    let unknown = find_one(&server, ADA, UNKNOWN).await;
    assert_eq!(unknown.outcome, FindOutcome::Failed, "{unknown:?}");
    assert!(unknown.error.as_deref().unwrap().contains("404"));
    assert!(unknown.matches.is_empty());
}

#[tokio::test]
async fn a_scoping_parameter_makes_the_account_searchable_and_is_sent_only_where_asked() {
    let server = server().await;
    let mut params = Map::new();
    params.insert("workspace_id".into(), json!("W1"));
    let options = FindOptions {
        params,
        ..FindOptions::new()
    };
    let results = find(&server, ADA, &[SCOPED, PLAIN], &options).await;
    let scoped = &results[0];
    assert_eq!(scoped.outcome, FindOutcome::Found, "{scoped:?}");
    assert_eq!(user_ids(scoped), ["s-ada"]);
    assert!(scoped.missing_parameters.is_empty());
    // The spec declares the scoping parameters of the list: sent from the first page on.
    assert_eq!((scoped.pages, scoped.reads), (1, 1));
    // The account that does not need it accepts it too.
    assert_eq!(results[1].outcome, FindOutcome::Found, "{:?}", results[1]);

    let mut own = Map::new();
    own.insert("workspace_id".into(), json!("W1"));
    let options = FindOptions {
        account_params: BTreeMap::from([(SCOPED.to_string(), own)]),
        ..FindOptions::new()
    };
    let direct = find(&server, ADA, &[SCOPED], &options).await.remove(0);
    assert_eq!(direct.outcome, FindOutcome::Found, "{direct:?}");
    assert_eq!(
        direct.reads, 1,
        "an account's own parameters are sent at once"
    );
}

#[tokio::test]
async fn an_undeclared_parameter_is_sent_only_to_the_account_whose_400_names_it() {
    let server = server().await;
    let mut params = Map::new();
    params.insert("product".into(), json!("teams"));
    let options = FindOptions {
        params,
        ..FindOptions::new()
    };
    let results = find(&server, ADA, &[SCOPED_UNDECLARED, PLAIN], &options).await;
    let scoped = &results[0];
    assert_eq!(scoped.outcome, FindOutcome::Found, "{scoped:?}");
    assert_eq!(user_ids(scoped), ["x-ada"]);
    // The 400 naming it, then the page with it.
    assert_eq!((scoped.pages, scoped.reads), (1, 2));
    // Not sent where no 400 asked for it: that account's list is not refused.
    assert_eq!(results[1].outcome, FindOutcome::Found, "{:?}", results[1]);
    assert_eq!(results[1].reads, results[1].pages, "no retry");
}

#[tokio::test]
async fn a_partial_list_is_confirmed_with_a_get_per_user_without_emails() {
    let server = server().await;
    let found = find_one(&server, "Ada@Example.com", PARTIAL).await;
    assert_eq!(found.outcome, FindOutcome::Found, "{found:?}");
    assert_eq!(user_ids(&found), ["p-ada"]);
    assert_eq!(found.matches[0].emails, ["ADA@example.com"]);
    // One page, then a get for each of its users (the partial list gives no emails).
    assert_eq!(found.pages, 1);
    assert_eq!(found.reads as usize, 1 + PARTIAL_USERS);
    assert_eq!(list_and_get_calls(&server), (1, PARTIAL_USERS as u64));

    // A complete list with users without emails (usernames only) gets nobody.
    server.reset_stats();
    let plain = find_one(&server, "nobody@example.com", PLAIN).await;
    assert_eq!(plain.outcome, FindOutcome::NotFound);
    assert_eq!(list_and_get_calls(&server), (2, 0));
}

/// `userdir find` as a process.
#[cfg(feature = "cli")]
mod cli {
    use std::process::Output;

    use serde_json::Value;

    use super::*;
    use crate::support::userdir::stderr;

    /// Runs `userdir find ARGS --base-url … --token t`.
    async fn userdir_find(server: &MockServer, args: &[&str]) -> Output {
        let args: Vec<&str> = std::iter::once("find")
            .chain(args.iter().copied())
            .collect();
        crate::support::local::userdir(server, &args).await
    }

    /// The JSON lines, by account, each checked to have exactly the documented keys.
    fn lines(out: &Output) -> BTreeMap<String, Value> {
        const KEYS: [&str; 6] = [
            "integrated_account_id",
            "integration",
            "outcome",
            "matches",
            "error",
            "pages",
        ];
        const OPTIONAL: [&str; 3] = ["missing_parameters", "reads", "tenant_id"];
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(|l| {
                let v: Value = serde_json::from_str(l)
                    .unwrap_or_else(|e| panic!("not one JSON value ({e}): {l}"));
                let keys: Vec<&str> = v
                    .as_object()
                    .expect("object")
                    .keys()
                    .map(String::as_str)
                    .collect();
                for key in KEYS {
                    assert!(keys.contains(&key), "no {key} in {l}");
                }
                for key in &keys {
                    assert!(
                        KEYS.contains(key) || OPTIONAL.contains(key),
                        "unexpected {key} in {l}"
                    );
                }
                (
                    v["integrated_account_id"].as_str().expect("id").to_string(),
                    v,
                )
            })
            .collect()
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn cli_tenant_search_prints_a_line_per_account_and_exits_1_when_one_needs_a_person() {
        let server = server().await;
        let out = userdir_find(
            &server,
            &["--email", "ADA@Example.COM", "--tenant-id", "acme"],
        )
        .await;
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        let lines = lines(&out);
        let ids: Vec<&str> = lines.keys().map(String::as_str).collect();
        assert_eq!(ids, [PLAIN, DUPS, SCOPED, INACTIVE, NO_LIST, PARTIAL]);
        let outcome = |id: &str| lines[id]["outcome"].as_str().unwrap().to_string();
        assert_eq!(outcome(PLAIN), "found");
        assert_eq!(lines[PLAIN]["matches"][0]["user_id"], "u-ada");
        assert_eq!(lines[PLAIN]["pages"], 2);
        assert_eq!(lines[PLAIN]["error"], Value::Null);
        assert_eq!(outcome(DUPS), "not_found");
        assert_eq!(outcome(SCOPED), "cannot_search");
        assert_eq!(lines[SCOPED]["missing_parameters"], json!(["workspace_id"]));
        assert_eq!(outcome(INACTIVE), "cannot_search");
        assert_eq!(outcome(NO_LIST), "cannot_search");
        assert_eq!(outcome(PARTIAL), "found");
        assert_eq!(lines[PARTIAL]["matches"][0]["user_id"], "p-ada");
        let err = stderr(&out);
        assert!(
            err.contains(
                "6 account(s): 2 found, 1 not found, 0 ambiguous, 3 cannot be searched, 0 failed"
            ),
            "{err}"
        );
    }

    /// `userdir find --email EMAIL --integrated-account-id ID… EXTRA…`, which must exit `code`:
    /// its lines by account.
    async fn find_in(
        server: &MockServer,
        email: &str,
        ids: &[&str],
        extra: &[&str],
        code: i32,
    ) -> BTreeMap<String, Value> {
        let mut args = vec!["--email", email];
        for id in ids {
            args.extend(["--integrated-account-id", id]);
        }
        args.extend(extra);
        let out = userdir_find(server, &args).await;
        assert_eq!(out.status.code(), Some(code), "{}", stderr(&out));
        lines(&out)
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn cli_exits_0_when_every_account_is_found_or_not_found() {
        let server = server().await;
        let lines = find_in(&server, "ghopper@example.com", &[PLAIN, DUPS], &[], 0).await;
        assert_eq!(lines[PLAIN]["outcome"], "found");
        assert_eq!(
            lines[PLAIN]["matches"][0]["emails"],
            json!(["grace@example.org", "ghopper@example.com"])
        );
        assert_eq!(lines[PLAIN]["integration"], plain().name());
        assert_eq!(lines[DUPS]["outcome"], "not_found");
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn cli_param_makes_a_scoped_account_searchable() {
        let server = server().await;
        let without = find_in(&server, ADA, &[SCOPED], &[], 1).await;
        assert_eq!(without[SCOPED]["outcome"], "cannot_search");

        let param = ["--param", "workspace_id=W1"];
        let lines = find_in(&server, ADA, &[SCOPED], &param, 0).await;
        assert_eq!(lines[SCOPED]["outcome"], "found");
        assert_eq!(lines[SCOPED]["matches"][0]["user_id"], "s-ada");
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn cli_ambiguous_and_failed_accounts_exit_1() {
        let server = server().await;
        let lines = find_in(&server, "dup@example.com", &[DUPS, UNKNOWN], &[], 1).await;
        assert_eq!(lines[DUPS]["outcome"], "ambiguous");
        assert_eq!(lines[DUPS]["matches"].as_array().unwrap().len(), 2);
        assert_eq!(lines[UNKNOWN]["outcome"], "failed");
        assert!(lines[UNKNOWN]["error"].as_str().unwrap().contains("404"));
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn cli_refuses_what_is_not_an_email_address_with_exit_2() {
        let server = server().await;
        for bad in ["@hedy", "ada", "ada@", "a da@example.com"] {
            let out =
                userdir_find(&server, &["--email", bad, "--integrated-account-id", PLAIN]).await;
            assert_eq!(out.status.code(), Some(2), "{bad}: {}", stderr(&out));
            assert!(
                stderr(&out).contains("not an email address"),
                "{}",
                stderr(&out)
            );
            assert!(out.stdout.is_empty());
        }
        assert_eq!(server.stats().requests, 0);
    }
}
