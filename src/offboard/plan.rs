//! The plan file: who to offboard where, and how.

use std::fmt;
use std::path::Path;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::yaml;

/// An offboarding plan.
///
/// ```yaml
/// defaults: {operation: auto}
/// confirm_irreversible: false
/// targets:
///   - integrated_account_id: 62f44730-dd91-461e-bd6a-aedd9e0ad79d
///     integration: GitHub            # optional: looked up when absent
///     user_id: "1234"
///     operation: delete              # an operation of the spec, or auto
///     params: {organization_id: acme}
///   - email: ada@example.com         # a person instead of a user id: found in the account…
///     integrated_account_id: 62f44730-dd91-461e-bd6a-aedd9e0ad79d
///   - email: ada@example.com         # …or in every integrated account of a tenant
///     tenant_id: acme-1
///     params_by_account:             # parameters for one account (a list may need them)
///       7a0e1b2c-0000-4000-8000-000000000001: {workspace_id: T01}
/// ```
#[derive(Debug, Clone, Default, PartialEq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Offboarding plan",
    description = "An offboarding plan of truto-user-directory (`userdir offboard --plan FILE`): who to offboard where, and how."
)]
pub struct Plan {
    /// What targets inherit.
    #[serde(default)]
    pub defaults: Defaults,
    /// Confirms irreversible operations (deletes, permanent flags) for the whole plan.
    #[serde(default)]
    pub confirm_irreversible: bool,
    /// The users to offboard, one integrated account each.
    pub targets: Vec<Target>,
}

/// What every target inherits unless it says otherwise.
#[derive(Debug, Clone, PartialEq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Defaults {
    /// `auto` (the default) or an operation name (`suspend`, `deactivate`, `delete`, …).
    #[serde(default = "auto", deserialize_with = "yaml::text")]
    #[schemars(schema_with = "operation_schema")]
    pub operation: String,
    /// Parameters given to every target whose operation and integration accept them (a
    /// target's own `params` must all be accepted).
    #[serde(default, deserialize_with = "yaml::params")]
    pub params: Map<String, Value>,
    /// The access to remove too, after the operation, wherever the person is found: each
    /// group, role assignment, … their user record lists, one call (and one result) each
    /// (`groups`, `role_assignments`: the spec's revoke sections).
    #[serde(default, deserialize_with = "yaml::texts")]
    #[schemars(schema_with = "revoke_schema")]
    pub revoke: Vec<String>,
}

impl Default for Defaults {
    fn default() -> Self {
        Defaults {
            operation: auto(),
            params: Map::new(),
            revoke: Vec::new(),
        }
    }
}

/// The kinds of access a plan may revoke: the spec's revoke sections, by name.
pub fn revoke_names() -> Vec<&'static str> {
    crate::ENDPOINTS
        .iter()
        .filter_map(|e| e.revoke.map(|r| r.access))
        .collect()
}

/// A list of access kinds to revoke.
fn revoke_schema(_: &mut SchemaGenerator) -> Schema {
    let names: Vec<Value> = revoke_names().into_iter().map(Value::from).collect();
    json_schema!({"type": "array", "items": {"type": "string", "enum": names}, "uniqueItems": true})
}

/// A target's own list of access kinds to revoke, or null (the default's).
fn optional_revoke_schema(_: &mut SchemaGenerator) -> Schema {
    let names: Vec<Value> = revoke_names().into_iter().map(Value::from).collect();
    json_schema!({"type": ["array", "null"], "items": {"type": "string", "enum": names}, "uniqueItems": true})
}

/// What is wrong with a list of access kinds to revoke, if anything.
fn revoke_problem(kinds: &[String]) -> Option<String> {
    let known = revoke_names();
    for (n, kind) in kinds.iter().enumerate() {
        if !known.contains(&kind.as_str()) {
            let hint = crate::names::nearest(kind, known.iter().copied())
                .map(|k| format!(" (did you mean {k:?}?)"))
                .unwrap_or_default();
            return Some(format!(
                "revoke: unknown access {kind:?}{hint}: the spec can revoke {}",
                if known.is_empty() {
                    "nothing".to_string()
                } else {
                    known.join(", ")
                }
            ));
        }
        if kinds[..n].contains(kind) {
            return Some(format!("revoke: {kind:?} is listed twice"));
        }
    }
    None
}

fn auto() -> String {
    AUTO.to_string()
}

/// The operation name that picks the least destructive operation an integration supports.
pub const AUTO: &str = "auto";

/// One user in one integrated account, or a person (by email) in one account or in every
/// account of a tenant.
#[derive(Debug, Clone, PartialEq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// The integrated account (empty for a person looked for in a whole tenant).
    #[serde(default, deserialize_with = "yaml::text")]
    pub integrated_account_id: String,
    /// The account's integration (display name or slug); looked up when absent.
    #[serde(default, deserialize_with = "yaml::optional_text")]
    pub integration: Option<String>,
    /// The user's id in the integration (empty for a person given by email), as written: a
    /// YAML string (`user_id: "1234"`; an unquoted number is an error, not converted).
    #[serde(default, deserialize_with = "yaml::text")]
    pub user_id: String,
    /// The person's email, instead of a user id: the user is found by it first.
    #[serde(default, deserialize_with = "yaml::optional_text")]
    pub email: Option<String>,
    /// With `email`: look for the person in every integrated account of this tenant.
    #[serde(default, deserialize_with = "yaml::optional_text")]
    pub tenant_id: Option<String>,
    /// With `email`: parameters for one account's calls (its list, and the operation), by
    /// integrated account id.
    #[serde(default, deserialize_with = "yaml::params_by_key")]
    pub params_by_account: std::collections::BTreeMap<String, Map<String, Value>>,
    /// Overrides the default operation.
    #[serde(default, deserialize_with = "yaml::optional_text")]
    #[schemars(schema_with = "optional_operation_schema")]
    pub operation: Option<String>,
    /// The operation's parameters (wire names), e.g. `{organization_id: acme}`: a parameter
    /// the spec types as text is a YAML string, taken as written.
    #[serde(default, deserialize_with = "yaml::params")]
    pub params: Map<String, Value>,
    /// Overrides the default's access to revoke (`[]`: none).
    #[serde(default, deserialize_with = "optional_texts")]
    #[schemars(schema_with = "optional_revoke_schema")]
    pub revoke: Option<Vec<String>>,
}

fn optional_texts<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Vec<String>>, D::Error> {
    yaml::texts(d).map(Some)
}

impl Target {
    /// What is wrong with the combination of keys the target gives, if anything.
    fn shape_problem(&self) -> Option<String> {
        let blank = |s: &str| s.trim().is_empty();
        let email = self.email.as_deref().map(str::trim);
        match (blank(&self.user_id), email) {
            (true, None) => Some("give `user_id` (the user's id in the app) or `email` (the person, found first)".into()),
            (false, Some(_)) => Some("give `user_id` or `email`, not both".into()),
            (_, Some(e)) if !e.contains('@') => Some(format!("email {e:?} is not an email address")),
            (false, None) if blank(&self.integrated_account_id) => {
                Some("a `user_id` target needs its `integrated_account_id`".into())
            }
            (false, None) if self.tenant_id.is_some() => Some(
                "`tenant_id` goes with `email` (every account of the tenant); a `user_id` target names its `integrated_account_id`".into(),
            ),
            (false, None) if !self.params_by_account.is_empty() => {
                Some("`params_by_account` goes with `email`; use `params` for a `user_id` target".into())
            }
            (true, Some(_)) => match (blank(&self.integrated_account_id), &self.tenant_id) {
                (true, None) => Some(
                    "an `email` target needs `integrated_account_id` (one account) or `tenant_id` (every account of the tenant)".into(),
                ),
                (false, Some(_)) => Some("give `integrated_account_id` or `tenant_id`, not both".into()),
                // A tenant's accounts are of many integrations: each is the account's own.
                (true, Some(_)) if self.integration.is_some() => Some(
                    "`integration` cannot go with `tenant_id`: each account of the tenant has its own (use `integrated_account_id` to name one account and its integration)".into(),
                ),
                _ => None,
            },
            _ => None,
        }
    }
}

/// The operation names: [`AUTO`], then the spec's offboarding operations.
fn operation_names() -> Vec<Value> {
    std::iter::once(AUTO)
        .chain(super::operations().iter().map(|(_, o)| o.operation))
        .map(Value::from)
        .collect()
}

/// An operation's name.
fn operation_schema(_: &mut SchemaGenerator) -> Schema {
    json_schema!({"type": "string", "enum": operation_names()})
}

/// An operation's name, or null (the default's).
fn optional_operation_schema(_: &mut SchemaGenerator) -> Schema {
    let mut names = operation_names();
    names.push(Value::Null);
    json_schema!({"type": ["string", "null"], "enum": names})
}

/// The JSON Schema (draft 2020-12) of plan files, generated from [`Plan`]: what an editor
/// checks a plan against (`generated/schemas/plan.schema.json`, `userdir schema plan`).
///
/// It checks the shape (keys, types, operation names); what depends on several keys at once
/// (`user_id` or `email`, an account or a tenant) is checked when the plan is read.
pub fn plan_schema() -> Value {
    schemars::schema_for!(Plan).to_value()
}

/// A plan that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanError {
    /// The file, when read from one.
    pub file: Option<String>,
    /// The line, when known.
    pub line: Option<usize>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.file, self.line) {
            (Some(file), Some(line)) => write!(f, "{file}: line {line}: {}", self.message),
            (Some(file), None) => write!(f, "{file}: {}", self.message),
            (None, Some(line)) => write!(f, "plan: line {line}: {}", self.message),
            (None, None) => write!(f, "plan: {}", self.message),
        }
    }
}

impl std::error::Error for PlanError {}

impl Plan {
    /// Reads a plan from YAML (JSON is YAML too).
    pub fn from_yaml(text: &str) -> Result<Plan, PlanError> {
        // A file larger or deeper than a plan can be is refused before it is parsed.
        yaml::check_bounds(text).map_err(|(line, message)| PlanError {
            file: None,
            line,
            message,
        })?;
        let plan: Plan = serde_yaml::from_str(text).map_err(|e| {
            let located = yaml::located(text, &e);
            PlanError {
                file: None,
                line: located.line,
                message: located.message,
            }
        })?;
        if plan.targets.is_empty() {
            return Err(PlanError {
                file: None,
                line: None,
                message: "the plan has no targets".into(),
            });
        }
        if let Some(problem) = revoke_problem(&plan.defaults.revoke) {
            return Err(PlanError {
                file: None,
                line: None,
                message: format!("defaults: {problem}"),
            });
        }
        for (i, t) in plan.targets.iter().enumerate() {
            let problem = t
                .shape_problem()
                .or_else(|| t.revoke.as_deref().and_then(revoke_problem));
            if let Some(problem) = problem {
                return Err(PlanError {
                    file: None,
                    line: None,
                    message: format!("targets[{i}]: {problem}"),
                });
            }
        }
        Ok(plan)
    }

    /// The operation `target` asks for: its own, or the default.
    pub fn operation_of<'a>(&'a self, target: &'a Target) -> &'a str {
        target
            .operation
            .as_deref()
            .unwrap_or(&self.defaults.operation)
    }

    /// Checks the default's access kinds (after a caller set them, as `--revoke` does).
    pub fn check_revoke(&self) -> Result<(), PlanError> {
        match revoke_problem(&self.defaults.revoke) {
            Some(message) => Err(PlanError {
                file: None,
                line: None,
                message,
            }),
            None => Ok(()),
        }
    }

    /// The access `target` asks to revoke: its own list, or the default.
    pub fn revoke_of<'a>(&'a self, target: &'a Target) -> &'a [String] {
        target.revoke.as_deref().unwrap_or(&self.defaults.revoke)
    }

    /// Reads a plan file.
    pub fn from_file(path: &Path) -> Result<Plan, PlanError> {
        let file = Some(path.display().to_string());
        let text = std::fs::File::open(path)
            .map_err(|e| format!("cannot read: {e}"))
            .and_then(yaml::read_limited)
            .map_err(|message| PlanError {
                file: file.clone(),
                line: None,
                message,
            })?;
        Plan::from_yaml(&text).map_err(|e| PlanError { file, ..e })
    }

    /// Reads a plan's text from `reader` (a file, stdin) without holding more than a plan may
    /// be (16 MiB): the text, to be given to
    /// [`Plan::from_yaml`] (and hashed for the report).
    pub fn read_text(reader: impl std::io::Read) -> Result<String, PlanError> {
        yaml::read_limited(reader).map_err(|message| PlanError {
            file: None,
            line: None,
            message,
        })
    }
}
