//! The generator behind `truto-user-directory`: YAML as written (`written`) → resolved model
//! (`resolving` → `resolved`) → Rust tokens (`emit`) →
//! formatted files, plus `support-matrix.json`, `openapi.json` and `MATRIX.md`.
//!
//! Data flows one way: [`read_spec_dir`] → [`generate`] (serde with unknown keys rejected,
//! cross-reference checks with located errors, emission with `quote`, formatting with
//! `prettyplease`) → [`write_if_changed`]. Output is deterministic: spec order or sorted order
//! everywhere, no timestamps, no absolute paths.

mod emit;
mod locate;
mod naming;
pub mod reserved;
mod resolved;
mod resolving;
mod written;

use std::io;
use std::path::Path;

pub use resolving::{SourceFile, SpecError, SpecErrors};

/// The most parameters an endpoint may have: one bit each in the presence sets the runtime
/// computes (its `spec::MAX_PARAMETERS`; a test keeps the two equal).
pub const MAX_PARAMETERS: usize = 64;

/// The most integrations a spec may name: one bit each in an endpoint's set of integrations
/// (the runtime's `spec::MAX_INTEGRATIONS`; a test keeps the two equal).
pub const MAX_INTEGRATIONS: usize = 512;

/// One generated file: its path relative to the output directory, and its contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    pub path: String,
    pub contents: String,
}

/// Reads every file under `dir` (recursively, sorted), with paths relative to `dir`.
pub fn read_spec_dir(dir: &Path) -> io::Result<Vec<SourceFile>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d)? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path
                    .strip_prefix(dir)
                    .map_err(io::Error::other)?
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect::<Vec<_>>()
                    .join("/");
                if rel.ends_with(".yaml") || rel.ends_with(".yml") {
                    out.push(SourceFile {
                        path: rel,
                        text: std::fs::read_to_string(&path)?,
                    });
                }
            }
        }
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

fn resolve(sources: &[SourceFile]) -> Result<resolved::Spec, SpecErrors> {
    let mut spec = resolving::check(sources)?;
    resolving::resolve_response_fields(&mut spec, sources)?;
    Ok(spec)
}

fn internal(file: &str, message: String) -> SpecErrors {
    SpecErrors(vec![SpecError {
        file: file.to_string(),
        line: None,
        path: String::new(),
        message,
    }])
}

/// Checks the spec and generates every output file: `mod.rs` (the index), one `.rs` file per
/// spec file, `support-matrix.json`, `openapi.json` (OpenAPI 3.1) and `MATRIX.md` (the matrix
/// for reviewers).
pub fn generate(sources: &[SourceFile]) -> Result<Vec<GeneratedFile>, SpecErrors> {
    let spec = resolve(sources)?;
    let mut files = Vec::new();
    let mut push = |source: &str, path: String, tokens| -> Result<(), SpecErrors> {
        let contents = emit::render(source, tokens).map_err(|m| internal(source, m))?;
        files.push(GeneratedFile { path, contents });
        Ok(())
    };
    push("", "mod.rs".into(), emit::index::emit(&spec))?;
    push(
        &spec.integrations_file,
        emit::index::rust_path(&spec.integrations_file),
        emit::integrations::emit(&spec),
    )?;
    let (common, groups) = emit::common::emit(&spec);
    let common = emit::render_with_tables(&spec.common_file, common, &groups)
        .map_err(|m| internal(&spec.common_file, m))?;
    for f in &spec.model_files {
        push(
            &f.file,
            emit::index::rust_path(&f.file),
            emit::models::emit(f),
        )?;
    }
    files.push(GeneratedFile {
        path: emit::index::rust_path(&spec.common_file),
        contents: common,
    });
    for e in &spec.endpoints {
        let (tokens, tables) = emit::endpoints::emit(&spec, e);
        let contents =
            emit::render_with_tables(&e.file, tokens, &tables).map_err(|m| internal(&e.file, m))?;
        files.push(GeneratedFile {
            path: emit::index::rust_path(&e.file),
            contents,
        });
    }
    files.push(GeneratedFile {
        path: "support-matrix.json".into(),
        contents: emit::support_matrix::emit(&spec),
    });
    files.push(GeneratedFile {
        path: "openapi.json".into(),
        contents: emit::openapi::emit(&spec).map_err(|m| internal(&spec.common_file, m))?,
    });
    files.push(GeneratedFile {
        path: "MATRIX.md".into(),
        contents: emit::matrix_md::emit(&spec),
    });
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// One row of the naming table: where a name comes from in the spec and the Rust it became.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameRow {
    pub spec: String,
    pub rust: String,
}

/// Every spec name and the Rust name it becomes, for review.
pub fn naming_table(sources: &[SourceFile]) -> Result<Vec<NameRow>, SpecErrors> {
    let spec = resolve(sources)?;
    let mut rows = Vec::new();
    let mut row = |s: String, r: String| rows.push(NameRow { spec: s, rust: r });
    for i in &spec.integrations {
        row(
            format!("integration \"{}\"", i.name),
            format!("Integration::{} / for_{}", i.variant, i.constructor),
        );
    }
    for r in &spec.response_formats {
        row(
            format!("response format {}", r.name),
            format!("ResponseFormat::{}", r.variant),
        );
    }
    for f in &spec.model_files {
        for m in &f.models {
            row(
                format!("model {}", m.name),
                format!("models::{}::{}", f.module, m.name),
            );
            for x in &m.fields {
                let t = x
                    .type_name
                    .as_deref()
                    .map(|t| format!(" ({t})"))
                    .unwrap_or_default();
                row(
                    format!("model {}.{}", m.name, x.name),
                    format!("{}.{}{t}", m.name, x.rust),
                );
            }
        }
    }
    for e in &spec.endpoints {
        row(
            format!("endpoint {}", e.name),
            format!("endpoints::{}::{}", e.module, e.rust_name),
        );
        for p in &e.params {
            let t = p
                .type_name
                .as_deref()
                .map(|t| format!(" ({t})"))
                .unwrap_or_default();
            row(
                format!("endpoint {} parameter {}", e.name, p.name),
                format!("{}.{}{t}", e.rust_name, p.rust),
            );
        }
        for r in &e.rules {
            row(
                format!(
                    "endpoint {} rule for {}",
                    e.name, spec.integrations[r.integration].name
                ),
                r.type_name.clone(),
            );
        }
    }
    Ok(rows)
}

/// Writes `files` under `out_dir`, touching only files whose bytes change, so an unchanged
/// spec causes no rebuild.
pub fn write_if_changed(out_dir: &Path, files: &[GeneratedFile]) -> io::Result<()> {
    for f in files {
        let path = out_dir.join(&f.path);
        if std::fs::read(&path).ok().as_deref() == Some(f.contents.as_bytes()) {
            continue;
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, &f.contents)?;
    }
    Ok(())
}

/// The folder of the output directory written by someone else (the main crate's
/// `tests/it/schemas.rs` keeps the JSON Schemas of plans and seeds in `generated/schemas/`): never
/// stale, never removed.
pub const FOREIGN_DIR: &str = "schemas";

/// Files under `dir` that differ from `files`, and files there that `files` no longer has (but
/// not those under [`FOREIGN_DIR`]).
pub fn stale_files(dir: &Path, files: &[GeneratedFile]) -> io::Result<Vec<String>> {
    let mut stale = Vec::new();
    for f in files {
        let current = std::fs::read(dir.join(&f.path)).ok();
        if current.as_deref() != Some(f.contents.as_bytes()) {
            stale.push(f.path.clone());
        }
    }
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries {
            let path = entry?.path();
            if path.is_dir() {
                if path.strip_prefix(dir).ok() != Some(Path::new(FOREIGN_DIR)) {
                    stack.push(path);
                }
                continue;
            }
            let rel = path
                .strip_prefix(dir)
                .map_err(io::Error::other)?
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            if !files.iter().any(|f| f.path == rel) {
                stale.push(rel);
            }
        }
    }
    stale.sort();
    Ok(stale)
}
