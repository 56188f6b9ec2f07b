//! Inputs are taken as written and checked by their declared shapes: an id or other text
//! parameter in a plan or a seed must be a YAML string (an unquoted number, boolean or null is
//! a located error saying to quote it, never converted), object-array items take only their
//! declared fields with their declared types (plans, the CLI's JSON flags), ids the spec types
//! as UUIDs are checked in dry runs whatever else is known, and account ids are compared
//! case-insensitively for duplicates.

#![cfg(all(feature = "offboard", feature = "mock"))]

use proptest::prelude::*;
use serde_json::{Value, json};
use truto_user_directory::Client;
use truto_user_directory::mock::Seed;
use truto_user_directory::offboard::{Plan, dry_run};

const ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";

/// Unquoted spellings YAML reads as numbers, booleans or null, with what they would wrongly
/// become as text.
const NOT_TEXT: &[&str] = &[
    "0x1F",
    "0o17",
    "0b101",
    "1e3",
    "5e3",
    "+5",
    "-5",
    "1.5",
    ".5",
    "-0.0",
    ".inf",
    "-.inf",
    ".nan",
    "99999999999999999999999",
    "-99999999999999999999999",
    "18446744073709551616",
    "true",
    "false",
    "True",
    "FALSE",
    "~",
    "null",
    "Null",
];

/// Unquoted spellings YAML reads as strings: taken exactly as written.
const PLAIN_TEXT: &[&str] = &[
    "017",
    "007",
    "0017",
    "yes",
    "no",
    "on",
    "off",
    "y",
    "n",
    "0x",
    "1e",
    "1_000",
    "12:30",
    "1.2.3",
    "2001-01-01",
    "+",
    "00u1",
    "abc123",
    "0o",
];

fn plan_error(text: &str) -> String {
    Plan::from_yaml(text)
        .expect_err(&format!("must be refused:\n{text}"))
        .to_string()
}

/// The line of `text` holding `needle` (1-based).
fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .expect("needle in text")
        + 1
}

fn user_target(user: &str, params: &str) -> String {
    format!(
        "targets:\n  - integrated_account_id: {ACCOUNT}\n    integration: GitHub\n    operation: delete\n    user_id: {user}\n    params: {params}\n"
    )
}

#[test]
fn unquoted_numbers_booleans_and_nulls_for_ids_are_located_errors() {
    for raw in NOT_TEXT {
        let text = user_target(raw, "{organization_id: acme}");
        let e = Plan::from_yaml(&text).expect_err(raw);
        assert_eq!(e.line, Some(line_of(&text, "user_id:")), "{raw}: {e}");
        let m = e.to_string();
        assert!(m.contains("targets[0].user_id"), "{raw}: {m}");
        assert!(m.contains("quote it"), "{raw}: {m}");
        assert!(m.contains("GitHub"), "{raw}: the integration: {m}");
        assert!(
            m.contains(&format!("exactly as written: {}", json!(raw))),
            "{raw}: the value as written: {m}"
        );
    }
}

#[test]
fn unquoted_string_parameters_are_located_errors_wherever_they_are_given() {
    for raw in ["0x1F", "1e3", "-5", "true", "~", "99999999999999999999999"] {
        let cases = [
            // A target's own parameter.
            (
                user_target("\"1\"", &format!("{{organization_id: {raw}}}")),
                "targets[0].params.organization_id",
            ),
            // A default parameter.
            (
                format!(
                    "defaults:\n  params:\n    organization_id: {raw}\ntargets:\n  - {{integrated_account_id: {ACCOUNT}, user_id: \"1\"}}\n"
                ),
                "defaults.params.organization_id",
            ),
            // An email target's parameter for one account.
            (
                format!(
                    "targets:\n  - email: ada@example.com\n    tenant_id: acme\n    params_by_account:\n      {ACCOUNT}:\n        workspace_id: {raw}\n"
                ),
                "workspace_id",
            ),
            // A string sub-field of an object-array item.
            (
                user_target("\"1\"", &format!("{{emails: [{{email: {raw}}}]}}")),
                "targets[0].params.emails[0].email",
            ),
            // A string-array item.
            (
                user_target("\"1\"", &format!("{{truto_exclude_fields: [id, {raw}]}}")),
                "targets[0].params.truto_exclude_fields[1]",
            ),
            // The target's other texts.
            (
                format!("targets:\n  - {{integrated_account_id: {raw}, user_id: \"1\"}}\n"),
                "targets[0].integrated_account_id",
            ),
            (
                format!("targets:\n  - {{email: {raw}, integrated_account_id: {ACCOUNT}}}\n"),
                "targets[0].email",
            ),
        ];
        for (text, path) in cases {
            if raw == "~" && path == "targets[0].email" {
                // An optional key given as null is not given: the target then has no user.
                assert!(plan_error(&text).contains("give `user_id`"));
                continue;
            }
            let m = plan_error(&text);
            assert!(m.contains(path), "{raw} at {path}: {m}");
            assert!(m.contains("quote it"), "{raw} at {path}: {m}");
            let line = raw_line(&text, raw);
            assert!(m.starts_with(&format!("plan: line {line}: ")), "{raw}: {m}");
        }
    }
}

/// The line where `raw` is written as a value.
fn raw_line(text: &str, raw: &str) -> usize {
    text.lines()
        .position(|l| {
            l.contains(&format!(": {raw}"))
                || l.contains(&format!(", {raw}]"))
                || l.contains(&format!(": {raw}}}"))
        })
        .expect("value in text")
        + 1
}

#[test]
fn a_plan_file_error_names_the_file() {
    let dir = std::env::temp_dir().join(format!("userdir-inputs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("plan.yaml");
    std::fs::write(&path, user_target("0x1F", "{}")).unwrap();
    let m = Plan::from_file(&path).unwrap_err().to_string();
    assert!(
        m.starts_with(&format!("{}: line 5: ", path.display())),
        "{m}"
    );
    assert!(m.contains(r#"exactly as written: "0x1F""#), "{m}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn text_yaml_reads_as_text_is_taken_exactly_as_written() {
    let client = Client::builder()
        .base_url("http://127.0.0.1:9")
        .token("t")
        .build()
        .unwrap();
    for raw in PLAIN_TEXT {
        let text = user_target(raw, &format!("{{organization_id: {raw}}}"));
        let plan = Plan::from_yaml(&text).unwrap_or_else(|e| panic!("{raw}: {e}"));
        assert_eq!(plan.targets[0].user_id, *raw);
        assert_eq!(plan.targets[0].params["organization_id"], json!(raw));
        let lines = dry_run(&plan, &client, true);
        let url = &lines[0].request.as_ref().expect("a request").url;
        let (path, query) = url.split_once('?').expect("a query");
        let decode = |s: &str| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8()
                .unwrap()
                .into_owned()
        };
        assert!(
            path.split('/').any(|segment| decode(segment) == *raw),
            "{raw}: {url}"
        );
        assert!(
            query
                .split('&')
                .any(|pair| pair.split_once('=').map(|(k, v)| (k, decode(v)))
                    == Some(("organization_id", raw.to_string()))),
            "{raw}: {url}"
        );
    }
    // Quoted, the spellings YAML would convert are text too.
    for raw in NOT_TEXT {
        for quoted in [json!(raw).to_string(), format!("'{raw}'")] {
            let plan = Plan::from_yaml(&user_target(
                &quoted,
                &format!("{{organization_id: {quoted}}}"),
            ))
            .unwrap_or_else(|e| panic!("{quoted}: {e}"));
            assert_eq!(plan.targets[0].user_id, *raw);
            assert_eq!(plan.targets[0].params["organization_id"], json!(raw));
        }
    }
}

#[test]
fn parameters_the_spec_does_not_type_as_text_keep_their_yaml_types() {
    // `limit`-like integers and booleans are not text: a boolean flag stays a boolean.
    let plan = Plan::from_yaml(&user_target(
        "\"1\"",
        "{organization_id: acme, permanent_delete: true}",
    ))
    .unwrap();
    assert_eq!(plan.targets[0].params["permanent_delete"], json!(true));
}

#[test]
fn seed_ids_and_texts_must_be_written_as_text() {
    for raw in ["0x1F", "1e3", "+5", "true", "~", "99999999999999999999999"] {
        let cases = [
            (
                format!(
                    "accounts:\n  - id: {ACCOUNT}\n    integration: Okta\n    users:\n      - id: {raw}\n"
                ),
                "accounts[0].users[0].id",
            ),
            (
                format!("accounts:\n  - id: {raw}\n    integration: Okta\n"),
                "accounts[0].id",
            ),
            (
                format!(
                    "accounts:\n  - id: {ACCOUNT}\n    integration: Okta\n    users:\n      - {{id: u1, emails: [a@example.com, {raw}]}}\n"
                ),
                "accounts[0].users[0].emails[1]",
            ),
        ];
        for (text, path) in cases {
            let e = Seed::from_yaml(&text).expect_err(&text);
            let m = e.to_string();
            assert!(m.contains(path), "{raw}: {m}");
            assert!(m.contains("quote it"), "{raw}: {m}");
            assert_eq!(e.line(), Some(raw_line(&text, raw)), "{raw}: {m}");
            if path.contains("users") {
                assert!(m.contains("integration Okta"), "{raw}: {m}");
            }
        }
    }
    let seed = Seed::from_yaml(&format!(
        "accounts:\n  - id: {ACCOUNT}\n    integration: Okta\n    users:\n      - {{id: \"0x1F\"}}\n      - {{id: 007}}\n      - {{id: yes}}\n"
    ))
    .unwrap();
    let ids: Vec<&str> = seed.accounts[0]
        .users
        .iter()
        .map(|u| u.id.as_str())
        .collect();
    assert_eq!(ids, ["0x1F", "007", "yes"]);
}

fn offline_client() -> Client {
    Client::builder()
        .base_url("http://127.0.0.1:9")
        .token("t")
        .build()
        .unwrap()
}

#[test]
fn object_array_items_take_only_their_declared_fields_and_types() {
    let client = offline_client();
    let line = |params: &str| {
        let text = format!(
            "targets:\n  - {{integrated_account_id: {ACCOUNT}, integration: BrowserStack, user_id: \"1\", operation: delete, params: {params}}}\n"
        );
        let plan = Plan::from_yaml(&text).unwrap_or_else(|e| panic!("{params}: {e}"));
        dry_run(&plan, &client, true).remove(0)
    };
    let ok = line("{emails: [{email: ada@example.com, is_primary: true}]}");
    assert_eq!(ok.outcome, "would_send", "{:?}", ok.problems);
    let evil = line("{emails: [{email: ada@example.com, evil: x}]}");
    assert_eq!(evil.outcome, "invalid");
    let m = evil.problems.join("\n");
    assert!(m.contains("item 0 field `evil`"), "{m}");
    assert!(m.contains("BrowserStack"), "{m}");
    assert!(m.contains("remove it"), "{m}");
    assert!(
        m.contains("email (string), type (string), is_primary (boolean)"),
        "{m}"
    );
    let flag = line("{emails: [{email: ada@example.com, is_primary: \"yes\"}]}");
    assert_eq!(flag.outcome, "invalid");
    assert!(
        flag.problems
            .join("\n")
            .contains("item 0 field `is_primary` for BrowserStack must be true or false"),
        "{:?}",
        flag.problems
    );
    // Items that are not objects are refused as the plan is read, at their line.
    let text = format!(
        "targets:\n  - {{integrated_account_id: {ACCOUNT}, integration: BrowserStack, user_id: \"1\", params: {{emails: [ada@example.com]}}}}\n"
    );
    let m = plan_error(&text);
    assert!(
        m.starts_with("plan: line 2: targets[0].params.emails[0]: invalid type: string \"ada@example.com\", expected an object"),
        "{m}"
    );
}

#[test]
fn validation_rejects_wrong_types_and_unknown_sub_fields_of_untyped_values() {
    use truto_user_directory::spec::ParameterSpec;
    use truto_user_directory::validate::{WireField, validate};
    use truto_user_directory::{ENDPOINTS, Mode, Rule};
    let delete = *ENDPOINTS
        .iter()
        .find(|e| e.parameters.iter().any(|p| !p.ty.fields().is_empty()))
        .expect("an endpoint with an object array");
    let items: &'static ParameterSpec = delete
        .parameters
        .iter()
        .find(|p| !p.ty.fields().is_empty())
        .unwrap();
    let integration = *delete
        .integrations
        .iter()
        .find(|i| items.is_accepted_in(**i))
        .unwrap();
    let text_param: &'static ParameterSpec = delete
        .parameters
        .iter()
        .find(|p| {
            p.ty == truto_user_directory::spec::ParamType::String && p.is_accepted_in(integration)
        })
        .unwrap();
    let text_field = items
        .ty
        .fields()
        .iter()
        .find(|f| f.ty == truto_user_directory::spec::SubFieldType::String)
        .unwrap();
    let item_with = |pairs: &[(&str, Value)]| {
        let item: serde_json::Map<String, Value> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect();
        Value::Array(vec![Value::Object(item)])
    };
    let rules = |value: Value, p: &'static ParameterSpec| {
        let report = validate(
            delete,
            &[WireField { spec: p, value }],
            integration,
            Mode::Strict,
        );
        report
            .violations
            .iter()
            .filter(|v| v.wire_name.as_deref() == Some(p.name))
            .map(|v| (v.rule, v.message.clone()))
            .collect::<Vec<_>>()
    };
    let evil = rules(json!([{"evil": "x"}]), items);
    assert_eq!(evil.len(), 1, "{evil:?}");
    assert_eq!(evil[0].0, Rule::UnknownSubField);
    assert!(
        evil[0].1.contains(&format!("`{}[0][evil]`", items.name)),
        "{evil:?}"
    );
    assert!(evil[0].1.contains(integration.name()), "{evil:?}");
    let five = rules(item_with(&[(text_field.name, json!(5))]), items);
    assert_eq!(five.len(), 1, "{five:?}");
    assert_eq!(five[0].0, Rule::WrongType);
    assert!(five[0].1.contains("quote it"), "{five:?}");
    for not_text in [json!(31), json!(1000.0), json!(true), json!(-5)] {
        let r = rules(not_text.clone(), text_param);
        assert_eq!(r.len(), 1, "{not_text}: {r:?}");
        assert_eq!(r[0].0, Rule::WrongType, "{not_text}");
        assert!(r[0].1.contains("quote it"), "{r:?}");
    }
    // Lenient mode makes an unknown sub-field a warning (a spec older than the API), never a
    // wrong type.
    let lenient = validate(
        delete,
        &[WireField {
            spec: items,
            value: item_with(&[("evil", json!("x")), (text_field.name, json!(5))]),
        }],
        integration,
        Mode::Lenient,
    );
    let errors: Vec<Rule> = lenient.errors().map(|v| v.rule).collect();
    assert!(errors.contains(&Rule::WrongType) && !errors.contains(&Rule::UnknownSubField));
}

#[test]
fn a_dry_run_checks_uuids_whatever_else_is_known() {
    let client = offline_client();
    let text = "defaults: {operation: auto}\ntargets:\n  - {integrated_account_id: not-a-uuid, user_id: \"1\"}\n  - {integrated_account_id: not-a-uuid, user_id: \"1\", operation: suspend}\n";
    let lines = dry_run(&Plan::from_yaml(text).unwrap(), &client, false);
    for line in &lines {
        assert_eq!(line.outcome, "invalid", "{line:?}");
        let m = line.problems.join("\n");
        assert!(
            m.contains("\"not-a-uuid\", which is not a hyphenated UUID"),
            "{m}"
        );
    }
    // A valid id without the integration stays unverified.
    let text = format!("targets:\n  - {{integrated_account_id: {ACCOUNT}, user_id: \"1\"}}\n");
    let lines = dry_run(&Plan::from_yaml(&text).unwrap(), &client, false);
    assert_eq!(lines[0].outcome, "unverified");
}

#[tokio::test]
async fn email_targets_accounts_are_checked_before_any_search() {
    use truto_user_directory::offboard::{FindOptions, dry_run_people};
    let client = offline_client();
    let text = format!(
        "targets:\n  - {{email: ada@example.com, integrated_account_id: not-a-uuid}}\n  - {{email: ada@example.com, tenant_id: acme, params_by_account: {{acct-1: {{workspace_id: T01}}}}}}\n  - {{email: ada@example.com, integrated_account_id: {ACCOUNT}}}\n"
    );
    let plan = Plan::from_yaml(&text).unwrap();
    for offline in [true, false] {
        let (lines, reads) =
            dry_run_people(&plan, &client, false, None, &FindOptions::new(), offline).await;
        let outcomes: Vec<&str> = lines.iter().map(|l| l.outcome).collect();
        let third = if offline { "unresolved" } else { "failed" };
        assert_eq!(outcomes, ["invalid", "invalid", third], "{lines:?}");
        assert!(lines[0].problems[0].contains("\"not-a-uuid\", which is not a hyphenated UUID"));
        assert!(lines[1].problems[0].contains("\"acct-1\", which is not a hyphenated UUID"));
        if offline {
            assert_eq!(reads, 0);
        }
    }
}

#[test]
fn account_ids_in_any_case_are_the_same_target() {
    let client = offline_client();
    let upper = ACCOUNT.to_uppercase();
    let text = format!(
        "targets:\n  - {{integrated_account_id: {ACCOUNT}, integration: Okta, user_id: \"1\"}}\n  - {{integrated_account_id: {upper}, integration: Okta, user_id: \"1\"}}\n  - {{integrated_account_id: {ACCOUNT}, integration: Okta, user_id: \"U1\"}}\n"
    );
    let lines = dry_run(&Plan::from_yaml(&text).unwrap(), &client, false);
    assert_eq!(lines[0].outcome, "would_send");
    assert_eq!(lines[1].outcome, "invalid");
    assert!(
        lines[1].problems[0].contains("lists this target twice (targets[0] and targets[1])"),
        "{:?}",
        lines[1].problems
    );
    // User ids are compared as written.
    assert_eq!(lines[2].outcome, "would_send");
}

/// A YAML double-quoted scalar of `s`, every character but printable ASCII escaped, so that
/// nothing in `s` (line breaks, BOMs, NEL) is folded or dropped.
fn double_quoted(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            ' '..='~' => out.push(c),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push('"');
    out
}

/// Unquoted spellings of numbers, booleans and nulls.
fn not_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<i64>().prop_map(|n| n.to_string()),
        any::<u64>().prop_map(|n| format!("+{n}")),
        any::<u128>().prop_map(|n| n.to_string()),
        any::<u32>().prop_map(|n| format!("0x{n:X}")),
        any::<u32>().prop_map(|n| format!("0o{n:o}")),
        (any::<i32>(), -30i32..30).prop_map(|(m, e)| format!("{m}e{e}")),
        (any::<i32>(), 0u32..1000).prop_map(|(m, f)| format!("{m}.{f}")),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| format!("{f:e}")),
        prop::sample::select(vec![
            "true", "false", "True", "False", "TRUE", "FALSE", "~", "null", "Null", "NULL", ".inf",
            "-.inf", ".NaN",
        ])
        .prop_map(str::to_string),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// Any integer, float, boolean or null written unquoted for an id or a string parameter is
    /// refused with the quote-it error at its line.
    #[test]
    fn unquoted_non_text_is_refused_at_its_line(raw in not_text(), as_param in any::<bool>()) {
        let text = if as_param {
            user_target("\"1\"", &format!("{{organization_id: {raw}}}"))
        } else {
            user_target(&raw, "{}")
        };
        let e = Plan::from_yaml(&text).expect_err(&raw);
        let needle = if as_param { "params:" } else { "user_id:" };
        prop_assert_eq!(e.line, Some(line_of(&text, needle)), "{}", e);
        prop_assert!(e.message.contains("quote it"), "{}", e);
        let written = format!("exactly as written: {}", json!(raw));
        prop_assert!(e.message.contains(&written), "{}", e);
    }

    /// Any quoted string is taken byte for byte, as an id and as a string parameter.
    #[test]
    fn quoted_text_is_taken_byte_for_byte(
        s in any::<String>().prop_filter("a user id is not blank", |s| !s.trim().is_empty())
    ) {
        let quoted = double_quoted(&s);
        let text = user_target(&quoted, &format!("{{organization_id: {quoted}}}"));
        let plan = Plan::from_yaml(&text).map_err(|e| TestCaseError::fail(format!("{quoted}: {e}")))?;
        prop_assert_eq!(&plan.targets[0].user_id, &s);
        prop_assert_eq!(&plan.targets[0].params["organization_id"], &Value::String(s.clone()));
    }
}

/// The CLI's JSON flags are checked by the same validator, before anything is sent.
#[cfg(feature = "cli")]
#[test]
fn object_array_flags_take_only_declared_fields_and_types() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let server = runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let hits = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counted = hits.clone();
        tokio::spawn(async move {
            while let Ok((_stream, _)) = listener.accept().await {
                counted.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            }
        });
        (addr, hits)
    });
    let run = |emails: &str, dry_run: bool| {
        let mut command = crate::support::userdir::userdir_command();
        command.args([
            "users",
            "delete",
            "--integration",
            "BrowserStack",
            "--id",
            "1",
            "--integrated-account-id",
            ACCOUNT,
            "--emails",
            emails,
            "--base-url",
            &format!("http://{}", server.0),
            "--token",
            "t",
        ]);
        if dry_run {
            command.arg("--dry-run");
        }
        command.output().unwrap()
    };
    for (emails, rule, words) in [
        (r#"[{"evil":"x"}]"#, "unknown_sub_field", "field `evil`"),
        (r#"[{"email":5}]"#, "wrong_type", "quote it"),
        (
            r#"[{"email":"a@example.com","is_primary":"yes"}]"#,
            "wrong_type",
            "true or false",
        ),
    ] {
        let out = run(emails, true);
        assert_eq!(out.status.code(), Some(2), "{emails}");
        let printed: Value = serde_json::from_slice(&out.stdout).unwrap();
        let problem = printed["problems"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["rule"] == rule)
            .unwrap_or_else(|| panic!("{emails}: {printed}"));
        assert_eq!(problem["field"], "emails");
        assert_eq!(problem["integration"], "BrowserStack");
        let message = problem["message"].as_str().unwrap();
        assert!(
            message.contains(words) && message.contains("BrowserStack"),
            "{message}"
        );
        // Sent for real, it is refused before any connection.
        let out = run(emails, false);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{emails}: {stderr}");
        assert!(stderr.contains(rule), "{stderr}");
    }
    assert_eq!(
        server.1.load(std::sync::atomic::Ordering::SeqCst),
        0,
        "nothing was sent"
    );
}
