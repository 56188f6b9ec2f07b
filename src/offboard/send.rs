//! Sending one ready target of a run: it waits for a place in flight, a target the journal
//! holds in doubt is read back first, what is sent is journaled before it is, and a lost
//! answer is read back before anything is sent again. One result per target, and the audit
//! record of a call that may have changed something.

use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Duration;

use serde_json::Value;

use crate::validate::WireField;
use crate::{Client, Error, Integration, Stop};

use super::audit::{AuditRecord, evidence};
use super::journal::{Journal, Sending, lock};
use super::plan::Target;
use super::resolve::Request;
use super::verify::{ReadBack, Subject, read_back, verify_until};
use super::{Confirmation, Outcome, TargetResult, now_rfc3339};

/// Why a target was not sent.
pub(super) const INTERRUPTED: &str = "the run was stopped before this target was sent: nothing was sent; re-run (with the same journal) to send it";

/// How a send ended: sent (a result, and its audit record when the call may have changed
/// something), or not sent (the run stopped; with the journal's write error when that is why).
pub(super) enum Sent {
    Done(TargetResult, Option<Box<AuditRecord>>),
    Not(TargetResult, Option<(PathBuf, std::io::Error)>),
}

/// A target before it is sent.
pub(super) struct Pending<'a> {
    /// The target's position in the plan (an email target's accounts share it).
    pub(super) index: usize,
    pub(super) target: &'a Target,
    pub(super) requested: &'a str,
    /// The email the user was found by.
    pub(super) email: Option<String>,
    pub(super) integration: Option<Integration>,
    /// The integration name the API gave, when this spec does not know it.
    pub(super) unknown_integration: Option<String>,
    pub(super) started_at: String,
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
    pub(super) fn ended(&self, outcome: Outcome, error: String) -> Box<TargetResult> {
        let mut r = self.result(outcome);
        r.error = Some(error);
        Box::new(r)
    }

    pub(super) fn result(&self, outcome: Outcome) -> TargetResult {
        TargetResult {
            integration: self.integration.map(|i| i.name().to_string()),
            unknown_integration: self.unknown_integration.clone(),
            email: self.email.clone(),
            started_at: self.started_at.clone(),
            ..TargetResult::unsent(
                self.index,
                self.target.integrated_account_id.clone(),
                self.target.user_id.clone(),
                self.requested.to_string(),
                outcome,
            )
        }
    }
}

pub(super) fn attempts_of(e: &Error) -> u32 {
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
pub(super) fn answer_lost(e: &Error) -> bool {
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
pub(super) struct Started<'a> {
    pub(super) gate: &'a tokio::sync::Semaphore,
    pub(super) stop: &'a Stop,
    pub(super) journal: &'a Option<Mutex<Journal>>,
}

/// Sends the ready targets of a run: the client, and the run's settings a send needs.
pub(super) struct Sender<'a> {
    pub(super) client: &'a Client,
    /// The most list pages a read-back reads.
    pub(super) max_pages: u32,
    /// How long a read-back may take.
    pub(super) read_deadline: Duration,
    /// How long verification may take (`None`: no verification).
    pub(super) verify: Option<Duration>,
    /// `--resend-in-doubt`.
    pub(super) resend_in_doubt: bool,
}

impl Sender<'_> {
    /// One ready target: it waits for a place in flight (unless the run was stopped by
    /// then), a target in doubt is read back before anything is sent again, and what is sent
    /// is journaled before it is (if it cannot be, nothing is sent and the run stops).
    pub(super) async fn start<'a>(
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
                return Sent::Not(r, Some((j.path().to_path_buf(), error)));
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
        let subject = p.subject(request, self.max_pages);
        let seen = match self.read_back(request, &subject, Some(stop)).await {
            ReadBack::Shown(verification) => {
                let mut r = p.result(Outcome::AlreadyDone);
                r.operation = Some(operation.to_string());
                r.note = Some(format!(
                    "in doubt: {why}; reading the user back shows the effect, so it was done before this run (by the earlier run's call): nothing was sent"
                ));
                r.verification = self.verify.is_some().then_some(verification);
                return Err(Box::new(r));
            }
            ReadBack::NotShown(seen) => format!("the user, read back, does not show it ({seen})"),
            ReadBack::Unknown(seen) => {
                format!("reading the user back could not tell whether it was applied ({seen})")
            }
        };
        if request.endpoint.idempotent || self.resend_in_doubt {
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
        read_back(
            self.client,
            request.offboarding.effect,
            subject,
            self.read_deadline,
            stop,
        )
        .await
    }

    /// Sends one request until its effect is known (a lost answer is read back before
    /// anything is sent again: [`Sender::exchange`]): its result, and the audit record
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
        if let (Outcome::Succeeded, Some(timeout)) = (outcome, self.verify) {
            // A read-back that showed the effect is the verification.
            result.verification = Some(match exchange.read_back.take() {
                Some(read) => read,
                None => {
                    let subject = p.subject(&request, self.max_pages);
                    let effect = request.offboarding.effect;
                    verify_until(self.client, effect, &subject, timeout, Some(stop)).await
                }
            });
            result.finished_at = now_rfc3339();
        }
        let record = (exchange.attempts > 0)
            .then(|| audit_record(&result, request.endpoint, call_finished_at));
        (result, record)
    }

    /// Sends the call; when its answer is lost, reads the user back before anything else
    /// ([`Sender::after_lost`]). Nothing is read or sent again after `stop`.
    async fn exchange(&self, p: &Pending<'_>, request: &Request, stop: &Stop) -> Exchange {
        let subject = p.subject(request, self.max_pages);
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
                request.endpoint.idempotent || self.resend_in_doubt,
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
            let remote = remote(e);
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

/// Whether an error answer is Truto saying the integration said so (`truto_is_remote_error`).
pub(super) fn remote(e: &Error) -> bool {
    match e {
        Error::Api(a) | Error::RateLimited { error: a, .. } => {
            a.envelope.as_ref().is_some_and(|v| v.truto_is_remote_error)
        }
        _ => false,
    }
}

/// The audit record of a call that was sent, from its result (`at`: when the call finished,
/// before any verification read).
pub(super) fn audit_record(
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
