// @generated from spec/endpoints/users-get.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

use crate::spec::{EndpointSpec, Method};
use std::future::Future;
use crate::operation::json_into;
use crate::validate::Field;
use crate::{Integration, Mode, ValidationReport};
/// Gets one user of the connected application by its `id`, with every field the integration maps (the
/// list of partial integrations returns only some). Some integrations require a workspace,
/// organization, group id or product to get a user.
///
/// `GET /unified/user-directory/users/{id}`. Idempotent: safe to retry after a lost response.
///
/// Every integration requires `id`, `integrated_account_id`: `new` takes them. `validate` checks a
/// request against any integration, reporting every problem at once.
///
/// Source: <https://www.truto.one/docs/api-reference/unified-user-directory-api/users/get.md>.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUser {
    /// The ID of the resource.
    ///
    /// Path parameter `id` · string.
    /// Required by every integration.
    pub id: String,
    /// The parameters of the `truto_query` group, shared with other endpoints: see
    /// [`TrutoQuery`](crate::TrutoQuery), and [`TrutoQuerySetters`](crate::TrutoQuerySetters) for their
    /// setters.
    pub truto_query: crate::TrutoQuery,
}
impl GetUser {
    /// A request with the parameters every integration requires.
    ///
    /// It fits every integration of this endpoint.
    #[inline]
    pub fn new(id: &str, integrated_account_id: &str) -> Self {
        Self {
            id: id.into(),
            truto_query: crate::TrutoQuery::new(integrated_account_id),
            ..Self::default()
        }
    }
    /// Sets `id`: the ID of the resource.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
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
            "id" => json_into(&mut self.id, value),
            _ if crate::TrutoQuery::NAMES.contains(&name) => {
                self.truto_query.set_parameter(name, value)?
            }
            _ => return None,
        };
        Some(set)
    }
}
crate::operation::request_traits!(GetUser);
impl crate::TrutoQuerySetters for GetUser {
    #[inline]
    fn truto_query_mut(&mut self) -> &mut crate::TrutoQuery {
        &mut self.truto_query
    }
}
impl crate::Operation for GetUser {
    type Response = crate::User;
    #[inline]
    fn spec() -> &'static EndpointSpec {
        &SPEC
    }
    #[inline]
    fn fields(&self) -> Vec<Field<'_>> {
        let mut fields = Field::set(&[(&parameters::ID, &self.id)]);
        fields.extend(self.truto_query.fields());
        fields
    }
}
impl crate::Client {
    /// `GET /unified/user-directory/users/{id}`: Get Users.
    ///
    /// Validates `request` for `integration` (looked up from the integrated account when `None`), sends it
    /// with the client's retry policy and decodes the response.
    #[inline]
    pub fn get_user<'a>(
        &'a self,
        request: &'a GetUser,
        integration: Option<Integration>,
    ) -> impl Future<Output = Result<crate::Response<crate::User>, crate::Error>> + 'a {
        self.send(request, integration)
    }
}

/// Everything the spec says about `users.get`, as data.
pub static SPEC: EndpointSpec = EndpointSpec {
    name: "users.get",
    rust_name: "GetUser",
    summary: "Get Users",
    method: Method::Get,
    path: "/unified/user-directory/users/{id}",
    description: "Gets one user of the connected application by its `id`, with every field the integration maps (the \
        list of partial integrations returns only some). Some integrations require a workspace, organization, group \
        id or product to get a user.",
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
        Integration::Asana, Integration::Attio, Integration::Auth0,
        Integration::AvalaraAvaTax, Integration::AvigilonAlta, Integration::Avoma, Integration::AzureActiveDirectory,
        Integration::Baremetrics, Integration::Basecamp,
        Integration::BigPanda, Integration::Bitbucket, Integration::Bitwarden, Integration::BlackLine,
        Integration::Box, Integration::Braze, Integration::Brex, Integration::Britive, Integration::Buildkite,
        Integration::Calendly, Integration::Canva, Integration::Capsule, Integration::CatoNetworks,
        Integration::CircleCI, Integration::Close, Integration::Cloudflare,
        Integration::CockroachDBCloud,
        Integration::Confluence,
        Integration::ConfluenceOnPrem,
        Integration::Confluent,
        Integration::ContentfulContentManagement,
        Integration::Copper, Integration::Coupa,
        Integration::CrowdStrike,
        Integration::CyberArk, Integration::CyberArkIdentityManagement,
        Integration::Databricks, Integration::Datadog, Integration::DbtLabs, Integration::DevRev,
        Integration::Dialpad, Integration::Dixa,
        Integration::DockerHubScim, Integration::DocuSign, Integration::Domo, Integration::Doppler,
        Integration::Drata, Integration::Drift, Integration::DriveWealth,
        Integration::DropboxBusiness, Integration::DruvaInSync,
        Integration::Duo,
        Integration::MicrosoftDynamics365Sales,
        Integration::Egnyte, Integration::Emburse, Integration::Envoy,
        Integration::FigmaScim, Integration::FilesCom,
        Integration::Fireberry, Integration::FirefliesAi, Integration::Fivetran,
        Integration::FowCRM,
        Integration::FreeAgent,
        Integration::Freshcaller,
        Integration::Freshchat,
        Integration::Freshdesk,
        Integration::Freshservice,
        Integration::Front,
        Integration::FuseDesk,
        Integration::GitHub, Integration::GitLab, Integration::Gladly,
        Integration::Gong,
        Integration::Google, Integration::GoogleAds, Integration::GoogleCloud, Integration::GoogleWorkspace,
        Integration::Gorgias,
        Integration::Greenhouse,
        Integration::HaloITSM,
        Integration::HappyFox, Integration::Harness, Integration::Harvest, Integration::HashicorpTerraformCloud,
        Integration::Height, Integration::HelloID, Integration::HelpScout,
        Integration::HiBob, Integration::Highlevel, Integration::Hive,
        Integration::Hootsuite, Integration::HubSpot, Integration::Humaans,
        Integration::Insightly, Integration::Intercom, Integration::Ironclad,
        Integration::Jamf, Integration::JFrog, Integration::Jira, Integration::Keeper,
        Integration::LastPass, Integration::Leadsquared, Integration::Lever, Integration::Linear,
        Integration::Looker, Integration::Lucid,
        Integration::ManageEngineServiceDeskPlus, Integration::Metabase, Integration::Miro,
        Integration::MondayComScim,
        Integration::MicrosoftTeams,
        Integration::Netlify, Integration::NewRelic, Integration::Notion,
        Integration::Okta, Integration::Outreach,
        Integration::PagerDuty, Integration::PandaDoc,
        Integration::PingOne, Integration::Pipedrive, Integration::Pipeliner,
        Integration::PostmanScim,
        Integration::QlikSense,
        Integration::Salesflare, Integration::Salesforce, Integration::Salesloft,
        Integration::Segment, Integration::Seismic, Integration::SendGrid, Integration::Sentry,
        Integration::ServiceNowScim,
        Integration::Shopify, Integration::Shortcut, Integration::Showpad,
        Integration::Slack, Integration::Smartsheet, Integration::Snowflake,
        Integration::SurveyMonkey,
        Integration::Tableau, Integration::Tailscale, Integration::Teamleader, Integration::TeamworkCrm,
        Integration::TravelPerk, Integration::TravisCi, Integration::Trello, Integration::Twingate,
        Integration::Webex, Integration::WordPress,
        Integration::YouTrack, Integration::YoutrackHub,
        Integration::ZapierScim, Integration::Zendesk, Integration::ZendeskSell,
        Integration::ZohoCrm, Integration::ZohoDesk, Integration::ZohoVault, Integration::Zoom, Integration::Zscaler,
        Integration::JumpCloud, Integration::KnowBe4, Integration::KnowBe4Scim,
        Integration::LaunchDarkly, Integration::Mailgun, Integration::MiroScim, Integration::NotionScim,
        Integration::OneLogin, Integration::Opsgenie, Integration::PendoScim, Integration::PivotalTracker,
        Integration::Rollbar,
    ],
    response_formats: &[
        crate::ResponseFormat::Unified,
        crate::ResponseFormat::Raw,
        crate::ResponseFormat::Normalized,
        crate::ResponseFormat::Stream,
    ],
    list: None,
    parameters: &[
        &parameters::ID,
        &crate::common::truto_query::INTEGRATED_ACCOUNT_ID,
        &crate::common::truto_query::TRUTO_RESPONSE_FORMAT,
        &crate::common::truto_query::TRUTO_IGNORE_REMOTE_DATA,
        &crate::common::truto_query::TRUTO_EXCLUDE_FIELDS,
        &crate::common::truto_query::REMOTE_QUERY,
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
/// What `users.get`'s parameters ask of a request, by integration (computed at compile time).
static PRESENCE: crate::spec::Presences = crate::spec::Presences::of(&SPEC);

/// The entries of the endpoint's own parameters, one `static` each.
mod parameters {
    use crate::spec::{Acceptance, Example, Location, ParamRole, ParamType, ParameterSpec};

    pub(super) static ID: ParameterSpec = ParameterSpec::new(
        "id", Location::Path, ParamType::String,
        Acceptance::Required, "The ID of the resource.",
    )
    .role(ParamRole::User)
    .example(Example::Text("23423523"));
}
