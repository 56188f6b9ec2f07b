//! The HTTP client: validates, encodes, sends with safe retries, and decodes.
//!
//! It knows no endpoint by name: the generated methods (`Client::delete_user`, …) call
//! [`Client::send`] with their request, and everything else comes from the endpoint's spec.

use std::collections::HashMap;
use std::fmt;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant, SystemTime};

use bytes::Bytes;
use futures_util::{Stream, StreamExt};
use reqwest::header::{
    ACCEPT, AUTHORIZATION, CONTENT_TYPE, HeaderMap, HeaderValue, LOCATION, RETRY_AFTER, USER_AGENT,
};
use serde_json::Value;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::budget::RateBudget;
use crate::decode::ResponseBody;
use crate::error::{ApiError, Error, snippet};
use crate::redact::Redactor;
use crate::spec::{Api, BodyHandling, EndpointSpec, Method, ParamRole};
use crate::validate::{Checked, Mode, ValidationReport};
use crate::value::Field;
use crate::watchdog::{Watchdog, ends_before, later};
use crate::{Integration, Operation, Stop};

/// Truto's API.
pub const DEFAULT_BASE_URL: &str = "https://api.truto.one";
/// The environment variable the token is read from when none is given.
pub const TOKEN_ENV: &str = "TRUTO_API_TOKEN";
/// The default cap on a response body the client buffers (32 MiB):
/// [`ClientBuilder::max_body_bytes`].
pub const DEFAULT_MAX_BODY_BYTES: u64 = 32 << 20;

/// The API token. It is never printed: `Debug` and `Display` show `***`.
#[derive(Clone)]
pub struct Token(String);

impl Token {
    /// Wraps a token.
    pub fn new(token: impl Into<String>) -> Token {
        Token(token.into())
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(***)")
    }
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// When and how failed attempts are retried.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Retries after the first attempt; `0` means none at all.
    pub max_retries: u32,
    /// First backoff ceiling for 502, 504 and connection failures (doubles each retry; the
    /// actual wait is a random share of it).
    pub base_delay: Duration,
    /// Largest backoff ceiling.
    pub max_delay: Duration,
    /// Also retry 502, 504, timeouts and connection failures of non-idempotent calls
    /// (deactivate, suspend). A lost response may then repeat the call. (A request an HTTP/2
    /// server refused before processing it is retried either way: it cannot be repeated.)
    pub retry_non_idempotent: bool,
    /// The wait after a 429 without `Retry-After`.
    pub default_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 3,
            base_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(8),
            retry_non_idempotent: false,
            default_retry_after: Duration::from_secs(10),
        }
    }
}

impl RetryPolicy {
    /// No retries at all.
    pub fn none() -> Self {
        RetryPolicy {
            max_retries: 0,
            ..RetryPolicy::default()
        }
    }
}

/// Configures a [`Client`].
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    base_url: String,
    token: Option<Token>,
    attempt_timeout: Duration,
    deadline: Duration,
    retry: RetryPolicy,
    user_agent: String,
    allow_insecure_http: bool,
    mode: Mode,
    refuse_unknown_integrations: bool,
    budget: Option<Arc<RateBudget>>,
    max_in_flight: Option<usize>,
    max_body_bytes: u64,
    http2_prior_knowledge: bool,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder {
            base_url: DEFAULT_BASE_URL.to_string(),
            token: None,
            attempt_timeout: Duration::from_secs(30),
            deadline: Duration::from_secs(120),
            retry: RetryPolicy::default(),
            user_agent: format!("truto-user-directory/{}", env!("CARGO_PKG_VERSION")),
            allow_insecure_http: false,
            mode: Mode::Strict,
            refuse_unknown_integrations: false,
            budget: None,
            max_in_flight: None,
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            http2_prior_knowledge: false,
        }
    }
}

impl ClientBuilder {
    /// The API's base URL (default `https://api.truto.one`). Plain `http` is refused unless the
    /// host is loopback or [`allow_insecure_http`](Self::allow_insecure_http) is set.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into();
        self
    }

    /// The API token (default: the `TRUTO_API_TOKEN` environment variable).
    pub fn token(mut self, token: impl Into<String>) -> Self {
        self.token = Some(Token::new(token));
        self
    }

    /// The longest one attempt may take (default 30 s).
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.attempt_timeout = timeout;
        self
    }

    /// The longest a whole call may take, retries and waits included (default 120 s).
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.deadline = deadline;
        self
    }

    /// The retry policy.
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// The `User-Agent` header.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// Allows a plain-`http` base URL on a non-loopback host.
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.allow_insecure_http = allow;
        self
    }

    /// The validation mode of every call (default strict).
    pub fn mode(mut self, mode: Mode) -> Self {
        self.mode = mode;
        self
    }

    /// Refuses a call to an integrated account whose integration (as the API names it) this
    /// spec does not know, with [`Error::UnknownIntegration`], in every mode. By default
    /// (`false`) such a call gets the checks every integration shares, a `tracing` warning, and
    /// is sent; its [`Response::unknown_integration`] holds the name the API gave. The spec is
    /// a snapshot and the API keeps adding integrations: refusing blocks calls the API would
    /// accept.
    pub fn refuse_unknown_integrations(mut self, refuse: bool) -> Self {
        self.refuse_unknown_integrations = refuse;
        self
    }

    /// Sends each integrated account's calls within `budget` (e.g. [`RateBudget::default`],
    /// the API's 50 per 10 s), waiting for a slot instead of being answered 429; a 429 that
    /// still comes pauses that account for its `Retry-After`. Shared by clones of the client.
    /// Waiting for a slot does not count against the deadline.
    pub fn rate_budget(mut self, budget: RateBudget) -> Self {
        self.budget = Some(Arc::new(budget));
        self
    }

    /// No rate budget (the default): rely on the API's 429 and `Retry-After`.
    pub fn no_rate_budget(mut self) -> Self {
        self.budget = None;
        self
    }

    /// At most `n` (at least 1) attempts in flight at once, over all accounts; a call waits
    /// for its account's budget first, so a busy account does not hold the others up.
    pub fn max_in_flight(mut self, n: usize) -> Self {
        self.max_in_flight = Some(n.max(1));
        self
    }

    /// The largest response body the client reads into memory (default
    /// [`DEFAULT_MAX_BODY_BYTES`], 32 MiB): `unified`, `normalized` and `raw` success bodies and
    /// every error body. A `Content-Length` above it is refused before the body is read, and a
    /// body without one is counted chunk by chunk and dropped as soon as it passes the cap: the
    /// call fails with [`Error::BodyTooLarge`]. The `stream` response format
    /// ([`Body::Stream`]) is never buffered and has no cap.
    pub fn max_body_bytes(mut self, bytes: u64) -> Self {
        self.max_body_bytes = bytes;
        self
    }

    /// Speak HTTP/2 from the first byte, without negotiating it: for a server that speaks only
    /// HTTP/2 over plain TCP (`h2c`, e.g. a local proxy). Over HTTPS (the API) HTTP/2 is
    /// negotiated anyway.
    pub fn http2_prior_knowledge(mut self, yes: bool) -> Self {
        self.http2_prior_knowledge = yes;
        self
    }

    /// The client, or what is wrong with the configuration.
    pub fn build(mut self) -> Result<Client, Error> {
        if self.max_body_bytes == 0 {
            return Err(Error::Config(format!(
                "max_body_bytes is 0, so no answer with a body could be read: give at least 1 (the default is {DEFAULT_MAX_BODY_BYTES}, 32 MiB)"
            )));
        }
        let token = match self.token.take() {
            Some(t) => t,
            None => match std::env::var(TOKEN_ENV) {
                Ok(t) if !t.trim().is_empty() => Token::new(t),
                _ => {
                    return Err(Error::Config(format!(
                        "no API token: pass one to ClientBuilder::token or set {TOKEN_ENV}"
                    )));
                }
            },
        };
        let (base, base_dir) = checked_base(&self.base_url, self.allow_insecure_http)?;
        let shared = Arc::new(Shared {
            http: self.http_client()?,
            max_body_bytes: self.max_body_bytes,
            base_dir,
            base,
            user_agent: self.user_agent,
            attempt_timeout: self.attempt_timeout,
            deadline: self.deadline,
            retry: self.retry,
            mode: self.mode,
            refuse_unknown_integrations: self.refuse_unknown_integrations,
            budget: self.budget,
            in_flight: self.max_in_flight.map(|n| Arc::new(Semaphore::new(n))),
            max_in_flight: self.max_in_flight,
        });
        Ok(Client {
            inner: Arc::new(Inner::new(shared, token)?),
        })
    }

    /// The connection pool every client of this configuration shares: it sends the headers all
    /// of them send (the token is each client's own: [`Inner::auth`]).
    fn http_client(&self) -> Result<reqwest::Client, Error> {
        let mut headers = HeaderMap::new();
        headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
        let user_agent = HeaderValue::from_str(&self.user_agent).map_err(|_| {
            Error::Config("the user agent has characters a header cannot carry".into())
        })?;
        headers.insert(USER_AGENT, user_agent);
        let http = reqwest::Client::builder()
            .default_headers(headers)
            .connect_timeout(self.attempt_timeout)
            // The API never redirects: a 3xx is an error (`Error::Redirect`), and no call is
            // ever sent again somewhere else.
            .redirect(reqwest::redirect::Policy::none())
            // Retries are this client's alone (`judge`), refused HTTP/2 streams included: the
            // HTTP stack's own retry layer would otherwise copy every request (its URI, headers
            // and extensions) in case it has to send it again.
            .retry(reqwest::retry::never().max_retries_per_request(0));
        let http = if self.http2_prior_knowledge {
            http.http2_prior_knowledge()
        } else {
            http
        };
        http.build()
            .map_err(|e| Error::Config(format!("cannot build the HTTP client: {e}")))
    }
}

/// The base URL without its trailing slashes (request URLs are written after it), and parsed
/// with one (what they are resolved against: [`Shared::url`]), once checked: no credentials, no
/// query or fragment, `https` (or `http` on a loopback host, or when `allow_insecure_http`).
fn checked_base(
    base_url: &str,
    allow_insecure_http: bool,
) -> Result<(String, reqwest::Url), Error> {
    let base = base_url.trim_end_matches('/').to_string();
    // Shown in messages with any user name and password taken out.
    let shown = crate::redact::without_userinfo(base_url);
    let url = reqwest::Url::parse(&format!("{base}/"))
        .map_err(|e| Error::Config(format!("base URL {shown:?} is not a URL: {e}")))?;
    // Credentials in the URL would be sent to the server and shown wherever the URL is.
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Error::Config(format!(
            "base URL {shown} carries a user name or password: take them out of the URL (the API authenticates with the token: ClientBuilder::token, --token or {TOKEN_ENV})"
        )));
    }
    let host = url.host_str().unwrap_or_default();
    let loopback = host.eq_ignore_ascii_case("localhost")
        || host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback());
    match url.scheme() {
        "https" => {}
        "http" if loopback || allow_insecure_http => {}
        "http" => {
            return Err(Error::Config(format!(
                "base URL {shown} is plain http on a non-loopback host: the token would travel unencrypted; use https, or allow_insecure_http(true) if you must"
            )));
        }
        other => {
            return Err(Error::Config(format!(
                "base URL scheme {other:?} is not http(s)"
            )));
        }
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(Error::Config(format!(
            "base URL {shown} must not have a query or fragment"
        )));
    }
    Ok((base, url))
}

/// What every client made from one [`ClientBuilder`] shares, whatever its token
/// ([`Client::with_token`]): the connection pool, the settings, the rate budget and the limit
/// on attempts in flight.
struct Shared {
    http: reqwest::Client,
    max_body_bytes: u64,
    base: String,
    /// The base URL (without trailing slashes) and one `/`, parsed: what request URLs are
    /// resolved against.
    base_dir: reqwest::Url,
    user_agent: String,
    attempt_timeout: Duration,
    deadline: Duration,
    retry: RetryPolicy,
    mode: Mode,
    refuse_unknown_integrations: bool,
    budget: Option<Arc<RateBudget>>,
    in_flight: Option<Arc<Semaphore>>,
    max_in_flight: Option<usize>,
}

/// One client: one token over the [`Shared`] pool and settings.
struct Inner {
    shared: Arc<Shared>,
    token: Token,
    /// `Bearer` and the token, marked sensitive: sent with every request.
    auth: HeaderValue,
    /// Takes the token out of every answer ([`crate::redact`]).
    redactor: Arc<Redactor>,
    /// Integrated account id ([`crate::ids::account_key`]) → what its integration is to this
    /// spec, as the API answered this token.
    integrations: Mutex<HashMap<String, AccountIntegration>>,
}

impl Inner {
    /// A client of `shared` with `token` (an error when a header cannot carry it).
    fn new(shared: Arc<Shared>, token: Token) -> Result<Inner, Error> {
        let mut auth = HeaderValue::from_str(&format!("Bearer {}", token.0)).map_err(|_| {
            Error::Config("the API token has characters a header cannot carry".into())
        })?;
        auth.set_sensitive(true);
        Ok(Inner {
            shared,
            redactor: Arc::new(Redactor::new(&token.0)),
            token,
            auth,
            integrations: Mutex::new(HashMap::new()),
        })
    }

    /// What the integration of an account asked before is to this spec (`None`: not asked yet).
    fn cached_integration(&self, integrated_account_id: &str) -> Option<AccountIntegration> {
        let cache = self.integrations.lock().ok()?;
        cache
            .get(&crate::ids::account_key(integrated_account_id))
            .cloned()
    }

    /// An account whose integration this spec does not know (named `name` by the API): refused
    /// ([`Error::UnknownIntegration`]) or let through with a warning, as the client was built.
    #[cold]
    fn not_in_spec(
        &self,
        integrated_account_id: &str,
        name: String,
    ) -> Result<AccountIntegration, Error> {
        if self.shared.refuse_unknown_integrations {
            return Err(Error::UnknownIntegration {
                integrated_account_id: integrated_account_id.to_string(),
                name,
            });
        }
        tracing::warn!(
            integrated_account_id,
            integration = %crate::terminal::short(&name),
            "integration not in this spec (the spec is older than the API): only the checks every integration shares are made, per-integration rules are skipped; ClientBuilder::refuse_unknown_integrations(true) refuses such calls"
        );
        Ok(AccountIntegration::NotInSpec(name))
    }

    /// The request of one attempt of `call`, with the client's token.
    fn request(
        &self,
        call: &mut Call<'_>,
        attempt_timeout: Duration,
    ) -> Result<reqwest::Request, Error> {
        let url = match call.url.take() {
            Some(url) => url,
            None => self.shared.url(&call.text)?,
        };
        // A request, not a request builder: no copy of the HTTP client, no `Result` to carry.
        let mut request = reqwest::Request::new(call.method.clone(), url);
        // The token is the client's, the other headers the pool's (`ClientBuilder::http_client`).
        request
            .headers_mut()
            .insert(AUTHORIZATION, self.auth.clone());
        if call.streaming {
            // A stream is read after the call returns: reqwest's own timeout covers it.
            *request.timeout_mut() = Some(attempt_timeout);
        }
        if let Some(b) = &call.body {
            request
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
            *request.body_mut() = Some(b.clone().into());
        }
        Ok(request)
    }
}

/// A client for the Unified User Directory API. Cheap to clone (shared connection pool and
/// integrated-account cache); [`with_token`](Client::with_token) makes a client for another
/// token over the same pool and settings.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shared = &self.inner.shared;
        f.debug_struct("Client")
            .field("base_url", &shared.base)
            .field("token", &self.inner.token)
            .field("attempt_timeout", &shared.attempt_timeout)
            .field("deadline", &shared.deadline)
            .field("retry", &shared.retry)
            .field("max_body_bytes", &shared.max_body_bytes)
            .field("mode", &shared.mode)
            .field(
                "refuse_unknown_integrations",
                &shared.refuse_unknown_integrations,
            )
            .finish()
    }
}

/// A request as it would go on the wire, with the token redacted: what a dry run shows.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Prepared {
    /// HTTP method.
    pub method: &'static str,
    /// The complete URL, query included.
    pub url: String,
    /// Headers, `authorization` redacted.
    pub headers: Vec<(String, String)>,
    /// The JSON body exactly as it would be sent (keys in spec order), if any.
    pub body: Option<Box<serde_json::value::RawValue>>,
}

impl PartialEq for Prepared {
    fn eq(&self, other: &Self) -> bool {
        self.method == other.method
            && self.url == other.url
            && self.headers == other.headers
            && self.body.as_deref().map(|b| b.get()) == other.body.as_deref().map(|b| b.get())
    }
}

/// The `ratelimit-*` headers Truto normalizes from the integration, when present.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct RateLimit {
    /// `ratelimit-limit`, e.g. `110;w=10`.
    pub limit: Option<String>,
    /// `ratelimit-remaining`.
    pub remaining: Option<u64>,
    /// `ratelimit-reset`: seconds until the window resets.
    pub reset: Option<u64>,
}

impl RateLimit {
    fn from_headers(headers: &HeaderMap) -> Option<RateLimit> {
        // The names first (a plain walk over the distinct names); the values only when there is
        // a `ratelimit-*` header at all.
        if headers
            .keys()
            .any(|name| name.as_str().starts_with("ratelimit-"))
        {
            Self::read(headers)
        } else {
            None
        }
    }

    #[inline(never)]
    fn read(headers: &HeaderMap) -> Option<RateLimit> {
        let mut limit = RateLimit::default();
        for (name, value) in headers {
            let Some(which) = name.as_str().strip_prefix("ratelimit-") else {
                continue;
            };
            let Ok(value) = value.to_str().map(str::trim) else {
                continue;
            };
            match which {
                "limit" => limit.limit = Some(value.to_string()),
                "remaining" => limit.remaining = value.parse().ok(),
                "reset" => limit.reset = value.parse().ok(),
                _ => {}
            }
        }
        (limit != RateLimit::default()).then_some(limit)
    }
}

/// The integration of an integrated account in `api`, as [`Client::integration_of`], with the
/// name the API gave when this spec does not know it (logged as a `tracing` warning).
/// [`Error::UnknownIntegration`] when the client [refuses unknown
/// integrations](ClientBuilder::refuse_unknown_integrations). A function, not a method: every
/// `Client` method name is reserved in the generator.
pub(crate) async fn account_integration(
    client: &Client,
    api: &Api,
    integrated_account_id: &str,
) -> Result<AccountIntegration, Error> {
    let found = match client.inner.cached_integration(integrated_account_id) {
        Some(found) => found,
        None => {
            let name = client
                .fetch_integration_name(api, integrated_account_id)
                .await?;
            let found = match api.integration(&name) {
                Ok(i) => AccountIntegration::Known(i),
                Err(_) => AccountIntegration::NotInSpec(name),
            };
            if let Ok(mut m) = client.inner.integrations.lock() {
                m.insert(
                    crate::ids::account_key(integrated_account_id),
                    found.clone(),
                );
            }
            found
        }
    };
    match found {
        AccountIntegration::NotInSpec(name) => {
            client.inner.not_in_spec(integrated_account_id, name)
        }
        known => Ok(known),
    }
}

/// What an integrated account's integration is to this spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum AccountIntegration {
    /// An integration of the spec.
    Known(Integration),
    /// The name the API gave, which this spec does not know (it is older than the API).
    NotInSpec(String),
}

/// A stream of body chunks, never buffered whole.
pub type ByteStream = Pin<Box<dyn Stream<Item = Result<Bytes, Error>> + Send>>;

/// A success body, shaped by `truto_response_format`.
pub enum Body<T> {
    /// `unified` / `normalized`: the decoded model (in one allocation, decoded in place); `None`
    /// for 204 or an empty body.
    Typed(Option<Box<T>>),
    /// `raw` with a JSON body.
    Json(Value),
    /// `raw` with a body that is not JSON.
    Bytes(Bytes),
    /// `stream`: the body as it arrives.
    Stream(ByteStream),
}

impl<T: fmt::Debug> fmt::Debug for Body<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Body::Typed(t) => f.debug_tuple("Typed").field(t).finish(),
            Body::Json(v) => f.debug_tuple("Json").field(v).finish(),
            Body::Bytes(b) => f.debug_tuple("Bytes").field(&b.len()).finish(),
            Body::Stream(_) => f.write_str("Stream(..)"),
        }
    }
}

impl<T> Body<T> {
    /// The decoded model, for `unified` / `normalized`.
    pub fn typed(self) -> Option<T> {
        match self {
            Body::Typed(t) => t.map(|t| *t),
            _ => None,
        }
    }
}

/// A success response.
#[derive(Debug)]
pub struct Response<T> {
    /// The body.
    pub body: Body<T>,
    /// The HTTP status.
    pub status: u16,
    /// The response headers.
    pub headers: HeaderMap,
    /// The `ratelimit-*` headers, when the API sent them.
    pub rate_limit: Option<RateLimit>,
    /// Attempts made (1 when nothing was retried).
    pub attempts: u32,
    /// The integration the request was validated for (`None`: not named and not known to this
    /// spec, see [`unknown_integration`](Self::unknown_integration)).
    pub integration: Option<Integration>,
    /// The integration name the API gave for the integrated account when this spec does not
    /// know it (the spec is older than the API): the request got only the checks every
    /// integration shares, and was sent with a warning. `None` when the integration is known.
    /// [`ClientBuilder::refuse_unknown_integrations`] refuses such calls instead.
    pub unknown_integration: Option<String>,
    /// Validation warnings (lenient mode).
    pub warnings: Option<ValidationReport>,
    /// The body as received, with the API token redacted if the server echoed it (`None` for
    /// a stream): what an audit hashes.
    pub raw: Option<Bytes>,
}

impl<T> Response<T> {
    /// The request id the API gave the call, if it sent one ([`request_id`]).
    pub fn request_id(&self) -> Option<&str> {
        request_id(&self.headers)
    }
}

/// Headers that carry a request id, in the order they are looked for.
pub const REQUEST_ID_HEADERS: [&str; 3] = ["x-request-id", "x-truto-request-id", "request-id"];

/// The request id in `headers` (the first of [`REQUEST_ID_HEADERS`] present).
pub fn request_id(headers: &HeaderMap) -> Option<&str> {
    REQUEST_ID_HEADERS
        .iter()
        .find_map(|h| headers.get(*h)?.to_str().ok())
        .map(str::trim)
        .filter(|v| !v.is_empty())
}

/// What one call to `execute` got, with the number of attempts it took.
enum Attempted {
    Buffered(u16, HeaderMap, Bytes, u32),
    Streaming(reqwest::Response, u32),
}

fn parse_retry_after(headers: &HeaderMap) -> Option<Duration> {
    let v = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()) {
        // More seconds than a u64 holds is as long as a wait gets: past any deadline.
        return Some(v.parse::<u64>().map_or(Duration::MAX, Duration::from_secs));
    }
    let at = httpdate::parse_http_date(v).ok()?;
    Some(
        at.duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

/// Whether a call is sent again after its answer was lost.
#[derive(Debug, Clone, Copy)]
enum AfterLoss<'s> {
    /// When the endpoint is idempotent, or the retry policy allows it.
    AsPolicy,
    /// Never: the caller reads back whether the call took effect. Nor is it sent at all (or
    /// again, after a 429 or a refusal) once `stop` is given. (Offboarding's only.)
    #[cfg_attr(not(feature = "offboard"), allow(dead_code))]
    Never { stop: Option<&'s Stop> },
}

/// One call in flight: everything `execute` needs, named.
struct Call<'a> {
    method: reqwest::Method,
    /// The URL parsed, for the first attempt (each attempt hands its URL to the HTTP stack).
    url: Option<reqwest::Url>,
    /// The URL as written, parsed again for a retry.
    text: String,
    /// The JSON body, shared by every attempt.
    body: Option<Bytes>,
    /// Sent again after its answer was lost (a timeout, a dropped connection, a 502 or 504):
    /// the endpoint is idempotent or the policy allows it, and the caller does not confirm a
    /// lost answer itself.
    resend_after_loss: bool,
    /// Once given, the call is not sent (again): waits for the rate budget or a retry end.
    stop: Option<&'a Stop>,
    /// Hand a success over as a stream instead of buffering it.
    streaming: bool,
    /// What the call is, for logs.
    what: &'static str,
    /// The integrated account whose rate budget the call counts against.
    account: Option<&'a str>,
}

/// How long a call may still take, and what it has cost so far.
struct Attempts {
    start: Instant,
    deadline: Instant,
    attempt: u32,
}

impl Attempts {
    fn timeout(&self, attempts: u32) -> Error {
        Error::Timeout {
            attempts,
            elapsed: self.start.elapsed(),
        }
    }
}

/// What one attempt gave: the status, headers and whole body of the answer, or why there is
/// none.
type Answer = Result<(u16, HeaderMap, Bytes), Failure>;

/// Why an attempt got no answer.
enum Failure {
    /// The HTTP stack failed (connection, protocol, reqwest's own timeout).
    Http(reqwest::Error),
    /// The attempt's deadline passed ([`crate::watchdog`]).
    TimedOut,
    /// The body is larger than the client's cap: refused on its `Content-Length`
    /// (`declared`), or dropped as soon as the bytes received passed it.
    TooLarge { status: u16, declared: Option<u64> },
}

/// An answer's status, headers and whole body, with the token redacted from the headers and
/// the body. A body over the client's cap is refused on its `Content-Length`, or counted chunk
/// by chunk and dropped as soon as it passes the cap: never more than the cap (and one chunk)
/// is held.
fn read(
    mut resp: reqwest::Response,
    inner: &Inner,
) -> ReadBody<'_, impl Stream<Item = reqwest::Result<Bytes>> + Unpin + use<'_>> {
    let declared = resp.content_length();
    let (status, headers) = redacted_head(&mut resp, inner);
    let body = resp.bytes_stream();
    let refused = declared
        .is_some_and(|n| n > inner.shared.max_body_bytes)
        .then_some(Failure::TooLarge { status, declared });
    ReadBody {
        inner,
        body,
        status,
        headers: Some(headers),
        declared,
        refused,
        first: None,
        gathered: bytes::BytesMut::new(),
        received: 0,
    }
}

/// An answer's status and its headers, taken out of `resp` (the body does not need them: they
/// are moved, not copied) with the token redacted.
fn redacted_head(resp: &mut reqwest::Response, inner: &Inner) -> (u16, HeaderMap) {
    let mut headers = std::mem::take(resp.headers_mut());
    inner.redactor.headers(&mut headers);
    (resp.status().as_u16(), headers)
}

/// The future [`read`] returns: polls the body's chunks itself (a small state: no
/// `reqwest::Response` kept, no boxed future).
struct ReadBody<'a, S> {
    inner: &'a Inner,
    body: S,
    status: u16,
    /// Taken when the answer is complete.
    headers: Option<HeaderMap>,
    declared: Option<u64>,
    /// Refused on its `Content-Length` before a byte was read.
    refused: Option<Failure>,
    /// One chunk (the common case) is kept as it came; more are gathered in one buffer.
    first: Option<Bytes>,
    gathered: bytes::BytesMut,
    received: u64,
}

impl<S: Stream<Item = reqwest::Result<Bytes>> + Unpin> Future for ReadBody<'_, S> {
    type Output = Answer;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Answer> {
        let this = self.get_mut();
        if let Some(refused) = this.refused.take() {
            return Poll::Ready(Err(refused));
        }
        loop {
            let chunk = match this.body.poll_next_unpin(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(None) => break,
                Poll::Ready(Some(Err(e))) => return Poll::Ready(Err(Failure::Http(e))),
                Poll::Ready(Some(Ok(chunk))) => chunk,
            };
            this.received += chunk.len() as u64;
            if this.received > this.inner.shared.max_body_bytes {
                return Poll::Ready(Err(Failure::TooLarge {
                    status: this.status,
                    declared: None,
                }));
            }
            match this.first.take() {
                None if this.gathered.is_empty() => this.first = Some(chunk),
                earlier => {
                    if this.gathered.is_empty() {
                        let expected = this.declared.unwrap_or(this.received);
                        this.gathered
                            .reserve(usize::try_from(expected).unwrap_or(0));
                    }
                    this.gathered
                        .extend_from_slice(earlier.as_deref().unwrap_or_default());
                    this.gathered.extend_from_slice(&chunk);
                }
            }
        }
        let body = this
            .first
            .take()
            .unwrap_or_else(|| std::mem::take(&mut this.gathered).freeze());
        let headers = this.headers.take().unwrap_or_default();
        Poll::Ready(Ok((this.status, headers, this.inner.redactor.bytes(body))))
    }
}

/// One attempt of a buffered call: the request sent, then its answer read whole, unless the
/// attempt's deadline passes first. One future for the three (rather than a `select` of the
/// deadline and the send chained to the read), so that a call runs through one small `poll`.
struct Attempt<P, F, R> {
    armed: crate::watchdog::Armed,
    state: AttemptState<P, R>,
    /// Starts reading an answer.
    read: F,
}

enum AttemptState<P, R> {
    Sending(P),
    Reading(R),
    Done,
}

impl<P, F, R> Future for Attempt<P, F, R>
where
    P: Future<Output = reqwest::Result<reqwest::Response>> + Unpin,
    F: FnMut(reqwest::Response) -> R + Unpin,
    R: Future<Output = Answer> + Unpin,
{
    type Output = Answer;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Answer> {
        let this = self.get_mut();
        loop {
            match &mut this.state {
                AttemptState::Sending(pending) => match Pin::new(pending).poll(cx) {
                    Poll::Ready(Ok(resp)) => this.state = AttemptState::Reading((this.read)(resp)),
                    Poll::Ready(Err(e)) => {
                        this.state = AttemptState::Done;
                        return Poll::Ready(Err(Failure::Http(e)));
                    }
                    Poll::Pending => break,
                },
                AttemptState::Reading(reading) => match Pin::new(reading).poll(cx) {
                    Poll::Ready(answer) => {
                        this.state = AttemptState::Done;
                        return Poll::Ready(answer);
                    }
                    Poll::Pending => break,
                },
                AttemptState::Done => return Poll::Pending,
            }
        }
        // Waiting for the server: unless the deadline has passed.
        match Pin::new(&mut this.armed.expired()).poll(cx) {
            Poll::Ready(()) => {
                this.state = AttemptState::Done;
                Poll::Ready(Err(Failure::TimedOut))
            }
            Poll::Pending => Poll::Pending,
        }
    }
}

/// A validation report's warnings, as `tracing` warnings.
#[cold]
#[inline(never)]
fn log_warnings(report: &ValidationReport) {
    for w in report.warnings() {
        tracing::warn!(
            endpoint = report.endpoint,
            rule = w.rule.as_str(),
            "{}",
            w.message
        );
    }
}

/// The parts of a [`Response`] whose body streams: the status, the headers and the body, with
/// the token redacted from both.
#[cold]
#[inline(never)]
fn streamed<T>(
    inner: &Inner,
    mut resp: reqwest::Response,
    attempts: u32,
) -> (u16, HeaderMap, u32, Body<T>, Option<Bytes>) {
    let (status, headers) = redacted_head(&mut resp, inner);
    let chunks = Box::pin(resp.bytes_stream());
    let stream = inner.redactor.clone().stream(chunks).map(move |chunk| {
        chunk.map_err(|e| Error::Connection {
            message: format!("stream interrupted: {e}"),
            attempts,
            source: Some(Box::new(e)),
        })
    });
    (
        status,
        headers,
        attempts,
        Body::Stream(Box::pin(stream)),
        None,
    )
}

/// One attempt of a streaming call: the response when it is a success (its body is read as the
/// caller streams it), else the answer read whole, or why there is none.
async fn stream_head(
    request: reqwest::Request,
    inner: &Inner,
) -> Result<reqwest::Response, Answer> {
    match inner.shared.http.execute(request).await {
        Ok(resp) if resp.status().is_success() => Ok(resp),
        Ok(resp) => Err(read(resp, inner).await),
        Err(e) => Err(Err(Failure::Http(e))),
    }
}

/// What one attempt decided.
enum Next {
    Done(Attempted),
    Retry(Duration),
}

impl Client {
    /// A builder with the defaults.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client for another API token (e.g. one per tenant) over this client's connection
    /// pool, settings, rate budget and limit on attempts in flight: cheap to make (no new
    /// pool, no thread) and to keep, so a service can hold one per tenant token. Each sends its
    /// own token (and redacts it from what it receives); each has its own cache of integrated
    /// accounts' integrations, since what the API answers one token says nothing of another's.
    /// The token is never shown, as [`ClientBuilder::token`]'s is. Fails only when the token
    /// has characters an HTTP header cannot carry ([`Error::Config`]).
    ///
    /// ```no_run
    /// # fn main() -> Result<(), truto_user_directory::Error> {
    /// let pool = truto_user_directory::Client::builder().token("first tenant").build()?;
    /// let tenant = pool.with_token("second tenant")?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn with_token(&self, token: impl Into<String>) -> Result<Client, Error> {
        Ok(Client {
            inner: Arc::new(Inner::new(self.inner.shared.clone(), Token::new(token))?),
        })
    }

    /// The base URL requests go to (without a trailing `/`).
    pub fn base_url(&self) -> &str {
        &self.inner.shared.base
    }

    /// How many requests may be in flight at once ([`ClientBuilder::max_in_flight`]; `None`:
    /// no limit).
    pub fn in_flight_limit(&self) -> Option<usize> {
        self.inner.shared.max_in_flight
    }

    /// How failed attempts are retried ([`ClientBuilder::retry`]).
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.inner.shared.retry
    }

    /// The request as it would be sent, with the token redacted. Nothing is validated or sent.
    pub fn prepare(
        &self,
        endpoint: &'static EndpointSpec,
        fields: &[Field<'_>],
    ) -> Result<Prepared, Error> {
        let url = request_url(&self.inner.shared.base, endpoint, fields)?;
        let body = crate::wire::body_bytes(endpoint, fields)
            .and_then(|b| String::from_utf8(b).ok())
            .and_then(|text| serde_json::value::RawValue::from_string(text).ok());
        let mut headers = vec![
            ("authorization".to_string(), "Bearer ***".to_string()),
            ("accept".to_string(), "application/json".to_string()),
            (
                "user-agent".to_string(),
                self.inner.shared.user_agent.clone(),
            ),
        ];
        if body.is_some() {
            headers.push(("content-type".to_string(), "application/json".to_string()));
        }
        Ok(Prepared {
            method: endpoint.method.as_str(),
            url,
            headers,
            body,
        })
    }

    async fn fetch_integration_name(
        &self,
        api: &Api,
        integrated_account_id: &str,
    ) -> Result<String, Error> {
        let id = crate::wire::encode(integrated_account_id);
        let url = sendable(
            format!("{}/integrated-account/{id}", self.inner.shared.base),
            &self.inner.shared.base,
            || {
                vec![(
                    "integrated account id (looked up for its integration)".into(),
                    id.len(),
                )]
            },
        )?;
        let mut call = Call {
            method: reqwest::Method::GET,
            url: Some(self.inner.shared.url(&url)?),
            text: url,
            body: None,
            resend_after_loss: true,
            stop: None,
            streaming: false,
            what: "integrated-account.get",
            account: None,
        };
        let Attempted::Buffered(status, _, body, _) = self.execute(&mut call).await? else {
            return Err(Error::Config("unexpected streaming lookup".into()));
        };
        let decode_error = |message: String| Error::Decode {
            status,
            message,
            snippet: snippet(&body),
        };
        // Where the account's id and integration are: the spec's `accounts` section.
        let Some(paths) = api.accounts else {
            return Err(Error::Config(
                "spec/common.yaml has no `accounts` section: an integrated account's integration cannot be read".into(),
            ));
        };
        let account: Value = serde_json::from_slice(&body)
            .map_err(|e| decode_error(format!("integrated account: {e}")))?;
        // The answer is used only when it is about the account asked for.
        let answered = crate::spec::id_at(&account, paths.id);
        if !answered
            .as_deref()
            .is_some_and(|a| crate::ids::same_account(a, integrated_account_id))
        {
            return Err(Error::Mismatch {
                what: "integrated account",
                asked: integrated_account_id.to_string(),
                answered,
                status,
            });
        }
        crate::spec::text_at(&account, paths.integration).ok_or_else(|| {
            decode_error(format!(
                "integrated account has no {} (its integration)",
                paths.integration
            ))
        })
    }

    /// Validates, encodes, sends and decodes `request`. `integration` names the integrated
    /// account's integration; when `None` it is looked up (once per account).
    pub fn send<'a, O>(
        &'a self,
        request: &'a O,
        integration: Option<Integration>,
    ) -> impl Future<Output = Result<Response<O::Response>, Error>> + 'a
    where
        O: Operation,
        O::Response: ResponseBody,
    {
        self.send_fields(O::spec(), request.fields(), integration)
    }

    /// [`send`](Self::send) for a request given as its spec and fields (what the CLI, plans and
    /// the local server build from untyped input), decoding the body as `T`.
    pub fn send_fields<'a, T: ResponseBody + 'a>(
        &'a self,
        endpoint: &'static EndpointSpec,
        fields: Vec<Field<'a>>,
        integration: Option<Integration>,
    ) -> impl Future<Output = Result<Response<T>, Error>> + 'a {
        self.send_fields_as(endpoint, fields, integration, AfterLoss::AsPolicy)
    }

    /// [`send_fields`](Self::send_fields) for a call whose caller confirms a lost answer
    /// itself (offboarding reads the user back): it is sent again only when the server cannot
    /// have acted on it (a 429, a refused HTTP/2 stream, a connection that never opened), never
    /// after an answer was lost (a timeout, a dropped connection, a 502 or 504), idempotent or
    /// not.
    /// Once `stop` is given it is not sent, nor sent again ([`Error::Stopped`]).
    #[cfg(feature = "offboard")]
    pub(crate) fn send_fields_once_applied<'a, T: ResponseBody + 'a>(
        &'a self,
        endpoint: &'static EndpointSpec,
        fields: Vec<Field<'a>>,
        integration: Option<Integration>,
        stop: Option<&'a Stop>,
    ) -> impl Future<Output = Result<Response<T>, Error>> + 'a {
        self.send_fields_as(endpoint, fields, integration, AfterLoss::Never { stop })
    }

    async fn send_fields_as<T: ResponseBody>(
        &self,
        endpoint: &'static EndpointSpec,
        fields: Vec<Field<'_>>,
        integration: Option<Integration>,
        after_loss: AfterLoss<'_>,
    ) -> Result<Response<T>, Error> {
        let mode = self.inner.shared.mode;
        let (integration, unknown) = match integration {
            Some(i) => (Some(i), None),
            // The admin API is not called for an integrated account: nothing to look up.
            None if endpoint.admin => (None, None),
            None => match self.inner.cached_integration(account_of(&fields)) {
                // Asked before, and known: as if it were named.
                Some(AccountIntegration::Known(i)) => (Some(i), None),
                // Boxed: asked once per account, and its state would enlarge every call's
                // future.
                _ => Box::pin(self.look_up(endpoint, &fields)).await?,
            },
        };
        let mut checked =
            Checked::new(endpoint, fields, integration, mode).map_err(Error::Validation)?;
        match self.exchange(&checked, after_loss).await {
            Ok(attempted) => {
                let mut response = self.response_to(&mut checked, attempted)?;
                response.unknown_integration = unknown;
                Ok(response)
            }
            Err(mut e) => {
                e.attribute(None, unknown);
                Err(e)
            }
        }
    }

    /// The integration of the account `fields` act on, looked up (with the name the API gave
    /// when this spec does not know it), once what can be checked without it passed.
    async fn look_up(
        &self,
        endpoint: &'static EndpointSpec,
        fields: &[Field<'_>],
    ) -> Result<(Option<Integration>, Option<String>), Error> {
        // Check what can be checked before asking the API anything.
        let report = crate::validate::report(endpoint, fields, None, self.inner.shared.mode);
        if !report.is_ok() {
            return Err(Error::Validation(report));
        }
        Ok(
            match account_integration(self, endpoint.api, account_of(fields)).await? {
                AccountIntegration::Known(i) => (Some(i), None),
                AccountIntegration::NotInSpec(name) => (None, Some(name)),
            },
        )
    }

    /// Sends a request that passed validation and decodes the response as `T`.
    pub async fn send_checked<T: ResponseBody>(
        &self,
        mut checked: Checked<'_>,
    ) -> Result<Response<T>, Error> {
        let attempted = self.exchange(&checked, AfterLoss::AsPolicy).await?;
        self.response_to(&mut checked, attempted)
    }

    /// The answer to `checked`, sent with retries ([`execute`](Self::execute)); an error names
    /// the endpoint and the integration. Not generic: one copy serves every response type.
    async fn exchange(
        &self,
        checked: &Checked<'_>,
        after_loss: AfterLoss<'_>,
    ) -> Result<Attempted, Error> {
        let mut call = self.call_for(checked, after_loss)?;
        self.execute(&mut call).await.map_err(|mut e| {
            e.attribute(
                Some(checked.endpoint),
                checked.integration.map(|i| i.name().to_string()),
            );
            e
        })
    }

    /// What sending `checked` takes: its URL, body and how to treat it. Its warnings are logged.
    ///
    /// This and [`response_to`](Self::response_to) are the synchronous stages of a call, kept out of
    /// line so that the call's own state machine (its `poll`) stays small; what is rare in them
    /// (warnings, streams) is further out of line, so that the common path runs through fewer
    /// instruction-cache lines.
    #[inline(never)]
    fn call_for<'c>(
        &self,
        checked: &'c Checked<'_>,
        after_loss: AfterLoss<'c>,
    ) -> Result<Call<'c>, Error> {
        let endpoint = checked.endpoint;
        if let Some(warnings) = &checked.warnings {
            log_warnings(warnings);
        }
        let url = request_url(&self.inner.shared.base, endpoint, &checked.fields)?;
        Ok(Call {
            method: method(endpoint.method),
            url: Some(self.inner.shared.url(&url)?),
            text: url,
            body: crate::wire::body_bytes(endpoint, &checked.fields).map(Bytes::from),
            resend_after_loss: matches!(after_loss, AfterLoss::AsPolicy)
                && (endpoint.idempotent || self.inner.shared.retry.retry_non_idempotent),
            stop: match after_loss {
                AfterLoss::Never { stop } => stop,
                AfterLoss::AsPolicy => None,
            },
            streaming: checked.body_handling() == BodyHandling::Stream,
            what: endpoint.name,
            account: Some(checked.account).filter(|a| !a.is_empty()),
        })
    }

    /// The response to `checked`: its body streamed (with the token redacted), decoded as `T`,
    /// or kept as JSON or bytes, as the request asked.
    #[inline(never)]
    fn response_to<T: ResponseBody>(
        &self,
        checked: &mut Checked<'_>,
        attempted: Attempted,
    ) -> Result<Response<T>, Error> {
        let (status, headers, attempts, body, raw) = match attempted {
            Attempted::Streaming(resp, attempts) => streamed(&self.inner, resp, attempts),
            Attempted::Buffered(status, headers, bytes, attempts) => {
                let body = match checked.body_handling() {
                    BodyHandling::Raw => match serde_json::from_slice::<Value>(&bytes) {
                        Ok(v) => Body::Json(v),
                        Err(_) => Body::Bytes(bytes.clone()),
                    },
                    _ => Body::Typed(decode::<T>(status, &bytes, checked)?),
                };
                (status, headers, attempts, body, Some(bytes))
            }
        };
        Ok(Response {
            body,
            status,
            rate_limit: RateLimit::from_headers(&headers),
            attempts,
            headers,
            integration: checked.integration,
            unknown_integration: None,
            warnings: checked.warnings.take(),
            raw,
        })
    }

    /// The wait before retry number `retry` (from 1): a random share of the policy's ceiling,
    /// which doubles from `base_delay` up to `max_delay`.
    pub(crate) fn backoff(&self, retry: u32) -> Duration {
        let policy = &self.inner.shared.retry;
        let exp = policy
            .base_delay
            .saturating_mul(2u32.saturating_pow(retry.saturating_sub(1)));
        let ceiling = u64::try_from(exp.min(policy.max_delay).as_millis()).unwrap_or(u64::MAX);
        Duration::from_millis(fastrand::u64(ceiling / 2..=ceiling.max(1)))
    }

    /// A slot in flight, then the account's budget, taken right before sending so that it
    /// counts the real send time; nobody holds a slot while waiting for a budget.
    async fn admit(&self, account: Option<&str>) -> Result<Option<OwnedSemaphorePermit>, Error> {
        let budget = self.inner.shared.budget.as_deref().zip(account);
        loop {
            if let Some((budget, account)) = budget {
                budget.ready(account).await;
            }
            let permit = match &self.inner.shared.in_flight {
                Some(s) => Some(
                    s.clone()
                        .acquire_owned()
                        .await
                        .map_err(|_| Error::Config("the client was shut down".into()))?,
                ),
                None => None,
            };
            match budget {
                Some((budget, account)) if budget.try_take(account).is_err() => continue,
                _ => return Ok(permit),
            }
        }
    }

    /// Sends with retries: 429 after `Retry-After` (seconds or HTTP date; the policy's default
    /// when absent) while it fits in the deadline; 502, 504, timeouts and connection failures
    /// with jittered backoff when the call is idempotent or the policy allows; 409 and 503
    /// never. Each retry is a `tracing` warning.
    async fn execute(&self, call: &mut Call<'_>) -> Result<Attempted, Error> {
        let start = Instant::now();
        let mut attempts = Attempts {
            start,
            deadline: later(start, self.inner.shared.deadline),
            attempt: 0,
        };
        loop {
            attempts.attempt += 1;
            // Waiting for the rate budget or a slot in flight extends the deadline: a call
            // queued behind a thousand others is not late.
            let may_queue = self.inner.shared.in_flight.is_some()
                || (self.inner.shared.budget.is_some() && call.account.is_some());
            // The first attempt starts now: one clock read less.
            let mut now = if attempts.attempt == 1 {
                start
            } else {
                Instant::now()
            };
            if call.stop.is_some_and(Stop::is_stopped) {
                return Err(Error::Stopped {
                    attempts: attempts.attempt - 1,
                });
            }
            let permit = if may_queue {
                // Boxed: the wait's state would enlarge the future of every call, queued or not.
                let admitted = Box::pin(unless_stopped(self.admit(call.account), call.stop)).await;
                let Some(permit) = admitted else {
                    return Err(Error::Stopped {
                        attempts: attempts.attempt - 1,
                    });
                };
                let permit = permit?;
                let queued = now;
                now = Instant::now();
                attempts.deadline = later(attempts.deadline, now - queued);
                permit
            } else {
                None
            };
            let remaining = attempts.deadline.saturating_duration_since(now);
            if remaining.is_zero() {
                return Err(attempts.timeout(attempts.attempt - 1));
            }
            let attempt_timeout = self.inner.shared.attempt_timeout.min(remaining);
            let request = self.inner.request(call, attempt_timeout)?;
            // One attempt: the response head, then (unless streaming) the whole body.
            let outcome = if call.streaming {
                // Boxed, as the waits are: a rare state that would enlarge every call's future.
                match Box::pin(stream_head(request, &self.inner)).await {
                    Ok(resp) => return Ok(Attempted::Streaming(resp, attempts.attempt)),
                    Err(outcome) => outcome,
                }
            } else {
                let inner = &*self.inner;
                Attempt {
                    armed: Watchdog::global().arm(now + attempt_timeout),
                    state: AttemptState::Sending(inner.shared.http.execute(request)),
                    read: |resp| read(resp, inner),
                }
                .await
            };
            drop(permit);
            let wait = match self.judge(call, &attempts, outcome)? {
                Next::Done(done) => return Ok(done),
                Next::Retry(wait) => wait,
            };
            if !ends_before(wait, attempts.deadline) {
                return Err(attempts.timeout(attempts.attempt));
            }
            // Boxed: a retry is rare, and a timer would enlarge every call's future.
            let waited = Box::pin(unless_stopped(tokio::time::sleep(wait), call.stop)).await;
            if waited.is_none() {
                return Err(Error::Stopped {
                    attempts: attempts.attempt,
                });
            }
        }
    }

    /// What to do after an attempt that got no answer: fail, or wait and retry when the call may
    /// be sent again (it is idempotent or was never processed) and retries are left.
    fn judge_failure(
        &self,
        call: &Call<'_>,
        attempts: &Attempts,
        failure: Failure,
    ) -> Result<Next, Error> {
        let attempt = attempts.attempt;
        let retries_left = attempt <= self.inner.shared.retry.max_retries;
        let (timed_out, message) = match &failure {
            Failure::Http(e) => (e.is_timeout(), self.inner.redactor.text(error_chain(e))),
            _ => (true, "the attempt timed out".to_string()),
        };
        // Refused before the server processed it, or never sent (the connection did not open):
        // safe to send again, idempotent or not.
        let refused =
            matches!(&failure, Failure::Http(e) if e.is_connect() || refused_unprocessed(e));
        if !((call.resend_after_loss || refused) && retries_left) {
            return Err(match failure {
                Failure::Http(e) if !timed_out => Error::Connection {
                    message,
                    attempts: attempt,
                    source: Some(Box::new(e)),
                },
                _ => attempts.timeout(attempt),
            });
        }
        let wait = self.backoff(attempt);
        let error = crate::terminal::bounded(
            &message,
            crate::terminal::MAX_SHOWN_BYTES,
            "the whole error is in the call's result",
        );
        tracing::warn!(what = call.what, attempt, timed_out, %error, wait_ms = wait.as_millis() as u64, "attempt failed; retrying");
        Ok(Next::Retry(wait))
    }

    /// What to do after one attempt: hand back the answer, fail, or wait and retry.
    fn judge(&self, call: &Call<'_>, attempts: &Attempts, outcome: Answer) -> Result<Next, Error> {
        let policy = &self.inner.shared.retry;
        let attempt = attempts.attempt;
        let retries_left = attempt <= policy.max_retries;
        let may_retry_failures = call.resend_after_loss;
        let what = call.what;
        let (status, headers, bytes) = match outcome {
            Ok(answer) => answer,
            // Not retried: the next answer would be as large.
            Err(Failure::TooLarge { status, declared }) => {
                return Err(Error::BodyTooLarge {
                    status,
                    limit: self.inner.shared.max_body_bytes,
                    declared,
                    attempts: attempt,
                });
            }
            Err(failure) => return self.judge_failure(call, attempts, failure),
        };
        match status {
            429 => {
                let wait = parse_retry_after(&headers).unwrap_or(policy.default_retry_after);
                // A wait past the deadline fails the call now: it is not slept.
                if !retries_left || !ends_before(wait, attempts.deadline) {
                    return Err(Error::RateLimited {
                        retry_after: wait,
                        past_deadline: retries_left,
                        error: Box::new(ApiError::new(status, headers, bytes, attempt)),
                    });
                }
                tracing::warn!(
                    what,
                    attempt,
                    status,
                    wait_ms = wait.as_millis() as u64,
                    "rate limited; retrying after Retry-After"
                );
                if let Some((budget, account)) =
                    self.inner.shared.budget.as_deref().zip(call.account)
                {
                    budget.pause(account, wait);
                }
                Ok(Next::Retry(wait))
            }
            502 | 504 if may_retry_failures && retries_left => {
                let wait = self.backoff(attempt);
                tracing::warn!(
                    what,
                    attempt,
                    status,
                    wait_ms = wait.as_millis() as u64,
                    "gateway error; retrying"
                );
                Ok(Next::Retry(wait))
            }
            s if (200..300).contains(&s) => Ok(Next::Done(Attempted::Buffered(
                status, headers, bytes, attempt,
            ))),
            // Never followed (the HTTP client's redirect policy is `none`), never retried.
            300..=399 => Err(Error::Redirect {
                status,
                location: headers
                    .get(LOCATION)
                    .map(|l| String::from_utf8_lossy(l.as_bytes()).into_owned()),
                attempts: attempt,
            }),
            _ => Err(Error::Api(Box::new(ApiError::new(
                status, headers, bytes, attempt,
            )))),
        }
    }
}

/// The integrated account `fields` act on (empty when they name none).
fn account_of<'f>(fields: &'f [Field<'_>]) -> &'f str {
    fields
        .iter()
        .find(|f| f.spec.role == Some(ParamRole::IntegratedAccount))
        .and_then(|f| f.value.as_str())
        .unwrap_or_default()
}

/// `wait`'s output, or `None` when `stop` is given first.
async fn unless_stopped<F: Future>(wait: F, stop: Option<&Stop>) -> Option<F::Output> {
    match stop {
        None => Some(wait.await),
        Some(stop) => tokio::select! {
            biased;
            () = stop.stopped() => None,
            out = wait => Some(out),
        },
    }
}

/// The URL of a call to `endpoint` with `fields`, when it can be sent ([`sendable`]).
fn request_url(base: &str, endpoint: &EndpointSpec, fields: &[Field<'_>]) -> Result<String, Error> {
    let url = crate::wire::url(base, endpoint, fields).map_err(|e| Error::Config(e.message))?;
    sendable(url, base, || {
        crate::wire::url_lengths(fields)
            .into_iter()
            .map(|(name, bytes)| (name.to_string(), bytes))
            .collect()
    })
}

impl Shared {
    /// `url`, which [`crate::wire::url`] wrote after the base URL, parsed: only what follows
    /// the base is parsed, as a reference relative to the base parsed once when the client was
    /// built, so no call parses a scheme or a host again (with its IDNA mapping). The result is
    /// the URL `Url::parse(url)` gives (`tests` below hold the two equal); anything else (a
    /// first segment that would read as a scheme) is parsed whole.
    fn url(&self, url: &str) -> Result<reqwest::Url, Error> {
        let relative = url
            .strip_prefix(self.base.as_str())
            .and_then(|rest| rest.strip_prefix('/'))
            // A path-relative reference: it starts with a letter or digit (not a slash, a backslash, `.`,
            // `?`, `#` or a tab, which the parser reads otherwise) and has no `:` before its
            // first `/`, `?` or `#` (which would make it a scheme).
            .filter(|rest| {
                let scheme_like = rest
                    .bytes()
                    .take_while(|b| !matches!(b, b'/' | b'?' | b'#'))
                    .any(|b| b == b':');
                rest.as_bytes()
                    .first()
                    .is_some_and(u8::is_ascii_alphanumeric)
                    && !scheme_like
            });
        match relative {
            Some(rest) => self.base_dir.join(rest),
            None => reqwest::Url::parse(url),
        }
        .map_err(|e| Error::Config(format!("the request URL {url:?} is not a URL: {e}")))
    }
}

/// `url`, or [`Error::UrlTooLong`] when it is longer than [`crate::wire::MAX_URL_BYTES`] (the
/// HTTP stack could not send it; nothing is sent). The error names the parameters of
/// `lengths` (name, bytes in the URL; longest first) that make it long: those of 1 KiB or
/// more, else (unless the base URL is the long part) the five longest.
fn sendable(
    url: String,
    base: &str,
    lengths: impl FnOnce() -> Vec<(String, usize)>,
) -> Result<String, Error> {
    let limit = crate::wire::MAX_URL_BYTES;
    if url.len() <= limit {
        return Ok(url);
    }
    let mut parameters = lengths();
    parameters.retain(|(_, bytes)| *bytes > 0);
    let long = parameters
        .iter()
        .filter(|(_, bytes)| *bytes >= 1024)
        .count();
    let named = match long {
        0 if base.len() > limit / 2 => 0,
        0 => 5,
        n => n,
    };
    parameters.truncate(named);
    Err(Error::UrlTooLong {
        length: url.len(),
        limit,
        parameters,
    })
}

fn method(m: Method) -> reqwest::Method {
    match m {
        Method::Get => reqwest::Method::GET,
        Method::Post => reqwest::Method::POST,
        Method::Put => reqwest::Method::PUT,
        Method::Patch => reqwest::Method::PATCH,
        Method::Delete => reqwest::Method::DELETE,
    }
}

/// Decodes a `unified` / `normalized` body: 204 and empty bodies are `None`, and
/// `truto_ignore_remote_data` / `truto_exclude_fields` are honoured even if the API sends the
/// fields anyway ([`ResponseBody`]).
fn decode<T: ResponseBody>(
    status: u16,
    bytes: &[u8],
    checked: &Checked<'_>,
) -> Result<Option<Box<T>>, Error> {
    if status == 204 {
        return Ok(None);
    }
    let mut skip: Vec<&str> = Vec::new();
    if checked.ignore_remote_data {
        skip.push("remote_data");
    }
    skip.extend(checked.exclude_fields.iter().copied());
    T::decode_body(bytes, &skip, checked.endpoint.api.list_envelope).map_err(|e| Error::Decode {
        status,
        message: if e.is_syntax() || e.is_eof() {
            format!("not JSON: {e}")
        } else {
            e.to_string()
        },
        snippet: snippet(bytes),
    })
}

/// Whether the server refused the request before processing it, so that sending it again cannot
/// repeat it: an HTTP/2 stream the server reset with `REFUSED_STREAM`, or left out of a graceful
/// `GOAWAY` (`NO_ERROR`) (RFC 9113, section 8.7). (An HTTP/1 request on a kept-alive connection
/// the server had just closed is sent again by the HTTP stack itself, on a new connection.)
fn refused_unprocessed(e: &reqwest::Error) -> bool {
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        if let Some(h2) = cause.downcast_ref::<h2::Error>() {
            return h2.is_remote()
                && ((h2.is_reset() && h2.reason() == Some(h2::Reason::REFUSED_STREAM))
                    || (h2.is_go_away() && h2.reason() == Some(h2::Reason::NO_ERROR)));
        }
        source = cause.source();
    }
    false
}

/// An error with its causes.
fn error_chain(e: &reqwest::Error) -> String {
    let mut out = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        out.push_str(": ");
        out.push_str(&s.to_string());
        source = s.source();
    }
    out
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::Client;

    /// Text for a URL after the base: any of the characters the URL parser treats specially.
    fn after_base() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            "[a-zA-Z0-9_~-]{1,8}",
            Just("/".to_string()),
            Just("//".to_string()),
            Just("\\".to_string()),
            Just(".".to_string()),
            Just("..".to_string()),
            Just("%2e".to_string()),
            Just("%2E%2e".to_string()),
            Just("?".to_string()),
            Just("#".to_string()),
            Just(":".to_string()),
            Just("&".to_string()),
            Just("=".to_string()),
            Just("[]".to_string()),
            Just("%".to_string()),
            Just("%41".to_string()),
            Just(" ".to_string()),
            Just("\t".to_string()),
            Just("\n".to_string()),
            Just("é".to_string()),
            Just("@".to_string()),
        ];
        prop::collection::vec(piece, 0..12).prop_map(|p| p.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Resolving what follows the base against the base parsed once gives the URL a whole
        /// parse gives, whatever follows it (or falls back to the whole parse).
        #[test]
        fn request_urls_parse_as_a_whole_url_does(
            base in 0..8usize,
            rest in after_base(),
        ) {
            static CLIENTS: std::sync::OnceLock<Vec<Client>> = std::sync::OnceLock::new();
            let clients = CLIENTS.get_or_init(|| {
                [
                    "http://127.0.0.1:8080",
                    "https://api.truto.one",
                    "https://api.truto.one/",
                    "https://example.com/prefix",
                    "https://example.com/a/b/",
                    "http://[::1]:9/x",
                    "https://example.com/p//",
                    "https://example.com:8443/%7Eteam/",
                ]
                .into_iter()
                .map(|base| Client::builder().base_url(base).token("t".repeat(20)).build().unwrap())
                .collect()
            });
            let client = &clients[base];
            let url = format!("{}/{rest}", client.base_url());
            let whole = reqwest::Url::parse(&url).map(String::from).map_err(|e| e.to_string());
            let ours = client.inner.shared.url(&url).map(String::from).map_err(|_| ());
            match whole {
                Ok(whole) => prop_assert_eq!(ours, Ok(whole)),
                Err(_) => prop_assert!(ours.is_err()),
            }
        }
    }
}
