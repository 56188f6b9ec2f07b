//! Output a terminal can trust, against real HTTP servers on 127.0.0.1: server-provided text
//! (error messages, bodies, names, `Location`s) is shown bounded and with control characters
//! and bidi overrides escaped, in the library's `Display` and in everything the `userdir` CLI
//! prints, while the whole body stays reachable (`ApiError::body`, `--verbose`,
//! `--error-body FILE`). And a URL the HTTP stack cannot send is a local, typed error: nothing
//! is sent, nothing is retried.

use crate::support;

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use serde_json::json;
use support::clients::no_retry;
use support::{Reply, Server, client_with};
use truto_user_directory::wire::MAX_URL_BYTES;
use truto_user_directory::{
    Client, DeleteUser, Error, Integration, ListUsers, Operation, RetryPolicy, SuspendUser,
    terminal,
};

const ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";
const TOKEN: &str = "tk_live_0123456789abcdef";

/// A 5 MB message.
const HUGE: usize = 5 * 1024 * 1024;

/// Every sequence a terminal would act on: ANSI colours and screen clearing, an OSC title (BEL
/// and ST ended), a C1 CSI, DEL, bidi overrides and isolates, line breaks.
const HOSTILE: &str = "red\u{1b}[31m alert\u{1b}[2J\u{1b}]0;pwned\u{7} \u{1b}]2;t\u{1b}\\ \u{9b}1m \u{7f} \u{202e}gnp.exe\u{202c} \u{2066}x\u{2069} \u{202a}\u{202b}\u{202d}\u{2067}\u{2068} fake\r\nuserdir: ok";

/// Characters a terminal must never receive from a server.
fn assert_safe(text: &str, what: &str) {
    let bad: Vec<char> = text
        .chars()
        .filter(|&c| c != '\n' && terminal::is_unsafe(c))
        .collect();
    assert!(bad.is_empty(), "{what} holds {bad:?}: {text:?}");
}

/// Deletes user `id` of the Okta account (`id` is a path parameter).
async fn delete(client: &Client, id: &str) -> Result<(), Error> {
    client
        .delete_user(&DeleteUser::new(id, ACCOUNT), Some(Integration::Okta))
        .await
        .map(|_| ())
}

async fn suspend(client: &Client, user_id: &str) -> Result<(), Error> {
    client
        .suspend_user(
            &SuspendUser::for_okta(ACCOUNT, user_id),
            Some(Integration::Okta),
        )
        .await
        .map(|_| ())
}

fn envelope(status: u16, message: &str) -> Reply {
    Reply::json(
        status,
        json!({"statusCode": status, "error": "Bad Request", "message": message}),
    )
}

/// The answers that carry hostile text: an envelope's message, a plain-text body, insight names,
/// a `Location` (bidi overrides are bytes a header may hold), an integration name.
fn hostile_replies() -> Vec<Reply> {
    vec![
        envelope(400, HOSTILE),
        Reply::Respond {
            status: 500,
            headers: vec![("content-type".into(), "text/plain".into())],
            body: HOSTILE.as_bytes().to_vec(),
        },
        Reply::json(
            400,
            json!({
                "statusCode": 400,
                "message": "missing",
                "truto_error_insight": {
                    "missing_required_query_parameters": {"value": [HOSTILE, "x\u{1b}[0m"]}
                }
            }),
        ),
        Reply::status(302).with_header("location", "http://127.0.0.1:1/\u{202e}exe.txt"),
        Reply::Respond {
            status: 200,
            headers: vec![("content-type".into(), "application/json".into())],
            body: format!("not json {HOSTILE}").into_bytes(),
        },
    ]
}

#[tokio::test]
async fn a_huge_error_message_is_shown_bounded_and_the_body_is_kept_whole() {
    let message = "A".repeat(HUGE);
    let server = Server::always(envelope(400, &message)).await;
    let err = suspend(&client_with(&server, TOKEN, no_retry), "00u1")
        .await
        .expect_err("an error");
    let shown = err.to_string();
    assert!(shown.len() < 2 * 1024, "{} bytes shown", shown.len());
    let cut = HUGE - (terminal::MAX_SHOWN_BYTES);
    assert!(
        shown.contains(&format!("{cut} of {HUGE} bytes not shown"))
            && shown.contains("ApiError::body")
            && shown.contains("--verbose"),
        "{shown}"
    );
    let Error::Api(api) = &err else {
        panic!("{err:?}")
    };
    assert!(api.message().len() <= terminal::MAX_SHOWN_BYTES + 300);
    // The whole body and the whole message are kept.
    let body: serde_json::Value = serde_json::from_slice(&api.body).expect("JSON");
    assert_eq!(body["message"].as_str().map(str::len), Some(HUGE));
    let kept = api.envelope.as_ref().and_then(|e| e.message.as_deref());
    assert_eq!(kept.map(str::len), Some(HUGE));

    // A body that is not an envelope is cut too.
    let server = Server::always(Reply::Respond {
        status: 502,
        headers: vec![],
        body: vec![b'B'; HUGE],
    })
    .await;
    let err = suspend(&client_with(&server, TOKEN, no_retry), "00u1")
        .await
        .expect_err("an error");
    let shown = err.to_string();
    assert!(shown.len() < 2 * 1024, "{} bytes shown", shown.len());
    assert!(
        shown.contains(&format!("of {HUGE} bytes not shown")),
        "{shown}"
    );
}

#[tokio::test]
async fn control_sequences_and_bidi_overrides_from_a_server_are_escaped_in_every_error() {
    for reply in hostile_replies() {
        let server = Server::always(reply).await;
        let err = suspend(&client_with(&server, TOKEN, no_retry), "00u1")
            .await
            .expect_err("an error");
        let shown = err.to_string();
        assert_safe(&shown, "Display");
        assert!(
            shown.contains("\\u{1b}") || shown.contains("\\u{202e}"),
            "escaped visibly: {shown}"
        );
        if let Error::Api(api) = &err {
            assert_safe(&api.message(), "ApiError::message");
        }
    }
    // An integration name the API gives, refused as unknown.
    let name = format!("Evil\u{1b}]0;t\u{7}{}", "n".repeat(10_000));
    let server = Server::always(Reply::json(
        200,
        json!({"id": ACCOUNT, "integration": {"name": name}}),
    ))
    .await;
    let client = client_with(&server, TOKEN, |b| b.refuse_unknown_integrations(true));
    let err = client
        .suspend_user(&SuspendUser::for_okta(ACCOUNT, "00u1"), None)
        .await
        .expect_err("refused");
    let shown = err.to_string();
    assert!(matches!(err, Error::UnknownIntegration { .. }), "{err:?}");
    assert_safe(&shown, "Display");
    assert!(
        shown.len() < 1024 && shown.contains("Evil\\u{1b}]0;t\\u{7}"),
        "{shown}"
    );
}

// --- a URL the HTTP stack cannot send ---------------------------------------------------------

/// A listener that counts the connections made to it and answers none.
async fn counting() -> (SocketAddr, Arc<AtomicUsize>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let count = Arc::new(AtomicUsize::new(0));
    let seen = count.clone();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            seen.fetch_add(1, Ordering::SeqCst);
            drop(stream);
        }
    });
    (addr, count)
}

fn url_too_long(err: &Error) -> (usize, &[(String, usize)]) {
    match err {
        Error::UrlTooLong {
            length,
            limit,
            parameters,
        } => {
            assert_eq!(*limit, MAX_URL_BYTES);
            assert!(*length > MAX_URL_BYTES);
            (*length, parameters)
        }
        other => panic!("expected UrlTooLong, got {other:?}"),
    }
}

#[tokio::test]
async fn a_url_too_long_to_send_is_refused_at_once_and_nothing_is_sent() {
    let (addr, connections) = counting().await;
    let base = format!("http://{addr}");
    // Many retries, a long deadline: a refusal that was retried would show in the time.
    let client = Client::builder()
        .base_url(base.clone())
        .token(TOKEN)
        .retry(RetryPolicy::default())
        .build()
        .expect("client");
    // 40 KB fits the `http` crate's limit but not the client's; 100 KB fits neither.
    for size in [40_000, 100_000] {
        let long = "u".repeat(size);
        let started = Instant::now();
        let err = delete(&client, &long).await.expect_err("refused");
        let (_, parameters) = url_too_long(&err);
        assert_eq!(parameters, [("id".to_string(), size)], "{err}");
        let shown = err.to_string();
        assert!(
            shown.contains("`id`")
                && shown.contains("nothing was sent")
                && shown.contains("Check the value")
                && shown.len() < 1024,
            "{shown}"
        );

        let request = ListUsers::new(ACCOUNT).group_id(long.clone());
        let err = client
            .list_users(&request, Some(Integration::Okta))
            .next_page()
            .await
            .expect("a page")
            .expect_err("refused");
        let (_, parameters) = url_too_long(&err);
        assert_eq!(parameters[0].0, "group_id", "{err}");
        assert!(parameters[0].1 > size);
        assert!(started.elapsed() < Duration::from_secs(1), "retried");

        // A dry run (`prepare`) says the same.
        let request = DeleteUser::new(&long, ACCOUNT);
        let prepared = client.prepare(DeleteUser::spec(), &request.fields());
        url_too_long(&prepared.expect_err("refused"));
    }
    assert_eq!(connections.load(Ordering::SeqCst), 0, "sent");
    // At the limit it is sent.
    let once = client_with(&*base, TOKEN, no_retry);
    let path_and_query = format!("/unified/user-directory/users/?integrated_account_id={ACCOUNT}");
    let fits = "u".repeat(MAX_URL_BYTES - base.len() - path_and_query.len());
    let err = delete(&once, &fits).await.expect_err("no answer");
    assert!(!matches!(err, Error::UrlTooLong { .. }), "{err}");
    assert_eq!(connections.load(Ordering::SeqCst), 1);
    let err = delete(&once, &format!("{fits}u"))
        .await
        .expect_err("refused");
    url_too_long(&err);
    assert_eq!(connections.load(Ordering::SeqCst), 1, "sent");
}

#[cfg(feature = "offboard")]
#[tokio::test]
async fn offboarding_reports_a_url_too_long_as_invalid() {
    use truto_user_directory::offboard::{Offboarder, Outcome, Plan, RunOptions};
    let (addr, connections) = counting().await;
    let long = "u".repeat(100_000);
    let plan = Plan::from_yaml(&format!(
        "targets:\n  - {{integrated_account_id: {ACCOUNT}, integration: Okta, user_id: \"{long}\", operation: delete}}\n"
    ))
    .expect("plan");
    let mut results = Vec::new();
    let options = RunOptions {
        confirm_irreversible: true,
        ..RunOptions::default()
    };
    Offboarder::new(
        client_with(&*format!("http://{addr}"), TOKEN, no_retry),
        options,
    )
    .run(&plan, |r| results.push(r.clone()))
    .await
    .expect("the run completes");
    assert_eq!(results[0].outcome, Outcome::Invalid, "{:?}", results[0]);
    let error = results[0].error.as_deref().unwrap_or_default();
    assert!(
        error.contains("request URL") && error.contains("`id`") && error.len() < 1024,
        "{error}"
    );
    assert_eq!(connections.load(Ordering::SeqCst), 0);
}

#[cfg(all(feature = "cli", feature = "offboard"))]
mod cli {

    use super::*;

    use crate::support::userdir::{stderr, suspend_args, userdir_with_token};

    #[tokio::test]
    async fn the_cli_shows_server_text_bounded_and_escaped_and_the_whole_body_when_asked() {
        let message = format!("{HOSTILE}{}", "A".repeat(HUGE));
        let server = Server::always(envelope(400, &message)).await;
        let out = userdir_with_token(suspend_args(&server.url(), &[]), TOKEN).await;
        let text = stderr(&out);
        assert_eq!(out.status.code(), Some(3), "{text}");
        assert!(text.len() < 16 * 1024, "{} bytes on stderr", text.len());
        assert_safe(&text, "stderr");
        assert!(
            text.contains("bytes not shown") && text.contains("--verbose"),
            "{text}"
        );

        // --verbose: the whole body, still escaped.
        let out = userdir_with_token(suspend_args(&server.url(), &["--verbose"]), TOKEN).await;
        let text = stderr(&out);
        assert_eq!(out.status.code(), Some(3));
        assert!(text.len() > HUGE, "{} bytes on stderr", text.len());
        assert_safe(&text, "stderr with --verbose");
        assert!(text.contains("red\\u{1b}[31m alert"));

        // --error-body FILE: the raw bytes.
        let file = std::env::temp_dir().join(format!("userdir-output-{}.body", std::process::id()));
        let path = file.display().to_string();
        let out =
            userdir_with_token(suspend_args(&server.url(), &["--error-body", &path]), TOKEN).await;
        let text = stderr(&out);
        assert_eq!(out.status.code(), Some(3), "{text}");
        assert!(text.len() < 16 * 1024);
        let written = std::fs::read(&file).expect("written");
        let body: serde_json::Value = serde_json::from_slice(&written).expect("the JSON sent");
        assert_eq!(body["message"].as_str(), Some(message.as_str()));
        // A file that exists is never written over: refused before anything is sent.
        let before = server.count();
        let out =
            userdir_with_token(suspend_args(&server.url(), &["--error-body", &path]), TOKEN).await;
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(stderr(&out).contains("exists, and is left as it is"));
        assert_eq!(std::fs::read(&file).unwrap(), written);
        assert_eq!(server.count(), before, "nothing sent");
        let _ = std::fs::remove_file(&file);

        for reply in hostile_replies() {
            let server = Server::always(reply).await;
            let out = userdir_with_token(suspend_args(&server.url(), &[]), TOKEN).await;
            let text = stderr(&out);
            assert_ne!(out.status.code(), Some(0), "{text}");
            assert_safe(&text, "stderr");
        }
    }

    #[tokio::test]
    async fn offboarding_outputs_hold_server_text_bounded_and_escaped() {
        let message = format!("{HOSTILE}{}", "A".repeat(HUGE));
        let server = Server::always(envelope(400, &message)).await;
        let dir = std::env::temp_dir().join(format!("userdir-output-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        let plan = dir.join("plan.yaml");
        std::fs::write(
            &plan,
            format!("targets:\n  - {{integrated_account_id: {ACCOUNT}, integration: Okta, user_id: \"00u1\", operation: suspend}}\n"),
        )
        .expect("plan");
        let audit = dir.join("audit.jsonl");
        let journal = dir.join("journal");
        let report = dir.join("report.md");
        let out = userdir_with_token(
            vec![
                "offboard".into(),
                plan.display().to_string(),
                "--base-url".into(),
                server.url(),
                "--audit".into(),
                audit.display().to_string(),
                "--journal".into(),
                journal.display().to_string(),
                "--report".into(),
                report.display().to_string(),
            ],
            TOKEN,
        )
        .await;
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        let text = format!("{stdout}\n{}", stderr(&out));
        assert!(text.len() < 32 * 1024, "{} bytes printed", text.len());
        let line: serde_json::Value =
            serde_json::from_str(stdout.lines().next().unwrap_or_default()).expect("NDJSON");
        let error = line["error"].as_str().unwrap_or_default();
        assert_safe(error, "the NDJSON error");
        assert!(error.contains("bytes not shown"), "{error}");
        let written = std::fs::read_to_string(&report).unwrap_or_default();
        assert_safe(&written, "the report");
        // The audit log keeps the SHA-256 of the whole body.
        let audited = std::fs::read_to_string(&audit).unwrap_or_default();
        let whole = serde_json::to_vec(
            &json!({"statusCode": 400, "error": "Bad Request", "message": message}),
        )
        .expect("JSON");
        let sha = truto_user_directory::offboard::plan_sha256(&whole);
        assert!(audited.contains(&sha), "{sha} not in the audit log");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[tokio::test]
    async fn the_cli_refuses_a_url_too_long_with_exit_2_and_sends_nothing() {
        let (addr, connections) = counting().await;
        let long = "u".repeat(100_000);
        let mut args = suspend_args(&format!("http://{addr}"), &[]);
        args[1] = "delete".into();
        let at = args.iter().position(|a| a == "--user-id").expect("user id");
        args[at] = "--id".into();
        args[at + 1] = long;
        let out = userdir_with_token(args.clone(), TOKEN).await;
        let text = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{text}");
        assert!(text.contains("`id`") && text.len() < 2048, "{text}");
        // A dry run says it too.
        args.push("--dry-run".into());
        let out = userdir_with_token(args, TOKEN).await;
        let text = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{text}");
        assert!(text.contains("`id`") && text.len() < 2048, "{text}");
        assert_eq!(connections.load(Ordering::SeqCst), 0);
    }
}
