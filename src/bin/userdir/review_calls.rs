//! The library calls `review` and `demo review` make — the engine, the reports, the plan for the
//! leavers, the diff — each with its errors turned into an exit code and a message.

use std::path::Path;

use truto_user_directory::Client;
use truto_user_directory::offboard::FindError;
use truto_user_directory::review::{self as lib, ReviewError, ReviewMeta};

use crate::exit::{self, Failure};

/// Reads a roster's CSV text (`Roster::from_csv`): a usage error naming the line otherwise.
pub fn parse_roster(path: &Path, text: &str) -> Result<lib::Roster, Failure> {
    lib::Roster::from_csv(text)
        .map_err(|e| Failure::new(exit::USAGE, format!("{}: {e}", path.display())))
}

/// Runs a review (`review::run::review`): its metadata, or why it stopped (interrupted: 130; a
/// directory of another review: 2; the tenant's accounts unreadable: 3 or 4; its files not
/// writable: 5; an output not writable: 7). `progress` gets one line about the review's progress now and then.
pub async fn review(
    client: &Client,
    options: &lib::ReviewOptions,
    mut progress: impl FnMut(&str),
) -> Result<ReviewMeta, Failure> {
    lib::review(client, options, |p| progress(&progress_line(p)))
        .await
        .map_err(|e| failure(&e))
}

/// One line about the review's progress.
fn progress_line(p: &lib::Progress) -> String {
    match p {
        lib::Progress::Accounts {
            reviewing,
            finished_before,
            not_reviewed,
        } => format!(
            "{reviewing} account(s) to read ({finished_before} finished before), {not_reviewed} not reviewed"
        ),
        lib::Progress::Page {
            app, pages, users, ..
        } => format!("{app}: {users} user(s), {pages} page(s)"),
        lib::Progress::Reviewed(a) => format!("{}: read, {} user(s)", a.app, a.users),
        lib::Progress::NotReviewed(a) => format!(
            "{}: not reviewed ({})",
            a.app.as_deref().unwrap_or("an account"),
            a.reason
        ),
        _ => "writing the review's files".to_string(),
    }
}

/// A review's error as an exit code and its message.
fn failure(e: &ReviewError) -> Failure {
    let code = match e {
        ReviewError::Interrupted { .. } => exit::INTERRUPTED,
        ReviewError::Scope(_)
        | ReviewError::BadTime(_)
        | ReviewError::OtherReview { .. }
        | ReviewError::Busy { .. }
        | ReviewError::Journal { .. } => exit::USAGE,
        ReviewError::Accounts(FindError::Accounts(error)) => {
            return Failure::new(Failure::from_error(error).code, e.to_string());
        }
        ReviewError::Accounts(_) => exit::API,
        ReviewError::Io { .. } => exit::WRITE,
        _ => exit::FAILED,
    };
    Failure::new(code, e.to_string())
}

/// The short table of counts per finding, for stderr (`review::report::terminal_table`).
pub fn terminal_table(meta: &ReviewMeta, color: bool) -> String {
    lib::report::terminal_table(meta, color)
}

/// The offboarding plan (YAML) for the leavers of the review in `review_json`
/// (`review::plan::leavers_plan`).
pub fn leavers_plan(review_json: &Path) -> Result<String, Failure> {
    lib::plan::leavers_plan(review_json).map_err(|e| Failure::new(exit::FAILED, e.to_string()))
}

/// What changed from the review `old` to `new` (`review::diff::{read_review, diff}`), as Markdown or
/// JSON; reviews of different tenants are refused unless `allow_other_tenant`.
pub fn diff(
    old: &Path,
    new: &Path,
    json: bool,
    allow_other_tenant: bool,
) -> Result<String, Failure> {
    let read =
        |path: &Path| lib::read_review(path).map_err(|e| Failure::new(exit::USAGE, e.to_string()));
    let (old, new) = (read(old)?, read(new)?);
    let options = lib::diff::DiffOptions { allow_other_tenant };
    let changes = lib::diff::diff(&old, &new, options)
        .map_err(|e| Failure::new(exit::USAGE, e.to_string()))?;
    Ok(if json {
        changes.json()
    } else {
        changes.markdown()
    })
}
