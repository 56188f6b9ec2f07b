//! What the local server's API does: the routes of the spec's endpoints and the account
//! lookup, each request checked (token, rate limit, validation) as the API would, then handed
//! to what its endpoint acts on: the users (`users.rs`), the other records (`records.rs`), the
//! access a revoke section takes away (`revoke.rs`), or the admin API's accounts
//! (`accounts.rs`). The HTTP plumbing is in `http.rs`.

use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use hyper::Request;
use hyper::body::Incoming;
use serde_json::Value;

use super::call::Call;
use super::http::{Answer, BodyProblem, Outcome, read_body};
use super::insight::{insight, rejected};
use super::parse::{self, Route};
use super::state::{Shared, State, Window};
use super::{accounts, collections, records, revoke, users};
use crate::Integration;
use crate::spec::{EndpointSpec, ParamRole};
use crate::validate::{Mode, validate};

/// Whether the request carries `Authorization: Bearer <something>`.
fn authorized(request: &Request<Incoming>) -> bool {
    request
        .headers()
        .get(hyper::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            let (scheme, token) = v.trim().split_once(' ')?;
            scheme
                .eq_ignore_ascii_case("bearer")
                .then_some(token.trim())
        })
        .is_some_and(|token| !token.is_empty())
}

async fn sleep(latency: Duration) {
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
}

/// What the API does with `request`: a 401 without a token, the lookup of an integrated
/// account, a call to an endpoint of the spec, or an answer saying why no route takes it.
pub(super) async fn respond(shared: Arc<Shared>, request: Request<Incoming>) -> Outcome {
    let shared = &*shared;
    shared.lock().stats.requests += 1;
    if !authorized(&request) {
        sleep(shared.latency()).await;
        return Outcome::Answer(Answer::error(
            401,
            "missing or malformed API token: send `Authorization: Bearer <token>`",
            false,
        ));
    }
    let method = request.method().as_str().to_string();
    let path = request.uri().path().to_string();
    match parse::route(&method, &path) {
        Route::Endpoint { endpoint, captures } => {
            endpoint_call(shared, endpoint, &captures, request).await
        }
        Route::Lookup(id) => {
            shared.lock().stats.lookups += 1;
            sleep(shared.latency()).await;
            Outcome::Answer(lookup(shared, &id))
        }
        other => {
            sleep(shared.latency()).await;
            Outcome::Answer(match other {
                Route::MethodNotAllowed(allowed) => Answer::error(
                    405,
                    format!(
                        "{method} is not allowed on {path}: use {}",
                        allowed.join(" or ")
                    ),
                    false,
                )
                .with_headers(vec![("allow", allowed.join(", "))]),
                Route::BadPath(message) => {
                    shared.lock().stats.rejected += 1;
                    Answer::error(400, message, false)
                }
                _ => Answer::error(404, format!("no route for {method} {path}"), false),
            })
        }
    }
}

fn lookup(shared: &Shared, id: &str) -> Answer {
    match shared.lock().accounts.get(id) {
        Some(account) => Answer::ok(account.json(id)),
        None => Answer::error(404, format!("integrated account {id} not found"), false),
    }
}

/// A call to an endpoint of the spec: counted, its body read and parsed, rate limited,
/// validated, then acted on (with the faults the seed asks for).
async fn endpoint_call(
    shared: &Shared,
    endpoint: &'static EndpointSpec,
    captures: &[(&'static str, String)],
    request: Request<Incoming>,
) -> Outcome {
    *shared
        .lock()
        .stats
        .by_endpoint
        .entry(endpoint.name.to_string())
        .or_default() += 1;
    let query = request.uri().query().unwrap_or_default().to_string();
    let (body, body_problem) = match read_body(request, &shared.limits).await {
        Ok(body) => (body, None),
        Err(BodyProblem::Refused(answer)) => return Outcome::Answer(answer),
        Err(BodyProblem::Unreadable(message)) => (Bytes::new(), Some(message)),
    };
    let mut parsed = parse::request(endpoint, captures, &query, &body);
    parsed.problems.extend(body_problem);
    let account_id = parsed
        .value_with_role(ParamRole::IntegratedAccount)
        .and_then(Value::as_str)
        .map(str::to_string);
    let (integration, window) = match admit(shared, endpoint, &mut parsed, account_id.as_deref()) {
        Ok(admitted) => admitted,
        Err(refused) => return Outcome::Answer(refused),
    };
    let rate_headers = window.map(|w| w.headers()).unwrap_or_default();
    sleep(shared.latency()).await;
    let answer = |a: Answer| Outcome::Answer(a.with_headers(rate_headers.clone()));
    let target = match checked(shared, endpoint, &parsed, account_id, integration) {
        Ok(target) => target,
        Err(refused) => return answer(refused),
    };
    match act(shared, endpoint, &parsed, target) {
        Some(a) => answer(a),
        None => Outcome::Drop,
    }
}

/// The account's integration and rate window, or the 429 of an account over its limit. The
/// rate limit counts every request for a known account, whatever its answer (admin calls name
/// no account, and are not limited).
fn admit(
    shared: &Shared,
    endpoint: &'static EndpointSpec,
    parsed: &mut parse::Parsed,
    account_id: Option<&str>,
) -> Result<(Option<Integration>, Option<Window>), Answer> {
    let mut state = shared.lock();
    let account = account_id.and_then(|id| state.accounts.get(id));
    let integration = account.map(|a| a.integration);
    // Scoping parameters the account needs to list users are accepted though the spec may
    // not declare them; whether they are all there is checked once the request is valid.
    let allowed = match account {
        Some(a) if users::lists_people(endpoint) => a.list_requires.as_slice(),
        _ => &[],
    };
    parsed.refuse_unknown(endpoint, allowed);
    let (Some(id), Some(_)) = (account_id, integration) else {
        return Ok((integration, None));
    };
    match state.admit(id, Instant::now()) {
        Ok(window) => Ok((integration, Some(window))),
        Err((window, wait)) => {
            state.stats.rate_limited += 1;
            let message = format!(
                "rate limit exceeded for integrated account {id}: at most {} requests in {} s; retry after {wait} s",
                state.limits.per_account, state.limits.window_seconds
            );
            let mut headers = window.headers();
            headers.push(("retry-after", wait.to_string()));
            Err(Answer::error(429, message, true).with_headers(headers))
        }
    }
}

/// The account a valid call acts on (`None`: the admin API, which acts on none), or the answer
/// to a request that is malformed, invalid, or for an unknown account.
fn checked(
    shared: &Shared,
    endpoint: &'static EndpointSpec,
    parsed: &parse::Parsed,
    account_id: Option<String>,
    integration: Option<Integration>,
) -> Result<Option<(String, Integration)>, Answer> {
    if !parsed.problems.is_empty() {
        shared.lock().stats.rejected += 1;
        return Err(Answer::error(400, parsed.problems.join("; "), false));
    }
    let fields = &parsed.fields;
    let report = match integration {
        Some(i) => validate(endpoint, fields, i, Mode::Strict),
        None => crate::validate::validate_without_integration(endpoint, fields, Mode::Strict),
    };
    if !report.is_ok() {
        shared.lock().stats.rejected += 1;
        let messages: Vec<&str> = report.errors().map(|v| v.message.as_str()).collect();
        return Err(rejected(messages.join("; "), insight(&report)));
    }
    match (account_id, integration) {
        (Some(id), Some(integration)) => Ok(Some((id, integration))),
        _ if endpoint.admin => Ok(None),
        (id, _) => {
            let message = format!("integrated account {} not found", id.unwrap_or_default());
            Err(Answer::error(404, message, false))
        }
    }
}

/// Acts on a valid call: an injected 502, or what the endpoint does; `None` when the seed's
/// faults drop the connection after acting.
fn act(
    shared: &Shared,
    endpoint: &'static EndpointSpec,
    parsed: &parse::Parsed,
    target: Option<(String, Integration)>,
) -> Option<Answer> {
    let mut state = shared.lock();
    let (error_draw, drop_draw) = (state.rng.f64(), state.rng.f64());
    if error_draw < state.faults.error_rate {
        state.stats.injected_errors += 1;
        return Some(Answer::error(
            502,
            format!(
                "the integration did not answer (fault injected by the mock server at error_rate {})",
                state.faults.error_rate
            ),
            true,
        ));
    }
    let result = match &target {
        Some((account_id, integration)) => {
            let call = Call {
                endpoint,
                account_id,
                integration: *integration,
                parsed,
            };
            serve(&mut state, &call)
        }
        None => accounts::list(&state, endpoint, &parsed.fields),
    };
    if result.status == 400 {
        state.stats.rejected += 1;
    }
    if drop_draw < state.faults.drop_rate {
        state.stats.dropped += 1;
        return None;
    }
    Some(result)
}

/// What a valid call of account scope does, by what its endpoint acts on: the spec's
/// missing-method answer for an endpoint the account's integration lacks, the effect of a
/// revoke section, the people's endpoints on the users, and the others on the records of their
/// collection.
fn serve(state: &mut State, call: &Call<'_>) -> Answer {
    let Some(account) = state.accounts.get(call.account_id) else {
        return call.account_not_found();
    };
    if account
        .missing_methods
        .iter()
        .any(|m| m == call.endpoint.name)
    {
        return missing_method(call);
    }
    if let Some(section) = &call.endpoint.revoke {
        return revoke::apply(state, call, section);
    }
    match collections::collection_of(call.endpoint) {
        Some(collection) if Some(collection) != collections::people_collection() => {
            records::serve(state, call, collection)
        }
        _ if call.endpoint.list.is_some() => users::list(state, call),
        _ => users::apply(state, call),
    }
}

/// The spec's answer of an integration without the method (`missing_method`, its first).
fn missing_method(call: &Call<'_>) -> Answer {
    let name = call.integration.name();
    match crate::API.missing_method.first() {
        Some(answer) => Answer::error(
            answer.status,
            format!("{} on {name}: {}", call.endpoint.name, answer.meaning),
            answer.remote,
        ),
        None => Answer::error(404, format!("{name} has no {}", call.endpoint.name), false),
    }
}
