//! The client against real HTTP servers on 127.0.0.1: exact requests, hostile ids, every error
//! status, retries and deadlines, dropped connections, streaming, decoding, the integrated
//! account lookup, and secrets.

use crate::support;

use std::time::{Duration, Instant};

use futures_util::StreamExt;
use serde_json::json;
use support::process::{alone, resident_bytes};
use support::{Reply, Server, client, client_with};
use truto_user_directory::endpoints::users_delete::OrganizationIdOrWorkspaceId;
use truto_user_directory::{
    ApiErrorKind, Body, Client, DeactivateUser, DeleteUser, Error, Integration, Mode,
    ResponseFormat, RetryPolicy, SuspendUser, UserStatus,
};
use truto_user_directory::{RemoteDataBodySetters, TrutoQuerySetters};

const ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";
const TOKEN: &str = "tk_live_SECRET_0123456789";

fn user(id: &str) -> serde_json::Value {
    json!({"id": id, "status": "inactive", "first_name": "Ada"})
}

#[tokio::test]
async fn delete_sends_exactly_what_the_api_expects() {
    let server = Server::always(Reply::json(200, user("1234"))).await;
    let request = DeleteUser::for_github("1234", ACCOUNT, "acme")
        .truto_response_format(ResponseFormat::Normalized)
        .truto_ignore_remote_data(false)
        .truto_exclude_fields(["emails", "phones"])
        .remote_query(serde_json::Map::from_iter([
            ("foo".to_string(), json!("bar baz&x=1")),
            ("nested".to_string(), json!({"a": {"b": true}})),
        ]));
    let response = client(&server, TOKEN)
        .delete_user(&request, Some(Integration::GitHub))
        .await
        .expect("success");
    assert_eq!(response.status, 200);
    assert_eq!(response.attempts, 1);
    let user = response.body.typed().expect("user");
    assert_eq!(user.id.as_deref(), Some("1234"));

    let seen = &server.requests()[0];
    assert_eq!(
        seen.request_line(),
        format!(
            "DELETE /unified/user-directory/users/1234?organization_id=acme&integrated_account_id={ACCOUNT}&truto_response_format=normalized&truto_ignore_remote_data=false&truto_exclude_fields[]=emails&truto_exclude_fields[]=phones&remote_query[foo]=bar%20baz%26x%3D1&remote_query[nested][a][b]=true HTTP/1.1"
        )
    );
    assert_eq!(
        seen.query_pairs(),
        [
            ("organization_id", "acme"),
            ("integrated_account_id", ACCOUNT),
            ("truto_response_format", "normalized"),
            ("truto_ignore_remote_data", "false"),
            ("truto_exclude_fields[]", "emails"),
            ("truto_exclude_fields[]", "phones"),
            ("remote_query[foo]", "bar baz&x=1"),
            ("remote_query[nested][a][b]", "true"),
        ]
        .map(|(k, v)| (k.to_string(), v.to_string()))
    );
    assert_eq!(
        seen.header("authorization"),
        Some(format!("Bearer {TOKEN}").as_str())
    );
    assert_eq!(seen.header("accept"), Some("application/json"));
    assert!(
        seen.header("user-agent")
            .is_some_and(|u| u.starts_with("truto-user-directory/"))
    );
    assert_eq!(seen.header("content-type"), None, "DELETE has no body");
    assert!(seen.body.is_empty());
}

#[tokio::test]
async fn deactivate_and_suspend_send_json_bodies() {
    let server = Server::always(Reply::json(200, user("00u1"))).await;
    let client = client(&server, TOKEN);
    let deactivate = DeactivateUser::for_okta(ACCOUNT, "00u1").remote_data(serde_json::Map::new());
    client
        .deactivate_user(&deactivate, Some(Integration::Okta))
        .await
        .expect("deactivate");
    let vanta = DeactivateUser::for_vanta(ACCOUNT, "admin-7");
    client
        .deactivate_user(&vanta, Some(Integration::Vanta))
        .await
        .expect("vanta");
    let suspend = SuspendUser::for_okta(ACCOUNT, "00u1");
    client
        .suspend_user(&suspend, Some(Integration::Okta))
        .await
        .expect("suspend");

    let seen = server.requests();
    assert_eq!(
        seen[0].request_line(),
        format!(
            "POST /unified/user-directory/users/deactivate?integrated_account_id={ACCOUNT} HTTP/1.1"
        )
    );
    assert_eq!(seen[0].header("content-type"), Some("application/json"));
    assert_eq!(
        seen[0].json(),
        json!({"user_id": "00u1", "remote_data": {}})
    );
    assert_eq!(
        seen[1].request_line(),
        format!(
            "POST /unified/user-directory/users/deactivate?actor=admin-7&integrated_account_id={ACCOUNT} HTTP/1.1"
        )
    );
    assert_eq!(seen[1].json(), json!({}));
    assert_eq!(
        seen[2].request_line(),
        format!(
            "POST /unified/user-directory/users/suspend?integrated_account_id={ACCOUNT} HTTP/1.1"
        )
    );
    assert_eq!(seen[2].json(), json!({"user_id": "00u1"}));
}

#[tokio::test]
async fn object_arrays_are_indexed_in_the_query() {
    let server = Server::always(Reply::status(204)).await;
    let request = DeleteUser::for_gitlab(
        "7",
        ACCOUNT,
        OrganizationIdOrWorkspaceId::workspace_id("w 1"),
    );
    client(&server, TOKEN)
        .delete_user(&request, Some(Integration::GitLab))
        .await
        .expect("ok");
    let mut emails = DeleteUser::for_browserstack(
        "7",
        ACCOUNT,
        vec![
            truto_user_directory::endpoints::users_delete::EmailItem {
                email: Some("a@x.io".into()),
                is_primary: Some(true),
                ..Default::default()
            },
            truto_user_directory::endpoints::users_delete::EmailItem {
                email: Some("b@x.io".into()),
                ..Default::default()
            },
        ],
    );
    emails.truto_query.truto_exclude_fields = vec![];
    client(&server, TOKEN)
        .delete_user(&emails, Some(Integration::BrowserStack))
        .await
        .expect("ok");
    let seen = server.requests();
    assert!(
        seen[0].query().starts_with("workspace_id=w%201&"),
        "{}",
        seen[0].query()
    );
    let pairs = seen[1].query_pairs();
    assert_eq!(
        &pairs[..3],
        [
            ("emails[0][email]".to_string(), "a@x.io".to_string()),
            ("emails[0][is_primary]".to_string(), "true".to_string()),
            ("emails[1][email]".to_string(), "b@x.io".to_string()),
        ]
    );
}

#[tokio::test]
async fn hostile_ids_stay_one_path_segment() {
    let server = Server::always(Reply::status(204)).await;
    let client = client(&server, TOKEN);
    for (id, path) in [
        ("a/b?c#d%", "/unified/user-directory/users/a%2Fb%3Fc%23d%25"),
        ("../admin", "/unified/user-directory/users/..%2Fadmin"),
        (
            "ünïcode id",
            "/unified/user-directory/users/%C3%BCn%C3%AFcode%20id",
        ),
        (
            "x&integrated_account_id=other",
            "/unified/user-directory/users/x%26integrated_account_id%3Dother",
        ),
    ] {
        let response = client
            .delete_user(&DeleteUser::new(id, ACCOUNT), Some(Integration::Okta))
            .await
            .expect("sent");
        assert!(response.body.typed().is_none(), "204 has no body");
        let seen = server.requests().pop().expect("request");
        assert_eq!(seen.path(), path, "{id}");
        assert_eq!(
            seen.query_pairs(),
            [("integrated_account_id".to_string(), ACCOUNT.to_string())]
        );
    }
    // `..` and `.` would be resolved away by URL parsing: refused, nothing sent.
    let before = server.count();
    for id in ["..", "."] {
        let err = client
            .delete_user(&DeleteUser::new(id, ACCOUNT), Some(Integration::Okta))
            .await
            .expect_err("refused");
        assert!(
            matches!(err, Error::Config(ref m) if m.contains("relative path segment")),
            "{err}"
        );
    }
    assert_eq!(server.count(), before);
}

#[tokio::test]
async fn invalid_requests_are_never_sent() {
    let server = Server::always(Reply::status(204)).await;
    let err = client(&server, TOKEN)
        .delete_user(&DeleteUser::new("1234", ACCOUNT), Some(Integration::GitHub))
        .await
        .expect_err("invalid");
    let Error::Validation(report) = err else {
        panic!("expected a validation error")
    };
    assert_eq!(
        report.violations[0].wire_name.as_deref(),
        Some("organization_id")
    );
    assert_eq!(server.count(), 0);
}

#[tokio::test]
async fn error_statuses_are_typed_and_keep_the_response() {
    let insight = json!({
        "statusCode": 400, "error": "Bad Request", "message": "Missing required parameters",
        "truto_error_insight": {
            "missing_required_query_parameters": {"description": "query", "value": ["organization_id"]},
            "missing_required_body_fields": {"description": "body", "value": ["user_id"]}
        }
    });
    let remote_401 = json!({"statusCode": 401, "error": "Unauthorized", "message": "token expired", "truto_is_remote_error": true, "raw_response": {"code": "E0000011"}});
    let cases: Vec<(Reply, ApiErrorKind)> = vec![
        (Reply::json(400, insight), ApiErrorKind::BadRequest),
        (
            Reply::json(
                401,
                json!({"statusCode": 401, "error": "Unauthorized", "message": "Invalid token"}),
            ),
            ApiErrorKind::BadToken,
        ),
        (Reply::json(401, remote_401), ApiErrorKind::NeedsReauth),
        (
            Reply::json(
                403,
                json!({"statusCode": 403, "error": "Forbidden", "message": "no", "truto_error_insight": {"forbidden_error": {"value": {"missing_scopes": ["okta.users.manage"]}}}}),
            ),
            ApiErrorKind::Forbidden,
        ),
        (
            Reply::json(
                404,
                json!({"statusCode": 404, "error": "Not Found", "message": "User not found"}),
            ),
            ApiErrorKind::NotFound,
        ),
        (
            Reply::json(
                405,
                json!({"statusCode": 405, "error": "Method Not Allowed", "message": "sandbox"}),
            ),
            ApiErrorKind::SandboxReadOnly,
        ),
        (
            Reply::json(
                409,
                json!({"statusCode": 409, "error": "Conflict", "message": "busy"}),
            ),
            ApiErrorKind::Conflict,
        ),
        (
            Reply::json(
                422,
                json!({"statusCode": 422, "error": "Unprocessable Entity", "message": "bad"}),
            ),
            ApiErrorKind::Unprocessable,
        ),
        (
            Reply::json(
                503,
                json!({"statusCode": 503, "error": "Service Unavailable", "message": "blocked"}),
            ),
            ApiErrorKind::AccountBlocked,
        ),
        (
            Reply::json(
                500,
                json!({"statusCode": 500, "error": "Internal Server Error", "message": "oops"}),
            ),
            ApiErrorKind::Server,
        ),
    ];
    for (reply, kind) in cases {
        let status = match &reply {
            Reply::Respond { status, .. } => *status,
            _ => unreachable!(),
        };
        let server = Server::always(reply.with_header("x-request-id", "req-42")).await;
        let err = client(&server, TOKEN)
            .delete_user(&DeleteUser::new("1", ACCOUNT), Some(Integration::Okta))
            .await
            .expect_err("error status");
        assert_eq!(err.kind(), Some(kind), "{status}: {err}");
        assert_eq!(err.status(), Some(status));
        let Error::Api(api) = &err else {
            panic!("{status}: {err}")
        };
        assert_eq!(
            api.headers
                .get("x-request-id")
                .map(|v| v.to_str().unwrap_or_default()),
            Some("req-42")
        );
        assert!(!api.body.is_empty());
        assert!(api.envelope.is_some());
        // 409 and 503 are never retried; nor are other 4xx/500.
        assert_eq!(server.count(), 1, "{status} must not be retried");
        assert!(!err.to_string().contains(TOKEN));
        match kind {
            ApiErrorKind::BadRequest => {
                let e = api.envelope.as_ref().expect("envelope");
                assert_eq!(e.missing_required_query_parameters(), ["organization_id"]);
                assert_eq!(e.missing_required_body_fields(), ["user_id"]);
                assert!(
                    err.to_string()
                        .contains("missing query parameters: organization_id"),
                    "{err}"
                );
            }
            ApiErrorKind::NeedsReauth => {
                let e = api.envelope.as_ref().expect("envelope");
                assert_eq!(e.raw_response, Some(json!({"code": "E0000011"})));
            }
            ApiErrorKind::Forbidden => {
                assert_eq!(
                    api.envelope.as_ref().expect("envelope").missing_scopes(),
                    ["okta.users.manage"]
                );
            }
            _ => {}
        }
    }
}

#[tokio::test]
async fn a_non_json_error_body_is_kept() {
    let html = "<html><body>Bad gateway from the edge</body></html>".repeat(40);
    let server = Server::always(Reply::Respond {
        status: 418,
        headers: vec![("content-type".into(), "text/html".into())],
        body: html.clone().into_bytes(),
    })
    .await;
    let err = client(&server, TOKEN)
        .delete_user(&DeleteUser::new("1", ACCOUNT), Some(Integration::Okta))
        .await
        .expect_err("error");
    let Error::Api(api) = &err else {
        panic!("{err}")
    };
    assert_eq!(api.kind, ApiErrorKind::Other);
    assert!(api.envelope.is_none());
    assert_eq!(api.body.len(), html.len(), "whole body kept");
    let text = err.to_string();
    assert!(text.contains("Bad gateway from the edge"));
    assert!(
        text.len() < 800,
        "message is a bounded snippet: {}",
        text.len()
    );
}

#[tokio::test]
async fn rate_limits_wait_for_retry_after_in_both_forms() {
    for form in ["seconds", "http-date", "absent"] {
        // HTTP dates have one-second resolution: two seconds ahead is at least one second's wait.
        let retry_after = match form {
            "seconds" => Some("1".to_string()),
            "http-date" => Some(httpdate::fmt_http_date(
                std::time::SystemTime::now() + Duration::from_secs(2),
            )),
            _ => None,
        };
        let mut limited = Reply::json(
            429,
            json!({"statusCode": 429, "error": "Too Many Requests", "message": "slow down"}),
        );
        if let Some(v) = &retry_after {
            limited = limited.with_header("retry-after", v);
        }
        let ok = Reply::json(200, user("1"))
            .with_header("ratelimit-remaining", "49")
            .with_header("ratelimit-limit", "50;w=10")
            .with_header("ratelimit-reset", "9");
        let server = Server::sequence(vec![limited, ok]).await;
        let started = Instant::now();
        let response = client(&server, TOKEN)
            .delete_user(&DeleteUser::new("1", ACCOUNT), Some(Integration::Okta))
            .await
            .expect("retried");
        let waited = started.elapsed();
        assert_eq!(response.attempts, 2);
        assert_eq!(server.count(), 2);
        let rate = response.rate_limit.expect("ratelimit headers");
        assert_eq!(
            (rate.limit.as_deref(), rate.remaining, rate.reset),
            (Some("50;w=10"), Some(49), Some(9))
        );
        match retry_after {
            Some(_) => assert!(
                waited >= Duration::from_millis(900),
                "{retry_after:?}: {waited:?}"
            ),
            None => assert!(
                waited >= Duration::from_millis(200),
                "policy default: {waited:?}"
            ),
        }
    }
}

#[tokio::test]
async fn a_rate_limit_wait_beyond_the_deadline_fails_at_once() {
    let server = Server::always(
        Reply::json(
            429,
            json!({"statusCode": 429, "error": "Too Many Requests", "message": "wait"}),
        )
        .with_header("retry-after", "30"),
    )
    .await;
    let client = client_with(&server, TOKEN, |b| b.deadline(Duration::from_secs(5)));
    let started = Instant::now();
    let err = client
        .deactivate_user(
            &DeactivateUser::for_okta(ACCOUNT, "00u1"),
            Some(Integration::Okta),
        )
        .await
        .expect_err("limited");
    assert!(started.elapsed() < Duration::from_secs(2));
    let Error::RateLimited {
        retry_after, error, ..
    } = err
    else {
        panic!("expected RateLimited")
    };
    assert_eq!(retry_after, Duration::from_secs(30));
    assert_eq!(error.kind, ApiErrorKind::RateLimited);
    assert_eq!(server.count(), 1);
}

#[tokio::test]
async fn gateway_errors_are_retried_only_when_safe() {
    // Delete is idempotent: retried up to max_retries.
    let server = Server::always(Reply::status(502)).await;
    let err = client(&server, TOKEN)
        .delete_user(&DeleteUser::new("1", ACCOUNT), Some(Integration::Okta))
        .await
        .expect_err("keeps failing");
    assert_eq!(err.status(), Some(502));
    assert_eq!(server.count(), 4, "1 attempt + 3 retries");
    // Deactivate is not: one attempt, unless the policy allows.
    let server = Server::sequence(vec![Reply::status(504), Reply::json(200, user("00u1"))]).await;
    let err = client(&server, TOKEN)
        .deactivate_user(
            &DeactivateUser::for_okta(ACCOUNT, "00u1"),
            Some(Integration::Okta),
        )
        .await
        .expect_err("not retried");
    assert_eq!(err.status(), Some(504));
    assert_eq!(server.count(), 1);
    let server = Server::sequence(vec![Reply::status(504), Reply::json(200, user("00u1"))]).await;
    let allowing = client_with(&server, TOKEN, |b| {
        b.retry(RetryPolicy {
            retry_non_idempotent: true,
            base_delay: Duration::from_millis(5),
            ..RetryPolicy::default()
        })
    });
    let ok = allowing
        .deactivate_user(
            &DeactivateUser::for_okta(ACCOUNT, "00u1"),
            Some(Integration::Okta),
        )
        .await
        .expect("retried");
    assert_eq!(ok.attempts, 2);
    // max_retries = 0 means no retry at all, also for 429.
    for reply in [
        Reply::status(502),
        Reply::status(429).with_header("retry-after", "0"),
    ] {
        let server = Server::always(reply).await;
        let none = client_with(&server, TOKEN, |b| b.retry(RetryPolicy::none()));
        none.delete_user(&DeleteUser::new("1", ACCOUNT), Some(Integration::Okta))
            .await
            .expect_err("no retry");
        assert_eq!(server.count(), 1);
    }
}

#[tokio::test]
async fn the_total_deadline_bounds_retries_and_slow_attempts() {
    let server = Server::always(Reply::Delay(
        Duration::from_millis(400),
        Box::new(Reply::json(200, user("1"))),
    ))
    .await;
    let client = client_with(&server, TOKEN, |b| {
        b.attempt_timeout(Duration::from_millis(100))
            .deadline(Duration::from_millis(350))
            .retry(RetryPolicy {
                max_retries: 10,
                base_delay: Duration::from_millis(10),
                max_delay: Duration::from_millis(20),
                ..RetryPolicy::default()
            })
    });
    let started = Instant::now();
    let err = client
        .delete_user(&DeleteUser::new("1", ACCOUNT), Some(Integration::Okta))
        .await
        .expect_err("deadline");
    let elapsed = started.elapsed();
    let Error::Timeout { attempts, .. } = err else {
        panic!("expected Timeout, got {err}")
    };
    assert!((2..=4).contains(&attempts), "{attempts}");
    assert!(elapsed < Duration::from_millis(1500), "{elapsed:?}");
}

#[tokio::test]
async fn a_connection_dropped_mid_response_is_retried_when_safe() {
    let truncated = Reply::Truncated {
        status: 200,
        declared: 500,
        sent: br#"{"id": "1", "fi"#.to_vec(),
    };
    let server = Server::sequence(vec![truncated.clone(), Reply::json(200, user("1"))]).await;
    let ok = client(&server, TOKEN)
        .delete_user(&DeleteUser::new("1", ACCOUNT), Some(Integration::Okta))
        .await
        .expect("retried");
    assert_eq!(ok.attempts, 2);
    // Not for deactivate: the call may have happened.
    let server = Server::sequence(vec![truncated, Reply::json(200, user("1"))]).await;
    let err = client(&server, TOKEN)
        .deactivate_user(
            &DeactivateUser::for_okta(ACCOUNT, "00u1"),
            Some(Integration::Okta),
        )
        .await
        .expect_err("dropped");
    assert!(
        matches!(err, Error::Connection { attempts: 1, .. }),
        "{err}"
    );
    // A connection closed before any answer.
    let server = Server::always(Reply::Close).await;
    let err = client(&server, TOKEN)
        .delete_user(&DeleteUser::new("1", ACCOUNT), Some(Integration::Okta))
        .await
        .expect_err("closed");
    assert!(
        matches!(err, Error::Connection { attempts: 4, .. }),
        "{err}"
    );
}

#[tokio::test]
async fn responses_decode_in_every_shape_the_api_uses() {
    let cases = vec![
        (
            Reply::json(
                200,
                json!({"result": {"id": "1", "status": "SUSPENDED", "x_custom": 1}}),
            ),
            Some("1"),
        ),
        (Reply::json(200, json!({"id": "2"})), Some("2")),
        (Reply::status(204), None),
        (Reply::json(200, json!({"result": null})), None),
        (
            Reply::Respond {
                status: 200,
                headers: vec![],
                body: b"  ".to_vec(),
            },
            None,
        ),
    ];
    for (reply, id) in cases {
        let server = Server::always(reply).await;
        let response = client(&server, TOKEN)
            .delete_user(&DeleteUser::new("1", ACCOUNT), Some(Integration::Okta))
            .await
            .expect("decoded");
        let user = response.body.typed();
        assert_eq!(user.as_ref().and_then(|u| u.id.as_deref()), id);
        if id == Some("1") {
            let user = user.expect("user");
            let status = user.status.expect("status");
            assert!(!status.is_known());
            assert_eq!(status.as_str(), "SUSPENDED");
            assert_eq!(status, UserStatus::from("SUSPENDED"));
            assert_eq!(user.extra["x_custom"], 1);
        }
    }
    // A success body that is not JSON is a decode error with a bounded snippet.
    let server = Server::always(Reply::Respond {
        status: 200,
        headers: vec![],
        body: b"<html>ok</html>".to_vec(),
    })
    .await;
    let err = client(&server, TOKEN)
        .delete_user(&DeleteUser::new("1", ACCOUNT), Some(Integration::Okta))
        .await
        .expect_err("not JSON");
    assert!(
        matches!(&err, Error::Decode { status: 200, snippet, .. } if snippet == "<html>ok</html>"),
        "{err}"
    );
}

#[tokio::test]
async fn exclude_fields_and_ignore_remote_data_are_honoured() {
    let body = json!({"id": "1", "emails": [{"email": "a@b.c"}], "remote_data": {"raw": true}, "title": "CTO"});
    let server = Server::always(Reply::json(200, body)).await;
    let request = DeleteUser::new("1", ACCOUNT)
        .truto_ignore_remote_data(true)
        .truto_exclude_fields(["emails"]);
    let user = client(&server, TOKEN)
        .delete_user(&request, Some(Integration::Okta))
        .await
        .expect("ok")
        .body
        .typed()
        .expect("user");
    assert_eq!(user.remote_data, None);
    assert_eq!(user.emails, None);
    assert!(!user.extra.contains_key("remote_data") && !user.extra.contains_key("emails"));
    assert_eq!(user.title.as_deref(), Some("CTO"));
}

#[tokio::test]
async fn raw_responses_come_back_as_json_or_bytes() {
    let server = Server::sequence(vec![
        Reply::json(200, json!({"vendor": {"deactivated": true}})),
        Reply::Respond {
            status: 200,
            headers: vec![("content-type".into(), "text/plain".into())],
            body: b"OK".to_vec(),
        },
    ])
    .await;
    let client = client(&server, TOKEN);
    let request = DeleteUser::new("1", ACCOUNT).truto_response_format(ResponseFormat::Raw);
    let first = client
        .delete_user(&request, Some(Integration::Okta))
        .await
        .expect("raw");
    assert!(
        matches!(first.body, Body::Json(ref v) if v["vendor"]["deactivated"] == true),
        "{:?}",
        first.body
    );
    let second = client
        .delete_user(&request, Some(Integration::Okta))
        .await
        .expect("raw");
    assert!(matches!(second.body, Body::Bytes(ref b) if b.as_ref() == b"OK"));
}

#[tokio::test]
async fn a_stream_is_never_buffered_whole() {
    // It measures the process's memory: alone, in a process of its own.
    if !alone("client::a_stream_is_never_buffered_whole") {
        return;
    }
    const TOTAL: usize = 256 * 1024 * 1024;
    let server = Server::always(Reply::Stream { total: TOTAL }).await;
    let before = resident_bytes();
    let mut stream = support::clients::deactivate_stream(&client(&server, TOKEN)).await;
    let mut received = 0usize;
    let mut peak = before;
    while let Some(chunk) = stream.next().await {
        received += chunk.expect("chunk").len();
        peak = peak.max(resident_bytes());
    }
    assert_eq!(received, TOTAL);
    let growth = peak.saturating_sub(before);
    assert!(
        growth < 64 * 1024 * 1024,
        "resident memory grew by {} MiB for a {} MiB stream",
        growth >> 20,
        TOTAL >> 20
    );
}

#[tokio::test]
async fn the_integration_is_looked_up_once_per_account() {
    let server = Server::start(|r, _| {
        if r.path().starts_with("/integrated-account/") {
            Reply::json(
                200,
                json!({"id": ACCOUNT, "integration": {"name": "github", "label": "GitHub"}}),
            )
        } else {
            Reply::json(200, json!({"id": "1"}))
        }
    })
    .await;
    let client = client(&server, TOKEN);
    // Looked up, then validated for GitHub: the organization is missing.
    let err = client
        .delete_user(&DeleteUser::new("1", ACCOUNT), None)
        .await
        .expect_err("GitHub needs an organization");
    assert!(
        matches!(&err, Error::Validation(r) if r.integration == Some(Integration::GitHub)),
        "{err}"
    );
    let ok = client
        .delete_user(&DeleteUser::for_github("1", ACCOUNT, "acme"), None)
        .await
        .expect("valid");
    assert_eq!(ok.integration, Some(Integration::GitHub));
    let lookups = server.requests_with("GET");
    assert_eq!(lookups.len(), 1, "cached");
    assert_eq!(
        lookups[0].request_line(),
        format!("GET /integrated-account/{ACCOUNT} HTTP/1.1")
    );
    assert_eq!(
        lookups[0].header("authorization"),
        Some(format!("Bearer {TOKEN}").as_str())
    );
    // A malformed account id is caught before any lookup.
    let before = server.count();
    let err = client
        .delete_user(&DeleteUser::new("1", "nope"), None)
        .await
        .expect_err("bad uuid");
    assert!(matches!(err, Error::Validation(_)));
    assert_eq!(server.count(), before);
}

/// A server whose integrated account has an integration no spec knows yet.
async fn brand_new_app_server() -> Server {
    Server::start(|r, _| {
        if r.method == "GET" {
            Reply::json(200, json!({"id": r.path().rsplit('/').next(), "integration": {"name": "brand-new-app"}}))
        } else {
            Reply::json(200, user("1"))
        }
    })
    .await
}

#[tokio::test(flavor = "current_thread")]
async fn an_integration_the_spec_does_not_know_is_sent_with_the_shared_checks_a_warning_and_a_flag()
{
    let (captured, _guard) = Captured::install();
    let server = brand_new_app_server().await;
    // The default client (strict mode): no per-integration rule can be applied, so a parameter
    // some integrations do not take is sent as given.
    let client = client(&server, TOKEN);
    let ok = client
        .delete_user(&DeleteUser::new("1", ACCOUNT).organization_id("acme"), None)
        .await
        .expect("sent with the checks every integration shares");
    assert_eq!(ok.unknown_integration.as_deref(), Some("brand-new-app"));
    assert_eq!(ok.integration, None);
    assert_eq!(ok.status, 200);
    let sent = server.requests_with("DELETE");
    assert_eq!(sent.len(), 1, "the call reached the server");
    assert_eq!(
        sent[0].query_pairs(),
        [
            ("organization_id".to_string(), "acme".to_string()),
            ("integrated_account_id".to_string(), ACCOUNT.to_string())
        ]
    );
    let log = captured.text();
    assert!(
        log.contains("WARN") && log.contains("brand-new-app") && log.contains("not in this spec"),
        "{log}"
    );
    // The shared checks still apply: an enum value outside its list is refused, unsent.
    let before = server.count();
    let err = client
        .delete_user(
            &DeleteUser::new("1", ACCOUNT).truto_response_format(ResponseFormat::from("xml")),
            None,
        )
        .await
        .expect_err("not a response format");
    assert!(
        matches!(&err, Error::Validation(r) if r.integration.is_none()),
        "{err}"
    );
    assert_eq!(
        server.count(),
        before,
        "nothing sent (the lookup is cached)"
    );
    // A known integration keeps every strict check.
    let err = client
        .suspend_user(
            &SuspendUser::new(ACCOUNT).user_id("00u1"),
            Some(Integration::GitHub),
        )
        .await
        .expect_err("GitHub does not support suspend");
    assert!(
        matches!(&err, Error::Validation(r) if r.integration == Some(Integration::GitHub)),
        "{err}"
    );
}

#[tokio::test]
async fn refusing_unknown_integrations_is_an_opt_in() {
    let server = brand_new_app_server().await;
    for mode in [Mode::Strict, Mode::Lenient] {
        let refusing = client_with(&server, TOKEN, |b| {
            b.mode(mode).refuse_unknown_integrations(true)
        });
        let err = refusing
            .delete_user(&DeleteUser::new("1", ACCOUNT), None)
            .await
            .expect_err("refused");
        assert!(
            matches!(&err, Error::UnknownIntegration { name, integrated_account_id } if name == "brand-new-app" && integrated_account_id == ACCOUNT),
            "{mode:?}: {err}"
        );
        assert!(
            err.to_string()
                .contains("refuse_unknown_integrations(false)"),
            "{err}"
        );
        assert!(refusing.integration_of(ACCOUNT).await.is_err(), "{mode:?}");
    }
    assert!(
        server.requests().iter().all(|r| r.method == "GET"),
        "nothing but lookups was sent"
    );
    // Without the opt-in the lookup says: not in this spec.
    assert_eq!(
        client(&server, TOKEN)
            .integration_of(ACCOUNT)
            .await
            .expect("lookup"),
        None
    );
}

#[tokio::test]
async fn a_400_insight_names_what_is_missing_and_how_to_add_it() {
    let server = Server::always(Reply::json(
        400,
        json!({
            "statusCode": 400, "error": "Bad Request", "message": "Missing required parameters",
            "truto_error_insight": {
                "missing_required_query_parameters": {"description": "query", "value": ["organization_id", "brand_new_param"]},
                "conditionally_required_body_fields": {"description": "body", "value": ["a", "b"]}
            }
        }),
    ))
    .await;
    let err = client(&server, TOKEN)
        .delete_user(&DeleteUser::new("1", ACCOUNT), Some(Integration::Okta))
        .await
        .expect_err("400");
    assert_eq!(server.count(), 1, "the server answered the call");
    let Error::Api(api) = &err else {
        panic!("{err}")
    };
    assert_eq!(api.kind, ApiErrorKind::BadRequest);
    assert_eq!(api.endpoint.map(|e| e.name), Some("users.delete"));
    assert_eq!(api.integration.as_deref(), Some("Okta"));
    let envelope = api.envelope.as_ref().expect("envelope");
    assert_eq!(
        envelope.missing_required_query_parameters(),
        ["organization_id", "brand_new_param"]
    );
    assert_eq!(envelope.conditionally_required_body_fields(), ["a", "b"]);
    let message = err.to_string();
    assert!(
        message.contains(
            "missing query parameters: organization_id, brand_new_param (the API says they are required for Okta on users.delete: add them with `.organization_id(…)` (CLI `--organization-id`) and `brand_new_param` (not a parameter of users.delete in this spec"
        ),
        "{message}"
    );
    assert!(
        message.contains("at least one of these body fields is required: a, b"),
        "{message}"
    );
    // For an integration the spec does not know, the message names the API's name for it.
    let server = Server::start(|r, _| {
        if r.method == "GET" {
            Reply::json(200, json!({"id": r.path().rsplit('/').next(), "integration": {"name": "brand-new-app"}}))
        } else {
            Reply::json(
                400,
                json!({"statusCode": 400, "message": "Missing", "truto_error_insight": {
                    "missing_required_query_parameters": {"value": ["workspace_id"]}}}),
            )
        }
    })
    .await;
    let err = client(&server, TOKEN)
        .delete_user(&DeleteUser::new("1", ACCOUNT), None)
        .await
        .expect_err("400");
    assert!(
        err.to_string().contains(
            "missing query parameters: workspace_id (the API says it is required for brand-new-app on users.delete: add it with `.workspace_id(…)` (CLI `--workspace-id`))"
        ),
        "{err}"
    );
}

#[tokio::test]
async fn the_token_is_never_shown() {
    let server = Server::always(Reply::json(
        401,
        json!({"statusCode": 401, "error": "Unauthorized", "message": "Invalid token"}),
    ))
    .await;
    let client = client(&server, TOKEN);
    assert!(!format!("{client:?}").contains(TOKEN));
    let prepared = client
        .prepare(
            <DeleteUser as truto_user_directory::Operation>::spec(),
            &truto_user_directory::Operation::fields(&DeleteUser::new("1", ACCOUNT)),
        )
        .expect("prepared");
    assert!(!format!("{prepared:?}").contains(TOKEN));
    assert!(
        prepared
            .headers
            .contains(&("authorization".to_string(), "Bearer ***".to_string()))
    );
    let err = client
        .delete_user(&DeleteUser::new("1", ACCOUNT), Some(Integration::Okta))
        .await
        .expect_err("401");
    assert!(!format!("{err}").contains(TOKEN) && !format!("{err:?}").contains(TOKEN));
}

#[test]
fn plain_http_is_refused_except_on_loopback() {
    let build = |url: &str| Client::builder().base_url(url).token("t").build();
    assert!(build("https://api.truto.one").is_ok());
    assert!(build("http://127.0.0.1:8080").is_ok());
    assert!(build("http://localhost:8080").is_ok());
    assert!(build("http://[::1]:8080").is_ok());
    let err = build("http://api.truto.one").expect_err("insecure");
    assert!(err.to_string().contains("plain http"), "{err}");
    assert!(
        Client::builder()
            .base_url("http://10.0.0.5")
            .token("t")
            .allow_insecure_http(true)
            .build()
            .is_ok()
    );
    assert!(build("ftp://example.com").is_err());
    assert!(build("not a url").is_err());
}

/// A `tracing` writer that keeps what is logged, for asserting on it.
#[derive(Clone, Default)]
struct Captured(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl Captured {
    /// Captures this thread's `tracing` events until the guard is dropped.
    fn install() -> (Captured, tracing::subscriber::DefaultGuard) {
        let captured = Captured::default();
        let writer = captured.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(move || writer.clone())
            .with_ansi(false)
            .finish();
        let guard = tracing::subscriber::set_default(subscriber);
        (captured, guard)
    }

    /// What was logged so far.
    fn text(&self) -> String {
        String::from_utf8(self.0.lock().expect("lock").clone()).expect("utf8")
    }
}

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("lock").extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test(flavor = "current_thread")]
async fn every_retry_is_a_tracing_event() {
    let (captured, _guard) = Captured::install();
    let server = Server::sequence(vec![
        Reply::status(502),
        Reply::status(429).with_header("retry-after", "0"),
        Reply::json(200, user("1")),
    ])
    .await;
    let response = client(&server, TOKEN)
        .delete_user(&DeleteUser::new("1", ACCOUNT), Some(Integration::Okta))
        .await
        .expect("third attempt succeeds");
    assert_eq!(response.attempts, 3);
    let log = captured.text();
    let retries: Vec<&str> = log.lines().filter(|l| l.contains("retrying")).collect();
    assert_eq!(retries.len(), 2, "{log}");
    assert!(
        retries[0].contains("attempt=1") && retries[0].contains("status=502"),
        "{log}"
    );
    assert!(
        retries[1].contains("attempt=2") && retries[1].contains("status=429"),
        "{log}"
    );
    assert!(!log.contains(TOKEN));
}
