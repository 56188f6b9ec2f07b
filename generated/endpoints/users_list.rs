// @generated from spec/endpoints/users-list.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

use crate::spec::{EndpointSpec, ListSpec, Method};
use crate::operation::json_into;
use crate::validate::Field;
use crate::{Integration, Mode, ValidationReport};

/// Lists the users of the connected application, one page at a time: pass `next_cursor` from a response to get the next page (null when there are no more) and `limit` to cap the page size. Integrations marked partial return only some fields in the list; get the user for the full object. Some integrations require a workspace, organization or group id to list users.
///
/// `GET /unified/user-directory/users`. Idempotent: safe to retry after a lost response.
///
/// Every integration requires `integrated_account_id`. Per-integration requirements are the arguments of the
/// `for_…` constructors; `validate` checks a request against any integration, reporting every
/// problem at once.
///
/// Source: <https://www.truto.one/docs/api-reference/unified-user-directory-api/users/list.md>.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListUsers {
    /// Unique identifier of the workspace to filter the users.
    ///
    /// Query parameter `workspace_id` · string. Accepted by every integration of this endpoint.
    /// Assumed supported_in: not recovered from the API pages (<https://www.truto.one/docs/api-reference/unified-user-directory-api/users/list> (newest), 30 supported / 21 required, integration names lost \[seen counts\]; accepted by all here \[inferred\]).
    pub workspace_id: Option<String>,
    /// The unique identifier for the group.
    ///
    /// Query parameter `group_id` · string. Accepted by every integration of this endpoint.
    /// Assumed supported_in: not recovered from the API pages (<https://www.truto.one/docs/api-reference/unified-user-directory-api/users/list> (newest), 19 supported / 6 required, integration names lost \[seen counts\]; accepted by all here \[inferred\]).
    pub group_id: Option<String>,
    /// The unique identifier of the organization to list the users of.
    ///
    /// Query parameter `organization_id` · string. Accepted by every integration of this endpoint.
    /// Assumed supported_in: not recovered from the API pages (<https://truto.one/docs/api-reference/unified-user-directory-api/users/list> (oldest version), a note for Asana (cut off) \[seen\]; accepted by all here \[inferred\]).
    pub organization_id: Option<String>,
    /// The ID of the integrated account to use for the request.
    ///
    /// Query parameter `integrated_account_id` · string · uuid. Required by every integration.
    pub integrated_account_id: String,
    /// The format of the response.
    ///
    /// Query parameter `truto_response_format` · response format. Accepted by every integration of this endpoint.
    /// Default: `unified`.
    pub truto_response_format: Option<crate::ResponseFormat>,
    /// Excludes the remote_data attribute from the response.
    ///
    /// Query parameter `truto_ignore_remote_data` · boolean. Accepted by every integration of this endpoint.
    pub truto_ignore_remote_data: Option<bool>,
    /// Array of fields to exclude from the response.
    ///
    /// Query parameter `truto_exclude_fields` · string[]. Accepted by every integration of this endpoint.
    pub truto_exclude_fields: Vec<String>,
    /// Query parameters to pass to the underlying API without any transformations.
    ///
    /// Query parameter `remote_query` · object. Accepted by every integration of this endpoint.
    pub remote_query: Option<serde_json::Map<String, serde_json::Value>>,
    /// The maximum number of records per page (no documented default or maximum; about 25 by default)
    ///
    /// Query parameter `limit` · integer. Accepted by every integration of this endpoint.
    pub limit: Option<u64>,
    /// The cursor of the page to fetch, from the previous page's `next_cursor`.
    ///
    /// Query parameter `next_cursor` · string. Accepted by every integration of this endpoint.
    pub next_cursor: Option<String>,
    /// Turns the `result` array into an object keyed by the named field (e.g. `id`), for use as a lookup table.
    ///
    /// Query parameter `truto_key_by` · string. Accepted by every integration of this endpoint.
    pub truto_key_by: Option<String>,
    /// Ignores the limit query parameter.
    ///
    /// Query parameter `truto_ignore_limit` · boolean. Accepted by every integration of this endpoint.
    pub truto_ignore_limit: Option<bool>,
}

impl ListUsers {
    /// A request with the parameters every integration requires.
    #[inline] pub fn new(integrated_account_id: &str) -> Self {
        Self {
            integrated_account_id: integrated_account_id.into(),
            ..Self::default()
        }
    }

    /// Sets `workspace_id`: unique identifier of the workspace to filter the users.
    #[inline] pub fn workspace_id(mut self, value: impl Into<String>) -> Self {
        self.workspace_id = Some(value.into());
        self
    }

    /// Sets `group_id`: the unique identifier for the group.
    #[inline] pub fn group_id(mut self, value: impl Into<String>) -> Self {
        self.group_id = Some(value.into());
        self
    }

    /// Sets `organization_id`: the unique identifier of the organization to list the users of.
    #[inline] pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        self.organization_id = Some(value.into());
        self
    }

    /// Sets `integrated_account_id`: the ID of the integrated account to use for the request.
    #[inline] pub fn integrated_account_id(mut self, value: impl Into<String>) -> Self {
        self.integrated_account_id = value.into();
        self
    }

    /// Sets `truto_response_format`: the format of the response.
    #[inline] pub fn truto_response_format(
        mut self,
        value: impl Into<crate::ResponseFormat>,
    ) -> Self {
        self.truto_response_format = Some(value.into());
        self
    }

    /// Sets `truto_ignore_remote_data`: excludes the remote_data attribute from the response.
    #[inline] pub fn truto_ignore_remote_data(mut self, value: bool) -> Self {
        self.truto_ignore_remote_data = Some(value);
        self
    }

    /// Sets `truto_exclude_fields`: array of fields to exclude from the response.
    #[inline] pub fn truto_exclude_fields(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.truto_exclude_fields = value.into_iter().map(Into::into).collect();
        self
    }

    /// Sets `remote_query`: query parameters to pass to the underlying API without any transformations.
    #[inline] pub fn remote_query(
        mut self,
        value: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        self.remote_query = Some(value);
        self
    }

    /// Sets `limit`: the maximum number of records per page (no documented default or maximum; about 25 by default)
    #[inline] pub fn limit(mut self, value: u64) -> Self {
        self.limit = Some(value);
        self
    }

    /// Sets `next_cursor`: the cursor of the page to fetch, from the previous page's `next_cursor`.
    #[inline] pub fn next_cursor(mut self, value: impl Into<String>) -> Self {
        self.next_cursor = Some(value.into());
        self
    }

    /// Sets `truto_key_by`: turns the `result` array into an object keyed by the named field (e.g. `id`), for use as a lookup table.
    #[inline] pub fn truto_key_by(mut self, value: impl Into<String>) -> Self {
        self.truto_key_by = Some(value.into());
        self
    }

    /// Sets `truto_ignore_limit`: ignores the limit query parameter.
    #[inline] pub fn truto_ignore_limit(mut self, value: bool) -> Self {
        self.truto_ignore_limit = Some(value);
        self
    }

    /// A `users.list` request for 15Five, which requires nothing more than every integration does.
    #[inline] pub fn for_fifteen_five(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Accelo, which requires nothing more than every integration does.
    #[inline] pub fn for_accelo(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for ActiveCampaign, which requires nothing more than every integration does.
    #[inline] pub fn for_activecampaign(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Adaptive, which requires nothing more than every integration does.
    #[inline] pub fn for_adaptive(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Adobe, which requires nothing more than every integration does.
    #[inline] pub fn for_adobe(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Adobe Marketo Engage, which requires nothing more than every integration does.
    #[inline] pub fn for_adobe_marketo_engage(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Adobe Acrobat Sign, which requires nothing more than every integration does.
    #[inline] pub fn for_adobe_acrobat_sign(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Adyen, which requires nothing more than every integration does.
    #[inline] pub fn for_adyen(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Aha, which requires nothing more than every integration does.
    #[inline] pub fn for_aha(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Aircall, which requires nothing more than every integration does.
    #[inline] pub fn for_aircall(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Airtable, which requires nothing more than every integration does.
    #[inline] pub fn for_airtable(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Airtable SCIM, which requires nothing more than every integration does.
    #[inline] pub fn for_airtable_scim(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Amplitude SCIM, which requires nothing more than every integration does.
    #[inline] pub fn for_amplitude_scim(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Anthropic, which requires nothing more than every integration does.
    #[inline] pub fn for_anthropic(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Apache Airflow, which requires nothing more than every integration does.
    #[inline] pub fn for_apache_airflow(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Apollo, which requires nothing more than every integration does.
    #[inline] pub fn for_apollo(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Apono, which requires nothing more than every integration does.
    #[inline] pub fn for_apono(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Asana, which requires nothing more than every integration does.
    #[inline] pub fn for_asana(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Asset Panda, which requires nothing more than every integration does.
    #[inline] pub fn for_asset_panda(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Atlassian, which requires nothing more than every integration does.
    #[inline] pub fn for_atlassian(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Attio, which requires nothing more than every integration does.
    #[inline] pub fn for_attio(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Auth0, which requires nothing more than every integration does.
    #[inline] pub fn for_auth0(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Avalara AvaTax, which requires nothing more than every integration does.
    #[inline] pub fn for_avalara_avatax(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Avigilon Alta, which requires nothing more than every integration does.
    #[inline] pub fn for_avigilon_alta(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Avoma, which requires nothing more than every integration does.
    #[inline] pub fn for_avoma(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Azure Active Directory, which requires nothing more than every integration does.
    #[inline] pub fn for_azure_active_directory(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for BambooHR, which requires nothing more than every integration does.
    #[inline] pub fn for_bamboohr(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Baremetrics, which requires nothing more than every integration does.
    #[inline] pub fn for_baremetrics(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Basecamp, which requires nothing more than every integration does.
    #[inline] pub fn for_basecamp(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for BigPanda, which requires nothing more than every integration does.
    #[inline] pub fn for_bigpanda(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Bitbucket, which requires nothing more than every integration does.
    #[inline] pub fn for_bitbucket(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Bitwarden, which requires nothing more than every integration does.
    #[inline] pub fn for_bitwarden(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for BlackLine, which requires nothing more than every integration does.
    #[inline] pub fn for_blackline(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Boomi, which requires nothing more than every integration does.
    #[inline] pub fn for_boomi(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Box, which requires nothing more than every integration does.
    #[inline] pub fn for_box(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Braze, which requires nothing more than every integration does.
    #[inline] pub fn for_braze(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Brex, which requires nothing more than every integration does.
    #[inline] pub fn for_brex(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Britive, which requires nothing more than every integration does.
    #[inline] pub fn for_britive(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for BrowserStack, which requires nothing more than every integration does.
    #[inline] pub fn for_browserstack(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Buildkite, which requires nothing more than every integration does.
    #[inline] pub fn for_buildkite(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Calendly, which requires nothing more than every integration does.
    #[inline] pub fn for_calendly(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Canva, which requires nothing more than every integration does.
    #[inline] pub fn for_canva(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Capsule, which requires nothing more than every integration does.
    #[inline] pub fn for_capsule(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Cato Networks, which requires nothing more than every integration does.
    #[inline] pub fn for_cato_networks(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Checkr, which requires nothing more than every integration does.
    #[inline] pub fn for_checkr(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Chronosphere, which requires nothing more than every integration does.
    #[inline] pub fn for_chronosphere(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Cisco Meraki, which requires nothing more than every integration does.
    #[inline] pub fn for_cisco_meraki(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for ClickUp, which requires nothing more than every integration does.
    #[inline] pub fn for_clickup(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Close, which requires nothing more than every integration does.
    #[inline] pub fn for_close(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Cloudflare, which requires nothing more than every integration does.
    #[inline] pub fn for_cloudflare(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for CockroachDB Cloud, which requires nothing more than every integration does.
    #[inline] pub fn for_cockroachdb_cloud(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Coda, which requires nothing more than every integration does.
    #[inline] pub fn for_coda(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Concord, which requires nothing more than every integration does.
    #[inline] pub fn for_concord(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Confluence, which requires nothing more than every integration does.
    #[inline] pub fn for_confluence(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Confluence On Prem, which requires nothing more than every integration does.
    #[inline] pub fn for_confluence_on_prem(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Confluent, which requires nothing more than every integration does.
    #[inline] pub fn for_confluent(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Constant Contact, which requires nothing more than every integration does.
    #[inline] pub fn for_constant_contact(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Contentful Content Management, which requires nothing more than every integration does.
    #[inline] pub fn for_contentful_content_management(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Copper, which requires nothing more than every integration does.
    #[inline] pub fn for_copper(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Coupa, which requires nothing more than every integration does.
    #[inline] pub fn for_coupa(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for CrowdStrike, which requires nothing more than every integration does.
    #[inline] pub fn for_crowdstrike(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for CyberArk, which requires nothing more than every integration does.
    #[inline] pub fn for_cyberark(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for CyberArk Identity Management, which requires nothing more than every integration does.
    #[inline] pub fn for_cyberark_identity_management(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Dashlane, which requires nothing more than every integration does.
    #[inline] pub fn for_dashlane(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Databricks, which requires nothing more than every integration does.
    #[inline] pub fn for_databricks(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Datadog, which requires nothing more than every integration does.
    #[inline] pub fn for_datadog(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for dbt Labs, which requires nothing more than every integration does.
    #[inline] pub fn for_dbt_labs(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for DevRev, which requires nothing more than every integration does.
    #[inline] pub fn for_devrev(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Dialpad, which requires nothing more than every integration does.
    #[inline] pub fn for_dialpad(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Discord, which requires nothing more than every integration does.
    #[inline] pub fn for_discord(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Dixa, which requires nothing more than every integration does.
    #[inline] pub fn for_dixa(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Docker Hub SCIM, which requires nothing more than every integration does.
    #[inline] pub fn for_docker_hub_scim(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for DocuSign, which requires nothing more than every integration does.
    #[inline] pub fn for_docusign(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Domo, which requires nothing more than every integration does.
    #[inline] pub fn for_domo(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Doppler, which requires nothing more than every integration does.
    #[inline] pub fn for_doppler(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Drata, which requires nothing more than every integration does.
    #[inline] pub fn for_drata(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Drift, which requires nothing more than every integration does.
    #[inline] pub fn for_drift(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Dropbox - Business, which requires nothing more than every integration does.
    #[inline] pub fn for_dropbox_business(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Druva inSync, which requires nothing more than every integration does.
    #[inline] pub fn for_druva_insync(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Duo, which requires nothing more than every integration does.
    #[inline] pub fn for_duo(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Microsoft Dynamics 365 Sales, which requires nothing more than every integration does.
    #[inline] pub fn for_microsoft_dynamics_365_sales(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Dynatrace, which requires nothing more than every integration does.
    #[inline] pub fn for_dynatrace(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Egnyte, which requires nothing more than every integration does.
    #[inline] pub fn for_egnyte(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Elastic Cloud, which requires nothing more than every integration does.
    #[inline] pub fn for_elastic_cloud(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Emburse, which requires nothing more than every integration does.
    #[inline] pub fn for_emburse(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Enchant, which requires nothing more than every integration does.
    #[inline] pub fn for_enchant(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Envoy, which requires nothing more than every integration does.
    #[inline] pub fn for_envoy(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Eventbrite, which requires nothing more than every integration does.
    #[inline] pub fn for_eventbrite(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Figma SCIM, which requires nothing more than every integration does.
    #[inline] pub fn for_figma_scim(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Files.com, which requires nothing more than every integration does.
    #[inline] pub fn for_files_com(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Fireberry, which requires nothing more than every integration does.
    #[inline] pub fn for_fireberry(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Fireflies.ai, which requires nothing more than every integration does.
    #[inline] pub fn for_fireflies_ai(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Fivetran, which requires nothing more than every integration does.
    #[inline] pub fn for_fivetran(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for FloQast, which requires nothing more than every integration does.
    #[inline] pub fn for_floqast(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Fountain, which requires nothing more than every integration does.
    #[inline] pub fn for_fountain(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for FowCRM, which requires nothing more than every integration does.
    #[inline] pub fn for_fowcrm(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for FreeAgent, which requires nothing more than every integration does.
    #[inline] pub fn for_freeagent(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Freshcaller, which requires nothing more than every integration does.
    #[inline] pub fn for_freshcaller(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Freshchat, which requires nothing more than every integration does.
    #[inline] pub fn for_freshchat(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Freshdesk, which requires nothing more than every integration does.
    #[inline] pub fn for_freshdesk(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Freshsales, which requires nothing more than every integration does.
    #[inline] pub fn for_freshsales(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Freshservice, which requires nothing more than every integration does.
    #[inline] pub fn for_freshservice(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Front, which requires nothing more than every integration does.
    #[inline] pub fn for_front(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for FuseDesk, which requires nothing more than every integration does.
    #[inline] pub fn for_fusedesk(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Google CloudSQL, which requires nothing more than every integration does.
    #[inline] pub fn for_google_cloudsql(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for GitHub, which requires nothing more than every integration does.
    #[inline] pub fn for_github(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for GitLab, which requires nothing more than every integration does.
    #[inline] pub fn for_gitlab(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Gladly, which requires nothing more than every integration does.
    #[inline] pub fn for_gladly(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Gong, which requires nothing more than every integration does.
    #[inline] pub fn for_gong(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Google, which requires nothing more than every integration does.
    #[inline] pub fn for_google(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Google Ads, which requires nothing more than every integration does.
    #[inline] pub fn for_google_ads(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Google Analytics, which requires nothing more than every integration does.
    #[inline] pub fn for_google_analytics(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Google Cloud, which requires nothing more than every integration does.
    #[inline] pub fn for_google_cloud(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Google Workspace, which requires nothing more than every integration does.
    #[inline] pub fn for_google_workspace(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Gorgias, which requires nothing more than every integration does.
    #[inline] pub fn for_gorgias(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Grafana, which requires nothing more than every integration does.
    #[inline] pub fn for_grafana(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Greenhouse, which requires nothing more than every integration does.
    #[inline] pub fn for_greenhouse(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for HaloITSM, which requires nothing more than every integration does.
    #[inline] pub fn for_haloitsm(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for HappyFox, which requires nothing more than every integration does.
    #[inline] pub fn for_happyfox(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Harness, which requires nothing more than every integration does.
    #[inline] pub fn for_harness(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Harvest, which requires nothing more than every integration does.
    #[inline] pub fn for_harvest(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Hashicorp Terraform Cloud, which requires nothing more than every integration does.
    #[inline] pub fn for_hashicorp_terraform_cloud(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Height, which requires nothing more than every integration does.
    #[inline] pub fn for_height(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for HelloID, which requires nothing more than every integration does.
    #[inline] pub fn for_helloid(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Dropbox Sign (HelloSign), which requires nothing more than every integration does.
    #[inline] pub fn for_dropbox_sign(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Help Scout, which requires nothing more than every integration does.
    #[inline] pub fn for_help_scout(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Heroku, which requires nothing more than every integration does.
    #[inline] pub fn for_heroku(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for HiBob, which requires nothing more than every integration does.
    #[inline] pub fn for_hibob(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Highlevel, which requires nothing more than every integration does.
    #[inline] pub fn for_highlevel(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Hive, which requires nothing more than every integration does.
    #[inline] pub fn for_hive(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Hootsuite, which requires nothing more than every integration does.
    #[inline] pub fn for_hootsuite(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for HubSpot, which requires nothing more than every integration does.
    #[inline] pub fn for_hubspot(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Humaans, which requires nothing more than every integration does.
    #[inline] pub fn for_humaans(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Illow, which requires nothing more than every integration does.
    #[inline] pub fn for_illow(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Insightly, which requires nothing more than every integration does.
    #[inline] pub fn for_insightly(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Intercom, which requires nothing more than every integration does.
    #[inline] pub fn for_intercom(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Ironclad, which requires nothing more than every integration does.
    #[inline] pub fn for_ironclad(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Jamf, which requires nothing more than every integration does.
    #[inline] pub fn for_jamf(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Jenkins, which requires nothing more than every integration does.
    #[inline] pub fn for_jenkins(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Jetbrains, which requires nothing more than every integration does.
    #[inline] pub fn for_jetbrains(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for JFrog, which requires nothing more than every integration does.
    #[inline] pub fn for_jfrog(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Jira, which requires nothing more than every integration does.
    #[inline] pub fn for_jira(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Jostle SCIM, which requires nothing more than every integration does.
    #[inline] pub fn for_jostle_scim(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for JumpCloud, which requires nothing more than every integration does.
    #[inline] pub fn for_jumpcloud(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Keap, which requires nothing more than every integration does.
    #[inline] pub fn for_keap(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Keeper, which requires nothing more than every integration does.
    #[inline] pub fn for_keeper(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for KnowBe4, which requires nothing more than every integration does.
    #[inline] pub fn for_knowbe4(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for KnowBe4 SCIM, which requires nothing more than every integration does.
    #[inline] pub fn for_knowbe4_scim(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for LastPass, which requires nothing more than every integration does.
    #[inline] pub fn for_lastpass(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Lattice, which requires nothing more than every integration does.
    #[inline] pub fn for_lattice(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for LaunchDarkly, which requires nothing more than every integration does.
    #[inline] pub fn for_launchdarkly(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Leadsquared, which requires nothing more than every integration does.
    #[inline] pub fn for_leadsquared(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Lever, which requires nothing more than every integration does.
    #[inline] pub fn for_lever(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Linear, which requires nothing more than every integration does.
    #[inline] pub fn for_linear(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Looker, which requires nothing more than every integration does.
    #[inline] pub fn for_looker(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Lucid, which requires nothing more than every integration does.
    #[inline] pub fn for_lucid(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for ManageEngine ServiceDesk Plus, which requires nothing more than every integration does.
    #[inline] pub fn for_manageengine_servicedesk_plus(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Metabase, which requires nothing more than every integration does.
    #[inline] pub fn for_metabase(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Microsoft Teams, which requires nothing more than every integration does.
    #[inline] pub fn for_microsoft_teams(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Miro, which requires nothing more than every integration does.
    #[inline] pub fn for_miro(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Miro SCIM, which requires nothing more than every integration does.
    #[inline] pub fn for_miro_scim(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Mixpanel SCIM, which requires nothing more than every integration does.
    #[inline] pub fn for_mixpanel_scim(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Monday.com, which requires nothing more than every integration does.
    #[inline] pub fn for_monday_com(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Monday.com SCIM, which requires nothing more than every integration does.
    #[inline] pub fn for_monday_com_scim(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Moneybird, which requires nothing more than every integration does.
    #[inline] pub fn for_moneybird(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Mural, which requires nothing more than every integration does.
    #[inline] pub fn for_mural(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Netlify, which requires nothing more than every integration does.
    #[inline] pub fn for_netlify(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for New Relic, which requires nothing more than every integration does.
    #[inline] pub fn for_new_relic(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Notion, which requires nothing more than every integration does.
    #[inline] pub fn for_notion(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Notion SCIM, which requires nothing more than every integration does.
    #[inline] pub fn for_notion_scim(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Nutshell, which requires nothing more than every integration does.
    #[inline] pub fn for_nutshell(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Okta, which requires nothing more than every integration does.
    #[inline] pub fn for_okta(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for OpenVPN, which requires nothing more than every integration does.
    #[inline] pub fn for_openvpn(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Outreach, which requires nothing more than every integration does.
    #[inline] pub fn for_outreach(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for PagerDuty, which requires nothing more than every integration does.
    #[inline] pub fn for_pagerduty(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for PandaDoc, which requires nothing more than every integration does.
    #[inline] pub fn for_pandadoc(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for PingOne, which requires nothing more than every integration does.
    #[inline] pub fn for_pingone(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Pipedrive, which requires nothing more than every integration does.
    #[inline] pub fn for_pipedrive(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Pipeliner, which requires nothing more than every integration does.
    #[inline] pub fn for_pipeliner(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Pivotal Tracker, which requires nothing more than every integration does.
    #[inline] pub fn for_pivotal_tracker(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for PostHog, which requires nothing more than every integration does.
    #[inline] pub fn for_posthog(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Postman SCIM, which requires nothing more than every integration does.
    #[inline] pub fn for_postman_scim(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Power BI, which requires nothing more than every integration does.
    #[inline] pub fn for_power_bi(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Qlik Sense, which requires nothing more than every integration does.
    #[inline] pub fn for_qlik_sense(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Salesflare, which requires nothing more than every integration does.
    #[inline] pub fn for_salesflare(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Salesforce, which requires nothing more than every integration does.
    #[inline] pub fn for_salesforce(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Salesloft, which requires nothing more than every integration does.
    #[inline] pub fn for_salesloft(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Segment, which requires nothing more than every integration does.
    #[inline] pub fn for_segment(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Seismic, which requires nothing more than every integration does.
    #[inline] pub fn for_seismic(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for SendGrid, which requires nothing more than every integration does.
    #[inline] pub fn for_sendgrid(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Sendoso, which requires nothing more than every integration does.
    #[inline] pub fn for_sendoso(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Sentry, which requires nothing more than every integration does.
    #[inline] pub fn for_sentry(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for ServiceNow SCIM, which requires nothing more than every integration does.
    #[inline] pub fn for_servicenow_scim(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Shopify, which requires nothing more than every integration does.
    #[inline] pub fn for_shopify(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Shortcut, which requires nothing more than every integration does.
    #[inline] pub fn for_shortcut(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Showpad, which requires nothing more than every integration does.
    #[inline] pub fn for_showpad(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Slack, which requires nothing more than every integration does.
    #[inline] pub fn for_slack(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Smartsheet, which requires nothing more than every integration does.
    #[inline] pub fn for_smartsheet(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Snowflake, which requires nothing more than every integration does.
    #[inline] pub fn for_snowflake(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Snyk, which requires nothing more than every integration does.
    #[inline] pub fn for_snyk(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Survey Monkey, which requires nothing more than every integration does.
    #[inline] pub fn for_survey_monkey(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Tableau, which requires nothing more than every integration does.
    #[inline] pub fn for_tableau(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Tailscale, which requires nothing more than every integration does.
    #[inline] pub fn for_tailscale(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for TalentLyft, which requires nothing more than every integration does.
    #[inline] pub fn for_talentlyft(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Teamleader, which requires nothing more than every integration does.
    #[inline] pub fn for_teamleader(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Teamwork CRM, which requires nothing more than every integration does.
    #[inline] pub fn for_teamwork_crm(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for TravelPerk, which requires nothing more than every integration does.
    #[inline] pub fn for_travelperk(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Trello, which requires nothing more than every integration does.
    #[inline] pub fn for_trello(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Twingate, which requires nothing more than every integration does.
    #[inline] pub fn for_twingate(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Typeform, which requires nothing more than every integration does.
    #[inline] pub fn for_typeform(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Vercel, which requires nothing more than every integration does.
    #[inline] pub fn for_vercel(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Wingman, which requires nothing more than every integration does.
    #[inline] pub fn for_wingman(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Xero, which requires nothing more than every integration does.
    #[inline] pub fn for_xero(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for YouTrack, which requires nothing more than every integration does.
    #[inline] pub fn for_youtrack(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Youtrack Hub, which requires nothing more than every integration does.
    #[inline] pub fn for_youtrack_hub(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Zendesk, which requires nothing more than every integration does.
    #[inline] pub fn for_zendesk(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Zendesk Sell, which requires nothing more than every integration does.
    #[inline] pub fn for_zendesk_sell(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Zoho Analytics, which requires nothing more than every integration does.
    #[inline] pub fn for_zoho_analytics(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Zoho CRM, which requires nothing more than every integration does.
    #[inline] pub fn for_zoho_crm(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Zoom, which requires nothing more than every integration does.
    #[inline] pub fn for_zoom(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Zscaler, which requires nothing more than every integration does.
    #[inline] pub fn for_zscaler(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// The request, if it is valid for `integration` in `mode`; otherwise every problem.
    #[inline] pub fn validated(
        self,
        integration: Integration,
        mode: Mode,
    ) -> Result<Self, ValidationReport> {
        let report = self.validate(integration, mode);
        if report.is_ok() { Ok(self) } else { Err(report) }
    }

    /// Every problem with this request for `integration`, at once.
    #[inline] pub fn validate(&self, integration: Integration, mode: Mode) -> ValidationReport {
        crate::Operation::validate(self, integration, mode)
    }

    /// What `integration` must and may send on this endpoint.
    #[inline] pub fn requirements(integration: Integration) -> crate::spec::Requirements {
        SPEC.requirements(integration)
    }

    /// Sets the parameter with this wire name from JSON (`None`: there is no such parameter).
    #[inline] fn set_parameter(
        &mut self,
        name: &str,
        value: serde_json::Value,
    ) -> Option<Result<(), serde_json::Error>> {
        let set = match name {
            "workspace_id" => json_into(&mut self.workspace_id, value),
            "group_id" => json_into(&mut self.group_id, value),
            "organization_id" => json_into(&mut self.organization_id, value),
            "integrated_account_id" => json_into(&mut self.integrated_account_id, value),
            "truto_response_format" => json_into(&mut self.truto_response_format, value),
            "truto_ignore_remote_data" => {
                json_into(&mut self.truto_ignore_remote_data, value)
            }
            "truto_exclude_fields" => json_into(&mut self.truto_exclude_fields, value),
            "remote_query" => json_into(&mut self.remote_query, value),
            "limit" => json_into(&mut self.limit, value),
            "next_cursor" => json_into(&mut self.next_cursor, value),
            "truto_key_by" => json_into(&mut self.truto_key_by, value),
            "truto_ignore_limit" => json_into(&mut self.truto_ignore_limit, value),
            _ => return None,
        };
        Some(set)
    }
}

crate::operation::request_traits!(ListUsers);

impl crate::Operation for ListUsers {
    type Response = crate::Page<crate::User>;
    #[inline] fn spec() -> &'static EndpointSpec {
        &SPEC
    }

    #[inline] fn fields(&self) -> Vec<Field<'_>> {
        Field::set(
            &[
                (&parameters::WORKSPACE_ID, &self.workspace_id),
                (&parameters::GROUP_ID, &self.group_id),
                (&parameters::ORGANIZATION_ID, &self.organization_id),
                (&parameters::INTEGRATED_ACCOUNT_ID, &self.integrated_account_id),
                (&parameters::TRUTO_RESPONSE_FORMAT, &self.truto_response_format),
                (&parameters::TRUTO_IGNORE_REMOTE_DATA, &self.truto_ignore_remote_data),
                (&parameters::TRUTO_EXCLUDE_FIELDS, &self.truto_exclude_fields),
                (&parameters::REMOTE_QUERY, &self.remote_query),
                (&parameters::LIMIT, &self.limit),
                (&parameters::NEXT_CURSOR, &self.next_cursor),
                (&parameters::TRUTO_KEY_BY, &self.truto_key_by),
                (&parameters::TRUTO_IGNORE_LIMIT, &self.truto_ignore_limit),
            ],
        )
    }
}

impl crate::Client {
    /// `GET /unified/user-directory/users`: List Users.
    ///
    /// Every page, fetched lazily as they are asked for: `next_page()` for pages, `items()` for
    /// the items of all pages as a stream. Each page is validated for `integration` (looked up from the integrated account when
    /// `None`) and sent with the
    /// client's retry policy and rate budget.
    #[inline] pub fn list_users<'a>(
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
    description: "Lists the users of the connected application, one page at a time: pass `next_cursor` from a response to get the next page (null when there are no more) and `limit` to cap the page size. Integrations marked partial return only some fields in the list; get the user for the full object. Some integrations require a workspace, organization or group id to list users.",
    idempotent: true,
    irreversible: false,
    admin: false,
    integrations: &[
        Integration::FifteenFive,
        Integration::Accelo, Integration::ActiveCampaign, Integration::Adaptive, Integration::Adobe, Integration::AdobeMarketoEngage, Integration::AdobeAcrobatSign, Integration::Adyen, Integration::Aha, Integration::Aircall, Integration::Airtable, Integration::AirtableScim, Integration::AmplitudeScim, Integration::Anthropic, Integration::ApacheAirflow, Integration::Apollo, Integration::Apono, Integration::Asana, Integration::AssetPanda, Integration::Atlassian, Integration::Attio, Integration::Auth0, Integration::AvalaraAvaTax, Integration::AvigilonAlta, Integration::Avoma, Integration::AzureActiveDirectory,
        Integration::BambooHR, Integration::Baremetrics, Integration::Basecamp, Integration::BigPanda, Integration::Bitbucket, Integration::Bitwarden, Integration::BlackLine, Integration::Boomi, Integration::Box, Integration::Braze, Integration::Brex, Integration::Britive, Integration::BrowserStack, Integration::Buildkite,
        Integration::Calendly, Integration::Canva, Integration::Capsule, Integration::CatoNetworks, Integration::Checkr, Integration::Chronosphere, Integration::CiscoMeraki, Integration::ClickUp, Integration::Close, Integration::Cloudflare, Integration::CockroachDBCloud, Integration::Coda, Integration::Concord, Integration::Confluence, Integration::ConfluenceOnPrem, Integration::Confluent, Integration::ConstantContact, Integration::ContentfulContentManagement, Integration::Copper, Integration::Coupa, Integration::CrowdStrike, Integration::CyberArk, Integration::CyberArkIdentityManagement,
        Integration::Dashlane, Integration::Databricks, Integration::Datadog, Integration::DbtLabs, Integration::DevRev, Integration::Dialpad, Integration::Discord, Integration::Dixa, Integration::DockerHubScim, Integration::DocuSign, Integration::Domo, Integration::Doppler, Integration::Drata, Integration::Drift, Integration::DropboxBusiness, Integration::DruvaInSync, Integration::Duo,
        Integration::MicrosoftDynamics365Sales,
        Integration::Dynatrace,
        Integration::Egnyte, Integration::ElasticCloud, Integration::Emburse, Integration::Enchant, Integration::Envoy, Integration::Eventbrite,
        Integration::FigmaScim, Integration::FilesCom, Integration::Fireberry, Integration::FirefliesAi, Integration::Fivetran, Integration::FloQast, Integration::Fountain, Integration::FowCRM, Integration::FreeAgent, Integration::Freshcaller, Integration::Freshchat, Integration::Freshdesk, Integration::Freshsales, Integration::Freshservice, Integration::Front, Integration::FuseDesk,
        Integration::GoogleCloudSQL, Integration::GitHub, Integration::GitLab, Integration::Gladly, Integration::Gong, Integration::Google, Integration::GoogleAds, Integration::GoogleAnalytics, Integration::GoogleCloud, Integration::GoogleWorkspace, Integration::Gorgias, Integration::Grafana, Integration::Greenhouse,
        Integration::HaloITSM, Integration::HappyFox, Integration::Harness, Integration::Harvest, Integration::HashicorpTerraformCloud, Integration::Height, Integration::HelloID,
        Integration::DropboxSignHelloSign,
        Integration::HelpScout, Integration::Heroku, Integration::HiBob, Integration::Highlevel, Integration::Hive, Integration::Hootsuite, Integration::HubSpot, Integration::Humaans,
        Integration::Illow, Integration::Insightly, Integration::Intercom, Integration::Ironclad,
        Integration::Jamf, Integration::Jenkins, Integration::Jetbrains, Integration::JFrog, Integration::Jira, Integration::JostleScim, Integration::JumpCloud,
        Integration::Keap, Integration::Keeper, Integration::KnowBe4, Integration::KnowBe4Scim,
        Integration::LastPass, Integration::Lattice, Integration::LaunchDarkly, Integration::Leadsquared, Integration::Lever, Integration::Linear, Integration::Looker, Integration::Lucid,
        Integration::ManageEngineServiceDeskPlus, Integration::Metabase, Integration::MicrosoftTeams, Integration::Miro, Integration::MiroScim, Integration::MixpanelScim, Integration::MondayCom, Integration::MondayComScim, Integration::Moneybird, Integration::Mural,
        Integration::Netlify, Integration::NewRelic, Integration::Notion, Integration::NotionScim, Integration::Nutshell,
        Integration::Okta, Integration::OpenVPN, Integration::Outreach,
        Integration::PagerDuty, Integration::PandaDoc, Integration::PingOne, Integration::Pipedrive, Integration::Pipeliner, Integration::PivotalTracker, Integration::PostHog, Integration::PostmanScim, Integration::PowerBi,
        Integration::QlikSense,
        Integration::Salesflare, Integration::Salesforce, Integration::Salesloft, Integration::Segment, Integration::Seismic, Integration::SendGrid, Integration::Sendoso, Integration::Sentry, Integration::ServiceNowScim, Integration::Shopify, Integration::Shortcut, Integration::Showpad, Integration::Slack, Integration::Smartsheet, Integration::Snowflake, Integration::Snyk, Integration::SurveyMonkey,
        Integration::Tableau, Integration::Tailscale, Integration::TalentLyft, Integration::Teamleader, Integration::TeamworkCrm, Integration::TravelPerk, Integration::Trello, Integration::Twingate, Integration::Typeform,
        Integration::Vercel,
        Integration::Wingman,
        Integration::Xero,
        Integration::YouTrack, Integration::YoutrackHub,
        Integration::Zendesk, Integration::ZendeskSell, Integration::ZohoAnalytics, Integration::ZohoCrm, Integration::Zoom, Integration::Zscaler,
    ],
    response_formats: &[crate::ResponseFormat::Unified, crate::ResponseFormat::Raw, crate::ResponseFormat::Normalized, crate::ResponseFormat::Stream],
    list: Some(ListSpec { partial_in: &[
        Integration::FifteenFive,
        Integration::ActiveCampaign, Integration::AdobeAcrobatSign, Integration::AdobeMarketoEngage, Integration::Airtable, Integration::Asana, Integration::AvigilonAlta,
        Integration::BlackLine,
        Integration::Calendly, Integration::CockroachDBCloud, Integration::Confluence, Integration::ConfluenceOnPrem, Integration::Confluent, Integration::CrowdStrike, Integration::CyberArk, Integration::CyberArkIdentityManagement,
        Integration::Datadog, Integration::Dixa, Integration::DocuSign, Integration::Drift, Integration::DropboxBusiness, Integration::DruvaInSync,
        Integration::Freshdesk,
        Integration::GitHub, Integration::GoogleCloud,
        Integration::HaloITSM, Integration::Hootsuite, Integration::HubSpot,
        Integration::Jira,
        Integration::Okta, Integration::Outreach,
        Integration::PagerDuty,
        Integration::Salesforce,
    ] }),
    parameters: &[
        &parameters::WORKSPACE_ID,
        &parameters::GROUP_ID,
        &parameters::ORGANIZATION_ID,
        &parameters::INTEGRATED_ACCOUNT_ID,
        &parameters::TRUTO_RESPONSE_FORMAT,
        &parameters::TRUTO_IGNORE_REMOTE_DATA,
        &parameters::TRUTO_EXCLUDE_FIELDS,
        &parameters::REMOTE_QUERY,
        &parameters::LIMIT,
        &parameters::NEXT_CURSOR,
        &parameters::TRUTO_KEY_BY,
        &parameters::TRUTO_IGNORE_LIMIT,
    ],
    rules: &[],
    offboarding: None,
    response_model: "User",
    response_fields: &[],
    presence: &PRESENCE,
    api: &crate::API,
};

/// What `users.list`'s parameters ask of a request, by integration (computed at compile time).
static PRESENCE: crate::spec::Presences = crate::spec::Presences::of(&SPEC);


/// The parameters' entries, one `static` each.
mod parameters {
    use crate::spec::{Acceptance, Example, Location, ParamRole, ParamType, ParameterSpec};

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

    pub(super) static INTEGRATED_ACCOUNT_ID: ParameterSpec = ParameterSpec::new(
        "integrated_account_id", Location::Query, ParamType::Uuid,
        Acceptance::Required, "The ID of the integrated account to use for the request.",
    )
    .role(ParamRole::IntegratedAccount)
    .example(Example::Text("62f44730-dd91-461e-bd6a-aedd9e0ad79d"));

    pub(super) static TRUTO_RESPONSE_FORMAT: ParameterSpec = ParameterSpec::new(
        "truto_response_format", Location::Query, ParamType::ResponseFormat,
        Acceptance::Optional, "The format of the response.",
    )
    .role(ParamRole::ResponseFormat)
    .example(Example::Text("unified"));

    pub(super) static TRUTO_IGNORE_REMOTE_DATA: ParameterSpec = ParameterSpec::new(
        "truto_ignore_remote_data", Location::Query, ParamType::Boolean,
        Acceptance::Optional, "Excludes the remote_data attribute from the response.",
    )
    .role(ParamRole::IgnoreRemoteData);

    pub(super) static TRUTO_EXCLUDE_FIELDS: ParameterSpec = ParameterSpec::new(
        "truto_exclude_fields", Location::Query, ParamType::StringArray,
        Acceptance::Optional, "Array of fields to exclude from the response.",
    )
    .role(ParamRole::ExcludeFields)
    .example(Example::Texts(&["id", "name"]));

    pub(super) static REMOTE_QUERY: ParameterSpec = ParameterSpec::new(
        "remote_query", Location::Query, ParamType::Object,
        Acceptance::Optional, "Query parameters to pass to the underlying API without any transformations.",
    )
    .example(Example::Json("{\"foo\":\"bar\"}"));

    pub(super) static LIMIT: ParameterSpec = ParameterSpec::new(
        "limit", Location::Query, ParamType::Integer,
        Acceptance::Optional, "The maximum number of records per page (no documented default or maximum; about 25 by default).",
    )
    .role(ParamRole::Limit)
    .example(Example::Json("100"));

    pub(super) static NEXT_CURSOR: ParameterSpec = ParameterSpec::new(
        "next_cursor", Location::Query, ParamType::String,
        Acceptance::Optional, "The cursor of the page to fetch, from the previous page's `next_cursor`.",
    )
    .role(ParamRole::Cursor);

    pub(super) static TRUTO_KEY_BY: ParameterSpec = ParameterSpec::new(
        "truto_key_by", Location::Query, ParamType::String,
        Acceptance::Optional, "Turns the `result` array into an object keyed by the named field (e.g. `id`), for use as a lookup table.",
    );

    pub(super) static TRUTO_IGNORE_LIMIT: ParameterSpec = ParameterSpec::new(
        "truto_ignore_limit", Location::Query, ParamType::Boolean,
        Acceptance::Optional, "Ignores the limit query parameter.",
    );
}
