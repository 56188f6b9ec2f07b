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
    /// Endpoints: users.get, users.list. Note: slug seen on the coverage page,
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/integration-coverage.md>.
    FifteenFive,
    /// Accelo (Truto slug `accelo`).
    ///
    /// Endpoints: users.get, users.list. Note: slug seen on the coverage page,
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/integration-coverage.md>.
    Accelo,
    /// ActiveCampaign (Truto slug `activecampaign`).
    ///
    /// Endpoints: users.get, users.list. Note: slug seen on the coverage page,
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/integration-coverage.md>.
    ActiveCampaign,
    /// Adaptive (Truto slug `adaptive`).
    ///
    /// Endpoints: users.get, users.list. Note: slug seen on the coverage page,
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/integration-coverage.md>.
    Adaptive,
    /// Adobe (Truto slug `adobe`).
    ///
    /// Endpoints: users.get, users.list. Note: slug seen on the coverage page,
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
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    AdobeMarketoEngage,
    /// Adyen (Truto slug `adyen`).
    ///
    /// Endpoints: users.get, users.list. Note: slug seen on the coverage page,
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/integration-coverage.md>.
    Adyen,
    /// Aha (Truto slug `aha`).
    ///
    /// Endpoints: users.get, users.list. Note: slug seen on the coverage page,
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/integration-coverage.md>.
    Aha,
    /// Aircall (Truto slug `aircall`).
    ///
    /// Endpoints: users.get, users.list. Note: slug seen on the coverage page,
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/integration-coverage.md>.
    Aircall,
    /// Airtable (Truto slug `airtable`).
    ///
    /// Endpoints: users.delete, users.downgrade, users.get, users.list. Note: slug inferred from the
    /// display name.
    Airtable,
    /// Airtable SCIM (Truto slug `airtablescim`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    AirtableScim,
    /// Amplitude SCIM (Truto slug `amplitudescim`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    AmplitudeScim,
    /// Anthropic (Truto slug `anthropic`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Anthropic,
    /// Apache Airflow (Truto slug `apacheairflow`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    ApacheAirflow,
    /// Apollo (Truto slug `apollo`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Apollo,
    /// Apono (Truto slug `apono`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Apono,
    /// Asana (Truto slug `asana`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    Asana,
    /// Asset Panda (Truto slug `assetpanda`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    AssetPanda,
    /// Atlassian (Truto slug `atlassian`).
    ///
    /// Endpoints: users.delete, users.list. Note: slug inferred from the display name.
    Atlassian,
    /// Attio (Truto slug `attio`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Attio,
    /// Auth0 (Truto slug `auth0`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    Auth0,
    /// Avalara AvaTax (Truto slug `avalaraavatax`).
    ///
    /// Endpoints: users.deactivate, users.delete, users.get, users.list. Note: slug inferred from the
    /// display name.
    AvalaraAvaTax,
    /// Avigilon Alta (Truto slug `avigilonalta`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    AvigilonAlta,
    /// Avoma (Truto slug `avoma`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Avoma,
    /// Azure Active Directory (Truto slug `azureactivedirectory`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug seen on Truto's integration page,
    /// <https://truto.one/integrations/detail/azureactivedirectory.md>.
    AzureActiveDirectory,
    /// BambooHR (Truto slug `bamboohr`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    BambooHR,
    /// Baremetrics (Truto slug `baremetrics`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Baremetrics,
    /// Basecamp (Truto slug `basecamp`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Basecamp,
    /// BigPanda (Truto slug `bigpanda`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    BigPanda,
    /// Bitbucket (Truto slug `bitbucket`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Bitbucket,
    /// Bitwarden (Truto slug `bitwarden`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Bitwarden,
    /// BlackLine (Truto slug `blackline`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    BlackLine,
    /// Boomi (Truto slug `boomi`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    Boomi,
    /// Box (Truto slug `box`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
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
    /// Endpoints: users.delete, users.list. Note: slug inferred from the display name.
    BrowserStack,
    /// Buildkite (Truto slug `buildkite`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Buildkite,
    /// Calendly (Truto slug `calendly`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    Calendly,
    /// Canva (Truto slug `canva`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    Canva,
    /// Capsule (Truto slug `capsule`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Capsule,
    /// Cato Networks (Truto slug `catonetworks`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    CatoNetworks,
    /// Checkr (Truto slug `checkr`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    Checkr,
    /// Chronosphere (Truto slug `chronosphere`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    Chronosphere,
    /// CircleCI (Truto slug `circleci`).
    ///
    /// Endpoints: users.get. Note: slug inferred from the display name.
    CircleCI,
    /// Cisco Meraki (Truto slug `ciscomeraki`).
    ///
    /// Endpoints: users.delete, users.list. Note: slug inferred from the display name.
    CiscoMeraki,
    /// ClickUp (Truto slug `clickup`).
    ///
    /// Endpoints: users.delete, users.list. Note: slug inferred from the display name.
    ClickUp,
    /// Close (Truto slug `close`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Close,
    /// Cloudflare (Truto slug `cloudflare`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    Cloudflare,
    /// CockroachDB Cloud (Truto slug `cockroachdbcloud`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    CockroachDBCloud,
    /// Coda (Truto slug `coda`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    Coda,
    /// Concord (Truto slug `concord`).
    ///
    /// Endpoints: users.list. Note: slug seen on Truto's integration page,
    /// <https://truto.one/integrations/detail/concord.md>.
    Concord,
    /// Confluence (Truto slug `confluence`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Confluence,
    /// Confluence On Prem (Truto slug `confluenceonprem`).
    ///
    /// Endpoints: users.get, users.list. Note: the pages write "Confluence On Prem " with a trailing space
    /// (trimmed here; lookup ignores spaces); slug inferred from the display name.
    ConfluenceOnPrem,
    /// Confluent (Truto slug `confluent`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    Confluent,
    /// Constant Contact (Truto slug `constantcontact`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    ConstantContact,
    /// Contentful Content Management (Truto slug `contentfulcontentmanagement`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    ContentfulContentManagement,
    /// Copper (Truto slug `copper`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Copper,
    /// Coupa (Truto slug `coupa`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Coupa,
    /// CrowdStrike (Truto slug `crowdstrike`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
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
    /// Endpoints: users.list. Note: slug seen on Truto's integration page,
    /// <https://truto.one/integrations/detail/dashlane.md>.
    Dashlane,
    /// Databricks (Truto slug `databricks`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    Databricks,
    /// Datadog (Truto slug `datadog`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    Datadog,
    /// dbt Labs (Truto slug `dbtlabs`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    DbtLabs,
    /// DevRev (Truto slug `devrev`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    DevRev,
    /// Dialpad (Truto slug `dialpad`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    Dialpad,
    /// Discord (Truto slug `discord`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    Discord,
    /// Dixa (Truto slug `dixa`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Dixa,
    /// Docker Hub SCIM (Truto slug `dockerhubscim`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    DockerHubScim,
    /// DocuSign (Truto slug `docusign`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    DocuSign,
    /// Domo (Truto slug `domo`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    Domo,
    /// Doppler (Truto slug `doppler`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Doppler,
    /// Drata (Truto slug `drata`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Drata,
    /// Drift (Truto slug `drift`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Drift,
    /// Drive Wealth (Truto slug `drivewealth`).
    ///
    /// Endpoints: users.get. Note: slug inferred from the display name.
    DriveWealth,
    /// Dropbox - Business (Truto slug `dropboxbusiness`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    DropboxBusiness,
    /// Dropbox Sign (HelloSign) (Truto slug `dropboxsignhellosign`, `hellosign`).
    ///
    /// Endpoints: users.delete, users.list. Note: slug inferred from the display name.
    DropboxSignHelloSign,
    /// Druva inSync (Truto slug `druvainsync`).
    ///
    /// Endpoints: users.get, users.list. Note: slug seen on Truto's integration page,
    /// <https://truto.one/integrations/detail/druvainsync.md>.
    DruvaInSync,
    /// Duo (Truto slug `duo`).
    ///
    /// Endpoints: users.get, users.list. Note: slug seen on Truto's integration page,
    /// <https://truto.one/integrations/detail/duo.md>.
    Duo,
    /// Dynatrace (Truto slug `dynatrace`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    Dynatrace,
    /// Egnyte (Truto slug `egnyte`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Egnyte,
    /// Elastic Cloud (Truto slug `elasticcloud`).
    ///
    /// Endpoints: users.delete, users.list. Note: slug inferred from the display name.
    ElasticCloud,
    /// Emburse (Truto slug `emburse`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
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
    /// Endpoints: users.list. Note: slug inferred from the display name.
    Eventbrite,
    /// Figma (Truto slug `figma`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name.
    Figma,
    /// Figma SCIM (Truto slug `figmascim`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    FigmaScim,
    /// Files.com (Truto slug `filescom`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    FilesCom,
    /// Fireberry (Truto slug `fireberry`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Fireberry,
    /// Fireflies.ai (Truto slug `firefliesai`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    FirefliesAi,
    /// Fivetran (Truto slug `fivetran`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    Fivetran,
    /// FloQast (Truto slug `floqast`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
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
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Freshcaller,
    /// Freshchat (Truto slug `freshchat`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Freshchat,
    /// Freshdesk (Truto slug `freshdesk`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    Freshdesk,
    /// Freshsales (Truto slug `freshsales`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    Freshsales,
    /// Freshservice (Truto slug `freshservice`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    Freshservice,
    /// Front (Truto slug `front`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Front,
    /// FuseDesk (Truto slug `fusedesk`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    FuseDesk,
    /// GitHub (Truto slug `github`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    GitHub,
    /// GitLab (Truto slug `gitlab`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    GitLab,
    /// Gladly (Truto slug `gladly`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Gladly,
    /// Gong (Truto slug `gong`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Gong,
    /// Google (Truto slug `google`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug seen on Truto's integration page,
    /// <https://truto.one/integrations/detail/google.md>.
    Google,
    /// Google Ads (Truto slug `googleads`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    GoogleAds,
    /// Google Analytics (Truto slug `googleanalytics`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    GoogleAnalytics,
    /// Google Cloud (Truto slug `googlecloud`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    GoogleCloud,
    /// Google CloudSQL (Truto slug `googlecloudsql`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    GoogleCloudSQL,
    /// Google Workspace (Truto slug `googleworkspace`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug seen on Truto's integration page,
    /// <https://truto.one/integrations/detail/googleworkspace.md>.
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
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    HaloITSM,
    /// HappyFox (Truto slug `happyfox`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    HappyFox,
    /// Harness (Truto slug `harness`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Harness,
    /// Harvest (Truto slug `harvest`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Harvest,
    /// Hashicorp Terraform Cloud (Truto slug `hashicorpterraformcloud`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    HashicorpTerraformCloud,
    /// Height (Truto slug `height`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Height,
    /// HelloID (Truto slug `helloid`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    HelloID,
    /// Help Scout (Truto slug `helpscout`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    HelpScout,
    /// Heroku (Truto slug `heroku`).
    ///
    /// Endpoints: users.delete, users.list. Note: slug inferred from the display name.
    Heroku,
    /// HiBob (Truto slug `hibob`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    HiBob,
    /// Highlevel (Truto slug `highlevel`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Highlevel,
    /// Hive (Truto slug `hive`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Hive,
    /// Hootsuite (Truto slug `hootsuite`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Hootsuite,
    /// HubSpot (Truto slug `hubspot`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    HubSpot,
    /// Humaans (Truto slug `humaans`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Humaans,
    /// Illow (Truto slug `illow`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    Illow,
    /// Insightly (Truto slug `insightly`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Insightly,
    /// Intercom (Truto slug `intercom`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Intercom,
    /// Ironclad (Truto slug `ironclad`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    Ironclad,
    /// Jamf (Truto slug `jamf`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    Jamf,
    /// Jenkins (Truto slug `jenkins`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    Jenkins,
    /// Jetbrains (Truto slug `jetbrains`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    Jetbrains,
    /// JFrog (Truto slug `jfrog`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    JFrog,
    /// Jira (Truto slug `jira`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    Jira,
    /// Jostle SCIM (Truto slug `jostlescim`).
    ///
    /// Endpoints: users.delete, users.list. Note: slug inferred from the display name.
    JostleScim,
    /// JumpCloud (Truto slug `jumpcloud`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    JumpCloud,
    /// juniper-mist (Truto slug `juniper-mist`).
    ///
    /// Endpoints: users.delete. Note: the newest Delete Users page,
    /// <https://truto.one/docs/api-reference/unified-user-directory-api/users/delete.md>, writes the slug
    /// `juniper-mist` in place of a display name.
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
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Keeper,
    /// KnowBe4 (Truto slug `knowbe4`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    KnowBe4,
    /// KnowBe4 SCIM (Truto slug `knowbe4scim`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    KnowBe4Scim,
    /// LastPass (Truto slug `lastpass`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    LastPass,
    /// Lattice (Truto slug `lattice`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    Lattice,
    /// LaunchDarkly (Truto slug `launchdarkly`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    LaunchDarkly,
    /// Leadsquared (Truto slug `leadsquared`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Leadsquared,
    /// Lever (Truto slug `lever`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Lever,
    /// Linear (Truto slug `linear`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Linear,
    /// Looker (Truto slug `looker`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    Looker,
    /// Lucid (Truto slug `lucid`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Lucid,
    /// Mailgun (Truto slug `mailgun`).
    ///
    /// Endpoints: users.get. Note: slug inferred from the display name.
    Mailgun,
    /// ManageEngine ServiceDesk Plus (Truto slug `manageengineservicedeskplus`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    ManageEngineServiceDeskPlus,
    /// Metabase (Truto slug `metabase`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Metabase,
    /// Microsoft 365 (Truto slug `microsoft`).
    ///
    /// Endpoints: users.delete. Note: slug seen on Truto's integration page,
    /// <https://truto.one/integrations/detail/microsoft.md>.
    Microsoft365,
    /// Microsoft Dynamics 365 Sales (Truto slug `dynamics365`).
    ///
    /// Endpoints: users.get, users.list. Note: slug seen on Truto's integration page,
    /// <https://truto.one/integrations/detail/dynamics365.md>.
    MicrosoftDynamics365Sales,
    /// Microsoft Teams (Truto slug `microsoftteams`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    MicrosoftTeams,
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
    /// Monday.com (Truto slug `mondaycom`).
    ///
    /// Endpoints: users.delete, users.list. Note: slug inferred from the display name.
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
    /// Mural (Truto slug `mural`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    Mural,
    /// Netlify (Truto slug `netlify`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Netlify,
    /// New Relic (Truto slug `newrelic`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    NewRelic,
    /// Notion (Truto slug `notion`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
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
    /// Endpoints: users.deactivate, users.delete, users.get, users.list, users.suspend. Note: slug seen on
    /// Truto's integration page, <https://truto.one/integrations/detail/okta.md>.
    Okta,
    /// OneLogin (Truto slug `onelogin`).
    ///
    /// Endpoints: users.get. Note: slug seen on Truto's integration page,
    /// <https://truto.one/integrations/detail/onelogin.md>.
    OneLogin,
    /// OpenVPN (Truto slug `openvpn`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    OpenVPN,
    /// OpenVPN CloudConnexa (Truto slug `openvpncloudconnexa`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name.
    OpenVPNCloudConnexa,
    /// Opsgenie (Truto slug `opsgenie`).
    ///
    /// Endpoints: users.delete, users.get. Note: slug inferred from the display name.
    Opsgenie,
    /// Outreach (Truto slug `outreach`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    Outreach,
    /// PagerDuty (Truto slug `pagerduty`).
    ///
    /// Endpoints: users.delete, users.downgrade, users.get, users.list. Note: slug inferred from the
    /// display name.
    PagerDuty,
    /// PandaDoc (Truto slug `pandadoc`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    PandaDoc,
    /// Pendo SCIM (Truto slug `pendoscim`).
    ///
    /// Endpoints: users.delete, users.get. Note: slug inferred from the display name.
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
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    Pipedrive,
    /// Pipeliner (Truto slug `pipeliner`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    Pipeliner,
    /// Pivotal Tracker (Truto slug `pivotaltracker`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    PivotalTracker,
    /// PostHog (Truto slug `posthog`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    PostHog,
    /// Postman SCIM (Truto slug `postmanscim`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    PostmanScim,
    /// Power BI (Truto slug `powerbi`).
    ///
    /// Endpoints: users.delete, users.list. Note: slug seen on Truto's integration page,
    /// <https://truto.one/integrations/detail/powerbi.md>.
    PowerBi,
    /// Qlik Sense (Truto slug `qliksense`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    QlikSense,
    /// Qualtrics CoreXM (Truto slug `qualtricscorexm`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name.
    QualtricsCoreXM,
    /// Rollbar (Truto slug `rollbar`).
    ///
    /// Endpoints: users.get. Note: slug inferred from the display name.
    Rollbar,
    /// Rootly (Truto slug `rootly`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name.
    Rootly,
    /// Salesflare (Truto slug `salesflare`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Salesflare,
    /// Salesforce (Truto slug `salesforce`).
    ///
    /// Endpoints: users.delete, users.downgrade, users.get, users.list. Note: slug inferred from the
    /// display name.
    Salesforce,
    /// Salesloft (Truto slug `salesloft`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    Salesloft,
    /// Segment (Truto slug `segment`).
    ///
    /// Endpoints: users.delete, users.downgrade, users.get, users.list. Note: slug inferred from the
    /// display name.
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
    /// Endpoints: users.list. Note: slug inferred from the display name.
    Sendoso,
    /// Sentry (Truto slug `sentry`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    Sentry,
    /// ServiceNow SCIM (Truto slug `servicenowscim`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    ServiceNowScim,
    /// Shopify (Truto slug `shopify`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Shopify,
    /// Shortcut (Truto slug `shortcut`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Shortcut,
    /// Showpad (Truto slug `showpad`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Showpad,
    /// Slack (Truto slug `slack`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Slack,
    /// Slack Enterprise (Truto slug `slackenterprise`).
    ///
    /// Endpoints: users.delete. Note: slug seen on Truto's integration page,
    /// <https://truto.one/integrations/detail/slackenterprise.md>.
    SlackEnterprise,
    /// Smartsheet (Truto slug `smartsheet`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    Smartsheet,
    /// Snowflake (Truto slug `snowflake`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    Snowflake,
    /// Snyk (Truto slug `snyk`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    Snyk,
    /// SolarWinds Service Desk (Truto slug `solarwindsservicedesk`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name.
    SolarWindsServiceDesk,
    /// Sophos (Truto slug `sophos`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name.
    Sophos,
    /// Survey Monkey (Truto slug `surveymonkey`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    SurveyMonkey,
    /// SurveySparrow (Truto slug `surveysparrow`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name.
    SurveySparrow,
    /// Tableau (Truto slug `tableau`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    Tableau,
    /// Tailscale (Truto slug `tailscale`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Tailscale,
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
    /// Endpoints: users.delete. Note: slug seen on Truto's integration page,
    /// <https://truto.one/integrations/detail/teamviewer.md>.
    TeamViewer,
    /// Teamwork CRM (Truto slug `teamworkcrm`).
    ///
    /// Endpoints: users.get, users.list. Note: slug seen on Truto's integration page,
    /// <https://truto.one/integrations/detail/teamworkcrm.md>.
    TeamworkCrm,
    /// Teamwork Desk (Truto slug `teamworkdesk`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name.
    TeamworkDesk,
    /// Teamwork Project Management (Truto slug `teamworkprojectmanagement`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name.
    TeamworkProjectManagement,
    /// Teamwork Spaces (Truto slug `teamworkspaces`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name.
    TeamworkSpaces,
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
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    Trello,
    /// Twingate (Truto slug `twingate`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Twingate,
    /// Typeform (Truto slug `typeform`).
    ///
    /// Endpoints: users.delete, users.list. Note: slug inferred from the display name.
    Typeform,
    /// Vanta (Truto slug `vanta`).
    ///
    /// Endpoints: users.deactivate. Note: slug inferred from the display name.
    Vanta,
    /// Veeva Vault (Truto slug `veevavault`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name.
    VeevaVault,
    /// Vercel (Truto slug `vercel`).
    ///
    /// Endpoints: users.delete, users.list. Note: slug inferred from the display name.
    Vercel,
    /// Webex (Truto slug `webex`).
    ///
    /// Endpoints: users.delete, users.get. Note: slug inferred from the display name.
    Webex,
    /// Webflow (Truto slug `webflow`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name.
    Webflow,
    /// Wingman (Truto slug `wingman`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    Wingman,
    /// WordPress (Truto slug `wordpress`).
    ///
    /// Endpoints: users.delete, users.get. Note: slug inferred from the display name.
    WordPress,
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
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name.
    Zendesk,
    /// Zendesk Sell (Truto slug `zendesksell`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    ZendeskSell,
    /// Zoho Analytics (Truto slug `zohoanalytics`).
    ///
    /// Endpoints: users.list. Note: slug inferred from the display name.
    ZohoAnalytics,
    /// Zoho Bigin (Truto slug `zohobigin`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name.
    ZohoBigin,
    /// Zoho CRM (Truto slug `zohocrm`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    ZohoCrm,
    /// Zoho Desk (Truto slug `zohodesk`).
    ///
    /// Endpoints: users.get. Note: slug inferred from the display name.
    ZohoDesk,
    /// Zoho Vault (Truto slug `zohovault`).
    ///
    /// Endpoints: users.get. Note: slug inferred from the display name.
    ZohoVault,
    /// Zoom (Truto slug `zoom`).
    ///
    /// Endpoints: users.delete, users.downgrade, users.get, users.list. Note: slug inferred from the
    /// display name.
    Zoom,
    /// Zscaler (Truto slug `zscaler`).
    ///
    /// Endpoints: users.get, users.list. Note: slug inferred from the display name.
    Zscaler,
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
        Integration::Gong,
        Integration::Google,
        Integration::GoogleAds,
        Integration::GoogleAnalytics,
        Integration::GoogleCloud,
        Integration::GoogleCloudSQL,
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
        Integration::JostleScim,
        Integration::JumpCloud,
        Integration::JuniperMist,
        Integration::Kandji,
        Integration::Keap,
        Integration::Keeper,
        Integration::KnowBe4,
        Integration::KnowBe4Scim,
        Integration::LastPass,
        Integration::Lattice,
        Integration::LaunchDarkly,
        Integration::Leadsquared,
        Integration::Lever,
        Integration::Linear,
        Integration::Looker,
        Integration::Lucid,
        Integration::Mailgun,
        Integration::ManageEngineServiceDeskPlus,
        Integration::Metabase,
        Integration::Microsoft365,
        Integration::MicrosoftDynamics365Sales,
        Integration::MicrosoftTeams,
        Integration::Miro,
        Integration::MiroScim,
        Integration::MixpanelScim,
        Integration::MondayCom,
        Integration::MondayComScim,
        Integration::Moneybird,
        Integration::Mural,
        Integration::Netlify,
        Integration::NewRelic,
        Integration::Notion,
        Integration::NotionScim,
        Integration::Nutshell,
        Integration::Okta,
        Integration::OneLogin,
        Integration::OpenVPN,
        Integration::OpenVPNCloudConnexa,
        Integration::Opsgenie,
        Integration::Outreach,
        Integration::PagerDuty,
        Integration::PandaDoc,
        Integration::PendoScim,
        Integration::PingOne,
        Integration::Pinpoint,
        Integration::Pipedrive,
        Integration::Pipeliner,
        Integration::PivotalTracker,
        Integration::PostHog,
        Integration::PostmanScim,
        Integration::PowerBi,
        Integration::QlikSense,
        Integration::QualtricsCoreXM,
        Integration::Rollbar,
        Integration::Rootly,
        Integration::Salesflare,
        Integration::Salesforce,
        Integration::Salesloft,
        Integration::Segment,
        Integration::Seismic,
        Integration::SendGrid,
        Integration::Sendoso,
        Integration::Sentry,
        Integration::ServiceNowScim,
        Integration::Shopify,
        Integration::Shortcut,
        Integration::Showpad,
        Integration::Slack,
        Integration::SlackEnterprise,
        Integration::Smartsheet,
        Integration::Snowflake,
        Integration::Snyk,
        Integration::SolarWindsServiceDesk,
        Integration::Sophos,
        Integration::SurveyMonkey,
        Integration::SurveySparrow,
        Integration::Tableau,
        Integration::Tailscale,
        Integration::TalentLyft,
        Integration::Teamleader,
        Integration::TeamViewer,
        Integration::TeamworkCrm,
        Integration::TeamworkDesk,
        Integration::TeamworkProjectManagement,
        Integration::TeamworkSpaces,
        Integration::TravelPerk,
        Integration::TravisCi,
        Integration::Trello,
        Integration::Twingate,
        Integration::Typeform,
        Integration::Vanta,
        Integration::VeevaVault,
        Integration::Vercel,
        Integration::Webex,
        Integration::Webflow,
        Integration::Wingman,
        Integration::WordPress,
        Integration::Xero,
        Integration::YouTrack,
        Integration::YoutrackHub,
        Integration::ZapierScim,
        Integration::Zendesk,
        Integration::ZendeskSell,
        Integration::ZohoAnalytics,
        Integration::ZohoBigin,
        Integration::ZohoCrm,
        Integration::ZohoDesk,
        Integration::ZohoVault,
        Integration::Zoom,
        Integration::Zscaler,
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
            Integration::Gong => "Gong",
            Integration::Google => "Google",
            Integration::GoogleAds => "Google Ads",
            Integration::GoogleAnalytics => "Google Analytics",
            Integration::GoogleCloud => "Google Cloud",
            Integration::GoogleCloudSQL => "Google CloudSQL",
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
            Integration::JostleScim => "Jostle SCIM",
            Integration::JumpCloud => "JumpCloud",
            Integration::JuniperMist => "juniper-mist",
            Integration::Kandji => "Kandji",
            Integration::Keap => "Keap",
            Integration::Keeper => "Keeper",
            Integration::KnowBe4 => "KnowBe4",
            Integration::KnowBe4Scim => "KnowBe4 SCIM",
            Integration::LastPass => "LastPass",
            Integration::Lattice => "Lattice",
            Integration::LaunchDarkly => "LaunchDarkly",
            Integration::Leadsquared => "Leadsquared",
            Integration::Lever => "Lever",
            Integration::Linear => "Linear",
            Integration::Looker => "Looker",
            Integration::Lucid => "Lucid",
            Integration::Mailgun => "Mailgun",
            Integration::ManageEngineServiceDeskPlus => "ManageEngine ServiceDesk Plus",
            Integration::Metabase => "Metabase",
            Integration::Microsoft365 => "Microsoft 365",
            Integration::MicrosoftDynamics365Sales => "Microsoft Dynamics 365 Sales",
            Integration::MicrosoftTeams => "Microsoft Teams",
            Integration::Miro => "Miro",
            Integration::MiroScim => "Miro SCIM",
            Integration::MixpanelScim => "Mixpanel SCIM",
            Integration::MondayCom => "Monday.com",
            Integration::MondayComScim => "Monday.com SCIM",
            Integration::Moneybird => "Moneybird",
            Integration::Mural => "Mural",
            Integration::Netlify => "Netlify",
            Integration::NewRelic => "New Relic",
            Integration::Notion => "Notion",
            Integration::NotionScim => "Notion SCIM",
            Integration::Nutshell => "Nutshell",
            Integration::Okta => "Okta",
            Integration::OneLogin => "OneLogin",
            Integration::OpenVPN => "OpenVPN",
            Integration::OpenVPNCloudConnexa => "OpenVPN CloudConnexa",
            Integration::Opsgenie => "Opsgenie",
            Integration::Outreach => "Outreach",
            Integration::PagerDuty => "PagerDuty",
            Integration::PandaDoc => "PandaDoc",
            Integration::PendoScim => "Pendo SCIM",
            Integration::PingOne => "PingOne",
            Integration::Pinpoint => "Pinpoint",
            Integration::Pipedrive => "Pipedrive",
            Integration::Pipeliner => "Pipeliner",
            Integration::PivotalTracker => "Pivotal Tracker",
            Integration::PostHog => "PostHog",
            Integration::PostmanScim => "Postman SCIM",
            Integration::PowerBi => "Power BI",
            Integration::QlikSense => "Qlik Sense",
            Integration::QualtricsCoreXM => "Qualtrics CoreXM",
            Integration::Rollbar => "Rollbar",
            Integration::Rootly => "Rootly",
            Integration::Salesflare => "Salesflare",
            Integration::Salesforce => "Salesforce",
            Integration::Salesloft => "Salesloft",
            Integration::Segment => "Segment",
            Integration::Seismic => "Seismic",
            Integration::SendGrid => "SendGrid",
            Integration::Sendoso => "Sendoso",
            Integration::Sentry => "Sentry",
            Integration::ServiceNowScim => "ServiceNow SCIM",
            Integration::Shopify => "Shopify",
            Integration::Shortcut => "Shortcut",
            Integration::Showpad => "Showpad",
            Integration::Slack => "Slack",
            Integration::SlackEnterprise => "Slack Enterprise",
            Integration::Smartsheet => "Smartsheet",
            Integration::Snowflake => "Snowflake",
            Integration::Snyk => "Snyk",
            Integration::SolarWindsServiceDesk => "SolarWinds Service Desk",
            Integration::Sophos => "Sophos",
            Integration::SurveyMonkey => "Survey Monkey",
            Integration::SurveySparrow => "SurveySparrow",
            Integration::Tableau => "Tableau",
            Integration::Tailscale => "Tailscale",
            Integration::TalentLyft => "TalentLyft",
            Integration::Teamleader => "Teamleader",
            Integration::TeamViewer => "TeamViewer",
            Integration::TeamworkCrm => "Teamwork CRM",
            Integration::TeamworkDesk => "Teamwork Desk",
            Integration::TeamworkProjectManagement => "Teamwork Project Management",
            Integration::TeamworkSpaces => "Teamwork Spaces",
            Integration::TravelPerk => "TravelPerk",
            Integration::TravisCi => "Travis CI",
            Integration::Trello => "Trello",
            Integration::Twingate => "Twingate",
            Integration::Typeform => "Typeform",
            Integration::Vanta => "Vanta",
            Integration::VeevaVault => "Veeva Vault",
            Integration::Vercel => "Vercel",
            Integration::Webex => "Webex",
            Integration::Webflow => "Webflow",
            Integration::Wingman => "Wingman",
            Integration::WordPress => "WordPress",
            Integration::Xero => "Xero",
            Integration::YouTrack => "YouTrack",
            Integration::YoutrackHub => "Youtrack Hub",
            Integration::ZapierScim => "Zapier SCIM",
            Integration::Zendesk => "Zendesk",
            Integration::ZendeskSell => "Zendesk Sell",
            Integration::ZohoAnalytics => "Zoho Analytics",
            Integration::ZohoBigin => "Zoho Bigin",
            Integration::ZohoCrm => "Zoho CRM",
            Integration::ZohoDesk => "Zoho Desk",
            Integration::ZohoVault => "Zoho Vault",
            Integration::Zoom => "Zoom",
            Integration::Zscaler => "Zscaler",
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
            Integration::Gong => &["gong"],
            Integration::Google => &["google"],
            Integration::GoogleAds => &["googleads"],
            Integration::GoogleAnalytics => &["googleanalytics"],
            Integration::GoogleCloud => &["googlecloud"],
            Integration::GoogleCloudSQL => &["googlecloudsql"],
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
            Integration::JostleScim => &["jostlescim"],
            Integration::JumpCloud => &["jumpcloud"],
            Integration::JuniperMist => &["juniper-mist"],
            Integration::Kandji => &["kandji"],
            Integration::Keap => &["keap"],
            Integration::Keeper => &["keeper"],
            Integration::KnowBe4 => &["knowbe4"],
            Integration::KnowBe4Scim => &["knowbe4scim"],
            Integration::LastPass => &["lastpass"],
            Integration::Lattice => &["lattice"],
            Integration::LaunchDarkly => &["launchdarkly"],
            Integration::Leadsquared => &["leadsquared"],
            Integration::Lever => &["lever"],
            Integration::Linear => &["linear"],
            Integration::Looker => &["looker"],
            Integration::Lucid => &["lucid"],
            Integration::Mailgun => &["mailgun"],
            Integration::ManageEngineServiceDeskPlus => &["manageengineservicedeskplus"],
            Integration::Metabase => &["metabase"],
            Integration::Microsoft365 => &["microsoft"],
            Integration::MicrosoftDynamics365Sales => &["dynamics365"],
            Integration::MicrosoftTeams => &["microsoftteams"],
            Integration::Miro => &["miro"],
            Integration::MiroScim => &["miroscim"],
            Integration::MixpanelScim => &["mixpanelscim"],
            Integration::MondayCom => &["mondaycom"],
            Integration::MondayComScim => &["mondaycomscim"],
            Integration::Moneybird => &["moneybird"],
            Integration::Mural => &["mural"],
            Integration::Netlify => &["netlify"],
            Integration::NewRelic => &["newrelic"],
            Integration::Notion => &["notion"],
            Integration::NotionScim => &["notionscim"],
            Integration::Nutshell => &["nutshell"],
            Integration::Okta => &["okta"],
            Integration::OneLogin => &["onelogin"],
            Integration::OpenVPN => &["openvpn"],
            Integration::OpenVPNCloudConnexa => &["openvpncloudconnexa"],
            Integration::Opsgenie => &["opsgenie"],
            Integration::Outreach => &["outreach"],
            Integration::PagerDuty => &["pagerduty"],
            Integration::PandaDoc => &["pandadoc"],
            Integration::PendoScim => &["pendoscim"],
            Integration::PingOne => &["pingone"],
            Integration::Pinpoint => &["pinpoint"],
            Integration::Pipedrive => &["pipedrive"],
            Integration::Pipeliner => &["pipeliner"],
            Integration::PivotalTracker => &["pivotaltracker"],
            Integration::PostHog => &["posthog"],
            Integration::PostmanScim => &["postmanscim"],
            Integration::PowerBi => &["powerbi"],
            Integration::QlikSense => &["qliksense"],
            Integration::QualtricsCoreXM => &["qualtricscorexm"],
            Integration::Rollbar => &["rollbar"],
            Integration::Rootly => &["rootly"],
            Integration::Salesflare => &["salesflare"],
            Integration::Salesforce => &["salesforce"],
            Integration::Salesloft => &["salesloft"],
            Integration::Segment => &["segment"],
            Integration::Seismic => &["seismic"],
            Integration::SendGrid => &["sendgrid"],
            Integration::Sendoso => &["sendoso"],
            Integration::Sentry => &["sentry"],
            Integration::ServiceNowScim => &["servicenowscim"],
            Integration::Shopify => &["shopify"],
            Integration::Shortcut => &["shortcut"],
            Integration::Showpad => &["showpad"],
            Integration::Slack => &["slack"],
            Integration::SlackEnterprise => &["slackenterprise"],
            Integration::Smartsheet => &["smartsheet"],
            Integration::Snowflake => &["snowflake"],
            Integration::Snyk => &["snyk"],
            Integration::SolarWindsServiceDesk => &["solarwindsservicedesk"],
            Integration::Sophos => &["sophos"],
            Integration::SurveyMonkey => &["surveymonkey"],
            Integration::SurveySparrow => &["surveysparrow"],
            Integration::Tableau => &["tableau"],
            Integration::Tailscale => &["tailscale"],
            Integration::TalentLyft => &["talentlyft"],
            Integration::Teamleader => &["teamleader"],
            Integration::TeamViewer => &["teamviewer"],
            Integration::TeamworkCrm => &["teamworkcrm"],
            Integration::TeamworkDesk => &["teamworkdesk"],
            Integration::TeamworkProjectManagement => &["teamworkprojectmanagement"],
            Integration::TeamworkSpaces => &["teamworkspaces"],
            Integration::TravelPerk => &["travelperk"],
            Integration::TravisCi => &["travisci"],
            Integration::Trello => &["trello"],
            Integration::Twingate => &["twingate"],
            Integration::Typeform => &["typeform"],
            Integration::Vanta => &["vanta"],
            Integration::VeevaVault => &["veevavault"],
            Integration::Vercel => &["vercel"],
            Integration::Webex => &["webex"],
            Integration::Webflow => &["webflow"],
            Integration::Wingman => &["wingman"],
            Integration::WordPress => &["wordpress"],
            Integration::Xero => &["xero"],
            Integration::YouTrack => &["youtrack"],
            Integration::YoutrackHub => &["youtrackhub"],
            Integration::ZapierScim => &["zapierscim"],
            Integration::Zendesk => &["zendesk"],
            Integration::ZendeskSell => &["zendesksell"],
            Integration::ZohoAnalytics => &["zohoanalytics"],
            Integration::ZohoBigin => &["zohobigin"],
            Integration::ZohoCrm => &["zohocrm"],
            Integration::ZohoDesk => &["zohodesk"],
            Integration::ZohoVault => &["zohovault"],
            Integration::Zoom => &["zoom"],
            Integration::Zscaler => &["zscaler"],
        }
    }
}
