//! External validators (from PyPI), run by the tests that need them.

use std::process::Command;

/// An external tool by name, when it can be run. Under `CI` (`.ci/run` installs it) a missing
/// tool fails the test; elsewhere the test says how to install it and checks nothing else.
pub fn external(program: &str, install: &str) -> Option<Command> {
    let found = Command::new(program)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if found {
        return Some(Command::new(program));
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "`{program}` is not installed: `.ci/run` installs it with `{install}`"
    );
    eprintln!("skipped: `{program}` is not installed (install it with `{install}`)");
    None
}
