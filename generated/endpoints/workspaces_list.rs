// @generated from spec/endpoints/workspaces-list.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

use crate::spec::{EndpointSpec, ListSpec, Method, RuleSpec};
use crate::operation::json_into;
use crate::validate::Field;
use crate::{Integration, Mode, ValidationReport};
/// `status` on `workspaces.list`: Status for the workspace.
///
/// A value outside the list is kept in `Unknown` and reported by the validator.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Status {
    /// `active`
    Active,
    /// `inactive`
    Inactive,
    /// A value this spec does not know, kept as given or received (see `UnknownValue`).
    Unknown(crate::decode::UnknownValue),
}
impl Status {
    /// The values this spec knows.
    pub const KNOWN: &'static [&'static str] = &["active", "inactive"];
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
}
impl From<&str> for Status {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "inactive" => Self::Inactive,
            other => Self::Unknown(crate::decode::UnknownValue::new(other)),
        }
    }
}
crate::decode::open_enum_traits!(Status);
/// `sort_by` on `workspaces.list`: The field to sort the workspaces by.
///
/// A value outside the list is kept in `Unknown` and reported by the validator.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SortBy {
    /// `created_at`
    CreatedAt,
    /// `name`
    Name,
    /// `updated_at`
    UpdatedAt,
    /// A value this spec does not know, kept as given or received (see `UnknownValue`).
    Unknown(crate::decode::UnknownValue),
}
impl SortBy {
    /// The values this spec knows.
    pub const KNOWN: &'static [&'static str] = &["created_at", "name", "updated_at"];
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CreatedAt => "created_at",
            Self::Name => "name",
            Self::UpdatedAt => "updated_at",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
}
impl From<&str> for SortBy {
    fn from(value: &str) -> Self {
        match value {
            "created_at" => Self::CreatedAt,
            "name" => Self::Name,
            "updated_at" => Self::UpdatedAt,
            other => Self::Unknown(crate::decode::UnknownValue::new(other)),
        }
    }
}
crate::decode::open_enum_traits!(SortBy);
/// `product` on `workspaces.list`: Select the product for which you want to retrieve the workspaces.
///
/// A value outside the list is kept in `Unknown` and reported by the validator.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Product {
    /// `analytics`
    Analytics,
    /// `sharepoint`
    Sharepoint,
    /// `teams`
    Teams,
    /// A value this spec does not know, kept as given or received (see `UnknownValue`).
    Unknown(crate::decode::UnknownValue),
}
impl Product {
    /// The values this spec knows.
    pub const KNOWN: &'static [&'static str] = &["analytics", "sharepoint", "teams"];
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Analytics => "analytics",
            Self::Sharepoint => "sharepoint",
            Self::Teams => "teams",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
}
impl From<&str> for Product {
    fn from(value: &str) -> Self {
        match value {
            "analytics" => Self::Analytics,
            "sharepoint" => Self::Sharepoint,
            "teams" => Self::Teams,
            other => Self::Unknown(crate::decode::UnknownValue::new(other)),
        }
    }
}
crate::decode::open_enum_traits!(Product);
/// At least one of `organization_id`, `group_id`: what Asana requires on `workspaces.list` (Either of
/// organization_id or group_id is required).
///
/// Built from one of them, so it can never be empty; add the others with the `and_…` methods.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationIdOrGroupId {
    organization_id: Option<String>,
    group_id: Option<String>,
}
impl OrganizationIdOrGroupId {
    const EMPTY: Self = Self {
        organization_id: None,
        group_id: None,
    };
    /// Sets `organization_id`.
    pub fn organization_id(value: impl Into<String>) -> Self {
        Self::EMPTY.and_organization_id(value)
    }
    /// Also sets `organization_id`.
    pub fn and_organization_id(mut self, value: impl Into<String>) -> Self {
        self.organization_id = Some(value.into());
        self
    }
    /// Sets `group_id`.
    pub fn group_id(value: impl Into<String>) -> Self {
        Self::EMPTY.and_group_id(value)
    }
    /// Also sets `group_id`.
    pub fn and_group_id(mut self, value: impl Into<String>) -> Self {
        self.group_id = Some(value.into());
        self
    }
}
/// Lists the workspaces (teams, project spaces, sites) of the connected application, one page at a
/// time: pass `next_cursor` from a response to get the next page. Their ids are what other endpoints
/// take as `workspace_id`. Some integrations require an organization id (Asana: an organization or a
/// group id).
///
/// `GET /unified/user-directory/workspaces`. Idempotent: safe to retry after a lost response.
///
/// Every integration requires `integrated_account_id`: `new` takes it. An integration that requires
/// more has a `for_…` constructor whose arguments are exactly what it requires. `validate` checks a
/// request against any integration, reporting every problem at once.
///
/// Source: <https://www.truto.one/docs/api-reference/unified-user-directory-api/workspaces/list.md>.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListWorkspaces {
    /// The unique identifier for the organization.
    ///
    /// Query parameter `organization_id` · string.
    /// Required in: Cisco Meraki, Hashicorp Terraform Cloud, Mural, Podio, Zoho BugTracker.
    /// Supported in: Asana, Zoho Projects.
    /// Asana: Either of organization_id or group_id is required.
    pub organization_id: Option<String>,
    /// The unique identifier of the group (Asana team) whose workspaces to list.
    ///
    /// Query parameter `group_id` · string.
    /// Supported in: Asana.
    /// Asana: Either of organization_id or group_id is required.
    pub group_id: Option<String>,
    /// Status for the workspace.
    ///
    /// Query parameter `status` · enum: `active`, `inactive`.
    /// Supported in:
    /// Adobe Marketo Engage, Adyen, Anthropic, Asana, Avalara AvaTax, dbt Labs,
    /// Freshservice, Google CloudSQL, GitLab, Google Ads, Google Cloud,
    /// Hashicorp Terraform Cloud, ManageEngine ServiceDesk Plus, Microsoft 365,
    /// SharePoint, Teamwork Project Management, Teamwork Spaces, Zeplin, Zoho BugTracker, Zoho Projects.
    pub status: Option<Status>,
    /// Name of the workspace.
    ///
    /// Query parameter `name` · string.
    /// Accepted by every integration of the endpoint.
    pub name: Option<String>,
    /// Description for the workspace.
    ///
    /// Query parameter `description` · string.
    /// Accepted by every integration of the endpoint.
    /// Assumed supported_in: not recovered from the API pages
    /// (<https://www.truto.one/docs/api-reference/unified-user-directory-api/workspaces/list> (17
    /// supported, integration names lost) \[seen counts\]; accepted by all here \[inferred\]).
    pub description: Option<String>,
    /// Date and time when the workspace was last updated.
    ///
    /// Query parameter `updated_at` · string.
    /// Supported in:
    /// Adobe Marketo Engage, Asana, Avalara AvaTax, Contentful Content Management, dbt Labs,
    /// Freshservice, Google CloudSQL, GitLab, Google, Google Cloud,
    /// Hashicorp Terraform Cloud, Mural,
    /// Pivotal Tracker, Sigma Computing, Teamwork Project Management, Teamwork Spaces,
    /// Vercel, Webflow, Workiva, Zeplin, Zesty.io, Zoho BugTracker, Zoho Projects.
    pub updated_at: Option<String>,
    /// The field to sort the workspaces by.
    ///
    /// Query parameter `sort_by` · enum: `created_at`, `name`, `updated_at`.
    /// Accepted by every integration of the endpoint.
    /// Assumed supported_in: not recovered from the API pages
    /// (<https://www.truto.one/docs/api-reference/unified-user-directory-api/workspaces/list> (3 supported,
    /// integration names lost) \[seen counts\]; accepted by all here \[inferred\]).
    pub sort_by: Option<SortBy>,
    /// Set to true to return all descendant groups (direct and indirect) of the group specified by
    /// workspace_id.
    ///
    /// Query parameter `include_nested` · boolean.
    /// Accepted by every integration of the endpoint.
    /// Assumed supported_in: not recovered from the API pages
    /// (<https://www.truto.one/docs/api-reference/unified-user-directory-api/workspaces/list> (1 supported,
    /// integration name lost) \[seen counts\]; accepted by all here \[inferred\]).
    pub include_nested: Option<bool>,
    /// Select the product for which you want to retrieve the workspaces.
    ///
    /// Query parameter `product` · enum: `analytics`, `sharepoint`, `teams`.
    /// Accepted by every integration of the endpoint.
    /// Assumed supported_in: not recovered from the API pages
    /// (<https://www.truto.one/docs/api-reference/unified-user-directory-api/workspaces/list> (2 supported,
    /// 2 required, integration names lost) \[seen counts\]; accepted by all here \[inferred\]).
    pub product: Option<Product>,
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
impl ListWorkspaces {
    /// A request with the parameters every integration requires.
    ///
    /// It fits every integration of this endpoint but those with a `for_…` constructor below.
    #[inline]
    pub fn new(integrated_account_id: &str) -> Self {
        Self {
            truto_query: crate::TrutoQuery::new(integrated_account_id),
            ..Self::default()
        }
    }
    /// Sets `organization_id`: the unique identifier for the organization.
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        self.organization_id = Some(value.into());
        self
    }
    /// Sets `group_id`: the unique identifier of the group (Asana team) whose workspaces to list.
    pub fn group_id(mut self, value: impl Into<String>) -> Self {
        self.group_id = Some(value.into());
        self
    }
    /// Sets `status`: status for the workspace.
    pub fn status(mut self, value: impl Into<Status>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `name`: name of the workspace.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `description`: description for the workspace.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `updated_at`: date and time when the workspace was last updated.
    pub fn updated_at(mut self, value: impl Into<String>) -> Self {
        self.updated_at = Some(value.into());
        self
    }
    /// Sets `sort_by`: the field to sort the workspaces by.
    pub fn sort_by(mut self, value: impl Into<SortBy>) -> Self {
        self.sort_by = Some(value.into());
        self
    }
    /// Sets `include_nested`: set to true to return all descendant groups (direct and indirect) of the
    /// group specified by workspace_id.
    #[inline]
    pub fn include_nested(mut self, value: bool) -> Self {
        self.include_nested = Some(value);
        self
    }
    /// Sets `product`: select the product for which you want to retrieve the workspaces.
    pub fn product(mut self, value: impl Into<Product>) -> Self {
        self.product = Some(value.into());
        self
    }
    /// A `workspaces.list` request for Asana, which also requires at least one of `organization_id`,
    /// `group_id` (either of organization_id or group_id is required). It also accepts `organization_id`,
    /// `group_id`, `status`, `updated_at`.
    #[inline]
    pub fn for_asana(
        integrated_account_id: &str,
        organization_id_or_group_id: OrganizationIdOrGroupId,
    ) -> Self {
        let mut request = Self::new(integrated_account_id);
        request.organization_id = organization_id_or_group_id.organization_id;
        request.group_id = organization_id_or_group_id.group_id;
        request
    }
    /// A `workspaces.list` request for Cisco Meraki, which also requires `organization_id`.
    #[inline]
    pub fn for_cisco_meraki(integrated_account_id: &str, organization_id: &str) -> Self {
        let mut request = Self::new(integrated_account_id);
        request.organization_id = Some(organization_id.into());
        request
    }
    /// A `workspaces.list` request for Hashicorp Terraform Cloud, which also requires `organization_id`. It
    /// also accepts `status`, `updated_at`.
    #[inline]
    pub fn for_hashicorp_terraform_cloud(
        integrated_account_id: &str,
        organization_id: &str,
    ) -> Self {
        let mut request = Self::new(integrated_account_id);
        request.organization_id = Some(organization_id.into());
        request
    }
    /// A `workspaces.list` request for Mural, which also requires `organization_id`. It also accepts
    /// `updated_at`.
    #[inline]
    pub fn for_mural(integrated_account_id: &str, organization_id: &str) -> Self {
        let mut request = Self::new(integrated_account_id);
        request.organization_id = Some(organization_id.into());
        request
    }
    /// A `workspaces.list` request for Podio, which also requires `organization_id`.
    #[inline]
    pub fn for_podio(integrated_account_id: &str, organization_id: &str) -> Self {
        let mut request = Self::new(integrated_account_id);
        request.organization_id = Some(organization_id.into());
        request
    }
    /// A `workspaces.list` request for Zoho BugTracker, which also requires `organization_id`. It also
    /// accepts `status`, `updated_at`.
    #[inline]
    pub fn for_zoho_bugtracker(
        integrated_account_id: &str,
        organization_id: &str,
    ) -> Self {
        let mut request = Self::new(integrated_account_id);
        request.organization_id = Some(organization_id.into());
        request
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
            "group_id" => json_into(&mut self.group_id, value),
            "status" => json_into(&mut self.status, value),
            "name" => json_into(&mut self.name, value),
            "description" => json_into(&mut self.description, value),
            "updated_at" => json_into(&mut self.updated_at, value),
            "sort_by" => json_into(&mut self.sort_by, value),
            "include_nested" => json_into(&mut self.include_nested, value),
            "product" => json_into(&mut self.product, value),
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
crate::operation::request_traits!(ListWorkspaces);
impl crate::TrutoQuerySetters for ListWorkspaces {
    #[inline]
    fn truto_query_mut(&mut self) -> &mut crate::TrutoQuery {
        &mut self.truto_query
    }
}
impl crate::PagingSetters for ListWorkspaces {
    #[inline]
    fn paging_mut(&mut self) -> &mut crate::Paging {
        &mut self.paging
    }
}
impl crate::TrutoListSetters for ListWorkspaces {
    #[inline]
    fn truto_list_mut(&mut self) -> &mut crate::TrutoList {
        &mut self.truto_list
    }
}
impl crate::Operation for ListWorkspaces {
    type Response = crate::Page<crate::Workspace>;
    #[inline]
    fn spec() -> &'static EndpointSpec {
        &SPEC
    }
    #[inline]
    fn fields(&self) -> Vec<Field<'_>> {
        let mut fields = Field::set(
            &[
                (&parameters::ORGANIZATION_ID, &self.organization_id),
                (&parameters::GROUP_ID, &self.group_id),
                (&parameters::STATUS, &self.status),
                (&parameters::NAME, &self.name),
                (&parameters::DESCRIPTION, &self.description),
                (&parameters::UPDATED_AT, &self.updated_at),
                (&parameters::SORT_BY, &self.sort_by),
                (&parameters::INCLUDE_NESTED, &self.include_nested),
                (&parameters::PRODUCT, &self.product),
            ],
        );
        fields.extend(self.truto_query.fields());
        fields.extend(self.paging.fields());
        fields.extend(self.truto_list.fields());
        fields
    }
}
impl crate::Client {
    /// `GET /unified/user-directory/workspaces`: List Workspaces.
    ///
    /// Every page, fetched lazily as they are asked for: `next_page()` for pages, `items()` for the items
    /// of all pages as a stream. Each page is validated for `integration` (looked up from the integrated
    /// account when `None`) and sent with the client's retry policy and rate budget.
    #[inline]
    pub fn list_workspaces<'a>(
        &'a self,
        request: &'a ListWorkspaces,
        integration: Option<Integration>,
    ) -> crate::Pages<'a, crate::Workspace> {
        self.pages(request, integration)
    }
}

/// Everything the spec says about `workspaces.list`, as data.
pub static SPEC: EndpointSpec = EndpointSpec {
    name: "workspaces.list",
    rust_name: "ListWorkspaces",
    summary: "List Workspaces",
    method: Method::Get,
    path: "/unified/user-directory/workspaces",
    description: "Lists the workspaces (teams, project spaces, sites) of the connected application, one page at a \
        time: pass `next_cursor` from a response to get the next page. Their ids are what other endpoints take as \
        `workspace_id`. Some integrations require an organization id (Asana: an organization or a group id).",
    idempotent: true,
    irreversible: false,
    admin: false,
    integrations: &[
        Integration::AdobeMarketoEngage, Integration::Adyen, Integration::Aha, Integration::Anthropic,
        Integration::Asana, Integration::Atlassian, Integration::AvalaraAvaTax,
        Integration::Bitbucket,
        Integration::CiscoMeraki, Integration::ContentfulContentManagement,
        Integration::DbtLabs, Integration::Discord, Integration::Doppler,
        Integration::Freshservice,
        Integration::GoogleCloudSQL,
        Integration::GitLab,
        Integration::Gong, Integration::Google, Integration::GoogleAds, Integration::GoogleCloud,
        Integration::HashicorpTerraformCloud, Integration::Height, Integration::Highlevel, Integration::Illow,
        Integration::Jenkins,
        Integration::Lemlist,
        Integration::ManageEngineServiceDeskPlus, Integration::Microsoft365,
        Integration::MondayCom, Integration::MongoDBAtlasAdmin, Integration::MParticle,
        Integration::MicrosoftTeams,
        Integration::Mural,
        Integration::PivotalTracker, Integration::Podio, Integration::PowerBi, Integration::Render,
        Integration::Segment, Integration::SharePoint, Integration::SigmaComputing, Integration::SlackEnterprise,
        Integration::SonarQubeServer,
        Integration::TeamworkProjectManagement, Integration::TeamworkSpaces, Integration::Typeform,
        Integration::Vercel, Integration::Webflow, Integration::WordPress, Integration::Workiva,
        Integration::Zeplin, Integration::ZestyIo,
        Integration::ZohoBugTracker, Integration::ZohoProjects, Integration::ZohoSprints,
    ],
    response_formats: &[
        crate::ResponseFormat::Unified,
        crate::ResponseFormat::Raw,
        crate::ResponseFormat::Normalized,
        crate::ResponseFormat::Stream,
    ],
    list: Some(ListSpec { partial_in: &[Integration::Aha, Integration::Bitbucket, Integration::Podio] }),
    parameters: &[
        &parameters::ORGANIZATION_ID,
        &parameters::GROUP_ID,
        &parameters::STATUS,
        &parameters::NAME,
        &parameters::DESCRIPTION,
        &parameters::UPDATED_AT,
        &parameters::SORT_BY,
        &parameters::INCLUDE_NESTED,
        &parameters::PRODUCT,
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
    rules: &[
        RuleSpec {
            integration: Integration::Asana,
            at_least_one_of: &["organization_id", "group_id"],
            note: "Either of organization_id or group_id is required.",
        },
    ],
    offboarding: None,
    revoke: None,
    unnamed_integrations: None,
    deprecated: None,
    wrapped: None,
    response_model: "Workspace",
    response_fields: &[],
    presence: &PRESENCE,
    api: &crate::API,
};
/// What `workspaces.list`'s parameters ask of a request, by integration (computed at compile time).
static PRESENCE: crate::spec::Presences = crate::spec::Presences::of(&SPEC);

/// The entries of the endpoint's own parameters, one `static` each.
mod parameters {
    use crate::Integration;
    use crate::spec::{Acceptance, Example, Location, Note, ParamType, ParameterSpec};

    pub(super) static ORGANIZATION_ID: ParameterSpec = ParameterSpec::new(
        "organization_id", Location::Query, ParamType::String,
        Acceptance::Listed {
            required_in: &[
                Integration::CiscoMeraki, Integration::HashicorpTerraformCloud, Integration::Mural,
                Integration::Podio, Integration::ZohoBugTracker,
            ],
            supported_in: &[Integration::Asana, Integration::ZohoProjects],
        },
        "The unique identifier for the organization",
    )
    .notes(&[
        Note { integration: Integration::Asana, text: "Either of organization_id or group_id is required." },
    ])
    .example(Example::Text("123456"));

    pub(super) static GROUP_ID: ParameterSpec = ParameterSpec::new(
        "group_id", Location::Query, ParamType::String,
        Acceptance::supported_in(&[Integration::Asana]),
        "The unique identifier of the group (Asana team) whose workspaces to list.",
    )
    .notes(&[
        Note { integration: Integration::Asana, text: "Either of organization_id or group_id is required." },
    ])
    .example(Example::Text("1200000000000001"));

    pub(super) static STATUS: ParameterSpec = ParameterSpec::new(
        "status", Location::Query, ParamType::Enum(&["active", "inactive"]),
        Acceptance::supported_in(&[
            Integration::AdobeMarketoEngage, Integration::Adyen, Integration::Anthropic,
            Integration::Asana, Integration::AvalaraAvaTax,
            Integration::DbtLabs,
            Integration::Freshservice,
            Integration::GoogleCloudSQL, Integration::GitLab, Integration::GoogleAds, Integration::GoogleCloud,
            Integration::HashicorpTerraformCloud, Integration::ManageEngineServiceDeskPlus, Integration::Microsoft365,
            Integration::SharePoint, Integration::TeamworkProjectManagement, Integration::TeamworkSpaces,
            Integration::Zeplin, Integration::ZohoBugTracker, Integration::ZohoProjects,
        ]),
        "Status for the workspace",
    );

    pub(super) static NAME: ParameterSpec = ParameterSpec::new(
        "name", Location::Query, ParamType::String,
        Acceptance::Optional, "Name of the workspace.",
    );

    pub(super) static DESCRIPTION: ParameterSpec = ParameterSpec::new(
        "description", Location::Query, ParamType::String,
        Acceptance::Optional, "Description for the workspace.",
    )
    .assumed(&["supported_in"]);

    pub(super) static UPDATED_AT: ParameterSpec = ParameterSpec::new(
        "updated_at", Location::Query, ParamType::String,
        Acceptance::supported_in(&[
            Integration::AdobeMarketoEngage, Integration::Asana, Integration::AvalaraAvaTax,
            Integration::ContentfulContentManagement, Integration::DbtLabs,
            Integration::Freshservice,
            Integration::GoogleCloudSQL, Integration::GitLab, Integration::Google, Integration::GoogleCloud,
            Integration::HashicorpTerraformCloud, Integration::Mural,
            Integration::PivotalTracker,
            Integration::SigmaComputing, Integration::TeamworkProjectManagement, Integration::TeamworkSpaces,
            Integration::Vercel, Integration::Webflow, Integration::Workiva,
            Integration::Zeplin, Integration::ZestyIo, Integration::ZohoBugTracker, Integration::ZohoProjects,
        ]),
        "Date and time when the workspace was last updated.",
    );

    pub(super) static SORT_BY: ParameterSpec = ParameterSpec::new(
        "sort_by", Location::Query, ParamType::Enum(&["created_at", "name", "updated_at"]),
        Acceptance::Optional, "The field to sort the workspaces by.",
    )
    .assumed(&["supported_in"]);

    pub(super) static INCLUDE_NESTED: ParameterSpec = ParameterSpec::new(
        "include_nested", Location::Query, ParamType::Boolean,
        Acceptance::Optional,
        "Set to true to return all descendant groups (direct and indirect) of the group specified by workspace_id.",
    )
    .assumed(&["supported_in"]);

    pub(super) static PRODUCT: ParameterSpec = ParameterSpec::new(
        "product", Location::Query, ParamType::Enum(&["analytics", "sharepoint", "teams"]),
        Acceptance::Optional, "Select the product for which you want to retrieve the workspaces.",
    )
    .assumed(&["supported_in"])
    .example(Example::Text("teams"));
}
