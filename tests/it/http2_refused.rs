//! Requests an HTTP/2 server refuses before processing them (RFC 9113, section 8.7) are sent
//! again, even when they are not idempotent; other failures of a non-idempotent call are not.
//! The server is a real HTTP/2 server (the `h2` crate, plain TCP) on 127.0.0.1.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use bytes::Bytes;

use crate::support::client_with;
use truto_user_directory::{Body, Error, Integration, Response, RetryPolicy, SuspendUser, User};

const ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";
const TOKEN: &str = "tk_live_SECRET_0123456789";
const USER: &[u8] = br#"{"id":"00u1","status":"inactive"}"#;

/// What the server does with the `n`th request (from 0).
#[derive(Clone, Copy)]
enum Answer {
    /// Resets the stream with this reason.
    Reset(h2::Reason),
    /// Answers 200 with [`USER`].
    User,
}

/// An HTTP/2 (h2c) server that answers request `n` with `plan(n)`; counts the requests.
async fn server(plan: fn(usize) -> Answer) -> (String, Arc<AtomicUsize>) {
    serve(plan, false).await
}

/// [`server`], which with `go_away_first` shuts its first connection down at once with a
/// graceful `GOAWAY` (`NO_ERROR`, no stream processed).
async fn serve(plan: fn(usize) -> Answer, go_away_first: bool) -> (String, Arc<AtomicUsize>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("address"));
    let seen = Arc::new(AtomicUsize::new(0));
    let counter = seen.clone();
    tokio::spawn(async move {
        for connections in 0.. {
            let Ok((socket, _)) = listener.accept().await else {
                return;
            };
            let counter = counter.clone();
            tokio::spawn(async move {
                let Ok(mut connection) = h2::server::handshake(socket).await else {
                    return;
                };
                if go_away_first && connections == 0 {
                    connection.abrupt_shutdown(h2::Reason::NO_ERROR);
                    while connection.accept().await.is_some() {}
                    // Open a while longer: the client reads the `GOAWAY` before the end of
                    // the connection.
                    tokio::time::sleep(Duration::from_millis(300)).await;
                    return;
                }
                while let Some(Ok((_request, mut respond))) = connection.accept().await {
                    match plan(counter.fetch_add(1, Ordering::SeqCst)) {
                        Answer::Reset(reason) => respond.send_reset(reason),
                        Answer::User => {
                            let head = http::Response::builder()
                                .status(200)
                                .header("content-type", "application/json")
                                .body(())
                                .expect("response head");
                            if let Ok(mut body) = respond.send_response(head, false) {
                                let _ = body.send_data(Bytes::from_static(USER), true);
                            }
                        }
                    }
                }
            });
        }
    });
    (base, seen)
}

/// Suspends a user (not idempotent) through the server at `base`.
async fn suspend(base: &str, retry: RetryPolicy) -> Result<Response<User>, Error> {
    let retry = RetryPolicy {
        base_delay: Duration::from_millis(1),
        ..retry
    };
    client_with(base, TOKEN, |b| b.http2_prior_knowledge(true).retry(retry))
        .suspend_user(
            &SuspendUser::for_okta(ACCOUNT, "00u1"),
            Some(Integration::Okta),
        )
        .await
}

#[tokio::test]
async fn a_refused_stream_is_sent_again_even_when_not_idempotent() {
    let (base, seen) = server(|n| match n {
        0 => Answer::Reset(h2::Reason::REFUSED_STREAM),
        _ => Answer::User,
    })
    .await;
    // Suspend is not idempotent: a lost answer is never retried by default.
    let response = suspend(&base, RetryPolicy::default())
        .await
        .expect("sent again after the refusal");
    assert_eq!(response.status, 200);
    assert_eq!(response.attempts, 2);
    assert!(
        matches!(&response.body, Body::Typed(Some(user)) if user.id.as_deref() == Some("00u1"))
    );
    assert_eq!(seen.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_request_left_out_of_a_graceful_go_away_is_sent_again() {
    let (base, seen) = serve(|_| Answer::User, true).await;
    let response = suspend(&base, RetryPolicy::default())
        .await
        .expect("sent again on a new connection");
    assert_eq!(response.status, 200);
    assert_eq!(response.attempts, 2);
    assert_eq!(seen.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn refusals_count_against_the_retries() {
    let (base, seen) = server(|_| Answer::Reset(h2::Reason::REFUSED_STREAM)).await;
    let retry = RetryPolicy {
        max_retries: 2,
        ..RetryPolicy::default()
    };
    let error = suspend(&base, retry).await.expect_err("refused every time");
    assert!(
        matches!(&error, Error::Connection { attempts: 3, .. }),
        "{error:?}"
    );
    assert_eq!(seen.load(Ordering::SeqCst), 3);
    // The policy's "no retries at all" holds for refusals too.
    let (base, seen) = server(|_| Answer::Reset(h2::Reason::REFUSED_STREAM)).await;
    suspend(&base, RetryPolicy::none())
        .await
        .expect_err("no retry");
    assert_eq!(seen.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_stream_reset_for_another_reason_is_not_sent_again_when_not_idempotent() {
    // INTERNAL_ERROR: the server may have acted on the request.
    let (base, seen) = server(|n| match n {
        0 => Answer::Reset(h2::Reason::INTERNAL_ERROR),
        _ => Answer::User,
    })
    .await;
    let error = suspend(&base, RetryPolicy::default())
        .await
        .expect_err("not sent again");
    assert!(
        matches!(&error, Error::Connection { attempts: 1, .. }),
        "{error:?}"
    );
    assert_eq!(seen.load(Ordering::SeqCst), 1);
}
