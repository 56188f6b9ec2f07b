// @generated from spec/endpoints/users-list.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

use crate::spec::{EndpointSpec, ListSpec, Method};
use crate::operation::json_into;
use crate::validate::Field;
use crate::{Integration, Mode, ValidationReport};
/// Lists the users of the connected application, one page at a time: pass `next_cursor` from a response
/// to get the next page (null when there are no more) and `limit` to cap the page size. Integrations
/// marked partial return only some fields in the list; get the user for the full object. Some
/// integrations require a workspace, organization or group id to list users.
///
/// `GET /unified/user-directory/users`. Idempotent: safe to retry after a lost response.
///
/// Every integration requires `integrated_account_id`: `new` takes it. `validate` checks a request
/// against any integration, reporting every problem at once.
///
/// Source: <https://www.truto.one/docs/api-reference/unified-user-directory-api/users/list.md>.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListUsers {
    /// Unique identifier of the workspace to filter the users.
    ///
    /// Query parameter `workspace_id` · string.
    /// Accepted by every integration of the endpoint.
    /// Assumed supported_in: not recovered from the API pages
    /// (<https://www.truto.one/docs/api-reference/unified-user-directory-api/users/list> (newest), 30
    /// supported / 21 required, integration names lost \[seen counts\]; accepted by all here \[inferred\]).
    pub workspace_id: Option<String>,
    /// The unique identifier for the group.
    ///
    /// Query parameter `group_id` · string.
    /// Accepted by every integration of the endpoint.
    /// Assumed supported_in: not recovered from the API pages
    /// (<https://www.truto.one/docs/api-reference/unified-user-directory-api/users/list> (newest), 19
    /// supported / 6 required, integration names lost \[seen counts\]; accepted by all here \[inferred\]).
    pub group_id: Option<String>,
    /// The unique identifier of the organization to list the users of.
    ///
    /// Query parameter `organization_id` · string.
    /// Accepted by every integration of the endpoint.
    /// Assumed supported_in: not recovered from the API pages
    /// (<https://truto.one/docs/api-reference/unified-user-directory-api/users/list> (oldest version), a
    /// note for Asana (cut off) \[seen\]; accepted by all here \[inferred\]).
    pub organization_id: Option<String>,
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
impl ListUsers {
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
    /// Sets `workspace_id`: unique identifier of the workspace to filter the users.
    pub fn workspace_id(mut self, value: impl Into<String>) -> Self {
        self.workspace_id = Some(value.into());
        self
    }
    /// Sets `group_id`: the unique identifier for the group.
    pub fn group_id(mut self, value: impl Into<String>) -> Self {
        self.group_id = Some(value.into());
        self
    }
    /// Sets `organization_id`: the unique identifier of the organization to list the users of.
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        self.organization_id = Some(value.into());
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
            "workspace_id" => json_into(&mut self.workspace_id, value),
            "group_id" => json_into(&mut self.group_id, value),
            "organization_id" => json_into(&mut self.organization_id, value),
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
crate::operation::request_traits!(ListUsers);
impl crate::TrutoQuerySetters for ListUsers {
    #[inline]
    fn truto_query_mut(&mut self) -> &mut crate::TrutoQuery {
        &mut self.truto_query
    }
}
impl crate::PagingSetters for ListUsers {
    #[inline]
    fn paging_mut(&mut self) -> &mut crate::Paging {
        &mut self.paging
    }
}
impl crate::TrutoListSetters for ListUsers {
    #[inline]
    fn truto_list_mut(&mut self) -> &mut crate::TrutoList {
        &mut self.truto_list
    }
}
impl crate::Operation for ListUsers {
    type Response = crate::Page<crate::User>;
    #[inline]
    fn spec() -> &'static EndpointSpec {
        &SPEC
    }
    #[inline]
    fn fields(&self) -> Vec<Field<'_>> {
        let mut fields = Field::set(
            &[
                (&parameters::WORKSPACE_ID, &self.workspace_id),
                (&parameters::GROUP_ID, &self.group_id),
                (&parameters::ORGANIZATION_ID, &self.organization_id),
            ],
        );
        fields.extend(self.truto_query.fields());
        fields.extend(self.paging.fields());
        fields.extend(self.truto_list.fields());
        fields
    }
}
impl crate::Client {
    /// `GET /unified/user-directory/users`: List Users.
    ///
    /// Every page, fetched lazily as they are asked for: `next_page()` for pages, `items()` for the items
    /// of all pages as a stream. Each page is validated for `integration` (looked up from the integrated
    /// account when `None`) and sent with the client's retry policy and rate budget.
    #[inline]
    pub fn list_users<'a>(
        &'a self,
        request: &'a ListUsers,
        integration: Option<Integration>,
    ) -> crate::Pages<'a, crate::User> {
        self.pages(request, integration)
    }
}

/// Everything the spec says about `users.list`, as data.
pub static SPEC: EndpointSpec = EndpointSpec {
    name: "users.list",
    rust_name: "ListUsers",
    summary: "List Users",
    method: Method::Get,
    path: "/unified/user-directory/users",
    description: "Lists the users of the connected application, one page at a time: pass `next_cursor` from a \
        response to get the next page (null when there are no more) and `limit` to cap the page size. Integrations \
        marked partial return only some fields in the list; get the user for the full object. Some integrations \
        require a workspace, organization or group id to list users.",
    idempotent: true,
    irreversible: false,
    admin: false,
    integrations: &[
        Integration::FifteenFive,
        Integration::Accelo, Integration::ActiveCampaign,
        Integration::Adaptive,
        Integration::Adobe, Integration::AdobeMarketoEngage, Integration::AdobeAcrobatSign, Integration::Adyen,
        Integration::Aha, Integration::Aircall, Integration::Airtable, Integration::AirtableScim,
        Integration::AmplitudeScim, Integration::Anthropic,
        Integration::ApacheAirflow, Integration::Apollo, Integration::Apono,
        Integration::Asana, Integration::AssetPanda, Integration::Atlassian, Integration::Attio, Integration::Auth0,
        Integration::AvalaraAvaTax, Integration::AvigilonAlta, Integration::Avoma, Integration::AzureActiveDirectory,
        Integration::BambooHR, Integration::Baremetrics, Integration::Basecamp,
        Integration::BigPanda, Integration::Bitbucket, Integration::Bitwarden, Integration::BlackLine,
        Integration::Boomi, Integration::Box,
        Integration::Braze, Integration::Brex, Integration::Britive, Integration::BrowserStack,
        Integration::Buildkite,
        Integration::Calendly, Integration::Canva, Integration::Capsule, Integration::CatoNetworks,
        Integration::Checkr, Integration::Chronosphere, Integration::CiscoMeraki,
        Integration::ClickUp, Integration::Close, Integration::Cloudflare,
        Integration::CockroachDBCloud, Integration::Coda,
        Integration::Concord,
        Integration::Confluence,
        Integration::ConfluenceOnPrem,
        Integration::Confluent,
        Integration::ConstantContact,
        Integration::ContentfulContentManagement,
        Integration::Copper, Integration::Coupa,
        Integration::CrowdStrike,
        Integration::CyberArk, Integration::CyberArkIdentityManagement,
        Integration::Dashlane, Integration::Databricks, Integration::Datadog, Integration::DbtLabs, Integration::DevRev,
        Integration::Dialpad, Integration::Discord, Integration::Dixa,
        Integration::DockerHubScim, Integration::DocuSign, Integration::Domo, Integration::Doppler,
        Integration::Drata, Integration::Drift, Integration::DropboxBusiness, Integration::DruvaInSync,
        Integration::Duo,
        Integration::MicrosoftDynamics365Sales,
        Integration::Dynatrace,
        Integration::Egnyte, Integration::ElasticCloud, Integration::Emburse, Integration::Enchant, Integration::Envoy,
        Integration::Eventbrite,
        Integration::FigmaScim, Integration::FilesCom,
        Integration::Fireberry, Integration::FirefliesAi, Integration::Fivetran,
        Integration::FloQast,
        Integration::Fountain, Integration::FowCRM,
        Integration::FreeAgent,
        Integration::Freshcaller,
        Integration::Freshchat,
        Integration::Freshdesk,
        Integration::Freshsales,
        Integration::Freshservice,
        Integration::Front,
        Integration::FuseDesk,
        Integration::GoogleCloudSQL,
        Integration::GitHub, Integration::GitLab, Integration::Gladly,
        Integration::Gong,
        Integration::Google,
        Integration::GoogleAds,
        Integration::GoogleAnalytics,
        Integration::GoogleCloud,
        Integration::GoogleWorkspace,
        Integration::Gorgias,
        Integration::Grafana, Integration::Greenhouse,
        Integration::HaloITSM,
        Integration::HappyFox, Integration::Harness, Integration::Harvest, Integration::HashicorpTerraformCloud,
        Integration::Height, Integration::HelloID,
        Integration::DropboxSignHelloSign,
        Integration::HelpScout, Integration::Heroku, Integration::HiBob, Integration::Highlevel, Integration::Hive,
        Integration::Hootsuite, Integration::HubSpot, Integration::Humaans,
        Integration::Illow, Integration::Insightly, Integration::Intercom, Integration::Ironclad,
        Integration::Jamf, Integration::Jenkins, Integration::Jetbrains, Integration::JFrog, Integration::Jira,
        Integration::JostleScim, Integration::JumpCloud,
        Integration::Keap, Integration::Keeper, Integration::KnowBe4, Integration::KnowBe4Scim,
        Integration::LastPass, Integration::Lattice, Integration::LaunchDarkly,
        Integration::Leadsquared, Integration::Lever,
        Integration::Linear,
        Integration::Looker, Integration::Lucid,
        Integration::ManageEngineServiceDeskPlus, Integration::Metabase,
        Integration::MicrosoftTeams, Integration::Miro, Integration::MiroScim, Integration::MixpanelScim,
        Integration::MondayCom, Integration::MondayComScim, Integration::Moneybird, Integration::Mural,
        Integration::Netlify, Integration::NewRelic,
        Integration::Notion, Integration::NotionScim, Integration::Nutshell,
        Integration::Okta, Integration::OpenVPN, Integration::Outreach,
        Integration::PagerDuty, Integration::PandaDoc,
        Integration::PingOne, Integration::Pipedrive, Integration::Pipeliner, Integration::PivotalTracker,
        Integration::PostHog, Integration::PostmanScim, Integration::PowerBi,
        Integration::QlikSense,
        Integration::Salesflare, Integration::Salesforce, Integration::Salesloft,
        Integration::Segment, Integration::Seismic, Integration::SendGrid, Integration::Sendoso, Integration::Sentry,
        Integration::ServiceNowScim,
        Integration::Shopify, Integration::Shortcut, Integration::Showpad,
        Integration::Slack, Integration::Smartsheet, Integration::Snowflake, Integration::Snyk,
        Integration::SurveyMonkey,
        Integration::Tableau, Integration::Tailscale, Integration::TalentLyft,
        Integration::Teamleader, Integration::TeamworkCrm,
        Integration::TravelPerk, Integration::Trello, Integration::Twingate, Integration::Typeform,
        Integration::Vercel, Integration::Wingman, Integration::Xero,
        Integration::YouTrack, Integration::YoutrackHub,
        Integration::Zendesk, Integration::ZendeskSell,
        Integration::ZohoAnalytics, Integration::ZohoCrm, Integration::Zoom, Integration::Zscaler,
    ],
    response_formats: &[
        crate::ResponseFormat::Unified,
        crate::ResponseFormat::Raw,
        crate::ResponseFormat::Normalized,
        crate::ResponseFormat::Stream,
    ],
    list: Some(ListSpec { partial_in: &[
        Integration::FifteenFive,
        Integration::ActiveCampaign, Integration::AdobeAcrobatSign, Integration::AdobeMarketoEngage,
        Integration::Airtable,
        Integration::Asana, Integration::AvigilonAlta,
        Integration::BlackLine,
        Integration::Calendly,
        Integration::CockroachDBCloud, Integration::Confluence, Integration::ConfluenceOnPrem, Integration::Confluent,
        Integration::CrowdStrike,
        Integration::CyberArk, Integration::CyberArkIdentityManagement,
        Integration::Datadog, Integration::Dixa,
        Integration::DocuSign, Integration::Drift, Integration::DropboxBusiness, Integration::DruvaInSync,
        Integration::Freshdesk, Integration::GitHub, Integration::GoogleCloud,
        Integration::HaloITSM, Integration::Hootsuite, Integration::HubSpot, Integration::Jira,
        Integration::Okta, Integration::Outreach, Integration::PagerDuty, Integration::Salesforce,
    ] }),
    parameters: &[
        &parameters::WORKSPACE_ID,
        &parameters::GROUP_ID,
        &parameters::ORGANIZATION_ID,
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
    response_model: "User",
    response_fields: &[],
    presence: &PRESENCE,
    api: &crate::API,
};
/// What `users.list`'s parameters ask of a request, by integration (computed at compile time).
static PRESENCE: crate::spec::Presences = crate::spec::Presences::of(&SPEC);

/// The entries of the endpoint's own parameters, one `static` each.
mod parameters {
    use crate::spec::{Acceptance, Location, ParamType, ParameterSpec};

    pub(super) static WORKSPACE_ID: ParameterSpec = ParameterSpec::new(
        "workspace_id", Location::Query, ParamType::String,
        Acceptance::Optional, "Unique identifier of the workspace to filter the users.",
    )
    .assumed(&["supported_in"]);

    pub(super) static GROUP_ID: ParameterSpec = ParameterSpec::new(
        "group_id", Location::Query, ParamType::String,
        Acceptance::Optional, "The unique identifier for the group.",
    )
    .assumed(&["supported_in"]);

    pub(super) static ORGANIZATION_ID: ParameterSpec = ParameterSpec::new(
        "organization_id", Location::Query, ParamType::String,
        Acceptance::Optional, "The unique identifier of the organization to list the users of.",
    )
    .assumed(&["supported_in"]);
}
