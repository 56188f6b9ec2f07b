//! Hostile servers, against real HTTP servers on 127.0.0.1: redirects are never followed, bodies
//! are read within a cap, and the API token never comes back out, even when a server echoes it.
//! The same through offboarding and the `userdir` CLI (feature `cli`), and the local server's own
//! limits on what a client may cost it (feature `mock`).

use crate::support;

use std::time::{Duration, Instant};

use futures_util::StreamExt;
use serde_json::json;
use support::process::{alone, resident_bytes};
use support::{Reply, Server, client, client_with};
use truto_user_directory::TrutoQuerySetters;
use truto_user_directory::{
    Body, Client, DEFAULT_MAX_BODY_BYTES, DeactivateUser, DeleteUser, Error, GetUser, Integration,
    ResponseFormat, RetryPolicy, SuspendUser,
};

const ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";
/// A token with characters that JSON and percent-encoding both change.
const TOKEN: &str = "tk_live/SECRET+\"0123456789\"";
const TOKEN_JSON: &str = r#"tk_live\/SECRET+\"0123456789\""#;
const TOKEN_PERCENT: &str = "tk_live%2FSECRET%2B%220123456789%22";

/// Suspends user `00u1` of the Okta account: the error, if any.
async fn suspend(client: &Client) -> Result<(), Error> {
    let request = SuspendUser::for_okta(ACCOUNT, "00u1");
    client
        .suspend_user(&request, Some(Integration::Okta))
        .await?;
    Ok(())
}

/// `text` holds no form of the token.
fn assert_no_token(text: &str, what: &str) {
    for form in [TOKEN, TOKEN_JSON, TOKEN_PERCENT, "SECRET"] {
        assert!(
            !text.contains(form),
            "{what} holds the token ({form}): {text}"
        );
    }
}

// --- redirects --------------------------------------------------------------------------------

/// A server answering every call with `status` and a `Location` on another origin (`localhost`
/// instead of `127.0.0.1`), which would answer every call with a success: the server, the other
/// origin and the `Location`.
async fn redirecting(status: u16) -> (Server, Server, String) {
    let elsewhere = Server::always(Reply::json(200, json!({"id": "00u1"}))).await;
    let location = format!(
        "http://localhost:{}/unified/user-directory/users/1",
        elsewhere.addr.port()
    );
    let server = Server::always(Reply::status(status).with_header("location", &location)).await;
    (server, elsewhere, location)
}

#[tokio::test]
async fn a_redirect_is_an_error_naming_the_location_and_nothing_is_sent_again() {
    for status in [301, 302, 303, 307, 308] {
        let (server, elsewhere, location) = redirecting(status).await;
        let client = client(&server, TOKEN);
        // A delete (idempotent, retried on 502), a suspend (a POST with a body) and a read.
        let errors = [
            client
                .delete_user(&DeleteUser::new("1", ACCOUNT), Some(Integration::Okta))
                .await
                .map(|_| ()),
            suspend(&client).await,
            client
                .get_user(&GetUser::new("1", ACCOUNT), Some(Integration::Okta))
                .await
                .map(|_| ()),
            // The integrated account's lookup too.
            client
                .delete_user(&DeleteUser::new("1", ACCOUNT), None)
                .await
                .map(|_| ()),
        ];
        for err in errors {
            let err = err.expect_err("a redirect is not a success");
            match &err {
                Error::Redirect {
                    status: s,
                    location: Some(l),
                    attempts: 1,
                } => {
                    assert_eq!((*s, l.as_str()), (status, location.as_str()));
                }
                other => panic!("{status}: expected Error::Redirect, got {other:?}"),
            }
            assert_eq!(err.status(), Some(status));
            let message = err.to_string();
            for part in [
                format!("HTTP {status} redirect").as_str(),
                &location,
                "not followed",
                "nothing was sent again",
                "check the base URL",
                "proxy",
            ] {
                assert!(message.contains(part), "{message}");
            }
        }
        assert_eq!(
            server.count(),
            4,
            "{status}: each call sent once, none retried"
        );
        assert_eq!(
            elsewhere.count(),
            0,
            "nothing reached the redirect's target"
        );
    }
}

// --- bounded bodies ---------------------------------------------------------------------------

/// A `BodyTooLarge` error's status, cap, declared length and attempts (fails on another error).
fn too_large(err: &Error) -> (u16, u64, Option<u64>, u32) {
    match err {
        Error::BodyTooLarge {
            status,
            limit,
            declared,
            attempts,
        } => (*status, *limit, *declared, *attempts),
        other => panic!("expected Error::BodyTooLarge, got {other:?}"),
    }
}

#[tokio::test]
async fn a_content_length_over_the_cap_is_refused_before_reading() {
    // It measures the process's memory: alone, in a process of its own.
    if !alone("hostile::a_content_length_over_the_cap_is_refused_before_reading") {
        return;
    }
    const CLAIMED: usize = 300 << 20;
    // The first call of a process sets up what every client shares (the TLS roots, the
    // runtime's threads): about 16 MB, once. Memory is measured after it.
    let warm = Server::always(Reply::Truncated {
        status: 200,
        declared: 10,
        sent: b"{}".to_vec(),
    })
    .await;
    let _ = client(&warm, TOKEN)
        .delete_user(&DeleteUser::new("1", ACCOUNT), Some(Integration::Okta))
        .await;
    for (status, format) in [
        (200, ResponseFormat::Unified),
        (200, ResponseFormat::Raw),
        (200, ResponseFormat::Normalized),
        // An error body, and a 502 that would otherwise be retried.
        (400, ResponseFormat::Unified),
        (502, ResponseFormat::Unified),
    ] {
        // The head claims 300 MB; a few bytes follow.
        let server = Server::always(Reply::Truncated {
            status,
            declared: CLAIMED,
            sent: br#"{"id": "1""#.to_vec(),
        })
        .await;
        let before = resident_bytes();
        let started = Instant::now();
        let request = DeleteUser::new("1", ACCOUNT).truto_response_format(format);
        let err = client(&server, TOKEN)
            .delete_user(&request, Some(Integration::Okta))
            .await
            .expect_err("too large");
        assert_eq!(
            too_large(&err),
            (status, DEFAULT_MAX_BODY_BYTES, Some(CLAIMED as u64), 1)
        );
        assert_eq!(server.count(), 1, "not retried");
        assert!(started.elapsed() < Duration::from_secs(5));
        assert!(resident_bytes().saturating_sub(before) < 16 << 20);
        let message = err.to_string();
        assert!(
            message.contains(&CLAIMED.to_string())
                && message.contains(&DEFAULT_MAX_BODY_BYTES.to_string())
                && message.contains("max_body_bytes"),
            "{message}"
        );
        assert_eq!(
            message.contains("`stream` response format"),
            status == 200,
            "{message}"
        );
    }
}

#[tokio::test]
async fn an_endless_chunked_body_is_dropped_at_the_cap() {
    // It measures the process's memory: alone, in a process of its own.
    if !alone("hostile::an_endless_chunked_body_is_dropped_at_the_cap") {
        return;
    }
    const CAP: u64 = 1 << 20;
    for format in [ResponseFormat::Unified, ResponseFormat::Raw] {
        let server = Server::always(Reply::Stream { total: usize::MAX }).await;
        let before = resident_bytes();
        let request = DeactivateUser::for_okta(ACCOUNT, "00u1").truto_response_format(format);
        let err = client_with(&server, TOKEN, |b| b.max_body_bytes(CAP))
            .deactivate_user(&request, Some(Integration::Okta))
            .await
            .expect_err("too large");
        assert_eq!(too_large(&err), (200, CAP, None, 1));
        assert!(
            err.to_string().contains("`stream` response format"),
            "{err}"
        );
        // The client hung up: the server's writes stop, within the cap plus socket buffers.
        server
            .until("the server to stop sending", |s| s.streams_ended() == 1)
            .await;
        let sent = server.streamed();
        assert!(sent < (CAP as usize) + (32 << 20), "{sent} bytes sent");
        let growth = resident_bytes().saturating_sub(before);
        assert!(
            growth < 32 << 20,
            "resident memory grew by {} MiB",
            growth >> 20
        );
    }
}

#[tokio::test]
async fn a_body_at_the_cap_is_read_and_one_byte_over_is_not() {
    let body = json!({"id": "1", "status": "inactive"}).to_string();
    let len = body.len() as u64;
    let server = Server::always(Reply::json(200, json!({"id": "1", "status": "inactive"}))).await;
    let request = DeleteUser::new("1", ACCOUNT);
    let ok = client_with(&server, TOKEN, |b| b.max_body_bytes(len))
        .delete_user(&request, Some(Integration::Okta))
        .await
        .expect("at the cap");
    assert_eq!(ok.raw.as_deref(), Some(body.as_bytes()));
    let err = client_with(&server, TOKEN, |b| b.max_body_bytes(len - 1))
        .delete_user(&request, Some(Integration::Okta))
        .await
        .expect_err("over the cap");
    assert_eq!(too_large(&err), (200, len - 1, Some(len), 1));
}

#[test]
fn a_zero_cap_is_a_configuration_error() {
    let err = Client::builder()
        .token(TOKEN)
        .max_body_bytes(0)
        .build()
        .expect_err("a zero cap");
    assert!(
        matches!(&err, Error::Config(m) if m.contains("max_body_bytes is 0") && m.contains("at least 1")),
        "{err}"
    );
}

#[tokio::test]
async fn the_stream_format_is_not_capped() {
    const TOTAL: usize = 8 << 20;
    let server = Server::always(Reply::Stream { total: TOTAL }).await;
    let mut stream = support::clients::deactivate_stream(&client_with(&server, TOKEN, |b| {
        b.max_body_bytes(1 << 20)
    }))
    .await;
    let mut received = 0;
    while let Some(chunk) = stream.next().await {
        received += chunk.expect("chunk").len();
    }
    assert_eq!(received, TOTAL);
}

// --- the token never comes back out -----------------------------------------------------------

/// Every shape of answer that echoes the token: an error envelope, a non-JSON error body, a
/// header, a success body that is not JSON (a decode error) and a redirect's `Location`.
fn echoes() -> Vec<Reply> {
    // Serialised into the envelope, the token becomes its JSON-escaped form.
    let message = format!("invalid token {TOKEN} (URL: {TOKEN_PERCENT})");
    vec![
        Reply::json(
            401,
            json!({"statusCode": 401, "error": "Unauthorized", "message": message}),
        )
        .with_header("x-request-id", &format!("req-{TOKEN_PERCENT}"))
        .with_header("www-authenticate", &format!("Bearer {TOKEN_PERCENT}")),
        Reply::Respond {
            status: 502,
            headers: vec![("content-type".into(), "text/plain".into())],
            body: format!("upstream saw Authorization: Bearer {TOKEN}").into_bytes(),
        },
        Reply::Respond {
            status: 200,
            headers: vec![("content-type".into(), "application/json".into())],
            body: format!("not json: {TOKEN_JSON}").into_bytes(),
        },
        Reply::status(307).with_header(
            "location",
            &format!("http://127.0.0.1:1/?t={TOKEN_PERCENT}"),
        ),
    ]
}

#[tokio::test]
async fn an_echoed_token_is_redacted_from_every_error() {
    for reply in echoes() {
        let server = Server::always(reply).await;
        let client = client_with(&server, TOKEN, |b| b.retry(RetryPolicy::none()));
        let err = suspend(&client).await.expect_err("an error");
        let shown = format!("{err}\n{err:?}");
        assert_no_token(&shown, "the error");
        assert!(shown.contains("[redacted]"), "{shown}");
        if let Error::Api(api) = &err {
            assert_no_token(&String::from_utf8_lossy(&api.body), "the kept body");
            assert_no_token(&api.message(), "the message");
        }
    }
}

#[tokio::test]
async fn an_echoed_token_is_redacted_from_success_bodies_and_streams() {
    // A raw body and a `stream` body that split the token between chunks.
    let raw = format!(r#"{{"echo": "{TOKEN_JSON}"}}"#);
    let server = Server::always(Reply::Respond {
        status: 200,
        headers: vec![("x-echo".into(), TOKEN_PERCENT.into())],
        body: raw.into_bytes(),
    })
    .await;
    let request = DeleteUser::new("1", ACCOUNT).truto_response_format(ResponseFormat::Raw);
    let response = client(&server, TOKEN)
        .delete_user(&request, Some(Integration::Okta))
        .await
        .expect("raw");
    assert_no_token(&format!("{response:?}"), "the response");
    assert!(matches!(response.body, Body::Json(ref v) if v["echo"] == "[redacted]"));

    let (head, tail) = TOKEN.split_at(9);
    let server = Server::always(Reply::Chunks(vec![
        format!("before {head}").into_bytes(),
        format!("{tail} after").into_bytes(),
        b" end".to_vec(),
    ]))
    .await;
    let mut stream = support::clients::deactivate_stream(&client(&server, TOKEN)).await;
    let mut received = Vec::new();
    while let Some(chunk) = stream.next().await {
        received.extend_from_slice(&chunk.expect("chunk"));
    }
    assert_eq!(
        String::from_utf8_lossy(&received),
        "before [redacted] after end"
    );
}

// --- offboarding and the CLI ------------------------------------------------------------------

#[cfg(feature = "cli")]
mod cli {
    use std::path::Path;
    use std::process::Output;

    use super::*;
    use truto_user_directory::offboard::{Offboarder, Outcome, Plan, RunOptions};

    fn plan_text() -> String {
        format!(
            "targets:\n  - {{integrated_account_id: {ACCOUNT}, integration: Okta, user_id: \"00u1\", operation: suspend}}\n"
        )
    }

    #[tokio::test]
    async fn offboarding_reports_a_redirect_as_a_failure() {
        let (server, elsewhere, _) = redirecting(308).await;
        let plan = Plan::from_yaml(&plan_text()).expect("plan");
        let mut results = Vec::new();
        let summary = Offboarder::new(client(&server, TOKEN), RunOptions::default())
            .run(&plan, |r| results.push(r.clone()))
            .await
            .expect("the run completes");
        assert_eq!(summary.failed, 1, "{summary:?}");
        assert!(!summary.all_done());
        let result = &results[0];
        assert_eq!(result.outcome, Outcome::Failed);
        assert_eq!(result.status, Some(308));
        let error = result.error.as_deref().unwrap_or_default();
        assert!(
            error.contains("redirect") && error.contains("base URL"),
            "{error}"
        );
        assert_eq!(elsewhere.count(), 0);
    }

    #[tokio::test]
    async fn a_verification_answered_with_a_redirect_stops_at_once() {
        // The suspend succeeds; the read that would confirm it is redirected.
        let server = Server::start(|r, _| match r.method.as_str() {
            "GET" => Reply::status(302).with_header("location", "http://localhost:1/"),
            _ => Reply::json(200, json!({"id": "00u1", "status": "inactive"})),
        })
        .await;
        let plan = Plan::from_yaml(&plan_text()).expect("plan");
        let options = RunOptions {
            verify: Some(Duration::from_secs(20)),
            ..RunOptions::default()
        };
        let started = Instant::now();
        let mut results = Vec::new();
        Offboarder::new(client(&server, TOKEN), options)
            .run(&plan, |r| results.push(r.clone()))
            .await
            .expect("the run completes");
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "read again and again"
        );
        assert_eq!(results[0].outcome, Outcome::Succeeded);
        let verification = results[0].verification.as_ref().expect("verified");
        assert_eq!(verification.reads, 1, "{verification:?}");
        assert_eq!(verification.status, Some(302));
        assert!(
            verification
                .note
                .as_deref()
                .is_some_and(|n| n.contains("redirect")),
            "{verification:?}"
        );
    }

    use crate::support::userdir::{suspend_args, userdir_with_token};

    fn shown(out: &Output) -> String {
        format!(
            "{}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    }

    #[tokio::test]
    async fn the_cli_fails_a_redirect_with_exit_3_and_says_what_to_check() {
        let (server, elsewhere, _) = redirecting(307).await;
        let out = userdir_with_token(suspend_args(&server.url(), &[]), TOKEN).await;
        let text = shown(&out);
        assert_eq!(out.status.code(), Some(3), "{text}");
        assert!(
            text.contains("HTTP 307 redirect") && text.contains("check the base URL"),
            "{text}"
        );
        assert_eq!(elsewhere.count(), 0);
    }

    #[tokio::test]
    async fn the_cli_caps_bodies_with_max_body_bytes() {
        let server = Server::always(Reply::json(
            200,
            json!({"id": "00u1", "status": "inactive"}),
        ))
        .await;
        let capped = |bytes: &str| {
            let mut args = suspend_args(&server.url(), &[]);
            args.extend(["--max-body-bytes".to_string(), bytes.to_string()]);
            args
        };
        let out = userdir_with_token(capped("16"), TOKEN).await;
        let text = shown(&out);
        assert_eq!(out.status.code(), Some(3), "{text}");
        assert!(
            text.contains("limit of 16 bytes")
                && text.contains("--truto-response-format stream")
                && text.contains("--max-body-bytes"),
            "{text}"
        );
        let out = userdir_with_token(capped("0"), TOKEN).await;
        assert_eq!(out.status.code(), Some(2), "{}", shown(&out));
        let out = userdir_with_token(capped("1024"), TOKEN).await;
        assert_eq!(out.status.code(), Some(0), "{}", shown(&out));
    }

    #[tokio::test]
    async fn the_cli_never_prints_an_echoed_token() {
        for reply in echoes() {
            let server = Server::always(reply).await;
            let out = userdir_with_token(suspend_args(&server.url(), &[]), TOKEN).await;
            let text = shown(&out);
            assert_ne!(out.status.code(), Some(0), "{text}");
            assert_no_token(&text, "userdir users suspend");
            assert!(text.contains("[redacted]"), "{text}");
        }
    }

    #[tokio::test]
    async fn offboarding_outputs_never_hold_an_echoed_token() {
        let dir = std::env::temp_dir().join(format!("userdir-hostile-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let plan = dir.join("plan.yaml");
        std::fs::write(&plan, plan_text()).expect("plan");
        for (n, reply) in echoes().into_iter().enumerate() {
            let server = Server::always(reply).await;
            let file = |ext: &str| dir.join(format!("{n}.{ext}"));
            let mut args = vec!["offboard".to_string(), plan.display().to_string()];
            for (flag, path) in [
                ("--journal", file("journal")),
                ("--audit", file("audit.jsonl")),
                ("--report", file("md")),
            ] {
                args.push(flag.to_string());
                args.push(path.display().to_string());
            }
            args.extend(["--base-url".to_string(), server.url()]);
            let out = userdir_with_token(args, TOKEN).await;
            let text = shown(&out);
            assert_eq!(out.status.code(), Some(1), "{text}");
            assert!(text.contains("\"outcome\":\"failed\""), "{text}");
            assert_no_token(&text, "userdir offboard");
            for ext in ["journal", "audit.jsonl", "md"] {
                let written = read(&file(ext));
                assert_no_token(&written, ext);
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    fn read(path: &Path) -> String {
        std::fs::read_to_string(path).unwrap_or_default()
    }
}

// --- the local server's limits ----------------------------------------------------------------

#[cfg(feature = "mock")]
mod local_server {
    use std::net::{Ipv4Addr, SocketAddr};

    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::TcpStream;
    use truto_user_directory::mock::{MockServer, Seed, ServerLimits};

    use super::*;

    const LIMITS: ServerLimits = ServerLimits {
        max_body_bytes: 1024,
        max_header_bytes: 4096,
        header_read_timeout: Duration::from_millis(300),
        body_read_timeout: Duration::from_millis(300),
    };

    async fn server() -> MockServer {
        let seed = Seed::from_yaml(&format!(
            "accounts:\n  - {{id: {ACCOUNT}, integration: Okta, users: [{{id: \"00u1\"}}]}}\n"
        ))
        .expect("seed");
        MockServer::bind_with(seed, SocketAddr::from((Ipv4Addr::LOCALHOST, 0)), LIMITS)
            .await
            .expect("server")
    }

    /// Sends `parts` (pausing `pause` between them), then reads until the server closes the
    /// connection: what it answered, and whether it closed within 3 s.
    async fn exchange(server: &MockServer, parts: &[&[u8]], pause: Duration) -> (String, bool) {
        let mut stream = TcpStream::connect(server.addr()).await.expect("connect");
        for part in parts {
            if stream.write_all(part).await.is_err() {
                break;
            }
            tokio::time::sleep(pause).await;
        }
        let mut answer = Vec::new();
        let closed = tokio::time::timeout(Duration::from_secs(3), async {
            let mut buf = [0u8; 4096];
            loop {
                match stream.read(&mut buf).await {
                    Ok(0) | Err(_) => return,
                    Ok(n) => answer.extend_from_slice(&buf[..n]),
                }
            }
        })
        .await
        .is_ok();
        (String::from_utf8_lossy(&answer).into_owned(), closed)
    }

    fn suspend_head(extra: &str) -> String {
        format!(
            "POST /unified/user-directory/users/suspend?integrated_account_id={ACCOUNT} HTTP/1.1\r\nhost: x\r\nauthorization: Bearer t\r\ncontent-type: application/json\r\n{extra}\r\n"
        )
    }

    #[tokio::test]
    async fn the_local_server_bounds_request_bodies_and_heads() {
        let server = server().await;
        // A Content-Length over the limit: refused before any of it is read.
        let head = suspend_head("content-length: 300000000\r\n");
        let (answer, closed) = exchange(&server, &[head.as_bytes()], Duration::ZERO).await;
        assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
        assert!(answer.contains("limit of 1024 bytes"), "{answer}");
        assert!(closed);
        // A chunked body that passes it.
        let head = suspend_head("transfer-encoding: chunked\r\n");
        let chunk = format!("800\r\n{}\r\n", "x".repeat(0x800));
        let (answer, _) = exchange(
            &server,
            &[head.as_bytes(), chunk.as_bytes(), chunk.as_bytes()],
            Duration::ZERO,
        )
        .await;
        assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
        // A head over the limit.
        let head = suspend_head(&format!("x-padding: {}\r\n", "p".repeat(8192)));
        let (answer, closed) = exchange(&server, &[head.as_bytes()], Duration::ZERO).await;
        assert!(answer.starts_with("HTTP/1.1 431"), "{answer}");
        assert!(closed);
        // Within the limits, the same call is answered.
        let body = r#"{"user_id":"00u1"}"#;
        let head = suspend_head(&format!("content-length: {}\r\n", body.len()));
        let (answer, _) =
            exchange(&server, &[head.as_bytes(), body.as_bytes()], Duration::ZERO).await;
        assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    }

    #[tokio::test]
    async fn the_local_server_drops_slow_and_idle_clients() {
        let server = server().await;
        let started = Instant::now();
        // Connected, silent.
        let (answer, closed) = exchange(&server, &[], Duration::ZERO).await;
        assert!(closed && answer.is_empty(), "{answer}");
        // A head trickled a byte at a time.
        let head = suspend_head("content-length: 2\r\n");
        let bytes: Vec<&[u8]> = head.as_bytes().chunks(1).collect();
        let (answer, closed) = exchange(&server, &bytes, Duration::from_millis(50)).await;
        assert!(closed && answer.is_empty(), "{answer}");
        // A body that stops halfway.
        let head = suspend_head("content-length: 100\r\n");
        let (answer, closed) =
            exchange(&server, &[head.as_bytes(), b"{\"user_id\""], Duration::ZERO).await;
        assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
        assert!(closed);
        // A kept-alive connection left idle after its answer.
        let lookup = format!(
            "GET /integrated-account/{ACCOUNT} HTTP/1.1\r\nhost: x\r\nauthorization: Bearer t\r\n\r\n"
        );
        let (answer, closed) = exchange(&server, &[lookup.as_bytes()], Duration::ZERO).await;
        assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
        assert!(closed, "an idle kept-alive connection stays open");
        assert!(started.elapsed() < Duration::from_secs(10));
    }
}
