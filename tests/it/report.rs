//! The auditor's report: every outcome and verification state rendered as Markdown, HTML and a
//! terminal summary; grouping by person, next steps, escaping of hostile values.

#![cfg(feature = "offboard")]

use std::path::Path;

use truto_user_directory::offboard::{
    Confirmation, DryRunLine, Outcome, Report, ReportFormat, RunInfo, Summary, TargetResult,
    Verification, VerifyOutcome, plan_sha256,
};

const ADA: &str = "ada@example.com";
const GRACE: &str = "grace@example.com";
const HOSTILE: &str = "<script>alert(1)</script> & \"quoted\" 'single' | pipe";
const PLAN_SHA: &str = "5f2b9c1e0d4a7b3c8e6f1a2d9c0b4e7f5a3d8c1b6e9f0a2d4c7b1e8f3a6d9c0b";

fn result(target: usize, outcome: Outcome) -> TargetResult {
    TargetResult {
        target,
        integrated_account_id: format!("acct-{target}"),
        integration: Some(format!("App{target}")),
        unknown_integration: None,
        user_id: format!("user-{target}"),
        operation: Some("suspend".into()),
        requested: "auto".into(),
        outcome,
        status: None,
        attempts: 0,
        error: None,
        lost_answers: 0,
        confirmed_by: None,
        note: None,
        problems: Vec::new(),
        email: None,
        request_id: None,
        response_sha256: None,
        verification: None,
        revoke: None,
        started_at: "2025-03-01T09:00:00Z".into(),
        finished_at: "2025-03-01T09:00:01Z".into(),
    }
}

fn verification(outcome: VerifyOutcome, observed: Option<&str>) -> Verification {
    Verification {
        outcome,
        observed_status: observed.map(str::to_string),
        status: Some(200),
        request_id: Some("read-req".into()),
        response_sha256: Some("ab".repeat(32)),
        reads: 2,
        at: "2025-03-01T09:00:02Z".into(),
        note: None,
    }
}

/// Every outcome and verification state, in plan order shuffled (results arrive as they finish).
fn results() -> Vec<TargetResult> {
    let mut sent = result(0, Outcome::Succeeded);
    sent.email = Some(ADA.into());
    sent.status = Some(200);
    sent.attempts = 1;
    sent.request_id = Some("req-0001".into());
    sent.response_sha256 = Some("0f".repeat(32));
    sent.verification = Some(verification(VerifyOutcome::Verified, Some("suspended")));

    let mut unconfirmed = result(1, Outcome::Succeeded);
    unconfirmed.email = Some(ADA.into());
    unconfirmed.status = Some(204);
    unconfirmed.request_id = Some("req-0002".into());
    unconfirmed.verification = Some(verification(VerifyOutcome::Unconfirmed, Some("active")));

    let mut already = result(2, Outcome::AlreadyDone);
    already.email = Some(ADA.into());
    already.status = Some(409);

    let mut not_found = result(3, Outcome::NotFound);
    not_found.email = Some(ADA.into());
    not_found.user_id = String::new();
    not_found.operation = None;

    let mut ambiguous = result(4, Outcome::Ambiguous);
    ambiguous.email = Some(ADA.into());
    ambiguous.user_id = String::new();
    ambiguous.operation = None;
    ambiguous.error = Some("2 users match ada@example.com".into());
    ambiguous.problems = vec!["u-17".into(), "u-42".into()];

    let mut cannot = result(5, Outcome::CannotSearch);
    cannot.email = Some(ADA.into());
    cannot.user_id = String::new();
    cannot.operation = None;
    cannot.error = Some("the API needs workspace_id to list users here".into());

    let mut invalid = result(6, Outcome::Invalid);
    invalid.problems = vec![
        "organization_id is required by App6".into(),
        "user_id is empty".into(),
    ];
    invalid.error = Some(invalid.problems.join("; "));

    let mut confirm = result(7, Outcome::NeedsConfirmation);
    confirm.operation = Some("delete".into());

    let mut failed = result(8, Outcome::Failed);
    failed.status = Some(503);
    failed.attempts = 7;
    failed.error = Some("HTTP 503: the integration is unavailable".into());

    let mut skipped = result(9, Outcome::Skipped);
    skipped.error = Some("the journal records this target as finished".into());

    let mut unresolved = result(10, Outcome::Unresolved);
    unresolved.email = Some(GRACE.into());
    unresolved.user_id = String::new();
    unresolved.operation = None;

    let mut hostile = result(11, Outcome::Succeeded);
    hostile.user_id = HOSTILE.into();
    hostile.integration = None;
    hostile.unknown_integration = Some("brand|new".into());
    hostile.status = Some(200);

    vec![
        failed,
        sent,
        hostile,
        unconfirmed,
        already,
        not_found,
        ambiguous,
        cannot,
        invalid,
        confirm,
        skipped,
        unresolved,
    ]
}

fn summary(results: &[TargetResult]) -> Summary {
    let mut s = Summary::default();
    for r in results {
        s.add(r);
    }
    s
}

fn info(dry_run: bool) -> RunInfo {
    RunInfo {
        plan_path: "plans/ada & co.yaml".into(),
        plan_sha256: PLAN_SHA.into(),
        operator: "auditor@host".into(),
        started_at: "2025-03-01T09:00:00Z".into(),
        finished_at: "2025-03-01T09:00:05Z".into(),
        dry_run,
    }
}

fn report() -> Report {
    let results = results();
    let summary = summary(&results);
    Report::new(results, summary, info(false))
}

/// The text between `start` and the next `end` (or the end).
fn section<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text
        .find(start)
        .unwrap_or_else(|| panic!("no {start:?} in:\n{text}"));
    let rest = &text[from + start.len()..];
    &rest[..rest.find(end).unwrap_or(rest.len())]
}

/// The lines of a Markdown table's body in `text` (rows after the separator).
fn md_rows(text: &str) -> Vec<&str> {
    text.lines()
        .filter(|l| {
            l.starts_with("| ")
                && !l.starts_with("| App | Integrated account |")
                && !l.starts_with("| --- |")
        })
        .collect()
}

#[test]
fn markdown_has_the_run_the_counts_one_table_per_person_and_the_next_steps() {
    let md = report().markdown();
    // In order: title, facts, summary, people, needs a person.
    let order = [
        "# Offboarding report\n",
        "**Run by:** auditor@host",
        "**Started:** 2025-03-01T09:00:00Z",
        "**Finished:** 2025-03-01T09:00:05Z",
        "**Plan:** plans/ada \\& co.yaml",
        &format!("**Plan SHA-256:** {PLAN_SHA}"),
        "**Dry run:** no",
        &format!(
            "**Tool:** userdir (truto-user-directory) {}",
            env!("CARGO_PKG_VERSION")
        ),
        "## Summary",
        "## People",
        "### ada@example.com",
        "### grace@example.com",
        "### Targets given by user id",
        "## Needs a person",
    ];
    let mut at = 0;
    for part in order {
        let found = md[at..]
            .find(part)
            .unwrap_or_else(|| panic!("{part:?} missing or out of order in:\n{md}"));
        at += found + part.len();
    }

    let counts = section(&md, "## Summary", "## People");
    for row in [
        "| targets | 12 |",
        "| succeeded | 3 |",
        "| already_done | 1 |",
        "| failed | 1 |",
        "| ambiguous | 1 |",
        "| cannot_search | 1 |",
        "| verified | 1 |",
        "| unconfirmed | 1 |",
        "| unknown integration | 1 |",
        // ambiguous, cannot_search, invalid, needs_confirmation, failed, unresolved, unconfirmed
        "| needs a person | 7 |",
    ] {
        assert!(counts.contains(row), "{row} in:\n{counts}");
    }

    let ada = section(&md, "### ada@example.com", "###");
    assert!(ada.contains(
        "| App | Integrated account | User id found | Action | Outcome | Verification | HTTP status | Request id | Response SHA-256 |"
    ));
    let rows = md_rows(ada);
    assert_eq!(rows.len(), 6, "{ada}");
    // In plan order, with the evidence.
    assert_eq!(
        rows[0],
        format!(
            "| App0 | acct-0 | user-0 | suspend | succeeded | verified (status suspended) | 200 | req-0001 | {} |",
            "0f".repeat(32)
        )
    );
    assert_eq!(
        rows[1],
        "| App1 | acct-1 | user-1 | suspend | succeeded | unconfirmed (observed status active) | 204 | req-0002 | — |"
    );
    assert!(
        rows[3].contains("| — | auto | not_found | not checked |"),
        "{}",
        rows[3]
    );
    let grace = section(&md, "### grace@example.com", "###");
    assert_eq!(md_rows(grace).len(), 1);
    let by_id = section(&md, "### Targets given by user id", "## Needs a person");
    let rows = md_rows(by_id);
    assert_eq!(rows.len(), 5, "{by_id}");
    assert!(
        rows[2].contains("| failed | not checked | 503 |"),
        "{}",
        rows[2]
    );
}

#[test]
fn every_target_that_needs_a_person_has_its_exact_next_step() {
    let (md, html) = (report().markdown(), report().html());
    for needs in [
        section(&md, "## Needs a person", "\u{0}")
            .replace("\\<", "<")
            .replace("\\>", ">"),
        section(&html, "<h2>Needs a person</h2>", "</body>")
            .replace("&lt;", "<")
            .replace("&gt;", ">"),
    ] {
        for step in [
            "choose the user: re-run with user_id: <one of u-17, u-42> for account acct-4",
            "the API needs workspace_id to list users here; add the parameters it names under params for account acct-5",
            "delete is irreversible: re-run with --confirm-irreversible",
            "HTTP 503: the integration is unavailable; fix the cause and re-run",
            "organization_id is required by App6; user_id is empty; correct this target in the plan",
            "run without --offline to find the user",
            "check the user in App1: status active",
        ] {
            assert!(needs.contains(step), "{step:?} in:\n{needs}");
        }
        // Done targets are not listed.
        for done in ["acct-0", "acct-2", "acct-3", "acct-9", "acct-11"] {
            assert!(!needs.contains(&format!("account {done},")), "{done}");
        }
    }
}

#[test]
fn markdown_escapes_pipes_and_html_in_every_cell() {
    let md = report().markdown();
    assert!(!md.contains("<script>"), "{md}");
    let row = md
        .lines()
        .find(|l| l.contains("alert(1)"))
        .expect("the hostile row");
    assert!(
        row.contains(r#"\<script\>alert(1)\</script\> \& "quoted" 'single' \| pipe"#),
        "{row}"
    );
    assert!(row.contains(r"brand\|new (not in this spec)"), "{row}");
    // Still ten cells: no pipe leaked out of one.
    let unescaped = row.replace(r"\|", "");
    assert_eq!(unescaped.matches('|').count(), 10, "{row}");
}

#[test]
fn html_is_self_contained_and_escapes_every_value() {
    let html = report().html();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<style>"));
    for external in [
        "<script", "<link", "src=", "href=", "http://", "https://", "@import",
    ] {
        assert!(!html.contains(external), "{external} in:\n{html}");
    }
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;&#x2F;script&gt; &amp; &quot;quoted&quot; &#x27;single&#x27; | pipe"),
        "{html}"
    );
    assert!(html.contains("plans&#x2F;ada &amp; co.yaml"));
    assert!(html.contains(PLAN_SHA));
    for heading in [
        "<h1>Offboarding report</h1>",
        "<h2>Summary</h2>",
        "<h3>ada@example.com</h3>",
        "<h3>grace@example.com</h3>",
        "<h3>Targets given by user id</h3>",
        "<h2>Needs a person</h2>",
    ] {
        assert!(html.contains(heading), "{heading}");
    }
    let ada = section(&html, "<h3>ada@example.com</h3>", "</table>");
    assert_eq!(ada.matches("<tr class=").count(), 6);
    let by_id = section(&html, "<h3>Targets given by user id</h3>", "</table>");
    assert!(
        by_id.contains("<tr class=\"failed\"><td>App8</td>"),
        "{by_id}"
    );
    assert!(
        by_id.contains("<tr class=\"attention\"><td>App7</td>"),
        "{by_id}"
    );
    assert!(
        by_id.contains("<tr class=\"done\"><td>App9</td>"),
        "{by_id}"
    );
}

#[test]
fn the_terminal_summary_has_a_row_per_target_and_colours_only_when_asked() {
    let report = report();
    let plain = report.terminal_summary(false);
    assert!(!plain.contains('\x1b'), "{plain}");
    let lines: Vec<&str> = plain.lines().collect();
    assert_eq!(lines.len(), 1 + 12 + 1, "{plain}");
    assert!(lines[0].starts_with("person"));
    assert!(lines[1].starts_with("ada@example.com"), "{plain}");
    assert!(lines[1].contains("App0") && lines[1].contains("succeeded"));
    assert!(lines[1].contains("verified (status suspended)"));
    let last = lines.last().unwrap();
    assert!(
        last.starts_with("12 target(s): 3 succeeded, 1 already_done"),
        "{last}"
    );
    assert!(last.ends_with("; 7 need(s) a person"), "{last}");

    let coloured = report.terminal_summary(true);
    let line_of = |needle: &str| {
        coloured
            .lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("{needle}"))
            .to_string()
    };
    assert!(line_of("App0").starts_with("\x1b[32m"), "done is green");
    assert!(
        line_of("App1").starts_with("\x1b[33m"),
        "unconfirmed is yellow"
    );
    assert!(
        line_of("App4").starts_with("\x1b[33m"),
        "ambiguous is yellow"
    );
    assert!(line_of("App8").starts_with("\x1b[31m"), "failed is red");
    assert!(line_of("App8").ends_with("\x1b[0m"));
}

#[test]
fn the_terminal_summary_neutralises_escape_sequences_in_values() {
    let mut r = result(0, Outcome::Succeeded);
    r.user_id = "evil\x1b[2J\x07".into();
    let report = Report::new(vec![r], Summary::default(), info(false));
    let text = report.terminal_summary(false);
    assert!(!text.contains('\x1b') && !text.contains('\x07'), "{text:?}");
    assert!(text.contains("evil\\u{1b}[2J\\u{7}"), "{text:?}");
    // Markdown and HTML keep a cell on one line, without control characters.
    let mut r = result(0, Outcome::Failed);
    r.error = Some("line one\nline two\x1b \u{202e}".into());
    let report = Report::new(vec![r], Summary::default(), info(false));
    let md = report.markdown();
    assert!(md.contains("line one line two\\u{1b} \\u{202e}"), "{md}");
    assert!(!md.contains('\x1b') && !md.contains('\u{202e}'));
    let html = report.html();
    assert!(html.contains("line two\\u{1b} \\u{202e}"), "{html}");
    assert!(!html.contains('\x1b') && !html.contains('\u{202e}'));
}

#[test]
fn a_run_where_everything_is_done_needs_nobody() {
    let mut r = result(0, Outcome::Succeeded);
    r.verification = Some(verification(VerifyOutcome::Verified, None));
    let rs = vec![r];
    let s = summary(&rs);
    let report = Report::new(rs, s, info(false));
    assert_eq!(report.needs_a_person(), 0);
    let md = report.markdown();
    assert!(
        md.contains("## Needs a person\n\nNothing: every target ended done."),
        "{md}"
    );
    assert!(md.contains("| verified |"), "{md}");
    assert!(
        report
            .html()
            .contains("<p>Nothing: every target ended done.</p>")
    );
}

#[test]
fn a_dry_run_report_is_marked_and_lists_what_must_be_fixed_first() {
    let line = |target: usize, outcome: &'static str, problems: Vec<String>| DryRunLine {
        target,
        integrated_account_id: format!("acct-{target}"),
        integration: Some("App".into()),
        user_id: format!("user-{target}"),
        operation: Some("delete".into()),
        requested: "auto".into(),
        outcome,
        problems,
        request: None,
        email: None,
    };
    let lines = vec![
        line(0, "would_send", vec![]),
        line(1, "needs_confirmation", vec![]),
        line(
            2,
            "invalid",
            vec!["organization_id is required by App".into()],
        ),
        line(3, "would_send", vec![]),
    ];
    let report = Report::from_dry_run(&lines, info(false));
    assert!(report.info().dry_run);
    let md = report.markdown();
    assert!(md.starts_with("# Offboarding report (dry run)\n"), "{md}");
    assert!(md.contains("**Dry run:** yes: nothing was sent"));
    assert!(md.contains("| targets | 4 |\n| would_send | 2 |\n| needs_confirmation | 1 |\n| invalid | 1 |\n| needs a person | 2 |"), "{md}");
    assert!(md.contains("delete is irreversible: run with --confirm-irreversible"));
    assert!(md.contains("organization_id is required by App; correct this target in the plan"));
    assert_eq!(
        md_rows(section(&md, "### Targets given by user id", "##")).len(),
        4
    );
    assert!(
        report
            .html()
            .contains("<h1>Offboarding report (dry run)</h1>")
    );
}

#[test]
fn the_extension_chooses_the_format() {
    for (path, format) in [
        ("r.md", Some(ReportFormat::Markdown)),
        ("dir/R.MD", Some(ReportFormat::Markdown)),
        ("r.html", Some(ReportFormat::Html)),
        ("r.htm", Some(ReportFormat::Html)),
        ("r.txt", None),
        ("report", None),
        ("r.md.bak", None),
    ] {
        assert_eq!(ReportFormat::from_path(Path::new(path)), format, "{path}");
    }
    let r = report();
    assert_eq!(r.render(ReportFormat::Markdown), r.markdown());
    assert_eq!(r.render(ReportFormat::Html), r.html());
}

#[test]
fn the_plan_sha256_is_of_its_bytes() {
    assert_eq!(
        plan_sha256(b"abc"),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
}

#[test]
fn markdown_keeps_an_apps_text_from_striking_through_or_linking() {
    let mut r = result(0, Outcome::Failed);
    r.error = Some("~~u1~~ see https://evil.example/fix".into());
    let summary = Summary::default();
    let md = Report::new(vec![r], summary, info(false)).markdown();
    assert!(md.contains(r"\~\~u1\~\~"), "{md}");
    assert!(md.contains(r"https\://evil.example/fix"), "{md}");
    assert!(!md.contains("https://evil"), "{md}");
}

#[test]
fn a_dry_runs_unverified_and_email_targets_need_a_person_and_group_by_person() {
    let line = |target: usize, outcome: &'static str, email: Option<&str>| DryRunLine {
        target,
        integrated_account_id: format!("acct-{target}"),
        integration: Some("App".into()),
        user_id: String::new(),
        operation: None,
        requested: "auto".into(),
        outcome,
        problems: Vec::new(),
        request: None,
        email: email.map(str::to_string),
    };
    let lines = vec![
        line(0, "unverified", None),
        line(1, "ambiguous", Some("ada@example.com")),
        line(1, "would_send", Some("ada@example.com")),
    ];
    let md = Report::from_dry_run(&lines, info(true)).markdown();
    let needs = section(&md, "## Needs a person", "##");
    assert!(needs.contains("name the integration in the plan"), "{md}");
    assert!(needs.contains("ambiguous"), "{md}");
    assert!(md.contains("ada@example.com"), "{md}");
}

/// A change confirmed after its answer was lost says how; another tenant's account and a call
/// left in doubt say what a person must look at, with what the read of the user saw.
#[test]
fn confirmations_foreign_accounts_and_doubts_say_so() {
    let mut confirmed = result(0, Outcome::Succeeded);
    confirmed.lost_answers = 1;
    confirmed.confirmed_by = Some(Confirmation::ReadBack);
    let mut resent = result(1, Outcome::Succeeded);
    resent.lost_answers = 1;
    resent.confirmed_by = Some(Confirmation::AlreadyDoneOnResend);
    let mut foreign = result(2, Outcome::Foreign);
    foreign.email = Some(ADA.into());
    foreign.error = Some(
        "listed for tenant \"acme\", but the account says it belongs to tenant \"globex\"".into(),
    );
    let mut doubt = result(3, Outcome::Failed);
    doubt.error = Some("connection failed after 1 attempt(s)".into());
    doubt.note = Some("reading the user back could not tell; in doubt; check the user".into());
    let results = vec![confirmed, resent, foreign, doubt];
    let summary = summary(&results);
    assert_eq!((summary.confirmed_after_loss, summary.foreign), (2, 1));
    let md = Report::new(results, summary, info(false)).markdown();
    for text in [
        "succeeded (answer lost; confirmed by reading the user back)",
        "succeeded (answer lost; sent again, the API said already done)",
        "| foreign |",
        "\"globex\"; nothing was done to it",
        "connection failed after 1 attempt(s); reading the user back could not tell; in doubt",
        "| confirmed after a lost answer | 2 |",
    ] {
        assert!(md.contains(text), "{text}:\n{md}");
    }
}

/// A report is written over an existing file only when that file is a report of this tool.
#[test]
fn reports_of_this_tool_are_known_by_their_start() {
    for dry_run in [false, true] {
        let report = Report::new(results(), Summary::default(), info(dry_run));
        assert!(Report::is_report(report.markdown().as_bytes()));
        assert!(Report::is_report(report.html().as_bytes()));
    }
    for other in [
        "# My project\n",
        "<!DOCTYPE html><html>",
        "{\"name\": \"x\"}",
        "Offboarding report",
    ] {
        assert!(!Report::is_report(other.as_bytes()), "{other}");
    }
}
