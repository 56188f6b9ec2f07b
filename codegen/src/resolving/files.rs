//! Sorting the spec files by kind and parsing each one.

use super::{Ctx, SourceFile};
use crate::written::{CommonFile, EndpointFile, IntegrationsFile, ModelsFile};

/// Every spec file, parsed, with the source it came from.
pub(super) struct SpecFiles<'a> {
    pub(super) integrations: (&'a SourceFile, IntegrationsFile),
    pub(super) common: (&'a SourceFile, CommonFile),
    /// In path order.
    pub(super) models: Vec<(&'a SourceFile, ModelsFile)>,
    /// In path order.
    pub(super) endpoints: Vec<(&'a SourceFile, EndpointFile)>,
}

/// Parses every spec file according to its path. `None` (with the errors in `ctx`) when a file
/// is misplaced, missing or does not parse: nothing else is checked then.
pub(super) fn parse_files<'a>(ctx: &mut Ctx, sources: &'a [SourceFile]) -> Option<SpecFiles<'a>> {
    let mut sorted: Vec<&SourceFile> = sources.iter().collect();
    sorted.sort_by(|a, b| a.path.cmp(&b.path));

    let mut integrations_file = None;
    let mut common_file = None;
    let mut model_files = Vec::new();
    let mut endpoint_files = Vec::new();
    for file in &sorted {
        let p = file.path.as_str();
        let is_yaml = p.ends_with(".yaml");
        match p {
            "integrations.yaml" => integrations_file = ctx.parse::<IntegrationsFile>(file).map(|f| (*file, f)),
            "common.yaml" => common_file = ctx.parse::<CommonFile>(file).map(|f| (*file, f)),
            _ if is_yaml && p.starts_with("models/") && !p["models/".len()..].contains('/') => {
                if let Some(f) = ctx.parse::<ModelsFile>(file) {
                    model_files.push((*file, f));
                }
            }
            _ if is_yaml && p.starts_with("endpoints/") && !p["endpoints/".len()..].contains('/') => {
                if let Some(f) = ctx.parse::<EndpointFile>(file) {
                    endpoint_files.push((*file, f));
                }
            }
            _ if is_yaml || p.ends_with(".yml") => ctx.err(
                p,
                "",
                "unexpected spec file: spec files are integrations.yaml, common.yaml, models/*.yaml and endpoints/*.yaml",
            ),
            _ => {}
        }
    }
    check_present(ctx, &sorted, endpoint_files.is_empty());
    let (Some(integrations), Some(common)) = (integrations_file, common_file) else {
        return None;
    };
    if !ctx.errors.is_empty() {
        return None;
    }
    Some(SpecFiles {
        integrations,
        common,
        models: model_files,
        endpoints: endpoint_files,
    })
}

/// The two fixed files must exist, and at least one endpoint file.
fn check_present(ctx: &mut Ctx, sorted: &[&SourceFile], no_endpoints_parsed: bool) {
    for (name, present) in [
        (
            "integrations.yaml",
            sorted.iter().any(|f| f.path == "integrations.yaml"),
        ),
        (
            "common.yaml",
            sorted.iter().any(|f| f.path == "common.yaml"),
        ),
    ] {
        if !present {
            ctx.err(name, "", "missing: the spec needs this file");
        }
    }
    if no_endpoints_parsed && !sorted.iter().any(|f| f.path.starts_with("endpoints/")) {
        ctx.err(
            "endpoints/",
            "",
            "no endpoint files: add endpoints/<name>.yaml",
        );
    }
}
