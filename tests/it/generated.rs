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
        entry.contains("Acceptance::required_in(&[") && entry.contains("Integration::AcmeHr"),
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

/// The longest line a generated Rust file may have.
const WIDTH: usize = 120;

/// Every line of every generated Rust file is at most [`WIDTH`] characters.
fn assert_lines_fit(files: &[truto_user_directory_codegen::GeneratedFile]) {
    for f in files.iter().filter(|f| f.path.ends_with(".rs")) {
        for (n, line) in f.contents.lines().enumerate() {
            assert!(
                line.chars().count() <= WIDTH,
                "{}:{}: {} characters: {line}",
                f.path,
                n + 1,
                line.chars().count()
            );
        }
    }
}

/// Generated code a careful person would write: no line over 120 characters; a `for_…`
/// constructor only for an integration that requires more than `new` takes; what every endpoint
/// shares (the parameter groups of `common.yaml`) written once, in `common.rs`.
#[test]
fn generated_code_is_not_padded() {
    let files = generate(&spec()).expect("generate");
    assert_lines_fit(&files);
    let delete = contents(&files, "endpoints/users_delete.rs");
    assert!(
        delete.lines().count() <= 1_100,
        "users_delete.rs has {} lines",
        delete.lines().count()
    );
    // GitHub requires `organization_id` to delete a user; Okta requires nothing more.
    let github = delete
        .split("pub fn for_github(")
        .nth(1)
        .expect("for_github");
    let github = github.split(") -> Self").next().unwrap_or_default();
    assert!(github.contains("organization_id: &str"), "{github}");
    assert!(!delete.contains("pub fn for_okta("));
    assert!(delete.contains(
        "/// It fits every integration of this endpoint but those with a `for_…` constructor below."
    ));
    let get = contents(&files, "endpoints/users_get.rs");
    assert!(
        !get.contains("pub fn for_"),
        "users.get: no integration requires more than new"
    );
    // The Truto query parameters: a field, a setter and a table entry each, once.
    for needle in [
        "pub truto_response_format: Option<crate::ResponseFormat>",
        "fn truto_response_format(",
        "static TRUTO_RESPONSE_FORMAT: ParameterSpec",
    ] {
        let found: Vec<&str> = files
            .iter()
            .filter(|f| f.contents.contains(needle))
            .map(|f| f.path.as_str())
            .collect();
        assert_eq!(found, ["common.rs"], "{needle}");
    }
    assert!(delete.contains("pub truto_query: crate::TrutoQuery,"));
    assert!(delete.contains("impl crate::TrutoQuerySetters for DeleteUser {"));
}

/// The spec with each `(path, from, to)` edit made: the first `from` in `path` becomes `to`.
fn spec_with(edits: &[(&str, &str, &str)]) -> Vec<truto_user_directory_codegen::SourceFile> {
    let mut sources = spec();
    for (path, from, to) in edits {
        let file = sources
            .iter_mut()
            .find(|s| s.path == *path)
            .expect("spec file");
        assert!(file.text.contains(from), "{path} has no {from:?}");
        file.text = file.text.replacen(from, to, 1);
    }
    sources
}

/// The spec with one more parameter (as YAML list item lines) on the delete endpoint.
fn spec_with_delete_param(param: &str) -> Vec<truto_user_directory_codegen::SourceFile> {
    spec_with(&[(
        "endpoints/users-delete.yaml",
        "parameters:\n",
        &format!("parameters:\n{param}"),
    )])
}

const NOTIFY_MANAGER: &str = "  - name: notify_manager\n    in: query\n    type: string\n    description: Who to tell.\n    supported_in: [Okta, GitHub]\n    example: boss\n";

/// The spec with a new integration, Acme HR, on the delete endpoint.
fn spec_with_acme_hr() -> Vec<truto_user_directory_codegen::SourceFile> {
    spec_with(&[
        (
            "integrations.yaml",
            "integrations:\n",
            "integrations:\n  - name: Acme HR\n    slugs: [acmehr]\n",
        ),
        (
            "endpoints/users-delete.yaml",
            "integrations:\n",
            "integrations:\n  - Acme HR\n",
        ),
    ])
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

/// The contents of the generated file at `path`.
fn contents<'a>(files: &'a [truto_user_directory_codegen::GeneratedFile], path: &str) -> &'a str {
    &files.iter().find(|f| f.path == path).expect(path).contents
}

/// Asserts that every hunk of the diff of `file` is about one of `names`: each hunk names it, and
/// a line is only ever replaced by one that names it (a list the new thing joins).
fn assert_local(
    files: &[truto_user_directory_codegen::GeneratedFile],
    new: &[truto_user_directory_codegen::GeneratedFile],
    file: &str,
    names: &[&str],
) {
    let (old, new) = (contents(files, file), contents(new, file));
    let about = |l: &str| names.iter().any(|n| l.contains(n));
    let hunks = hunks(old, new);
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
    let after = generate(&spec_with_delete_param(NOTIFY_MANAGER)).expect("generate");
    assert_lines_fit(&after);
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
    let after = generate(&spec_with_acme_hr()).expect("generate");
    assert_lines_fit(&after);
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

/// The changed lines of `file` between `before` and `after` (removed, added), from the line diff.
fn changed_lines(
    before: &[truto_user_directory_codegen::GeneratedFile],
    after: &[truto_user_directory_codegen::GeneratedFile],
    file: &str,
) -> (Vec<String>, Vec<String>) {
    let (old, new) = (contents(before, file), contents(after, file));
    let mut removed = Vec::new();
    let mut added = Vec::new();
    for (r, a) in hunks(old, new) {
        removed.extend(r.into_iter().map(String::from));
        added.extend(a.into_iter().map(String::from));
    }
    (removed, added)
}

/// The first table cell of a row (`| Okta | … |` → `Okta`), the key a replaced row keeps.
fn row_key(line: &str) -> Option<&str> {
    line.strip_prefix("| ")?.split(" | ").next()
}

/// MATRIX.md is read first in a spec change: adding one parameter or one integration to one
/// endpoint changes a few lines of it, each about the new thing (a replaced line is the row of an
/// integration that now lists the new parameter).
#[test]
fn matrix_md_one_fact_change_is_a_few_lines_about_it() {
    let before = generate(&spec()).expect("generate");
    let matrix = contents(&before, "MATRIX.md");
    assert!(
        matrix.contains("\n## users.delete — DELETE /unified/user-directory/users/{id}\n"),
        "endpoint heading"
    );

    // One new optional parameter of one endpoint, accepted by two integrations: its line and the
    // two rows.
    let after = generate(&spec_with_delete_param(NOTIFY_MANAGER)).expect("generate");
    let (removed, added) = changed_lines(&before, &after, "MATRIX.md");
    assert_eq!(removed.len(), 2, "the Okta and GitHub rows: {removed:#?}");
    assert_eq!(
        added.len(),
        3,
        "two rows and the parameter's line: {added:#?}"
    );
    for line in &added {
        assert!(line.contains("`notify_manager`"), "{line:?}");
    }
    assert!(
        added
            .iter()
            .any(|l| l.starts_with("- `notify_manager` (query, string): Who to tell."))
    );
    let mut keys: Vec<&str> = removed.iter().filter_map(|l| row_key(l)).collect();
    keys.sort();
    assert_eq!(keys, ["GitHub", "Okta"]);
    for r in &removed {
        assert!(
            added.iter().any(|a| row_key(a) == row_key(r)),
            "{r:?} is replaced by its own row"
        );
    }

    // One new parameter every integration accepts: its line and the "optional everywhere" line,
    // no row.
    let after = generate(&spec_with_delete_param(
        "  - name: audit_reason\n    in: query\n    type: string\n    description: Why.\n    example: left\n",
    ))
    .expect("generate");
    let (removed, added) = changed_lines(&before, &after, "MATRIX.md");
    assert!(removed.len() <= 1, "{removed:#?}");
    assert!(
        added.len() <= 2 && added.iter().all(|l| l.contains("`audit_reason`")),
        "{added:#?}"
    );
    assert!(
        removed
            .iter()
            .all(|r| r.starts_with("Optional everywhere: ")),
        "{removed:#?}"
    );

    // One new integration of one endpoint: its row.
    let after = generate(&spec_with_acme_hr()).expect("generate");
    let (removed, added) = changed_lines(&before, &after, "MATRIX.md");
    assert!(removed.is_empty(), "{removed:#?}");
    assert_eq!(added.len(), 1, "{added:#?}");
    assert!(added[0].starts_with("| Acme HR | "), "{added:?}");
    assert!(added[0].ends_with(" | page |"), "provenance: {added:?}");
}

/// Parameters every integration takes are listed once, not per row; cells escape `|`; partial
/// lists and offboarding facts are stated.
#[test]
fn matrix_md_states_everywhere_parameters_once_and_escapes_cells() {
    let files = generate(&spec_with(&[(
        "endpoints/users-delete.yaml",
        "    notes:\n      ClickUp: The ID of the organization to remove the user from\n",
        "    notes:\n      ClickUp: The ID of the org | team to remove the user from\n",
    )]))
    .expect("generate");
    let matrix = contents(&files, "MATRIX.md");
    let section = matrix
        .split("\n## users.delete — ")
        .nth(1)
        .and_then(|s| s.split("\n## ").next())
        .expect("the delete section");
    assert!(section.contains("\nRequired everywhere: `id`"), "{section}");
    assert!(section.contains("- Offboarding operation: `delete`"));
    assert!(section.contains("- Offboarding effect: removes the user"));
    let rows: Vec<&str> = section
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| Integration |"))
        .collect();
    assert!(rows.len() > 10, "one row per integration");
    for r in &rows {
        assert!(!r.contains("`id`"), "`id` is repeated in a row: {r}");
    }
    let clickup = rows
        .iter()
        .find(|r| r.starts_with("| ClickUp |"))
        .expect("ClickUp row");
    assert!(
        clickup.contains("The ID of the org \\| team to remove"),
        "{clickup}"
    );
    assert_eq!(
        clickup.replace("\\|", "").matches('|').count(),
        7,
        "six cells: {clickup}"
    );
    let names: Vec<String> = rows
        .iter()
        .filter_map(|r| row_key(r))
        .map(str::to_lowercase)
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "rows sorted by display name");
    let list = matrix
        .split("\n## users.list — ")
        .nth(1)
        .and_then(|s| s.split("\n## ").next())
        .expect("the list section");
    assert!(list.contains("- List: yes"));
    assert!(
        list.contains("Partial results (list items carry only some fields):\n\n- "),
        "{list}"
    );
}
