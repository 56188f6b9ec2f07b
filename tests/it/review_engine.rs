//! Access reviews against the local server on 127.0.0.1: every finding on a seeded tenant,
//! accounts not reviewed, the roster's errors, resuming after a stop or a kill, pages streamed
//! to the outputs, and `accounts.csv`'s quoting. The integrations seeded are picked from the
//! spec's tables at run time.

#![cfg(all(feature = "mock", feature = "offboard"))]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use truto_user_directory::mock::{Limits, MockServer, Seed, SeedAccount, SeedUser};
use truto_user_directory::offboard::{get_endpoint, list_endpoint};
use truto_user_directory::review::report::write_reports;
use truto_user_directory::review::{
    AccountRow, CSV_COLUMNS, CSV_FILE, Finding, JOURNAL_FILE, JSON_FILE, Progress, ROWS_FILE,
    ReviewError, ReviewMeta, ReviewOptions, Roster, RosterError, csv_record, review,
};
use truto_user_directory::{Integration, Stop};

use crate::support::integrations::{complete_lists, partial_list as partial, without_list};
use crate::support::local::client;

const NOW: &str = "2026-12-07T12:00:00Z";
const RECENT: &str = "2026-12-01T09:00:00Z";
const LONG_AGO: &str = "2026-01-15T09:00:00Z";

/// Tenant acme, the plain integration: most findings.
const MAIN: &str = "00000000-0000-4000-8000-00000000c001";
/// Tenant acme, another plain integration whose records give no last login.
const NO_LOGIN: &str = "00000000-0000-4000-8000-00000000c002";
/// Tenant acme, the plain integration again: Grace has a second account in the app here.
const MAIN_TOO: &str = "00000000-0000-4000-8000-00000000c003";
/// Tenant acme: not active.
const REAUTH: &str = "00000000-0000-4000-8000-00000000c004";
/// Tenant acme: an integration without the list.
const NO_LIST: &str = "00000000-0000-4000-8000-00000000c005";
/// Tenant acme: an integration whose list is partial.
const PARTIAL: &str = "00000000-0000-4000-8000-00000000c006";
/// Tenant globex: never read for acme.
const GLOBEX: &str = "00000000-0000-4000-8000-00000000c007";

/// Integrations the list and get endpoints support with complete lists.
fn plain() -> Vec<Integration> {
    complete_lists().take(2).collect()
}

fn seen(at: &str) -> Value {
    json!(at)
}

fn role(id: &str, name: &str) -> Value {
    json!([{"id": id, "name": name}])
}

/// The story of the findings: Ada left but is active in one app (inactive in the other), Dora
/// is dormant, Root is an admin by user type and Olga by role, a bot has no email, Grace holds
/// two accounts in the main app, Mallory (not on the roster) is inactive, and the second app
/// gives no last login.
fn findings_seed() -> Seed {
    let [main, other] = plain()[..] else {
        panic!("two plain integrations")
    };
    Seed {
        accounts: vec![
            SeedAccount::new(MAIN, main.name())
                .tenant_id("acme")
                .users([
                    SeedUser::new("m-ada")
                        .email("Ada@Example.com")
                        .field("last_login_at", seen(RECENT)),
                    SeedUser::new("m-grace")
                        .email("grace@example.com")
                        .field("last_login_at", seen(RECENT))
                        .field("roles", role("r1", "Member"))
                        .field("groups", json!([{"id": "g1", "name": "finance"}]))
                        .licenses(["Pro"]),
                    SeedUser::new("m-dora")
                        .email("dora@example.com")
                        .field("last_login_at", seen(LONG_AGO)),
                    SeedUser::new("m-never")
                        .email("nell@example.com")
                        .field("last_login_at", Value::Null),
                    SeedUser::new("m-root")
                        .email("root@example.com")
                        .field("user_type", json!("admin"))
                        .field("last_login_at", seen(RECENT)),
                    SeedUser::new("m-olga")
                        .email("olga@example.com")
                        .field("roles", role("r2", "Org Owner"))
                        .field("last_login_at", seen(RECENT)),
                    SeedUser::new("m-bot")
                        .username("deploy-bot")
                        .field("last_login_at", seen(RECENT)),
                    SeedUser::new("m-mallory")
                        .email("mallory@example.com")
                        .status("inactive")
                        .field("last_login_at", seen(LONG_AGO)),
                ]),
            SeedAccount::new(NO_LOGIN, other.name())
                .tenant_id("acme")
                .users([
                    SeedUser::new("n-ada")
                        .email("ada@example.com")
                        .status("inactive"),
                    SeedUser::new("n-grace").email("GRACE@example.com"),
                ]),
            SeedAccount::new(MAIN_TOO, main.name())
                .tenant_id("acme")
                .users([SeedUser::new("t-grace")
                    .emails(["g.hopper@example.org", "Grace@Example.com"])
                    .field("last_login_at", seen(RECENT))]),
            SeedAccount::new(REAUTH, main.name())
                .tenant_id("acme")
                .status("needs_reauth")
                .users([SeedUser::new("r-ada").email("ada@example.com")]),
            SeedAccount::new(NO_LIST, without_list().name())
                .tenant_id("acme")
                .users([SeedUser::new("x-ada").email("ada@example.com")]),
            SeedAccount::new(PARTIAL, partial().name())
                .tenant_id("acme")
                .users([
                    SeedUser::new("p-1")
                        .email("grace@example.com")
                        .field("last_login_at", seen(RECENT)),
                    SeedUser::new("p-2")
                        .email("root@example.com")
                        .field("last_login_at", seen(RECENT))
                        .field("roles", role("r7", "Super Admin")),
                ]),
            SeedAccount::new(GLOBEX, main.name())
                .tenant_id("globex")
                .users([SeedUser::new("o-ada").email("ada@example.com")]),
        ],
        ..Seed::default()
    }
}

const ROSTER: &str = "email,status,name\n\
    ada@example.com,left,\"Lovelace, Ada\"\n\
    grace@example.com,active,Grace\n\
    dora@example.com,active,Dora\n\
    nell@example.com,active,Nell\n\
    root@example.com,active,Root\n\
    olga@example.com,active,Olga\n";

/// A fresh output directory of this test process.
fn out_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("userdir-review-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn options(out: &Path) -> ReviewOptions {
    ReviewOptions {
        tenant_id: Some("acme".into()),
        now: Some(NOW.into()),
        ..ReviewOptions::new(out)
    }
}

fn with_roster(mut options: ReviewOptions) -> ReviewOptions {
    let roster = Roster::from_csv(ROSTER).expect("the roster");
    let info = roster.info("roster.csv", ROSTER.as_bytes());
    options.roster = Some((roster, info));
    options
}

/// `review.json`, read back.
fn review_json(out: &Path) -> Value {
    let text = std::fs::read_to_string(out.join(JSON_FILE)).expect("review.json");
    serde_json::from_str(&text).expect("review.json is JSON")
}

/// Each row's findings, by user id.
fn findings_by_user(json: &Value) -> BTreeMap<String, Vec<String>> {
    json["accounts"]
        .as_array()
        .expect("accounts")
        .iter()
        .map(|row| {
            let findings = row["findings"]
                .as_array()
                .expect("findings")
                .iter()
                .map(|f| f.as_str().expect("text").to_string())
                .collect();
            (
                row["user_id"].as_str().expect("user id").to_string(),
                findings,
            )
        })
        .collect()
}

/// Requests the server routed to the list and get endpoints.
fn list_and_get_calls(server: &MockServer) -> (u64, u64) {
    let stats = server.stats();
    let count = |name: &str| stats.by_endpoint.get(name).copied().unwrap_or(0);
    (
        count(list_endpoint().expect("list").name),
        count(get_endpoint().expect("get").name),
    )
}

#[tokio::test]
async fn every_finding_on_a_seeded_tenant() {
    let server = MockServer::start(findings_seed()).await.expect("server");
    let out = out_dir("findings");
    let mut events = Vec::new();
    let meta = review(
        &client(&server),
        &with_roster(options(&out)),
        |e: &Progress| events.push(e.clone()),
    )
    .await
    .expect("a review");

    let json = review_json(&out);
    let found = findings_by_user(&json);
    let expect = |user: &str, findings: &[&str]| {
        assert_eq!(found[user], findings, "{user}: {found:#?}");
    };
    expect("m-ada", &["leaver"]);
    expect("m-grace", &["duplicate"]);
    expect("t-grace", &["duplicate"]);
    expect("m-dora", &["dormant"]);
    expect("m-never", &["dormant"]);
    expect("m-root", &["privileged"]);
    expect("m-olga", &["privileged"]);
    expect("m-bot", &["unmatched"]);
    expect("m-mallory", &[]);
    expect("n-ada", &[]);
    expect("n-grace", &["dormant_unknown"]);
    // The partial list's users were read whole, one get each: Grace's second app, and Root
    // privileged by role there.
    expect("p-1", &[]);
    expect("p-2", &["privileged"]);
    assert!(!found.contains_key("o-ada") && !found.contains_key("r-ada"));
    assert_eq!(found.len(), 13);
    let (_, gets) = list_and_get_calls(&server);
    assert_eq!(gets, 2, "one get per user of the partial list");

    // The row of Grace in the main app, every column.
    let grace = json["accounts"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["user_id"] == "m-grace")
        .expect("Grace");
    assert_eq!(grace["person"], "grace@example.com");
    assert_eq!(grace["emails"], json!(["grace@example.com"]));
    assert_eq!(grace["roles"], json!(["Member (r1)"]));
    assert_eq!(grace["groups"], json!(["finance (g1)"]));
    assert_eq!(grace["licenses"], json!(["Pro"]));
    assert_eq!(grace["last_login"], RECENT);
    assert_eq!(grace["app"], plain()[0].name());
    let t_grace = json["accounts"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["user_id"] == "t-grace")
        .expect("Grace again");
    assert_eq!(
        t_grace["person"], "grace@example.com",
        "the roster's email, whichever of the record's emails matched"
    );

    // Counts, accounts reviewed and not, in the tenant's order.
    let count = |f: Finding| meta.counts[&f];
    assert_eq!(count(Finding::Leaver), 1);
    assert_eq!(count(Finding::Dormant), 2);
    assert_eq!(count(Finding::DormantUnknown), 1);
    assert_eq!(count(Finding::Privileged), 3);
    assert_eq!(count(Finding::Unmatched), 1);
    assert_eq!(count(Finding::Duplicate), 2);
    assert_eq!(meta.rows, 13);
    let reviewed: Vec<&str> = meta
        .reviewed
        .iter()
        .map(|a| a.integrated_account_id.as_str())
        .collect();
    assert_eq!(reviewed, [MAIN, NO_LOGIN, MAIN_TOO, PARTIAL]);
    assert_eq!(meta.reviewed[0].users, 8);
    let not: BTreeMap<&str, _> = meta
        .not_reviewed
        .iter()
        .map(|a| (a.integrated_account_id.as_str(), a))
        .collect();
    assert_eq!(not.len(), 2, "{not:#?}");
    assert_eq!(not[REAUTH].status.as_deref(), Some("needs_reauth"));
    assert!(not[REAUTH].reason.contains("needs_reauth"), "{not:#?}");
    assert!(not[NO_LIST].reason.contains("cannot be listed"), "{not:#?}");
    assert_eq!(meta.tenant_id.as_deref(), Some("acme"));
    assert_eq!((meta.started_at.as_str(), meta.dormant_days), (NOW, 90));
    assert_eq!(
        meta.roster.as_ref().map(|r| (r.people, r.left)),
        Some((6, 1))
    );
    assert_eq!(
        serde_json::from_value::<ReviewMeta>(json["meta"].clone()).expect("meta"),
        meta
    );
    let keys: Vec<&String> = json.as_object().expect("object").keys().collect();
    assert_eq!(keys, ["accounts", "meta"]);

    // accounts.csv: the header, then the same rows.
    let mut csv = csv::Reader::from_path(out.join(CSV_FILE)).expect("accounts.csv");
    let header: Vec<String> = csv
        .headers()
        .expect("header")
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(header, CSV_COLUMNS);
    let rows: Vec<csv::StringRecord> = csv.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 13);
    let dora = rows.iter().find(|r| &r[2] == "m-dora").expect("Dora");
    assert_eq!(&dora[11], "dormant");
    assert_eq!(&dora[6], LONG_AGO);

    // Progress: the accounts, each page, each account's end.
    assert!(matches!(
        events[0],
        Progress::Accounts {
            reviewing: 4,
            finished_before: 0,
            not_reviewed: 2
        }
    ));
    let pages = events
        .iter()
        .filter(|e| matches!(e, Progress::Page { .. }))
        .count();
    assert_eq!(pages, 4);
    assert!(matches!(events.last(), Some(Progress::Writing)));
    let _ = std::fs::remove_dir_all(&out);
}

#[tokio::test]
async fn without_a_roster_nobody_is_a_leaver_and_accounts_can_be_named() {
    let server = MockServer::start(findings_seed()).await.expect("server");
    let out = out_dir("named");
    let unknown = "00000000-0000-4000-8000-0000000000ff";
    let options = ReviewOptions {
        tenant_id: None,
        accounts: vec![
            MAIN.into(),
            NO_LIST.into(),
            unknown.into(),
            MAIN.to_uppercase(),
        ],
        ..options(&out)
    };
    let meta = review(&client(&server), &options, |_| {})
        .await
        .expect("a review");
    let found = findings_by_user(&review_json(&out));
    assert_eq!(found["m-ada"], Vec::<String>::new());
    assert_eq!(found["m-root"], ["privileged"]);
    assert_eq!(found.len(), 8, "the main account, once");
    assert_eq!(meta.counts[&Finding::Leaver], 0);
    assert_eq!(meta.tenant_id, None);
    let not: Vec<(&str, &str)> = meta
        .not_reviewed
        .iter()
        .map(|a| (a.integrated_account_id.as_str(), a.reason.as_str()))
        .collect();
    assert_eq!(not.len(), 2, "{not:?}");
    assert_eq!(not[0].0, NO_LIST);
    assert!(not[0].1.contains("cannot be listed"), "{not:?}");
    assert_eq!(not[1].0, unknown);
    assert!(
        not[1].1.contains("integration could not be read"),
        "{not:?}"
    );
    let _ = std::fs::remove_dir_all(&out);
}

#[tokio::test]
async fn a_tenant_and_accounts_together_or_neither_are_refused() {
    let server = MockServer::start(Seed::default()).await.expect("server");
    let out = out_dir("scope");
    let both = ReviewOptions {
        accounts: vec![MAIN.into()],
        ..options(&out)
    };
    let e = review(&client(&server), &both, |_| {})
        .await
        .expect_err("both");
    assert!(matches!(e, ReviewError::Scope(_)), "{e}");
    let neither = ReviewOptions {
        tenant_id: None,
        ..options(&out)
    };
    let e = review(&client(&server), &neither, |_| {})
        .await
        .expect_err("neither");
    assert!(matches!(e, ReviewError::Scope(_)), "{e}");
    let bad_time = ReviewOptions {
        now: Some("yesterday".into()),
        ..options(&out)
    };
    let e = review(&client(&server), &bad_time, |_| {})
        .await
        .expect_err("time");
    assert!(e.to_string().contains("RFC 3339"), "{e}");
    assert_eq!(server.stats().requests, 0);
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn roster_errors_name_the_line() {
    let e = Roster::from_csv("email,status\nada@example.com,active\nada@example,left,x\n")
        .expect_err("a bad row");
    assert_eq!(
        e,
        RosterError::FieldCount {
            line: 3,
            expected: 2,
            found: 3
        }
    );
    let e = Roster::from_csv("email,status\nada@example.com,active\n\ngrace,left\n")
        .expect_err("a bad email");
    assert!(e.to_string().starts_with("line 4: "), "{e}");
    let e = Roster::from_csv("name,status\n").expect_err("no email column");
    assert!(
        e.to_string().contains("line 1") && e.to_string().contains("`email`"),
        "{e}"
    );
}

/// A tenant of `accounts` accounts of `users` users each, the plain integration, no rate
/// limit to speak of (the client here does not retry).
fn big_seed(accounts: usize, users: usize) -> Seed {
    let main = plain()[0];
    Seed {
        accounts: (0..accounts)
            .map(|a| {
                SeedAccount::new(
                    format!("00000000-0000-4000-8000-0000000d{a:04}"),
                    main.name(),
                )
                .tenant_id("big")
                .users((0..users).map(|u| {
                    SeedUser::new(format!("u{a}-{u:05}"))
                        .email(format!("p{u}@example.com"))
                        .field(
                            "last_login_at",
                            seen(if u % 3 == 0 { LONG_AGO } else { RECENT }),
                        )
                }))
            })
            .collect(),
        limits: Limits {
            per_account: 100_000,
            window_seconds: 10.0,
        },
        ..Seed::default()
    }
}

fn big_options(out: &Path) -> ReviewOptions {
    ReviewOptions {
        tenant_id: Some("big".into()),
        page_size: Some(100),
        accounts_in_flight: 3,
        ..options(out)
    }
}

#[tokio::test]
async fn pages_stream_to_the_outputs_every_row_exactly_once() {
    let (accounts, users) = (5, 700);
    let server = MockServer::start(big_seed(accounts, users))
        .await
        .expect("server");
    let out = out_dir("stream");
    let mut pages = 0;
    let meta = review(&client(&server), &big_options(&out), |e| {
        if matches!(e, Progress::Page { .. }) {
            pages += 1;
        }
    })
    .await
    .expect("a review");
    assert_eq!(pages, accounts * users.div_ceil(100));
    assert_eq!(meta.rows, (accounts * users) as u64);
    assert_eq!(list_and_get_calls(&server), (pages as u64, 0));
    let mut csv = csv::Reader::from_path(out.join(CSV_FILE)).expect("accounts.csv");
    let mut ids = std::collections::BTreeSet::new();
    let mut by_account: BTreeMap<String, usize> = BTreeMap::new();
    for row in csv.records() {
        let row = row.expect("row");
        assert!(ids.insert(row[2].to_string()), "{} twice", &row[2]);
        *by_account.entry(row[1].to_string()).or_default() += 1;
    }
    assert_eq!(ids.len(), accounts * users);
    assert!(by_account.values().all(|n| *n == users), "{by_account:?}");
    // Every person has one account in each of the five integrated accounts of one app.
    assert_eq!(meta.counts[&Finding::Duplicate], (accounts * users) as u64);
    assert_eq!(
        meta.counts[&Finding::Dormant],
        (accounts * users.div_ceil(3)) as u64
    );
    // The outputs list accounts in the tenant's order, users in the list's.
    let json = review_json(&out);
    let rows = json["accounts"].as_array().expect("rows");
    assert_eq!(rows[0]["user_id"], "u0-00000");
    assert_eq!(rows[users]["user_id"], "u1-00000");
    let _ = std::fs::remove_dir_all(&out);
}

/// The outputs of a review directory, to compare.
fn outputs(out: &Path) -> [String; 4] {
    let read = |name| std::fs::read_to_string(out.join(name)).expect("an output");
    [CSV_FILE, JSON_FILE, "review.md", "review.html"].map(read)
}

#[tokio::test]
async fn a_stopped_review_continues_without_reading_a_page_twice() {
    let server = MockServer::start(big_seed(3, 450)).await.expect("server");
    let client = client(&server);

    let whole = out_dir("whole");
    review(&client, &big_options(&whole), |_| {})
        .await
        .expect("a review");
    let (all_pages, _) = list_and_get_calls(&server);
    assert_eq!(all_pages, 15);

    server.reset_stats();
    let resumed = out_dir("resumed");
    let stop = Stop::new();
    let stopping = ReviewOptions {
        stop: Some(stop.clone()),
        ..big_options(&resumed)
    };
    let mut written = 0;
    let e = review(&client, &stopping, |e| {
        if matches!(e, Progress::Page { .. }) {
            written += 1;
            if written == 4 {
                stop.stop();
            }
        }
    })
    .await
    .expect_err("stopped");
    let ReviewError::Interrupted {
        finished,
        unfinished,
        ..
    } = e
    else {
        panic!("interrupted, not {e}")
    };
    assert!(unfinished > 0 && finished + unfinished == 3, "{e}");
    assert!(e.to_string().contains("interrupted"), "{e}");
    assert!(!resumed.join(JSON_FILE).exists(), "no outputs yet");
    assert_eq!(
        spool_files(&resumed),
        Vec::<String>::new(),
        "a re-run spools again"
    );
    let (first, _) = list_and_get_calls(&server);
    assert!(
        (4..all_pages).contains(&first),
        "pages in flight finish: {first}"
    );
    assert_eq!(written as u64, first, "every page read was journaled");

    let mut before = None;
    review(&client, &big_options(&resumed), |e| {
        if let Progress::Accounts {
            finished_before, ..
        } = e
        {
            before = Some(*finished_before);
        }
    })
    .await
    .expect("the rest");
    assert_eq!(before, Some(finished));
    let (total, _) = list_and_get_calls(&server);
    assert_eq!(total, all_pages, "no page read twice");
    assert_eq!(outputs(&resumed), outputs(&whole));

    // Again: every account finished, nothing read, the same outputs.
    server.reset_stats();
    review(&client, &big_options(&resumed), |_| {})
        .await
        .expect("again");
    assert_eq!(list_and_get_calls(&server), (0, 0));
    assert_eq!(outputs(&resumed), outputs(&whole));

    // Another review's options are refused, naming what differs.
    let other = ReviewOptions {
        dormant_days: 30,
        ..big_options(&resumed)
    };
    let e = review(&client, &other, |_| {})
        .await
        .expect_err("another review");
    assert!(matches!(e, ReviewError::OtherReview { .. }), "{e}");
    assert!(e.to_string().contains("dormant days"), "{e}");
    let other = ReviewOptions {
        tenant_id: Some("acme".into()),
        ..big_options(&resumed)
    };
    let e = review(&client, &other, |_| {})
        .await
        .expect_err("another tenant");
    assert!(e.to_string().contains("tenant"), "{e}");
    for dir in [whole, resumed] {
        let _ = std::fs::remove_dir_all(dir);
    }
}

#[tokio::test]
async fn a_killed_review_drops_its_torn_line_and_rows_and_reads_on() {
    let server = MockServer::start(big_seed(3, 250)).await.expect("server");
    let client = client(&server);
    let whole = out_dir("killed-whole");
    review(&client, &big_options(&whole), |_| {})
        .await
        .expect("a review");
    let (all_pages, _) = list_and_get_calls(&server);

    // The same review, killed after two pages were journaled and while a third was written:
    // the rows file holds every page, the journal the review and two pages, then a torn line.
    let killed = out_dir("killed");
    std::fs::create_dir_all(&killed).expect("dir");
    let journal = std::fs::read_to_string(whole.join(JOURNAL_FILE)).expect("journal");
    let mut cut: String = journal.lines().take(3).map(|l| format!("{l}\n")).collect();
    cut.push_str("{\"page\":{\"account\":\"00000000-0000-4000-8000-0000000d0002\",\"ap");
    std::fs::write(killed.join(JOURNAL_FILE), cut).expect("journal");
    std::fs::copy(whole.join(ROWS_FILE), killed.join(ROWS_FILE)).expect("rows");

    server.reset_stats();
    review(&client, &big_options(&killed), |_| {})
        .await
        .expect("the rest");
    assert_eq!(
        list_and_get_calls(&server).0,
        all_pages - 2,
        "the two pages journaled are not read again"
    );
    assert_eq!(outputs(&killed), outputs(&whole));

    // A journal altered in the middle is refused, naming the line.
    let mut lines: Vec<String> = std::fs::read_to_string(killed.join(JOURNAL_FILE))
        .expect("journal")
        .lines()
        .map(str::to_string)
        .collect();
    lines[2] = "{\"page\":{}}".into();
    std::fs::write(killed.join(JOURNAL_FILE), lines.join("\n") + "\n").expect("journal");
    let e = review(&client, &big_options(&killed), |_| {})
        .await
        .expect_err("altered");
    assert!(
        matches!(e, ReviewError::Journal { line: Some(3), .. }),
        "{e}"
    );
    assert!(e.to_string().contains("start over"), "{e}");
    for dir in [whole, killed] {
        let _ = std::fs::remove_dir_all(dir);
    }
}

#[tokio::test]
async fn accounts_csv_quotes_commas_quotes_and_newlines() {
    let main = plain()[0];
    let awkward = "Ops, \"night\"\nshift";
    let seed = Seed {
        accounts: vec![
            SeedAccount::new(MAIN, main.name())
                .tenant_id("acme")
                .users([
                    SeedUser::new("u,1")
                        .email("a@example.com")
                        .field("last_login_at", seen(RECENT))
                        .field("roles", role("r\"1", awkward))
                        .field(
                            "groups",
                            json!([{"id": "g1", "name": "a;b"}, {"id": "g2", "name": "=SUM(A1)"}]),
                        ),
                    SeedUser::new("-2")
                        .email("b@example.com")
                        .field("last_login_at", seen(RECENT))
                        .field(
                            "groups",
                            json!([{"id": "g3", "name": "=HYPERLINK(\"http://x.example\")"}]),
                        ),
                ]),
        ],
        ..Seed::default()
    };
    let server = MockServer::start(seed).await.expect("server");
    let out = out_dir("csv");
    review(&client(&server), &options(&out), |_| {})
        .await
        .expect("a review");
    let text = std::fs::read_to_string(out.join(CSV_FILE)).expect("accounts.csv");
    assert_eq!(text.lines().next(), Some(CSV_COLUMNS.join(",").as_str()));
    let mut csv = csv::Reader::from_path(out.join(CSV_FILE)).expect("accounts.csv");
    let mut rows: Vec<csv::StringRecord> = csv.records().map(|r| r.expect("row")).collect();
    // By email: a@, then b@.
    rows.sort_by(|a, b| a[3].cmp(&b[3]));
    assert_eq!(rows.len(), 2);
    assert_eq!(&rows[0][2], "u,1");
    assert_eq!(rows[0][8], format!("{awkward} (r\"1)"));
    assert_eq!(&rows[0][9], "a;b (g1); =SUM(A1) (g2)");
    assert!(
        text.contains("\"Ops, \"\"night\"\"\nshift (r\"\"1)\""),
        "{text}"
    );
    // Cells a spreadsheet would take for formulas are text; review.json keeps the values.
    assert_eq!(&rows[1][2], "'-2");
    assert_eq!(&rows[1][9], "'=HYPERLINK(\"http://x.example\") (g3)");
    let json = review_json(&out);
    let kept = json["accounts"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["user_id"] == "-2")
        .expect("user -2, as the app gave it");
    assert_eq!(kept["groups"][0], "=HYPERLINK(\"http://x.example\") (g3)");
    let _ = std::fs::remove_dir_all(&out);
}

/// A tenant of two apps in pages of three: Ada left, Bea absent from the roster, Cy an
/// admin, Dee dormant, and Eve with a second account of the first app in another integrated
/// account (only the page that holds her there is read back at the end).
fn spooled_seed() -> Seed {
    let [main, other] = plain()[..] else {
        panic!("two plain integrations")
    };
    let person = |account: &str, name: &str| {
        let login = if name == "dee" { LONG_AGO } else { RECENT };
        let user = SeedUser::new(format!("{account}-{name}"))
            .email(format!("{name}@example.com"))
            .field("last_login_at", seen(login));
        if name == "cy" {
            user.field("roles", role("r1", "Org Admin"))
        } else {
            user
        }
    };
    let names = ["ada", "bea", "cy", "dee", "eve", "fay", "gus", "hal"];
    Seed {
        accounts: vec![
            SeedAccount::new(MAIN, main.name())
                .tenant_id("acme")
                .users(names.iter().map(|n| person("a", n))),
            SeedAccount::new(NO_LOGIN, other.name())
                .tenant_id("acme")
                .users(names[..5].iter().map(|n| person("b", n))),
            SeedAccount::new(MAIN_TOO, main.name())
                .tenant_id("acme")
                .users([person("c", "eve")]),
        ],
        ..Seed::default()
    }
}

const SPOOLED_ROSTER: &str = "email,status\nada@example.com,left\ncy@example.com,active\n\
    dee@example.com,active\neve@example.com,active\nfay@example.com,active\n\
    gus@example.com,active\nhal@example.com,active\n";

#[tokio::test]
async fn outputs_assembled_from_the_spool_are_those_of_their_rows() {
    let server = MockServer::start(spooled_seed()).await.expect("server");
    let out = out_dir("spooled");
    let roster = Roster::from_csv(SPOOLED_ROSTER).expect("the roster");
    let info = roster.info("roster.csv", SPOOLED_ROSTER.as_bytes());
    let options = ReviewOptions {
        page_size: Some(3),
        roster: Some((roster, info)),
        ..options(&out)
    };
    let meta = review(&client(&server), &options, |_| {})
        .await
        .expect("a review");
    let json = review_json(&out);
    let found = findings_by_user(&json);
    assert_eq!(found["a-ada"], ["leaver"]);
    assert_eq!(found["b-bea"], ["leaver"]);
    assert_eq!(found["a-cy"], ["privileged"]);
    assert_eq!(found["a-dee"], ["dormant"]);
    assert_eq!(found["a-eve"], ["duplicate"]);
    assert_eq!(found["c-eve"], ["duplicate"]);
    assert_eq!(found["b-eve"], Vec::<String>::new());
    assert_eq!(meta.counts[&Finding::Duplicate], 2);
    assert_eq!(meta.rows, 14);

    // accounts.csv: review.json's rows, in its order.
    let mut expected = csv::Writer::from_writer(Vec::new());
    expected.write_record(CSV_COLUMNS).expect("header");
    let rows: Vec<AccountRow> = serde_json::from_value(json["accounts"].clone()).expect("rows");
    for row in &rows {
        expected.write_record(csv_record(row)).expect("record");
    }
    let expected = String::from_utf8(expected.into_inner().expect("csv")).expect("utf-8");
    let read = |name: &str| std::fs::read_to_string(out.join(name)).expect(name);
    assert_eq!(read(CSV_FILE), expected);
    // The reports: what they are when written again from review.json alone.
    let (md, html) = (read("review.md"), read("review.html"));
    assert!(
        md.contains("## Duplicate accounts (`duplicate`): 2"),
        "{md}"
    );
    write_reports(&out).expect("the reports again");
    assert_eq!(read("review.md"), md);
    assert_eq!(read("review.html"), html);
    // The spool is gone.
    assert_eq!(spool_files(&out), Vec::<String>::new());
    let _ = std::fs::remove_dir_all(&out);
}

#[tokio::test]
async fn an_account_not_reviewed_makes_nobody_a_duplicate() {
    let main = plain()[0];
    let seed = Seed {
        accounts: vec![
            SeedAccount::new(MAIN, main.name())
                .tenant_id("acme")
                .users([SeedUser::new("a-ada")
                    .email("ada@example.com")
                    .field("last_login_at", seen(RECENT))]),
            // Two pages of two: the second is over the review's one page a list.
            SeedAccount::new(MAIN_TOO, main.name())
                .tenant_id("acme")
                .users(
                    ["ada", "bea", "cy"]
                        .map(|n| SeedUser::new(format!("c-{n}")).email(format!("{n}@example.com"))),
                ),
        ],
        ..Seed::default()
    };
    let server = MockServer::start(seed).await.expect("server");
    let out = out_dir("not-reviewed-duplicate");
    let options = ReviewOptions {
        page_size: Some(2),
        max_pages: 1,
        ..options(&out)
    };
    let meta = review(&client(&server), &options, |_| {})
        .await
        .expect("a review");
    assert_eq!(meta.not_reviewed.len(), 1, "{meta:?}");
    assert_eq!(meta.not_reviewed[0].integrated_account_id, MAIN_TOO);
    assert!(
        meta.not_reviewed[0]
            .reason
            .contains("1 page(s) read are kept")
    );
    // Ada's account in the second integrated account was read, but that account is not in
    // the review: her first is no duplicate.
    let found = findings_by_user(&review_json(&out));
    assert_eq!(found.keys().collect::<Vec<_>>(), ["a-ada"]);
    assert_eq!(found["a-ada"], Vec::<String>::new());
    assert_eq!(meta.counts[&Finding::Duplicate], 0);
    let md = std::fs::read_to_string(out.join("review.md")).expect("review.md");
    assert!(
        md.contains("## Duplicate accounts (`duplicate`): 0"),
        "{md}"
    );
    let _ = std::fs::remove_dir_all(&out);
}

/// The hidden files of a review directory (its spool, outputs being written).
fn spool_files(out: &Path) -> Vec<String> {
    std::fs::read_dir(out)
        .expect("the directory")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with('.'))
        .collect()
}

#[tokio::test]
async fn outputs_that_cannot_be_written_keep_what_was_read() {
    let server = MockServer::start(big_seed(2, 150)).await.expect("server");
    let client = client(&server);
    let out = out_dir("unwritable");
    // accounts.csv is written beside its name first: a directory there cannot be.
    let partial = format!(".{CSV_FILE}.{}.partial", std::process::id());
    let blocker = out.join(&partial);
    std::fs::create_dir_all(&blocker).expect("the blocker");
    let e = review(&client, &big_options(&out), |_| {})
        .await
        .expect_err("accounts.csv cannot be written");
    assert!(matches!(e, ReviewError::Output { .. }), "{e}");
    assert!(
        e.to_string().contains(&partial) && e.to_string().contains("run the review again"),
        "{e}"
    );
    std::fs::remove_dir(&blocker).expect("the blocker removed");
    assert_eq!(
        spool_files(&out),
        Vec::<String>::new(),
        "the spool is removed"
    );
    let (read, _) = list_and_get_calls(&server);
    assert_eq!(read, 4);
    // The same review again: nothing read, the outputs written.
    let meta = review(&client, &big_options(&out), |_| {})
        .await
        .expect("the outputs");
    assert_eq!(list_and_get_calls(&server).0, read, "nothing read again");
    assert_eq!(meta.rows, 300);
    assert_eq!(meta.counts[&Finding::Duplicate], 300);
    for name in [CSV_FILE, JSON_FILE, "review.md", "review.html"] {
        assert!(out.join(name).is_file(), "{name}");
    }
    let _ = std::fs::remove_dir_all(&out);
}
