// @generated from spec/endpoints/organizations-list.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

use crate::spec::{EndpointSpec, ListSpec, Method};
use crate::operation::json_into;
use crate::validate::Field;
use crate::{Integration, Mode, ValidationReport};
/// `sort_by` on `organizations.list`: The field to sort the organizations by.
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
/// Lists the organizations (accounts, companies, tenants) the connected application gives access to,
/// one page at a time: pass `next_cursor` from a response to get the next page. Their ids are what
/// other endpoints take as `organization_id`.
///
/// `GET /unified/user-directory/organizations`. Idempotent: safe to retry after a lost response.
///
/// Every integration requires `integrated_account_id`: `new` takes it. `validate` checks a request
/// against any integration, reporting every problem at once.
///
/// Source: <https://www.truto.one/docs/api-reference/unified-user-directory-api/organizations/list.md>.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListOrganizations {
    /// The field to sort the organizations by.
    ///
    /// Query parameter `sort_by` · enum: `created_at`, `name`, `updated_at`.
    /// Supported in: Auth0, Platform.sh.
    /// Note for Auth0: Values: name.
    /// Note for Platform.sh: Values: created_at, updated_at, name.
    pub sort_by: Option<SortBy>,
    /// The unique identifier for the user.
    ///
    /// Query parameter `user_id` · string.
    /// Supported in: Auth0.
    pub user_id: Option<String>,
    /// Name of the organization.
    ///
    /// Query parameter `name` · string.
    /// Supported in:
    /// Asana, Atlassian, Auth0, Avalara AvaTax, Buildkite,
    /// Cisco Meraki, ClickUp, Coda, Concord, Confluent, Contentful Content Management, DevRev,
    /// Microsoft Dynamics 365 Sales,
    /// Elastic Cloud, Eventbrite, GitHub, Google Cloud,
    /// Hashicorp Terraform Cloud, JumpCloud, juniper-mist,
    /// Make, Manatal, Meta Marketing API, Monday.com, MongoDB Atlas Admin, Mural, Ninjaone,
    /// Pipedrive, Platform.sh, Podio, PostHog,
    /// Salesforce, Slab, Snyk, SonarQube Cloud, Supabase,
    /// Teamwork Project Management, Teamwork Spaces, ThoughtSpot, Torii, Trello, Turso,
    /// Webex, Zeplin, Zoho BugTracker, Zoho Projects.
    pub name: Option<String>,
    /// Date and time when the organization was last updated.
    ///
    /// Query parameter `updated_at` · string.
    /// Supported in:
    /// Avalara AvaTax, Confluent, Contentful Content Management, DevRev,
    /// Microsoft Dynamics 365 Sales,
    /// Google Cloud,
    /// juniper-mist, Meta Marketing API,
    /// Pipedrive, Platform.sh,
    /// Salesforce, Slab, Survey Monkey, Teamwork Project Management, Teamwork Spaces.
    pub updated_at: Option<String>,
    /// Date and time when the organization was created.
    ///
    /// Query parameter `created_at` · string.
    /// Accepted by every integration of the endpoint.
    /// Assumed supported_in: not recovered from the API pages
    /// (<https://www.truto.one/docs/api-reference/unified-user-directory-api/organizations/list> (string ·
    /// date-time; the text breaks off before its list) \[seen\]; accepted by all here \[inferred\]).
    pub created_at: Option<String>,
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
impl ListOrganizations {
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
    /// Sets `sort_by`: the field to sort the organizations by.
    pub fn sort_by(mut self, value: impl Into<SortBy>) -> Self {
        self.sort_by = Some(value.into());
        self
    }
    /// Sets `user_id`: the unique identifier for the user.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `name`: name of the organization.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `updated_at`: date and time when the organization was last updated.
    pub fn updated_at(mut self, value: impl Into<String>) -> Self {
        self.updated_at = Some(value.into());
        self
    }
    /// Sets `created_at`: date and time when the organization was created.
    pub fn created_at(mut self, value: impl Into<String>) -> Self {
        self.created_at = Some(value.into());
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
            "sort_by" => json_into(&mut self.sort_by, value),
            "user_id" => json_into(&mut self.user_id, value),
            "name" => json_into(&mut self.name, value),
            "updated_at" => json_into(&mut self.updated_at, value),
            "created_at" => json_into(&mut self.created_at, value),
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
crate::operation::request_traits!(ListOrganizations);
impl crate::TrutoQuerySetters for ListOrganizations {
    #[inline]
    fn truto_query_mut(&mut self) -> &mut crate::TrutoQuery {
        &mut self.truto_query
    }
}
impl crate::PagingSetters for ListOrganizations {
    #[inline]
    fn paging_mut(&mut self) -> &mut crate::Paging {
        &mut self.paging
    }
}
impl crate::TrutoListSetters for ListOrganizations {
    #[inline]
    fn truto_list_mut(&mut self) -> &mut crate::TrutoList {
        &mut self.truto_list
    }
}
impl crate::Operation for ListOrganizations {
    type Response = crate::Page<crate::Organization>;
    #[inline]
    fn spec() -> &'static EndpointSpec {
        &SPEC
    }
    #[inline]
    fn fields(&self) -> Vec<Field<'_>> {
        let mut fields = Field::set(
            &[
                (&parameters::SORT_BY, &self.sort_by),
                (&parameters::USER_ID, &self.user_id),
                (&parameters::NAME, &self.name),
                (&parameters::UPDATED_AT, &self.updated_at),
                (&parameters::CREATED_AT, &self.created_at),
            ],
        );
        fields.extend(self.truto_query.fields());
        fields.extend(self.paging.fields());
        fields.extend(self.truto_list.fields());
        fields
    }
}
impl crate::Client {
    /// `GET /unified/user-directory/organizations`: List Organizations.
    ///
    /// Every page, fetched lazily as they are asked for: `next_page()` for pages, `items()` for the items
    /// of all pages as a stream. Each page is validated for `integration` (looked up from the integrated
    /// account when `None`) and sent with the client's retry policy and rate budget.
    #[inline]
    pub fn list_organizations<'a>(
        &'a self,
        request: &'a ListOrganizations,
        integration: Option<Integration>,
    ) -> crate::Pages<'a, crate::Organization> {
        self.pages(request, integration)
    }
}

/// Everything the spec says about `organizations.list`, as data.
pub static SPEC: EndpointSpec = EndpointSpec {
    name: "organizations.list",
    rust_name: "ListOrganizations",
    summary: "List Organizations",
    method: Method::Get,
    path: "/unified/user-directory/organizations",
    description: "Lists the organizations (accounts, companies, tenants) the connected application gives access to, \
        one page at a time: pass `next_cursor` from a response to get the next page. Their ids are what other \
        endpoints take as `organization_id`.",
    idempotent: true,
    irreversible: false,
    admin: false,
    integrations: &[
        Integration::Asana, Integration::Atlassian, Integration::Auth0, Integration::AvalaraAvaTax,
        Integration::Buildkite,
        Integration::CiscoMeraki, Integration::ClickUp,
        Integration::Coda, Integration::Concord, Integration::Confluent, Integration::ContentfulContentManagement,
        Integration::DevRev,
        Integration::MicrosoftDynamics365Sales,
        Integration::ElasticCloud, Integration::Eventbrite, Integration::GitHub, Integration::GoogleCloud,
        Integration::HashicorpTerraformCloud, Integration::Hootsuite, Integration::JumpCloud, Integration::JuniperMist,
        Integration::Make, Integration::Manatal, Integration::MetaMarketingApi,
        Integration::MondayCom, Integration::MongoDBAtlasAdmin, Integration::Mural,
        Integration::Ninjaone,
        Integration::Pipedrive, Integration::PlatformSh, Integration::Podio, Integration::PostHog,
        Integration::Salesforce, Integration::Slab, Integration::Snyk,
        Integration::SonarQubeCloud, Integration::Supabase, Integration::SurveyMonkey,
        Integration::TeamworkProjectManagement, Integration::TeamworkSpaces, Integration::ThoughtSpot,
        Integration::Torii, Integration::Trello, Integration::Turso,
        Integration::Webex, Integration::Zeplin, Integration::ZohoBugTracker, Integration::ZohoProjects,
    ],
    response_formats: &[
        crate::ResponseFormat::Unified,
        crate::ResponseFormat::Raw,
        crate::ResponseFormat::Normalized,
        crate::ResponseFormat::Stream,
    ],
    list: Some(ListSpec { partial_in: &[
        Integration::ClickUp, Integration::GitHub, Integration::Podio, Integration::Supabase,
    ] }),
    parameters: &[
        &parameters::SORT_BY,
        &parameters::USER_ID,
        &parameters::NAME,
        &parameters::UPDATED_AT,
        &parameters::CREATED_AT,
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
    response_model: "Organization",
    response_fields: &[],
    presence: &PRESENCE,
    api: &crate::API,
};
/// What `organizations.list`'s parameters ask of a request, by integration (computed at compile time).
static PRESENCE: crate::spec::Presences = crate::spec::Presences::of(&SPEC);

/// The entries of the endpoint's own parameters, one `static` each.
mod parameters {
    use crate::Integration;
    use crate::spec::{Acceptance, Location, Note, ParamType, ParameterSpec};

    pub(super) static SORT_BY: ParameterSpec = ParameterSpec::new(
        "sort_by", Location::Query, ParamType::Enum(&["created_at", "name", "updated_at"]),
        Acceptance::supported_in(&[Integration::Auth0, Integration::PlatformSh]),
        "The field to sort the organizations by.",
    )
    .notes(&[
        Note { integration: Integration::Auth0, text: "Values: name." },
        Note { integration: Integration::PlatformSh, text: "Values: created_at, updated_at, name." },
    ]);

    pub(super) static USER_ID: ParameterSpec = ParameterSpec::new(
        "user_id", Location::Query, ParamType::String,
        Acceptance::supported_in(&[Integration::Auth0]), "The unique identifier for the user.",
    );

    pub(super) static NAME: ParameterSpec = ParameterSpec::new(
        "name", Location::Query, ParamType::String,
        Acceptance::supported_in(&[
            Integration::Asana, Integration::Atlassian, Integration::Auth0, Integration::AvalaraAvaTax,
            Integration::Buildkite,
            Integration::CiscoMeraki, Integration::ClickUp,
            Integration::Coda, Integration::Concord, Integration::Confluent, Integration::ContentfulContentManagement,
            Integration::DevRev,
            Integration::MicrosoftDynamics365Sales,
            Integration::ElasticCloud, Integration::Eventbrite, Integration::GitHub, Integration::GoogleCloud,
            Integration::HashicorpTerraformCloud, Integration::JumpCloud, Integration::JuniperMist,
            Integration::Make, Integration::Manatal, Integration::MetaMarketingApi,
            Integration::MondayCom, Integration::MongoDBAtlasAdmin, Integration::Mural,
            Integration::Ninjaone,
            Integration::Pipedrive, Integration::PlatformSh, Integration::Podio, Integration::PostHog,
            Integration::Salesforce, Integration::Slab, Integration::Snyk,
            Integration::SonarQubeCloud, Integration::Supabase,
            Integration::TeamworkProjectManagement, Integration::TeamworkSpaces, Integration::ThoughtSpot,
            Integration::Torii, Integration::Trello, Integration::Turso,
            Integration::Webex, Integration::Zeplin, Integration::ZohoBugTracker, Integration::ZohoProjects,
        ]),
        "Name of the organization.",
    );

    pub(super) static UPDATED_AT: ParameterSpec = ParameterSpec::new(
        "updated_at", Location::Query, ParamType::String,
        Acceptance::supported_in(&[
            Integration::AvalaraAvaTax,
            Integration::Confluent, Integration::ContentfulContentManagement, Integration::DevRev,
            Integration::MicrosoftDynamics365Sales,
            Integration::GoogleCloud,
            Integration::JuniperMist, Integration::MetaMarketingApi,
            Integration::Pipedrive, Integration::PlatformSh,
            Integration::Salesforce, Integration::Slab, Integration::SurveyMonkey,
            Integration::TeamworkProjectManagement, Integration::TeamworkSpaces,
        ]),
        "Date and time when the organization was last updated.",
    );

    pub(super) static CREATED_AT: ParameterSpec = ParameterSpec::new(
        "created_at", Location::Query, ParamType::String,
        Acceptance::Optional, "Date and time when the organization was created.",
    )
    .assumed(&["supported_in"]);
}
