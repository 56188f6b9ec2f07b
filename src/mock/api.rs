//! What the local server's API does: the routes of the spec's endpoints and the account
//! lookup, each request checked (token, rate limit, validation) as the API would, and each
//! endpoint's effect on the seeded users. The HTTP plumbing is in `http.rs`.

use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use hyper::Request;
use hyper::body::Incoming;
use serde_json::{Map, Value, json};

use super::http::{Answer, BodyProblem, Outcome, read_body};
use super::pages::paged;
use super::parse::{self, Route, field};
use super::state::{Account, Shared, State, User, Window};
use crate::Integration;
use crate::spec::{Effect, EndpointSpec, Location, Method, Offboarding, ParamRole};
use crate::validate::{Mode, Rule, ValidationReport, WireField, validate};

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

/// The insight key and description of required query parameters that are missing.
const MISSING_QUERY: (&str, &str) = (
    "missing_required_query_parameters",
    "Query parameters that are required and missing",
);

/// `truto_error_insight` for a validation report: the missing and conditionally required
/// parameters by location.
fn insight(report: &ValidationReport) -> Map<String, Value> {
    let mut groups: Vec<(&'static str, &'static str, Vec<String>)> = Vec::new();
    for violation in report.errors() {
        let key = match (violation.rule, violation.location) {
            (Rule::Required | Rule::RequiredInIntegration, Some(Location::Query)) => MISSING_QUERY,
            (Rule::Required | Rule::RequiredInIntegration, Some(Location::Body)) => (
                "missing_required_body_fields",
                "Body fields that are required and missing",
            ),
            (Rule::AtLeastOneOf, Some(Location::Query)) => (
                "conditionally_required_query_parameters",
                "At least one of these query parameters is required",
            ),
            (Rule::AtLeastOneOf, Some(Location::Body)) => (
                "conditionally_required_body_fields",
                "At least one of these body fields is required",
            ),
            _ => continue,
        };
        let names = violation
            .wire_name
            .iter()
            .flat_map(|n| n.split(" | "))
            .map(str::to_string);
        match groups.iter_mut().find(|(k, _, _)| *k == key.0) {
            Some((_, _, values)) => {
                for name in names {
                    if !values.contains(&name) {
                        values.push(name);
                    }
                }
            }
            None => groups.push((key.0, key.1, names.collect())),
        }
    }
    insight_map(groups)
}

/// `truto_error_insight` from (key, description, names) groups.
fn insight_map(groups: Vec<(&'static str, &'static str, Vec<String>)>) -> Map<String, Value> {
    groups
        .into_iter()
        .map(|(key, description, values)| {
            (
                key.to_string(),
                json!({"description": description, "value": values}),
            )
        })
        .collect()
}

/// A 400 whose `truto_error_insight` carries `insight`, when it says anything.
fn rejected(message: String, insight: Map<String, Value>) -> Answer {
    let mut error = Answer::error(400, message, false);
    if !insight.is_empty()
        && let Value::Object(body) = &mut error.body
    {
        body.insert("truto_error_insight".into(), Value::Object(insight));
    }
    error
}

/// Whether `endpoint` lists an account's users (a list of account scope).
fn lists_users(endpoint: &EndpointSpec) -> bool {
    endpoint.list.is_some() && !endpoint.admin
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
    // Scoping parameters the account needs to list are accepted though the spec may not
    // declare them; whether they are all there is checked once the request is valid.
    let allowed = match account {
        Some(a) if lists_users(endpoint) => a.list_requires.as_slice(),
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
            if lists_users(endpoint) {
                list_users(&mut state, &call)
            } else {
                apply(&mut state, &call)
            }
        }
        None => list_accounts(&state, endpoint, &parsed.fields),
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

/// The user as the API returns it (the spec's user model), without the fields the request
/// excludes.
fn user_json(id: &str, user: &User, fields: &[WireField]) -> Value {
    let mut map = Map::new();
    map.insert("id".into(), json!(id));
    if !user.emails.is_empty() {
        let items: Vec<Value> = user
            .emails
            .iter()
            .enumerate()
            .map(|(n, email)| json!({"email": email, "type": "work", "is_primary": n == 0}))
            .collect();
        map.insert("emails".into(), Value::Array(items));
    }
    if let Some(username) = &user.username {
        map.insert("username".into(), json!(username));
    }
    map.insert("status".into(), json!(user.status));
    if let Some(licenses) = &user.licenses {
        let items: Vec<Value> = licenses.iter().map(|l| json!({ "name": l })).collect();
        map.insert("licenses".into(), Value::Array(items));
    }
    if let Some(Value::Array(excluded)) = fields
        .iter()
        .find(|f| f.spec.role == Some(ParamRole::ExcludeFields))
        .map(|f| &f.value)
    {
        for name in excluded.iter().filter_map(Value::as_str) {
            map.remove(name);
        }
    }
    Value::Object(map)
}

/// A user as a partial list has it: only the fields at the spec's `people.id` and
/// `people.status` paths (an integration's "(partial)" list leaves the rest to the get).
fn partial_json(full: Value) -> Value {
    let Value::Object(mut map) = full else {
        return full;
    };
    let kept: Vec<&str> = crate::PEOPLE
        .iter()
        .flat_map(|p| [p.id, p.status])
        .filter_map(|path| path.split(['.', '[']).next())
        .collect();
    map.retain(|key, _| kept.contains(&key.as_str()));
    Value::Object(map)
}

/// A request to an endpoint of account scope, once it passed validation.
struct Call<'a> {
    endpoint: &'static EndpointSpec,
    account_id: &'a str,
    integration: Integration,
    parsed: &'a parse::Parsed,
}

impl Call<'_> {
    fn fields(&self) -> &[WireField] {
        &self.parsed.fields
    }

    /// The value of the query parameter `name`, declared by the endpoint or not.
    fn query_value(&self, name: &str) -> Option<String> {
        match field(self.fields(), name) {
            Some(Value::String(s)) => Some(s.clone()),
            Some(other) => Some(other.to_string()),
            None => self.parsed.unknown_value(name).map(str::to_string),
        }
        .filter(|v| !v.trim().is_empty())
    }
}

/// Does what the endpoint says to the user the request names: its offboarding effect, or
/// (a `GET` without one) nothing but answering the user.
fn apply(state: &mut State, call: &Call<'_>) -> Answer {
    let endpoint = call.endpoint;
    let Some(user_param) = endpoint.parameter_with_role(ParamRole::User) else {
        return Answer::ok(json!({}));
    };
    let offboarding = match &endpoint.offboarding {
        Some(o) => Some(o),
        None if endpoint.method == Method::Get => None,
        None => return Answer::ok(json!({})),
    };
    let Some(user_key) = field(call.fields(), user_param.name)
        .and_then(Value::as_str)
        .filter(|s| !s.trim().is_empty())
        .map(str::to_string)
    else {
        return Answer::error(
            400,
            format!(
                "{} names no user: set the {} parameter `{}`",
                endpoint.name,
                user_param.location.as_str(),
                user_param.name
            ),
            false,
        );
    };
    let Some(account) = state.accounts.get_mut(call.account_id) else {
        return Answer::error(
            404,
            format!("integrated account {} not found", call.account_id),
            false,
        );
    };
    let Some(offboarding) = offboarding else {
        return match account.users.get(&user_key) {
            Some(user) => Answer::ok(user_json(&user_key, user, call.fields())),
            None => user_not_found(call, &user_key, 404),
        };
    };
    match offboard(account, call, offboarding, &user_key) {
        Ok(answer) => {
            let applied = format!("{}/{user_key}/{}", call.account_id, offboarding.operation);
            *state.stats.applied.entry(applied).or_default() += 1;
            answer
        }
        Err(answer) => answer,
    }
}

/// The answer of a user the account does not have.
fn user_not_found(call: &Call<'_>, user_key: &str, status: u16) -> Answer {
    Answer::error(
        status,
        format!("user {user_key} not found in {}", call.integration.name()),
        true,
    )
}

/// Applies `offboarding`'s effect to `user_key` of `account`: the answer when it changed the
/// user, or (an error) the answer of a user not found or already in that state.
fn offboard(
    account: &mut Account,
    call: &Call<'_>,
    offboarding: &Offboarding,
    user_key: &str,
) -> Result<Answer, Answer> {
    let Some(user) = account.users.get_mut(user_key) else {
        let status = offboarding
            .already_done
            .iter()
            .find(|a| a.status == 404)
            .map_or(404, |a| a.status);
        return Err(user_not_found(call, user_key, status));
    };
    let already = match offboarding.effect {
        Effect::SetsStatus(status) => user.status == status,
        // Nothing left to take away: no paid seat, or none known.
        Effect::Downgrades => user.licenses.as_ref().is_none_or(Vec::is_empty),
        Effect::Removes => false,
    };
    if already {
        let done = offboarding
            .already_done
            .iter()
            .find(|a| a.status != 404)
            .or(offboarding.already_done.first());
        return Err(match done {
            Some(done) => Answer::error(
                done.status,
                format!("user {user_key}: {}", done.meaning),
                done.remote,
            ),
            None => Answer::ok(user_json(user_key, user, call.fields())),
        });
    }
    match offboarding.effect {
        Effect::SetsStatus(status) => user.status = status.to_string(),
        Effect::Removes => {
            account.users.remove(user_key);
        }
        Effect::Downgrades => user.licenses = Some(Vec::new()),
    }
    Ok(match account.users.get(user_key) {
        Some(user) => Answer::ok(user_json(user_key, user, call.fields())),
        None => Answer::ok(json!({ "id": user_key })),
    })
}

/// A page of the account's users; an account seeded with `list_requires` refuses a call
/// without those query parameters, naming them in `truto_error_insight`.
fn list_users(state: &mut State, call: &Call<'_>) -> Answer {
    let Some(account) = state.accounts.get(call.account_id) else {
        return Answer::error(
            404,
            format!("integrated account {} not found", call.account_id),
            false,
        );
    };
    let missing: Vec<String> = account
        .list_requires
        .iter()
        .filter(|name| call.query_value(name).is_none())
        .cloned()
        .collect();
    if !missing.is_empty() {
        let names: Vec<String> = missing.iter().map(|n| format!("`{n}`")).collect();
        let message = format!(
            "{} lists users only within a scope: set the query parameter(s) {} (integrated account {})",
            call.integration.name(),
            names.join(", "),
            call.account_id
        );
        let (key, description) = MISSING_QUERY;
        return rejected(message, insight_map(vec![(key, description, missing)]));
    }
    let items = account
        .users
        .iter()
        .map(|(id, user)| (id.clone(), user))
        .collect();
    let fields = call.fields();
    let partial = call
        .endpoint
        .list
        .is_some_and(|l| l.partial_in.contains(&call.integration));
    paged(call.endpoint, fields, items, |id, user| {
        let full = user_json(id, user, fields);
        if partial { partial_json(full) } else { full }
    })
}

/// The JSON at a dotted path (`integration.name`), or the key itself when it has that name.
fn at_path<'v>(value: &'v Value, path: &str) -> Option<&'v Value> {
    value
        .get(path)
        .or_else(|| path.split('.').try_fold(value, |v, key| v.get(key)))
}

/// A page of the seeded accounts: every query parameter without a role that the request sets
/// is a filter, compared with the account's JSON at the parameter's wire name.
fn list_accounts(state: &State, endpoint: &'static EndpointSpec, fields: &[WireField]) -> Answer {
    let filters: Vec<&WireField> = fields
        .iter()
        .filter(|f| f.spec.location == Location::Query && f.spec.role.is_none())
        .collect();
    let mut items: Vec<(String, Value)> = state
        .accounts
        .iter()
        .map(|(id, account)| (id.clone(), account.json(id)))
        .filter(|(_, json)| {
            filters
                .iter()
                .all(|f| at_path(json, f.spec.name) == Some(&f.value))
        })
        .collect();
    items.sort_by(|a, b| a.0.cmp(&b.0));
    paged(endpoint, fields, items, |_, json| json)
}
