//! The library calls `review` and `demo review` make — the engine, the reports, the plan for the
//! leavers, the diff — each with its errors turned into an exit code and a message.
//!
//! BRANCH `wt-review-cli` ONLY: the engine (`review::run`, `review::roster`) and the reports
//! (`review::report`, `review::plan`, `review::diff`) are written on other branches; until they
//! are merged, every call here answers "not built yet" (exit 7), and this file is where they
//! are wired: each function's doc comment names the library call it stands for.

use std::path::{Path, PathBuf};

use truto_user_directory::review::{ReviewMeta, RosterInfo};
use truto_user_directory::{Client, Stop};

use crate::exit::{self, Failure};

/// A roster, read and checked (`review::roster::Roster`).
pub struct Roster {
    /// People on it.
    pub people: usize,
    /// Of them, `left`.
    pub left: usize,
}

/// What a review is asked to do (`review::run::ReviewOptions`).
pub struct Request {
    /// The tenant whose accounts are reviewed, or `None` with `accounts`.
    pub tenant_id: Option<String>,
    /// The integrated accounts named one by one (`--integrated-account-id`).
    pub accounts: Vec<String>,
    /// The roster and what the review records of it.
    pub roster: Option<(Roster, RosterInfo)>,
    /// Days without login or activity that make an active account dormant.
    pub dormant_days: u32,
    /// The review's "now" (RFC 3339); `None`: the clock.
    pub now: Option<String>,
    /// The output directory.
    pub out: PathBuf,
    /// Accounts read at once.
    pub accounts_in_flight: usize,
    /// The most pages read of one account.
    pub max_pages: u32,
    /// Users per page asked for; `None`: the API's default.
    pub page_size: Option<u32>,
    /// Stops the review gracefully.
    pub stop: Stop,
}

/// Not built on this branch yet.
fn not_built(what: &str) -> Failure {
    Failure::new(
        exit::FAILED,
        format!(
            "{what}: not built yet on this branch (the review engine and reports are merged by the lead)"
        ),
    )
}

/// Reads a roster's CSV text (`Roster::from_csv`): a usage error naming the line otherwise.
pub fn parse_roster(path: &Path, text: &str) -> Result<Roster, Failure> {
    let _ = (path, text);
    Err(not_built("the roster reader"))
}

/// Runs a review (`review::run::review`): its metadata, or why it stopped (interrupted: 130; a
/// directory of another review: 2; the tenant's accounts unreadable: 3 or 4; its files not
/// writable: 5). `progress` gets one line about the review's progress now and then.
pub async fn review(
    client: &Client,
    request: Request,
    progress: impl FnMut(&str),
) -> Result<ReviewMeta, Failure> {
    let Request {
        tenant_id,
        accounts,
        roster,
        dormant_days,
        now,
        out,
        accounts_in_flight,
        max_pages,
        page_size,
        stop,
    } = request;
    let _ = (
        client,
        progress,
        tenant_id,
        accounts,
        roster,
        dormant_days,
        now,
        out,
    );
    let _ = (accounts_in_flight, max_pages, page_size, stop);
    Err(not_built("the review engine"))
}

/// Writes `review.md` and `review.html` from `DIR/review.json` (`review::report::write_reports`).
pub fn write_reports(dir: &Path) -> Result<(), Failure> {
    let _ = dir;
    Err(not_built("the reports"))
}

/// The short table of counts per finding, for stderr (`review::report::terminal_table`).
pub fn terminal_table(meta: &ReviewMeta, color: bool) -> String {
    let _ = (meta, color);
    String::new()
}

/// The offboarding plan (YAML) for the leavers of the review in `review_json`
/// (`review::plan::leavers_plan`).
pub fn leavers_plan(review_json: &Path) -> Result<String, Failure> {
    let _ = review_json;
    Err(not_built("the leavers' plan"))
}

/// What changed from the review `old` to `new` (`review::diff::{read_review, diff}`), as Markdown or
/// JSON; reviews of different tenants are refused unless `allow_other_tenant`.
pub fn diff(
    old: &Path,
    new: &Path,
    json: bool,
    allow_other_tenant: bool,
) -> Result<String, Failure> {
    let _ = (old, new, json, allow_other_tenant);
    Err(not_built("the review diff"))
}
