//! `userdir`: the offboarding endpoints on the command line.
//!
//! Its commands and flags are generated at run time from the spec data
//! ([`truto_user_directory::ENDPOINTS`]): an endpoint `a.b` is `userdir a b`, each of its
//! parameters a flag named after its wire name. See `userdir --help`.
//!
//! Exit codes: 0 success, 2 usage or validation error, 3 API error, 4 timeout or connection
//! failure, 5 a run's journal or audit log could not be written (1: the CLI itself failed, or
//! a run or search left something for a person; 130: stopped by a signal). Results go to stdout as JSON; diagnostics to stderr. The
//! API token is never printed.

// The crate root of a binary looks for modules beside it, not in `userdir/`.
#[path = "userdir/audit.rs"]
mod audit;
#[path = "userdir/bulk.rs"]
mod bulk;
#[path = "userdir/cli.rs"]
mod cli;
#[path = "userdir/find.rs"]
mod find;
#[path = "userdir/matrix.rs"]
mod matrix;
#[path = "userdir/request.rs"]
mod request;
#[path = "userdir/schema.rs"]
mod schema;

use std::io::{ErrorKind, IsTerminal, Write};
use std::process::ExitCode;

use serde::Serialize;

/// The process's exit codes.
mod exit {
    /// Success (or a dry run without errors).
    pub const OK: u8 = 0;
    /// The CLI itself failed (a spec it cannot represent, stdout unwritable, …).
    pub const INTERNAL: u8 = 1;
    /// Usage or validation error: nothing was sent, or the request was refused before sending.
    pub const USAGE: u8 = 2;
    /// The API answered with an error, or with a body that could not be read.
    pub const API: u8 = 3;
    /// Timeout or connection failure.
    pub const NETWORK: u8 = 4;
    /// A run's journal or audit log could not be written: it stopped at once.
    pub const WRITE: u8 = 5;
    /// Stopped by a signal (128 + SIGINT), graceful or not.
    pub const INTERRUPTED: u8 = 130;
}

/// Why the command stopped: the exit code and what to print on stderr (nothing when empty).
#[derive(Debug)]
struct Failure {
    code: u8,
    message: String,
}

impl Failure {
    fn new(code: u8, message: impl Into<String>) -> Failure {
        Failure {
            code,
            message: message.into(),
        }
    }
}

/// Writes to stdout. A reader that went away (`userdir … | head`) ends the command quietly.
fn write_stdout(bytes: &[u8]) -> Result<(), Failure> {
    match std::io::stdout().lock().write_all(bytes) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == ErrorKind::BrokenPipe => Err(Failure::new(exit::OK, "")),
        Err(e) => Err(Failure::new(
            exit::INTERNAL,
            format!("cannot write stdout: {e}"),
        )),
    }
}

/// Prints `value` as pretty JSON on stdout.
fn print_json<T: Serialize>(value: &T) -> Result<(), Failure> {
    let mut text = serde_json::to_string_pretty(value)
        .map_err(|e| Failure::new(exit::INTERNAL, format!("cannot print JSON: {e}")))?;
    text.push('\n');
    write_stdout(text.as_bytes())
}

/// Log events (retries, warnings) to stderr, filtered by `RUST_LOG` (default `warn`).
fn init_tracing() {
    use tracing_subscriber::EnvFilter;
    use tracing_subscriber::filter::LevelFilter;
    let filter = EnvFilter::builder()
        .with_default_directive(LevelFilter::WARN.into())
        .from_env_lossy();
    // Ignore the error of a second initialisation: there is none in this process.
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .try_init();
}

/// Runs the subcommand `matches` chose.
fn dispatch(matches: &clap::ArgMatches) -> Result<u8, Failure> {
    // Walk down the subcommands: their names are the endpoint's dotted name, split.
    let mut path: Vec<&str> = Vec::new();
    let mut leaf = matches;
    while let Some((name, sub)) = leaf.subcommand() {
        path.push(name);
        leaf = sub;
    }
    match path.first().copied() {
        Some(cli::MATRIX) if path.len() == 1 => return matrix::run(leaf),
        Some(bulk::OFFBOARD) => return bulk::offboard(leaf),
        // `audit verify`: hand it the `audit` matches.
        Some(audit::AUDIT) => return audit::run(matches.subcommand().map_or(leaf, |(_, m)| m)),
        Some(find::FIND) => return find::find(leaf),
        Some(bulk::DEMO) => return bulk::demo(leaf),
        // `schema plan|seed`: hand it the `schema` matches.
        Some(schema::SCHEMA) => return schema::run(matches.subcommand().map_or(leaf, |(_, m)| m)),
        // `mock serve` is one level deeper: hand it the `mock` matches.
        Some(bulk::MOCK) => return bulk::mock(matches.subcommand().map_or(leaf, |(_, m)| m)),
        _ => {}
    }
    match cli::endpoint_at(&path) {
        Some(endpoint) => request::run(endpoint, leaf),
        None => Err(Failure::new(
            exit::USAGE,
            format!("no endpoint at `{}`", path.join(" ")),
        )),
    }
}

fn main() -> ExitCode {
    init_tracing();
    let command = match cli::build() {
        Ok(command) => command,
        Err(message) => {
            eprintln!("userdir: the spec cannot be turned into commands: {message}");
            return ExitCode::from(exit::INTERNAL);
        }
    };
    let matches = match command.try_get_matches() {
        Ok(matches) => matches,
        Err(e) => {
            // Help and version go to stdout and exit 0; usage errors to stderr with exit 2.
            let _ = e.print();
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(exit::USAGE));
        }
    };
    match dispatch(&matches) {
        Ok(code) => ExitCode::from(code),
        Err(failure) => {
            if !failure.message.is_empty() {
                eprintln!("userdir: {}", failure.message);
            }
            ExitCode::from(failure.code)
        }
    }
}
