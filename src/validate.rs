//! The validation engine behind every generated `validate(integration, mode)`.
//!
//! It reads only the endpoint's [`EndpointSpec`] and the request's set fields, so every endpoint
//! and integration in the spec is checked the same way, and every problem is reported at once.

use std::fmt;

use serde::Serialize;
use serde_json::Value;

use crate::Integration;
use crate::spec::{EndpointSpec, Location, ParamType, ParameterSpec};

/// How strictly per-integration rules are applied.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Everything the integration would reject or ignore is an error (the default).
    #[default]
    Strict,
    /// For a spec that may be older than the API: a parameter the integration is not known to
    /// accept, an endpoint it is not known to support and an enum value the spec does not know
    /// are warnings, not errors. Missing required values, broken rules and malformed UUIDs are
    /// still errors.
    Lenient,
}

/// Whether a violation blocks the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The request must not be sent.
    Error,
    /// The request may be sent; the API may ignore or reject part of it.
    Warning,
}

/// Which rule a violation breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// The integration does not support the endpoint.
    EndpointNotSupported,
    /// A parameter every integration requires is missing or empty.
    Required,
    /// A parameter this integration requires is missing or empty.
    RequiredInIntegration,
    /// None of the parameters of an "at least one of" rule is set.
    AtLeastOneOf,
    /// A parameter is set that the integration neither requires nor supports.
    NotSupportedInIntegration,
    /// An enum parameter has a value outside its list.
    InvalidEnumValue,
    /// A UUID parameter is not a hyphenated UUID.
    InvalidUuid,
    /// The response format is not offered by the endpoint.
    ResponseFormatNotAllowed,
}

impl Rule {
    /// The rule's name as used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::EndpointNotSupported => "endpoint_not_supported",
            Rule::Required => "required",
            Rule::RequiredInIntegration => "required_in_integration",
            Rule::AtLeastOneOf => "at_least_one_of",
            Rule::NotSupportedInIntegration => "not_supported_in_integration",
            Rule::InvalidEnumValue => "invalid_enum_value",
            Rule::InvalidUuid => "invalid_uuid",
            Rule::ResponseFormatNotAllowed => "response_format_not_allowed",
        }
    }
}

/// One problem with a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Violation {
    /// The Rust field (and setter) name(s); `None` when the problem is the endpoint itself.
    pub field: Option<String>,
    /// The wire name(s) of the parameter(s).
    pub wire_name: Option<String>,
    /// Where the parameter travels.
    pub location: Option<Location>,
    /// The integration the request was checked against (`None`: unknown, per-integration rules
    /// skipped).
    pub integration: Option<Integration>,
    /// The rule broken.
    pub rule: Rule,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong and how to fix it.
    pub message: String,
}

/// Every problem found in one request, for one endpoint and integration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ValidationReport {
    /// The endpoint's dotted name.
    pub endpoint: &'static str,
    /// The integration checked against (`None`: unknown, per-integration rules skipped).
    pub integration: Option<Integration>,
    /// The mode used.
    pub mode: Mode,
    /// All violations, errors and warnings, in spec order.
    pub violations: Vec<Violation>,
}

impl ValidationReport {
    /// No errors (warnings allowed).
    pub fn is_ok(&self) -> bool {
        self.errors().next().is_none()
    }

    /// The violations that block the request.
    pub fn errors(&self) -> impl Iterator<Item = &Violation> {
        self.violations
            .iter()
            .filter(|v| v.severity == Severity::Error)
    }

    /// The violations that do not block the request.
    pub fn warnings(&self) -> impl Iterator<Item = &Violation> {
        self.violations
            .iter()
            .filter(|v| v.severity == Severity::Warning)
    }

    /// `Ok` with the report (which may hold warnings) when there is no error, else `Err`.
    pub fn into_result(self) -> Result<ValidationReport, ValidationReport> {
        if self.is_ok() { Ok(self) } else { Err(self) }
    }
}

impl fmt::Display for ValidationReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let errors = self.errors().count();
        let warnings = self.violations.len() - errors;
        let integration = match self.integration {
            Some(i) => i.name(),
            None => "an unknown integration (per-integration rules not checked)",
        };
        write!(
            f,
            "{} for {integration}: {errors} error(s), {warnings} warning(s)",
            self.endpoint,
        )?;
        for v in &self.violations {
            let sev = match v.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            write!(f, "\n  - {sev} [{}]: {}", v.rule.as_str(), v.message)?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationReport {}

/// A parameter value the request sets, as it will be encoded.
#[derive(Debug, Clone, PartialEq)]
pub struct WireField {
    /// The parameter.
    pub spec: &'static ParameterSpec,
    /// Its JSON value (strings, booleans, arrays, objects).
    pub value: Value,
}

fn is_blank(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(a) => a.is_empty(),
        _ => false,
    }
}

fn list(names: &[&str]) -> String {
    names.join(", ")
}

/// Integration names for a message: all of them when few, else the first few and a count.
fn integration_names(integrations: &[Integration]) -> String {
    const SHOWN: usize = 6;
    let names: Vec<&str> = integrations.iter().take(SHOWN).map(|i| i.name()).collect();
    match integrations.len() {
        0 => "no integration".to_string(),
        n if n <= SHOWN => list(&names),
        n => format!("{} and {} more", list(&names), n - SHOWN),
    }
}

/// How to set a parameter, in Rust and on the `userdir` command line.
fn setter(p: &ParameterSpec) -> String {
    format!(
        "`.{}(…)` (CLI `--{}`)",
        p.rust_name,
        p.name.replace('_', "-")
    )
}

fn describe(p: &ParameterSpec) -> String {
    format!("`{}` ({} `{}`)", p.rust_name, p.location.as_str(), p.name)
}

/// Whether `s` is a UUID in its hyphenated form (`8-4-4-4-12` hex digits).
pub fn is_hyphenated_uuid(s: &str) -> bool {
    s.len() == 36 && uuid::Uuid::try_parse(s).is_ok()
}

/// Checks the set `fields` of a request to `endpoint` against what `integration` requires and
/// accepts. Every violation is reported; the order follows the spec.
pub fn validate(
    endpoint: &'static EndpointSpec,
    fields: &[WireField],
    integration: Integration,
    mode: Mode,
) -> ValidationReport {
    check(endpoint, fields, Some(integration), mode)
}

/// Checks what can be checked without knowing the integration: parameters every integration
/// requires, UUIDs, enum values and the response format. Per-integration rules are skipped.
pub fn validate_without_integration(
    endpoint: &'static EndpointSpec,
    fields: &[WireField],
    mode: Mode,
) -> ValidationReport {
    check(endpoint, fields, None, mode)
}

fn check(
    endpoint: &'static EndpointSpec,
    fields: &[WireField],
    integration: Option<Integration>,
    mode: Mode,
) -> ValidationReport {
    let soft = match mode {
        Mode::Strict => Severity::Error,
        Mode::Lenient => Severity::Warning,
    };
    let mut violations = Vec::new();
    let value_of = |name: &str| {
        fields
            .iter()
            .find(|f| f.spec.name == name)
            .map(|f| &f.value)
            .filter(|v| !is_blank(v))
    };
    let supported = integration.is_some_and(|i| endpoint.supports(i));
    if let Some(i) = integration.filter(|_| !supported) {
        let elsewhere: Vec<&str> = crate::ENDPOINTS
            .iter()
            .filter(|e| e.supports(i))
            .map(|e| e.name)
            .collect();
        let alternatives = if elsewhere.is_empty() {
            "no endpoint in this spec".to_string()
        } else {
            list(&elsewhere)
        };
        violations.push(Violation {
            field: None,
            wire_name: None,
            location: None,
            integration,
            rule: Rule::EndpointNotSupported,
            severity: soft,
            message: format!(
                "{} does not support {} (supported by: {}); for {} use {}",
                i.name(),
                endpoint.name,
                integration_names(endpoint.integrations),
                i.name(),
                alternatives
            ),
        });
    }
    for p in endpoint.parameters {
        let value = value_of(p.name);
        let note = integration
            .and_then(|i| p.note_for(i).map(|n| format!(" ({}: {n})", i.name())))
            .unwrap_or_default();
        let mut push = |rule: Rule, severity: Severity, message: String| {
            violations.push(Violation {
                field: Some(p.rust_name.to_string()),
                wire_name: Some(p.name.to_string()),
                location: Some(p.location),
                integration,
                rule,
                severity,
                message,
            })
        };
        let Some(value) = value else {
            if p.required {
                push(
                    Rule::Required,
                    Severity::Error,
                    format!(
                        "{} is required on {} and is missing or empty: set it with {} — {}",
                        describe(p),
                        endpoint.name,
                        setter(p),
                        p.description
                    ),
                );
            } else if let Some(i) = integration.filter(|i| supported && p.required_in.contains(i)) {
                push(
                    Rule::RequiredInIntegration,
                    Severity::Error,
                    format!(
                        "{} is required by {} on {} and is missing or empty: set it with {} — {}{note}",
                        describe(p),
                        i.name(),
                        endpoint.name,
                        setter(p),
                        p.description
                    ),
                );
            }
            continue;
        };
        if let Some(i) = integration.filter(|i| supported && !p.is_accepted_in(*i)) {
            let accepted: Vec<Integration> = p
                .required_in
                .iter()
                .chain(p.supported_in)
                .copied()
                .collect();
            push(
                Rule::NotSupportedInIntegration,
                soft,
                format!(
                    "{} is set, but {} neither requires nor supports it on {}, so the API would ignore it: remove it (it is accepted by: {}), or validate in lenient mode to send it anyway",
                    describe(p),
                    i.name(),
                    endpoint.name,
                    integration_names(&accepted)
                ),
            );
        }
        let text = value.as_str();
        match (p.ty, text) {
            (ParamType::Enum, Some(s)) if !p.values.contains(&s) => push(
                Rule::InvalidEnumValue,
                soft,
                format!(
                    "{} is {s:?}, which is not one of its values: use one of {}",
                    describe(p),
                    list(p.values)
                ),
            ),
            (ParamType::ResponseFormat, Some(s)) if !endpoint.response_formats.contains(&s) => {
                push(
                    Rule::ResponseFormatNotAllowed,
                    soft,
                    format!(
                        "{} is {s:?}, which {} does not offer: use one of {}",
                        describe(p),
                        endpoint.name,
                        list(endpoint.response_formats)
                    ),
                )
            }
            (ParamType::Uuid, Some(s)) if !is_hyphenated_uuid(s) => push(
                Rule::InvalidUuid,
                Severity::Error,
                format!(
                    "{} is {s:?}, which is not a hyphenated UUID such as 62f44730-dd91-461e-bd6a-aedd9e0ad79d: use the id Truto gave the integrated account",
                    describe(p)
                ),
            ),
            _ => {}
        }
    }
    if let Some(i) = integration.filter(|_| supported) {
        for rule in endpoint.rules_for(i) {
            if rule.at_least_one_of.iter().any(|n| value_of(n).is_some()) {
                continue;
            }
            let params: Vec<&ParameterSpec> = rule
                .at_least_one_of
                .iter()
                .filter_map(|n| endpoint.parameter(n))
                .collect();
            let rust: Vec<&str> = params.iter().map(|p| p.rust_name).collect();
            let setters: Vec<String> = params.iter().map(|p| setter(p)).collect();
            violations.push(Violation {
                field: Some(rust.join(" | ")),
                wire_name: Some(rule.at_least_one_of.join(" | ")),
                location: params.first().map(|p| p.location),
                integration,
                rule: Rule::AtLeastOneOf,
                severity: Severity::Error,
                message: format!(
                    "{} requires at least one of {} on {}: set one with {} — {}",
                    i.name(),
                    list(rule.at_least_one_of),
                    endpoint.name,
                    setters.join(" or "),
                    rule.note
                ),
            });
        }
    }
    ValidationReport {
        endpoint: endpoint.name,
        integration,
        mode,
        violations,
    }
}
