//! Flags several commands share: their ids, how they are built and how they are read.

use clap::{Arg, ArgMatches, value_parser};
use truto_user_directory::offboard::{DEFAULT_ACCOUNT_DEADLINE, FindOptions};
use truto_user_directory::{
    DEFAULT_BASE_URL, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_PAGES, Integration, TOKEN_ENV,
    TRUTO_PER_ACCOUNT,
};

/// Ids of the flags every operation has besides its parameters.
pub mod id {
    /// `--per-account N`: requests per integrated account per window.
    pub const PER_ACCOUNT: &str = "per-account";
    /// `--window-seconds SECONDS`: the rate window.
    pub const WINDOW: &str = "window-seconds";
    /// `--integration NAME`.
    pub const INTEGRATION: &str = "integration";
    /// `--lenient`.
    pub const LENIENT: &str = "lenient";
    /// `--base-url URL`.
    pub const BASE_URL: &str = "base-url";
    /// `--token TOKEN`.
    pub const TOKEN: &str = "token";
    /// `--dry-run`.
    pub const DRY_RUN: &str = "dry-run";
    /// `--max-pages N`, of list endpoints and searches.
    pub const MAX_PAGES: &str = "max-pages";
    /// `--search-timeout SECONDS`, of searches.
    pub const SEARCH_TIMEOUT: &str = "search-timeout";
    /// `--max-body-bytes N`.
    pub const MAX_BODY_BYTES: &str = "max-body-bytes";
    /// `--verbose`: an error answer's whole body on stderr.
    pub const VERBOSE: &str = "verbose";
    /// `--error-body FILE`: an error answer's raw body in a file.
    pub const ERROR_BODY: &str = "error-body";
}

/// `--integration NAME`, shared by the operations and `matrix`.
pub fn integration_arg() -> Arg {
    Arg::new(id::INTEGRATION)
        .long(id::INTEGRATION)
        .value_name("NAME")
        .value_parser(Integration::lookup)
        .help("The integrated account's integration, by display name or Truto slug")
}

/// `--base-url URL`, shared by the operations and `offboard`.
pub fn base_url_arg() -> Arg {
    Arg::new(id::BASE_URL)
        .long(id::BASE_URL)
        .value_name("URL")
        .default_value(DEFAULT_BASE_URL)
        .help("The API's base URL")
}

/// `--search-timeout SECONDS`, of `find` and `offboard`: how long one account's search may take.
pub fn search_timeout_arg() -> Arg {
    Arg::new(id::SEARCH_TIMEOUT)
        .long(id::SEARCH_TIMEOUT)
        .value_name("SECONDS")
        .default_value(
            DEFAULT_ACCOUNT_DEADLINE
                .as_secs()
                .to_string(),
        )
        .value_parser(clap::value_parser!(u64).range(1..=86_400))
        .help("How long one account's search may take, waits for its rate budget included (at most a day): a longer one ends failed, saying so")
}

/// A search's options with the bounds `--max-pages` and `--search-timeout` give.
pub fn search_options(m: &ArgMatches) -> FindOptions {
    let defaults = FindOptions::new();
    FindOptions {
        max_pages: m
            .try_get_one::<u32>(id::MAX_PAGES)
            .ok()
            .flatten()
            .map_or(defaults.max_pages, |n| *n),
        account_deadline: m
            .try_get_one::<u64>(id::SEARCH_TIMEOUT)
            .ok()
            .flatten()
            .map_or(defaults.account_deadline, |s| {
                std::time::Duration::from_secs(*s)
            }),
        ..defaults
    }
}

/// `--max-pages N` of a search (`find`, `offboard`): the most list pages read per account.
pub fn search_max_pages_arg() -> Arg {
    Arg::new(id::MAX_PAGES)
        .long(id::MAX_PAGES)
        .value_name("N")
        .default_value(DEFAULT_MAX_PAGES.to_string())
        .value_parser(clap::value_parser!(u32).range(1..))
        .help("The most list pages read per account: a longer list ends the account's search failed, saying so")
}

/// `--max-body-bytes N`, shared by everything that sends: the largest answer read into memory.
pub fn max_body_bytes_arg() -> Arg {
    Arg::new(id::MAX_BODY_BYTES)
        .long(id::MAX_BODY_BYTES)
        .value_name("BYTES")
        .value_parser(value_parser!(u64).range(1..))
        .help(format!(
            "The largest response body read into memory (default {DEFAULT_MAX_BODY_BYTES}, 32 MiB); \
             a larger one fails the call. `--truto-response-format stream` is never buffered"
        ))
}

/// The `--max-body-bytes` given, or the default.
pub fn max_body_bytes(m: &ArgMatches) -> u64 {
    m.try_get_one::<u64>(id::MAX_BODY_BYTES)
        .ok()
        .flatten()
        .copied()
        .unwrap_or(DEFAULT_MAX_BODY_BYTES)
}

/// `--token TOKEN` (or `TRUTO_API_TOKEN`), shared by the operations and `offboard`.
pub fn token_arg() -> Arg {
    Arg::new(id::TOKEN)
        .long(id::TOKEN)
        .value_name("TOKEN")
        .env(TOKEN_ENV)
        // The token must never be printed, not even by --help.
        .hide_env_values(true)
        .help("The Truto API token")
}

/// The longest window or timeout a flag takes, in seconds (a day).
const MAX_SECONDS: f64 = 86_400.0;

/// A window or timeout flag: a positive number of seconds, at most [`MAX_SECONDS`] (checked
/// by the parser, so no duration is ever made from `1e20` or `inf`).
pub fn seconds(s: &str) -> Result<f64, String> {
    let value: f64 = s
        .trim()
        .parse()
        .map_err(|_| format!("{s:?} is not a number of seconds"))?;
    if value.is_finite() && value > 0.0 && value <= MAX_SECONDS {
        Ok(value)
    } else {
        Err(format!(
            "{s} is out of range: give a positive number of seconds, at most {MAX_SECONDS} (a day)"
        ))
    }
}

/// `--per-account N`: the rate budget's requests per integrated account per window.
pub fn per_account_arg() -> Arg {
    Arg::new(id::PER_ACCOUNT)
        .long(id::PER_ACCOUNT)
        .value_name("N")
        .default_value(TRUTO_PER_ACCOUNT.0.to_string())
        .value_parser(value_parser!(u32).range(1..))
        .help("Requests per integrated account per window (the API allows 50 per 10 s)")
}

/// `--window-seconds SECONDS`: the rate budget's window.
pub fn window_arg() -> Arg {
    Arg::new(id::WINDOW)
        .long(id::WINDOW)
        .value_name("SECONDS")
        .default_value(TRUTO_PER_ACCOUNT.1.as_secs().to_string())
        .value_parser(seconds)
        .help("The rate window")
}
