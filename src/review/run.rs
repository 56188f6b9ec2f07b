//! Running a review: every user of every active integrated account of a tenant (or of the
//! accounts named), page by page, concurrently across accounts, each page's rows appended to
//! the rows file and journaled as it arrives; then `accounts.csv` and `review.json`.
//!
//! A re-run with the same directory continues a review that was stopped or killed: finished
//! accounts are not read again, the others continue from their cursor. Accounts that cannot be
//! read (another status than active, a list the spec does not have, a listing that failed) are
//! reported as not reviewed, with why; their rows are not in the outputs, and a re-run tries
//! them again from where they stopped.

use std::sync::{Arc, Mutex, PoisonError};

use futures_util::{StreamExt, stream};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use tokio::sync::mpsc;

use super::accounts::{Slot, Target, slots};
use super::journal::{Identity, Journal};
use super::options::{Progress, ReviewError, ReviewOptions};
use super::outputs;
use super::read::{Outcome, Shared, read_account};
use super::report::Tally;
use super::rows::RowReader;
use super::spool::Spool;
use super::{AccountNotReviewed, AccountReviewed, ReviewMeta};
use crate::Client;
use crate::offboard::list_endpoint;

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
    let (journal, pinned) = open_journal(client, options, tenant_id)?;
    // A resumed review judges at the time it started.
    let started_at = journal.identity.started_at.clone();
    let now = parse_time(&started_at)?;

    let slots = slots(client, options, list).await?;
    let spool = open_spool(options, &journal, &slots, people)?;
    let (events, heard) = mpsc::unbounded_channel();
    let rows_path = journal.rows_path();
    let shared = Arc::new(Shared {
        client: client.clone(),
        list,
        people,
        now,
        journal: Mutex::new(journal),
        spool: Mutex::new(spool),
        // The reads are tasks of their own: they hold the options (the roster too) with them.
        options: options.clone(),
        events,
    });
    let outcomes = match read_all(&shared, &slots, heard, &mut progress).await {
        Ok(outcomes) => outcomes,
        Err(error) => {
            // The error names the file (the rows file, the journal or a spool file).
            let path = options.out.clone();
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
    let (accounts, positions) = sort_out(slots, outcomes);
    let meta = |tally: &Tally| ReviewMeta {
        tenant_id: tenant_id.map(str::to_string),
        started_at,
        finished_at,
        spec_version: env!("CARGO_PKG_VERSION").to_string(),
        dormant_days: options.dormant_days,
        roster: options.roster.as_ref().map(|(_, info)| info.clone()),
        reviewed: accounts.reviewed,
        not_reviewed: accounts.not_reviewed,
        counts: tally.counts(),
        rows: tally.rows,
    };
    write_outputs(shared, options, &rows_path, &positions, meta)
}

/// Writes the outputs once every read has ended, for the accounts reviewed (`positions`).
fn write_outputs(
    shared: Arc<Shared>,
    options: &ReviewOptions,
    rows_path: &std::path::Path,
    positions: &[usize],
    meta: impl FnOnce(&Tally) -> ReviewMeta,
) -> Result<ReviewMeta, ReviewError> {
    // Every read has ended: nothing else holds what they shared.
    let shared = Arc::into_inner(shared).ok_or_else(|| ReviewError::Io {
        path: rows_path.to_path_buf(),
        error: std::io::Error::other("a read of the review outlived it"),
    })?;
    // The journal holds the directory's lock: kept until the outputs are written, so that no
    // other run of the review can take the directory (and its spool) meanwhile.
    let _lock = shared.journal;
    let spool = shared
        .spool
        .into_inner()
        .unwrap_or_else(PoisonError::into_inner);
    let people = shared.people;
    outputs::write(&options.out, rows_path, spool, positions, people, meta)
}

/// The review's spool, with the pages a resumed review had read before spooled again.
fn open_spool(
    options: &ReviewOptions,
    journal: &Journal,
    slots: &[Slot],
    people: &'static crate::spec::People,
) -> Result<Spool, ReviewError> {
    let spool_error = |error| ReviewError::Io {
        path: options.out.clone(),
        error,
    };
    let mut spool = Spool::create(&options.out, slots.len()).map_err(spool_error)?;
    // The accounts a resumed review has pages of.
    let read_before: Vec<(usize, &[(u64, u64)])> = slots
        .iter()
        .enumerate()
        .filter_map(|(n, slot)| match slot {
            Slot::Read(target) => journal
                .accounts
                .get(&target.key)
                .map(|s| (n, &s.ranges[..])),
            Slot::Skipped(_) => None,
        })
        .filter(|(_, ranges)| !ranges.is_empty())
        .collect();
    if read_before.is_empty() {
        return Ok(spool);
    }
    let rows_path = journal.rows_path();
    let rows_error = |error| ReviewError::Io {
        path: rows_path.clone(),
        error,
    };
    let mut reader = RowReader::open(&rows_path).map_err(rows_error)?;
    for (n, ranges) in read_before {
        spool
            .catch_up(n, ranges, &mut reader, people)
            .map_err(rows_error)?;
    }
    Ok(spool)
}

/// The review's journal in `options.out`, opened (or resumed) for what the review is, and
/// whether its time is pinned (`options.now`) rather than the clock's.
fn open_journal(
    client: &Client,
    options: &ReviewOptions,
    tenant_id: Option<&str>,
) -> Result<(Journal, bool), ReviewError> {
    let (clock, pinned) = match &options.now {
        Some(text) => (parse_time(text)?, true),
        None => (OffsetDateTime::now_utc(), false),
    };
    let roster = options
        .roster
        .as_ref()
        .map(|(_, info)| info.sha256.as_str());
    let identity = Identity::new(
        client.base_url(),
        tenant_id,
        &options.accounts,
        roster,
        options.dormant_days,
        format_time(clock),
    );
    Ok((Journal::open(&options.out, identity, pinned)?, pinned))
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
    shared: &Arc<Shared>,
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
    let mut reads = stream::iter(targets.iter().map(|&(n, target)| {
        let (shared, target) = (shared.clone(), target.clone());
        Task(tokio::spawn(async move {
            (n, read_account(&shared, n, &target).await)
        }))
    }))
    .buffer_unordered(shared.options.accounts_in_flight.max(1));
    loop {
        tokio::select! {
            biased;
            Some(event) = heard.recv() => progress(&event),
            read = reads.next() => {
                let Some(read) = read else { break };
                let (n, outcome) = read.map_err(|e| {
                    std::io::Error::other(format!("the read of an account ended abnormally: {e}"))
                })?;
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

/// A read's task, aborted if the review stops waiting for it (a failure, the review's future
/// dropped).
struct Task<T>(tokio::task::JoinHandle<T>);

impl<T> std::future::Future for Task<T> {
    type Output = Result<T, tokio::task::JoinError>;

    fn poll(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Self::Output> {
        std::pin::Pin::new(&mut self.0).poll(cx)
    }
}

impl<T> Drop for Task<T> {
    fn drop(&mut self) {
        self.0.abort();
    }
}

fn count(outcomes: &[Option<Outcome>], what: impl Fn(&Outcome) -> bool) -> usize {
    outcomes.iter().flatten().filter(|o| what(o)).count()
}

/// The accounts reviewed and not, in the review's order.
struct Accounts {
    reviewed: Vec<AccountReviewed>,
    not_reviewed: Vec<AccountNotReviewed>,
}

/// The accounts reviewed and not, and the positions of the reviewed ones.
fn sort_out(slots: Vec<Slot>, outcomes: Vec<Option<Outcome>>) -> (Accounts, Vec<usize>) {
    let mut accounts = Accounts {
        reviewed: Vec::new(),
        not_reviewed: Vec::new(),
    };
    let mut positions = Vec::new();
    for (n, (slot, outcome)) in slots.into_iter().zip(outcomes).enumerate() {
        match (slot, outcome) {
            (Slot::Skipped(skipped), _) => accounts.not_reviewed.push(skipped),
            (Slot::Read(_), Some(Outcome::Reviewed(r))) => {
                positions.push(n);
                accounts.reviewed.push(r);
            }
            (Slot::Read(_), Some(Outcome::NotReviewed(r))) => accounts.not_reviewed.push(r),
            (Slot::Read(_), Some(Outcome::Interrupted | Outcome::Broken(_)) | None) => {}
        }
    }
    (accounts, positions)
}

fn parse_time(text: &str) -> Result<OffsetDateTime, ReviewError> {
    OffsetDateTime::parse(text.trim(), &Rfc3339).map_err(|_| ReviewError::BadTime(text.into()))
}

fn format_time(at: OffsetDateTime) -> String {
    at.format(&Rfc3339).unwrap_or_else(|_| at.to_string())
}
