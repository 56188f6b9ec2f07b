//! `userdir offboard`, `userdir demo` and `userdir mock serve` as processes, against the local
//! server started in the test: a run killed halfway and resumed, dry runs, the demo.

#![cfg(feature = "cli")]

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;
use truto_user_directory::mock::{MockServer, Seed};

use crate::support::userdir::{
    USERDIR, catches_sigint, json_lines, output_within, poll_until, userdir_command,
};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("userdir-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `accounts` accounts alternating Okta (suspend) and GitHub (delete), `users` users each; the
/// seed and the plan, written to `dir`.
fn directory(dir: &Path, accounts: usize, users: usize, faults: &str) -> (Seed, PathBuf) {
    let mut seed = String::from("accounts:\n");
    let mut plan = String::from(
        "defaults: {operation: auto, params: {organization_id: acme}}\nconfirm_irreversible: true\ntargets:\n",
    );
    for a in 0..accounts {
        let id = format!("00000000-0000-4000-8000-{a:012}");
        let integration = if a % 2 == 0 { "Okta" } else { "GitHub" };
        seed.push_str(&format!(
            "  - id: {id}\n    integration: {integration}\n    users:\n"
        ));
        for u in 0..users {
            seed.push_str(&format!("      - {{id: \"u{a}-{u}\"}}\n"));
            plan.push_str(&format!(
                "  - {{integrated_account_id: {id}, integration: {integration}, user_id: \"u{a}-{u}\"}}\n"
            ));
        }
    }
    seed.push_str(&format!(
        "limits: {{per_account: 1000, window_seconds: 10}}\nfaults: {faults}\n"
    ));
    let path = dir.join("plan.yaml");
    std::fs::write(&path, plan).unwrap();
    (Seed::from_yaml(&seed).unwrap(), path)
}

fn outcomes(results: &[Value]) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for r in results {
        *m.entry(r["outcome"].as_str().unwrap().to_string())
            .or_default() += 1;
    }
    m
}

fn offboard(plan: &Path, base_url: &str, extra: &[&str]) -> Command {
    let mut cmd = userdir_command();
    cmd.arg("offboard")
        .arg(plan)
        .args([
            "--base-url",
            base_url,
            "--token",
            "t",
            "--progress",
            "never",
        ])
        .args(extra);
    cmd
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_run_killed_halfway_resumes_from_its_journal_without_repeating_a_call() {
    let dir = scratch("resume");
    let (seed, plan) = directory(&dir, 10, 30, "{latency_ms: 15}");
    let server = MockServer::start(seed).await.unwrap();
    let journal = dir.join("journal.jsonl");
    let audit = dir.join("audit.jsonl");
    let journal_arg = journal.to_str().unwrap();
    let audit_arg = audit.to_str().unwrap();
    let flags = [
        "--journal",
        journal_arg,
        "--audit",
        audit_arg,
        "--concurrency",
        "4",
    ];

    let mut child = offboard(&plan, &server.base_url(), &flags)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    poll_until("60 journal lines", Duration::from_secs(60), || {
        let written = std::fs::read_to_string(&journal)
            .map(|t| t.lines().count())
            .unwrap_or(0);
        assert!(
            written >= 60 || child.try_wait().unwrap().is_none(),
            "the run ended before it was killed"
        );
        written >= 60
    });
    child.kill().unwrap(); // SIGKILL: no chance to tidy up
    child.wait().unwrap();
    let records = journaled(&journal);
    let journaled = holding(&records, "outcome");
    assert!(journaled < 300, "killed halfway, not at the end");
    // The calls the kill cut off are journaled as sent, without a result: in doubt.
    let sent_lines = holding(&records, "sending");
    let in_doubt = sent_lines - journaled;
    let before = server.stats();

    // Resumed: an in-doubt suspend (not idempotent) is read back; applied, it is already
    // done; not, it waits for a person's word; nothing is sent for either.
    let resumed = offboard(&plan, &server.base_url(), &flags)
        .output()
        .unwrap();
    let results = json_lines(&String::from_utf8(resumed.stdout).unwrap());
    let doubted: Vec<&Value> = results
        .iter()
        .filter(|r| r["outcome"] == "needs_confirmation")
        .collect();
    for r in &doubted {
        assert!(r["error"].as_str().unwrap().contains("in doubt"), "{r}");
    }
    // In doubt but applied (the kill came between the answer and its journal line): read
    // back, done, nothing sent.
    let read_back_done = results
        .iter()
        .filter(|r| r["outcome"] == "already_done")
        .filter(|r| {
            r["note"]
                .as_str()
                .unwrap_or("")
                .contains("nothing was sent")
        })
        .count();
    assert!(doubted.len() + read_back_done <= in_doubt);
    assert_eq!(
        resumed.status.code(),
        Some(if doubted.is_empty() { 0 } else { 1 }),
        "{}",
        String::from_utf8_lossy(&resumed.stderr)
    );
    // Then re-sent knowingly.
    let resumed = offboard(&plan, &server.base_url(), &flags)
        .arg("--resend-in-doubt")
        .output()
        .unwrap();
    assert_eq!(
        resumed.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&resumed.stderr)
    );
    let results = json_lines(&String::from_utf8(resumed.stdout).unwrap());
    let targets: HashSet<u64> = results
        .iter()
        .map(|r| r["target"].as_u64().unwrap())
        .collect();
    assert_eq!(
        (results.len(), targets.len()),
        (300, 300),
        "every target once"
    );
    let counts = outcomes(&results);
    assert_eq!(
        counts.get("skipped"),
        Some(&(300 - doubted.len())),
        "{counts:?}"
    );
    // Calls the kill cut off may have been applied without being journaled: resent, the API
    // answers "already done". None is applied twice.
    let stats = server.stats();
    assert_eq!(stats.applied.len(), 300, "every user was offboarded");
    assert!(
        stats.applied.values().all(|&n| n == 1),
        "a call was applied twice"
    );
    // Reads: the targets in doubt are read back (once per resumed run at most) before
    // anything is sent for them.
    let reads = |s: &truto_user_directory::mock::Stats| {
        s.by_endpoint.get("users.get").copied().unwrap_or(0)
    };
    let read_back = reads(&stats) - reads(&before);
    assert!(read_back as usize <= 2 * in_doubt, "{read_back} reads");
    let sent = stats.requests - before.requests - read_back;
    assert_eq!(
        sent as usize,
        300 - journaled - read_back_done,
        "the resumed runs sent one call per unfinished target and none for the journaled ones \
         or those read back done"
    );
    // The audit trail: one successful record per user over both runs.
    let records = json_lines(&std::fs::read_to_string(&audit).unwrap());
    let mut succeeded = HashMap::new();
    for r in records.iter().filter(|r| r["outcome"] == "succeeded") {
        let key = format!("{}/{}", r["integrated_account_id"], r["user_id"]);
        *succeeded.entry(key).or_insert(0) += 1;
    }
    assert!(succeeded.values().all(|&n| n == 1));
    server.shutdown().await;
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dry_run_sends_nothing_and_exits_2_when_a_target_is_invalid() {
    let dir = scratch("dry");
    let (seed, plan) = directory(&dir, 2, 2, "{}");
    let server = MockServer::start(seed).await.unwrap();
    let out = offboard(&plan, &server.base_url(), &["--dry-run"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let results = json_lines(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(outcomes(&results).get("would_send"), Some(&4));
    assert!(results.iter().all(|r| {
        r["request"]["url"]
            .as_str()
            .unwrap()
            .starts_with(&server.base_url())
    }));

    // One target without its required parameter: exit 2, the validator's message, still nothing sent.
    let text = std::fs::read_to_string(&plan)
        .unwrap()
        .replace("params: {organization_id: acme}", "params: {}");
    std::fs::write(&plan, text).unwrap();
    let out = offboard(&plan, &server.base_url(), &["--dry-run"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let results = json_lines(&String::from_utf8(out.stdout).unwrap());
    let invalid: Vec<&Value> = results
        .iter()
        .filter(|r| r["outcome"] == "invalid")
        .collect();
    assert_eq!(invalid.len(), 2, "the GitHub deletes");
    assert!(
        invalid[0]["problems"][0]
            .as_str()
            .unwrap()
            .contains("is required by GitHub")
    );
    assert_eq!(
        server.stats().requests,
        0,
        "a dry run sends no request at all"
    );
    server.shutdown().await;
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exit_code_1_when_a_target_is_not_done() {
    let dir = scratch("exit");
    let (seed, plan) = directory(&dir, 2, 1, "{}");
    let server = MockServer::start(seed).await.unwrap();
    let text = std::fs::read_to_string(&plan)
        .unwrap()
        .replace("confirm_irreversible: true\n", "");
    std::fs::write(&plan, text).unwrap();
    let out = offboard(&plan, &server.base_url(), &[]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let results = json_lines(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(
        outcomes(&results),
        BTreeMap::from([("needs_confirmation".into(), 1), ("succeeded".into(), 1)])
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("1 need confirmation"), "{stderr}");
    // Confirmed on the command line, it runs.
    let out = offboard(&plan, &server.base_url(), &["--confirm-irreversible"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_unreadable_plan_is_a_usage_error_with_its_line() {
    let dir = scratch("badplan");
    let plan = dir.join("plan.yaml");
    std::fs::write(&plan, "targets:\n  - {integrated_account_id: x, user: 1}\n").unwrap();
    let out = offboard(&plan, "http://127.0.0.1:9", &[]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("plan.yaml: line 2") && stderr.contains("user"),
        "{stderr}"
    );
    // From stdin, named as such.
    let mut child = offboard(Path::new("-"), "http://127.0.0.1:9", &["--dry-run"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(
        &mut child.stdin.take().unwrap(),
        b"targets:\n  - {integrated_account_id: 62f44730-dd91-461e-bd6a-aedd9e0ad79d, integration: Okta, user_id: u1}\n",
    )
    .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let results = json_lines(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(outcomes(&results).get("would_send"), Some(&1));
    let out = offboard(Path::new("-"), "http://127.0.0.1:9", &["--dry-run"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("stdin"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_demo_offboards_a_person_by_email_verified_and_reported() {
    let out = userdir_command().arg("demo").output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(0), "{stdout}\n{stderr}");
    let lines: Vec<Value> = stdout
        .lines()
        .filter(|l| l.starts_with('{'))
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let with = |outcome: &str| lines.iter().filter(|r| r["outcome"] == outcome).count();
    // 1. Find: one line per account of the tenant (ten), none of the other tenant's.
    assert_eq!(with("found"), 5, "{stdout}");
    // Find, dry run, run and resumed run each report these once.
    assert_eq!(with("not_found"), 4);
    assert_eq!(with("ambiguous"), 4);
    assert_eq!(with("cannot_search"), 3 * 4);
    assert_eq!(
        with("would_send"),
        7,
        "Okta twice and Avalara AvaTax; two Okta groups, a Google Workspace role assignment, the GitHub team"
    );
    assert_eq!(
        with("needs_confirmation"),
        6,
        "the GitHub and Google Workspace deletes: dry run, run, resumed run"
    );
    assert_eq!(
        with("succeeded"),
        6,
        "three accounts, two groups, one role assignment"
    );
    assert_eq!(with("unsupported"), 1, "GitHub has no remove-user method");
    assert_eq!(with("skipped"), 4, "the resumed run repeats nothing");
    let verified = lines
        .iter()
        .filter(|r| r["verification"]["outcome"] == "verified")
        .count();
    assert_eq!(verified, 6, "every change was read back");
    assert!(
        !stdout.contains("00uGLOBEX"),
        "the other tenant's Ada is never touched"
    );
    assert!(stdout.contains("none that changes anything"), "{stdout}");
    assert!(stdout.contains(", 0 that change anything"), "{stdout}");
    // Her access, before and after, in the report.
    for needle in [
        "## Access before and after",
        "| groups | Engineering (00g-eng), Finance (00g-fin) | none |",
        "| roles | Super Admin (r-super) | none |",
        "| groups | core (team-core) | core (team-core) |",
    ] {
        assert!(stdout.contains(needle), "no {needle:?} in {stdout}");
    }
    // 5. The report: a table for Ada, and what needs a person.
    assert!(stdout.contains("# Offboarding report"), "{stdout}");
    // The audit log's chain is checked, up to the head the run reported.
    assert!(
        stdout.contains("its hash chain holds: 7 record(s) of 2 run(s), head "),
        "{stdout}"
    );
    assert!(stdout.contains("Plan SHA-256"), "{stdout}");
    for needle in [
        "Needs a person",
        "--confirm-irreversible",
        "workspace_id",
        "005A1",
    ] {
        assert!(stdout.contains(needle), "no {needle:?} in {stdout}");
    }
    let report = stdout
        .lines()
        .find_map(|l| l.strip_prefix("## 5. The auditor's report: "))
        .and_then(|rest| rest.split(' ').next())
        .expect("the report's path");
    let written = std::fs::read_to_string(report).expect("the report file");
    assert!(written.contains("ada@example.com"));
    let html = std::fs::read_to_string(report.replace(".md", ".html")).expect("html");
    assert!(html.starts_with("<!DOCTYPE html>") || html.starts_with("<!doctype html>"));
    assert!(!html.contains("<script"));
}

#[test]
fn mock_serve_answers_on_the_port_it_prints() {
    let dir = scratch("serve");
    let seed = dir.join("seed.yaml");
    std::fs::write(
        &seed,
        "accounts:\n  - {id: 62f44730-dd91-461e-bd6a-aedd9e0ad79d, integration: Okta, users: [{id: 00u1}]}\n",
    )
    .unwrap();
    let mut child = userdir_command()
        .args(["mock", "serve", "--port", "0", "--seed"])
        .arg(&seed)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut url = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut url)
        .unwrap();
    let url = url.trim().to_string();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let bytes = runtime.block_on(async {
        reqwest::Client::new()
            .get(format!(
                "{url}/integrated-account/62f44730-dd91-461e-bd6a-aedd9e0ad79d"
            ))
            .bearer_auth("t")
            .send()
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap()
    });
    let body: Value = serde_json::from_slice(&bytes).unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(body["integration"]["name"], "okta");
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_progress_bar_only_on_a_terminal() {
    let dir = scratch("progress");
    let (seed, plan) = directory(&dir, 2, 3, "{}");
    let server = MockServer::start(seed).await.unwrap();
    let bar = "6/6 targets";
    // Piped: no bar, only the summary.
    let out = offboard(&plan, &server.base_url(), &["--confirm-irreversible"])
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(!stderr.contains(bar), "{stderr}");
    assert!(stderr.contains("6 target(s): 6 succeeded"), "{stderr}");
    assert!(
        !stderr.contains("verification"),
        "no report summary: {stderr}"
    );
    // On a terminal (util-linux `script` gives the command a pseudo-terminal): the bar.
    let command = format!(
        "{USERDIR} offboard {} --base-url {} --token t",
        plan.display(),
        server.base_url()
    );
    let tty = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .output()
        .expect("`script` (util-linux) runs the command on a pseudo-terminal");
    let screen = String::from_utf8_lossy(&tty.stdout);
    assert!(screen.contains(bar), "{screen}");
    assert!(screen.contains("\"outcome\":\"already_done\""), "{screen}");
    // `--progress never` on a terminal: no bar.
    let quiet = Command::new("script")
        .args(["-qec", &format!("{command} --progress never"), "/dev/null"])
        .output()
        .unwrap();
    let screen = String::from_utf8_lossy(&quiet.stdout);
    assert!(!screen.contains(bar), "{screen}");
    assert!(screen.contains("6 already done"), "{screen}");
    // On a terminal, the report's summary at the end: one coloured row per target.
    assert!(
        screen.contains("person") && screen.contains("verification"),
        "{screen}"
    );
    assert!(screen.contains("\x1b[32mu0-0"), "green, done: {screen}");
    assert!(
        screen.contains("6 target(s): 6 already_done; 0 need(s) a person"),
        "{screen}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_report_is_written_as_markdown_or_html_with_the_plan_hash_and_no_token() {
    let dir = scratch("report");
    let (seed, plan) = directory(&dir, 2, 2, "{}");
    // One target the API cannot find: a failure a person must look at.
    let text = std::fs::read_to_string(&plan)
        .unwrap()
        .replace("user_id: \"u0-1\"", "user_id: \"<b>gone</b>|&\"");
    std::fs::write(&plan, &text).unwrap();
    let sha = sha256_hex(text.as_bytes());
    let server = MockServer::start(seed).await.unwrap();
    let token = "secret-token-4f1d9a";
    // `offboard` passes a token of its own.
    let command = |plan: &Path, report: &Path| {
        let mut cmd = userdir_command();
        cmd.arg("offboard")
            .arg(plan)
            .args(["--base-url", &server.base_url(), "--progress", "never"])
            .args(["--token", token, "--operator", "auditor <a&b>", "--report"])
            .arg(report)
            .env_remove("TRUTO_API_TOKEN");
        cmd
    };
    let run = |report: &Path, extra: &[&str]| command(&plan, report).args(extra).output().unwrap();

    let md_path = dir.join("report.md");
    let out = run(&md_path, &[]);
    assert_eq!(out.status.code(), Some(1), "one target failed");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(json_lines(&stdout).len(), 4, "stdout stays NDJSON");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        !stderr.contains("person"),
        "no terminal summary when piped: {stderr}"
    );
    let md = std::fs::read_to_string(&md_path).unwrap();
    assert!(md.starts_with("# Offboarding report\n"), "{md}");
    assert!(md.contains("**Run by:** auditor \\<a\\&b\\>"), "{md}");
    assert!(md.contains(&format!("**Plan SHA-256:** {sha}")), "{md}");
    assert!(
        md.contains(&format!("**Plan:** {}", plan.display())),
        "{md}"
    );
    assert!(md.contains("**Dry run:** no"));
    assert!(
        md.contains("| targets | 4 |") && md.contains("| succeeded | 3 |"),
        "{md}"
    );
    assert!(md.contains("### Targets given by user id"));
    let rows: Vec<&str> = md
        .lines()
        .filter(|l| l.starts_with("| Okta |") || l.starts_with("| GitHub |"))
        .collect();
    assert_eq!(rows.len(), 4, "{md}");
    assert!(
        rows.iter()
            .any(|r| r.contains("| u0-0 | suspend | succeeded | not checked | 200 |")),
        "{md}"
    );
    let needs = &md[md.find("## Needs a person").unwrap()..];
    assert!(
        needs.contains("user \\<b\\>gone\\</b\\>\\|\\& (failed): ")
            && needs.contains("fix the cause and re-run"),
        "{needs}"
    );
    assert!(!md.contains(token));

    // HTML, from the plan read on stdin; the same hash.
    let html_path = dir.join("report.HTML");
    let mut child = command(Path::new("-"), &html_path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), text.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = std::fs::read_to_string(&html_path).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert!(html.contains(&sha), "{html}");
    assert!(html.contains("<dd>stdin</dd>"));
    assert!(html.contains("auditor &lt;a&amp;b&gt;"));
    assert!(
        html.contains("&lt;b&gt;gone&lt;&#x2F;b&gt;|&amp;"),
        "{html}"
    );
    assert!(!html.contains("<b>") && !html.contains("<script") && !html.contains(token));
    assert_eq!(html.matches("<tr class=\"done\">").count(), 3, "{html}");
    assert!(html.contains("<td>already_done</td>"), "{html}");
    assert_eq!(html.matches("<tr class=\"failed\">").count(), 1, "{html}");

    // A dry run writes its report too, marked as one; nothing is sent.
    let before = server.stats().requests;
    let dry_path = dir.join("dry.md");
    let out = run(&dry_path, &["--dry-run"]);
    assert_eq!(out.status.code(), Some(0));
    let dry = std::fs::read_to_string(&dry_path).unwrap();
    assert!(dry.starts_with("# Offboarding report (dry run)\n"), "{dry}");
    assert!(dry.contains("**Dry run:** yes: nothing was sent"));
    assert!(dry.contains("| would_send | 4 |"), "{dry}");
    assert!(dry.contains(&sha) && !dry.contains(token));
    assert_eq!(server.stats().requests, before);
    server.shutdown().await;
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_report_file_with_another_extension_is_a_usage_error() {
    let dir = scratch("report-ext");
    let (_, plan) = directory(&dir, 1, 1, "{}");
    let report = dir.join("report.txt");
    let out = offboard(&plan, "http://127.0.0.1:9", &["--report"])
        .arg(&report)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("--report") && stderr.contains(".md, .html, .htm"),
        "{stderr}"
    );
    assert!(out.stdout.is_empty(), "nothing ran");
    assert!(!report.exists());
    // A report that cannot be written fails the command (exit 7: the machine failed), naming
    // the flag and the file.
    let unwritable = dir.join("missing").join("report.md");
    let out = offboard(&plan, "http://127.0.0.1:9", &["--dry-run", "--report"])
        .arg(&unwritable)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("--report") && stderr.contains("cannot write"),
        "{stderr}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Result lines printed on stdout so far, read by a thread as they come.
fn stdout_lines(child: &mut std::process::Child) -> std::sync::mpsc::Receiver<Value> {
    let (tx, rx) = std::sync::mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if let Ok(v) = serde_json::from_str::<Value>(&line)
                && tx.send(v).is_err()
            {
                return;
            }
        }
    });
    rx
}

/// Reads lines of `from` into `text` until one holds `needle` (the process said it).
fn read_until(from: &mut impl BufRead, text: &mut String, needle: &str) {
    while !text.contains(needle) {
        assert!(from.read_line(text).unwrap() > 0, "no {needle:?} in {text}");
    }
}

fn interrupt(child: &std::process::Child) {
    // SAFETY: kill(2) on the child's pid, which this test owns and has not reaped.
    let sent = unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) };
    assert_eq!(sent, 0, "SIGINT sent");
}

/// How many of `lines` hold `key` (results hold `outcome`, sendings `sending`).
fn holding(lines: &[Value], key: &str) -> usize {
    lines.iter().filter(|l| l.get(key).is_some()).count()
}

/// Journaled lines that parse (a line torn by a kill does not).
fn journaled(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_first_ctrl_c_stops_cleanly_and_the_resume_sends_nothing_twice() {
    let dir = scratch("interrupt");
    let (seed, plan) = directory(&dir, 4, 20, "{latency_ms: 100}");
    let server = MockServer::start(seed).await.unwrap();
    let journal = dir.join("journal.jsonl");
    let audit = dir.join("audit.jsonl");
    let flags = [
        "--journal",
        journal.to_str().unwrap(),
        "--audit",
        audit.to_str().unwrap(),
        "--concurrency",
        "4",
    ];
    let mut child = offboard(&plan, &server.base_url(), &flags)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let printed = stdout_lines(&mut child);
    let mut results = Vec::new();
    while results.len() < 12 {
        let line = printed
            .recv_timeout(Duration::from_secs(30))
            .expect("the run prints results");
        results.push(line);
    }
    interrupt(&child);
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(130), "exit code 130");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("stopping"), "{stderr}");
    assert!(
        stderr.contains("not sent (interrupted)"),
        "the summary: {stderr}"
    );
    results.extend(printed.iter());

    // Every target has one line; the ones not started say so, and nothing was sent for them.
    assert_eq!(results.len(), 80, "one line per target");
    let counts = outcomes(&results);
    let interrupted = counts.get("interrupted").copied().unwrap_or(0);
    let succeeded = counts.get("succeeded").copied().unwrap_or(0);
    assert!(interrupted > 0 && succeeded >= 12, "{counts:?}");
    assert_eq!(interrupted + succeeded, 80, "{counts:?}");
    // Every call sent finished and is in the journal and the audit log: none was cut off.
    let stats = server.stats();
    assert_eq!(stats.applied.len(), succeeded, "applied = reported");
    // (A call stopped while it waited for its place, before the server acted on it, is
    // journaled `interrupted`: the next run sends it without doubt.)
    let results_journaled = journaled(&journal)
        .iter()
        .filter(|l| l["outcome"] == "succeeded")
        .count();
    assert_eq!(
        results_journaled, succeeded,
        "every finished target is journaled"
    );
    let chain = truto_user_directory::offboard::verify_audit(
        BufReader::new(std::fs::File::open(&audit).unwrap()),
        None,
    )
    .expect("the audit chain holds");
    assert_eq!((chain.records, chain.runs), (succeeded, 1));

    // The resume sends exactly the targets not sent, once each.
    let before = server.stats();
    let resumed = offboard(&plan, &server.base_url(), &flags)
        .output()
        .unwrap();
    assert_eq!(
        resumed.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&resumed.stderr)
    );
    let stats = server.stats();
    assert_eq!((stats.requests - before.requests) as usize, interrupted);
    assert_eq!(stats.applied.len(), 80, "every user offboarded");
    assert!(
        stats.applied.values().all(|&n| n == 1),
        "a call was applied twice"
    );
    server.shutdown().await;
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_ctrl_c_aborts_at_once() {
    let dir = scratch("abort");
    // Calls take 20 s: a stop that waited for them would show.
    let (seed, plan) = directory(&dir, 2, 4, "{latency_ms: 20000}");
    let server = MockServer::start(seed).await.unwrap();
    let journal = dir.join("journal.jsonl");
    let mut child = offboard(
        &plan,
        &server.base_url(),
        &["--journal", journal.to_str().unwrap(), "--concurrency", "2"],
    )
    .stdout(Stdio::null())
    .stderr(Stdio::piped())
    .spawn()
    .unwrap();
    // The calls are in flight once the server has them.
    poll_until("two calls", Duration::from_secs(30), || {
        server.stats().requests >= 2
    });
    interrupt(&child);
    let (mut stderr, mut text) = (BufReader::new(child.stderr.take().unwrap()), String::new());
    read_until(&mut stderr, &mut text, "stopping");
    assert!(
        child.try_wait().unwrap().is_none(),
        "the first Ctrl-C waits for the calls in flight"
    );
    let stopped_at = Instant::now();
    interrupt(&child);
    std::io::Read::read_to_string(&mut stderr, &mut text).unwrap();
    assert_eq!(child.wait().unwrap().code(), Some(130));
    assert!(
        stopped_at.elapsed() < Duration::from_secs(10),
        "the second Ctrl-C did not wait"
    );
    assert!(text.contains("aborted"), "{text}");
    server.shutdown().await;
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn userdir_audit_verify_checks_a_real_runs_log() {
    let dir = scratch("audit-verify");
    let (seed, plan) = directory(&dir, 2, 3, "{latency_ms: 0}");
    let server = MockServer::start(seed).await.unwrap();
    let audit = dir.join("audit.jsonl");
    let run = offboard(
        &plan,
        &server.base_url(),
        &["--audit", audit.to_str().unwrap()],
    )
    .output()
    .unwrap();
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let stderr = String::from_utf8_lossy(&run.stderr);
    let head = stderr
        .split("audit log head ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or_else(|| panic!("the run prints the head: {stderr}"))
        .to_string();
    // The anchor names the plan file's SHA-256.
    let text = std::fs::read_to_string(&audit).unwrap();
    let first: Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    assert_eq!(
        first["anchor"]["plan_sha256"],
        sha256_hex(&std::fs::read(&plan).unwrap())
    );

    let verify = |head: Option<&str>| {
        let mut cmd = userdir_command();
        cmd.args(["audit", "verify"]).arg(&audit);
        if let Some(h) = head {
            cmd.args(["--head", h]);
        }
        cmd.output().unwrap()
    };
    let ok = verify(Some(&head));
    assert_eq!(
        ok.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let said = String::from_utf8_lossy(&ok.stdout);
    assert!(
        said.contains("6 record(s) of 1 run(s)") && said.contains(&head),
        "{said}"
    );

    // An auditor's copy with one record altered: exit 6 (the chain breaks), naming the line
    // after it.
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    lines[3] = lines[3].replace("\"succeeded\"", "\"failed\"");
    std::fs::write(&audit, lines.join("\n") + "\n").unwrap();
    let broken = verify(None);
    assert_eq!(broken.status.code(), Some(6));
    let said = String::from_utf8_lossy(&broken.stderr);
    assert!(said.contains("line 5"), "{said}");
    // The last record removed: only the head shows it.
    let intact: Vec<&str> = text.lines().collect();
    std::fs::write(&audit, intact[..intact.len() - 1].join("\n") + "\n").unwrap();
    assert_eq!(verify(None).status.code(), Some(0));
    assert_eq!(verify(Some(&head)).status.code(), Some(6));
    server.shutdown().await;
    let _ = std::fs::remove_dir_all(&dir);
}

/// Crash consistency at scale: a 300-target run against a server with faults (502s, dropped
/// connections after the call was applied, latency) is killed with SIGKILL at 20 random points
/// and resumed each time; then it runs to the end. No user is changed twice, and every target
/// ends done exactly once in the journal.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn twenty_kills_at_random_points_lose_nothing_and_repeat_nothing() {
    let dir = scratch("kills");
    let seed_value = fastrand::u64(..);
    eprintln!("random seed {seed_value}");
    let mut rng = fastrand::Rng::with_seed(seed_value);
    let (seed, plan) = directory(
        &dir,
        10,
        30,
        &format!("{{latency_ms: 5, error_rate: 0.05, drop_rate: 0.03, seed: {seed_value}}}"),
    );
    let server = MockServer::start(seed).await.unwrap();
    let journal = dir.join("journal.jsonl");
    let audit = dir.join("audit.jsonl");
    let flags = [
        "--journal",
        journal.to_str().unwrap(),
        "--audit",
        audit.to_str().unwrap(),
        "--concurrency",
        "4",
    ];
    let line_count = || {
        std::fs::read_to_string(&journal)
            .map(|t| t.lines().count())
            .unwrap_or(0)
    };
    // Lines a kill tore (cut in the middle of their write; the next run ends them): the only
    // lines allowed not to parse.
    let mut torn = std::collections::HashSet::new();
    for kill in 0..20 {
        let before = line_count();
        // Killed after 0 to 12 more journal lines: 20 kills stay inside the run.
        let more = rng.usize(0..=12);
        let mut child = offboard(&plan, &server.base_url(), &flags)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        poll_until("more journal lines", Duration::from_secs(60), || {
            let written = line_count() >= before + more;
            assert!(
                written || child.try_wait().unwrap().is_none(),
                "kill {kill}: the run ended before it was killed"
            );
            written
        });
        std::thread::sleep(Duration::from_millis(rng.u64(0..5)));
        child.kill().unwrap();
        child.wait().unwrap();
        // Only the line a kill cut short may be torn: the last one now, or one an earlier kill
        // cut (a write can be cut where it crosses a page of the file).
        let text = std::fs::read_to_string(&journal).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        for (n, line) in lines.iter().enumerate().take(lines.len().saturating_sub(1)) {
            assert!(
                torn.contains(&n) || serde_json::from_str::<Value>(line).is_ok(),
                "kill {kill}: journal line {} is torn and no kill cut it: {line}",
                n + 1
            );
        }
        if !text.is_empty() && !text.ends_with('\n') {
            torn.insert(lines.len() - 1);
        }
    }
    // The calls the kills cut off are in doubt: re-sent knowingly.
    let mut last = None;
    for _ in 0..3 {
        let out = offboard(&plan, &server.base_url(), &flags)
            .arg("--resend-in-doubt")
            .output()
            .unwrap();
        let code = out.status.code();
        last = Some(out);
        if code == Some(0) {
            break;
        }
    }
    let last = last.unwrap();
    assert_eq!(
        last.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&last.stderr)
    );
    let stats = server.stats();
    assert_eq!(stats.applied.len(), 300, "every user was offboarded");
    assert!(
        stats.applied.values().all(|&n| n == 1),
        "a destructive call was applied twice: {:?}",
        stats
            .applied
            .iter()
            .filter(|(_, n)| **n > 1)
            .collect::<Vec<_>>()
    );
    let mut done: HashMap<String, usize> = HashMap::new();
    for r in journaled(&journal) {
        if ["succeeded", "already_done"].contains(&r["outcome"].as_str().unwrap_or_default()) {
            *done
                .entry(format!("{}/{}", r["integrated_account_id"], r["user_id"]))
                .or_default() += 1;
        }
    }
    assert_eq!(done.len(), 300, "every target's outcome is journaled");
    assert!(done.values().all(|&n| n == 1), "a target finished twice");
    server.shutdown().await;
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_run_on_the_same_journal_is_refused_and_sends_nothing() {
    let dir = scratch("two-runs");
    // Answers slow enough that the first run's two calls in flight are still waiting while the
    // second run starts and is refused, even on a loaded machine: the requests counted
    // meanwhile are the first run's at most.
    let (seed, plan) = directory(&dir, 2, 10, "{latency_ms: 1000}");
    let server = MockServer::start(seed).await.unwrap();
    let journal = dir.join("journal.jsonl");
    let flags = ["--journal", journal.to_str().unwrap(), "--concurrency", "2"];
    let first = offboard(&plan, &server.base_url(), &flags)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    poll_until("a call", Duration::from_secs(30), || {
        server.stats().requests > 0
    });
    let before = server.stats().requests;
    let second = offboard(&plan, &server.base_url(), &flags)
        .output()
        .unwrap();
    let after = server.stats().requests;
    assert_ne!(second.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert!(
        stderr.contains("another run is using this file"),
        "{stderr}"
    );
    assert!(second.stdout.is_empty(), "nothing was run");
    // The first run's calls are at most 2 at a time: the second added none.
    assert!(after - before <= 2, "{before} → {after}");
    let mut first = first;
    assert_eq!(first.wait().unwrap().code(), Some(0));
    assert!(server.stats().applied.values().all(|&n| n == 1));
    server.shutdown().await;
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_plan_journal_audit_and_report_must_be_different_files() {
    let dir = scratch("same-files");
    let (seed, plan) = directory(&dir, 1, 2, "{}");
    let server = MockServer::start(seed).await.unwrap();
    let original = std::fs::read(&plan).unwrap();
    let plan_arg = plan.to_str().unwrap();
    let journal = dir.join("j.jsonl");
    let journal_arg = journal.to_str().unwrap();
    // A journal named like a report.
    let journal_md = dir.join("journal.md");
    let journal_md = journal_md.to_str().unwrap();
    for (flags, named) in [
        (vec!["--journal", plan_arg], "the plan"),
        (vec!["--audit", plan_arg], "the plan"),
        (
            vec!["--journal", journal_arg, "--audit", journal_arg],
            "the journal",
        ),
        (
            vec!["--journal", journal_md, "--report", journal_md],
            "the journal",
        ),
    ] {
        let out = offboard(&plan, &server.base_url(), &flags)
            .output()
            .unwrap();
        // A usage error: nothing was read or sent.
        assert_eq!(out.status.code(), Some(2), "{flags:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(named), "{flags:?}: {stderr}");
        assert!(!stderr.contains("the run stopped"), "{flags:?}: {stderr}");
        assert_eq!(
            std::fs::read(&plan).unwrap(),
            original,
            "{flags:?}: the plan is intact"
        );
    }
    // A report over the plan (a plan may have any name, `.md` too).
    let plan_md = dir.join("plan.md");
    std::fs::copy(&plan, &plan_md).unwrap();
    let out = offboard(
        &plan_md,
        &server.base_url(),
        &["--report", plan_md.to_str().unwrap()],
    )
    .output()
    .unwrap();
    assert_ne!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("the plan"));
    assert_eq!(
        std::fs::read(&plan_md).unwrap(),
        original,
        "the plan is intact"
    );
    assert_eq!(server.stats().requests, 0, "nothing was sent");
    server.shutdown().await;
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_journal_of_another_server_is_refused_unless_allowed() {
    let dir = scratch("base-url");
    let (seed, plan) = directory(&dir, 1, 2, "{}");
    let first = MockServer::start(seed.clone()).await.unwrap();
    let second = MockServer::start(seed).await.unwrap();
    let journal = dir.join("journal.jsonl");
    let flags = ["--journal", journal.to_str().unwrap()];
    let out = offboard(&plan, &first.base_url(), &flags).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let out = offboard(&plan, &second.base_url(), &flags)
        .output()
        .unwrap();
    assert_ne!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&first.base_url()) && stderr.contains("--allow-other-base-url"),
        "{stderr}"
    );
    assert_eq!(
        second.stats().requests,
        0,
        "nothing was sent to the other server"
    );
    // A dry run of that run says the same.
    let dry = offboard(&plan, &second.base_url(), &flags)
        .arg("--dry-run")
        .output()
        .unwrap();
    assert_eq!(dry.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&dry.stderr).contains(&first.base_url()),
        "{dry:?}"
    );
    let out = offboard(&plan, &second.base_url(), &flags)
        .arg("--allow-other-base-url")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        outcomes(&json_lines(&String::from_utf8(out.stdout).unwrap())).get("skipped"),
        Some(&2),
        "allowed knowingly, the journal's finished targets are skipped"
    );
    first.shutdown().await;
    second.shutdown().await;
    let _ = std::fs::remove_dir_all(&dir);
}

/// A journal that cannot be written (here: a file-size limit, as a full disk would) stops the
/// run: nothing is sent after the failure, and every call the server applied is in the
/// journal (as sent, or with its result).
#[cfg(target_os = "linux")]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_journal_write_failure_stops_the_run_with_every_applied_call_journaled() {
    use std::os::unix::process::CommandExt;
    let dir = scratch("full-disk");
    let (seed, plan) = directory(&dir, 2, 40, "{latency_ms: 5}");
    let server = MockServer::start(seed).await.unwrap();
    let journal = dir.join("journal.jsonl");
    let mut cmd = offboard(
        &plan,
        &server.base_url(),
        &["--journal", journal.to_str().unwrap(), "--concurrency", "4"],
    );
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            let limit = libc::rlimit {
                rlim_cur: 8 * 1024,
                rlim_max: 8 * 1024,
            };
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            if libc::setrlimit(libc::RLIMIT_FSIZE, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let out = cmd.output().unwrap();
    // Its own exit code, and what was sent before is counted on stderr too.
    assert_eq!(out.status.code(), Some(5));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("cannot write")
            && stderr.contains("the run stopped at once; nothing more was sent")
            && stderr.contains(" succeeded, "),
        "{stderr}"
    );
    let results = json_lines(&String::from_utf8(out.stdout).unwrap());
    let counts = outcomes(&results);
    assert!(
        counts.get("interrupted").copied().unwrap_or(0) > 0,
        "stopped early: {counts:?}"
    );
    let text = std::fs::read_to_string(&journal).unwrap();
    let stats = server.stats();
    assert!(
        !stats.applied.is_empty(),
        "some calls were sent before the disk filled"
    );
    for applied in stats.applied.keys() {
        let user = applied.split('/').nth(1).unwrap();
        assert!(
            text.contains(&format!("\"user_id\":\"{user}\"")),
            "{user} was changed but is not in the journal"
        );
    }
    // What ended is on stdout; what was applied is all there.
    let reported: HashSet<&str> = results
        .iter()
        .filter(|r| r["outcome"] == "succeeded")
        .map(|r| r["user_id"].as_str().unwrap())
        .collect();
    assert_eq!(reported.len(), stats.applied.len(), "{stats:?}");
    server.shutdown().await;
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_damaged_journal_line_is_named_and_its_targets_are_in_doubt() {
    let dir = scratch("damaged");
    let (seed, plan) = directory(&dir, 2, 3, "{}");
    let server = MockServer::start(seed).await.unwrap();
    let journal = dir.join("journal.jsonl");
    let flags = ["--journal", journal.to_str().unwrap()];
    assert_eq!(
        offboard(&plan, &server.base_url(), &flags)
            .output()
            .unwrap()
            .status
            .code(),
        Some(0)
    );
    // A result line of an Okta user (suspend: not idempotent) altered by hand.
    let text = std::fs::read_to_string(&journal).unwrap();
    let mut lines_of: Vec<String> = text.lines().map(str::to_string).collect();
    let n = lines_of
        .iter()
        .position(|l| {
            l.contains("\"outcome\":\"succeeded\"") && l.contains("\"operation\":\"suspend\"")
        })
        .expect("a suspend result");
    lines_of[n] = lines_of[n].replace("\"status\":200", "\"status\":201");
    std::fs::write(&journal, lines_of.join("\n") + "\n").unwrap();
    let user = lines_of[n]
        .split("\"user_id\":\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();

    // The dry run of the resumed run holds it: it reads nothing back, and suspend is not
    // idempotent.
    let dry = offboard(&plan, &server.base_url(), &flags)
        .arg("--dry-run")
        .output()
        .unwrap();
    let dry = json_lines(&String::from_utf8(dry.stdout).unwrap());
    let held: Vec<&Value> = dry
        .iter()
        .filter(|l| l["outcome"] == "needs_confirmation")
        .collect();
    assert_eq!(held.len(), 1, "{dry:?}");
    assert_eq!(held[0]["user_id"], user.as_str());

    // The run reads the user back before anything else: the suspend took effect (in the
    // first run), so it is already done, and nothing is sent again.
    let before = server.stats();
    let out = offboard(&plan, &server.base_url(), &flags)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(&format!("line {}", n + 1)), "{stderr}");
    let results = json_lines(&String::from_utf8(out.stdout).unwrap());
    let doubted: Vec<&Value> = results
        .iter()
        .filter(|r| r["outcome"] != "skipped")
        .collect();
    assert_eq!(doubted.len(), 1, "{results:?}");
    assert_eq!(doubted[0]["user_id"], user.as_str());
    assert_eq!(doubted[0]["outcome"], "already_done", "{:?}", doubted[0]);
    let note = doubted[0]["note"].as_str().unwrap();
    assert!(
        note.contains("cannot be trusted") && note.contains("reading the user back shows"),
        "{note}"
    );
    let after = server.stats();
    assert_eq!(
        after.applied, before.applied,
        "nothing was re-sent unconfirmed"
    );
    assert_eq!(
        after.requests - before.requests,
        1,
        "one read, no mutating call"
    );
    server.shutdown().await;
    let _ = std::fs::remove_dir_all(&dir);
}

/// `--journal` and `--audit` take a new file or one of their own kind: any other file is
/// refused with exit 2 and left byte for byte, before anything is sent (dry runs too).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_journal_or_audit_log_that_is_another_kind_of_file_is_refused_and_left_as_it_is() {
    let dir = scratch("not-ours");
    let (seed, plan) = directory(&dir, 1, 2, "{}");
    let server = MockServer::start(seed).await.unwrap();
    // A journal and an audit log of a real run, to swap.
    let journal = dir.join("journal.jsonl");
    let audit = dir.join("audit.jsonl");
    let notes = dir.join("notes.txt");
    let package = dir.join("package.json");
    let readme = dir.join("README.md");
    std::fs::write(&readme, "# My project\n").unwrap();
    let init = dir.join("__init__.py");
    std::fs::write(&init, "").unwrap();
    let empty_md = dir.join("empty.md");
    std::fs::write(&empty_md, "").unwrap();
    let brace = dir.join("brace.txt");
    std::fs::write(&brace, "{").unwrap();
    std::fs::write(&notes, "my notes\nabout ada\n").unwrap();
    std::fs::write(&package, "{\"name\": \"app\", \"version\": \"1.0.0\"}\n").unwrap();
    let subdir = dir.join("a-directory");
    std::fs::create_dir_all(&subdir).unwrap();
    let before = server.stats().requests;
    let arg = |p: &Path| p.to_str().unwrap().to_string();
    let cases: Vec<(Vec<String>, &str)> = vec![
        (vec!["--journal".into(), arg(&notes)], "is not a journal"),
        (vec!["--audit".into(), arg(&package)], "is not an audit log"),
        (
            vec!["--journal".into(), arg(&notes), "--dry-run".into()],
            "is not a journal",
        ),
        (
            vec!["--journal".into(), "/dev/full".into()],
            "not a regular file",
        ),
        (
            vec!["--journal".into(), "/dev/zero".into()],
            "not a regular file",
        ),
        (
            vec!["--audit".into(), "/dev/zero".into()],
            "not a regular file",
        ),
        (vec!["--journal".into(), arg(&subdir)], "not a regular file"),
        (vec!["--journal".into(), arg(&init)], "exists and is empty"),
        (vec!["--audit".into(), arg(&init)], "exists and is empty"),
        (vec!["--journal".into(), arg(&brace)], "is not a journal"),
        (
            vec!["--report".into(), arg(&empty_md)],
            "exists and is empty",
        ),
        // Nor is a report written over a file that is not one.
        (
            vec!["--report".into(), arg(&readme)],
            "is not a report of this tool",
        ),
    ];
    for (flags, says) in cases {
        let flags: Vec<&str> = flags.iter().map(String::as_str).collect();
        let out = output_within(
            &mut offboard(&plan, &server.base_url(), &flags),
            Duration::from_secs(20),
        );
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{flags:?}: {stderr}");
        assert!(stderr.contains(says), "{flags:?}: {stderr}");
    }
    assert_eq!(
        std::fs::read(&notes).unwrap(),
        b"my notes\nabout ada\n",
        "left as it was"
    );
    assert_eq!(
        std::fs::read(&package).unwrap(),
        b"{\"name\": \"app\", \"version\": \"1.0.0\"}\n"
    );
    assert_eq!(std::fs::read(&readme).unwrap(), b"# My project\n");
    for untouched in [&init, &empty_md] {
        assert!(std::fs::read(untouched).unwrap().is_empty());
    }
    assert_eq!(std::fs::read(&brace).unwrap(), b"{");
    assert_eq!(server.stats().requests, before, "nothing was sent");

    // A journal and an audit log of this tool are each their own kind only; a report of this
    // tool is written over.
    let report = dir.join("report.md");
    let flags = [
        "--journal",
        journal.to_str().unwrap(),
        "--audit",
        audit.to_str().unwrap(),
        "--report",
        report.to_str().unwrap(),
    ];
    let out = offboard(&plan, &server.base_url(), &flags)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let (journal_bytes, audit_bytes) = (
        std::fs::read(&journal).unwrap(),
        std::fs::read(&audit).unwrap(),
    );
    let report_bytes = std::fs::read(&report).unwrap();
    assert!(report_bytes.starts_with(b"# Offboarding report"));
    let swapped = [
        "--journal",
        audit.to_str().unwrap(),
        "--audit",
        journal.to_str().unwrap(),
    ];
    let out = offboard(&plan, &server.base_url(), &swapped)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read(&journal).unwrap(), journal_bytes);
    assert_eq!(std::fs::read(&audit).unwrap(), audit_bytes);
    // Their own kind, again: the resumed run skips what was done, and writes its report over
    // the last one.
    let out = offboard(&plan, &server.base_url(), &flags)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_ne!(std::fs::read(&report).unwrap(), report_bytes);
    assert_eq!(
        outcomes(&json_lines(&String::from_utf8(out.stdout).unwrap())).get("skipped"),
        Some(&2)
    );
    server.shutdown().await;
    let _ = std::fs::remove_dir_all(&dir);
}

/// Files that are one another through a link or a `..` are a usage error (exit 2): nothing is
/// read, written or sent.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn files_aliased_through_a_link_or_dot_dot_are_a_usage_error() {
    let dir = scratch("aliased");
    let (seed, plan) = directory(&dir, 1, 2, "{}");
    let server = MockServer::start(seed).await.unwrap();
    let original = std::fs::read(&plan).unwrap();
    let link = dir.join("journal-link.jsonl");
    std::os::unix::fs::symlink(&plan, &link).unwrap();
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    let journal = dir.join("journal.jsonl");
    let dotted = dir.join("sub").join("..").join("journal.jsonl");
    for flags in [
        vec!["--journal", link.to_str().unwrap()],
        vec![
            "--journal",
            journal.to_str().unwrap(),
            "--audit",
            dotted.to_str().unwrap(),
        ],
    ] {
        let out = offboard(&plan, &server.base_url(), &flags)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{flags:?}: {stderr}");
        assert!(stderr.contains("give each its own file"), "{stderr}");
    }
    assert_eq!(std::fs::read(&plan).unwrap(), original);
    assert!(!journal.exists(), "nothing was written");
    assert_eq!(server.stats().requests, 0);
    server.shutdown().await;
    let _ = std::fs::remove_dir_all(&dir);
}

/// The journal's base URL is compared as a URL: the same server written another way (scheme
/// and host in capitals, a trailing slash) is the same API.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_journals_base_url_is_compared_as_a_url() {
    let dir = scratch("same-url");
    let (seed, plan) = directory(&dir, 1, 2, "{}");
    let server = MockServer::start(seed).await.unwrap();
    let journal = dir.join("journal.jsonl");
    let flags = ["--journal", journal.to_str().unwrap()];
    let port = server.addr().port();
    let written = format!("http://localhost:{port}");
    let out = offboard(&plan, &written, &flags).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    for (base, same) in [
        (format!("HTTP://LocalHost:{port}/"), true),
        (format!("http://localhost:{port}//"), true),
        (format!("http://127.0.0.1:{port}"), false),
    ] {
        let out = offboard(&plan, &base, &flags).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(if same { 0 } else { 2 }),
            "{base}: {stderr}"
        );
        if same {
            assert_eq!(
                outcomes(&json_lines(&String::from_utf8(out.stdout).unwrap())).get("skipped"),
                Some(&2),
                "{base}"
            );
        } else {
            assert!(stderr.contains("--allow-other-base-url"), "{stderr}");
        }
    }
    server.shutdown().await;
    let _ = std::fs::remove_dir_all(&dir);
}

/// Signals are watched from the start: a first Ctrl-C while the journal is still being read
/// stops the run before it searches or sends, and a second aborts at once, file I/O included.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_ctrl_c_aborts_at_once_while_the_journal_is_read() {
    let dir = scratch("abort-reading");
    let (seed, plan) = directory(&dir, 1, 2, "{}");
    let server = MockServer::start(seed).await.unwrap();
    let journal = dir.join("journal.jsonl");
    let flags = ["--journal", journal.to_str().unwrap()];
    let out = offboard(&plan, &server.base_url(), &flags)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    // A long journal (tens of MB of valid lines): reading it takes a while.
    let text = std::fs::read_to_string(&journal).unwrap();
    let last = text.lines().last().unwrap().to_string() + "\n";
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .open(&journal)
        .unwrap();
    std::io::Write::write_all(&mut file, last.repeat((40 << 20) / last.len()).as_bytes()).unwrap();
    drop(file);
    let before = server.stats().requests;
    let mut child = offboard(&plan, &server.base_url(), &flags)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    poll_until("userdir to watch Ctrl-C", Duration::from_secs(10), || {
        catches_sigint(pid)
    });
    interrupt(&child);
    // The second once the first is taken (the run says it is stopping).
    let (mut stderr, mut text) = (BufReader::new(child.stderr.take().unwrap()), String::new());
    read_until(&mut stderr, &mut text, "stopping");
    let aborted_at = Instant::now();
    interrupt(&child);
    std::io::Read::read_to_string(&mut stderr, &mut text).unwrap();
    assert_eq!(child.wait().unwrap().code(), Some(130));
    assert!(
        aborted_at.elapsed() < Duration::from_secs(2),
        "{:?}",
        aborted_at.elapsed()
    );
    assert!(text.contains("aborted"), "{text}");
    assert_eq!(server.stats().requests, before, "nothing was sent");
    server.shutdown().await;
    let _ = std::fs::remove_dir_all(&dir);
}
