//! `generated/` is the committed mirror of what `build.rs` writes into `OUT_DIR`.
//!
//! Locally a stale `generated/` is rewritten and the test fails (rerun to pass, then commit);
//! under `CI` it only fails and prints the command to run.

use std::path::Path;

use truto_user_directory_codegen::{
    generate, naming_table, read_spec_dir, stale_files, write_if_changed,
};

const REGENERATE: &str = "cargo run -p truto-user-directory-codegen -- spec generated";

fn spec() -> Vec<truto_user_directory_codegen::SourceFile> {
    read_spec_dir(Path::new("spec")).expect("read spec/")
}

#[test]
fn generated_dir_is_current() {
    let files = generate(&spec()).unwrap_or_else(|e| panic!("spec/ is invalid:\n{e}"));
    let dir = Path::new("generated");
    let stale = stale_files(dir, &files).expect("compare generated/");
    if stale.is_empty() {
        return;
    }
    if std::env::var_os("CI").is_some() {
        panic!(
            "generated/ is stale ({}): run `{REGENERATE}` locally and commit the result",
            stale.join(", ")
        );
    }
    for path in &stale {
        if !files.iter().any(|f| &f.path == path) {
            std::fs::remove_file(dir.join(path)).expect("remove stale file");
        }
    }
    write_if_changed(dir, &files).expect("rewrite generated/");
    panic!(
        "generated/ was stale ({}) and has been rewritten: review the diff and commit it",
        stale.join(", ")
    );
}

#[test]
fn generating_twice_gives_identical_bytes() {
    let sources = spec();
    let first = generate(&sources).expect("first run");
    let mut reversed = sources.clone();
    reversed.reverse();
    let second = generate(&reversed).expect("second run, files in another order");
    assert_eq!(first, second);
}

#[test]
fn every_generated_file_names_its_source_and_says_do_not_edit() {
    let files = generate(&spec()).expect("generate");
    for f in files.iter().filter(|f| f.path.ends_with(".rs")) {
        let first = f.contents.lines().next().unwrap_or_default();
        assert!(
            first.starts_with("// @generated from spec/") && first.contains("Do not edit"),
            "{}: {first}",
            f.path
        );
    }
    let rs: Vec<&str> = files
        .iter()
        .filter(|f| f.path.ends_with(".rs") && f.path != "mod.rs")
        .map(|f| f.path.as_str())
        .collect();
    let yaml: Vec<String> = spec().into_iter().map(|s| s.path).collect();
    assert_eq!(
        rs.len(),
        yaml.len(),
        "one generated file per spec file: {rs:?} vs {yaml:?}"
    );
}

#[test]
fn spec_names_to_rust_names() {
    let rows = naming_table(&spec()).expect("naming table");
    let text: String = rows
        .iter()
        .map(|r| format!("{} -> {}\n", r.spec, r.rust))
        .collect();
    insta::assert_snapshot!(text);
}

/// Adding an integration, a parameter and an endpoint is a YAML-only change: the new
/// constructor, field, validator data and matrix entries appear in the output.
#[test]
fn yaml_only_changes_reach_types_validators_and_matrix() {
    let mut sources = spec();
    let edit = |sources: &mut Vec<truto_user_directory_codegen::SourceFile>,
                path: &str,
                from: &str,
                to: &str| {
        let file = sources
            .iter_mut()
            .find(|s| s.path == path)
            .expect("spec file");
        assert!(file.text.contains(from), "{path} has no {from:?}");
        file.text = file.text.replacen(from, to, 1);
    };
    edit(
        &mut sources,
        "integrations.yaml",
        "integrations:\n",
        "integrations:\n  - name: Acme HR\n    slugs: [acmehr]\n",
    );
    edit(
        &mut sources,
        "endpoints/users-delete.yaml",
        "integrations:\n",
        "integrations:\n  - Acme HR\n",
    );
    edit(
        &mut sources,
        "endpoints/users-delete.yaml",
        "parameters:\n",
        "parameters:\n  - name: tenant_id\n    in: query\n    type: string\n    description: The Acme tenant.\n    required_in: [Acme HR]\n    example: t-1\n",
    );
    sources.push(truto_user_directory_codegen::SourceFile {
        path: "endpoints/users-reactivate.yaml".into(),
        text: "name: users.reactivate\nrust_name: ReactivateUser\nsummary: Reactivate Users\nmethod: POST\npath: /unified/user-directory/users/reactivate\ndescription: Reactivates a user.\nresponse_formats: [unified]\nintegrations: [Okta, Acme HR]\ninclude: [truto_query]\nparameters:\n  - name: user_id\n    in: body\n    type: string\n    required_in: [Okta, Acme HR]\n    description: The user.\n    example: u1\nresponse:\n  model: User\n".into(),
    });
    let files = generate(&sources).unwrap_or_else(|e| panic!("{e}"));
    let get = |p: &str| &files.iter().find(|f| f.path == p).expect(p).contents;
    assert!(get("integrations.rs").contains("AcmeHr"));
    let delete = get("endpoints/users_delete.rs");
    assert!(delete.contains("pub fn for_acme_hr("), "constructor");
    assert!(delete.contains("tenant_id: &str"), "constructor argument");
    assert!(
        delete.contains("pub tenant_id: Option<String>"),
        "request field"
    );
    assert!(
        delete.contains("Acceptance::required_in(&[Integration::AcmeHr])"),
        "validator data"
    );
    assert!(get("endpoints/users_reactivate.rs").contains("pub struct ReactivateUser"));
    assert!(get("mod.rs").contains("&endpoints::users_reactivate::SPEC"));
    let matrix: serde_json::Value = serde_json::from_str(get("support-matrix.json")).expect("json");
    assert!(
        matrix["endpoints"]
            .as_array()
            .expect("endpoints")
            .iter()
            .any(|e| e["name"] == "users.reactivate")
    );
}
