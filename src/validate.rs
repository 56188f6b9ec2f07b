//! The validation engine behind every generated `validate(integration, mode)`.
//!
//! It reads only the endpoint's [`EndpointSpec`] and the request's set fields, so every endpoint
//! and integration in the spec is checked the same way, and every problem is reported at once.

use std::fmt;

use serde::Serialize;
use serde_json::Value;

use crate::Integration;
use crate::ResponseFormat;
use crate::spec::{
    BodyHandling, EndpointSpec, Location, MAX_PARAMETERS, ParamRole, ParamType, ParameterSpec,
    SubFieldSpec, SubFieldType,
};
pub use crate::value::{AsField, Field, FieldValue, Items, WireField};

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
    /// The page counts more integrations than it names, and not this one: whether it supports
    /// the endpoint is not known (always a warning; the call may be sent).
    EndpointSupportUnknown,
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
    /// An integer parameter is not a whole number of at least 0.
    NotAWholeNumber,
    /// A value is not of its parameter's (or sub-field's) declared type: a number where text
    /// is declared, an item that is not an object, …
    WrongType,
    /// An object-array item has a field its parameter does not declare.
    UnknownSubField,
}

impl Rule {
    /// The rule's name as used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::EndpointNotSupported => "endpoint_not_supported",
            Rule::EndpointSupportUnknown => "endpoint_support_unknown",
            Rule::Required => "required",
            Rule::RequiredInIntegration => "required_in_integration",
            Rule::AtLeastOneOf => "at_least_one_of",
            Rule::NotSupportedInIntegration => "not_supported_in_integration",
            Rule::InvalidEnumValue => "invalid_enum_value",
            Rule::InvalidUuid => "invalid_uuid",
            Rule::ResponseFormatNotAllowed => "response_format_not_allowed",
            Rule::NotAWholeNumber => "not_a_whole_number",
            Rule::WrongType => "wrong_type",
            Rule::UnknownSubField => "unknown_sub_field",
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
pub(crate) fn setter(p: &ParameterSpec) -> String {
    format!(
        "`.{}(…)` (CLI `--{}`)",
        p.rust_name,
        p.name.replace('_', "-")
    )
}

/// What a message about a value that must be text, but is a number or boolean, tells to do.
pub(crate) const QUOTE_IT: &str = "quote it";

fn describe(p: &ParameterSpec) -> String {
    format!("`{}` ({} `{}`)", p.rust_name, p.location.as_str(), p.name)
}

/// Whether `s` is a UUID in its hyphenated form (`8-4-4-4-12` hex digits).
pub fn is_hyphenated_uuid(s: &str) -> bool {
    // One loop over 36 bytes: less code for a call to run through than a general UUID parser
    // (which also reads other forms), for the same answer.
    let b = s.as_bytes();
    b.len() == 36
        && [b[8], b[13], b[18], b[23]] == [b'-'; 4]
        && [&b[..8], &b[9..13], &b[14..18], &b[19..23], &b[24..]]
            .into_iter()
            .all(hex_digits)
}

/// Whether every byte is a hex digit. Out of line, so that the check above stays one short
/// loop (not unrolled into a copy per byte).
#[inline(never)]
fn hex_digits(bytes: &[u8]) -> bool {
    bytes.iter().all(u8::is_ascii_hexdigit)
}

/// Checks the set `fields` of a request to `endpoint` against what `integration` requires and
/// accepts. Every violation is reported; the order follows the spec.
pub fn validate(
    endpoint: &'static EndpointSpec,
    fields: &[WireField],
    integration: Integration,
    mode: Mode,
) -> ValidationReport {
    report(
        endpoint,
        &WireField::fields(fields),
        Some(integration),
        mode,
    )
}

/// Checks what can be checked without knowing the integration: parameters every integration
/// requires, UUIDs, enum values and the response format. Per-integration rules are skipped.
pub fn validate_without_integration(
    endpoint: &'static EndpointSpec,
    fields: &[WireField],
    mode: Mode,
) -> ValidationReport {
    report(endpoint, &WireField::fields(fields), None, mode)
}

/// Every problem with the borrowed `fields` of a request to `endpoint`, for `integration`
/// (`None`: per-integration rules skipped).
pub fn report(
    endpoint: &'static EndpointSpec,
    fields: &[Field<'_>],
    integration: Option<Integration>,
    mode: Mode,
) -> ValidationReport {
    Checker::new(endpoint, fields, integration, mode).run()
}

/// A request that passed validation, with what sending it needs: no field is looked up by name
/// or role again.
#[derive(Debug)]
pub struct Checked<'a> {
    /// The endpoint.
    pub endpoint: &'static EndpointSpec,
    /// The integration it was checked for (`None`: unknown, shared checks only).
    pub integration: Option<Integration>,
    /// The fields it sets, in spec order.
    pub fields: Vec<Field<'a>>,
    /// Warnings (lenient mode, unknown integration); `None` when there are none.
    pub warnings: Option<ValidationReport>,
    /// The integrated account it acts on (empty when the endpoint has none).
    pub account: &'a str,
    /// The response format asked for (`None`: not set, the API's default, a decoded body).
    pub format: Option<ResponseFormat>,
    /// `truto_ignore_remote_data` is set.
    pub ignore_remote_data: bool,
    /// The fields `truto_exclude_fields` leaves out.
    pub exclude_fields: Vec<&'a str>,
}

impl<'a> Checked<'a> {
    /// Validates `fields` for `integration` (`None`: shared checks only) and, when there is no
    /// error, returns the checked request.
    pub fn new(
        endpoint: &'static EndpointSpec,
        fields: Vec<Field<'a>>,
        integration: Option<Integration>,
        mode: Mode,
    ) -> Result<Checked<'a>, ValidationReport> {
        let report = report(endpoint, &fields, integration, mode);
        if !report.is_ok() {
            return Err(report);
        }
        let mut checked = Checked {
            endpoint,
            integration,
            fields: Vec::new(),
            warnings: (!report.violations.is_empty()).then_some(report),
            account: "",
            format: None,
            ignore_remote_data: false,
            exclude_fields: Vec::new(),
        };
        for f in &fields {
            match f.spec.role {
                Some(ParamRole::IntegratedAccount) => {
                    checked.account = f.value.as_str().unwrap_or_default()
                }
                Some(ParamRole::ResponseFormat) => {
                    if let Some(s) = f.value.as_str() {
                        checked.format = Some(ResponseFormat::from(s));
                    }
                }
                Some(ParamRole::IgnoreRemoteData) => {
                    checked.ignore_remote_data = f.value.as_bool() == Some(true)
                }
                Some(ParamRole::ExcludeFields) => checked.exclude_fields = f.value.texts(),
                Some(ParamRole::User | ParamRole::Cursor | ParamRole::Limit) | None => {}
            }
        }
        checked.fields = fields;
        Ok(checked)
    }

    /// What the client does with a success body.
    pub fn body_handling(&self) -> BodyHandling {
        let format = self.format.as_ref();
        format.map_or(BodyHandling::Typed, ResponseFormat::body_handling)
    }
}

/// The parameters `fields` set to a value that is not blank (blank counts as not set, as in
/// `value_of`), as bits (bit `n`: `parameters[n]`), when each field points at one of
/// `endpoint`'s table entries, in table order, each at most once; `None` otherwise (or with
/// more than [`MAX_PARAMETERS`] parameters).
fn set_in_order(endpoint: &EndpointSpec, fields: &[Field<'_>]) -> Option<u64> {
    if endpoint.parameters.len() > MAX_PARAMETERS {
        return None;
    }
    let mut set = 0u64;
    let mut from = 0;
    for f in fields {
        let n = from
            + endpoint.parameters[from..]
                .iter()
                .position(|p| std::ptr::eq(*p, f.spec))?;
        if !f.value.is_blank() {
            set |= 1 << n;
        }
        from = n + 1;
    }
    Some(set)
}

/// One validation pass: the endpoint, the fields, and the violations found so far.
struct Checker<'f, 'a> {
    endpoint: &'static EndpointSpec,
    fields: &'f [Field<'a>],
    integration: Option<Integration>,
    /// The integration is known and supports the endpoint.
    supported: Option<Integration>,
    /// Every field points at one of the endpoint's table entries (typed requests): fields are
    /// found by address, never by name.
    by_address: bool,
    /// Which of the endpoint's parameters the fields set to a value that is not blank (bit
    /// `n`: `parameters[n]`), when every field points at a table entry, in table order, each at
    /// most once (typed requests); `None` otherwise.
    in_order: Option<u64>,
    mode: Mode,
    soft: Severity,
    violations: Vec<Violation>,
}

impl<'f, 'a> Checker<'f, 'a> {
    fn new(
        endpoint: &'static EndpointSpec,
        fields: &'f [Field<'a>],
        integration: Option<Integration>,
        mode: Mode,
    ) -> Self {
        // The admin API is not called for an integrated account: no integration applies.
        let integration = integration.filter(|_| !endpoint.admin);
        let in_order = set_in_order(endpoint, fields);
        Checker {
            endpoint,
            fields,
            integration,
            supported: integration.filter(|i| endpoint.supports(*i)),
            by_address: in_order.is_some()
                || fields
                    .iter()
                    .all(|f| endpoint.parameters.iter().any(|p| std::ptr::eq(*p, f.spec))),
            in_order,
            mode,
            soft: match mode {
                Mode::Strict => Severity::Error,
                Mode::Lenient => Severity::Warning,
            },
            violations: Vec::new(),
        }
    }

    fn run(mut self) -> ValidationReport {
        if let Some(i) = self.integration.filter(|_| self.supported.is_none()) {
            self.unsupported_endpoint(i);
        }
        if self.nothing_missing_or_unaccepted() {
            // The same checks as below, for the set fields only: each is accepted and every
            // required parameter is set, so `missing` and the acceptance check find nothing.
            for f in self.fields {
                if !f.value.is_blank() {
                    self.value(f.spec, f.value);
                }
            }
        } else {
            for p in self.endpoint.parameters {
                match self.value_of(p) {
                    None => self.missing(p),
                    Some(value) => self.present(p, value),
                }
            }
        }
        if let Some(i) = self.supported {
            self.rules(i);
        }
        ValidationReport {
            endpoint: self.endpoint.name,
            integration: self.integration,
            mode: self.mode,
            violations: self.violations,
        }
    }

    fn value_of(&self, p: &ParameterSpec) -> Option<FieldValue<'a>> {
        // Fields point at the endpoint's own table entries: compare addresses first, names only
        // for fields built against a copy of the table.
        let found = self.fields.iter().find(|f| std::ptr::eq(f.spec, p));
        let found = match found {
            None if !self.by_address => self.fields.iter().find(|f| f.spec.name == p.name),
            found => found,
        };
        found.map(|f| f.value).filter(|v| !v.is_blank())
    }

    fn push(&mut self, p: &ParameterSpec, rule: Rule, severity: Severity, message: String) {
        self.violations.push(Violation {
            field: Some(p.rust_name.to_string()),
            wire_name: Some(p.name.to_string()),
            location: Some(p.location),
            integration: self.integration,
            rule,
            severity,
            message,
        });
    }

    fn unsupported_endpoint(&mut self, i: Integration) {
        if let Some(unnamed) = self.endpoint.unnamed_integrations {
            let count = unnamed
                .count
                .map(|n| format!(" counts {n} integrations but"))
                .unwrap_or_default();
            let named = if self.endpoint.integrations.is_empty() {
                "names none".to_string()
            } else {
                format!(
                    "names only {}",
                    integration_names(self.endpoint.integrations)
                )
            };
            self.violations.push(Violation {
                field: None,
                wire_name: None,
                location: None,
                integration: self.integration,
                rule: Rule::EndpointSupportUnknown,
                severity: Severity::Warning,
                message: format!(
                    "whether {} supports {} is not known: the page{count} {named} ({}); the call is sent, and an answer that the integration lacks the method says so",
                    i.name(),
                    self.endpoint.name,
                    unnamed.source
                ),
            });
            return;
        }
        // The alternatives are the integration's endpoints of the same resource (`users.delete`
        // for `users.suspend`), not every endpoint it has (`licenses.list` is no alternative).
        let resource = |name: &str| name.split('.').next().unwrap_or_default().to_string();
        let wanted = resource(self.endpoint.name);
        let elsewhere: Vec<&str> = (self.endpoint.api.endpoints_of(i))
            .map(|e| e.name)
            .filter(|name| resource(name) == wanted)
            .collect();
        let alternatives = if elsewhere.is_empty() {
            format!("{} has no {wanted} endpoint in this spec", i.name())
        } else {
            format!("for {} use {}", i.name(), list(&elsewhere))
        };
        self.violations.push(Violation {
            field: None,
            wire_name: None,
            location: None,
            integration: self.integration,
            rule: Rule::EndpointNotSupported,
            severity: self.soft,
            message: format!(
                "{} does not support {} (supported by: {}); {alternatives}",
                i.name(),
                self.endpoint.name,
                integration_names(self.endpoint.integrations),
            ),
        });
    }

    fn missing(&mut self, p: &ParameterSpec) {
        let endpoint = self.endpoint.name;
        if p.is_required_everywhere() {
            let message = format!(
                "{} is required on {endpoint} and is missing or empty: set it with {} — {}",
                describe(p),
                setter(p),
                p.description
            );
            self.push(p, Rule::Required, Severity::Error, message);
        } else if let Some(i) = self.supported.filter(|i| p.is_required_in(*i)) {
            let note = p
                .note_for(i)
                .map(|n| format!(" ({}: {n})", i.name()))
                .unwrap_or_default();
            let message = format!(
                "{} is required by {} on {endpoint} and is missing or empty: set it with {} — {}{note}",
                describe(p),
                i.name(),
                setter(p),
                p.description
            );
            self.push(p, Rule::RequiredInIntegration, Severity::Error, message);
        }
    }

    /// Whether, by the endpoint's [`Presence`] sets, every parameter the request must set is
    /// set and every set one is accepted (`false` also when that is not known that way: fields
    /// out of table order).
    fn nothing_missing_or_unaccepted(&self) -> bool {
        let (Some(set), Some(presence)) = (self.in_order, self.endpoint.presence(self.supported))
        else {
            return false;
        };
        presence.required & !set == 0 && set & !presence.accepted == 0
    }

    fn present(&mut self, p: &ParameterSpec, value: FieldValue<'a>) {
        if let Some(i) = self.supported.filter(|i| !p.is_accepted_in(*i)) {
            let accepted: Vec<Integration> = p
                .acceptance
                .listed_required()
                .iter()
                .chain(p.acceptance.listed_supported())
                .copied()
                .collect();
            let message = format!(
                "{} is set, but {} neither requires nor supports it on {}, so the API would ignore it: remove it (it is accepted by: {}), or validate in lenient mode to send it anyway",
                describe(p),
                i.name(),
                self.endpoint.name,
                integration_names(&accepted)
            );
            self.push(p, Rule::NotSupportedInIntegration, self.soft, message);
        }
        self.value(p, value);
    }

    /// The checks of a set value: its type, shape, enum values, format and UUID.
    fn value(&mut self, p: &ParameterSpec, value: FieldValue<'a>) {
        if p.ty == ParamType::Integer {
            let whole = match value {
                FieldValue::Int(_) => true,
                FieldValue::Json(Value::Number(n)) => n.is_u64(),
                _ => value.as_str().is_some_and(|s| s.parse::<u64>().is_ok()),
            };
            if !whole {
                let message = format!(
                    "{} must be a whole number of at least 0, such as 100",
                    describe(p)
                );
                self.push(p, Rule::NotAWholeNumber, Severity::Error, message);
            }
            return;
        }
        if let FieldValue::Json(json) = value
            && !self.shape(p, json)
        {
            return;
        }
        let Some(s) = value.as_str() else { return };
        match p.ty {
            ParamType::Enum(values) if !values.contains(&s) => {
                let message = format!(
                    "{} is {s:?}, which is not one of its values: use one of {}",
                    describe(p),
                    list(values)
                );
                self.push(p, Rule::InvalidEnumValue, self.soft, message);
            }
            ParamType::ResponseFormat if !self.endpoint.offers(&ResponseFormat::from(s)) => {
                let offered = self.endpoint.response_format_names();
                let message = format!(
                    "{} is {s:?}, which {} does not offer: use one of {}",
                    describe(p),
                    self.endpoint.name,
                    list(&offered)
                );
                self.push(p, Rule::ResponseFormatNotAllowed, self.soft, message);
            }
            ParamType::Uuid if !is_hyphenated_uuid(s) => {
                let message = format!(
                    "{} is {s:?}, which is not a hyphenated UUID such as 62f44730-dd91-461e-bd6a-aedd9e0ad79d: use the id Truto gave the integrated account",
                    describe(p)
                );
                self.push(p, Rule::InvalidUuid, Severity::Error, message);
            }
            _ => {}
        }
    }

    /// " for GitHub", or nothing when the integration is unknown.
    fn for_integration(&self) -> String {
        self.integration
            .map(|i| format!(" for {}", i.name()))
            .unwrap_or_default()
    }

    /// Checks that an untyped value has its parameter's declared shape: text where text is
    /// declared (never a number taken for one), lists of texts, objects, and object-array
    /// items with only their declared sub-fields, each of its declared type. Whether it does.
    fn shape(&mut self, p: &ParameterSpec, value: &Value) -> bool {
        let before = self.violations.len();
        let on = self.for_integration();
        let wrong = |what: String, expected: &str, found: &Value| {
            let fix = match (expected, found) {
                ("text", Value::Number(_) | Value::Bool(_)) => format!(
                    ": {QUOTE_IT} (\"{found}\"), exactly as the id or name is written, for it is sent as text and never converted"
                ),
                _ => format!(": give {expected}"),
            };
            format!("{what}{on} must be {expected}, not {found}{fix}")
        };
        match (p.ty, value) {
            (ParamType::Integer, _) => {}
            (
                ParamType::String
                | ParamType::Uuid
                | ParamType::Enum(_)
                | ParamType::ResponseFormat,
                Value::String(_),
            )
            | (ParamType::Boolean, Value::Bool(_))
            | (ParamType::Object, Value::Object(_)) => {}
            (ParamType::StringArray, Value::String(_)) => {}
            (ParamType::StringArray, Value::Array(items)) => {
                for (n, item) in items.iter().enumerate().filter(|(_, v)| !v.is_string()) {
                    let message = wrong(format!("{} item {n}", describe(p)), "text", item);
                    self.push(p, Rule::WrongType, Severity::Error, message);
                }
            }
            (ParamType::ObjectArray(fields), Value::Array(items)) => {
                for (n, item) in items.iter().enumerate() {
                    let Value::Object(item) = item else {
                        let message = wrong(
                            format!("{} item {n}", describe(p)),
                            "an object of its fields",
                            item,
                        );
                        self.push(p, Rule::WrongType, Severity::Error, message);
                        continue;
                    };
                    for (name, v) in item {
                        self.sub_field(p, fields, n, name, v, &wrong);
                    }
                }
            }
            (ty, found) => {
                let expected = match ty {
                    ParamType::Boolean => "true or false",
                    ParamType::StringArray => "a list of texts",
                    ParamType::ObjectArray(_) => "a list of objects",
                    ParamType::Object => "an object",
                    _ => "text",
                };
                let message = wrong(describe(p), expected, found);
                self.push(p, Rule::WrongType, Severity::Error, message);
            }
        }
        self.violations.len() == before
    }

    /// One field `name` of item `n` of the object array `p`.
    fn sub_field(
        &mut self,
        p: &ParameterSpec,
        fields: &'static [SubFieldSpec],
        n: usize,
        name: &str,
        value: &Value,
        wrong: &dyn Fn(String, &str, &Value) -> String,
    ) {
        let what = format!("{} item {n} field `{name}`", describe(p));
        let Some(field) = fields.iter().find(|f| f.name == name) else {
            let declared: Vec<String> = fields
                .iter()
                .map(|f| format!("{} ({})", f.name, f.ty.as_str()))
                .collect();
            let message = format!(
                "{what}{} is not one of its fields, so it would reach the API as `{}[{n}][{name}]`: remove it (the fields are {})",
                self.for_integration(),
                p.name,
                declared.join(", ")
            );
            self.push(p, Rule::UnknownSubField, self.soft, message);
            return;
        };
        let (fits, expected) = match field.ty {
            SubFieldType::String => (value.is_string(), "text"),
            SubFieldType::Boolean => (value.is_boolean(), "true or false"),
        };
        if !fits {
            self.push(
                p,
                Rule::WrongType,
                Severity::Error,
                wrong(what, expected, value),
            );
        }
    }

    fn rules(&mut self, i: Integration) {
        for rule in self.endpoint.rules_for(i) {
            let set = |n: &&str| {
                self.endpoint
                    .parameter(n)
                    .is_some_and(|p| self.value_of(p).is_some())
            };
            if rule.at_least_one_of.iter().any(set) {
                continue;
            }
            let params: Vec<&ParameterSpec> = rule
                .at_least_one_of
                .iter()
                .filter_map(|n| self.endpoint.parameter(n))
                .collect();
            let rust: Vec<&str> = params.iter().map(|p| p.rust_name).collect();
            let setters: Vec<String> = params.iter().map(|p| setter(p)).collect();
            self.violations.push(Violation {
                field: Some(rust.join(" | ")),
                wire_name: Some(rule.at_least_one_of.join(" | ")),
                location: params.first().map(|p| p.location),
                integration: self.integration,
                rule: Rule::AtLeastOneOf,
                severity: Severity::Error,
                message: format!(
                    "{} requires at least one of {} on {}: set one with {} — {}",
                    i.name(),
                    list(rule.at_least_one_of),
                    self.endpoint.name,
                    setters.join(" or "),
                    rule.note
                ),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use serde_json::{Value, json};

    use super::{Checker, Field, FieldValue, Mode, is_hyphenated_uuid};
    use crate::Integration;
    use crate::testing::API;

    /// The catalogue's integrations and one it does not know.
    const INTEGRATIONS: [Integration; 5] = [
        Integration::Asana,
        Integration::GitHub,
        Integration::Okta,
        Integration::Zendesk,
        Integration::SlackEnterprise,
    ];

    /// Values of every shape, well formed and not: text, a UUID, blank, the wrong type.
    fn values() -> Vec<Value> {
        vec![
            json!("acme"),
            json!("62f44730-dd91-461e-bd6a-aedd9e0ad79d"),
            json!("unified"),
            json!("raw"),
            json!(""),
            json!(null),
            json!(true),
            json!(7),
            json!(["a", "b"]),
            json!([]),
            json!({"id": "g1"}),
            json!([{"email": "a@example.com", "is_primary": true}]),
            json!([{"nope": 1}]),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        /// Checking the set fields against an endpoint's presence sets reports exactly what the
        /// parameter-by-parameter pass reports, for any endpoint, integration (known or not,
        /// with the endpoint or without), mode, set of fields, values and field order.
        #[test]
        fn the_quick_check_reports_what_the_full_pass_reports(
            endpoint in 0..API.endpoints.len(),
            integration in prop::option::of(0..INTEGRATIONS.len()),
            lenient in any::<bool>(),
            chosen in prop::collection::vec((any::<prop::sample::Index>(), 0..13usize), 0..8),
            sorted in any::<bool>(),
        ) {
            let endpoint = API.endpoints[endpoint];
            let integration = integration.map(|i| INTEGRATIONS[i]);
            let mode = if lenient { Mode::Lenient } else { Mode::Strict };
            let values = values();
            let mut picked: Vec<(usize, usize)> = chosen
                .iter()
                .map(|(p, v)| (p.index(endpoint.parameters.len()), *v))
                .collect();
            if sorted {
                picked.sort_by_key(|(p, _)| *p);
                picked.dedup_by_key(|(p, _)| *p);
            }
            let fields: Vec<Field<'_>> = picked
                .iter()
                .map(|&(p, v)| Field {
                    spec: endpoint.parameters[p],
                    value: FieldValue::Json(&values[v]),
                })
                .collect();
            let quick = Checker::new(endpoint, &fields, integration, mode).run();
            let mut full = Checker::new(endpoint, &fields, integration, mode);
            full.in_order = None;
            prop_assert_eq!(quick, full.run());
        }
    }

    /// The quick check is taken (so the property above compares two ways): a request that sets
    /// what its integration requires, in table order, passes it; one that misses a required
    /// parameter does not.
    #[test]
    fn requests_that_set_what_is_required_take_the_quick_check() {
        let text = json!("x");
        let mut quick = 0;
        for &endpoint in API.endpoints {
            for &i in INTEGRATIONS.iter().filter(|i| endpoint.supports(**i)) {
                let required: Vec<Field<'_>> = endpoint
                    .parameters
                    .iter()
                    .filter(|p| p.is_required_in(i))
                    .map(|&spec| Field {
                        spec,
                        value: FieldValue::Json(&text),
                    })
                    .collect();
                let checker = Checker::new(endpoint, &required, Some(i), Mode::Strict);
                assert!(
                    checker.nothing_missing_or_unaccepted(),
                    "{} {i:?}",
                    endpoint.name
                );
                quick += 1;
                if required.len() > 1 {
                    let fewer = &required[1..];
                    let checker = Checker::new(endpoint, fewer, Some(i), Mode::Strict);
                    assert!(!checker.nothing_missing_or_unaccepted());
                }
            }
        }
        assert_eq!(quick, 5);
    }

    #[test]
    fn hyphenated_uuids_are_recognised_exactly() {
        assert!(is_hyphenated_uuid("62f44730-dd91-461e-bd6a-aedd9e0ad79d"));
        assert!(is_hyphenated_uuid("62F44730-DD91-461E-BD6A-AEDD9E0AD79D"));
        for bad in [
            "",
            "62f44730dd91461ebd6aaedd9e0ad79d",
            "62f44730-dd91-461e-bd6a-aedd9e0ad79",
            "62f44730-dd91-461e-bd6a-aedd9e0ad79dd",
            "62f44730-dd91-461e-bd6a_aedd9e0ad79d",
            "62f44730-dd91-461e-bd6a-aedd9e0ad79g",
            "{62f44730-dd91-461e-bd6a-aedd9e0ad79}",
            "62f44730-dd91-461e-bd6a-aedd9e0ad7é",
            "urn:uuid:62f44730-dd91-461e-bd6a-aedd9e",
        ] {
            assert!(!is_hyphenated_uuid(bad), "{bad:?}");
        }
        // Agrees with the uuid crate on its hyphenated form.
        for _ in 0..1000 {
            let id = uuid::Uuid::from_u128(fastrand::u128(..))
                .hyphenated()
                .to_string();
            assert!(is_hyphenated_uuid(&id), "{id}");
        }
    }
}
