//! The exit codes of `userdir`: one table, each code with one meaning, shown by `--help`.

use truto_user_directory::{Error, TOKEN_ENV};

use crate::args::id;

/// Success: the command did all it was asked (a dry run without problems, a run with every
/// target done, a search with every account answered, an audit log whose chain holds).
pub const OK: u8 = 0;
/// A person must look: a run left a target not done (failed, ambiguous, cannot be searched,
/// needs confirmation, unconfirmed…), or a search an account that needs a look (ambiguous,
/// cannot be searched, failed, of another tenant, or a tenant without accounts).
pub const NEEDS_A_PERSON: u8 = 1;
/// Usage or validation error: nothing was sent (or the request was refused before sending).
pub const USAGE: u8 = 2;
/// The API answered with an error, or with a body that could not be read.
pub const API: u8 = 3;
/// Timeout or connection failure.
pub const NETWORK: u8 = 4;
/// A run's journal or audit log could not be written: the run stopped at once.
pub const WRITE: u8 = 5;
/// `audit verify`: the audit log's hash chain breaks.
pub const BROKEN_CHAIN: u8 = 6;
/// The CLI itself, or the machine, failed: a spec it cannot represent, stdout or a report that
/// cannot be written, a port it cannot listen on, a runtime that cannot start.
pub const FAILED: u8 = 7;
/// Stopped by a signal (128 + SIGINT), gracefully or not.
pub const INTERRUPTED: u8 = 130;

/// Every code and its meaning, in order: the one table `--help` shows.
pub const TABLE: &[(u8, &str)] = &[
    (OK, "success: everything asked was done"),
    (
        NEEDS_A_PERSON,
        "a person must look: a run left a target not done, or a search an account that needs a look",
    ),
    (USAGE, "usage or validation error: nothing was sent"),
    (
        API,
        "the API answered with an error, or a body that could not be read",
    ),
    (NETWORK, "timeout or connection failure"),
    (
        WRITE,
        "a run's journal or audit log could not be written: the run stopped at once",
    ),
    (
        BROKEN_CHAIN,
        "`audit verify`: the audit log's hash chain breaks",
    ),
    (
        FAILED,
        "the CLI or the machine failed (stdout or a report not writable, a port in use, ...)",
    ),
    (INTERRUPTED, "stopped by a signal (Ctrl-C, SIGTERM)"),
];

/// The table as `--help` shows it.
pub fn help() -> String {
    let mut text = String::from("Exit codes:\n");
    for (code, meaning) in TABLE {
        text.push_str(&format!("  {code:>3}  {meaning}\n"));
    }
    text
}

/// Why the command stopped: the exit code and what to print on stderr (nothing when empty).
#[derive(Debug)]
pub struct Failure {
    pub code: u8,
    pub message: String,
}

impl Failure {
    pub fn new(code: u8, message: impl Into<String>) -> Failure {
        Failure {
            code,
            message: message.into(),
        }
    }

    /// A flag clap was told about but could not hand back: a bug of the CLI.
    pub fn flag(e: clap::parser::MatchesError) -> Failure {
        Failure::new(FAILED, e.to_string())
    }

    /// No token was given for a command that sends.
    pub fn no_token() -> Failure {
        Failure::new(
            USAGE,
            format!(
                "no API token: pass --{} TOKEN or set {TOKEN_ENV} (or use --{} to send nothing)",
                id::TOKEN,
                id::DRY_RUN
            ),
        )
    }

    /// The exit code and message of a library error (whose Display never holds the token).
    pub fn from_error(e: &Error) -> Failure {
        let code = match e {
            Error::Validation(_)
            | Error::Config(_)
            | Error::UnknownIntegration { .. }
            | Error::UrlTooLong { .. } => USAGE,
            Error::Api(_)
            | Error::RateLimited { .. }
            | Error::Decode { .. }
            | Error::Mismatch { .. }
            | Error::Redirect { .. }
            | Error::BodyTooLarge { .. }
            | Error::Pagination { .. } => API,
            Error::Timeout { .. } | Error::Connection { .. } => NETWORK,
            _ => FAILED,
        };
        Failure::new(code, e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_code_has_one_meaning() {
        let mut codes: Vec<u8> = TABLE.iter().map(|(code, _)| *code).collect();
        codes.dedup();
        assert_eq!(codes.len(), TABLE.len(), "a code listed twice");
        assert!(codes.windows(2).all(|w| w[0] < w[1]), "in order");
        assert!(help().contains("130  stopped by a signal"));
    }
}
