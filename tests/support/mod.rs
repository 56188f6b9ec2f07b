//! A scripted HTTP/1.1 server on 127.0.0.1 for the client's tests: it records every request
//! exactly as received and answers each with what the test's handler says, including faults
//! (dropped connections, truncated bodies, delays, very large streamed bodies).

#![allow(dead_code)]

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use truto_user_directory::TrutoQuerySetters;

/// One request as the server read it.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    /// The request target: path and query, exactly as sent.
    pub target: String,
    pub version: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Recorded {
    pub fn request_line(&self) -> String {
        format!("{} {} {}", self.method, self.target, self.version)
    }

    pub fn path(&self) -> &str {
        self.target.split('?').next().unwrap_or_default()
    }

    pub fn query(&self) -> &str {
        self.target
            .split_once('?')
            .map(|(_, q)| q)
            .unwrap_or_default()
    }

    /// Query pairs, percent-decoded.
    pub fn query_pairs(&self) -> Vec<(String, String)> {
        let decode = |s: &str| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8_lossy()
                .into_owned()
        };
        self.query()
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (k, v) = p.split_once('=').unwrap_or((p, ""));
                (decode(k), decode(v))
            })
            .collect()
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("JSON body")
    }
}

/// A client of `server` with `token` and fast retries (10 ms backoff, 200 ms without
/// `Retry-After`), configured further by `f`.
pub fn client(
    server: &Server,
    token: &str,
    f: impl FnOnce(truto_user_directory::ClientBuilder) -> truto_user_directory::ClientBuilder,
) -> truto_user_directory::Client {
    f(truto_user_directory::Client::builder()
        .base_url(server.url())
        .token(token)
        .retry(truto_user_directory::RetryPolicy {
            base_delay: Duration::from_millis(10),
            max_delay: Duration::from_millis(40),
            default_retry_after: Duration::from_millis(200),
            ..truto_user_directory::RetryPolicy::default()
        }))
    .build()
    .expect("client")
}

/// `userdir ARGS` with `token` in the environment and debug logs on, run off the test's runtime.
#[cfg(feature = "cli")]
pub async fn userdir(args: Vec<String>, token: &str) -> std::process::Output {
    let token = token.to_string();
    tokio::task::spawn_blocking(move || {
        std::process::Command::new(env!("CARGO_BIN_EXE_userdir"))
            .args(&args)
            .env("TRUTO_API_TOKEN", token)
            .env("RUST_LOG", "debug")
            .output()
            .expect("userdir runs")
    })
    .await
    .expect("joined")
}

/// Deactivates user `00u1` of an Okta account with the `stream` response format: the body.
pub async fn deactivate_stream(
    client: &truto_user_directory::Client,
) -> truto_user_directory::ByteStream {
    use truto_user_directory::{Body, DeactivateUser, Integration, ResponseFormat};
    let request = DeactivateUser::for_okta("62f44730-dd91-461e-bd6a-aedd9e0ad79d", "00u1")
        .truto_response_format(ResponseFormat::Stream);
    let response = client
        .deactivate_user(&request, Some(Integration::Okta))
        .await
        .expect("a stream");
    let Body::Stream(stream) = response.body else {
        panic!("expected a stream")
    };
    stream
}

/// The test process's resident memory, in bytes (Linux).
pub fn resident_bytes() -> usize {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: usize = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    pages * 4096
}

/// What to answer.
#[derive(Debug, Clone)]
pub enum Reply {
    /// A complete response.
    Respond {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    },
    /// Close the connection without answering.
    Close,
    /// Send the head with a `Content-Length` larger than what follows, then close.
    Truncated {
        status: u16,
        declared: usize,
        sent: Vec<u8>,
    },
    /// Wait, then answer.
    Delay(Duration, Box<Reply>),
    /// A chunked body of `total` bytes generated as it is sent (`usize::MAX`: until the client
    /// goes away).
    Stream { total: usize },
    /// A chunked `200` body sent as these chunks, in order.
    Chunks(Vec<Vec<u8>>),
}

impl Reply {
    pub fn json(status: u16, body: serde_json::Value) -> Reply {
        Reply::Respond {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            body: body.to_string().into_bytes(),
        }
    }

    pub fn status(status: u16) -> Reply {
        Reply::Respond {
            status,
            headers: vec![],
            body: vec![],
        }
    }

    pub fn with_header(mut self, name: &str, value: &str) -> Reply {
        if let Reply::Respond { headers, .. } = &mut self {
            headers.push((name.into(), value.into()));
        }
        self
    }
}

type Handler = dyn Fn(&Recorded, usize) -> Reply + Send + Sync;

/// The server; it stops when dropped.
pub struct Server {
    pub addr: SocketAddr,
    requests: Arc<Mutex<Vec<Recorded>>>,
    /// Body bytes written by [`Reply::Stream`] answers so far.
    streamed: Arc<AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Server {
    /// Starts a server whose `handler` answers request number `n` (0-based).
    pub async fn start(
        handler: impl Fn(&Recorded, usize) -> Reply + Send + Sync + 'static,
    ) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let requests = Arc::new(Mutex::new(Vec::new()));
        let streamed = Arc::new(AtomicUsize::new(0));
        let handler: Arc<Handler> = Arc::new(handler);
        let recorded = requests.clone();
        let counter = streamed.clone();
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let recorded = recorded.clone();
                let handler = handler.clone();
                let counter = counter.clone();
                tokio::spawn(async move {
                    let _ = serve(stream, recorded, handler, counter).await;
                });
            }
        });
        Server {
            addr,
            requests,
            streamed,
            task,
        }
    }

    /// A server answering every request with `reply`.
    pub async fn always(reply: Reply) -> Server {
        Server::start(move |_, _| reply.clone()).await
    }

    /// A server answering the n-th request with `replies[n]` (the last one repeats).
    pub async fn sequence(replies: Vec<Reply>) -> Server {
        Server::start(move |_, n| replies[n.min(replies.len() - 1)].clone()).await
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().expect("lock").clone()
    }

    /// The requests with HTTP method `method`, in order.
    pub fn requests_with(&self, method: &str) -> Vec<Recorded> {
        let mut requests = self.requests();
        requests.retain(|r| r.method == method);
        requests
    }

    pub fn count(&self) -> usize {
        self.requests.lock().expect("lock").len()
    }

    /// Body bytes written by [`Reply::Stream`] answers so far.
    pub fn streamed(&self) -> usize {
        self.streamed.load(Ordering::SeqCst)
    }
}

async fn read_request(stream: &mut TcpStream) -> std::io::Result<Option<Recorded>> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Ok(None);
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut first = lines.next().unwrap_or_default().splitn(3, ' ');
    let method = first.next().unwrap_or_default().to_string();
    let target = first.next().unwrap_or_default().to_string();
    let version = first.next().unwrap_or_default().to_string();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let length: usize = headers
        .iter()
        .find(|(k, _)| k == "content-length")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = buf[head_end + 4..].to_vec();
    while body.len() < length {
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            break;
        }
        body.extend_from_slice(&chunk[..n]);
    }
    Ok(Some(Recorded {
        method,
        target,
        version,
        headers,
        body,
    }))
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        204 => "No Content",
        400 => "Bad Request",
        401 => "Unauthorized",
        404 => "Not Found",
        429 => "Too Many Requests",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "Status",
    }
}

async fn serve(
    mut stream: TcpStream,
    recorded: Arc<Mutex<Vec<Recorded>>>,
    handler: Arc<Handler>,
    streamed: Arc<AtomicUsize>,
) -> std::io::Result<()> {
    let Some(request) = read_request(&mut stream).await? else {
        return Ok(());
    };
    let n = {
        let mut all = recorded.lock().expect("lock");
        all.push(request.clone());
        all.len() - 1
    };
    let mut reply = handler(&request, n);
    loop {
        match reply {
            Reply::Delay(d, inner) => {
                tokio::time::sleep(d).await;
                reply = *inner;
            }
            Reply::Close => return Ok(()),
            Reply::Respond {
                status,
                headers,
                body,
            } => {
                let mut head = format!(
                    "HTTP/1.1 {status} {}\r\ncontent-length: {}\r\nconnection: close\r\n",
                    reason(status),
                    body.len()
                );
                for (k, v) in headers {
                    head.push_str(&format!("{k}: {v}\r\n"));
                }
                head.push_str("\r\n");
                stream.write_all(head.as_bytes()).await?;
                stream.write_all(&body).await?;
                return stream.shutdown().await;
            }
            Reply::Truncated {
                status,
                declared,
                sent,
            } => {
                let head = format!(
                    "HTTP/1.1 {status} {}\r\ncontent-type: application/json\r\ncontent-length: {declared}\r\nconnection: close\r\n\r\n",
                    reason(status)
                );
                stream.write_all(head.as_bytes()).await?;
                stream.write_all(&sent).await?;
                stream.flush().await?;
                return Ok(());
            }
            Reply::Stream { total } => {
                let head = "HTTP/1.1 200 OK\r\ncontent-type: application/octet-stream\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n";
                stream.write_all(head.as_bytes()).await?;
                let chunk = vec![b'x'; 64 * 1024];
                let mut left = total;
                while left > 0 {
                    let n = left.min(chunk.len());
                    stream.write_all(format!("{n:x}\r\n").as_bytes()).await?;
                    stream.write_all(&chunk[..n]).await?;
                    stream.write_all(b"\r\n").await?;
                    streamed.fetch_add(n, Ordering::SeqCst);
                    left -= n;
                }
                stream.write_all(b"0\r\n\r\n").await?;
                return stream.shutdown().await;
            }
            Reply::Chunks(chunks) => {
                let head = "HTTP/1.1 200 OK\r\ncontent-type: application/octet-stream\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n";
                stream.write_all(head.as_bytes()).await?;
                for chunk in chunks {
                    stream
                        .write_all(format!("{:x}\r\n", chunk.len()).as_bytes())
                        .await?;
                    stream.write_all(&chunk).await?;
                    stream.write_all(b"\r\n").await?;
                    // Flushed one by one, so that the client reads them as separate chunks.
                    stream.flush().await?;
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
                stream.write_all(b"0\r\n\r\n").await?;
                return stream.shutdown().await;
            }
        }
    }
}
