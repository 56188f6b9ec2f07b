//! `userdir`: the offboarding endpoints on the command line.
//!
//! Its commands and flags are generated at run time from the spec data
//! ([`truto_user_directory::ENDPOINTS`]): an endpoint `a.b` is `userdir a b`, each of its
//! parameters a flag named after its wire name. See `userdir --help`.
//!
//! Exit codes: one table, in `exit.rs` (and at the end of `userdir --help`). Results go to
//! stdout as JSON; diagnostics to stderr. The API token is never printed.
//!
//! One file per command (`offboard`, `find`, `review` with `review_demo` for `demo review` and
//! `review_calls` for the library calls it makes, `demo`, `serve` for `mock serve`, `request`
//! for an endpoint's, `matrix`, `schema`, `audit`); `endpoints` builds the endpoints' commands, `args`
//! holds the flags several commands share, `exit` the exit codes, `output` what is printed,
//! `runtime` the async runtime and the signals, `run` what `offboard` and `demo` share.

mod args;
mod audit;
mod demo;
mod endpoints;
mod exit;
mod find;
mod matrix;
mod offboard;
mod output;
mod plan_files;
mod request;
mod review;
mod review_calls;
mod review_demo;
mod run;
mod runtime;
mod schema;
mod serve;

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Command;
use truto_user_directory::ENDPOINTS;

use crate::exit::Failure;

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

/// The whole command tree, or why the spec cannot be turned into one.
fn build() -> Result<Command, String> {
    let summaries: Vec<String> = ENDPOINTS
        .iter()
        .map(|e| format!("{} ({})", e.summary, e.name))
        .collect();
    let root = Command::new("userdir")
        .version(env!("CARGO_PKG_VERSION"))
        .about("Truto's Unified User Directory API on the command line")
        .long_about(format!(
            "Truto's Unified User Directory API on the command line: {}.\n\n\
             The commands and flags are generated from the spec. Each request is validated \
             against its integration's rules before it is sent; --dry-run shows it without \
             sending it.",
            summaries.join(", ")
        ))
        .after_help(exit::help())
        .subcommand_required(true)
        .arg_required_else_help(true);
    let root = endpoints::attach(root, ENDPOINTS, 0)?;
    Ok(root
        .subcommand(matrix::matrix_command())
        .subcommand(offboard::offboard_command())
        .subcommand(find::find_command())
        .subcommand(review::review_command())
        .subcommand(demo::demo_command())
        .subcommand(serve::mock_command())
        .subcommand(schema::schema_command())
        .subcommand(audit::audit_command()))
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
    // `audit verify`, `schema plan|seed`, `mock serve`, `review diff` and `demo review` are one
    // level deeper: hand them the matches of their first word.
    let first = matches.subcommand().map_or(leaf, |(_, m)| m);
    match path.first().copied() {
        Some(matrix::MATRIX) if path.len() == 1 => return matrix::run(leaf),
        Some(offboard::OFFBOARD) => return offboard::offboard(leaf),
        Some(audit::AUDIT) => return audit::run(first),
        Some(find::FIND) => return find::find(leaf),
        Some(review::REVIEW) => return review::run(first),
        Some(demo::DEMO) => return demo::demo(first),
        Some(schema::SCHEMA) => return schema::run(first),
        Some(serve::MOCK) => return serve::mock(first),
        _ => {}
    }
    match endpoints::endpoint_at(&path) {
        Some(endpoint) => request::run(endpoint, leaf),
        None => Err(Failure::new(
            exit::USAGE,
            format!("no endpoint at `{}`", path.join(" ")),
        )),
    }
}

fn main() -> ExitCode {
    init_tracing();
    let command = match build() {
        Ok(command) => command,
        Err(message) => {
            eprintln!("userdir: the spec cannot be turned into commands: {message}");
            return ExitCode::from(exit::FAILED);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_tree_is_consistent() {
        build()
            .expect("the spec maps onto a command tree")
            .debug_assert();
    }
}
