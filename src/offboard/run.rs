//! Running a plan: lookups, checks, sends within the client's budget, one result per target.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::PathBuf;
use std::sync::Mutex;

use futures_util::stream::{FuturesUnordered, StreamExt};
use serde::Serialize;
use serde_json::Value;

use crate::client::{AccountIntegration, account_integration};
use crate::validate::WireField;
use crate::{Client, ClientBuilder, Error, Integration, RetryPolicy};

use super::append::shared_file;
use super::audit::{Audit, AuditAnchor, AuditRecord, evidence};
use super::find::FindOptions;
use super::journal::{Journal, Key, Sending, key};
use super::people::Expanded;
use super::plan::{AUTO, Plan, Target};
use super::resolve::{Request, Resolved, id_problems, resolve};
use super::verify::{ReadBack, Subject, read_back, verify_until};
use super::{Confirmation, Outcome, TargetResult, now_rfc3339};
use crate::Stop;

/// A client builder set up for bulk runs: the API's rate budget per integrated account
/// ([`RateBudget::default`](crate::RateBudget)), 16 attempts in flight, a 10-minute deadline
/// per call, and up to 6 retries. A call that is not idempotent is sent again only when the
/// server cannot have acted on it; an [`Offboarder`] sends no mutating call again after a lost
/// answer before it has read the user back. Set the base URL and token, and adjust, before
/// `build()`.
pub fn bulk_client_builder() -> ClientBuilder {
    Client::builder()
        .rate_budget(crate::RateBudget::default())
        .max_in_flight(16)
        .deadline(std::time::Duration::from_secs(600))
        .retry(RetryPolicy {
            max_retries: 6,
            ..RetryPolicy::default()
        })
}

/// Why a target the journal records is skipped.
pub(super) const FINISHED: &str = "the journal records this target as finished";

/// Why a target was not sent.
const INTERRUPTED: &str = "the run was stopped before this target was sent: nothing was sent; re-run (with the same journal) to send it";

/// What the plan and the journal alone say about a target, before anything is resolved.
pub(super) enum Triage {
    /// Go on, with the integration the plan names (if it names one).
    Go(Option<Integration>),
    /// The journal records it as finished, with this integration and operation.
    Finished(Option<String>, Option<String>),
    /// It cannot run: a duplicate, or an unknown integration.
    Refused(String),
}

/// Triages the target at `index`; `seen` holds the first position of every target so far.
pub(super) fn triage(
    seen: &mut HashMap<Key, usize>,
    journal: Option<&Journal>,
    index: usize,
    target: &Target,
    requested: &str,
) -> Triage {
    let k = key(&target.integrated_account_id, &target.user_id, requested);
    if let Some((integration, operation)) = journal.and_then(|j| j.finished_with(&k)) {
        return Triage::Finished(integration.clone(), operation.clone());
    }
    let first = *seen.entry(k).or_insert(index);
    if first != index {
        return Triage::Refused(format!(
            "the plan lists this target twice (targets[{first}] and targets[{index}]); only the first is run"
        ));
    }
    match target.integration.as_deref().map(Integration::lookup) {
        Some(Err(e)) => Triage::Refused(e.to_string()),
        Some(Ok(i)) => Triage::Go(Some(i)),
        // Without the integration nothing else checks the ids before a lookup or a dry run.
        None => match id_problems(&target.integrated_account_id, &target.user_id) {
            problems if problems.is_empty() => Triage::Go(None),
            problems => Triage::Refused(problems.join("; ")),
        },
    }
}

/// How a run behaves.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Confirms irreversible operations (also confirmed by the plan's own flag).
    pub confirm_irreversible: bool,
    /// The journal: finished targets are recorded, and skipped when the run is repeated.
    pub journal: Option<PathBuf>,
    /// The audit log: one record per mutating call.
    pub audit: Option<PathBuf>,
    /// Integrated-account lookups in flight at once.
    pub lookups_in_flight: usize,
    /// How email targets are searched (accounts at once, pages at most).
    pub find: FindOptions,
    /// Re-read each user after a successful mutating call until the promised effect shows,
    /// for at most this long ([`verify`](super::verify)); `None`: no reads.
    pub verify: Option<std::time::Duration>,
    /// Stops the run gracefully when signalled (`None`: it runs to the end).
    pub stop: Option<Stop>,
    /// SHA-256 (hex) of the plan file's bytes ([`plan_sha256`](super::plan_sha256)), which the
    /// audit log's first record of the run names. `None`: the SHA-256 of the plan as
    /// canonical JSON.
    pub plan_sha256: Option<String>,
    /// The plan's file, which the journal and the audit log may not be.
    pub plan_file: Option<PathBuf>,
    /// Re-send calls in doubt whose operation is not idempotent when reading the user back
    /// cannot tell whether they took effect: a target the journal shows was sent with no
    /// result after it (or that a damaged line may record), and a call of this run whose
    /// answer was lost. Without it they end `needs_confirmation` (across runs) or `failed`
    /// (this run) (idempotent ones are re-sent either way; one whose effect the read shows is
    /// never re-sent).
    pub resend_in_doubt: bool,
    /// Use a journal written against another base URL.
    pub other_base_url_ok: bool,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            confirm_irreversible: false,
            journal: None,
            audit: None,
            lookups_in_flight: 8,
            find: FindOptions::new(),
            verify: None,
            stop: None,
            plan_sha256: None,
            plan_file: None,
            resend_in_doubt: false,
            other_base_url_ok: false,
        }
    }
}

/// A run that could not go on: one of its files was refused before anything was sent, or
/// could not be written (the run stopped at once; every target that ended before was handed
/// to `on_result`).
#[derive(Debug)]
pub struct RunError {
    /// The file.
    pub path: PathBuf,
    /// What happened.
    pub error: std::io::Error,
    /// Refused, or a failed write.
    pub kind: RunErrorKind,
}

/// What kind of [`RunError`] it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum RunErrorKind {
    /// The file is not the run's to use, or cannot be opened: another kind of file (left byte
    /// for byte), another of the run's files, one another run holds, a journal of another
    /// API. Nothing was sent.
    Refused,
    /// Writing or syncing it failed (a full disk): nothing more was sent; the calls in flight
    /// finished and were handed on.
    Write,
}

impl RunError {
    /// An error opening `path`: a failed write when it is one, refused otherwise.
    fn opening(path: &std::path::Path, error: std::io::Error) -> RunError {
        let kind = if super::append::is_write_failure(&error) {
            RunErrorKind::Write
        } else {
            RunErrorKind::Refused
        };
        RunError {
            path: path.to_path_buf(),
            error,
            kind,
        }
    }

    /// A failed write of `path`.
    fn write(path: &std::path::Path, error: std::io::Error) -> RunError {
        RunError {
            path: path.to_path_buf(),
            error,
            kind: RunErrorKind::Write,
        }
    }
}

impl fmt::Display for RunError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.error)
    }
}

impl std::error::Error for RunError {}

/// How many targets ended how.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Targets in the plan.
    pub targets: usize,
    /// `succeeded`.
    pub succeeded: usize,
    /// `already_done`.
    pub already_done: usize,
    /// `invalid`.
    pub invalid: usize,
    /// `needs_confirmation`.
    pub needs_confirmation: usize,
    /// `failed`.
    pub failed: usize,
    /// `skipped`.
    pub skipped: usize,
    /// `not_found` (email targets: nothing to remove).
    pub not_found: usize,
    /// `ambiguous` (email targets: a person must choose).
    pub ambiguous: usize,
    /// `cannot_search` (email targets: the account could not be searched).
    pub cannot_search: usize,
    /// `unresolved` (email targets of an offline dry run).
    pub unresolved: usize,
    /// `interrupted` (not sent: the run was stopped).
    pub interrupted: usize,
    /// `foreign` (email targets: an account of another tenant, never touched).
    pub foreign: usize,
    /// Changes whose answer was lost, confirmed to be this run's by reading the user back
    /// (or by the API answering "already done" when sent again).
    pub confirmed_after_loss: usize,
    /// Mutating calls whose effect a read confirmed (`--verify`).
    pub verified: usize,
    /// Mutating calls whose effect a read did not confirm in time (`--verify`).
    pub unconfirmed: usize,
    /// Targets (whatever their outcome) whose integration, as the API names it, this spec
    /// does not know ([`TargetResult::unknown_integration`](super::TargetResult)).
    pub unknown_integration: usize,
    /// SHA-256 of the audit log's last line when the run ended (with an audit log): what
    /// [`verify_audit`](super::verify_audit) checks the log's end against.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audit_head: Option<String>,
}

impl Summary {
    /// Counts one more target that ended with `result`.
    pub fn add(&mut self, result: &TargetResult) {
        self.targets += 1;
        self.unknown_integration += usize::from(result.unknown_integration.is_some());
        *match result.outcome {
            Outcome::Succeeded => &mut self.succeeded,
            Outcome::AlreadyDone => &mut self.already_done,
            Outcome::Invalid => &mut self.invalid,
            Outcome::NeedsConfirmation => &mut self.needs_confirmation,
            Outcome::Failed => &mut self.failed,
            Outcome::Skipped => &mut self.skipped,
            Outcome::NotFound => &mut self.not_found,
            Outcome::Ambiguous => &mut self.ambiguous,
            Outcome::CannotSearch => &mut self.cannot_search,
            Outcome::Unresolved => &mut self.unresolved,
            Outcome::Interrupted => &mut self.interrupted,
            Outcome::Foreign => &mut self.foreign,
        } += 1;
        self.confirmed_after_loss += usize::from(result.confirmed_by.is_some());
        match result.verification.as_ref().map(|v| v.outcome) {
            Some(super::VerifyOutcome::Verified) => self.verified += 1,
            Some(super::VerifyOutcome::Unconfirmed) => self.unconfirmed += 1,
            None => {}
        }
    }

    /// Every target ended done: `succeeded`, `already_done`, `skipped` or `not_found` (and no
    /// verification left an effect unconfirmed).
    pub fn all_done(&self) -> bool {
        self.succeeded + self.already_done + self.skipped + self.not_found == self.targets
            && self.unconfirmed == 0
    }
}

/// Runs offboarding plans with a client (give it a [`crate::RateBudget`] and
/// `max_in_flight` for bulk runs).
#[derive(Debug, Clone)]
pub struct Offboarder {
    client: Client,
    options: RunOptions,
}

/// How a send ended: sent (a result, and its audit record when the call may have changed
/// something), or not sent (the run stopped; with the journal's write error when that is why).
enum Sent {
    Done(TargetResult, Option<Box<AuditRecord>>),
    Not(TargetResult, Option<RunError>),
}

/// The journal, locked (a panic elsewhere does not make it unusable: every write is a whole
/// line).
fn lock(journal: &Mutex<Journal>) -> std::sync::MutexGuard<'_, Journal> {
    journal
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// A target before it is sent.
struct Pending<'a> {
    /// The target's position in the plan (an email target's accounts share it).
    index: usize,
    target: &'a Target,
    requested: &'a str,
    /// The email the user was found by.
    email: Option<String>,
    integration: Option<Integration>,
    /// The integration name the API gave, when this spec does not know it.
    unknown_integration: Option<String>,
    started_at: String,
}

impl Pending<'_> {
    /// The user a read for this target is about, scoped by `request`'s fields.
    fn subject<'s>(&'s self, request: &'s Request, max_pages: u32) -> Subject<'s> {
        Subject {
            account: &self.target.integrated_account_id,
            integration: self.integration,
            user_id: &self.target.user_id,
            scope: &request.fields,
            max_pages,
        }
    }

    /// The result of a target that ends before it is sent, saying why.
    fn ended(&self, outcome: Outcome, error: String) -> Box<TargetResult> {
        let mut r = self.result(outcome);
        r.error = Some(error);
        Box::new(r)
    }

    fn result(&self, outcome: Outcome) -> TargetResult {
        TargetResult {
            target: self.index,
            integrated_account_id: self.target.integrated_account_id.clone(),
            integration: self.integration.map(|i| i.name().to_string()),
            unknown_integration: self.unknown_integration.clone(),
            user_id: self.target.user_id.clone(),
            operation: None,
            requested: self.requested.to_string(),
            outcome,
            status: None,
            attempts: 0,
            error: None,
            lost_answers: 0,
            confirmed_by: None,
            note: None,
            problems: Vec::new(),
            email: self.email.clone(),
            request_id: None,
            response_sha256: None,
            verification: None,
            started_at: self.started_at.clone(),
            finished_at: now_rfc3339(),
        }
    }
}

fn attempts_of(e: &Error) -> u32 {
    match e {
        Error::Api(a) | Error::RateLimited { error: a, .. } => a.attempts,
        Error::Timeout { attempts, .. }
        | Error::Connection { attempts, .. }
        | Error::Redirect { attempts, .. }
        | Error::BodyTooLarge { attempts, .. }
        | Error::Stopped { attempts } => *attempts,
        Error::Decode { .. } | Error::Mismatch { .. } => 1,
        _ => 0,
    }
}

/// Whether a call's answer was lost, so that it may have been applied: it timed out after it
/// was sent, its connection dropped after it opened, a gateway answered 502 or 504, or the
/// success could not be read. Never a connection that did not open (nothing was sent).
fn answer_lost(e: &Error) -> bool {
    match e {
        Error::Timeout { attempts, .. } => *attempts > 0,
        Error::Connection { source, .. } => !source
            .as_deref()
            .and_then(|s| s.downcast_ref::<reqwest::Error>())
            .is_some_and(reqwest::Error::is_connect),
        Error::Api(a) => matches!(a.status, 502 | 504),
        Error::Decode { status, .. } => (200..300).contains(status),
        _ => false,
    }
}

/// What sending one target's call came to: the last answer, and how a lost one was handled.
struct Exchange {
    answer: Result<crate::Response<Value>, Error>,
    /// Attempts over every send.
    attempts: u32,
    lost_answers: u32,
    /// The read that showed the effect after an answer was lost.
    read_back: Option<super::Verification>,
    /// What a person should know: what the read-backs saw, why nothing more was sent.
    notes: Vec<String>,
}

/// What the files and the signal of a run are, for the targets it starts.
struct Started<'a> {
    gate: &'a tokio::sync::Semaphore,
    stop: &'a Stop,
    journal: &'a Option<Mutex<Journal>>,
}

/// Where the results of a run go, in this order: the journal, the summary, the caller.
struct Results<'j, F> {
    journal: &'j Option<Mutex<Journal>>,
    summary: Summary,
    on_result: F,
}

impl<F: FnMut(&TargetResult)> Results<'_, F> {
    /// Records a result (in the journal first), counts it and hands it on. A journal that
    /// cannot be written stops the run: the result is still handed on.
    fn emit(&mut self, result: TargetResult) -> Result<(), RunError> {
        let written = match self.journal {
            Some(j) => {
                let mut j = lock(j);
                j.record(&result)
                    .map_err(|error| RunError::write(j.path(), error))
            }
            None => Ok(()),
        };
        self.summary.add(&result);
        (self.on_result)(&result);
        written
    }
}

/// Skips what the journal finished, refuses duplicates, reads named integrations: the targets
/// that go on, every other one ended in `results`.
fn triage_all<'p, F: FnMut(&TargetResult)>(
    plan: &'p Plan,
    origin: &[(usize, Option<String>)],
    results: &mut Results<'_, F>,
) -> Result<Vec<Pending<'p>>, RunError> {
    let mut seen = HashMap::new();
    let mut pending = Vec::new();
    for (position, target) in plan.targets.iter().enumerate() {
        let requested = plan.operation_of(target);
        let (index, email) = origin[position].clone();
        let mut p = Pending {
            index,
            target,
            requested,
            email,
            integration: None,
            unknown_integration: None,
            started_at: now_rfc3339(),
        };
        let triaged = triage(
            &mut seen,
            results.journal.as_ref().map(lock).as_deref(),
            index,
            target,
            requested,
        );
        let r = match triaged {
            Triage::Go(integration) => {
                p.integration = integration;
                pending.push(p);
                continue;
            }
            Triage::Finished(integration, operation) => {
                let mut r = p.result(Outcome::Skipped);
                r.integration = integration;
                r.operation = operation;
                r.error = Some(FINISHED.into());
                r
            }
            Triage::Refused(message) => {
                let mut r = p.result(Outcome::Invalid);
                r.error = Some(message);
                r
            }
        };
        results.emit(r)?;
    }
    Ok(pending)
}

/// What resolving a target needs: the plan (its defaults), whether irreversible operations are
/// confirmed, and the integrations looked up.
struct Ready<'a> {
    plan: &'a Plan,
    confirm: bool,
    looked_up: &'a HashMap<String, Result<AccountIntegration, Error>>,
}

impl Ready<'_> {
    /// Gives `p` the integration looked up for its account, when the plan names none: `Err`
    /// with the result of a target that cannot go on (the lookup failed, or the run was
    /// stopped first, or the spec does not know the integration and `auto` cannot choose).
    fn integration(&self, p: &mut Pending<'_>, stop: &Stop) -> Result<(), Box<TargetResult>> {
        if p.integration.is_some() {
            return Ok(());
        }
        let account = crate::ids::account_key(&p.target.integrated_account_id);
        match self.looked_up.get(&account) {
            Some(Ok(AccountIntegration::Known(i))) => p.integration = Some(*i),
            // The spec does not know the integration: the checks every integration shares,
            // and the result is flagged.
            Some(Ok(AccountIntegration::NotInSpec(name))) => {
                p.unknown_integration = Some(name.clone());
                if p.requested == AUTO {
                    return Err(p.ended(Outcome::Invalid, format!(
                        "the API says this account's integration is {name:?}, which this spec does not know, so `auto` cannot choose an operation: name one for this target (one of {})",
                        super::resolve::offboarding_operation_names()
                    )));
                }
            }
            Some(Err(e)) => {
                let outcome = match e {
                    Error::UnknownIntegration { .. } => Outcome::Invalid,
                    _ => Outcome::Failed,
                };
                let mut r = p.result(outcome);
                r.status = e.status();
                r.attempts = attempts_of(e);
                r.error = Some(format!("integrated account lookup: {e}"));
                return Err(Box::new(r));
            }
            // Not looked up: the run was stopped first.
            None if stop.is_stopped() => {
                return Err(p.ended(Outcome::Interrupted, INTERRUPTED.into()));
            }
            None => {}
        }
        Ok(())
    }

    /// The request of a target, with the journal's doubt about it; `Err` with the result of a
    /// target that is invalid, needs confirmation, or whose call the journal finished or an
    /// earlier target of the plan makes (`calls`: the first target of each call).
    fn request(
        &self,
        p: &Pending<'_>,
        journal: &Option<Mutex<Journal>>,
        calls: &mut HashMap<Key, usize>,
    ) -> Result<(Request, Option<String>), Box<TargetResult>> {
        let defaults = &self.plan.defaults.params;
        let request = match resolve(p.target, p.requested, p.integration, defaults, self.confirm) {
            Resolved::Invalid {
                operation,
                problems,
            } => {
                let mut r = p.result(Outcome::Invalid);
                r.operation = operation.map(str::to_string);
                r.error = Some(problems.join("; "));
                r.problems = problems;
                return Err(Box::new(r));
            }
            Resolved::NeedsConfirmation(request) => {
                let mut r = p.result(Outcome::NeedsConfirmation);
                r.operation = Some(request.offboarding.operation.to_string());
                r.error = Some(format!(
                    "{} is irreversible: confirm irreversible operations (--confirm-irreversible, or `confirm_irreversible: true` in the plan) to run it",
                    request.offboarding.operation
                ));
                return Err(Box::new(r));
            }
            Resolved::Ready(request) | Resolved::Unverified(request) => request,
        };
        // One call per user and operation, however the plan reached it (`auto` and a named
        // operation, an email and a user id).
        let operation = request.offboarding.operation;
        let (account, user) = (&p.target.integrated_account_id, &p.target.user_id);
        let refused = |outcome: Outcome, error: String| {
            let mut r = p.result(outcome);
            r.operation = Some(operation.to_string());
            r.error = Some(error);
            Err(Box::new(r))
        };
        if journal
            .as_ref()
            .is_some_and(|j| lock(j).finished_call(account, user, operation))
        {
            return refused(
                Outcome::Skipped,
                format!(
                    "the journal records this {operation} of the user as finished (by another target of the plan)"
                ),
            );
        }
        let first = *calls
            .entry(key(account, user, operation))
            .or_insert(p.index);
        if first != p.index {
            return refused(
                Outcome::Invalid,
                format!(
                    "the plan asks for this {operation} twice (targets[{first}] and targets[{}]); only the first is sent",
                    p.index
                ),
            );
        }
        let k = key(account, user, p.requested);
        let doubt = journal.as_ref().and_then(|j| lock(j).doubt(&k));
        Ok((request, doubt))
    }
}

impl Offboarder {
    /// A runner sending with `client`.
    pub fn new(client: Client, options: RunOptions) -> Offboarder {
        Offboarder { client, options }
    }

    /// Runs `plan`: every target ends with exactly one result, passed to `on_result` as it
    /// finishes (and recorded in the journal and audit log first). In phases: the people of
    /// email targets are found; the plan and the journal triage the targets; accounts without
    /// a named integration are looked up; each target is resolved and checked, and the ready
    /// ones are sent; every send is recorded as it ends.
    pub async fn run(
        &self,
        plan: &Plan,
        on_result: impl FnMut(&TargetResult),
    ) -> Result<Summary, RunError> {
        let confirm = self.options.confirm_irreversible || plan.confirm_irreversible;
        self.check_files()?;
        let mut journal = self.open_journal()?;
        let mut audit = self.open_audit(plan)?;
        let stop = self.options.stop.clone().unwrap_or_default();
        let expanded = self.find_people(plan, journal.as_mut(), &stop).await?;
        // From here on, the sends write to the journal too (what they send, before they do).
        let journal = journal.map(Mutex::new);
        let mut results = Results {
            journal: &journal,
            summary: Summary::default(),
            on_result,
        };
        for r in expanded.unresolved {
            results.emit(r)?;
        }
        let plan = &expanded.plan;
        let pending = triage_all(plan, &expanded.origin, &mut results)?;
        let looked_up = self.look_up(&pending, &stop).await;
        // As many sends at once as the client lets be in flight (so that a stop leaves the
        // others unsent).
        let gate = tokio::sync::Semaphore::new(
            self.client
                .in_flight_limit()
                .unwrap_or(tokio::sync::Semaphore::MAX_PERMITS)
                .min(tokio::sync::Semaphore::MAX_PERMITS),
        );
        let started = Started {
            gate: &gate,
            stop: &stop,
            journal: &journal,
        };
        let ready = Ready {
            plan,
            confirm,
            looked_up: &looked_up,
        };
        let sends = self.send_all(pending, &ready, &started, &mut results)?;
        self.record(sends, &mut audit, &stop, &mut results).await?;
        let mut summary = results.summary;
        summary.audit_head = audit.as_ref().and_then(|a| a.head().map(str::to_string));
        Ok(summary)
    }

    /// The journal, opened (`None` without one).
    fn open_journal(&self) -> Result<Option<Journal>, RunError> {
        let Some(path) = &self.options.journal else {
            return Ok(None);
        };
        Journal::open(path, self.client.base_url(), self.options.other_base_url_ok)
            .map(Some)
            .map_err(|error| RunError::opening(path, error))
    }

    /// Finds the people of email targets (or reuses the journal's searches); a stop ends the
    /// searches too.
    async fn find_people(
        &self,
        plan: &Plan,
        journal: Option<&mut Journal>,
        stop: &Stop,
    ) -> Result<Expanded, RunError> {
        let find = FindOptions {
            stop: Some(stop.clone()),
            ..self.options.find.clone()
        };
        super::people::expand(plan, &self.client, journal, &find, false)
            .await
            .map_err(|error| {
                RunError::write(&self.options.journal.clone().unwrap_or_default(), error)
            })
    }

    /// Resolves and checks every target of `pending`: the ready ones start sending (as the
    /// gate lets them), the others end here.
    fn send_all<'a, F: FnMut(&TargetResult)>(
        &'a self,
        pending: Vec<Pending<'a>>,
        ready: &Ready<'_>,
        started: &'a Started<'a>,
        results: &mut Results<'_, F>,
    ) -> Result<FuturesUnordered<impl Future<Output = Sent> + 'a>, RunError> {
        let sends = FuturesUnordered::new();
        let mut calls: HashMap<Key, usize> = HashMap::new();
        for mut p in pending {
            let request = ready
                .integration(&mut p, started.stop)
                .and_then(|()| ready.request(&p, started.journal, &mut calls));
            match request {
                Ok((request, doubt)) => sends.push(self.start(p, request, doubt, started)),
                Err(result) => results.emit(*result)?,
            }
        }
        Ok(sends)
    }

    /// Records every send as it ends: its audit record, then its result. Every call in flight
    /// finishes and is recorded; the first write that fails stops the run (nothing new is
    /// sent) and is the run's error once they have.
    async fn record<F: FnMut(&TargetResult)>(
        &self,
        mut sends: FuturesUnordered<impl Future<Output = Sent>>,
        audit: &mut Option<Audit>,
        stop: &Stop,
        results: &mut Results<'_, F>,
    ) -> Result<(), RunError> {
        let mut failure: Option<RunError> = None;
        while let Some(sent) = sends.next().await {
            let result = match sent {
                Sent::Done(result, record) => {
                    if let (Some(a), Some(record)) = (&mut *audit, record)
                        && let Err(error) = a.record(&record)
                    {
                        stop.stop();
                        failure.get_or_insert(RunError::write(
                            &self.options.audit.clone().unwrap_or_default(),
                            error,
                        ));
                    }
                    result
                }
                Sent::Not(result, error) => {
                    if let Some(error) = error {
                        failure.get_or_insert(error);
                    }
                    result
                }
            };
            if let Err(error) = results.emit(result) {
                stop.stop();
                failure.get_or_insert(error);
            }
        }
        failure.map_or(Ok(()), Err)
    }

    /// The audit log, opened with the run's anchor (`None` without one).
    fn open_audit(&self, plan: &Plan) -> Result<Option<Audit>, RunError> {
        let Some(path) = &self.options.audit else {
            return Ok(None);
        };
        let anchor = AuditAnchor {
            plan_sha256: self.options.plan_sha256.clone().unwrap_or_else(|| {
                super::append::sha256_hex(&serde_json::to_vec(plan).unwrap_or_default())
            }),
            started_at: now_rfc3339(),
            tool: format!("truto-user-directory {}", env!("CARGO_PKG_VERSION")),
        };
        Audit::open(path, &anchor)
            .map(Some)
            .map_err(|error| RunError::opening(path, error))
    }

    /// The integration of each account of `pending` that names none, looked up once per
    /// account (by its id in lower case); none is looked up after `stop`.
    async fn look_up(
        &self,
        pending: &[Pending<'_>],
        stop: &Stop,
    ) -> HashMap<String, Result<AccountIntegration, Error>> {
        let unknown: HashSet<String> = pending
            .iter()
            .filter(|p| p.integration.is_none())
            .map(|p| crate::ids::account_key(&p.target.integrated_account_id))
            .collect();
        futures_util::stream::iter(unknown)
            .map(|account| async move {
                let answer = tokio::select! {
                    biased;
                    () = stop.stopped() => None,
                    answer = account_integration(&self.client, &account) => Some(answer),
                };
                answer.map(|a| (account, a))
            })
            .buffer_unordered(self.options.lookups_in_flight.max(1))
            .filter_map(std::future::ready)
            .collect()
            .await
    }

    /// One ready target: it waits for a place in flight (unless the run was stopped by
    /// then), a target in doubt is read back before anything is sent again, and what is sent
    /// is journaled before it is (if it cannot be, nothing is sent and the run stops).
    async fn start<'a>(
        &'a self,
        p: Pending<'a>,
        request: Request,
        doubt: Option<String>,
        run: &'a Started<'a>,
    ) -> Sent {
        let place = tokio::select! {
            biased;
            () = run.stop.stopped() => None,
            place = run.gate.acquire() => place.ok(),
        };
        if place.is_none() || run.stop.is_stopped() {
            let mut r = p.result(Outcome::Interrupted);
            r.error = Some(INTERRUPTED.into());
            return Sent::Not(r, None);
        }
        let mut note = None;
        if let Some(why) = doubt {
            match self.look_at_doubt(&p, &request, &why, run.stop).await {
                Ok(seen) => note = Some(seen),
                Err(result) => return Sent::Done(*result, None),
            }
            // Stopped while the user was read: nothing is sent.
            if run.stop.is_stopped() {
                let mut r = p.result(Outcome::Interrupted);
                r.error = Some(INTERRUPTED.into());
                return Sent::Not(r, None);
            }
        }
        if let Some(j) = run.journal {
            let sending = Sending {
                integrated_account_id: p.target.integrated_account_id.clone(),
                user_id: p.target.user_id.clone(),
                requested: p.requested.to_string(),
                operation: request.offboarding.operation.to_string(),
                idempotent: request.endpoint.idempotent,
                at: now_rfc3339(),
            };
            let mut j = lock(j);
            if let Err(error) = j.record_sending(sending) {
                run.stop.stop();
                let mut r = p.result(Outcome::Interrupted);
                r.error = Some(format!(
                    "not sent: the journal cannot be written ({error}); the run stopped"
                ));
                return Sent::Not(r, Some(RunError::write(j.path(), error)));
            }
        }
        let (mut result, record) = self.send(p, request, run.stop).await;
        if let Some(seen) = note {
            result.note = Some(match result.note.take() {
                Some(more) => format!("{seen}; {more}"),
                None => seen,
            });
        }
        Sent::Done(result, record.map(Box::new))
    }

    /// A target the journal holds in doubt (an earlier run's call may have been applied): the
    /// user is read back first. The effect there: `already_done` (before this run touched
    /// it). Otherwise it is sent again when idempotent or `--resend-in-doubt` allows
    /// (`Ok`: what the read saw), and is `needs_confirmation` when not (`Err`: the result).
    async fn look_at_doubt(
        &self,
        p: &Pending<'_>,
        request: &Request,
        why: &str,
        stop: &Stop,
    ) -> Result<String, Box<TargetResult>> {
        let operation = request.offboarding.operation;
        let subject = p.subject(request, self.options.find.max_pages);
        let seen = match self.read_back(request, &subject, Some(stop)).await {
            ReadBack::Shown(verification) => {
                let mut r = p.result(Outcome::AlreadyDone);
                r.operation = Some(operation.to_string());
                r.note = Some(format!(
                    "in doubt: {why}; reading the user back shows the effect, so it was done before this run (by the earlier run's call): nothing was sent"
                ));
                r.verification = self.options.verify.is_some().then_some(verification);
                return Err(Box::new(r));
            }
            ReadBack::NotShown(seen) => format!("the user, read back, does not show it ({seen})"),
            ReadBack::Unknown(seen) => {
                format!("reading the user back could not tell whether it was applied ({seen})")
            }
        };
        if request.endpoint.idempotent || self.options.resend_in_doubt {
            return Ok(format!("in doubt: {why}; {seen}: sent again"));
        }
        let mut r = p.result(Outcome::NeedsConfirmation);
        r.operation = Some(operation.to_string());
        r.error = Some(format!(
            "in doubt: {why}; {seen}. {operation} is not idempotent, so it is not sent again unconfirmed: check the user, or re-send knowingly (--resend-in-doubt)"
        ));
        Err(Box::new(r))
    }

    /// Reads the user back once ([`read_back`]), within the run's search bounds (its pages and
    /// its deadline) and its stop.
    async fn read_back(
        &self,
        request: &Request,
        subject: &Subject<'_>,
        stop: Option<&Stop>,
    ) -> ReadBack {
        let limit = match self.options.find.account_deadline {
            d if d.is_zero() => super::find::DEFAULT_ACCOUNT_DEADLINE,
            d => d,
        };
        read_back(
            &self.client,
            request.offboarding.effect,
            subject,
            limit,
            stop,
        )
        .await
    }

    /// The plan, the journal and the audit log are three different files.
    fn check_files(&self) -> Result<(), RunError> {
        let o = &self.options;
        let files = [
            ("the plan", o.plan_file.as_deref()),
            ("the journal", o.journal.as_deref()),
            ("the audit log", o.audit.as_deref()),
        ];
        match shared_file(&files) {
            Some((what, other, path)) => Err(RunError {
                path: path.to_path_buf(),
                error: std::io::Error::new(
                    std::io::ErrorKind::InvalidInput,
                    format!(
                        "{other} is {what}: appending to it would destroy it; give each its own file"
                    ),
                ),
                kind: RunErrorKind::Refused,
            }),
            None => Ok(()),
        }
    }

    /// Sends one request until its effect is known (a lost answer is read back before
    /// anything is sent again: [`Offboarder::exchange`]): its result, and the audit record
    /// when the call may have changed something.
    async fn send(
        &self,
        mut p: Pending<'_>,
        request: Request,
        stop: &Stop,
    ) -> (TargetResult, Option<AuditRecord>) {
        p.started_at = now_rfc3339();
        let mut exchange = self.exchange(&p, &request, stop).await;
        let (request_id, body_hash) = evidence(&exchange.answer);
        let (outcome, status, error, confirmed_by) =
            judge(&mut exchange, &request, &p.target.user_id);
        let mut result = p.result(outcome);
        result.operation = Some(request.offboarding.operation.to_string());
        result.status = status;
        result.attempts = exchange.attempts;
        result.error = error;
        result.lost_answers = exchange.lost_answers;
        result.confirmed_by = confirmed_by;
        result.note = (!exchange.notes.is_empty()).then(|| exchange.notes.join("; "));
        result.request_id = request_id;
        result.response_sha256 = body_hash;
        let call_finished_at = result.finished_at.clone();
        if let (Outcome::Succeeded, Some(timeout)) = (outcome, self.options.verify) {
            // A read-back that showed the effect is the verification.
            result.verification = Some(match exchange.read_back.take() {
                Some(read) => read,
                None => {
                    let subject = p.subject(&request, self.options.find.max_pages);
                    let effect = request.offboarding.effect;
                    verify_until(&self.client, effect, &subject, timeout, Some(stop)).await
                }
            });
            result.finished_at = now_rfc3339();
        }
        let record = (exchange.attempts > 0)
            .then(|| audit_record(&result, request.endpoint, call_finished_at));
        (result, record)
    }

    /// Sends the call; when its answer is lost, reads the user back before anything else
    /// ([`Offboarder::after_lost`]). Nothing is read or sent again after `stop`.
    async fn exchange(&self, p: &Pending<'_>, request: &Request, stop: &Stop) -> Exchange {
        let subject = p.subject(request, self.options.find.max_pages);
        let mut exchange = Exchange {
            answer: Err(Error::Config("not sent".into())),
            attempts: 0,
            lost_answers: 0,
            read_back: None,
            notes: Vec::new(),
        };
        loop {
            let answer = self
                .client
                .send_fields_once_applied::<Value>(
                    request.endpoint,
                    WireField::fields(&request.fields),
                    p.integration,
                    Some(stop),
                )
                .await;
            exchange.attempts += match &answer {
                Ok(response) => response.attempts,
                Err(e) => attempts_of(e),
            };
            let lost = answer.as_ref().err().filter(|e| answer_lost(e));
            let Some(lost) = lost else {
                exchange.answer = answer;
                return exchange;
            };
            exchange.lost_answers += 1;
            let what = format!("the answer was lost ({lost})");
            let unreadable = matches!(lost, Error::Decode { .. });
            exchange.answer = answer;
            let lost = Lost { what, unreadable };
            if !self
                .after_lost(&mut exchange, &lost, request, &subject, stop)
                .await
            {
                return exchange;
            }
        }
    }

    /// After a lost answer: the effect read back ends the exchange (this run's change);
    /// otherwise the call is sent again (`true`, after the client's backoff), within the
    /// client's retries, only when the read showed the user without the effect, or could not
    /// tell and the call is idempotent. The notes say what happened.
    async fn after_lost(
        &self,
        exchange: &mut Exchange,
        lost: &Lost,
        request: &Request,
        subject: &Subject<'_>,
        stop: &Stop,
    ) -> bool {
        let what = &lost.what;
        if stop.is_stopped() {
            exchange.notes.push(format!(
                "{what}; the run was stopped, so the user was not read back and nothing was sent again: in doubt"
            ));
            return false;
        }
        let (seen, may_resend) = match self.read_back(request, subject, Some(stop)).await {
            ReadBack::Shown(read) => {
                exchange.notes.push(format!(
                    "{what}; reading the user back showed the effect: this run's change"
                ));
                exchange.read_back = Some(read);
                return false;
            }
            ReadBack::NotShown(seen) => (format!("read back: {seen}"), true),
            // Sent again without a read that tells: when that is safe, or knowingly.
            ReadBack::Unknown(seen) => (
                format!("reading the user back could not tell ({seen})"),
                request.endpoint.idempotent || self.options.resend_in_doubt,
            ),
        };
        if stop.is_stopped() {
            exchange.notes.push(format!(
                "{what}; {seen}; the run was stopped, so it was not sent again: in doubt"
            ));
            return false;
        }
        let retries_left = exchange.lost_answers <= self.client.retry_policy().max_retries;
        if lost.unreadable || !may_resend || !retries_left {
            let why = if lost.unreadable {
                "the API answered with a success that could not be read, so it is not sent again"
            } else if !may_resend {
                "not idempotent, so it is not sent again unconfirmed: in doubt; check the user (or re-send knowingly: --resend-in-doubt)"
            } else {
                "the retries are used up"
            };
            exchange.notes.push(format!("{what}; {seen}; {why}"));
            return false;
        }
        exchange.notes.push(format!("{what}; {seen}; sent again"));
        let wait = self.client.backoff(exchange.lost_answers);
        tokio::select! {
            biased;
            () = stop.stopped() => {
                exchange.notes.push("the run was stopped before it was sent again: in doubt".into());
                false
            }
            () = tokio::time::sleep(wait) => true,
        }
    }
}

/// A lost answer: what to say of it, and whether it was a success that could not be read.
struct Lost {
    what: String,
    unreadable: bool,
}

/// How a call ended, from its exchange: the outcome, the HTTP status, the error to show, and
/// how a change whose answer was lost was confirmed.
fn judge(
    exchange: &mut Exchange,
    request: &Request,
    user_id: &str,
) -> (Outcome, Option<u16>, Option<String>, Option<Confirmation>) {
    let lost = exchange.lost_answers > 0;
    let mut confirmed_by = exchange
        .read_back
        .is_some()
        .then_some(Confirmation::ReadBack);
    let (outcome, status, error) = match &exchange.answer {
        _ if confirmed_by.is_some() => (Outcome::Succeeded, exchange.answer_status(), None),
        // A success that describes another user says nothing sure about this one (nor about
        // what the call did): failed, and in doubt for the next run.
        Ok(response) => match answered_for_another(request.endpoint, response, user_id) {
            Some(e) => (Outcome::Failed, Some(response.status), Some(e.to_string())),
            None => (Outcome::Succeeded, Some(response.status), None),
        },
        Err(e) => {
            let remote = match e {
                Error::Api(a) | Error::RateLimited { error: a, .. } => {
                    a.envelope.as_ref().is_some_and(|v| v.truto_is_remote_error)
                }
                _ => false,
            };
            let already = matches!(e, Error::Api(_))
                && e.status()
                    .is_some_and(|s| request.offboarding.is_already_done(s, remote));
            let outcome = if matches!(e, Error::Stopped { .. }) && !lost {
                // Not sent, or not sent again after answers the server did not act on (a
                // 429, a refusal): nothing was applied.
                Outcome::Interrupted
            } else if already && lost {
                // This run's earlier call, whose answer was lost, did it.
                confirmed_by = Some(Confirmation::AlreadyDoneOnResend);
                exchange.notes.push(
                    "sent again, the API answered that it is already done: this run's earlier call did it".into(),
                );
                Outcome::Succeeded
            } else if already {
                Outcome::AlreadyDone
            } else if matches!(e, Error::Validation(_) | Error::UrlTooLong { .. }) {
                Outcome::Invalid
            } else {
                Outcome::Failed
            };
            let error = (outcome != Outcome::Succeeded).then(|| e.to_string());
            (outcome, e.status(), error)
        }
    };
    (outcome, status, error, confirmed_by)
}

/// The audit record of a call that was sent, from its result (`at`: when the call finished,
/// before any verification read).
fn audit_record(
    result: &TargetResult,
    endpoint: &crate::spec::EndpointSpec,
    at: String,
) -> AuditRecord {
    AuditRecord {
        at,
        integrated_account_id: result.integrated_account_id.clone(),
        integration: result.integration.clone(),
        unknown_integration: result.unknown_integration.clone(),
        user_id: result.user_id.clone(),
        operation: result.operation.clone().unwrap_or_default(),
        endpoint: endpoint.name.to_string(),
        method: endpoint.method.to_string(),
        outcome: result.outcome,
        http_status: result.status,
        request_id: result.request_id.clone(),
        response_sha256: result.response_sha256.clone(),
        attempts: result.attempts,
        lost_answers: (result.lost_answers > 0).then_some(result.lost_answers),
        confirmed_by: result.confirmed_by,
        verification: result.verification.as_ref().into(),
    }
}

/// The mismatch, when a success answer of `endpoint` is a user record that carries an id
/// other than `user_id` (one without an id, or no record, proves nothing either way).
fn answered_for_another(
    endpoint: &crate::spec::EndpointSpec,
    response: &crate::Response<Value>,
    user_id: &str,
) -> Option<Error> {
    let people = crate::PEOPLE.as_ref()?;
    if endpoint.response_model != people.model {
        return None;
    }
    // Only the unified model says which user it is; a raw body is the app's own (its `id` may
    // be a job's).
    let crate::Body::Typed(Some(record)) = &response.body else {
        return None;
    };
    let answered = crate::spec::id_at(record.as_ref(), people.id)?;
    (answered != user_id).then(|| Error::Mismatch {
        what: "user",
        asked: user_id.to_string(),
        answered: Some(answered),
        status: response.status,
    })
}

impl Exchange {
    /// The HTTP status of the last answer, when there was one.
    fn answer_status(&self) -> Option<u16> {
        match &self.answer {
            Ok(response) => Some(response.status),
            Err(e) => e.status(),
        }
    }
}
