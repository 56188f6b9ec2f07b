//! The local server's HTTP plumbing: the listener, each connection under [`ServerLimits`], the
//! request body read within them, and answers turned into HTTP responses. What an answer says
//! is the API's business (`api.rs`): this file knows no endpoint.

use std::fmt;
use std::future::Future;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::header::{HeaderName, HeaderValue};
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use serde_json::{Map, Value, json};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinSet;

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

/// An answer before it becomes an HTTP response.
#[derive(Debug)]
pub(super) struct Answer {
    pub(super) status: u16,
    pub(super) body: Value,
    headers: Vec<(&'static str, String)>,
}

impl Answer {
    pub(super) fn ok(body: Value) -> Answer {
        Answer {
            status: 200,
            body,
            headers: Vec::new(),
        }
    }

    pub(super) fn error(status: u16, message: impl Into<String>, remote: bool) -> Answer {
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

    pub(super) fn with_headers(mut self, headers: Vec<(&'static str, String)>) -> Answer {
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
pub(super) enum Outcome {
    Answer(Answer),
    Drop,
}

/// Why a request body was not read.
pub(super) enum BodyProblem {
    /// Too large or too slow: answered at once (the connection is not reused).
    Refused(Answer),
    /// Broken: reported with the request's other problems.
    Unreadable(String),
}

/// The request body, within the server's limits: a `Content-Length` over the limit is refused
/// before anything is read, a chunked body as soon as it passes it, a slow one when
/// `body_read_timeout` runs out.
pub(super) async fn read_body(
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

/// Accepts connections until aborted, each served by `handler` under `limits`; aborting drops
/// the listener and every connection task.
pub(super) async fn accept_loop<H, F>(listener: TcpListener, limits: ServerLimits, handler: H)
where
    H: Fn(Request<Incoming>) -> F + Clone + Send + Sync + 'static,
    F: Future<Output = Outcome> + Send + 'static,
{
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => {
                    connections.spawn(serve(stream, limits, handler.clone()));
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

/// Serves one connection: each request's [`Outcome`] from `handler`, answered or dropped.
async fn serve<H, F>(stream: TcpStream, limits: ServerLimits, handler: H)
where
    H: Fn(Request<Incoming>) -> F + Send + Sync + 'static,
    F: Future<Output = Outcome> + Send + 'static,
{
    let _ = stream.set_nodelay(true);
    let service = service_fn(move |request| {
        let outcome = handler(request);
        async move {
            match outcome.await {
                Outcome::Answer(answer) => Ok(answer.into_response()),
                Outcome::Drop => Err(Dropped),
            }
        }
    });
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
