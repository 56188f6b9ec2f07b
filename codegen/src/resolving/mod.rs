//! Reads the YAML files, rejects unknown keys, checks every cross-reference and naming rule, and
//! resolves the spec into `resolved::Spec` (stage 1 → stage 2). Every problem is collected, each with file, line and
//! YAML path; a misspelt name comes with the nearest valid one.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::locate::Locator;
use crate::naming;
use crate::resolved::*;
use crate::written::*;

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

fn yaml_to_json(v: &serde_yaml::Value) -> Result<Value, String> {
    serde_json::to_value(v).map_err(|e| format!("cannot be read as JSON: {e}"))
}

fn is_uuid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.chars().all(|c| c.is_ascii_hexdigit()))
}

/// Integrations by exact display name, for resolving references.
struct Names {
    by_name: HashMap<String, usize>,
    names: Vec<String>,
}

impl Names {
    fn resolve(&self, ctx: &mut Ctx, file: &str, path: &str, name: &str) -> Option<usize> {
        if let Some(&i) = self.by_name.get(name) {
            return Some(i);
        }
        let hint = did_you_mean(nearest(name, self.names.iter().map(String::as_str)));
        ctx.err(
            file,
            path,
            format!("unknown integration \"{name}\"{hint}; integrations are declared in integrations.yaml"),
        );
        None
    }

    fn resolve_list(
        &self,
        ctx: &mut Ctx,
        file: &str,
        path: &str,
        names: &[String],
        allowed: Option<&[usize]>,
        what: &str,
    ) -> Vec<usize> {
        let mut out = Vec::new();
        for (i, name) in names.iter().enumerate() {
            let item_path = format!("{path}[{i}]");
            let Some(idx) = self.resolve(ctx, file, &item_path, name) else {
                continue;
            };
            if out.contains(&idx) {
                ctx.err(
                    file,
                    &item_path,
                    format!("\"{name}\" is listed twice in {what}"),
                );
                continue;
            }
            if let Some(allowed) = allowed
                && !allowed.contains(&idx)
            {
                ctx.err(
                        file,
                        &item_path,
                        format!("\"{name}\" is in {what} but not in this endpoint's `integrations`; add it there or remove it here"),
                    );
                continue;
            }
            out.push(idx);
        }
        out
    }
}

const REQUEST_METHODS: &[&str] = &[
    "new",
    "builder",
    "validate",
    "requirements",
    "example",
    "spec",
    "wire_fields",
    "build",
    "build_unchecked",
];

const ROOT_RESERVED: &[&str] = &[
    "Integration",
    "UnknownIntegration",
    "ResponseFormat",
    "Operation",
    "Mode",
    "ValidationReport",
    "Violation",
    "Rule",
    "Severity",
    "DateTime",
    "DecodeWarning",
    "WireField",
];

/// Methods of the runtime's `Client`, which the generated per-endpoint methods must not shadow.
const CLIENT_METHODS: &[&str] = &[
    "builder",
    "prepare",
    "send",
    "send_fields",
    "integration_of",
    "decode",
    "backoff",
    "execute",
    "field",
];

const MODEL_RESERVED: &[&str] = &["extra", "decode_warnings"];

/// Checks and resolves the spec.
pub fn check(sources: &[SourceFile]) -> Result<Spec, SpecErrors> {
    let mut ctx = Ctx {
        errors: Vec::new(),
        locators: HashMap::new(),
    };
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
    if endpoint_files.is_empty() && !sorted.iter().any(|f| f.path.starts_with("endpoints/")) {
        ctx.err(
            "endpoints/",
            "",
            "no endpoint files: add endpoints/<name>.yaml",
        );
    }
    let (Some((ifile, ints)), Some((cfile, common))) = (integrations_file, common_file) else {
        return Err(SpecErrors(ctx.errors));
    };
    if !ctx.errors.is_empty() {
        return Err(SpecErrors(ctx.errors));
    }

    // Integrations.
    let ip = ifile.path.as_str();
    let mut integrations = Vec::new();
    let mut normalized: HashMap<String, String> = HashMap::new();
    let mut variants: HashMap<String, String> = HashMap::new();
    let mut ctors: HashMap<String, String> = HashMap::new();
    if ints.integrations.is_empty() {
        ctx.err(ip, "integrations", "no integrations: list at least one");
    }
    for (i, def) in ints.integrations.iter().enumerate() {
        let path = format!("integrations[{i}]");
        if def.name.trim().is_empty() || def.name.trim() != def.name {
            ctx.err(
                ip,
                format!("{path}.name"),
                format!(
                    "integration name \"{}\" must be non-empty without surrounding spaces",
                    def.name
                ),
            );
        }
        if def.slugs.is_empty() {
            ctx.err(
                ip,
                format!("{path}.slugs"),
                format!(
                    "{} has no slug: list Truto's integration name for it",
                    def.name
                ),
            );
        }
        let mut keys = vec![(format!("{path}.name"), def.name.clone())];
        for (j, slug) in def.slugs.iter().enumerate() {
            let ok = !slug.is_empty()
                && slug
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
            if !ok {
                ctx.err(
                    ip,
                    format!("{path}.slugs[{j}]"),
                    format!("slug \"{slug}\" must be lowercase letters, digits, `-` or `_`"),
                );
            }
            keys.push((format!("{path}.slugs[{j}]"), slug.clone()));
        }
        let mut own = HashSet::new();
        for (kpath, key) in keys {
            let n: String = key
                .chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect();
            if !own.insert(n.clone()) {
                continue;
            }
            if let Some(other) = normalized.get(&n) {
                ctx.err(ip, kpath, format!("\"{key}\" looks the same as integration \"{other}\" when spaces, punctuation and case are ignored; lookups would be ambiguous"));
            } else {
                normalized.insert(n, def.name.clone());
            }
        }
        let variant = def
            .rust_name
            .clone()
            .unwrap_or_else(|| naming::integration_variant(&def.name));
        if !naming::is_type_ident(&variant) {
            ctx.err(
                ip,
                format!("{path}.name"),
                format!(
                    "\"{variant}\" is not a valid Rust type name for {}: set `rust_name`",
                    def.name
                ),
            );
        } else if let Some(other) = variants.insert(variant.clone(), def.name.clone()) {
            ctx.err(
                ip,
                format!("{path}.name"),
                format!(
                    "{} and {other} both become `Integration::{variant}`: set `rust_name` on one",
                    def.name
                ),
            );
        }
        let ctor = def
            .constructor
            .clone()
            .unwrap_or_else(|| naming::integration_constructor(&def.name));
        if !naming::is_snake_ident(&ctor) {
            ctx.err(
                ip,
                format!("{path}.name"),
                format!(
                    "\"{ctor}\" is not a valid snake_case name for {}: set `constructor`",
                    def.name
                ),
            );
        } else if let Some(other) = ctors.insert(ctor.clone(), def.name.clone()) {
            ctx.err(ip, format!("{path}.name"), format!("{} and {other} both get constructors named `for_{ctor}`: set `constructor` on one", def.name));
        }
        integrations.push(Integration {
            name: def.name.clone(),
            slugs: def.slugs.clone(),
            variant,
            constructor: ctor,
            note: def.note.clone(),
        });
    }
    let names = Names {
        by_name: integrations
            .iter()
            .enumerate()
            .map(|(i, x)| (x.name.clone(), i))
            .collect(),
        names: integrations.iter().map(|x| x.name.clone()).collect(),
    };

    // Common: response formats and parameter groups.
    let cp = cfile.path.as_str();
    let mut response_formats = Vec::new();
    for (i, rf) in common.response_formats.iter().enumerate() {
        let path = format!("response_formats[{i}].name");
        if !naming::is_snake_ident(&rf.name) {
            ctx.err(
                cp,
                &path,
                format!("response format \"{}\" must be snake_case", rf.name),
            );
        }
        if response_formats
            .iter()
            .any(|r: &ResponseFormat| r.name == rf.name)
        {
            ctx.err(
                cp,
                &path,
                format!("response format \"{}\" is declared twice", rf.name),
            );
        }
        response_formats.push(ResponseFormat {
            name: rf.name.clone(),
            variant: naming::variant_name(&rf.name),
            description: rf.description.clone(),
            body: rf.body,
        });
    }
    let format_names: Vec<String> = response_formats.iter().map(|r| r.name.clone()).collect();
    let mut groups: BTreeMap<String, (usize, &ParamGroupDef)> = BTreeMap::new();
    for (i, g) in common.parameter_groups.iter().enumerate() {
        if groups.insert(g.name.clone(), (i, g)).is_some() {
            ctx.err(
                cp,
                format!("parameter_groups[{i}].name"),
                format!("parameter group \"{}\" is declared twice", g.name),
            );
        }
    }

    // Models.
    let mut models_out = Vec::new();
    let mut model_names: HashMap<String, String> = HashMap::new();
    let mut model_modules: HashSet<String> = HashSet::new();
    for (file, mf) in &model_files {
        for (i, m) in mf.models.iter().enumerate() {
            if !naming::is_type_ident(&m.name) {
                ctx.err(
                    &file.path,
                    format!("models[{i}].name"),
                    format!(
                        "model name \"{}\" must be an UpperCamelCase Rust type name",
                        m.name
                    ),
                );
            }
            if let Some(other) = model_names.insert(m.name.clone(), file.path.clone()) {
                ctx.err(
                    &file.path,
                    format!("models[{i}].name"),
                    format!("model \"{}\" is already declared in {other}", m.name),
                );
            }
        }
    }
    let all_models: Vec<String> = model_names.keys().cloned().collect();
    for (file, mf) in &model_files {
        let fp = file.path.as_str();
        let stem = fp.trim_start_matches("models/").trim_end_matches(".yaml");
        let module = naming::module_name(stem);
        if !model_modules.insert(module.clone()) || module.is_empty() {
            ctx.err(
                fp,
                "",
                format!("model file name gives the module `{module}`, which is empty or taken"),
            );
        }
        let mut models = Vec::new();
        for (i, m) in mf.models.iter().enumerate() {
            let mut fields = Vec::new();
            let mut rust_names = HashSet::new();
            for (j, f) in m.fields.iter().enumerate() {
                let path = format!("models[{i}].fields[{j}]");
                let rust = f.rust_name.clone().or_else(|| naming::field_name(&f.name));
                let Some(rust) = rust else {
                    ctx.err(
                        fp,
                        format!("{path}.name"),
                        format!(
                            "\"{}\" is not a valid Rust field name: set `rust_name`",
                            f.name
                        ),
                    );
                    continue;
                };
                if MODEL_RESERVED.contains(&rust.as_str()) || !rust_names.insert(rust.clone()) {
                    ctx.err(fp, format!("{path}.name"), format!("field \"{}\" of {} collides with another field named `{rust}` after Rust naming (`extra` and `decode_warnings` are reserved)", f.name, m.name));
                }
                let is_enum = f.ty == ModelTypeDef::Enum;
                check_enum_values(&mut ctx, fp, &path, &f.values);
                if is_enum && f.values.is_empty() {
                    ctx.err(
                        fp,
                        format!("{path}.values"),
                        format!("enum field \"{}\" needs `values`", f.name),
                    );
                }
                if !is_enum && (!f.values.is_empty() || f.enum_rust_name.is_some()) {
                    ctx.err(fp, format!("{path}.values"), format!("`values` and `enum_rust_name` are only for enum fields; \"{}\" is not an enum", f.name));
                }
                let is_array = f.ty == ModelTypeDef::ObjectArray;
                let type_name = match (is_array, &f.item) {
                    (true, None) => {
                        ctx.err(
                            fp,
                            &path,
                            format!(
                                "object_array field \"{}\" needs `item:` (a model name)",
                                f.name
                            ),
                        );
                        None
                    }
                    (true, Some(item)) => {
                        if !model_names.contains_key(item) {
                            let hint =
                                did_you_mean(nearest(item, all_models.iter().map(String::as_str)));
                            ctx.err(
                                fp,
                                format!("{path}.item"),
                                format!("unknown model \"{item}\"{hint}"),
                            );
                        }
                        Some(item.clone())
                    }
                    (false, Some(_)) => {
                        ctx.err(
                            fp,
                            format!("{path}.item"),
                            format!(
                                "`item` is only for object_array fields; \"{}\" is not one",
                                f.name
                            ),
                        );
                        None
                    }
                    (false, None) if is_enum => Some(
                        f.enum_rust_name
                            .clone()
                            .unwrap_or_else(|| format!("{}{}", m.name, naming::type_name(&rust))),
                    ),
                    _ => None,
                };
                if let Some(t) = &type_name
                    && is_enum
                {
                    if !naming::is_type_ident(t) {
                        ctx.err(fp, &path, format!("\"{t}\" is not a valid Rust type name"));
                    } else if let Some(other) = model_names.insert(t.clone(), fp.to_string()) {
                        ctx.err(fp, &path, format!("enum type `{t}` collides with a type declared in {other}: set `enum_rust_name`"));
                    }
                }
                fields.push(ModelField {
                    name: f.name.clone(),
                    rust,
                    ty: f.ty,
                    description: f.description.clone(),
                    required: f.required,
                    values: f.values.clone(),
                    type_name,
                });
            }
            models.push(Model {
                name: m.name.clone(),
                description: m.description.clone(),
                fields,
            });
        }
        models_out.push(ModelFile {
            file: fp.to_string(),
            module,
            models,
        });
    }
    for name in model_names.keys() {
        if ROOT_RESERVED.contains(&name.as_str()) {
            ctx.err(
                "models/",
                "",
                format!("type name `{name}` is reserved by the runtime; rename it"),
            );
        }
    }

    // Endpoints.
    let mut endpoints = Vec::new();
    let mut endpoint_names: HashMap<String, String> = HashMap::new();
    let mut root_types: HashMap<String, String> = model_names
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    for (file, ef) in &endpoint_files {
        let fp = file.path.as_str();
        if let Some(e) = check_endpoint(
            &mut ctx,
            fp,
            ef,
            &names,
            &format_names,
            &groups,
            cp,
            &model_names,
            &all_models,
        ) {
            if let Some(other) = endpoint_names.insert(e.name.clone(), fp.to_string()) {
                ctx.err(
                    fp,
                    "name",
                    format!("endpoint \"{}\" is already declared in {other}", e.name),
                );
            }
            for t in [e.rust_name.clone(), format!("{}Builder", e.rust_name)] {
                if ROOT_RESERVED.contains(&t.as_str()) {
                    ctx.err(
                        fp,
                        "rust_name",
                        format!("`{t}` is reserved by the runtime; choose another rust_name"),
                    );
                } else if let Some(other) = root_types.insert(t.clone(), fp.to_string()) {
                    ctx.err(
                        fp,
                        "rust_name",
                        format!(
                            "`{t}` is already a type declared in {other}; choose another rust_name"
                        ),
                    );
                }
            }
            endpoints.push(e);
        }
    }
    let mut operations: HashMap<&str, &str> = HashMap::new();
    let mut ranks: HashMap<u8, &str> = HashMap::new();
    for e in &endpoints {
        let Some(o) = &e.offboarding else { continue };
        if let Some(other) = operations.insert(&o.operation, &e.name) {
            ctx.err(
                &e.file,
                "offboarding.operation",
                format!(
                    "operation \"{}\" is already the name of {other}'s offboarding",
                    o.operation
                ),
            );
        }
        if let Some(other) = ranks.insert(o.rank, &e.name) {
            ctx.err(
                &e.file,
                "offboarding.rank",
                format!(
                    "rank {} is already {other}'s: `auto` needs a strict order from least to most destructive",
                    o.rank
                ),
            );
        }
    }
    let mut modules = HashSet::new();
    for e in &endpoints {
        if !modules.insert(e.module.clone()) {
            ctx.err(
                &e.file,
                "name",
                format!(
                    "endpoint module `{}` is taken by another endpoint; rename the endpoint",
                    e.module
                ),
            );
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
        model_files: models_out,
        endpoints,
    })
}

#[allow(clippy::too_many_arguments)]
fn check_endpoint(
    ctx: &mut Ctx,
    fp: &str,
    ef: &EndpointFile,
    names: &Names,
    formats: &[String],
    groups: &BTreeMap<String, (usize, &ParamGroupDef)>,
    common_path: &str,
    model_names: &HashMap<String, String>,
    all_models: &[String],
) -> Option<Endpoint> {
    let errors_before = ctx.errors.len();
    let valid_name = !ef.name.is_empty() && ef.name.split('.').all(naming::is_snake_ident);
    if !valid_name {
        ctx.err(
            fp,
            "name",
            format!(
                "endpoint name \"{}\" must be dotted snake_case, like users.delete",
                ef.name
            ),
        );
    }
    if CLIENT_METHODS.contains(&naming::snake(&ef.rust_name).as_str()) {
        ctx.err(
            fp,
            "rust_name",
            format!(
                "\"{}\" would give the client method `{}`, which the runtime already has",
                ef.rust_name,
                naming::snake(&ef.rust_name)
            ),
        );
    }
    if !naming::is_type_ident(&ef.rust_name) {
        ctx.err(
            fp,
            "rust_name",
            format!(
                "\"{}\" is not an UpperCamelCase Rust type name",
                ef.rust_name
            ),
        );
    }
    if !ef.path.starts_with('/') {
        ctx.err(
            fp,
            "path",
            format!("path \"{}\" must start with `/`", ef.path),
        );
    }
    let integrations = names.resolve_list(
        ctx,
        fp,
        "integrations",
        &ef.integrations,
        None,
        "integrations",
    );
    if ef.integrations.is_empty() {
        ctx.err(
            fp,
            "integrations",
            "an endpoint needs at least one integration",
        );
    }
    let mut response_formats = Vec::new();
    for (i, f) in ef.response_formats.iter().enumerate() {
        if !formats.contains(f) {
            let hint = did_you_mean(nearest(f, formats.iter().map(String::as_str)));
            ctx.err(
                fp,
                format!("response_formats[{i}]"),
                format!(
                    "unknown response format \"{f}\"{hint}; formats are declared in common.yaml"
                ),
            );
        } else if response_formats.contains(f) {
            ctx.err(
                fp,
                format!("response_formats[{i}]"),
                format!("response format \"{f}\" is listed twice"),
            );
        } else {
            response_formats.push(f.clone());
        }
    }
    if ef.response_formats.is_empty() {
        ctx.err(fp, "response_formats", "list at least one response format");
    }

    // Parameters: the endpoint's own, then the included groups'.
    let mut sources: Vec<(&str, String, &ParamDef)> = ef
        .parameters
        .iter()
        .enumerate()
        .map(|(i, p)| (fp, format!("parameters[{i}]"), p))
        .collect();
    for (i, g) in ef.include.iter().enumerate() {
        match groups.get(g) {
            Some((gi, group)) => {
                if ef.include[..i].contains(g) {
                    ctx.err(
                        fp,
                        format!("include[{i}]"),
                        format!("parameter group \"{g}\" is included twice"),
                    );
                    continue;
                }
                sources.extend(group.parameters.iter().enumerate().map(|(j, p)| {
                    (
                        common_path,
                        format!("parameter_groups[{gi}].parameters[{j}]"),
                        p,
                    )
                }));
            }
            None => {
                let hint = did_you_mean(nearest(g, groups.keys().map(String::as_str)));
                ctx.err(
                    fp,
                    format!("include[{i}]"),
                    format!(
                        "unknown parameter group \"{g}\"{hint}; groups are declared in common.yaml"
                    ),
                );
            }
        }
    }
    let mut params: Vec<Param> = Vec::new();
    let mut type_names: HashMap<String, String> = HashMap::new();
    type_names.insert(ef.rust_name.clone(), "the request type".into());
    type_names.insert(format!("{}Builder", ef.rust_name), "the builder".into());
    let mut roles = HashSet::new();
    for (file, path, def) in &sources {
        let file = *file;
        if params.iter().any(|p| p.name == def.name) {
            ctx.err(
                file,
                format!("{path}.name"),
                format!(
                    "parameter \"{}\" is declared twice on {} (check `include`)",
                    def.name, ef.name
                ),
            );
            continue;
        }
        let Some(rust) = def
            .rust_name
            .clone()
            .or_else(|| naming::field_name(&def.name))
        else {
            ctx.err(
                file,
                format!("{path}.name"),
                format!(
                    "\"{}\" is not a valid Rust field name: set `rust_name`",
                    def.name
                ),
            );
            continue;
        };
        if REQUEST_METHODS.contains(&rust.as_str()) || rust.starts_with("for_") {
            ctx.err(file, format!("{path}.name"), format!("parameter \"{}\" would get the setter `{rust}`, which collides with a generated method: set `rust_name`", def.name));
        }
        if let Some(other) = params.iter().find(|p| p.rust == rust) {
            ctx.err(file, format!("{path}.name"), format!("parameters \"{}\" and \"{}\" both become the Rust field `{rust}`: set `rust_name` on one", def.name, other.name));
        }
        let required_in = def
            .required_in
            .as_deref()
            .map(|l| {
                names.resolve_list(
                    ctx,
                    file,
                    &format!("{path}.required_in"),
                    l,
                    Some(&integrations),
                    "required_in",
                )
            })
            .unwrap_or_default();
        let supported_in = def
            .supported_in
            .as_deref()
            .map(|l| {
                names.resolve_list(
                    ctx,
                    file,
                    &format!("{path}.supported_in"),
                    l,
                    Some(&integrations),
                    "supported_in",
                )
            })
            .unwrap_or_default();
        for (k, i) in supported_in.iter().enumerate() {
            if required_in.contains(i) {
                let sname = def
                    .supported_in
                    .as_ref()
                    .map(|l| l[k].clone())
                    .unwrap_or_default();
                let pos = def
                    .supported_in
                    .as_ref()
                    .and_then(|l| l.iter().position(|n| *n == sname))
                    .unwrap_or(k);
                ctx.err(file, format!("{path}.supported_in[{pos}]"), format!("\"{sname}\" is in both required_in and supported_in of \"{}\"; keep it in one", def.name));
            }
        }
        if def.required && (def.required_in.is_some() || def.supported_in.is_some()) {
            ctx.err(file, format!("{path}.required"), format!("\"{}\" is `required: true` for every integration, so it cannot also have required_in / supported_in lists", def.name));
        }
        let mut notes = Vec::new();
        for (integration, text) in &def.notes {
            if let Some(i) = names.resolve(
                ctx,
                file,
                &format!("{path}.notes.{integration}"),
                integration,
            ) {
                if !integrations.contains(&i) {
                    ctx.err(file, format!("{path}.notes.{integration}"), format!("note for \"{integration}\", which is not in this endpoint's `integrations`"));
                }
                notes.push((i, text.clone()));
            }
        }
        notes.sort_by_key(|(i, _)| *i);
        if def.location == Location::Path && (!def.required || def.ty != ParamTypeDef::String) {
            ctx.err(
                file,
                path,
                format!(
                    "path parameter \"{}\" must be `type: string` and `required: true`",
                    def.name
                ),
            );
        }
        let is_enum = def.ty == ParamTypeDef::Enum;
        if is_enum && def.values.is_empty() {
            ctx.err(
                file,
                format!("{path}.values"),
                format!("enum parameter \"{}\" needs `values`", def.name),
            );
        }
        if !is_enum && !def.values.is_empty() {
            ctx.err(
                file,
                format!("{path}.values"),
                format!(
                    "`values` is only for enum parameters; \"{}\" is {:?}",
                    def.name, def.ty
                ),
            );
        }
        check_enum_values(ctx, file, path, &def.values);
        let is_array = def.ty == ParamTypeDef::ObjectArray;
        if is_array && def.fields.is_empty() {
            ctx.err(
                file,
                format!("{path}.fields"),
                format!("object_array parameter \"{}\" needs `fields`", def.name),
            );
        }
        if !is_array && (!def.fields.is_empty() || def.item_rust_name.is_some()) {
            ctx.err(file, format!("{path}.fields"), format!("`fields` and `item_rust_name` are only for object_array parameters; \"{}\" is not one", def.name));
        }
        let mut fields = Vec::new();
        for (k, f) in def.fields.iter().enumerate() {
            match naming::field_name(&f.name) {
                Some(r) if !fields.iter().any(|x: &SubField| x.rust == r) => {
                    fields.push(SubField {
                        name: f.name.clone(),
                        rust: r,
                        ty: f.ty,
                        description: f.description.clone(),
                    })
                }
                _ => ctx.err(
                    file,
                    format!("{path}.fields[{k}].name"),
                    format!(
                        "sub-field \"{}\" is not a valid, unique Rust field name",
                        f.name
                    ),
                ),
            }
        }
        let type_name = match def.ty {
            ParamTypeDef::Enum => Some(naming::type_name(&rust)),
            ParamTypeDef::ObjectArray => Some(
                def.item_rust_name
                    .clone()
                    .unwrap_or_else(|| format!("{}Item", naming::type_name(&rust))),
            ),
            _ => None,
        };
        if let Some(t) = &type_name {
            if !naming::is_type_ident(t) {
                ctx.err(
                    file,
                    format!("{path}.name"),
                    format!("\"{t}\" is not a valid Rust type name"),
                );
            } else if let Some(other) =
                type_names.insert(t.clone(), format!("parameter \"{}\"", def.name))
            {
                ctx.err(
                    file,
                    format!("{path}.name"),
                    format!("the type `{t}` for \"{}\" collides with {other}", def.name),
                );
            }
        }
        if let Some(role) = def.role
            && !roles.insert(role)
        {
            ctx.err(
                file,
                format!("{path}.role"),
                format!("role {role:?} is given to two parameters of {}", ef.name),
            );
        }
        if def.irreversible && def.ty != ParamTypeDef::Boolean {
            ctx.err(
                file,
                format!("{path}.irreversible"),
                format!(
                    "only a boolean flag can be `irreversible` (it makes a call permanent when true); \"{}\" is not boolean",
                    def.name
                ),
            );
        }
        let mut checked = |key: &str, value: &Option<serde_yaml::Value>| {
            let value = value.as_ref()?;
            match yaml_to_json(value) {
                Ok(v) => {
                    if let Err(m) = check_value(&v, def, &fields, formats) {
                        ctx.err(
                            file,
                            format!("{path}.{key}"),
                            format!("{key} of \"{}\" {m}", def.name),
                        );
                    }
                    Some(v)
                }
                Err(m) => {
                    ctx.err(file, format!("{path}.{key}"), m);
                    None
                }
            }
        };
        let example = checked("example", &def.example);
        let default = checked("default", &def.default);
        if (def.required || !required_in.is_empty()) && example.is_none() {
            ctx.err(file, path, format!("\"{}\" is required somewhere, so it needs an `example` (used for the generated minimal valid requests)", def.name));
        }
        params.push(Param {
            name: def.name.clone(),
            rust,
            location: def.location,
            ty: def.ty,
            description: def.description.clone(),
            required: def.required,
            all_integrations: def.required_in.is_none() && def.supported_in.is_none(),
            required_in,
            supported_in,
            notes,
            values: def.values.clone(),
            fields,
            type_name,
            example,
            default,
            role: def.role,
            irreversible: def.irreversible,
            assumed: def
                .assumed
                .iter()
                .map(|a| match a {
                    AssumedDef::Name => "name",
                    AssumedDef::Type => "type",
                    AssumedDef::Location => "location",
                    AssumedDef::SupportedIn => "supported_in",
                })
                .collect(),
            source: def.source.clone(),
        });
    }
    // The path's placeholders and the path parameters must match.
    let placeholders: Vec<&str> = ef
        .path
        .split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(n, _)| n))
        .collect();
    for ph in &placeholders {
        if !params
            .iter()
            .any(|p| p.name == *ph && p.location == Location::Path)
        {
            ctx.err(
                fp,
                "path",
                format!("the path has `{{{ph}}}` but no path parameter \"{ph}\" is declared"),
            );
        }
    }
    for (file, path, def) in &sources {
        if def.location == Location::Path && !placeholders.contains(&def.name.as_str()) {
            ctx.err(
                file,
                format!("{path}.in"),
                format!(
                    "path parameter \"{}\" does not appear in the path `{}`",
                    def.name, ef.path
                ),
            );
        }
    }

    // Rules.
    let mut rules = Vec::new();
    for (i, r) in ef.rules.iter().enumerate() {
        let path = format!("rules[{i}]");
        let Some(integration) =
            names.resolve(ctx, fp, &format!("{path}.integration"), &r.integration)
        else {
            continue;
        };
        if !integrations.contains(&integration) {
            ctx.err(
                fp,
                format!("{path}.integration"),
                format!(
                    "rule for \"{}\", which is not in this endpoint's `integrations`",
                    r.integration
                ),
            );
        }
        if r.at_least_one_of.len() < 2 {
            ctx.err(
                fp,
                format!("{path}.at_least_one_of"),
                "`at_least_one_of` needs two or more parameters (for one, use required_in)",
            );
        }
        let mut members = Vec::new();
        for (k, n) in r.at_least_one_of.iter().enumerate() {
            let item = format!("{path}.at_least_one_of[{k}]");
            match params.iter().position(|p| p.name == *n) {
                Some(pi) => {
                    let p = &params[pi];
                    if !p.accepted_in(integration) {
                        ctx.err(fp, &item, format!("\"{n}\" is not required or supported in {}; add it to the parameter's supported_in", r.integration));
                    } else if p.required || p.required_in.contains(&integration) {
                        ctx.err(
                            fp,
                            &item,
                            format!(
                                "\"{n}\" is already required in {}, so the rule is always met",
                                r.integration
                            ),
                        );
                    } else if p.example.is_none() {
                        ctx.err(
                            fp,
                            &item,
                            format!("\"{n}\" is part of a rule, so it needs an `example`"),
                        );
                    }
                    if members.contains(&pi) {
                        ctx.err(fp, &item, format!("\"{n}\" is listed twice"));
                    } else {
                        members.push(pi);
                    }
                }
                None => {
                    let hint = did_you_mean(nearest(n, params.iter().map(|p| p.name.as_str())));
                    ctx.err(fp, &item, format!("unknown parameter \"{n}\"{hint}"));
                }
            }
        }
        let type_name: String = members
            .iter()
            .map(|&pi| naming::type_name(&params[pi].rust))
            .collect::<Vec<_>>()
            .join("Or");
        if let Some(other) = type_names.get(&type_name)
            && !rules.iter().any(|x: &Rule| x.type_name == type_name)
        {
            ctx.err(
                fp,
                &path,
                format!("the rule's argument type `{type_name}` collides with {other}"),
            );
        }
        type_names.insert(type_name.clone(), "a rule".into());
        rules.push(Rule {
            integration,
            at_least_one_of: members,
            note: r.note.clone(),
            type_name,
        });
    }

    let offboarding = ef
        .offboarding
        .as_ref()
        .map(|o| check_offboarding(ctx, fp, o, &params));

    // Response.
    let model = &ef.response.model;
    let mut response_fields = Vec::new();
    if !model_names.contains_key(model) {
        let hint = did_you_mean(nearest(model, all_models.iter().map(String::as_str)));
        ctx.err(
            fp,
            "response.model",
            format!("unknown model \"{model}\"{hint}"),
        );
    }
    // Fields are checked against the model after models are resolved (below via closure).
    for (field, list) in &ef.response.supported_in {
        let path = format!("response.supported_in.{field}");
        let ids = names.resolve_list(
            ctx,
            fp,
            &path,
            list,
            Some(&integrations),
            "the field's supported_in",
        );
        response_fields.push((field.clone(), ids));
    }

    let module = naming::module_name(&ef.name);
    if ctx.errors.len() > errors_before {
        return None;
    }
    Some(Endpoint {
        file: fp.to_string(),
        module,
        name: ef.name.clone(),
        rust_name: ef.rust_name.clone(),
        summary: ef.summary.clone(),
        method: ef.method.as_str(),
        path: ef.path.clone(),
        description: ef.description.clone(),
        source: ef.source.clone(),
        idempotent: ef.idempotent,
        irreversible: ef.irreversible,
        integrations,
        response_formats,
        params,
        rules,
        offboarding,
        response_model: model.clone(),
        response_fields,
    })
}

/// The `offboarding` section: a plan's operation name, its rank for `auto`, what a success
/// does, and which answers mean "already done". The endpoint must say which parameters carry
/// the integrated account and the user.
fn check_offboarding(ctx: &mut Ctx, fp: &str, o: &OffboardingDef, params: &[Param]) -> Offboarding {
    if !naming::is_snake_ident(&o.operation) || o.operation == "auto" {
        ctx.err(
            fp,
            "offboarding.operation",
            format!(
                "operation \"{}\" must be a snake_case word other than `auto` (plans use it)",
                o.operation
            ),
        );
    }
    for (role, what) in [
        (RoleDef::IntegratedAccount, "integrated_account"),
        (RoleDef::User, "user"),
    ] {
        if !params.iter().any(|p| p.role == Some(role)) {
            ctx.err(
                fp,
                "offboarding",
                format!("an offboarding endpoint needs a parameter with `role: {what}`"),
            );
        }
    }
    let sets_status = match (&o.effect.status, o.effect.removed) {
        (Some(s), false) if !s.trim().is_empty() => Some(s.clone()),
        (None, true) => None,
        _ => {
            ctx.err(
                fp,
                "offboarding.effect",
                "the effect is either `{status: <the user's new status>}` or `{removed: true}`",
            );
            None
        }
    };
    for (k, a) in o.already_done.iter().enumerate() {
        if !(400..600).contains(&a.status) {
            ctx.err(
                fp,
                format!("offboarding.already_done[{k}].status"),
                format!("{} is not an HTTP error status (400–599)", a.status),
            );
        }
    }
    for (k, a) in o.assumed.iter().enumerate() {
        if !["effect", "already_done"].contains(&a.as_str()) {
            ctx.err(
                fp,
                format!("offboarding.assumed[{k}]"),
                format!("\"{a}\" is not a fact of this section: use effect or already_done"),
            );
        }
    }
    Offboarding {
        operation: o.operation.clone(),
        rank: o.rank,
        sets_status,
        already_done: o
            .already_done
            .iter()
            .map(|a| (a.status, a.remote, a.meaning.clone()))
            .collect(),
        assumed: o.assumed.clone(),
        source: o.source.clone(),
    }
}

/// Enum values must be distinct as Rust variants too, and leave `Unknown` for unknown values.
fn check_enum_values(ctx: &mut Ctx, file: &str, path: &str, values: &[String]) {
    let mut seen: Vec<(String, &str)> = Vec::new();
    for (k, v) in values.iter().enumerate() {
        let variant = naming::variant_name(v);
        let message = if variant.is_empty() || !naming::is_type_ident(&variant) {
            format!("value \"{v}\" does not make a Rust variant name")
        } else if variant == "Unknown" {
            format!(
                "value \"{v}\" would become `Unknown`, which holds values the spec does not know"
            )
        } else if let Some((_, other)) = seen.iter().find(|(x, _)| *x == variant) {
            format!("values \"{other}\" and \"{v}\" both become the variant `{variant}`")
        } else {
            seen.push((variant, v));
            continue;
        };
        ctx.err(file, format!("{path}.values[{k}]"), message);
    }
}

/// Checks an example or default value against the parameter's declared type.
fn check_value(
    v: &Value,
    def: &ParamDef,
    fields: &[SubField],
    formats: &[String],
) -> Result<(), String> {
    if def.ty == ParamTypeDef::Enum && def.values.is_empty() {
        // Already reported: an enum without values.
        return Ok(());
    }
    let text = |what: &str| -> Result<&str, String> {
        v.as_str()
            .ok_or_else(|| format!("must be {what}, found {v}; quote it if it looks like a number"))
    };
    match def.ty {
        ParamTypeDef::String => text("a string").map(|_| ()),
        ParamTypeDef::Uuid => {
            let s = text("a string")?;
            if is_uuid(s) {
                Ok(())
            } else {
                Err(format!("\"{s}\" is not a hyphenated UUID"))
            }
        }
        ParamTypeDef::Boolean => v
            .as_bool()
            .map(|_| ())
            .ok_or_else(|| format!("must be true or false, found {v}")),
        ParamTypeDef::Enum => {
            let s = text("a string")?;
            if def.values.iter().any(|x| x == s) {
                Ok(())
            } else {
                Err(format!(
                    "\"{s}\" is not one of its values ({})",
                    def.values.join(", ")
                ))
            }
        }
        ParamTypeDef::ResponseFormat => {
            let s = text("a string")?;
            if formats.iter().any(|x| x == s) {
                Ok(())
            } else {
                Err(format!(
                    "\"{s}\" is not a response format ({})",
                    formats.join(", ")
                ))
            }
        }
        ParamTypeDef::StringArray => match v.as_array() {
            Some(a) if a.iter().all(Value::is_string) => Ok(()),
            _ => Err(format!("must be a list of strings, found {v}")),
        },
        ParamTypeDef::Object => v
            .as_object()
            .map(|_| ())
            .ok_or_else(|| format!("must be a mapping, found {v}")),
        ParamTypeDef::ObjectArray => {
            let items = v
                .as_array()
                .ok_or_else(|| format!("must be a list of mappings, found {v}"))?;
            for item in items {
                let obj = item
                    .as_object()
                    .ok_or_else(|| format!("must be a list of mappings, found {item}"))?;
                for (k, x) in obj {
                    let Some(f) = fields.iter().find(|f| f.name == *k) else {
                        let hint = did_you_mean(nearest(k, fields.iter().map(|f| f.name.as_str())));
                        return Err(format!("has unknown sub-field \"{k}\"{hint}"));
                    };
                    let ok = match f.ty {
                        SubFieldTypeDef::String => x.is_string(),
                        SubFieldTypeDef::Boolean => x.is_boolean(),
                    };
                    if !ok {
                        return Err(format!("has sub-field \"{k}\" of the wrong type: {x}"));
                    }
                }
            }
            Ok(())
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
