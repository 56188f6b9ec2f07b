//! What a review is asked to do, what it tells as it goes, and why it may end without its
//! outputs: what every part of the engine shares.

use std::fmt;
use std::path::PathBuf;

use super::roster::Roster;
use super::{AccountNotReviewed, AccountReviewed, RosterInfo};
use crate::Stop;
use crate::offboard::FindError;

/// The journal's file name in the review's directory.
pub const JOURNAL_FILE: &str = "review.journal";

/// The rows file's name in the review's directory.
pub const ROWS_FILE: &str = "review.rows";

/// Days without login or activity that make an active account dormant, unless told otherwise.
pub const DEFAULT_DORMANT_DAYS: u32 = 90;

/// Accounts read at once, unless told otherwise (each within its own rate budget).
pub const DEFAULT_ACCOUNTS_IN_FLIGHT: usize = 8;

/// What a review is asked to do.
#[derive(Debug, Clone)]
pub struct ReviewOptions {
    /// The tenant whose integrated accounts are reviewed.
    pub tenant_id: Option<String>,
    /// The integrated accounts reviewed instead of a tenant's.
    pub accounts: Vec<String>,
    /// Who should have access, and what the metadata says of the file.
    pub roster: Option<(Roster, RosterInfo)>,
    /// Days without login or activity that make an active account dormant.
    pub dormant_days: u32,
    /// The review's time (RFC 3339), for tests: the time findings are judged at, and both
    /// `started_at` and `finished_at` of the metadata, so that runs compare byte for byte.
    /// `None`: the clock (a resumed review keeps the time it started at).
    pub now: Option<String>,
    /// The directory the outputs, the rows file and the journal are written to.
    pub out: PathBuf,
    /// Accounts read at once.
    pub accounts_in_flight: usize,
    /// The most pages read per account (and of the tenant's account list) in one run.
    pub max_pages: u32,
    /// Users per page asked for (the list's `role: limit` parameter); `None`: the API's
    /// default.
    pub page_size: Option<u32>,
    /// Stops the review: no page starts after it; pages in flight finish and are journaled.
    pub stop: Option<Stop>,
}

impl ReviewOptions {
    /// A review writing to `out`, with the defaults: no tenant or accounts yet, no roster,
    /// [`DEFAULT_DORMANT_DAYS`], the clock, [`DEFAULT_ACCOUNTS_IN_FLIGHT`],
    /// [`crate::DEFAULT_MAX_PAGES`], the API's page size.
    pub fn new(out: impl Into<PathBuf>) -> ReviewOptions {
        ReviewOptions {
            tenant_id: None,
            accounts: Vec::new(),
            roster: None,
            dormant_days: DEFAULT_DORMANT_DAYS,
            now: None,
            out: out.into(),
            accounts_in_flight: DEFAULT_ACCOUNTS_IN_FLIGHT,
            max_pages: crate::DEFAULT_MAX_PAGES,
            page_size: None,
            stop: None,
        }
    }
}

/// What a review reports as it goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Progress {
    /// The accounts are known: how many will be read (of them, already finished by an
    /// earlier run), and how many will not.
    Accounts {
        /// Accounts to read.
        reviewing: usize,
        /// Of them, finished by an earlier run of this review.
        finished_before: usize,
        /// Accounts not reviewed.
        not_reviewed: usize,
    },
    /// A page of an account was written.
    Page {
        /// The integrated account.
        integrated_account_id: String,
        /// Its app.
        app: String,
        /// Its pages written so far (earlier runs included).
        pages: u64,
        /// Its users written so far.
        users: u64,
    },
    /// An account was read to its end.
    Reviewed(AccountReviewed),
    /// An account was not reviewed.
    NotReviewed(AccountNotReviewed),
    /// The outputs are being written.
    Writing,
}

/// Why a review did not produce its outputs.
#[derive(Debug)]
pub enum ReviewError {
    /// The spec does not say how to read people or accounts.
    Spec(String),
    /// Neither a tenant nor accounts, or both.
    Scope(&'static str),
    /// The review's time is not an RFC 3339 date.
    BadTime(String),
    /// The tenant's integrated accounts could not be read.
    Accounts(FindError),
    /// A file of the review could not be read or written.
    Io {
        /// The file (or directory).
        path: PathBuf,
        /// What failed.
        error: std::io::Error,
    },
    /// An output (`accounts.csv`, `review.json`, a report) could not be written; what was read
    /// is journaled, and a re-run writes the outputs again without reading.
    Output {
        /// The file (or directory).
        path: PathBuf,
        /// What failed.
        error: std::io::Error,
    },
    /// The journal or rows file was altered: it is not trusted.
    Journal {
        /// The file.
        path: PathBuf,
        /// Its line, when it is one.
        line: Option<usize>,
        /// What is wrong.
        problem: String,
    },
    /// The directory holds another review's journal.
    OtherReview {
        /// The directory.
        dir: PathBuf,
        /// What differs.
        what: String,
    },
    /// Another run is writing the directory's review.
    Busy {
        /// The directory.
        dir: PathBuf,
    },
    /// The review was stopped: what was read is journaled, and a re-run continues.
    Interrupted {
        /// The directory.
        dir: PathBuf,
        /// Accounts finished.
        finished: usize,
        /// Accounts not finished.
        unfinished: usize,
    },
}

impl fmt::Display for ReviewError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReviewError::Spec(m) => write!(f, "the spec cannot review accounts: {m}"),
            ReviewError::Scope(m) => f.write_str(m),
            ReviewError::BadTime(t) => write!(
                f,
                "the review's time {:?} is not an RFC 3339 date (2026-12-07T12:00:00Z)",
                crate::terminal::short(t)
            ),
            ReviewError::Accounts(e) => write!(f, "{e}"),
            ReviewError::Io { path, error } => write!(f, "{}: {error}", path.display()),
            ReviewError::Output { path, error } => write!(
                f,
                "{}: {error} (what was read is kept: run the review again to write its outputs)",
                path.display()
            ),
            ReviewError::Journal {
                path,
                line,
                problem,
            } => {
                write!(f, "{}", path.display())?;
                if let Some(line) = line {
                    write!(f, ": line {line}")?;
                }
                write!(
                    f,
                    ": {problem}; the review cannot continue from it: give another output directory, or remove {} and {} from this one to start over",
                    JOURNAL_FILE, ROWS_FILE
                )
            }
            ReviewError::OtherReview { dir, what } => write!(
                f,
                "{} holds another review ({what}): give another output directory, or remove {} to start over there",
                dir.display(),
                JOURNAL_FILE
            ),
            ReviewError::Busy { dir } => write!(
                f,
                "another run is writing the review in {}: wait for it to end, or give another output directory",
                dir.display()
            ),
            ReviewError::Interrupted {
                dir,
                finished,
                unfinished,
            } => write!(
                f,
                "interrupted: {finished} account(s) finished, {unfinished} not; what was read is kept in {}: run the same review again to continue",
                dir.display()
            ),
        }
    }
}

impl std::error::Error for ReviewError {}
