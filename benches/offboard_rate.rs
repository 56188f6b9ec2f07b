//! A bulk offboarding against the API's rate limit: 1,000 targets over 10 integrated accounts
//! (100 each), 20 ms server latency, 50 requests per 10 s per account — the local server
//! enforces it as the API does.
//!
//! - `budgeted`: the client's per-account rate budget. Compared with the ideal schedule the
//!   limit allows: per account, 50 sends at once, the next 50 one window later, so the last
//!   call leaves at 10 s and returns 20 ms later (two windows of budget; 10.02 s of wall time).
//!   Target: within 1.2× of it.
//! - `naive`: the same plan without a budget, relying on 429 and `Retry-After`: how long it
//!   takes and how many 429s it provokes.
//!
//! Each iteration is a whole run against a fresh server (10–30 s), so the sample is small.
//! Run with `cargo bench --bench offboard_rate --features mock,offboard`.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use truto_user_directory::mock::{MockServer, Seed};
use truto_user_directory::offboard::{Offboarder, Plan, RunOptions, bulk_client_builder};

const ACCOUNTS: usize = 10;
const PER_ACCOUNT: usize = 100;
const LIMIT: usize = 50;
const WINDOW: Duration = Duration::from_secs(10);
const LATENCY: Duration = Duration::from_millis(20);

fn seed_and_plan() -> (String, Plan) {
    let mut seed = String::from("accounts:\n");
    let mut plan = String::from("defaults: {operation: auto}\ntargets:\n");
    for a in 0..ACCOUNTS {
        let id = format!("00000000-0000-4000-8000-{a:012}");
        seed.push_str(&format!(
            "  - id: {id}\n    integration: Okta\n    users:\n"
        ));
        for u in 0..PER_ACCOUNT {
            seed.push_str(&format!("      - {{id: \"u{a}-{u}\"}}\n"));
            plan.push_str(&format!(
                "  - {{integrated_account_id: {id}, integration: Okta, user_id: \"u{a}-{u}\"}}\n"
            ));
        }
    }
    seed.push_str(&format!(
        "limits: {{per_account: {LIMIT}, window_seconds: {}}}\nfaults: {{latency_ms: {}}}\n",
        WINDOW.as_secs(),
        LATENCY.as_millis()
    ));
    (seed, Plan::from_yaml(&plan).expect("plan"))
}

/// The ideal wall time: the last of an account's calls can leave once `(n - 1) / limit`
/// windows have passed, and takes the latency to come back.
fn ideal() -> Duration {
    WINDOW * ((PER_ACCOUNT - 1) / LIMIT) as u32 + LATENCY
}

/// One run: wall time and the 429s the server answered.
async fn run_once(seed: &str, plan: &Plan, budget: bool) -> (Duration, u64) {
    let server = MockServer::start(Seed::from_yaml(seed).expect("seed"))
        .await
        .expect("server");
    let mut builder = bulk_client_builder()
        .base_url(server.base_url())
        .token("bench")
        .max_in_flight(64);
    if !budget {
        builder = builder.no_rate_budget();
    }
    let client = builder.build().expect("client");
    let start = Instant::now();
    let summary = Offboarder::new(client, RunOptions::default())
        .run(plan, |_| {})
        .await
        .expect("run");
    let elapsed = start.elapsed();
    assert!(summary.all_done(), "{summary:?}");
    let rate_limited = server.stats().rate_limited;
    server.shutdown().await;
    (elapsed, rate_limited)
}

fn report(name: &str, runs: &[(Duration, u64)]) {
    if runs.is_empty() {
        return;
    }
    let mut walls: Vec<Duration> = runs.iter().map(|r| r.0).collect();
    walls.sort();
    let median = walls[walls.len() / 2];
    let max_429 = runs.iter().map(|r| r.1).max().unwrap_or(0);
    let min_429 = runs.iter().map(|r| r.1).min().unwrap_or(0);
    println!(
        "{name}: {} runs, median wall {:.2} s, ideal {:.2} s, ratio {:.3}; 429s per run {min_429}..{max_429}",
        runs.len(),
        median.as_secs_f64(),
        ideal().as_secs_f64(),
        median.as_secs_f64() / ideal().as_secs_f64()
    );
}

fn bench(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let (seed, plan) = seed_and_plan();
    let mut group = c.benchmark_group("offboard_1000_targets_10_accounts");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(1))
        .measurement_time(Duration::from_secs(1));
    for (name, budget) in [("budgeted", true), ("naive", false)] {
        let runs = Mutex::new(Vec::new());
        group.bench_function(name, |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    let run = runtime.block_on(run_once(&seed, &plan, budget));
                    total += run.0;
                    runs.lock().expect("runs").push(run);
                }
                total
            })
        });
        report(name, &runs.lock().expect("runs"));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
