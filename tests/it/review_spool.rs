//! Access reviews of random tenants against the local server on 127.0.0.1: whatever the
//! accounts, apps, people, statuses and page sizes, and wherever a review is stopped and then
//! continued, the outputs the review assembles from its spool are those its rows make. The
//! `duplicate` finding is checked against an oracle computed from `review.json` alone;
//! `accounts.csv` against the rows written as CSV; the reports against those
//! `report::write_reports` writes again from `review.json`; a stopped and continued review's
//! four outputs against an uninterrupted one's.

#![cfg(all(feature = "mock", feature = "offboard"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use proptest::prelude::*;
use serde_json::{Value, json};
use truto_user_directory::mock::{MockServer, Seed, SeedAccount, SeedUser};
use truto_user_directory::review::report::write_reports;
use truto_user_directory::review::{
    AccountRow, CSV_COLUMNS, CSV_FILE, Finding, JSON_FILE, Progress, ReviewError, ReviewOptions,
    Roster, csv_record, review,
};
use truto_user_directory::{Integration, PEOPLE, Stop};

use crate::support::integrations::complete_lists;
use crate::support::local::client;

const NOW: &str = "2026-12-07T12:00:00Z";

/// Persons 0 to 5: 0 left, 1 to 4 active, 5 on no roster.
const ROSTER: &str = "email,status\np0@example.com,left\np1@example.com,active\n\
    p2@example.com,active\np3@example.com,active\np4@example.com,active\n";

/// One user of a random tenant.
#[derive(Debug, Clone)]
struct User {
    /// Its person (`None`: no email).
    person: Option<u8>,
    active: bool,
    /// 0: no login field, 1: recent, 2: long ago.
    login: u8,
    admin: bool,
}

/// One integrated account: its app (one of two) and its users.
#[derive(Debug, Clone)]
struct Account {
    app: usize,
    users: Vec<User>,
}

fn user() -> impl Strategy<Value = User> {
    (
        prop::option::weighted(0.9, 0u8..6),
        prop::bool::weighted(0.8),
        0u8..3,
        prop::bool::weighted(0.2),
    )
        .prop_map(|(person, active, login, admin)| User {
            person,
            active,
            login,
            admin,
        })
}

fn tenant() -> impl Strategy<Value = Vec<Account>> {
    prop::collection::vec(
        (0usize..2, prop::collection::vec(user(), 0..8))
            .prop_map(|(app, users)| Account { app, users }),
        1..5,
    )
}

/// Two integrations whose users list is complete and readable one by one.
fn apps() -> [Integration; 2] {
    let found: Vec<Integration> = complete_lists().take(2).collect();
    [found[0], found[1]]
}

fn seed(accounts: &[Account]) -> Seed {
    let apps = apps();
    Seed {
        accounts: accounts
            .iter()
            .enumerate()
            .map(|(a, account)| {
                let users = account.users.iter().enumerate().map(|(u, user)| {
                    let mut seeded = SeedUser::new(format!("a{a}-u{u}"));
                    seeded = match user.person {
                        Some(p) => seeded.email(format!("p{p}@example.com")),
                        None => seeded.username(format!("bot-{a}-{u}")),
                    };
                    if !user.active {
                        seeded = seeded.status("inactive");
                    }
                    seeded = match user.login {
                        1 => seeded.field("last_login_at", json!("2026-12-01T09:00:00Z")),
                        2 => seeded.field("last_login_at", json!("2026-01-15T09:00:00Z")),
                        _ => seeded,
                    };
                    if user.admin {
                        seeded.field("roles", json!([{"id": "r1", "name": "Org Admin"}]))
                    } else {
                        seeded
                    }
                });
                SeedAccount::new(
                    format!("00000000-0000-4000-8000-0000000e{a:04}"),
                    apps[account.app].name(),
                )
                .tenant_id("acme")
                .users(users)
            })
            .collect(),
        ..Seed::default()
    }
}

fn options(out: &Path, page_size: u32) -> ReviewOptions {
    let roster = Roster::from_csv(ROSTER).expect("the roster");
    let info = roster.info("roster.csv", ROSTER.as_bytes());
    ReviewOptions {
        tenant_id: Some("acme".into()),
        now: Some(NOW.into()),
        page_size: Some(page_size),
        roster: Some((roster, info)),
        ..ReviewOptions::new(out)
    }
}

/// A fresh output directory of this test process.
fn out_dir(name: &str, case: u64) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "userdir-review-spool-{name}-{}-{case}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn read(out: &Path, name: &str) -> String {
    std::fs::read_to_string(out.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The four outputs of a review directory.
fn outputs(out: &Path) -> [String; 4] {
    [CSV_FILE, JSON_FILE, "review.md", "review.html"].map(|name| read(out, name))
}

/// Checks the outputs in `out` against what its `review.json` rows make.
fn check_outputs(out: &Path) {
    let json: Value = serde_json::from_str(&read(out, JSON_FILE)).expect("review.json");
    let rows: Vec<AccountRow> = serde_json::from_value(json["accounts"].clone()).expect("the rows");
    // The oracle of `duplicate`: a matched, active account of a person with another account
    // (another user, or another integrated account) in the same app.
    let people = PEOPLE.as_ref().expect("people");
    let active = |row: &AccountRow| {
        !row.status
            .as_deref()
            .is_some_and(|s| people.inactive_statuses.contains(&s))
    };
    let mut holders: BTreeMap<(String, String), BTreeSet<(String, String)>> = BTreeMap::new();
    for row in rows.iter().filter(|r| active(r)) {
        if let Some(person) = &row.person {
            holders
                .entry((row.app.clone(), person.clone()))
                .or_default()
                .insert((row.integrated_account_id.clone(), row.user_id.clone()));
        }
    }
    for row in &rows {
        let expected = active(row)
            && row.person.as_ref().is_some_and(|p| {
                holders
                    .get(&(row.app.clone(), p.clone()))
                    .is_some_and(|h| h.len() > 1)
            });
        assert_eq!(
            row.findings.contains(&Finding::Duplicate),
            expected,
            "{row:?}"
        );
    }
    let counted = |f: Finding| rows.iter().filter(|r| r.findings.contains(&f)).count() as u64;
    for f in Finding::ALL {
        assert_eq!(
            json["meta"]["counts"][f.as_str()],
            json!(counted(f)),
            "{f:?}"
        );
    }
    // accounts.csv: the rows, in review.json's order.
    let mut csv = csv::Writer::from_writer(Vec::new());
    csv.write_record(CSV_COLUMNS).expect("header");
    for row in &rows {
        csv.write_record(csv_record(row)).expect("record");
    }
    let csv = String::from_utf8(csv.into_inner().expect("csv")).expect("utf-8");
    assert_eq!(read(out, CSV_FILE), csv);
    // The reports: what they are when written again from review.json.
    let (md, html) = (read(out, "review.md"), read(out, "review.html"));
    write_reports(out).expect("the reports again");
    assert_eq!(read(out, "review.md"), md);
    assert_eq!(read(out, "review.html"), html);
    // Nothing of the spool is left.
    let hidden: Vec<String> = std::fs::read_dir(out)
        .expect("the directory")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with('.'))
        .collect();
    assert!(hidden.is_empty(), "{hidden:?}");
}

/// Reviews `accounts`: once whole, once stopped after `stop_after` pages and continued.
async fn reviewed(accounts: &[Account], page_size: u32, stop_after: usize, case: u64) {
    let server = MockServer::start(seed(accounts)).await.expect("server");
    let client = client(&server);
    let whole = out_dir("whole", case);
    review(&client, &options(&whole, page_size), |_| {})
        .await
        .expect("a review");
    check_outputs(&whole);

    let resumed = out_dir("resumed", case);
    let stop = Stop::new();
    let stopping = ReviewOptions {
        stop: Some(stop.clone()),
        ..options(&resumed, page_size)
    };
    let mut pages = 0;
    let first = review(&client, &stopping, |e| {
        if matches!(e, Progress::Page { .. }) {
            pages += 1;
            if pages == stop_after {
                stop.stop();
            }
        }
    })
    .await;
    match first {
        Ok(_) => {}
        Err(ReviewError::Interrupted { .. }) => {
            review(&client, &options(&resumed, page_size), |_| {})
                .await
                .expect("the rest");
        }
        Err(e) => panic!("{e}"),
    }
    assert_eq!(outputs(&resumed), outputs(&whole));
    check_outputs(&resumed);
    for dir in [whole, resumed] {
        let _ = std::fs::remove_dir_all(dir);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Any tenant, any page size, stopped anywhere: the outputs are those of the rows.
    #[test]
    fn outputs_are_those_of_the_rows_whatever_the_tenant(
        accounts in tenant(),
        page_size in 1u32..5,
        stop_after in 1usize..8,
        case in any::<u64>(),
    ) {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        runtime.block_on(reviewed(&accounts, page_size, stop_after, case));
    }
}
