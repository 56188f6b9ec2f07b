// @generated from spec/endpoints/roles-list.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

use crate::spec::{EndpointSpec, ListSpec, Method, UnnamedIntegrations};
use crate::validate::Field;
use crate::{Integration, Mode, ValidationReport};
/// Lists the roles of the connected application, one page at a time: pass `next_cursor` from a response
/// to get the next page. Integrations marked partial return only some fields in the list; get the role
/// for the full object.
///
/// `GET /unified/user-directory/roles`. Idempotent: safe to retry after a lost response.
///
/// Every integration requires `integrated_account_id`: `new` takes it. `validate` checks a request
/// against any integration, reporting every problem at once.
///
/// The page names only those listed here
/// (<https://www.truto.one/docs/api-reference/unified-user-directory-api/roles/list.md> names these
/// before its text breaks off at "Torii, Trel…"; an earlier count was at least 111 \[seen\]): a call
/// for another integration is sent with a warning, never refused.
///
/// Source: <https://www.truto.one/docs/api-reference/unified-user-directory-api/roles/list.md>.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListRoles {
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
impl ListRoles {
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
crate::operation::request_traits!(ListRoles);
impl crate::TrutoQuerySetters for ListRoles {
    #[inline]
    fn truto_query_mut(&mut self) -> &mut crate::TrutoQuery {
        &mut self.truto_query
    }
}
impl crate::PagingSetters for ListRoles {
    #[inline]
    fn paging_mut(&mut self) -> &mut crate::Paging {
        &mut self.paging
    }
}
impl crate::TrutoListSetters for ListRoles {
    #[inline]
    fn truto_list_mut(&mut self) -> &mut crate::TrutoList {
        &mut self.truto_list
    }
}
impl crate::Operation for ListRoles {
    type Response = crate::Page<crate::Role>;
    #[inline]
    fn spec() -> &'static EndpointSpec {
        &SPEC
    }
    #[inline]
    fn fields(&self) -> Vec<Field<'_>> {
        let mut fields = Field::set(&[]);
        fields.extend(self.truto_query.fields());
        fields.extend(self.paging.fields());
        fields.extend(self.truto_list.fields());
        fields
    }
}
impl crate::Client {
    /// `GET /unified/user-directory/roles`: List Roles.
    ///
    /// Every page, fetched lazily as they are asked for: `next_page()` for pages, `items()` for the items
    /// of all pages as a stream. Each page is validated for `integration` (looked up from the integrated
    /// account when `None`) and sent with the client's retry policy and rate budget.
    #[inline]
    pub fn list_roles<'a>(
        &'a self,
        request: &'a ListRoles,
        integration: Option<Integration>,
    ) -> crate::Pages<'a, crate::Role> {
        self.pages(request, integration)
    }
}

/// Everything the spec says about `roles.list`, as data.
pub static SPEC: EndpointSpec = EndpointSpec {
    name: "roles.list",
    rust_name: "ListRoles",
    summary: "List Roles",
    method: Method::Get,
    path: "/unified/user-directory/roles",
    description: "Lists the roles of the connected application, one page at a time: pass `next_cursor` from a \
        response to get the next page. Integrations marked partial return only some fields in the list; get the role \
        for the full object.",
    idempotent: true,
    irreversible: false,
    admin: false,
    integrations: &[
        Integration::Adobe, Integration::AdobeMarketoEngage, Integration::Adyen, Integration::Anthropic,
        Integration::ApacheAirflow, Integration::Apono, Integration::Attio, Integration::Auth0,
        Integration::AvalaraAvaTax, Integration::AvigilonAlta, Integration::Avoma, Integration::AzureActiveDirectory,
        Integration::Baremetrics, Integration::BigPanda, Integration::Bitbucket, Integration::BlackLine,
        Integration::Boomi, Integration::BrowserStack, Integration::Buildkite,
        Integration::Canva, Integration::CatoNetworks,
        Integration::Checkr, Integration::CiscoMeraki,
        Integration::ClickUp, Integration::Close, Integration::Cloudflare,
        Integration::CockroachDBCloud, Integration::Confluent, Integration::ConstantContact, Integration::CrowdStrike,
        Integration::Dashlane, Integration::Datadog, Integration::DbtLabs, Integration::Discord, Integration::Dixa,
        Integration::DocuSign, Integration::Domo, Integration::Doppler,
        Integration::Drata, Integration::Drift, Integration::DruvaInSync,
        Integration::Duo,
        Integration::Dynatrace,
        Integration::ElasticCloud, Integration::Emburse, Integration::Eventbrite,
        Integration::FilesCom, Integration::FirefliesAi, Integration::Fivetran,
        Integration::Freshcaller, Integration::Freshchat, Integration::Freshdesk, Integration::Freshservice,
        Integration::FuseDesk,
        Integration::GitLab,
        Integration::Gong,
        Integration::Google, Integration::GoogleAds, Integration::GoogleCloud, Integration::GoogleWorkspace,
        Integration::HappyFox, Integration::Harness, Integration::Harvest, Integration::HelloID,
        Integration::DropboxSignHelloSign,
        Integration::HelpScout, Integration::Heroku, Integration::Highlevel, Integration::HubSpot, Integration::Illow,
        Integration::Jamf, Integration::Jenkins, Integration::JFrog,
        Integration::Jira, Integration::JiraServiceManagement,
        Integration::JumpCloud, Integration::JuniperMist,
        Integration::KnowBe4, Integration::Kommo, Integration::Kustomer,
        Integration::LastPass, Integration::LaunchDarkly, Integration::Leadsquared, Integration::LearnWorlds,
        Integration::Looker,
        Integration::Mailersend, Integration::Mailgun, Integration::MetaMarketingApi, Integration::Microsoft365,
        Integration::Mode,
        Integration::OracleNetsuite,
        Integration::NewRelic, Integration::Ninjaone,
        Integration::Okta, Integration::OneDrive, Integration::OneLogin, Integration::OnePageCRM,
        Integration::OpenAI, Integration::Opsgenie,
        Integration::OracleFusionCloud, Integration::OracleFusionCloudEpm, Integration::OracleFusionCloudFinancials,
        Integration::Outreach,
        Integration::PagerDuty, Integration::Pipedrive, Integration::PivotalTracker,
        Integration::Podio, Integration::Podium, Integration::PowerBi, Integration::ProdPad, Integration::Pylon,
        Integration::QdrantCloud, Integration::QlikSense,
        Integration::ReAmaze, Integration::Redis, Integration::Render, Integration::Richpanel, Integration::Rockset,
        Integration::SageIntacct,
        Integration::SailPointIdentityIQScim, Integration::SailPointIdentitySecurityCloud, Integration::SailPointNerm,
        Integration::Salesforce, Integration::Salesloft,
        Integration::ScaleAi,
        Integration::Segment, Integration::Sendoso, Integration::ServiceNow,
        Integration::Showpad, Integration::Sisense,
        Integration::Slab, Integration::Slack, Integration::SlackEnterprise,
        Integration::SmartRecruiters, Integration::Smartsheet,
        Integration::Snowflake, Integration::Snyk,
        Integration::SolarWindsServiceDesk, Integration::Sophos, Integration::SpotDraft,
        Integration::Statsig, Integration::Streak,
        Integration::SumoLogic, Integration::Supabase, Integration::Superchat, Integration::SurveySparrow,
        Integration::Tableau, Integration::TeamViewer, Integration::TeamworkDesk, Integration::ThoughtSpot,
        Integration::Torii,
    ],
    response_formats: &[
        crate::ResponseFormat::Unified,
        crate::ResponseFormat::Raw,
        crate::ResponseFormat::Normalized,
        crate::ResponseFormat::Stream,
    ],
    list: Some(ListSpec { partial_in: &[Integration::CrowdStrike] }),
    parameters: &[
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
    unnamed_integrations: Some(UnnamedIntegrations {
        count: None,
        source: "<https://www.truto.one/docs/api-reference/unified-user-directory-api/roles/list.md> names these \
            before its text breaks off at \"Torii, Trel…\"; an earlier count was at least 111 [seen]",
    }),
    deprecated: None,
    wrapped: None,
    response_model: "Role",
    response_fields: &[],
    presence: &PRESENCE,
    api: &crate::API,
};
/// What `roles.list`'s parameters ask of a request, by integration (computed at compile time).
static PRESENCE: crate::spec::Presences = crate::spec::Presences::of(&SPEC);
