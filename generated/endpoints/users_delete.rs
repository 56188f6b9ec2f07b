// @generated from spec/endpoints/users-delete.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

use crate::spec::{
    AlreadyDone, Effect, EndpointSpec, Method, Offboarding, ResponseFieldSpec, RuleSpec,
};
use std::future::Future;
use crate::operation::{json_into, Item, SubSlot, SubValue};
use crate::validate::Field;
use crate::{Integration, Mode, ValidationReport};
/// `remove_from` on `users.delete`: Where to remove the user from.
///
/// A value outside the list is kept in `Unknown` and reported by the validator.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RemoveFrom {
    /// `group`
    Group,
    /// `organization`
    Organization,
    /// A value this spec does not know, kept as given or received (see `UnknownValue`).
    Unknown(crate::decode::UnknownValue),
}
impl RemoveFrom {
    /// The values this spec knows.
    pub const KNOWN: &'static [&'static str] = &["group", "organization"];
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Group => "group",
            Self::Organization => "organization",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
}
impl From<&str> for RemoveFrom {
    fn from(value: &str) -> Self {
        match value {
            "group" => Self::Group,
            "organization" => Self::Organization,
            other => Self::Unknown(crate::decode::UnknownValue::new(other)),
        }
    }
}
crate::decode::open_enum_traits!(RemoveFrom);
/// An item of `emails`: The emails of the user.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EmailItem {
    /// The email address.
    pub email: Option<String>,
    /// The type of email address.
    pub type_: Option<String>,
    /// Whether the email address is primary.
    pub is_primary: Option<bool>,
}
impl Item for EmailItem {
    const NAMES: &'static [&'static str] = &["email", "type", "is_primary"];
    #[inline]
    fn values(&self) -> Vec<SubValue<'_>> {
        Vec::from([
            SubValue::from(&self.email),
            SubValue::from(&self.type_),
            SubValue::from(&self.is_primary),
        ])
    }
    #[inline]
    fn slot(&mut self, name: &str) -> Option<SubSlot<'_>> {
        match name {
            "email" => Some((&mut self.email).into()),
            "type" => Some((&mut self.type_).into()),
            "is_primary" => Some((&mut self.is_primary).into()),
            _ => None,
        }
    }
}
crate::operation::item_traits!(EmailItem);
/// An item of `groups`: The groups of the user.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GroupItem {
    /// The unique identifier for a group.
    pub id: Option<String>,
    /// The name of the group.
    pub name: Option<String>,
    /// The unique identifier of the organization to which the group belongs.
    pub organization: Option<String>,
}
impl Item for GroupItem {
    const NAMES: &'static [&'static str] = &["id", "name", "organization"];
    #[inline]
    fn values(&self) -> Vec<SubValue<'_>> {
        Vec::from([
            SubValue::from(&self.id),
            SubValue::from(&self.name),
            SubValue::from(&self.organization),
        ])
    }
    #[inline]
    fn slot(&mut self, name: &str) -> Option<SubSlot<'_>> {
        match name {
            "id" => Some((&mut self.id).into()),
            "name" => Some((&mut self.name).into()),
            "organization" => Some((&mut self.organization).into()),
            _ => None,
        }
    }
}
crate::operation::item_traits!(GroupItem);
/// At least one of `organization_id`, `workspace_id`: what GitLab requires on `users.delete` (Either of
/// organization or workspace is required).
///
/// Built from one of them, so it can never be empty; add the others with the `and_…` methods.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationIdOrWorkspaceId {
    organization_id: Option<String>,
    workspace_id: Option<String>,
}
impl OrganizationIdOrWorkspaceId {
    const EMPTY: Self = Self {
        organization_id: None,
        workspace_id: None,
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
    /// Sets `workspace_id`.
    pub fn workspace_id(value: impl Into<String>) -> Self {
        Self::EMPTY.and_workspace_id(value)
    }
    /// Also sets `workspace_id`.
    pub fn and_workspace_id(mut self, value: impl Into<String>) -> Self {
        self.workspace_id = Some(value.into());
        self
    }
}
/// At least one of `groups`, `workspace`: what Vercel requires on `users.delete` (Either one of groups
/// or workspace is required).
///
/// Built from one of them, so it can never be empty; add the others with the `and_…` methods.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupsOrWorkspace {
    groups: Option<Vec<GroupItem>>,
    workspace: Option<String>,
}
impl GroupsOrWorkspace {
    const EMPTY: Self = Self {
        groups: None,
        workspace: None,
    };
    /// Sets `groups`.
    #[inline]
    pub fn groups(value: Vec<GroupItem>) -> Self {
        Self::EMPTY.and_groups(value)
    }
    /// Also sets `groups`.
    #[inline]
    pub fn and_groups(mut self, value: Vec<GroupItem>) -> Self {
        self.groups = Some(value);
        self
    }
    /// Sets `workspace`.
    pub fn workspace(value: impl Into<String>) -> Self {
        Self::EMPTY.and_workspace(value)
    }
    /// Also sets `workspace`.
    pub fn and_workspace(mut self, value: impl Into<String>) -> Self {
        self.workspace = Some(value.into());
        self
    }
}
/// Deletes a user in the connected application (or, where the integration supports it, removes the user
/// from a group, organization or workspace). The user is identified by the `id` path parameter; the
/// response is the User object.
///
/// `DELETE /unified/user-directory/users/{id}`. Irreversible: it destroys data that cannot be restored.
/// Idempotent: safe to retry after a lost response.
///
/// Every integration requires `id`, `integrated_account_id`: `new` takes them. An integration that
/// requires more has a `for_…` constructor whose arguments are exactly what it requires. `validate`
/// checks a request against any integration, reporting every problem at once.
///
/// Source: <https://truto.one/docs/api-reference/unified-user-directory-api/users/delete>.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteUser {
    /// The ID of the resource.
    ///
    /// Path parameter `id` · string.
    /// Required by every integration.
    pub id: String,
    /// Where to remove the user from.
    ///
    /// Query parameter `remove_from` · enum: `group`, `organization`.
    /// Required in: Asana.
    pub remove_from: Option<RemoveFrom>,
    /// The ID of the group or organization to remove the user from.
    ///
    /// Query parameter `remove_from_id` · string.
    /// Required in: Asana.
    pub remove_from_id: Option<String>,
    /// The unique identifier of the organization to remove the user from.
    ///
    /// Query parameter `organization_id` · string.
    /// Required in: Cisco Meraki, ClickUp, Elastic Cloud, GitHub, Trello.
    /// Supported in: GitLab.
    /// GitLab: Either of organization or workspace is required.
    /// Note for ClickUp: The ID of the organization to remove the user from.
    /// Note for GitHub: The unique identifier of an organization.
    /// Note for Trello: The unique identifier for the organization.
    pub organization_id: Option<String>,
    /// The unique identifier of the workspace to remove the user from.
    ///
    /// Query parameter `workspace_id` · string.
    /// Required in: Cisco Meraki, Monday.com, Slack Enterprise, Typeform, Webflow.
    /// Supported in: GitLab.
    /// GitLab: Either of organization or workspace is required.
    /// Note for Monday.com: The unique identifier for the workspace.
    /// Note for Slack Enterprise: The unique identifier for a group.
    /// Note for Typeform: The unique identifier for the workspace.
    pub workspace_id: Option<String>,
    /// The emails of the user.
    ///
    /// Query parameter `emails` · object[].
    /// Required in: BrowserStack.
    /// Supported in:
    /// Asana, Azure Active Directory, BigPanda, Box, Canva, Cloudflare, Datadog, Dialpad, Domo,
    /// Freshdesk,
    /// Dropbox Sign (HelloSign),
    /// Heroku, HubSpot, JumpCloud, juniper-mist, Kandji, KnowBe4, Microsoft 365, Miro SCIM, Notion SCIM,
    /// Okta, Outreach, PagerDuty, Pipedrive, Rootly,
    /// Salesforce, Salesloft, Smartsheet, SurveySparrow, Tableau, Teamwork Spaces,
    /// Zendesk.
    pub emails: Vec<EmailItem>,
    /// The groups of the user.
    ///
    /// Query parameter `groups` · object[].
    /// Supported in: Vercel.
    /// Vercel: Either one of groups or workspace is required.
    /// Assumed name and type: not recovered from the API pages (name and shape inferred from the Update
    /// Users page, <https://truto.one/docs/api-reference/unified-user-directory-api/users/update>
    /// \[inferred\]).
    pub groups: Vec<GroupItem>,
    /// The workspace to remove the user from.
    ///
    /// Query parameter `workspace` · string.
    /// Required in: Power BI, WordPress.
    /// Supported in: Vercel.
    /// Vercel: Either one of groups or workspace is required.
    /// Assumed name and type: not recovered from the API pages (name and shape inferred from the Update
    /// Users page, <https://truto.one/docs/api-reference/unified-user-directory-api/users/update>
    /// \[inferred\]).
    pub workspace: Option<String>,
    /// Set to true if you wish to delete user permanently.
    ///
    /// Query parameter `permanent_delete` · boolean.
    /// Supported in: TeamViewer.
    /// Assumed name: not recovered from the API pages
    /// (<https://truto.one/docs/api-reference/unified-user-directory-api/users/delete> lost this flag's
    /// name \[seen\]; permanent_delete is our assumed name \[inferred\]).
    pub permanent_delete: Option<bool>,
    /// The ID of the group to remove the user from.
    ///
    /// Query parameter `group_id` · string.
    /// Required in: Heroku.
    /// Supported in: GitLab.
    /// Assumed name: not recovered from the API pages (probably group_id:
    /// <https://www.truto.one/docs/api-reference/unified-user-directory-api/users/delete> lists group_id as
    /// required in Heroku \[inferred\]).
    pub group_id: Option<String>,
    /// The parameters of the `truto_query` group, shared with other endpoints: see
    /// [`TrutoQuery`](crate::TrutoQuery), and [`TrutoQuerySetters`](crate::TrutoQuerySetters) for their
    /// setters.
    pub truto_query: crate::TrutoQuery,
}
impl DeleteUser {
    /// A request with the parameters every integration requires.
    ///
    /// It fits every integration of this endpoint but those with a `for_…` constructor below.
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
    /// Sets `remove_from`: where to remove the user from.
    pub fn remove_from(mut self, value: impl Into<RemoveFrom>) -> Self {
        self.remove_from = Some(value.into());
        self
    }
    /// Sets `remove_from_id`: the ID of the group or organization to remove the user from.
    pub fn remove_from_id(mut self, value: impl Into<String>) -> Self {
        self.remove_from_id = Some(value.into());
        self
    }
    /// Sets `organization_id`: the unique identifier of the organization to remove the user from.
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        self.organization_id = Some(value.into());
        self
    }
    /// Sets `workspace_id`: the unique identifier of the workspace to remove the user from.
    pub fn workspace_id(mut self, value: impl Into<String>) -> Self {
        self.workspace_id = Some(value.into());
        self
    }
    /// Sets `emails`: the emails of the user.
    #[inline]
    pub fn emails(mut self, value: Vec<EmailItem>) -> Self {
        self.emails = value;
        self
    }
    /// Sets `groups`: the groups of the user.
    #[inline]
    pub fn groups(mut self, value: Vec<GroupItem>) -> Self {
        self.groups = value;
        self
    }
    /// Sets `workspace`: the workspace to remove the user from.
    pub fn workspace(mut self, value: impl Into<String>) -> Self {
        self.workspace = Some(value.into());
        self
    }
    /// Sets `permanent_delete`: set to true if you wish to delete user permanently.
    #[inline]
    pub fn permanent_delete(mut self, value: bool) -> Self {
        self.permanent_delete = Some(value);
        self
    }
    /// Sets `group_id`: the ID of the group to remove the user from.
    pub fn group_id(mut self, value: impl Into<String>) -> Self {
        self.group_id = Some(value.into());
        self
    }
    /// A `users.delete` request for Asana, which also requires `remove_from`; `remove_from_id`. It also
    /// accepts `emails`.
    #[inline]
    pub fn for_asana(
        id: &str,
        integrated_account_id: &str,
        remove_from: impl Into<RemoveFrom>,
        remove_from_id: &str,
    ) -> Self {
        let mut request = Self::new(id, integrated_account_id);
        request.remove_from = Some(remove_from.into());
        request.remove_from_id = Some(remove_from_id.into());
        request
    }
    /// A `users.delete` request for BrowserStack, which also requires `emails`.
    #[inline]
    pub fn for_browserstack(
        id: &str,
        integrated_account_id: &str,
        emails: Vec<EmailItem>,
    ) -> Self {
        let mut request = Self::new(id, integrated_account_id);
        request.emails = emails;
        request
    }
    /// A `users.delete` request for Cisco Meraki, which also requires `organization_id`; `workspace_id`.
    #[inline]
    pub fn for_cisco_meraki(
        id: &str,
        integrated_account_id: &str,
        organization_id: &str,
        workspace_id: &str,
    ) -> Self {
        let mut request = Self::new(id, integrated_account_id);
        request.organization_id = Some(organization_id.into());
        request.workspace_id = Some(workspace_id.into());
        request
    }
    /// A `users.delete` request for ClickUp, which also requires `organization_id` (the ID of the
    /// organization to remove the user from).
    #[inline]
    pub fn for_clickup(
        id: &str,
        integrated_account_id: &str,
        organization_id: &str,
    ) -> Self {
        let mut request = Self::new(id, integrated_account_id);
        request.organization_id = Some(organization_id.into());
        request
    }
    /// A `users.delete` request for Elastic Cloud, which also requires `organization_id`.
    #[inline]
    pub fn for_elastic_cloud(
        id: &str,
        integrated_account_id: &str,
        organization_id: &str,
    ) -> Self {
        let mut request = Self::new(id, integrated_account_id);
        request.organization_id = Some(organization_id.into());
        request
    }
    /// A `users.delete` request for GitHub, which also requires `organization_id` (the unique identifier of
    /// an organization).
    #[inline]
    pub fn for_github(
        id: &str,
        integrated_account_id: &str,
        organization_id: &str,
    ) -> Self {
        let mut request = Self::new(id, integrated_account_id);
        request.organization_id = Some(organization_id.into());
        request
    }
    /// A `users.delete` request for GitLab, which also requires at least one of `organization_id`,
    /// `workspace_id` (either of organization or workspace is required). It also accepts `organization_id`,
    /// `workspace_id`, `group_id`.
    #[inline]
    pub fn for_gitlab(
        id: &str,
        integrated_account_id: &str,
        organization_id_or_workspace_id: OrganizationIdOrWorkspaceId,
    ) -> Self {
        let mut request = Self::new(id, integrated_account_id);
        request.organization_id = organization_id_or_workspace_id.organization_id;
        request.workspace_id = organization_id_or_workspace_id.workspace_id;
        request
    }
    /// A `users.delete` request for Heroku, which also requires `group_id`. It also accepts `emails`.
    #[inline]
    pub fn for_heroku(id: &str, integrated_account_id: &str, group_id: &str) -> Self {
        let mut request = Self::new(id, integrated_account_id);
        request.group_id = Some(group_id.into());
        request
    }
    /// A `users.delete` request for Monday.com, which also requires `workspace_id` (the unique identifier
    /// for the workspace).
    #[inline]
    pub fn for_monday_com(
        id: &str,
        integrated_account_id: &str,
        workspace_id: &str,
    ) -> Self {
        let mut request = Self::new(id, integrated_account_id);
        request.workspace_id = Some(workspace_id.into());
        request
    }
    /// A `users.delete` request for Power BI, which also requires `workspace`.
    #[inline]
    pub fn for_power_bi(id: &str, integrated_account_id: &str, workspace: &str) -> Self {
        let mut request = Self::new(id, integrated_account_id);
        request.workspace = Some(workspace.into());
        request
    }
    /// A `users.delete` request for Slack Enterprise, which also requires `workspace_id` (the unique
    /// identifier for a group).
    #[inline]
    pub fn for_slack_enterprise(
        id: &str,
        integrated_account_id: &str,
        workspace_id: &str,
    ) -> Self {
        let mut request = Self::new(id, integrated_account_id);
        request.workspace_id = Some(workspace_id.into());
        request
    }
    /// A `users.delete` request for Trello, which also requires `organization_id` (the unique identifier
    /// for the organization).
    #[inline]
    pub fn for_trello(
        id: &str,
        integrated_account_id: &str,
        organization_id: &str,
    ) -> Self {
        let mut request = Self::new(id, integrated_account_id);
        request.organization_id = Some(organization_id.into());
        request
    }
    /// A `users.delete` request for Typeform, which also requires `workspace_id` (the unique identifier for
    /// the workspace).
    #[inline]
    pub fn for_typeform(
        id: &str,
        integrated_account_id: &str,
        workspace_id: &str,
    ) -> Self {
        let mut request = Self::new(id, integrated_account_id);
        request.workspace_id = Some(workspace_id.into());
        request
    }
    /// A `users.delete` request for Vercel, which also requires at least one of `groups`, `workspace`
    /// (either one of groups or workspace is required). It also accepts `groups`, `workspace`.
    #[inline]
    pub fn for_vercel(
        id: &str,
        integrated_account_id: &str,
        groups_or_workspace: GroupsOrWorkspace,
    ) -> Self {
        let mut request = Self::new(id, integrated_account_id);
        if let Some(v) = groups_or_workspace.groups {
            request.groups = v;
        }
        request.workspace = groups_or_workspace.workspace;
        request
    }
    /// A `users.delete` request for Webflow, which also requires `workspace_id`.
    #[inline]
    pub fn for_webflow(
        id: &str,
        integrated_account_id: &str,
        workspace_id: &str,
    ) -> Self {
        let mut request = Self::new(id, integrated_account_id);
        request.workspace_id = Some(workspace_id.into());
        request
    }
    /// A `users.delete` request for WordPress, which also requires `workspace`.
    #[inline]
    pub fn for_wordpress(
        id: &str,
        integrated_account_id: &str,
        workspace: &str,
    ) -> Self {
        let mut request = Self::new(id, integrated_account_id);
        request.workspace = Some(workspace.into());
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
            "id" => json_into(&mut self.id, value),
            "remove_from" => json_into(&mut self.remove_from, value),
            "remove_from_id" => json_into(&mut self.remove_from_id, value),
            "organization_id" => json_into(&mut self.organization_id, value),
            "workspace_id" => json_into(&mut self.workspace_id, value),
            "emails" => json_into(&mut self.emails, value),
            "groups" => json_into(&mut self.groups, value),
            "workspace" => json_into(&mut self.workspace, value),
            "permanent_delete" => json_into(&mut self.permanent_delete, value),
            "group_id" => json_into(&mut self.group_id, value),
            _ if crate::TrutoQuery::NAMES.contains(&name) => {
                self.truto_query.set_parameter(name, value)?
            }
            _ => return None,
        };
        Some(set)
    }
}
crate::operation::request_traits!(DeleteUser);
impl crate::TrutoQuerySetters for DeleteUser {
    #[inline]
    fn truto_query_mut(&mut self) -> &mut crate::TrutoQuery {
        &mut self.truto_query
    }
}
impl crate::Operation for DeleteUser {
    type Response = crate::User;
    #[inline]
    fn spec() -> &'static EndpointSpec {
        &SPEC
    }
    #[inline]
    fn fields(&self) -> Vec<Field<'_>> {
        let mut fields = Field::set(
            &[
                (&parameters::ID, &self.id),
                (&parameters::REMOVE_FROM, &self.remove_from),
                (&parameters::REMOVE_FROM_ID, &self.remove_from_id),
                (&parameters::ORGANIZATION_ID, &self.organization_id),
                (&parameters::WORKSPACE_ID, &self.workspace_id),
                (&parameters::EMAILS, &self.emails),
                (&parameters::GROUPS, &self.groups),
                (&parameters::WORKSPACE, &self.workspace),
                (&parameters::PERMANENT_DELETE, &self.permanent_delete),
                (&parameters::GROUP_ID, &self.group_id),
            ],
        );
        fields.extend(self.truto_query.fields());
        fields
    }
}
impl crate::Client {
    /// `DELETE /unified/user-directory/users/{id}`: Delete Users.
    ///
    /// Validates `request` for `integration` (looked up from the integrated account when `None`), sends it
    /// with the client's retry policy and decodes the response.
    #[inline]
    pub fn delete_user<'a>(
        &'a self,
        request: &'a DeleteUser,
        integration: Option<Integration>,
    ) -> impl Future<Output = Result<crate::Response<crate::User>, crate::Error>> + 'a {
        self.send(request, integration)
    }
}

/// Everything the spec says about `users.delete`, as data.
pub static SPEC: EndpointSpec = EndpointSpec {
    name: "users.delete",
    rust_name: "DeleteUser",
    summary: "Delete Users",
    method: Method::Delete,
    path: "/unified/user-directory/users/{id}",
    description: "Deletes a user in the connected application (or, where the integration supports it, removes the \
        user from a group, organization or workspace). The user is identified by the `id` path parameter; the \
        response is the User object.",
    idempotent: true,
    irreversible: true,
    admin: false,
    integrations: &[
        Integration::AdobeMarketoEngage, Integration::Airtable, Integration::AirtableScim,
        Integration::Asana, Integration::Atlassian, Integration::Auth0, Integration::AzureActiveDirectory,
        Integration::Box, Integration::BrowserStack,
        Integration::Calendly, Integration::Canva,
        Integration::CiscoMeraki, Integration::ClickUp, Integration::Cloudflare,
        Integration::Confluent, Integration::CrowdStrike,
        Integration::Databricks, Integration::Datadog, Integration::Dialpad,
        Integration::DocuSign, Integration::DropboxBusiness,
        Integration::ElasticCloud,
        Integration::Figma, Integration::FigmaScim, Integration::FilesCom, Integration::Fivetran,
        Integration::Freshdesk, Integration::Freshservice,
        Integration::GitHub, Integration::GitLab, Integration::GoogleWorkspace,
        Integration::DropboxSignHelloSign,
        Integration::HelpScout, Integration::Heroku, Integration::HubSpot,
        Integration::Jamf, Integration::JFrog, Integration::JumpCloud, Integration::KnowBe4Scim,
        Integration::LastPass, Integration::Looker,
        Integration::ManageEngineServiceDeskPlus, Integration::MiroScim,
        Integration::MondayCom, Integration::MondayComScim,
        Integration::NewRelic, Integration::NotionScim,
        Integration::Okta, Integration::Outreach,
        Integration::PagerDuty, Integration::PendoScim, Integration::Pipedrive, Integration::Pipeliner,
        Integration::PostmanScim, Integration::PowerBi,
        Integration::QlikSense,
        Integration::Salesforce, Integration::Salesloft, Integration::Segment, Integration::Sentry,
        Integration::SlackEnterprise, Integration::Smartsheet, Integration::Snowflake,
        Integration::Tableau,
        Integration::TeamViewer,
        Integration::TeamworkDesk,
        Integration::TeamworkProjectManagement,
        Integration::TeamworkSpaces,
        Integration::Trello, Integration::Typeform,
        Integration::Vercel, Integration::Webex, Integration::Webflow, Integration::WordPress,
        Integration::Zendesk, Integration::Zoom,
        Integration::AvalaraAvaTax, Integration::BigPanda, Integration::BlackLine, Integration::Domo,
        Integration::Google,
        Integration::Ironclad,
        Integration::Jira, Integration::JostleScim, Integration::JuniperMist, Integration::Kandji, Integration::KnowBe4,
        Integration::Microsoft365,
        Integration::OpenVPNCloudConnexa, Integration::Opsgenie, Integration::Pinpoint,
        Integration::QualtricsCoreXM, Integration::Rootly,
        Integration::SolarWindsServiceDesk, Integration::Sophos, Integration::SurveySparrow,
        Integration::VeevaVault, Integration::ZohoBigin,
    ],
    response_formats: &[crate::ResponseFormat::Unified, crate::ResponseFormat::Raw, crate::ResponseFormat::Normalized],
    list: None,
    parameters: &[
        &parameters::ID,
        &parameters::REMOVE_FROM,
        &parameters::REMOVE_FROM_ID,
        &parameters::ORGANIZATION_ID,
        &parameters::WORKSPACE_ID,
        &parameters::EMAILS,
        &parameters::GROUPS,
        &parameters::WORKSPACE,
        &parameters::PERMANENT_DELETE,
        &parameters::GROUP_ID,
        &crate::common::truto_query::INTEGRATED_ACCOUNT_ID,
        &crate::common::truto_query::TRUTO_RESPONSE_FORMAT,
        &crate::common::truto_query::TRUTO_IGNORE_REMOTE_DATA,
        &crate::common::truto_query::TRUTO_EXCLUDE_FIELDS,
        &crate::common::truto_query::REMOTE_QUERY,
    ],
    rules: &[
        RuleSpec {
            integration: Integration::GitLab,
            at_least_one_of: &["organization_id", "workspace_id"],
            note: "Either of organization or workspace is required.",
        },
        RuleSpec {
            integration: Integration::Vercel,
            at_least_one_of: &["groups", "workspace"],
            note: "Either one of groups or workspace is required.",
        },
    ],
    offboarding: Some(Offboarding {
        operation: "delete",
        rank: 3,
        effect: Effect::Removes,
        already_done: &[
            AlreadyDone { status: 404, remote: true, meaning: "the user no longer exists" },
        ],
    }),
    revoke: None,
    unnamed_integrations: None,
    deprecated: None,
    wrapped: None,
    response_model: "User",
    response_fields: &[
        ResponseFieldSpec { name: "id", supported_in: &[
            Integration::Asana, Integration::AzureActiveDirectory, Integration::Box,
            Integration::Canva, Integration::Cloudflare, Integration::Datadog, Integration::Dialpad,
            Integration::Freshdesk, Integration::GitLab,
            Integration::DropboxSignHelloSign,
            Integration::Heroku, Integration::HubSpot, Integration::JumpCloud,
            Integration::MiroScim, Integration::NotionScim,
            Integration::Okta, Integration::Outreach, Integration::PagerDuty, Integration::Pipedrive,
            Integration::Salesforce, Integration::Salesloft, Integration::Smartsheet,
            Integration::Tableau, Integration::TeamworkSpaces,
            Integration::Zendesk,
        ] },
        ResponseFieldSpec { name: "external_id", supported_in: &[
            Integration::Canva, Integration::MiroScim, Integration::NotionScim,
        ] },
        ResponseFieldSpec { name: "first_name", supported_in: &[
            Integration::Asana, Integration::AzureActiveDirectory,
            Integration::Canva, Integration::Cloudflare, Integration::Dialpad,
            Integration::JumpCloud, Integration::MiroScim, Integration::NotionScim,
            Integration::Okta, Integration::Outreach,
            Integration::Salesforce, Integration::Salesloft, Integration::Smartsheet, Integration::TeamworkSpaces,
        ] },
        ResponseFieldSpec { name: "last_name", supported_in: &[
            Integration::Asana, Integration::AzureActiveDirectory,
            Integration::Canva, Integration::Cloudflare, Integration::Dialpad,
            Integration::JumpCloud, Integration::MiroScim, Integration::NotionScim,
            Integration::Okta, Integration::Outreach,
            Integration::Salesforce, Integration::Salesloft, Integration::Smartsheet, Integration::TeamworkSpaces,
        ] },
        ResponseFieldSpec { name: "title", supported_in: &[
            Integration::Canva, Integration::JumpCloud, Integration::Salesloft,
        ] },
        ResponseFieldSpec { name: "name", supported_in: &[
            Integration::Asana, Integration::AzureActiveDirectory, Integration::Box,
            Integration::Canva, Integration::Cloudflare, Integration::Datadog, Integration::Dialpad,
            Integration::Freshdesk,
            Integration::DropboxSignHelloSign,
            Integration::Heroku, Integration::JumpCloud, Integration::MiroScim, Integration::NotionScim,
            Integration::Okta, Integration::Outreach, Integration::PagerDuty, Integration::Pipedrive,
            Integration::Salesforce, Integration::Salesloft, Integration::Smartsheet,
            Integration::Tableau, Integration::TeamworkSpaces,
            Integration::Zendesk,
        ] },
        ResponseFieldSpec { name: "username", supported_in: &[
            Integration::Canva, Integration::Datadog,
            Integration::JumpCloud, Integration::MiroScim, Integration::NotionScim,
            Integration::Okta, Integration::Outreach, Integration::Salesforce,
        ] },
        ResponseFieldSpec { name: "emails", supported_in: &[
            Integration::Asana, Integration::AzureActiveDirectory, Integration::Box,
            Integration::Canva, Integration::Cloudflare, Integration::Datadog, Integration::Dialpad,
            Integration::Freshdesk,
            Integration::DropboxSignHelloSign,
            Integration::Heroku, Integration::HubSpot, Integration::JumpCloud,
            Integration::MiroScim, Integration::NotionScim,
            Integration::Okta, Integration::Outreach, Integration::PagerDuty, Integration::Pipedrive,
            Integration::Salesforce, Integration::Salesloft, Integration::Smartsheet,
            Integration::Tableau, Integration::TeamworkSpaces,
            Integration::Zendesk,
        ] },
        ResponseFieldSpec { name: "phones", supported_in: &[
            Integration::AzureActiveDirectory, Integration::Box, Integration::Canva, Integration::Dialpad,
            Integration::Freshdesk,
            Integration::JumpCloud, Integration::MiroScim, Integration::NotionScim,
            Integration::Okta, Integration::Outreach, Integration::Pipedrive, Integration::Salesforce,
            Integration::Zendesk,
        ] },
        ResponseFieldSpec { name: "status", supported_in: &[
            Integration::Asana, Integration::AzureActiveDirectory, Integration::Box,
            Integration::Canva, Integration::Cloudflare, Integration::Datadog, Integration::Dialpad,
            Integration::Freshdesk,
            Integration::DropboxSignHelloSign,
            Integration::JumpCloud, Integration::MiroScim, Integration::NotionScim,
            Integration::Okta, Integration::Outreach, Integration::Pipedrive,
            Integration::Salesforce, Integration::Salesloft, Integration::Smartsheet,
            Integration::Tableau, Integration::TeamworkSpaces,
            Integration::Zendesk,
        ] },
        ResponseFieldSpec { name: "is_email_verified", supported_in: &[Integration::Datadog] },
        ResponseFieldSpec { name: "is_2fa_enabled", supported_in: &[
            Integration::Cloudflare, Integration::Heroku, Integration::Zendesk,
        ] },
        ResponseFieldSpec { name: "roles", supported_in: &[
            Integration::AzureActiveDirectory,
            Integration::Canva, Integration::Cloudflare, Integration::Datadog, Integration::Dialpad,
            Integration::Freshdesk,
            Integration::DropboxSignHelloSign,
            Integration::Heroku, Integration::HubSpot, Integration::MiroScim, Integration::NotionScim,
            Integration::Outreach, Integration::PagerDuty,
            Integration::Salesforce, Integration::Salesloft, Integration::Smartsheet,
            Integration::Tableau, Integration::TeamworkSpaces,
            Integration::Zendesk,
        ] },
        ResponseFieldSpec { name: "organizations", supported_in: &[
            Integration::Asana, Integration::Dialpad, Integration::JumpCloud, Integration::TeamworkSpaces,
        ] },
        ResponseFieldSpec { name: "user_type", supported_in: &[
            Integration::Canva, Integration::DropboxSignHelloSign, Integration::TeamworkSpaces,
        ] },
        ResponseFieldSpec { name: "licenses", supported_in: &[
            Integration::AzureActiveDirectory, Integration::Canva, Integration::Dialpad, Integration::Freshdesk,
            Integration::JumpCloud,
            Integration::Outreach, Integration::Pipedrive,
            Integration::Salesloft, Integration::Smartsheet, Integration::Tableau, Integration::TeamworkSpaces,
            Integration::Zendesk,
        ] },
        ResponseFieldSpec { name: "groups", supported_in: &[
            Integration::Canva, Integration::DropboxSignHelloSign, Integration::MiroScim, Integration::NotionScim,
            Integration::Salesloft,
        ] },
        ResponseFieldSpec { name: "avatar", supported_in: &[
            Integration::Asana, Integration::Box, Integration::Canva, Integration::Datadog, Integration::Dialpad,
            Integration::PagerDuty, Integration::Pipedrive, Integration::Salesforce, Integration::TeamworkSpaces,
            Integration::Zendesk,
        ] },
        ResponseFieldSpec { name: "timezone", supported_in: &[
            Integration::Box, Integration::Canva, Integration::Dialpad, Integration::Freshdesk,
            Integration::Okta, Integration::Outreach, Integration::PagerDuty, Integration::Pipedrive,
            Integration::Salesforce, Integration::Salesloft,
            Integration::Zendesk,
        ] },
        ResponseFieldSpec { name: "languages", supported_in: &[
            Integration::AzureActiveDirectory, Integration::Box, Integration::Canva, Integration::Dialpad,
            Integration::Freshdesk,
            Integration::DropboxSignHelloSign,
            Integration::Okta, Integration::Outreach, Integration::Salesforce,
        ] },
        ResponseFieldSpec { name: "bio", supported_in: &[Integration::Datadog, Integration::Salesforce] },
        ResponseFieldSpec { name: "created_at", supported_in: &[
            Integration::AzureActiveDirectory, Integration::Box,
            Integration::Canva, Integration::Datadog, Integration::Dialpad,
            Integration::Freshdesk,
            Integration::Heroku, Integration::JumpCloud, Integration::MiroScim, Integration::NotionScim,
            Integration::Okta, Integration::Outreach, Integration::Pipedrive,
            Integration::Salesforce, Integration::Salesloft, Integration::TeamworkSpaces,
            Integration::Zendesk,
        ] },
        ResponseFieldSpec { name: "updated_at", supported_in: &[
            Integration::Box, Integration::Canva, Integration::Datadog, Integration::Freshdesk,
            Integration::Heroku, Integration::MiroScim, Integration::NotionScim,
            Integration::Okta, Integration::Outreach, Integration::Pipedrive,
            Integration::Salesforce, Integration::Salesloft, Integration::TeamworkSpaces,
            Integration::Zendesk,
        ] },
        ResponseFieldSpec { name: "last_active_at", supported_in: &[Integration::Freshdesk] },
        ResponseFieldSpec { name: "last_login_at", supported_in: &[
            Integration::AzureActiveDirectory, Integration::Freshdesk,
            Integration::Okta, Integration::Outreach, Integration::Pipedrive,
            Integration::Salesforce, Integration::Smartsheet, Integration::Tableau,
            Integration::Zendesk,
        ] },
        ResponseFieldSpec { name: "status_changed_at", supported_in: &[Integration::Okta] },
        ResponseFieldSpec { name: "activated_at", supported_in: &[
            Integration::Dialpad, Integration::Okta, Integration::Outreach,
        ] },
        ResponseFieldSpec { name: "urls", supported_in: &[Integration::Canva] },
    ],
    presence: &PRESENCE,
    api: &crate::API,
};
/// What `users.delete`'s parameters ask of a request, by integration (computed at compile time).
static PRESENCE: crate::spec::Presences = crate::spec::Presences::of(&SPEC);

/// The entries of the endpoint's own parameters, one `static` each.
mod parameters {
    use crate::Integration;
    use crate::spec::{
        Acceptance, Example, Location, Note, ParamRole, ParamType, ParameterSpec, SubFieldSpec, SubFieldType,
    };

    pub(super) static ID: ParameterSpec = ParameterSpec::new(
        "id", Location::Path, ParamType::String,
        Acceptance::Required, "The ID of the resource.",
    )
    .role(ParamRole::User)
    .example(Example::Text("23423523"));

    pub(super) static REMOVE_FROM: ParameterSpec = ParameterSpec::new(
        "remove_from", Location::Query, ParamType::Enum(&["group", "organization"]),
        Acceptance::required_in(&[Integration::Asana]), "Where to remove the user from",
    )
    .example(Example::Text("organization"));

    pub(super) static REMOVE_FROM_ID: ParameterSpec = ParameterSpec::new(
        "remove_from_id", Location::Query, ParamType::String,
        Acceptance::required_in(&[Integration::Asana]), "The ID of the group or organization to remove the user from.",
    )
    .example(Example::Text("1200000000000000"));

    pub(super) static ORGANIZATION_ID: ParameterSpec = ParameterSpec::new(
        "organization_id", Location::Query, ParamType::String,
        Acceptance::Listed {
            required_in: &[
                Integration::CiscoMeraki, Integration::ClickUp, Integration::ElasticCloud, Integration::GitHub,
                Integration::Trello,
            ],
            supported_in: &[Integration::GitLab],
        },
        "The unique identifier of the organization to remove the user from.",
    )
    .notes(&[
        Note { integration: Integration::ClickUp, text: "The ID of the organization to remove the user from" },
        Note { integration: Integration::GitHub, text: "The unique identifier of an organization" },
        Note { integration: Integration::GitLab, text: "Either of organization or workspace is required." },
        Note { integration: Integration::Trello, text: "The unique identifier for the organization" },
    ])
    .example(Example::Text("acme"));

    pub(super) static WORKSPACE_ID: ParameterSpec = ParameterSpec::new(
        "workspace_id", Location::Query, ParamType::String,
        Acceptance::Listed {
            required_in: &[
                Integration::CiscoMeraki, Integration::MondayCom,
                Integration::SlackEnterprise, Integration::Typeform, Integration::Webflow,
            ],
            supported_in: &[Integration::GitLab],
        },
        "The unique identifier of the workspace to remove the user from.",
    )
    .notes(&[
        Note { integration: Integration::GitLab, text: "Either of organization or workspace is required." },
        Note { integration: Integration::MondayCom, text: "The unique identifier for the workspace" },
        Note { integration: Integration::SlackEnterprise, text: "The unique identifier for a group" },
        Note { integration: Integration::Typeform, text: "The unique identifier for the workspace" },
    ])
    .example(Example::Text("T0123456"));

    pub(super) static EMAILS: ParameterSpec = ParameterSpec::new(
        "emails", Location::Query, ParamType::ObjectArray(&[
            SubFieldSpec { name: "email", ty: SubFieldType::String, description: "The email address" },
            SubFieldSpec { name: "type", ty: SubFieldType::String, description: "The type of email address" },
            SubFieldSpec { name: "is_primary", ty: SubFieldType::Boolean, description: "Whether the email address is \
                primary" },
        ]),
        Acceptance::Listed {
            required_in: &[Integration::BrowserStack],
            supported_in: &[
                Integration::Asana, Integration::AzureActiveDirectory, Integration::BigPanda, Integration::Box,
                Integration::Canva, Integration::Cloudflare,
                Integration::Datadog, Integration::Dialpad, Integration::Domo,
                Integration::Freshdesk,
                Integration::DropboxSignHelloSign,
                Integration::Heroku, Integration::HubSpot,
                Integration::JumpCloud, Integration::JuniperMist, Integration::Kandji, Integration::KnowBe4,
                Integration::Microsoft365, Integration::MiroScim, Integration::NotionScim,
                Integration::Okta, Integration::Outreach, Integration::PagerDuty, Integration::Pipedrive,
                Integration::Rootly,
                Integration::Salesforce, Integration::Salesloft, Integration::Smartsheet, Integration::SurveySparrow,
                Integration::Tableau, Integration::TeamworkSpaces,
                Integration::Zendesk,
            ],
        },
        "The emails of the user",
    )
    .example(Example::Json("[{\"email\":\"ada@example.com\"}]"));

    pub(super) static GROUPS: ParameterSpec = ParameterSpec::new(
        "groups", Location::Query, ParamType::ObjectArray(&[
            SubFieldSpec { name: "id", ty: SubFieldType::String, description: "The unique identifier for a group" },
            SubFieldSpec { name: "name", ty: SubFieldType::String, description: "The name of the group" },
            SubFieldSpec { name: "organization", ty: SubFieldType::String, description: "The unique identifier of the \
                organization to which the group belongs" },
        ]),
        Acceptance::supported_in(&[Integration::Vercel]), "The groups of the user",
    )
    .notes(&[
        Note { integration: Integration::Vercel, text: "Either one of groups or workspace is required." },
    ])
    .assumed(&["name", "type"])
    .example(Example::Json("[{\"id\":\"team_123\"}]"));

    pub(super) static WORKSPACE: ParameterSpec = ParameterSpec::new(
        "workspace", Location::Query, ParamType::String,
        Acceptance::Listed {
            required_in: &[Integration::PowerBi, Integration::WordPress],
            supported_in: &[Integration::Vercel],
        },
        "The workspace to remove the user from.",
    )
    .notes(&[
        Note { integration: Integration::Vercel, text: "Either one of groups or workspace is required." },
    ])
    .assumed(&["name", "type"])
    .example(Example::Text("workspace_123"));

    pub(super) static PERMANENT_DELETE: ParameterSpec = ParameterSpec::new(
        "permanent_delete", Location::Query, ParamType::Boolean,
        Acceptance::supported_in(&[Integration::TeamViewer]), "Set to true if you wish to delete user permanently.",
    )
    .irreversible()
    .assumed(&["name"]);

    pub(super) static GROUP_ID: ParameterSpec = ParameterSpec::new(
        "group_id", Location::Query, ParamType::String,
        Acceptance::Listed {
            required_in: &[Integration::Heroku],
            supported_in: &[Integration::GitLab],
        },
        "The ID of the group to remove the user from.",
    )
    .assumed(&["name"])
    .example(Example::Text("group_123"));
}
