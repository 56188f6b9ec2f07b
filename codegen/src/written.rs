//! Stage 1 of 3 (**YAML as written** → resolved model → emitted tokens): serde types with unknown keys rejected. Cross-references are
//! checked in `resolving/`.

use std::collections::BTreeMap;

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IntegrationsFile {
    pub integrations: Vec<IntegrationDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IntegrationDef {
    pub name: String,
    pub slugs: Vec<String>,
    pub rust_name: Option<String>,
    pub constructor: Option<String>,
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommonFile {
    pub response_formats: Vec<ResponseFormatDef>,
    #[serde(default)]
    pub parameter_groups: Vec<ParamGroupDef>,
    /// The body of every list endpoint: where its items and cursors are.
    pub list_envelope: ListEnvelopeDef,
    /// How a person is found by email in the users an integrated account lists.
    pub people: Option<PeopleDef>,
    /// How a tenant's integrated accounts are read (the admin API).
    pub accounts: Option<AccountsDef>,
    /// The API as a whole: its name, server and authentication (for `openapi.json`).
    pub api: ApiDef,
    /// The body of every error answer.
    pub error_envelope: ErrorEnvelopeDef,
    /// The answers that mean the integration has no such method (for endpoints whose pages do
    /// not name every integration).
    pub missing_method: Option<MissingMethodDef>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MissingMethodDef {
    pub answers: Vec<AlreadyDoneDef>,
    #[serde(default)]
    pub assumed: bool,
    pub source: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApiDef {
    pub title: String,
    /// The version of the generated description (the crate's version).
    pub version: String,
    pub description: String,
    /// The base URL calls are sent to.
    pub server: String,
    /// How a call authenticates: an `Authorization: Bearer <token>` header.
    pub bearer: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ErrorEnvelopeDef {
    pub description: String,
    pub fields: Vec<EnvelopeFieldDef>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnvelopeFieldDef {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: JsonTypeDef,
    #[serde(default)]
    pub required: bool,
    pub description: String,
    pub source: Option<String>,
}

/// A JSON type, for what only documentation describes (the error envelope).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JsonTypeDef {
    String,
    Integer,
    Boolean,
    Object,
    /// Any JSON value.
    Any,
}

/// Paths into a model's JSON: dotted field names, `[]` after a list field (`emails[].email`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PeopleDef {
    pub model: String,
    /// The endpoint that lists the people of an account.
    pub list: String,
    /// The endpoint that gets one person by id.
    pub get: String,
    pub id: String,
    pub emails: Vec<String>,
    /// Matched too, when the value is an email address.
    #[serde(default)]
    pub usernames: Vec<String>,
    pub status: String,
    /// The object-array fields that list what the user has access to (groups, roles, …):
    /// what reports show before and after a run.
    #[serde(default)]
    pub access: Vec<String>,
    /// The field with the user's last login.
    pub last_login: Option<String>,
    /// Fields with the user's last login or activity, for access reviews (the latest counts).
    #[serde(default)]
    pub activity: Vec<String>,
    /// The access field listing the user's roles.
    pub roles: Option<String>,
    /// The access field listing the user's groups.
    pub groups: Option<String>,
    /// The access field listing the user's licenses.
    pub licenses: Option<String>,
    /// The field saying what kind of user it is.
    pub user_type: Option<String>,
    /// `user_type` values that are privileged.
    #[serde(default)]
    pub privileged_types: Vec<String>,
    /// Words that make a role privileged when its name holds one (any case).
    #[serde(default)]
    pub privileged_role_words: Vec<String>,
    /// Statuses of a user who is not active (a leaver with one keeps no access).
    #[serde(default)]
    pub inactive_statuses: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccountsDef {
    pub model: String,
    pub id: String,
    pub integration: String,
    pub status: String,
    /// The tenant the account belongs to: compared with the tenant asked for.
    pub tenant: String,
    /// The statuses of an account that works.
    pub active: Vec<String>,
    /// The admin list's parameters that filter by tenant and by status.
    pub tenant_filter: String,
    pub status_filter: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListEnvelopeDef {
    /// Keys that hold the items, in the order they are looked for.
    pub items: Vec<String>,
    pub next_cursor: String,
    pub prev_cursor: String,
    pub result_count: String,
    pub partial: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResponseFormatDef {
    pub name: String,
    pub description: String,
    /// What the client does with a success body in this format (default `typed`).
    #[serde(default)]
    pub body: BodyDef,
}

/// What the client does with a success body.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BodyDef {
    /// Decoded into the endpoint's model.
    #[default]
    Typed,
    /// Kept as JSON (or bytes when it is not JSON).
    Raw,
    /// Handed over as a stream of chunks.
    Stream,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParamGroupDef {
    pub name: String,
    pub parameters: Vec<ParamDef>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LocationDef {
    Path,
    Query,
    Body,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParamTypeDef {
    String,
    Uuid,
    Boolean,
    Integer,
    Enum,
    StringArray,
    ObjectArray,
    Object,
    ResponseFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RoleDef {
    IntegratedAccount,
    ResponseFormat,
    IgnoreRemoteData,
    ExcludeFields,
    User,
    Cursor,
    Limit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AssumedDef {
    Name,
    Type,
    Location,
    SupportedIn,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SubFieldTypeDef {
    String,
    Boolean,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubFieldDef {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: SubFieldTypeDef,
    pub description: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParamDef {
    pub name: String,
    #[serde(rename = "in")]
    pub location: LocationDef,
    #[serde(rename = "type")]
    pub ty: ParamTypeDef,
    pub description: String,
    #[serde(default)]
    pub required: bool,
    pub required_in: Option<Vec<String>>,
    pub supported_in: Option<Vec<String>>,
    #[serde(default)]
    pub notes: BTreeMap<String, String>,
    #[serde(default)]
    pub values: Vec<String>,
    #[serde(default)]
    pub fields: Vec<SubFieldDef>,
    pub item_rust_name: Option<String>,
    pub example: Option<serde_yaml::Value>,
    pub default: Option<serde_yaml::Value>,
    pub role: Option<RoleDef>,
    #[serde(default)]
    pub irreversible: bool,
    pub rust_name: Option<String>,
    #[serde(default)]
    pub assumed: Vec<AssumedDef>,
    pub source: Option<String>,
    /// Sources of `required_in` / `supported_in` entries that are not on the endpoint's page.
    #[serde(default)]
    pub sources: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScopeDef {
    /// Called for one integrated account (the unified API).
    #[default]
    Account,
    /// Not tied to an integrated account (the admin API).
    Admin,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum MethodDef {
    #[serde(rename = "GET")]
    Get,
    #[serde(rename = "POST")]
    Post,
    #[serde(rename = "PUT")]
    Put,
    #[serde(rename = "PATCH")]
    Patch,
    #[serde(rename = "DELETE")]
    Delete,
}

impl MethodDef {
    pub fn as_str(self) -> &'static str {
        match self {
            MethodDef::Get => "GET",
            MethodDef::Post => "POST",
            MethodDef::Put => "PUT",
            MethodDef::Patch => "PATCH",
            MethodDef::Delete => "DELETE",
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EndpointFile {
    pub name: String,
    pub rust_name: String,
    pub summary: String,
    pub method: MethodDef,
    pub path: String,
    pub description: String,
    pub source: Option<String>,
    #[serde(default)]
    pub idempotent: bool,
    #[serde(default)]
    pub irreversible: bool,
    pub response_formats: Vec<String>,
    #[serde(default)]
    pub scope: ScopeDef,
    #[serde(default)]
    pub integrations: Vec<String>,
    /// Sources of the integrations that are not on the endpoint's own page.
    #[serde(default)]
    pub integration_sources: BTreeMap<String, Vec<String>>,
    /// Integrations whose list results carry only some fields, by source.
    #[serde(default)]
    pub partial_in: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub include: Vec<String>,
    #[serde(default)]
    pub parameters: Vec<ParamDef>,
    #[serde(default)]
    pub rules: Vec<RuleDef>,
    pub offboarding: Option<OffboardingDef>,
    /// How offboarding takes one kind of access away with this endpoint.
    pub revoke: Option<RevokeDef>,
    /// The page counts more integrations than it names (`integrations` holds the names).
    pub unnamed_integrations: Option<UnnamedDef>,
    /// The page marks the endpoint deprecated.
    pub deprecated: Option<DeprecatedDef>,
    pub response: ResponseDef,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnnamedDef {
    /// How many integrations the page counts in all (when it gives a count).
    pub count: Option<u32>,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeprecatedDef {
    pub note: String,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RevokeDef {
    /// The name plans give in `revoke: [...]`.
    pub access: String,
    /// The user model's object-array field listing that access (its items' `id`).
    pub user_field: String,
    /// The parameter that takes the id of what one call removes.
    pub item_parameter: String,
    /// The list endpoint whose records are what is removed (else: the `user_field` items).
    pub listed_by: Option<String>,
    /// With `listed_by`: the record field holding the user's id.
    pub user_key: Option<String>,
    /// With `listed_by`: the record field holding the `id` of the `user_field` item it grants.
    pub grants: Option<String>,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OffboardingDef {
    pub operation: String,
    pub rank: u8,
    pub effect: EffectDef,
    #[serde(default)]
    pub already_done: Vec<AlreadyDoneDef>,
    #[serde(default)]
    pub assumed: Vec<String>,
    pub source: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EffectDef {
    pub status: Option<String>,
    #[serde(default)]
    pub removed: bool,
    #[serde(default)]
    pub downgraded: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AlreadyDoneDef {
    pub status: u16,
    #[serde(default)]
    pub remote: bool,
    pub meaning: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleDef {
    pub integration: String,
    pub at_least_one_of: Vec<String>,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResponseDef {
    pub model: String,
    /// The body is the list envelope of `common.yaml` around items of `model`.
    #[serde(default)]
    pub list: bool,
    #[serde(default)]
    pub supported_in: BTreeMap<String, Vec<String>>,
    /// The body may also be `{<wrapped>: model}` (custom methods answer either way).
    pub wrapped: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelsFile {
    pub models: Vec<ModelDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelDef {
    pub name: String,
    #[serde(default)]
    pub description: String,
    /// Where the model's fields come from.
    pub source: Option<String>,
    pub fields: Vec<ModelFieldDef>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ModelTypeDef {
    String,
    Boolean,
    DateTime,
    Enum,
    Object,
    StringArray,
    ObjectArray,
    /// A JSON number.
    Number,
    /// Any JSON value.
    Any,
    /// An array of arrays of any JSON value (a table's rows).
    Rows,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelFieldDef {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: ModelTypeDef,
    pub description: String,
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub values: Vec<String>,
    pub enum_rust_name: Option<String>,
    pub item: Option<String>,
    pub rust_name: Option<String>,
}
