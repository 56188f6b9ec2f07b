#![cfg(feature = "cli")]
//! The `userdir` binary, run as a user would: dry-run output (insta snapshots), exit codes, the
//! token never printed, and real sends to HTTP servers on 127.0.0.1 started by the tests.

use std::net::TcpListener;
use std::process::Output;

use serde_json::Value;
use truto_user_directory::spec::{EndpointSpec, Location};
use truto_user_directory::validate::WireField;
use truto_user_directory::{ENDPOINTS, Integration};

use crate::support::server::BlockingServer;
use crate::support::userdir::{stderr, stdout, userdir_command};
use crate::support::{Recorded, Reply, Server};

const ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";
const SECRET: &str = "SECRET-TOKEN-123";

/// Runs `userdir` with `args`, without the caller's `TRUTO_API_TOKEN` or `RUST_LOG`.
fn userdir(args: &[&str]) -> Output {
    userdir_with_env(args, &[])
}

fn userdir_with_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    userdir_command()
        .args(args)
        .envs(env.iter().copied())
        .output()
        .expect("userdir runs")
}

fn code(output: &Output) -> i32 {
    output.status.code().expect("userdir exited, not killed")
}

/// Stdout with the crate version (in the user agent) replaced, so snapshots survive releases.
fn snapshot_text(output: &Output) -> String {
    stdout(output).replace(
        &format!("truto-user-directory/{}", env!("CARGO_PKG_VERSION")),
        "truto-user-directory/[version]",
    )
}

fn json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
            stdout(output),
            stderr(output)
        )
    })
}

// --- dry runs ---------------------------------------------------------------------------------

#[test]
fn dry_run_of_a_valid_github_delete() {
    let out = userdir(&[
        "users",
        "delete",
        "--integration",
        "GitHub",
        "--id",
        "1234",
        "--integrated-account-id",
        ACCOUNT,
        "--organization-id",
        "acme",
        "--truto-exclude-fields",
        "id",
        "--truto-exclude-fields",
        "name",
        "--remote-query",
        r#"{"foo":"bar","nested":{"a":1}}"#,
        "--truto-ignore-remote-data",
        "--dry-run",
    ]);
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    insta::assert_snapshot!("dry_run_github_delete", snapshot_text(&out));
}

#[test]
fn dry_run_of_an_okta_deactivate_shows_the_body() {
    let out = userdir(&[
        "users",
        "deactivate",
        "--integration",
        "okta",
        "--integrated-account-id",
        ACCOUNT,
        "--user-id",
        "00u1",
        "--remote-data",
        "{}",
        "--dry-run",
    ]);
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    insta::assert_snapshot!("dry_run_okta_deactivate", snapshot_text(&out));
}

#[test]
fn dry_run_of_an_invalid_asana_delete_lists_every_problem_and_exits_2() {
    let out = userdir(&[
        "users",
        "delete",
        "--integration",
        "Asana",
        "--id",
        "1234",
        "--integrated-account-id",
        ACCOUNT,
        "--dry-run",
    ]);
    assert_eq!(code(&out), 2);
    let problems = json(&out)["problems"].clone();
    let fields: Vec<&str> = problems
        .as_array()
        .expect("problems is an array")
        .iter()
        .map(|p| p["field"].as_str().expect("field"))
        .collect();
    assert_eq!(fields, ["remove_from", "remove_from_id"]);
    insta::assert_snapshot!("dry_run_asana_delete_invalid", snapshot_text(&out));
}

#[test]
fn dry_run_of_a_hostile_id_keeps_it_in_one_path_segment() {
    let out = userdir(&[
        "users",
        "delete",
        "--integration",
        "GitHub",
        "--id",
        "a/b?c#d%",
        "--integrated-account-id",
        ACCOUNT,
        "--organization-id",
        "acme",
        "--dry-run",
    ]);
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    let url = json(&out)["url"].as_str().expect("url").to_string();
    assert!(
        url.starts_with("https://api.truto.one/unified/user-directory/users/a%2Fb%3Fc%23d%25?"),
        "{url}"
    );
    insta::assert_snapshot!("dry_run_hostile_id", snapshot_text(&out));
}

#[test]
fn a_dot_dot_id_cannot_be_prepared_and_exits_2() {
    let out = userdir(&[
        "users",
        "delete",
        "--integration",
        "GitHub",
        "--id",
        "..",
        "--integrated-account-id",
        ACCOUNT,
        "--organization-id",
        "acme",
        "--dry-run",
    ]);
    assert_eq!(code(&out), 2);
    assert!(out.stdout.is_empty());
    assert!(
        stderr(&out).contains("relative path segment"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn booleans_take_an_optional_value() {
    let base = [
        "users",
        "delete",
        "--integration",
        "GitHub",
        "--id",
        "1",
        "--integrated-account-id",
        ACCOUNT,
        "--organization-id",
        "acme",
        "--dry-run",
    ];
    for (extra, expected) in [
        (
            &["--truto-ignore-remote-data"][..],
            "truto_ignore_remote_data=true",
        ),
        (
            &["--truto-ignore-remote-data", "false"][..],
            "truto_ignore_remote_data=false",
        ),
        (
            &["--truto-ignore-remote-data", "true"][..],
            "truto_ignore_remote_data=true",
        ),
    ] {
        let out = userdir(&[&base[..], extra].concat());
        assert_eq!(code(&out), 0, "{extra:?}: {}", stderr(&out));
        let url = json(&out)["url"].as_str().expect("url").to_string();
        assert!(url.ends_with(expected), "{extra:?}: {url}");
    }
    let out = userdir(&[&base[..], &["--truto-ignore-remote-data", "maybe"]].concat());
    assert_eq!(code(&out), 2);
}

#[test]
fn object_arrays_are_json_and_sent_indexed() {
    let out = userdir(&[
        "users",
        "delete",
        "--integration",
        "BrowserStack",
        "--id",
        "1",
        "--integrated-account-id",
        ACCOUNT,
        "--emails",
        r#"[{"email":"ada@example.com","is_primary":true}]"#,
        "--dry-run",
    ]);
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    let url = json(&out)["url"].as_str().expect("url").to_string();
    assert!(
        url.contains("emails[0][email]=ada%40example.com")
            && url.contains("emails[0][is_primary]=true"),
        "{url}"
    );
}

#[test]
fn lenient_mode_turns_unsupported_parameters_into_warnings() {
    let args = [
        "users",
        "delete",
        "--integration",
        "GitHub",
        "--id",
        "1",
        "--integrated-account-id",
        ACCOUNT,
        "--organization-id",
        "acme",
        "--workspace-id",
        "w1",
        "--dry-run",
    ];
    let strict = userdir(&args);
    assert_eq!(code(&strict), 2);
    assert_eq!(json(&strict)["problems"][0]["severity"], "error");
    assert_eq!(json(&strict)["problems"][0]["field"], "workspace_id");
    let lenient = userdir(&[&args[..], &["--lenient"]].concat());
    assert_eq!(code(&lenient), 0, "stderr: {}", stderr(&lenient));
    assert_eq!(json(&lenient)["problems"][0]["severity"], "warning");
}

// --- exit codes -------------------------------------------------------------------------------

#[test]
fn a_dry_run_without_integration_exits_2() {
    let out = userdir(&[
        "users",
        "delete",
        "--id",
        "1",
        "--integrated-account-id",
        ACCOUNT,
        "--dry-run",
    ]);
    assert_eq!(code(&out), 2);
    assert!(out.stdout.is_empty());
    assert!(stderr(&out).contains("offline"), "{}", stderr(&out));
}

#[test]
fn an_unknown_integration_exits_2_with_a_suggestion() {
    let out = userdir(&[
        "users",
        "delete",
        "--integration",
        "Githb",
        "--id",
        "1",
        "--dry-run",
    ]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert!(err.contains("unknown integration \"Githb\""), "{err}");
    assert!(err.contains("did you mean \"GitHub\"?"), "{err}");
}

#[test]
fn bad_json_exits_2_naming_the_flag() {
    for value in ["{bad", "[1, 2]", "\"text\""] {
        let out = userdir(&[
            "users",
            "delete",
            "--integration",
            "GitHub",
            "--id",
            "1",
            "--remote-query",
            value,
            "--dry-run",
        ]);
        assert_eq!(code(&out), 2, "{value}");
        assert!(
            stderr(&out).contains("--remote-query"),
            "{value}: {}",
            stderr(&out)
        );
    }
}

#[test]
fn help_exits_0_everywhere() {
    for args in [
        &["--help"][..],
        &["-h"],
        &["users", "--help"],
        &["users", "delete", "--help"],
        &["matrix", "--help"],
        &["help", "users", "suspend"],
    ] {
        let out = userdir(args);
        assert_eq!(code(&out), 0, "{args:?}: {}", stderr(&out));
        assert!(stdout(&out).contains("Usage: userdir"), "{args:?}");
    }
}

#[test]
fn help_ends_with_the_one_table_of_exit_codes() {
    let help = stdout(&userdir(&["--help"]));
    for row in [
        "Exit codes:",
        "    0  success",
        "    1  a person must look",
        "    2  usage or validation error",
        "    3  the API answered with an error",
        "    4  timeout or connection failure",
        "    5  a run's journal or audit log could not be written",
        "    6  `audit verify`: the audit log's hash chain breaks",
        "    7  the CLI or the machine failed",
        "  130  stopped by a signal",
    ] {
        assert!(help.contains(row), "no {row:?} in\n{help}");
    }
}

/// The exit codes of a Markdown table whose first column is the code (`| 0 | … |`), in order.
fn codes_in_markdown(text: &str) -> Vec<u16> {
    text.lines()
        .filter_map(|l| {
            l.strip_prefix("| ")?
                .split(" |")
                .next()?
                .trim()
                .parse()
                .ok()
        })
        .collect()
}

#[test]
fn the_readme_and_the_cli_page_list_the_codes_help_lists() {
    let help = stdout(&userdir(&["--help"]));
    let listed: Vec<u16> = help
        .split("Exit codes:")
        .nth(1)
        .expect("an exit-code table")
        .lines()
        .filter_map(|l| l.split_whitespace().next()?.parse().ok())
        .collect();
    assert_eq!(listed, [0, 1, 2, 3, 4, 5, 6, 7, 130], "{help}");
    for page in ["README.md", "docs/cli.md"] {
        let text = std::fs::read_to_string(page).expect(page);
        assert_eq!(codes_in_markdown(&text), listed, "{page}");
    }
}

#[test]
fn no_subcommand_and_unknown_flags_are_usage_errors() {
    assert_eq!(code(&userdir(&[])), 2);
    assert_eq!(code(&userdir(&["users"])), 2);
    assert_eq!(code(&userdir(&["users", "delete", "--no-such-flag"])), 2);
    assert_eq!(code(&userdir(&["users", "erase"])), 2);
}

#[test]
fn every_parameter_of_every_endpoint_has_its_flag() {
    for endpoint in truto_user_directory::ENDPOINTS {
        // `integrated_accounts.list` is `userdir integrated-accounts list`.
        let mut args: Vec<String> = endpoint
            .name
            .split('.')
            .map(|s| s.replace('_', "-"))
            .collect();
        args.push("--help".into());
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = userdir(&args);
        assert_eq!(code(&out), 0, "{}", endpoint.name);
        let help = stdout(&out);
        for p in endpoint.parameters {
            let flag = format!("--{} ", p.name.replace('_', "-"));
            assert!(
                help.contains(&flag),
                "{}: no {flag} in\n{help}",
                endpoint.name
            );
        }
    }
}

#[test]
fn sending_without_a_token_exits_2() {
    let out = userdir(&[
        "users",
        "suspend",
        "--integration",
        "Okta",
        "--integrated-account-id",
        ACCOUNT,
        "--user-id",
        "00u1",
    ]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("TRUTO_API_TOKEN"), "{}", stderr(&out));
}

/// A port on 127.0.0.1 where nothing listens.
fn closed_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.local_addr().expect("addr").port()
}

#[test]
fn a_refused_connection_exits_4() {
    let base = format!("http://127.0.0.1:{}", closed_port());
    let out = userdir(&[
        "users",
        "deactivate",
        "--integration",
        "Okta",
        "--base-url",
        &base,
        "--token",
        "t",
        "--integrated-account-id",
        ACCOUNT,
        "--user-id",
        "00u1",
    ]);
    assert_eq!(code(&out), 4, "stderr: {}", stderr(&out));
    assert!(
        stderr(&out).contains("connection failed"),
        "{}",
        stderr(&out)
    );
    assert!(out.stdout.is_empty());
}

// --- the token is never printed ---------------------------------------------------------------

fn assert_no_secret(out: &Output, what: &str) {
    assert!(!stdout(out).contains(SECRET), "{what}: token in stdout");
    assert!(!stderr(out).contains(SECRET), "{what}: token in stderr");
}

#[test]
fn the_token_is_never_printed() {
    let valid = [
        "users",
        "delete",
        "--integration",
        "GitHub",
        "--id",
        "1234",
        "--integrated-account-id",
        ACCOUNT,
        "--organization-id",
        "acme",
    ];
    // A dry run, valid and invalid.
    let out = userdir(&[&valid[..], &["--token", SECRET, "--dry-run"]].concat());
    assert_eq!(code(&out), 0);
    assert!(stdout(&out).contains("Bearer ***"));
    assert_no_secret(&out, "dry run");
    let out = userdir(
        &[
            &valid[..],
            &["--token", SECRET, "--workspace-id", "w", "--dry-run"],
        ]
        .concat(),
    );
    assert_eq!(code(&out), 2);
    assert_no_secret(&out, "invalid dry run");
    // A failed send: delete is idempotent, so the refused connection is retried, with the
    // retries logged on stderr (debug level included).
    let base = format!("http://127.0.0.1:{}", closed_port());
    let out = userdir_with_env(
        &[&valid[..], &["--token", SECRET, "--base-url", &base]].concat(),
        &[("RUST_LOG", "debug")],
    );
    assert_eq!(code(&out), 4, "stderr: {}", stderr(&out));
    assert!(stderr(&out).contains("retrying"), "{}", stderr(&out));
    assert_no_secret(&out, "failed send");
    // The token from the environment, in --help.
    let out = userdir_with_env(
        &["users", "delete", "--help"],
        &[("TRUTO_API_TOKEN", SECRET)],
    );
    assert_eq!(code(&out), 0);
    assert_no_secret(&out, "--help");
}

// --- matrix -----------------------------------------------------------------------------------

#[test]
fn matrix_for_an_endpoint_and_an_integration() {
    let out = userdir(&["matrix", "users.delete", "--integration", "GitHub"]);
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    insta::assert_snapshot!("matrix_users_delete_github", stdout(&out));
}

#[test]
fn matrix_for_an_endpoint_an_integration_or_neither() {
    let out = userdir(&["matrix", "users.suspend"]);
    assert_eq!(code(&out), 0);
    let v = json(&out);
    assert_eq!(v["integrations"][0]["integration"], "Okta");
    assert_eq!(
        v["integrations"][0]["required"],
        serde_json::json!(["user_id", "integrated_account_id"])
    );

    let out = userdir(&["matrix", "--integration", "okta"]);
    assert_eq!(code(&out), 0);
    let endpoints: Vec<String> = json(&out)["endpoints"]
        .as_array()
        .expect("endpoints")
        .iter()
        .map(|e| e["endpoint"].as_str().expect("name").to_string())
        .collect();
    let mut expected: Vec<&str> = truto_user_directory::ENDPOINTS
        .iter()
        .filter(|e| e.supports(truto_user_directory::Integration::Okta))
        .map(|e| e.name)
        .collect();
    expected.sort_unstable();
    assert!(expected.contains(&"users.suspend"), "{expected:?}");
    assert_eq!(endpoints, expected);

    let out = userdir(&["matrix"]);
    assert_eq!(code(&out), 0);
    let v = json(&out);
    assert_eq!(
        v["endpoints"].as_array().expect("endpoints").len(),
        truto_user_directory::ENDPOINTS.len()
    );
    let delete = v["endpoints"]
        .as_array()
        .expect("endpoints")
        .iter()
        .find(|e| e["endpoint"] == "users.delete")
        .expect("users.delete");
    assert_eq!(delete["method"], "DELETE");
}

#[test]
fn matrix_of_an_unknown_endpoint_suggests_the_nearest() {
    let out = userdir(&["matrix", "users.delet"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("did you mean \"users.delete\"?"),
        "{}",
        stderr(&out)
    );
}

// --- real sends to a server on 127.0.0.1 ------------------------------------------------------

/// One canned answer: status line, content type, body.
type Answer = (&'static str, &'static str, &'static str);

/// Serves the n-th request with `answers[n]` on 127.0.0.1 (the scripted server, on a runtime
/// of its own: these tests block); returns its port and the server.
fn serve(answers: Vec<Answer>) -> (u16, Served) {
    let expected = answers.len();
    let replies: Vec<Reply> = answers
        .into_iter()
        .map(|(status, content_type, body)| Reply::Respond {
            status: status[..3].parse().expect("a status code"),
            headers: vec![("content-type".into(), content_type.into())],
            body: body.as_bytes().to_vec(),
        })
        .collect();
    let server = Server::blocking(move |_, n| replies[n.min(replies.len() - 1)].clone());
    (server.addr.port(), Served { server, expected })
}

/// Serves one request with a JSON answer.
fn serve_once(status: &'static str, body: &'static str) -> (u16, Served) {
    serve(vec![(status, "application/json", body)])
}

/// A server of [`serve`], and how many requests it is to see.
struct Served {
    server: BlockingServer,
    expected: usize,
}

impl Served {
    /// The requests as received (head and body), one per answer.
    fn join(self) -> Vec<String> {
        let requests = self.server.requests();
        assert_eq!(requests.len(), self.expected, "one request per answer");
        requests.iter().map(Recorded::text).collect()
    }
}

fn suspend_okta(port: u16) -> Output {
    suspend(port, &["--integration", "Okta"])
}

/// A suspend that does not name the integration: the account is looked up first.
fn suspend_looked_up(port: u16) -> Output {
    suspend(port, &[])
}

/// `userdir users suspend` of user 00u1 against 127.0.0.1:`port`, with `extra` flags.
fn suspend(port: u16, extra: &[&str]) -> Output {
    let base = format!("http://127.0.0.1:{port}");
    let mut args = vec!["users", "suspend"];
    args.extend_from_slice(extra);
    args.extend([
        "--base-url",
        &base,
        "--token",
        "t",
        "--integrated-account-id",
        ACCOUNT,
        "--user-id",
        "00u1",
    ]);
    userdir(&args)
}

#[test]
fn a_send_prints_the_decoded_user() {
    let (port, server) = serve_once(
        "200 OK",
        r#"{"id":"00u1","first_name":"Ada","status":"suspended"}"#,
    );
    let out = suspend_okta(port);
    let requests = server.join();
    let request = &requests[0];
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(json(&out)["id"], "00u1");
    assert_eq!(json(&out)["first_name"], "Ada");
    let request_line = request.lines().next().expect("request line");
    assert_eq!(
        request_line,
        format!(
            "POST /unified/user-directory/users/suspend?integrated_account_id={ACCOUNT} HTTP/1.1"
        )
    );
    assert!(
        request
            .to_lowercase()
            .contains("authorization: bearer t\r\n"),
        "{request}"
    );
    let body = request.split("\r\n\r\n").nth(1).expect("body");
    assert_eq!(
        serde_json::from_str::<Value>(body).expect("JSON body"),
        serde_json::json!({"user_id": "00u1"})
    );
    assert!(
        stderr(&out).contains("HTTP 200 after 1 attempt(s)"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn an_api_error_exits_3_with_its_message() {
    let (port, server) = serve_once(
        "404 Not Found",
        r#"{"statusCode":404,"error":"Not Found","message":"User 00u1 not found"}"#,
    );
    let out = suspend_okta(port);
    server.join();
    assert_eq!(code(&out), 3, "stderr: {}", stderr(&out));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(
        err.contains("HTTP 404") && err.contains("User 00u1 not found"),
        "{err}"
    );
}

#[test]
fn without_integration_the_account_is_looked_up_first() {
    let (port, server) = serve(vec![
        (
            "200 OK",
            "application/json",
            r#"{"id":"62f44730-dd91-461e-bd6a-aedd9e0ad79d","integration":{"name":"okta"}}"#,
        ),
        ("200 OK", "application/json", r#"{"result":{"id":"00u1"}}"#),
    ]);
    let out = suspend_looked_up(port);
    let requests = server.join();
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(json(&out), serde_json::json!({"id": "00u1"}));
    assert!(
        requests[0].starts_with(&format!("GET /integrated-account/{ACCOUNT} HTTP/1.1\r\n")),
        "{}",
        requests[0]
    );
    assert!(requests[1].starts_with("POST /unified/user-directory/users/suspend?"));
    assert!(stderr(&out).contains("for Okta"), "{}", stderr(&out));
}

#[test]
fn a_stream_response_is_copied_to_stdout_as_is() {
    let body = "first chunk\nsecond chunk, not JSON\n";
    let (port, server) = serve(vec![("200 OK", "application/octet-stream", body)]);
    let base = format!("http://127.0.0.1:{port}");
    let out = userdir(&[
        "users",
        "deactivate",
        "--integration",
        "Okta",
        "--base-url",
        &base,
        "--token",
        "t",
        "--integrated-account-id",
        ACCOUNT,
        "--user-id",
        "00u1",
        "--truto-response-format",
        "stream",
    ]);
    let requests = server.join();
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), body);
    assert!(
        requests[0].contains("truto_response_format=stream"),
        "{}",
        requests[0]
    );
}

#[test]
fn a_raw_response_that_is_not_json_is_written_as_bytes() {
    let (port, server) = serve(vec![("200 OK", "text/plain", "ok, suspended")]);
    let base = format!("http://127.0.0.1:{port}");
    let out = userdir(&[
        "users",
        "suspend",
        "--integration",
        "Okta",
        "--base-url",
        &base,
        "--token",
        "t",
        "--integrated-account-id",
        ACCOUNT,
        "--user-id",
        "00u1",
        "--truto-response-format",
        "raw",
    ]);
    server.join();
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), "ok, suspended");
}

#[test]
fn a_validation_error_on_send_exits_2_and_sends_nothing() {
    // Nothing listens: a request that got past validation would exit 4, not 2.
    let base = format!("http://127.0.0.1:{}", closed_port());
    let out = userdir(&[
        "users",
        "suspend",
        "--integration",
        "Okta",
        "--base-url",
        &base,
        "--token",
        "t",
        "--integrated-account-id",
        ACCOUNT,
    ]);
    assert_eq!(code(&out), 2, "stderr: {}", stderr(&out));
    assert!(
        stderr(&out).contains("request not sent"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn an_integration_the_spec_does_not_know_is_sent_with_a_warning_on_stderr() {
    let (port, server) = serve(vec![
        (
            "200 OK",
            "application/json",
            r#"{"id":"62f44730-dd91-461e-bd6a-aedd9e0ad79d","integration":{"name":"brand-new-app"}}"#,
        ),
        ("200 OK", "application/json", r#"{"id":"00u1"}"#),
    ]);
    let out = suspend_looked_up(port);
    let requests = server.join();
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(json(&out), serde_json::json!({"id": "00u1"}));
    assert!(
        requests[1].starts_with("POST /unified/user-directory/users/suspend?"),
        "{}",
        requests[1]
    );
    let err = stderr(&out);
    assert!(
        err.contains("users.suspend for \"brand-new-app\": HTTP 200"),
        "{err}"
    );
    assert!(
        err.contains("userdir: warning: the API says the integrated account's integration is \"brand-new-app\", which this spec does not know"),
        "{err}"
    );
}

#[test]
fn a_400_insight_is_shown_with_how_to_add_what_is_missing() {
    let (port, server) = serve_once(
        "400 Bad Request",
        r#"{"statusCode":400,"error":"Bad Request","message":"Missing required parameters","truto_error_insight":{"missing_required_body_fields":{"description":"body","value":["user_id"]}}}"#,
    );
    let out = suspend_okta(port);
    server.join();
    assert_eq!(code(&out), 3, "stderr: {}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("HTTP 400: Missing required parameters; missing body fields: user_id (the API says it is required for Okta on users.suspend: add it with `.user_id(…)` (CLI `--user-id`))"),
        "{err}"
    );
}

#[test]
fn the_matrix_names_where_each_fact_comes_from() {
    let out = userdir(&["matrix", "users.delete", "--integration", "Microsoft 365"]);
    assert_eq!(code(&out), 0);
    let v = json(&out);
    assert!(
        v["source"].as_str().expect("a source").contains("delete"),
        "{v}"
    );
    assert!(v["sources"]["emails"].as_str().is_some(), "{v}");
    // A fact of the endpoint's own page: its source is that page's public URL.
    let out = userdir(&["matrix", "users.delete", "--integration", "GitHub"]);
    let v = json(&out);
    assert_eq!(
        v["source"], "https://truto.one/docs/api-reference/unified-user-directory-api/users/delete",
        "{v}"
    );
    assert_eq!(v["sources"], serde_json::json!({}));
    let out = userdir(&["matrix", "users.list"]);
    let v = json(&out);
    let zoom = v["integrations"]
        .as_array()
        .expect("integrations")
        .iter()
        .find(|i| i["integration"] == "Zoom")
        .expect("Zoom lists users");
    assert!(
        zoom["source"].as_str().expect("a source").contains("older"),
        "{zoom}"
    );
}

// --- every endpoint of the spec ---------------------------------------------------------------

/// The subcommands of `endpoint` (`role_assignments.list` → `role-assignments list`).
fn command_of(endpoint: &EndpointSpec) -> Vec<String> {
    endpoint
        .name
        .split('.')
        .map(|s| s.replace('_', "-"))
        .collect()
}

/// The flags that set `fields` (each a text, a flag per item of a list, JSON for the rest).
fn flags_of(fields: &[WireField]) -> Vec<String> {
    let mut words = Vec::new();
    for f in fields {
        let flag = format!("--{}", f.spec.name.replace('_', "-"));
        match &f.value {
            Value::String(s) => words.extend([flag, s.clone()]),
            Value::Array(items) if items.iter().all(Value::is_string) => {
                for item in items {
                    words.extend([flag.clone(), item.as_str().unwrap_or_default().into()]);
                }
            }
            other => words.extend([flag, other.to_string()]),
        }
    }
    words
}

/// `userdir RESOURCE METHOD --dry-run` works for every endpoint of the spec, with its example
/// request for its first integration (an endpoint whose page names none: any integration, with
/// the warning that its support is not known; an admin endpoint: none).
#[test]
fn every_endpoint_has_a_dry_run_of_its_example() {
    for endpoint in ENDPOINTS {
        let integration = (endpoint.integrations.first().copied())
            .or((!endpoint.admin).then_some(Integration::Okta));
        let mut args = command_of(endpoint);
        let fields = match integration {
            Some(i) => {
                args.extend(["--integration".to_string(), i.name().to_string()]);
                endpoint.example(i).expect("an example")
            }
            None => Vec::new(),
        };
        args.extend(flags_of(&fields));
        args.push("--dry-run".into());
        let out = userdir(&args.iter().map(String::as_str).collect::<Vec<_>>());
        assert_eq!(code(&out), 0, "{args:?}: {}", stderr(&out));
        let dry = json(&out);
        assert_eq!(dry["method"], endpoint.method.as_str(), "{}", endpoint.name);
        let mut path = endpoint.path.to_string();
        for f in fields.iter().filter(|f| f.spec.location == Location::Path) {
            let placeholder = format!("{{{}}}", f.spec.name);
            path = path.replace(&placeholder, f.value.as_str().expect("text"));
        }
        let url = dry["url"].as_str().expect("url");
        let base = format!("https://api.truto.one{path}");
        assert!(url == base || url.starts_with(&format!("{base}?")), "{url}");
        for f in fields.iter().filter(|f| f.spec.location == Location::Query) {
            assert!(url.contains(&format!("{}=", f.spec.name)), "{url}");
        }
        assert_eq!(dry["body"].is_null(), !endpoint.takes_body(), "{dry}");
        let problems: Vec<(&str, &str)> = (dry["problems"].as_array().expect("problems").iter())
            .map(|p| (p["rule"].as_str().unwrap(), p["severity"].as_str().unwrap()))
            .collect();
        let named = integration.is_none_or(|i| endpoint.supports(i));
        let expected: &[(&str, &str)] = match named {
            true => &[],
            false => &[("endpoint_support_unknown", "warning")],
        };
        assert_eq!(problems, expected, "{}", endpoint.name);
    }
}

/// A call to an endpoint whose page names none of its integrations is sent, with the warning
/// on stderr.
#[test]
fn remove_user_is_sent_for_an_unnamed_integration_with_a_warning() {
    let server = Server::blocking(|_, _| Reply::json(200, serde_json::json!({"id": "00g1"})));
    let base = server.url();
    let out = userdir_with_env(
        &[
            "groups",
            "remove-user",
            "--integration",
            "Okta",
            "--group-id",
            "00g1",
            "--user-id",
            "00u1",
            "--integrated-account-id",
            ACCOUNT,
            "--base-url",
            &base,
        ],
        &[("TRUTO_API_TOKEN", SECRET)],
    );
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(json(&out)["id"], "00g1");
    let seen = server.requests();
    assert_eq!(seen.len(), 1);
    assert_eq!(
        seen[0].request_line(),
        format!(
            "POST /unified/user-directory/groups/remove-user?integrated_account_id={ACCOUNT} HTTP/1.1"
        )
    );
    assert_eq!(
        seen[0].json(),
        serde_json::json!({"group_id": "00g1", "user_id": "00u1"})
    );
    let err = stderr(&out);
    assert!(err.contains("userdir: sent with warnings"), "{err}");
    assert!(err.contains("[endpoint_support_unknown]"), "{err}");
}

#[test]
fn remove_user_help_shows_its_flags_and_that_its_integrations_are_not_named() {
    let out = userdir(&["groups", "remove-user", "--help"]);
    assert_eq!(code(&out), 0);
    let help = stdout(&out);
    for flag in [
        "--group-id <GROUP_ID>",
        "--user-id <USER_ID>",
        "--integrated-account-id <UUID>",
        "--remote-data <JSON>",
        "--truto-response-format <TRUTO_RESPONSE_FORMAT>",
        "--dry-run",
    ] {
        assert!(help.contains(flag), "no {flag} in\n{help}");
    }
    assert!(
        help.contains("Supported by 6 integration(s), 0 of them named"),
        "{help}"
    );
    assert!(help.contains("endpoint_support_unknown"), "{help}");
}

#[test]
fn deprecated_endpoints_say_so_in_help() {
    let groups = stdout(&userdir(&["groups", "--help"]));
    for line in ["add", "remove "] {
        let listed = groups.lines().find(|l| l.trim_start().starts_with(line));
        let listed = listed.unwrap_or_else(|| panic!("no {line:?} in\n{groups}"));
        assert!(listed.contains("[deprecated]"), "{listed}");
    }
    let remove_user = groups
        .lines()
        .find(|l| l.trim_start().starts_with("remove-user"));
    assert!(!remove_user.expect("remove-user").contains("deprecated"));
    let add = stdout(&userdir(&["groups", "add", "-h"]));
    assert!(add.contains("[deprecated]"), "{add}");
    let add = stdout(&userdir(&["groups", "add", "--help"]));
    assert!(add.contains("Deprecated: Deprecated on the page"), "{add}");
    let remove = stdout(&userdir(&["groups", "remove", "--help"]));
    assert!(remove.contains("use groups.remove_user"), "{remove}");
}

#[test]
fn the_matrix_says_when_a_page_counts_integrations_it_does_not_name() {
    let out = userdir(&["matrix", "groups.remove_user"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let matrix = json(&out);
    assert_eq!(matrix["integrations"], serde_json::json!([]));
    let unnamed = &matrix["unnamed_integrations"];
    assert_eq!(
        (unnamed["count"].as_u64(), unnamed["named"].as_u64()),
        (Some(6), Some(0))
    );
    assert!(
        unnamed["meaning"].as_str().unwrap().contains("not name"),
        "{unnamed}"
    );
    assert!(
        unnamed["source"].as_str().unwrap().contains("remove-user"),
        "{unnamed}"
    );

    let one = json(&userdir(&[
        "matrix",
        "groups.remove_user",
        "--integration",
        "Okta",
    ]));
    assert_eq!(one["supported"], false);
    assert_eq!(one["unnamed_integrations"]["count"], 6);
    assert_eq!(
        one["required"],
        serde_json::json!(["group_id", "user_id", "integrated_account_id"])
    );
    // Named lists say nothing of the kind; deprecated endpoints say what to use instead.
    let billing = json(&userdir(&["matrix", "billing.list"]));
    assert!(billing.get("unnamed_integrations").is_none(), "{billing}");
    let remove = json(&userdir(&["matrix", "groups.remove"]));
    assert!(
        remove["deprecated"]
            .as_str()
            .unwrap()
            .contains("groups.remove_user")
    );
}

/// docs/cli.md's command table has one row per resource with exactly its methods, and the
/// README's command list names every resource.
#[test]
fn the_docs_list_every_resource_and_its_methods() {
    let cli = std::fs::read_to_string("docs/cli.md").expect("docs/cli.md");
    let readme = std::fs::read_to_string("README.md").expect("README.md");
    let mut resources: Vec<String> = Vec::new();
    for e in ENDPOINTS {
        let resource = command_of(e).remove(0);
        if !resources.contains(&resource) {
            resources.push(resource);
        }
    }
    for resource in resources {
        let mut methods: Vec<String> = (ENDPOINTS.iter())
            .map(|e| command_of(e))
            .filter(|c| c[0] == resource)
            .map(|c| c[1].clone())
            .collect();
        methods.sort();
        let prefix = format!("| `userdir {resource} ");
        let row = cli.lines().find(|l| l.starts_with(&prefix));
        let row = row.unwrap_or_else(|| panic!("no row for {resource} in docs/cli.md"));
        let listed = row[prefix.len()..].split('`').next().unwrap_or_default();
        let mut listed: Vec<String> = listed.split("\\|").map(str::to_string).collect();
        listed.sort();
        assert_eq!(listed, methods, "{row}");
        assert!(
            readme.contains(&format!("`{resource}`")),
            "README: {resource}"
        );
    }
}

// --- `userdir mock serve` ------------------------------------------------------------------------

/// Kills the `userdir mock serve` child when the test ends, passed or not.
struct Serving(std::process::Child);

impl Drop for Serving {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn mock_serve_serves_the_seeds_records_and_keeps_them_consistent_with_the_users() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;

    let dir = std::env::temp_dir().join(format!("cli-mock-serve-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let seed = dir.join("seed.yaml");
    let yaml = format!(
        "accounts:
  - id: {ACCOUNT}
    integration: BlackLine
    users:
      - {{id: \"00u1\", fields: {{groups: [{{id: g1, name: finance}}, {{id: g2, name: eng}}]}}}}
    records:
      groups: [{{id: g1, name: finance}}, {{id: g2, name: eng}}, {{id: g3, name: ops}}]
"
    );
    std::fs::write(&seed, yaml).expect("write the seed");
    let mut child = userdir_command()
        .args(["mock", "serve", "--port", "0", "--seed"])
        .arg(&seed)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("userdir starts");
    let stdout_pipe = child.stdout.take().expect("stdout");
    let _serving = Serving(child);
    let mut url = String::new();
    BufReader::new(stdout_pipe)
        .read_line(&mut url)
        .expect("the address");
    let url = url.trim().to_string();
    let run = |args: &[&str]| {
        let mut all = args.to_vec();
        all.extend([
            "--integrated-account-id",
            ACCOUNT,
            "--base-url",
            &url,
            "--token",
            "t",
        ]);
        let out = userdir(&all);
        assert_eq!(code(&out), 0, "{args:?}: {}", stderr(&out));
        stdout(&out)
    };
    let ids = |text: &str| -> Vec<String> {
        text.lines()
            .filter_map(|l| serde_json::from_str::<Value>(l).ok())
            .filter_map(|v| v["id"].as_str().map(str::to_string))
            .collect()
    };
    assert_eq!(ids(&run(&["groups", "list"])), ["g1", "g2", "g3"]);
    assert_eq!(
        ids(&run(&["groups", "list", "--user-id", "00u1"])),
        ["g1", "g2"]
    );
    let removed = run(&[
        "groups",
        "remove-user",
        "--group-id",
        "g1",
        "--user-id",
        "00u1",
    ]);
    assert!(removed.contains("finance"), "{removed}");
    assert_eq!(ids(&run(&["groups", "list", "--user-id", "00u1"])), ["g2"]);
    let user: Value = serde_json::from_str(&run(&["users", "get", "--id", "00u1"])).expect("JSON");
    assert_eq!(
        user["groups"],
        serde_json::json!([{"id": "g2", "name": "eng"}])
    );
    let _ = std::fs::remove_dir_all(&dir);
}
