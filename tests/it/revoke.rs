#![cfg(all(feature = "mock", feature = "offboard"))]
//! Offboarding that removes access (`revoke`), against the local server: each group and role
//! assignment a removal of its own, journaled, audited, verified and reported before → after;
//! an app without the method; a dry run; a run killed between two removals and resumed.

use std::time::Duration;

use serde_json::Value;
use truto_user_directory::mock::MockServer;
use truto_user_directory::offboard::{Outcome, Plan, Report, RunInfo, RunOptions, TargetResult};

use crate::support::local::{self, TOKEN};
use crate::support::offboarding::{records, run};

const OKTA: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";
const GOOGLE: &str = "4d5e6f70-8192-4a3b-9c4d-5e6f708192a7";
const GITHUB: &str = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b03";

/// Ada: in two Okta groups (Grace in one of them), with two Google Workspace role assignments
/// (Grace with one), in a GitHub team of an app without a remove-user method, and listed with
/// an Okta role no method removes.
fn seed() -> String {
    format!(
        r#"accounts:
  - id: {OKTA}
    integration: Okta
    users:
      - id: u1
        email: ada@example.com
        fields:
          groups: [{{id: g1, name: Engineering}}, {{id: g2, name: Finance}}]
          roles: [{{id: r-okta, name: Org Admin}}]
          last_login_at: "2026-12-04T08:12:00Z"
      - {{id: u2, email: grace@example.com, fields: {{groups: [{{id: g1, name: Engineering}}]}}}}
    records:
      groups: [{{id: g1, name: Engineering}}, {{id: g2, name: Finance}}]
  - id: {GOOGLE}
    integration: Google Workspace
    users:
      - id: g-ada
        email: ada@example.com
        fields: {{roles: [{{id: r-super, name: Super Admin}}, {{id: r-billing, name: Billing}}]}}
      - {{id: g-grace, email: grace@example.com, fields: {{roles: [{{id: r-viewer, name: Viewer}}]}}}}
    records:
      role_assignments:
        - {{id: ra-1, user_id: g-ada, role_id: r-super}}
        - {{id: ra-2, user_id: g-ada, role_id: r-billing}}
        - {{id: ra-3, user_id: g-grace, role_id: r-viewer}}
  - id: {GITHUB}
    integration: GitHub
    users:
      - {{id: "1234", username: ada@example.com, fields: {{groups: [{{id: team-core, name: core}}]}}}}
    missing_methods: [groups.remove_user]
"#
    )
}

fn plan() -> Plan {
    Plan::from_yaml(&format!(
        "defaults: {{operation: auto, revoke: [groups, role_assignments], params: {{organization_id: acme}}}}\ntargets:\n  - {{integrated_account_id: {OKTA}, integration: Okta, user_id: u1}}\n  - {{integrated_account_id: {GOOGLE}, integration: Google Workspace, user_id: g-ada}}\n  - {{integrated_account_id: {GITHUB}, integration: GitHub, user_id: \"1234\"}}\n"
    ))
    .expect("plan")
}

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("userdir-revoke-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn removals(results: &[TargetResult]) -> Vec<(&str, &str, Outcome)> {
    results
        .iter()
        .filter(|r| r.revoke.is_some())
        .map(|r| {
            (
                r.integrated_account_id.as_str(),
                r.operation.as_deref().unwrap_or(""),
                r.outcome,
            )
        })
        .collect()
}

/// The user as the server has it now.
async fn user(server: &MockServer, account: &str, id: &str) -> Value {
    let url = format!(
        "{}/unified/user-directory/users/{id}?integrated_account_id={account}",
        server.base_url()
    );
    let body = reqwest::Client::new()
        .get(url)
        .bearer_auth(TOKEN)
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    serde_json::from_slice(&body).unwrap()
}

fn ids(user: &Value, field: &str) -> Vec<String> {
    user[field]
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|i| i["id"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn options(dir: &std::path::Path) -> RunOptions {
    RunOptions {
        journal: Some(dir.join("journal.jsonl")),
        audit: Some(dir.join("audit.jsonl")),
        verify: Some(Duration::from_secs(5)),
        ..RunOptions::default()
    }
}

#[tokio::test]
async fn revoke_removes_each_group_and_role_assignment_journaled_audited_verified_and_reported() {
    let server = local::start(&seed()).await;
    let dir = scratch("all");
    let (summary, results) = run(local::client(&server), &plan(), options(&dir)).await;

    let mut removed = removals(&results);
    removed.sort_by_key(|(a, o, _)| (a.to_string(), o.to_string()));
    assert_eq!(
        removed,
        vec![
            (GOOGLE, "role_assignments:ra-1", Outcome::Succeeded),
            (GOOGLE, "role_assignments:ra-2", Outcome::Succeeded),
            (OKTA, "groups:g1", Outcome::Succeeded),
            (OKTA, "groups:g2", Outcome::Succeeded),
            (GITHUB, "groups:team-core", Outcome::Unsupported),
        ]
    );
    for r in results
        .iter()
        .filter(|r| r.outcome == Outcome::Succeeded && r.revoke.is_some())
    {
        assert_eq!(r.requested, "revoke");
        let v = r.verification.as_ref().expect("verified");
        assert_eq!(
            v.outcome,
            truto_user_directory::offboard::VerifyOutcome::Verified,
            "{r:?}"
        );
    }
    // What the server holds: Ada in no group, Grace still in hers; Ada's assignments gone, and
    // the roles they granted; Grace's untouched.
    assert!(ids(&user(&server, OKTA, "u1").await, "groups").is_empty());
    assert_eq!(ids(&user(&server, OKTA, "u2").await, "groups"), ["g1"]);
    assert!(ids(&user(&server, GOOGLE, "g-ada").await, "roles").is_empty());
    assert_eq!(
        ids(&user(&server, GOOGLE, "g-grace").await, "roles"),
        ["r-viewer"]
    );
    let stats = server.stats();
    assert_eq!(stats.by_endpoint.get("role_assignments.delete"), Some(&2));
    // Okta has no role-assignment list in the spec: nothing was asked of it.
    assert_eq!(stats.by_endpoint.get("role_assignments.list"), Some(&1));

    // The report's access, before → after, per account; what GitHub and Okta cannot remove.
    assert_eq!(summary.access.len(), 3);
    let okta = summary
        .access
        .iter()
        .find(|a| a.integrated_account_id == OKTA)
        .unwrap();
    assert_eq!(okta.before.as_ref().unwrap().items("groups").len(), 2);
    assert!(okta.after.as_ref().unwrap().items("groups").is_empty());
    assert_eq!(
        okta.before.as_ref().unwrap().last_login.as_deref(),
        Some("2026-12-04T08:12:00Z")
    );
    assert!(
        okta.notes
            .iter()
            .any(|n| n.contains("role_assignments") && n.contains("Org Admin (r-okta)")),
        "{:?}",
        okta.notes
    );
    let github = summary
        .access
        .iter()
        .find(|a| a.integrated_account_id == GITHUB)
        .unwrap();
    assert_eq!(github.after.as_ref().unwrap().items("groups").len(), 1);
    // Unsupported is not a failure; the two deletes wait for confirmation.
    let counts = (
        summary.unsupported,
        summary.failed,
        summary.needs_confirmation,
    );
    assert_eq!(counts, (1, 0, 2), "{summary:?}");

    // One journal result and one audit record per removal sent.
    let journaled: Vec<Value> = records(&dir.join("journal.jsonl"));
    assert_eq!(
        journaled
            .iter()
            .filter(|r| r["requested"] == "revoke")
            .count(),
        5
    );
    let audited: Vec<Value> = records(&dir.join("audit.jsonl"));
    assert_eq!(
        audited
            .iter()
            .filter(|r| r["operation"].as_str().is_some_and(|o| o.contains(':')))
            .count(),
        5
    );

    let info = RunInfo {
        plan_path: "plan.yaml".into(),
        plan_sha256: "0".repeat(64),
        operator: "test".into(),
        started_at: String::new(),
        finished_at: String::new(),
        dry_run: false,
    };
    let markdown = Report::new(results, summary, info).markdown();
    assert!(
        markdown.contains("## Access before and after"),
        "{markdown}"
    );
    assert!(
        markdown.contains("| groups | Engineering (g1), Finance (g2) | none |"),
        "{markdown}"
    );
    assert!(
        markdown.contains("remove groups: core (team-core) | unsupported"),
        "{markdown}"
    );

    // The same plan again, with its journal: nothing removed twice, nothing left to remove.
    let before = server.stats().by_endpoint;
    let (_, again) = run(local::client(&server), &plan(), options(&dir)).await;
    let after = server.stats().by_endpoint;
    for endpoint in ["groups.remove_user", "role_assignments.delete"] {
        assert_eq!(
            before.get(endpoint),
            after.get(endpoint),
            "{endpoint} sent again"
        );
    }
    assert!(
        removals(&again)
            .iter()
            .all(|(_, _, o)| *o == Outcome::Skipped),
        "{again:?}"
    );
}

#[tokio::test]
async fn a_plan_that_deletes_the_user_removes_nothing_more() {
    let server = local::start(&seed()).await;
    let plan = Plan::from_yaml(&format!(
        "confirm_irreversible: true\ndefaults: {{revoke: [groups]}}\ntargets:\n  - {{integrated_account_id: {OKTA}, integration: Okta, user_id: u1, operation: delete}}\n"
    ))
    .unwrap();
    let (summary, results) = run(local::client(&server), &plan, RunOptions::default()).await;
    assert!(removals(&results).is_empty(), "{results:?}");
    assert!(
        summary.access[0].notes[0].contains("delete removed the user"),
        "{:?}",
        summary.access
    );
    assert_eq!(server.stats().by_endpoint.get("groups.remove_user"), None);
}

#[test]
fn an_unknown_access_kind_is_refused_naming_the_known_ones() {
    let error = Plan::from_yaml(
        "defaults: {revoke: [group]}\ntargets: [{integrated_account_id: a, user_id: u}]",
    )
    .unwrap_err();
    assert!(
        error.message.contains("unknown access \"group\""),
        "{error}"
    );
    assert!(error.message.contains("did you mean \"groups\""), "{error}");
    let error = Plan::from_yaml(
        "targets: [{integrated_account_id: a, user_id: u, revoke: [groups, groups]}]",
    )
    .unwrap_err();
    assert!(error.message.contains("listed twice"), "{error}");
}

#[cfg(feature = "cli")]
mod cli {
    use std::process::Stdio;
    use std::time::Duration;

    use serde_json::Value;

    use super::{OKTA, scratch};
    use crate::support::local::{self, TOKEN};
    use crate::support::userdir::{json_lines, poll_until, stdout, userdir_command};

    fn many_groups(n: usize, latency_ms: u64) -> String {
        let groups: Vec<String> = (0..n)
            .map(|g| format!("{{id: g{g}, name: Group {g}}}"))
            .collect();
        format!(
            "accounts:\n  - id: {OKTA}\n    integration: Okta\n    users:\n      - {{id: u1, email: ada@example.com, fields: {{groups: [{}]}}}}\n    records:\n      groups: [{}]\nfaults: {{latency_ms: {latency_ms}}}\n",
            groups.join(", "),
            groups.join(", ")
        )
    }

    fn write_plan(dir: &std::path::Path) -> String {
        let path = dir.join("plan.yaml");
        std::fs::write(&path, format!("targets:\n  - {{integrated_account_id: {OKTA}, integration: Okta, user_id: u1, operation: suspend}}\n")).unwrap();
        path.to_str().unwrap().to_string()
    }

    #[tokio::test]
    async fn a_dry_run_prints_each_removal_and_changes_nothing() {
        let server = local::start(&many_groups(2, 0)).await;
        let dir = scratch("dry");
        let plan = write_plan(&dir);
        let out = local::userdir(
            &server,
            &["offboard", &plan, "--dry-run", "--revoke", "groups"],
        )
        .await;
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let lines = json_lines(&stdout(&out));
        let removals: Vec<&Value> = lines
            .iter()
            .filter(|l| l["requested"] == "revoke")
            .collect();
        assert_eq!(removals.len(), 2, "{lines:?}");
        for (l, g) in removals.iter().zip(["g0", "g1"]) {
            assert_eq!(l["outcome"], "would_send");
            assert_eq!(
                l["request"]["body"],
                serde_json::json!({"group_id": g, "user_id": "u1"})
            );
            assert!(
                l["request"]["url"]
                    .as_str()
                    .unwrap()
                    .ends_with(&format!("/groups/remove-user?integrated_account_id={OKTA}"))
            );
        }
        assert_eq!(server.stats().by_endpoint.get("groups.remove_user"), None);
        let bad = local::userdir(
            &server,
            &["offboard", &plan, "--dry-run", "--revoke", "groupz"],
        )
        .await;
        assert_eq!(bad.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&bad.stderr).contains("did you mean \"groups\""));
    }

    // Multi-threaded: the test blocks while it polls the journal, and the server must answer.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_run_killed_between_two_removals_resumes_without_sending_one_twice() {
        const GROUPS: usize = 12;
        let server = local::start(&many_groups(GROUPS, 40)).await;
        let dir = scratch("kill");
        let plan = write_plan(&dir);
        let journal = dir.join("journal.jsonl");
        let journal_arg = journal.to_str().unwrap().to_string();
        let base = server.base_url();
        let args = [
            "offboard",
            &plan,
            "--revoke",
            "groups",
            "--journal",
            &journal_arg,
            "--base-url",
            &base,
            "--token",
            TOKEN,
        ];
        let mut child = userdir_command()
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let removed = || {
            std::fs::read_to_string(&journal)
                .map(|t| {
                    t.lines()
                        .filter(|l| {
                            l.contains("\"requested\":\"revoke\"") && l.contains("\"outcome\"")
                        })
                        .count()
                })
                .unwrap_or(0)
        };
        poll_until("two removals journaled", Duration::from_secs(60), || {
            removed() >= 2
        });
        child.kill().unwrap();
        child.wait().unwrap();
        let first = removed();
        assert!(
            first < GROUPS,
            "killed between removals, not after the last"
        );

        let mut resume = userdir_command();
        resume.args(args);
        let out = crate::support::userdir::output(&mut resume).await;
        let results = json_lines(&stdout(&out));
        let waiting = results
            .iter()
            .filter(|r| r["outcome"] == "needs_confirmation")
            .count();
        // Every group is removed once (by the first run or this one), but at most one in doubt
        // (its call cut off by the kill, not applied) that waits for a person's word.
        let calls = server
            .stats()
            .by_endpoint
            .get("groups.remove_user")
            .copied()
            .unwrap_or(0);
        assert!(waiting <= 1, "{results:?}");
        // At most one call per group reached the server (the one cut off by the kill may have
        // arrived without being applied), so none was sent twice.
        let calls = calls as usize;
        assert!(
            calls <= GROUPS && calls + waiting >= GROUPS,
            "{calls} calls: {results:?}"
        );
        let user = super::user(&server, OKTA, "u1").await;
        assert_eq!(super::ids(&user, "groups").len(), waiting, "{user}");
    }
}

/// A removal whose answer names another group proves nothing about this one: failed.
#[tokio::test]
async fn an_answer_about_another_group_is_a_failure() {
    use crate::support::server::{Reply, Server};
    let server = Server::start(|request, _| {
        let path = request.path();
        let body = if path.ends_with("/groups/remove-user") {
            serde_json::json!({"id": "g-other", "name": "Someone else's"})
        } else if path.ends_with("/users/suspend") {
            serde_json::json!({"id": "u1", "status": "inactive"})
        } else {
            serde_json::json!({"id": "u1", "status": "active", "groups": [{"id": "g1"}]})
        };
        Reply::json(200, body)
    })
    .await;
    let client = truto_user_directory::Client::builder()
        .base_url(server.url())
        .token(TOKEN)
        .retry(truto_user_directory::RetryPolicy::none())
        .build()
        .unwrap();
    let plan = Plan::from_yaml(&format!(
        "defaults: {{revoke: [groups]}}\ntargets:\n  - {{integrated_account_id: {OKTA}, integration: Okta, user_id: u1, operation: suspend}}\n"
    ))
    .unwrap();
    let (_, results) = run(client, &plan, RunOptions::default()).await;
    let removal = results
        .iter()
        .find(|r| r.revoke.is_some())
        .expect("a removal");
    assert_eq!(removal.outcome, Outcome::Failed, "{removal:?}");
    let error = removal.error.as_deref().unwrap_or_default();
    assert!(
        error.contains("answered for groups g-other, not g1"),
        "{error}"
    );
}
