//! An access review of a tenant of 40 integrated accounts of 10,000 users each, in pages of
//! 100, under the API's limit of 50 requests per 10 s per account: `userdir review`'s wall
//! time against the schedule the rate limit allows, and its peak resident memory.
//!
//! - **Server**: the local API server, in a process of its own so that its memory (every user
//!   of the tenant) is not counted: this binary re-executed with `USERDIR_BENCH_REVIEW_SERVER`
//!   set, serving a seed built in code, with 20 ms of latency per request and the limit
//!   enforced as the API does. (Written as YAML for `userdir mock serve --seed`, the seed would
//!   be about 18 MB, over the 16 MiB a seed file may be.)
//! - **Review**: `userdir review --tenant-id bench --roster R --out DIR --page-size 100
//!   --concurrency 40`, the release binary, as a user runs it: another process. Its wall time
//!   is from its start to its end (listing the tenant's accounts, reading the roster, every
//!   page, the findings, `accounts.csv`, `review.json` and both reports); its peak resident
//!   memory is the kernel's (`wait4`'s `ru_maxrss`, the high-water mark of its resident set).
//! - **Data**: user `u` of every account is person `p<u>@example.com` (so every person has an
//!   account in each of the 40 apps, each app a different integration); 1 in 10 has not logged
//!   in for a year, 1 in 100 is an admin, 1 in 500 has no login field at all. The roster lists
//!   persons 0–9,899, the first 100 as left.
//!
//! **Ideal schedule.** An account's pages are sequential (each needs the previous cursor); 50
//! may leave in any 10 s window. Its 100 pages take 50 latencies, then wait for the first
//! page's window to end, then 50 more latencies: `window + 50 × latency` = 10 s + 50 × 20 ms =
//! 11.0 s, with all 40 accounts at once (each has its own budget). Targets: within 1.1× of it,
//! and under 100 MB resident.
//!
//! Run with `cargo bench --bench review --features cli` (about 90 s: three timed reviews, a
//! window apart). `cargo test --benches` runs nothing here.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use truto_user_directory::Integration;
use truto_user_directory::mock::{Faults, Limits, MockServer, Seed, SeedAccount, SeedUser};
use truto_user_directory::offboard::list_endpoint;
use truto_user_directory::validate::{Mode, WireField, validate};

const ACCOUNTS: usize = 40;
const USERS: usize = 10_000;
const PAGE: usize = 100;
const LIMIT: u32 = 50;
const WINDOW: Duration = Duration::from_secs(10);
const LATENCY: Duration = Duration::from_millis(20);
const RUNS: usize = 3;
/// The review's "now": logins are counted from it.
const NOW: &str = "2026-12-07T12:00:00Z";
/// Persons on the roster (the others are on none), and of them, left.
const ON_ROSTER: usize = 9_900;
const LEFT: usize = 100;

/// Set (to `ACCOUNTS,USERS,LATENCY_MS`) in the server process.
const SERVER_ENV: &str = "USERDIR_BENCH_REVIEW_SERVER";

/// The tenant's integrations: apps whose users list is complete (not partial) and needs
/// nothing but the integrated account, one per account, from the spec.
fn integrations(n: usize) -> Vec<Integration> {
    let list = list_endpoint().expect("a users list");
    let partial = list.list.map_or(&[][..], |l| l.partial_in);
    let account = list
        .parameters
        .iter()
        .find(|p| p.name == "integrated_account_id")
        .expect("the account parameter");
    let fields = [WireField {
        spec: account,
        value: json!("00000000-0000-4000-8000-000000000000"),
    }];
    let found: Vec<Integration> = list
        .integrations
        .iter()
        .copied()
        .filter(|i| !partial.contains(i))
        .filter(|i| validate(list, &fields, *i, Mode::Strict).is_ok())
        .take(n)
        .collect();
    assert_eq!(
        found.len(),
        n,
        "not enough integrations with a complete list"
    );
    found
}

fn account_id(n: usize) -> String {
    format!("00000000-0000-4000-8000-{n:012}")
}

/// Person `u`'s user record fields: a login (a year old for 1 in 10), an admin role for 1 in
/// 100, no login field at all for 1 in 500.
fn user(u: usize) -> SeedUser {
    let mut user = SeedUser::new(format!("u{u:05}")).email(format!("p{u}@example.com"));
    if u % 500 != 7 {
        let login = if u % 10 == 3 {
            "2025-12-01T09:00:00Z"
        } else {
            "2026-12-01T09:00:00Z"
        };
        user = user.field("last_login_at", json!(login));
    }
    if u % 100 == 5 {
        user = user.field("roles", json!([{"id": "r-admin", "name": "Admin"}]));
    }
    user.field(
        "groups",
        json!([{"id": format!("g{}", u % 20), "name": format!("team {}", u % 20)}]),
    )
}

fn seed(accounts: usize, users: usize, latency: Duration) -> Seed {
    let accounts = integrations(accounts)
        .into_iter()
        .enumerate()
        .map(|(a, integration)| {
            SeedAccount::new(account_id(a), integration.name())
                .tenant_id("bench")
                .users((0..users).map(user))
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

/// The server process: serves the seed `spec` describes until killed, its URL on stdout.
fn serve(spec: &str) -> ! {
    let numbers: Vec<u64> = spec
        .split(',')
        .map(|n| n.parse().expect("a number"))
        .collect();
    let seed = seed(
        numbers[0] as usize,
        numbers[1] as usize,
        Duration::from_millis(numbers[2]),
    );
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let server = MockServer::start(seed).await.expect("server");
        println!("{}", server.base_url());
        std::io::stdout().flush().expect("stdout");
        std::future::pending::<()>().await;
    });
    unreachable!()
}

/// The server process, killed when dropped.
struct Server(Child, String);

impl Server {
    fn start(accounts: usize, users: usize, latency: Duration) -> Server {
        let mut child = Command::new(std::env::current_exe().expect("this binary"))
            .env(
                SERVER_ENV,
                format!("{accounts},{users},{}", latency.as_millis()),
            )
            .stdout(Stdio::piped())
            .spawn()
            .expect("the server starts");
        let mut url = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut url)
            .expect("the server's URL");
        Server(child, url.trim().to_string())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The roster: persons 0 to [`ON_ROSTER`], the first [`LEFT`] left.
fn roster(dir: &Path, users: usize) -> PathBuf {
    let mut text = String::from("email,status,name\n");
    for p in 0..ON_ROSTER.min(users) {
        let status = if p < LEFT { "left" } else { "active" };
        text.push_str(&format!("p{p}@example.com,{status},Person {p}\n"));
    }
    let path = dir.join("roster.csv");
    std::fs::write(&path, text).expect("the roster");
    path
}

/// Reads `pipe` to its end in a thread of its own.
fn drain(mut pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut text = String::new();
        let _ = pipe.read_to_string(&mut text);
        text
    })
}

/// One review: its wall time, peak resident memory (bytes) and metadata.
fn timed_review(url: &str, roster: &Path, out: &Path, accounts: usize) -> (Duration, u64, Value) {
    let _ = std::fs::remove_dir_all(out);
    let start = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_userdir"))
        .args(["review", "--tenant-id", "bench", "--roster"])
        .arg(roster)
        .arg("--out")
        .arg(out)
        .args(["--now", NOW, "--page-size", &PAGE.to_string()])
        .args(["--concurrency", &accounts.to_string()])
        .args(["--base-url", url, "--token", "bench"])
        .env_remove("RUST_LOG")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("userdir starts");
    let pid = child.id() as libc::pid_t;
    // Its output is read in threads, so that it never blocks on a full pipe.
    let mut child = child;
    let stdout = drain(child.stdout.take().expect("stdout"));
    let stderr = drain(child.stderr.take().expect("stderr"));
    // wait4 reaps it and gives its own resource usage: the peak resident set (KiB on Linux).
    let mut status = 0;
    // SAFETY: a zeroed rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: wait4 on our own child's pid, with valid pointers; `child` is never waited on
    // after this (dropping a Child does not wait).
    let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let elapsed = start.elapsed();
    assert_eq!(reaped, pid, "wait4: {}", std::io::Error::last_os_error());
    let (stdout, stderr) = (
        stdout.join().expect("stdout"),
        stderr.join().expect("stderr"),
    );
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "userdir review failed ({status}):\n{stderr}"
    );
    let meta: Value = serde_json::from_str(&stdout).expect("the review's metadata");
    (elapsed, usage.ru_maxrss as u64 * 1024, meta)
}

fn main() {
    if let Ok(spec) = std::env::var(SERVER_ENV) {
        serve(&spec);
    }
    // `cargo test --benches` runs this without `--bench`: it takes too long for that.
    if !std::env::args().any(|a| a == "--bench") {
        println!("review: run with `cargo bench --bench review --features cli`");
        return;
    }
    let dir = std::env::temp_dir().join(format!("userdir-bench-review-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("the bench's directory");
    let roster = roster(&dir, USERS);
    let started = Instant::now();
    let server = Server::start(ACCOUNTS, USERS, LATENCY);
    println!(
        "server: {ACCOUNTS} accounts x {USERS} users at {} ({:.1} s to build and start)",
        server.1,
        started.elapsed().as_secs_f64()
    );
    let ideal = WINDOW + LATENCY * (USERS.div_ceil(PAGE) / 2) as u32;
    let mut runs: Vec<(Duration, u64)> = Vec::new();
    for run in 0..RUNS {
        if run > 0 {
            // A fresh window for every run: the previous run's requests have expired.
            std::thread::sleep(WINDOW);
        }
        let (wall, peak, meta) = timed_review(&server.1, &roster, &dir.join("out"), ACCOUNTS);
        assert_eq!(meta["rows"], json!(ACCOUNTS * USERS), "{meta}");
        assert_eq!(meta["reviewed"].as_array().map(Vec::len), Some(ACCOUNTS));
        println!(
            "run {}: {:.3} s ({:.3}x the ideal), peak resident {:.1} MB; findings {}",
            run + 1,
            wall.as_secs_f64(),
            wall.as_secs_f64() / ideal.as_secs_f64(),
            peak as f64 / 1e6,
            meta["counts"]
        );
        runs.push((wall, peak));
    }
    drop(server);
    let _ = std::fs::remove_dir_all(&dir);
    let mut walls: Vec<Duration> = runs.iter().map(|r| r.0).collect();
    walls.sort();
    let median = walls[walls.len() / 2];
    let ratio = median.as_secs_f64() / ideal.as_secs_f64();
    let peak = runs.iter().map(|r| r.1).max().unwrap_or(0);
    println!(
        "review of {ACCOUNTS} accounts x {USERS} users, pages of {PAGE}, {} ms latency, {LIMIT} requests / {} s per account, all accounts at once: median {:.3} s, ideal {:.3} s, ratio {ratio:.3} (target 1.1: {}); peak resident {:.1} MB (target 100 MB: {})",
        LATENCY.as_millis(),
        WINDOW.as_secs(),
        median.as_secs_f64(),
        ideal.as_secs_f64(),
        if ratio <= 1.1 { "met" } else { "MISSED" },
        peak as f64 / 1e6,
        if peak < 100_000_000 { "met" } else { "MISSED" },
    );
}
