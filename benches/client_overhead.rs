//! What the client costs on top of a plain reqwest loop: the same `DELETE` sequence, sent by
//! this crate's [`Client`] and by a hand-written `reqwest` loop, against a loopback server
//! that is far cheaper than either.
//!
//! - **Server**: this binary re-executed with `USERDIR_BENCH_SERVER=1`: another process, one
//!   thread on one `epoll` (mio), answering every keep-alive request with the same canned
//!   bytes (`benches/support/mod.rs`).
//! - **Client side**: one multi-thread tokio runtime with [`WORKER_THREADS`] (1) worker thread
//!   (override with `USERDIR_BENCH_WORKERS`), the same for both sides; each batch of calls is
//!   spawned onto it, so all the client's work runs on that worker.
//! - **Placement**: client and server are pinned to the same CPU by default, so a call's wall
//!   time is the client's CPU time plus the server's, without cross-CPU wake-ups (see [`pin`];
//!   `USERDIR_BENCH_PIN=0,1` or `none` to change it).
//! - **Plain**: a `reqwest::Client` with the client's default headers (bearer token, `accept:
//!   application/json`, its `user-agent`): the same request bytes but for the query order.
//! - **Calls**: `concurrency` calls in flight at once (`buffer_unordered`), 1 and 16. Each call
//!   builds its request (client: `DeleteUser::for_github`; plain: the URL string).
//! - **Looked up**: the client's call with the integration not named (`None`): the client
//!   looked the account up once (the first call) and finds it in its cache since.
//! - **CPU time**: `getrusage(RUSAGE_SELF)` (user + system) around each round. The server being
//!   another process, that is the client side alone. The server's own CPU time is read from its
//!   process CPU clock (`clock_getcpuclockid`), to show that it is much cheaper.
//! - **Other load**: the CPUs other processes used during a round (`/proc/stat` minus the
//!   client and the server), printed to tell a disturbed run from a quiet one.
//!
//! After the criterion benchmarks (`client_overhead/{plain,client,looked_up}/c{1,16}`), rounds
//! alternate between two sides (client-plain, plain-client, …) and a table is printed: medians
//! per side, and the median (min–max) of the per-pair ratios; first client ÷ plain (target:
//! within 1.05), then looked up ÷ named (target: within 1.03).
//!
//! Run: `cargo bench --bench client_overhead` (about a minute). `USERDIR_BENCH_PAIRS=0` skips
//! the table; `USERDIR_BENCH_PAIRS` and `USERDIR_BENCH_CALLS` (calls per round) change it.
//!
//! Instructions per call, under callgrind: `USERDIR_BENCH_CALLGRIND=<client|plain>:<N>` makes
//! the binary make one warm-up call then N sequential calls of that side, and exit (the server
//! child is not traced). Run it for two N and divide the difference of the totals (user-space
//! instructions only, deterministic to a fraction of a percent):
//!
//! ```text
//! cargo bench --bench client_overhead --no-run   # prints the binary's path
//! for side in client looked_up plain; do for n in 200 2200; do
//!   USERDIR_BENCH_CALLGRIND=$side:$n valgrind --tool=callgrind \
//!     --callgrind-out-file=/tmp/cg.$side.$n target/release/deps/client_overhead-<hash> 2>&1 |
//!     grep 'Collected'
//! done; done   # instructions/call = (Ir(2200) - Ir(200)) / 2000
//! ```
//!
//! Latest instruction counts (2026-12-07; `looked_up` is a call whose integration the client
//! found in its cache): client 91.7 k per call, looked up 92.4 k (+0.8%), plain reqwest 94.0 k.
//!
//! `--cache-sim=yes --branch-sim=yes` adds cache misses and mispredicted branches the same
//! way. The code lines a call runs through: `--dump-instr=yes` for two N, the instructions whose
//! count grows by at least 0.9 per call, grouped by 64-byte line.

mod support;

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput};
use futures_util::StreamExt;
use futures_util::stream;
use tokio::runtime::Runtime;
use truto_user_directory::{Client, DeleteUser, Integration};

use support::{ACCOUNT, SERVER_ENV, ServerProcess};

const TOKEN: &str = "bench-token";
const WORKER_THREADS: usize = 1;
const CONCURRENCY: [usize; 2] = [1, 16];
/// Pairs of rounds (one of each side) per concurrency in the table: many short rounds, so that
/// the median pair is not one a disturbance on the shared VM fell into.
const PAIRS: usize = 24;

fn main() {
    if std::env::var_os(SERVER_ENV).is_some() {
        pin(1);
        support::server::run();
    }
    // Before any other thread exists: they inherit it.
    pin(0);
    let server = ServerProcess::spawn();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(env_or("USERDIR_BENCH_WORKERS", WORKER_THREADS))
        .enable_all()
        .build()
        .expect("runtime");
    let sides = Sides::new(server.addr);
    // Both work before anything is measured.
    // All work before anything is measured (the first looked-up call asks for the account).
    for side in [Side::Client, Side::Plain, Side::LookedUp] {
        run(&runtime, &sides, side, 1, 1);
    }

    if let Ok(spec) = std::env::var("USERDIR_BENCH_CALLGRIND") {
        let (side, n) = spec
            .split_once(':')
            .expect("USERDIR_BENCH_CALLGRIND=<client|plain|looked_up>:<N>");
        let side = [Side::Client, Side::Plain, Side::LookedUp]
            .into_iter()
            .find(|s| s.name() == side)
            .unwrap_or_else(|| panic!("unknown side {side:?}: client, plain or looked_up"));
        let n = n.parse().expect("N: a number of calls");
        run(&runtime, &sides, side, 1, n);
        return;
    }

    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(20)
        .configure_from_args();
    criterion_benches(&mut criterion, &runtime, &sides);

    // `cargo test --benches` and `--list` run no table; `cargo bench` passes `--bench`.
    let args: Vec<String> = std::env::args().collect();
    let benchmarking =
        args.iter().any(|a| a == "--bench") && !args.iter().any(|a| a == "--test" || a == "--list");
    let pairs = env_or("USERDIR_BENCH_PAIRS", PAIRS);
    if benchmarking && pairs > 0 {
        // The client against plain reqwest, then a looked-up call against a named one.
        for sides_compared in [(Side::Client, Side::Plain), (Side::LookedUp, Side::Client)] {
            let rows: Vec<Row> = CONCURRENCY
                .iter()
                .map(|&c| alternate(&runtime, &sides, &server, sides_compared, c, pairs))
                .collect();
            let (a, b) = (sides_compared.0.name(), sides_compared.1.name());
            println!(
                "\n{a} vs {b}, {pairs} alternating pairs of rounds per concurrency, \
                 {} tokio worker thread(s), server in another process, {} (medians; ratios {a} ÷ \
                 {b} per pair, min–max in brackets):",
                env_or("USERDIR_BENCH_WORKERS", WORKER_THREADS),
                placement()
            );
            for row in &rows {
                println!("{row}");
            }
        }
    }
    criterion.final_summary();
}

/// Where the client (`side` 0) and the server (`side` 1) run. By default both on one CPU (the
/// first this process may use; the server inherits it): then a call's wall time is the client's
/// CPU time plus the server's, with no cross-CPU wake-ups, whose cost in a VM is large and
/// bimodal (unpinned, rounds at concurrency 1 flip between ~30k and ~8k calls/s as the
/// scheduler moves the two apart). `USERDIR_BENCH_PIN=<client CPU>,<server CPU>` pins them
/// elsewhere (e.g. `0,1`), `USERDIR_BENCH_PIN=none` leaves them to the scheduler.
fn pin(side: usize) {
    let cpu = match std::env::var("USERDIR_BENCH_PIN") {
        Ok(spec) if spec == "none" => return,
        Ok(spec) => spec
            .split(',')
            .nth(side)
            .and_then(|c| c.trim().parse().ok())
            .expect("USERDIR_BENCH_PIN=<client CPU>,<server CPU> or none"),
        // The server inherits the client's CPU.
        Err(_) if side == 1 => return,
        Err(_) => {
            // SAFETY: a zeroed cpu_set_t is an empty set; sched_getaffinity (0: this thread)
            // fills it and CPU_ISSET reads it.
            let first = unsafe {
                let mut set: libc::cpu_set_t = std::mem::zeroed();
                let size = std::mem::size_of::<libc::cpu_set_t>();
                if libc::sched_getaffinity(0, size, &mut set) != 0 {
                    return;
                }
                (0..libc::CPU_SETSIZE as usize).find(|&cpu| libc::CPU_ISSET(cpu, &set))
            };
            let Some(first) = first else { return };
            first
        }
    };
    // SAFETY: a zeroed cpu_set_t is an empty set; CPU_SET and sched_setaffinity (0: this
    // thread, whose mask the threads and processes it starts inherit) only touch the set given.
    unsafe {
        let mut set: libc::cpu_set_t = std::mem::zeroed();
        libc::CPU_SET(cpu, &mut set);
        let done = libc::sched_setaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &set);
        assert_eq!(done, 0, "cannot pin to CPU {cpu}");
    }
}

/// How [`pin`] placed the two, for the table.
fn placement() -> String {
    match std::env::var("USERDIR_BENCH_PIN") {
        Ok(spec) if spec == "none" => "client and server placed by the scheduler".into(),
        Ok(spec) => format!("client,server pinned to CPUs {spec}"),
        Err(_) => "client and server pinned to one CPU".into(),
    }
}

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// `calls` calls of `side`, `concurrency` at once, as one task on the runtime's worker(s).
fn run(runtime: &Runtime, sides: &Sides, side: Side, concurrency: usize, calls: u64) {
    runtime
        .block_on(runtime.spawn(sides.clone().run(side, concurrency, calls)))
        .expect("the calls panicked");
}

fn criterion_benches(c: &mut Criterion, runtime: &Runtime, sides: &Sides) {
    let mut group = c.benchmark_group("client_overhead");
    group.throughput(Throughput::Elements(1));
    for concurrency in CONCURRENCY {
        for side in [Side::Plain, Side::Client, Side::LookedUp] {
            group.bench_function(format!("{}/c{concurrency}", side.name()), |b| {
                b.iter_custom(|iters| {
                    let started = Instant::now();
                    run(runtime, sides, side, concurrency, iters);
                    started.elapsed()
                })
            });
        }
    }
    group.finish();
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Client,
    Plain,
    /// The client, with the integration looked up (in its cache).
    LookedUp,
}

impl Side {
    fn name(self) -> &'static str {
        match self {
            Side::Client => "client",
            Side::Plain => "plain",
            Side::LookedUp => "looked_up",
        }
    }
}

/// The two ways of sending the same request.
#[derive(Clone)]
struct Sides {
    client: Client,
    plain: reqwest::Client,
    base: String,
}

impl Sides {
    fn new(addr: SocketAddr) -> Sides {
        let base = format!("http://{addr}");
        let client = Client::builder()
            .base_url(base.clone())
            .token(TOKEN)
            .build()
            .expect("client");
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(
            reqwest::header::AUTHORIZATION,
            format!("Bearer {TOKEN}").parse().expect("header"),
        );
        headers.insert(
            reqwest::header::ACCEPT,
            reqwest::header::HeaderValue::from_static("application/json"),
        );
        // The client sends its user agent too: the same request bytes (the query order aside).
        headers.insert(
            reqwest::header::USER_AGENT,
            reqwest::header::HeaderValue::from_static(concat!(
                "truto-user-directory/",
                env!("CARGO_PKG_VERSION")
            )),
        );
        let plain = reqwest::Client::builder()
            .default_headers(headers)
            .build()
            .expect("reqwest client");
        Sides {
            client,
            plain,
            base,
        }
    }

    /// `calls` calls of `side`, `concurrency` in flight at once.
    async fn run(self, side: Side, concurrency: usize, calls: u64) {
        let calls = stream::iter(0..calls);
        match side {
            Side::Client | Side::LookedUp => {
                let integration = (side == Side::Client).then_some(Integration::GitHub);
                calls
                    .map(|_| self.client_call(integration))
                    .buffer_unordered(concurrency)
                    .for_each(|()| async {})
                    .await
            }
            Side::Plain => {
                calls
                    .map(|_| self.plain_call())
                    .buffer_unordered(concurrency)
                    .for_each(|()| async {})
                    .await
            }
        }
    }

    async fn client_call(&self, integration: Option<Integration>) {
        let request = DeleteUser::for_github("1234", ACCOUNT, "acme");
        let response = self
            .client
            .delete_user(&request, integration)
            .await
            .expect("client call");
        assert_eq!(response.status, 200);
    }

    async fn plain_call(&self) {
        let url = format!(
            "{}/unified/user-directory/users/1234?integrated_account_id={ACCOUNT}&organization_id=acme",
            self.base
        );
        let response = self.plain.delete(url).send().await.expect("plain call");
        assert_eq!(response.status(), 200);
        let body = response.bytes().await.expect("body");
        let value: serde_json::Value = serde_json::from_slice(&body).expect("JSON");
        std::hint::black_box(value);
    }
}

/// Wall and CPU time of one round.
struct Round {
    wall: Duration,
    /// User + system.
    cpu: Duration,
    user: Duration,
    server_cpu: Duration,
    /// CPUs busy with other processes (or stolen by the hypervisor) on average.
    others: f64,
}

/// `pairs` pairs of rounds at `concurrency`, alternating which side goes first.
fn alternate(
    runtime: &Runtime,
    sides: &Sides,
    server: &ServerProcess,
    (measured, baseline): (Side, Side),
    concurrency: usize,
    pairs: usize,
) -> Row {
    // About a tenth of a second per round (`USERDIR_BENCH_CALLS` to change it).
    let calls = env_or(
        "USERDIR_BENCH_CALLS",
        if concurrency == 1 { 2_000 } else { 4_000 },
    ) as u64;
    let round = |side: Side| {
        let busy = machine_busy();
        let ((user, sys), server_cpu, started) = (process_cpu(), server.cpu(), Instant::now());
        run(runtime, sides, side, concurrency, calls);
        let wall = started.elapsed();
        let (user_after, sys_after) = process_cpu();
        let server_cpu = server.cpu() - server_cpu;
        let cpu = (user_after - user) + (sys_after - sys);
        let others = machine_busy().saturating_sub(busy).as_secs_f64()
            - cpu.as_secs_f64()
            - server_cpu.as_secs_f64();
        Round {
            wall,
            cpu,
            user: user_after - user,
            server_cpu,
            others: others.max(0.0) / wall.as_secs_f64(),
        }
    };
    // Warm-up: all connections open, caches and allocator warm.
    round(measured);
    round(baseline);
    let (mut client, mut plain) = (Vec::new(), Vec::new());
    for pair in 0..pairs {
        if pair % 2 == 0 {
            client.push(round(measured));
            plain.push(round(baseline));
        } else {
            plain.push(round(baseline));
            client.push(round(measured));
        }
        let (c, p) = (&client[pair], &plain[pair]);
        let (a, b) = (measured.name(), baseline.name());
        println!(
            "c{concurrency} pair {pair}: {a} {:>7.0} calls/s {:>5.1} µs CPU/call | {b} {:>7.0} calls/s {:>5.1} µs CPU/call | time ratio {:.3} | other load {:.2}/{:.2} CPUs",
            calls as f64 / c.wall.as_secs_f64(),
            micros_per_call(c.cpu, calls),
            calls as f64 / p.wall.as_secs_f64(),
            micros_per_call(p.cpu, calls),
            c.wall.as_secs_f64() / p.wall.as_secs_f64(),
            c.others,
            p.others,
        );
    }
    Row::new((measured, baseline), concurrency, calls, &client, &plain)
}

fn micros_per_call(d: Duration, calls: u64) -> f64 {
    d.as_secs_f64() * 1e6 / calls as f64
}

/// One line of the table: the measured side (`client_…`) against the baseline (`plain_…`).
struct Row {
    sides: (Side, Side),
    concurrency: usize,
    plain_rate: f64,
    plain_cpu: f64,
    plain_user: f64,
    client_rate: f64,
    client_cpu: f64,
    client_user: f64,
    time_ratio: [f64; 3],
    cpu_ratio: [f64; 3],
    server_cpu: f64,
    others: (f64, f64, f64),
}

impl Row {
    fn new(
        sides: (Side, Side),
        concurrency: usize,
        calls: u64,
        client: &[Round],
        plain: &[Round],
    ) -> Row {
        let rate =
            |rounds: &[Round]| median(rounds.iter().map(|r| calls as f64 / r.wall.as_secs_f64())).1;
        let cpu = |rounds: &[Round]| median(rounds.iter().map(|r| micros_per_call(r.cpu, calls))).1;
        let user =
            |rounds: &[Round]| median(rounds.iter().map(|r| micros_per_call(r.user, calls))).1;
        let pairs = || client.iter().zip(plain);
        let (lo, mid, hi) =
            median(pairs().map(|(c, p)| c.wall.as_secs_f64() / p.wall.as_secs_f64()));
        let time_ratio = [mid, lo, hi];
        let (lo, mid, hi) = median(pairs().map(|(c, p)| c.cpu.as_secs_f64() / p.cpu.as_secs_f64()));
        let cpu_ratio = [mid, lo, hi];
        let server_cpu = median(
            client
                .iter()
                .chain(plain)
                .map(|r| micros_per_call(r.server_cpu, calls)),
        )
        .1;
        let others = median(client.iter().chain(plain).map(|r| r.others));
        Row {
            sides,
            others,
            concurrency,
            plain_rate: rate(plain),
            plain_cpu: cpu(plain),
            plain_user: user(plain),
            client_rate: rate(client),
            client_cpu: cpu(client),
            client_user: user(client),
            time_ratio,
            cpu_ratio,
            server_cpu,
        }
    }
}

impl std::fmt::Display for Row {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "concurrency {:>2}: {} {:>7} calls/s {:5.1} µs CPU/call ({:4.1} user); {} {:>7} calls/s {:5.1} µs CPU/call ({:4.1} user); \
             time ratio {:.3} ({:.3}–{:.3}), CPU ratio {:.3} ({:.3}–{:.3}); server {:.1} µs CPU/call; \
             other load {:.2} ({:.2}–{:.2}) CPUs",
            self.concurrency,
            self.sides.1.name(),
            thousands(self.plain_rate),
            self.plain_cpu,
            self.plain_user,
            self.sides.0.name(),
            thousands(self.client_rate),
            self.client_cpu,
            self.client_user,
            self.time_ratio[0],
            self.time_ratio[1],
            self.time_ratio[2],
            self.cpu_ratio[0],
            self.cpu_ratio[1],
            self.cpu_ratio[2],
            self.server_cpu,
            self.others.1,
            self.others.0,
            self.others.2,
        )
    }
}

/// (min, median, max).
fn median(values: impl Iterator<Item = f64>) -> (f64, f64, f64) {
    let mut v: Vec<f64> = values.collect();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    let mid = if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    };
    (v[0], mid, v[n - 1])
}

fn thousands(x: f64) -> String {
    let digits = format!("{:.0}", x);
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// CPU time (user, system) of this process so far.
fn process_cpu() -> (Duration, Duration) {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::uninit();
    // SAFETY: getrusage fills the struct it is given; RUSAGE_SELF is always valid.
    let usage = unsafe {
        assert_eq!(libc::getrusage(libc::RUSAGE_SELF, usage.as_mut_ptr()), 0);
        usage.assume_init()
    };
    let tv = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    (tv(usage.ru_utime), tv(usage.ru_stime))
}

/// CPU time the whole machine spent busy so far (all CPUs; `/proc/stat`, in clock ticks), hypervisor
/// steal included: what other processes used is this minus the client's and the server's.
fn machine_busy() -> Duration {
    let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let ticks: u64 = stat
        .lines()
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .skip(1)
        .enumerate()
        // user nice system idle iowait irq softirq steal
        .filter(|(i, _)| matches!(i, 0 | 1 | 2 | 5 | 6 | 7))
        .filter_map(|(_, v)| v.parse::<u64>().ok())
        .sum();
    // SAFETY: sysconf only reads a configuration value.
    let per_second = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
    Duration::from_secs_f64(ticks as f64 / per_second)
}
