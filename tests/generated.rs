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
    let entry = delete
        .split("static TENANT_ID: ParameterSpec")
        .nth(1)
        .and_then(|rest| rest.split(';').next())
        .expect("a table entry for tenant_id");
    assert!(
        entry.contains("Acceptance::required_in(&[") && entry.contains("Integration::AcmeHr,"),
        "validator data: {entry}"
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

/// The lines of `new` that differ from `old`, grouped in hunks (runs of changed lines), from a
/// longest-common-subsequence line diff: `(removed, added)` per hunk.
fn hunks<'a>(old: &'a str, new: &'a str) -> Vec<(Vec<&'a str>, Vec<&'a str>)> {
    let (a, b): (Vec<&str>, Vec<&str>) = (old.lines().collect(), new.lines().collect());
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    let mut current: Option<(Vec<&str>, Vec<&str>)> = None;
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            out.extend(current.take());
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            current.get_or_insert_default().1.push(b[j]);
            j += 1;
        } else {
            current.get_or_insert_default().0.push(a[i]);
            i += 1;
        }
    }
    out.extend(current);
    out
}

/// Asserts that every hunk of the diff of `file` is about one of `names`: each hunk names it, and
/// a line is only ever replaced by one that names it (a list the new thing joins).
fn assert_local(
    files: &[truto_user_directory_codegen::GeneratedFile],
    new: &[truto_user_directory_codegen::GeneratedFile],
    file: &str,
    names: &[&str],
) {
    let get = |fs: &[truto_user_directory_codegen::GeneratedFile]| {
        fs.iter()
            .find(|f| f.path == file)
            .expect(file)
            .contents
            .clone()
    };
    let (old, new) = (get(files), get(new));
    let about = |l: &str| names.iter().any(|n| l.contains(n));
    let hunks = hunks(&old, &new);
    assert!(!hunks.is_empty(), "{file} did not change");
    for (removed, added) in &hunks {
        assert!(
            added.iter().chain(removed).any(|l| about(l)),
            "{file}: a hunk not about {names:?}:\n-{}\n+{}",
            removed.join("\n-"),
            added.join("\n+")
        );
        for r in removed {
            assert!(
                about(r) || added.iter().any(|l| about(l) && l.len() > r.len()),
                "{file}: a line not about {names:?} was changed: {r:?} → {added:?}"
            );
        }
    }
}

/// Review in diffs: adding one parameter to an endpoint, or one integration, changes only lines
/// about it in the generated Rust (names, not indices; no counts; one line per letter in lists).
#[test]
fn a_one_fact_spec_change_is_a_local_generated_diff() {
    let before = generate(&spec()).expect("generate");
    // A new optional parameter, accepted by two integrations.
    let mut sources = spec();
    let delete = sources
        .iter_mut()
        .find(|s| s.path == "endpoints/users-delete.yaml")
        .expect("delete");
    delete.text = delete.text.replacen(
        "parameters:\n",
        "parameters:\n  - name: notify_manager\n    in: query\n    type: string\n    description: Who to tell.\n    supported_in: [Okta, GitHub]\n    example: boss\n",
        1,
    );
    let after = generate(&sources).expect("generate");
    assert_local(
        &before,
        &after,
        "endpoints/users_delete.rs",
        &["notify_manager", "NOTIFY_MANAGER", "Who to tell"],
    );
    for f in &after {
        if f.path.ends_with(".rs") && f.path != "endpoints/users_delete.rs" {
            let old = &before
                .iter()
                .find(|b| b.path == f.path)
                .expect("same files")
                .contents;
            assert_eq!(old, &f.contents, "{} changed", f.path);
        }
    }
    // A new integration of one endpoint.
    let mut sources = spec();
    for s in sources.iter_mut() {
        if s.path == "integrations.yaml" {
            s.text = s.text.replacen(
                "integrations:\n",
                "integrations:\n  - name: Acme HR\n    slugs: [acmehr]\n",
                1,
            );
        }
        if s.path == "endpoints/users-delete.yaml" {
            s.text = s
                .text
                .replacen("integrations:\n", "integrations:\n  - Acme HR\n", 1);
        }
    }
    let after = generate(&sources).expect("generate");
    assert_local(
        &before,
        &after,
        "endpoints/users_delete.rs",
        &["AcmeHr", "Acme HR", "acme_hr"],
    );
    assert_local(
        &before,
        &after,
        "integrations.rs",
        &["AcmeHr", "Acme HR", "acmehr"],
    );
}
