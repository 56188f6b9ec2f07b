//! Running a review: every user of every active integrated account of a tenant (or of the
//! accounts named), page by page, concurrently across accounts, each page's rows appended to
//! the rows file and journaled as it arrives; then `accounts.csv` and `review.json`.
//!
//! A re-run with the same directory continues a review that was stopped or killed: finished
//! accounts are not read again, the others continue from their cursor. Accounts that cannot be
//! read (another status than active, a list the spec does not have, a listing that failed) are
//! reported as not reviewed, with why; their rows are not in the outputs, and a re-run tries
//! them again from where they stopped.

use std::fmt;
use std::path::PathBuf;
use std::sync::{Mutex, PoisonError};

use futures_util::{StreamExt, stream};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use tokio::sync::mpsc;

use super::accounts::{Slot, Target, slots};
use super::findings::Criteria;
use super::journal::{Identity, Journal};
use super::outputs::{self, Tally};
use super::read::{Outcome, Shared, read_account};
use super::roster::Roster;
use super::{AccountNotReviewed, AccountReviewed, ReviewMeta, RosterInfo};
use crate::offboard::{FindError, list_endpoint};
use crate::{Client, Stop};

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
                    super::journal::JOURNAL_FILE,
                    super::journal::ROWS_FILE
                )
            }
            ReviewError::OtherReview { dir, what } => write!(
                f,
                "{} holds another review ({what}): give another output directory, or remove {} to start over there",
                dir.display(),
                super::journal::JOURNAL_FILE
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

/// Reviews the tenant's (or the named) accounts into `options.out`; see the module's
/// documentation. `progress` hears of each page and account as they end.
pub async fn review(
    client: &Client,
    options: &ReviewOptions,
    mut progress: impl FnMut(&Progress),
) -> Result<ReviewMeta, ReviewError> {
    let people = crate::PEOPLE
        .as_ref()
        .ok_or_else(|| ReviewError::Spec("spec/common.yaml has no `people` section".into()))?;
    let list = list_endpoint().ok_or_else(|| {
        ReviewError::Spec(format!(
            "no account-scoped list endpoint `{}` returns {}",
            people.list, people.model
        ))
    })?;
    let tenant_id = scope(options)?;
    let (clock, pinned) = match &options.now {
        Some(text) => (parse_time(text)?, true),
        None => (OffsetDateTime::now_utc(), false),
    };
    let identity = Identity::new(
        client.base_url(),
        tenant_id,
        &options.accounts,
        options
            .roster
            .as_ref()
            .map(|(_, info)| info.sha256.as_str()),
        options.dormant_days,
        format_time(clock),
    );
    let journal = Journal::open(&options.out, identity, pinned)?;
    // A resumed review judges at the time it started.
    let started_at = journal.identity.started_at.clone();
    let now = parse_time(&started_at)?;

    let slots = slots(client, options, list).await?;
    let (events, heard) = mpsc::unbounded_channel();
    let shared = Shared {
        client,
        list,
        people,
        criteria: Criteria {
            people,
            roster: options.roster.as_ref().map(|(r, _)| r),
            now,
            dormant_days: options.dormant_days,
        },
        journal: Mutex::new(journal),
        options,
        events,
    };
    let outcomes = match read_all(&shared, &slots, heard, &mut progress).await {
        Ok(outcomes) => outcomes,
        Err(error) => {
            let path = shared.journal().rows_path();
            return Err(ReviewError::Io { path, error });
        }
    };

    let unfinished = count(&outcomes, |o| matches!(o, Outcome::Interrupted));
    if unfinished > 0 {
        return Err(ReviewError::Interrupted {
            dir: options.out.clone(),
            finished: count(&outcomes, |o| matches!(o, Outcome::Reviewed(_))),
            unfinished,
        });
    }
    progress(&Progress::Writing);
    let finished_at = if pinned {
        started_at.clone()
    } else {
        format_time(OffsetDateTime::now_utc())
    };
    let journal = shared
        .journal
        .into_inner()
        .unwrap_or_else(PoisonError::into_inner);
    let (accounts, ranges) = sort_out(slots, outcomes, &journal);
    let meta = |tally: &Tally| ReviewMeta {
        tenant_id: tenant_id.map(str::to_string),
        started_at: started_at.clone(),
        finished_at: finished_at.clone(),
        spec_version: env!("CARGO_PKG_VERSION").to_string(),
        dormant_days: options.dormant_days,
        roster: options.roster.as_ref().map(|(_, info)| info.clone()),
        reviewed: accounts.reviewed.clone(),
        not_reviewed: accounts.not_reviewed.clone(),
        counts: tally.counts.clone(),
        rows: tally.rows,
    };
    let ranges: Vec<&[(u64, u64)]> = ranges.iter().map(Vec::as_slice).collect();
    let tally = outputs::write(&options.out, &journal.rows_path(), &ranges, people, meta)?;
    Ok(meta(&tally))
}

/// The tenant reviewed (`None`: the accounts named), unless neither or both were given.
fn scope(options: &ReviewOptions) -> Result<Option<&str>, ReviewError> {
    match (&options.tenant_id, options.accounts.is_empty()) {
        (Some(_), false) => Err(ReviewError::Scope(
            "give a tenant or integrated accounts to review, not both",
        )),
        (None, true) => Err(ReviewError::Scope(
            "give a tenant, or integrated accounts, to review",
        )),
        (tenant, _) => Ok(tenant.as_deref()),
    }
}

/// Reads every account of `slots` to be read, `options.accounts_in_flight` at a time, telling
/// `progress` of each page and account as they end; each account's outcome, at its slot's
/// position (`None` for a slot not read). A failure to write the review's files ends every
/// read.
async fn read_all(
    shared: &Shared<'_>,
    slots: &[Slot],
    mut heard: mpsc::UnboundedReceiver<Progress>,
    progress: &mut impl FnMut(&Progress),
) -> std::io::Result<Vec<Option<Outcome>>> {
    let targets: Vec<(usize, &Target)> = slots
        .iter()
        .enumerate()
        .filter_map(|(n, s)| match s {
            Slot::Read(t) => Some((n, t)),
            Slot::Skipped(_) => None,
        })
        .collect();
    let finished_before = {
        let journal = shared.journal();
        targets
            .iter()
            .filter(|(_, t)| journal.accounts.get(&t.key).is_some_and(|s| s.finished))
            .count()
    };
    progress(&Progress::Accounts {
        reviewing: targets.len(),
        finished_before,
        not_reviewed: slots.len() - targets.len(),
    });
    for slot in slots {
        if let Slot::Skipped(skipped) = slot {
            progress(&Progress::NotReviewed(skipped.clone()));
        }
    }
    let mut outcomes: Vec<Option<Outcome>> = slots.iter().map(|_| None).collect();
    let mut reads = stream::iter(
        targets
            .iter()
            .map(|&(n, target)| async move { (n, read_account(shared, target).await) }),
    )
    .buffer_unordered(shared.options.accounts_in_flight.max(1));
    loop {
        tokio::select! {
            biased;
            Some(event) = heard.recv() => progress(&event),
            read = reads.next() => {
                let Some((n, outcome)) = read else { break };
                // The account's pages before its end.
                while let Ok(event) = heard.try_recv() {
                    progress(&event);
                }
                match &outcome {
                    Outcome::Reviewed(r) => progress(&Progress::Reviewed(r.clone())),
                    Outcome::NotReviewed(r) => progress(&Progress::NotReviewed(r.clone())),
                    Outcome::Interrupted | Outcome::Broken(_) => {}
                }
                if let Outcome::Broken(error) = outcome {
                    return Err(error);
                }
                outcomes[n] = Some(outcome);
            }
        }
    }
    while let Ok(event) = heard.try_recv() {
        progress(&event);
    }
    Ok(outcomes)
}

fn count(outcomes: &[Option<Outcome>], what: impl Fn(&Outcome) -> bool) -> usize {
    outcomes.iter().flatten().filter(|o| what(o)).count()
}

/// The accounts reviewed and not, in the review's order.
struct Accounts {
    reviewed: Vec<AccountReviewed>,
    not_reviewed: Vec<AccountNotReviewed>,
}

/// The accounts reviewed and not, and the rows file's ranges of each reviewed one.
fn sort_out(
    slots: Vec<Slot>,
    outcomes: Vec<Option<Outcome>>,
    journal: &Journal,
) -> (Accounts, Vec<Vec<(u64, u64)>>) {
    let mut accounts = Accounts {
        reviewed: Vec::new(),
        not_reviewed: Vec::new(),
    };
    let mut ranges = Vec::new();
    for (slot, outcome) in slots.into_iter().zip(outcomes) {
        match (slot, outcome) {
            (Slot::Skipped(skipped), _) => accounts.not_reviewed.push(skipped),
            (Slot::Read(target), Some(Outcome::Reviewed(r))) => {
                let state = journal.accounts.get(&target.key);
                ranges.push(state.map(|s| s.ranges.clone()).unwrap_or_default());
                accounts.reviewed.push(r);
            }
            (Slot::Read(_), Some(Outcome::NotReviewed(r))) => accounts.not_reviewed.push(r),
            (Slot::Read(_), Some(Outcome::Interrupted | Outcome::Broken(_)) | None) => {}
        }
    }
    (accounts, ranges)
}

fn parse_time(text: &str) -> Result<OffsetDateTime, ReviewError> {
    OffsetDateTime::parse(text.trim(), &Rfc3339).map_err(|_| ReviewError::BadTime(text.into()))
}

fn format_time(at: OffsetDateTime) -> String {
    at.format(&Rfc3339).unwrap_or_else(|_| at.to_string())
}
