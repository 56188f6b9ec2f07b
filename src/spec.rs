//! The spec as data: what the generated code knows about every endpoint, parameter and
//! integration, queryable at run time ("what does Okta need for delete?").
//!
//! Nothing here names a specific endpoint or integration; the values are generated from `spec/`.

use crate::Integration;

/// Where a parameter travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Location {
    /// One segment of the URL path.
    Path,
    /// The query string.
    Query,
    /// The JSON request body.
    Body,
}

impl Location {
    /// The spec's name for the location (`path`, `query`, `body`).
    pub fn as_str(self) -> &'static str {
        match self {
            Location::Path => "path",
            Location::Query => "query",
            Location::Body => "body",
        }
    }
}

/// The declared type of a parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ParamType {
    /// Free text.
    String,
    /// A hyphenated UUID.
    Uuid,
    /// `true` or `false`.
    Boolean,
    /// One of a closed list of values ([`ParameterSpec::values`]).
    Enum,
    /// A list of strings.
    StringArray,
    /// A list of objects with the sub-fields in [`ParameterSpec::fields`].
    ObjectArray,
    /// A free-form JSON object.
    Object,
    /// One of the endpoint's [`EndpointSpec::response_formats`].
    ResponseFormat,
}

impl ParamType {
    /// The spec's name for the type.
    pub fn as_str(self) -> &'static str {
        match self {
            ParamType::String => "string",
            ParamType::Uuid => "uuid",
            ParamType::Boolean => "boolean",
            ParamType::Enum => "enum",
            ParamType::StringArray => "string_array",
            ParamType::ObjectArray => "object_array",
            ParamType::Object => "object",
            ParamType::ResponseFormat => "response_format",
        }
    }
}

/// What the runtime needs a parameter for, independent of its wire name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The integrated account the request acts on.
    IntegratedAccount,
    /// Selects how the response is shaped (`unified`, `raw`, …).
    ResponseFormat,
    /// Asks the API to leave `remote_data` out of the response.
    IgnoreRemoteData,
    /// Asks the API to leave the listed fields out of the response.
    ExcludeFields,
    /// Identifies the user the call acts on.
    User,
}

/// A sub-field of an object-array parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct SubFieldSpec {
    /// Wire name.
    pub name: &'static str,
    /// `string` or `boolean`.
    #[serde(rename = "type")]
    pub ty: ParamType,
    /// The spec's description.
    pub description: &'static str,
}

/// A per-integration note on a parameter, as the API pages give it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Note {
    /// The integration the note is about.
    pub integration: Integration,
    /// The note's text.
    pub text: &'static str,
}

/// One request parameter of an endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParameterSpec {
    /// The name on the wire.
    pub name: &'static str,
    /// The Rust field (and setter) name.
    pub rust_name: &'static str,
    /// Path, query or body.
    pub location: Location,
    /// The declared type.
    pub ty: ParamType,
    /// The spec's description.
    pub description: &'static str,
    /// Required whatever the integration.
    pub required: bool,
    /// Integrations that require it.
    pub required_in: &'static [Integration],
    /// Integrations that accept it without requiring it.
    pub supported_in: &'static [Integration],
    /// Accepted by every integration of the endpoint (no required-in / supported-in lists).
    pub all_integrations: bool,
    /// Allowed values of an enum parameter.
    pub values: &'static [&'static str],
    /// Sub-fields of an object-array parameter.
    pub fields: &'static [SubFieldSpec],
    /// Per-integration notes.
    pub notes: &'static [Note],
    /// What the runtime uses it for, if anything.
    pub role: Option<Role>,
    /// A boolean flag that, when true, makes the call destroy data permanently.
    pub irreversible: bool,
    /// Which facts about it were inferred rather than read (`name`, `type`, `location`).
    pub assumed: &'static [&'static str],
}

impl ParameterSpec {
    /// Whether `integration` must set this parameter.
    pub fn is_required_in(&self, integration: Integration) -> bool {
        self.required || self.required_in.contains(&integration)
    }

    /// Whether `integration` accepts this parameter at all (required or supported).
    pub fn is_accepted_in(&self, integration: Integration) -> bool {
        self.all_integrations
            || self.required
            || self.required_in.contains(&integration)
            || self.supported_in.contains(&integration)
    }

    /// The page's note about this parameter for `integration`, if any.
    pub fn note_for(&self, integration: Integration) -> Option<&'static str> {
        self.notes
            .iter()
            .find(|n| n.integration == integration)
            .map(|n| n.text)
    }
}

/// What a successful offboarding call does to the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Effect {
    /// The user stays, with this unified `status`.
    SetsStatus(&'static str),
    /// The user is gone.
    Removes,
}

/// An error answer that means the user is already in the state the call would put them in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct AlreadyDone {
    /// The HTTP status.
    pub status: u16,
    /// Only when the integration said so (`truto_is_remote_error`), not Truto itself (an
    /// unknown integrated account is also a 404, and is not "already done").
    pub remote: bool,
    /// What the answer means.
    pub meaning: &'static str,
}

/// How bulk offboarding uses an endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Offboarding {
    /// The operation's name in plans (`suspend`, `deactivate`, …).
    pub operation: &'static str,
    /// `auto` picks the lowest rank an integration supports: least destructive first.
    pub rank: u8,
    /// What a success does to the user.
    pub effect: Effect,
    /// Error answers that mean the user is already in that state.
    pub already_done: &'static [AlreadyDone],
}

impl Offboarding {
    /// Whether an error answer with `status` (remote or not) means "already done".
    pub fn is_already_done(&self, status: u16, remote: bool) -> bool {
        self.already_done
            .iter()
            .any(|a| a.status == status && (remote || !a.remote))
    }
}

/// A conditional requirement, written as data in the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleSpec {
    /// The integration the rule applies to.
    pub integration: Integration,
    /// At least one of these parameters (wire names) must be set.
    pub at_least_one_of: &'static [&'static str],
    /// The page's wording of the rule.
    pub note: &'static str,
}

/// What one integration requires and accepts on one endpoint, computed from an [`EndpointSpec`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Requirements {
    /// The endpoint.
    pub endpoint: &'static str,
    /// The integration.
    pub integration: Integration,
    /// Whether the integration supports the endpoint at all.
    pub supported: bool,
    /// Parameters it must set, always-required ones included.
    pub required: Vec<&'static ParameterSpec>,
    /// Parameters it accepts without requiring them.
    pub optional: Vec<&'static ParameterSpec>,
    /// Its conditional rules.
    pub rules: Vec<&'static RuleSpec>,
    /// Response fields the page says it fills.
    pub response_fields: Vec<&'static str>,
}

/// A response field and the integrations the API page says fill it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResponseFieldSpec {
    /// Wire name of the field of the response model.
    pub name: &'static str,
    /// Integrations listed as filling it (empty: the page gives no list).
    pub supported_in: &'static [Integration],
}

/// Everything the spec says about one endpoint.
#[derive(Debug, Clone, Copy)]
pub struct EndpointSpec {
    /// Dotted name, e.g. `users.delete`.
    pub name: &'static str,
    /// The request type's name.
    pub rust_name: &'static str,
    /// The page's title.
    pub summary: &'static str,
    /// HTTP method.
    pub method: &'static str,
    /// Path template with `{param}` placeholders.
    pub path: &'static str,
    /// The spec's description.
    pub description: &'static str,
    /// Safe to retry after a lost response.
    pub idempotent: bool,
    /// Destroys data that cannot be restored.
    pub irreversible: bool,
    /// Integrations that support the endpoint.
    pub integrations: &'static [Integration],
    /// Values `truto_response_format` may take on this endpoint.
    pub response_formats: &'static [&'static str],
    /// Request parameters, in spec order.
    pub parameters: &'static [ParameterSpec],
    /// Conditional rules.
    pub rules: &'static [RuleSpec],
    /// How bulk offboarding uses the endpoint (`None`: it does not).
    pub offboarding: Option<Offboarding>,
    /// The response model's name.
    pub response_model: &'static str,
    /// Response fields with the integrations that fill them.
    pub response_fields: &'static [ResponseFieldSpec],
    /// The fields of the smallest valid request for an integration, built by its generated
    /// constructor from the spec's examples (`None` when it does not support the endpoint).
    pub example: fn(Integration) -> Option<Vec<crate::validate::WireField>>,
}

impl EndpointSpec {
    /// Whether `integration` supports this endpoint.
    pub fn supports(&self, integration: Integration) -> bool {
        self.integrations.contains(&integration)
    }

    /// The parameter with this wire name.
    pub fn parameter(&self, name: &str) -> Option<&'static ParameterSpec> {
        self.parameters.iter().find(|p| p.name == name)
    }

    /// The parameter that plays `role`, if the endpoint has one.
    pub fn parameter_with_role(&self, role: Role) -> Option<&'static ParameterSpec> {
        self.parameters.iter().find(|p| p.role == Some(role))
    }

    /// Conditional rules that apply to `integration`.
    pub fn rules_for(&self, integration: Integration) -> impl Iterator<Item = &'static RuleSpec> {
        self.rules
            .iter()
            .filter(move |r| r.integration == integration)
    }

    /// Everything `integration` must and may send on this endpoint, and what it fills in the
    /// response.
    pub fn requirements(&'static self, integration: Integration) -> Requirements {
        let supported = self.supports(integration);
        let accepted = |p: &&ParameterSpec| supported && p.is_accepted_in(integration);
        Requirements {
            endpoint: self.name,
            integration,
            supported,
            required: self
                .parameters
                .iter()
                .filter(|p| p.is_required_in(integration))
                .collect(),
            optional: self
                .parameters
                .iter()
                .filter(accepted)
                .filter(|p| !p.is_required_in(integration))
                .collect(),
            rules: self.rules_for(integration).collect(),
            response_fields: self.response_fields_for(integration),
        }
    }

    /// Response fields the page says `integration` fills.
    pub fn response_fields_for(&self, integration: Integration) -> Vec<&'static str> {
        self.response_fields
            .iter()
            .filter(|f| f.supported_in.contains(&integration))
            .map(|f| f.name)
            .collect()
    }
}
