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
use std::sync::{Mutex, MutexGuard, PoisonError};

use futures_util::{StreamExt, stream};
use serde_json::Value;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use tokio::sync::mpsc;

use super::findings::Criteria;
use super::journal::{AccountState, Identity, Journal};
use super::outputs::{self, Tally};
use super::roster::Roster;
use super::{AccountNotReviewed, AccountReviewed, AccountRow, ReviewMeta, RosterInfo, rows};
use crate::offboard::{AccountRef, FindError, FindOptions, get_endpoint, list_endpoint};
use crate::spec::{EndpointSpec, ParamRole, People, id_at};
use crate::validate::WireField;
use crate::{Body, Client, Error, Integration, Stop};

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
    /// The review's time (RFC 3339), for tests; `None`: the clock (a resumed review keeps
    /// the time it started at).
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

/// An account to read.
#[derive(Debug, Clone)]
struct Target {
    id: String,
    /// [`crate::ids::account_key`] of the id.
    key: String,
    /// Its integration, when the spec knows the name it was listed with.
    integration: Option<Integration>,
    /// The name the admin list gave, when the spec does not know it.
    listed_as: Option<String>,
    /// Whether the admin list said (the accounts were listed for a tenant).
    listed: bool,
}

/// Where an account of the review stands, in the order the outputs list accounts.
#[derive(Debug)]
enum Slot {
    Read(Target),
    Skipped(AccountNotReviewed),
}

/// How reading an account ended.
#[derive(Debug)]
enum Outcome {
    Reviewed(AccountReviewed),
    NotReviewed(AccountNotReviewed),
    Interrupted,
}

/// Everything the accounts' reads share.
struct Shared<'a> {
    client: &'a Client,
    list: &'static EndpointSpec,
    people: &'static People,
    criteria: Criteria<'a>,
    journal: Mutex<Journal>,
    options: &'a ReviewOptions,
    events: mpsc::UnboundedSender<Progress>,
}

impl Shared<'_> {
    fn journal(&self) -> MutexGuard<'_, Journal> {
        self.journal.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn stopped(&self) -> bool {
        self.options.stop.as_ref().is_some_and(Stop::is_stopped)
    }
}

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
    let tenant_id = match (&options.tenant_id, options.accounts.is_empty()) {
        (Some(_), false) => {
            return Err(ReviewError::Scope(
                "give a tenant or integrated accounts to review, not both",
            ));
        }
        (None, true) => {
            return Err(ReviewError::Scope(
                "give a tenant, or integrated accounts, to review",
            ));
        }
        (tenant, _) => tenant.as_deref(),
    };
    let (clock, pinned) = match &options.now {
        Some(text) => (parse_time(text)?, true),
        None => (OffsetDateTime::now_utc(), false),
    };
    let roster_sha256 = options
        .roster
        .as_ref()
        .map(|(_, info)| info.sha256.as_str());
    let identity = Identity::new(
        client.base_url(),
        tenant_id,
        &options.accounts,
        roster_sha256,
        options.dormant_days,
        format_time(clock),
    );
    let journal = Journal::open(&options.out, identity, pinned)?;
    // A resumed review judges at the time it started.
    let started_at = journal.identity.started_at.clone();
    let now = parse_time(&started_at)?;

    let slots = slots(client, options, list).await?;
    let (events, mut heard) = mpsc::unbounded_channel();
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
    let targets: Vec<(usize, &Target)> = slots
        .iter()
        .enumerate()
        .filter_map(|(n, s)| match s {
            Slot::Read(t) => Some((n, t)),
            Slot::Skipped(_) => None,
        })
        .collect();
    progress(&Progress::Accounts {
        reviewing: targets.len(),
        finished_before: {
            let journal = shared.journal();
            targets
                .iter()
                .filter(|(_, t)| journal.accounts.get(&t.key).is_some_and(|s| s.finished))
                .count()
        },
        not_reviewed: slots.len() - targets.len(),
    });
    for slot in &slots {
        if let Slot::Skipped(skipped) = slot {
            progress(&Progress::NotReviewed(skipped.clone()));
        }
    }

    let mut outcomes: Vec<Option<Outcome>> = slots.iter().map(|_| None).collect();
    {
        let shared = &shared;
        let mut reads = stream::iter(
            targets
                .iter()
                .map(|&(n, target)| async move { (n, read_account(shared, target).await) }),
        )
        .buffer_unordered(options.accounts_in_flight.max(1));
        loop {
            tokio::select! {
                biased;
                Some(event) = heard.recv() => progress(&event),
                read = reads.next() => match read {
                    Some((n, outcome)) => {
                        while let Ok(event) = heard.try_recv() {
                            progress(&event);
                        }
                        match &outcome {
                            Outcome::Reviewed(r) => progress(&Progress::Reviewed(r.clone())),
                            Outcome::NotReviewed(r) => progress(&Progress::NotReviewed(r.clone())),
                            Outcome::Interrupted => {}
                        }
                        outcomes[n] = Some(outcome);
                    }
                    None => break,
                },
            }
        }
    }
    while let Ok(event) = heard.try_recv() {
        progress(&event);
    }

    let unfinished = outcomes
        .iter()
        .filter(|o| matches!(o, Some(Outcome::Interrupted)))
        .count();
    if unfinished > 0 {
        return Err(ReviewError::Interrupted {
            dir: options.out.clone(),
            finished: outcomes
                .iter()
                .filter(|o| matches!(o, Some(Outcome::Reviewed(_))))
                .count(),
            unfinished,
        });
    }

    let mut reviewed = Vec::new();
    let mut not_reviewed = Vec::new();
    let mut ranges: Vec<Vec<(u64, u64)>> = Vec::new();
    {
        let journal = shared.journal();
        for (slot, outcome) in slots.into_iter().zip(outcomes) {
            match (slot, outcome) {
                (Slot::Skipped(skipped), _) => not_reviewed.push(skipped),
                (Slot::Read(target), Some(Outcome::Reviewed(r))) => {
                    let state = journal.accounts.get(&target.key);
                    ranges.push(state.map(|s| s.ranges.clone()).unwrap_or_default());
                    reviewed.push(r);
                }
                (Slot::Read(_), Some(Outcome::NotReviewed(r))) => not_reviewed.push(r),
                (Slot::Read(_), Some(Outcome::Interrupted) | None) => {}
            }
        }
    }
    progress(&Progress::Writing);
    let finished_at = if pinned {
        started_at.clone()
    } else {
        format_time(OffsetDateTime::now_utc())
    };
    let meta = |tally: &Tally| ReviewMeta {
        tenant_id: tenant_id.map(str::to_string),
        started_at: started_at.clone(),
        finished_at: finished_at.clone(),
        spec_version: env!("CARGO_PKG_VERSION").to_string(),
        dormant_days: options.dormant_days,
        roster: options.roster.as_ref().map(|(_, info)| info.clone()),
        reviewed: reviewed.clone(),
        not_reviewed: not_reviewed.clone(),
        counts: tally.counts.clone(),
        rows: tally.rows,
    };
    let rows_path = shared.journal().rows_path();
    let borrowed: Vec<&[(u64, u64)]> = ranges.iter().map(Vec::as_slice).collect();
    let tally = outputs::write(&options.out, &rows_path, &borrowed, people, meta)?;
    Ok(meta(&tally))
}

fn parse_time(text: &str) -> Result<OffsetDateTime, ReviewError> {
    OffsetDateTime::parse(text.trim(), &Rfc3339).map_err(|_| ReviewError::BadTime(text.into()))
}

fn format_time(at: OffsetDateTime) -> String {
    at.format(&Rfc3339).unwrap_or_else(|_| at.to_string())
}

/// The review's accounts, in order: those to read, and those not reviewed with why.
async fn slots(
    client: &Client,
    options: &ReviewOptions,
    list: &'static EndpointSpec,
) -> Result<Vec<Slot>, ReviewError> {
    let accounts: Vec<AccountRef> = match &options.tenant_id {
        Some(tenant) => {
            let find = FindOptions {
                max_pages: options.max_pages,
                stop: options.stop.clone(),
                ..FindOptions::new()
            };
            match crate::offboard::tenant_accounts(client, tenant, &find).await {
                Ok(accounts) => accounts,
                Err(FindError::Interrupted) => {
                    return Err(ReviewError::Interrupted {
                        dir: options.out.clone(),
                        finished: 0,
                        unfinished: 0,
                    });
                }
                Err(e) => return Err(ReviewError::Accounts(e)),
            }
        }
        None => options.accounts.iter().map(AccountRef::new).collect(),
    };
    let mut seen = std::collections::HashSet::new();
    Ok(accounts
        .into_iter()
        .filter(|a| {
            a.integrated_account_id.is_empty()
                || seen.insert(crate::ids::account_key(&a.integrated_account_id))
        })
        .map(|a| slot(a, list))
        .collect())
}

/// Whether one account is read, or why not.
fn slot(account: AccountRef, list: &'static EndpointSpec) -> Slot {
    let integration = account
        .integration
        .as_deref()
        .and_then(|n| Integration::lookup(n).ok());
    let app = integration
        .map(|i| i.name().to_string())
        .or_else(|| account.integration.clone());
    let skip = |reason: String| {
        Slot::Skipped(AccountNotReviewed {
            integrated_account_id: account.integrated_account_id.clone(),
            app: app.clone(),
            status: account.status.clone(),
            reason,
        })
    };
    let active: &[&str] = crate::ACCOUNTS.as_ref().map_or(&[], |a| a.active);
    if let Some(conflict) = &account.conflict {
        return skip(format!(
            "{conflict}: not reviewed, since the listing does not say which it is"
        ));
    }
    if let Some(asked) = &account.listed_for {
        match &account.tenant_id {
            Some(claimed) if claimed == asked => {}
            Some(claimed) => {
                return skip(format!(
                    "listed for tenant {:?}, but the account says it belongs to tenant {:?}: not reviewed",
                    crate::terminal::short(asked),
                    crate::terminal::short(claimed)
                ));
            }
            None => {
                return skip(format!(
                    "listed for tenant {:?}, but the account does not say which tenant it belongs to: not reviewed",
                    crate::terminal::short(asked)
                ));
            }
        }
    }
    if account.integrated_account_id.is_empty() {
        return skip("the admin list gave an integrated account without an id".into());
    }
    if let Some(status) = account
        .status
        .as_deref()
        .filter(|s| !active.is_empty() && !active.contains(s))
    {
        return skip(format!("the account is {status}, not active"));
    }
    if let Some(reason) = integration.and_then(|i| cannot_list(list, i)) {
        return skip(reason);
    }
    Slot::Read(Target {
        key: crate::ids::account_key(&account.integrated_account_id),
        listed: account.listed_for.is_some(),
        listed_as: account.integration.filter(|_| integration.is_none()),
        id: account.integrated_account_id,
        integration,
    })
}

/// Why the spec cannot list an integration's users (`None`: it can).
fn cannot_list(list: &'static EndpointSpec, integration: Integration) -> Option<String> {
    if !list.supports(integration) {
        return Some(format!(
            "{} has no {} in this spec: its users cannot be listed",
            integration.name(),
            list.name
        ));
    }
    if is_partial(list, integration) && get_for(Some(integration)).is_none() {
        return Some(format!(
            "{}'s {} is partial (no emails, roles or logins) and the spec has no get for it: its users cannot be read whole",
            integration.name(),
            list.name
        ));
    }
    None
}

fn is_partial(list: &'static EndpointSpec, integration: Integration) -> bool {
    list.list
        .as_ref()
        .is_some_and(|l| l.partial_in.contains(&integration))
}

/// The get endpoint for an integration (any, when it is not known).
fn get_for(integration: Option<Integration>) -> Option<&'static EndpointSpec> {
    get_endpoint().filter(|g| integration.is_none_or(|i| g.supports(i)))
}

/// Reads one account from where its journal left it.
async fn read_account(shared: &Shared<'_>, target: &Target) -> Outcome {
    let before = shared.journal().accounts.get(&target.key).cloned();
    let mut state = before.unwrap_or_default();
    let reviewed = |state: &AccountState| {
        Outcome::Reviewed(AccountReviewed {
            integrated_account_id: target.id.clone(),
            app: state.app.clone(),
            users: state.users,
            pages: state.pages,
        })
    };
    if state.finished {
        return reviewed(&state);
    }
    if shared.stopped() {
        return Outcome::Interrupted;
    }
    let not_reviewed = |app: &str, reason: String| {
        Outcome::NotReviewed(AccountNotReviewed {
            integrated_account_id: target.id.clone(),
            app: (!app.is_empty()).then(|| app.to_string()),
            status: None,
            reason,
        })
    };
    let (integration, mut app) = match (target.integration, &target.listed_as) {
        (Some(i), _) => (Some(i), i.name().to_string()),
        (None, Some(name)) => (None, name.clone()),
        (None, None) if target.listed => (None, state.app.clone()),
        // Named by id: its integration says whether and how it can be listed.
        (None, None) => match shared.client.integration_of(&target.id).await {
            Ok(Some(i)) => match cannot_list(shared.list, i) {
                Some(reason) => return not_reviewed(i.name(), reason),
                None => (Some(i), i.name().to_string()),
            },
            Ok(None) => (None, state.app.clone()),
            Err(e) => {
                return not_reviewed("", format!("its integration could not be read: {e}"));
            }
        },
    };
    let partial = integration.is_some_and(|i| is_partial(shared.list, i));
    let fields = list_fields(
        shared.list,
        shared.people,
        &target.id,
        state.next.as_deref(),
        shared.options.page_size,
    );
    let mut pages = shared
        .client
        .pages_of_fields::<Value>(shared.list, WireField::fields(&fields), integration)
        .max_pages(shared.options.max_pages);
    let kept = |state: &AccountState| {
        if state.pages == 0 {
            String::new()
        } else {
            format!(
                " ({} page(s) read are kept: a re-run continues after them)",
                state.pages
            )
        }
    };
    loop {
        if shared.stopped() {
            return Outcome::Interrupted;
        }
        let response = match pages.next_page().await {
            Some(Ok(response)) => response,
            Some(Err(e)) => {
                let reason = format!("listing its users failed: {e}{}", kept(&state));
                return not_reviewed(&app, reason);
            }
            None => return reviewed(&state),
        };
        if app.is_empty() {
            app = response
                .integration
                .map(|i| i.name().to_string())
                .or(response.unknown_integration.clone())
                .unwrap_or_else(|| "(unknown app)".to_string());
        }
        let Body::Typed(Some(page)) = response.body else {
            let reason = format!(
                "page {} of its users was not read as users (HTTP {}){}",
                state.pages + 1,
                response.status,
                kept(&state)
            );
            return not_reviewed(&app, reason);
        };
        let page = *page;
        let records = if partial || page.partial {
            match whole_records(shared, integration, &target.id, page.items).await {
                Ok(records) => records,
                Err(why) => return not_reviewed(&app, format!("{why}{}", kept(&state))),
            }
        } else {
            page.items
        };
        let rows: Vec<AccountRow> = records
            .iter()
            .map(|r| shared.criteria.row(r, &target.id, &app))
            .collect();
        let written = rows::encode(&rows)
            .map_err(std::io::Error::other)
            .and_then(|bytes| {
                shared.journal().page(
                    &target.key,
                    &target.id,
                    &app,
                    page.next_cursor.as_deref(),
                    &bytes,
                    rows.len() as u64,
                )
            });
        state = match written {
            Ok(state) => state,
            Err(e) => {
                let reason = format!("its rows could not be written: {e}");
                return not_reviewed(&app, reason);
            }
        };
        let _ = shared.events.send(Progress::Page {
            integrated_account_id: target.id.clone(),
            app: app.clone(),
            pages: state.pages,
            users: state.users,
        });
        if state.finished {
            return reviewed(&state);
        }
    }
}

/// The whole records of a partial page's users: each got by its id (a user gone since it was
/// listed is left out; an answer for another user is refused).
async fn whole_records(
    shared: &Shared<'_>,
    integration: Option<Integration>,
    account: &str,
    items: Vec<Value>,
) -> Result<Vec<Value>, String> {
    let Some(get) = get_for(integration) else {
        return Err(
            "its list is partial (no emails, roles or logins) and the spec has no get for it"
                .into(),
        );
    };
    let people = shared.people;
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let Some(id) = id_at(&item, people.id) else {
            return Err(format!(
                "a user of its partial list carries no id (at `{}`): it cannot be read whole",
                people.id
            ));
        };
        let fields = get_fields(get, account, &id);
        let answer = shared
            .client
            .send_fields::<Value>(get, WireField::fields(&fields), integration)
            .await;
        let response = match answer {
            Ok(response) => response,
            // Gone since it was listed: no account any more.
            Err(e) if e.says_remote_not_found() => continue,
            Err(e) => return Err(format!("the get of user {id} failed: {e}")),
        };
        let status = response.status;
        let Body::Typed(Some(user)) = response.body else {
            return Err(format!(
                "the get of user {id} answered HTTP {status} without a user"
            ));
        };
        let answered = id_at(&user, people.id);
        if answered.as_deref() != Some(id.as_str()) {
            return Err(Error::Mismatch {
                what: "user",
                asked: id,
                answered,
                status,
            }
            .to_string());
        }
        out.push(*user);
    }
    Ok(out)
}

/// The fields of a list call: the account, no remote data, only the fields a review reads, the
/// page size and the cursor to start from.
fn list_fields(
    list: &'static EndpointSpec,
    people: &People,
    account: &str,
    cursor: Option<&str>,
    page_size: Option<u32>,
) -> Vec<WireField> {
    let mut fields = Vec::new();
    for p in list.parameters {
        let value = match p.role {
            Some(ParamRole::IntegratedAccount) => Value::from(account),
            Some(ParamRole::IgnoreRemoteData) => Value::Bool(true),
            Some(ParamRole::ExcludeFields) => match unread_fields(list, people) {
                Some(names) => names,
                None => continue,
            },
            Some(ParamRole::Cursor) => match cursor {
                Some(cursor) => Value::from(cursor),
                None => continue,
            },
            Some(ParamRole::Limit) => match page_size {
                Some(size) => Value::from(size),
                None => continue,
            },
            _ => continue,
        };
        fields.push(WireField { spec: p, value });
    }
    fields
}

/// The fields of the get of one user.
fn get_fields(get: &'static EndpointSpec, account: &str, user: &str) -> Vec<WireField> {
    get.parameters
        .iter()
        .filter_map(|p| {
            let value = match p.role {
                Some(ParamRole::IntegratedAccount) => Value::from(account),
                Some(ParamRole::User) => Value::from(user),
                Some(ParamRole::IgnoreRemoteData) => Value::Bool(true),
                _ => return None,
            };
            Some(WireField { spec: p, value })
        })
        .collect()
}

/// The response fields a review does not read (`None`: none to leave out).
fn unread_fields(list: &'static EndpointSpec, people: &People) -> Option<Value> {
    let paths = [people.id, people.status]
        .into_iter()
        .chain(people.emails.iter().copied())
        .chain(people.usernames.iter().copied())
        .chain(people.activity.iter().copied())
        .chain(people.roles)
        .chain(people.groups)
        .chain(people.licenses)
        .chain(people.user_type);
    let read: Vec<&str> = paths.filter_map(|p| p.split(['.', '[']).next()).collect();
    let unread: Vec<Value> = list
        .response_fields
        .iter()
        .map(|f| f.name)
        .filter(|f| !read.contains(f))
        .map(Value::from)
        .collect();
    (!unread.is_empty()).then_some(Value::Array(unread))
}
