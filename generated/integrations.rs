// @generated from spec/integrations.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

/// An integration (a SaaS app) the Unified User Directory API reaches: one of those named in the
/// API pages (`Integration::ALL`).
///
/// Parse one from its display name or a Truto slug with `str::parse`; case, spaces and
/// punctuation are ignored, so `"slack-enterprise"` is `SlackEnterprise`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Integration {
    /// 15Five (Truto slug `15five`).
    ///
    /// Endpoints: groups.get, groups.list, users.get, users.list. Note: slug seen on the coverage page,
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/integration-coverage.md>.
    FifteenFive,
    /// Accelo (Truto slug `accelo`).
    ///
    /// Endpoints: groups.get, groups.list, users.get, users.list. Note: slug seen on the coverage page,
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/integration-coverage.md>.
    Accelo,
    /// ActiveCampaign (Truto slug `activecampaign`).
    ///
    /// Endpoints: groups.get, groups.list, users.get, users.list. Note: slug seen on the coverage page,
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/integration-coverage.md>.
    ActiveCampaign,
    /// Adaptive (Truto slug `adaptive`).
    ///
    /// Endpoints: groups.get, groups.list, users.get, users.list. Note: slug seen on the coverage page,
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/integration-coverage.md>.
    Adaptive,
    /// Adobe (Truto slug `adobe`).
    ///
    /// Endpoints: licenses.list, roles.list, users.get, users.list, utilization.list. Note: slug seen on
    /// the coverage page,
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/integration-coverage.md>.
    Adobe,
    /// Adobe Acrobat Sign (Truto slug `adobesign`).
    ///
    /// Endpoints: users.get, users.list. Note: slug seen on the coverage page,
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/integration-coverage.md>; older
    /// pages call it "Adobe Sign" (the slug matches that name too).
    AdobeAcrobatSign,
    /// Adobe Marketo Engage (Truto slug `adobemarketoengage`).
    ///
    /// Endpoints: roles.get, roles.list, users.delete, users.get, users.list, workspaces.list. Note: slug
    /// inferred from the display name.
    AdobeMarketoEngage,
    /// Adyen (Truto slug `adyen`).
    ///
    /// Endpoints: roles.list, users.get, users.list, workspaces.get, workspaces.list. Note: slug seen on
    /// the coverage page,
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/integration-coverage.md>.
    Adyen,
    /// Affinity (Truto slug `affinity`).
    ///
    /// Endpoints: me.list. Note: slug inferred from the display name; named on
    /// <https://truto.one/docs/api-reference/unified-user-directory-api/me/list>.
    Affinity,
    /// Aha (Truto slug `aha`).
    ///
    /// Endpoints: users.get, users.list, workspaces.get, workspaces.list. Note: slug seen on the coverage
    /// page, <https://www.truto.one/docs/api-reference/unified-user-directory-api/integration-coverage.md>.
    Aha,
    /// Aircall (Truto slug `aircall`).
    ///
    /// Endpoints: groups.get, groups.list, users.get, users.list. Note: slug seen on the coverage page,
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/integration-coverage.md>.
    Aircall,
    /// Airtable (Truto slug `airtable`).
    ///
    /// Endpoints: activities.list, groups.get, users.delete, users.downgrade, users.get, users.list. Note:
    /// slug inferred from the display name.
    Airtable,
    /// Airtable SCIM (Truto slug `airtablescim`).
    ///
    /// Endpoints: groups.get, groups.list, users.delete, users.get, users.list. Note: slug inferred from
    /// the display name.
    AirtableScim,
    /// Amplitude SCIM (Truto slug `amplitudescim`).
    ///
    /// Endpoints: groups.get, groups.list, users.get, users.list. Note: slug inferred from the display
    /// name.
    AmplitudeScim,
    /// Anthropic (Truto slug `anthropic`).
    ///
    /// Endpoints: roles.list, users.get, users.list, workspaces.get, workspaces.list. Note: slug inferred
    /// from the display name.
    Anthropic,
    /// Apache Airflow (Truto slug `apacheairflow`).
    ///
    /// Endpoints: roles.get, roles.list, users.get, users.list. Note: slug inferred from the display name.
    ApacheAirflow,
    /// Apollo (Truto slug `apollo`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Apollo,
    /// Apono (Truto slug `apono`).
    ///
    /// Endpoints: groups.get, groups.list, roles.list, users.get, users.list. Note: slug inferred from the
    /// display name.
    Apono,
    /// Asana (Truto slug `asana`).
    ///
    /// Endpoints: activities.list, groups.get, groups.list, me.list, organizations.list, users.delete,
    /// users.get, users.list, workspaces.list. Note: slug inferred from the display name.
    Asana,
    /// Asset Panda (Truto slug `assetpanda`).
    ///
    /// Endpoints: groups.get, groups.list, me.list, users.list. Note: slug inferred from the display name.
    AssetPanda,
    /// Atlassian (Truto slug `atlassian`).
    ///
    /// Endpoints: activities.get, activities.list, groups.get, groups.list, licenses.list,
    /// organizations.get, organizations.list, users.delete, users.list, workspaces.list. Note: slug
    /// inferred from the display name.
    Atlassian,
    /// Attio (Truto slug `attio`).
    ///
    /// Endpoints: roles.list, users.get, users.list. Note: slug inferred from the display name.
    Attio,
    /// Auth0 (Truto slug `auth0`).
    ///
    /// Endpoints: organizations.get, organizations.list, roles.get, roles.list, users.delete, users.get,
    /// users.list. Note: slug inferred from the display name.
    Auth0,
    /// Avalara AvaTax (Truto slug `avalaraavatax`).
    ///
    /// Endpoints: organizations.list, roles.list, users.deactivate, users.delete, users.get, users.list,
    /// workspaces.get, workspaces.list. Note: slug inferred from the display name.
    AvalaraAvaTax,
    /// Avigilon Alta (Truto slug `avigilonalta`).
    ///
    /// Endpoints: roles.get, roles.list, users.get, users.list. Note: slug inferred from the display name.
    AvigilonAlta,
    /// Avoma (Truto slug `avoma`).
    ///
    /// Endpoints: roles.list, users.get, users.list. Note: slug inferred from the display name.
    Avoma,
    /// Azure Active Directory (Truto slug `azureactivedirectory`).
    ///
    /// Endpoints: activities.list, licenses.list, roles.list, users.delete, users.get, users.list. Note:
    /// slug seen on Truto's integration page,
    /// <https://truto.one/integrations/detail/azureactivedirectory.md>.
    AzureActiveDirectory,
    /// BambooHR (Truto slug `bamboohr`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    BambooHR,
    /// Baremetrics (Truto slug `baremetrics`).
    ///
    /// Endpoints: roles.list, users.get, users.list. Note: slug inferred from the display name.
    Baremetrics,
    /// Basecamp (Truto slug `basecamp`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Basecamp,
    /// BigPanda (Truto slug `bigpanda`).
    ///
    /// Endpoints: roles.get, roles.list, users.delete, users.get, users.list. Note: slug inferred from the
    /// display name.
    BigPanda,
    /// Bitbucket (Truto slug `bitbucket`).
    ///
    /// Endpoints: roles.list, users.get, users.list, workspaces.get, workspaces.list. Note: slug inferred
    /// from the display name.
    Bitbucket,
    /// Bitwarden (Truto slug `bitwarden`).
    ///
    /// Endpoints: groups.get, groups.list, users.get, users.list. Note: slug inferred from the display
    /// name.
    Bitwarden,
    /// BlackLine (Truto slug `blackline`).
    ///
    /// Endpoints: groups.delete, groups.get, groups.list, role_assignments.list, roles.list, users.delete,
    /// users.get, users.list. Note: slug inferred from the display name.
    BlackLine,
    /// Boomi (Truto slug `boomi`).
    ///
    /// Endpoints: roles.get, roles.list, users.list. Note: slug inferred from the display name.
    Boomi,
    /// Box (Truto slug `box`).
    ///
    /// Endpoints: activities.list, users.delete, users.get, users.list. Note: slug inferred from the
    /// display name.
    Box,
    /// Braze (Truto slug `braze`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Braze,
    /// Brex (Truto slug `brex`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Brex,
    /// Britive (Truto slug `britive`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Britive,
    /// BrowserStack (Truto slug `browserstack`).
    ///
    /// Endpoints: activities.list, roles.list, users.delete, users.list. Note: slug inferred from the
    /// display name.
    BrowserStack,
    /// Buildkite (Truto slug `buildkite`).
    ///
    /// Endpoints: groups.get, groups.list, organizations.get, organizations.list, roles.list, users.get,
    /// users.list. Note: slug inferred from the display name.
    Buildkite,
    /// Calendly (Truto slug `calendly`).
    ///
    /// Endpoints: licenses.list, users.delete, users.get, users.list. Note: slug inferred from the display
    /// name.
    Calendly,
    /// Canva (Truto slug `canva`).
    ///
    /// Endpoints: roles.list, users.delete, users.get, users.list. Note: slug inferred from the display
    /// name.
    Canva,
    /// Capsule (Truto slug `capsule`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Capsule,
    /// Cato Networks (Truto slug `catonetworks`).
    ///
    /// Endpoints: roles.list, users.get, users.list. Note: slug inferred from the display name.
    CatoNetworks,
    /// Checkr (Truto slug `checkr`).
    ///
    /// Endpoints: me.list, roles.list, users.list. Note: slug inferred from the display name.
    Checkr,
    /// Chronosphere (Truto slug `chronosphere`).
    ///
    /// Endpoints: groups.get, groups.list, users.list. Note: slug inferred from the display name.
    Chronosphere,
    /// CircleCI (Truto slug `circleci`).
    ///
    /// Endpoints: users.get. Note: slug inferred from the display name.
    CircleCI,
    /// Cisco Meraki (Truto slug `ciscomeraki`).
    ///
    /// Endpoints: licenses.get, licenses.list, organizations.get, organizations.list, roles.list,
    /// users.delete, users.list, workspaces.get, workspaces.list. Note: slug inferred from the display
    /// name.
    CiscoMeraki,
    /// ClickUp (Truto slug `clickup`).
    ///
    /// Endpoints: billing.list, licenses.list, me.list, organizations.get, organizations.list, roles.list,
    /// users.delete, users.list. Note: slug inferred from the display name.
    ClickUp,
    /// Close (Truto slug `close`).
    ///
    /// Endpoints: roles.get, roles.list, users.get, users.list. Note: slug inferred from the display name.
    Close,
    /// Cloudflare (Truto slug `cloudflare`).
    ///
    /// Endpoints: roles.list, users.delete, users.get, users.list. Note: slug inferred from the display
    /// name.
    Cloudflare,
    /// CockroachDB Cloud (Truto slug `cockroachdbcloud`).
    ///
    /// Endpoints: groups.get, groups.list, roles.list, users.get, users.list. Note: slug inferred from the
    /// display name.
    CockroachDBCloud,
    /// Coda (Truto slug `coda`).
    ///
    /// Endpoints: organizations.list, users.list. Note: slug inferred from the display name.
    Coda,
    /// Concord (Truto slug `concord`).
    ///
    /// Endpoints: groups.list, organizations.get, organizations.list, users.list. Note: slug seen on
    /// Truto's integration page, <https://truto.one/integrations/detail/concord.md>.
    Concord,
    /// Confluence (Truto slug `confluence`).
    ///
    /// Endpoints: activities.list, groups.list, me.list, users.get, users.list. Note: slug inferred from
    /// the display name.
    Confluence,
    /// Confluence On Prem (Truto slug `confluenceonprem`).
    ///
    /// Endpoints: activities.list, groups.get, groups.list, me.list, users.get, users.list. Note: the pages
    /// write "Confluence On Prem " with a trailing space (trimmed here; lookup ignores spaces); slug
    /// inferred from the display name.
    ConfluenceOnPrem,
    /// Confluent (Truto slug `confluent`).
    ///
    /// Endpoints: organizations.get, organizations.list, role_assignments.get, roles.delete, roles.list,
    /// users.delete, users.get, users.list. Note: slug inferred from the display name.
    Confluent,
    /// Constant Contact (Truto slug `constantcontact`).
    ///
    /// Endpoints: roles.list, users.list. Note: slug inferred from the display name.
    ConstantContact,
    /// Contentful Content Management (Truto slug `contentfulcontentmanagement`).
    ///
    /// Endpoints: me.list, organizations.get, organizations.list, users.get, users.list, workspaces.get,
    /// workspaces.list. Note: slug inferred from the display name.
    ContentfulContentManagement,
    /// Copper (Truto slug `copper`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Copper,
    /// Coupa (Truto slug `coupa`).
    ///
    /// Endpoints: groups.get, groups.list, users.get, users.list. Note: slug inferred from the display
    /// name.
    Coupa,
    /// CrowdStrike (Truto slug `crowdstrike`).
    ///
    /// Endpoints: roles.get, roles.list, users.delete, users.get, users.list. Note: slug inferred from the
    /// display name.
    CrowdStrike,
    /// CyberArk (Truto slug `cyberark`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    CyberArk,
    /// CyberArk Identity Management (Truto slug `cyberarkidentitymanagement`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    CyberArkIdentityManagement,
    /// Dashlane (Truto slug `dashlane`).
    ///
    /// Endpoints: roles.list, users.list. Note: slug seen on Truto's integration page,
    /// <https://truto.one/integrations/detail/dashlane.md>.
    Dashlane,
    /// Databricks (Truto slug `databricks`).
    ///
    /// Endpoints: groups.get, groups.list, users.delete, users.get, users.list. Note: slug inferred from
    /// the display name.
    Databricks,
    /// Datadog (Truto slug `datadog`).
    ///
    /// Endpoints: roles.get, roles.list, users.delete, users.get, users.list. Note: slug inferred from the
    /// display name.
    Datadog,
    /// dbt Labs (Truto slug `dbtlabs`).
    ///
    /// Endpoints: roles.get, roles.list, users.get, users.list, workspaces.get, workspaces.list. Note: slug
    /// inferred from the display name.
    DbtLabs,
    /// DevRev (Truto slug `devrev`).
    ///
    /// Endpoints: groups.get, groups.list, organizations.list, users.get, users.list. Note: slug inferred
    /// from the display name.
    DevRev,
    /// Dialpad (Truto slug `dialpad`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    Dialpad,
    /// Discord (Truto slug `discord`).
    ///
    /// Endpoints: me.list, roles.list, users.list, workspaces.get, workspaces.list. Note: slug inferred
    /// from the display name.
    Discord,
    /// Dixa (Truto slug `dixa`).
    ///
    /// Endpoints: groups.get, groups.list, roles.list, users.get, users.list. Note: slug inferred from the
    /// display name.
    Dixa,
    /// Docker Hub SCIM (Truto slug `dockerhubscim`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    DockerHubScim,
    /// DocuSign (Truto slug `docusign`).
    ///
    /// Endpoints: billing.list, licenses.list, roles.list, users.delete, users.get, users.list,
    /// utilization.list. Note: slug inferred from the display name.
    DocuSign,
    /// Domo (Truto slug `domo`).
    ///
    /// Endpoints: roles.get, roles.list, users.delete, users.get, users.list. Note: slug inferred from the
    /// display name.
    Domo,
    /// Doppler (Truto slug `doppler`).
    ///
    /// Endpoints: roles.list, users.get, users.list, workspaces.list. Note: slug inferred from the display
    /// name.
    Doppler,
    /// Drata (Truto slug `drata`).
    ///
    /// Endpoints: roles.list, users.get, users.list. Note: slug inferred from the display name.
    Drata,
    /// Drift (Truto slug `drift`).
    ///
    /// Endpoints: groups.list, roles.list, users.get, users.list. Note: slug inferred from the display
    /// name.
    Drift,
    /// Drive Wealth (Truto slug `drivewealth`).
    ///
    /// Endpoints: users.get. Note: slug inferred from the display name.
    DriveWealth,
    /// Dropbox - Business (Truto slug `dropboxbusiness`).
    ///
    /// Endpoints: activities.list, licenses.list, me.list, users.delete, users.get, users.list. Note: slug
    /// inferred from the display name.
    DropboxBusiness,
    /// Dropbox - Personal (Truto slug `dropboxpersonal`).
    ///
    /// Endpoints: me.list. Note: slug inferred from the display name; named on
    /// <https://truto.one/docs/api-reference/unified-user-directory-api/me/list>.
    DropboxPersonal,
    /// Dropbox Sign (HelloSign) (Truto slug `dropboxsignhellosign`, `hellosign`).
    ///
    /// Endpoints: roles.list, users.delete, users.list. Note: slug inferred from the display name.
    DropboxSignHelloSign,
    /// Druva inSync (Truto slug `druvainsync`).
    ///
    /// Endpoints: roles.list, users.get, users.list. Note: slug seen on Truto's integration page,
    /// <https://truto.one/integrations/detail/druvainsync.md>.
    DruvaInSync,
    /// Duo (Truto slug `duo`).
    ///
    /// Endpoints: roles.list, users.get, users.list. Note: slug seen on Truto's integration page,
    /// <https://truto.one/integrations/detail/duo.md>.
    Duo,
    /// Dynatrace (Truto slug `dynatrace`).
    ///
    /// Endpoints: roles.list, users.list. Note: slug inferred from the display name.
    Dynatrace,
    /// Egnyte (Truto slug `egnyte`).
    ///
    /// Endpoints: groups.get, groups.list, users.get, users.list. Note: slug inferred from the display
    /// name.
    Egnyte,
    /// Elastic Cloud (Truto slug `elasticcloud`).
    ///
    /// Endpoints: organizations.get, organizations.list, roles.list, users.delete, users.list. Note: slug
    /// inferred from the display name.
    ElasticCloud,
    /// Emburse (Truto slug `emburse`).
    ///
    /// Endpoints: roles.list, users.get, users.list. Note: slug inferred from the display name.
    Emburse,
    /// Enchant (Truto slug `enchant`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    Enchant,
    /// Envoy (Truto slug `envoy`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Envoy,
    /// Eventbrite (Truto slug `eventbrite`).
    ///
    /// Endpoints: organizations.list, roles.list, users.list. Note: slug inferred from the display name.
    Eventbrite,
    /// Figma (Truto slug `figma`).
    ///
    /// Endpoints: activities.list, users.delete. Note: slug inferred from the display name.
    Figma,
    /// Figma SCIM (Truto slug `figmascim`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    FigmaScim,
    /// Files.com (Truto slug `filescom`).
    ///
    /// Endpoints: groups.delete, groups.get, groups.list, roles.list, users.delete, users.get, users.list.
    /// Note: slug inferred from the display name.
    FilesCom,
    /// Fireberry (Truto slug `fireberry`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Fireberry,
    /// Fireflies.ai (Truto slug `firefliesai`).
    ///
    /// Endpoints: roles.list, users.get, users.list. Note: slug inferred from the display name.
    FirefliesAi,
    /// Fivetran (Truto slug `fivetran`).
    ///
    /// Endpoints: groups.get, groups.list, roles.list, users.delete, users.get, users.list. Note: slug
    /// inferred from the display name.
    Fivetran,
    /// FloQast (Truto slug `floqast`).
    ///
    /// Endpoints: groups.list, users.list. Note: slug inferred from the display name.
    FloQast,
    /// Fountain (Truto slug `fountain`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    Fountain,
    /// FowCRM (Truto slug `fowcrm`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    FowCRM,
    /// FreeAgent (Truto slug `freeagent`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    FreeAgent,
    /// Freshcaller (Truto slug `freshcaller`).
    ///
    /// Endpoints: groups.get, groups.list, roles.list, users.get, users.list. Note: slug inferred from the
    /// display name.
    Freshcaller,
    /// Freshchat (Truto slug `freshchat`).
    ///
    /// Endpoints: groups.list, roles.list, users.get, users.list. Note: slug inferred from the display
    /// name.
    Freshchat,
    /// Freshdesk (Truto slug `freshdesk`).
    ///
    /// Endpoints: licenses.list, roles.get, roles.list, users.delete, users.get, users.list. Note: slug
    /// inferred from the display name.
    Freshdesk,
    /// Freshsales (Truto slug `freshsales`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    Freshsales,
    /// Freshservice (Truto slug `freshservice`).
    ///
    /// Endpoints: groups.get, groups.list, roles.get, roles.list, users.delete, users.get, users.list,
    /// workspaces.get, workspaces.list. Note: slug inferred from the display name.
    Freshservice,
    /// Front (Truto slug `front`).
    ///
    /// Endpoints: groups.get, groups.list, users.get, users.list. Note: slug inferred from the display
    /// name.
    Front,
    /// FuseDesk (Truto slug `fusedesk`).
    ///
    /// Endpoints: groups.get, groups.list, roles.list, users.get, users.list. Note: slug inferred from the
    /// display name.
    FuseDesk,
    /// GitHub (Truto slug `github`).
    ///
    /// Endpoints: activities.list, licenses.list, me.list, organizations.get, organizations.list,
    /// users.delete, users.get, users.list, utilization.list. Note: slug inferred from the display name.
    GitHub,
    /// GitLab (Truto slug `gitlab`).
    ///
    /// Endpoints: groups.get, groups.list, licenses.list, me.list, roles.list, users.delete, users.get,
    /// users.list, workspaces.get, workspaces.list. Note: slug inferred from the display name.
    GitLab,
    /// Gladly (Truto slug `gladly`).
    ///
    /// Endpoints: groups.get, groups.list, users.get, users.list. Note: slug inferred from the display
    /// name.
    Gladly,
    /// Gmail (Truto slug `gmail`).
    ///
    /// Endpoints: me.list. Note: slug inferred from the display name; named on
    /// <https://truto.one/docs/api-reference/unified-user-directory-api/me/list>.
    Gmail,
    /// Gong (Truto slug `gong`).
    ///
    /// Endpoints: roles.list, users.get, users.list, workspaces.list. Note: slug inferred from the display
    /// name.
    Gong,
    /// Google (Truto slug `google`).
    ///
    /// Endpoints: role_assignments.list, roles.list, users.delete, users.get, users.list, workspaces.list.
    /// Note: slug seen on Truto's integration page, <https://truto.one/integrations/detail/google.md>.
    Google,
    /// Google Ads (Truto slug `googleads`).
    ///
    /// Endpoints: roles.list, users.get, users.list, workspaces.get, workspaces.list. Note: slug inferred
    /// from the display name.
    GoogleAds,
    /// Google Analytics (Truto slug `googleanalytics`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    GoogleAnalytics,
    /// Google Calendar (Truto slug `googlecalendar`).
    ///
    /// Endpoints: me.list. Note: slug inferred from the display name; named on
    /// <https://truto.one/docs/api-reference/unified-user-directory-api/me/list>.
    GoogleCalendar,
    /// Google Cloud (Truto slug `googlecloud`).
    ///
    /// Endpoints: me.list, organizations.get, organizations.list, roles.get, roles.list, users.get,
    /// users.list, workspaces.get, workspaces.list. Note: slug inferred from the display name.
    GoogleCloud,
    /// Google CloudSQL (Truto slug `googlecloudsql`).
    ///
    /// Endpoints: groups.get, groups.list, users.list, workspaces.get, workspaces.list. Note: slug inferred
    /// from the display name.
    GoogleCloudSQL,
    /// Google Drive (Truto slug `googledrive`).
    ///
    /// Endpoints: me.list. Note: slug inferred from the display name; named on
    /// <https://truto.one/docs/api-reference/unified-user-directory-api/me/list>.
    GoogleDrive,
    /// Google Workspace (Truto slug `googleworkspace`).
    ///
    /// Endpoints: role_assignments.list, roles.list, users.delete, users.get, users.list. Note: slug seen
    /// on Truto's integration page, <https://truto.one/integrations/detail/googleworkspace.md>.
    GoogleWorkspace,
    /// Gorgias (Truto slug `gorgias`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Gorgias,
    /// Grafana (Truto slug `grafana`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    Grafana,
    /// Greenhouse (Truto slug `greenhouse`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Greenhouse,
    /// HaloITSM (Truto slug `haloitsm`).
    ///
    /// Endpoints: groups.get, groups.list, users.get, users.list. Note: slug inferred from the display
    /// name.
    HaloITSM,
    /// HappyFox (Truto slug `happyfox`).
    ///
    /// Endpoints: groups.list, roles.list, users.get, users.list. Note: slug inferred from the display
    /// name.
    HappyFox,
    /// Harness (Truto slug `harness`).
    ///
    /// Endpoints: me.list, roles.get, roles.list, users.get, users.list. Note: slug inferred from the
    /// display name.
    Harness,
    /// Harvest (Truto slug `harvest`).
    ///
    /// Endpoints: me.list, roles.list, users.get, users.list. Note: slug inferred from the display name.
    Harvest,
    /// Hashicorp Terraform Cloud (Truto slug `hashicorpterraformcloud`).
    ///
    /// Endpoints: groups.get, groups.list, organizations.get, organizations.list, users.get, users.list,
    /// workspaces.get, workspaces.list. Note: slug inferred from the display name.
    HashicorpTerraformCloud,
    /// Height (Truto slug `height`).
    ///
    /// Endpoints: groups.list, users.get, users.list, workspaces.list. Note: slug inferred from the display
    /// name.
    Height,
    /// HelloID (Truto slug `helloid`).
    ///
    /// Endpoints: groups.get, groups.list, roles.get, roles.list, users.get, users.list. Note: slug
    /// inferred from the display name.
    HelloID,
    /// Help Scout (Truto slug `helpscout`).
    ///
    /// Endpoints: groups.list, roles.list, users.delete, users.get, users.list. Note: slug inferred from
    /// the display name.
    HelpScout,
    /// Heroku (Truto slug `heroku`).
    ///
    /// Endpoints: groups.get, groups.list, roles.list, users.delete, users.list. Note: slug inferred from
    /// the display name.
    Heroku,
    /// HiBob (Truto slug `hibob`).
    ///
    /// Endpoints: groups.list, users.get, users.list. Note: slug inferred from the display name.
    HiBob,
    /// Highlevel (Truto slug `highlevel`).
    ///
    /// Endpoints: roles.list, users.get, users.list, workspaces.list. Note: slug inferred from the display
    /// name.
    Highlevel,
    /// Hive (Truto slug `hive`).
    ///
    /// Endpoints: groups.list, users.get, users.list. Note: slug inferred from the display name.
    Hive,
    /// Hootsuite (Truto slug `hootsuite`).
    ///
    /// Endpoints: groups.get, groups.list, me.list, organizations.list, users.get, users.list. Note: slug
    /// inferred from the display name.
    Hootsuite,
    /// HubSpot (Truto slug `hubspot`).
    ///
    /// Endpoints: activities.list, me.list, roles.list, users.delete, users.get, users.list. Note: slug
    /// inferred from the display name.
    HubSpot,
    /// Humaans (Truto slug `humaans`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Humaans,
    /// Illow (Truto slug `illow`).
    ///
    /// Endpoints: roles.list, users.list, workspaces.get, workspaces.list. Note: slug inferred from the
    /// display name.
    Illow,
    /// Insightly (Truto slug `insightly`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Insightly,
    /// Intercom (Truto slug `intercom`).
    ///
    /// Endpoints: activities.list, me.list, users.get, users.list. Note: slug inferred from the display
    /// name.
    Intercom,
    /// Ironclad (Truto slug `ironclad`).
    ///
    /// Endpoints: groups.get, groups.list, users.delete, users.get, users.list. Note: slug inferred from
    /// the display name.
    Ironclad,
    /// Jamf (Truto slug `jamf`).
    ///
    /// Endpoints: roles.list, users.delete, users.get, users.list. Note: slug inferred from the display
    /// name.
    Jamf,
    /// Jenkins (Truto slug `jenkins`).
    ///
    /// Endpoints: role_assignments.list, roles.list, users.list, workspaces.list. Note: slug inferred from
    /// the display name.
    Jenkins,
    /// Jetbrains (Truto slug `jetbrains`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    Jetbrains,
    /// JFrog (Truto slug `jfrog`).
    ///
    /// Endpoints: groups.get, groups.list, roles.get, roles.list, users.delete, users.get, users.list.
    /// Note: slug inferred from the display name.
    JFrog,
    /// Jira (Truto slug `jira`).
    ///
    /// Endpoints: activities.list, groups.delete, groups.list, licenses.list, me.list, roles.delete,
    /// roles.get, roles.list, users.delete, users.get, users.list, utilization.list. Note: slug inferred
    /// from the display name.
    Jira,
    /// Jira Service Management (Truto slug `jiraservicemanagement`).
    ///
    /// Endpoints: groups.list, licenses.list, roles.get, roles.list. Note: slug inferred from the display
    /// name; named on <https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list.md>.
    JiraServiceManagement,
    /// Jostle SCIM (Truto slug `jostlescim`).
    ///
    /// Endpoints: me.list, users.delete, users.list. Note: slug inferred from the display name.
    JostleScim,
    /// JumpCloud (Truto slug `jumpcloud`).
    ///
    /// Endpoints: groups.list, organizations.get, organizations.list, roles.list, users.delete, users.get,
    /// users.list. Note: slug inferred from the display name.
    JumpCloud,
    /// juniper-mist (Truto slug `juniper-mist`).
    ///
    /// Endpoints: organizations.list, roles.list, users.delete. Note: the newest Delete Users page,
    /// <https://truto.one/docs/api-reference/unified-user-directory-api/users/delete.md>, writes the slug
    /// `juniper-mist` in place of a display name;
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/organizations/list.md> writes
    /// "Juniper Mist", which looks it up too.
    JuniperMist,
    /// Kandji (Truto slug `kandji`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name.
    Kandji,
    /// Keap (Truto slug `keap`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    Keap,
    /// Keeper (Truto slug `keeper`).
    ///
    /// Endpoints: groups.get, groups.list, users.get, users.list. Note: slug inferred from the display
    /// name.
    Keeper,
    /// KnowBe4 (Truto slug `knowbe4`).
    ///
    /// Endpoints: groups.get, groups.list, roles.list, users.delete, users.get, users.list. Note: slug
    /// inferred from the display name.
    KnowBe4,
    /// KnowBe4 SCIM (Truto slug `knowbe4scim`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    KnowBe4Scim,
    /// Kommo (Truto slug `kommo`).
    ///
    /// Endpoints: roles.get, roles.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/roles/list.md>.
    Kommo,
    /// Kustomer (Truto slug `kustomer`).
    ///
    /// Endpoints: roles.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/roles/list.md>.
    Kustomer,
    /// LastPass (Truto slug `lastpass`).
    ///
    /// Endpoints: roles.list, users.delete, users.get, users.list. Note: slug inferred from the display
    /// name.
    LastPass,
    /// Lattice (Truto slug `lattice`).
    ///
    /// Endpoints: me.list, users.list. Note: slug inferred from the display name.
    Lattice,
    /// LaunchDarkly (Truto slug `launchdarkly`).
    ///
    /// Endpoints: groups.get, groups.list, roles.get, roles.list, users.get, users.list. Note: slug
    /// inferred from the display name.
    LaunchDarkly,
    /// Leadsquared (Truto slug `leadsquared`).
    ///
    /// Endpoints: groups.list, roles.list, users.get, users.list. Note: slug inferred from the display
    /// name.
    Leadsquared,
    /// LearnWorlds (Truto slug `learnworlds`).
    ///
    /// Endpoints: groups.get, groups.list, roles.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list.md>.
    LearnWorlds,
    /// Lemlist (Truto slug `lemlist`).
    ///
    /// Endpoints: workspaces.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/workspaces/list.md>.
    Lemlist,
    /// Lever (Truto slug `lever`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Lever,
    /// Linear (Truto slug `linear`).
    ///
    /// Endpoints: me.list, users.get, users.list. Note: slug inferred from the display name.
    Linear,
    /// LiveAgent (Truto slug `liveagent`).
    ///
    /// Endpoints: groups.get, groups.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list.md>.
    LiveAgent,
    /// Looker (Truto slug `looker`).
    ///
    /// Endpoints: roles.list, users.delete, users.get, users.list. Note: slug inferred from the display
    /// name.
    Looker,
    /// Lucid (Truto slug `lucid`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Lucid,
    /// Mailersend (Truto slug `mailersend`).
    ///
    /// Endpoints: roles.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/roles/list.md>.
    Mailersend,
    /// Mailgun (Truto slug `mailgun`).
    ///
    /// Endpoints: roles.list, users.get. Note: slug inferred from the display name.
    Mailgun,
    /// Make (Truto slug `make`).
    ///
    /// Endpoints: groups.get, groups.list, organizations.get, organizations.list. Note: slug inferred from
    /// the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list.md>.
    Make,
    /// ManageEngine ServiceDesk Plus (Truto slug `manageengineservicedeskplus`).
    ///
    /// Endpoints: users.delete, users.get, users.list, workspaces.list. Note: slug inferred from the
    /// display name.
    ManageEngineServiceDeskPlus,
    /// Manatal (Truto slug `manatal`).
    ///
    /// Endpoints: organizations.get, organizations.list. Note: slug inferred from the display name; named
    /// on <https://www.truto.one/docs/api-reference/unified-user-directory-api/organizations/list.md>.
    Manatal,
    /// Meta Marketing API (Truto slug `metamarketingapi`).
    ///
    /// Endpoints: organizations.get, organizations.list, roles.list. Note: slug inferred from the display
    /// name; named on <https://www.truto.one/docs/api-reference/unified-user-directory-api/roles/list.md>.
    MetaMarketingApi,
    /// Metabase (Truto slug `metabase`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Metabase,
    /// Microsoft 365 (Truto slug `microsoft`).
    ///
    /// Endpoints: licenses.list, roles.list, users.delete, workspaces.list. Note: slug seen on Truto's
    /// integration page, <https://truto.one/integrations/detail/microsoft.md>.
    Microsoft365,
    /// Microsoft Dynamics 365 Sales (Truto slug `dynamics365`).
    ///
    /// Endpoints: organizations.get, organizations.list, users.get, users.list. Note: slug seen on Truto's
    /// integration page, <https://truto.one/integrations/detail/dynamics365.md>.
    MicrosoftDynamics365Sales,
    /// Microsoft Teams (Truto slug `microsoftteams`).
    ///
    /// Endpoints: me.list, users.get, users.list, workspaces.list. Note: slug inferred from the display
    /// name.
    MicrosoftTeams,
    /// miniOrange (Truto slug `miniorange`).
    ///
    /// Endpoints: groups.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list.md>.
    MiniOrange,
    /// Miro (Truto slug `miro`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Miro,
    /// Miro SCIM (Truto slug `miroscim`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    MiroScim,
    /// Mixpanel SCIM (Truto slug `mixpanelscim`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    MixpanelScim,
    /// Mode (Truto slug `mode`).
    ///
    /// Endpoints: groups.get, groups.list, roles.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list.md>.
    Mode,
    /// Monday.com (Truto slug `mondaycom`).
    ///
    /// Endpoints: licenses.list, me.list, organizations.list, users.delete, users.list, workspaces.list.
    /// Note: slug inferred from the display name.
    MondayCom,
    /// Monday.com SCIM (Truto slug `mondaycomscim`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug seen on Truto's integration page,
    /// <https://truto.one/integrations/detail/mondaycomscim.md>.
    MondayComScim,
    /// Moneybird (Truto slug `moneybird`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    Moneybird,
    /// MongoDB Atlas Admin (Truto slug `mongodbatlasadmin`).
    ///
    /// Endpoints: organizations.get, organizations.list, workspaces.get, workspaces.list. Note: slug
    /// inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/organizations/list.md>.
    MongoDBAtlasAdmin,
    /// mParticle (Truto slug `mparticle`).
    ///
    /// Endpoints: workspaces.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/workspaces/list.md>.
    MParticle,
    /// Mural (Truto slug `mural`).
    ///
    /// Endpoints: organizations.list, users.list, workspaces.list. Note: slug inferred from the display
    /// name.
    Mural,
    /// Netlify (Truto slug `netlify`).
    ///
    /// Endpoints: groups.list, users.get, users.list. Note: slug inferred from the display name.
    Netlify,
    /// Netskope SCIM (Truto slug `netskopescim`).
    ///
    /// Endpoints: groups.get, groups.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list.md>.
    NetskopeScim,
    /// New Relic (Truto slug `newrelic`).
    ///
    /// Endpoints: groups.get, groups.list, roles.get, roles.list, users.delete, users.get, users.list.
    /// Note: slug inferred from the display name.
    NewRelic,
    /// Ninjaone (Truto slug `ninjaone`).
    ///
    /// Endpoints: organizations.get, organizations.list, roles.list. Note: slug inferred from the display
    /// name; named on <https://www.truto.one/docs/api-reference/unified-user-directory-api/roles/list.md>.
    Ninjaone,
    /// Notion (Truto slug `notion`).
    ///
    /// Endpoints: me.list, users.get, users.list. Note: slug inferred from the display name.
    Notion,
    /// Notion SCIM (Truto slug `notionscim`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    NotionScim,
    /// Nutshell (Truto slug `nutshell`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    Nutshell,
    /// Okta (Truto slug `okta`).
    ///
    /// Endpoints: activities.list, groups.add, groups.get, groups.list, groups.remove, roles.list,
    /// users.deactivate, users.delete, users.get, users.list, users.suspend. Note: slug seen on Truto's
    /// integration page, <https://truto.one/integrations/detail/okta.md>.
    Okta,
    /// OneDrive (Truto slug `onedrive`).
    ///
    /// Endpoints: licenses.list, me.list, roles.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/roles/list.md>.
    OneDrive,
    /// OneLogin (Truto slug `onelogin`).
    ///
    /// Endpoints: activities.list, groups.get, groups.list, roles.get, roles.list, users.get. Note: slug
    /// seen on Truto's integration page, <https://truto.one/integrations/detail/onelogin.md>.
    OneLogin,
    /// OnePageCRM (Truto slug `onepagecrm`).
    ///
    /// Endpoints: roles.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/roles/list.md>.
    OnePageCRM,
    /// OpenAI (Truto slug `openai`).
    ///
    /// Endpoints: roles.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/roles/list.md>.
    OpenAI,
    /// OpenVPN (Truto slug `openvpn`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    OpenVPN,
    /// OpenVPN CloudConnexa (Truto slug `openvpncloudconnexa`).
    ///
    /// Endpoints: groups.delete, groups.get, groups.list, users.delete. Note: slug inferred from the
    /// display name.
    OpenVPNCloudConnexa,
    /// Opsgenie (Truto slug `opsgenie`).
    ///
    /// Endpoints: groups.get, groups.list, licenses.list, roles.get, roles.list, users.delete, users.get.
    /// Note: slug inferred from the display name.
    Opsgenie,
    /// Oracle Fusion Cloud (Truto slug `oraclefusioncloud`).
    ///
    /// Endpoints: roles.get, roles.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/roles/list.md>.
    OracleFusionCloud,
    /// Oracle Fusion Cloud EPM (Truto slug `oraclefusioncloudepm`).
    ///
    /// Endpoints: groups.list, roles.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list.md>.
    OracleFusionCloudEpm,
    /// Oracle Fusion Cloud Financials (Truto slug `oraclefusioncloudfinancials`).
    ///
    /// Endpoints: roles.get, roles.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/roles/list.md>.
    OracleFusionCloudFinancials,
    /// Oracle Netsuite (Truto slug `oraclenetsuite`).
    ///
    /// Endpoints: roles.get, roles.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/roles/list.md>.
    OracleNetsuite,
    /// Outlook Calendar (Truto slug `outlookcalendar`).
    ///
    /// Endpoints: me.list. Note: slug inferred from the display name; named on
    /// <https://truto.one/docs/api-reference/unified-user-directory-api/me/list>.
    OutlookCalendar,
    /// Outlook Mail (Truto slug `outlookmail`).
    ///
    /// Endpoints: me.list. Note: slug inferred from the display name; named on
    /// <https://truto.one/docs/api-reference/unified-user-directory-api/me/list>.
    OutlookMail,
    /// Outreach (Truto slug `outreach`).
    ///
    /// Endpoints: roles.get, roles.list, users.delete, users.get, users.list. Note: slug inferred from the
    /// display name.
    Outreach,
    /// PagerDuty (Truto slug `pagerduty`).
    ///
    /// Endpoints: licenses.list, roles.list, users.delete, users.downgrade, users.get, users.list. Note:
    /// slug inferred from the display name.
    PagerDuty,
    /// PandaDoc (Truto slug `pandadoc`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    PandaDoc,
    /// Pendo SCIM (Truto slug `pendoscim`).
    ///
    /// Endpoints: groups.get, groups.list, users.delete, users.get. Note: slug inferred from the display
    /// name.
    PendoScim,
    /// PingOne (Truto slug `pingone`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    PingOne,
    /// Pinpoint (Truto slug `pinpoint`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name.
    Pinpoint,
    /// Pipedrive (Truto slug `pipedrive`).
    ///
    /// Endpoints: organizations.get, organizations.list, roles.delete, roles.get, roles.list, users.delete,
    /// users.get, users.list. Note: slug inferred from the display name.
    Pipedrive,
    /// Pipeline CRM (Truto slug `pipelinecrm`).
    ///
    /// Endpoints: groups.get, groups.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list.md>.
    PipelineCrm,
    /// Pipeliner (Truto slug `pipeliner`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    Pipeliner,
    /// Pivotal Tracker (Truto slug `pivotaltracker`).
    ///
    /// Endpoints: me.list, roles.list, users.get, users.list, workspaces.get, workspaces.list. Note: slug
    /// inferred from the display name.
    PivotalTracker,
    /// Platform.sh (Truto slug `platformsh`).
    ///
    /// Endpoints: organizations.get, organizations.list. Note: slug inferred from the display name; named
    /// on <https://www.truto.one/docs/api-reference/unified-user-directory-api/organizations/list.md>.
    PlatformSh,
    /// Podio (Truto slug `podio`).
    ///
    /// Endpoints: organizations.get, organizations.list, roles.list, workspaces.get, workspaces.list. Note:
    /// slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/roles/list.md>.
    Podio,
    /// Podium (Truto slug `podium`).
    ///
    /// Endpoints: roles.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/roles/list.md>.
    Podium,
    /// PostHog (Truto slug `posthog`).
    ///
    /// Endpoints: organizations.list, users.list. Note: slug inferred from the display name.
    PostHog,
    /// Postman SCIM (Truto slug `postmanscim`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    PostmanScim,
    /// Power BI (Truto slug `powerbi`).
    ///
    /// Endpoints: roles.list, users.delete, users.list, workspaces.get, workspaces.list. Note: slug seen on
    /// Truto's integration page, <https://truto.one/integrations/detail/powerbi.md>.
    PowerBi,
    /// ProdPad (Truto slug `prodpad`).
    ///
    /// Endpoints: roles.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/roles/list.md>.
    ProdPad,
    /// Pylon (Truto slug `pylon`).
    ///
    /// Endpoints: groups.get, groups.list, roles.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list.md>.
    Pylon,
    /// Qdrant Cloud (Truto slug `qdrantcloud`).
    ///
    /// Endpoints: roles.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/roles/list.md>.
    QdrantCloud,
    /// Qlik Sense (Truto slug `qliksense`).
    ///
    /// Endpoints: groups.get, groups.list, licenses.list, roles.get, roles.list, users.delete, users.get,
    /// users.list. Note: slug inferred from the display name.
    QlikSense,
    /// Qualtrics CoreXM (Truto slug `qualtricscorexm`).
    ///
    /// Endpoints: me.list, users.delete. Note: slug inferred from the display name.
    QualtricsCoreXM,
    /// Re:amaze (Truto slug `reamaze`).
    ///
    /// Endpoints: roles.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/roles/list.md>.
    ReAmaze,
    /// Redis (Truto slug `redis`).
    ///
    /// Endpoints: roles.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/roles/list.md>.
    Redis,
    /// Render (Truto slug `render`).
    ///
    /// Endpoints: roles.list, workspaces.get, workspaces.list. Note: slug inferred from the display name;
    /// named on <https://www.truto.one/docs/api-reference/unified-user-directory-api/roles/list.md>.
    Render,
    /// Richpanel (Truto slug `richpanel`).
    ///
    /// Endpoints: groups.list, roles.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list.md>.
    Richpanel,
    /// Rippling (Truto slug `rippling`).
    ///
    /// Endpoints: groups.get, groups.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list.md>.
    Rippling,
    /// Rithum (Truto slug `rithum`).
    ///
    /// Endpoints: groups.get, groups.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list.md>.
    Rithum,
    /// Robin (Truto slug `robin`).
    ///
    /// Endpoints: me.list. Note: slug inferred from the display name; named on
    /// <https://truto.one/docs/api-reference/unified-user-directory-api/me/list>.
    Robin,
    /// Rockset (Truto slug `rockset`).
    ///
    /// Endpoints: roles.get, roles.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/roles/list.md>.
    Rockset,
    /// Rollbar (Truto slug `rollbar`).
    ///
    /// Endpoints: groups.get, groups.list, users.get. Note: slug inferred from the display name.
    Rollbar,
    /// Rootly (Truto slug `rootly`).
    ///
    /// Endpoints: groups.get, groups.list, users.delete. Note: slug inferred from the display name.
    Rootly,
    /// Sage Intacct (Truto slug `sageintacct`).
    ///
    /// Endpoints: roles.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/roles/list.md>.
    SageIntacct,
    /// SailPoint Identity Security Cloud (Truto slug `sailpointidentitysecuritycloud`).
    ///
    /// Endpoints: roles.get, roles.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/roles/list.md>.
    SailPointIdentitySecurityCloud,
    /// SailPoint IdentityIQ SCIM (Truto slug `sailpointidentityiqscim`).
    ///
    /// Endpoints: roles.get, roles.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/roles/list.md>.
    SailPointIdentityIQScim,
    /// SailPoint NERM (Truto slug `sailpointnerm`).
    ///
    /// Endpoints: roles.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/roles/list.md>.
    SailPointNerm,
    /// Salesflare (Truto slug `salesflare`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Salesflare,
    /// Salesforce (Truto slug `salesforce`).
    ///
    /// Endpoints: activities.list, licenses.get, licenses.list, me.list, organizations.get,
    /// organizations.list, roles.delete, roles.get, roles.list, users.delete, users.downgrade, users.get,
    /// users.list, utilization.list. Note: slug inferred from the display name.
    Salesforce,
    /// Salesloft (Truto slug `salesloft`).
    ///
    /// Endpoints: groups.list, licenses.list, roles.get, roles.list, users.delete, users.get, users.list.
    /// Note: slug inferred from the display name.
    Salesloft,
    /// Scale AI (Truto slug `scaleai`).
    ///
    /// Endpoints: roles.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/roles/list.md>.
    ScaleAi,
    /// Segment (Truto slug `segment`).
    ///
    /// Endpoints: groups.get, groups.list, roles.list, users.delete, users.downgrade, users.get,
    /// users.list, workspaces.list. Note: slug inferred from the display name.
    Segment,
    /// Seismic (Truto slug `seismic`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Seismic,
    /// SendGrid (Truto slug `sendgrid`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    SendGrid,
    /// Sendoso (Truto slug `sendoso`).
    ///
    /// Endpoints: groups.list, roles.list, users.list. Note: slug inferred from the display name.
    Sendoso,
    /// Sentry (Truto slug `sentry`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    Sentry,
    /// ServiceNow (Truto slug `servicenow`).
    ///
    /// Endpoints: groups.get, groups.list, roles.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list.md>.
    ServiceNow,
    /// ServiceNow SCIM (Truto slug `servicenowscim`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    ServiceNowScim,
    /// SharePoint (Truto slug `sharepoint`).
    ///
    /// Endpoints: me.list, workspaces.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/workspaces/list.md>.
    SharePoint,
    /// Shopify (Truto slug `shopify`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Shopify,
    /// Shortcut (Truto slug `shortcut`).
    ///
    /// Endpoints: me.list, users.get, users.list. Note: slug inferred from the display name.
    Shortcut,
    /// Showpad (Truto slug `showpad`).
    ///
    /// Endpoints: roles.list, users.get, users.list. Note: slug inferred from the display name.
    Showpad,
    /// Sigma Computing (Truto slug `sigmacomputing`).
    ///
    /// Endpoints: groups.get, groups.list, workspaces.get, workspaces.list. Note: slug inferred from the
    /// display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list.md>.
    SigmaComputing,
    /// Sisense (Truto slug `sisense`).
    ///
    /// Endpoints: groups.get, groups.list, roles.get, roles.list. Note: slug inferred from the display
    /// name; named on <https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list.md>.
    Sisense,
    /// Slab (Truto slug `slab`).
    ///
    /// Endpoints: organizations.list, roles.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/roles/list.md>.
    Slab,
    /// Slack (Truto slug `slack`).
    ///
    /// Endpoints: activities.list, groups.list, me.list, roles.list, users.get, users.list. Note: slug
    /// inferred from the display name.
    Slack,
    /// Slack Enterprise (Truto slug `slackenterprise`).
    ///
    /// Endpoints: role_assignments.list, roles.list, users.delete, workspaces.list. Note: slug seen on
    /// Truto's integration page, <https://truto.one/integrations/detail/slackenterprise.md>.
    SlackEnterprise,
    /// SmartRecruiters (Truto slug `smartrecruiters`).
    ///
    /// Endpoints: groups.list, roles.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list.md>.
    SmartRecruiters,
    /// Smartsheet (Truto slug `smartsheet`).
    ///
    /// Endpoints: roles.list, users.delete, users.get, users.list. Note: slug inferred from the display
    /// name.
    Smartsheet,
    /// Snowflake (Truto slug `snowflake`).
    ///
    /// Endpoints: licenses.list, roles.list, users.delete, users.get, users.list. Note: slug inferred from
    /// the display name.
    Snowflake,
    /// Snyk (Truto slug `snyk`).
    ///
    /// Endpoints: organizations.list, roles.list, users.list. Note: slug inferred from the display name.
    Snyk,
    /// SolarWinds Service Desk (Truto slug `solarwindsservicedesk`).
    ///
    /// Endpoints: groups.get, groups.list, roles.get, roles.list, users.delete. Note: slug inferred from
    /// the display name.
    SolarWindsServiceDesk,
    /// SonarQube Cloud (Truto slug `sonarqubecloud`).
    ///
    /// Endpoints: groups.list, organizations.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list.md>.
    SonarQubeCloud,
    /// SonarQube Server (Truto slug `sonarqubeserver`).
    ///
    /// Endpoints: groups.list, workspaces.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list.md>.
    SonarQubeServer,
    /// Sophos (Truto slug `sophos`).
    ///
    /// Endpoints: groups.delete, groups.get, groups.list, roles.get, roles.list, users.delete. Note: slug
    /// inferred from the display name.
    Sophos,
    /// SpotDraft (Truto slug `spotdraft`).
    ///
    /// Endpoints: roles.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/roles/list.md>.
    SpotDraft,
    /// Statsig (Truto slug `statsig`).
    ///
    /// Endpoints: groups.get, groups.list, roles.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list.md>.
    Statsig,
    /// Streak (Truto slug `streak`).
    ///
    /// Endpoints: groups.get, groups.list, roles.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list.md>.
    Streak,
    /// Stripe (Truto slug `stripe`).
    ///
    /// Endpoints: groups.list. Note: slug inferred from the display name; named on
    /// <https://preview.truto.one/docs/api-reference/unified-user-directory-api/groups/list.md>.
    Stripe,
    /// Sumo Logic (Truto slug `sumologic`).
    ///
    /// Endpoints: roles.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/roles/list.md>.
    SumoLogic,
    /// Supabase (Truto slug `supabase`).
    ///
    /// Endpoints: organizations.get, organizations.list, roles.list. Note: slug inferred from the display
    /// name; named on <https://www.truto.one/docs/api-reference/unified-user-directory-api/roles/list.md>.
    Supabase,
    /// Superchat (Truto slug `superchat`).
    ///
    /// Endpoints: roles.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/roles/list.md>.
    Superchat,
    /// Survey Monkey (Truto slug `surveymonkey`).
    ///
    /// Endpoints: groups.get, groups.list, organizations.get, organizations.list, users.get, users.list.
    /// Note: slug inferred from the display name.
    SurveyMonkey,
    /// SurveySparrow (Truto slug `surveysparrow`).
    ///
    /// Endpoints: groups.list, roles.list, users.delete. Note: slug inferred from the display name.
    SurveySparrow,
    /// Tableau (Truto slug `tableau`).
    ///
    /// Endpoints: roles.list, users.delete, users.get, users.list. Note: slug inferred from the display
    /// name.
    Tableau,
    /// Tailscale (Truto slug `tailscale`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Tailscale,
    /// TalentLMS (Truto slug `talentlms`).
    ///
    /// Endpoints: groups.get, groups.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list.md>.
    TalentLMS,
    /// TalentLyft (Truto slug `talentlyft`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    TalentLyft,
    /// Teamleader (Truto slug `teamleader`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Teamleader,
    /// TeamViewer (Truto slug `teamviewer`).
    ///
    /// Endpoints: groups.get, groups.list, roles.list, users.delete. Note: slug seen on Truto's integration
    /// page, <https://truto.one/integrations/detail/teamviewer.md>.
    TeamViewer,
    /// Teamwork CRM (Truto slug `teamworkcrm`).
    ///
    /// Endpoints: users.get, users.list. Note: slug seen on Truto's integration page,
    /// <https://truto.one/integrations/detail/teamworkcrm.md>.
    TeamworkCrm,
    /// Teamwork Desk (Truto slug `teamworkdesk`).
    ///
    /// Endpoints: me.list, roles.list, users.delete. Note: slug inferred from the display name.
    TeamworkDesk,
    /// Teamwork Project Management (Truto slug `teamworkprojectmanagement`).
    ///
    /// Endpoints: activities.list, groups.get, groups.list, me.list, organizations.get, organizations.list,
    /// users.delete, workspaces.get, workspaces.list. Note: slug inferred from the display name.
    TeamworkProjectManagement,
    /// Teamwork Spaces (Truto slug `teamworkspaces`).
    ///
    /// Endpoints: me.list, organizations.get, organizations.list, users.delete, workspaces.get,
    /// workspaces.list. Note: slug inferred from the display name.
    TeamworkSpaces,
    /// Tenable (Truto slug `tenable`).
    ///
    /// Endpoints: groups.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list.md>.
    Tenable,
    /// ThoughtSpot (Truto slug `thoughtspot`).
    ///
    /// Endpoints: groups.list, organizations.list, roles.list. Note: slug inferred from the display name;
    /// named on <https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list.md>.
    ThoughtSpot,
    /// Torii (Truto slug `torii`).
    ///
    /// Endpoints: organizations.list, roles.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/roles/list.md>.
    Torii,
    /// TravelPerk (Truto slug `travelperk`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    TravelPerk,
    /// Travis CI (Truto slug `travisci`).
    ///
    /// Endpoints: users.get. Note: slug inferred from the display name.
    TravisCi,
    /// Trello (Truto slug `trello`).
    ///
    /// Endpoints: organizations.get, organizations.list, users.delete, users.get, users.list. Note: slug
    /// inferred from the display name.
    Trello,
    /// Trengo (Truto slug `trengo`).
    ///
    /// Endpoints: groups.get, groups.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list.md>.
    Trengo,
    /// Turso (Truto slug `turso`).
    ///
    /// Endpoints: organizations.get, organizations.list. Note: slug inferred from the display name; named
    /// on <https://www.truto.one/docs/api-reference/unified-user-directory-api/organizations/list.md>.
    Turso,
    /// Twingate (Truto slug `twingate`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Twingate,
    /// Typeform (Truto slug `typeform`).
    ///
    /// Endpoints: users.delete, users.list, workspaces.list. Note: slug inferred from the display name.
    Typeform,
    /// UiPath (Truto slug `uipath`).
    ///
    /// Endpoints: role_assignments.list, roles.get. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/roles/get.md>.
    UiPath,
    /// UserVoice (Truto slug `uservoice`).
    ///
    /// Endpoints: groups.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list.md>.
    UserVoice,
    /// Vanta (Truto slug `vanta`).
    ///
    /// Endpoints: groups.get, groups.list, users.deactivate. Note: slug inferred from the display name.
    Vanta,
    /// Veeva Vault (Truto slug `veevavault`).
    ///
    /// Endpoints: groups.get, groups.list, licenses.list, users.delete. Note: slug inferred from the
    /// display name.
    VeevaVault,
    /// Vercel (Truto slug `vercel`).
    ///
    /// Endpoints: groups.get, groups.list, users.delete, users.list, workspaces.get, workspaces.list. Note:
    /// slug inferred from the display name.
    Vercel,
    /// Vidyard (Truto slug `vidyard`).
    ///
    /// Endpoints: groups.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list.md>.
    Vidyard,
    /// Webex (Truto slug `webex`).
    ///
    /// Endpoints: licenses.get, licenses.list, organizations.get, organizations.list, roles.get,
    /// users.delete, users.get. Note: slug inferred from the display name.
    Webex,
    /// Webflow (Truto slug `webflow`).
    ///
    /// Endpoints: groups.list, users.delete, workspaces.get, workspaces.list. Note: slug inferred from the
    /// display name.
    Webflow,
    /// Wingman (Truto slug `wingman`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    Wingman,
    /// Wiz (Truto slug `wiz`).
    ///
    /// Endpoints: groups.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list.md>.
    Wiz,
    /// WordPress (Truto slug `wordpress`).
    ///
    /// Endpoints: users.delete, users.get, workspaces.get, workspaces.list. Note: slug inferred from the
    /// display name.
    WordPress,
    /// Workato (Truto slug `workato`).
    ///
    /// Endpoints: groups.get, groups.list, roles.get. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list.md>.
    Workato,
    /// Workiva (Truto slug `workiva`).
    ///
    /// Endpoints: workspaces.get, workspaces.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/workspaces/list.md>.
    Workiva,
    /// Wrike (Truto slug `wrike`).
    ///
    /// Endpoints: groups.get, groups.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list.md>.
    Wrike,
    /// Xero (Truto slug `xero`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    Xero,
    /// YouTrack (Truto slug `youtrack`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    YouTrack,
    /// Youtrack Hub (Truto slug `youtrackhub`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    YoutrackHub,
    /// Zapier SCIM (Truto slug `zapierscim`).
    ///
    /// Endpoints: users.get. Note: slug inferred from the display name.
    ZapierScim,
    /// Zendesk (Truto slug `zendesk`).
    ///
    /// Endpoints: activities.list, users.delete, users.get, users.list, utilization.list. Note: slug
    /// inferred from the display name.
    Zendesk,
    /// Zendesk Sell (Truto slug `zendesksell`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    ZendeskSell,
    /// Zeplin (Truto slug `zeplin`).
    ///
    /// Endpoints: organizations.get, organizations.list, workspaces.list. Note: slug inferred from the
    /// display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/organizations/list.md>.
    Zeplin,
    /// Zesty.io (Truto slug `zestyio`).
    ///
    /// Endpoints: workspaces.get, workspaces.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/workspaces/list.md>.
    ZestyIo,
    /// Zoho Analytics (Truto slug `zohoanalytics`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    ZohoAnalytics,
    /// Zoho Bigin (Truto slug `zohobigin`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name.
    ZohoBigin,
    /// Zoho BugTracker (Truto slug `zohobugtracker`).
    ///
    /// Endpoints: organizations.list, workspaces.get, workspaces.list. Note: slug inferred from the display
    /// name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/organizations/list.md>.
    ZohoBugTracker,
    /// Zoho CRM (Truto slug `zohocrm`).
    ///
    /// Endpoints: me.list, roles.get, users.get, users.list. Note: slug inferred from the display name.
    ZohoCrm,
    /// Zoho Desk (Truto slug `zohodesk`).
    ///
    /// Endpoints: me.list, users.get. Note: slug inferred from the display name.
    ZohoDesk,
    /// Zoho Meeting (Truto slug `zohomeeting`).
    ///
    /// Endpoints: groups.get, groups.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list.md>.
    ZohoMeeting,
    /// Zoho Projects (Truto slug `zohoprojects`).
    ///
    /// Endpoints: organizations.get, organizations.list, workspaces.get, workspaces.list. Note: slug
    /// inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/organizations/list.md>.
    ZohoProjects,
    /// Zoho Recruit (Truto slug `zohorecruit`).
    ///
    /// Endpoints: me.list. Note: slug inferred from the display name; named on
    /// <https://truto.one/docs/api-reference/unified-user-directory-api/me/list>.
    ZohoRecruit,
    /// Zoho Sprints (Truto slug `zohosprints`).
    ///
    /// Endpoints: workspaces.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/workspaces/list.md>.
    ZohoSprints,
    /// Zoho Vault (Truto slug `zohovault`).
    ///
    /// Endpoints: groups.get, groups.list, users.get. Note: slug inferred from the display name.
    ZohoVault,
    /// Zoom (Truto slug `zoom`).
    ///
    /// Endpoints: activities.list, billing.list, licenses.list, roles.get, users.delete, users.downgrade,
    /// users.get, users.list, utilization.list. Note: slug inferred from the display name.
    Zoom,
    /// Zscaler (Truto slug `zscaler`).
    ///
    /// Endpoints: groups.get, groups.list, users.get, users.list. Note: slug inferred from the display
    /// name.
    Zscaler,
    /// Zscaler ZIA (Truto slug `zscalerzia`).
    ///
    /// Endpoints: groups.get, groups.list. Note: slug inferred from the display name; named on
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/list.md>.
    ZscalerZia,
}
impl Integration {
    /// Every integration, in spec order.
    pub const ALL: &'static [Integration] = &[
        Integration::FifteenFive,
        Integration::Accelo,
        Integration::ActiveCampaign,
        Integration::Adaptive,
        Integration::Adobe,
        Integration::AdobeAcrobatSign,
        Integration::AdobeMarketoEngage,
        Integration::Adyen,
        Integration::Affinity,
        Integration::Aha,
        Integration::Aircall,
        Integration::Airtable,
        Integration::AirtableScim,
        Integration::AmplitudeScim,
        Integration::Anthropic,
        Integration::ApacheAirflow,
        Integration::Apollo,
        Integration::Apono,
        Integration::Asana,
        Integration::AssetPanda,
        Integration::Atlassian,
        Integration::Attio,
        Integration::Auth0,
        Integration::AvalaraAvaTax,
        Integration::AvigilonAlta,
        Integration::Avoma,
        Integration::AzureActiveDirectory,
        Integration::BambooHR,
        Integration::Baremetrics,
        Integration::Basecamp,
        Integration::BigPanda,
        Integration::Bitbucket,
        Integration::Bitwarden,
        Integration::BlackLine,
        Integration::Boomi,
        Integration::Box,
        Integration::Braze,
        Integration::Brex,
        Integration::Britive,
        Integration::BrowserStack,
        Integration::Buildkite,
        Integration::Calendly,
        Integration::Canva,
        Integration::Capsule,
        Integration::CatoNetworks,
        Integration::Checkr,
        Integration::Chronosphere,
        Integration::CircleCI,
        Integration::CiscoMeraki,
        Integration::ClickUp,
        Integration::Close,
        Integration::Cloudflare,
        Integration::CockroachDBCloud,
        Integration::Coda,
        Integration::Concord,
        Integration::Confluence,
        Integration::ConfluenceOnPrem,
        Integration::Confluent,
        Integration::ConstantContact,
        Integration::ContentfulContentManagement,
        Integration::Copper,
        Integration::Coupa,
        Integration::CrowdStrike,
        Integration::CyberArk,
        Integration::CyberArkIdentityManagement,
        Integration::Dashlane,
        Integration::Databricks,
        Integration::Datadog,
        Integration::DbtLabs,
        Integration::DevRev,
        Integration::Dialpad,
        Integration::Discord,
        Integration::Dixa,
        Integration::DockerHubScim,
        Integration::DocuSign,
        Integration::Domo,
        Integration::Doppler,
        Integration::Drata,
        Integration::Drift,
        Integration::DriveWealth,
        Integration::DropboxBusiness,
        Integration::DropboxPersonal,
        Integration::DropboxSignHelloSign,
        Integration::DruvaInSync,
        Integration::Duo,
        Integration::Dynatrace,
        Integration::Egnyte,
        Integration::ElasticCloud,
        Integration::Emburse,
        Integration::Enchant,
        Integration::Envoy,
        Integration::Eventbrite,
        Integration::Figma,
        Integration::FigmaScim,
        Integration::FilesCom,
        Integration::Fireberry,
        Integration::FirefliesAi,
        Integration::Fivetran,
        Integration::FloQast,
        Integration::Fountain,
        Integration::FowCRM,
        Integration::FreeAgent,
        Integration::Freshcaller,
        Integration::Freshchat,
        Integration::Freshdesk,
        Integration::Freshsales,
        Integration::Freshservice,
        Integration::Front,
        Integration::FuseDesk,
        Integration::GitHub,
        Integration::GitLab,
        Integration::Gladly,
        Integration::Gmail,
        Integration::Gong,
        Integration::Google,
        Integration::GoogleAds,
        Integration::GoogleAnalytics,
        Integration::GoogleCalendar,
        Integration::GoogleCloud,
        Integration::GoogleCloudSQL,
        Integration::GoogleDrive,
        Integration::GoogleWorkspace,
        Integration::Gorgias,
        Integration::Grafana,
        Integration::Greenhouse,
        Integration::HaloITSM,
        Integration::HappyFox,
        Integration::Harness,
        Integration::Harvest,
        Integration::HashicorpTerraformCloud,
        Integration::Height,
        Integration::HelloID,
        Integration::HelpScout,
        Integration::Heroku,
        Integration::HiBob,
        Integration::Highlevel,
        Integration::Hive,
        Integration::Hootsuite,
        Integration::HubSpot,
        Integration::Humaans,
        Integration::Illow,
        Integration::Insightly,
        Integration::Intercom,
        Integration::Ironclad,
        Integration::Jamf,
        Integration::Jenkins,
        Integration::Jetbrains,
        Integration::JFrog,
        Integration::Jira,
        Integration::JiraServiceManagement,
        Integration::JostleScim,
        Integration::JumpCloud,
        Integration::JuniperMist,
        Integration::Kandji,
        Integration::Keap,
        Integration::Keeper,
        Integration::KnowBe4,
        Integration::KnowBe4Scim,
        Integration::Kommo,
        Integration::Kustomer,
        Integration::LastPass,
        Integration::Lattice,
        Integration::LaunchDarkly,
        Integration::Leadsquared,
        Integration::LearnWorlds,
        Integration::Lemlist,
        Integration::Lever,
        Integration::Linear,
        Integration::LiveAgent,
        Integration::Looker,
        Integration::Lucid,
        Integration::Mailersend,
        Integration::Mailgun,
        Integration::Make,
        Integration::ManageEngineServiceDeskPlus,
        Integration::Manatal,
        Integration::MetaMarketingApi,
        Integration::Metabase,
        Integration::Microsoft365,
        Integration::MicrosoftDynamics365Sales,
        Integration::MicrosoftTeams,
        Integration::MiniOrange,
        Integration::Miro,
        Integration::MiroScim,
        Integration::MixpanelScim,
        Integration::Mode,
        Integration::MondayCom,
        Integration::MondayComScim,
        Integration::Moneybird,
        Integration::MongoDBAtlasAdmin,
        Integration::MParticle,
        Integration::Mural,
        Integration::Netlify,
        Integration::NetskopeScim,
        Integration::NewRelic,
        Integration::Ninjaone,
        Integration::Notion,
        Integration::NotionScim,
        Integration::Nutshell,
        Integration::Okta,
        Integration::OneDrive,
        Integration::OneLogin,
        Integration::OnePageCRM,
        Integration::OpenAI,
        Integration::OpenVPN,
        Integration::OpenVPNCloudConnexa,
        Integration::Opsgenie,
        Integration::OracleFusionCloud,
        Integration::OracleFusionCloudEpm,
        Integration::OracleFusionCloudFinancials,
        Integration::OracleNetsuite,
        Integration::OutlookCalendar,
        Integration::OutlookMail,
        Integration::Outreach,
        Integration::PagerDuty,
        Integration::PandaDoc,
        Integration::PendoScim,
        Integration::PingOne,
        Integration::Pinpoint,
        Integration::Pipedrive,
        Integration::PipelineCrm,
        Integration::Pipeliner,
        Integration::PivotalTracker,
        Integration::PlatformSh,
        Integration::Podio,
        Integration::Podium,
        Integration::PostHog,
        Integration::PostmanScim,
        Integration::PowerBi,
        Integration::ProdPad,
        Integration::Pylon,
        Integration::QdrantCloud,
        Integration::QlikSense,
        Integration::QualtricsCoreXM,
        Integration::ReAmaze,
        Integration::Redis,
        Integration::Render,
        Integration::Richpanel,
        Integration::Rippling,
        Integration::Rithum,
        Integration::Robin,
        Integration::Rockset,
        Integration::Rollbar,
        Integration::Rootly,
        Integration::SageIntacct,
        Integration::SailPointIdentitySecurityCloud,
        Integration::SailPointIdentityIQScim,
        Integration::SailPointNerm,
        Integration::Salesflare,
        Integration::Salesforce,
        Integration::Salesloft,
        Integration::ScaleAi,
        Integration::Segment,
        Integration::Seismic,
        Integration::SendGrid,
        Integration::Sendoso,
        Integration::Sentry,
        Integration::ServiceNow,
        Integration::ServiceNowScim,
        Integration::SharePoint,
        Integration::Shopify,
        Integration::Shortcut,
        Integration::Showpad,
        Integration::SigmaComputing,
        Integration::Sisense,
        Integration::Slab,
        Integration::Slack,
        Integration::SlackEnterprise,
        Integration::SmartRecruiters,
        Integration::Smartsheet,
        Integration::Snowflake,
        Integration::Snyk,
        Integration::SolarWindsServiceDesk,
        Integration::SonarQubeCloud,
        Integration::SonarQubeServer,
        Integration::Sophos,
        Integration::SpotDraft,
        Integration::Statsig,
        Integration::Streak,
        Integration::Stripe,
        Integration::SumoLogic,
        Integration::Supabase,
        Integration::Superchat,
        Integration::SurveyMonkey,
        Integration::SurveySparrow,
        Integration::Tableau,
        Integration::Tailscale,
        Integration::TalentLMS,
        Integration::TalentLyft,
        Integration::Teamleader,
        Integration::TeamViewer,
        Integration::TeamworkCrm,
        Integration::TeamworkDesk,
        Integration::TeamworkProjectManagement,
        Integration::TeamworkSpaces,
        Integration::Tenable,
        Integration::ThoughtSpot,
        Integration::Torii,
        Integration::TravelPerk,
        Integration::TravisCi,
        Integration::Trello,
        Integration::Trengo,
        Integration::Turso,
        Integration::Twingate,
        Integration::Typeform,
        Integration::UiPath,
        Integration::UserVoice,
        Integration::Vanta,
        Integration::VeevaVault,
        Integration::Vercel,
        Integration::Vidyard,
        Integration::Webex,
        Integration::Webflow,
        Integration::Wingman,
        Integration::Wiz,
        Integration::WordPress,
        Integration::Workato,
        Integration::Workiva,
        Integration::Wrike,
        Integration::Xero,
        Integration::YouTrack,
        Integration::YoutrackHub,
        Integration::ZapierScim,
        Integration::Zendesk,
        Integration::ZendeskSell,
        Integration::Zeplin,
        Integration::ZestyIo,
        Integration::ZohoAnalytics,
        Integration::ZohoBigin,
        Integration::ZohoBugTracker,
        Integration::ZohoCrm,
        Integration::ZohoDesk,
        Integration::ZohoMeeting,
        Integration::ZohoProjects,
        Integration::ZohoRecruit,
        Integration::ZohoSprints,
        Integration::ZohoVault,
        Integration::Zoom,
        Integration::Zscaler,
        Integration::ZscalerZia,
    ];
    /// The display name, exactly as the API pages write it.
    pub fn name(self) -> &'static str {
        match self {
            Integration::FifteenFive => "15Five",
            Integration::Accelo => "Accelo",
            Integration::ActiveCampaign => "ActiveCampaign",
            Integration::Adaptive => "Adaptive",
            Integration::Adobe => "Adobe",
            Integration::AdobeAcrobatSign => "Adobe Acrobat Sign",
            Integration::AdobeMarketoEngage => "Adobe Marketo Engage",
            Integration::Adyen => "Adyen",
            Integration::Affinity => "Affinity",
            Integration::Aha => "Aha",
            Integration::Aircall => "Aircall",
            Integration::Airtable => "Airtable",
            Integration::AirtableScim => "Airtable SCIM",
            Integration::AmplitudeScim => "Amplitude SCIM",
            Integration::Anthropic => "Anthropic",
            Integration::ApacheAirflow => "Apache Airflow",
            Integration::Apollo => "Apollo",
            Integration::Apono => "Apono",
            Integration::Asana => "Asana",
            Integration::AssetPanda => "Asset Panda",
            Integration::Atlassian => "Atlassian",
            Integration::Attio => "Attio",
            Integration::Auth0 => "Auth0",
            Integration::AvalaraAvaTax => "Avalara AvaTax",
            Integration::AvigilonAlta => "Avigilon Alta",
            Integration::Avoma => "Avoma",
            Integration::AzureActiveDirectory => "Azure Active Directory",
            Integration::BambooHR => "BambooHR",
            Integration::Baremetrics => "Baremetrics",
            Integration::Basecamp => "Basecamp",
            Integration::BigPanda => "BigPanda",
            Integration::Bitbucket => "Bitbucket",
            Integration::Bitwarden => "Bitwarden",
            Integration::BlackLine => "BlackLine",
            Integration::Boomi => "Boomi",
            Integration::Box => "Box",
            Integration::Braze => "Braze",
            Integration::Brex => "Brex",
            Integration::Britive => "Britive",
            Integration::BrowserStack => "BrowserStack",
            Integration::Buildkite => "Buildkite",
            Integration::Calendly => "Calendly",
            Integration::Canva => "Canva",
            Integration::Capsule => "Capsule",
            Integration::CatoNetworks => "Cato Networks",
            Integration::Checkr => "Checkr",
            Integration::Chronosphere => "Chronosphere",
            Integration::CircleCI => "CircleCI",
            Integration::CiscoMeraki => "Cisco Meraki",
            Integration::ClickUp => "ClickUp",
            Integration::Close => "Close",
            Integration::Cloudflare => "Cloudflare",
            Integration::CockroachDBCloud => "CockroachDB Cloud",
            Integration::Coda => "Coda",
            Integration::Concord => "Concord",
            Integration::Confluence => "Confluence",
            Integration::ConfluenceOnPrem => "Confluence On Prem",
            Integration::Confluent => "Confluent",
            Integration::ConstantContact => "Constant Contact",
            Integration::ContentfulContentManagement => "Contentful Content Management",
            Integration::Copper => "Copper",
            Integration::Coupa => "Coupa",
            Integration::CrowdStrike => "CrowdStrike",
            Integration::CyberArk => "CyberArk",
            Integration::CyberArkIdentityManagement => "CyberArk Identity Management",
            Integration::Dashlane => "Dashlane",
            Integration::Databricks => "Databricks",
            Integration::Datadog => "Datadog",
            Integration::DbtLabs => "dbt Labs",
            Integration::DevRev => "DevRev",
            Integration::Dialpad => "Dialpad",
            Integration::Discord => "Discord",
            Integration::Dixa => "Dixa",
            Integration::DockerHubScim => "Docker Hub SCIM",
            Integration::DocuSign => "DocuSign",
            Integration::Domo => "Domo",
            Integration::Doppler => "Doppler",
            Integration::Drata => "Drata",
            Integration::Drift => "Drift",
            Integration::DriveWealth => "Drive Wealth",
            Integration::DropboxBusiness => "Dropbox - Business",
            Integration::DropboxPersonal => "Dropbox - Personal",
            Integration::DropboxSignHelloSign => "Dropbox Sign (HelloSign)",
            Integration::DruvaInSync => "Druva inSync",
            Integration::Duo => "Duo",
            Integration::Dynatrace => "Dynatrace",
            Integration::Egnyte => "Egnyte",
            Integration::ElasticCloud => "Elastic Cloud",
            Integration::Emburse => "Emburse",
            Integration::Enchant => "Enchant",
            Integration::Envoy => "Envoy",
            Integration::Eventbrite => "Eventbrite",
            Integration::Figma => "Figma",
            Integration::FigmaScim => "Figma SCIM",
            Integration::FilesCom => "Files.com",
            Integration::Fireberry => "Fireberry",
            Integration::FirefliesAi => "Fireflies.ai",
            Integration::Fivetran => "Fivetran",
            Integration::FloQast => "FloQast",
            Integration::Fountain => "Fountain",
            Integration::FowCRM => "FowCRM",
            Integration::FreeAgent => "FreeAgent",
            Integration::Freshcaller => "Freshcaller",
            Integration::Freshchat => "Freshchat",
            Integration::Freshdesk => "Freshdesk",
            Integration::Freshsales => "Freshsales",
            Integration::Freshservice => "Freshservice",
            Integration::Front => "Front",
            Integration::FuseDesk => "FuseDesk",
            Integration::GitHub => "GitHub",
            Integration::GitLab => "GitLab",
            Integration::Gladly => "Gladly",
            Integration::Gmail => "Gmail",
            Integration::Gong => "Gong",
            Integration::Google => "Google",
            Integration::GoogleAds => "Google Ads",
            Integration::GoogleAnalytics => "Google Analytics",
            Integration::GoogleCalendar => "Google Calendar",
            Integration::GoogleCloud => "Google Cloud",
            Integration::GoogleCloudSQL => "Google CloudSQL",
            Integration::GoogleDrive => "Google Drive",
            Integration::GoogleWorkspace => "Google Workspace",
            Integration::Gorgias => "Gorgias",
            Integration::Grafana => "Grafana",
            Integration::Greenhouse => "Greenhouse",
            Integration::HaloITSM => "HaloITSM",
            Integration::HappyFox => "HappyFox",
            Integration::Harness => "Harness",
            Integration::Harvest => "Harvest",
            Integration::HashicorpTerraformCloud => "Hashicorp Terraform Cloud",
            Integration::Height => "Height",
            Integration::HelloID => "HelloID",
            Integration::HelpScout => "Help Scout",
            Integration::Heroku => "Heroku",
            Integration::HiBob => "HiBob",
            Integration::Highlevel => "Highlevel",
            Integration::Hive => "Hive",
            Integration::Hootsuite => "Hootsuite",
            Integration::HubSpot => "HubSpot",
            Integration::Humaans => "Humaans",
            Integration::Illow => "Illow",
            Integration::Insightly => "Insightly",
            Integration::Intercom => "Intercom",
            Integration::Ironclad => "Ironclad",
            Integration::Jamf => "Jamf",
            Integration::Jenkins => "Jenkins",
            Integration::Jetbrains => "Jetbrains",
            Integration::JFrog => "JFrog",
            Integration::Jira => "Jira",
            Integration::JiraServiceManagement => "Jira Service Management",
            Integration::JostleScim => "Jostle SCIM",
            Integration::JumpCloud => "JumpCloud",
            Integration::JuniperMist => "juniper-mist",
            Integration::Kandji => "Kandji",
            Integration::Keap => "Keap",
            Integration::Keeper => "Keeper",
            Integration::KnowBe4 => "KnowBe4",
            Integration::KnowBe4Scim => "KnowBe4 SCIM",
            Integration::Kommo => "Kommo",
            Integration::Kustomer => "Kustomer",
            Integration::LastPass => "LastPass",
            Integration::Lattice => "Lattice",
            Integration::LaunchDarkly => "LaunchDarkly",
            Integration::Leadsquared => "Leadsquared",
            Integration::LearnWorlds => "LearnWorlds",
            Integration::Lemlist => "Lemlist",
            Integration::Lever => "Lever",
            Integration::Linear => "Linear",
            Integration::LiveAgent => "LiveAgent",
            Integration::Looker => "Looker",
            Integration::Lucid => "Lucid",
            Integration::Mailersend => "Mailersend",
            Integration::Mailgun => "Mailgun",
            Integration::Make => "Make",
            Integration::ManageEngineServiceDeskPlus => "ManageEngine ServiceDesk Plus",
            Integration::Manatal => "Manatal",
            Integration::MetaMarketingApi => "Meta Marketing API",
            Integration::Metabase => "Metabase",
            Integration::Microsoft365 => "Microsoft 365",
            Integration::MicrosoftDynamics365Sales => "Microsoft Dynamics 365 Sales",
            Integration::MicrosoftTeams => "Microsoft Teams",
            Integration::MiniOrange => "miniOrange",
            Integration::Miro => "Miro",
            Integration::MiroScim => "Miro SCIM",
            Integration::MixpanelScim => "Mixpanel SCIM",
            Integration::Mode => "Mode",
            Integration::MondayCom => "Monday.com",
            Integration::MondayComScim => "Monday.com SCIM",
            Integration::Moneybird => "Moneybird",
            Integration::MongoDBAtlasAdmin => "MongoDB Atlas Admin",
            Integration::MParticle => "mParticle",
            Integration::Mural => "Mural",
            Integration::Netlify => "Netlify",
            Integration::NetskopeScim => "Netskope SCIM",
            Integration::NewRelic => "New Relic",
            Integration::Ninjaone => "Ninjaone",
            Integration::Notion => "Notion",
            Integration::NotionScim => "Notion SCIM",
            Integration::Nutshell => "Nutshell",
            Integration::Okta => "Okta",
            Integration::OneDrive => "OneDrive",
            Integration::OneLogin => "OneLogin",
            Integration::OnePageCRM => "OnePageCRM",
            Integration::OpenAI => "OpenAI",
            Integration::OpenVPN => "OpenVPN",
            Integration::OpenVPNCloudConnexa => "OpenVPN CloudConnexa",
            Integration::Opsgenie => "Opsgenie",
            Integration::OracleFusionCloud => "Oracle Fusion Cloud",
            Integration::OracleFusionCloudEpm => "Oracle Fusion Cloud EPM",
            Integration::OracleFusionCloudFinancials => "Oracle Fusion Cloud Financials",
            Integration::OracleNetsuite => "Oracle Netsuite",
            Integration::OutlookCalendar => "Outlook Calendar",
            Integration::OutlookMail => "Outlook Mail",
            Integration::Outreach => "Outreach",
            Integration::PagerDuty => "PagerDuty",
            Integration::PandaDoc => "PandaDoc",
            Integration::PendoScim => "Pendo SCIM",
            Integration::PingOne => "PingOne",
            Integration::Pinpoint => "Pinpoint",
            Integration::Pipedrive => "Pipedrive",
            Integration::PipelineCrm => "Pipeline CRM",
            Integration::Pipeliner => "Pipeliner",
            Integration::PivotalTracker => "Pivotal Tracker",
            Integration::PlatformSh => "Platform.sh",
            Integration::Podio => "Podio",
            Integration::Podium => "Podium",
            Integration::PostHog => "PostHog",
            Integration::PostmanScim => "Postman SCIM",
            Integration::PowerBi => "Power BI",
            Integration::ProdPad => "ProdPad",
            Integration::Pylon => "Pylon",
            Integration::QdrantCloud => "Qdrant Cloud",
            Integration::QlikSense => "Qlik Sense",
            Integration::QualtricsCoreXM => "Qualtrics CoreXM",
            Integration::ReAmaze => "Re:amaze",
            Integration::Redis => "Redis",
            Integration::Render => "Render",
            Integration::Richpanel => "Richpanel",
            Integration::Rippling => "Rippling",
            Integration::Rithum => "Rithum",
            Integration::Robin => "Robin",
            Integration::Rockset => "Rockset",
            Integration::Rollbar => "Rollbar",
            Integration::Rootly => "Rootly",
            Integration::SageIntacct => "Sage Intacct",
            Integration::SailPointIdentitySecurityCloud => {
                "SailPoint Identity Security Cloud"
            }
            Integration::SailPointIdentityIQScim => "SailPoint IdentityIQ SCIM",
            Integration::SailPointNerm => "SailPoint NERM",
            Integration::Salesflare => "Salesflare",
            Integration::Salesforce => "Salesforce",
            Integration::Salesloft => "Salesloft",
            Integration::ScaleAi => "Scale AI",
            Integration::Segment => "Segment",
            Integration::Seismic => "Seismic",
            Integration::SendGrid => "SendGrid",
            Integration::Sendoso => "Sendoso",
            Integration::Sentry => "Sentry",
            Integration::ServiceNow => "ServiceNow",
            Integration::ServiceNowScim => "ServiceNow SCIM",
            Integration::SharePoint => "SharePoint",
            Integration::Shopify => "Shopify",
            Integration::Shortcut => "Shortcut",
            Integration::Showpad => "Showpad",
            Integration::SigmaComputing => "Sigma Computing",
            Integration::Sisense => "Sisense",
            Integration::Slab => "Slab",
            Integration::Slack => "Slack",
            Integration::SlackEnterprise => "Slack Enterprise",
            Integration::SmartRecruiters => "SmartRecruiters",
            Integration::Smartsheet => "Smartsheet",
            Integration::Snowflake => "Snowflake",
            Integration::Snyk => "Snyk",
            Integration::SolarWindsServiceDesk => "SolarWinds Service Desk",
            Integration::SonarQubeCloud => "SonarQube Cloud",
            Integration::SonarQubeServer => "SonarQube Server",
            Integration::Sophos => "Sophos",
            Integration::SpotDraft => "SpotDraft",
            Integration::Statsig => "Statsig",
            Integration::Streak => "Streak",
            Integration::Stripe => "Stripe",
            Integration::SumoLogic => "Sumo Logic",
            Integration::Supabase => "Supabase",
            Integration::Superchat => "Superchat",
            Integration::SurveyMonkey => "Survey Monkey",
            Integration::SurveySparrow => "SurveySparrow",
            Integration::Tableau => "Tableau",
            Integration::Tailscale => "Tailscale",
            Integration::TalentLMS => "TalentLMS",
            Integration::TalentLyft => "TalentLyft",
            Integration::Teamleader => "Teamleader",
            Integration::TeamViewer => "TeamViewer",
            Integration::TeamworkCrm => "Teamwork CRM",
            Integration::TeamworkDesk => "Teamwork Desk",
            Integration::TeamworkProjectManagement => "Teamwork Project Management",
            Integration::TeamworkSpaces => "Teamwork Spaces",
            Integration::Tenable => "Tenable",
            Integration::ThoughtSpot => "ThoughtSpot",
            Integration::Torii => "Torii",
            Integration::TravelPerk => "TravelPerk",
            Integration::TravisCi => "Travis CI",
            Integration::Trello => "Trello",
            Integration::Trengo => "Trengo",
            Integration::Turso => "Turso",
            Integration::Twingate => "Twingate",
            Integration::Typeform => "Typeform",
            Integration::UiPath => "UiPath",
            Integration::UserVoice => "UserVoice",
            Integration::Vanta => "Vanta",
            Integration::VeevaVault => "Veeva Vault",
            Integration::Vercel => "Vercel",
            Integration::Vidyard => "Vidyard",
            Integration::Webex => "Webex",
            Integration::Webflow => "Webflow",
            Integration::Wingman => "Wingman",
            Integration::Wiz => "Wiz",
            Integration::WordPress => "WordPress",
            Integration::Workato => "Workato",
            Integration::Workiva => "Workiva",
            Integration::Wrike => "Wrike",
            Integration::Xero => "Xero",
            Integration::YouTrack => "YouTrack",
            Integration::YoutrackHub => "Youtrack Hub",
            Integration::ZapierScim => "Zapier SCIM",
            Integration::Zendesk => "Zendesk",
            Integration::ZendeskSell => "Zendesk Sell",
            Integration::Zeplin => "Zeplin",
            Integration::ZestyIo => "Zesty.io",
            Integration::ZohoAnalytics => "Zoho Analytics",
            Integration::ZohoBigin => "Zoho Bigin",
            Integration::ZohoBugTracker => "Zoho BugTracker",
            Integration::ZohoCrm => "Zoho CRM",
            Integration::ZohoDesk => "Zoho Desk",
            Integration::ZohoMeeting => "Zoho Meeting",
            Integration::ZohoProjects => "Zoho Projects",
            Integration::ZohoRecruit => "Zoho Recruit",
            Integration::ZohoSprints => "Zoho Sprints",
            Integration::ZohoVault => "Zoho Vault",
            Integration::Zoom => "Zoom",
            Integration::Zscaler => "Zscaler",
            Integration::ZscalerZia => "Zscaler ZIA",
        }
    }
    /// Truto's slugs for it (`integration.name` of an integrated account); the first is
    /// canonical.
    pub fn slugs(self) -> &'static [&'static str] {
        match self {
            Integration::FifteenFive => &["15five"],
            Integration::Accelo => &["accelo"],
            Integration::ActiveCampaign => &["activecampaign"],
            Integration::Adaptive => &["adaptive"],
            Integration::Adobe => &["adobe"],
            Integration::AdobeAcrobatSign => &["adobesign"],
            Integration::AdobeMarketoEngage => &["adobemarketoengage"],
            Integration::Adyen => &["adyen"],
            Integration::Affinity => &["affinity"],
            Integration::Aha => &["aha"],
            Integration::Aircall => &["aircall"],
            Integration::Airtable => &["airtable"],
            Integration::AirtableScim => &["airtablescim"],
            Integration::AmplitudeScim => &["amplitudescim"],
            Integration::Anthropic => &["anthropic"],
            Integration::ApacheAirflow => &["apacheairflow"],
            Integration::Apollo => &["apollo"],
            Integration::Apono => &["apono"],
            Integration::Asana => &["asana"],
            Integration::AssetPanda => &["assetpanda"],
            Integration::Atlassian => &["atlassian"],
            Integration::Attio => &["attio"],
            Integration::Auth0 => &["auth0"],
            Integration::AvalaraAvaTax => &["avalaraavatax"],
            Integration::AvigilonAlta => &["avigilonalta"],
            Integration::Avoma => &["avoma"],
            Integration::AzureActiveDirectory => &["azureactivedirectory"],
            Integration::BambooHR => &["bamboohr"],
            Integration::Baremetrics => &["baremetrics"],
            Integration::Basecamp => &["basecamp"],
            Integration::BigPanda => &["bigpanda"],
            Integration::Bitbucket => &["bitbucket"],
            Integration::Bitwarden => &["bitwarden"],
            Integration::BlackLine => &["blackline"],
            Integration::Boomi => &["boomi"],
            Integration::Box => &["box"],
            Integration::Braze => &["braze"],
            Integration::Brex => &["brex"],
            Integration::Britive => &["britive"],
            Integration::BrowserStack => &["browserstack"],
            Integration::Buildkite => &["buildkite"],
            Integration::Calendly => &["calendly"],
            Integration::Canva => &["canva"],
            Integration::Capsule => &["capsule"],
            Integration::CatoNetworks => &["catonetworks"],
            Integration::Checkr => &["checkr"],
            Integration::Chronosphere => &["chronosphere"],
            Integration::CircleCI => &["circleci"],
            Integration::CiscoMeraki => &["ciscomeraki"],
            Integration::ClickUp => &["clickup"],
            Integration::Close => &["close"],
            Integration::Cloudflare => &["cloudflare"],
            Integration::CockroachDBCloud => &["cockroachdbcloud"],
            Integration::Coda => &["coda"],
            Integration::Concord => &["concord"],
            Integration::Confluence => &["confluence"],
            Integration::ConfluenceOnPrem => &["confluenceonprem"],
            Integration::Confluent => &["confluent"],
            Integration::ConstantContact => &["constantcontact"],
            Integration::ContentfulContentManagement => &["contentfulcontentmanagement"],
            Integration::Copper => &["copper"],
            Integration::Coupa => &["coupa"],
            Integration::CrowdStrike => &["crowdstrike"],
            Integration::CyberArk => &["cyberark"],
            Integration::CyberArkIdentityManagement => &["cyberarkidentitymanagement"],
            Integration::Dashlane => &["dashlane"],
            Integration::Databricks => &["databricks"],
            Integration::Datadog => &["datadog"],
            Integration::DbtLabs => &["dbtlabs"],
            Integration::DevRev => &["devrev"],
            Integration::Dialpad => &["dialpad"],
            Integration::Discord => &["discord"],
            Integration::Dixa => &["dixa"],
            Integration::DockerHubScim => &["dockerhubscim"],
            Integration::DocuSign => &["docusign"],
            Integration::Domo => &["domo"],
            Integration::Doppler => &["doppler"],
            Integration::Drata => &["drata"],
            Integration::Drift => &["drift"],
            Integration::DriveWealth => &["drivewealth"],
            Integration::DropboxBusiness => &["dropboxbusiness"],
            Integration::DropboxPersonal => &["dropboxpersonal"],
            Integration::DropboxSignHelloSign => &["dropboxsignhellosign", "hellosign"],
            Integration::DruvaInSync => &["druvainsync"],
            Integration::Duo => &["duo"],
            Integration::Dynatrace => &["dynatrace"],
            Integration::Egnyte => &["egnyte"],
            Integration::ElasticCloud => &["elasticcloud"],
            Integration::Emburse => &["emburse"],
            Integration::Enchant => &["enchant"],
            Integration::Envoy => &["envoy"],
            Integration::Eventbrite => &["eventbrite"],
            Integration::Figma => &["figma"],
            Integration::FigmaScim => &["figmascim"],
            Integration::FilesCom => &["filescom"],
            Integration::Fireberry => &["fireberry"],
            Integration::FirefliesAi => &["firefliesai"],
            Integration::Fivetran => &["fivetran"],
            Integration::FloQast => &["floqast"],
            Integration::Fountain => &["fountain"],
            Integration::FowCRM => &["fowcrm"],
            Integration::FreeAgent => &["freeagent"],
            Integration::Freshcaller => &["freshcaller"],
            Integration::Freshchat => &["freshchat"],
            Integration::Freshdesk => &["freshdesk"],
            Integration::Freshsales => &["freshsales"],
            Integration::Freshservice => &["freshservice"],
            Integration::Front => &["front"],
            Integration::FuseDesk => &["fusedesk"],
            Integration::GitHub => &["github"],
            Integration::GitLab => &["gitlab"],
            Integration::Gladly => &["gladly"],
            Integration::Gmail => &["gmail"],
            Integration::Gong => &["gong"],
            Integration::Google => &["google"],
            Integration::GoogleAds => &["googleads"],
            Integration::GoogleAnalytics => &["googleanalytics"],
            Integration::GoogleCalendar => &["googlecalendar"],
            Integration::GoogleCloud => &["googlecloud"],
            Integration::GoogleCloudSQL => &["googlecloudsql"],
            Integration::GoogleDrive => &["googledrive"],
            Integration::GoogleWorkspace => &["googleworkspace"],
            Integration::Gorgias => &["gorgias"],
            Integration::Grafana => &["grafana"],
            Integration::Greenhouse => &["greenhouse"],
            Integration::HaloITSM => &["haloitsm"],
            Integration::HappyFox => &["happyfox"],
            Integration::Harness => &["harness"],
            Integration::Harvest => &["harvest"],
            Integration::HashicorpTerraformCloud => &["hashicorpterraformcloud"],
            Integration::Height => &["height"],
            Integration::HelloID => &["helloid"],
            Integration::HelpScout => &["helpscout"],
            Integration::Heroku => &["heroku"],
            Integration::HiBob => &["hibob"],
            Integration::Highlevel => &["highlevel"],
            Integration::Hive => &["hive"],
            Integration::Hootsuite => &["hootsuite"],
            Integration::HubSpot => &["hubspot"],
            Integration::Humaans => &["humaans"],
            Integration::Illow => &["illow"],
            Integration::Insightly => &["insightly"],
            Integration::Intercom => &["intercom"],
            Integration::Ironclad => &["ironclad"],
            Integration::Jamf => &["jamf"],
            Integration::Jenkins => &["jenkins"],
            Integration::Jetbrains => &["jetbrains"],
            Integration::JFrog => &["jfrog"],
            Integration::Jira => &["jira"],
            Integration::JiraServiceManagement => &["jiraservicemanagement"],
            Integration::JostleScim => &["jostlescim"],
            Integration::JumpCloud => &["jumpcloud"],
            Integration::JuniperMist => &["juniper-mist"],
            Integration::Kandji => &["kandji"],
            Integration::Keap => &["keap"],
            Integration::Keeper => &["keeper"],
            Integration::KnowBe4 => &["knowbe4"],
            Integration::KnowBe4Scim => &["knowbe4scim"],
            Integration::Kommo => &["kommo"],
            Integration::Kustomer => &["kustomer"],
            Integration::LastPass => &["lastpass"],
            Integration::Lattice => &["lattice"],
            Integration::LaunchDarkly => &["launchdarkly"],
            Integration::Leadsquared => &["leadsquared"],
            Integration::LearnWorlds => &["learnworlds"],
            Integration::Lemlist => &["lemlist"],
            Integration::Lever => &["lever"],
            Integration::Linear => &["linear"],
            Integration::LiveAgent => &["liveagent"],
            Integration::Looker => &["looker"],
            Integration::Lucid => &["lucid"],
            Integration::Mailersend => &["mailersend"],
            Integration::Mailgun => &["mailgun"],
            Integration::Make => &["make"],
            Integration::ManageEngineServiceDeskPlus => &["manageengineservicedeskplus"],
            Integration::Manatal => &["manatal"],
            Integration::MetaMarketingApi => &["metamarketingapi"],
            Integration::Metabase => &["metabase"],
            Integration::Microsoft365 => &["microsoft"],
            Integration::MicrosoftDynamics365Sales => &["dynamics365"],
            Integration::MicrosoftTeams => &["microsoftteams"],
            Integration::MiniOrange => &["miniorange"],
            Integration::Miro => &["miro"],
            Integration::MiroScim => &["miroscim"],
            Integration::MixpanelScim => &["mixpanelscim"],
            Integration::Mode => &["mode"],
            Integration::MondayCom => &["mondaycom"],
            Integration::MondayComScim => &["mondaycomscim"],
            Integration::Moneybird => &["moneybird"],
            Integration::MongoDBAtlasAdmin => &["mongodbatlasadmin"],
            Integration::MParticle => &["mparticle"],
            Integration::Mural => &["mural"],
            Integration::Netlify => &["netlify"],
            Integration::NetskopeScim => &["netskopescim"],
            Integration::NewRelic => &["newrelic"],
            Integration::Ninjaone => &["ninjaone"],
            Integration::Notion => &["notion"],
            Integration::NotionScim => &["notionscim"],
            Integration::Nutshell => &["nutshell"],
            Integration::Okta => &["okta"],
            Integration::OneDrive => &["onedrive"],
            Integration::OneLogin => &["onelogin"],
            Integration::OnePageCRM => &["onepagecrm"],
            Integration::OpenAI => &["openai"],
            Integration::OpenVPN => &["openvpn"],
            Integration::OpenVPNCloudConnexa => &["openvpncloudconnexa"],
            Integration::Opsgenie => &["opsgenie"],
            Integration::OracleFusionCloud => &["oraclefusioncloud"],
            Integration::OracleFusionCloudEpm => &["oraclefusioncloudepm"],
            Integration::OracleFusionCloudFinancials => &["oraclefusioncloudfinancials"],
            Integration::OracleNetsuite => &["oraclenetsuite"],
            Integration::OutlookCalendar => &["outlookcalendar"],
            Integration::OutlookMail => &["outlookmail"],
            Integration::Outreach => &["outreach"],
            Integration::PagerDuty => &["pagerduty"],
            Integration::PandaDoc => &["pandadoc"],
            Integration::PendoScim => &["pendoscim"],
            Integration::PingOne => &["pingone"],
            Integration::Pinpoint => &["pinpoint"],
            Integration::Pipedrive => &["pipedrive"],
            Integration::PipelineCrm => &["pipelinecrm"],
            Integration::Pipeliner => &["pipeliner"],
            Integration::PivotalTracker => &["pivotaltracker"],
            Integration::PlatformSh => &["platformsh"],
            Integration::Podio => &["podio"],
            Integration::Podium => &["podium"],
            Integration::PostHog => &["posthog"],
            Integration::PostmanScim => &["postmanscim"],
            Integration::PowerBi => &["powerbi"],
            Integration::ProdPad => &["prodpad"],
            Integration::Pylon => &["pylon"],
            Integration::QdrantCloud => &["qdrantcloud"],
            Integration::QlikSense => &["qliksense"],
            Integration::QualtricsCoreXM => &["qualtricscorexm"],
            Integration::ReAmaze => &["reamaze"],
            Integration::Redis => &["redis"],
            Integration::Render => &["render"],
            Integration::Richpanel => &["richpanel"],
            Integration::Rippling => &["rippling"],
            Integration::Rithum => &["rithum"],
            Integration::Robin => &["robin"],
            Integration::Rockset => &["rockset"],
            Integration::Rollbar => &["rollbar"],
            Integration::Rootly => &["rootly"],
            Integration::SageIntacct => &["sageintacct"],
            Integration::SailPointIdentitySecurityCloud => {
                &["sailpointidentitysecuritycloud"]
            }
            Integration::SailPointIdentityIQScim => &["sailpointidentityiqscim"],
            Integration::SailPointNerm => &["sailpointnerm"],
            Integration::Salesflare => &["salesflare"],
            Integration::Salesforce => &["salesforce"],
            Integration::Salesloft => &["salesloft"],
            Integration::ScaleAi => &["scaleai"],
            Integration::Segment => &["segment"],
            Integration::Seismic => &["seismic"],
            Integration::SendGrid => &["sendgrid"],
            Integration::Sendoso => &["sendoso"],
            Integration::Sentry => &["sentry"],
            Integration::ServiceNow => &["servicenow"],
            Integration::ServiceNowScim => &["servicenowscim"],
            Integration::SharePoint => &["sharepoint"],
            Integration::Shopify => &["shopify"],
            Integration::Shortcut => &["shortcut"],
            Integration::Showpad => &["showpad"],
            Integration::SigmaComputing => &["sigmacomputing"],
            Integration::Sisense => &["sisense"],
            Integration::Slab => &["slab"],
            Integration::Slack => &["slack"],
            Integration::SlackEnterprise => &["slackenterprise"],
            Integration::SmartRecruiters => &["smartrecruiters"],
            Integration::Smartsheet => &["smartsheet"],
            Integration::Snowflake => &["snowflake"],
            Integration::Snyk => &["snyk"],
            Integration::SolarWindsServiceDesk => &["solarwindsservicedesk"],
            Integration::SonarQubeCloud => &["sonarqubecloud"],
            Integration::SonarQubeServer => &["sonarqubeserver"],
            Integration::Sophos => &["sophos"],
            Integration::SpotDraft => &["spotdraft"],
            Integration::Statsig => &["statsig"],
            Integration::Streak => &["streak"],
            Integration::Stripe => &["stripe"],
            Integration::SumoLogic => &["sumologic"],
            Integration::Supabase => &["supabase"],
            Integration::Superchat => &["superchat"],
            Integration::SurveyMonkey => &["surveymonkey"],
            Integration::SurveySparrow => &["surveysparrow"],
            Integration::Tableau => &["tableau"],
            Integration::Tailscale => &["tailscale"],
            Integration::TalentLMS => &["talentlms"],
            Integration::TalentLyft => &["talentlyft"],
            Integration::Teamleader => &["teamleader"],
            Integration::TeamViewer => &["teamviewer"],
            Integration::TeamworkCrm => &["teamworkcrm"],
            Integration::TeamworkDesk => &["teamworkdesk"],
            Integration::TeamworkProjectManagement => &["teamworkprojectmanagement"],
            Integration::TeamworkSpaces => &["teamworkspaces"],
            Integration::Tenable => &["tenable"],
            Integration::ThoughtSpot => &["thoughtspot"],
            Integration::Torii => &["torii"],
            Integration::TravelPerk => &["travelperk"],
            Integration::TravisCi => &["travisci"],
            Integration::Trello => &["trello"],
            Integration::Trengo => &["trengo"],
            Integration::Turso => &["turso"],
            Integration::Twingate => &["twingate"],
            Integration::Typeform => &["typeform"],
            Integration::UiPath => &["uipath"],
            Integration::UserVoice => &["uservoice"],
            Integration::Vanta => &["vanta"],
            Integration::VeevaVault => &["veevavault"],
            Integration::Vercel => &["vercel"],
            Integration::Vidyard => &["vidyard"],
            Integration::Webex => &["webex"],
            Integration::Webflow => &["webflow"],
            Integration::Wingman => &["wingman"],
            Integration::Wiz => &["wiz"],
            Integration::WordPress => &["wordpress"],
            Integration::Workato => &["workato"],
            Integration::Workiva => &["workiva"],
            Integration::Wrike => &["wrike"],
            Integration::Xero => &["xero"],
            Integration::YouTrack => &["youtrack"],
            Integration::YoutrackHub => &["youtrackhub"],
            Integration::ZapierScim => &["zapierscim"],
            Integration::Zendesk => &["zendesk"],
            Integration::ZendeskSell => &["zendesksell"],
            Integration::Zeplin => &["zeplin"],
            Integration::ZestyIo => &["zestyio"],
            Integration::ZohoAnalytics => &["zohoanalytics"],
            Integration::ZohoBigin => &["zohobigin"],
            Integration::ZohoBugTracker => &["zohobugtracker"],
            Integration::ZohoCrm => &["zohocrm"],
            Integration::ZohoDesk => &["zohodesk"],
            Integration::ZohoMeeting => &["zohomeeting"],
            Integration::ZohoProjects => &["zohoprojects"],
            Integration::ZohoRecruit => &["zohorecruit"],
            Integration::ZohoSprints => &["zohosprints"],
            Integration::ZohoVault => &["zohovault"],
            Integration::Zoom => &["zoom"],
            Integration::Zscaler => &["zscaler"],
            Integration::ZscalerZia => &["zscalerzia"],
        }
    }
}
