//! A scripted HTTP/1.1 server on 127.0.0.1 for the client's tests: it records every request
//! exactly as received and answers each with what the test's handler says, including faults
//! (dropped connections, truncated bodies, delays, very large streamed bodies).

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;

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

    /// The request as text: request line, headers (names lowercased), a blank line, the body.
    #[cfg(feature = "cli")]
    pub fn text(&self) -> String {
        let mut text = self.request_line() + "\r\n";
        for (name, value) in &self.headers {
            text.push_str(&format!("{name}: {value}\r\n"));
        }
        text + "\r\n" + &String::from_utf8_lossy(&self.body)
    }
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

/// What the server has seen and done, shared with its connections.
struct State {
    requests: Mutex<Vec<Recorded>>,
    /// Body bytes written by [`Reply::Stream`] answers so far.
    streamed: AtomicUsize,
    /// [`Reply::Stream`] answers that ended: sent whole, or cut off by the client.
    streams_ended: AtomicUsize,
    /// Told of every request and every stream that ends, for [`Server::until`].
    events: watch::Sender<()>,
}

impl State {
    fn record(&self, request: &Recorded) -> usize {
        let n = {
            let mut all = self.requests.lock().expect("lock");
            all.push(request.clone());
            all.len() - 1
        };
        self.events.send_replace(());
        n
    }
}

/// A [`Server`] for a test that blocks: it runs on a runtime of its own.
#[cfg(feature = "cli")]
pub struct BlockingServer {
    server: Server,
    _runtime: tokio::runtime::Runtime,
}

#[cfg(feature = "cli")]
impl std::ops::Deref for BlockingServer {
    type Target = Server;

    fn deref(&self) -> &Server {
        &self.server
    }
}

/// The server; it stops when dropped.
pub struct Server {
    pub addr: SocketAddr,
    state: Arc<State>,
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
        let state = Arc::new(State {
            requests: Mutex::new(Vec::new()),
            streamed: AtomicUsize::new(0),
            streams_ended: AtomicUsize::new(0),
            events: watch::Sender::new(()),
        });
        let handler: Arc<Handler> = Arc::new(handler);
        let shared = state.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let (state, handler) = (shared.clone(), handler.clone());
                tokio::spawn(async move {
                    let _ = serve(stream, &state, &*handler).await;
                });
            }
        });
        Server { addr, state, task }
    }

    /// [`Server::start`] for a test that blocks (one that runs a process and waits).
    #[cfg(feature = "cli")]
    pub fn blocking(
        handler: impl Fn(&Recorded, usize) -> Reply + Send + Sync + 'static,
    ) -> BlockingServer {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("a runtime");
        let server = runtime.block_on(Server::start(handler));
        BlockingServer {
            server,
            _runtime: runtime,
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
        self.state.requests.lock().expect("lock").clone()
    }

    /// The requests with HTTP method `method`, in order.
    pub fn requests_with(&self, method: &str) -> Vec<Recorded> {
        let mut requests = self.requests();
        requests.retain(|r| r.method == method);
        requests
    }

    pub fn count(&self) -> usize {
        self.state.requests.lock().expect("lock").len()
    }

    /// Body bytes written by [`Reply::Stream`] answers so far.
    pub fn streamed(&self) -> usize {
        self.state.streamed.load(Ordering::SeqCst)
    }

    /// [`Reply::Stream`] answers that ended so far: sent whole, or cut off by the client.
    pub fn streams_ended(&self) -> usize {
        self.state.streams_ended.load(Ordering::SeqCst)
    }

    /// Waits until `holds(self)`, checked again on each request and each stream that ends;
    /// fails the test after 20 s, saying it waited for `what`.
    pub async fn until(&self, what: &str, holds: impl Fn(&Server) -> bool) {
        let mut events = self.state.events.subscribe();
        let waited = tokio::time::timeout(Duration::from_secs(20), async {
            while !holds(self) {
                events.changed().await.expect("the server runs");
            }
        });
        waited
            .await
            .unwrap_or_else(|_| panic!("waited 20 s for {what}"));
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

async fn serve(mut stream: TcpStream, state: &State, handler: &Handler) -> std::io::Result<()> {
    let Some(request) = read_request(&mut stream).await? else {
        return Ok(());
    };
    let mut reply = handler(&request, state.record(&request));
    while let Reply::Delay(d, inner) = reply {
        tokio::time::sleep(d).await;
        reply = *inner;
    }
    match reply {
        Reply::Delay(..) => unreachable!("waited out above"),
        Reply::Close => Ok(()),
        Reply::Respond {
            status,
            headers,
            body,
        } => respond(&mut stream, status, headers, &body).await,
        Reply::Truncated {
            status,
            declared,
            sent,
        } => truncated(&mut stream, status, declared, &sent).await,
        Reply::Stream { total } => {
            let sent = endless(&mut stream, total, &state.streamed).await;
            state.streams_ended.fetch_add(1, Ordering::SeqCst);
            state.events.send_replace(());
            sent
        }
        Reply::Chunks(chunks) => chunked(&mut stream, chunks).await,
    }
}

async fn respond(
    stream: &mut TcpStream,
    status: u16,
    headers: Vec<(String, String)>,
    body: &[u8],
) -> std::io::Result<()> {
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
    stream.write_all(body).await?;
    stream.shutdown().await
}

/// The head with a `Content-Length` of `declared`, then `sent` (fewer bytes), then nothing.
async fn truncated(
    stream: &mut TcpStream,
    status: u16,
    declared: usize,
    sent: &[u8],
) -> std::io::Result<()> {
    let head = format!(
        "HTTP/1.1 {status} {}\r\ncontent-type: application/json\r\ncontent-length: {declared}\r\nconnection: close\r\n\r\n",
        reason(status)
    );
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(sent).await?;
    stream.flush().await
}

const CHUNKED: &str = "HTTP/1.1 200 OK\r\ncontent-type: application/octet-stream\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n";

/// A chunked body of `total` bytes, generated as it is sent, counted in `streamed`.
async fn endless(
    stream: &mut TcpStream,
    total: usize,
    streamed: &AtomicUsize,
) -> std::io::Result<()> {
    stream.write_all(CHUNKED.as_bytes()).await?;
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
    stream.shutdown().await
}

/// A chunked body of `chunks`, 20 ms apart: a server that sends as it goes, so that the client
/// reads them as separate chunks.
async fn chunked(stream: &mut TcpStream, chunks: Vec<Vec<u8>>) -> std::io::Result<()> {
    stream.write_all(CHUNKED.as_bytes()).await?;
    for chunk in chunks {
        stream
            .write_all(format!("{:x}\r\n", chunk.len()).as_bytes())
            .await?;
        stream.write_all(&chunk).await?;
        stream.write_all(b"\r\n").await?;
        stream.flush().await?;
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    stream.write_all(b"0\r\n\r\n").await?;
    stream.shutdown().await
}
