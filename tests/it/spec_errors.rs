//! Malformed-spec fixtures: each file in `tests/fixtures/malformed/` breaks the small spec in
//! `tests/fixtures/mini-spec/` in one way and lists the exact located errors the generator must
//! report (file, line, YAML path, message, nearest valid name).

use std::path::Path;

use serde::Deserialize;
use truto_user_directory_codegen::{SourceFile, generate, read_spec_dir};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Fixture {
    file: Option<String>,
    replace: Option<String>,
    with: Option<String>,
    create: Option<String>,
    text: Option<String>,
    expect: Vec<String>,
}

fn mini_spec() -> Vec<SourceFile> {
    read_spec_dir(Path::new("tests/fixtures/mini-spec")).expect("read mini spec")
}

#[test]
fn mini_spec_is_valid() {
    let files = generate(&mini_spec()).unwrap_or_else(|e| panic!("{e}"));
    let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "MATRIX.md",
            "common.rs",
            "endpoints/users_delete.rs",
            "endpoints/users_suspend.rs",
            "integrations.rs",
            "mod.rs",
            "models/user.rs",
            "openapi.json",
            "support-matrix.json"
        ]
    );
}

#[test]
fn malformed_fixtures_report_located_errors() {
    let dir = Path::new("tests/fixtures/malformed");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .expect("fixtures dir")
        .map(|e| e.expect("entry").path())
        .collect();
    names.sort();
    assert!(names.len() >= 15, "at least 15 malformed fixtures");
    let mut failures = Vec::new();
    for path in names {
        let fixture: Fixture =
            serde_yaml::from_str(&std::fs::read_to_string(&path).expect("read fixture"))
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut sources = mini_spec();
        if let (Some(file), Some(from), Some(to)) = (&fixture.file, &fixture.replace, &fixture.with)
        {
            let source = sources
                .iter_mut()
                .find(|s| &s.path == file)
                .unwrap_or_else(|| panic!("{}: no file {file}", path.display()));
            assert_eq!(
                source.text.matches(from.as_str()).count(),
                1,
                "{}: `replace` must occur exactly once in {file}",
                path.display()
            );
            source.text = source.text.replacen(from.as_str(), to, 1);
        }
        if let (Some(create), Some(text)) = (&fixture.create, &fixture.text) {
            sources.push(SourceFile {
                path: create.clone(),
                text: text.clone(),
            });
        }
        let actual: Vec<String> = match generate(&sources) {
            Ok(_) => vec![],
            Err(errors) => errors.0.iter().map(ToString::to_string).collect(),
        };
        if fixture.expect.is_empty() || actual != fixture.expect {
            failures.push(format!(
                "{}:\n  expected: {:#?}\n  actual:   {:#?}",
                path.display(),
                fixture.expect,
                actual
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
