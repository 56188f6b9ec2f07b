//! The review bench's server: the local API server's own answers, replayed as canned bytes.
//!
//! The local API server (`MockServer`) builds every page of users from its records, validates
//! the request and serializes the answer: about 0.9 ms of CPU per page of 100 users on one
//! thread, more than the review spends on the page. Measured against it, a review of 40
//! accounts on two cores is bound by the server, not by the rate limit or the review. So the
//! bench puts this front before it:
//!
//! - each distinct request (method and target) is forwarded once to the local API server
//!   (which runs without latency or limits) and its answer (status, `Content-Type`, body) is
//!   kept; every later one is answered from those bytes;
//! - the API's rate limit is enforced here, per integrated account, as the API does: at most
//!   `limit` requests in any `window`, counted on arrival; the one over it is answered 429 with
//!   `Retry-After` (and counted: a review within its budget is never refused);
//! - every answer waits `latency` first.
//!
//! One untimed review fills the cache; the timed ones are served from it at tens of
//! microseconds a request, on one thread of their own.

use std::collections::{HashMap, VecDeque};
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

/// The path of the users list: its answered pages are counted.
const USERS_PATH: &str = "/unified/user-directory/users";

/// What the front counts.
#[derive(Debug, Default)]
pub struct Counts {
    /// Pages of users answered 200.
    pub pages: AtomicU64,
    /// Requests refused 429 (over an account's limit).
    pub refused: AtomicU64,
    /// Requests forwarded to the local API server (cache misses).
    pub forwarded: AtomicU64,
}

/// An answer kept.
#[derive(Clone)]
struct Canned {
    status: u16,
    content_type: Option<hyper::header::HeaderValue>,
    body: Bytes,
}

struct Front {
    inner: String,
    http: reqwest::Client,
    latency: Duration,
    limit: usize,
    window: Duration,
    cache: Mutex<HashMap<String, Canned>>,
    arrivals: Mutex<HashMap<String, VecDeque<Instant>>>,
    counts: Arc<Counts>,
}

/// Serves the front for the local API server at `inner` on 127.0.0.1, on a runtime of one
/// thread of its own; its address and its counts.
pub fn start(
    inner: String,
    latency: Duration,
    limit: usize,
    window: Duration,
) -> (SocketAddr, Arc<Counts>) {
    let counts = Arc::new(Counts::default());
    let front = Arc::new(Front {
        inner,
        http: reqwest::Client::new(),
        latency,
        limit,
        window,
        cache: Mutex::new(HashMap::new()),
        arrivals: Mutex::new(HashMap::new()),
        counts: counts.clone(),
    });
    let std_listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind the front");
    std_listener.set_nonblocking(true).expect("nonblocking");
    let addr = std_listener.local_addr().expect("the front's address");
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("the front's runtime");
        runtime.block_on(async move {
            let listener = TcpListener::from_std(std_listener).expect("listener");
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    continue;
                };
                let _ = stream.set_nodelay(true);
                let front = front.clone();
                tokio::spawn(async move {
                    let service = service_fn(move |request| {
                        let front = front.clone();
                        async move { Ok::<_, Infallible>(front.answer(request).await) }
                    });
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
    });
    (addr, counts)
}

impl Front {
    async fn answer(&self, request: Request<Incoming>) -> Response<Full<Bytes>> {
        let target = request
            .uri()
            .path_and_query()
            .map_or("/", |p| p.as_str())
            .to_string();
        let account = account_of(&target);
        if let Some(wait) = account.and_then(|a| self.admit(a)) {
            self.counts.refused.fetch_add(1, Ordering::Relaxed);
            tokio::time::sleep(self.latency).await;
            return refused(wait, self.limit, self.window);
        }
        tokio::time::sleep(self.latency).await;
        let key = format!("{} {target}", request.method());
        let cached = self.cache.lock().expect("the cache").get(&key).cloned();
        let canned = match cached {
            Some(canned) => canned,
            None => {
                let canned = self.forward(&request, &target).await;
                self.counts.forwarded.fetch_add(1, Ordering::Relaxed);
                self.cache
                    .lock()
                    .expect("the cache")
                    .insert(key, canned.clone());
                canned
            }
        };
        if canned.status == 200 && target.split('?').next() == Some(USERS_PATH) {
            self.counts.pages.fetch_add(1, Ordering::Relaxed);
        }
        let mut response = Response::new(Full::new(canned.body));
        *response.status_mut() = StatusCode::from_u16(canned.status).expect("a status");
        if let Some(value) = canned.content_type {
            response
                .headers_mut()
                .insert(hyper::header::CONTENT_TYPE, value);
        }
        response
    }

    /// `None` when the account may send one more now; else the seconds until it may.
    fn admit(&self, account: &str) -> Option<u64> {
        let now = Instant::now();
        let mut arrivals = self.arrivals.lock().expect("the arrivals");
        let seen = arrivals.entry(account.to_string()).or_default();
        while seen
            .front()
            .is_some_and(|t| now.duration_since(*t) >= self.window)
        {
            seen.pop_front();
        }
        if seen.len() < self.limit {
            seen.push_back(now);
            return None;
        }
        let oldest = *seen.front().expect("a full window");
        let left = self.window.saturating_sub(now.duration_since(oldest));
        Some(left.as_secs_f64().ceil().max(1.0) as u64)
    }

    async fn forward(&self, request: &Request<Incoming>, target: &str) -> Canned {
        let mut call = self
            .http
            .request(request.method().clone(), format!("{}{target}", self.inner));
        for (name, value) in request.headers() {
            if name != hyper::header::HOST {
                call = call.header(name, value);
            }
        }
        let answer = call.send().await.expect("the local API server answers");
        let status = answer.status().as_u16();
        let content_type = answer
            .headers()
            .get(hyper::header::CONTENT_TYPE)
            .map(|v| hyper::header::HeaderValue::from_bytes(v.as_bytes()).expect("a header"));
        let body = answer.bytes().await.expect("the local API server's body");
        Canned {
            status,
            content_type,
            body,
        }
    }
}

/// The integrated account a request target names in its query, if any.
fn account_of(target: &str) -> Option<&str> {
    let query = target.split_once('?')?.1;
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix("integrated_account_id="))
}

/// The API's answer to a request over the limit.
fn refused(wait: u64, limit: usize, window: Duration) -> Response<Full<Bytes>> {
    let message = format!(
        "rate limit exceeded: at most {limit} requests in {} s; retry after {wait} s",
        window.as_secs()
    );
    let body = serde_json::json!({
        "statusCode": 429,
        "error": "Too Many Requests",
        "message": message,
        "truto_is_remote_error": true,
    });
    let mut response = Response::new(Full::new(Bytes::from(body.to_string())));
    *response.status_mut() = StatusCode::TOO_MANY_REQUESTS;
    response.headers_mut().insert(
        hyper::header::RETRY_AFTER,
        hyper::header::HeaderValue::from(wait),
    );
    response.headers_mut().insert(
        hyper::header::CONTENT_TYPE,
        hyper::header::HeaderValue::from_static("application/json"),
    );
    response
}
