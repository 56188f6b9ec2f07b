//! `--verify`: after each successful mutating call the user is read back until the effect the
//! spec promises shows, against the spec-driven local server (and, for an effect the server
//! claims but does not apply, a scripted server on 127.0.0.1).

#![cfg(all(feature = "mock", feature = "offboard"))]

use crate::support;

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::support::clients::bulk_client;
use crate::support::local::{TOKEN, start};
use crate::support::offboarding::{records, run};
use truto_user_directory::Integration;
use truto_user_directory::mock::MockServer;
use truto_user_directory::offboard::{
    AuditRecord, Journal, Outcome, Plan, RunOptions, Summary, TargetResult, Verification,
    VerifyOutcome, get_endpoint, list_endpoint, verify,
};
use truto_user_directory::spec::Effect;

const ACCOUNT: &str = "00000000-0000-4000-8000-000000000001";

/// One account of `integration` with `users` (YAML flow mappings).
fn seed(integration: &str, users: &[&str]) -> String {
    let mut out =
        format!("accounts:\n  - id: {ACCOUNT}\n    integration: {integration}\n    users:\n");
    for u in users {
        out.push_str(&format!("      - {u}\n"));
    }
    out
}

/// A plan of one target per user id, naming the integration.
fn plan(integration: &str, operation: &str, users: &[&str], params: &str) -> Plan {
    let mut text = format!(
        "confirm_irreversible: true\ndefaults:\n  operation: {operation}\n  params: {params}\ntargets:\n"
    );
    for u in users {
        text.push_str(&format!(
            "  - {{integrated_account_id: {ACCOUNT}, integration: {integration}, user_id: \"{u}\"}}\n"
        ));
    }
    Plan::from_yaml(&text).expect("the plan parses")
}

fn verifying(timeout: Duration) -> RunOptions {
    RunOptions {
        verify: Some(timeout),
        ..RunOptions::default()
    }
}

fn is_sha256(hash: Option<&str>) -> bool {
    hash.is_some_and(|h| h.len() == 64 && h.bytes().all(|b| b.is_ascii_hexdigit()))
}

fn sha256(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Requests the local server routed to the people model's `endpoint`.
fn reads_of(
    server: &MockServer,
    endpoint: Option<&'static truto_user_directory::spec::EndpointSpec>,
) -> u64 {
    let name = endpoint.expect("the spec has the endpoint").name;
    server.stats().by_endpoint.get(name).copied().unwrap_or(0)
}

/// Offboards `user` of a local server seeded with `users` of `integration`, verifying for up to
/// 5 s: the server (to inspect), the summary and the target's result.
async fn offboard_one(
    integration: &str,
    users: &[&str],
    operation: &str,
    user: &str,
    params: &str,
) -> (MockServer, Summary, TargetResult) {
    let server = start(&seed(integration, users)).await;
    let plan = plan(integration, operation, &[user], params);
    let (summary, mut results) = run(
        bulk_client(&server, TOKEN),
        &plan,
        verifying(Duration::from_secs(5)),
    )
    .await;
    let result = results.remove(0);
    (server, summary, result)
}

fn verification(result: &TargetResult) -> &Verification {
    result
        .verification
        .as_ref()
        .unwrap_or_else(|| panic!("verified: {result:#?}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_suspend_and_a_deactivate_are_verified_by_the_status_they_promise() {
    for (integration, operation, params) in [
        ("Okta", "suspend", "{}"),
        ("Avalara AvaTax", "deactivate", "{}"),
    ] {
        let (server, summary, r) = offboard_one(
            integration,
            &["{id: u1, status: active}"],
            operation,
            "u1",
            params,
        )
        .await;
        let r = &r;
        assert_eq!(r.outcome, Outcome::Succeeded, "{r:#?}");
        let v = verification(r);
        assert_eq!(v.outcome, VerifyOutcome::Verified, "{v:#?}");
        assert_eq!(v.observed_status.as_deref(), Some("inactive"));
        assert_eq!(v.status, Some(200));
        assert_eq!(v.reads, 1);
        assert!(uuid::Uuid::try_parse(v.request_id.as_deref().unwrap()).is_ok());
        assert!(is_sha256(v.response_sha256.as_deref()));
        assert_eq!(v.note, None);
        assert!(
            time::OffsetDateTime::parse(&v.at, &time::format_description::well_known::Rfc3339)
                .is_ok()
        );
        // The mutating call's own evidence, distinct from the read's.
        assert!(uuid::Uuid::try_parse(r.request_id.as_deref().unwrap()).is_ok());
        assert!(is_sha256(r.response_sha256.as_deref()));
        assert_ne!(r.request_id, v.request_id);
        assert_eq!(reads_of(&server, get_endpoint()), 1);
        assert_eq!((summary.verified, summary.unconfirmed), (1, 0));
        assert!(summary.all_done());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_delete_is_verified_by_the_get_answering_404() {
    let (server, summary, result) = offboard_one(
        "GitHub",
        &["{id: g1}", "{id: g2}"],
        "delete",
        "g1",
        "{organization_id: acme}",
    )
    .await;
    let v = verification(&result);
    assert_eq!(v.outcome, VerifyOutcome::Verified, "{v:#?}");
    assert_eq!((v.status, v.observed_status.as_deref()), (Some(404), None));
    assert!(
        is_sha256(v.response_sha256.as_deref()),
        "a 404's body is hashed too"
    );
    assert_eq!(server.user_status(ACCOUNT, "g1"), None);
    assert_eq!(summary.verified, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_delete_without_a_get_is_verified_by_the_list_no_longer_having_the_id() {
    // An integration the spec gives a list of users but no get.
    let integration = Integration::lookup("Atlassian").unwrap();
    assert!(!get_endpoint().unwrap().supports(integration));
    assert!(list_endpoint().unwrap().supports(integration));
    // 60 users: the list is read over three pages.
    let users: Vec<String> = (0..60).map(|n| format!("{{id: a{n}}}")).collect();
    let users: Vec<&str> = users.iter().map(String::as_str).collect();
    let (server, summary, result) = offboard_one("Atlassian", &users, "delete", "a59", "{}").await;
    let v = verification(&result);
    assert_eq!(v.outcome, VerifyOutcome::Verified, "{v:#?}");
    assert_eq!(v.reads, 3, "every page was read");
    assert_eq!(v.status, Some(200));
    assert_eq!(reads_of(&server, list_endpoint()), 3);
    assert_eq!(summary.verified, 1);
}

/// The unified model does not show what a downgrade lowers: a read can only say the user
/// still exists, which is no proof of the downgrade. Unconfirmed, saying so, after one read.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_downgrade_is_unconfirmed_a_read_cannot_show_it() {
    let zoom = ["{id: z1, status: active, licenses: [Pro]}"];
    let (_server, summary, result) = offboard_one("Zoom", &zoom, "downgrade", "z1", "{}").await;
    assert_eq!(result.outcome, Outcome::Succeeded, "{result:#?}");
    let v = verification(&result);
    assert_eq!(v.outcome, VerifyOutcome::Unconfirmed, "{v:#?}");
    assert_eq!(
        (v.status, v.observed_status.as_deref(), v.reads),
        (Some(200), Some("active"), 1)
    );
    let note = v.note.as_deref().unwrap_or_default();
    assert!(
        note.contains("not in the unified model") && note.contains("check it in the app"),
        "{note}"
    );
    assert_eq!((summary.verified, summary.unconfirmed), (0, 1));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_already_done_target_is_not_verified() {
    let (server, summary, result) = offboard_one(
        "Okta",
        &["{id: u1, status: inactive}"],
        "suspend",
        "u1",
        "{}",
    )
    .await;
    assert_eq!(result.outcome, Outcome::AlreadyDone, "{result:#?}");
    assert_eq!(result.verification, None);
    assert_eq!(
        reads_of(&server, get_endpoint()),
        0,
        "nothing was read back"
    );
    assert_eq!((summary.verified, summary.unconfirmed), (0, 0));
    assert!(summary.all_done());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_get_or_list_for_the_integration_the_effect_is_unconfirmed_with_why() {
    let integration = Integration::lookup("Vanta").unwrap();
    assert!(!get_endpoint().unwrap().supports(integration));
    assert!(!list_endpoint().unwrap().supports(integration));
    let (server, summary, result) = offboard_one(
        "Vanta",
        &["{id: v1}"],
        "deactivate",
        "v1",
        "{actor: it-admin}",
    )
    .await;
    assert_eq!(result.outcome, Outcome::Succeeded, "{result:#?}");
    let v = verification(&result);
    assert_eq!(
        (v.outcome, v.reads, v.status),
        (VerifyOutcome::Unconfirmed, 0, None)
    );
    let note = v.note.as_deref().unwrap_or_default();
    assert!(
        note.contains("no get or list") && note.contains("Vanta"),
        "{note}"
    );
    assert_eq!(summary.unconfirmed, 1);
    assert!(!summary.all_done(), "an unconfirmed effect is not done");
    // The same, called directly.
    let direct = verify(
        &bulk_client(&server, TOKEN),
        Effect::SetsStatus("inactive"),
        ACCOUNT,
        Some(integration),
        "v1",
        &[],
        Duration::from_secs(1),
    )
    .await;
    assert_eq!(
        (direct.outcome, direct.reads),
        (VerifyOutcome::Unconfirmed, 0)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_effect_the_server_does_not_apply_is_unconfirmed_after_the_timeout_and_audited() {
    use support::{Reply, Server};
    // Answers the suspend 200, and every get with the status the user had before.
    let user = json!({"id": "00u1", "status": "active"})
        .to_string()
        .into_bytes();
    let read_body = user.clone();
    let server = Server::start(move |r, n| {
        let body = if r.method == "GET" {
            read_body.clone()
        } else {
            user.clone()
        };
        Reply::Respond {
            status: 200,
            headers: vec![("content-type".into(), "application/json".into())],
            body,
        }
        .with_header("x-request-id", &format!("req-{n}"))
    })
    .await;
    let dir = std::env::temp_dir().join(format!("verify-unconfirmed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let audit = dir.join("audit.jsonl");
    let _ = std::fs::remove_file(&audit);
    let plan = plan("Okta", "suspend", &["00u1"], "{}");
    let options = RunOptions {
        audit: Some(audit.clone()),
        ..verifying(Duration::from_millis(600))
    };
    let started = Instant::now();
    let (summary, results) = run(bulk_client(&server, TOKEN), &plan, options).await;
    let elapsed = started.elapsed();
    let r = &results[0];
    assert_eq!(r.outcome, Outcome::Succeeded, "{r:#?}");
    let v = verification(r);
    assert_eq!(v.outcome, VerifyOutcome::Unconfirmed, "{v:#?}");
    assert_eq!(v.observed_status.as_deref(), Some("active"));
    assert_eq!(v.status, Some(200));
    let gets = server.requests_with("GET");
    // Reads at 0, 250 and 750 ms would pass the 600 ms: three at most, backing off.
    assert!((2..=3).contains(&gets.len()), "{} reads", gets.len());
    assert_eq!(v.reads as usize, gets.len());
    assert!(gets.iter().all(|g| g.path().ends_with("/00u1")));
    assert!(
        elapsed >= Duration::from_millis(600) && elapsed < Duration::from_secs(3),
        "{elapsed:?}"
    );
    let note = v.note.as_deref().unwrap_or_default();
    assert!(note.contains("\"active\""), "{note}");
    assert_eq!(
        v.response_sha256.as_deref(),
        Some(
            sha256(
                &json!({"id": "00u1", "status": "active"})
                    .to_string()
                    .into_bytes()
            )
            .as_str()
        )
    );
    assert_eq!((summary.verified, summary.unconfirmed), (0, 1));
    assert!(!summary.all_done());

    // The audit line carries the read's evidence next to the call's.
    let [raw]: [Value; 1] = records(&audit).try_into().unwrap();
    assert_eq!(raw["verify_outcome"], "unconfirmed");
    assert_eq!(raw["verify_observed_status"], "active");
    assert_eq!(raw["verify_http_status"], 200);
    assert_eq!(raw["verify_request_id"].as_str(), v.request_id.as_deref());
    assert_eq!(
        raw["verify_response_sha256"].as_str(),
        v.response_sha256.as_deref()
    );
    assert_eq!(raw["request_id"], "req-0", "the call's own request id");
    let record: AuditRecord = serde_json::from_value(raw).unwrap();
    assert_eq!(
        record.verification.verify_outcome,
        Some(VerifyOutcome::Unconfirmed)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn audit_lines_carry_the_verification_and_lines_written_without_it_still_read() {
    let server = start(&seed("Okta", &["{id: u1}", "{id: u2}"])).await;
    let dir = std::env::temp_dir().join(format!("verify-audit-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (journal, audit) = (dir.join("journal.jsonl"), dir.join("audit.jsonl"));
    let _ = std::fs::remove_file(&journal);
    let _ = std::fs::remove_file(&audit);
    let options = |verify: Option<Duration>| RunOptions {
        journal: Some(journal.clone()),
        audit: Some(audit.clone()),
        verify,
        ..RunOptions::default()
    };
    // First without verification (as older runs wrote), then with it.
    let (first, _) = run(
        bulk_client(&server, TOKEN),
        &plan("Okta", "suspend", &["u1"], "{}"),
        options(None),
    )
    .await;
    assert_eq!(first.succeeded, 1);
    let plan = plan("Okta", "suspend", &["u1", "u2"], "{}");
    let (second, results) = run(
        bulk_client(&server, TOKEN),
        &plan,
        options(Some(Duration::from_secs(5))),
    )
    .await;
    assert_eq!((second.skipped, second.verified), (1, 1), "{results:#?}");

    let lines: Vec<Value> = records(&audit);
    assert_eq!(lines.len(), 2);
    assert!(
        lines[0].get("verify_outcome").is_none() && lines[0].get("verify_request_id").is_none(),
        "an unverified call has no verification fields: {}",
        lines[0]
    );
    assert_eq!(lines[1]["verify_outcome"], "verified");
    assert_eq!(lines[1]["verify_observed_status"], "inactive");
    assert_eq!(lines[1]["verify_http_status"], 200);
    assert!(is_sha256(lines[1]["verify_response_sha256"].as_str()));
    assert!(lines[1]["verify_request_id"].is_string());
    assert_ne!(lines[1]["verify_request_id"], lines[1]["request_id"]);
    for line in &lines {
        let record: AuditRecord = serde_json::from_value(line.clone()).expect("audit lines read");
        assert_eq!(record.outcome, Outcome::Succeeded);
    }
    let old: AuditRecord = serde_json::from_value(lines[0].clone()).unwrap();
    assert_eq!(old.verification, Default::default());

    // The journal: a line written without verification reads, and so does one with it, and
    // one whose verification has no `note` (written before it existed).
    let read = Journal::read(&journal).unwrap();
    assert_eq!((read.finished(), read.torn_lines()), (2, 0));
    let journal_lines: Vec<Value> = records(&journal);
    let without: TargetResult = serde_json::from_value(journal_lines[0].clone()).unwrap();
    assert_eq!(without.verification, None);
    assert!(journal_lines[0].get("verification").is_none());
    let with = journal_lines
        .iter()
        .find(|l| l.get("verification").is_some())
        .expect("the verified target's line");
    let mut older = with.clone();
    older["verification"]
        .as_object_mut()
        .unwrap()
        .remove("note");
    let older: TargetResult = serde_json::from_value(older).unwrap();
    assert_eq!(older.verification.unwrap().outcome, VerifyOutcome::Verified);
    let _ = std::fs::remove_dir_all(&dir);
}

/// A list that needs a scoping parameter is read back with the one the mutating call was given.
#[tokio::test]
async fn the_read_back_carries_the_calls_scoping_parameters() {
    // An integration with a delete that takes `organization_id`, a users list, and no get.
    let list = list_endpoint().expect("a users list");
    let get = get_endpoint().expect("a users get");
    let integration = Integration::ALL
        .iter()
        .copied()
        .find(|i| {
            list.supports(*i)
                && !get.supports(*i)
                && truto_user_directory::ENDPOINTS.iter().any(|e| {
                    e.offboarding.is_some()
                        && e.supports(*i)
                        && e.parameter("organization_id")
                            .is_some_and(|p| p.is_required_in(*i))
                })
        })
        .expect("such an integration in the spec");
    let yaml = seed(integration.name(), &["{id: \"m1\", email: m1@example.com}"]).replace(
        "    users:\n",
        "    list_requires: [organization_id]\n    users:\n",
    );
    let server = start(&yaml).await;
    let required: Vec<String> = truto_user_directory::ENDPOINTS
        .iter()
        .filter(|e| e.offboarding.is_some() && e.supports(integration))
        .flat_map(|e| e.parameters.iter())
        .filter(|p| p.is_required_in(integration) && p.role.is_none())
        .map(|p| format!("{}: X1", p.name))
        .collect();
    let params = format!("{{{}}}", required.join(", "));
    let plan = plan(integration.name(), "auto", &["m1"], &params);
    let (_, results) = run(
        bulk_client(&server, TOKEN),
        &plan,
        verifying(Duration::from_secs(5)),
    )
    .await;
    let v = results[0].verification.as_ref().expect("verified");
    assert_eq!(v.outcome, VerifyOutcome::Verified, "{:?}", results[0]);
}
