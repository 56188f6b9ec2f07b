//! Running a plan: lookups, checks, sends within the client's budget, one result per target.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::PathBuf;
use std::sync::Mutex;

use futures_util::stream::{FuturesUnordered, StreamExt};
use serde::Serialize;

use crate::client::{AccountIntegration, account_integration};
use crate::{Client, ClientBuilder, Error, Integration, RetryPolicy, Stop};

use super::append::shared_file;
use super::audit::{Audit, AuditAnchor};
use super::find::FindOptions;
use super::journal::{Journal, Key, key, lock};
use super::people::Expanded;
use super::plan::{AUTO, Plan, Target};
use super::resolve::{Request, Resolved, id_problems, resolve};
use super::revoke::{Person, Read, Revoker, revoke_endpoints};
use super::send::{INTERRUPTED, Pending, Sender, Sent, Started, attempts_of};
use super::{Outcome, TargetResult, now_rfc3339};

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
    /// Read each person's record before the run and (with `verify`) after it, for the
    /// report's access section ([`Summary::access`]), also where the plan removes no access
    /// (a plan that does always reads it). Costs one read per person, and one more with
    /// `verify`.
    pub read_access: bool,
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
            read_access: false,
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
    /// `unsupported` (removals of access the integration has no method for).
    pub unsupported: usize,
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
    /// Per person and account, what their record showed before and after the run (with
    /// `revoke` or `--verify`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub access: Vec<super::AccessReport>,
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
            Outcome::Unsupported => &mut self.unsupported,
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
        self.succeeded + self.already_done + self.skipped + self.not_found + self.unsupported
            == self.targets
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

/// Where the results of a run go, in this order: the journal, the summary, the caller.
struct Results<'j, F> {
    journal: &'j Option<Mutex<Journal>>,
    summary: Summary,
    on_result: F,
    /// The users a plan operation removed (account in lower case, user) → the operation.
    removed: HashMap<(String, String), String>,
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
        if let Some(op) = removed_by(&result) {
            let who = (
                crate::ids::account_key(&result.integrated_account_id),
                result.user_id.clone(),
            );
            self.removed.insert(who, op.to_string());
        }
        (self.on_result)(&result);
        written
    }

    /// The plan operation that removed the user of `p`, if one did.
    fn removed(&self, p: &Person) -> Option<String> {
        self.removed
            .get(&(crate::ids::account_key(&p.account), p.user_id.clone()))
            .cloned()
    }
}

/// The operation of a result that removed its user (done, with an operation whose effect is
/// to remove), if it is one.
fn removed_by(result: &TargetResult) -> Option<&str> {
    let op = result.operation.as_deref()?;
    let done = matches!(
        result.outcome,
        Outcome::Succeeded | Outcome::AlreadyDone | Outcome::Skipped
    );
    let removes = super::operations()
        .iter()
        .any(|(_, o)| o.operation == op && o.effect == crate::spec::Effect::Removes);
    (result.revoke.is_none() && done && removes).then_some(op)
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

    /// Resolves and checks every target of `pending`: the ready ones start sending (as the
    /// gate lets them), the others end here.
    fn send_all<'a, F: FnMut(&TargetResult)>(
        &self,
        sender: &'a Sender<'a>,
        pending: Vec<Pending<'a>>,
        started: &'a Started<'a>,
        results: &mut Results<'_, F>,
    ) -> Result<FuturesUnordered<impl Future<Output = Sent> + 'a>, RunError> {
        let sends = FuturesUnordered::new();
        let mut calls: HashMap<Key, usize> = HashMap::new();
        for mut p in pending {
            let request = self
                .integration(&mut p, started.stop)
                .and_then(|()| self.request(&p, started.journal, &mut calls));
            match request {
                Ok((request, doubt)) => sends.push(sender.start(p, request, doubt, started)),
                Err(result) => results.emit(*result)?,
            }
        }
        Ok(sends)
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
            removed: HashMap::new(),
        };
        for r in expanded.unresolved {
            results.emit(r)?;
        }
        let plan = &expanded.plan;
        let pending = triage_all(plan, &expanded.origin, &mut results)?;
        let looked_up = self.look_up(&pending, &stop).await;
        let people = self.people(plan, &expanded.origin, &looked_up, &journal);
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
        let revoker = self.revoker(&started);
        // What each person's record shows before anything is sent.
        let before: Vec<Read> = futures_util::stream::iter(&people)
            .map(|p| revoker.read(p))
            .buffered(self.options.lookups_in_flight.max(1))
            .collect()
            .await;
        let sender = self.sender();
        let sends = ready.send_all(&sender, pending, &started, &mut results)?;
        self.record(sends, &mut audit, &stop, &mut results).await?;
        for (person, before) in people.iter().zip(before) {
            let removed_by = results.removed(person);
            let report = {
                let mut emit = |result: TargetResult, record: Option<super::audit::AuditRecord>| {
                    if let (Some(a), Some(record)) = (&mut audit, record) {
                        a.record(&record).map_err(|error| {
                            stop.stop();
                            RunError::write(&self.options.audit.clone().unwrap_or_default(), error)
                        })?;
                    }
                    results.emit(result)
                };
                revoker
                    .person(person, before, removed_by, &mut emit)
                    .await?
            };
            results.summary.access.push(report);
        }
        let mut summary = results.summary;
        summary.audit_head = audit.as_ref().and_then(|a| a.head().map(str::to_string));
        Ok(summary)
    }

    /// What sending a ready target needs of the client and the options.
    fn sender(&self) -> Sender<'_> {
        Sender {
            client: &self.client,
            max_pages: self.options.find.max_pages,
            read_deadline: match self.options.find.account_deadline {
                d if d.is_zero() => super::find::DEFAULT_ACCOUNT_DEADLINE,
                d => d,
            },
            verify: self.options.verify,
            resend_in_doubt: self.options.resend_in_doubt,
        }
    }

    /// What removing access needs of the client, the options and the run.
    fn revoker<'a>(&'a self, started: &'a Started<'a>) -> Revoker<'a> {
        Revoker {
            client: &self.client,
            started,
            verify: self.options.verify,
            read_deadline: match self.options.find.account_deadline {
                d if d.is_zero() => super::find::DEFAULT_ACCOUNT_DEADLINE,
                d => d,
            },
            max_pages: self.options.find.max_pages,
            resend_in_doubt: self.options.resend_in_doubt,
        }
    }

    /// The people whose access the run reads: each user of the plan (once per account) whose
    /// target asks to revoke access, or all of them with `read_access`.
    fn people(
        &self,
        plan: &Plan,
        origin: &[(usize, Option<String>)],
        looked_up: &HashMap<String, Result<AccountIntegration, Error>>,
        journal: &Option<Mutex<Journal>>,
    ) -> Vec<Person> {
        let every = self.options.read_access;
        let mut people: Vec<Person> = Vec::new();
        for (position, target) in plan.targets.iter().enumerate() {
            let kinds = plan.revoke_of(target);
            if (kinds.is_empty() && !every) || target.user_id.trim().is_empty() {
                continue;
            }
            let account = crate::ids::account_key(&target.integrated_account_id);
            if people.iter().any(|p| {
                crate::ids::account_key(&p.account) == account && p.user_id == target.user_id
            }) {
                continue;
            }
            let finished = journal.as_ref().and_then(|j| {
                let k = key(
                    &target.integrated_account_id,
                    &target.user_id,
                    plan.operation_of(target),
                );
                lock(j).finished_with(&k).and_then(|(i, _)| i.clone())
            });
            let integration = target
                .integration
                .as_deref()
                .or(finished.as_deref())
                .and_then(|n| Integration::lookup(n).ok())
                .or(match looked_up.get(&account) {
                    Some(Ok(AccountIntegration::Known(i))) => Some(*i),
                    _ => None,
                });
            let (index, email) = origin[position].clone();
            people.push(Person {
                index,
                account: target.integrated_account_id.clone(),
                user_id: target.user_id.clone(),
                integration,
                email,
                revokes: revoke_endpoints(kinds),
            });
        }
        people
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
                    if let Some((path, error)) = error {
                        failure.get_or_insert(RunError::write(&path, error));
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
                    answer = account_integration(&self.client, &crate::API, &account) => Some(answer),
                };
                answer.map(|a| (account, a))
            })
            .buffer_unordered(self.options.lookups_in_flight.max(1))
            .filter_map(std::future::ready)
            .collect()
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
}
