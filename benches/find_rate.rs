//! Finding one person across 40 integrated accounts of 1,000 users each, in pages of 100, under
//! the API's limit of 50 requests per 10 s per account, against the local server (which enforces
//! the limit as the API does, with 100 ms of latency per request).
//!
//! **Ideal schedule.** An account's pages are sequential (each needs the previous page's cursor)
//! and its 10 pages fit in one window of 50 requests, so the rate limit never makes an account
//! wait; accounts are independent (each has its own budget). Searching `c` accounts at a time,
//! the search takes `⌈accounts / c⌉ × pages × latency`: with all 40 at once, 1 × 10 × 100 ms =
//! 1.0 s. Target: within 1.2× of it, with no 429. The same search 8 accounts at a time (the
//! default concurrency) is shown too: 5 × 10 × 100 ms = 5.0 s.
//!
//! The server runs on its own runtime and thread, the client on this thread.
//!
//! Run with `cargo bench --bench find_rate --features mock,offboard`. Each timed run takes
//! about 1 s (5 s for the default concurrency).

use std::time::{Duration, Instant};

use serde_json::{Map, json};
use truto_user_directory::mock::{Faults, Limits, MockServer, Seed, SeedAccount, SeedUser};
use truto_user_directory::offboard::{
    AccountRef, FindOptions, FindOutcome, find_person, get_endpoint, list_endpoint,
};
use truto_user_directory::{Client, Integration, RateBudget};

const ACCOUNTS: usize = 40;
const USERS: usize = 1_000;
const PAGE: usize = 100;
const LIMIT: u32 = 50;
const WINDOW: Duration = Duration::from_secs(10);
const LATENCY: Duration = Duration::from_millis(100);
/// The person, somewhere in the middle of every account.
const PERSON: usize = 537;

/// An integration whose list is complete (no confirming gets), picked from the spec.
fn integration() -> Integration {
    let list = list_endpoint().expect("list endpoint");
    let get = get_endpoint().expect("get endpoint");
    let partial = list.list.map_or(&[][..], |l| l.partial_in);
    *list
        .integrations
        .iter()
        .find(|i| get.supports(**i) && !partial.contains(i))
        .expect("an integration with a complete list")
}

fn account_id(n: usize) -> String {
    format!("00000000-0000-4000-8000-{n:012}")
}

fn seed(accounts: usize, users: usize, latency: Duration) -> Seed {
    let accounts = (0..accounts)
        .map(|a| {
            let users = (0..users).map(|u| {
                let user = SeedUser::new(format!("u{u:05}"));
                if u == PERSON {
                    user.email("Ada.Lovelace@Example.com")
                } else {
                    user.email(format!("user{u}@example.com"))
                }
            });
            SeedAccount::new(account_id(a), integration().name())
                .tenant_id("bench")
                .users(users)
        })
        .collect();
    Seed {
        accounts,
        limits: Limits {
            per_account: LIMIT,
            window_seconds: WINDOW.as_secs_f64(),
        },
        faults: Faults {
            latency_ms: u64::try_from(latency.as_millis()).unwrap_or(u64::MAX),
            ..Faults::default()
        },
    }
}

/// Searches every account, `concurrency` at a time: wall time, and the server's 429s.
async fn timed_run(server: &MockServer, accounts: usize, concurrency: usize) -> (Duration, u64) {
    let client = Client::builder()
        .base_url(server.base_url())
        .token("bench")
        // The API's 50 requests per 10 s per account.
        .rate_budget(RateBudget::default())
        .build()
        .expect("client");
    let refs: Vec<AccountRef> = (0..accounts)
        .map(|a| AccountRef {
            integration: Some(integration().slug().to_string()),
            status: Some("active".into()),
            ..AccountRef::new(account_id(a))
        })
        .collect();
    let mut params = Map::new();
    params.insert("limit".into(), json!(PAGE));
    let options = FindOptions {
        params,
        concurrency,
        ..FindOptions::new()
    };
    let start = Instant::now();
    let results = find_person(&client, "ada.lovelace@example.com", &refs, &options)
        .await
        .expect("a search");
    let elapsed = start.elapsed();
    assert_eq!(results.len(), accounts);
    for r in &results {
        assert_eq!(r.outcome, FindOutcome::Found, "{r:?}");
        assert_eq!(r.matches[0].user_id, format!("u{PERSON:05}"));
    }
    (elapsed, server.stats().rate_limited)
}

fn ideal(accounts: usize, concurrency: usize) -> Duration {
    let pages = USERS.div_ceil(PAGE);
    LATENCY * (accounts.div_ceil(concurrency) * pages) as u32
}

fn report(label: &str, runs: &[(Duration, u64)], ideal: Duration) -> f64 {
    let mut walls: Vec<Duration> = runs.iter().map(|r| r.0).collect();
    walls.sort();
    let median = walls[walls.len() / 2];
    let ratio = median.as_secs_f64() / ideal.as_secs_f64();
    println!(
        "{label}: runs {:?} s, median {:.3} s, ideal {:.3} s, ratio {ratio:.3}; 429s per run {:?}",
        walls
            .iter()
            .map(|w| (w.as_secs_f64() * 1000.0).round() / 1000.0)
            .collect::<Vec<_>>(),
        median.as_secs_f64(),
        ideal.as_secs_f64(),
        runs.iter().map(|r| r.1).collect::<Vec<_>>()
    );
    ratio
}

fn main() {
    // The server on its own runtime and thread; the client on this thread.
    let server_runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("server runtime");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("client runtime");
    // `cargo test --benches` runs this once with `--bench` absent: keep that quick.
    let full = std::env::args().any(|a| a == "--bench");
    if !full {
        let server = server_runtime
            .block_on(MockServer::start(seed(4, 6 * PAGE, Duration::ZERO)))
            .expect("server");
        let (wall, limited) = runtime.block_on(timed_run(&server, 4, 4));
        server_runtime.block_on(server.shutdown());
        println!(
            "smoke: 4 accounts of {} users in {wall:?}, {limited} 429s",
            6 * PAGE
        );
        return;
    }
    let server = server_runtime
        .block_on(MockServer::start(seed(ACCOUNTS, USERS, LATENCY)))
        .expect("server");
    let mut ratio = 0.0;
    for concurrency in [ACCOUNTS, 8] {
        let rounds = if concurrency == ACCOUNTS { 5 } else { 1 };
        let runs: Vec<(Duration, u64)> = (0..rounds)
            .map(|_| {
                // A fresh window for every run: the previous run's requests have expired.
                std::thread::sleep(WINDOW);
                server.reset_stats();
                runtime.block_on(timed_run(&server, ACCOUNTS, concurrency))
            })
            .collect();
        let r = report(
            &format!(
                "find one person in {ACCOUNTS} accounts x {USERS} users, pages of {PAGE}, {} ms latency, {LIMIT} requests / {} s per account, {concurrency} accounts at a time",
                LATENCY.as_millis(),
                WINDOW.as_secs()
            ),
            &runs,
            ideal(ACCOUNTS, concurrency),
        );
        if concurrency == ACCOUNTS {
            ratio = r;
        }
    }
    server_runtime.block_on(server.shutdown());
    println!(
        "target: within 1.2x of the ideal with all {ACCOUNTS} accounts at once: {}",
        if ratio <= 1.2 { "met" } else { "MISSED" }
    );
}
