//! `userdir review`, `userdir review diff` and `userdir demo review` as processes, against the
//! local server started in the test: the four outputs and their findings, exit codes, a bad
//! roster, the plan for the leavers fed to `userdir offboard --dry-run`, the diff, a first
//! Ctrl-C and the review continued, the demo, the help and the CLI page.

#![cfg(feature = "cli")]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};
use std::time::Duration;

use serde_json::Value;
use truto_user_directory::mock::MockServer;
use truto_user_directory::offboard::Plan;

use crate::support::local::{self, userdir};
use crate::support::userdir::{
    USERDIR, json_lines, output, output_within, poll_until, stderr, stdout, userdir_command,
};

/// The demo's directory and roster: every finding, an account not reviewed, another tenant.
const SEED: &str = include_str!("../../examples/review/seed.yaml");
const ROSTER: &str = "examples/review/roster.csv";
/// The review's "now": the seed's logins are counted from it.
const NOW: &str = "2026-12-07T12:00:00Z";

/// The seed's accounts.
const AVALARA: &str = "5d1c2e8a-7b44-4f0e-8f5e-2a9d3c6b1e02";
const ZENDESK: &str = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c05";
const WORKSPACE: &str = "4d5e6f70-8192-4a3b-9c4d-5e6f708192a7";
const BOX: &str = "2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a60";

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("userdir-review-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn code(out: &Output) -> i32 {
    out.status.code().expect("userdir exited, not killed")
}

/// The demo's seed without its latency.
async fn server() -> MockServer {
    local::start(&SEED.replace("latency_ms: 20", "latency_ms: 0")).await
}

/// `userdir review --tenant-id acme --roster ROSTER --out OUT --now NOW EXTRA` against `server`.
async fn review(server: &MockServer, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "review",
        "--tenant-id",
        "acme",
        "--roster",
        ROSTER,
        "--out",
        out.to_str().unwrap(),
        "--now",
        NOW,
    ];
    args.extend(extra);
    userdir(server, &args).await
}

fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `review.json`'s rows: user id → its findings.
fn findings(review: &Value) -> BTreeMap<String, Vec<String>> {
    review["accounts"]
        .as_array()
        .expect("accounts")
        .iter()
        .map(|row| {
            let findings = row["findings"]
                .as_array()
                .expect("findings")
                .iter()
                .map(|f| f.as_str().unwrap().to_string())
                .collect();
            (row["user_id"].as_str().unwrap().to_string(), findings)
        })
        .collect()
}

fn sha256_hex(bytes: &[u8]) -> String {
    truto_user_directory::offboard::plan_sha256(bytes)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_review_of_a_tenant_writes_the_four_files_with_every_finding() {
    let dir = scratch("tenant");
    let server = server().await;
    let out = review(&server, &dir, &[]).await;
    let (text, errors) = (stdout(&out), stderr(&out));
    // The Box connection needs re-authentication: not reviewed, so a person must look.
    assert_eq!(code(&out), 1, "{text}\n{errors}");
    assert!(
        errors.contains(&format!("not reviewed: {BOX} (Box, status needs_reauth)")),
        "{errors}"
    );
    assert!(
        errors.contains("reviewed 4 integrated account(s), 1 not reviewed"),
        "{errors}"
    );

    for file in ["accounts.csv", "review.json", "review.md", "review.html"] {
        assert!(dir.join(file).is_file(), "no {file}");
    }
    let json = read_json(&dir.join("review.json"));
    let meta: Value = serde_json::from_str(&text).expect("stdout is the metadata");
    assert_eq!(meta, json["meta"], "stdout is review.json's meta");
    assert_eq!(meta["tenant_id"], "acme");
    assert_eq!(meta["dormant_days"], 90);
    assert_eq!(meta["rows"], 11);
    let roster = std::fs::read(ROSTER).unwrap();
    assert_eq!(meta["roster"]["sha256"], sha256_hex(&roster));
    assert_eq!(meta["roster"]["path"], ROSTER);
    assert_eq!(
        (
            meta["roster"]["people"].clone(),
            meta["roster"]["left"].clone()
        ),
        (5.into(), 2.into())
    );
    assert_eq!(meta["not_reviewed"][0]["integrated_account_id"], BOX);
    assert_eq!(meta["not_reviewed"][0]["status"], "needs_reauth");

    let found = findings(&json);
    let has = |user: &str, finding: &str| found[user].iter().any(|f| f == finding);
    assert!(
        has("88231", "leaver"),
        "Ada left, active in Avalara AvaTax: {found:?}"
    );
    assert!(
        !has("g-ada", "leaver"),
        "her inactive account is no finding: {found:?}"
    );
    assert!(has("360001", "leaver"), "Linus is on no roster: {found:?}");
    assert!(has("88232", "privileged"), "admin by user type: {found:?}");
    assert!(has("g-grace", "privileged"), "Super Admin: {found:?}");
    assert!(
        has("g-grace", "duplicate") && has("g-grace-2", "duplicate"),
        "{found:?}"
    );
    assert!(has("88233", "dormant"), "no login since June: {found:?}");
    assert!(has("360002", "dormant"), "never logged in: {found:?}");
    assert!(
        has("1001", "dormant_unknown"),
        "GitLab gives no login: {found:?}"
    );
    assert!(
        !has("1001", "dormant"),
        "not known is not dormant: {found:?}"
    );
    assert!(has("1002", "unmatched"), "a bot without email: {found:?}");
    assert!(found["g-alan"].is_empty(), "{found:?}");
    assert_eq!(meta["counts"]["leaver"], 2, "{meta}");

    let csv = std::fs::read_to_string(dir.join("accounts.csv")).unwrap();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some(
            "app,integrated_account_id,user_id,emails,person,status,last_login,user_type,roles,groups,licenses,findings"
        )
    );
    assert_eq!(lines.count(), 11, "{csv}");
    let ada = csv
        .lines()
        .find(|l| l.contains(",88231,"))
        .expect("Ada's row");
    assert!(
        ada.contains(AVALARA) && ada.contains("ada@example.com") && ada.contains("leaver"),
        "{ada}"
    );

    let md = std::fs::read_to_string(dir.join("review.md")).unwrap();
    let html = std::fs::read_to_string(dir.join("review.html")).unwrap();
    for report in [&md, &html] {
        assert!(
            report.contains("88231") && report.contains("360001"),
            "the leavers: {report}"
        );
        assert!(report.contains(&sha256_hex(&roster)), "the roster's hash");
    }
    assert!(html.to_lowercase().starts_with("<!doctype html"), "{html}");
    assert!(!html.contains("<script"));
    // The other tenant's accounts are never read.
    for file in ["accounts.csv", "review.json", "review.md", "review.html"] {
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        assert!(!text.contains("00uGLOBEX"), "{file}");
    }
    server.shutdown().await;
    let _ = std::fs::remove_dir_all(&dir);
}

/// Whether `text` has the table of findings: a row for the leavers that is neither a line of
/// `userdir:` nor JSON (the metadata on stdout counts them too).
fn table(text: &str) -> bool {
    text.lines()
        .any(|l| l.contains("leaver") && !l.contains("userdir:") && !l.contains('"'))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_table_of_findings_only_on_a_terminal() {
    let dir = scratch("terminal");
    let server = server().await;
    let piped = review(&server, &dir.join("piped"), &[]).await;
    assert!(
        !stderr(&piped).contains("dormant_unknown  "),
        "{}",
        stderr(&piped)
    );
    // On a terminal (util-linux `script` gives the command a pseudo-terminal): the table.
    let command = format!(
        "{USERDIR} review --tenant-id acme --roster {ROSTER} --out {} --now {NOW} --base-url {} --token t",
        dir.join("tty").display(),
        server.base_url()
    );
    let tty = tokio::task::spawn_blocking(move || {
        std::process::Command::new("script")
            .args(["-qec", &command, "/dev/null"])
            .output()
            .expect("`script` (util-linux) runs the command on a pseudo-terminal")
    })
    .await
    .unwrap();
    let screen = String::from_utf8_lossy(&tty.stdout);
    assert!(table(&screen), "the table: {screen}");
    server.shutdown().await;
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_account_reviewed_exits_0_findings_or_not() {
    let dir = scratch("accounts");
    let server = server().await;
    let out = userdir(
        &server,
        &[
            "review",
            "--integrated-account-id",
            AVALARA,
            "--integrated-account-id",
            ZENDESK,
            "--out",
            dir.to_str().unwrap(),
            "--now",
            NOW,
        ],
    )
    .await;
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let meta: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(meta["tenant_id"], Value::Null);
    assert_eq!(meta["rows"], 5);
    assert_eq!(meta["roster"], Value::Null);
    // Without a roster there are no leavers; the dormant accounts are found all the same.
    let found = findings(&read_json(&dir.join("review.json")));
    assert!(found.values().flatten().all(|f| f != "leaver"), "{found:?}");
    assert!(found["88233"].contains(&"dormant".to_string()), "{found:?}");
    server.shutdown().await;
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bad_roster_exits_2_naming_its_line_and_sends_nothing() {
    let dir = scratch("roster");
    let server = server().await;
    for (text, line, what) in [
        (
            "email,status\nada@example.com,left\ngrace@example.com,retired\n",
            "line 3",
            "retired",
        ),
        ("email,name\nada@example.com,Ada\n", "line 1", "status"),
        (
            "email,status\nada@example.com,left\nAda@Example.com,active\n",
            "line 3",
            "line 2",
        ),
    ] {
        let roster = dir.join("roster.csv");
        std::fs::write(&roster, text).unwrap();
        let out = userdir(
            &server,
            &[
                "review",
                "--tenant-id",
                "acme",
                "--roster",
                roster.to_str().unwrap(),
                "--out",
                dir.join("out").to_str().unwrap(),
            ],
        )
        .await;
        let errors = stderr(&out);
        assert_eq!(code(&out), 2, "{errors}");
        assert!(
            errors.contains(roster.to_str().unwrap()),
            "the file: {errors}"
        );
        assert!(
            errors.contains(line) && errors.contains(what),
            "{line}, {what}: {errors}"
        );
    }
    assert_eq!(server.stats().requests, 0, "nothing was sent");
    assert!(!dir.join("out").join("review.json").exists());
    server.shutdown().await;
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn usage_errors_exit_2_before_anything_is_sent() {
    let dir = scratch("usage");
    let server = server().await;
    let file = dir.join("a-file");
    std::fs::write(&file, "not a directory").unwrap();
    let not_a_plan = dir.join("notes.yaml");
    std::fs::write(&not_a_plan, "my notes: keep them\n").unwrap();
    let out_dir = dir.join("out");
    let out_dir = out_dir.to_str().unwrap();
    for (args, says) in [
        (vec!["--out", file.to_str().unwrap()], "is not a directory"),
        (
            vec!["--out", out_dir, "--plan-out", not_a_plan.to_str().unwrap()],
            "not an offboarding plan",
        ),
        (
            vec![
                "--out",
                out_dir,
                "--plan-out",
                &format!("{out_dir}/review.json"),
            ],
            "the review's own files",
        ),
        (
            vec!["--out", out_dir, "--dormant-days", "0"],
            "--dormant-days",
        ),
    ] {
        let mut all = vec!["review", "--tenant-id", "acme", "--roster", ROSTER];
        all.extend(&args);
        let out = userdir(&server, &all).await;
        assert_eq!(code(&out), 2, "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(says), "{args:?}: {}", stderr(&out));
    }
    assert_eq!(
        std::fs::read_to_string(&not_a_plan).unwrap(),
        "my notes: keep them\n",
        "left as it was"
    );
    // --plan-out needs a roster: without one there are no leavers.
    let out = userdir(
        &server,
        &[
            "review",
            "--tenant-id",
            "acme",
            "--out",
            out_dir,
            "--plan-out",
            "p.yaml",
        ],
    )
    .await;
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    // No token.
    let mut command = userdir_command();
    command.args([
        "review",
        "--tenant-id",
        "acme",
        "--out",
        out_dir,
        "--base-url",
        &server.base_url(),
    ]);
    let out = output(&mut command).await;
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("TRUTO_API_TOKEN"), "{}", stderr(&out));
    assert_eq!(server.stats().requests, 0, "nothing was sent");
    // A tenant without accounts: read, and nothing to review.
    let out = userdir(
        &server,
        &["review", "--tenant-id", "initech", "--out", out_dir],
    )
    .await;
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("tenant initech has no integrated accounts"),
        "{}",
        stderr(&out)
    );
    server.shutdown().await;
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_plan_for_the_leavers_is_accepted_by_offboard_dry_run_as_it_is() {
    let dir = scratch("plan");
    let server = server().await;
    let plan = dir.join("leavers.yaml");
    let out = review(
        &server,
        &dir.join("out"),
        &["--plan-out", plan.to_str().unwrap()],
    )
    .await;
    assert_eq!(code(&out), 1, "Box is not reviewed: {}", stderr(&out));
    assert!(
        stderr(&out).contains("the plan for the leavers' 2 account(s)"),
        "{}",
        stderr(&out)
    );
    let yaml = std::fs::read_to_string(&plan).expect("the plan");
    let parsed = Plan::from_yaml(&yaml).unwrap_or_else(|e| panic!("{e}: {yaml}"));
    assert_eq!(parsed.targets.len(), 2, "Ada and Linus: {yaml}");
    for person in ["ada@example.com", "linus@example.com"] {
        assert!(yaml.contains(person), "{person}: {yaml}");
    }
    assert!(!yaml.contains("grace@example.com"), "{yaml}");

    let before = server.stats().applied.len();
    let dry = userdir(&server, &["offboard", plan.to_str().unwrap(), "--dry-run"]).await;
    assert_eq!(code(&dry), 0, "{}\n{}", stdout(&dry), stderr(&dry));
    let lines = json_lines(&stdout(&dry));
    assert!(lines.iter().all(|l| l["outcome"] != "invalid"), "{lines:?}");
    assert!(
        lines
            .iter()
            .any(|l| l["user_id"] == "88231" && l["integrated_account_id"] == AVALARA),
        "Ada's Avalara AvaTax account: {lines:?}"
    );
    assert_eq!(
        server.stats().applied.len(),
        before,
        "a dry run changes nothing"
    );

    // A review without leavers (Ada's Google Workspace account is inactive) writes no plan,
    // and says so, leaving the earlier one as it was.
    let out = userdir(
        &server,
        &[
            "review",
            "--integrated-account-id",
            WORKSPACE,
            "--roster",
            ROSTER,
            "--out",
            dir.join("out-2").to_str().unwrap(),
            "--now",
            NOW,
            "--plan-out",
            plan.to_str().unwrap(),
        ],
    )
    .await;
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("no leaver holds an active account: no plan written"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read_to_string(&plan).unwrap(),
        yaml,
        "left as it was"
    );
    server.shutdown().await;
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn review_diff_says_what_changed_in_markdown_and_json() {
    let dir = scratch("diff");
    let (old, new, other) = (dir.join("q3"), dir.join("q4"), dir.join("other"));
    let server = server().await;
    assert_eq!(code(&review(&server, &old, &[]).await), 1);
    server.shutdown().await;
    // A quarter later: Linus is gone from Zendesk, Alan joined Engineering in Avalara AvaTax,
    // Barbara logged in.
    let later = SEED
        .replace("latency_ms: 20", "latency_ms: 0")
        .replace(
            "      - id: \"360001\"\n        email: linus@example.com\n        status: active\n        fields: {last_login_at: \"2026-11-20T14:00:00Z\"}\n",
            "",
        )
        .replace(
            "groups: [{id: grp-research, name: Research}]",
            "groups: [{id: grp-research, name: Research}, {id: grp-eng, name: Engineering}]",
        )
        .replace("last_login_at: null", "last_login_at: \"2026-12-06T10:00:00Z\"");
    assert!(!later.contains("linus"), "the seed changed as meant");
    let server = local::start(&later).await;
    assert_eq!(code(&review(&server, &new, &[]).await), 1);
    let accounts_only = userdir(
        &server,
        &[
            "review",
            "--integrated-account-id",
            ZENDESK,
            "--out",
            other.to_str().unwrap(),
        ],
    )
    .await;
    assert_eq!(code(&accounts_only), 0, "{}", stderr(&accounts_only));
    server.shutdown().await;

    let (old_json, new_json) = (old.join("review.json"), new.join("review.json"));
    let diff = |extra: &[&str], a: &Path, b: &Path| {
        let mut command = userdir_command();
        command.args(["review", "diff"]).arg(a).arg(b).args(extra);
        output_within(&mut command, Duration::from_secs(60))
    };
    let md = diff(&[], &old_json, &new_json);
    assert_eq!(code(&md), 0, "{}", stderr(&md));
    let text = stdout(&md);
    assert!(text.contains("360001"), "Linus's account lost: {text}");
    assert!(
        text.contains("Engineering (grp-eng)"),
        "Alan's group gained: {text}"
    );
    assert!(
        text.contains("dormant"),
        "Barbara's dormant resolved: {text}"
    );
    assert!(
        text.contains("leaver"),
        "Linus's leaver finding gone: {text}"
    );
    let json = diff(&["--json"], &old_json, &new_json);
    assert_eq!(code(&json), 0, "{}", stderr(&json));
    let value: Value = serde_json::from_str(&stdout(&json)).expect("JSON");
    let dumped = value.to_string();
    assert!(
        dumped.contains("360001") && dumped.contains("grp-eng"),
        "{dumped}"
    );
    // Of one review with itself: nothing changed, still 0.
    let same = diff(&[], &new_json, &new_json);
    assert_eq!(code(&same), 0, "{}", stderr(&same));
    assert!(!stdout(&same).contains("grp-eng"), "{}", stdout(&same));

    // A review of accounts named one by one is not the tenant's: refused unless allowed.
    let refused = diff(&[], &old_json, &other.join("review.json"));
    assert_eq!(code(&refused), 2, "{}", stderr(&refused));
    assert!(
        stderr(&refused).contains("--allow-other-tenant"),
        "{}",
        stderr(&refused)
    );
    let allowed = diff(
        &["--allow-other-tenant"],
        &old_json,
        &other.join("review.json"),
    );
    assert_eq!(code(&allowed), 0, "{}", stderr(&allowed));
    // A file that is not a review, or none.
    for not_a_review in [Path::new(ROSTER), &dir.join("missing.json")] {
        let out = diff(&[], not_a_review, &new_json);
        assert_eq!(code(&out), 2, "{}", stderr(&out));
        assert!(
            stderr(&out).contains(not_a_review.to_str().unwrap()),
            "{}",
            stderr(&out)
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_first_ctrl_c_stops_with_130_and_the_same_command_continues_reading_no_page_twice() {
    let dir = scratch("interrupt");
    // Three accounts of 300 users, in pages of 10 at 100 ms each: 3 s per account.
    let mut seed = String::from("accounts:\n");
    for a in 0..3 {
        seed.push_str(&format!(
            "  - id: 00000000-0000-4000-8000-{a:012}\n    integration: Zendesk\n    tenant_id: big\n    users:\n"
        ));
        for u in 0..300 {
            seed.push_str(&format!(
                "      - {{id: \"u{u:03}\", email: p{u}@example.com, fields: {{last_login_at: \"2026-12-01T00:00:00Z\"}}}}\n"
            ));
        }
    }
    seed.push_str("limits: {per_account: 1000, window_seconds: 10}\nfaults: {latency_ms: 100}\n");
    let server = local::start(&seed).await;
    let out = dir.join("out");
    let args = |out: &Path| -> Vec<String> {
        [
            "review",
            "--tenant-id",
            "big",
            "--out",
            out.to_str().unwrap(),
            "--page-size",
            "10",
            "--base-url",
            &server.base_url(),
            "--token",
            "t",
        ]
        .map(str::to_string)
        .to_vec()
    };
    let mut child = userdir_command()
        .args(args(&out))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Once a few pages are journaled, a first Ctrl-C.
    let journal = out.join("review.journal");
    poll_until("pages journaled", Duration::from_secs(60), || {
        std::fs::read_to_string(&journal).is_ok_and(|j| j.lines().count() >= 6)
    });
    // SAFETY: kill(2) on the child's pid, which this test owns and has not reaped.
    assert_eq!(
        unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) },
        0
    );
    let (tx, rx) = std::sync::mpsc::channel();
    let stdout_pipe = child.stdout.take().unwrap();
    let stderr_pipe = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        use std::io::Read;
        let (mut o, mut e) = (String::new(), String::new());
        let _ = { stdout_pipe }.read_to_string(&mut o);
        let _ = { stderr_pipe }.read_to_string(&mut e);
        let _ = tx.send((child.wait().unwrap(), o, e));
    });
    let (status, _, errors) = rx
        .recv_timeout(Duration::from_secs(30))
        .expect("the review stops soon after a Ctrl-C");
    assert_eq!(status.code(), Some(130), "{errors}");
    assert!(errors.contains("interrupted"), "{errors}");
    assert!(
        !out.join("review.json").exists(),
        "no outputs from a stopped review"
    );
    let listed = || {
        server
            .stats()
            .by_endpoint
            .get("users.list")
            .copied()
            .unwrap_or(0)
    };
    let before = listed();
    assert!(before < 90, "stopped before the end: {before} pages");

    // The same command continues: every user once, and no page read twice.
    let mut command = userdir_command();
    command.args(args(&out));
    let resumed = output(&mut command).await;
    assert_eq!(code(&resumed), 0, "{}", stderr(&resumed));
    assert!(
        stderr(&resumed).contains("holds a review: it is continued ("),
        "{}",
        stderr(&resumed)
    );
    assert_eq!(listed(), 90, "30 pages per account, each read once");
    let json = read_json(&out.join("review.json"));
    let mut users: Vec<String> = json["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| format!("{}/{}", r["integrated_account_id"], r["user_id"]))
        .collect();
    assert_eq!(users.len(), 900);
    users.sort();
    users.dedup();
    assert_eq!(users.len(), 900, "every user exactly once");
    // Once more: the review is finished, its outputs written again, nothing read.
    let mut command = userdir_command();
    command.args(args(&out));
    let again = output(&mut command).await;
    assert_eq!(code(&again), 0, "{}", stderr(&again));
    assert!(
        stderr(&again).contains("finished, its outputs are written again"),
        "{}",
        stderr(&again)
    );
    assert_eq!(listed(), 90, "no page read again");
    let rewritten = read_json(&out.join("review.json"));
    assert!(rewritten["accounts"] == json["accounts"], "the same rows");
    server.shutdown().await;
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn demo_review_tells_the_story() {
    let mut command = userdir_command();
    command.args(["demo", "review"]);
    let out = output_within(&mut command, Duration::from_secs(120));
    let (text, errors) = (stdout(&out), stderr(&out));
    assert_eq!(code(&out), 0, "{text}\n{errors}");
    for step in [
        "## 1. The review",
        "## 2. The report",
        "## 3. The plan for the leavers",
        "## 4. What `userdir offboard",
    ] {
        assert!(text.contains(step), "no {step:?}: {text}");
    }
    // The findings: Ada still active in one app, the contractor, the rest.
    for needle in [
        "leaver",
        "dormant",
        "dormant_unknown",
        "privileged",
        "unmatched",
        "duplicate",
    ] {
        assert!(text.contains(needle), "no {needle}: {text}");
    }
    assert!(text.contains(&format!("not reviewed: {BOX}")), "{text}");
    // The plan, printed, for Ada and Linus; and its dry run, not one target invalid.
    assert!(
        text.contains("email: ada@example.com") || text.contains("email: \"ada@example.com\""),
        "{text}"
    );
    assert!(text.contains("linus@example.com"), "{text}");
    assert!(text.contains(", 0 invalid;"), "{text}");
    assert!(
        !text.contains("00uGLOBEX"),
        "the other tenant is never read"
    );
    // Where the files are: the four outputs and the plan.
    let files = text
        .lines()
        .find_map(|l| l.strip_prefix("# The files: "))
        .expect("the files' line");
    let files: Vec<&str> = files.split(", ").collect();
    assert_eq!(files.len(), 5, "{files:?}");
    for file in &files {
        assert!(Path::new(file).is_file(), "{file}");
    }
    let plan = std::fs::read_to_string(files[4]).unwrap();
    assert!(Plan::from_yaml(&plan).is_ok(), "{plan}");
    if let Some(dir) = Path::new(files[0]).parent() {
        let _ = std::fs::remove_dir_all(dir);
    }
}

#[test]
fn help_lists_the_flags_and_the_cli_page_lists_the_commands() {
    let help = |args: &[&str]| {
        let out = userdir_command().args(args).output().unwrap();
        assert_eq!(code(&out), 0, "{args:?}");
        stdout(&out)
    };
    let review = help(&["review", "--help"]);
    for flag in [
        "--tenant-id",
        "--integrated-account-id",
        "--roster",
        "--dormant-days",
        "--out",
        "--plan-out",
        "--concurrency",
        "--per-account",
        "--window-seconds",
        "--page-size",
        "--max-pages",
        "--base-url",
        "--token",
        "diff",
    ] {
        assert!(review.contains(flag), "review --help: no {flag}");
    }
    assert!(!review.contains("--now"), "--now is for tests: hidden");
    assert!(review.contains("Exit codes: 0 when every account was reviewed"));
    let diff = help(&["review", "diff", "--help"]);
    for flag in ["<OLD>", "<NEW>", "--json", "--allow-other-tenant"] {
        assert!(diff.contains(flag), "review diff --help: no {flag}");
    }
    assert!(help(&["demo", "--help"]).contains("review"));
    assert!(help(&["--help"]).contains("review"));

    let page = std::fs::read_to_string("docs/cli.md").expect("docs/cli.md");
    for row in [
        "| `userdir review --tenant-id",
        "| `userdir review diff OLD NEW",
        "| `userdir demo review` |",
    ] {
        assert!(
            page.lines().any(|l| l.starts_with(row)),
            "docs/cli.md: no row {row}"
        );
    }
    let readme = std::fs::read_to_string("README.md").expect("README.md");
    assert!(readme.contains("`review`") && readme.contains("docs/review.md"));
}
