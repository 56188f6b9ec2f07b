//! Hostile plan and seed files: larger or deeper than a plan or seed can be, they are refused
//! before they are parsed (one pass over the text; a reader is never read past 16 MiB), with
//! the line. What a real plan looks like still reads.

#![cfg(all(feature = "mock", feature = "offboard"))]

use truto_user_directory::mock::Seed;
use truto_user_directory::offboard::Plan;

const ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";

fn plan_error(text: &str) -> (Option<usize>, String) {
    let e = Plan::from_yaml(text).expect_err("refused");
    (e.line, e.message)
}

#[test]
fn deeply_nested_flow_collections_are_refused_before_parsing() {
    // 200 KB of nested flow lists, in a target's params.
    let deep = format!(
        "targets:\n  - {{integrated_account_id: {ACCOUNT}, user_id: u1, params: {{x: {}{}}}}}\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let (line, message) = plan_error(&deep);
    assert_eq!(line, Some(2), "{message}");
    assert!(message.contains("more than 32 levels"), "{message}");
    // Maps too, and in seeds.
    let maps = format!(
        "accounts: {}{}\n",
        "{a: ".repeat(50_000),
        "}".repeat(50_000)
    );
    let e = Seed::from_yaml(&maps).expect_err("refused");
    assert!(e.to_string().contains("more than 32 levels"), "{e}");
    assert_eq!(e.line(), Some(1), "{e}");
}

#[test]
fn deeply_nested_block_collections_are_refused_before_parsing() {
    let chained = format!("targets:\n{}x\n", "- ".repeat(60_000));
    let (line, message) = plan_error(&chained);
    assert_eq!(line, Some(2), "{message}");
    assert!(message.contains("more than 32 levels"), "{message}");
    let indented = format!("targets:\n{}- x\n", " ".repeat(1_000));
    let (line, message) = plan_error(&indented);
    assert_eq!(line, Some(2), "{message}");
    assert!(message.contains("indented 1000 columns"), "{message}");
}

#[test]
fn a_text_larger_than_a_plan_can_be_is_refused_unread() {
    let huge = format!("# {}\ntargets: []\n", "x".repeat(17 << 20));
    let (line, message) = plan_error(&huge);
    assert_eq!(line, None);
    assert!(message.contains("larger than 16 MiB"), "{message}");
    // A reader is read no further than that.
    let endless = std::io::repeat(b'#');
    let e = Plan::read_text(endless).expect_err("refused");
    assert!(e.message.contains("larger than 16 MiB"), "{e}");
    let e = Plan::read_text(&b"targets: [\xff]"[..]).expect_err("not UTF-8");
    assert!(e.message.contains("not UTF-8"), "{e}");
}

#[test]
fn what_real_plans_and_seeds_hold_still_reads() {
    // Brackets inside quotes and comments are text, not nesting; params nest a few levels.
    let plan = format!(
        "# [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ a comment\n\
         defaults: {{params: {{remote_query: {{a: {{b: {{c: [d]}}}}}}}}}}\n\
         targets:\n\
         \x20 - integrated_account_id: {ACCOUNT}\n\
         \x20   user_id: \"{}\"\n\
         \x20   integration: Okta\n\
         \x20 - {{integrated_account_id: {ACCOUNT}, user_id: '{}''x', integration: Okta}}\n",
        "[".repeat(40),
        "{".repeat(40)
    );
    let parsed = Plan::from_yaml(&plan).unwrap_or_else(|e| panic!("{e}\n{plan}"));
    assert_eq!(parsed.targets[0].user_id, "[".repeat(40));
    assert_eq!(parsed.targets[1].user_id, format!("{}'x", "{".repeat(40)));
    Plan::from_yaml(include_str!("../../examples/demo/plan.yaml")).expect("the demo's plan");
    Seed::from_yaml(include_str!("../../examples/demo/seed.yaml")).expect("the demo's seed");
}

#[cfg(all(feature = "cli", unix))]
#[test]
fn the_cli_refuses_an_endless_plan_or_seed() {
    let out = crate::support::userdir::userdir_command()
        .args(["offboard", "/dev/zero", "--dry-run"])
        .output()
        .expect("userdir runs");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("/dev/zero: larger than 16 MiB"), "{stderr}");
    let out = crate::support::userdir::userdir_command()
        .args(["mock", "serve", "--port", "0", "--seed", "/dev/zero"])
        .output()
        .expect("userdir runs");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("larger than 16 MiB"), "{stderr}");
}

#[test]
fn brackets_that_are_text_are_not_nesting() {
    // Brackets in a block scalar, in plain scalars (unbalanced, many times over), apostrophes
    // in plain text, and a file whose lines end with carriage returns only.
    let mut plan = String::from("defaults:\n  params:\n    note: |\n      ");
    plan.push_str(&"[".repeat(40));
    plan.push_str("\n      Rock 'n roll {{{{\ntargets:\n");
    for i in 0..40 {
        plan.push_str(&format!(
            "  - {{integrated_account_id: {ACCOUNT}, user_id: \"u{i}\", integration: Okta, params: {{title: \"u{i}[x\", role: 'a{{{{b'}}}}\n"
        ));
    }
    for i in 40..80 {
        plan.push_str(&format!(
            "  - integrated_account_id: {ACCOUNT}\n    user_id: u{i}[x\n    integration: Okta\n"
        ));
    }
    let parsed = Plan::from_yaml(&plan).unwrap_or_else(|e| panic!("{e}\n{plan}"));
    assert_eq!(parsed.targets.len(), 80);
    assert_eq!(parsed.targets[79].user_id, "u79[x");
    // The check still sees nesting after all that, and on lines broken by `\r` alone.
    let deep = format!(
        "{plan}  - {{integrated_account_id: {ACCOUNT}, user_id: u, params: {{x: {}}}}}\n",
        "[".repeat(40)
    );
    let (line, message) = plan_error(&deep);
    assert_eq!(line, Some(plan.lines().count() + 1), "{message}");
    let cr = format!("targets:\r  - x: {}\r", "[".repeat(40));
    let (line, message) = plan_error(&cr);
    assert_eq!(line, Some(2), "{message}");
}
