//! A client per tenant token ([`Client::with_token`]) against a real keep-alive HTTP server on
//! 127.0.0.1: each sends its own token over one shared connection pool, rate budget and
//! settings, keeps its own integrated-account cache, and no client costs a thread.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use truto_user_directory::{Client, DeleteUser, Error, Integration, RateBudget};

use crate::support::process::{alone, threads, threads_named};

const ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";
const FIRST: &str = "tk_live_FIRST_tenant_0123456789";
const SECOND: &str = "tk_live_SECOND_tenant_9876543210";

/// What the server saw.
#[derive(Default)]
struct Seen {
    /// Each request's line and `authorization` header, in order.
    requests: Vec<(String, String)>,
    /// The `authorization` headers each connection carried, by connection.
    carried: Vec<Vec<String>>,
}

/// A keep-alive HTTP/1.1 server (the shared test server closes every connection, which would
/// hide whether clients share one): it answers `GET /integrated-account/…` with a GitHub
/// account and anything else with a user whose `echo` is the request's `authorization` header
/// (the token a careless server sends back).
struct KeepAlive {
    url: String,
    seen: Arc<Mutex<Seen>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for KeepAlive {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl KeepAlive {
    async fn start() -> KeepAlive {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let seen = Arc::new(Mutex::new(Seen::default()));
        let recorded = seen.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let connection = {
                    let mut seen = recorded.lock().expect("lock");
                    seen.carried.push(Vec::new());
                    seen.carried.len() - 1
                };
                tokio::spawn(serve(stream, connection, recorded.clone()));
            }
        });
        KeepAlive { url, seen, task }
    }

    fn requests(&self) -> Vec<(String, String)> {
        self.seen.lock().expect("lock").requests.clone()
    }

    fn carried(&self) -> Vec<Vec<String>> {
        self.seen.lock().expect("lock").carried.clone()
    }
}

/// Answers the requests of one connection until the client closes it.
async fn serve(mut stream: TcpStream, connection: usize, seen: Arc<Mutex<Seen>>) {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") else {
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            }
            continue;
        };
        // The requests sent here have no body: the head is the whole request.
        let head = String::from_utf8_lossy(&buf[..end]).into_owned();
        buf.drain(..end + 4);
        let line = head.lines().next().unwrap_or_default().to_string();
        let auth = head
            .lines()
            .filter_map(|l| l.split_once(':'))
            .find(|(k, _)| k.eq_ignore_ascii_case("authorization"))
            .map(|(_, v)| v.trim().to_string())
            .unwrap_or_default();
        let body = if line.starts_with("GET /integrated-account/") {
            json!({"id": ACCOUNT, "integration": {"name": "github"}})
        } else {
            json!({"id": "1234", "status": "deleted", "echo": auth})
        };
        {
            let mut seen = seen.lock().expect("lock");
            seen.carried[connection].push(auth.clone());
            seen.requests.push((line, auth));
        }
        let body = body.to_string();
        let answer = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
            body.len()
        );
        if stream.write_all(answer.as_bytes()).await.is_err() {
            return;
        }
    }
}

fn tenant_client(
    server: &KeepAlive,
    f: impl FnOnce(truto_user_directory::ClientBuilder) -> truto_user_directory::ClientBuilder,
) -> Client {
    f(Client::builder().base_url(&server.url).token(FIRST))
        .build()
        .expect("client")
}

async fn delete(client: &Client, integration: Option<Integration>) -> String {
    let response = client
        .delete_user(
            &DeleteUser::for_github("1234", ACCOUNT, "acme"),
            integration,
        )
        .await
        .expect("deleted");
    assert_eq!(response.status, 200);
    String::from_utf8(response.raw.expect("buffered").to_vec()).expect("UTF-8")
}

#[tokio::test]
async fn each_tenant_sends_its_own_token_over_the_shared_pool() {
    let server = KeepAlive::start().await;
    let first = tenant_client(&server, |b| b);
    let second = first.with_token(SECOND).expect("a tenant client");
    let (first_auth, second_auth) = (format!("Bearer {FIRST}"), format!("Bearer {SECOND}"));
    for _ in 0..5 {
        let echoed = delete(&first, Some(Integration::GitHub)).await;
        assert!(
            echoed.contains("[redacted]") && !echoed.contains(FIRST),
            "{echoed}"
        );
        // Each client redacts its own token from what it receives.
        let echoed = delete(&second, Some(Integration::GitHub)).await;
        assert!(
            echoed.contains("[redacted]") && !echoed.contains(SECOND),
            "{echoed}"
        );
    }
    let auths: Vec<String> = server.requests().into_iter().map(|(_, a)| a).collect();
    let expected: Vec<String> = (0..10)
        .map(|n| {
            if n % 2 == 0 {
                &first_auth
            } else {
                &second_auth
            }
            .clone()
        })
        .collect();
    assert_eq!(auths, expected);
    // One pool: connections are kept alive and reused, by either client. (Two pools would
    // each keep a connection that carries one token only.)
    let carried = server.carried();
    assert!(
        carried.len() < 10,
        "{} connections for 10 calls",
        carried.len()
    );
    assert!(
        carried
            .iter()
            .any(|c| c.contains(&first_auth) && c.contains(&second_auth)),
        "no connection carried both tokens: {} connections",
        carried.len()
    );
}

#[tokio::test]
async fn tenants_share_settings_and_the_rate_budget() {
    let server = KeepAlive::start().await;
    let window = Duration::from_millis(300);
    let first = tenant_client(&server, |b| {
        b.max_in_flight(3)
            .rate_budget(RateBudget::new(1, window).with_margin(Duration::ZERO))
            .retry(truto_user_directory::RetryPolicy::none())
    });
    let second = first.with_token(SECOND).expect("a tenant client");
    assert_eq!(second.base_url(), first.base_url());
    assert_eq!(second.in_flight_limit(), Some(3));
    assert_eq!(second.retry_policy(), first.retry_policy());
    let start = Instant::now();
    delete(&first, Some(Integration::GitHub)).await;
    // The account's one send per window went to the first client: the second waits for the
    // window to pass.
    delete(&second, Some(Integration::GitHub)).await;
    assert!(
        start.elapsed() >= window - Duration::from_millis(5),
        "{:?}",
        start.elapsed()
    );
}

#[tokio::test]
async fn each_tenant_looks_up_its_accounts_once() {
    let server = KeepAlive::start().await;
    let first = tenant_client(&server, |b| b);
    let second = first.with_token(SECOND).expect("a tenant client");
    for client in [&first, &second, &first, &second] {
        delete(client, None).await;
    }
    let lookups: Vec<String> = server
        .requests()
        .into_iter()
        .filter(|(line, _)| line.starts_with("GET "))
        .map(|(_, auth)| auth)
        .collect();
    // What the API answered one token is not used for another's calls.
    assert_eq!(
        lookups,
        [format!("Bearer {FIRST}"), format!("Bearer {SECOND}")]
    );
}

#[test]
fn a_tenant_token_is_never_shown() {
    let first = Client::builder()
        .base_url("http://127.0.0.1:9")
        .token(FIRST)
        .build()
        .expect("client");
    let second = first.with_token(SECOND).expect("a tenant client");
    let shown = format!("{second:?}");
    assert!(!shown.contains(SECOND) && !shown.contains(FIRST), "{shown}");
    let err = first
        .with_token("tk_live_line\nbreak_SECRET")
        .expect_err("a header cannot carry a line break");
    assert!(matches!(err, Error::Config(_)), "{err}");
    assert!(!format!("{err} {err:?}").contains("SECRET"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn threads_do_not_grow_with_the_number_of_clients() {
    if !alone("tenants::threads_do_not_grow_with_the_number_of_clients") {
        return;
    }
    let server = KeepAlive::start().await;
    let first = tenant_client(&server, |b| b);
    delete(&first, Some(Integration::GitHub)).await;
    let before = threads();
    let mut clients = Vec::new();
    for n in 0..220 {
        // Tenant clients over one pool, and (fewer: each builds a TLS configuration) clients
        // of their own.
        let client = if n % 11 != 0 {
            first
                .with_token(format!("{SECOND}-{n}"))
                .expect("a tenant client")
        } else {
            Client::builder()
                .base_url(&server.url)
                .token(format!("{FIRST}-{n}"))
                .build()
                .expect("client")
        };
        delete(&client, Some(Integration::GitHub)).await;
        clients.push(client);
    }
    // The attempt timeouts of every client are watched by one thread.
    assert_eq!(threads_named("truto-timeouts"), 1);
    // Alone in its process: 220 clients with a thread each would add 220.
    let after = threads();
    assert!(
        after <= before + 4,
        "{before} threads before 220 clients, {after} after"
    );
}
