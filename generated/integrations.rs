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
    /// Adobe Marketo Engage (Truto slug `adobemarketoengage`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    AdobeMarketoEngage,
    /// Airtable (Truto slug `airtable`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    Airtable,
    /// Airtable SCIM (Truto slug `airtablescim`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    AirtableScim,
    /// Asana (Truto slug `asana`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name (truto-api-facts §4.10).
    Asana,
    /// Atlassian (Truto slug `atlassian`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    Atlassian,
    /// Auth0 (Truto slug `auth0`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    Auth0,
    /// Avalara AvaTax (Truto slug `avalaraavatax`).
    ///
    /// Endpoints: users.deactivate. Note: slug inferred from the display name (truto-api-facts §4.10).
    AvalaraAvaTax,
    /// Azure Active Directory (Truto slug `azureactivedirectory`).
    ///
    /// Endpoints: users.delete. Note: slug seen on Truto's integration pages.
    AzureActiveDirectory,
    /// Box (Truto slug `box`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    Box,
    /// BrowserStack (Truto slug `browserstack`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    BrowserStack,
    /// Calendly (Truto slug `calendly`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    Calendly,
    /// Canva (Truto slug `canva`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    Canva,
    /// Cisco Meraki (Truto slug `ciscomeraki`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    CiscoMeraki,
    /// ClickUp (Truto slug `clickup`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    ClickUp,
    /// Cloudflare (Truto slug `cloudflare`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    Cloudflare,
    /// Confluent (Truto slug `confluent`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    Confluent,
    /// CrowdStrike (Truto slug `crowdstrike`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    CrowdStrike,
    /// Databricks (Truto slug `databricks`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    Databricks,
    /// Datadog (Truto slug `datadog`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    Datadog,
    /// Dialpad (Truto slug `dialpad`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    Dialpad,
    /// DocuSign (Truto slug `docusign`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    DocuSign,
    /// Dropbox - Business (Truto slug `dropboxbusiness`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    DropboxBusiness,
    /// Dropbox Sign (HelloSign) (Truto slug `dropboxsignhellosign`, `hellosign`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    DropboxSignHelloSign,
    /// Elastic Cloud (Truto slug `elasticcloud`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    ElasticCloud,
    /// Figma (Truto slug `figma`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    Figma,
    /// Figma SCIM (Truto slug `figmascim`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    FigmaScim,
    /// Files.com (Truto slug `filescom`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    FilesCom,
    /// Fivetran (Truto slug `fivetran`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    Fivetran,
    /// Freshdesk (Truto slug `freshdesk`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    Freshdesk,
    /// Freshservice (Truto slug `freshservice`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    Freshservice,
    /// GitHub (Truto slug `github`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name (truto-api-facts §4.10).
    GitHub,
    /// GitLab (Truto slug `gitlab`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    GitLab,
    /// Google Workspace (Truto slug `googleworkspace`).
    ///
    /// Endpoints: users.delete. Note: slug seen on Truto's integration pages.
    GoogleWorkspace,
    /// Help Scout (Truto slug `helpscout`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    HelpScout,
    /// Heroku (Truto slug `heroku`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    Heroku,
    /// HubSpot (Truto slug `hubspot`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    HubSpot,
    /// Jamf (Truto slug `jamf`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    Jamf,
    /// JFrog (Truto slug `jfrog`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    JFrog,
    /// JumpCloud (Truto slug `jumpcloud`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    JumpCloud,
    /// KnowBe4 SCIM (Truto slug `knowbe4scim`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    KnowBe4Scim,
    /// LastPass (Truto slug `lastpass`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    LastPass,
    /// Looker (Truto slug `looker`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    Looker,
    /// ManageEngine ServiceDesk Plus (Truto slug `manageengineservicedeskplus`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    ManageEngineServiceDeskPlus,
    /// Miro SCIM (Truto slug `miroscim`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    MiroScim,
    /// Monday.com (Truto slug `mondaycom`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    MondayCom,
    /// Monday.com SCIM (Truto slug `mondaycomscim`).
    ///
    /// Endpoints: users.delete. Note: slug seen on Truto's integration pages.
    MondayComScim,
    /// New Relic (Truto slug `newrelic`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    NewRelic,
    /// Notion SCIM (Truto slug `notionscim`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    NotionScim,
    /// Okta (Truto slug `okta`).
    ///
    /// Endpoints: users.deactivate, users.delete, users.get, users.list, users.suspend. Note: slug seen on Truto's integration pages.
    Okta,
    /// Outreach (Truto slug `outreach`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    Outreach,
    /// PagerDuty (Truto slug `pagerduty`).
    ///
    /// Endpoints: users.delete, users.downgrade. Note: slug inferred from the display name (truto-api-facts §4.10).
    PagerDuty,
    /// Pendo SCIM (Truto slug `pendoscim`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    PendoScim,
    /// Pipedrive (Truto slug `pipedrive`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    Pipedrive,
    /// Pipeliner (Truto slug `pipeliner`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    Pipeliner,
    /// Postman SCIM (Truto slug `postmanscim`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    PostmanScim,
    /// Power BI (Truto slug `powerbi`).
    ///
    /// Endpoints: users.delete. Note: slug seen on Truto's integration pages.
    PowerBi,
    /// Qlik Sense (Truto slug `qliksense`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    QlikSense,
    /// Salesforce (Truto slug `salesforce`).
    ///
    /// Endpoints: users.delete, users.downgrade. Note: slug inferred from the display name (truto-api-facts §4.10).
    Salesforce,
    /// Salesloft (Truto slug `salesloft`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    Salesloft,
    /// Segment (Truto slug `segment`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    Segment,
    /// Sentry (Truto slug `sentry`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    Sentry,
    /// Slack Enterprise (Truto slug `slackenterprise`).
    ///
    /// Endpoints: users.delete. Note: slug seen on Truto's integration pages.
    SlackEnterprise,
    /// Smartsheet (Truto slug `smartsheet`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    Smartsheet,
    /// Snowflake (Truto slug `snowflake`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    Snowflake,
    /// Tableau (Truto slug `tableau`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    Tableau,
    /// TeamViewer (Truto slug `teamviewer`).
    ///
    /// Endpoints: users.delete. Note: slug seen on Truto's integration pages.
    TeamViewer,
    /// Teamwork Desk (Truto slug `teamworkdesk`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    TeamworkDesk,
    /// Teamwork Project Management (Truto slug `teamworkprojectmanagement`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    TeamworkProjectManagement,
    /// Teamwork Spaces (Truto slug `teamworkspaces`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    TeamworkSpaces,
    /// Trello (Truto slug `trello`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    Trello,
    /// Typeform (Truto slug `typeform`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    Typeform,
    /// Vanta (Truto slug `vanta`).
    ///
    /// Endpoints: users.deactivate. Note: slug inferred from the display name (truto-api-facts §4.10).
    Vanta,
    /// Vercel (Truto slug `vercel`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    Vercel,
    /// Webex (Truto slug `webex`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    Webex,
    /// Webflow (Truto slug `webflow`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    Webflow,
    /// WordPress (Truto slug `wordpress`).
    ///
    /// Endpoints: users.delete. Note: slug inferred from the display name (truto-api-facts §4.10).
    WordPress,
    /// Zendesk (Truto slug `zendesk`).
    ///
    /// Endpoints: users.delete, users.get, users.list. Note: slug inferred from the display name (truto-api-facts §4.10).
    Zendesk,
    /// Zoom (Truto slug `zoom`).
    ///
    /// Endpoints: users.delete, users.downgrade. Note: slug inferred from the display name (truto-api-facts §4.10).
    Zoom,
}

impl Integration {
    /// Every integration, in spec order.
    pub const ALL: &'static [Integration] = &[
        Integration::AdobeMarketoEngage, Integration::Airtable, Integration::AirtableScim, Integration::Asana, Integration::Atlassian, Integration::Auth0, Integration::AvalaraAvaTax, Integration::AzureActiveDirectory,
        Integration::Box, Integration::BrowserStack,
        Integration::Calendly, Integration::Canva, Integration::CiscoMeraki, Integration::ClickUp, Integration::Cloudflare, Integration::Confluent, Integration::CrowdStrike,
        Integration::Databricks, Integration::Datadog, Integration::Dialpad, Integration::DocuSign, Integration::DropboxBusiness, Integration::DropboxSignHelloSign,
        Integration::ElasticCloud,
        Integration::Figma, Integration::FigmaScim, Integration::FilesCom, Integration::Fivetran, Integration::Freshdesk, Integration::Freshservice,
        Integration::GitHub, Integration::GitLab, Integration::GoogleWorkspace,
        Integration::HelpScout, Integration::Heroku, Integration::HubSpot,
        Integration::Jamf, Integration::JFrog, Integration::JumpCloud,
        Integration::KnowBe4Scim,
        Integration::LastPass, Integration::Looker,
        Integration::ManageEngineServiceDeskPlus, Integration::MiroScim, Integration::MondayCom, Integration::MondayComScim,
        Integration::NewRelic, Integration::NotionScim,
        Integration::Okta, Integration::Outreach,
        Integration::PagerDuty, Integration::PendoScim, Integration::Pipedrive, Integration::Pipeliner, Integration::PostmanScim, Integration::PowerBi,
        Integration::QlikSense,
        Integration::Salesforce, Integration::Salesloft, Integration::Segment, Integration::Sentry, Integration::SlackEnterprise, Integration::Smartsheet, Integration::Snowflake,
        Integration::Tableau, Integration::TeamViewer, Integration::TeamworkDesk, Integration::TeamworkProjectManagement, Integration::TeamworkSpaces, Integration::Trello, Integration::Typeform,
        Integration::Vanta, Integration::Vercel,
        Integration::Webex, Integration::Webflow, Integration::WordPress,
        Integration::Zendesk, Integration::Zoom,
    ];

    /// The display name, exactly as the API pages write it.
    pub fn name(self) -> &'static str {
        match self {
            Integration::AdobeMarketoEngage => "Adobe Marketo Engage",
            Integration::Airtable => "Airtable",
            Integration::AirtableScim => "Airtable SCIM",
            Integration::Asana => "Asana",
            Integration::Atlassian => "Atlassian",
            Integration::Auth0 => "Auth0",
            Integration::AvalaraAvaTax => "Avalara AvaTax",
            Integration::AzureActiveDirectory => "Azure Active Directory",
            Integration::Box => "Box",
            Integration::BrowserStack => "BrowserStack",
            Integration::Calendly => "Calendly",
            Integration::Canva => "Canva",
            Integration::CiscoMeraki => "Cisco Meraki",
            Integration::ClickUp => "ClickUp",
            Integration::Cloudflare => "Cloudflare",
            Integration::Confluent => "Confluent",
            Integration::CrowdStrike => "CrowdStrike",
            Integration::Databricks => "Databricks",
            Integration::Datadog => "Datadog",
            Integration::Dialpad => "Dialpad",
            Integration::DocuSign => "DocuSign",
            Integration::DropboxBusiness => "Dropbox - Business",
            Integration::DropboxSignHelloSign => "Dropbox Sign (HelloSign)",
            Integration::ElasticCloud => "Elastic Cloud",
            Integration::Figma => "Figma",
            Integration::FigmaScim => "Figma SCIM",
            Integration::FilesCom => "Files.com",
            Integration::Fivetran => "Fivetran",
            Integration::Freshdesk => "Freshdesk",
            Integration::Freshservice => "Freshservice",
            Integration::GitHub => "GitHub",
            Integration::GitLab => "GitLab",
            Integration::GoogleWorkspace => "Google Workspace",
            Integration::HelpScout => "Help Scout",
            Integration::Heroku => "Heroku",
            Integration::HubSpot => "HubSpot",
            Integration::Jamf => "Jamf",
            Integration::JFrog => "JFrog",
            Integration::JumpCloud => "JumpCloud",
            Integration::KnowBe4Scim => "KnowBe4 SCIM",
            Integration::LastPass => "LastPass",
            Integration::Looker => "Looker",
            Integration::ManageEngineServiceDeskPlus => "ManageEngine ServiceDesk Plus",
            Integration::MiroScim => "Miro SCIM",
            Integration::MondayCom => "Monday.com",
            Integration::MondayComScim => "Monday.com SCIM",
            Integration::NewRelic => "New Relic",
            Integration::NotionScim => "Notion SCIM",
            Integration::Okta => "Okta",
            Integration::Outreach => "Outreach",
            Integration::PagerDuty => "PagerDuty",
            Integration::PendoScim => "Pendo SCIM",
            Integration::Pipedrive => "Pipedrive",
            Integration::Pipeliner => "Pipeliner",
            Integration::PostmanScim => "Postman SCIM",
            Integration::PowerBi => "Power BI",
            Integration::QlikSense => "Qlik Sense",
            Integration::Salesforce => "Salesforce",
            Integration::Salesloft => "Salesloft",
            Integration::Segment => "Segment",
            Integration::Sentry => "Sentry",
            Integration::SlackEnterprise => "Slack Enterprise",
            Integration::Smartsheet => "Smartsheet",
            Integration::Snowflake => "Snowflake",
            Integration::Tableau => "Tableau",
            Integration::TeamViewer => "TeamViewer",
            Integration::TeamworkDesk => "Teamwork Desk",
            Integration::TeamworkProjectManagement => "Teamwork Project Management",
            Integration::TeamworkSpaces => "Teamwork Spaces",
            Integration::Trello => "Trello",
            Integration::Typeform => "Typeform",
            Integration::Vanta => "Vanta",
            Integration::Vercel => "Vercel",
            Integration::Webex => "Webex",
            Integration::Webflow => "Webflow",
            Integration::WordPress => "WordPress",
            Integration::Zendesk => "Zendesk",
            Integration::Zoom => "Zoom",
        }
    }

    /// Truto's slugs for it (`integration.name` of an integrated account); the first is
    /// canonical.
    pub fn slugs(self) -> &'static [&'static str] {
        match self {
            Integration::AdobeMarketoEngage => &["adobemarketoengage"],
            Integration::Airtable => &["airtable"],
            Integration::AirtableScim => &["airtablescim"],
            Integration::Asana => &["asana"],
            Integration::Atlassian => &["atlassian"],
            Integration::Auth0 => &["auth0"],
            Integration::AvalaraAvaTax => &["avalaraavatax"],
            Integration::AzureActiveDirectory => &["azureactivedirectory"],
            Integration::Box => &["box"],
            Integration::BrowserStack => &["browserstack"],
            Integration::Calendly => &["calendly"],
            Integration::Canva => &["canva"],
            Integration::CiscoMeraki => &["ciscomeraki"],
            Integration::ClickUp => &["clickup"],
            Integration::Cloudflare => &["cloudflare"],
            Integration::Confluent => &["confluent"],
            Integration::CrowdStrike => &["crowdstrike"],
            Integration::Databricks => &["databricks"],
            Integration::Datadog => &["datadog"],
            Integration::Dialpad => &["dialpad"],
            Integration::DocuSign => &["docusign"],
            Integration::DropboxBusiness => &["dropboxbusiness"],
            Integration::DropboxSignHelloSign => &["dropboxsignhellosign", "hellosign"],
            Integration::ElasticCloud => &["elasticcloud"],
            Integration::Figma => &["figma"],
            Integration::FigmaScim => &["figmascim"],
            Integration::FilesCom => &["filescom"],
            Integration::Fivetran => &["fivetran"],
            Integration::Freshdesk => &["freshdesk"],
            Integration::Freshservice => &["freshservice"],
            Integration::GitHub => &["github"],
            Integration::GitLab => &["gitlab"],
            Integration::GoogleWorkspace => &["googleworkspace"],
            Integration::HelpScout => &["helpscout"],
            Integration::Heroku => &["heroku"],
            Integration::HubSpot => &["hubspot"],
            Integration::Jamf => &["jamf"],
            Integration::JFrog => &["jfrog"],
            Integration::JumpCloud => &["jumpcloud"],
            Integration::KnowBe4Scim => &["knowbe4scim"],
            Integration::LastPass => &["lastpass"],
            Integration::Looker => &["looker"],
            Integration::ManageEngineServiceDeskPlus => &["manageengineservicedeskplus"],
            Integration::MiroScim => &["miroscim"],
            Integration::MondayCom => &["mondaycom"],
            Integration::MondayComScim => &["mondaycomscim"],
            Integration::NewRelic => &["newrelic"],
            Integration::NotionScim => &["notionscim"],
            Integration::Okta => &["okta"],
            Integration::Outreach => &["outreach"],
            Integration::PagerDuty => &["pagerduty"],
            Integration::PendoScim => &["pendoscim"],
            Integration::Pipedrive => &["pipedrive"],
            Integration::Pipeliner => &["pipeliner"],
            Integration::PostmanScim => &["postmanscim"],
            Integration::PowerBi => &["powerbi"],
            Integration::QlikSense => &["qliksense"],
            Integration::Salesforce => &["salesforce"],
            Integration::Salesloft => &["salesloft"],
            Integration::Segment => &["segment"],
            Integration::Sentry => &["sentry"],
            Integration::SlackEnterprise => &["slackenterprise"],
            Integration::Smartsheet => &["smartsheet"],
            Integration::Snowflake => &["snowflake"],
            Integration::Tableau => &["tableau"],
            Integration::TeamViewer => &["teamviewer"],
            Integration::TeamworkDesk => &["teamworkdesk"],
            Integration::TeamworkProjectManagement => &["teamworkprojectmanagement"],
            Integration::TeamworkSpaces => &["teamworkspaces"],
            Integration::Trello => &["trello"],
            Integration::Typeform => &["typeform"],
            Integration::Vanta => &["vanta"],
            Integration::Vercel => &["vercel"],
            Integration::Webex => &["webex"],
            Integration::Webflow => &["webflow"],
            Integration::WordPress => &["wordpress"],
            Integration::Zendesk => &["zendesk"],
            Integration::Zoom => &["zoom"],
        }
    }
}
