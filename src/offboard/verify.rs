//! Verifying a mutating call: re-reading the user until the effect the spec promises is seen.
//!
//! The read is the people model's get endpoint ([`get_endpoint`]) or, for an integration
//! without one, its list ([`list_endpoint`]), paged through until the user's id turns up. What
//! is checked comes from the operation's `offboarding.effect`:
//!
//! - [`Effect::SetsStatus`]: the user's status (at the spec's `people.status` path) is that
//!   status;
//! - [`Effect::Removes`]: the user is gone (the get answers 404, or the list no longer has the
//!   id);
//! - [`Effect::Downgrades`]: the user still exists. The spec does not say which of the user's
//!   fields a downgrade lowers (a role, a license, by integration), so a downgrade is verified
//!   by the user still existing and the call's own success.
//!
//! Reads are retried with backoff (250 ms, doubling, at most 2 s apart) until the timeout.
//! Nothing here names an endpoint, a field or an integration.

use std::time::Duration;

use serde_json::Value;
use tokio::time::Instant;

use crate::spec::{EndpointSpec, ParamRole, People, text_at};
use crate::validate::{Field, FieldValue, WireField};
use crate::{ApiErrorKind, Body, Client, Error, Integration, Response};

use super::find::{get_endpoint, list_endpoint};
use super::journal::evidence;
use super::{Verification, VerifyOutcome, now_rfc3339};
use crate::spec::Effect;

/// The first wait between reads.
const FIRST_WAIT: Duration = Duration::from_millis(250);
/// The longest wait between reads.
const LONGEST_WAIT: Duration = Duration::from_secs(2);

/// What one read saw.
enum Seen {
    /// The user, with the status the read reported.
    User(Option<String>),
    /// No such user.
    Gone,
    /// The read failed; `lasting` when reading again will not help.
    Failed { message: String, lasting: bool },
}

/// How the user is read back.
#[derive(Clone, Copy)]
enum Reader {
    Get(&'static EndpointSpec),
    List(&'static EndpointSpec),
}

impl Reader {
    /// The get endpoint when the integration supports it (or is not known), else the list.
    fn choose(integration: Option<Integration>) -> Option<Reader> {
        let supported = |e: &&'static EndpointSpec| integration.is_none_or(|i| e.supports(i));
        get_endpoint()
            .filter(supported)
            .map(Reader::Get)
            .or_else(|| list_endpoint().filter(supported).map(Reader::List))
    }
}

/// Re-reads user `user_id` of integrated account `account` until it shows `effect`, or
/// `timeout` (reads and waits together) runs out: `verified`, or `unconfirmed` with what the
/// last read saw. `unconfirmed` with a [`note`](Verification::note) when the user cannot be
/// read at all (no get or list for the integration) or a read fails in a way that will not
/// change (a refused token, missing permissions, a rejected request).
///
/// A downgrade is verified by the user still existing (and the call's own success): the spec
/// says nothing generic about which field a downgrade lowers.
pub async fn verify(
    client: &Client,
    effect: Effect,
    account: &str,
    integration: Option<Integration>,
    user_id: &str,
    scope: &[WireField],
    timeout: Duration,
) -> Verification {
    let mut verification = Verification {
        outcome: VerifyOutcome::Unconfirmed,
        observed_status: None,
        status: None,
        request_id: None,
        response_sha256: None,
        reads: 0,
        at: now_rfc3339(),
        note: None,
    };
    let Some(people) = crate::PEOPLE.as_ref() else {
        verification.note = Some(
            "spec/common.yaml has no `people` section: the user's state cannot be read".into(),
        );
        return verification;
    };
    let Some(reader) = Reader::choose(integration) else {
        verification.note = Some(format!(
            "the spec has no get or list of users for {}: the effect cannot be read back",
            integration.map_or("this integration", |i| i.name())
        ));
        return verification;
    };
    // A timeout past what the clock can add is as good as a day.
    let deadline = Instant::now()
        .checked_add(timeout)
        .unwrap_or_else(|| Instant::now() + Duration::from_secs(86_400));
    let mut wait = FIRST_WAIT;
    loop {
        let subject = Subject {
            account,
            integration,
            user_id,
            scope,
        };
        let read = read(client, reader, people, &subject, &mut verification);
        let seen = match tokio::time::timeout_at(deadline, read).await {
            Ok(seen) => seen,
            Err(_) => {
                verification.note = Some(format!(
                    "the read did not answer within the timeout ({} ms)",
                    timeout.as_millis()
                ));
                return verification;
            }
        };
        verification.at = now_rfc3339();
        let (shown, note) = match seen {
            Seen::User(status) => {
                let shown = match effect {
                    Effect::SetsStatus(s) => status.as_deref() == Some(s),
                    Effect::Removes => false,
                    Effect::Downgrades => true,
                };
                let note = match effect {
                    Effect::Removes => "the user still exists".to_string(),
                    _ => format!(
                        "the user's status is {}",
                        status
                            .as_deref()
                            .map_or("not reported".into(), |s| format!("{s:?}"))
                    ),
                };
                verification.observed_status = status;
                (shown, note)
            }
            Seen::Gone => {
                verification.observed_status = None;
                (effect == Effect::Removes, "the user is gone".to_string())
            }
            Seen::Failed { message, lasting } => {
                if lasting {
                    verification.note = Some(format!("the read failed: {message}"));
                    return verification;
                }
                (false, format!("the last read failed: {message}"))
            }
        };
        if shown {
            verification.outcome = VerifyOutcome::Verified;
            // What a downgrade takes away is not in the unified model: say what was read.
            verification.note = (effect == Effect::Downgrades).then(|| {
                "the user still exists; the seat or role a downgrade removes is not in the unified model, so only the call's success and the user's existence were checked".to_string()
            });
            return verification;
        }
        verification.note = Some(format!("not seen before the timeout: {note}"));
        let now = Instant::now();
        if now >= deadline {
            return verification;
        }
        tokio::time::sleep_until(deadline.min(now + wait)).await;
        if Instant::now() >= deadline {
            return verification;
        }
        wait = (wait * 2).min(LONGEST_WAIT);
    }
}

/// The user a read is about, and the mutating call's parameters it may need.
#[derive(Clone, Copy)]
struct Subject<'a> {
    account: &'a str,
    integration: Option<Integration>,
    user_id: &'a str,
    scope: &'a [WireField],
}

/// One read: a get, or the list's pages up to the user's id. Records the last answer's HTTP
/// status, request id and body hash in `verification`, and counts the requests.
async fn read(
    client: &Client,
    reader: Reader,
    people: &People,
    subject: &Subject<'_>,
    verification: &mut Verification,
) -> Seen {
    let Subject {
        account,
        integration,
        user_id,
        scope,
    } = *subject;
    match reader {
        Reader::Get(get) => {
            verification.reads += 1;
            let answer = client
                .send_fields::<Value>(get, fields(get, account, Some(user_id), scope), integration)
                .await;
            record(verification, &answer);
            match answer {
                Ok(response) => match response.body {
                    Body::Typed(Some(user)) => Seen::User(text_at(&user, people.status)),
                    Body::Json(user) => Seen::User(text_at(&user, people.status)),
                    _ => Seen::User(None),
                },
                Err(e) if is_gone(&e) => Seen::Gone,
                Err(e) => failed(&e),
            }
        }
        Reader::List(list) => {
            let mut pages = client
                .pages_of_fields::<Value>(list, fields(list, account, None, scope), integration)
                .max_pages(crate::DEFAULT_MAX_PAGES);
            while let Some(page) = pages.next_page().await {
                verification.reads += 1;
                record(verification, &page);
                let page = match page {
                    Ok(page) => page,
                    Err(e) => return failed(&e),
                };
                let Body::Typed(Some(page)) = page.body else {
                    continue;
                };
                if let Some(user) = page
                    .items
                    .iter()
                    .find(|u| text_at(u, people.id).as_deref() == Some(user_id))
                {
                    return Seen::User(text_at(user, people.status));
                }
            }
            Seen::Gone
        }
    }
}

/// The fields of a read: the account, the user (a get's), and nothing else.
/// The read's fields: the account, the user, and the mutating call's parameters the read
/// endpoint has too (a workspace or organization an integration scopes its users by).
fn fields<'a>(
    endpoint: &'static EndpointSpec,
    account: &'a str,
    user_id: Option<&'a str>,
    scope: &'a [WireField],
) -> Vec<Field<'a>> {
    endpoint
        .parameters
        .iter()
        .filter_map(|p| {
            let value = match p.role {
                Some(ParamRole::IntegratedAccount) => FieldValue::Text(account),
                Some(ParamRole::User) => FieldValue::Text(user_id?),
                Some(_) => return None,
                None => FieldValue::Json(&scope.iter().find(|f| f.spec.name == p.name)?.value),
            };
            Some(Field { spec: p, value })
        })
        .collect()
}

/// Records an answer's HTTP status, request id and body hash.
fn record<T>(verification: &mut Verification, answer: &Result<Response<T>, Error>) {
    let (request_id, hash) = evidence(answer);
    verification.status = match answer {
        Ok(r) => Some(r.status),
        Err(e) => e.status(),
    };
    verification.request_id = request_id;
    verification.response_sha256 = hash;
}

/// A 404 that is not Truto's own (an envelope flagged as not the integration's would be an
/// unknown account, not a missing user).
fn is_gone(e: &Error) -> bool {
    match e {
        Error::Api(a) => {
            a.status == 404
                && a.envelope
                    .as_ref()
                    .is_none_or(|env| env.truto_is_remote_error)
        }
        _ => false,
    }
}

fn failed(e: &Error) -> Seen {
    let lasting = match e {
        // A redirect or an oversized answer would come again: the base URL or a proxy is wrong.
        Error::Validation(_)
        | Error::Config(_)
        | Error::UnknownIntegration { .. }
        | Error::Redirect { .. }
        | Error::BodyTooLarge { .. }
        | Error::UrlTooLong { .. } => true,
        Error::Api(a) => matches!(
            a.kind,
            ApiErrorKind::BadRequest
                | ApiErrorKind::BadToken
                | ApiErrorKind::NeedsReauth
                | ApiErrorKind::Forbidden
                | ApiErrorKind::AccountBlocked
        ),
        _ => false,
    };
    Seen::Failed {
        message: e.to_string(),
        lasting,
    }
}
