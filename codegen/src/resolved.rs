//! Stage 2 of 3 (YAML as written → **resolved model** → emitted tokens): the checked, resolved spec the emitters work from. Integrations are indices into
//! `Spec::integrations`; every name has been checked and every Rust name decided.

pub use crate::written::{
    AccountsDef as Accounts, ApiDef as Api, BodyDef, ErrorEnvelopeDef as ErrorEnvelope,
    JsonTypeDef, LocationDef as Location, ModelTypeDef, ParamTypeDef, PeopleDef as People, RoleDef,
    SubFieldTypeDef,
};

#[derive(Debug)]
pub struct Spec {
    pub integrations_file: String,
    pub integrations: Vec<Integration>,
    pub common_file: String,
    pub response_formats: Vec<ResponseFormat>,
    /// Where list endpoints' bodies hold their items and cursors.
    pub list_envelope: ListEnvelope,
    /// How a person is found by email (`None`: not declared).
    pub people: Option<People>,
    /// How a tenant's integrated accounts are read (`None`: not declared).
    pub accounts: Option<Accounts>,
    /// The API as a whole (`openapi.json`'s info, server and security).
    pub api: Api,
    /// The body of every error answer.
    pub error_envelope: ErrorEnvelope,
    /// The answers that mean the integration has no such method.
    pub missing_method: Option<crate::written::MissingMethodDef>,
    pub model_files: Vec<ModelFile>,
    pub endpoints: Vec<Endpoint>,
    /// The parameter groups of `common.yaml` that some endpoint includes.
    pub groups: Vec<Group>,
}

impl Spec {
    /// The group whose struct stores `p` on `e` (`None`: `p` is the endpoint's own).
    pub fn group_of(&self, e: &Endpoint, p: &Param) -> Option<&Group> {
        self.groups
            .iter()
            .find(|g| g.endpoints.contains(&e.name) && g.params.iter().any(|q| q.name == p.name))
    }

    /// The model with this name, in any model file.
    pub fn model(&self, name: &str) -> Option<&Model> {
        self.model_files
            .iter()
            .flat_map(|f| &f.models)
            .find(|m| m.name == name)
    }
}

/// A parameter group of `common.yaml`: its parameters are stored in one struct of its own,
/// which every request that includes the group holds in a field named after it.
#[derive(Debug)]
pub struct Group {
    /// The group's name, also the name of the request field and of its tables' module.
    pub name: String,
    /// The struct's name.
    pub type_name: String,
    /// Its parameters, resolved (alike on every endpoint that includes it).
    pub params: Vec<Param>,
    /// The names of the endpoints that include it.
    pub endpoints: Vec<String>,
}

#[derive(Debug)]
pub struct Integration {
    pub name: String,
    pub slugs: Vec<String>,
    pub variant: String,
    pub constructor: String,
    pub note: Option<String>,
}

#[derive(Debug)]
pub struct ListEnvelope {
    pub items: Vec<String>,
    pub next_cursor: String,
    pub prev_cursor: String,
    pub result_count: String,
    pub partial: String,
}

#[derive(Debug)]
pub struct ResponseFormat {
    pub name: String,
    pub variant: String,
    pub description: String,
    pub body: BodyDef,
}

#[derive(Debug)]
pub struct ModelFile {
    /// Source path relative to `spec/`, e.g. `models/user.yaml`.
    pub file: String,
    /// Module name, e.g. `user`.
    pub module: String,
    pub models: Vec<Model>,
}

#[derive(Debug)]
pub struct Model {
    pub name: String,
    pub description: String,
    /// Where the model's fields come from.
    pub source: Option<String>,
    pub fields: Vec<ModelField>,
}

#[derive(Debug)]
pub struct ModelField {
    pub name: String,
    pub rust: String,
    pub ty: ModelTypeDef,
    pub description: String,
    pub required: bool,
    pub values: Vec<String>,
    /// Enum type name (enum fields) or item model (object arrays).
    pub type_name: Option<String>,
}

#[derive(Debug)]
pub struct Endpoint {
    pub file: String,
    pub module: String,
    pub name: String,
    pub rust_name: String,
    pub summary: String,
    pub method: &'static str,
    pub path: String,
    pub description: String,
    pub source: Option<String>,
    pub idempotent: bool,
    pub irreversible: bool,
    /// Not tied to an integrated account (the admin API): no integrations.
    pub admin: bool,
    pub integrations: Vec<usize>,
    /// Integrations not on the endpoint's own page, with their sources.
    pub integration_sources: Vec<(usize, String)>,
    /// List endpoints: integrations whose results carry only some fields, with their sources.
    pub partial_in: Vec<(usize, String)>,
    /// The body is the list envelope around items of `response_model`.
    pub list: bool,
    pub response_formats: Vec<String>,
    pub params: Vec<Param>,
    pub rules: Vec<Rule>,
    pub offboarding: Option<Offboarding>,
    /// How offboarding takes one kind of access away with this endpoint.
    pub revoke: Option<Revoke>,
    /// The page counts more integrations than it names.
    pub unnamed: Option<Unnamed>,
    /// The page marks the endpoint deprecated.
    pub deprecated: Option<Deprecated>,
    /// The body may also be `{<wrapped>: model}`.
    pub wrapped: Option<String>,
    pub response_model: String,
    /// Every field of the response model, with the integrations the page says fill it.
    pub response_fields: Vec<(String, Vec<usize>)>,
}

#[derive(Debug, Clone)]
pub struct SubField {
    pub name: String,
    pub rust: String,
    pub ty: SubFieldTypeDef,
    pub description: String,
}

#[derive(Debug, Clone)]
pub struct Param {
    pub name: String,
    pub rust: String,
    pub location: Location,
    pub ty: ParamTypeDef,
    pub description: String,
    pub required: bool,
    pub required_in: Vec<usize>,
    pub supported_in: Vec<usize>,
    pub all_integrations: bool,
    pub notes: Vec<(usize, String)>,
    pub values: Vec<String>,
    pub fields: Vec<SubField>,
    /// Enum type (enum params) or item type (object arrays).
    pub type_name: Option<String>,
    pub example: Option<serde_json::Value>,
    pub default: Option<serde_json::Value>,
    pub role: Option<RoleDef>,
    pub irreversible: bool,
    pub assumed: Vec<&'static str>,
    pub source: Option<String>,
    /// `required_in` / `supported_in` entries not on the endpoint's page, with their sources.
    pub sources: Vec<(usize, String)>,
}

impl Param {
    /// Stored as a plain `String` (always-required text); everything else is optional.
    pub fn is_plain_string(&self) -> bool {
        self.required && matches!(self.ty, ParamTypeDef::String | ParamTypeDef::Uuid)
    }

    pub fn accepted_in(&self, integration: usize) -> bool {
        self.all_integrations
            || self.required
            || self.required_in.contains(&integration)
            || self.supported_in.contains(&integration)
    }
}

/// How bulk offboarding uses an endpoint.
/// What an offboarding call's success does to the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EffectKind {
    /// The user stays, with this unified status.
    SetsStatus(String),
    /// The user is gone.
    Removes,
    /// The user stays, without the paid seat or privileges.
    Downgrades,
}

#[derive(Debug)]
pub struct Offboarding {
    pub operation: String,
    pub rank: u8,
    /// What a success does to the user.
    pub effect: EffectKind,
    /// `(HTTP status, remote only, meaning)`.
    pub already_done: Vec<(u16, bool, String)>,
    /// Which of `effect` / `already_done` were inferred, and from where.
    pub assumed: Vec<String>,
    pub source: Option<String>,
}

#[derive(Debug)]
pub struct Rule {
    pub integration: usize,
    /// Indices into the endpoint's params.
    pub at_least_one_of: Vec<usize>,
    pub note: String,
    pub type_name: String,
}

impl Endpoint {
    /// Params an integration must pass to its constructor: always-required ones, then its own.
    pub fn constructor_params(&self, integration: usize) -> Vec<usize> {
        let mut out: Vec<usize> = (0..self.params.len())
            .filter(|&i| self.params[i].required)
            .collect();
        out.extend(
            (0..self.params.len()).filter(|&i| self.params[i].required_in.contains(&integration)),
        );
        out
    }

    pub fn rules_for(&self, integration: usize) -> impl Iterator<Item = &Rule> {
        self.rules
            .iter()
            .filter(move |r| r.integration == integration)
    }
}

/// The page counts more integrations than it names: a call for one it does not name is sent
/// with a warning.
#[derive(Debug)]
pub struct Unnamed {
    /// The page's count, when it gives one.
    pub count: Option<u32>,
    pub source: String,
}

/// A deprecated endpoint: the page's note and where it says so.
#[derive(Debug)]
pub struct Deprecated {
    pub note: String,
    pub source: String,
}

/// How offboarding takes one kind of access away with an endpoint.
#[derive(Debug)]
pub struct Revoke {
    /// The name plans give.
    pub access: String,
    /// The people model's object-array field listing that access.
    pub user_field: String,
    /// Index into the endpoint's params of the one that takes the removed item's id.
    pub item_parameter: usize,
    /// The list endpoint whose records are what is removed, with the record fields holding
    /// the user's id and the id of the `user_field` item each grants.
    pub listed_by: Option<ListedBy>,
    pub source: String,
}

#[derive(Debug)]
pub struct ListedBy {
    pub endpoint: String,
    pub user_key: String,
    pub grants: String,
}
