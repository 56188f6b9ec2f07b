//! The `userdir` binary, run as a user runs it: launched one way, waited on, its output read.

use std::process::{Command, Output, Stdio};
use std::time::Duration;

/// The `userdir` binary built for these tests.
pub const USERDIR: &str = env!("CARGO_BIN_EXE_userdir");

/// `userdir`, without the caller's `TRUTO_API_TOKEN` or `RUST_LOG` (a test sets what it
/// needs): every test runs the binary through this.
pub fn userdir_command() -> Command {
    let mut command = Command::new(USERDIR);
    command.env_remove("TRUTO_API_TOKEN").env_remove("RUST_LOG");
    command
}

/// Runs `command` to its end (stdin closed, stdout and stderr captured) off the test's
/// runtime, so the servers on that runtime keep answering it.
pub async fn output(command: &mut Command) -> Output {
    let child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the process starts");
    tokio::task::spawn_blocking(move || child.wait_with_output().expect("the process ends"))
        .await
        .expect("joined")
}

/// `userdir ARGS` with `token` in `TRUTO_API_TOKEN` and debug logs on (what a secret must
/// never reach), run to its end off the test's runtime.
pub async fn userdir_with_token(args: Vec<String>, token: &str) -> Output {
    let mut command = userdir_command();
    command
        .args(args)
        .env("TRUTO_API_TOKEN", token)
        .env("RUST_LOG", "debug");
    output(&mut command).await
}

/// The output of `command` (stdin closed, stdout and stderr captured), which must end within
/// `limit`: otherwise it is killed and the test fails. Waits on the process's end, in a thread
/// of its own, so a blocking test needs no runtime.
pub fn output_within(command: &mut Command, limit: Duration) -> Output {
    let child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the process starts");
    let pid = child.id();
    let (sender, ended) = std::sync::mpsc::channel();
    std::thread::spawn(move || sender.send(child.wait_with_output()));
    match ended.recv_timeout(limit) {
        Ok(output) => output.expect("the process ends"),
        Err(_) => {
            // SAFETY: kill(2) on the child's pid: its waiter has not returned, so it has not
            // been reaped (or only just now, far too recently for the pid to be reused).
            unsafe { libc::kill(pid as libc::pid_t, libc::SIGKILL) };
            panic!("{command:?} did not end within {limit:?}");
        }
    }
}

/// Waits until `holds()`, checking every 5 ms, for a state that announces no event (a file
/// another process writes, the local server's counters); fails the test after `limit`, saying
/// it waited for `what`.
pub fn poll_until(what: &str, limit: Duration, mut holds: impl FnMut() -> bool) {
    let started = std::time::Instant::now();
    while !holds() {
        assert!(started.elapsed() < limit, "waited {limit:?} for {what}");
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Whether process `pid` has a handler for SIGINT (Linux: `SigCgt` in `/proc/PID/status`), so
/// that a Ctrl-C reaches the program rather than ending it.
pub fn catches_sigint(pid: u32) -> bool {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("SigCgt:"))
        .and_then(|mask| u64::from_str_radix(mask.trim(), 16).ok())
        .is_some_and(|mask| mask & (1 << (libc::SIGINT - 1)) != 0)
}

/// What a process wrote to stdout, which must be UTF-8.
pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

/// What a process wrote to stderr, which must be UTF-8.
pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

/// The lines of `text` (NDJSON), each of which but blank ones must be one JSON value.
pub fn json_lines(text: &str) -> Vec<serde_json::Value> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("not one JSON value ({e}): {l}"))
        })
        .collect()
}

/// The arguments of `userdir users suspend` of user `00u1` of the Okta account
/// [`ACCOUNT`](crate::support::ACCOUNT) at `base`, then `extra`.
pub fn suspend_args(base: &str, extra: &[&str]) -> Vec<String> {
    let mut args: Vec<String> = [
        "users",
        "suspend",
        "--integration",
        "Okta",
        "--base-url",
        base,
        "--integrated-account-id",
        crate::support::ACCOUNT,
        "--user-id",
        "00u1",
    ]
    .map(str::to_string)
    .to_vec();
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}
