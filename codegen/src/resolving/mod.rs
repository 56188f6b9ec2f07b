//! Reads the YAML files, rejects unknown keys, checks every cross-reference and naming rule, and
//! resolves the spec into `resolved::Spec` (stage 1 → stage 2). Every problem is collected, each with file, line and
//! YAML path; a misspelt name comes with the nearest valid one.
//!
//! `check` runs the stages in order; each file here checks one concern:
//! - `files`: sorting the spec files by kind and parsing them;
//! - `integrations`: `integrations.yaml`, and resolving integration names (`Names`);
//! - `common`: `common.yaml` (response formats, parameter groups);
//! - `models`: `models/*.yaml`;
//! - `endpoint`: one endpoint file (its header, response formats, path and response), with
//!   `params` (its parameters), `rules` (its conditional requirements) and `offboarding`;
//! - `values`: enum values, and examples and defaults against their parameter's type;
//! - `names`: Rust-name collisions across files (reserved types, request types, modules);
//! - `reserved`: the names the runtime and the generated code already use.

mod common_yaml;
mod endpoint;
mod files;
mod integrations_yaml;
mod models_yaml;
mod names;
mod offboarding;
mod params;
mod rules;
mod values;

use std::collections::HashMap;
use std::fmt;

use serde::de::DeserializeOwned;

use crate::locate::Locator;
use crate::resolved::Spec;

use endpoint::Catalog;
use integrations_yaml::Names;
use names::RootNames;

/// One spec file: its path relative to `spec/` (with `/` separators) and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
}

/// One problem in the spec, located.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecError {
    /// File relative to `spec/`.
    pub file: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// YAML path of the offending node, e.g. `parameters[3].required_in[2]`.
    pub path: String,
    /// What is wrong and, where possible, what to write instead.
    pub message: String,
}

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ": line {line}")?;
        }
        if !self.path.is_empty() {
            write!(f, ": {}", self.path)?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Every problem found in the spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecErrors(pub Vec<SpecError>);

impl fmt::Display for SpecErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for SpecErrors {}

/// The nearest of `candidates` to `input`, if close enough to be a likely misspelling.
pub(crate) fn nearest<'a>(
    input: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let norm = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let input_n = norm(input);
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(&input_n, &norm(c)), c))
        .filter(|(d, c)| *d <= (norm(c).len().max(input_n.len()) / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn did_you_mean(suggestion: Option<&str>) -> String {
    suggestion
        .map(|s| format!(" (did you mean \"{s}\"?)"))
        .unwrap_or_default()
}

struct Ctx {
    errors: Vec<SpecError>,
    locators: HashMap<String, Locator>,
}

impl Ctx {
    fn err(&mut self, file: &str, path: impl AsRef<str>, message: impl Into<String>) {
        let path = path.as_ref().to_string();
        let line = self.locators.get(file).and_then(|l| l.line(&path));
        self.errors.push(SpecError {
            file: file.to_string(),
            line,
            path,
            message: message.into(),
        });
    }

    fn parse<T: DeserializeOwned>(&mut self, file: &SourceFile) -> Option<T> {
        self.locators
            .insert(file.path.clone(), Locator::new(&file.text));
        match serde_yaml::from_str::<T>(&file.text) {
            Ok(v) => Some(v),
            Err(e) => {
                let (path, message) = split_serde_message(&e.to_string());
                let line = e
                    .location()
                    .map(|l| l.line())
                    .or_else(|| self.locators.get(&file.path).and_then(|l| l.line(&path)));
                self.errors.push(SpecError {
                    file: file.path.clone(),
                    line,
                    path,
                    message,
                });
                None
            }
        }
    }
}

/// serde_yaml says `path.to.node: message at line L column C`; split that into the path and a
/// message without the location (which is reported separately), adding the nearest valid
/// name to "unknown field / variant" errors.
fn split_serde_message(raw: &str) -> (String, String) {
    let mut text = raw.to_string();
    // The location is reported separately; a syntax error that names a second location keeps
    // its whole text.
    if text.matches(" at line ").count() == 1
        && let Some(at) = text.rfind(" at line ")
    {
        text.truncate(at);
    }
    let (path, mut message) = match text.split_once(": ") {
        Some((p, m)) if !p.contains(' ') && !p.is_empty() && !p.starts_with("unknown") => {
            (p.to_string(), m.to_string())
        }
        _ => (String::new(), text.clone()),
    };
    if path == "." {
        return (String::new(), message);
    }
    for kind in ["unknown field `", "unknown variant `"] {
        if let Some(start) = message.find(kind) {
            let rest = &message[start + kind.len()..];
            if let Some(end) = rest.find('`') {
                let bad = rest[..end].to_string();
                let expected: Vec<&str> = rest[end + 1..].split('`').skip(1).step_by(2).collect();
                if let Some(s) = nearest(&bad, expected.iter().copied()) {
                    message.push_str(&format!(" (did you mean `{s}`?)"));
                }
            }
        }
    }
    (path, message)
}

/// Checks and resolves the spec.
pub fn check(sources: &[SourceFile]) -> Result<Spec, SpecErrors> {
    let mut ctx = Ctx {
        errors: Vec::new(),
        locators: HashMap::new(),
    };
    let Some(files) = files::parse_files(&mut ctx, sources) else {
        return Err(SpecErrors(ctx.errors));
    };
    let (ifile, ints) = &files.integrations;
    let (cfile, common) = &files.common;
    let ip = ifile.path.as_str();
    let cp = cfile.path.as_str();

    let integrations = integrations_yaml::check_integrations(&mut ctx, ip, ints);
    if integrations.len() > crate::MAX_INTEGRATIONS {
        ctx.err(
            ip,
            "integrations",
            format!(
                "the spec names {} integrations; at most {} fit an endpoint's set of integrations (one bit each)",
                integrations.len(),
                crate::MAX_INTEGRATIONS
            ),
        );
    }
    let names = Names::new(&integrations);
    let response_formats = common_yaml::check_response_formats(&mut ctx, cp, common);
    let format_names: Vec<String> = response_formats.iter().map(|r| r.name.clone()).collect();
    let groups = common_yaml::check_parameter_groups(&mut ctx, cp, common);
    let list_envelope = common_yaml::check_list_envelope(&mut ctx, cp, common);
    common_yaml::check_api(&mut ctx, cp, common);
    let models = models_yaml::check_models(&mut ctx, &files.models);
    names::check_reserved_types(&mut ctx, &models.names);

    let catalog = Catalog {
        names: &names,
        formats: &format_names,
        groups: &groups,
        common_path: cp,
        model_names: &models.names,
        all_models: &models.all,
    };
    let mut endpoints = Vec::new();
    let mut includes = Vec::new();
    let mut root_names = RootNames::new(&models.names);
    for (file, ef) in &files.endpoints {
        let fp = file.path.as_str();
        if let Some(e) = endpoint::check_endpoint(&mut ctx, &catalog, fp, ef) {
            root_names.check_endpoint(&mut ctx, fp, &e);
            endpoints.push(e);
            includes.push(ef.include.clone());
        }
    }
    let root_types: Vec<&str> = crate::reserved::ROOT_RESERVED
        .iter()
        .copied()
        .chain(models.names.keys().map(String::as_str))
        .chain(endpoints.iter().map(|e| e.rust_name.as_str()))
        .collect();
    let shared_groups =
        common_yaml::resolve_groups(&mut ctx, cp, common, &endpoints, &includes, &root_types);
    offboarding::check_unique(&mut ctx, &endpoints);

    names::check_modules(&mut ctx, &endpoints);

    let people = common.people.clone();
    let accounts = common.accounts.clone();
    check_people_and_accounts(&mut ctx, cp, &people, &accounts, &models.files, &endpoints);
    offboarding::check_revokes(&mut ctx, &people, &models.files, &endpoints);
    if let Some(m) = &common.missing_method {
        for (k, a) in m.answers.iter().enumerate() {
            if !(400..600).contains(&a.status) {
                ctx.err(
                    cp,
                    format!("missing_method.answers[{k}].status"),
                    format!("{} is not an HTTP error status (400–599)", a.status),
                );
            }
        }
    }

    if !ctx.errors.is_empty() {
        return Err(SpecErrors(ctx.errors));
    }
    Ok(Spec {
        integrations_file: ip.to_string(),
        integrations,
        common_file: cp.to_string(),
        response_formats,
        list_envelope,
        people,
        accounts,
        api: common.api.clone(),
        error_envelope: common.error_envelope.clone(),
        missing_method: common.missing_method.clone(),
        model_files: models.files,
        endpoints,
        groups: shared_groups,
    })
}

/// `people` and `accounts` of `common.yaml` name fields of their models, and the admin list
/// endpoint that reads accounts has their filters.
fn check_people_and_accounts(
    ctx: &mut Ctx,
    cp: &str,
    people: &Option<crate::resolved::People>,
    accounts: &Option<crate::resolved::Accounts>,
    model_files: &[crate::resolved::ModelFile],
    endpoints: &[crate::resolved::Endpoint],
) {
    if let Some(p) = &people {
        let paths: Vec<(&str, &String)> = [("people.id", &p.id), ("people.status", &p.status)]
            .into_iter()
            .chain(p.emails.iter().map(|e| ("people.emails", e)))
            .chain(p.usernames.iter().map(|u| ("people.usernames", u)))
            .chain(p.access.iter().map(|a| ("people.access", a)))
            .chain(p.last_login.iter().map(|l| ("people.last_login", l)))
            .chain(p.activity.iter().map(|a| ("people.activity", a)))
            .chain(p.roles.iter().map(|r| ("people.roles", r)))
            .chain(p.groups.iter().map(|g| ("people.groups", g)))
            .chain(p.licenses.iter().map(|l| ("people.licenses", l)))
            .chain(p.user_type.iter().map(|t| ("people.user_type", t)))
            .collect();
        check_model_paths(ctx, cp, "people.model", &p.model, &paths, model_files);
        // Other endpoints may return the model too (`me.list`): the people's own are named.
        for (path, name, list) in [
            ("people.list", &p.list, true),
            ("people.get", &p.get, false),
        ] {
            let found = endpoints.iter().find(|e| e.name == *name);
            let fits = found.is_some_and(|e| {
                e.list == list && !e.admin && e.method == "GET" && e.response_model == p.model
            });
            if !fits {
                let what = if list { "list" } else { "get (not a list)" };
                ctx.err(
                    cp,
                    path,
                    format!("\"{name}\" is not a GET {what} endpoint of an integrated account returning {}", p.model),
                );
            }
        }
    }
    if let Some(a) = &accounts {
        let paths = [
            ("accounts.id", &a.id),
            ("accounts.integration", &a.integration),
            ("accounts.status", &a.status),
            ("accounts.tenant", &a.tenant),
        ];
        check_model_paths(ctx, cp, "accounts.model", &a.model, &paths, model_files);
        let admin_list = endpoints
            .iter()
            .find(|e| e.admin && e.list && e.response_model == a.model);
        match admin_list {
            None => ctx.err(
                cp,
                "accounts.model",
                format!("no admin list endpoint (`scope: admin`, `response: {{list: true}}`) returns {}", a.model),
            ),
            Some(e) => {
                for (path, name) in [
                    ("accounts.tenant_filter", &a.tenant_filter),
                    ("accounts.status_filter", &a.status_filter),
                ] {
                    if !e.params.iter().any(|p| p.name == *name) {
                        ctx.err(cp, path, format!("{} has no parameter \"{name}\"", e.name));
                    }
                }
            }
        }
    }
}

/// Checks the response `supported_in` field names against the resolved models, then gives each
/// endpoint every field of its model, in model order, with the page's list (or none).
pub(crate) fn resolve_response_fields(
    spec: &mut Spec,
    sources: &[SourceFile],
) -> Result<(), SpecErrors> {
    let mut ctx = Ctx {
        errors: Vec::new(),
        locators: sources
            .iter()
            .map(|s| (s.path.clone(), Locator::new(&s.text)))
            .collect(),
    };
    let mut resolved = Vec::new();
    for e in &spec.endpoints {
        let Some(model) = spec.model(&e.response_model) else {
            resolved.push(Vec::new());
            continue;
        };
        for (field, _) in &e.response_fields {
            if !model.fields.iter().any(|f| f.name == *field) {
                let hint =
                    did_you_mean(nearest(field, model.fields.iter().map(|f| f.name.as_str())));
                ctx.err(
                    &e.file,
                    format!("response.supported_in.{field}"),
                    format!("{} has no field \"{field}\"{hint}", model.name),
                );
            }
        }
        resolved.push(
            model
                .fields
                .iter()
                .map(|f| {
                    let list = e
                        .response_fields
                        .iter()
                        .find(|(n, _)| *n == f.name)
                        .map(|(_, l)| l.clone())
                        .unwrap_or_default();
                    (f.name.clone(), list)
                })
                .collect(),
        );
    }
    if !ctx.errors.is_empty() {
        return Err(SpecErrors(ctx.errors));
    }
    for (e, fields) in spec.endpoints.iter_mut().zip(resolved) {
        e.response_fields = fields;
    }
    Ok(())
}

/// Each path's first field (`emails` of `emails[].email`) is a field of `model`.
fn check_model_paths(
    ctx: &mut Ctx,
    file: &str,
    model_path: &str,
    model: &str,
    paths: &[(&str, &String)],
    files: &[crate::resolved::ModelFile],
) {
    let Some(m) = files
        .iter()
        .flat_map(|f| &f.models)
        .find(|m| m.name == model)
    else {
        ctx.err(file, model_path, format!("unknown model \"{model}\""));
        return;
    };
    for (yaml_path, path) in paths {
        let first = path.split(['.', '[']).next().unwrap_or_default();
        if !m.fields.iter().any(|f| f.name == first) {
            let hint = did_you_mean(nearest(first, m.fields.iter().map(|f| f.name.as_str())));
            ctx.err(
                file,
                *yaml_path,
                format!("{model} has no field \"{first}\" (in \"{path}\"){hint}"),
            );
        }
    }
}
