//! The fuzz targets' corpora and crash files (`fuzz/corpus/<target>/`, `fuzz/artifacts/<target>/`),
//! replayed on stable: every input the fuzzers kept, and every finding (fixed), runs through
//! the same code as its target (`fuzz/targets.rs`) and must return.

#![cfg(all(feature = "mock", feature = "offboard"))]

use std::path::Path;

#[path = "../../fuzz/targets.rs"]
mod targets;

type Target = fn(&[u8]);

const TARGETS: [(&str, Target); 4] = [
    ("spec_codegen", targets::spec_codegen),
    ("response_decode", targets::response_decode),
    ("plan_parse", targets::plan_parse),
    ("mock_request", targets::mock_request),
];

/// The files of `dir` (none when it does not exist), sorted.
fn inputs(dir: &Path) -> Vec<std::path::PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<_> = entries
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

#[test]
fn every_corpus_and_crash_file_replays() {
    for (name, target) in TARGETS {
        let corpus = inputs(&Path::new("fuzz/corpus").join(name));
        assert!(
            corpus.len() >= 3,
            "fuzz/corpus/{name} has {} inputs: the fuzzers' corpora are committed",
            corpus.len()
        );
        let crashes = inputs(&Path::new("fuzz/artifacts").join(name));
        for path in corpus.iter().chain(&crashes) {
            let data = std::fs::read(path).expect("read an input");
            // A panic names the input through the test's output.
            eprintln!("{}", path.display());
            target(&data);
        }
    }
}
