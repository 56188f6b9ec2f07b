//! Listing 10,000 users in pages of 100 from one integrated account under the API's limit of 50
//! requests per 10 s, against the local server (which enforces the limit as the API does, with
//! 20 ms of latency per request).
//!
//! - **Wall time** against the ideal schedule: pages are sequential (each needs the previous
//!   page's cursor), and the limit lets the first 50 leave at once and the next 50 one window
//!   later, so the last page can come back no sooner than one window plus 50 latencies
//!   (11.0 s). Target: within 1.1× of it, with no 429.
//! - **Memory** is flat in the number of pages: the peak of the client's live heap bytes while
//!   listing 10 pages and 100 pages of the same account, without the rate limit. The server runs
//!   on its own runtime and threads; a counting allocator counts only what the client's thread
//!   allocates and frees (they share no memory: they talk over loopback TCP).
//!
//! Run with `cargo bench --bench list_rate --features mock`. Each timed run takes about 11 s.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use futures_util::TryStreamExt;
use truto_user_directory::mock::{MockServer, Seed};
use truto_user_directory::{Client, Integration, ListUsers, RateBudget};
use truto_user_directory::{PagingSetters, TrutoQuerySetters};

/// The system allocator, counting the live bytes of the threads that ask for it, and their peak.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    static COUNTED: Cell<bool> = const { Cell::new(false) };
}

fn counted() -> bool {
    COUNTED.try_with(Cell::get).unwrap_or(false)
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded unchanged to the system allocator.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() && counted() {
            let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.dealloc(ptr, layout) };
        if counted() {
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded unchanged to the system allocator.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() && counted() {
            if new_size >= layout.size() {
                let grown = new_size - layout.size();
                let live = LIVE.fetch_add(grown, Ordering::Relaxed) + grown;
                PEAK.fetch_max(live, Ordering::Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const ACCOUNT: &str = "00000000-0000-4000-8000-000000000001";
const USERS: usize = 10_000;
const PAGE: u64 = 100;
const LIMIT: usize = 50;
const WINDOW: Duration = Duration::from_secs(10);
const LATENCY: Duration = Duration::from_millis(20);

fn seed(rate_limited: bool) -> Seed {
    let mut yaml = format!("accounts:\n  - id: {ACCOUNT}\n    integration: Okta\n    users:\n");
    for u in 0..USERS {
        yaml.push_str(&format!(
            "      - {{id: \"u{u:05}\", email: user{u}@example.com}}\n"
        ));
    }
    let per_account = if rate_limited { LIMIT } else { 1_000_000 };
    yaml.push_str(&format!(
        "limits: {{per_account: {per_account}, window_seconds: {}}}\nfaults: {{latency_ms: {}}}\n",
        WINDOW.as_secs(),
        if rate_limited { LATENCY.as_millis() } else { 0 }
    ));
    Seed::from_yaml(&yaml).expect("seed")
}

/// The earliest the last page can come back: one window, then the 50 pages after the first
/// 50, one after another.
fn ideal() -> Duration {
    let pages = USERS.div_ceil(PAGE as usize);
    WINDOW + LATENCY * (pages - LIMIT) as u32
}

async fn client(server: &MockServer, budget: bool) -> Client {
    let mut builder = Client::builder().base_url(server.base_url()).token("bench");
    if budget {
        // The API's 50 requests per 10 s per account.
        builder = builder.rate_budget(RateBudget::default());
    }
    builder.build().expect("client")
}

/// Lists every user under the rate limit: wall time and the server's 429s.
async fn timed_run(server: &MockServer) -> (Duration, u64) {
    let client = client(server, true).await;
    let request = ListUsers::new(ACCOUNT)
        .limit(PAGE)
        .truto_ignore_remote_data(true);
    let start = Instant::now();
    let n = client
        .list_users(&request, Some(Integration::Okta))
        .items()
        .try_fold(0usize, |n, _| async move { Ok(n + 1) })
        .await
        .expect("every page");
    let elapsed = start.elapsed();
    assert_eq!(n, USERS);
    (elapsed, server.stats().rate_limited)
}

/// The peak of live heap bytes above the baseline while reading `pages` pages.
async fn peak_for(server: &MockServer, pages: u32) -> usize {
    let client = client(server, false).await;
    let request = ListUsers::new(ACCOUNT).limit(PAGE);
    let mut list = client.list_users(&request, Some(Integration::Okta));
    let baseline = LIVE.load(Ordering::Relaxed);
    PEAK.store(baseline, Ordering::Relaxed);
    let mut items = 0;
    for _ in 0..pages {
        let page = list.next_page().await.expect("a page").expect("ok");
        items += page.body.typed().map_or(0, |p| p.items.len());
    }
    assert_eq!(items, pages as usize * PAGE as usize);
    PEAK.load(Ordering::Relaxed) - baseline
}

fn main() {
    // The server on its own runtime and threads; the client on this thread, counted.
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

    let server = server_runtime
        .block_on(MockServer::start(seed(false)))
        .expect("server");
    COUNTED.with(|c| c.set(true));
    let peak_10 = runtime.block_on(peak_for(&server, 10));
    let peak_100 = runtime.block_on(peak_for(&server, 100));
    COUNTED.with(|c| c.set(false));
    server_runtime.block_on(server.shutdown());
    println!(
        "memory: the client's peak live heap above baseline {:.0} KiB for 10 pages, {:.0} KiB for 100 pages of {PAGE} users (ratio {:.2})",
        peak_10 as f64 / 1024.0,
        peak_100 as f64 / 1024.0,
        peak_100 as f64 / peak_10 as f64
    );
    if !full {
        return;
    }
    let runs: Vec<(Duration, u64)> = (0..3)
        .map(|_| {
            let server = server_runtime
                .block_on(MockServer::start(seed(true)))
                .expect("server");
            let run = runtime.block_on(timed_run(&server));
            server_runtime.block_on(server.shutdown());
            run
        })
        .collect();
    let mut walls: Vec<Duration> = runs.iter().map(|r| r.0).collect();
    walls.sort();
    let median = walls[walls.len() / 2];
    println!(
        "list {USERS} users in pages of {PAGE} under {LIMIT} requests / {} s: runs {:?} s, median {:.2} s, ideal {:.2} s, ratio {:.3}; 429s per run {:?}",
        WINDOW.as_secs(),
        walls
            .iter()
            .map(|w| (w.as_secs_f64() * 100.0).round() / 100.0)
            .collect::<Vec<_>>(),
        median.as_secs_f64(),
        ideal().as_secs_f64(),
        median.as_secs_f64() / ideal().as_secs_f64(),
        runs.iter().map(|r| r.1).collect::<Vec<_>>()
    );
}
