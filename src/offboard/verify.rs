//! Verifying a mutating call: re-reading the user until the effect the spec promises is seen.
//!
//! The read is the people model's get endpoint ([`get_endpoint`]) or, for an integration
//! without one, its list ([`list_endpoint`]), paged through until the user's id turns up. What
//! is checked comes from the operation's `offboarding.effect`, and only what the server proved
//! counts:
//!
//! - [`Effect::SetsStatus`]: a record that carries the user's own id (at the spec's
//!   `people.id`) shows that status (at `people.status`). A record of another user, or one
//!   without an id, proves nothing.
//! - [`Effect::Removes`]: the app says the user is gone — a 404 carrying Truto's remote-error
//!   envelope (`truto_is_remote_error`), not a proxy's page or Truto's own 404 — or a list read
//!   to its end, whose items all carry ids, does not hold the user's id.
//! - [`Effect::Downgrades`]: never verified. The unified model does not show the seat or role a
//!   downgrade lowers, so a read can only say the user still exists: `unconfirmed`, saying so.
//!
//! Everything else is `unconfirmed`, with what the last read saw. Reads are retried with
//! backoff (250 ms, doubling, at most 2 s apart) until the timeout. The same read, made once,
//! tells whether a call whose answer was lost took effect ([`read_back`]). Nothing here names
//! an endpoint, a field or an integration.

use std::time::Duration;

use serde_json::Value;
use tokio::time::Instant;

use crate::spec::{EndpointSpec, ParamRole, People, id_at, text_at};
use crate::validate::{Field, FieldValue, WireField};
use crate::{ApiErrorKind, Body, Client, Error, Integration, Response};

use super::audit::evidence;
use super::find::{get_endpoint, list_endpoint};
use super::{Verification, VerifyOutcome, now_rfc3339};
use crate::Stop;
use crate::spec::Effect;

/// The first wait between reads.
const FIRST_WAIT: Duration = Duration::from_millis(250);
/// The longest wait between reads.
const LONGEST_WAIT: Duration = Duration::from_secs(2);

/// What one read saw.
enum Seen {
    /// The user asked for (the record carries its id): its record.
    User(Box<Value>),
    /// The app says the user is gone, or a whole list of identified users does not hold it.
    Gone,
    /// The read cannot say: why, and whether reading again will not help.
    Unknown { note: String, lasting: bool },
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

/// The user a read is about, and the mutating call's parameters it may need.
#[derive(Clone, Copy)]
pub(crate) struct Subject<'a> {
    /// The integrated account.
    pub account: &'a str,
    /// Its integration, when known.
    pub integration: Option<Integration>,
    /// The user.
    pub user_id: &'a str,
    /// The mutating call's fields: those the read endpoint has too scope the read.
    pub scope: &'a [WireField],
    /// The most list pages one read follows (where the user is read from the list).
    pub max_pages: u32,
}

/// What a look at the user says about the promised effect.
struct Look {
    /// The effect is there.
    shown: bool,
    /// What was seen, as a person reads it.
    note: String,
    /// Reading again will not change what it says.
    lasting: bool,
    /// The read told the user's state (its own record, or the app saying it is gone).
    told: bool,
}

/// A verification that has read nothing yet.
pub(super) fn unread() -> Verification {
    Verification {
        outcome: VerifyOutcome::Unconfirmed,
        observed_status: None,
        status: None,
        request_id: None,
        response_sha256: None,
        reads: 0,
        at: now_rfc3339(),
        note: None,
    }
}

/// One look at the user: what the read says about `effect`, its evidence recorded in
/// `verification`. `None` with a note when the user cannot be read at all.
async fn look(
    client: &Client,
    effect: Effect,
    subject: &Subject<'_>,
    verification: &mut Verification,
) -> Option<Look> {
    let Some(people) = crate::PEOPLE.as_ref() else {
        verification.note = Some(
            "spec/common.yaml has no `people` section: the user's state cannot be read".into(),
        );
        return None;
    };
    let Some(reader) = Reader::choose(subject.integration) else {
        verification.note = Some(format!(
            "the spec has no get or list of users for {}: the effect cannot be read back",
            subject.integration.map_or("this integration", |i| i.name())
        ));
        return None;
    };
    let seen = read(client, reader, people, subject, verification).await;
    verification.at = now_rfc3339();
    Some(match seen {
        Seen::User(record) => {
            let status = text_at(&record, people.status);
            let described = status
                .as_deref()
                .map_or("not reported".into(), |s| format!("{s:?}"));
            verification.observed_status = status.clone();
            match effect {
                Effect::SetsStatus(s) => Look {
                    shown: status.as_deref() == Some(s),
                    note: format!("the user's status is {described}"),
                    lasting: false,
                    told: true,
                },
                Effect::Removes => Look {
                    shown: false,
                    note: "the user still exists".into(),
                    lasting: false,
                    told: true,
                },
                // What a downgrade takes away is not in the unified model: say what was read.
                Effect::Downgrades => Look {
                    shown: false,
                    note: format!(
                        "the user exists (status {described}); the seat or role a downgrade removes is not in the unified model, so its effect cannot be read back: check it in the app"
                    ),
                    lasting: true,
                    told: true,
                },
            }
        }
        Seen::Gone => {
            verification.observed_status = None;
            Look {
                shown: effect == Effect::Removes,
                note: "the user is gone".into(),
                lasting: false,
                told: true,
            }
        }
        Seen::Unknown { note, lasting } => Look {
            shown: false,
            note,
            lasting,
            told: false,
        },
    })
}

/// Re-reads user `user_id` of integrated account `account` until it shows `effect`, or
/// `timeout` (reads and waits together) runs out: `verified`, or `unconfirmed` with what the
/// last read saw. `unconfirmed` with a [`note`](Verification::note) when the user cannot be
/// read at all (no get or list for the integration), a read fails in a way that will not
/// change (a refused token, missing permissions, a rejected request), or the effect is one a
/// read cannot show (a downgrade).
pub async fn verify(
    client: &Client,
    effect: Effect,
    account: &str,
    integration: Option<Integration>,
    user_id: &str,
    scope: &[WireField],
    timeout: Duration,
) -> Verification {
    let subject = Subject {
        account,
        integration,
        user_id,
        scope,
        max_pages: crate::DEFAULT_MAX_PAGES,
    };
    verify_until(client, effect, &subject, timeout, None).await
}

/// [`verify`], reading nothing more once `stop` is given (the verification then ends
/// `unconfirmed`, saying so).
pub(crate) async fn verify_until(
    client: &Client,
    effect: Effect,
    subject: &Subject<'_>,
    timeout: Duration,
    stop: Option<&Stop>,
) -> Verification {
    let mut verification = unread();
    // A timeout past what the clock can add is as good as a day.
    let deadline = Instant::now()
        .checked_add(timeout)
        .unwrap_or_else(|| Instant::now() + Duration::from_secs(86_400));
    let mut wait = FIRST_WAIT;
    loop {
        let looked = tokio::select! {
            biased;
            () = Stop::of(stop) => {
                verification.note = Some(format!(
                    "the run was stopped before the effect was read back{}",
                    verification.note.as_deref().map(|n| format!(" ({n})")).unwrap_or_default()
                ));
                return verification;
            }
            looked = tokio::time::timeout_at(deadline, look(client, effect, subject, &mut verification)) => looked,
        };
        let look = match looked {
            Ok(Some(look)) => look,
            Ok(None) => return verification,
            Err(_) => {
                verification.note = Some(format!(
                    "the read did not answer within the timeout ({} ms)",
                    timeout.as_millis()
                ));
                return verification;
            }
        };
        if look.shown {
            verification.outcome = VerifyOutcome::Verified;
            verification.note = None;
            return verification;
        }
        if look.lasting {
            verification.note = Some(look.note);
            return verification;
        }
        verification.note = Some(format!("not seen before the timeout: {}", look.note));
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

/// Reads the user once (a get, or the list up to the user): its record (`Ok(Some)`), gone
/// (`Ok(None)`: the app says so), or why it cannot be told (`Err`); with the read's evidence.
pub(crate) async fn read_user(
    client: &Client,
    subject: &Subject<'_>,
) -> (Result<Option<Value>, String>, Verification) {
    let mut verification = unread();
    let Some(people) = crate::PEOPLE.as_ref() else {
        let why = "spec/common.yaml has no `people` section: the user cannot be read";
        return (Err(why.into()), verification);
    };
    let Some(reader) = Reader::choose(subject.integration) else {
        let why = format!(
            "the spec has no get or list of users for {}",
            subject.integration.map_or("this integration", |i| i.name())
        );
        return (Err(why), verification);
    };
    let seen = read(client, reader, people, subject, &mut verification).await;
    verification.at = now_rfc3339();
    let seen = match seen {
        Seen::User(record) => {
            verification.observed_status = text_at(&record, people.status);
            verification.outcome = VerifyOutcome::Verified;
            Ok(Some(*record))
        }
        Seen::Gone => Ok(None),
        Seen::Unknown { note, .. } => Err(note),
    };
    (seen, verification)
}

/// What reading the user back once says about a call whose answer was lost.
pub(crate) enum ReadBack {
    /// The effect is there: the call took effect. The read's evidence.
    Shown(Verification),
    /// The user was read, and the effect is not there (yet): what was seen.
    NotShown(String),
    /// The read cannot say whether the call took effect: why.
    Unknown(String),
}

/// Reads the user once, to tell whether a call whose answer was lost took effect: the same
/// proof as [`verify`] (the user's own record with the promised status, or the app saying it
/// is gone). The read ends within `limit`, and at once when `stop` is given: the read could
/// not tell, then.
pub(crate) async fn read_back(
    client: &Client,
    effect: Effect,
    subject: &Subject<'_>,
    limit: Duration,
    stop: Option<&Stop>,
) -> ReadBack {
    let mut verification = unread();
    let looked = tokio::select! {
        biased;
        () = Stop::of(stop) => {
            return ReadBack::Unknown("the run was stopped before the user was read back".into());
        }
        looked = tokio::time::timeout(limit, look(client, effect, subject, &mut verification)) => looked,
    };
    let Ok(looked) = looked else {
        return ReadBack::Unknown(format!("the read did not end within {} s", limit.as_secs()));
    };
    match looked {
        None => ReadBack::Unknown(verification.note.unwrap_or_default()),
        Some(look) if look.shown => {
            verification.outcome = VerifyOutcome::Verified;
            ReadBack::Shown(verification)
        }
        // The user's state was read, and the effect is one a read can show.
        Some(look) if look.told && !look.lasting => ReadBack::NotShown(look.note),
        // The read could not tell, or never can (a downgrade).
        Some(look) => ReadBack::Unknown(look.note),
    }
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
    match reader {
        Reader::Get(get) => read_get(client, get, people, subject, verification).await,
        Reader::List(list) => read_list(client, list, people, subject, verification).await,
    }
}

/// [`read`] with the endpoint that gets the user.
async fn read_get(
    client: &Client,
    get: &'static EndpointSpec,
    people: &People,
    subject: &Subject<'_>,
    verification: &mut Verification,
) -> Seen {
    let (account, user_id) = (subject.account, subject.user_id);
    let read = fields(get, account, Some(user_id), subject.scope);
    verification.reads += 1;
    let answer = client
        .send_fields::<Value>(get, read, subject.integration)
        .await;
    record(verification, &answer);
    match answer {
        Ok(response) => match response.body {
            Body::Typed(Some(user)) => the_user(&user, people, user_id),
            Body::Json(user) => the_user(&user, people, user_id),
            _ => Seen::Unknown {
                note: format!(
                    "the read answered HTTP {} without a user record",
                    response.status
                ),
                lasting: false,
            },
        },
        Err(e) if e.says_remote_not_found() => Seen::Gone,
        Err(e) if e.status() == Some(404) => Seen::Unknown {
            note: "the read answered 404 without Truto's remote-error flag (a proxy's page, or Truto not knowing the account): it does not say the app removed the user".into(),
            lasting: true,
        },
        Err(e) => failed(&e),
    }
}

/// [`read`] with the endpoint that lists users: page by page, up to the user's id.
async fn read_list(
    client: &Client,
    list: &'static EndpointSpec,
    people: &People,
    subject: &Subject<'_>,
    verification: &mut Verification,
) -> Seen {
    let user_id = subject.user_id;
    let read = fields(list, subject.account, None, subject.scope);
    let mut pages = client
        .pages_of_fields::<Value>(list, read, subject.integration)
        .max_pages(subject.max_pages);
    let mut unidentified = 0usize;
    while let Some(page) = pages.next_page().await {
        verification.reads += 1;
        record(verification, &page);
        let page = match page {
            Ok(page) => page,
            Err(e) => return failed(&e),
        };
        let Body::Typed(Some(page)) = page.body else {
            return Seen::Unknown {
                note: format!(
                    "a page of the list was not read as users (HTTP {}): the user may be on it",
                    page.status
                ),
                lasting: true,
            };
        };
        for user in &page.items {
            match id_at(user, people.id) {
                Some(id) if id == user_id => {
                    return Seen::User(Box::new(user.clone()));
                }
                Some(_) => {}
                None => unidentified += 1,
            }
        }
    }
    if unidentified > 0 {
        return Seen::Unknown {
            note: format!(
                "the list does not hold the user, but {unidentified} of its item(s) carry no id (at `{}`): its absence proves nothing",
                people.id
            ),
            lasting: false,
        };
    }
    Seen::Gone
}

/// The user, when `record` is the user asked for (it carries its id); what it is otherwise.
fn the_user(record: &Value, people: &People, user_id: &str) -> Seen {
    match id_at(record, people.id) {
        Some(id) if id == user_id => Seen::User(Box::new(record.clone())),
        Some(other) => Seen::Unknown {
            note: format!(
                "the read answered the record of user {}, not of {}: it says nothing about this user",
                crate::terminal::short(&other),
                crate::terminal::short(user_id)
            ),
            lasting: false,
        },
        None => Seen::Unknown {
            note: format!(
                "the read answered a record without an id (at `{}`): it cannot be told to be this user's",
                people.id
            ),
            lasting: false,
        },
    }
}

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

fn failed(e: &Error) -> Seen {
    let lasting = match e {
        // A redirect or an oversized answer would come again: the base URL or a proxy is wrong.
        Error::Validation(_)
        | Error::Config(_)
        | Error::UnknownIntegration { .. }
        | Error::Redirect { .. }
        | Error::BodyTooLarge { .. }
        | Error::UrlTooLong { .. }
        | Error::Mismatch { .. } => true,
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
    let what = if lasting {
        "the read failed"
    } else {
        "the last read failed"
    };
    Seen::Unknown {
        note: format!("{what}: {e}"),
        lasting,
    }
}
