//! The mock server on 127.0.0.1, driven by the crate's own client and by raw HTTP: lookups,
//! offboarding effects and "already done" answers, validation envelopes, unknown parameters,
//! rate limits, injected faults, authentication and seeds.

#![cfg(feature = "mock")]

use std::time::{Duration, Instant};

use crate::support::api_error;
use crate::support::local::client;

use serde_json::{Value, json};
use truto_user_directory::TrutoQuerySetters;
use truto_user_directory::mock::{Faults, Limits, MockServer, Seed};
use truto_user_directory::{
    ApiErrorKind, Client, DeactivateUser, DeleteUser, ENDPOINTS, Error, ErrorEnvelope, Integration,
    RetryPolicy, SuspendUser, UserStatus,
};

const OKTA: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";
const GITHUB: &str = "0b6f3a52-5c1e-4d8e-9a47-3f0e2c9d1a10";
const GITLAB: &str = "7d2c1e90-8a3b-4f6c-b5d4-e1f2a3b4c5d6";
const VANTA: &str = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
const UNKNOWN: &str = "ffffffff-ffff-4fff-bfff-ffffffffffff";

fn seed() -> Seed {
    Seed::from_yaml(&format!(
        r#"
accounts:
  - id: {OKTA}
    integration: Okta
    users:
      - {{id: "00u1", email: ada@example.com}}
      - {{id: "00u2"}}
      - {{id: "00u3", status: inactive}}
  - id: {GITHUB}
    integration: GitHub
    users:
      - {{id: octocat}}
      - {{id: hubot}}
      - {{id: "team/ada smith?x=1#2%"}}
  - id: {GITLAB}
    integration: gitlab          # a slug works too
    users:
      - {{id: "42"}}
  - id: {VANTA}
    integration: Vanta
    users:
      - {{id: v1}}
"#
    ))
    .expect("seed")
}

async fn server() -> MockServer {
    MockServer::start(seed()).await.expect("server")
}

fn envelope(e: &truto_user_directory::ApiError) -> &ErrorEnvelope {
    e.envelope.as_ref().expect("Truto's error envelope")
}

/// A raw request with the token, for what the client would refuse to send.
async fn raw(
    server: &MockServer,
    method: &str,
    path_and_query: &str,
    body: Option<Value>,
) -> (u16, reqwest::header::HeaderMap, Value) {
    raw_with(server, method, path_and_query, body, Some("Bearer t")).await
}

async fn raw_with(
    server: &MockServer,
    method: &str,
    path_and_query: &str,
    body: Option<Value>,
    authorization: Option<&str>,
) -> (u16, reqwest::header::HeaderMap, Value) {
    let http = reqwest::Client::new();
    let method = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
    let mut request = http.request(method, format!("{}{path_and_query}", server.base_url()));
    if let Some(auth) = authorization {
        request = request.header("authorization", auth);
    }
    if let Some(body) = body {
        request = request
            .header("content-type", "application/json")
            .body(body.to_string());
    }
    let response = request.send().await.expect("response");
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let bytes = response.bytes().await.expect("body");
    let value = serde_json::from_slice(&bytes).expect("JSON body");
    (status, headers, value)
}

#[tokio::test]
async fn lookup_answers_known_accounts_and_404s_unknown_ones() {
    let server = server().await;
    let client = client(&server);
    assert_eq!(
        client.integration_of(OKTA).await.expect("lookup"),
        Some(Integration::Okta)
    );
    assert_eq!(
        client.integration_of(GITLAB).await.expect("lookup"),
        Some(Integration::GitLab)
    );
    let (status, headers, body) = raw(
        &server,
        "GET",
        &format!("/integrated-account/{GITHUB}"),
        None,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(body["id"], GITHUB);
    assert_eq!(body["integration"]["name"], Integration::GitHub.slug());
    assert_eq!(body["integration"]["label"], "GitHub");
    assert_eq!(body["is_sandbox"], false);
    assert_eq!(headers["content-type"], "application/json");
    let id = headers["x-request-id"].to_str().expect("ascii");
    assert!(
        truto_user_directory::validate::is_hyphenated_uuid(id),
        "{id}"
    );

    let e = api_error(client.integration_of(UNKNOWN).await);
    assert_eq!(e.status, 404);
    assert_eq!(e.kind, ApiErrorKind::NotFound);
    assert!(!envelope(&e).truto_is_remote_error);
    assert!(e.message().contains(UNKNOWN), "{}", e.message());
    let stats = server.stats();
    assert_eq!(stats.lookups, 4);
    assert_eq!(stats.requests, 4);
}

#[tokio::test]
async fn deactivate_sets_the_status_and_a_second_deactivate_is_a_remote_409() {
    let server = server().await;
    let client = client(&server);
    let request = DeactivateUser::for_okta(OKTA, "00u1");
    // Integration looked up from the account.
    let response = client
        .deactivate_user(&request, None)
        .await
        .expect("deactivated");
    assert_eq!(response.status, 200);
    assert_eq!(response.integration, Some(Integration::Okta));
    let user = response.body.typed().expect("user");
    assert_eq!(user.id.as_deref(), Some("00u1"));
    assert_eq!(user.status, Some(UserStatus::Inactive));
    let emails = user.emails.expect("emails");
    assert_eq!(emails[0].email.as_deref(), Some("ada@example.com"));
    assert_eq!(
        server.user_status(OKTA, "00u1").as_deref(),
        Some("inactive")
    );
    assert_eq!(server.user_status(OKTA, "00u2").as_deref(), Some("active"));
    let limit = response.rate_limit.expect("rate-limit headers");
    assert_eq!(limit.limit.as_deref(), Some("50;w=10"));
    assert_eq!(limit.remaining, Some(49));

    let e = api_error(client.deactivate_user(&request, None).await);
    assert_eq!(e.status, 409);
    assert_eq!(e.kind, ApiErrorKind::Conflict);
    let env = envelope(&e);
    assert!(env.truto_is_remote_error);
    assert!(env.raw_response.is_some());
    let spec = ENDPOINTS
        .iter()
        .find(|s| s.name == "users.deactivate")
        .and_then(|s| s.offboarding)
        .expect("offboarding");
    assert!(spec.is_already_done(e.status, env.truto_is_remote_error));

    // A user seeded inactive is already done too.
    let e = api_error(
        client
            .deactivate_user(
                &DeactivateUser::for_okta(OKTA, "00u3"),
                Some(Integration::Okta),
            )
            .await,
    );
    assert_eq!(e.status, 409);
    let stats = server.stats();
    assert_eq!(stats.applied_to(OKTA, "00u1", "deactivate"), 1);
    assert_eq!(stats.applied.len(), 1, "{:?}", stats.applied);
    assert_eq!(stats.by_endpoint["users.deactivate"], 3);
    assert_eq!(stats.lookups, 1, "the client caches the lookup");
}

#[tokio::test]
async fn suspend_and_vanta_deactivate_follow_the_spec() {
    let server = server().await;
    let client = client(&server);
    client
        .suspend_user(
            &SuspendUser::for_okta(OKTA, "00u2"),
            Some(Integration::Okta),
        )
        .await
        .expect("suspended");
    assert_eq!(
        server.user_status(OKTA, "00u2").as_deref(),
        Some("inactive")
    );
    // Suspended is inactive: deactivating it again is already done.
    let e = api_error(
        client
            .deactivate_user(
                &DeactivateUser::for_okta(OKTA, "00u2"),
                Some(Integration::Okta),
            )
            .await,
    );
    assert_eq!(e.status, 409);

    let request = DeactivateUser::for_vanta(VANTA, "actor-7").user_id("v1");
    client
        .deactivate_user(&request, Some(Integration::Vanta))
        .await
        .expect("deactivated");
    assert_eq!(server.user_status(VANTA, "v1").as_deref(), Some("inactive"));

    // GitHub does not support suspend: the server says so with a 400.
    let (status, _, body) = raw(
        &server,
        "POST",
        &format!("/unified/user-directory/users/suspend?integrated_account_id={GITHUB}"),
        Some(json!({"user_id": "octocat"})),
    )
    .await;
    assert_eq!(status, 400);
    assert!(
        body["message"]
            .as_str()
            .unwrap_or_default()
            .contains("does not support"),
        "{body}"
    );
    let stats = server.stats();
    assert_eq!(stats.applied_to(OKTA, "00u2", "suspend"), 1);
    assert_eq!(stats.applied_to(VANTA, "v1", "deactivate"), 1);
    assert_eq!(stats.rejected, 1);
}

#[tokio::test]
async fn delete_removes_the_user_and_a_second_delete_is_a_remote_404() {
    let server = server().await;
    let client = client(&server);
    let request = DeleteUser::for_github("octocat", GITHUB, "acme");
    let response = client
        .delete_user(&request, Some(Integration::GitHub))
        .await
        .expect("deleted");
    assert_eq!(response.status, 200);
    assert_eq!(
        response.body.typed().and_then(|u| u.id).as_deref(),
        Some("octocat")
    );
    assert_eq!(server.user_status(GITHUB, "octocat"), None);
    assert_eq!(
        server.user_status(GITHUB, "hubot").as_deref(),
        Some("active")
    );

    let e = api_error(
        client
            .delete_user(&request, Some(Integration::GitHub))
            .await,
    );
    assert_eq!(e.status, 404);
    assert_eq!(e.kind, ApiErrorKind::NotFound);
    assert!(envelope(&e).truto_is_remote_error);
    assert!(e.message().contains("octocat"), "{}", e.message());

    // A user that never existed, on an endpoint that sets a status: a remote 404 too.
    let e = api_error(
        client
            .deactivate_user(
                &DeactivateUser::for_okta(OKTA, "nobody"),
                Some(Integration::Okta),
            )
            .await,
    );
    assert_eq!(e.status, 404);
    assert!(envelope(&e).truto_is_remote_error);

    // An unknown integrated account is Truto's own 404, not the integration's.
    let (status, _, body) = raw(
        &server,
        "DELETE",
        &format!("/unified/user-directory/users/x?integrated_account_id={UNKNOWN}"),
        None,
    )
    .await;
    assert_eq!(status, 404);
    assert_eq!(body.get("truto_is_remote_error"), None, "{body}");
    assert!(
        body["message"]
            .as_str()
            .unwrap_or_default()
            .contains("not found")
    );

    // Hostile ids travel as one segment and come back intact.
    let hostile = "team/ada smith?x=1#2%";
    let response = client
        .delete_user(
            &DeleteUser::for_github(hostile, GITHUB, "acme"),
            Some(Integration::GitHub),
        )
        .await
        .expect("deleted");
    assert_eq!(
        response.body.typed().and_then(|u| u.id).as_deref(),
        Some(hostile)
    );
    assert_eq!(server.user_status(GITHUB, hostile), None);

    let stats = server.stats();
    assert_eq!(stats.applied_to(GITHUB, "octocat", "delete"), 1);
    assert_eq!(stats.applied_to(GITHUB, hostile, "delete"), 1);
    assert_eq!(stats.by_endpoint["users.delete"], 4);
}

#[tokio::test]
async fn missing_requirements_are_400s_with_truto_error_insight() {
    let server = server().await;
    // GitHub requires organization_id on delete; sent raw, since the client refuses it.
    let (status, headers, body) = raw(
        &server,
        "DELETE",
        &format!("/unified/user-directory/users/octocat?integrated_account_id={GITHUB}"),
        None,
    )
    .await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["statusCode"], 400);
    assert_eq!(body["error"], "Bad Request");
    assert!(headers.contains_key("x-request-id"));
    let env: ErrorEnvelope = serde_json::from_value(body.clone()).expect("envelope");
    assert_eq!(env.missing_required_query_parameters(), ["organization_id"]);
    assert!(!env.truto_is_remote_error);
    assert!(env.message.unwrap_or_default().contains("organization_id"));
    assert_eq!(
        server.user_status(GITHUB, "octocat").as_deref(),
        Some("active")
    );

    // GitLab needs one of two: a conditional requirement.
    let (status, _, body) = raw(
        &server,
        "DELETE",
        &format!("/unified/user-directory/users/42?integrated_account_id={GITLAB}"),
        None,
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(
        body["truto_error_insight"]["conditionally_required_query_parameters"]["value"],
        json!(["organization_id", "workspace_id"]),
        "{body}"
    );
    assert!(
        body["truto_error_insight"]
            .get("missing_required_query_parameters")
            .is_none()
    );

    // A missing body field, through the client's own error type.
    let (status, _, body) = raw(
        &server,
        "POST",
        &format!("/unified/user-directory/users/deactivate?integrated_account_id={OKTA}"),
        Some(json!({})),
    )
    .await;
    assert_eq!(status, 400);
    let env: ErrorEnvelope = serde_json::from_value(body).expect("envelope");
    assert_eq!(env.missing_required_body_fields(), ["user_id"]);

    // No integrated account at all, or not a UUID: validation errors too.
    let (status, _, body) = raw(&server, "DELETE", "/unified/user-directory/users/42", None).await;
    assert_eq!(status, 400);
    let env: ErrorEnvelope = serde_json::from_value(body).expect("envelope");
    assert_eq!(
        env.missing_required_query_parameters(),
        ["integrated_account_id"]
    );
    let (status, _, body) = raw(
        &server,
        "DELETE",
        "/unified/user-directory/users/42?integrated_account_id=not-a-uuid",
        None,
    )
    .await;
    assert_eq!(status, 400);
    assert!(
        body["message"]
            .as_str()
            .unwrap_or_default()
            .contains("UUID"),
        "{body}"
    );
    assert_eq!(server.stats().rejected, 5);
}

#[tokio::test]
async fn lenient_client_sends_what_the_integration_does_not_accept_and_the_server_refuses_it() {
    let server = server().await;
    let client = Client::builder()
        .base_url(server.base_url())
        .token("t")
        .retry(RetryPolicy::none())
        .mode(truto_user_directory::Mode::Lenient)
        .build()
        .expect("client");
    // Okta does not accept organization_id: a warning in lenient mode, an error for the server.
    let request = DeleteUser::new("00u1", OKTA).organization_id("acme");
    let e = api_error(client.delete_user(&request, Some(Integration::Okta)).await);
    assert_eq!(e.status, 400);
    assert!(e.message().contains("organization_id"), "{}", e.message());
    assert_eq!(server.user_status(OKTA, "00u1").as_deref(), Some("active"));
}

#[tokio::test]
async fn unknown_and_malformed_parameters_are_400s_naming_them() {
    let server = server().await;
    let base = format!(
        "/unified/user-directory/users/octocat?integrated_account_id={GITHUB}&organization_id=acme"
    );
    for (query, named) in [
        ("&no_such_thing=1", "no_such_thing"),
        ("&truto_ignore_remote_data=yes", "truto_ignore_remote_data"),
        ("&organization_id=again", "organization_id"),
        ("&user_id=octocat", "user_id"),
        ("&truto_exclude_fields=id", "truto_exclude_fields"),
        ("&remote_query=1", "remote_query"),
    ] {
        let (status, _, body) = raw(&server, "DELETE", &format!("{base}{query}"), None).await;
        assert_eq!(status, 400, "{query}: {body}");
        let message = body["message"].as_str().unwrap_or_default();
        assert!(message.contains(named), "{query}: {message}");
    }
    let deactivate =
        format!("/unified/user-directory/users/deactivate?integrated_account_id={OKTA}");
    for body in [
        json!({"user_id": "00u1", "extra": true}),
        json!({"user_id": 7}),
        json!(["00u1"]),
    ] {
        let (status, _, answer) = raw(&server, "POST", &deactivate, Some(body.clone())).await;
        assert_eq!(status, 400, "{body}: {answer}");
    }
    // Malformed JSON, sent as bytes.
    let response = reqwest::Client::new()
        .post(format!("{}{deactivate}", server.base_url()))
        .header("authorization", "Bearer t")
        .body("{\"user_id\": ")
        .send()
        .await
        .expect("response");
    assert_eq!(response.status().as_u16(), 400);
    let body: Value = serde_json::from_slice(&response.bytes().await.expect("body")).expect("JSON");
    assert!(
        body["message"]
            .as_str()
            .unwrap_or_default()
            .contains("not JSON"),
        "{body}"
    );
    assert_eq!(server.user_status(OKTA, "00u1").as_deref(), Some("active"));
    assert_eq!(
        server.user_status(GITHUB, "octocat").as_deref(),
        Some("active")
    );

    // Every parameter type the client encodes is read back: the request succeeds.
    let client = client(&server);
    let request = DeleteUser::for_github("octocat", GITHUB, "acme")
        .truto_ignore_remote_data(true)
        .truto_exclude_fields(["emails"])
        .remote_query(serde_json::Map::from_iter([(
            "a [b]&c".to_string(),
            json!({"d": "e=f"}),
        )]));
    client
        .delete_user(&request, Some(Integration::GitHub))
        .await
        .expect("deleted");
    assert_eq!(server.user_status(GITHUB, "octocat"), None);
}

#[tokio::test]
async fn unknown_routes_are_404s_and_wrong_methods_405s() {
    let server = server().await;
    let (status, _, body) = raw(&server, "GET", "/unified/user-directory/nothing", None).await;
    assert_eq!(status, 404);
    assert_eq!(body.get("truto_is_remote_error"), None);
    // (A GET there is `users.get` for the user "deactivate".)
    let (status, headers, _) = raw(
        &server,
        "PUT",
        "/unified/user-directory/users/deactivate",
        None,
    )
    .await;
    assert_eq!(status, 405);
    assert!(headers.contains_key("allow"));
    let (status, _, _) = raw(
        &server,
        "POST",
        &format!("/integrated-account/{OKTA}"),
        None,
    )
    .await;
    assert_eq!(status, 405);
}

#[tokio::test]
async fn a_burst_over_the_limit_gets_429_with_retry_after_and_passes_after_the_wait() {
    let mut seed = seed();
    seed.limits = Limits {
        per_account: 3,
        window_seconds: 1.0,
    };
    let server = MockServer::start(seed).await.expect("server");
    let client = client(&server);
    for user in ["00u1", "00u2"] {
        client
            .deactivate_user(
                &DeactivateUser::for_okta(OKTA, user),
                Some(Integration::Okta),
            )
            .await
            .expect("under the limit");
    }
    // The third counts even though it is answered 409.
    let e = api_error(
        client
            .deactivate_user(
                &DeactivateUser::for_okta(OKTA, "00u3"),
                Some(Integration::Okta),
            )
            .await,
    );
    assert_eq!(e.status, 409);
    assert_eq!(e.headers["ratelimit-remaining"], "0");
    // Other accounts have their own window; lookups are not counted.
    client.integration_of(OKTA).await.expect("lookup");
    client
        .delete_user(
            &DeleteUser::for_github("hubot", GITHUB, "acme"),
            Some(Integration::GitHub),
        )
        .await
        .expect("another account");

    let fourth = client
        .delete_user(&DeleteUser::new("00u1", OKTA), Some(Integration::Okta))
        .await;
    let (retry_after, error) = match fourth {
        Err(Error::RateLimited {
            retry_after, error, ..
        }) => (retry_after, error),
        other => panic!("expected 429, got {other:?}"),
    };
    assert_eq!(error.status, 429);
    assert_eq!(retry_after, Duration::from_secs(1));
    assert_eq!(error.headers["retry-after"], "1");
    assert_eq!(error.headers["ratelimit-limit"], "3;w=1");
    assert_eq!(
        server.user_status(OKTA, "00u1").as_deref(),
        Some("inactive")
    );
    assert_eq!(server.stats().rate_limited, 1);

    tokio::time::sleep(retry_after).await;
    client
        .delete_user(&DeleteUser::new("00u1", OKTA), Some(Integration::Okta))
        .await
        .expect("after the wait");
    assert_eq!(server.user_status(OKTA, "00u1"), None);

    // A retrying client waits on its own.
    server.set_limits(Limits {
        per_account: 1,
        window_seconds: 0.5,
    });
    let retrying = Client::builder()
        .base_url(server.base_url())
        .token("t")
        .build()
        .expect("client");
    let started = Instant::now();
    for user in ["x1", "x2"] {
        let e = api_error(
            retrying
                .delete_user(&DeleteUser::new(user, OKTA), Some(Integration::Okta))
                .await,
        );
        assert_eq!(e.status, 404, "unknown users, after any 429");
    }
    assert!(started.elapsed() >= Duration::from_millis(400));
}

#[tokio::test]
async fn error_rate_one_answers_502_and_changes_nothing() {
    let mut seed = seed();
    seed.faults = Faults {
        error_rate: 1.0,
        seed: Some(7),
        ..Faults::default()
    };
    let server = MockServer::start(seed).await.expect("server");
    let client = client(&server);
    let e = api_error(
        client
            .deactivate_user(
                &DeactivateUser::for_okta(OKTA, "00u1"),
                Some(Integration::Okta),
            )
            .await,
    );
    assert_eq!(e.status, 502);
    assert_eq!(e.kind, ApiErrorKind::Server);
    let env = envelope(&e);
    assert!(env.truto_is_remote_error);
    assert_eq!(env.error.as_deref(), Some("Bad Gateway"));
    assert!(e.message().contains("injected"), "{}", e.message());
    assert_eq!(server.user_status(OKTA, "00u1").as_deref(), Some("active"));
    let stats = server.stats();
    assert_eq!(stats.injected_errors, 1);
    assert!(stats.applied.is_empty());

    // Faults off: the same call goes through.
    server.set_faults(Faults::default());
    client
        .deactivate_user(
            &DeactivateUser::for_okta(OKTA, "00u1"),
            Some(Integration::Okta),
        )
        .await
        .expect("deactivated");
    assert_eq!(
        server.user_status(OKTA, "00u1").as_deref(),
        Some("inactive")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn drop_rate_one_applies_the_call_and_drops_the_connection() {
    let server = server().await;
    server.set_faults(Faults {
        drop_rate: 1.0,
        ..Faults::default()
    });
    let client = client(&server);
    let result = client
        .delete_user(
            &DeleteUser::for_github("octocat", GITHUB, "acme"),
            Some(Integration::GitHub),
        )
        .await;
    assert!(
        matches!(result, Err(Error::Connection { .. })),
        "{result:?}"
    );
    assert_eq!(server.user_status(GITHUB, "octocat"), None, "applied");
    let stats = server.stats();
    assert_eq!(stats.dropped, 1);
    assert_eq!(stats.applied_to(GITHUB, "octocat", "delete"), 1);

    // The server keeps serving new connections.
    server.set_faults(Faults::default());
    let e = api_error(
        client
            .delete_user(
                &DeleteUser::for_github("octocat", GITHUB, "acme"),
                Some(Integration::GitHub),
            )
            .await,
    );
    assert_eq!(e.status, 404, "already gone");
}

#[tokio::test]
async fn latency_delays_every_answer() {
    let server = server().await;
    server.set_faults(Faults {
        latency_ms: 150,
        ..Faults::default()
    });
    let client = client(&server);
    let started = Instant::now();
    client.integration_of(OKTA).await.expect("lookup");
    assert!(started.elapsed() >= Duration::from_millis(150));
    let started = Instant::now();
    client
        .suspend_user(
            &SuspendUser::for_okta(OKTA, "00u1"),
            Some(Integration::Okta),
        )
        .await
        .expect("suspended");
    assert!(started.elapsed() >= Duration::from_millis(150));
}

#[tokio::test]
async fn a_missing_or_empty_token_is_401() {
    let server = server().await;
    let path = format!("/integrated-account/{OKTA}");
    for auth in [None, Some("Bearer "), Some("Basic dDp0"), Some("t")] {
        let (status, _, body) = raw_with(&server, "GET", &path, None, auth).await;
        assert_eq!(status, 401, "{auth:?}");
        assert_eq!(
            body,
            json!({"statusCode": 401, "error": "Unauthorized", "message": body["message"]})
        );
        assert!(body["message"].is_string());
    }
    let (status, _, _) = raw_with(&server, "GET", &path, None, Some("bearer xyz")).await;
    assert_eq!(status, 200);
    assert_eq!(server.stats().lookups, 1);
}

#[tokio::test]
async fn shutdown_frees_the_port_and_the_server_runs_on_a_current_thread_runtime() {
    let server = server().await;
    let addr = server.addr();
    assert_eq!(server.base_url(), format!("http://{addr}"));
    client(&server).integration_of(OKTA).await.expect("lookup");
    server.shutdown().await;
    assert!(tokio::net::TcpStream::connect(addr).await.is_err());
}

#[test]
fn the_server_runs_inside_a_runtime_built_by_hand() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let server = server().await;
        let response = client(&server)
            .suspend_user(&SuspendUser::for_okta(OKTA, "00u1"), None)
            .await
            .expect("suspended");
        assert_eq!(response.status, 200);
        assert_eq!(
            server.user_status(OKTA, "00u1").as_deref(),
            Some("inactive")
        );
    });
}

#[test]
fn seed_errors_name_the_line_and_the_nearest_integrations() {
    let e = Seed::from_yaml(&format!(
        "accounts:\n  - id: {OKTA}\n    integration: Octa\n"
    ))
    .expect_err("unknown integration");
    assert_eq!(e.line(), Some(3), "{e}");
    let text = e.to_string();
    assert!(text.contains("unknown integration \"Octa\""), "{text}");
    assert!(text.contains("\"Okta\""), "{text}");
    assert!(text.contains("line 3"), "{text}");

    let e = Seed::from_yaml(&format!(
        "accounts:\n  - id: {OKTA}\n    integration: Okta\n    users:\n      - id: a\n        role: admin\n"
    ))
    .expect_err("unknown key");
    assert_eq!(e.line(), Some(6), "{e}");
    assert!(e.to_string().contains("role"), "{e}");

    let e = Seed::from_yaml("accounts: []\nlimit: {per_account: 3}\n").expect_err("unknown key");
    assert_eq!(e.line(), Some(2), "{e}");
    assert!(e.to_string().contains("limit"), "{e}");

    for (yaml, needle) in [
        (
            "accounts:\n  - {id: not-a-uuid, integration: Okta}\n",
            "UUID",
        ),
        (
            &format!(
                "accounts:\n  - {{id: {OKTA}, integration: Okta}}\n  - {{id: {OKTA}, integration: GitHub}}\n"
            ),
            "twice",
        ),
        ("accounts: []\nfaults: {error_rate: 2}\n", "error_rate"),
        (
            "accounts: []\nlimits: {window_seconds: 0}\n",
            "window_seconds",
        ),
    ] {
        let e = Seed::from_yaml(yaml).expect_err(yaml);
        assert!(e.to_string().contains(needle), "{yaml}: {e}");
    }

    let defaults = Seed::from_yaml("accounts: []\n").expect("defaults");
    assert_eq!(defaults.limits, Limits::default());
    assert_eq!(defaults.limits.per_account, 50);
    assert_eq!(defaults.limits.window_seconds, 10.0);
    assert_eq!(defaults.faults, Faults::default());

    let missing = std::path::Path::new("/nonexistent/seed.yaml");
    let e = Seed::from_file(missing).expect_err("missing file");
    assert_eq!(e.file(), Some(missing));
    assert!(e.to_string().contains("/nonexistent/seed.yaml"), "{e}");

    let dir = std::env::temp_dir().join(format!("mock-seed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let file = dir.join("seed.yaml");
    std::fs::write(&file, "accounts:\n  - id: x\n    integration: Oktaa\n").expect("write");
    let e = Seed::from_file(&file).expect_err("bad file");
    assert!(e.to_string().contains(&file.display().to_string()), "{e}");
    assert_eq!(e.line(), Some(3));
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn a_seed_built_in_code_with_an_unknown_integration_is_refused_at_start() {
    let mut seed = seed();
    seed.accounts[0].integration = "Nope Nope".into();
    let e = MockServer::start(seed)
        .await
        .expect_err("unknown integration");
    assert_eq!(e.kind(), std::io::ErrorKind::InvalidInput);
    assert!(e.to_string().contains("Nope Nope"), "{e}");
}

#[tokio::test]
async fn a_fault_seed_makes_the_draws_repeatable() {
    async fn outcomes() -> Vec<u16> {
        let mut seed = seed();
        seed.faults = Faults {
            error_rate: 0.5,
            seed: Some(42),
            ..Faults::default()
        };
        let server = MockServer::start(seed).await.expect("server");
        let client = client(&server);
        let mut statuses = Vec::new();
        for n in 0..16 {
            let request = DeleteUser::new(&format!("nobody-{n}"), OKTA);
            let status = match client.delete_user(&request, Some(Integration::Okta)).await {
                Err(Error::Api(e)) => e.status,
                other => panic!("{other:?}"),
            };
            statuses.push(status);
        }
        statuses
    }
    let first = outcomes().await;
    assert_eq!(first, outcomes().await);
    assert!(first.contains(&502) && first.contains(&404), "{first:?}");
}

#[tokio::test]
async fn rejected_requests_count_against_the_limit_and_stats_serialize() {
    let server = server().await;
    server.set_limits(Limits {
        per_account: 1,
        window_seconds: 30.0,
    });
    let (status, _, _) = raw(
        &server,
        "DELETE",
        &format!("/unified/user-directory/users/octocat?integrated_account_id={GITHUB}&bogus=1"),
        None,
    )
    .await;
    assert_eq!(status, 400);
    let (status, headers, body) = raw(
        &server,
        "DELETE",
        &format!(
            "/unified/user-directory/users/octocat?integrated_account_id={GITHUB}&organization_id=acme"
        ),
        None,
    )
    .await;
    assert_eq!(status, 429, "{body}");
    assert_eq!(body["statusCode"], 429);
    let wait: u64 = headers["retry-after"]
        .to_str()
        .ok()
        .and_then(|v| v.parse().ok())
        .expect("Retry-After seconds");
    assert!((29..=30).contains(&wait), "{wait}");
    assert_eq!(headers["ratelimit-limit"], "1;w=30");
    assert_eq!(headers["ratelimit-remaining"], "0");
    assert_eq!(
        server.user_status(GITHUB, "octocat").as_deref(),
        Some("active")
    );

    let stats = serde_json::to_value(server.stats()).expect("JSON");
    assert_eq!(stats["requests"], 2);
    assert_eq!(stats["rejected"], 1);
    assert_eq!(stats["rate_limited"], 1);
    assert_eq!(stats["by_endpoint"]["users.delete"], 2);
    server.reset_stats();
    assert_eq!(server.stats().requests, 0);
}
