#![cfg(all(feature = "mock", feature = "offboard"))]
//! The JSON Schemas of the files users write (`generated/schemas/`): current with the types they
//! are generated from, accepting the files the parsers accept (the demo's, the examples of the
//! README and `docs/`, the Rust docs'), and refusing wrong plans and seeds.
//!
//! Locally a stale schema is rewritten and the test fails (rerun to pass, then commit); under
//! `CI` it only fails.

use std::path::Path;

use serde_json::Value;
use truto_user_directory::mock::{Seed, seed_schema};
use truto_user_directory::offboard::{Plan, plan_schema};

use crate::support::external;

const DIR: &str = "generated/schemas";
const ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";

/// The schema files and what they hold.
fn schemas() -> [(&'static str, Value); 2] {
    [
        ("plan.schema.json", plan_schema()),
        ("seed.schema.json", seed_schema()),
    ]
}

fn pretty(value: &Value) -> String {
    let mut text = serde_json::to_string_pretty(value).expect("print JSON");
    text.push('\n');
    text
}

#[test]
fn schema_files_are_current() {
    let mut stale = Vec::new();
    for (name, schema) in schemas() {
        let path = Path::new(DIR).join(name);
        let want = pretty(&schema);
        if std::fs::read_to_string(&path).ok().as_deref() != Some(want.as_str()) {
            stale.push(name);
            if std::env::var_os("CI").is_none() {
                std::fs::create_dir_all(DIR).expect("create generated/schemas");
                std::fs::write(&path, want).expect("write schema");
            }
        }
    }
    if stale.is_empty() {
        return;
    }
    if std::env::var_os("CI").is_some() {
        panic!(
            "{DIR} is stale ({}): run `cargo test --all-features --test schemas` locally and commit the result",
            stale.join(", ")
        );
    }
    panic!(
        "{DIR} was stale ({}) and has been rewritten: review the diff and commit it",
        stale.join(", ")
    );
}

fn validator(schema: &Value) -> jsonschema::Validator {
    assert_eq!(
        schema["$schema"], "https://json-schema.org/draft/2020-12/schema",
        "draft 2020-12"
    );
    jsonschema::draft202012::new(schema).expect("a valid schema")
}

fn yaml(text: &str) -> Value {
    serde_yaml::from_str(text).unwrap_or_else(|e| panic!("YAML: {e}\n{text}"))
}

/// The schema's errors for `instance`, as text (empty when valid).
fn errors(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

fn assert_plan_valid(text: &str) {
    Plan::from_yaml(text).unwrap_or_else(|e| panic!("the parser refuses it: {e}\n{text}"));
    let found = errors(&validator(&plan_schema()), &yaml(text));
    assert!(found.is_empty(), "{found:?}\n{text}");
}

fn assert_seed_valid(text: &str) {
    Seed::from_yaml(text).unwrap_or_else(|e| panic!("the parser refuses it: {e}\n{text}"));
    let found = errors(&validator(&seed_schema()), &yaml(text));
    assert!(found.is_empty(), "{found:?}\n{text}");
}

/// The ```yaml blocks of `markdown` whose first line starts with one of `starts`.
fn yaml_blocks(markdown: &str, starts: &[&str]) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in markdown.lines() {
        match &mut current {
            None if line.trim_start() == "```yaml" => current = Some(String::new()),
            Some(block) if line.trim_start() == "```" => {
                if starts.iter().any(|s| block.starts_with(s)) {
                    blocks.push(block.clone());
                }
                current = None;
            }
            Some(block) => {
                block.push_str(line);
                block.push('\n');
            }
            None => {}
        }
    }
    blocks
}

/// The YAML of a doc comment's ```yaml block in a source file (`/// ` stripped).
fn doc_yaml(source: &str) -> String {
    let doc: String = source
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("///"))
        .map(|l| format!("{}\n", l.strip_prefix(' ').unwrap_or(l)))
        .collect();
    let blocks = yaml_blocks(&doc, &[""]);
    blocks.into_iter().next().expect("a ```yaml block")
}

#[test]
fn the_demo_files_validate() {
    assert_plan_valid(&std::fs::read_to_string("examples/demo/plan.yaml").expect("read"));
    assert_seed_valid(&std::fs::read_to_string("examples/demo/seed.yaml").expect("read"));
}

/// The README and the guides in `docs/`, one after the other: where the plan and seed examples
/// users copy are.
fn readme_and_docs() -> String {
    let mut pages = vec![std::path::PathBuf::from("README.md")];
    let mut docs: Vec<_> = std::fs::read_dir("docs")
        .expect("read docs/")
        .map(|e| e.expect("a docs/ entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    docs.sort();
    pages.extend(docs);
    pages
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("read {}: {e}", p.display())))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_readme_examples_validate() {
    let readme = readme_and_docs();
    let plans = yaml_blocks(&readme, &["defaults:", "targets:"]);
    assert!(plans.len() >= 2, "the README's plans: {plans:?}");
    for plan in &plans {
        assert_plan_valid(plan);
    }
    let seeds = yaml_blocks(&readme, &["accounts:"]);
    assert!(!seeds.is_empty(), "the README's seed");
    for seed in &seeds {
        assert_seed_valid(seed);
    }
}

#[test]
fn the_doc_examples_validate() {
    let plan = doc_yaml(&std::fs::read_to_string("src/offboard/plan.rs").expect("read"));
    assert_plan_valid(&plan);
    // The seed's doc example has placeholders for what the spec names: fill them in.
    let seed = doc_yaml(&std::fs::read_to_string("src/mock/seed.rs").expect("read"))
        .replace(
            "<display name or Truto slug of an integration of the spec>",
            "Okta",
        )
        .replace("<a field of the people model>", "groups")
        .replace("<collection>", "groups")
        .replace("<endpoint name>", "me.list");
    assert_seed_valid(&seed);
}

/// Plans the parser accepts, of every shape it reads: each validates.
#[test]
fn plans_the_parser_accepts_validate() {
    for plan in [
        "targets: [{integrated_account_id: a1, user_id: \"1234\"}]",
        "targets: [{integrated_account_id: a1, user_id: \"00u1\", integration: okta, operation: suspend}]",
        "confirm_irreversible: true\ntargets: [{integrated_account_id: a1, user_id: u, operation: delete}]",
        "defaults: {operation: deactivate}\ntargets: [{integrated_account_id: a1, user_id: u}]",
        "defaults: {params: {organization_id: acme, dry: true, n: 3}}\ntargets: [{integrated_account_id: a1, user_id: u, params: {x: [1, 2]}}]",
        "targets: [{email: ada@example.com, integrated_account_id: a1}]",
        "targets: [{email: ada@example.com, tenant_id: t1, params_by_account: {a1: {workspace_id: T01}}}]",
        "targets:\n  - integrated_account_id: a1\n    user_id: u\n    integration: null\n    email: null\n    operation: null\n",
    ] {
        assert_plan_valid(&plan.replace("a1", ACCOUNT));
    }
}

#[test]
fn wrong_plans_fail_both() {
    let schema = validator(&plan_schema());
    for (plan, why) in [
        (
            "targets: [{integrated_account_id: a1, user_id: u, colour: red}]",
            "an unknown key in a target",
        ),
        (
            "defaults: {operation: auto, retries: 3}\ntargets: []",
            "an unknown key in defaults",
        ),
        ("target: []", "a misspelt top-level key"),
        (
            "targets: [{integrated_account_id: a1, user_id: [1, 2]}]",
            "user_id as a list",
        ),
        (
            "targets: [{integrated_account_id: a1, user_id: true}]",
            "user_id as a boolean",
        ),
        (
            "targets: [{integrated_account_id: a1, user_id: 1234}]",
            "user_id as an unquoted number",
        ),
        ("defaults: {operation: auto}", "no targets"),
        (
            "targets: [{integrated_account_id: a1, user_id: u, params: [1]}]",
            "params as a list",
        ),
        (
            "confirm_irreversible: yes please\ntargets: []",
            "a non-boolean confirmation",
        ),
    ] {
        let instance = yaml(plan);
        assert!(
            !errors(&schema, &instance).is_empty(),
            "the schema accepts {why}: {plan}"
        );
        assert!(
            Plan::from_yaml(plan).is_err(),
            "the parser accepts {why}: {plan}"
        );
    }
}

#[test]
fn operations_are_the_specs() {
    let schema = validator(&plan_schema());
    let ops = &plan_schema()["$defs"]["Target"]["properties"]["operation"]["enum"];
    let names: Vec<&str> = ops
        .as_array()
        .expect("an enum of operations")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let mut expected = vec!["auto"];
    expected.extend(
        truto_user_directory::offboard::operations()
            .iter()
            .map(|(_, o)| o.operation),
    );
    assert_eq!(names, expected);
    for op in ["suspend", "deactivate", "delete"] {
        assert!(names.contains(&op), "{op} in {names:?}");
    }
    for plan in [
        "targets: [{integrated_account_id: a1, user_id: u, operation: destroy}]",
        "defaults: {operation: nuke}\ntargets: []",
    ] {
        assert!(!errors(&schema, &yaml(plan)).is_empty(), "{plan}");
    }
}

/// What the schema cannot say (keys that go together) is left to the parser: a target missing
/// everything passes the shape check and is refused when read.
#[test]
fn a_target_missing_everything_is_refused_by_the_parser() {
    let plan = "targets: [{}]";
    let err = Plan::from_yaml(plan).expect_err("an empty target");
    assert!(err.to_string().contains("user_id"), "{err}");
    assert!(errors(&validator(&plan_schema()), &yaml(plan)).is_empty());
}

#[test]
fn seeds_the_parser_accepts_validate_and_wrong_ones_fail() {
    for seed in [
        "accounts: []",
        "accounts: [{id: a1, integration: Okta}]",
        "accounts: [{id: a1, integration: okta, status: inactive, is_sandbox: true, users: [{id: u1}]}]",
        "accounts: []\nlimits: {per_account: 0}\nfaults: {seed: null, error_rate: 0.5}",
    ] {
        assert_seed_valid(&seed.replace("a1", ACCOUNT));
    }
    let schema = validator(&seed_schema());
    for (seed, why) in [
        (
            "accounts: [{id: a1, integration: Okta, colour: red}]",
            "an unknown account key",
        ),
        (
            "accounts: [{id: a1, integration: Okta, users: [{id: u1, mail: a@b.c}]}]",
            "an unknown user key",
        ),
        ("accounts: [{integration: Okta}]", "an account without id"),
        ("accounts: []\nlimits: {per_second: 3}", "an unknown limit"),
        (
            "accounts: []\nfaults: {latency_ms: -1}",
            "a negative latency",
        ),
        (
            "accounts: [{id: a1, integration: Okta, users: [{id: u1, licenses: Pro}]}]",
            "licenses as a string",
        ),
    ] {
        assert!(
            !errors(&schema, &yaml(seed)).is_empty(),
            "the schema accepts {why}: {seed}"
        );
        assert!(
            Seed::from_yaml(seed).is_err(),
            "the parser accepts {why}: {seed}"
        );
    }
}

#[cfg(feature = "cli")]
#[test]
fn userdir_schema_prints_the_schemas() {
    for (name, schema) in [("plan", plan_schema()), ("seed", seed_schema())] {
        let out = crate::support::userdir::userdir_command()
            .args(["schema", name])
            .output()
            .expect("userdir runs");
        assert!(out.status.success(), "{out:?}");
        let printed = String::from_utf8(out.stdout).expect("UTF-8");
        // What schema_files_are_current keeps in generated/schemas/.
        assert_eq!(printed, pretty(&schema));
    }
    let out = crate::support::userdir::userdir_command()
        .args(["schema", "journal"])
        .output()
        .expect("userdir runs");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
}

/// `check-jsonschema` (PyPI) on `files` (name, YAML text) against the schema file `schema`:
/// whether it accepts them all, and what it said. `None` when the tool is not installed.
fn check_jsonschema(schema: &str, files: &[(String, String)]) -> Option<(bool, String)> {
    let mut tool = external::external(
        "check-jsonschema",
        "python3 -m pip install check-jsonschema",
    )?;
    let dir = std::env::temp_dir().join(format!(
        "schemas-{}-{}",
        std::process::id(),
        files.first().map_or("none", |f| f.0.as_str())
    ));
    std::fs::create_dir_all(&dir).expect("temp dir");
    tool.arg("--schemafile").arg(Path::new(DIR).join(schema));
    for (name, text) in files {
        let path = dir.join(format!("{name}.yaml"));
        std::fs::write(&path, text).expect("write");
        tool.arg(path);
    }
    let out = tool.output().expect("run check-jsonschema");
    let _ = std::fs::remove_dir_all(&dir);
    let said =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    Some((out.status.success(), said))
}

/// The demo's and the README's plans and seeds pass an external validator too.
#[test]
fn an_external_validator_accepts_the_demo_and_readme_files() {
    let readme = readme_and_docs();
    let mut plans = vec![(
        "demo-plan".to_string(),
        std::fs::read_to_string("examples/demo/plan.yaml").expect("read"),
    )];
    for (n, plan) in yaml_blocks(&readme, &["defaults:", "targets:"])
        .into_iter()
        .enumerate()
    {
        plans.push((format!("readme-plan-{n}"), plan));
    }
    let mut seeds = vec![(
        "demo-seed".to_string(),
        std::fs::read_to_string("examples/demo/seed.yaml").expect("read"),
    )];
    for (n, seed) in yaml_blocks(&readme, &["accounts:"]).into_iter().enumerate() {
        seeds.push((format!("readme-seed-{n}"), seed));
    }
    for (schema, files) in [("plan.schema.json", plans), ("seed.schema.json", seeds)] {
        let Some((ok, said)) = check_jsonschema(schema, &files) else {
            return;
        };
        assert!(ok, "{schema}: {said}");
    }
}

/// A wrong plan fails the external validator, which names what is wrong.
#[test]
fn an_external_validator_refuses_a_wrong_plan() {
    for (name, plan, named) in [
        (
            "unknown-key",
            "targets: [{integrated_account_id: a1, user_id: u, colour: red}]",
            "colour",
        ),
        ("no-targets", "defaults: {operation: auto}", "targets"),
        (
            "bad-operation",
            "targets: [{integrated_account_id: a1, user_id: u, operation: obliterate}]",
            "obliterate",
        ),
    ] {
        let files = [(format!("wrong-{name}"), plan.replace("a1", ACCOUNT))];
        let Some((ok, said)) = check_jsonschema("plan.schema.json", &files) else {
            return;
        };
        assert!(!ok, "{name}: accepted\n{said}");
        assert!(said.contains(named), "{name}: {said}");
    }
}
