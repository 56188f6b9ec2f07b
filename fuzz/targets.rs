#![allow(dead_code)] // each target uses one of these
//! What each fuzz target does with its input, shared by the targets (`fuzz_targets/`) and by
//! their replay in the stable test suite (`tests/it/fuzz_corpora.rs`). Each must return (an `Ok`
//! or a typed error) for any input: a panic is a finding.

use std::sync::OnceLock;

use truto_user_directory::decode::ResponseBody;
use truto_user_directory::models::user::User;
use truto_user_directory_codegen::{SourceFile, generate, read_spec_dir};

/// The generator's small test spec (`tests/fixtures/mini-spec`: every kind of file, a few
/// integrations, so that an input is generated in milliseconds), read once. The targets run
/// from `fuzz/`, the tests from the repository root.
fn spec() -> &'static [SourceFile] {
    static SPEC: OnceLock<Vec<SourceFile>> = OnceLock::new();
    SPEC.get_or_init(|| {
        ["../tests/fixtures/mini-spec", "tests/fixtures/mini-spec"]
            .iter()
            .find_map(|dir| read_spec_dir(std::path::Path::new(dir)).ok())
            .expect("read tests/fixtures/mini-spec")
    })
}

/// Spec YAML → codegen: the input replaces one spec file (its first byte picks which), and
/// the generator answers files or located errors.
pub fn spec_codegen(data: &[u8]) {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let mut sources = spec().to_vec();
    let i = usize::from(pick) % sources.len();
    sources[i].text = text.to_string();
    match generate(&sources) {
        Ok(files) => assert!(!files.is_empty()),
        Err(errors) => assert!(!errors.0.is_empty()),
    }
}

/// Any bytes as a response body: the User model, a page of users, untyped JSON.
pub fn response_decode(data: &[u8]) {
    let _ = User::decode_body(data, &[], &truto_user_directory::LIST_ENVELOPE);
    let _ = User::decode_body(
        data,
        &["remote_data", "emails"],
        &truto_user_directory::LIST_ENVELOPE,
    );
    let _ = truto_user_directory::Page::<User>::decode_body(
        data,
        &[],
        &truto_user_directory::LIST_ENVELOPE,
    );
    let _ = serde_json::Value::decode_body(
        data,
        &["remote_data"],
        &truto_user_directory::LIST_ENVELOPE,
    );
}

/// Any text as an offboarding plan or a local-server seed.
pub fn plan_parse(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(e) = truto_user_directory::offboard::Plan::from_yaml(text) {
        assert!(!e.to_string().is_empty());
    }
    if let Err(e) = truto_user_directory::mock::Seed::from_yaml(text) {
        assert!(!e.to_string().is_empty());
    }
}

/// The local server's request parsing: `METHOD /path?query` on the first line, the body after.
pub fn mock_request(data: &[u8]) {
    let (head, body) = match data.iter().position(|&b| b == b'\n') {
        Some(n) => (&data[..n], &data[n + 1..]),
        None => (data, &[][..]),
    };
    let Ok(head) = std::str::from_utf8(head) else {
        return;
    };
    let (method, target) = head.split_once(' ').unwrap_or(("GET", head));
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let _ = truto_user_directory::mock::parse_request(method, path, query, body);
}
