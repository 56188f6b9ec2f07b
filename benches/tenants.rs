//! What a client per tenant costs: 10,000 clients made with [`Client::with_token`] in one
//! process, each kept after one call to a loopback server answering canned bytes (another
//! process: `benches/support/mod.rs`), as a service that offboards for many customers holds
//! one client per customer token.
//!
//! - **Threads**: `Threads` of `/proc/self/status` after the first client's call and after
//!   the last one's. Target: no growth with the number of clients.
//! - **Memory**: `VmRSS` of `/proc/self/status`, and the live heap bytes (a counting
//!   allocator: what the clients hold, without the allocator's own slack), at 1,000 clients and
//!   at 10,000; per extra client is the growth between the two divided by 9,000 (the first
//!   thousand also warm the allocator up). Target: at most 8 KiB resident per extra client.
//! - **Calls**: one per client, in order, on a tokio runtime with one worker thread; the
//!   integration is named (`Some(GitHub)`), or looked up with `USERDIR_BENCH_LOOKUP=1` (one
//!   `GET /integrated-account/…` and one cache entry per client).
//! - **Built clients**: `USERDIR_BENCH_BUILT=1` makes each client with its own
//!   [`Client::builder`] instead (its own connection pool and TLS configuration): the threads
//!   still do not grow (the memory target is for tenant clients only).
//!
//! Run: `cargo bench --bench tenants` (a few seconds). `USERDIR_BENCH_TENANTS` changes the
//! largest count (default 10,000). It exits non-zero when a target is missed.
//!
//! Latest figures (2-core VM, 2026-12-07): 10,000 tenant clients hold 3 threads (main, the
//! tokio worker, the attempt-timeout watchdog), as one client does; 1,714 bytes resident and
//! 1,520 bytes of live heap per extra client with the integration named, 1,980 and 1,768 with
//! it looked up. Clients from their own builders: still 3 threads, about 133 KiB each (their
//! own pool and TLS configuration).

mod support;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use truto_user_directory::{Client, DeleteUser, Integration};

use support::{ACCOUNT, SERVER_ENV, ServerProcess};

/// The system allocator, counting the bytes live in the whole process.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded to the system allocator unchanged; the counter only adds.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        // SAFETY: as the caller's contract.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: as the caller's contract.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(new_size, Ordering::Relaxed);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: as the caller's contract.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The most resident memory an extra client may add.
const MAX_BYTES_PER_CLIENT: f64 = 8.0 * 1024.0;
const WARM: usize = 1_000;

/// The process's threads, resident bytes and live heap bytes.
#[derive(Clone, Copy)]
struct Footprint {
    threads: usize,
    resident: usize,
    heap: usize,
}

impl Footprint {
    fn now() -> Footprint {
        let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
        let field = |name: &str| -> usize {
            status
                .lines()
                .find_map(|l| l.strip_prefix(name))
                .and_then(|v| v.split_whitespace().next()?.parse().ok())
                .unwrap_or_else(|| panic!("no {name} in /proc/self/status"))
        };
        Footprint {
            threads: field("Threads:"),
            resident: field("VmRSS:") * 1024,
            heap: LIVE.load(Ordering::Relaxed),
        }
    }
}

fn main() {
    if std::env::var_os(SERVER_ENV).is_some() {
        support::server::run();
    }
    let tenants: usize = std::env::var("USERDIR_BENCH_TENANTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000)
        .max(WARM + 1);
    let looked_up = std::env::var_os("USERDIR_BENCH_LOOKUP").is_some_and(|v| v == "1");
    let integration = (!looked_up).then_some(Integration::GitHub);
    let built = std::env::var_os("USERDIR_BENCH_BUILT").is_some_and(|v| v == "1");
    let server = ServerProcess::spawn();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    let first = Client::builder()
        .base_url(format!("http://{}", server.addr))
        .token("tenant-token-0000000")
        .build()
        .expect("client");
    let (start, warm, end) = runtime.block_on(async {
        call(&first, integration).await;
        let start = Footprint::now();
        let mut clients = Vec::with_capacity(tenants);
        let mut warm = start;
        for n in 1..=tenants {
            let token = format!("tenant-token-{n:07}");
            let client = if built {
                Client::builder()
                    .base_url(first.base_url())
                    .token(token)
                    .build()
                    .expect("a client")
            } else {
                first.with_token(token).expect("a tenant client")
            };
            call(&client, integration).await;
            clients.push(client);
            if n == WARM {
                warm = Footprint::now();
            }
        }
        let end = Footprint::now();
        drop(clients);
        (start, warm, end)
    });
    report(tenants, (looked_up, built), start, warm, end)
}

/// One call, which must succeed.
async fn call(client: &Client, integration: Option<Integration>) {
    let request = DeleteUser::for_github("1234", ACCOUNT, "acme");
    let response = client
        .delete_user(&request, integration)
        .await
        .expect("a call");
    assert_eq!(response.status, 200);
}

/// Prints the figures, and exits non-zero when a target is missed.
fn report(
    tenants: usize,
    (looked_up, built): (bool, bool),
    start: Footprint,
    warm: Footprint,
    end: Footprint,
) {
    let extra = (tenants - WARM) as f64;
    let per_client = |a: usize, b: usize| (b as f64 - a as f64) / extra;
    let resident = per_client(warm.resident, end.resident);
    let heap = per_client(warm.heap, end.heap);
    let mib = |b: usize| b as f64 / (1024.0 * 1024.0);
    println!(
        "{tenants} {}, each after one call ({}):",
        if built {
            "clients (each from its own builder)"
        } else {
            "tenant clients (with_token)"
        },
        if looked_up {
            "integration looked up"
        } else {
            "integration named"
        }
    );
    for (label, f) in [("1 client", start), ("1000", warm), ("all", end)] {
        println!(
            "  {label:>8}: {:>3} threads, {:>7.1} MiB resident, {:>7.1} MiB live heap",
            f.threads,
            mib(f.resident),
            mib(f.heap)
        );
    }
    println!(
        "  per extra client ({WARM} → {tenants}): {resident:.0} bytes resident, {heap:.0} bytes \
         live heap; threads {} → {}",
        start.threads, end.threads
    );
    let mut missed = Vec::new();
    if end.threads > start.threads {
        missed.push(format!(
            "threads grew from {} to {}",
            start.threads, end.threads
        ));
    }
    if resident > MAX_BYTES_PER_CLIENT && !built {
        missed.push(format!(
            "{resident:.0} resident bytes per client (at most {MAX_BYTES_PER_CLIENT})"
        ));
    }
    if !missed.is_empty() {
        eprintln!("target missed: {}", missed.join("; "));
        std::process::exit(1);
    }
}
