//! No panic on any duration, count or size: `Retry-After` of any size from a real server on
//! 127.0.0.1 (a wait past the call's deadline fails the call at once, typed, without
//! sleeping), client and budget settings of `Duration::MAX`, and every numeric flag of the
//! real `userdir` binary given extreme values (a clean usage error, never a panic).

use crate::support;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use proptest::prelude::*;
use serde_json::json;
use support::{Reply, Server};
use truto_user_directory::{Client, DeactivateUser, Error, Integration, RateBudget, RetryPolicy};

const ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";

/// `Retry-After` values no wait can honour.
const EXTREME_RETRY_AFTER: &[&str] = &[
    "9223372036854775807",
    "9223372036854775808",
    "18446744073709551615",
    "18446744073709551616",
    "99999999999999999999999999999999999999999",
    "Fri, 31 Dec 9999 23:59:59 GMT",
];

fn limited(retry_after: &str) -> Reply {
    Reply::json(
        429,
        json!({"statusCode": 429, "error": "Too Many Requests", "message": "wait"}),
    )
    .with_header("retry-after", retry_after)
}

/// One deactivate call: its result and how long it took.
async fn deactivate(client: &Client) -> (Result<(), Error>, Duration) {
    let started = Instant::now();
    let result = client
        .deactivate_user(
            &DeactivateUser::for_okta(ACCOUNT, "00u1"),
            Some(Integration::Okta),
        )
        .await
        .map(|_| ());
    (result, started.elapsed())
}

fn rate_limited_at_once(result: Result<(), Error>, took: Duration, what: &str) -> Duration {
    assert!(took < Duration::from_secs(2), "{what}: slept {took:?}");
    match result {
        Err(Error::RateLimited {
            retry_after, error, ..
        }) => {
            assert_eq!(error.status, 429, "{what}");
            retry_after
        }
        other => panic!("{what}: expected RateLimited, got {other:?}"),
    }
}

#[tokio::test]
async fn an_extreme_retry_after_fails_the_call_at_once() {
    for value in EXTREME_RETRY_AFTER {
        for deadline in [Duration::from_secs(5), Duration::MAX] {
            let server = Server::always(limited(value)).await;
            let client = Client::builder()
                .base_url(server.url())
                .token("t")
                .deadline(deadline)
                .rate_budget(RateBudget::default())
                .build()
                .unwrap();
            let (result, took) = deactivate(&client).await;
            let what = format!("Retry-After {value}, deadline {deadline:?}");
            let wait = rate_limited_at_once(result, took, &what);
            assert!(
                wait > Duration::from_secs(100 * 365 * 86_400),
                "{what}: {wait:?}"
            );
            assert_eq!(server.count(), 1, "{what}: not retried");
        }
    }
}

/// The message says how long the API asked to wait as a person reads it, and why the call
/// was not sent again: a wait past 64-bit seconds is not printed as a float, a wait of zero
/// does not "not fit".
#[tokio::test]
async fn a_rate_limit_error_says_the_wait_and_why_it_was_not_waited() {
    let server = Server::always(limited(&"9".repeat(24))).await;
    let client = Client::builder()
        .base_url(server.url())
        .token("t")
        .build()
        .unwrap();
    let message = deactivate(&client).await.0.unwrap_err().to_string();
    assert!(
        message.contains("longer than any deadline")
            && message.contains("ends after the call's deadline"),
        "{message}"
    );
    assert!(!message.contains("18446744073709552000"), "{message}");

    let server = Server::always(limited("0")).await;
    let client = Client::builder()
        .base_url(server.url())
        .token("t")
        .retry(RetryPolicy {
            max_retries: 2,
            ..RetryPolicy::default()
        })
        .build()
        .unwrap();
    let (result, _) = deactivate(&client).await;
    let message = result.unwrap_err().to_string();
    assert!(
        message.contains("wait 0 ms") && message.contains("the retries are used up (3 attempt(s))"),
        "{message}"
    );
    assert!(!message.contains("does not fit"), "{message}");
    assert_eq!(server.count(), 3);
}

#[tokio::test]
async fn settings_of_duration_max_never_panic() {
    // A deadline and attempt timeout of Duration::MAX: the call simply succeeds.
    let server = Server::always(Reply::json(
        200,
        json!({"id": "00u1", "status": "inactive"}),
    ))
    .await;
    let client = Client::builder()
        .base_url(server.url())
        .token("t")
        .deadline(Duration::MAX)
        .attempt_timeout(Duration::MAX)
        .build()
        .unwrap();
    assert!(deactivate(&client).await.0.is_ok());
    // Waits of Duration::MAX: a 429 without Retry-After and a 502 to back off from fail at
    // once; neither is slept.
    let policy = RetryPolicy {
        max_retries: 5,
        base_delay: Duration::MAX,
        max_delay: Duration::MAX,
        retry_non_idempotent: true,
        default_retry_after: Duration::MAX,
    };
    let server = Server::always(Reply::status(429)).await;
    let client = Client::builder()
        .base_url(server.url())
        .token("t")
        .retry(policy.clone())
        .build()
        .unwrap();
    let (result, took) = deactivate(&client).await;
    assert_eq!(
        rate_limited_at_once(result, took, "no Retry-After"),
        Duration::MAX
    );
    let server = Server::always(Reply::status(502)).await;
    let client = Client::builder()
        .base_url(server.url())
        .token("t")
        .retry(policy)
        .build()
        .unwrap();
    let (result, took) = deactivate(&client).await;
    assert!(took < Duration::from_secs(2), "{took:?}");
    assert!(
        matches!(result, Err(Error::Timeout { attempts: 1, .. })),
        "{result:?}"
    );
    // A budget whose window and margin are Duration::MAX.
    let budget = RateBudget::new(1, Duration::MAX).with_margin(Duration::MAX);
    assert!(budget.try_take("a").is_ok());
    assert!(budget.try_take("a").is_err());
    budget.pause("b", Duration::MAX);
    assert!(budget.try_take("b").is_err());
}

/// `Retry-After` values past a 5-second deadline: whole seconds up to `u64::MAX`, digit
/// strings longer than any integer type, and HTTP dates up to the year 9999.
fn past_the_deadline() -> impl Strategy<Value = String> {
    prop_oneof![
        (6u64..).prop_map(|n| n.to_string()),
        "[1-9][0-9]{20,60}",
        // From a minute ahead to the last second of the year 9999.
        (60u64..253_402_300_799).prop_map(|s| {
            let now = std::time::SystemTime::now();
            let since = now.duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
            let at = std::time::UNIX_EPOCH + Duration::from_secs(s.max(since + 60));
            httpdate::fmt_http_date(at)
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Any `Retry-After` past the deadline fails the call at once with `RateLimited`.
    #[test]
    fn any_retry_after_past_the_deadline_fails_at_once(value in past_the_deadline()) {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(async {
            let header = Arc::new(Mutex::new(value.clone()));
            let shared = header.clone();
            let server = Server::start(move |_, _| limited(&shared.lock().unwrap())).await;
            let client = Client::builder()
                .base_url(server.url())
                .token("t")
                .deadline(Duration::from_secs(5))
                .build()
                .unwrap();
            let (result, took) = deactivate(&client).await;
            let wait = rate_limited_at_once(result, took, &value);
            assert!(wait >= Duration::from_secs(5), "{value}: {wait:?}");
            assert_eq!(server.count(), 1);
        });
    }
}

/// The real binary: every numeric flag, given values no parser should turn into a panic.
#[cfg(feature = "cli")]
mod cli {
    use super::*;
    use std::path::PathBuf;
    use std::process::Output;

    use crate::support::userdir::{output_within, userdir_command};

    /// Values out of range for every numeric flag.
    const EXTREME: &[&str] = &[
        "1e20",
        "1e19",
        "18446744073709551616",
        "99999999999999999999999",
        "-1",
        "-9223372036854775809",
        "inf",
        "-inf",
        "NaN",
        "1e-400",
        "0x10",
        "",
        " ",
    ];

    fn plan(name: &str) -> PathBuf {
        let path =
            std::env::temp_dir().join(format!("userdir-limits-{name}-{}.yaml", std::process::id()));
        std::fs::write(
            &path,
            format!("targets:\n  - {{integrated_account_id: {ACCOUNT}, integration: Okta, user_id: \"1\"}}\n"),
        )
        .unwrap();
        path
    }

    /// Every numeric flag: the words before it, and the flag.
    fn numeric_flags(plan: &str) -> Vec<(Vec<String>, &'static str)> {
        let words = |w: &[&str]| w.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let offboard = words(&["offboard", plan, "--dry-run", "--offline"]);
        let verify = words(&["offboard", plan, "--dry-run", "--offline", "--verify"]);
        let find = words(&[
            "find",
            "--email",
            "a@example.com",
            "--integrated-account-id",
            ACCOUNT,
        ]);
        let list = words(&[
            "users",
            "list",
            "--integration",
            "Okta",
            "--integrated-account-id",
            ACCOUNT,
            "--dry-run",
        ]);
        vec![
            (offboard.clone(), "concurrency"),
            (offboard.clone(), "per-account"),
            (offboard.clone(), "window-seconds"),
            (offboard, "max-body-bytes"),
            (verify, "verify-timeout"),
            (find.clone(), "concurrency"),
            (find, "max-pages"),
            (list.clone(), "max-pages"),
            (list.clone(), "limit"),
            (list, "max-body-bytes"),
            // Last: the property test leaves it out.
            (words(&["mock", "serve"]), "port"),
        ]
    }

    /// Runs `userdir WORDS --FLAG=VALUE`, which must end within 30 s (a value that starts a
    /// server would not).
    fn run(words: &[String], flag: &str, value: &str) -> Output {
        output_within(
            userdir_command()
                .args(words)
                .arg(format!("--{flag}={value}")),
            Duration::from_secs(30),
        )
    }

    #[test]
    fn every_numeric_flag_refuses_extreme_values_with_a_usage_error() {
        let plan = plan("extreme");
        let plan = plan.to_str().unwrap();
        for (words, flag) in numeric_flags(plan) {
            for value in EXTREME {
                let out = run(&words, flag, value);
                let stderr = String::from_utf8_lossy(&out.stderr);
                let what = format!("{} --{flag}={value:?}", words.join(" "));
                assert!(!stderr.contains("panicked"), "{what}: {stderr}");
                assert_eq!(out.status.code(), Some(2), "{what}: {stderr}");
                assert!(
                    stderr.contains(&format!("--{flag}")),
                    "{what}: names the flag: {stderr}"
                );
            }
        }
        let out = run(
            &[
                "offboard".to_string(),
                plan.to_string(),
                "--dry-run".into(),
                "--offline".into(),
            ],
            "window-seconds",
            "1e20",
        );
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("at most 86400"), "{stderr}");
    }

    #[test]
    fn the_binary_fails_at_once_on_a_retry_after_of_u64_max() {
        let runtime = tokio::runtime::Runtime::new().unwrap();
        let server = runtime.block_on(Server::always(limited("18446744073709551615")));
        let started = Instant::now();
        let out = userdir_command()
            .args([
                "users",
                "deactivate",
                "--integration",
                "Okta",
                "--integrated-account-id",
                ACCOUNT,
                "--user-id",
                "00u1",
                "--base-url",
                &server.url(),
                "--token",
                "t",
            ])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(started.elapsed() < Duration::from_secs(5), "{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert_eq!(out.status.code(), Some(3), "{stderr}");
        assert!(stderr.contains("rate limited"), "{stderr}");
    }

    /// Numbers of every size and spelling.
    fn number() -> impl Strategy<Value = String> {
        prop_oneof![
            any::<i128>().prop_map(|n| n.to_string()),
            any::<u128>().prop_map(|n| n.to_string()),
            any::<f64>().prop_map(|f| f.to_string()),
            any::<f64>().prop_map(|f| format!("{f:e}")),
            "[0-9]{1,45}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

        /// Whatever number a numeric flag gets, the binary ends cleanly: success, a failed
        /// target or a usage error, never a panic.
        #[test]
        fn no_number_makes_a_flag_panic(value in number(), which in 0usize..10) {
            let plan = plan("property");
            // Not `mock serve --port`, the last: a valid port would serve until killed.
            let flags = numeric_flags(plan.to_str().unwrap());
            let (words, flag) = &flags[which];
            let out = run(words, flag, &value);
            let stderr = String::from_utf8_lossy(&out.stderr);
            prop_assert!(!stderr.contains("panicked"), "{} --{}={}: {}", words.join(" "), flag, value, stderr);
            prop_assert!(matches!(out.status.code(), Some(0..=4)), "{:?}: {}", out.status, stderr);
        }
    }
}
