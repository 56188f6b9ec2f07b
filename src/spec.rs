//! The spec as data: what the generated code knows about every endpoint, parameter and
//! integration, queryable at run time ("what does Okta need for delete?").
//!
//! Nothing here names a specific endpoint or integration; the values are generated from `spec/`.
//! The tables are typed so that they cannot disagree with themselves: a parameter has one
//! [`Acceptance`], an enum carries its values and an object array its sub-fields in its
//! [`ParamType`], and the HTTP method and response formats are enums.

use crate::names::{nearest, same_name};
use crate::{Integration, ResponseFormat};

/// An HTTP method an endpoint is called with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Method {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// `PATCH`
    Patch,
    /// `DELETE`
    Delete,
}

impl Method {
    /// The method's name on the wire (`GET`, `POST`, …).
    pub const fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }
}

impl std::fmt::Display for Method {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

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

/// The declared type of a parameter, with what the type itself constrains.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ParamType {
    /// Free text.
    String,
    /// A hyphenated UUID.
    Uuid,
    /// `true` or `false`.
    Boolean,
    /// A whole number of at least 0.
    Integer,
    /// One of a closed list of values.
    Enum(&'static [&'static str]),
    /// A list of strings.
    StringArray,
    /// A list of objects with these sub-fields.
    ObjectArray(&'static [SubFieldSpec]),
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
            ParamType::Integer => "integer",
            ParamType::Enum(_) => "enum",
            ParamType::StringArray => "string_array",
            ParamType::ObjectArray(_) => "object_array",
            ParamType::Object => "object",
            ParamType::ResponseFormat => "response_format",
        }
    }

    /// The allowed values of an enum (empty for other types).
    pub fn values(self) -> &'static [&'static str] {
        match self {
            ParamType::Enum(values) => values,
            _ => &[],
        }
    }

    /// The sub-fields of an object array (empty for other types).
    pub fn fields(self) -> &'static [SubFieldSpec] {
        match self {
            ParamType::ObjectArray(fields) => fields,
            _ => &[],
        }
    }
}

impl serde::Serialize for ParamType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// The type of a sub-field of an object-array item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SubFieldType {
    /// Free text.
    String,
    /// `true` or `false`.
    Boolean,
}

impl SubFieldType {
    /// The spec's name for the type.
    pub fn as_str(self) -> &'static str {
        match self {
            SubFieldType::String => "string",
            SubFieldType::Boolean => "boolean",
        }
    }
}

/// Which integrations require or accept a parameter: exactly one of three shapes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Acceptance {
    /// Every integration must set it.
    Required,
    /// Every integration of the endpoint accepts it; none requires it.
    Optional,
    /// Only the integrations listed require or accept it.
    Listed {
        /// Integrations that must set it.
        required_in: &'static [Integration],
        /// Integrations that accept it without requiring it.
        supported_in: &'static [Integration],
    },
}

impl Acceptance {
    /// Required by `integrations`, accepted by no other.
    pub const fn required_in(integrations: &'static [Integration]) -> Acceptance {
        Acceptance::Listed {
            required_in: integrations,
            supported_in: &[],
        }
    }

    /// Accepted (not required) by `integrations`, by no other.
    pub const fn supported_in(integrations: &'static [Integration]) -> Acceptance {
        Acceptance::Listed {
            required_in: &[],
            supported_in: integrations,
        }
    }

    /// The integrations listed as requiring it (empty unless [`Acceptance::Listed`]).
    pub fn listed_required(self) -> &'static [Integration] {
        match self {
            Acceptance::Listed { required_in, .. } => required_in,
            _ => &[],
        }
    }

    /// The integrations listed as accepting it (empty unless [`Acceptance::Listed`]).
    pub fn listed_supported(self) -> &'static [Integration] {
        match self {
            Acceptance::Listed { supported_in, .. } => supported_in,
            _ => &[],
        }
    }
}

/// What the runtime needs a parameter for, independent of its wire name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ParamRole {
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
    /// The cursor of the next page of a list (`next_cursor`).
    Cursor,
    /// How many items a list page holds at most (`limit`).
    Limit,
}

/// What the client does with a success body of a response format (declared in
/// `spec/common.yaml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BodyHandling {
    /// Decoded into the endpoint's typed model.
    Typed,
    /// Kept as JSON when it is JSON, else as bytes.
    Raw,
    /// Handed over as a stream of chunks, never buffered.
    Stream,
}

/// A sub-field of an object-array parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub struct SubFieldSpec {
    /// Wire name.
    pub name: &'static str,
    /// Its type.
    #[serde(rename = "type")]
    pub ty: SubFieldType,
    /// The spec's description.
    pub description: &'static str,
}

/// A per-integration note on a parameter, as the API pages give it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Note {
    /// The integration the note is about.
    pub integration: Integration,
    /// The note's text.
    pub text: &'static str,
}

/// A parameter's example value from the spec, used to build the smallest valid request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Example {
    /// A string (also UUIDs, enum values and response formats).
    Text(&'static str),
    /// A boolean.
    Bool(bool),
    /// A list of strings.
    Texts(&'static [&'static str]),
    /// Any other JSON value, as JSON text.
    Json(&'static str),
}

impl Example {
    /// The example as a JSON value.
    pub fn to_json(self) -> serde_json::Value {
        match self {
            Example::Text(s) => serde_json::Value::from(s),
            Example::Bool(b) => serde_json::Value::Bool(b),
            Example::Texts(items) => serde_json::Value::from(items.to_vec()),
            Example::Json(text) => serde_json::from_str(text).unwrap_or(serde_json::Value::Null),
        }
    }
}

/// One request parameter of an endpoint. Built in the generated tables with [`ParameterSpec::new`]
/// and the `const` setters, so that a table names only what is not a default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ParameterSpec {
    /// The name on the wire.
    pub name: &'static str,
    /// The Rust field (and setter) name.
    pub rust_name: &'static str,
    /// Path, query or body.
    pub location: Location,
    /// The declared type.
    pub ty: ParamType,
    /// Which integrations require or accept it.
    pub acceptance: Acceptance,
    /// The spec's description.
    pub description: &'static str,
    /// Per-integration notes.
    pub notes: &'static [Note],
    /// What the runtime uses it for, if anything.
    pub role: Option<ParamRole>,
    /// A boolean flag that, when true, makes the call destroy data permanently.
    pub irreversible: bool,
    /// Which facts about it were inferred rather than read (`name`, `type`, `location`).
    pub assumed: &'static [&'static str],
    /// The spec's example value.
    pub example: Option<Example>,
}

impl ParameterSpec {
    /// A parameter whose Rust name is its wire name, with no notes, role or example.
    pub const fn new(
        name: &'static str,
        location: Location,
        ty: ParamType,
        acceptance: Acceptance,
        description: &'static str,
    ) -> ParameterSpec {
        ParameterSpec {
            name,
            rust_name: name,
            location,
            ty,
            acceptance,
            description,
            notes: &[],
            role: None,
            irreversible: false,
            assumed: &[],
            example: None,
        }
    }

    /// With a Rust name other than the wire name.
    pub const fn rust_name(mut self, rust_name: &'static str) -> Self {
        self.rust_name = rust_name;
        self
    }

    /// With per-integration notes.
    pub const fn notes(mut self, notes: &'static [Note]) -> Self {
        self.notes = notes;
        self
    }

    /// With a runtime role.
    pub const fn role(mut self, role: ParamRole) -> Self {
        self.role = Some(role);
        self
    }

    /// Marked as destroying data permanently when true.
    pub const fn irreversible(mut self) -> Self {
        self.irreversible = true;
        self
    }

    /// With the facts that were inferred.
    pub const fn assumed(mut self, assumed: &'static [&'static str]) -> Self {
        self.assumed = assumed;
        self
    }

    /// With an example value.
    pub const fn example(mut self, example: Example) -> Self {
        self.example = Some(example);
        self
    }

    /// Required whatever the integration.
    pub fn is_required_everywhere(&self) -> bool {
        self.acceptance == Acceptance::Required
    }

    /// Whether `integration` must set this parameter.
    pub fn is_required_in(&self, integration: Integration) -> bool {
        match self.acceptance {
            Acceptance::Required => true,
            Acceptance::Optional => false,
            Acceptance::Listed { required_in, .. } => required_in.contains(&integration),
        }
    }

    /// Whether `integration` accepts this parameter at all (required or supported).
    pub fn is_accepted_in(&self, integration: Integration) -> bool {
        match self.acceptance {
            Acceptance::Required | Acceptance::Optional => true,
            Acceptance::Listed {
                required_in,
                supported_in,
            } => required_in.contains(&integration) || supported_in.contains(&integration),
        }
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
    /// The user stays, without the paid seat or the privileges the call takes away.
    Downgrades,
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

/// How offboarding removes one kind of access (`revoke: [groups, …]` in a plan): one call of
/// the endpoint per item, each a target of its own.
#[derive(Debug, Clone, Copy)]
pub struct Revoke {
    /// The name plans give (`groups`, `role_assignments`).
    pub access: &'static str,
    /// The user record's field listing that access (items with an `id`): what is removed, and
    /// what a verification reads back.
    pub user_field: &'static str,
    /// The parameter that takes the id of what one call removes (the user, when the endpoint
    /// names one, goes in its parameter with [`ParamRole::User`]).
    pub item: &'static ParameterSpec,
    /// Where the items come from when they are not the `user_field` items themselves: the
    /// records of a list endpoint that belong to the user.
    pub listed_by: Option<ListedBy>,
    /// Where the facts come from.
    pub source: &'static str,
}

/// The records of a list endpoint that are one user's access (a user's role assignments).
#[derive(Debug, Clone, Copy)]
pub struct ListedBy {
    /// The list endpoint.
    pub endpoint: &'static EndpointSpec,
    /// The record field holding the user's id (records are filtered by it, client-side).
    pub user_key: &'static str,
    /// The record field holding the `id` of the user-record item the record grants.
    pub grants: &'static str,
}

/// The page counts more integrations than it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnnamedIntegrations {
    /// The page's count, when it gives one.
    pub count: Option<u32>,
    /// Where the count comes from.
    pub source: &'static str,
}

/// A deprecated endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deprecation {
    /// The page's note, and what to use instead.
    pub note: &'static str,
    /// Where the page says so.
    pub source: &'static str,
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
    /// Integrations listed as filling it.
    pub supported_in: &'static [Integration],
}

/// What the spec says about a list endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListSpec {
    /// Integrations whose list items carry only some fields (get each one for the rest).
    pub partial_in: &'static [Integration],
}

/// Where a list endpoint's body holds its items and cursors (`spec/common.yaml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListEnvelope {
    /// Keys that hold the items, in the order they are looked for.
    pub items: &'static [&'static str],
    /// The cursor of the next page (`null` or absent on the last).
    pub next_cursor: &'static str,
    /// The cursor of the previous page.
    pub prev_cursor: &'static str,
    /// How many items the page holds, as the API counts them.
    pub result_count: &'static str,
    /// `true` when the integration returned incomplete data.
    pub partial: &'static str,
}

/// How a person is found by email in the users an integrated account lists
/// (`spec/common.yaml`, `people`). Paths are dotted field names of the model's JSON, `[]`
/// after a list field (`emails[].email`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct People {
    /// The model the list and get endpoints return.
    pub model: &'static str,
    /// The endpoint that lists an account's people (others may return the model too).
    pub list: &'static str,
    /// The endpoint that gets one person by id.
    pub get: &'static str,
    /// The user's id.
    pub id: &'static str,
    /// Every email address of the user.
    pub emails: &'static [&'static str],
    /// Matched too, when the value is an email address.
    pub usernames: &'static [&'static str],
    /// The user's status.
    pub status: &'static str,
    /// The fields listing what the user has access to (items with an `id` and a `name`):
    /// what a report shows before and after a run.
    pub access: &'static [&'static str],
    /// The field with the user's last login, when the model has one.
    pub last_login: Option<&'static str>,
    /// The fields with the user's last login or activity (access reviews take the latest).
    pub activity: &'static [&'static str],
    /// The access field listing the user's roles.
    pub roles: Option<&'static str>,
    /// The access field listing the user's groups.
    pub groups: Option<&'static str>,
    /// The access field listing the user's licenses.
    pub licenses: Option<&'static str>,
    /// The field saying what kind of user it is.
    pub user_type: Option<&'static str>,
    /// `user_type` values that are privileged.
    pub privileged_types: &'static [&'static str],
    /// Words that make a role privileged when its name holds one (any case).
    pub privileged_role_words: &'static [&'static str],
    /// Statuses of a user who is not active.
    pub inactive_statuses: &'static [&'static str],
}

/// How a tenant's integrated accounts are read (`spec/common.yaml`, `accounts`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Accounts {
    /// The model the admin list returns.
    pub model: &'static str,
    /// The account's id.
    pub id: &'static str,
    /// The account's integration (its Truto slug).
    pub integration: &'static str,
    /// The account's status.
    pub status: &'static str,
    /// The tenant the account belongs to (an account listed for a tenant is used only when it
    /// says it belongs to that tenant).
    pub tenant: &'static str,
    /// The statuses of an account that works.
    pub active: &'static [&'static str],
    /// The admin list's parameter that filters by tenant.
    pub tenant_filter: &'static str,
    /// The admin list's parameter that filters by status.
    pub status_filter: &'static str,
}

/// The values at `path` (dotted field names, `[]` after a list field) in `value`.
pub fn values_at<'v>(value: &'v serde_json::Value, path: &str) -> Vec<&'v serde_json::Value> {
    walk(value, path).0
}

/// The values at `path` in `value` ([`values_at`]), and the first place where `value` is not
/// of the shape the path says: the value found there, and where it is, as a person reads it
/// (a field the path goes through that is not an object, a `name[]` that is not a list).
/// Absent and `null` fields are no problem.
pub fn walk<'v>(
    value: &'v serde_json::Value,
    path: &str,
) -> (
    Vec<&'v serde_json::Value>,
    Option<(String, &'v serde_json::Value)>,
) {
    use serde_json::Value;
    let mut current = vec![value];
    let mut next = Vec::new();
    let mut problem = None;
    // `path[..walked]`: the segments walked so far, each with its dot (the text of a problem).
    let mut walked = 0;
    for segment in path.split('.') {
        let (name, each) = match segment.strip_suffix("[]") {
            Some(name) => (name, true),
            None => (segment, false),
        };
        for &v in &current {
            let Value::Object(object) = v else {
                if !v.is_null() && problem.is_none() {
                    let at = match path[..walked].strip_suffix('.') {
                        None => "the record".to_string(),
                        Some(list) => match list.strip_suffix("[]") {
                            Some(list) => format!("an item of `{list}`"),
                            None => format!("`{list}`"),
                        },
                    };
                    problem = Some((format!("{at} is {}, not an object", kind_of(v)), v));
                }
                continue;
            };
            match object.get(name) {
                Some(Value::Array(items)) if each => next.extend(items),
                Some(Value::Null) | None => {}
                Some(other) if each => {
                    problem.get_or_insert_with(|| {
                        let at = format!(
                            "`{}{name}` is {}, not a list",
                            &path[..walked],
                            kind_of(other)
                        );
                        (at, other)
                    });
                }
                Some(found) => next.push(found),
            }
        }
        walked = (walked + segment.len() + 1).min(path.len());
        std::mem::swap(&mut current, &mut next);
        next.clear();
    }
    current.retain(|v| !v.is_null());
    (current, problem)
}

/// What kind of JSON value `v` is, as a person reads it ("a string", "an array", …).
pub(crate) fn kind_of(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

/// The first text (or number, as text) at `path` in `value` ([`values_at`]).
pub fn text_at(value: &serde_json::Value, path: &str) -> Option<String> {
    values_at(value, path).into_iter().find_map(|v| match v {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    })
}

/// The id at `path` in `value`: its text ([`text_at`]), when it is not blank. A blank id
/// identifies nothing.
pub fn id_at(value: &serde_json::Value, path: &str) -> Option<String> {
    text_at(value, path).filter(|id| !id.trim().is_empty())
}

/// Everything the spec says about one endpoint.
#[derive(Debug)]
pub struct EndpointSpec {
    /// Dotted name, e.g. `users.delete`.
    pub name: &'static str,
    /// The request type's name.
    pub rust_name: &'static str,
    /// The page's title.
    pub summary: &'static str,
    /// HTTP method.
    pub method: Method,
    /// Path template with `{param}` placeholders.
    pub path: &'static str,
    /// The spec's description.
    pub description: &'static str,
    /// Safe to retry after a lost response.
    pub idempotent: bool,
    /// Destroys data that cannot be restored.
    pub irreversible: bool,
    /// Not called for an integrated account (the admin API): no integration applies, and the
    /// client looks none up.
    pub admin: bool,
    /// Integrations that support the endpoint.
    pub integrations: &'static [Integration],
    /// Values `truto_response_format` may take on this endpoint.
    pub response_formats: &'static [ResponseFormat],
    /// A list endpoint (its body is the API's [`Api::list_envelope`] around items of the model).
    pub list: Option<ListSpec>,
    /// Request parameters, in spec order.
    pub parameters: &'static [&'static ParameterSpec],
    /// Conditional rules.
    pub rules: &'static [RuleSpec],
    /// How bulk offboarding uses the endpoint (`None`: it does not).
    pub offboarding: Option<Offboarding>,
    /// How offboarding takes one kind of access away with the endpoint (`None`: it does not).
    pub revoke: Option<Revoke>,
    /// The page counts more integrations than it names: a call for an integration it does not
    /// name is sent with a warning, never refused (`None`: the page names them all).
    pub unnamed_integrations: Option<UnnamedIntegrations>,
    /// The page marks the endpoint deprecated.
    pub deprecated: Option<Deprecation>,
    /// A one-object answer may also come as `{<key>: object}` (custom methods answer either
    /// way); `None`: the object itself.
    pub wrapped: Option<&'static str>,
    /// The response model's name.
    pub response_model: &'static str,
    /// The response fields the page lists integrations for, with those integrations.
    pub response_fields: &'static [ResponseFieldSpec],
    /// What the parameters ask of a request, by integration.
    pub presence: &'static Presences,
    /// The API the endpoint belongs to.
    pub api: &'static Api,
}

impl EndpointSpec {
    /// Whether `integration` supports this endpoint.
    pub fn supports(&self, integration: Integration) -> bool {
        self.presence.supported.contains(integration)
    }

    /// Whether a call for `integration` may be answered: it supports the endpoint, or the page
    /// counts integrations it does not name (a call is then sent, with a warning).
    pub fn may_support(&self, integration: Integration) -> bool {
        self.supports(integration) || self.unnamed_integrations.is_some()
    }

    /// Whether the endpoint has body parameters (it then sends a JSON body, `{}` when none is
    /// set).
    pub fn takes_body(&self) -> bool {
        self.presence.takes_body
    }

    /// Which parameters a request must set and which it may, for `supported` (an integration
    /// that has the endpoint; `None`: those required everywhere, and all); `None` for an
    /// integration without the endpoint.
    pub fn presence(&self, supported: Option<Integration>) -> Option<Presence> {
        match supported {
            None => Some(self.presence.shared),
            Some(i) => self.presence.of_integration(i),
        }
    }

    /// [`presence`](EndpointSpec::presence) computed from the parameters' [`Acceptance`], one
    /// by one: what the generator computed the endpoint's [`Presences`] from (tests compare the
    /// two).
    pub fn presence_by_parameters(&self, supported: Option<Integration>) -> Option<Presence> {
        let mask = |wanted: &dyn Fn(&ParameterSpec) -> bool| {
            let set = self
                .parameters
                .iter()
                .enumerate()
                .filter(|(_, p)| wanted(p));
            set.fold(0u64, |m, (n, _)| m | 1 << n)
        };
        match supported {
            None => Some(Presence {
                required: mask(&|p| p.is_required_everywhere()),
                accepted: mask(&|_| true),
            }),
            Some(i) => self.integrations.contains(&i).then(|| Presence {
                required: mask(&|p| p.is_required_in(i)),
                accepted: mask(&|p| p.is_accepted_in(i)),
            }),
        }
    }

    /// The parameter with this wire name.
    pub fn parameter(&self, name: &str) -> Option<&'static ParameterSpec> {
        self.parameters.iter().copied().find(|p| p.name == name)
    }

    /// The parameter that plays `role`, if the endpoint has one.
    pub fn parameter_with_role(&self, role: ParamRole) -> Option<&'static ParameterSpec> {
        self.parameters
            .iter()
            .copied()
            .find(|p| p.role == Some(role))
    }

    /// Conditional rules that apply to `integration`.
    pub fn rules_for(
        &self,
        integration: Integration,
    ) -> impl Iterator<Item = &'static RuleSpec> + use<> {
        let rules: &'static [RuleSpec] = self.rules;
        rules.iter().filter(move |r| r.integration == integration)
    }

    /// The names of the response formats this endpoint offers (`unified`, `raw`, …).
    pub fn response_format_names(&self) -> Vec<&'static str> {
        let formats: &'static [ResponseFormat] = self.response_formats;
        formats.iter().map(ResponseFormat::as_str).collect()
    }

    /// Whether `format` is offered by this endpoint.
    pub fn offers(&self, format: &ResponseFormat) -> bool {
        self.response_formats.contains(format)
    }

    /// Everything `integration` must and may send on this endpoint, and what it fills in the
    /// response.
    pub fn requirements(&'static self, integration: Integration) -> Requirements {
        let supported = self.supports(integration);
        let params = || self.parameters.iter().copied();
        Requirements {
            endpoint: self.name,
            integration,
            supported,
            required: params().filter(|p| p.is_required_in(integration)).collect(),
            optional: params()
                .filter(|p| supported && p.is_accepted_in(integration))
                .filter(|p| !p.is_required_in(integration))
                .collect(),
            rules: self.rules_for(integration).collect(),
            response_fields: self.response_fields_for(integration),
        }
    }

    /// Response fields the page says `integration` fills.
    pub fn response_fields_for(&self, integration: Integration) -> Vec<&'static str> {
        let fields: &'static [ResponseFieldSpec] = self.response_fields;
        fields
            .iter()
            .filter(|f| f.supported_in.contains(&integration))
            .map(|f| f.name)
            .collect()
    }
}

/// The most parameters an endpoint may have: one bit each in its [`Presence`] sets (the
/// generator refuses a spec with more).
pub const MAX_PARAMETERS: usize = u64::BITS as usize;

/// The most integrations a spec may have: one bit each in an [`IntegrationSet`] (the generator
/// refuses a spec with more).
pub const MAX_INTEGRATIONS: usize = 512;

/// A set of integrations, one bit per integration (its discriminant): what
/// [`EndpointSpec::supports`] reads, built at compile time from the endpoint's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IntegrationSet([u64; MAX_INTEGRATIONS / 64]);

impl IntegrationSet {
    /// The set of `integrations` (a compile-time error when one's discriminant is
    /// [`MAX_INTEGRATIONS`] or more).
    pub const fn of(integrations: &[Integration]) -> IntegrationSet {
        let mut words = [0u64; MAX_INTEGRATIONS / 64];
        let mut n = 0;
        while n < integrations.len() {
            let i = integrations[n] as usize;
            words[i / 64] |= 1 << (i % 64);
            n += 1;
        }
        IntegrationSet(words)
    }

    /// Whether `integration` is in the set.
    pub fn contains(&self, integration: Integration) -> bool {
        self.has(integration as usize)
    }

    /// Whether the integration whose discriminant is `i` is in the set.
    fn has(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }
}

/// Which of an endpoint's parameters (bit `n`: `parameters[n]`) a request must set and which
/// it may set, for one integration (or for none: those required everywhere, and all).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Presence {
    /// Bit `n`: `parameters[n]` must be set.
    pub required: u64,
    /// Bit `n`: `parameters[n]` may be set.
    pub accepted: u64,
}

/// What an endpoint's parameters ask of a request, by integration: computed at compile time
/// from their [`Acceptance`] ([`Presences::of`], in a `static` beside each generated `SPEC`), so
/// a call reads a few words here instead of every parameter's lists, and nothing is rebuilt at
/// run time.
pub struct Presences {
    /// The endpoint has body parameters (it sends a JSON body, `{}` when none is set).
    pub takes_body: bool,
    /// The integrations that support the endpoint ([`EndpointSpec::integrations`] as a set).
    pub supported: IntegrationSet,
    /// Without an integration: those required everywhere, and all.
    pub shared: Presence,
    /// By the integration's discriminant (meaningful for those in `supported`).
    by_integration: [Presence; MAX_INTEGRATIONS],
}

impl std::fmt::Debug for Presences {
    /// What every call reads, and the sets of the supported integrations in discriminant order.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let by_integration: Vec<(usize, &Presence)> = (self.by_integration.iter().enumerate())
            .filter(|(i, _)| self.supported.has(*i))
            .collect();
        f.debug_struct("Presences")
            .field("takes_body", &self.takes_body)
            .field("shared", &self.shared)
            .field("by_integration", &by_integration)
            .finish()
    }
}

impl Presences {
    /// The presence sets of `endpoint`'s parameters (a compile-time error when it has more than
    /// [`MAX_PARAMETERS`] or names an integration whose discriminant is [`MAX_INTEGRATIONS`] or
    /// more; the generator refuses both).
    pub const fn of(endpoint: &EndpointSpec) -> Presences {
        const NONE: Presence = Presence {
            required: 0,
            accepted: 0,
        };
        let mut out = Presences {
            takes_body: false,
            supported: IntegrationSet::of(endpoint.integrations),
            shared: NONE,
            by_integration: [NONE; MAX_INTEGRATIONS],
        };
        let mut n = 0;
        while n < endpoint.parameters.len() {
            let p = endpoint.parameters[n];
            let bit = 1u64 << n;
            out.takes_body |= matches!(p.location, Location::Body);
            out.shared.accepted |= bit;
            match p.acceptance {
                Acceptance::Required => {
                    out.shared.required |= bit;
                    out.mark(endpoint.integrations, bit, bit);
                }
                Acceptance::Optional => out.mark(endpoint.integrations, 0, bit),
                Acceptance::Listed {
                    required_in,
                    supported_in,
                } => {
                    out.mark(required_in, bit, bit);
                    out.mark(supported_in, 0, bit);
                }
            }
            n += 1;
        }
        out
    }

    /// Adds `required` and `accepted` to the sets of `integrations`.
    const fn mark(&mut self, integrations: &[Integration], required: u64, accepted: u64) {
        let mut k = 0;
        while k < integrations.len() {
            let at = &mut self.by_integration[integrations[k] as usize];
            at.required |= required;
            at.accepted |= accepted;
            k += 1;
        }
    }

    /// The sets of `integration` (`None` when it does not support the endpoint).
    pub fn of_integration(&self, integration: Integration) -> Option<Presence> {
        if !self.supported.contains(integration) {
            return None;
        }
        self.by_integration.get(integration as usize).copied()
    }
}

/// The API the endpoints belong to, as the generated code hands it to the runtime: every
/// endpoint, every integration, and what the endpoints share. The runtime reaches the catalogue
/// only through this record ([`EndpointSpec::api`]).
pub struct Api {
    /// Every endpoint.
    pub endpoints: &'static [&'static EndpointSpec],
    /// Every integration.
    pub integrations: &'static [Integration],
    /// Where a list endpoint's body holds its items and cursors.
    pub list_envelope: &'static ListEnvelope,
    /// How a person is found by email (`None`: the spec does not say).
    pub people: Option<&'static People>,
    /// How a tenant's integrated accounts are read (`None`: the spec does not say).
    pub accounts: Option<&'static Accounts>,
    /// The error answers that mean the integration has no such method: what a call to an
    /// endpoint whose page does not name the integration may get.
    pub missing_method: &'static [AlreadyDone],
    /// Every response model, with its fields.
    pub models: &'static [ModelFields],
}

/// A response model's name and its fields' wire names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ModelFields {
    /// The model's name.
    pub name: &'static str,
    /// Its fields' wire names, in spec order.
    pub fields: &'static [&'static str],
}

impl Api {
    /// The response model with this name, with its fields.
    pub fn model(&self, name: &str) -> Option<&'static ModelFields> {
        self.models.iter().find(|m| m.name == name)
    }

    /// Whether an error answer (`status`, from the integration or not) means the integration
    /// has no such method.
    pub fn is_missing_method(&self, status: u16, remote: bool) -> bool {
        self.missing_method
            .iter()
            .any(|a| a.status == status && a.remote == remote)
    }
}

impl std::fmt::Debug for Api {
    /// The endpoints by name (each points back here) and how many integrations there are.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let endpoints: Vec<&str> = self.endpoints.iter().map(|e| e.name).collect();
        f.debug_struct("Api")
            .field("endpoints", &endpoints)
            .field("integrations", &self.integrations.len())
            .field("list_envelope", self.list_envelope)
            .field("people", &self.people)
            .field("accounts", &self.accounts)
            .finish()
    }
}

impl Api {
    /// The integration with this display name or slug, ignoring case, spaces and punctuation.
    pub fn integration(&self, name: &str) -> Result<Integration, UnknownIntegration> {
        let same = |i: &Integration| {
            same_name(i.name(), name) || i.slugs().iter().any(|s| same_name(s, name))
        };
        self.integrations
            .iter()
            .copied()
            .find(same)
            .ok_or_else(|| UnknownIntegration {
                input: name.to_string(),
                suggestion: nearest(name, self.integrations.iter().map(|i| i.name())),
                known: self.integrations.len(),
            })
    }

    /// The endpoints `integration` supports.
    pub fn endpoints_of(
        &self,
        integration: Integration,
    ) -> impl Iterator<Item = &'static EndpointSpec> + use<> {
        let endpoints: &'static [&'static EndpointSpec] = self.endpoints;
        endpoints
            .iter()
            .copied()
            .filter(move |e| e.supports(integration))
    }
}

/// A name that is no known integration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownIntegration {
    /// What was given.
    pub input: String,
    /// The nearest known display name, when the input looks like a misspelling of it.
    pub suggestion: Option<&'static str>,
    /// How many integrations are known.
    pub known: usize,
}

impl std::fmt::Display for UnknownIntegration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "unknown integration {:?}", self.input)?;
        if let Some(s) = self.suggestion {
            write!(f, " (did you mean {s:?}?)")?;
        }
        write!(
            f,
            "; give a display name such as \"Slack Enterprise\" or a Truto slug such as \"slackenterprise\" ({} integrations are known)",
            self.known
        )
    }
}

impl std::error::Error for UnknownIntegration {}
