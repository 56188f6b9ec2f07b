//! Removing access after the plan's operation (`revoke: [groups, role_assignments]`): wherever
//! the person was found, each group, role assignment, … their user record lists is removed with
//! the endpoint whose spec has that `revoke` section, one call and one result each. Each removal
//! is journaled before it is sent and its result as soon as it ends (a resumed run never sends
//! it again), audited, and verified by reading the user back (`--verify`). What an integration
//! cannot remove is said, with what is left.
//!
//! Nothing here names an endpoint, an integration or a field: the kinds of access, the user
//! record's fields that list them and the parameters that take their ids come from the spec.

use std::time::{Duration, Instant};

use serde_json::Value;

use crate::spec::{EndpointSpec, ListedBy, Revoke};
use crate::validate::WireField;
use crate::{Client, Error, Integration};

use super::access::{AccessReport, AccessSnapshot};
use super::audit::AuditRecord;
use super::journal::{Sending, lock};
use super::send::{Started, answer_lost, attempts_of, audit_record, remote};
use super::verify::{Subject, read_user, unread};
use super::{Outcome, RevokeOf, TargetResult, Verification, VerifyOutcome, now_rfc3339};

mod dry_run;
mod items;

pub(super) use dry_run::dry_run;
use items::{
    Item, answered_for_another, held_items, held_labels, holds, item_label, lacking, listed,
    operation, removal_fields,
};

/// What a removal is reported under (`requested`) in results and journals.
pub const REVOKE: &str = "revoke";

/// One person in one account whose access a run reads, and may remove.
#[derive(Debug, Clone)]
pub(super) struct Person {
    /// The plan target the person came from.
    pub(super) index: usize,
    pub(super) account: String,
    pub(super) user_id: String,
    pub(super) integration: Option<Integration>,
    pub(super) email: Option<String>,
    /// The endpoints of the access kinds the plan asks to remove, in the plan's order.
    pub(super) revokes: Vec<&'static EndpointSpec>,
}

/// The revoke endpoint of each access kind (names the plan has checked against the spec).
pub(super) fn revoke_endpoints(kinds: &[String]) -> Vec<&'static EndpointSpec> {
    kinds
        .iter()
        .filter_map(|k| {
            crate::ENDPOINTS
                .iter()
                .copied()
                .find(|e| e.revoke.is_some_and(|r| r.access == k))
        })
        .collect()
}

/// A read of the user's record: the record (`Ok(None)`: gone) or why it could not be read,
/// and its evidence.
pub(super) type Read = (Result<Option<Value>, String>, Verification);

impl Person {
    /// The person's access report, nothing read yet.
    fn report(&self) -> AccessReport {
        AccessReport {
            target: self.index,
            integrated_account_id: self.account.clone(),
            integration: self.integration.map(|i| i.name().to_string()),
            user_id: self.user_id.clone(),
            email: self.email.clone(),
            before: None,
            after: None,
            notes: Vec::new(),
        }
    }
}

/// Removes access, one person at a time, for a run.
pub(super) struct Revoker<'a> {
    pub(super) client: &'a Client,
    pub(super) started: &'a Started<'a>,
    /// How long a verification may take (`None`: no verification).
    pub(super) verify: Option<Duration>,
    /// How long one read may take.
    pub(super) read_deadline: Duration,
    /// The most list pages a read follows.
    pub(super) max_pages: u32,
    /// `--resend-in-doubt`.
    pub(super) resend_in_doubt: bool,
}

/// Where the results of removals go as they end: the journal, the audit log, the caller.
/// Its error (a file that could not be written) ends the run's removals.
pub(super) type Emit<'e, E> = dyn FnMut(TargetResult, Option<AuditRecord>) -> Result<(), E> + 'e;

impl Revoker<'_> {
    fn subject<'s>(&self, p: &'s Person) -> Subject<'s> {
        Subject {
            account: &p.account,
            integration: p.integration,
            user_id: &p.user_id,
            scope: &[],
            max_pages: self.max_pages,
        }
    }

    /// Reads the user's record once, within the read deadline and the run's stop.
    pub(super) async fn read(&self, p: &Person) -> Read {
        let subject = self.subject(p);
        let stop = self.started.stop;
        tokio::select! {
            biased;
            () = stop.stopped() => (Err("the run was stopped before the user was read".into()), unread()),
            read = tokio::time::timeout(self.read_deadline, read_user(self.client, &subject)) => match read {
                Ok(read) => read,
                Err(_) => (Err(format!("the read did not end within {} s", self.read_deadline.as_secs())), unread()),
            },
        }
    }

    /// The person's access: what `before` showed, each kind the plan asks for removed (unless
    /// `removed_by` says the plan's operation removed the user), and what a last read shows
    /// (`--verify`). Each removal's result goes to `emit` as it ends.
    pub(super) async fn person<E>(
        &self,
        p: &Person,
        before: Read,
        removed_by: Option<String>,
        emit: &mut Emit<'_, E>,
    ) -> Result<AccessReport, E> {
        let mut report = p.report();
        let record = match before {
            (Ok(record), read) => {
                report.before = Some(AccessSnapshot::of(record.as_ref(), &read));
                record
            }
            (Err(why), _) => {
                report
                    .notes
                    .push(format!("the user could not be read before the run: {why}"));
                None
            }
        };
        match (&removed_by, &record) {
            (Some(op), _) if !p.revokes.is_empty() => {
                report.notes.push(format!(
                    "{op} removed the user: no access of theirs is left to remove"
                ));
            }
            (None, Some(_)) => {
                let before = report
                    .before
                    .clone()
                    .unwrap_or_else(|| AccessSnapshot::of(None, &unread()));
                for &endpoint in &p.revokes {
                    if self.started.stop.is_stopped() {
                        report
                            .notes
                            .push("the run was stopped before this access was removed".into());
                        break;
                    }
                    self.kind(p, endpoint, &before, &mut report, emit).await?;
                }
            }
            (None, None)
                if !p.revokes.is_empty() && report.before.as_ref().is_some_and(|b| b.gone) =>
            {
                report
                    .notes
                    .push("the app says the user is gone: nothing to remove".into());
            }
            _ => {}
        }
        self.after(p, &mut report).await;
        Ok(report)
    }

    /// The user read once more at the end (`--verify`): the report's after.
    async fn after(&self, p: &Person, report: &mut AccessReport) {
        if self.verify.is_none() || self.started.stop.is_stopped() {
            return;
        }
        match self.read(p).await {
            (Ok(record), read) => report.after = Some(AccessSnapshot::of(record.as_ref(), &read)),
            (Err(why), _) => report
                .notes
                .push(format!("the user could not be read after the run: {why}")),
        }
    }

    /// Removes one kind of access: every item the record (or the kind's list) shows for the
    /// user, or a note saying why none can be.
    async fn kind<E>(
        &self,
        p: &Person,
        endpoint: &'static EndpointSpec,
        before: &AccessSnapshot,
        report: &mut AccessReport,
        emit: &mut Emit<'_, E>,
    ) -> Result<(), E> {
        let Some(revoke) = endpoint.revoke else {
            return Ok(());
        };
        let held = held_labels(before, &revoke);
        let left = if held.is_empty() {
            format!("the record lists no {}", revoke.user_field)
        } else {
            format!("still listed: {}", held.join(", "))
        };
        let app = p.integration.map_or("this integration", |i| i.name());
        if let Some(missing) = lacking(p, endpoint) {
            // Nothing listed, nothing known to be left: nothing to say.
            if !held.is_empty() {
                report.notes.push(format!(
                    "{}: {app} does not support {} (the spec), so they cannot be removed through the API: {left}",
                    revoke.access, missing.name
                ));
            }
            return Ok(());
        }
        let items = match revoke.listed_by {
            None => held_items(before, &revoke),
            Some(listed_by) => match self.listed(p, listed_by).await {
                Ok(items) => items,
                Err(e) => {
                    let missing = e
                        .status()
                        .is_some_and(|s| listed_by.endpoint.api.is_missing_method(s, remote(&e)));
                    let why = if missing {
                        format!("{app} has no {} method", listed_by.endpoint.name)
                    } else {
                        format!("{} failed: {e}", listed_by.endpoint.name)
                    };
                    report
                        .notes
                        .push(format!("{}: not removed ({why}): {left}", revoke.access));
                    return Ok(());
                }
            },
        };
        self.settle_orphans(p, &revoke, &items, before, emit)?;
        for (n, item) in items.iter().enumerate() {
            if self.started.stop.is_stopped() {
                report.notes.push(format!(
                    "{}: the run was stopped before {} of its removals were sent; re-run with the same journal to send them",
                    revoke.access,
                    items.len() - n
                ));
                break;
            }
            let result = self.item(p, endpoint, &revoke, item).await;
            emit(result.0, result.1)?;
        }
        Ok(())
    }

    async fn listed(&self, p: &Person, listed_by: ListedBy) -> Result<Vec<Item>, Error> {
        listed(self.client, self.max_pages, p, listed_by).await
    }
}

impl Revoker<'_> {
    /// A removal an earlier run sent without a result (its answer lost, or the run killed)
    /// whose item the record no longer lists: it was done — most likely by that call. Its
    /// result settles the doubt.
    fn settle_orphans<E>(
        &self,
        p: &Person,
        revoke: &Revoke,
        items: &[Item],
        before: &AccessSnapshot,
        emit: &mut Emit<'_, E>,
    ) -> Result<(), E> {
        let Some(journal) = self.started.journal else {
            return Ok(());
        };
        let sending = lock(journal)
            .sending_in_doubt(&p.account, &p.user_id)
            .cloned();
        let Some(sending) = sending else {
            return Ok(());
        };
        let prefix = format!("{}:", revoke.access);
        let Some(id) = sending.operation.strip_prefix(&prefix) else {
            return Ok(());
        };
        if items.iter().any(|i| i.id == id) {
            return Ok(());
        }
        let item = Item {
            id: id.to_string(),
            name: None,
            grants: None,
        };
        let mut r = self.result(p, revoke, &item, Outcome::AlreadyDone);
        r.note = Some(format!(
            "an earlier run sent this removal and its result was not recorded; the user record, read before this run, no longer lists it ({}): done, nothing was sent",
            if before.access.contains_key(revoke.user_field) {
                "absent"
            } else {
                "the record lists none"
            }
        ));
        emit(r, None)
    }

    /// The result of a removal, before anything is known of its call.
    fn result(&self, p: &Person, revoke: &Revoke, item: &Item, outcome: Outcome) -> TargetResult {
        TargetResult {
            integration: p.integration.map(|i| i.name().to_string()),
            operation: Some(operation(revoke, &item.id)),
            email: p.email.clone(),
            revoke: Some(RevokeOf {
                access: revoke.access.to_string(),
                item: item.id.clone(),
                name: item.name.clone(),
                grants: item.grants.clone(),
            }),
            ..TargetResult::unsent(
                p.index,
                p.account.clone(),
                p.user_id.clone(),
                REVOKE.into(),
                outcome,
            )
        }
    }

    /// One removal: skipped when the journal finished it, read back first when it is in
    /// doubt, journaled before it is sent, then judged, verified and audited.
    async fn item(
        &self,
        p: &Person,
        endpoint: &'static EndpointSpec,
        revoke: &Revoke,
        item: &Item,
    ) -> (TargetResult, Option<AuditRecord>) {
        let op = operation(revoke, &item.id);
        let mut r = self.result(p, revoke, item, Outcome::Skipped);
        let (finished, in_doubt) = match self.started.journal {
            Some(journal) => {
                let j = lock(journal);
                let doubt = j.sending_in_doubt(&p.account, &p.user_id);
                (
                    j.finished_call(&p.account, &p.user_id, &op),
                    doubt.is_some_and(|s| s.operation == op),
                )
            }
            None => (false, false),
        };
        if finished {
            r.error = Some("the journal records this removal as finished: not sent again".into());
            return (r, None);
        }
        if in_doubt {
            if let Some(ended) = self.doubt(p, endpoint, revoke, item, r.clone()).await {
                return (ended, None);
            }
            r.note = Some("in doubt (an earlier run sent it without a result); the user record still lists it: sent again".into());
        }
        if let Some(journal) = self.started.journal {
            let sending = Sending {
                integrated_account_id: p.account.clone(),
                user_id: p.user_id.clone(),
                requested: REVOKE.into(),
                operation: op.clone(),
                idempotent: endpoint.idempotent,
                at: now_rfc3339(),
            };
            if let Err(error) = lock(journal).record_sending(sending) {
                self.started.stop.stop();
                r.outcome = Outcome::Interrupted;
                r.error = Some(format!(
                    "not sent: the journal cannot be written ({error}); the run stopped"
                ));
                return (r, None);
            }
        }
        self.send(p, endpoint, revoke, item, r).await
    }

    /// A removal in doubt: the user read back. `Some` with the result when it ends here (the
    /// record no longer lists it: already done; it does and the call may not be re-sent:
    /// needs confirmation).
    async fn doubt(
        &self,
        p: &Person,
        endpoint: &'static EndpointSpec,
        revoke: &Revoke,
        item: &Item,
        mut r: TargetResult,
    ) -> Option<TargetResult> {
        let (seen, _) = self.read(p).await;
        let held = match &seen {
            Ok(Some(record)) => Some(holds(record, revoke, item)),
            Ok(None) => Some(false),
            Err(_) => None,
        };
        if held == Some(false) {
            r.outcome = Outcome::AlreadyDone;
            r.note = Some("in doubt (an earlier run sent it without a result); the user record no longer lists it: done, nothing was sent".into());
            return Some(r);
        }
        if endpoint.idempotent || self.resend_in_doubt {
            return None;
        }
        r.outcome = Outcome::NeedsConfirmation;
        r.error = Some(format!(
            "in doubt: an earlier run sent this removal without a result, and {}; {} is not idempotent, so it is not sent again unconfirmed: check the user, or re-send knowingly (--resend-in-doubt)",
            match seen {
                Err(why) => format!("the user could not be read back ({why})"),
                _ => "the user record still lists it".into(),
            },
            endpoint.name
        ));
        Some(r)
    }

    /// Sends one removal and judges its answer; a lost answer is read back, never re-sent
    /// blindly.
    async fn send(
        &self,
        p: &Person,
        endpoint: &'static EndpointSpec,
        revoke: &Revoke,
        item: &Item,
        mut r: TargetResult,
    ) -> (TargetResult, Option<AuditRecord>) {
        r.started_at = now_rfc3339();
        let fields = removal_fields(endpoint, revoke, p, &item.id);
        let answer = self
            .client
            .send_fields_once_applied::<Value>(
                endpoint,
                WireField::fields(&fields),
                p.integration,
                Some(self.started.stop),
            )
            .await;
        let (request_id, hash) = super::audit::evidence(&answer);
        r.request_id = request_id;
        r.response_sha256 = hash;
        r.attempts = match &answer {
            Ok(response) => response.attempts,
            Err(e) => attempts_of(e),
        };
        match &answer {
            Ok(response) => {
                r.status = Some(response.status);
                r.outcome = Outcome::Succeeded;
                // An answer about another record (a group, an assignment) proves nothing about
                // this one: failed, and read back on the next run.
                if let Some(other) = answered_for_another(response, &item.id) {
                    r.outcome = Outcome::Failed;
                    r.error = Some(format!(
                        "the API answered for {} {other}, not {}: nothing is known of this removal",
                        revoke.access, item.id
                    ));
                }
            }
            Err(e) => self.judge(p, revoke, item, e, &mut r).await,
        }
        r.finished_at = now_rfc3339();
        let at = r.finished_at.clone();
        if let (Outcome::Succeeded, Some(timeout)) = (r.outcome, self.verify) {
            r.verification = Some(self.verify_gone(p, revoke, item, timeout).await);
            r.finished_at = now_rfc3339();
        }
        let record = (r.attempts > 0).then(|| audit_record(&r, endpoint, at));
        (r, record)
    }

    /// An error answer: the integration has no such method (`unsupported`), the app says the
    /// membership or the user is gone (`already_done`), a lost answer read back, or a failure.
    async fn judge(
        &self,
        p: &Person,
        revoke: &Revoke,
        item: &Item,
        e: &Error,
        r: &mut TargetResult,
    ) {
        r.status = e.status();
        let status = e.status().unwrap_or_default();
        if matches!(e, Error::Api(_)) && crate::API.is_missing_method(status, remote(e)) {
            r.outcome = Outcome::Unsupported;
            r.error = Some(format!("{}: still listed: {}", e, item_label(item)));
            return;
        }
        if e.says_remote_not_found() {
            r.outcome = Outcome::AlreadyDone;
            r.note =
                Some("the app answered that it is not there (404 from the integration)".into());
            return;
        }
        if matches!(e, Error::Stopped { .. }) {
            r.outcome = Outcome::Interrupted;
            r.error = Some(super::send::INTERRUPTED.into());
            return;
        }
        if answer_lost(e) {
            r.lost_answers = 1;
            let (seen, read) = self.read(p).await;
            if let Ok(record) = &seen
                && !record.as_ref().is_some_and(|rec| holds(rec, revoke, item))
            {
                r.outcome = Outcome::Succeeded;
                r.confirmed_by = Some(super::Confirmation::ReadBack);
                r.note = Some(format!(
                    "the answer was lost ({e}); reading the user back showed it removed: this run's change"
                ));
                r.verification = Some(read);
                return;
            }
            r.note = Some(format!(
                "the answer was lost ({e}); the read-back does not show it removed: in doubt, not sent again"
            ));
        }
        r.outcome = if matches!(e, Error::Validation(_)) {
            Outcome::Invalid
        } else {
            Outcome::Failed
        };
        r.error = Some(e.to_string());
    }

    /// Reads the user back until the record no longer lists the item, or `timeout` runs out.
    async fn verify_gone(
        &self,
        p: &Person,
        revoke: &Revoke,
        item: &Item,
        timeout: Duration,
    ) -> Verification {
        let deadline = Instant::now() + timeout;
        let mut wait = Duration::from_millis(100);
        loop {
            let (seen, mut read) = self.read(p).await;
            read.outcome = VerifyOutcome::Unconfirmed;
            let note = match &seen {
                Ok(Some(record)) if !holds(record, revoke, item) => None,
                Ok(None) => None,
                Ok(Some(_)) => Some(format!(
                    "the user record still lists {} in {}",
                    item_label(item),
                    revoke.user_field
                )),
                Err(why) => Some(format!("the user could not be read back: {why}")),
            };
            read.note = note;
            if read.note.is_none() {
                read.outcome = VerifyOutcome::Verified;
                return read;
            }
            if Instant::now() + wait >= deadline || self.started.stop.is_stopped() {
                return read;
            }
            tokio::time::sleep(wait).await;
            wait = (wait * 2).min(Duration::from_secs(5));
        }
    }
}
