//! Offboarding plans end to end against the spec-driven local server (`mock`): bulk runs under
//! tight rate limits, faults, invalid targets, confirmation, journals, audit logs, dry runs.

#![cfg(all(feature = "mock", feature = "offboard"))]

use crate::support;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::time::Duration;

use serde_json::Value;

use crate::support::clients::bulk_client;
use crate::support::local::{TOKEN, start};
use crate::support::offboarding::{records, run};
use truto_user_directory::offboard::{
    AuditRecord, Journal, Outcome, Plan, RunOptions, TargetResult, auto_operation,
    bulk_client_builder, dry_run, dry_run_resuming,
};
use truto_user_directory::{Client, Integration, RateBudget, RetryPolicy};

/// A deterministic UUID for account `n`.
fn account_id(n: usize) -> String {
    format!("00000000-0000-4000-8000-{n:012}")
}

/// One account of a generated directory: its integration and its users.
struct Account {
    id: String,
    integration: &'static str,
    users: Vec<String>,
}

/// `accounts` accounts cycling through `integrations`, `users` users each (all active).
fn directory(accounts: usize, users: usize, integrations: &[&'static str]) -> Vec<Account> {
    (0..accounts)
        .map(|a| Account {
            id: account_id(a),
            integration: integrations[a % integrations.len()],
            users: (0..users).map(|u| format!("u{a}-{u}")).collect(),
        })
        .collect()
}

fn seed_yaml(accounts: &[Account], limits: &str, faults: &str) -> String {
    let mut out = String::from("accounts:\n");
    for a in accounts {
        out.push_str(&format!(
            "  - id: {}\n    integration: {}\n    users:\n",
            a.id, a.integration
        ));
        for u in &a.users {
            out.push_str(&format!(
                "      - {{id: \"{u}\", email: \"{u}@example.com\", status: active}}\n"
            ));
        }
    }
    out.push_str(&format!("limits: {limits}\nfaults: {faults}\n"));
    out
}

/// A plan offboarding every user of `accounts` with `auto`, naming the integration or not,
/// with the parameters the test integrations need as defaults.
fn plan_for(accounts: &[Account], name_integration: bool) -> Plan {
    let mut text = String::from(
        "defaults:\n  operation: auto\n  params: {actor: it-admin, organization_id: acme}\nconfirm_irreversible: true\ntargets:\n",
    );
    for a in accounts {
        for u in &a.users {
            text.push_str(&format!(
                "  - {{integrated_account_id: {}, user_id: \"{u}\"{}}}\n",
                a.id,
                if name_integration {
                    format!(", integration: {}", a.integration)
                } else {
                    String::new()
                }
            ));
        }
    }
    Plan::from_yaml(&text).expect("the generated plan parses")
}

fn by_target(results: &[TargetResult]) -> BTreeMap<usize, &TargetResult> {
    let mut map = BTreeMap::new();
    for r in results {
        assert!(
            map.insert(r.target, r).is_none(),
            "target {} reported twice",
            r.target
        );
    }
    map
}

const INTEGRATIONS: &[&str] = &["Okta", "Vanta", "Avalara AvaTax", "GitHub"];

#[test]
fn auto_picks_the_least_destructive_operation_each_integration_supports() {
    let op = |i: Integration| {
        auto_operation(i)
            .and_then(|e| e.offboarding)
            .map(|o| o.operation)
    };
    assert_eq!(op(Integration::Okta), Some("suspend"));
    assert_eq!(op(Integration::Vanta), Some("deactivate"));
    assert_eq!(op(Integration::AvalaraAvaTax), Some("deactivate"));
    assert_eq!(op(Integration::GitHub), Some("delete"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn auto_runs_the_picked_operation_and_changes_the_directory() {
    let accounts = directory(4, 1, INTEGRATIONS);
    let server = start(&seed_yaml(
        &accounts,
        "{per_account: 50, window_seconds: 10}",
        "{}",
    ))
    .await;
    let client = bulk_client(&server, TOKEN);
    // The integration is looked up from the account.
    let plan = plan_for(&accounts, false);
    let (summary, results) = run(client, &plan, RunOptions::default()).await;
    assert!(summary.all_done(), "{results:#?}");
    let ops: BTreeMap<String, Option<String>> = results
        .iter()
        .map(|r| (r.integration.clone().unwrap(), r.operation.clone()))
        .collect();
    let expected: BTreeMap<String, Option<String>> = [
        ("Okta", "suspend"),
        ("Vanta", "deactivate"),
        ("Avalara AvaTax", "deactivate"),
        ("GitHub", "delete"),
    ]
    .into_iter()
    .map(|(i, o)| (i.to_string(), Some(o.to_string())))
    .collect();
    assert_eq!(ops, expected);
    assert!(
        results
            .iter()
            .all(|r| r.outcome == Outcome::Succeeded && r.status == Some(200))
    );
    let stats = server.stats();
    assert_eq!(stats.lookups, 4, "one lookup per account");
    assert_eq!(
        server.user_status(&accounts[0].id, "u0-0").as_deref(),
        Some("inactive")
    );
    assert_eq!(server.user_status(&accounts[3].id, "u3-0"), None, "deleted");
    assert_eq!(stats.applied.len(), 4);
    assert!(stats.applied.values().all(|&n| n == 1));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_targets_over_fifty_accounts_within_a_tight_limit() {
    let accounts = directory(50, 20, INTEGRATIONS);
    // 5 requests per second per account: 20 targets each need four windows.
    let server = start(&seed_yaml(
        &accounts,
        "{per_account: 5, window_seconds: 1}",
        "{}",
    ))
    .await;
    let client = bulk_client_builder()
        .base_url(server.base_url())
        .token("t")
        // Tests share two cores: a send may reach the server well after it left the budget.
        .rate_budget(
            RateBudget::new(5, Duration::from_secs(1)).with_margin(Duration::from_millis(150)),
        )
        .max_in_flight(32)
        .build()
        .unwrap();
    let plan = plan_for(&accounts, true);
    assert_eq!(plan.targets.len(), 1000);
    let (summary, results) = run(client, &plan, RunOptions::default()).await;
    let results = by_target(&results);
    assert_eq!(results.len(), 1000);
    assert!(summary.all_done(), "{summary:?}");
    assert_eq!(summary.succeeded, 1000);
    let stats = server.stats();
    // The budget kept within the limit: a stray 429 (clock skew) is retried, never a failure.
    assert!(
        stats.rate_limited <= 5,
        "{} requests were rate limited",
        stats.rate_limited
    );
    assert_eq!(stats.applied.values().sum::<u64>(), 1000);
    assert!(stats.applied.values().all(|&n| n == 1));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_502s_and_dropped_connections_every_target_ends_exactly_once() {
    let accounts = directory(20, 20, INTEGRATIONS);
    let server = start(&seed_yaml(
        &accounts,
        "{per_account: 1000, window_seconds: 10}",
        "{latency_ms: 2, error_rate: 0.05, drop_rate: 0.02, seed: 7}",
    ))
    .await;
    let client = bulk_client_builder()
        .base_url(server.base_url())
        .token("t")
        .retry(RetryPolicy {
            max_retries: 8,
            base_delay: Duration::from_millis(5),
            max_delay: Duration::from_millis(50),
            retry_non_idempotent: true,
            ..RetryPolicy::default()
        })
        .build()
        .unwrap();
    let plan = plan_for(&accounts, true);
    let (summary, results) = run(client, &plan, RunOptions::default()).await;
    let results = by_target(&results);
    assert_eq!(results.len(), plan.targets.len(), "no target lost");
    let stats = server.stats();
    assert!(stats.injected_errors > 0 && stats.dropped > 0, "{stats:?}");
    // A lost answer is read back before anything is sent again. Only where the user cannot
    // be read back (Vanta: no get or list in the spec) does a deactivate, not idempotent, end
    // in doubt instead of being sent again blindly.
    let in_doubt: Vec<&&TargetResult> = results.values().filter(|r| !r.outcome.is_done()).collect();
    for r in &in_doubt {
        assert_eq!(r.integration.as_deref(), Some("Vanta"), "{r:#?}");
        assert_eq!((r.outcome, r.lost_answers), (Outcome::Failed, 1), "{r:#?}");
        let note = r.note.as_deref().unwrap_or_default();
        assert!(
            note.contains("cannot be read back") && note.contains("in doubt"),
            "{note}"
        );
    }
    assert_eq!(summary.failed, in_doubt.len(), "{summary:?}");
    // A lost answer whose call was applied is confirmed by the read: this run's change, never
    // "already done" (which says it was so before the run touched it).
    assert!(summary.confirmed_after_loss > 0, "{summary:?}");
    assert_eq!(summary.already_done, 0, "{summary:?}");
    let doubted: HashSet<(&str, &str)> = in_doubt
        .iter()
        .map(|r| (r.integrated_account_id.as_str(), r.user_id.as_str()))
        .collect();
    for a in &accounts {
        for u in &a.users {
            let status = server.user_status(&a.id, u);
            assert!(
                status.is_none()
                    || status.as_deref() == Some("inactive")
                    || doubted.contains(&(a.id.as_str(), u.as_str())),
                "{}/{u} is still {status:?}",
                a.id
            );
        }
    }
    assert!(
        stats.applied.values().all(|&n| n == 1),
        "a call was applied twice"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_targets_are_reported_with_the_validators_messages_and_do_not_stop_the_others() {
    let accounts = directory(4, 2, INTEGRATIONS);
    let server = start(&seed_yaml(
        &accounts,
        "{per_account: 50, window_seconds: 10}",
        "{}",
    ))
    .await;
    let text = format!(
        r#"
targets:
  - {{integrated_account_id: {github}, integration: GitHub, user_id: "u3-0", operation: delete}}
  - {{integrated_account_id: {vanta}, integration: Vanta, user_id: "u1-0"}}
  - {{integrated_account_id: {okta}, integration: Oktaa, user_id: "u0-1"}}
  - {{integrated_account_id: {okta}, integration: Okta, user_id: "u0-9", params: {{organisation_id: x}}}}
  - {{integrated_account_id: {okta}, integration: Okta, user_id: "u0-0"}}
  - {{integrated_account_id: {avalara}, integration: Avalara AvaTax, user_id: "u2-0"}}
  - {{integrated_account_id: {github}, integration: GitHub, user_id: "u3-1", params: {{organization_id: acme}}}}
"#,
        okta = accounts[0].id,
        vanta = accounts[1].id,
        avalara = accounts[2].id,
        github = accounts[3].id
    );
    let plan = Plan::from_yaml(&text).unwrap();
    let client = bulk_client(&server, TOKEN);
    let (summary, results) = run(client, &plan, RunOptions::default()).await;
    let results = by_target(&results);
    let outcome = |t: usize| results[&t].outcome;
    assert_eq!(outcome(0), Outcome::Invalid);
    assert!(
        results[&0]
            .problems
            .iter()
            .any(|p| p.contains("`organization_id`") && p.contains("required by GitHub")),
        "{:?}",
        results[&0].problems
    );
    assert_eq!(outcome(1), Outcome::Invalid);
    assert!(results[&1].problems[0].contains("required by Vanta"));
    assert_eq!(outcome(2), Outcome::Invalid);
    assert!(
        results[&2]
            .error
            .as_deref()
            .unwrap()
            .contains("did you mean \"Okta\"?"),
        "{:?}",
        results[&2].error
    );
    assert_eq!(outcome(3), Outcome::Invalid);
    assert!(results[&3].problems[0].contains("organisation_id"));
    // The valid ones ran; a delete without confirmation did not.
    assert_eq!(outcome(4), Outcome::Succeeded);
    assert_eq!(outcome(5), Outcome::Succeeded);
    assert_eq!(outcome(6), Outcome::NeedsConfirmation);
    assert_eq!(summary.invalid, 4);
    assert!(!summary.all_done());
    // Nothing was sent for the invalid or unconfirmed targets.
    let stats = server.stats();
    assert_eq!(stats.requests, 2);
    assert_eq!(
        server.user_status(&accounts[3].id, "u3-1").as_deref(),
        Some("active")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn already_inactive_and_already_deleted_users_are_already_done() {
    let accounts = directory(4, 1, INTEGRATIONS);
    let server = start(&seed_yaml(
        &accounts,
        "{per_account: 50, window_seconds: 10}",
        "{}",
    ))
    .await;
    let client = bulk_client(&server, TOKEN);
    let plan = plan_for(&accounts, true);
    let (first, _) = run(client.clone(), &plan, RunOptions::default()).await;
    assert_eq!(first.succeeded, 4);
    // Without a journal, the same plan is sent again: the API's answers say it is done.
    let (second, results) = run(client, &plan, RunOptions::default()).await;
    assert_eq!(second.already_done, 4, "{results:#?}");
    assert!(second.all_done());
    let statuses: HashSet<Option<u16>> = results.iter().map(|r| r.status).collect();
    assert_eq!(statuses, HashSet::from([Some(404), Some(409)]));
    assert!(server.stats().applied.values().all(|&n| n == 1));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_integrated_account_fails_and_is_not_already_done() {
    let accounts = directory(1, 1, INTEGRATIONS);
    let server = start(&seed_yaml(
        &accounts,
        "{per_account: 50, window_seconds: 10}",
        "{}",
    ))
    .await;
    let client = bulk_client(&server, TOKEN);
    let text = format!(
        "confirm_irreversible: true\ntargets:\n  - {{integrated_account_id: {}, user_id: x}}\n  - {{integrated_account_id: {}, integration: GitHub, user_id: x, params: {{organization_id: acme}}}}\n",
        account_id(99),
        account_id(98)
    );
    let (summary, results) = run(
        client,
        &Plan::from_yaml(&text).unwrap(),
        RunOptions::default(),
    )
    .await;
    let results = by_target(&results);
    assert_eq!(summary.failed, 2);
    assert_eq!(results[&0].status, Some(404));
    assert!(results[&0].error.as_deref().unwrap().contains("lookup"));
    // Truto's own 404 (no such account) is not the integration saying the user is gone.
    assert_eq!(results[&1].outcome, Outcome::Failed);
    assert_eq!(results[&1].status, Some(404));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_journal_skips_finished_targets_and_the_audit_log_holds_the_evidence() {
    let accounts = directory(4, 3, INTEGRATIONS);
    let server = start(&seed_yaml(
        &accounts,
        "{per_account: 50, window_seconds: 10}",
        "{}",
    ))
    .await;
    let dir = std::env::temp_dir().join(format!("offboard-journal-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let journal = dir.join("journal.jsonl");
    let audit = dir.join("audit.jsonl");
    let _ = std::fs::remove_file(&journal);
    let _ = std::fs::remove_file(&audit);
    let options = RunOptions {
        journal: Some(journal.clone()),
        audit: Some(audit.clone()),
        ..RunOptions::default()
    };
    let client = bulk_client(&server, TOKEN);
    let plan = plan_for(&accounts, true);
    let (first, _) = run(client.clone(), &plan, options.clone()).await;
    assert_eq!(first.succeeded, 12);
    let sent = server.stats().requests;
    // A dry run of the resumed run says what it would do, reading the journal only.
    let before = std::fs::read(&journal).unwrap();
    let read = Journal::read(&journal).unwrap();
    assert_eq!(read.finished(), 12);
    let lines = dry_run_resuming(&plan, &client, false, Some(&read));
    assert!(
        lines
            .iter()
            .all(|l| l.outcome == "skipped" && l.operation.is_some())
    );
    assert_eq!(
        std::fs::read(&journal).unwrap(),
        before,
        "the journal is untouched"
    );
    assert!(
        Journal::read(&dir.join("missing.jsonl"))
            .unwrap()
            .finished()
            == 0
    );
    assert!(
        !dir.join("missing.jsonl").exists(),
        "reading creates nothing"
    );

    let (second, results) = run(client, &plan, options).await;
    assert_eq!(second.skipped, 12, "{results:#?}");
    assert!(second.all_done());
    assert_eq!(
        server.stats().requests,
        sent,
        "a resumed run sends nothing for finished targets"
    );

    let records: Vec<AuditRecord> = records(&audit);
    assert_eq!(records.len(), 12, "one record per mutating call");
    let mut hashes = HashSet::new();
    for r in &records {
        assert_eq!(r.outcome, Outcome::Succeeded);
        assert_eq!(r.http_status, Some(200));
        let id = r
            .request_id
            .as_deref()
            .expect("the server sends a request id");
        assert!(uuid::Uuid::try_parse(id).is_ok(), "{id}");
        let hash = r.response_sha256.as_deref().unwrap();
        assert!(hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit()));
        hashes.insert(hash.to_string());
        assert!(!r.at.is_empty() && r.integration.is_some());
    }
    assert_eq!(
        hashes.len(),
        12,
        "each response body is different, so is each hash"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dry_run_sends_no_request_at_all() {
    let accounts = directory(4, 2, INTEGRATIONS);
    let server = start(&seed_yaml(
        &accounts,
        "{per_account: 50, window_seconds: 10}",
        "{}",
    ))
    .await;
    let client = Client::builder()
        .base_url(server.base_url())
        .token("t")
        .build()
        .unwrap();
    let mut plan = plan_for(&accounts, true);
    plan.confirm_irreversible = false;
    let lines = dry_run(&plan, &client, false);
    assert_eq!(lines.len(), 8);
    let outcomes: HashMap<&str, usize> = lines.iter().fold(HashMap::new(), |mut m, l| {
        *m.entry(l.outcome).or_default() += 1;
        m
    });
    assert_eq!(outcomes.get("would_send"), Some(&6));
    assert_eq!(outcomes.get("needs_confirmation"), Some(&2));
    // The exact request, token redacted.
    let github = lines
        .iter()
        .find(|l| l.outcome == "needs_confirmation")
        .unwrap();
    let request = github.request.as_ref().unwrap();
    assert_eq!(request.method, "DELETE");
    assert!(
        request.url.contains("organization_id=acme"),
        "{}",
        request.url
    );
    let json = serde_json::to_value(request).unwrap();
    assert!(!json.to_string().contains("Bearer t"));
    // Without integrations (a dry run looks nothing up), `auto` cannot choose.
    let unnamed = dry_run(&plan_for(&accounts, false), &client, true);
    assert!(
        unnamed
            .iter()
            .all(|l| l.outcome == "unverified" && l.request.is_none())
    );
    assert_eq!(server.stats().requests, 0, "the server saw nothing");
}

#[test]
fn a_plan_with_mistakes_is_refused_with_its_line() {
    let err = Plan::from_yaml("targets:\n  - {integrated_account_id: x, usr_id: 1}\n").unwrap_err();
    assert_eq!(err.line, Some(2));
    assert!(err.message.contains("usr_id"), "{err}");
    let err = Plan::from_yaml("targets: []\n").unwrap_err();
    assert!(err.to_string().contains("no targets"));
    // An unquoted number is not text: refused, never turned back into another id.
    let err =
        Plan::from_yaml("targets:\n  - {integrated_account_id: x, user_id: 1234}\n").unwrap_err();
    assert_eq!(err.line, Some(2));
    assert!(err.message.contains("quote it"), "{err}");
    let value: Value = serde_json::to_value(
        Plan::from_yaml("targets:\n  - {integrated_account_id: x, user_id: \"1234\"}\n")
            .unwrap()
            .targets[0]
            .user_id
            .clone(),
    )
    .unwrap();
    assert_eq!(
        value,
        Value::String("1234".into()),
        "a quoted user id is text"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_audit_record_hashes_the_bytes_the_api_sent_and_keeps_its_request_id() {
    use sha2::Digest;
    use support::{Reply, Server};
    // A server whose exact bytes the test knows, odd spacing included.
    let body = b"{ \"id\" : \"00u1\",  \"status\": \"inactive\" }".to_vec();
    let server = Server::always(
        Reply::Respond {
            status: 200,
            headers: vec![("content-type".into(), "application/json".into())],
            body: body.clone(),
        }
        .with_header("x-request-id", "req-42"),
    )
    .await;
    let dir = std::env::temp_dir().join(format!("offboard-audit-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let audit = dir.join("audit.jsonl");
    let _ = std::fs::remove_file(&audit);
    let plan = Plan::from_yaml(&format!(
        "targets:\n  - {{integrated_account_id: {}, integration: Okta, user_id: 00u1}}\n",
        account_id(0)
    ))
    .unwrap();
    let client = bulk_client_builder()
        .base_url(server.url())
        .token("t")
        .build()
        .unwrap();
    let options = RunOptions {
        audit: Some(audit.clone()),
        ..RunOptions::default()
    };
    let (summary, _) = run(client, &plan, options).await;
    assert_eq!(summary.succeeded, 1);
    let [record]: [AuditRecord; 1] = records(&audit).try_into().unwrap();
    let expected: String = sha2::Sha256::digest(&body)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(record.response_sha256.as_deref(), Some(expected.as_str()));
    assert_eq!(record.request_id.as_deref(), Some("req-42"));
    assert_eq!(
        (
            record.endpoint.as_str(),
            record.method.as_str(),
            record.operation.as_str()
        ),
        ("users.suspend", "POST", "suspend")
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_target_on_an_integration_the_spec_does_not_know_is_sent_and_flagged() {
    use support::{Reply, Server};
    let server = Server::start(|r, _| {
        if r.method == "GET" {
            Reply::json(
                200,
                serde_json::json!({"id": r.path().rsplit('/').next(), "integration": {"name": "brand-new-app"}}),
            )
        } else {
            Reply::json(200, serde_json::json!({"id": "00u1", "status": "inactive"}))
        }
    })
    .await;
    let dir = std::env::temp_dir().join(format!("offboard-unknown-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (journal, audit) = (dir.join("journal.jsonl"), dir.join("audit.jsonl"));
    let _ = std::fs::remove_file(&journal);
    let _ = std::fs::remove_file(&audit);
    let account = account_id(0);
    let plan = Plan::from_yaml(&format!(
        "targets:\n  - {{integrated_account_id: {account}, user_id: 00u1, operation: suspend}}\n  - {{integrated_account_id: {account}, user_id: 00u2}}\n"
    ))
    .unwrap();
    let builder = || bulk_client_builder().base_url(server.url()).token("t");
    let options = RunOptions {
        journal: Some(journal.clone()),
        audit: Some(audit.clone()),
        ..RunOptions::default()
    };
    let (summary, results) = run(builder().build().unwrap(), &plan, options).await;
    let results = by_target(&results);
    // A named operation is sent, with the checks every integration shares, and flagged.
    let sent = results[&0];
    assert_eq!(sent.outcome, Outcome::Succeeded, "{sent:?}");
    assert_eq!(sent.unknown_integration.as_deref(), Some("brand-new-app"));
    assert_eq!(sent.integration, None);
    assert_eq!(
        server.requests_with("POST").len(),
        1,
        "the suspend reached the server"
    );
    // `auto` cannot choose without the spec knowing the integration: invalid, flagged, with
    // the fix.
    let auto = results[&1];
    assert_eq!(auto.outcome, Outcome::Invalid);
    assert_eq!(auto.unknown_integration.as_deref(), Some("brand-new-app"));
    let error = auto.error.as_deref().unwrap_or_default();
    assert!(
        error.contains("\"brand-new-app\"") && error.contains("name one for this target"),
        "{error}"
    );
    assert_eq!((summary.succeeded, summary.invalid), (1, 1));
    assert_eq!(summary.unknown_integration, 2);
    // The journal and the audit log carry the flag; a journal line without it (written before
    // the flag existed) still reads.
    let lines: Vec<TargetResult> = records(&journal);
    assert!(
        lines
            .iter()
            .all(|r| r.unknown_integration.as_deref() == Some("brand-new-app")),
        "{lines:?}"
    );
    let [record]: [AuditRecord; 1] = records(&audit).try_into().unwrap();
    assert_eq!(record.unknown_integration.as_deref(), Some("brand-new-app"));
    let mut old: Value = serde_json::to_value(&lines[0]).unwrap();
    old.as_object_mut().unwrap().remove("unknown_integration");
    let old: TargetResult = serde_json::from_value(old).expect("an older journal line reads");
    assert_eq!(old.unknown_integration, None);
    // Refusing unknown integrations is an opt-in: then the targets are invalid, nothing sent.
    let plan = Plan::from_yaml(&format!(
        "targets:\n  - {{integrated_account_id: {account}, user_id: 00u3, operation: suspend}}\n"
    ))
    .unwrap();
    let refusing = builder().refuse_unknown_integrations(true).build().unwrap();
    let (summary, results) = run(refusing, &plan, RunOptions::default()).await;
    assert_eq!(summary.invalid, 1, "{results:?}");
    assert_eq!(
        server.requests_with("POST").len(),
        1,
        "nothing more was sent"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
