//! Plans by person against the local server: email targets are searched first (in one account
//! or every account of a tenant), their searches journaled so a resumed run neither searches
//! nor sends again, and dry runs read only (`--offline`: nothing at all).

#![cfg(all(feature = "mock", feature = "offboard"))]

use std::collections::BTreeMap;

use crate::support::clients::bulk_client;
use crate::support::local::TOKEN;

use truto_user_directory::ENDPOINTS;
use truto_user_directory::mock::{MockServer, Seed};
use truto_user_directory::offboard::{
    Journal, Offboarder, Outcome, Plan, RunOptions, TargetResult, dry_run_people,
};

const OKTA: &str = "00000000-0000-4000-8000-000000000001";
const GITHUB: &str = "00000000-0000-4000-8000-000000000002";
const ZENDESK: &str = "00000000-0000-4000-8000-000000000003";
const ASANA: &str = "00000000-0000-4000-8000-000000000004";
const OTHER_TENANT: &str = "00000000-0000-4000-8000-000000000005";

/// Tenant `acme`: Ada in Okta (once), not in GitHub, twice in Zendesk, in an Asana account
/// whose list needs `workspace_id`; another tenant's account has an Ada too.
const SEED: &str = r#"
accounts:
  - id: 00000000-0000-4000-8000-000000000001
    integration: Okta
    tenant_id: acme
    users:
      - {id: "00u1", email: Ada@Example.com}
      - {id: "00u2", email: grace@example.com}
  - id: 00000000-0000-4000-8000-000000000002
    integration: GitHub
    tenant_id: acme
    users:
      - {id: "octocat", email: grace@example.com}
  - id: 00000000-0000-4000-8000-000000000003
    integration: Zendesk
    tenant_id: acme
    users:
      - {id: "z1", email: ada@example.com}
      - {id: "z2", email: ada@example.com}
  - id: 00000000-0000-4000-8000-000000000004
    integration: Asana
    tenant_id: acme
    list_requires: [workspace_id]
    users:
      - {id: "a1", email: ada@example.com}
  - id: 00000000-0000-4000-8000-000000000005
    integration: Okta
    tenant_id: globex
    users:
      - {id: "00uX", email: ada@example.com}
"#;

async fn server() -> MockServer {
    MockServer::start(Seed::from_yaml(SEED).expect("seed"))
        .await
        .expect("server")
}

async fn run(server: &MockServer, plan: &str, options: RunOptions) -> Vec<TargetResult> {
    let plan = Plan::from_yaml(plan).expect("plan");
    let mut results = Vec::new();
    Offboarder::new(bulk_client(server, TOKEN), options)
        .run(&plan, |r| results.push(r.clone()))
        .await
        .expect("run");
    results
}

fn by_account(results: &[TargetResult]) -> BTreeMap<String, &TargetResult> {
    results
        .iter()
        .map(|r| (r.integrated_account_id.clone(), r))
        .collect()
}

/// Requests to endpoints that change something (those with an offboarding section).
fn mutating_calls(server: &MockServer) -> u64 {
    let stats = server.stats();
    ENDPOINTS
        .iter()
        .filter(|e| e.offboarding.is_some())
        .map(|e| stats.by_endpoint.get(e.name).copied().unwrap_or(0))
        .sum()
}

fn list_calls(server: &MockServer) -> u64 {
    let list = truto_user_directory::offboard::list_endpoint().expect("a users list");
    server
        .stats()
        .by_endpoint
        .get(list.name)
        .copied()
        .unwrap_or(0)
}

const TENANT_PLAN: &str = r#"
defaults: {operation: auto}
targets:
  - email: ada@example.com
    tenant_id: acme
"#;

#[tokio::test]
async fn a_person_is_found_in_every_account_of_the_tenant_and_each_account_ends_once() {
    let server = server().await;
    let results = run(&server, TENANT_PLAN, RunOptions::default()).await;
    let by = by_account(&results);
    assert_eq!(
        by.len(),
        4,
        "the tenant's four accounts, not globex's: {results:#?}"
    );
    assert!(!by.contains_key(OTHER_TENANT));

    let okta = by[OKTA];
    assert_eq!(okta.outcome, Outcome::Succeeded, "{okta:?}");
    assert_eq!(okta.user_id, "00u1", "found case-insensitively");
    assert_eq!(okta.email.as_deref(), Some("ada@example.com"));
    assert_eq!(okta.target, 0);
    assert_ne!(server.user_status(OKTA, "00u1").as_deref(), Some("active"));
    assert_eq!(server.user_status(OKTA, "00u2").as_deref(), Some("active"));

    assert_eq!(by[GITHUB].outcome, Outcome::NotFound);
    assert!(by[GITHUB].outcome.is_done(), "nothing to remove is done");

    let zendesk = by[ZENDESK];
    assert_eq!(zendesk.outcome, Outcome::Ambiguous);
    let why = zendesk.error.as_deref().unwrap_or_default();
    assert!(why.contains("z1") && why.contains("z2"), "{why}");
    assert_eq!(server.user_status(ZENDESK, "z1").as_deref(), Some("active"));
    assert_eq!(server.user_status(ZENDESK, "z2").as_deref(), Some("active"));

    let asana = by[ASANA];
    assert_eq!(asana.outcome, Outcome::CannotSearch);
    assert!(
        asana
            .error
            .as_deref()
            .unwrap_or_default()
            .contains("workspace_id"),
        "{asana:?}"
    );
    // Exactly one mutating call: Okta's.
    assert_eq!(mutating_calls(&server), 1);
}

#[tokio::test]
async fn params_by_account_make_a_scoped_list_searchable() {
    let server = server().await;
    let plan = format!(
        r#"
defaults: {{operation: auto}}
confirm_irreversible: true
targets:
  - email: ada@example.com
    integrated_account_id: {ASANA}
    params_by_account:
      {ASANA}: {{workspace_id: W1, remove_from: organization, remove_from_id: "1200"}}
"#
    );
    let results = run(&server, &plan, RunOptions::default()).await;
    assert_eq!(results.len(), 1);
    let asana = &results[0];
    assert_eq!(asana.user_id, "a1", "{asana:?}");
    assert_eq!(asana.outcome, Outcome::Succeeded, "{asana:?}");
}

#[tokio::test]
async fn a_resumed_run_neither_searches_nor_sends_again() {
    let server = server().await;
    let dir = std::env::temp_dir().join(format!("offboard-people-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    let journal = dir.join("journal.jsonl");
    let options = || RunOptions {
        journal: Some(journal.clone()),
        ..RunOptions::default()
    };
    // A run killed after its first email target's search: only that target ran.
    let first_only = r#"
defaults: {operation: auto}
targets:
  - email: ada@example.com
    integrated_account_id: 00000000-0000-4000-8000-000000000001
"#;
    run(&server, first_only, options()).await;
    let lists_after_first = list_calls(&server);
    let sends_after_first = mutating_calls(&server);
    assert_eq!(sends_after_first, 1);
    let recorded = Journal::read(&journal).expect("journal");
    assert!(
        recorded
            .resolution("ADA@example.com", &format!("account:{OKTA}"))
            .is_some()
    );

    // The whole plan, resumed: the first search is reused, its target skipped.
    let whole = format!(
        r#"
defaults: {{operation: auto}}
confirm_irreversible: true
targets:
  - email: ada@example.com
    integrated_account_id: {OKTA}
  - email: grace@example.com
    integrated_account_id: {GITHUB}
    params: {{organization_id: acme}}
"#
    );
    let results = run(&server, &whole, options()).await;
    let okta = results
        .iter()
        .find(|r| r.integrated_account_id == OKTA)
        .expect("okta");
    assert_eq!(okta.outcome, Outcome::Skipped);
    let github = results
        .iter()
        .find(|r| r.integrated_account_id == GITHUB)
        .expect("github");
    assert_eq!(github.outcome, Outcome::Succeeded, "{github:?}");
    assert_eq!(
        list_calls(&server) - lists_after_first,
        1,
        "only the new target's account was listed"
    );
    assert_eq!(mutating_calls(&server), 2);

    // Once more: nothing is listed or sent.
    let (lists, sends) = (list_calls(&server), mutating_calls(&server));
    let results = run(&server, &whole, options()).await;
    assert!(
        results.iter().all(|r| r.outcome == Outcome::Skipped),
        "{results:#?}"
    );
    assert_eq!(
        (list_calls(&server), mutating_calls(&server)),
        (lists, sends)
    );
}

#[tokio::test]
async fn a_dry_run_reads_only_and_offline_sends_nothing() {
    let server = server().await;
    let plan = Plan::from_yaml(TENANT_PLAN).expect("plan");
    let client = bulk_client(&server, TOKEN);
    let find = truto_user_directory::offboard::FindOptions::new();

    let (lines, reads) = dry_run_people(&plan, &client, false, None, &find, false).await;
    assert!(reads > 0);
    assert_eq!(mutating_calls(&server), 0, "a dry run changes nothing");
    let okta = lines
        .iter()
        .find(|l| l.integrated_account_id == OKTA)
        .expect("okta");
    assert_eq!(okta.outcome, "would_send");
    assert_eq!(okta.user_id, "00u1");
    assert_eq!(okta.email.as_deref(), Some("ada@example.com"));
    let request = okta.request.as_ref().expect("the exact request");
    assert!(request.url.contains(OKTA) || request.body.is_some());
    let outcomes: Vec<&str> = lines.iter().map(|l| l.outcome).collect();
    for expected in ["not_found", "ambiguous", "cannot_search"] {
        assert!(outcomes.contains(&expected), "{outcomes:?}");
    }
    assert_eq!(server.user_status(OKTA, "00u1").as_deref(), Some("active"));

    let before = server.stats().requests;
    let (lines, reads) = dry_run_people(&plan, &client, false, None, &find, true).await;
    assert_eq!(reads, 0);
    assert_eq!(
        server.stats().requests,
        before,
        "offline sends nothing at all"
    );
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0].outcome, "unresolved");
}

#[test]
fn plan_targets_give_a_user_id_or_an_email_with_a_scope() {
    for (plan, needle) in [
        ("targets: [{integrated_account_id: a}]", "give `user_id`"),
        (
            "targets: [{integrated_account_id: a, user_id: u, email: a@b.c}]",
            "not both",
        ),
        ("targets: [{email: ada@example.com}]", "`tenant_id`"),
        (
            "targets: [{email: ada@example.com, tenant_id: t, integrated_account_id: a}]",
            "not both",
        ),
        (
            "targets: [{email: ada, tenant_id: t}]",
            "not an email address",
        ),
        (
            "targets: [{user_id: u, tenant_id: t}]",
            "integrated_account_id",
        ),
    ] {
        let err = Plan::from_yaml(plan).expect_err(plan).to_string();
        assert!(err.contains("targets[0]"), "{err}");
        assert!(err.contains(needle), "{plan}: {err}");
    }
    assert!(Plan::from_yaml("targets: [{email: ada@example.com, tenant_id: t}]").is_ok());
}

#[tokio::test]
async fn a_tenant_without_accounts_is_a_failure_not_an_empty_success() {
    let server = server().await;
    let plan = "targets: [{email: ada@example.com, tenant_id: acme-typo}]";
    let results = run(&server, plan, RunOptions::default()).await;
    assert_eq!(results.len(), 1, "{results:#?}");
    assert_eq!(results[0].outcome, Outcome::Failed);
    assert!(
        results[0]
            .error
            .as_deref()
            .unwrap_or_default()
            .contains("acme-typo")
    );
}

#[tokio::test]
async fn a_resumed_run_searches_again_where_the_plan_now_gives_what_the_api_asked_for() {
    let server = server().await;
    let dir = std::env::temp_dir().join(format!("offboard-people-again-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    let options = || RunOptions {
        journal: Some(dir.join("journal.jsonl")),
        ..RunOptions::default()
    };
    let results = run(&server, TENANT_PLAN, options()).await;
    assert_eq!(by_account(&results)[ASANA].outcome, Outcome::CannotSearch);
    let lists = list_calls(&server);

    // The same plan resumed: nothing new to try, nothing listed again.
    run(&server, TENANT_PLAN, options()).await;
    assert_eq!(list_calls(&server), lists);

    // The plan now gives Asana's workspace: only Asana is listed again.
    let with_workspace = format!(
        "{TENANT_PLAN}    params_by_account:\n      {ASANA}: {{workspace_id: W1, remove_from: organization, remove_from_id: \"1200\"}}\n"
    );
    let results = run(&server, &with_workspace, options()).await;
    let asana = by_account(&results)[ASANA];
    assert_eq!(asana.user_id, "a1", "{asana:?}");
    assert_eq!(asana.outcome, Outcome::NeedsConfirmation, "{asana:?}");
    assert_eq!(list_calls(&server), lists + 1);
    // The other accounts' outcomes stand.
    assert_eq!(by_account(&results)[ZENDESK].outcome, Outcome::Ambiguous);
}

#[test]
fn a_tenant_target_does_not_name_one_integration() {
    let err =
        Plan::from_yaml("targets: [{email: ada@example.com, tenant_id: t, integration: Okta}]")
            .expect_err("integration with tenant_id");
    assert!(
        err.to_string()
            .contains("`integration` cannot go with `tenant_id`"),
        "{err}"
    );
}
