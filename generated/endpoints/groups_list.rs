// @generated from spec/endpoints/groups-list.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

use crate::spec::{EndpointSpec, ListSpec, Method};
use crate::operation::json_into;
use crate::validate::Field;
use crate::{Integration, Mode, ValidationReport};
/// `group_type` on `groups.list`: Type of the group.
///
/// A value outside the list is kept in `Unknown` and reported by the validator.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GroupType {
    /// `department`
    Department,
    /// `group`
    Group,
    /// `product`
    Product,
    /// `team`
    Team,
    /// A value this spec does not know, kept as given or received (see `UnknownValue`).
    Unknown(crate::decode::UnknownValue),
}
impl GroupType {
    /// The values this spec knows.
    pub const KNOWN: &'static [&'static str] = &[
        "department",
        "group",
        "product",
        "team",
    ];
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Department => "department",
            Self::Group => "group",
            Self::Product => "product",
            Self::Team => "team",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
}
impl From<&str> for GroupType {
    fn from(value: &str) -> Self {
        match value {
            "department" => Self::Department,
            "group" => Self::Group,
            "product" => Self::Product,
            "team" => Self::Team,
            other => Self::Unknown(crate::decode::UnknownValue::new(other)),
        }
    }
}
crate::decode::open_enum_traits!(GroupType);
/// `sort_by` on `groups.list`: The field to sort the resource by.
///
/// A value outside the list is kept in `Unknown` and reported by the validator.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SortBy {
    /// `created_at`
    CreatedAt,
    /// `id`
    Id,
    /// `name`
    Name,
    /// A value this spec does not know, kept as given or received (see `UnknownValue`).
    Unknown(crate::decode::UnknownValue),
}
impl SortBy {
    /// The values this spec knows.
    pub const KNOWN: &'static [&'static str] = &["created_at", "id", "name"];
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CreatedAt => "created_at",
            Self::Id => "id",
            Self::Name => "name",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
}
impl From<&str> for SortBy {
    fn from(value: &str) -> Self {
        match value {
            "created_at" => Self::CreatedAt,
            "id" => Self::Id,
            "name" => Self::Name,
            other => Self::Unknown(crate::decode::UnknownValue::new(other)),
        }
    }
}
crate::decode::open_enum_traits!(SortBy);
/// `sortOrder` on `groups.list`: SCIM sort order.
///
/// A value outside the list is kept in `Unknown` and reported by the validator.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ScimSortOrder {
    /// `ascending`
    Ascending,
    /// `descending`
    Descending,
    /// A value this spec does not know, kept as given or received (see `UnknownValue`).
    Unknown(crate::decode::UnknownValue),
}
impl ScimSortOrder {
    /// The values this spec knows.
    pub const KNOWN: &'static [&'static str] = &["ascending", "descending"];
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ascending => "ascending",
            Self::Descending => "descending",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
}
impl From<&str> for ScimSortOrder {
    fn from(value: &str) -> Self {
        match value {
            "ascending" => Self::Ascending,
            "descending" => Self::Descending,
            other => Self::Unknown(crate::decode::UnknownValue::new(other)),
        }
    }
}
crate::decode::open_enum_traits!(ScimSortOrder);
/// Lists the groups (teams, departments) of the connected application, one page at a time: pass
/// `next_cursor` from a response to get the next page. Integrations marked partial return only some
/// fields in the list; get the group for the full object. Some integrations require an organization id
/// or a group type.
///
/// `GET /unified/user-directory/groups`. Idempotent: safe to retry after a lost response.
///
/// Every integration requires `integrated_account_id`: `new` takes it. `validate` checks a request
/// against any integration, reporting every problem at once.
///
/// Source: <https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list.md>.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListGroups {
    /// The unique identifier of the organization to list the groups of.
    ///
    /// Query parameter `organization_id` · string.
    /// Accepted by every integration of the endpoint.
    /// Note for Asana: Unique identifier of the organization to fetch the teams for. Required (an older
    /// version of the page)
    /// Assumed supported_in: not recovered from the API pages
    /// (<https://truto.one/docs/api-reference/unified-user-directory-api/groups/list> (6 supported, 6
    /// required, with a second integration's note "Slug of the organization (e.g. \"truto-1\")"; an older
    /// version: required in Asana) \[seen\]; accepted by all here \[inferred\]).
    pub organization_id: Option<String>,
    /// Type of the group.
    ///
    /// Query parameter `group_type` · enum: `department`, `group`, `product`, `team`.
    /// Accepted by every integration of the endpoint.
    /// Assumed supported_in: not recovered from the API pages
    /// (<https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list> (100 supported, 7
    /// required, integration names lost) \[seen counts\]; accepted by all here \[inferred\]).
    pub group_type: Option<GroupType>,
    /// Name of the group.
    ///
    /// Query parameter `name` · string.
    /// Accepted by every integration of the endpoint.
    /// Assumed supported_in: not recovered from the API pages
    /// (<https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list> (112 supported)
    /// \[seen counts\]; accepted by all here \[inferred\]).
    pub name: Option<String>,
    /// Description of the group.
    ///
    /// Query parameter `description` · string.
    /// Accepted by every integration of the endpoint.
    /// Assumed supported_in: not recovered from the API pages
    /// (<https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list> (41 supported)
    /// \[seen counts\]; accepted by all here \[inferred\]).
    pub description: Option<String>,
    /// Date and time when the group was created.
    ///
    /// Query parameter `created_at` · string.
    /// Accepted by every integration of the endpoint.
    /// Assumed type and supported_in: not recovered from the API pages
    /// (<https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list> (50 supported; an
    /// older version: "object · date-time", Vercel) \[seen counts\]; a date-time string, accepted by all
    /// here \[inferred\]).
    pub created_at: Option<String>,
    /// Date and time when the group was last updated.
    ///
    /// Query parameter `updated_at` · string.
    /// Accepted by every integration of the endpoint.
    /// Assumed type and supported_in: not recovered from the API pages
    /// (<https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list> (44 supported)
    /// \[seen counts\]; a date-time string, accepted by all here \[inferred\]).
    pub updated_at: Option<String>,
    /// The field to sort the resource by.
    ///
    /// Query parameter `sort_by` · enum: `created_at`, `id`, `name`.
    /// Accepted by every integration of the endpoint.
    /// Assumed supported_in: not recovered from the API pages
    /// (<https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list> (5 supported)
    /// \[seen counts\]; accepted by all here \[inferred\]).
    pub sort_by: Option<SortBy>,
    /// If true, list groups instead of projects.
    ///
    /// Query parameter `is_group` · boolean.
    /// Accepted by every integration of the endpoint.
    /// Assumed supported_in: not recovered from the API pages
    /// (<https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list> (1 supported)
    /// \[seen counts\]; accepted by all here \[inferred\]).
    pub is_group: Option<bool>,
    /// When is_group=true and workspace_id is provided, include nested descendant groups.
    ///
    /// Query parameter `include_nested` · boolean.
    /// Accepted by every integration of the endpoint.
    /// Assumed supported_in: not recovered from the API pages
    /// (<https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list> (1 supported)
    /// \[seen counts\]; accepted by all here \[inferred\]).
    pub include_nested: Option<bool>,
    /// The unique identifier for a user (lists that user's groups)
    ///
    /// Query parameter `user_id` · string.
    /// Accepted by every integration of the endpoint.
    /// Assumed supported_in: not recovered from the API pages
    /// (<https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list> (1 supported, 1
    /// required, integration name lost) \[seen counts\]; accepted by all here \[inferred\]).
    pub user_id: Option<String>,
    /// SCIM filter expression.
    ///
    /// Query parameter `filter` · string.
    /// Supported in: Stripe.
    pub scim_filter: Option<String>,
    /// Comma-separated SCIM attributes to return from Stripe.
    ///
    /// Query parameter `attributes` · string.
    /// Supported in: Stripe.
    /// Assumed name: not recovered from the API pages
    /// (<https://truto.one/docs/api-reference/unified-user-directory-api/groups/list> (1 supported; the
    /// text shows no name) \[seen\]; named `attributes` as in SCIM, RFC 7644 §3.4.2.5 \[inferred\]).
    pub scim_attributes: Option<String>,
    /// Comma-separated SCIM attributes to exclude from Stripe.
    ///
    /// Query parameter `excludedAttributes` · string.
    /// Supported in: Stripe.
    /// Assumed name: not recovered from the API pages
    /// (<https://truto.one/docs/api-reference/unified-user-directory-api/groups/list> (1 supported; the
    /// text shows no name) \[seen\]; named `excludedAttributes` as in SCIM, RFC 7644 §3.4.2.5
    /// \[inferred\]).
    pub scim_excluded_attributes: Option<String>,
    /// SCIM attribute to sort by.
    ///
    /// Query parameter `sortBy` · string.
    /// Supported in: Stripe.
    pub scim_sort_by: Option<String>,
    /// SCIM sort order.
    ///
    /// Query parameter `sortOrder` · enum: `ascending`, `descending`.
    /// Supported in: Stripe.
    pub scim_sort_order: Option<ScimSortOrder>,
    /// The parameters of the `truto_query` group, shared with other endpoints: see
    /// [`TrutoQuery`](crate::TrutoQuery), and [`TrutoQuerySetters`](crate::TrutoQuerySetters) for their
    /// setters.
    pub truto_query: crate::TrutoQuery,
    /// The parameters of the `paging` group, shared with other endpoints: see [`Paging`](crate::Paging),
    /// and [`PagingSetters`](crate::PagingSetters) for their setters.
    pub paging: crate::Paging,
    /// The parameters of the `truto_list` group, shared with other endpoints: see
    /// [`TrutoList`](crate::TrutoList), and [`TrutoListSetters`](crate::TrutoListSetters) for their
    /// setters.
    pub truto_list: crate::TrutoList,
}
impl ListGroups {
    /// A request with the parameters every integration requires.
    ///
    /// It fits every integration of this endpoint.
    #[inline]
    pub fn new(integrated_account_id: &str) -> Self {
        Self {
            truto_query: crate::TrutoQuery::new(integrated_account_id),
            ..Self::default()
        }
    }
    /// Sets `organization_id`: the unique identifier of the organization to list the groups of.
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        self.organization_id = Some(value.into());
        self
    }
    /// Sets `group_type`: type of the group.
    pub fn group_type(mut self, value: impl Into<GroupType>) -> Self {
        self.group_type = Some(value.into());
        self
    }
    /// Sets `name`: name of the group.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `description`: description of the group.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `created_at`: date and time when the group was created.
    pub fn created_at(mut self, value: impl Into<String>) -> Self {
        self.created_at = Some(value.into());
        self
    }
    /// Sets `updated_at`: date and time when the group was last updated.
    pub fn updated_at(mut self, value: impl Into<String>) -> Self {
        self.updated_at = Some(value.into());
        self
    }
    /// Sets `sort_by`: the field to sort the resource by.
    pub fn sort_by(mut self, value: impl Into<SortBy>) -> Self {
        self.sort_by = Some(value.into());
        self
    }
    /// Sets `is_group`: if true, list groups instead of projects.
    #[inline]
    pub fn is_group(mut self, value: bool) -> Self {
        self.is_group = Some(value);
        self
    }
    /// Sets `include_nested`: when is_group=true and workspace_id is provided, include nested descendant
    /// groups.
    #[inline]
    pub fn include_nested(mut self, value: bool) -> Self {
        self.include_nested = Some(value);
        self
    }
    /// Sets `user_id`: the unique identifier for a user (lists that user's groups)
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `filter`: SCIM filter expression.
    pub fn scim_filter(mut self, value: impl Into<String>) -> Self {
        self.scim_filter = Some(value.into());
        self
    }
    /// Sets `attributes`: comma-separated SCIM attributes to return from Stripe.
    pub fn scim_attributes(mut self, value: impl Into<String>) -> Self {
        self.scim_attributes = Some(value.into());
        self
    }
    /// Sets `excludedAttributes`: comma-separated SCIM attributes to exclude from Stripe.
    pub fn scim_excluded_attributes(mut self, value: impl Into<String>) -> Self {
        self.scim_excluded_attributes = Some(value.into());
        self
    }
    /// Sets `sortBy`: SCIM attribute to sort by.
    pub fn scim_sort_by(mut self, value: impl Into<String>) -> Self {
        self.scim_sort_by = Some(value.into());
        self
    }
    /// Sets `sortOrder`: SCIM sort order.
    pub fn scim_sort_order(mut self, value: impl Into<ScimSortOrder>) -> Self {
        self.scim_sort_order = Some(value.into());
        self
    }
    /// The request, if it is valid for `integration` in `mode`; otherwise every problem.
    #[inline]
    pub fn validated(
        self,
        integration: Integration,
        mode: Mode,
    ) -> Result<Self, ValidationReport> {
        let report = self.validate(integration, mode);
        if report.is_ok() { Ok(self) } else { Err(report) }
    }
    /// Every problem with this request for `integration`, at once.
    #[inline]
    pub fn validate(&self, integration: Integration, mode: Mode) -> ValidationReport {
        crate::Operation::validate(self, integration, mode)
    }
    /// What `integration` must and may send on this endpoint.
    #[inline]
    pub fn requirements(integration: Integration) -> crate::spec::Requirements {
        SPEC.requirements(integration)
    }
    /// Sets the parameter with this wire name from JSON (`None`: there is no such parameter).
    #[inline]
    fn set_parameter(
        &mut self,
        name: &str,
        value: serde_json::Value,
    ) -> Option<Result<(), serde_json::Error>> {
        let set = match name {
            "organization_id" => json_into(&mut self.organization_id, value),
            "group_type" => json_into(&mut self.group_type, value),
            "name" => json_into(&mut self.name, value),
            "description" => json_into(&mut self.description, value),
            "created_at" => json_into(&mut self.created_at, value),
            "updated_at" => json_into(&mut self.updated_at, value),
            "sort_by" => json_into(&mut self.sort_by, value),
            "is_group" => json_into(&mut self.is_group, value),
            "include_nested" => json_into(&mut self.include_nested, value),
            "user_id" => json_into(&mut self.user_id, value),
            "filter" => json_into(&mut self.scim_filter, value),
            "attributes" => json_into(&mut self.scim_attributes, value),
            "excludedAttributes" => json_into(&mut self.scim_excluded_attributes, value),
            "sortBy" => json_into(&mut self.scim_sort_by, value),
            "sortOrder" => json_into(&mut self.scim_sort_order, value),
            _ if crate::TrutoQuery::NAMES.contains(&name) => {
                self.truto_query.set_parameter(name, value)?
            }
            _ if crate::Paging::NAMES.contains(&name) => {
                self.paging.set_parameter(name, value)?
            }
            _ if crate::TrutoList::NAMES.contains(&name) => {
                self.truto_list.set_parameter(name, value)?
            }
            _ => return None,
        };
        Some(set)
    }
}
crate::operation::request_traits!(ListGroups);
impl crate::TrutoQuerySetters for ListGroups {
    #[inline]
    fn truto_query_mut(&mut self) -> &mut crate::TrutoQuery {
        &mut self.truto_query
    }
}
impl crate::PagingSetters for ListGroups {
    #[inline]
    fn paging_mut(&mut self) -> &mut crate::Paging {
        &mut self.paging
    }
}
impl crate::TrutoListSetters for ListGroups {
    #[inline]
    fn truto_list_mut(&mut self) -> &mut crate::TrutoList {
        &mut self.truto_list
    }
}
impl crate::Operation for ListGroups {
    type Response = crate::Page<crate::Group>;
    #[inline]
    fn spec() -> &'static EndpointSpec {
        &SPEC
    }
    #[inline]
    fn fields(&self) -> Vec<Field<'_>> {
        let mut fields = Field::set(
            &[
                (&parameters::ORGANIZATION_ID, &self.organization_id),
                (&parameters::GROUP_TYPE, &self.group_type),
                (&parameters::NAME, &self.name),
                (&parameters::DESCRIPTION, &self.description),
                (&parameters::CREATED_AT, &self.created_at),
                (&parameters::UPDATED_AT, &self.updated_at),
                (&parameters::SORT_BY, &self.sort_by),
                (&parameters::IS_GROUP, &self.is_group),
                (&parameters::INCLUDE_NESTED, &self.include_nested),
                (&parameters::USER_ID, &self.user_id),
                (&parameters::SCIM_FILTER, &self.scim_filter),
                (&parameters::SCIM_ATTRIBUTES, &self.scim_attributes),
                (&parameters::SCIM_EXCLUDED_ATTRIBUTES, &self.scim_excluded_attributes),
                (&parameters::SCIM_SORT_BY, &self.scim_sort_by),
                (&parameters::SCIM_SORT_ORDER, &self.scim_sort_order),
            ],
        );
        fields.extend(self.truto_query.fields());
        fields.extend(self.paging.fields());
        fields.extend(self.truto_list.fields());
        fields
    }
}
impl crate::Client {
    /// `GET /unified/user-directory/groups`: List Groups.
    ///
    /// Every page, fetched lazily as they are asked for: `next_page()` for pages, `items()` for the items
    /// of all pages as a stream. Each page is validated for `integration` (looked up from the integrated
    /// account when `None`) and sent with the client's retry policy and rate budget.
    #[inline]
    pub fn list_groups<'a>(
        &'a self,
        request: &'a ListGroups,
        integration: Option<Integration>,
    ) -> crate::Pages<'a, crate::Group> {
        self.pages(request, integration)
    }
}

/// Everything the spec says about `groups.list`, as data.
pub static SPEC: EndpointSpec = EndpointSpec {
    name: "groups.list",
    rust_name: "ListGroups",
    summary: "List Groups",
    method: Method::Get,
    path: "/unified/user-directory/groups",
    description: "Lists the groups (teams, departments) of the connected application, one page at a time: pass \
        `next_cursor` from a response to get the next page. Integrations marked partial return only some fields in \
        the list; get the group for the full object. Some integrations require an organization id or a group type.",
    idempotent: true,
    irreversible: false,
    admin: false,
    integrations: &[
        Integration::FifteenFive,
        Integration::Accelo, Integration::ActiveCampaign, Integration::Adaptive,
        Integration::Aircall, Integration::AirtableScim, Integration::AmplitudeScim,
        Integration::Apono, Integration::Asana, Integration::AssetPanda, Integration::Atlassian,
        Integration::Bitwarden, Integration::BlackLine, Integration::Buildkite,
        Integration::Chronosphere,
        Integration::CockroachDBCloud, Integration::Concord, Integration::Confluence, Integration::ConfluenceOnPrem,
        Integration::Coupa,
        Integration::Databricks, Integration::DevRev, Integration::Dixa, Integration::Drift,
        Integration::Egnyte,
        Integration::FilesCom, Integration::Fivetran, Integration::FloQast,
        Integration::Freshcaller, Integration::Freshchat, Integration::Freshservice, Integration::Front,
        Integration::FuseDesk,
        Integration::GoogleCloudSQL, Integration::GitLab, Integration::Gladly,
        Integration::HaloITSM, Integration::HappyFox, Integration::HashicorpTerraformCloud,
        Integration::Height, Integration::HelloID, Integration::HelpScout, Integration::Heroku,
        Integration::HiBob, Integration::Hive,
        Integration::Hootsuite,
        Integration::Ironclad,
        Integration::JFrog, Integration::Jira, Integration::JiraServiceManagement, Integration::JumpCloud,
        Integration::Keeper, Integration::KnowBe4,
        Integration::LaunchDarkly, Integration::Leadsquared, Integration::LearnWorlds, Integration::LiveAgent,
        Integration::Make, Integration::MiniOrange, Integration::Mode,
        Integration::Netlify, Integration::NetskopeScim, Integration::NewRelic,
        Integration::Okta, Integration::OneLogin,
        Integration::OpenVPNCloudConnexa, Integration::Opsgenie, Integration::OracleFusionCloudEpm,
        Integration::PendoScim, Integration::PipelineCrm, Integration::Pylon,
        Integration::QlikSense,
        Integration::Richpanel, Integration::Rippling, Integration::Rithum, Integration::Rollbar, Integration::Rootly,
        Integration::Salesloft, Integration::Segment, Integration::Sendoso, Integration::ServiceNow,
        Integration::SigmaComputing, Integration::Sisense, Integration::Slack, Integration::SmartRecruiters,
        Integration::SolarWindsServiceDesk, Integration::SonarQubeCloud, Integration::SonarQubeServer,
        Integration::Sophos,
        Integration::Statsig, Integration::Streak, Integration::SurveyMonkey, Integration::SurveySparrow,
        Integration::TalentLMS, Integration::TeamViewer, Integration::TeamworkProjectManagement, Integration::Tenable,
        Integration::ThoughtSpot,
        Integration::Trengo,
        Integration::UserVoice,
        Integration::Vanta, Integration::VeevaVault, Integration::Vercel, Integration::Vidyard,
        Integration::Webflow, Integration::Wiz, Integration::Workato, Integration::Wrike,
        Integration::ZohoMeeting, Integration::ZohoVault, Integration::Zscaler, Integration::ZscalerZia,
        Integration::Stripe,
    ],
    response_formats: &[
        crate::ResponseFormat::Unified,
        crate::ResponseFormat::Raw,
        crate::ResponseFormat::Normalized,
        crate::ResponseFormat::Stream,
    ],
    list: Some(ListSpec { partial_in: &[Integration::FifteenFive, Integration::JFrog] }),
    parameters: &[
        &parameters::ORGANIZATION_ID,
        &parameters::GROUP_TYPE,
        &parameters::NAME,
        &parameters::DESCRIPTION,
        &parameters::CREATED_AT,
        &parameters::UPDATED_AT,
        &parameters::SORT_BY,
        &parameters::IS_GROUP,
        &parameters::INCLUDE_NESTED,
        &parameters::USER_ID,
        &parameters::SCIM_FILTER,
        &parameters::SCIM_ATTRIBUTES,
        &parameters::SCIM_EXCLUDED_ATTRIBUTES,
        &parameters::SCIM_SORT_BY,
        &parameters::SCIM_SORT_ORDER,
        &crate::common::truto_query::INTEGRATED_ACCOUNT_ID,
        &crate::common::truto_query::TRUTO_RESPONSE_FORMAT,
        &crate::common::truto_query::TRUTO_IGNORE_REMOTE_DATA,
        &crate::common::truto_query::TRUTO_EXCLUDE_FIELDS,
        &crate::common::truto_query::REMOTE_QUERY,
        &crate::common::paging::LIMIT,
        &crate::common::paging::NEXT_CURSOR,
        &crate::common::truto_list::TRUTO_KEY_BY,
        &crate::common::truto_list::TRUTO_IGNORE_LIMIT,
    ],
    rules: &[],
    offboarding: None,
    revoke: None,
    unnamed_integrations: None,
    deprecated: None,
    wrapped: None,
    response_model: "Group",
    response_fields: &[],
    presence: &PRESENCE,
    api: &crate::API,
};
/// What `groups.list`'s parameters ask of a request, by integration (computed at compile time).
static PRESENCE: crate::spec::Presences = crate::spec::Presences::of(&SPEC);

/// The entries of the endpoint's own parameters, one `static` each.
mod parameters {
    use crate::Integration;
    use crate::spec::{Acceptance, Example, Location, Note, ParamRole, ParamType, ParameterSpec};

    pub(super) static ORGANIZATION_ID: ParameterSpec = ParameterSpec::new(
        "organization_id", Location::Query, ParamType::String,
        Acceptance::Optional, "The unique identifier of the organization to list the groups of.",
    )
    .notes(&[
        Note { integration: Integration::Asana, text: "Unique identifier of the organization to fetch the teams for. \
            Required (an older version of the page)." },
    ])
    .assumed(&["supported_in"])
    .example(Example::Text("1200000000000000"));

    pub(super) static GROUP_TYPE: ParameterSpec = ParameterSpec::new(
        "group_type", Location::Query, ParamType::Enum(&["department", "group", "product", "team"]),
        Acceptance::Optional, "Type of the group.",
    )
    .assumed(&["supported_in"])
    .example(Example::Text("team"));

    pub(super) static NAME: ParameterSpec = ParameterSpec::new(
        "name", Location::Query, ParamType::String,
        Acceptance::Optional, "Name of the group.",
    )
    .assumed(&["supported_in"]);

    pub(super) static DESCRIPTION: ParameterSpec = ParameterSpec::new(
        "description", Location::Query, ParamType::String,
        Acceptance::Optional, "Description of the group.",
    )
    .assumed(&["supported_in"]);

    pub(super) static CREATED_AT: ParameterSpec = ParameterSpec::new(
        "created_at", Location::Query, ParamType::String,
        Acceptance::Optional, "Date and time when the group was created.",
    )
    .assumed(&["type", "supported_in"]);

    pub(super) static UPDATED_AT: ParameterSpec = ParameterSpec::new(
        "updated_at", Location::Query, ParamType::String,
        Acceptance::Optional, "Date and time when the group was last updated.",
    )
    .assumed(&["type", "supported_in"]);

    pub(super) static SORT_BY: ParameterSpec = ParameterSpec::new(
        "sort_by", Location::Query, ParamType::Enum(&["created_at", "id", "name"]),
        Acceptance::Optional, "The field to sort the resource by.",
    )
    .assumed(&["supported_in"]);

    pub(super) static IS_GROUP: ParameterSpec = ParameterSpec::new(
        "is_group", Location::Query, ParamType::Boolean,
        Acceptance::Optional, "If true, list groups instead of projects.",
    )
    .assumed(&["supported_in"]);

    pub(super) static INCLUDE_NESTED: ParameterSpec = ParameterSpec::new(
        "include_nested", Location::Query, ParamType::Boolean,
        Acceptance::Optional, "When is_group=true and workspace_id is provided, include nested descendant groups.",
    )
    .assumed(&["supported_in"]);

    pub(super) static USER_ID: ParameterSpec = ParameterSpec::new(
        "user_id", Location::Query, ParamType::String,
        Acceptance::Optional, "The unique identifier for a user (lists that user's groups).",
    )
    .role(ParamRole::User)
    .assumed(&["supported_in"])
    .example(Example::Text("23423523"));

    pub(super) static SCIM_FILTER: ParameterSpec = ParameterSpec::new(
        "filter", Location::Query, ParamType::String,
        Acceptance::supported_in(&[Integration::Stripe]), "SCIM filter expression.",
    )
    .rust_name("scim_filter");

    pub(super) static SCIM_ATTRIBUTES: ParameterSpec = ParameterSpec::new(
        "attributes", Location::Query, ParamType::String,
        Acceptance::supported_in(&[Integration::Stripe]), "Comma-separated SCIM attributes to return from Stripe.",
    )
    .rust_name("scim_attributes")
    .assumed(&["name"]);

    pub(super) static SCIM_EXCLUDED_ATTRIBUTES: ParameterSpec = ParameterSpec::new(
        "excludedAttributes", Location::Query, ParamType::String,
        Acceptance::supported_in(&[Integration::Stripe]), "Comma-separated SCIM attributes to exclude from Stripe.",
    )
    .rust_name("scim_excluded_attributes")
    .assumed(&["name"]);

    pub(super) static SCIM_SORT_BY: ParameterSpec = ParameterSpec::new(
        "sortBy", Location::Query, ParamType::String,
        Acceptance::supported_in(&[Integration::Stripe]), "SCIM attribute to sort by.",
    )
    .rust_name("scim_sort_by");

    pub(super) static SCIM_SORT_ORDER: ParameterSpec = ParameterSpec::new(
        "sortOrder", Location::Query, ParamType::Enum(&["ascending", "descending"]),
        Acceptance::supported_in(&[Integration::Stripe]), "SCIM sort order.",
    )
    .rust_name("scim_sort_order");
}
