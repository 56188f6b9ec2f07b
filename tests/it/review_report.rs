//! The access review's outputs read back: the reports (`review.md`, `review.html`: escaping,
//! leavers first, counts), the streaming reader of `review.json` on a large review and its
//! errors, the leavers' offboarding plan (read back as a plan and dry-run against the local
//! server), and the diff of two reviews.

#![cfg(all(feature = "mock", feature = "offboard"))]

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use truto_user_directory::mock::{MockServer, Seed};
use truto_user_directory::offboard::{FindOptions, Plan, dry_run_people};
use truto_user_directory::review::diff::{DiffError, DiffOptions, diff};
use truto_user_directory::review::load::{
    MAX_ROW_BYTES, ReadErrorKind, ReviewReadError, for_each_row, read_review,
};
use truto_user_directory::review::plan::{LeaversPlanError, leavers_plan};
use truto_user_directory::review::report::{terminal_table, write_reports};
use truto_user_directory::review::{
    AccountNotReviewed, AccountReviewed, AccountRow, Finding, Review, ReviewMeta, RosterInfo,
};

use crate::support::clients::bulk_client;
use crate::support::local::TOKEN;

/// A directory of its own under the system's temp dir, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!(
            "userdir-review-report-{name}-{}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("scratch dir");
        Scratch(dir)
    }

    fn path(&self) -> &Path {
        &self.0
    }

    fn json(&self) -> PathBuf {
        self.0.join("review.json")
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const OKTA: &str = "00000000-0000-4000-8000-000000000001";
const ZENDESK: &str = "00000000-0000-4000-8000-000000000003";
const BROKEN: &str = "00000000-0000-4000-8000-000000000009";

fn row(app: &str, account: &str, user: &str, person: Option<&str>) -> AccountRow {
    AccountRow {
        app: app.into(),
        integrated_account_id: account.into(),
        user_id: user.into(),
        emails: person.map(|p| vec![p.to_string()]).unwrap_or_default(),
        person: person.map(str::to_string),
        status: Some("active".into()),
        last_login: Some("2026-01-10T09:00:00Z".into()),
        user_type: None,
        roles: Vec::new(),
        groups: Vec::new(),
        licenses: Vec::new(),
        findings: Vec::new(),
    }
}

fn with(mut row: AccountRow, findings: &[Finding]) -> AccountRow {
    row.findings = findings.to_vec();
    row
}

/// A review's meta whose counts and rows agree with `rows`.
fn meta_of(tenant: Option<&str>, rows: &[AccountRow]) -> ReviewMeta {
    let mut counts = BTreeMap::new();
    for r in rows {
        for f in &r.findings {
            *counts.entry(*f).or_insert(0) += 1;
        }
    }
    let mut reviewed: BTreeMap<&str, AccountReviewed> = BTreeMap::new();
    for r in rows {
        reviewed
            .entry(&r.integrated_account_id)
            .or_insert_with(|| AccountReviewed {
                integrated_account_id: r.integrated_account_id.clone(),
                app: r.app.clone(),
                users: 0,
                pages: 1,
            })
            .users += 1;
    }
    ReviewMeta {
        tenant_id: tenant.map(str::to_string),
        started_at: "2026-03-01T09:00:00Z".into(),
        finished_at: "2026-03-01T09:05:00Z".into(),
        spec_version: "0.1.0".into(),
        dormant_days: 90,
        roster: Some(RosterInfo {
            path: "roster.csv".into(),
            sha256: "ab".repeat(32),
            people: 3,
            left: 1,
        }),
        reviewed: reviewed.into_values().collect(),
        not_reviewed: vec![AccountNotReviewed {
            integrated_account_id: BROKEN.into(),
            app: Some("Asana".into()),
            status: Some("needs_reauth".into()),
            reason: "the account is not active".into(),
        }],
        counts,
        rows: rows.len() as u64,
    }
}

/// Writes `review.json` as the engine does: the accounts first, then the meta.
fn write_review(path: &Path, rows: &[AccountRow], meta: &ReviewMeta) {
    let text =
        serde_json::to_string(&serde_json::json!({"accounts": rows, "meta": meta})).expect("json");
    assert!(text.starts_with(r#"{"accounts":"#), "accounts first");
    std::fs::write(path, text).expect("write review.json");
}

/// The tenant's review: Ada left but still active in Okta (and an admin there) and in
/// Zendesk; Grace an admin; Linus dormant; an account without email; hostile values.
fn tenant_rows() -> Vec<AccountRow> {
    let mut ada_okta = with(
        row("Okta", OKTA, "00u1", Some("ada@example.com")),
        &[Finding::Leaver, Finding::Privileged],
    );
    ada_okta.roles = vec!["Super admin (r1)".into()];
    let ada_zendesk = with(
        row("Zendesk", ZENDESK, "z1", Some("ada@example.com")),
        &[Finding::Leaver],
    );
    let mut grace = with(
        row("Okta", OKTA, "00u2", Some("grace@example.com")),
        &[Finding::Privileged],
    );
    grace.user_type = Some("admin".into());
    let mut linus = with(
        row("Zendesk", ZENDESK, "z2", Some("linus@example.com")),
        &[Finding::Dormant],
    );
    linus.last_login = Some("2025-01-01T00:00:00Z".into());
    let mut nobody = with(row("Zendesk", ZENDESK, "z3", None), &[Finding::Unmatched]);
    nobody.last_login = None;
    let mut hostile = with(
        row(
            "Okta",
            OKTA,
            "<script>alert(1)</script>",
            Some("eve|x@example.com"),
        ),
        &[Finding::DormantUnknown],
    );
    hostile.status = Some("active\n| forged | row |".into());
    hostile.roles = vec!["[click](https://evil.example) *bold* `code`".into()];
    hostile.groups = vec!["\u{1b}[31mred\u{202e}gnp.exe".into()];
    hostile.licenses = vec!["<img src=x onerror=alert(2)> & more".into()];
    hostile.last_login = None;
    let quiet = row("Okta", OKTA, "00u9", Some("joan@example.com"));
    vec![ada_okta, ada_zendesk, grace, linus, nobody, hostile, quiet]
}

/// The `## ` headings of a Markdown report, in order.
fn headings(md: &str) -> Vec<&str> {
    md.lines().filter(|l| l.starts_with("## ")).collect()
}

/// The cells of a Markdown table row (split at pipes that are not escaped).
fn cells(line: &str) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut chars = line.trim().chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                cells.last_mut().unwrap().push(c);
                if let Some(next) = chars.next() {
                    cells.last_mut().unwrap().push(next);
                }
            }
            '|' => cells.push(String::new()),
            c => cells.last_mut().unwrap().push(c),
        }
    }
    // The leading and trailing pipes make empty first and last cells.
    cells[1..cells.len() - 1]
        .iter()
        .map(|c| c.trim().to_string())
        .collect()
}

#[test]
fn reports_say_what_the_review_was_sum_it_up_and_list_leavers_first() {
    let dir = Scratch::new("reports");
    let rows = tenant_rows();
    let meta = meta_of(Some("acme"), &rows);
    write_review(&dir.json(), &rows, &meta);
    write_reports(dir.path()).expect("reports");

    let md = std::fs::read_to_string(dir.path().join("review.md")).expect("review.md");
    assert!(md.starts_with("# Access review\n"), "{md}");
    for fact in [
        "- **Tenant:** acme",
        "- **Started:** 2026-03-01T09:00:00Z",
        "- **Finished:** 2026-03-01T09:05:00Z",
        "- **Reviewed:** 7 user account(s) in 2 integrated account(s)",
        "- **Not reviewed:** 1 integrated account(s)",
        "- **Roster:** roster.csv",
        "- **Roster people:** 3 (1 left)",
        "- **Dormant after:** 90 days",
        "- **Spec version:** userdir (truto-user-directory) 0.1.0",
    ] {
        assert!(md.contains(fact), "{fact:?} in:\n{md}");
    }
    assert!(md.contains(&format!("- **Roster SHA-256:** {}", "ab".repeat(32))));
    assert!(!md.contains("**Warning:**"), "meta and rows agree");

    // Summary per finding, then per app.
    for line in [
        "| leaver | 2 |",
        "| privileged | 2 |",
        "| dormant | 1 |",
        "| duplicate | 0 |",
        "| unmatched | 1 |",
        "| dormant_unknown | 1 |",
        // App, integrated accounts, accounts, then leaver, privileged, dormant, duplicate,
        // unmatched, dormant_unknown.
        "| Okta | 1 | 4 | 1 | 2 | 0 | 0 | 0 | 1 |",
        "| Zendesk | 1 | 3 | 1 | 0 | 1 | 0 | 1 | 0 |",
    ] {
        assert!(md.contains(line), "{line:?} in:\n{md}");
    }
    // The account not reviewed, with its status and why.
    assert!(md.contains(&format!(
        "| {BROKEN} | Asana | needs_reauth | the account is not active |"
    )));

    // The lists: leavers first, then privileged, dormant, duplicate, unmatched, unknown.
    let order: Vec<&str> = headings(&md)
        .into_iter()
        .filter(|h| h.contains("(`"))
        .collect();
    assert_eq!(
        order,
        [
            "## Leavers (`leaver`): 2",
            "## Privileged accounts (`privileged`): 2",
            "## Dormant accounts (`dormant`): 1",
            "## Duplicate accounts (`duplicate`): 0",
            "## Unmatched accounts (`unmatched`): 1",
            "## Dormancy unknown (`dormant_unknown`): 1",
        ]
    );
    let leavers = &md[md.find("## Leavers").unwrap()..md.find("## Privileged accounts").unwrap()];
    assert!(leavers.contains(&format!(
        "| Okta | {OKTA} | 00u1 | ada@example.com | active | 2026-01-10T09:00:00Z | Super admin (r1) | — | — |"
    )));
    assert!(leavers.contains(&format!("| Zendesk | {ZENDESK} | z1 | ada@example.com |")));
    assert_eq!(
        leavers.matches("\n| Okta |").count() + leavers.matches("\n| Zendesk |").count(),
        2
    );
    let duplicates = &md[md.find("## Duplicate accounts").unwrap()..];
    assert!(
        duplicates
            .contains("): 0\n\nOne person holds several active accounts in one app.\n\nNone.\n")
    );

    // Every table row has its columns: no value made a cell or a row of its own.
    for line in md.lines().filter(|l| l.starts_with('|')) {
        let n = cells(line).len();
        assert!(
            [2, 4, 5, 9].contains(&n),
            "{n} cells in a table row: {line:?}"
        );
    }
    assert!(
        !dir.path().read_dir().unwrap().any(|e| e
            .unwrap()
            .file_name()
            .to_string_lossy()
            .ends_with(".part"))
    );
}

#[test]
fn every_value_is_escaped_in_both_reports() {
    let dir = Scratch::new("escaping");
    let rows = tenant_rows();
    let mut meta = meta_of(Some("acme <b>corp</b>"), &rows);
    meta.not_reviewed[0].reason = "<script>steal()</script> | forged".into();
    write_review(&dir.json(), &rows, &meta);
    write_reports(dir.path()).expect("reports");

    let md = std::fs::read_to_string(dir.path().join("review.md")).expect("review.md");
    let hostile = md
        .lines()
        .find(|l| l.contains("alert(1)"))
        .expect("the hostile row");
    assert_eq!(cells(hostile).len(), 9, "{hostile}");
    for escaped in [
        r"\<script\>alert(1)\</script\>",
        r"eve\|x@example.com",
        r"active \| forged \| row \|",
        r"\[click\](https\://evil.example) \*bold\* \`code\`",
        r"\u{1b}\[31mred\u{202e}gnp.exe",
        r"\<img src=x onerror=alert(2)\> \& more",
    ] {
        assert!(hostile.contains(escaped), "{escaped:?} in {hostile:?}");
    }
    assert!(md.contains(r"- **Tenant:** acme \<b\>corp\</b\>"));
    assert!(md.contains(r"\<script\>steal()\</script\> \| forged"));
    assert!(!md.contains('\u{1b}') && !md.contains('\u{202e}'));

    let html = std::fs::read_to_string(dir.path().join("review.html")).expect("review.html");
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(html.ends_with("</body>\n</html>\n"));
    assert!(html.contains("<style>"), "inline CSS");
    for absent in [
        "<script",
        "<img",
        "<b>",
        "src=\"",
        "href=\"http",
        "\u{1b}",
        "\u{202e}",
    ] {
        assert!(!html.contains(absent), "{absent:?} in the HTML report");
    }
    for escaped in [
        "&lt;script&gt;alert(1)&lt;&#x2F;script&gt;",
        "&lt;img src=x onerror=alert(2)&gt; &amp; more",
        "acme &lt;b&gt;corp&lt;&#x2F;b&gt;",
        r"\u{1b}[31mred\u{202e}gnp.exe",
    ] {
        assert!(html.contains(escaped), "{escaped:?} in the HTML report");
    }
    // Leavers first in the HTML too.
    let at = |id: &str| html.find(&format!("<h2 id=\"{id}\">")).expect(id);
    assert!(at("leaver") < at("privileged") && at("privileged") < at("dormant"));
    assert!(at("dormant") < at("duplicate") && at("unmatched") < at("dormant_unknown"));
}

#[test]
fn a_report_says_when_the_meta_disagrees_with_the_rows_and_without_a_roster() {
    let dir = Scratch::new("inconsistent");
    let rows = tenant_rows();
    let mut meta = meta_of(None, &rows);
    meta.roster = None;
    meta.counts.insert(Finding::Leaver, 5);
    write_review(&dir.json(), &rows, &meta);
    write_reports(dir.path()).expect("reports");
    let md = std::fs::read_to_string(dir.path().join("review.md")).expect("review.md");
    assert!(md.contains("- **Tenant:** — (integrated accounts named one by one)"));
    assert!(md.contains("- **Roster:** — (none given"));
    assert!(
        md.contains("- **Warning:** the meta counts 5 leaver row(s), the file holds 2"),
        "{md}"
    );
}

#[test]
fn a_review_whose_app_names_are_over_their_bound_makes_no_report() {
    let dir = Scratch::new("apps");
    let rows: Vec<AccountRow> = (0..3)
        .map(|i| row(&format!("{i}{}", "a".repeat(400_000)), OKTA, "u", None))
        .collect();
    write_review(&dir.json(), &rows, &meta_of(Some("acme"), &rows));
    let err = write_reports(dir.path()).expect_err("over the bound");
    assert_eq!(err.kind(), std::io::ErrorKind::InvalidData);
    assert!(
        err.to_string()
            .contains("the names of the review's apps take more than"),
        "{err}"
    );
    assert!(!dir.path().join("review.md").exists());
    let left: Vec<_> = dir
        .path()
        .read_dir()
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, ["review.json"], "no part file left behind");
}

#[test]
fn the_terminal_table_counts_per_finding_leavers_first() {
    let rows = tenant_rows();
    let meta = meta_of(Some("acme"), &rows);
    let plain = terminal_table(&meta, false);
    let lines: Vec<&str> = plain.lines().collect();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        ["finding", "accounts"]
    );
    let counts: Vec<(String, String)> = lines[1..7]
        .iter()
        .map(|l| {
            let mut w = l.split_whitespace();
            (w.next().unwrap().into(), w.next().unwrap().into())
        })
        .collect();
    let expected = [
        ("leaver", "2"),
        ("privileged", "2"),
        ("dormant", "1"),
        ("duplicate", "0"),
        ("unmatched", "1"),
        ("dormant_unknown", "1"),
    ];
    assert_eq!(
        counts,
        expected.map(|(a, b)| (a.to_string(), b.to_string()))
    );
    assert!(lines[7].starts_with("7 account(s) in 2 integrated account(s) reviewed; 1"));
    assert!(!plain.contains('\u{1b}'));

    let colored = terminal_table(&meta, true);
    assert!(colored.contains("\x1b[31mleaver"));
    assert!(colored.contains("\x1b[33mprivileged"));
    assert!(!colored.contains("\x1b[33mduplicate"), "no colour for none");
}

/// Writes a review of `n` rows row by row (never all in memory), each `dormant_unknown` and
/// one in a thousand a leaver's; with its meta when `whole`, else cut where the meta starts.
fn write_large_review(path: &Path, n: u64, whole: bool) {
    let mut file = std::io::BufWriter::new(std::fs::File::create(path).expect("create"));
    file.write_all(br#"{"accounts":["#).unwrap();
    let apps = ["Okta", "Zendesk", "GitHub", "Slack"];
    let mut counts = BTreeMap::new();
    for i in 0..n {
        if i > 0 {
            file.write_all(b",").unwrap();
        }
        let app = apps[(i % 4) as usize];
        let mut r = row(app, &format!("acct-{}", i % 4), &format!("u{i}"), None);
        r.findings = if i % 1000 == 0 {
            vec![Finding::Leaver, Finding::DormantUnknown]
        } else {
            vec![Finding::DormantUnknown]
        };
        for f in &r.findings {
            *counts.entry(*f).or_insert(0u64) += 1;
        }
        serde_json::to_writer(&mut file, &r).unwrap();
    }
    file.write_all(br#"],"meta":"#).unwrap();
    if whole {
        let mut meta = meta_of(Some("acme"), &[]);
        meta.counts = counts;
        meta.rows = n;
        serde_json::to_writer(&mut file, &meta).unwrap();
        file.write_all(b"}").unwrap();
    }
    file.flush().unwrap();
}

#[test]
fn the_reader_streams_a_large_review_one_row_at_a_time() {
    const ROWS: u64 = 200_000;
    let dir = Scratch::new("large");
    // A review cut where its meta starts: every row is given before the reader reaches the
    // end, so it never holds the array whole (a reader that did would give none), then the
    // end is found missing.
    write_large_review(&dir.json(), ROWS, false);
    let (mut given, mut leavers, mut last) = (0u64, 0u64, String::new());
    let err = for_each_row(&dir.json(), |row: AccountRow| {
        given += 1;
        leavers += u64::from(row.findings.contains(&Finding::Leaver));
        last = row.user_id;
        Ok::<(), ReviewReadError>(())
    })
    .expect_err("truncated");
    assert_eq!(
        (given, leavers, last.as_str()),
        (ROWS, ROWS / 1000, "u199999")
    );
    assert_eq!(
        (err.kind, err.row),
        (ReadErrorKind::Truncated, None),
        "{err}"
    );
    assert!(
        err.to_string()
            .starts_with(&dir.json().display().to_string()),
        "{err}"
    );

    // A consumer stops the reading with its own error, at once.
    let mut seen = 0;
    let stopped = for_each_row(&dir.json(), |_row: AccountRow| {
        seen += 1;
        if seen == 10 {
            return Err(std::io::Error::other("enough"));
        }
        Ok(())
    })
    .expect_err("stopped");
    assert_eq!((seen, stopped.to_string().as_str()), (10, "enough"));
}

#[test]
fn reports_of_a_large_review_list_every_row_with_findings() {
    const ROWS: u64 = 20_000;
    let dir = Scratch::new("large-report");
    write_large_review(&dir.json(), ROWS, true);
    write_reports(dir.path()).expect("reports");
    let md = std::fs::read_to_string(dir.path().join("review.md")).expect("review.md");
    assert!(
        md.contains("- **Tenant:** acme\n"),
        "the meta, read after the rows"
    );
    assert!(
        !md.contains("**Warning:**"),
        "its counts agree with the rows"
    );
    assert!(md.contains("## Leavers (`leaver`): 20\n"));
    assert!(md.contains("## Dormancy unknown (`dormant_unknown`): 20000\n"));
    let listed = md
        .lines()
        .filter(|l| l.starts_with("| Okta | acct-0 | u"))
        .count();
    assert_eq!(
        listed,
        5_000 + 20,
        "each Okta row once as dormant_unknown, 20 leavers too"
    );
    let html = std::fs::read_to_string(dir.path().join("review.html")).expect("review.html");
    // Besides the lists: 6 findings and 4 apps in the summary, 1 account not reviewed.
    let others = 6 + 4 + 1;
    assert_eq!(
        html.matches("<tr><td>").count() as u64 - others,
        ROWS + ROWS / 1000
    );
}

/// Writes `text` as a review file and reads it back: the error.
fn read_error(dir: &Scratch, text: &[u8]) -> ReviewReadError {
    std::fs::write(dir.json(), text).unwrap();
    read_review(&dir.json()).expect_err("not readable")
}

#[test]
fn a_file_that_is_not_a_whole_review_is_refused_naming_the_file_and_the_row() {
    let dir = Scratch::new("errors");
    let file = dir.json().display().to_string();
    let rows = tenant_rows();
    let meta = meta_of(Some("acme"), &rows);
    let good = serde_json::to_string(&serde_json::json!({"accounts": rows, "meta": meta})).unwrap();

    let cases: Vec<(Vec<u8>, ReadErrorKind, Option<u64>, &str)> = vec![
        (b"".to_vec(), ReadErrorKind::NotAReview, None, "empty file"),
        (
            b"[1, 2]".to_vec(),
            ReadErrorKind::NotAReview,
            None,
            "not a review",
        ),
        (
            b"accounts,email\n".to_vec(),
            ReadErrorKind::NotAReview,
            None,
            "not JSON",
        ),
        (
            br#"{"acounts": []}"#.to_vec(),
            ReadErrorKind::NotAReview,
            None,
            r#"unknown key "acounts""#,
        ),
        (
            br#"{"accounts": []}"#.to_vec(),
            ReadErrorKind::NotAReview,
            None,
            "no `meta`",
        ),
        (
            good.as_bytes()[..good.find(r#""user_id":"z2""#).unwrap()].to_vec(),
            ReadErrorKind::Truncated,
            Some(4),
            "truncated",
        ),
        (
            good.replacen("\"dormant\"", "\"sleepy\"", 1).into_bytes(),
            ReadErrorKind::UnknownFinding,
            Some(4),
            "unknown finding: unknown variant `sleepy`",
        ),
        (
            good.replacen("\"user_id\":\"z1\"", "\"user_id\":7", 1)
                .into_bytes(),
            ReadErrorKind::Invalid,
            Some(2),
            "not an account row: invalid type: integer `7`",
        ),
        (
            good.replacen("\"dormant_days\":90", "\"dormant_days\":\"ninety\"", 1)
                .into_bytes(),
            ReadErrorKind::Invalid,
            None,
            "`meta`: invalid type",
        ),
    ];
    for (text, kind, row, needle) in cases {
        let err = read_error(&dir, &text);
        let shown = err.to_string();
        assert_eq!((err.kind, err.row), (kind, row), "{shown}");
        assert!(shown.starts_with(&format!("{file}: ")), "{shown}");
        assert!(shown.contains(needle), "{needle:?} in {shown:?}");
    }

    // Bounded: a row of more than a megabyte is refused, naming it, without reading it whole.
    let huge = "x".repeat(MAX_ROW_BYTES as usize + 200_000);
    let mut big = tenant_rows();
    big[2].roles = vec![huge];
    let text = serde_json::to_string(&serde_json::json!({"accounts": big, "meta": meta})).unwrap();
    let err = read_error(&dir, text.as_bytes());
    assert_eq!(
        (err.kind, err.row),
        (ReadErrorKind::TooLarge, Some(3)),
        "{err}"
    );
    assert!(
        err.to_string()
            .contains("accounts[2]: the row takes more than 1048576 bytes")
    );
    assert!(err.to_string().len() < 400, "{err}");

    // And a well-formed review reads back whole.
    std::fs::write(dir.json(), &good).unwrap();
    let review = read_review(&dir.json()).expect("review");
    assert_eq!((review.accounts, review.meta), (rows, meta));
}

/// Tenant `acme`: Ada active in Okta and in Zendesk, Grace in Okta.
const SEED: &str = r#"
accounts:
  - id: 00000000-0000-4000-8000-000000000001
    integration: Okta
    tenant_id: acme
    users:
      - {id: "00u1", email: Ada@Example.com}
      - {id: "00u2", email: grace@example.com}
  - id: 00000000-0000-4000-8000-000000000003
    integration: Zendesk
    tenant_id: acme
    users:
      - {id: "z1", email: ada@example.com}
      - {id: "z2", email: linus@example.com}
"#;

#[tokio::test]
async fn the_leavers_plan_reads_back_and_passes_a_dry_run() {
    let server = MockServer::start(Seed::from_yaml(SEED).expect("seed"))
        .await
        .expect("server");
    let client = bulk_client(&server, TOKEN);
    let dir = Scratch::new("plan");
    let rows = tenant_rows();

    // A review of the tenant: one target for Ada, by email and tenant.
    write_review(&dir.json(), &rows, &meta_of(Some("acme"), &rows));
    let yaml = leavers_plan(&dir.json()).expect("plan");
    assert!(yaml.starts_with("# Offboarding plan for the leavers of an access review\n"));
    assert!(yaml.contains(&format!("# Review: {}\n", dir.json().display())));
    assert!(yaml.contains(
        "# Of: tenant acme, started 2026-03-01T09:00:00Z, finished 2026-03-01T09:05:00Z\n"
    ));
    assert!(yaml.contains("# Covers: 2 active account(s) of 1 leaver(s)\n"));
    let plan = Plan::from_yaml(&yaml).expect("a plan");
    assert_eq!(plan.defaults.operation, "auto");
    assert_eq!(plan.targets.len(), 1, "{yaml}");
    let target = &plan.targets[0];
    assert_eq!(
        (target.email.as_deref(), target.tenant_id.as_deref()),
        (Some("ada@example.com"), Some("acme"))
    );
    assert!(
        !plan.confirm_irreversible,
        "a person confirms irreversible operations"
    );
    let (lines, _) = dry_run_people(&plan, &client, false, None, &FindOptions::new(), false).await;
    let found: BTreeMap<&str, &str> = lines
        .iter()
        .map(|l| (l.integrated_account_id.as_str(), l.user_id.as_str()))
        .collect();
    assert_eq!(
        found,
        BTreeMap::from([(OKTA, "00u1"), (ZENDESK, "z1")]),
        "{lines:#?}"
    );
    assert!(accepted(&lines), "{lines:#?}");

    // A review of accounts named one by one: one target per account, by email and account.
    write_review(&dir.json(), &rows, &meta_of(None, &rows));
    let yaml = leavers_plan(&dir.json()).expect("plan");
    assert!(yaml.contains("# Of: integrated accounts named one by one,"));
    let plan = Plan::from_yaml(&yaml).expect("a plan");
    let targets: Vec<(Option<&str>, &str)> = plan
        .targets
        .iter()
        .map(|t| (t.email.as_deref(), t.integrated_account_id.as_str()))
        .collect();
    assert_eq!(
        targets,
        [
            (Some("ada@example.com"), OKTA),
            (Some("ada@example.com"), ZENDESK)
        ]
    );
    let (lines, _) = dry_run_people(&plan, &client, false, None, &FindOptions::new(), false).await;
    assert_eq!(lines.len(), 2, "{lines:#?}");
    assert!(accepted(&lines), "{lines:#?}");
}

/// Whether a dry run accepts every line: its exact request is built, and it would be sent or
/// (an irreversible operation the integration's `auto` chose) waits for a person's
/// confirmation; the Okta user's would be sent.
fn accepted(lines: &[truto_user_directory::offboard::DryRunLine]) -> bool {
    lines
        .iter()
        .all(|l| matches!(l.outcome, "would_send" | "needs_confirmation") && l.request.is_some())
        && lines
            .iter()
            .any(|l| l.integrated_account_id == OKTA && l.outcome == "would_send")
}

#[test]
fn a_plan_header_cannot_be_broken_and_no_leavers_make_no_plan() {
    let dir = Scratch::new("plan-header");
    let mut rows = tenant_rows();
    let mut meta = meta_of(Some("acme\ntargets: []\n# "), &rows);
    meta.started_at = "x\ndefaults: {operation: delete}".into();
    write_review(&dir.json(), &rows, &meta);
    let yaml = leavers_plan(&dir.json()).expect("plan");
    let plan = Plan::from_yaml(&yaml).expect("still a plan");
    assert_eq!(plan.defaults.operation, "auto");
    assert_eq!(plan.targets.len(), 1);
    assert_eq!(
        plan.targets[0].tenant_id.as_deref(),
        Some("acme\ntargets: []\n# ")
    );
    assert!(yaml.lines().take(5).all(|l| l.starts_with('#')), "{yaml}");

    for r in &mut rows {
        r.findings.retain(|f| *f != Finding::Leaver);
    }
    write_review(&dir.json(), &rows, &meta_of(Some("acme"), &rows));
    let err = leavers_plan(&dir.json()).expect_err("no leavers");
    assert!(matches!(err, LeaversPlanError::NoLeavers { .. }), "{err}");
    assert!(err.to_string().contains("no account is a leaver's"));
}

fn review(tenant: Option<&str>, rows: Vec<AccountRow>) -> Review {
    let meta = meta_of(tenant, &rows);
    Review {
        accounts: rows,
        meta,
    }
}

#[test]
fn a_diff_names_every_kind_of_change() {
    let old_rows = tenant_rows();
    let mut new_rows = tenant_rows();
    // Ada's Zendesk account removed (lost, her leaver finding resolved with it).
    new_rows.retain(|r| !(r.integrated_account_id == ZENDESK && r.user_id == "z1"));
    // Ada's Okta account suspended: no longer a leaver's, roles changed.
    let ada = &mut new_rows[0];
    ada.status = Some("suspended".into());
    ada.findings = vec![Finding::Privileged];
    ada.roles = vec!["Read only (r2)".into()];
    // Grace gains a group and a license, loses nothing, becomes dormant.
    let grace = new_rows.iter_mut().find(|r| r.user_id == "00u2").unwrap();
    grace.groups = vec!["finance (g1)".into()];
    grace.licenses = vec!["Pro (l1)".into()];
    grace.findings = vec![Finding::Dormant, Finding::Privileged];
    // Linus loses his licence (old had one).
    let mut old_rows = old_rows;
    old_rows
        .iter_mut()
        .find(|r| r.user_id == "z2")
        .unwrap()
        .licenses = vec!["Agent | seat (l9)".into()];
    // A new account, with a finding.
    new_rows.push(with(
        row("Zendesk", ZENDESK, "z7", Some("ken@example.com")),
        &[Finding::Leaver],
    ));
    // The hostile account suspended: its values escaped in the diff.
    new_rows
        .iter_mut()
        .find(|r| r.user_id.contains("alert"))
        .unwrap()
        .status = Some("suspended".into());
    // An account of an integrated account the new review could not read: not compared.
    old_rows.push(row("Asana", BROKEN, "a1", Some("ada@example.com")));

    let old = review(Some("acme"), old_rows);
    let new = review(Some("acme"), new_rows);
    let d = diff(&old, &new, DiffOptions::default()).expect("diff");

    let keys = |a: &[truto_user_directory::review::diff::AccountSummary]| {
        a.iter()
            .map(|a| (a.integrated_account_id.clone(), a.user_id.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(keys(&d.gained), [(ZENDESK.to_string(), "z7".to_string())]);
    assert_eq!(keys(&d.lost), [(ZENDESK.to_string(), "z1".to_string())]);
    assert_eq!(d.not_compared.len(), 1);
    let nc = &d.not_compared[0];
    assert_eq!(
        (
            nc.integrated_account_id.as_str(),
            nc.not_reviewed_in,
            nc.accounts
        ),
        (BROKEN, "new", 1)
    );

    let changed: BTreeMap<&str, _> = d.changed.iter().map(|c| (c.user_id.as_str(), c)).collect();
    assert_eq!(
        changed.keys().copied().collect::<Vec<_>>(),
        ["00u1", "00u2", "<script>alert(1)</script>", "z2"]
    );
    let ada = changed["00u1"];
    let status = ada.status.as_ref().expect("status changed");
    assert_eq!(
        (status.old.as_deref(), status.new.as_deref()),
        (Some("active"), Some("suspended"))
    );
    assert_eq!(ada.roles.gained, ["Read only (r2)"]);
    assert_eq!(ada.roles.lost, ["Super admin (r1)"]);
    assert_eq!(ada.findings_resolved, [Finding::Leaver]);
    assert!(ada.findings_appeared.is_empty());
    let grace = changed["00u2"];
    assert!(grace.status.is_none());
    assert_eq!(grace.groups.gained, ["finance (g1)"]);
    assert_eq!(grace.licenses.gained, ["Pro (l1)"]);
    assert_eq!(grace.findings_appeared, [Finding::Dormant]);
    assert_eq!(changed["z2"].licenses.lost, ["Agent | seat (l9)"]);

    let leaver = d
        .findings
        .iter()
        .find(|f| f.finding == Finding::Leaver)
        .unwrap();
    // Ada resolved in Okta (changed) and in Zendesk (lost); Ken appeared (gained).
    assert_eq!(
        (leaver.old, leaver.new, leaver.appeared, leaver.resolved),
        (2, 1, 1, 2)
    );
    let dormant = d
        .findings
        .iter()
        .find(|f| f.finding == Finding::Dormant)
        .unwrap();
    assert_eq!(
        (dormant.old, dormant.new, dormant.appeared, dormant.resolved),
        (1, 2, 1, 0)
    );
    assert_eq!(d.findings[0].finding, Finding::Leaver, "leavers first");

    let md = d.markdown();
    for needle in [
        "| gained | 1 |",
        "| lost | 1 |",
        "| changed | 4 |",
        "| not compared | 1 |",
        "| leaver | 2 | 1 | 1 | 2 |",
        "## Accounts gained: 1",
        "## Accounts lost: 1",
        "## Accounts changed: 4",
        "status active → suspended; roles + Read only (r2), − Super admin (r1); findings resolved: leaver",
        "groups + finance (g1); licenses + Pro (l1); findings appeared: dormant",
        r"licenses − Agent \| seat (l9)",
        &format!("| {BROKEN} | Asana | new | the account is not active | 1 |"),
    ] {
        assert!(md.contains(needle), "{needle:?} in:\n{md}");
    }
    assert!(!md.contains("No change"));
    // Values are escaped: the hostile row's pipes and line break stay in their cell.
    let hostile = md
        .lines()
        .find(|l| l.contains("alert(1)"))
        .expect("hostile");
    assert_eq!(cells(hostile).len(), 5, "{hostile}");
    assert!(
        hostile.contains(r"\<script\>alert(1)\</script\>"),
        "{hostile}"
    );
    assert!(
        hostile.contains(r"status active \| forged \| row \| → suspended"),
        "{hostile}"
    );

    let json: serde_json::Value = serde_json::from_str(&d.json()).expect("json");
    assert_eq!(json["gained"][0]["user_id"], "z7");
    assert_eq!(json["lost"][0]["findings"], serde_json::json!(["leaver"]));
    assert_eq!(
        json["changed"][0]["roles"]["lost"],
        serde_json::json!(["Super admin (r1)"])
    );
    assert_eq!(
        json["changed"][0]["findings_resolved"],
        serde_json::json!(["leaver"])
    );
    assert_eq!(json["not_compared"][0]["not_reviewed_in"], "new");
    assert_eq!(json["old"]["tenant_id"], "acme");
}

#[test]
fn a_diff_of_the_same_review_is_empty_and_other_tenants_are_refused_unless_asked() {
    let a = review(Some("acme"), tenant_rows());
    let d = diff(&a, &a.clone(), DiffOptions::default()).expect("diff");
    assert!(d.is_empty());
    assert!(d.gained.is_empty() && d.lost.is_empty() && d.changed.is_empty());
    assert!(d.not_compared.is_empty());
    assert!(
        d.findings
            .iter()
            .all(|f| f.appeared == 0 && f.resolved == 0 && f.old == f.new)
    );
    assert!(d.markdown().contains("\nNo change: the same accounts"));

    let b = review(Some("globex"), tenant_rows());
    let err = diff(&a, &b, DiffOptions::default()).expect_err("other tenant");
    assert!(matches!(err, DiffError::OtherTenant { .. }));
    assert_eq!(
        err.to_string(),
        "the reviews are not of the same tenant (old: tenant acme; new: tenant globex): not compared (allow it with --allow-other-tenant)"
    );
    let named = review(None, tenant_rows());
    assert!(diff(&a, &named, DiffOptions::default()).is_err());
    let allowed = diff(
        &a,
        &b,
        DiffOptions {
            allow_other_tenant: true,
        },
    )
    .expect("allowed");
    assert!(allowed.is_empty());
    assert!(
        allowed
            .markdown()
            .contains("**Warning:** the reviews are not of the same tenant")
    );

    let mut twice = tenant_rows();
    twice.push(twice[0].clone());
    let err = diff(&a, &review(Some("acme"), twice), DiffOptions::default()).expect_err("twice");
    assert!(
        err.to_string()
            .contains("lists user 00u1 of integrated account"),
        "{err}"
    );
}
