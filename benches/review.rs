//! An access review of a tenant of 40 integrated accounts of 10,000 users each, in pages of
//! 100, under the API's limit of 50 requests per 10 s per account: `userdir review`'s wall
//! time against the schedule the rate limit allows, and its peak resident memory.
//!
//! - **Server**: a process of its own, so that its memory (every user of the tenant) and CPU
//!   are not counted: this binary re-executed with `USERDIR_BENCH_REVIEW_SERVER` set. It runs
//!   the local API server on a seed built in code (as YAML for `userdir mock serve --seed` it
//!   would be about 18 MB, over the 16 MiB a seed file may be) behind a replay front
//!   ([`replay`]): the front enforces the API's limit per account (a request over it is
//!   answered 429 and counted; the bench asserts none was), waits 20 ms before every answer,
//!   and answers each distinct request from the local API server's own bytes, asked once. The
//!   local API server alone spends about 0.9 ms of CPU on each page of 100 users, more than the
//!   review does, on one thread: measured against it, the review on two cores was bound by the
//!   server, not by the rate limit or itself. One untimed review fills the front's cache first.
//! - **Review**: `userdir review --tenant-id bench --roster R --out DIR --page-size 100
//!   --concurrency 40`, the release binary, as a user runs it: another process. Its wall time
//!   is from its start to its end (listing the tenant's accounts, reading the roster, every
//!   page, the findings, `accounts.csv`, `review.json` and both reports), split at the moment
//!   the server has served the last page (the bench asks the server process for its count every
//!   10 ms): the listing, which the rate limit bounds, then what the review does with the rows.
//!   Its peak resident memory and CPU time are the kernel's (`wait4`'s `ru_maxrss`, the
//!   high-water mark of its resident set, and `ru_utime + ru_stime`).
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
//! Run with `cargo bench --bench review --features cli` (about 2 minutes: the untimed review,
//! then three timed ones, a window apart). `cargo test --benches` runs nothing here.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

mod replay;
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

fn seed(accounts: usize, users: usize) -> Seed {
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
        limits: Limits::default(),
        faults: Faults::default(),
    }
}

/// The server process: the local API server for the seed `spec` describes, behind the replay
/// front ([`replay`]: the rate limit, the latency, and each distinct request answered once by
/// the local API server, then from its bytes); serves until killed, its URL on stdout.
fn serve(spec: &str) -> ! {
    let numbers: Vec<u64> = spec
        .split(',')
        .map(|n| n.parse().expect("a number"))
        .collect();
    let mut seed = seed(numbers[0] as usize, numbers[1] as usize);
    // The front enforces the limit and the latency; the local API server neither.
    seed.limits = Limits {
        per_account: u32::MAX,
        window_seconds: 1.0,
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    let server = runtime.block_on(MockServer::start(seed)).expect("server");
    let (front, counts) = replay::start(
        server.base_url(),
        Duration::from_millis(numbers[2]),
        LIMIT as usize,
        WINDOW,
    );
    println!("http://{front}");
    std::io::stdout().flush().expect("stdout");
    // Each line on stdin asks what the front has counted: pages of users served, requests
    // refused over the limit, requests forwarded; one line in answer.
    for _ in std::io::stdin().lock().lines().map_while(Result::ok) {
        let count = |c: &std::sync::atomic::AtomicU64| c.load(std::sync::atomic::Ordering::Relaxed);
        println!(
            "{} {} {}",
            count(&counts.pages),
            count(&counts.refused),
            count(&counts.forwarded)
        );
        std::io::stdout().flush().expect("stdout");
    }
    std::process::exit(0)
}

/// The server process (killed when dropped), its URL, and the pipes to ask it how many pages
/// it has served.
struct Server {
    child: Child,
    url: String,
    ask: ChildStdin,
    answers: BufReader<ChildStdout>,
}

impl Server {
    fn start(accounts: usize, users: usize, latency: Duration) -> Server {
        let mut child = Command::new(std::env::current_exe().expect("this binary"))
            .env(
                SERVER_ENV,
                format!("{accounts},{users},{}", latency.as_millis()),
            )
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("the server starts");
        let ask = child.stdin.take().expect("stdin");
        let mut answers = BufReader::new(child.stdout.take().expect("stdout"));
        let mut url = String::new();
        answers.read_line(&mut url).expect("the server's URL");
        Server {
            child,
            url: url.trim().to_string(),
            ask,
            answers,
        }
    }

    /// What the server has counted so far.
    fn counts(&mut self) -> Served {
        writeln!(self.ask, "counts").expect("ask the server");
        let mut line = String::new();
        self.answers
            .read_line(&mut line)
            .expect("the server answers");
        let n: Vec<u64> = line
            .split_whitespace()
            .map(|n| n.parse().expect("a count"))
            .collect();
        Served {
            pages: n[0],
            refused: n[1],
            forwarded: n[2],
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
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

/// What the server counts: pages of users served, requests refused over the limit, requests
/// the replay front forwarded to the local API server.
#[derive(Debug, Clone, Copy)]
struct Served {
    pages: u64,
    refused: u64,
    forwarded: u64,
}

/// Reads `pipe` to its end in a thread of its own.
fn drain(mut pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut text = String::new();
        let _ = pipe.read_to_string(&mut text);
        text
    })
}

/// What one review measured.
struct Measured {
    /// From its start to its end.
    wall: Duration,
    /// From its start to the last page of users served (the listing, rate bound).
    listed: Duration,
    /// Its peak resident memory, in bytes.
    peak: u64,
    /// Its CPU time (user and system).
    cpu: Duration,
    /// Its metadata (stdout).
    meta: Value,
    /// Its requests the server refused over the limit.
    refused: u64,
    /// Its requests the replay front had no answer for yet (forwarded).
    forwarded: u64,
}

/// One review of every account of the tenant at `server`.
fn timed_review(server: &mut Server, roster: &Path, out: &Path, accounts: usize) -> Measured {
    let _ = std::fs::remove_dir_all(out);
    let before = server.counts();
    let all_pages = (accounts * USERS.div_ceil(PAGE)) as u64;
    let start = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_userdir"))
        .args(["review", "--tenant-id", "bench", "--roster"])
        .arg(roster)
        .arg("--out")
        .arg(out)
        .args(["--now", NOW, "--page-size", &PAGE.to_string()])
        .args(["--concurrency", &accounts.to_string()])
        .args(["--base-url", &server.url, "--token", "bench"])
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
    // When the server has served every page, the listing is over (asked every 10 ms).
    let mut listed = None;
    while listed.is_none() {
        std::thread::sleep(Duration::from_millis(10));
        if server.counts().pages - before.pages >= all_pages {
            listed = Some(start.elapsed());
        }
        // SAFETY: kill(2) with signal 0 only checks that our child still exists.
        if unsafe { libc::kill(pid, 0) } != 0 {
            break;
        }
    }
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
    Measured {
        wall: elapsed,
        listed: listed.expect("every page was served"),
        peak: usage.ru_maxrss as u64 * 1024,
        cpu: [usage.ru_utime, usage.ru_stime]
            .iter()
            .map(|t| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000))
            .sum(),
        meta: serde_json::from_str(&stdout).expect("the review's metadata"),
        refused: server.counts().refused - before.refused,
        forwarded: server.counts().forwarded - before.forwarded,
    }
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
    let mut server = Server::start(ACCOUNTS, USERS, LATENCY);
    println!(
        "server: {ACCOUNTS} accounts x {USERS} users at {} ({:.1} s to build and start)",
        server.url,
        started.elapsed().as_secs_f64()
    );
    let ideal = WINDOW + LATENCY * (USERS.div_ceil(PAGE) / 2) as u32;
    // One review untimed: the local API server answers each of its requests once, and the
    // replay front keeps the answers.
    let warm = timed_review(&mut server, &roster, &dir.join("out"), ACCOUNTS);
    println!(
        "warm-up review: {:.3} s, {} requests answered by the local API server and kept",
        warm.wall.as_secs_f64(),
        warm.forwarded
    );
    let mut runs: Vec<Measured> = Vec::new();
    for run in 0..RUNS {
        // A fresh window for every run: the previous run's requests have expired.
        std::thread::sleep(WINDOW);
        let m = timed_review(&mut server, &roster, &dir.join("out"), ACCOUNTS);
        assert_eq!(
            m.forwarded, 0,
            "a timed review asked what the warm-up did not"
        );
        assert_eq!(m.refused, 0, "the review went over an account's limit");
        assert_eq!(m.meta["rows"], json!(ACCOUNTS * USERS), "{}", m.meta);
        assert_eq!(m.meta["reviewed"].as_array().map(Vec::len), Some(ACCOUNTS));
        println!(
            "run {}: {:.3} s ({:.3}x the ideal): pages listed in {:.3} s ({:.3}x), then {:.3} s for the findings, outputs and reports; {:.2} s of CPU; peak resident {:.1} MB; findings {}",
            run + 1,
            m.wall.as_secs_f64(),
            m.wall.as_secs_f64() / ideal.as_secs_f64(),
            m.listed.as_secs_f64(),
            m.listed.as_secs_f64() / ideal.as_secs_f64(),
            (m.wall - m.listed).as_secs_f64(),
            m.cpu.as_secs_f64(),
            m.peak as f64 / 1e6,
            m.meta["counts"]
        );
        runs.push(m);
    }
    drop(server);
    let _ = std::fs::remove_dir_all(&dir);
    let median = |of: fn(&Measured) -> Duration| {
        let mut all: Vec<Duration> = runs.iter().map(of).collect();
        all.sort();
        all[all.len() / 2]
    };
    let (wall, listed) = (median(|m| m.wall), median(|m| m.listed));
    let ratio = wall.as_secs_f64() / ideal.as_secs_f64();
    let peak = runs.iter().map(|m| m.peak).max().unwrap_or(0);
    println!(
        "review of {ACCOUNTS} accounts x {USERS} users, pages of {PAGE}, {} ms latency, {LIMIT} requests / {} s per account, all accounts at once: median {:.3} s (pages listed in {:.3} s), ideal {:.3} s, ratio {ratio:.3} (target 1.1: {}); peak resident {:.1} MB (target 100 MB: {})",
        LATENCY.as_millis(),
        WINDOW.as_secs(),
        wall.as_secs_f64(),
        listed.as_secs_f64(),
        ideal.as_secs_f64(),
        if ratio <= 1.1 { "met" } else { "MISSED" },
        peak as f64 / 1e6,
        if peak < 100_000_000 { "met" } else { "MISSED" },
    );
}
