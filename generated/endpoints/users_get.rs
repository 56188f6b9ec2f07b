// @generated from spec/endpoints/users-get.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

use crate::spec::{EndpointSpec, Method};
use std::future::Future;
use crate::operation::json_into;
use crate::validate::Field;
use crate::{Integration, Mode, ValidationReport};

/// Gets one user of the connected application by its `id`, with every field the integration maps (the list of partial integrations returns only some). Some integrations require a workspace, organization, group id or product to get a user.
///
/// `GET /unified/user-directory/users/{id}`. Idempotent: safe to retry after a lost response.
///
/// Every integration requires `id`, `integrated_account_id`. Per-integration requirements are the arguments of the
/// `for_…` constructors; `validate` checks a request against any integration, reporting every
/// problem at once.
///
/// Source: <https://www.truto.one/docs/api-reference/unified-user-directory-api/users/get.md>.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUser {
    /// The ID of the resource.
    ///
    /// Path parameter `id` · string. Required by every integration.
    pub id: String,
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
}

impl GetUser {
    /// A request with the parameters every integration requires.
    #[inline] pub fn new(id: &str, integrated_account_id: &str) -> Self {
        Self {
            id: id.into(),
            integrated_account_id: integrated_account_id.into(),
            ..Self::default()
        }
    }

    /// Sets `id`: the ID of the resource.
    #[inline] pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
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

    /// A `users.get` request for 15Five, which requires nothing more than every integration does.
    #[inline] pub fn for_fifteen_five(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Accelo, which requires nothing more than every integration does.
    #[inline] pub fn for_accelo(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for ActiveCampaign, which requires nothing more than every integration does.
    #[inline] pub fn for_activecampaign(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Adaptive, which requires nothing more than every integration does.
    #[inline] pub fn for_adaptive(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Adobe, which requires nothing more than every integration does.
    #[inline] pub fn for_adobe(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Adobe Marketo Engage, which requires nothing more than every integration does.
    #[inline] pub fn for_adobe_marketo_engage(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Adobe Acrobat Sign, which requires nothing more than every integration does.
    #[inline] pub fn for_adobe_acrobat_sign(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Adyen, which requires nothing more than every integration does.
    #[inline] pub fn for_adyen(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Aha, which requires nothing more than every integration does.
    #[inline] pub fn for_aha(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Aircall, which requires nothing more than every integration does.
    #[inline] pub fn for_aircall(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Airtable, which requires nothing more than every integration does.
    #[inline] pub fn for_airtable(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Airtable SCIM, which requires nothing more than every integration does.
    #[inline] pub fn for_airtable_scim(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Amplitude SCIM, which requires nothing more than every integration does.
    #[inline] pub fn for_amplitude_scim(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Anthropic, which requires nothing more than every integration does.
    #[inline] pub fn for_anthropic(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Apache Airflow, which requires nothing more than every integration does.
    #[inline] pub fn for_apache_airflow(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Apollo, which requires nothing more than every integration does.
    #[inline] pub fn for_apollo(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Apono, which requires nothing more than every integration does.
    #[inline] pub fn for_apono(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Asana, which requires nothing more than every integration does.
    #[inline] pub fn for_asana(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Attio, which requires nothing more than every integration does.
    #[inline] pub fn for_attio(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Auth0, which requires nothing more than every integration does.
    #[inline] pub fn for_auth0(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Avalara AvaTax, which requires nothing more than every integration does.
    #[inline] pub fn for_avalara_avatax(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Avigilon Alta, which requires nothing more than every integration does.
    #[inline] pub fn for_avigilon_alta(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Avoma, which requires nothing more than every integration does.
    #[inline] pub fn for_avoma(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Azure Active Directory, which requires nothing more than every integration does.
    #[inline] pub fn for_azure_active_directory(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Baremetrics, which requires nothing more than every integration does.
    #[inline] pub fn for_baremetrics(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Basecamp, which requires nothing more than every integration does.
    #[inline] pub fn for_basecamp(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for BigPanda, which requires nothing more than every integration does.
    #[inline] pub fn for_bigpanda(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Bitbucket, which requires nothing more than every integration does.
    #[inline] pub fn for_bitbucket(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Bitwarden, which requires nothing more than every integration does.
    #[inline] pub fn for_bitwarden(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for BlackLine, which requires nothing more than every integration does.
    #[inline] pub fn for_blackline(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Box, which requires nothing more than every integration does.
    #[inline] pub fn for_box(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Braze, which requires nothing more than every integration does.
    #[inline] pub fn for_braze(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Brex, which requires nothing more than every integration does.
    #[inline] pub fn for_brex(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Britive, which requires nothing more than every integration does.
    #[inline] pub fn for_britive(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Buildkite, which requires nothing more than every integration does.
    #[inline] pub fn for_buildkite(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Calendly, which requires nothing more than every integration does.
    #[inline] pub fn for_calendly(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Canva, which requires nothing more than every integration does.
    #[inline] pub fn for_canva(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Capsule, which requires nothing more than every integration does.
    #[inline] pub fn for_capsule(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Cato Networks, which requires nothing more than every integration does.
    #[inline] pub fn for_cato_networks(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for CircleCI, which requires nothing more than every integration does.
    #[inline] pub fn for_circleci(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Close, which requires nothing more than every integration does.
    #[inline] pub fn for_close(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Cloudflare, which requires nothing more than every integration does.
    #[inline] pub fn for_cloudflare(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for CockroachDB Cloud, which requires nothing more than every integration does.
    #[inline] pub fn for_cockroachdb_cloud(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Confluence, which requires nothing more than every integration does.
    #[inline] pub fn for_confluence(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Confluence On Prem, which requires nothing more than every integration does.
    #[inline] pub fn for_confluence_on_prem(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Confluent, which requires nothing more than every integration does.
    #[inline] pub fn for_confluent(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Contentful Content Management, which requires nothing more than every integration does.
    #[inline] pub fn for_contentful_content_management(
        id: &str,
        integrated_account_id: &str,
    ) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Copper, which requires nothing more than every integration does.
    #[inline] pub fn for_copper(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Coupa, which requires nothing more than every integration does.
    #[inline] pub fn for_coupa(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for CrowdStrike, which requires nothing more than every integration does.
    #[inline] pub fn for_crowdstrike(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for CyberArk, which requires nothing more than every integration does.
    #[inline] pub fn for_cyberark(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for CyberArk Identity Management, which requires nothing more than every integration does.
    #[inline] pub fn for_cyberark_identity_management(
        id: &str,
        integrated_account_id: &str,
    ) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Databricks, which requires nothing more than every integration does.
    #[inline] pub fn for_databricks(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Datadog, which requires nothing more than every integration does.
    #[inline] pub fn for_datadog(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for dbt Labs, which requires nothing more than every integration does.
    #[inline] pub fn for_dbt_labs(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for DevRev, which requires nothing more than every integration does.
    #[inline] pub fn for_devrev(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Dialpad, which requires nothing more than every integration does.
    #[inline] pub fn for_dialpad(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Dixa, which requires nothing more than every integration does.
    #[inline] pub fn for_dixa(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Docker Hub SCIM, which requires nothing more than every integration does.
    #[inline] pub fn for_docker_hub_scim(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for DocuSign, which requires nothing more than every integration does.
    #[inline] pub fn for_docusign(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Domo, which requires nothing more than every integration does.
    #[inline] pub fn for_domo(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Doppler, which requires nothing more than every integration does.
    #[inline] pub fn for_doppler(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Drata, which requires nothing more than every integration does.
    #[inline] pub fn for_drata(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Drift, which requires nothing more than every integration does.
    #[inline] pub fn for_drift(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Drive Wealth, which requires nothing more than every integration does.
    #[inline] pub fn for_drive_wealth(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Dropbox - Business, which requires nothing more than every integration does.
    #[inline] pub fn for_dropbox_business(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Druva inSync, which requires nothing more than every integration does.
    #[inline] pub fn for_druva_insync(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Duo, which requires nothing more than every integration does.
    #[inline] pub fn for_duo(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Microsoft Dynamics 365 Sales, which requires nothing more than every integration does.
    #[inline] pub fn for_microsoft_dynamics_365_sales(
        id: &str,
        integrated_account_id: &str,
    ) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Egnyte, which requires nothing more than every integration does.
    #[inline] pub fn for_egnyte(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Emburse, which requires nothing more than every integration does.
    #[inline] pub fn for_emburse(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Envoy, which requires nothing more than every integration does.
    #[inline] pub fn for_envoy(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Figma SCIM, which requires nothing more than every integration does.
    #[inline] pub fn for_figma_scim(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Files.com, which requires nothing more than every integration does.
    #[inline] pub fn for_files_com(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Fireberry, which requires nothing more than every integration does.
    #[inline] pub fn for_fireberry(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Fireflies.ai, which requires nothing more than every integration does.
    #[inline] pub fn for_fireflies_ai(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Fivetran, which requires nothing more than every integration does.
    #[inline] pub fn for_fivetran(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for FowCRM, which requires nothing more than every integration does.
    #[inline] pub fn for_fowcrm(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for FreeAgent, which requires nothing more than every integration does.
    #[inline] pub fn for_freeagent(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Freshcaller, which requires nothing more than every integration does.
    #[inline] pub fn for_freshcaller(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Freshchat, which requires nothing more than every integration does.
    #[inline] pub fn for_freshchat(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Freshdesk, which requires nothing more than every integration does.
    #[inline] pub fn for_freshdesk(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Freshservice, which requires nothing more than every integration does.
    #[inline] pub fn for_freshservice(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Front, which requires nothing more than every integration does.
    #[inline] pub fn for_front(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for FuseDesk, which requires nothing more than every integration does.
    #[inline] pub fn for_fusedesk(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for GitHub, which requires nothing more than every integration does.
    #[inline] pub fn for_github(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for GitLab, which requires nothing more than every integration does.
    #[inline] pub fn for_gitlab(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Gladly, which requires nothing more than every integration does.
    #[inline] pub fn for_gladly(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Gong, which requires nothing more than every integration does.
    #[inline] pub fn for_gong(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Google, which requires nothing more than every integration does.
    #[inline] pub fn for_google(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Google Ads, which requires nothing more than every integration does.
    #[inline] pub fn for_google_ads(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Google Cloud, which requires nothing more than every integration does.
    #[inline] pub fn for_google_cloud(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Google Workspace, which requires nothing more than every integration does.
    #[inline] pub fn for_google_workspace(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Gorgias, which requires nothing more than every integration does.
    #[inline] pub fn for_gorgias(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Greenhouse, which requires nothing more than every integration does.
    #[inline] pub fn for_greenhouse(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for HaloITSM, which requires nothing more than every integration does.
    #[inline] pub fn for_haloitsm(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for HappyFox, which requires nothing more than every integration does.
    #[inline] pub fn for_happyfox(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Harness, which requires nothing more than every integration does.
    #[inline] pub fn for_harness(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Harvest, which requires nothing more than every integration does.
    #[inline] pub fn for_harvest(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Hashicorp Terraform Cloud, which requires nothing more than every integration does.
    #[inline] pub fn for_hashicorp_terraform_cloud(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Height, which requires nothing more than every integration does.
    #[inline] pub fn for_height(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for HelloID, which requires nothing more than every integration does.
    #[inline] pub fn for_helloid(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Help Scout, which requires nothing more than every integration does.
    #[inline] pub fn for_help_scout(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for HiBob, which requires nothing more than every integration does.
    #[inline] pub fn for_hibob(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Highlevel, which requires nothing more than every integration does.
    #[inline] pub fn for_highlevel(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Hive, which requires nothing more than every integration does.
    #[inline] pub fn for_hive(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Hootsuite, which requires nothing more than every integration does.
    #[inline] pub fn for_hootsuite(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for HubSpot, which requires nothing more than every integration does.
    #[inline] pub fn for_hubspot(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Humaans, which requires nothing more than every integration does.
    #[inline] pub fn for_humaans(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Insightly, which requires nothing more than every integration does.
    #[inline] pub fn for_insightly(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Intercom, which requires nothing more than every integration does.
    #[inline] pub fn for_intercom(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Ironclad, which requires nothing more than every integration does.
    #[inline] pub fn for_ironclad(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Jamf, which requires nothing more than every integration does.
    #[inline] pub fn for_jamf(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for JFrog, which requires nothing more than every integration does.
    #[inline] pub fn for_jfrog(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Jira, which requires nothing more than every integration does.
    #[inline] pub fn for_jira(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Keeper, which requires nothing more than every integration does.
    #[inline] pub fn for_keeper(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for LastPass, which requires nothing more than every integration does.
    #[inline] pub fn for_lastpass(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Leadsquared, which requires nothing more than every integration does.
    #[inline] pub fn for_leadsquared(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Lever, which requires nothing more than every integration does.
    #[inline] pub fn for_lever(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Linear, which requires nothing more than every integration does.
    #[inline] pub fn for_linear(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Looker, which requires nothing more than every integration does.
    #[inline] pub fn for_looker(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Lucid, which requires nothing more than every integration does.
    #[inline] pub fn for_lucid(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for ManageEngine ServiceDesk Plus, which requires nothing more than every integration does.
    #[inline] pub fn for_manageengine_servicedesk_plus(
        id: &str,
        integrated_account_id: &str,
    ) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Metabase, which requires nothing more than every integration does.
    #[inline] pub fn for_metabase(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Miro, which requires nothing more than every integration does.
    #[inline] pub fn for_miro(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Monday.com SCIM, which requires nothing more than every integration does.
    #[inline] pub fn for_monday_com_scim(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Microsoft Teams, which requires nothing more than every integration does.
    #[inline] pub fn for_microsoft_teams(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Netlify, which requires nothing more than every integration does.
    #[inline] pub fn for_netlify(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for New Relic, which requires nothing more than every integration does.
    #[inline] pub fn for_new_relic(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Notion, which requires nothing more than every integration does.
    #[inline] pub fn for_notion(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Okta, which requires nothing more than every integration does.
    #[inline] pub fn for_okta(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Outreach, which requires nothing more than every integration does.
    #[inline] pub fn for_outreach(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for PagerDuty, which requires nothing more than every integration does.
    #[inline] pub fn for_pagerduty(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for PandaDoc, which requires nothing more than every integration does.
    #[inline] pub fn for_pandadoc(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for PingOne, which requires nothing more than every integration does.
    #[inline] pub fn for_pingone(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Pipedrive, which requires nothing more than every integration does.
    #[inline] pub fn for_pipedrive(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Pipeliner, which requires nothing more than every integration does.
    #[inline] pub fn for_pipeliner(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Postman SCIM, which requires nothing more than every integration does.
    #[inline] pub fn for_postman_scim(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Qlik Sense, which requires nothing more than every integration does.
    #[inline] pub fn for_qlik_sense(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Salesflare, which requires nothing more than every integration does.
    #[inline] pub fn for_salesflare(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Salesforce, which requires nothing more than every integration does.
    #[inline] pub fn for_salesforce(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Salesloft, which requires nothing more than every integration does.
    #[inline] pub fn for_salesloft(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Segment, which requires nothing more than every integration does.
    #[inline] pub fn for_segment(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Seismic, which requires nothing more than every integration does.
    #[inline] pub fn for_seismic(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for SendGrid, which requires nothing more than every integration does.
    #[inline] pub fn for_sendgrid(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Sentry, which requires nothing more than every integration does.
    #[inline] pub fn for_sentry(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for ServiceNow SCIM, which requires nothing more than every integration does.
    #[inline] pub fn for_servicenow_scim(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Shopify, which requires nothing more than every integration does.
    #[inline] pub fn for_shopify(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Shortcut, which requires nothing more than every integration does.
    #[inline] pub fn for_shortcut(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Showpad, which requires nothing more than every integration does.
    #[inline] pub fn for_showpad(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Slack, which requires nothing more than every integration does.
    #[inline] pub fn for_slack(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Smartsheet, which requires nothing more than every integration does.
    #[inline] pub fn for_smartsheet(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Snowflake, which requires nothing more than every integration does.
    #[inline] pub fn for_snowflake(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Survey Monkey, which requires nothing more than every integration does.
    #[inline] pub fn for_survey_monkey(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Tableau, which requires nothing more than every integration does.
    #[inline] pub fn for_tableau(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Tailscale, which requires nothing more than every integration does.
    #[inline] pub fn for_tailscale(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Teamleader, which requires nothing more than every integration does.
    #[inline] pub fn for_teamleader(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Teamwork CRM, which requires nothing more than every integration does.
    #[inline] pub fn for_teamwork_crm(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for TravelPerk, which requires nothing more than every integration does.
    #[inline] pub fn for_travelperk(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Travis CI, which requires nothing more than every integration does.
    #[inline] pub fn for_travis_ci(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Trello, which requires nothing more than every integration does.
    #[inline] pub fn for_trello(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Twingate, which requires nothing more than every integration does.
    #[inline] pub fn for_twingate(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Webex, which requires nothing more than every integration does.
    #[inline] pub fn for_webex(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for WordPress, which requires nothing more than every integration does.
    #[inline] pub fn for_wordpress(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for YouTrack, which requires nothing more than every integration does.
    #[inline] pub fn for_youtrack(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Youtrack Hub, which requires nothing more than every integration does.
    #[inline] pub fn for_youtrack_hub(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Zapier SCIM, which requires nothing more than every integration does.
    #[inline] pub fn for_zapier_scim(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Zendesk, which requires nothing more than every integration does.
    #[inline] pub fn for_zendesk(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Zendesk Sell, which requires nothing more than every integration does.
    #[inline] pub fn for_zendesk_sell(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Zoho CRM, which requires nothing more than every integration does.
    #[inline] pub fn for_zoho_crm(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Zoho Desk, which requires nothing more than every integration does.
    #[inline] pub fn for_zoho_desk(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Zoho Vault, which requires nothing more than every integration does.
    #[inline] pub fn for_zoho_vault(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Zoom, which requires nothing more than every integration does.
    #[inline] pub fn for_zoom(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Zscaler, which requires nothing more than every integration does.
    #[inline] pub fn for_zscaler(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for JumpCloud, which requires nothing more than every integration does.
    #[inline] pub fn for_jumpcloud(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for KnowBe4, which requires nothing more than every integration does.
    #[inline] pub fn for_knowbe4(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for KnowBe4 SCIM, which requires nothing more than every integration does.
    #[inline] pub fn for_knowbe4_scim(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for LaunchDarkly, which requires nothing more than every integration does.
    #[inline] pub fn for_launchdarkly(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Mailgun, which requires nothing more than every integration does.
    #[inline] pub fn for_mailgun(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Miro SCIM, which requires nothing more than every integration does.
    #[inline] pub fn for_miro_scim(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Notion SCIM, which requires nothing more than every integration does.
    #[inline] pub fn for_notion_scim(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for OneLogin, which requires nothing more than every integration does.
    #[inline] pub fn for_onelogin(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Opsgenie, which requires nothing more than every integration does.
    #[inline] pub fn for_opsgenie(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Pendo SCIM, which requires nothing more than every integration does.
    #[inline] pub fn for_pendo_scim(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Pivotal Tracker, which requires nothing more than every integration does.
    #[inline] pub fn for_pivotal_tracker(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Rollbar, which requires nothing more than every integration does.
    #[inline] pub fn for_rollbar(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
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
            "id" => json_into(&mut self.id, value),
            "integrated_account_id" => json_into(&mut self.integrated_account_id, value),
            "truto_response_format" => json_into(&mut self.truto_response_format, value),
            "truto_ignore_remote_data" => {
                json_into(&mut self.truto_ignore_remote_data, value)
            }
            "truto_exclude_fields" => json_into(&mut self.truto_exclude_fields, value),
            "remote_query" => json_into(&mut self.remote_query, value),
            _ => return None,
        };
        Some(set)
    }
}

crate::operation::request_traits!(GetUser);

impl crate::Operation for GetUser {
    type Response = crate::User;
    #[inline] fn spec() -> &'static EndpointSpec {
        &SPEC
    }

    #[inline] fn fields(&self) -> Vec<Field<'_>> {
        Field::set(
            &[
                (&parameters::ID, &self.id),
                (&parameters::INTEGRATED_ACCOUNT_ID, &self.integrated_account_id),
                (&parameters::TRUTO_RESPONSE_FORMAT, &self.truto_response_format),
                (&parameters::TRUTO_IGNORE_REMOTE_DATA, &self.truto_ignore_remote_data),
                (&parameters::TRUTO_EXCLUDE_FIELDS, &self.truto_exclude_fields),
                (&parameters::REMOTE_QUERY, &self.remote_query),
            ],
        )
    }
}

impl crate::Client {
    /// `GET /unified/user-directory/users/{id}`: Get Users.
    ///
    /// Validates `request` for `integration` (looked up from the integrated account when
    /// `None`), sends it with the client's retry policy and decodes
    /// the response.
    #[inline] pub fn get_user<'a>(
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
    description: "Gets one user of the connected application by its `id`, with every field the integration maps (the list of partial integrations returns only some). Some integrations require a workspace, organization, group id or product to get a user.",
    idempotent: true,
    irreversible: false,
    admin: false,
    integrations: &[
        Integration::FifteenFive,
        Integration::Accelo, Integration::ActiveCampaign, Integration::Adaptive, Integration::Adobe, Integration::AdobeMarketoEngage, Integration::AdobeAcrobatSign, Integration::Adyen, Integration::Aha, Integration::Aircall, Integration::Airtable, Integration::AirtableScim, Integration::AmplitudeScim, Integration::Anthropic, Integration::ApacheAirflow, Integration::Apollo, Integration::Apono, Integration::Asana, Integration::Attio, Integration::Auth0, Integration::AvalaraAvaTax, Integration::AvigilonAlta, Integration::Avoma, Integration::AzureActiveDirectory,
        Integration::Baremetrics, Integration::Basecamp, Integration::BigPanda, Integration::Bitbucket, Integration::Bitwarden, Integration::BlackLine, Integration::Box, Integration::Braze, Integration::Brex, Integration::Britive, Integration::Buildkite,
        Integration::Calendly, Integration::Canva, Integration::Capsule, Integration::CatoNetworks, Integration::CircleCI, Integration::Close, Integration::Cloudflare, Integration::CockroachDBCloud, Integration::Confluence, Integration::ConfluenceOnPrem, Integration::Confluent, Integration::ContentfulContentManagement, Integration::Copper, Integration::Coupa, Integration::CrowdStrike, Integration::CyberArk, Integration::CyberArkIdentityManagement,
        Integration::Databricks, Integration::Datadog, Integration::DbtLabs, Integration::DevRev, Integration::Dialpad, Integration::Dixa, Integration::DockerHubScim, Integration::DocuSign, Integration::Domo, Integration::Doppler, Integration::Drata, Integration::Drift, Integration::DriveWealth, Integration::DropboxBusiness, Integration::DruvaInSync, Integration::Duo,
        Integration::MicrosoftDynamics365Sales,
        Integration::Egnyte, Integration::Emburse, Integration::Envoy,
        Integration::FigmaScim, Integration::FilesCom, Integration::Fireberry, Integration::FirefliesAi, Integration::Fivetran, Integration::FowCRM, Integration::FreeAgent, Integration::Freshcaller, Integration::Freshchat, Integration::Freshdesk, Integration::Freshservice, Integration::Front, Integration::FuseDesk,
        Integration::GitHub, Integration::GitLab, Integration::Gladly, Integration::Gong, Integration::Google, Integration::GoogleAds, Integration::GoogleCloud, Integration::GoogleWorkspace, Integration::Gorgias, Integration::Greenhouse,
        Integration::HaloITSM, Integration::HappyFox, Integration::Harness, Integration::Harvest, Integration::HashicorpTerraformCloud, Integration::Height, Integration::HelloID, Integration::HelpScout, Integration::HiBob, Integration::Highlevel, Integration::Hive, Integration::Hootsuite, Integration::HubSpot, Integration::Humaans,
        Integration::Insightly, Integration::Intercom, Integration::Ironclad,
        Integration::Jamf, Integration::JFrog, Integration::Jira,
        Integration::Keeper,
        Integration::LastPass, Integration::Leadsquared, Integration::Lever, Integration::Linear, Integration::Looker, Integration::Lucid,
        Integration::ManageEngineServiceDeskPlus, Integration::Metabase, Integration::Miro, Integration::MondayComScim, Integration::MicrosoftTeams,
        Integration::Netlify, Integration::NewRelic, Integration::Notion,
        Integration::Okta, Integration::Outreach,
        Integration::PagerDuty, Integration::PandaDoc, Integration::PingOne, Integration::Pipedrive, Integration::Pipeliner, Integration::PostmanScim,
        Integration::QlikSense,
        Integration::Salesflare, Integration::Salesforce, Integration::Salesloft, Integration::Segment, Integration::Seismic, Integration::SendGrid, Integration::Sentry, Integration::ServiceNowScim, Integration::Shopify, Integration::Shortcut, Integration::Showpad, Integration::Slack, Integration::Smartsheet, Integration::Snowflake, Integration::SurveyMonkey,
        Integration::Tableau, Integration::Tailscale, Integration::Teamleader, Integration::TeamworkCrm, Integration::TravelPerk, Integration::TravisCi, Integration::Trello, Integration::Twingate,
        Integration::Webex, Integration::WordPress,
        Integration::YouTrack, Integration::YoutrackHub,
        Integration::ZapierScim, Integration::Zendesk, Integration::ZendeskSell, Integration::ZohoCrm, Integration::ZohoDesk, Integration::ZohoVault, Integration::Zoom, Integration::Zscaler,
        Integration::JumpCloud,
        Integration::KnowBe4, Integration::KnowBe4Scim,
        Integration::LaunchDarkly,
        Integration::Mailgun, Integration::MiroScim,
        Integration::NotionScim,
        Integration::OneLogin, Integration::Opsgenie,
        Integration::PendoScim, Integration::PivotalTracker,
        Integration::Rollbar,
    ],
    response_formats: &[crate::ResponseFormat::Unified, crate::ResponseFormat::Raw, crate::ResponseFormat::Normalized, crate::ResponseFormat::Stream],
    list: None,
    parameters: &[
        &parameters::ID,
        &parameters::INTEGRATED_ACCOUNT_ID,
        &parameters::TRUTO_RESPONSE_FORMAT,
        &parameters::TRUTO_IGNORE_REMOTE_DATA,
        &parameters::TRUTO_EXCLUDE_FIELDS,
        &parameters::REMOTE_QUERY,
    ],
    rules: &[],
    offboarding: None,
    response_model: "User",
    response_fields: &[],
    presence: &PRESENCE,
    api: &crate::API,
};

/// What `users.get`'s parameters ask of a request, by integration (computed at compile time).
static PRESENCE: crate::spec::Presences = crate::spec::Presences::of(&SPEC);


/// The parameters' entries, one `static` each.
mod parameters {
    use crate::spec::{Acceptance, Example, Location, ParamRole, ParamType, ParameterSpec};

    pub(super) static ID: ParameterSpec = ParameterSpec::new(
        "id", Location::Path, ParamType::String,
        Acceptance::Required, "The ID of the resource.",
    )
    .role(ParamRole::User)
    .example(Example::Text("23423523"));

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
}
