//! One typed error hierarchy for everything a call can run into. API errors keep the status, the
//! response headers and the body; nothing here ever holds the API token (the client redacts it
//! from every answer before an error is built from it).

use std::fmt;
use std::time::Duration;

use bytes::Bytes;
use reqwest::header::HeaderMap;
use serde::Deserialize;
use serde_json::Value;

use crate::spec::EndpointSpec;
use crate::validate::ValidationReport;

use crate::terminal::{self, MAX_SHOWN_BYTES, short as shown_name};

/// How many bytes of an unreadable body an error keeps for diagnosis.
pub const SNIPPET_BYTES: usize = 512;

/// Where the whole body of an error answer is, for the marker of a message that was cut.
const WHOLE_ERROR_BODY: &str = "the whole body is in ApiError::body; userdir operations print it with --verbose or write it raw with --error-body FILE; userdir offboard's audit log has its SHA-256";

/// Where the whole body of a success that could not be read is.
const WHOLE_SUCCESS_BODY: &str =
    "ask for the raw response format (CLI --truto-response-format raw) to see it whole";

/// A bounded, lossy-UTF-8 excerpt of a body that could not be read, control characters
/// escaped ([`terminal::bounded_bytes`]).
pub fn snippet(body: &[u8]) -> String {
    terminal::bounded_bytes(body, SNIPPET_BYTES, WHOLE_SUCCESS_BODY)
}

/// How many names of one insight an error lists.
const MAX_SHOWN_NAMES: usize = 10;

/// What a caller acts on, derived from the status and Truto's error envelope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ApiErrorKind {
    /// 400: the request was rejected (see the envelope's `truto_error_insight`).
    BadRequest,
    /// 401 from Truto itself: the API token is wrong or revoked.
    BadToken,
    /// 401 from the integration: the integrated account needs to be re-authorized.
    NeedsReauth,
    /// 403: missing scopes or permissions.
    Forbidden,
    /// 404: the user (or the account) does not exist.
    NotFound,
    /// 405: the integrated account is a sandbox, which is read-only.
    SandboxReadOnly,
    /// 409: the integration reports a conflict. Never retried.
    Conflict,
    /// 422: the integration rejected the values.
    Unprocessable,
    /// 429: rate limited, and the wait did not fit in the deadline or retries ran out.
    RateLimited,
    /// 503: the integrated account is blocked. Never retried.
    AccountBlocked,
    /// Any other 5xx.
    Server,
    /// Any other status.
    Other,
}

/// One entry of `truto_error_insight`: `{description, value}`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Insight {
    /// What the insight means.
    #[serde(default)]
    pub description: Option<String>,
    /// Its value (a list of names for the `missing_*` insights).
    #[serde(default)]
    pub value: Value,
}

impl Insight {
    /// The value as a list of names.
    pub fn names(&self) -> Vec<String> {
        match &self.value {
            Value::Array(items) => items
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
            Value::String(s) => vec![s.clone()],
            _ => Vec::new(),
        }
    }
}

/// Truto's error envelope: `{statusCode, error, message}`, plus the remote-error fields.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ErrorEnvelope {
    /// Mirrors the HTTP status.
    #[serde(rename = "statusCode", default)]
    pub status_code: Option<u16>,
    /// The canonical status name.
    #[serde(default)]
    pub error: Option<String>,
    /// What went wrong.
    #[serde(default)]
    pub message: Option<String>,
    /// The integration, not Truto, failed.
    #[serde(default)]
    pub truto_is_remote_error: bool,
    /// The integration's own response, when it failed.
    #[serde(default)]
    pub raw_response: Option<Value>,
    /// Truto's diagnosis, keyed by insight (`missing_required_query_parameters`, …).
    #[serde(default)]
    pub truto_error_insight: Option<std::collections::BTreeMap<String, Insight>>,
}

impl ErrorEnvelope {
    fn insight(&self, key: &str) -> Vec<String> {
        self.truto_error_insight
            .as_ref()
            .and_then(|m| m.get(key))
            .map(Insight::names)
            .unwrap_or_default()
    }

    /// Query parameters the API says are missing.
    pub fn missing_required_query_parameters(&self) -> Vec<String> {
        self.insight("missing_required_query_parameters")
    }

    /// Body fields the API says are missing.
    pub fn missing_required_body_fields(&self) -> Vec<String> {
        self.insight("missing_required_body_fields")
    }

    /// Query parameters of which the API says at least one is required.
    pub fn conditionally_required_query_parameters(&self) -> Vec<String> {
        self.insight("conditionally_required_query_parameters")
    }

    /// Body fields of which the API says at least one is required.
    pub fn conditionally_required_body_fields(&self) -> Vec<String> {
        self.insight("conditionally_required_body_fields")
    }

    /// Scopes the API says the account lacks.
    pub fn missing_scopes(&self) -> Vec<String> {
        self.truto_error_insight
            .as_ref()
            .and_then(|m| m.get("forbidden_error"))
            .and_then(|i| i.value.get("missing_scopes"))
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// A non-success HTTP response.
#[derive(Clone)]
pub struct ApiError {
    /// The HTTP status.
    pub status: u16,
    /// What to act on.
    pub kind: ApiErrorKind,
    /// The response headers (rate-limit and `Retry-After` included).
    pub headers: HeaderMap,
    /// The whole body as received (within the client's cap), with the API token redacted if the
    /// server echoed it.
    pub body: Bytes,
    /// The body as Truto's envelope, when it is one.
    pub envelope: Option<ErrorEnvelope>,
    /// How many attempts were made.
    pub attempts: u32,
    /// The endpoint, when the error answers a call to one (not a lookup).
    pub endpoint: Option<&'static EndpointSpec>,
    /// The integration the call was sent for: its display name, or the name the API gave when
    /// this spec does not know it.
    pub integration: Option<String>,
}

impl fmt::Debug for ApiError {
    /// Every field, the endpoint by its name (its spec is a table of its own).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiError")
            .field("status", &self.status)
            .field("kind", &self.kind)
            .field("headers", &self.headers)
            .field("body", &self.body)
            .field("envelope", &self.envelope)
            .field("attempts", &self.attempts)
            .field("endpoint", &self.endpoint.map(|e| e.name))
            .field("integration", &self.integration)
            .finish()
    }
}

impl ApiError {
    /// Classifies a response.
    pub fn new(status: u16, headers: HeaderMap, body: Bytes, attempts: u32) -> ApiError {
        let envelope = serde_json::from_slice::<ErrorEnvelope>(&body)
            .ok()
            .filter(|e| e.status_code.is_some() || e.message.is_some() || e.error.is_some());
        let remote = envelope.as_ref().is_some_and(|e| e.truto_is_remote_error);
        let kind = match status {
            400 => ApiErrorKind::BadRequest,
            401 if remote => ApiErrorKind::NeedsReauth,
            401 => ApiErrorKind::BadToken,
            403 => ApiErrorKind::Forbidden,
            404 => ApiErrorKind::NotFound,
            405 => ApiErrorKind::SandboxReadOnly,
            409 => ApiErrorKind::Conflict,
            422 => ApiErrorKind::Unprocessable,
            429 => ApiErrorKind::RateLimited,
            503 => ApiErrorKind::AccountBlocked,
            500..=599 => ApiErrorKind::Server,
            _ => ApiErrorKind::Other,
        };
        ApiError {
            status,
            kind,
            headers,
            body,
            envelope,
            attempts,
            endpoint: None,
            integration: None,
        }
    }

    /// The parameters `truto_error_insight` says are missing, in groups: the location, whether
    /// all of them (`true`) or at least one (`false`) are required, and the wire names.
    fn missing(&self) -> Vec<(&'static str, bool, Vec<String>)> {
        let Some(e) = &self.envelope else {
            return Vec::new();
        };
        [
            (
                "query parameters",
                true,
                e.missing_required_query_parameters(),
            ),
            ("body fields", true, e.missing_required_body_fields()),
            (
                "query parameters",
                false,
                e.conditionally_required_query_parameters(),
            ),
            ("body fields", false, e.conditionally_required_body_fields()),
        ]
        .into_iter()
        .filter(|(_, _, names)| !names.is_empty())
        .collect()
    }

    /// How to set `name` on the endpoint called, from the spec's tables.
    fn how_to_set(&self, name: &str) -> String {
        let spec = self.endpoint.and_then(|e| e.parameter(name));
        match spec {
            Some(p) => crate::validate::setter(p),
            None => format!(
                "`{name}` (not a parameter of {} in this spec, which is older than the API: a newer version of this crate may know it)",
                self.endpoint.map_or("the endpoint", |e| e.name)
            ),
        }
    }

    /// The envelope's message, or an excerpt of the body, safe to show on a terminal: at most
    /// [`MAX_SHOWN_BYTES`](crate::terminal::MAX_SHOWN_BYTES), control characters and bidi
    /// overrides escaped, with a marker saying how much was cut and where the rest is (the
    /// whole message is in [`ApiError::envelope`], the whole body in [`ApiError::body`]).
    pub fn message(&self) -> String {
        match self.envelope.as_ref().and_then(|e| e.message.as_deref()) {
            Some(message) => terminal::bounded(message, MAX_SHOWN_BYTES, WHOLE_ERROR_BODY),
            None => terminal::bounded_bytes(
                &self.body,
                SNIPPET_BYTES.min(MAX_SHOWN_BYTES),
                WHOLE_ERROR_BODY,
            ),
        }
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let hint = match self.kind {
            ApiErrorKind::BadToken => " (check the API token)",
            ApiErrorKind::NeedsReauth => " (the integrated account needs to be re-authorized)",
            ApiErrorKind::SandboxReadOnly => " (sandbox integrated accounts are read-only)",
            ApiErrorKind::AccountBlocked => " (the integrated account is blocked; not retried)",
            ApiErrorKind::Conflict => " (conflict reported by the integration; not retried)",
            _ => "",
        };
        write!(f, "HTTP {}{hint}: {}", self.status, self.message())?;
        let integration = match &self.integration {
            Some(i) => format!("for {}", shown_name(i)),
            None => "for this integration".to_string(),
        };
        let on = self
            .endpoint
            .map(|e| format!(" on {}", e.name))
            .unwrap_or_default();
        for (location, all, names) in self.missing() {
            let more = names.len().saturating_sub(MAX_SHOWN_NAMES);
            let names: Vec<String> = names
                .iter()
                .take(MAX_SHOWN_NAMES)
                .map(|n| shown_name(n))
                .collect();
            let setters: Vec<String> = names.iter().map(|n| self.how_to_set(n)).collect();
            let mut list = names.join(", ");
            if more > 0 {
                list.push_str(&format!(" and {more} more (see ApiError::envelope)"));
            }
            if all {
                let (it, add) = match names.len() {
                    1 => ("it is", "add it"),
                    _ => ("they are", "add them"),
                };
                write!(
                    f,
                    "; missing {location}: {list} (the API says {it} required {integration}{on}: {add} with {})",
                    setters.join(" and ")
                )?;
            } else {
                write!(
                    f,
                    "; at least one of these {location} is required: {list} (the API says so {integration}{on}: add one with {})",
                    setters.join(" or ")
                )?;
            }
        }
        Ok(())
    }
}

impl std::error::Error for ApiError {}

/// Everything a call can fail with.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The request was not sent: the validator found problems (the whole report).
    Validation(ValidationReport),
    /// The client or the call is misconfigured (base URL, token, path parameter, …).
    Config(String),
    /// The integrated account's integration is not one this spec knows, and the client refuses
    /// unknown integrations ([`crate::ClientBuilder::refuse_unknown_integrations`]; by default
    /// such calls are sent with the checks every integration shares).
    UnknownIntegration {
        /// The integrated account looked up.
        integrated_account_id: String,
        /// The integration name the API returned.
        name: String,
    },
    /// The API answered with an error status.
    Api(Box<ApiError>),
    /// Rate limited (429) and the wait does not fit in the deadline, or retries ran out.
    RateLimited {
        /// How long the API asked to wait (`Duration::MAX` for a `Retry-After` of more seconds
        /// than 64 bits hold).
        retry_after: Duration,
        /// Why the call was not sent again: `true` when the wait ends after the call's
        /// deadline, `false` when the retries were used up.
        past_deadline: bool,
        /// The 429 response.
        error: Box<ApiError>,
    },
    /// An attempt, or the whole call's deadline, ran out.
    Timeout {
        /// Attempts made.
        attempts: u32,
        /// Time spent.
        elapsed: Duration,
    },
    /// The connection failed or was dropped.
    Connection {
        /// What happened.
        message: String,
        /// Attempts made.
        attempts: u32,
        /// The underlying error, when there is one ([`std::error::Error::source`]).
        source: Option<Box<dyn std::error::Error + Send + Sync>>,
    },
    /// The server answered with a redirect (3xx). API calls never follow redirects: nothing was
    /// sent again, here or anywhere else, and the call did not happen as far as the client
    /// knows. The API does not redirect, so the base URL (or a proxy in between) is wrong.
    Redirect {
        /// The HTTP status (301, 302, 303, 307, 308, …).
        status: u16,
        /// The `Location` the server named, if any (never visited).
        location: Option<String>,
        /// Attempts made.
        attempts: u32,
    },
    /// A response body larger than the client's cap
    /// ([`crate::ClientBuilder::max_body_bytes`]): refused on its `Content-Length`, or dropped
    /// as soon as the bytes received passed the cap. Never retried.
    BodyTooLarge {
        /// The HTTP status of the answer.
        status: u16,
        /// The cap, in bytes.
        limit: u64,
        /// The `Content-Length` the server declared, when it declared one over the cap; `None`
        /// when the body was counted as it came.
        declared: Option<u64>,
        /// Attempts made.
        attempts: u32,
    },
    /// The request's URL is longer than the HTTP stack sends
    /// ([`crate::wire::MAX_URL_BYTES`]): refused before sending, so nothing was sent, and never
    /// retried (the same URL would fail again).
    UrlTooLong {
        /// The URL's length, in bytes (percent-encoded).
        length: usize,
        /// The most bytes a URL may have ([`crate::wire::MAX_URL_BYTES`]).
        limit: usize,
        /// The parameters that make it long, longest first: the wire name, and the bytes its
        /// percent-encoded value adds to the URL. Empty when the base URL is the long part.
        parameters: Vec<(String, usize)>,
    },
    /// A success response that could not be read.
    Decode {
        /// The HTTP status.
        status: u16,
        /// Why.
        message: String,
        /// A bounded excerpt of the body.
        snippet: String,
    },
    /// The API answered about another record than the one asked for (another integrated
    /// account, another user), or with one that carries no id: the answer is not used.
    Mismatch {
        /// What was asked for (`integrated account`, `user`).
        what: &'static str,
        /// The id asked for.
        asked: String,
        /// The id the answer carries (`None`: it carries none).
        answered: Option<String>,
        /// The HTTP status of the answer.
        status: u16,
    },
    /// The call was stopped ([`crate::Stop`]) before it was sent, or sent again: none of its
    /// attempts was acted on (each was answered 429, refused unprocessed, or never connected).
    Stopped {
        /// Attempts made before the stop.
        attempts: u32,
    },
    /// Following a list's pages went wrong (the pages before were delivered).
    Pagination {
        /// The list endpoint.
        endpoint: &'static str,
        /// The page that could not be followed (1 is the first).
        page: u32,
        /// What went wrong.
        problem: PageProblem,
    },
}

impl Error {
    /// Records which endpoint and integration an API error answers (what is already known is
    /// kept).
    pub(crate) fn attribute(
        &mut self,
        endpoint: Option<&'static EndpointSpec>,
        integration: Option<String>,
    ) {
        if let Error::Api(e) | Error::RateLimited { error: e, .. } = self {
            if e.endpoint.is_none() {
                e.endpoint = endpoint;
            }
            if e.integration.is_none() {
                e.integration = integration;
            }
        }
    }

    /// The HTTP status, when the API answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api(e) | Error::RateLimited { error: e, .. } => Some(e.status),
            Error::Decode { status, .. }
            | Error::Mismatch { status, .. }
            | Error::Redirect { status, .. }
            | Error::BodyTooLarge { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// Whether the app behind the API says the record does not exist: a 404 carrying Truto's
    /// remote-error envelope (`truto_is_remote_error`). A 404 without it — a proxy's page,
    /// Truto not knowing the account — says nothing about the record.
    pub fn says_remote_not_found(&self) -> bool {
        match self {
            Error::Api(a) => {
                a.status == 404
                    && a.envelope
                        .as_ref()
                        .is_some_and(|env| env.truto_is_remote_error)
            }
            _ => false,
        }
    }

    /// What to act on, when the API answered with an error.
    pub fn kind(&self) -> Option<ApiErrorKind> {
        match self {
            Error::Api(e) | Error::RateLimited { error: e, .. } => Some(e.kind),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Validation(r) => write!(f, "request not sent: {r}"),
            Error::Config(m) => write!(f, "configuration: {m}"),
            Error::UnknownIntegration {
                integrated_account_id,
                name,
            } => write!(
                f,
                "integrated account {} uses integration \"{}\", which this spec does not know, and this client refuses unknown integrations: name a known integration explicitly, or stop refusing (ClientBuilder::refuse_unknown_integrations(false)) to send it with the checks every integration shares",
                shown_name(integrated_account_id),
                shown_name(name)
            ),
            Error::Api(e) => write!(f, "{e}"),
            Error::RateLimited {
                retry_after,
                past_deadline,
                error,
            } => rate_limited(f, *retry_after, *past_deadline, error),
            Error::Timeout { attempts, elapsed } => write!(
                f,
                "timed out after {attempts} attempt(s) in {:.1}s",
                elapsed.as_secs_f64()
            ),
            Error::Connection {
                message, attempts, ..
            } => write!(
                f,
                "connection failed after {attempts} attempt(s): {}",
                terminal::bounded(message, MAX_SHOWN_BYTES, "the whole error is the source")
            ),
            Error::Redirect {
                status,
                location,
                attempts,
            } => redirect(f, *status, location.as_deref(), *attempts),
            Error::BodyTooLarge {
                status,
                limit,
                declared,
                ..
            } => body_too_large(f, *status, *limit, *declared),
            Error::UrlTooLong {
                length,
                limit,
                parameters,
            } => url_too_long(f, *length, *limit, parameters),
            Error::Decode {
                status,
                message,
                snippet,
            } => write!(
                f,
                "HTTP {status} response could not be read: {}; body starts: {}",
                terminal::bounded(message, MAX_SHOWN_BYTES, WHOLE_SUCCESS_BODY),
                terminal::escape(snippet)
            ),
            Error::Pagination {
                endpoint,
                page,
                problem,
            } => write!(f, "{endpoint}, page {page}: {problem}"),
            Error::Stopped { attempts: 0 } => {
                write!(f, "not sent: stopped before the call was sent")
            }
            Error::Stopped { attempts } => write!(
                f,
                "not sent again: stopped after {attempts} attempt(s) the server did not act on (rate limited, refused, or never connected)"
            ),
            Error::Mismatch {
                what,
                asked,
                answered,
                status,
            } => mismatch(f, what, asked, answered.as_deref(), *status),
        }
    }
}

fn rate_limited(
    f: &mut fmt::Formatter<'_>,
    retry_after: Duration,
    past_deadline: bool,
    error: &ApiError,
) -> fmt::Result {
    let why = if past_deadline {
        "which ends after the call's deadline".to_string()
    } else {
        format!(
            "and the retries are used up ({} attempt(s))",
            error.attempts
        )
    };
    write!(
        f,
        "rate limited: the API asked to wait {}, {why} ({error})",
        wait_text(retry_after)
    )
}

fn redirect(
    f: &mut fmt::Formatter<'_>,
    status: u16,
    location: Option<&str>,
    attempts: u32,
) -> fmt::Result {
    match location {
        Some(l) => write!(f, "HTTP {status} redirect to \"{}\"", shown_name(l))?,
        None => write!(f, "HTTP {status} redirect (no Location)")?,
    }
    write!(
        f,
        " after {attempts} attempt(s), not followed: API calls never follow redirects and nothing was sent again, so the call did not happen. The API does not redirect: check the base URL (scheme, host and path; the default is {}) and any proxy in between",
        crate::DEFAULT_BASE_URL
    )
}

fn body_too_large(
    f: &mut fmt::Formatter<'_>,
    status: u16,
    limit: u64,
    declared: Option<u64>,
) -> fmt::Result {
    match declared {
        Some(n) => write!(
            f,
            "HTTP {status} response declares a body of {n} bytes (Content-Length), over the client's limit of {limit} bytes: not read"
        )?,
        None => write!(
            f,
            "HTTP {status} response body passed the client's limit of {limit} bytes: dropped unread after that"
        )?,
    }
    if (200..300).contains(&status) {
        f.write_str("; ask for the `stream` response format (truto_response_format=stream, CLI --truto-response-format stream), which is handed over as it arrives and never buffered, or raise the limit (ClientBuilder::max_body_bytes, CLI --max-body-bytes)")
    } else {
        f.write_str("; an error answer this large is not one the API gives: check the base URL and any proxy in between, or raise the limit (ClientBuilder::max_body_bytes, CLI --max-body-bytes)")
    }
}

fn url_too_long(
    f: &mut fmt::Formatter<'_>,
    length: usize,
    limit: usize,
    parameters: &[(String, usize)],
) -> fmt::Result {
    write!(
        f,
        "the request URL would be {length} bytes, over the {limit} bytes this client sends (the HTTP stack cannot send a URL of 64 KiB or more): nothing was sent. "
    )?;
    if parameters.is_empty() {
        return f.write_str("The base URL is that long: check it");
    }
    let named: Vec<String> = parameters
        .iter()
        .map(|(name, bytes)| format!("`{}` ({bytes} bytes encoded)", shown_name(name)))
        .collect();
    write!(
        f,
        "What makes it long: {}. Check the value: no id the API gives is this long; a long query value (a filter, a list) must be shorter, or split over several calls",
        named.join(", ")
    )
}

fn mismatch(
    f: &mut fmt::Formatter<'_>,
    what: &str,
    asked: &str,
    answered: Option<&str>,
    status: u16,
) -> fmt::Result {
    let asked = shown_name(asked);
    match answered {
        Some(other) => write!(
            f,
            "asked for {what} {asked}, the API (HTTP {status}) answered for {what} {}: the answer is not used (a proxy or the API mixed up records)",
            shown_name(other)
        ),
        None => write!(
            f,
            "asked for {what} {asked}, the API (HTTP {status}) answered with a record that carries no id: it cannot be told to be {asked}, so it is not used"
        ),
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Validation(report) => Some(report),
            Error::Api(e) | Error::RateLimited { error: e, .. } => Some(e.as_ref()),
            Error::Connection {
                source: Some(s), ..
            } => Some(s.as_ref()),
            _ => None,
        }
    }
}

/// A wait the API asked for, as a person reads it: `250 ms`, `10 s`, `172800 s (2 days)`, or
/// what a `Retry-After` past 64-bit seconds means.
fn wait_text(wait: Duration) -> String {
    const DAY: u64 = 86_400;
    if wait == Duration::MAX {
        return "longer than any deadline (a Retry-After of more seconds than 64 bits hold)".into();
    }
    let secs = wait.as_secs();
    match (secs, wait.subsec_millis()) {
        (0, ms) => format!("{ms} ms"),
        (s, 0) if s >= 2 * DAY => format!("{s} s ({} days)", s / DAY),
        (s, 0) => format!("{s} s"),
        (s, ms) => format!("{s}.{ms:03} s"),
    }
}

/// What went wrong while following a list's pages.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum PageProblem {
    /// A page answered with a cursor that already led to an earlier page: following it would
    /// never end.
    RepeatedCursor {
        /// The cursor.
        cursor: String,
    },
    /// A page had none of the envelope's item keys (or `null` there).
    NoItems {
        /// The keys looked for.
        expected: &'static [&'static str],
    },
    /// A page's `next_cursor` is neither text nor `null`: where the list goes on is unknown.
    BadCursor {
        /// What it was, as JSON.
        found: String,
    },
    /// The list went on past the most pages allowed.
    TooManyPages {
        /// The limit.
        max_pages: u32,
    },
}

impl fmt::Display for PageProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PageProblem::RepeatedCursor { cursor } => write!(
                f,
                "the API returned the cursor \"{}\" again; following it would loop forever",
                crate::terminal::short(cursor)
            ),
            PageProblem::NoItems { expected } => write!(
                f,
                "the page has no list of items (looked for {})",
                expected
                    .iter()
                    .map(|k| format!("`{k}`"))
                    .collect::<Vec<_>>()
                    .join(" or ")
            ),
            PageProblem::BadCursor { found } => write!(
                f,
                "the page's next cursor is {found}, not text or null: the rest of the list cannot be followed"
            ),
            PageProblem::TooManyPages { max_pages } => write!(
                f,
                "the list goes on past {max_pages} pages; raise the limit (`max_pages`) if that is expected"
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::wait_text;
    use std::time::Duration;

    #[test]
    fn a_wait_reads_as_a_person_reads_it() {
        for (wait, text) in [
            (Duration::ZERO, "0 ms"),
            (Duration::from_millis(250), "250 ms"),
            (Duration::from_secs(10), "10 s"),
            (Duration::from_millis(1500), "1.500 s"),
            (Duration::from_secs(172_800), "172800 s (2 days)"),
            (
                Duration::from_secs(u64::MAX),
                "18446744073709551615 s (213503982334601 days)",
            ),
        ] {
            assert_eq!(wait_text(wait), text);
        }
        assert!(wait_text(Duration::MAX).starts_with("longer than any deadline"));
    }
}
