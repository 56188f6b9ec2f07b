//! The test process itself: its resident memory, and a fresh copy of it for a test that
//! measures it.

use std::process::Command;

/// The test process's resident memory, in bytes (Linux).
pub fn resident_bytes() -> usize {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: usize = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    pages * 4096
}

/// For a test that measures the whole process (its resident memory): whether to run here.
/// Run among the other tests, it runs the test named `name` (`module::test`) alone in a fresh
/// copy of this test binary, checks that it passed there, and returns `false`; in that copy it
/// returns `true`.
pub fn alone(name: &str) -> bool {
    const ALONE: &str = "TRUTO_TEST_ALONE";
    if std::env::var_os(ALONE).is_some_and(|n| n == name) {
        return true;
    }
    let exe = std::env::current_exe().expect("the test binary");
    let out = Command::new(exe)
        .args([name, "--exact", "--test-threads=1"])
        .env(ALONE, name)
        .output()
        .expect("the test binary runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains("test result: ok. 1 passed"),
        "{name}, alone:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    false
}

/// The threads of this process whose name starts with `prefix` (Linux).
pub fn threads_named(prefix: &str) -> usize {
    std::fs::read_dir("/proc/self/task")
        .expect("/proc/self/task")
        .filter_map(|task| std::fs::read_to_string(task.ok()?.path().join("comm")).ok())
        .filter(|name| name.starts_with(prefix))
        .count()
}

/// Every thread of this process (Linux).
pub fn threads() -> usize {
    std::fs::read_dir("/proc/self/task")
        .expect("/proc/self/task")
        .count()
}
