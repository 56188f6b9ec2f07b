//! A local HTTP server that behaves like Truto's API for every endpoint of the spec, for tests
//! and demos: `GET /integrated-account/{id}`, the endpoints of [`crate::ENDPOINTS`] with the same
//! routes, wire format, validation and error envelopes, and in-memory integrated accounts whose
//! users each call deactivates, suspends, downgrades or removes as the endpoint's
//! [`Offboarding`](crate::spec::Offboarding) section says. Per-account rate limits and injected
//! faults (latency, 502s, dropped connections) exercise a client's retry logic.
//!
//! What each endpoint does follows from its spec entry:
//! - a list of account scope (`list` and not `admin`) pages through the account's users, in id
//!   order, with real cursors (see [`DEFAULT_PAGE_SIZE`], [`MAX_PAGE_SIZE`]); an account seeded
//!   with `list_requires` refuses a list call without those query parameters, as an integration
//!   that lists only within a workspace does;
//! - an admin list (`list` and `admin`) pages through the seeded accounts, filtered by every
//!   query parameter without a role that the request sets, compared with the account's JSON at
//!   the parameter's dotted wire name (`integration.name` → `{"integration": {"name": …}}`);
//! - a `GET` with a `user` parameter and no offboarding section returns that user;
//! - an offboarding endpoint applies its effect (a downgrade takes the user's `licenses` away)
//!   and answers its `already_done` status when the user is already in that state.
//!
//! Nothing here names an endpoint, a parameter or an integration: routes, parameters, rules and
//! effects all come from the spec.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use truto_user_directory::mock::{MockServer, Seed};
//!
//! let seed = Seed::from_file(std::path::Path::new("seed.yaml"))?;
//! let server = MockServer::start(seed).await?;
//! let client = truto_user_directory::Client::builder()
//!     .base_url(server.base_url())
//!     .token("any non-empty token")
//!     .build()?;
//! // … calls with `client` …
//! println!("{:?}", server.stats());
//! server.shutdown().await;
//! # Ok(())
//! # }
//! ```

mod parse;
mod seed;

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::fmt;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::header::{HeaderName, HeaderValue};
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use serde_json::{Map, Value, json};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::{JoinHandle, JoinSet};

use crate::Integration;
use crate::spec::{Effect, EndpointSpec, Location, Method, ParamRole};
use crate::validate::{Mode, Rule, ValidationReport, WireField, validate};

pub use seed::{Faults, Limits, Seed, SeedAccount, SeedError, SeedUser, seed_schema};

use parse::Route;

/// What one connection may cost the server: request sizes and how long a client may take.
/// A slow or hostile client cannot hold a connection, or the server's memory, beyond these.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServerLimits {
    /// The largest request body read (default 1 MiB). A larger `Content-Length` is answered
    /// 413 before the body is read; a chunked body is answered 413 as soon as it passes it.
    pub max_body_bytes: usize,
    /// The largest request head, request line and headers together (default 16 KiB): a larger
    /// one is answered 431 and the connection closed.
    pub max_header_bytes: usize,
    /// How long a client may take to send a request's head, counted from the end of the
    /// previous answer on a kept-alive connection (default 10 s): an idle or trickling
    /// connection is closed when it runs out.
    pub header_read_timeout: Duration,
    /// How long a client may take to send a request's body (default 10 s): answered 408 and
    /// the connection closed when it runs out.
    pub body_read_timeout: Duration,
}

impl Default for ServerLimits {
    fn default() -> Self {
        ServerLimits {
            max_body_bytes: 1 << 20,
            max_header_bytes: 16 << 10,
            header_read_timeout: Duration::from_secs(10),
            body_read_timeout: Duration::from_secs(10),
        }
    }
}

/// The items of a list page when the request sets no `limit` (the parameter with
/// [`ParamRole::Limit`]).
pub const DEFAULT_PAGE_SIZE: u64 = 25;

/// The most items a list page holds: a larger `limit` is served as this many.
pub const MAX_PAGE_SIZE: u64 = 100;

/// What every cursor this server issues starts with, before it is hex-encoded.
const CURSOR_TAG: &str = "after:";

/// Reads a request the way the server does, without a server (for the fuzz targets and their
/// replay in the tests): the route of `method` and `path`, then every field of the path,
/// `query` and `body`. The number of fields read and of problems found; `None` when no
/// endpoint is routed.
#[doc(hidden)]
pub fn parse_request(method: &str, path: &str, query: &str, body: &[u8]) -> Option<(usize, usize)> {
    match parse::route(method, path) {
        Route::Endpoint { endpoint, captures } => {
            let parsed = parse::request(endpoint, &captures, query, body);
            Some((parsed.fields.len(), parsed.problems.len()))
        }
        _ => None,
    }
}

/// What the server has seen and done, as counters.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Stats {
    /// Every HTTP request received, lookups and rejected ones included.
    pub requests: u64,
    /// Authenticated `GET /integrated-account/{id}` requests (never rate limited).
    pub lookups: u64,
    /// 429 answers.
    pub rate_limited: u64,
    /// Injected 502 answers.
    pub injected_errors: u64,
    /// Connections dropped on purpose (the call was applied, its answer never sent).
    pub dropped: u64,
    /// 400 answers: malformed requests and validation errors.
    pub rejected: u64,
    /// `account/user/operation` → how many calls changed the user (successful mutations).
    pub applied: BTreeMap<String, u64>,
    /// Endpoint name → authenticated requests routed to it, whatever their answer.
    pub by_endpoint: BTreeMap<String, u64>,
}

impl Stats {
    /// How many calls of `operation` changed `user` of `account`.
    pub fn applied_to(&self, account: &str, user: &str, operation: &str) -> u64 {
        self.applied
            .get(&format!("{account}/{user}/{operation}"))
            .copied()
            .unwrap_or(0)
    }
}

#[derive(Debug, Clone)]
struct User {
    /// Every address, the primary first.
    emails: Vec<String>,
    username: Option<String>,
    status: String,
    /// The paid seats the user holds; `None` when the seed gave none (the integration reports
    /// no licenses). A downgrade empties them.
    licenses: Option<Vec<String>>,
}

#[derive(Debug)]
struct Account {
    integration: Integration,
    tenant_id: Option<String>,
    status: String,
    is_sandbox: bool,
    list_requires: Vec<String>,
    users: BTreeMap<String, User>,
}

impl Account {
    /// The account as the admin API returns it (the lookup and the admin list).
    fn json(&self, id: &str) -> Value {
        json!({
            "id": id,
            "tenant_id": self.tenant_id,
            "integration": {
                "name": self.integration.slug(),
                "label": self.integration.name(),
            },
            "status": self.status,
            "is_sandbox": self.is_sandbox,
        })
    }
}

/// The rate-limit headers of an admitted or refused request.
#[derive(Debug, Clone)]
struct Window {
    limit: String,
    remaining: usize,
    reset: u64,
}

impl Window {
    fn headers(&self) -> Vec<(&'static str, String)> {
        vec![
            ("ratelimit-limit", self.limit.clone()),
            ("ratelimit-remaining", self.remaining.to_string()),
            ("ratelimit-reset", self.reset.to_string()),
        ]
    }
}

struct State {
    accounts: HashMap<String, Account>,
    limits: Limits,
    window: Duration,
    /// Account id → when its counted requests of the current window arrived, oldest first.
    arrivals: HashMap<String, VecDeque<Instant>>,
    faults: Faults,
    rng: fastrand::Rng,
    stats: Stats,
}

/// Seconds, rounded up.
fn ceil_secs(d: Duration) -> u64 {
    d.as_secs().saturating_add(u64::from(d.subsec_nanos() > 0))
}

fn window_of(limits: &Limits) -> Duration {
    Duration::try_from_secs_f64(limits.window_seconds)
        .ok()
        .filter(|d| !d.is_zero())
        .unwrap_or(Duration::from_secs(10))
}

fn rng_of(faults: &Faults) -> fastrand::Rng {
    faults
        .seed
        .map(fastrand::Rng::with_seed)
        .unwrap_or_default()
}

impl State {
    /// Counts a request against `account`'s window, or refuses it with the seconds until a
    /// slot frees.
    fn admit(&mut self, account: &str, now: Instant) -> Result<Window, (Window, u64)> {
        let limit = usize::try_from(self.limits.per_account).unwrap_or(usize::MAX);
        let window = self.window;
        let seconds = self.limits.window_seconds;
        let limit_header = if seconds.fract() == 0.0 && seconds < 1e15 {
            format!("{};w={}", self.limits.per_account, seconds as u64)
        } else {
            format!("{};w={seconds}", self.limits.per_account)
        };
        let arrivals = self.arrivals.entry(account.to_string()).or_default();
        while arrivals
            .front()
            .is_some_and(|t| now.duration_since(*t) >= window)
        {
            arrivals.pop_front();
        }
        let until_oldest_expires = |arrivals: &VecDeque<Instant>| {
            arrivals
                .front()
                .map(|t| window.saturating_sub(now.duration_since(*t)))
                .unwrap_or(window)
        };
        if arrivals.len() >= limit {
            let wait = ceil_secs(until_oldest_expires(arrivals)).max(1);
            return Err((
                Window {
                    limit: limit_header,
                    remaining: 0,
                    reset: wait,
                },
                wait,
            ));
        }
        arrivals.push_back(now);
        Ok(Window {
            limit: limit_header,
            remaining: limit - arrivals.len(),
            reset: ceil_secs(until_oldest_expires(arrivals)),
        })
    }
}

struct Shared {
    state: Mutex<State>,
    limits: ServerLimits,
}

impl Shared {
    /// The state; a panic elsewhere while holding the lock does not make it unusable.
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn latency(&self) -> Duration {
        Duration::from_millis(self.lock().faults.latency_ms)
    }
}

/// A mock of Truto's API on a local port, driven by the spec. Stops when shut down or dropped.
pub struct MockServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
    accept: JoinHandle<()>,
}

impl fmt::Debug for MockServer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MockServer")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

impl MockServer {
    /// Starts a server on 127.0.0.1 with an ephemeral port. Must be called inside a tokio
    /// runtime (multi-thread or current-thread): the accept loop is a spawned task.
    pub async fn start(seed: Seed) -> Result<MockServer, std::io::Error> {
        MockServer::bind(seed, SocketAddr::from((Ipv4Addr::LOCALHOST, 0))).await
    }

    /// Starts a server on `addr`. An unusable seed (see [`Seed::check`]) is an
    /// [`InvalidInput`](std::io::ErrorKind::InvalidInput) error.
    pub async fn bind(seed: Seed, addr: SocketAddr) -> Result<MockServer, std::io::Error> {
        MockServer::bind_with(seed, addr, ServerLimits::default()).await
    }

    /// Starts a server on `addr` with `limits` on what each connection may cost.
    pub async fn bind_with(
        seed: Seed,
        addr: SocketAddr,
        limits: ServerLimits,
    ) -> Result<MockServer, std::io::Error> {
        let invalid = |m: String| std::io::Error::new(std::io::ErrorKind::InvalidInput, m);
        seed.check().map_err(|e| invalid(e.to_string()))?;
        let mut accounts = HashMap::new();
        for account in seed.accounts {
            let integration = Integration::lookup(&account.integration)
                .map_err(|_| invalid(seed::unknown_integration(&account.integration)))?;
            let users = account
                .users
                .into_iter()
                .map(|u| {
                    (
                        u.id,
                        User {
                            emails: u.email.into_iter().chain(u.emails).collect(),
                            username: u.username,
                            status: u.status,
                            licenses: Some(u.licenses).filter(|l| !l.is_empty()),
                        },
                    )
                })
                .collect();
            accounts.insert(
                account.id,
                Account {
                    integration,
                    tenant_id: account.tenant_id,
                    status: account.status,
                    is_sandbox: account.is_sandbox,
                    list_requires: account.list_requires,
                    users,
                },
            );
        }
        let state = State {
            accounts,
            window: window_of(&seed.limits),
            limits: seed.limits,
            arrivals: HashMap::new(),
            rng: rng_of(&seed.faults),
            faults: seed.faults,
            stats: Stats::default(),
        };
        let listener = TcpListener::bind(addr).await?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared {
            state: Mutex::new(state),
            limits,
        });
        let accept = tokio::spawn(accept_loop(listener, Arc::clone(&shared)));
        Ok(MockServer {
            addr,
            shared,
            accept,
        })
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The base URL to give a client, e.g. `http://127.0.0.1:41234`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// A snapshot of the counters.
    pub fn stats(&self) -> Stats {
        self.shared.lock().stats.clone()
    }

    /// Sets every counter back to zero.
    pub fn reset_stats(&self) {
        self.shared.lock().stats = Stats::default();
    }

    /// What `read` finds in `user` of `account`; `None` when the user was removed or never
    /// existed, or the account is unknown.
    fn read_user<R>(
        &self,
        account: &str,
        user: &str,
        read: impl FnOnce(&User) -> Option<R>,
    ) -> Option<R> {
        self.shared
            .lock()
            .accounts
            .get(account)
            .and_then(|a| a.users.get(user))
            .and_then(read)
    }

    /// The unified status of `user` in `account`; `None` when the user was removed or never
    /// existed, or the account is unknown.
    pub fn user_status(&self, account: &str, user: &str) -> Option<String> {
        self.read_user(account, user, |u| Some(u.status.clone()))
    }

    /// The paid seats `user` of `account` holds (`None` when the user, the account or the
    /// user's licenses are unknown; empty after a downgrade).
    pub fn user_licenses(&self, account: &str, user: &str) -> Option<Vec<String>> {
        self.read_user(account, user, |u| u.licenses.clone())
    }

    /// Replaces the faults from now on; the random draws restart from `faults.seed` when given.
    pub fn set_faults(&self, faults: Faults) {
        let mut state = self.shared.lock();
        state.rng = rng_of(&faults);
        state.faults = faults;
    }

    /// Replaces the rate limit from now on (requests already counted stay counted). A window
    /// that is not a positive number of seconds is taken as 10 s.
    pub fn set_limits(&self, limits: Limits) {
        let mut state = self.shared.lock();
        state.window = window_of(&limits);
        state.limits = Limits {
            window_seconds: state.window.as_secs_f64(),
            ..limits
        };
    }

    /// Stops accepting connections, closes the open ones, and waits until the port is free.
    pub async fn shutdown(mut self) {
        self.accept.abort();
        let _ = (&mut self.accept).await;
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        self.accept.abort();
    }
}

/// Accepts connections until aborted; aborting drops the listener and every connection task.
async fn accept_loop(listener: TcpListener, shared: Arc<Shared>) {
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => {
                    connections.spawn(serve(stream, Arc::clone(&shared)));
                }
                // Out of file descriptors or similar: let connections finish, then try again.
                Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
            },
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
}

/// The error a handler returns to make hyper close the connection without an answer.
#[derive(Debug)]
struct Dropped;

impl fmt::Display for Dropped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("connection dropped on purpose (mock fault)")
    }
}

impl std::error::Error for Dropped {}

async fn serve(stream: TcpStream, shared: Arc<Shared>) {
    let _ = stream.set_nodelay(true);
    let limits = shared.limits;
    let service = service_fn(move |request| handle(Arc::clone(&shared), request));
    let _ = hyper::server::conn::http1::Builder::new()
        .keep_alive(true)
        .timer(TokioTimer::new())
        // Also runs while a kept-alive connection waits for its next request: idle clients go.
        .header_read_timeout(limits.header_read_timeout)
        .max_header_size(limits.max_header_bytes)
        // hyper's read buffer never grows past what a head needs (its floor is 8 KiB); bodies
        // are read frame by frame under `max_body_bytes`.
        .max_buf_size(limits.max_header_bytes.max(8192) + 8192)
        .serve_connection(TokioIo::new(stream), service)
        .await;
}

/// An answer before it becomes an HTTP response.
#[derive(Debug)]
struct Answer {
    status: u16,
    body: Value,
    headers: Vec<(&'static str, String)>,
}

impl Answer {
    fn ok(body: Value) -> Answer {
        Answer {
            status: 200,
            body,
            headers: Vec::new(),
        }
    }

    fn error(status: u16, message: impl Into<String>, remote: bool) -> Answer {
        let message = message.into();
        let mut body = Map::new();
        body.insert("statusCode".into(), json!(status));
        body.insert("error".into(), json!(reason(status)));
        body.insert("message".into(), json!(message));
        if remote {
            body.insert("truto_is_remote_error".into(), json!(true));
            body.insert("raw_response".into(), json!({ "message": message }));
        }
        Answer {
            status,
            body: Value::Object(body),
            headers: Vec::new(),
        }
    }

    fn with_headers(mut self, headers: Vec<(&'static str, String)>) -> Answer {
        self.headers.extend(headers);
        self
    }

    fn into_response(self) -> Response<Full<Bytes>> {
        let body = serde_json::to_vec(&self.body).unwrap_or_default();
        let mut response = Response::new(Full::new(Bytes::from(body)));
        *response.status_mut() =
            StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let headers = response.headers_mut();
        headers.insert(
            hyper::header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        let id = uuid::Builder::from_random_bytes(fastrand::u128(..).to_le_bytes()).into_uuid();
        if let Ok(v) = HeaderValue::from_str(&id.to_string()) {
            headers.insert(HeaderName::from_static("x-request-id"), v);
        }
        for (name, value) in self.headers {
            if let Ok(v) = HeaderValue::from_str(&value) {
                headers.insert(HeaderName::from_static(name), v);
            }
        }
        response
    }
}

fn reason(status: u16) -> &'static str {
    StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("Error")
}

/// What to do with a request: answer it, or drop its connection.
enum Outcome {
    Answer(Answer),
    Drop,
}

async fn handle(
    shared: Arc<Shared>,
    request: Request<Incoming>,
) -> Result<Response<Full<Bytes>>, Dropped> {
    match outcome(&shared, request).await {
        Outcome::Answer(answer) => Ok(answer.into_response()),
        Outcome::Drop => Err(Dropped),
    }
}

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

async fn outcome(shared: &Shared, request: Request<Incoming>) -> Outcome {
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

fn field<'a>(fields: &'a [WireField], name: &str) -> Option<&'a Value> {
    fields
        .iter()
        .find(|f| f.spec.name == name)
        .map(|f| &f.value)
}

/// Why a request body was not read.
enum BodyProblem {
    /// Too large or too slow: answered at once (the connection is not reused).
    Refused(Answer),
    /// Broken: reported with the request's other problems.
    Unreadable(String),
}

/// The request body, within the server's limits: a `Content-Length` over the limit is refused
/// before anything is read, a chunked body as soon as it passes it, a slow one when
/// `body_read_timeout` runs out.
async fn read_body(
    request: Request<Incoming>,
    limits: &ServerLimits,
) -> Result<Bytes, BodyProblem> {
    use hyper::body::Body as _;
    let max = limits.max_body_bytes;
    let too_large = || {
        BodyProblem::Refused(Answer::error(
            413,
            format!("the request body is larger than this server's limit of {max} bytes"),
            false,
        ))
    };
    if request.body().size_hint().lower() > max as u64 {
        return Err(too_large());
    }
    let reading = Limited::new(request.into_body(), max).collect();
    match tokio::time::timeout(limits.body_read_timeout, reading).await {
        Ok(Ok(collected)) => Ok(collected.to_bytes()),
        Ok(Err(e))
            if e.downcast_ref::<http_body_util::LengthLimitError>()
                .is_some() =>
        {
            Err(too_large())
        }
        Ok(Err(e)) => Err(BodyProblem::Unreadable(format!(
            "the body could not be read: {e}"
        ))),
        Err(_) => Err(BodyProblem::Refused(Answer::error(
            408,
            format!(
                "the request body did not arrive within {:?}",
                limits.body_read_timeout
            ),
            false,
        ))),
    }
}

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
    let lists_users = endpoint.list.is_some() && !endpoint.admin;
    let account_id = parsed
        .value_with_role(ParamRole::IntegratedAccount)
        .and_then(Value::as_str)
        .map(str::to_string);

    // The rate limit counts every request for a known account, whatever its answer (admin calls
    // name no account, and are not limited).
    let (integration, window) = {
        let mut state = shared.lock();
        let account = account_id.as_deref().and_then(|id| state.accounts.get(id));
        let integration = account.map(|a| a.integration);
        // Scoping parameters the account needs to list are accepted though the spec may not
        // declare them; whether they are all there is checked once the request is valid.
        let allowed = match account {
            Some(a) if lists_users => a.list_requires.as_slice(),
            _ => &[],
        };
        parsed.refuse_unknown(endpoint, allowed);
        let mut window = None;
        if let (Some(id), Some(_)) = (account_id.as_deref(), integration) {
            match state.admit(id, Instant::now()) {
                Ok(w) => window = Some(w),
                Err((w, wait)) => {
                    state.stats.rate_limited += 1;
                    let message = format!(
                        "rate limit exceeded for integrated account {id}: at most {} requests in {} s; retry after {wait} s",
                        state.limits.per_account, state.limits.window_seconds
                    );
                    drop(state);
                    let mut headers = w.headers();
                    headers.push(("retry-after", wait.to_string()));
                    return Outcome::Answer(
                        Answer::error(429, message, true).with_headers(headers),
                    );
                }
            }
        }
        (integration, window)
    };
    let rate_headers = window.map(|w| w.headers()).unwrap_or_default();
    sleep(shared.latency()).await;
    let answer = |a: Answer| Outcome::Answer(a.with_headers(rate_headers.clone()));

    if !parsed.problems.is_empty() {
        shared.lock().stats.rejected += 1;
        return answer(Answer::error(400, parsed.problems.join("; "), false));
    }
    let fields = &parsed.fields;
    let report = match integration {
        Some(i) => validate(endpoint, fields, i, Mode::Strict),
        None => crate::validate::validate_without_integration(endpoint, fields, Mode::Strict),
    };
    if !report.is_ok() {
        shared.lock().stats.rejected += 1;
        let messages: Vec<&str> = report.errors().map(|v| v.message.as_str()).collect();
        return answer(rejected(messages.join("; "), insight(&report)));
    }
    // The account the call acts on; the admin API acts on none.
    let target = match (account_id, integration) {
        (Some(id), Some(integration)) => Some((id, integration)),
        _ if endpoint.admin => None,
        (id, _) => {
            let message = format!("integrated account {} not found", id.unwrap_or_default());
            return answer(Answer::error(404, message, false));
        }
    };

    let mut state = shared.lock();
    let (error_draw, drop_draw) = (state.rng.f64(), state.rng.f64());
    if error_draw < state.faults.error_rate {
        state.stats.injected_errors += 1;
        return answer(Answer::error(
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
                parsed: &parsed,
            };
            if lists_users {
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
        return Outcome::Drop;
    }
    answer(result)
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
    let offboarding = match endpoint.offboarding {
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
    let not_found = |status: u16| {
        Answer::error(
            status,
            format!("user {user_key} not found in {}", call.integration.name()),
            true,
        )
    };
    let Some(offboarding) = offboarding else {
        return match account.users.get(&user_key) {
            Some(user) => Answer::ok(user_json(&user_key, user, call.fields())),
            None => not_found(404),
        };
    };
    let Some(user) = account.users.get_mut(&user_key) else {
        let status = offboarding
            .already_done
            .iter()
            .find(|a| a.status == 404)
            .map_or(404, |a| a.status);
        return not_found(status);
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
        return match done {
            Some(done) => Answer::error(
                done.status,
                format!("user {user_key}: {}", done.meaning),
                done.remote,
            ),
            None => Answer::ok(user_json(&user_key, user, call.fields())),
        };
    }
    match offboarding.effect {
        Effect::SetsStatus(status) => user.status = status.to_string(),
        Effect::Removes => {
            account.users.remove(&user_key);
        }
        Effect::Downgrades => user.licenses = Some(Vec::new()),
    }
    let answer = match account.users.get(&user_key) {
        Some(user) => Answer::ok(user_json(&user_key, user, call.fields())),
        None => Answer::ok(json!({ "id": user_key })),
    };
    *state
        .stats
        .applied
        .entry(format!(
            "{}/{user_key}/{}",
            call.account_id, offboarding.operation
        ))
        .or_default() += 1;
    answer
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

/// The cursor of the page that starts after `key`: opaque (hex), but not secret.
fn cursor_after(key: &str) -> String {
    format!("{CURSOR_TAG}{key}")
        .bytes()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The key a cursor of [`cursor_after`] starts after; `None` when this server did not issue it.
fn cursor_key(cursor: &str) -> Option<String> {
    let digits = cursor.as_bytes();
    if digits.is_empty() || !digits.len().is_multiple_of(2) {
        return None;
    }
    let bytes = digits
        .chunks(2)
        .map(|pair| u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok())
        .collect::<Option<Vec<u8>>>()?;
    String::from_utf8(bytes)
        .ok()?
        .strip_prefix(CURSOR_TAG)
        .map(str::to_string)
}

/// One page of `items` (sorted by key) in the list envelope, from the request's cursor and
/// limit: the page starts after the cursor's key, so it stays right when items go away.
/// A page of `items` (sorted by key), each item turned into JSON by `render` only when it is on
/// the page.
fn paged<T>(
    endpoint: &'static EndpointSpec,
    fields: &[WireField],
    items: Vec<(String, T)>,
    render: impl Fn(&str, T) -> Value,
) -> Answer {
    let with_role = |role| {
        endpoint
            .parameter_with_role(role)
            .and_then(|p| field(fields, p.name).map(|v| (p, v)))
    };
    let size = match with_role(ParamRole::Limit) {
        None => DEFAULT_PAGE_SIZE,
        Some((p, v)) => match v.as_u64() {
            Some(0) | None => {
                return Answer::error(
                    400,
                    format!(
                        "`{}` must be at least 1 (pages hold {DEFAULT_PAGE_SIZE} items when it is not set, at most {MAX_PAGE_SIZE})",
                        p.name
                    ),
                    false,
                );
            }
            Some(n) => n.min(MAX_PAGE_SIZE),
        },
    };
    let after = match with_role(ParamRole::Cursor) {
        None => None,
        Some((p, v)) => match v.as_str().and_then(cursor_key) {
            Some(key) => Some(key),
            None => {
                return Answer::error(
                    400,
                    format!(
                        "`{}` {v} is not a cursor of {}: pass the previous page's `{}` unchanged, or leave it out to start at the first page",
                        p.name,
                        endpoint.name,
                        crate::LIST_ENVELOPE.next_cursor
                    ),
                    false,
                );
            }
        },
    };
    let start = after.map_or(0, |key| items.partition_point(|(k, _)| *k <= key));
    let size = usize::try_from(size).unwrap_or(usize::MAX);
    let end = start.saturating_add(size).min(items.len());
    let next = (end < items.len())
        .then(|| items.get(end.wrapping_sub(1)).map(|(k, _)| cursor_after(k)))
        .flatten();
    let page: Vec<Value> = items
        .into_iter()
        .skip(start)
        .take(end.saturating_sub(start))
        .map(|(k, v)| render(&k, v))
        .collect();
    let envelope = &crate::LIST_ENVELOPE;
    let mut body = Map::new();
    body.insert(envelope.result_count.into(), json!(page.len()));
    body.insert(envelope.next_cursor.into(), json!(next));
    if let Some(key) = envelope.items.first() {
        body.insert((*key).into(), Value::Array(page));
    }
    Answer::ok(Value::Object(body))
}
