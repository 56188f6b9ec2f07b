// @generated from spec/endpoints/users-delete.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

/// `remove_from` on `users.delete`: Where to remove the user from
///
/// A value outside the list is kept in `Unknown` and reported by the validator.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RemoveFrom {
    /// `group`
    Group,
    /// `organization`
    Organization,
    /// A value this spec does not know, kept exactly as given or received.
    Unknown(String),
}

impl RemoveFrom {
    /// The values this spec knows.
    pub const KNOWN: &'static [&'static str] = &["group", "organization"];
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Group => "group",
            Self::Organization => "organization",
            Self::Unknown(raw) => raw,
        }
    }

    /// Whether the value is one this spec knows.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for RemoveFrom {
    fn from(value: &str) -> Self {
        match value {
            "group" => Self::Group,
            "organization" => Self::Organization,
            other => Self::Unknown(other.to_string()),
        }
    }
}

impl From<String> for RemoveFrom {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}

impl std::fmt::Display for RemoveFrom {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RemoveFrom {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RemoveFrom {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value))
    }
}

/// An item of `emails`: The emails of the user
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmailItem {
    /// The email address
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The type of email address
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Whether the email address is primary
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_primary: Option<bool>,
}

impl EmailItem {
    /// The item as JSON, with only the sub-fields that are set.
    pub fn to_json(&self) -> serde_json::Value {
        let mut map = serde_json::Map::new();
        if let Some(v) = &self.email {
            map.insert("email".to_string(), serde_json::Value::String(v.clone()));
        }
        if let Some(v) = &self.type_ {
            map.insert("type".to_string(), serde_json::Value::String(v.clone()));
        }
        if let Some(v) = &self.is_primary {
            map.insert("is_primary".to_string(), serde_json::Value::Bool(*v));
        }
        serde_json::Value::Object(map)
    }
}

/// An item of `groups`: The groups of the user
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupItem {
    /// The unique identifier for a group
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the group
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The unique identifier of the organization to which the group belongs
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
}

impl GroupItem {
    /// The item as JSON, with only the sub-fields that are set.
    pub fn to_json(&self) -> serde_json::Value {
        let mut map = serde_json::Map::new();
        if let Some(v) = &self.id {
            map.insert("id".to_string(), serde_json::Value::String(v.clone()));
        }
        if let Some(v) = &self.name {
            map.insert("name".to_string(), serde_json::Value::String(v.clone()));
        }
        if let Some(v) = &self.organization {
            map.insert("organization".to_string(), serde_json::Value::String(v.clone()));
        }
        serde_json::Value::Object(map)
    }
}

/// At least one of `organization_id`, `workspace_id`: what GitLab requires on `users.delete` (Either of organization or workspace is required.).
///
/// Built from one of them, so it can never be empty; add the others with the `and_…` methods.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationIdOrWorkspaceId {
    organization_id: Option<String>,
    workspace_id: Option<String>,
}

impl OrganizationIdOrWorkspaceId {
    /// Sets `organization_id`.
    pub fn organization_id(value: impl Into<String>) -> Self {
        Self {
            organization_id: Some(value.into()),
            workspace_id: None,
        }
    }

    /// Also sets `organization_id`.
    pub fn and_organization_id(mut self, value: impl Into<String>) -> Self {
        self.organization_id = Some(value.into());
        self
    }

    /// Sets `workspace_id`.
    pub fn workspace_id(value: impl Into<String>) -> Self {
        Self {
            workspace_id: Some(value.into()),
            organization_id: None,
        }
    }

    /// Also sets `workspace_id`.
    pub fn and_workspace_id(mut self, value: impl Into<String>) -> Self {
        self.workspace_id = Some(value.into());
        self
    }
}

/// At least one of `groups`, `workspace`: what Vercel requires on `users.delete` (Either one of groups or workspace is required.).
///
/// Built from one of them, so it can never be empty; add the others with the `and_…` methods.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupsOrWorkspace {
    groups: Option<Vec<GroupItem>>,
    workspace: Option<String>,
}

impl GroupsOrWorkspace {
    /// Sets `groups`.
    pub fn groups(value: Vec<GroupItem>) -> Self {
        Self {
            groups: Some(value),
            workspace: None,
        }
    }

    /// Also sets `groups`.
    pub fn and_groups(mut self, value: Vec<GroupItem>) -> Self {
        self.groups = Some(value);
        self
    }

    /// Sets `workspace`.
    pub fn workspace(value: impl Into<String>) -> Self {
        Self {
            workspace: Some(value.into()),
            groups: None,
        }
    }

    /// Also sets `workspace`.
    pub fn and_workspace(mut self, value: impl Into<String>) -> Self {
        self.workspace = Some(value.into());
        self
    }
}

/// Everything the spec says about `users.delete`, as data.
pub static SPEC: crate::spec::EndpointSpec = crate::spec::EndpointSpec {
    name: "users.delete",
    rust_name: "DeleteUser",
    summary: "Delete Users",
    method: "DELETE",
    path: "/unified/user-directory/users/{id}",
    description: "Deletes a user in the connected application (or, where the integration supports it, removes the user from a group, organization or workspace). The user is identified by the `id` path parameter; the response is the User object.",
    idempotent: true,
    irreversible: true,
    integrations: &[
        crate::Integration::AdobeMarketoEngage,
        crate::Integration::Airtable,
        crate::Integration::AirtableScim,
        crate::Integration::Asana,
        crate::Integration::Atlassian,
        crate::Integration::Auth0,
        crate::Integration::AzureActiveDirectory,
        crate::Integration::Box,
        crate::Integration::BrowserStack,
        crate::Integration::Calendly,
        crate::Integration::Canva,
        crate::Integration::CiscoMeraki,
        crate::Integration::ClickUp,
        crate::Integration::Cloudflare,
        crate::Integration::Confluent,
        crate::Integration::CrowdStrike,
        crate::Integration::Databricks,
        crate::Integration::Datadog,
        crate::Integration::Dialpad,
        crate::Integration::DocuSign,
        crate::Integration::DropboxBusiness,
        crate::Integration::ElasticCloud,
        crate::Integration::Figma,
        crate::Integration::FigmaScim,
        crate::Integration::FilesCom,
        crate::Integration::Fivetran,
        crate::Integration::Freshdesk,
        crate::Integration::Freshservice,
        crate::Integration::GitHub,
        crate::Integration::GitLab,
        crate::Integration::GoogleWorkspace,
        crate::Integration::DropboxSignHelloSign,
        crate::Integration::HelpScout,
        crate::Integration::Heroku,
        crate::Integration::HubSpot,
        crate::Integration::Jamf,
        crate::Integration::JFrog,
        crate::Integration::JumpCloud,
        crate::Integration::KnowBe4Scim,
        crate::Integration::LastPass,
        crate::Integration::Looker,
        crate::Integration::ManageEngineServiceDeskPlus,
        crate::Integration::MiroScim,
        crate::Integration::MondayCom,
        crate::Integration::MondayComScim,
        crate::Integration::NewRelic,
        crate::Integration::NotionScim,
        crate::Integration::Okta,
        crate::Integration::Outreach,
        crate::Integration::PagerDuty,
        crate::Integration::PendoScim,
        crate::Integration::Pipedrive,
        crate::Integration::Pipeliner,
        crate::Integration::PostmanScim,
        crate::Integration::PowerBi,
        crate::Integration::QlikSense,
        crate::Integration::Salesforce,
        crate::Integration::Salesloft,
        crate::Integration::Segment,
        crate::Integration::Sentry,
        crate::Integration::SlackEnterprise,
        crate::Integration::Smartsheet,
        crate::Integration::Snowflake,
        crate::Integration::Tableau,
        crate::Integration::TeamViewer,
        crate::Integration::TeamworkDesk,
        crate::Integration::TeamworkProjectManagement,
        crate::Integration::TeamworkSpaces,
        crate::Integration::Trello,
        crate::Integration::Typeform,
        crate::Integration::Vercel,
        crate::Integration::Webex,
        crate::Integration::Webflow,
        crate::Integration::WordPress,
        crate::Integration::Zendesk,
        crate::Integration::Zoom,
    ],
    response_formats: &["unified", "raw", "normalized"],
    parameters: &PARAMETERS,
    rules: &[
        crate::spec::RuleSpec {
            integration: crate::Integration::GitLab,
            at_least_one_of: &["organization_id", "workspace_id"],
            note: "Either of organization or workspace is required.",
        },
        crate::spec::RuleSpec {
            integration: crate::Integration::Vercel,
            at_least_one_of: &["groups", "workspace"],
            note: "Either one of groups or workspace is required.",
        },
    ],
    offboarding: Some(crate::spec::Offboarding {
        operation: "delete",
        rank: 3u8,
        effect: crate::spec::Effect::Removes,
        already_done: &[
            crate::spec::AlreadyDone {
                status: 404u16,
                remote: true,
                meaning: "the user no longer exists",
            },
        ],
    }),
    response_model: "User",
    response_fields: &[
        crate::spec::ResponseFieldSpec {
            name: "id",
            supported_in: &[
                crate::Integration::Asana,
                crate::Integration::AzureActiveDirectory,
                crate::Integration::Box,
                crate::Integration::Canva,
                crate::Integration::Cloudflare,
                crate::Integration::Datadog,
                crate::Integration::Dialpad,
                crate::Integration::Freshdesk,
                crate::Integration::GitLab,
                crate::Integration::DropboxSignHelloSign,
                crate::Integration::Heroku,
                crate::Integration::HubSpot,
                crate::Integration::JumpCloud,
                crate::Integration::MiroScim,
                crate::Integration::NotionScim,
                crate::Integration::Okta,
                crate::Integration::Outreach,
                crate::Integration::PagerDuty,
                crate::Integration::Pipedrive,
                crate::Integration::Salesforce,
                crate::Integration::Salesloft,
                crate::Integration::Smartsheet,
                crate::Integration::Tableau,
                crate::Integration::TeamworkSpaces,
                crate::Integration::Zendesk,
            ],
        },
        crate::spec::ResponseFieldSpec {
            name: "external_id",
            supported_in: &[
                crate::Integration::Canva,
                crate::Integration::MiroScim,
                crate::Integration::NotionScim,
            ],
        },
        crate::spec::ResponseFieldSpec {
            name: "identifiers",
            supported_in: &[],
        },
        crate::spec::ResponseFieldSpec {
            name: "first_name",
            supported_in: &[
                crate::Integration::Asana,
                crate::Integration::AzureActiveDirectory,
                crate::Integration::Canva,
                crate::Integration::Cloudflare,
                crate::Integration::Dialpad,
                crate::Integration::JumpCloud,
                crate::Integration::MiroScim,
                crate::Integration::NotionScim,
                crate::Integration::Okta,
                crate::Integration::Outreach,
                crate::Integration::Salesforce,
                crate::Integration::Salesloft,
                crate::Integration::Smartsheet,
                crate::Integration::TeamworkSpaces,
            ],
        },
        crate::spec::ResponseFieldSpec {
            name: "last_name",
            supported_in: &[
                crate::Integration::Asana,
                crate::Integration::AzureActiveDirectory,
                crate::Integration::Canva,
                crate::Integration::Cloudflare,
                crate::Integration::Dialpad,
                crate::Integration::JumpCloud,
                crate::Integration::MiroScim,
                crate::Integration::NotionScim,
                crate::Integration::Okta,
                crate::Integration::Outreach,
                crate::Integration::Salesforce,
                crate::Integration::Salesloft,
                crate::Integration::Smartsheet,
                crate::Integration::TeamworkSpaces,
            ],
        },
        crate::spec::ResponseFieldSpec {
            name: "title",
            supported_in: &[
                crate::Integration::Canva,
                crate::Integration::JumpCloud,
                crate::Integration::Salesloft,
            ],
        },
        crate::spec::ResponseFieldSpec {
            name: "name",
            supported_in: &[
                crate::Integration::Asana,
                crate::Integration::AzureActiveDirectory,
                crate::Integration::Box,
                crate::Integration::Canva,
                crate::Integration::Cloudflare,
                crate::Integration::Datadog,
                crate::Integration::Dialpad,
                crate::Integration::Freshdesk,
                crate::Integration::DropboxSignHelloSign,
                crate::Integration::Heroku,
                crate::Integration::JumpCloud,
                crate::Integration::MiroScim,
                crate::Integration::NotionScim,
                crate::Integration::Okta,
                crate::Integration::Outreach,
                crate::Integration::PagerDuty,
                crate::Integration::Pipedrive,
                crate::Integration::Salesforce,
                crate::Integration::Salesloft,
                crate::Integration::Smartsheet,
                crate::Integration::Tableau,
                crate::Integration::TeamworkSpaces,
                crate::Integration::Zendesk,
            ],
        },
        crate::spec::ResponseFieldSpec {
            name: "username",
            supported_in: &[
                crate::Integration::Canva,
                crate::Integration::Datadog,
                crate::Integration::JumpCloud,
                crate::Integration::MiroScim,
                crate::Integration::NotionScim,
                crate::Integration::Okta,
                crate::Integration::Outreach,
                crate::Integration::Salesforce,
            ],
        },
        crate::spec::ResponseFieldSpec {
            name: "emails",
            supported_in: &[
                crate::Integration::Asana,
                crate::Integration::AzureActiveDirectory,
                crate::Integration::Box,
                crate::Integration::Canva,
                crate::Integration::Cloudflare,
                crate::Integration::Datadog,
                crate::Integration::Dialpad,
                crate::Integration::Freshdesk,
                crate::Integration::DropboxSignHelloSign,
                crate::Integration::Heroku,
                crate::Integration::HubSpot,
                crate::Integration::JumpCloud,
                crate::Integration::MiroScim,
                crate::Integration::NotionScim,
                crate::Integration::Okta,
                crate::Integration::Outreach,
                crate::Integration::PagerDuty,
                crate::Integration::Pipedrive,
                crate::Integration::Salesforce,
                crate::Integration::Salesloft,
                crate::Integration::Smartsheet,
                crate::Integration::Tableau,
                crate::Integration::TeamworkSpaces,
                crate::Integration::Zendesk,
            ],
        },
        crate::spec::ResponseFieldSpec {
            name: "phones",
            supported_in: &[
                crate::Integration::AzureActiveDirectory,
                crate::Integration::Box,
                crate::Integration::Canva,
                crate::Integration::Dialpad,
                crate::Integration::Freshdesk,
                crate::Integration::JumpCloud,
                crate::Integration::MiroScim,
                crate::Integration::NotionScim,
                crate::Integration::Okta,
                crate::Integration::Outreach,
                crate::Integration::Pipedrive,
                crate::Integration::Salesforce,
                crate::Integration::Zendesk,
            ],
        },
        crate::spec::ResponseFieldSpec {
            name: "status",
            supported_in: &[
                crate::Integration::Asana,
                crate::Integration::AzureActiveDirectory,
                crate::Integration::Box,
                crate::Integration::Canva,
                crate::Integration::Cloudflare,
                crate::Integration::Datadog,
                crate::Integration::Dialpad,
                crate::Integration::Freshdesk,
                crate::Integration::DropboxSignHelloSign,
                crate::Integration::JumpCloud,
                crate::Integration::MiroScim,
                crate::Integration::NotionScim,
                crate::Integration::Okta,
                crate::Integration::Outreach,
                crate::Integration::Pipedrive,
                crate::Integration::Salesforce,
                crate::Integration::Salesloft,
                crate::Integration::Smartsheet,
                crate::Integration::Tableau,
                crate::Integration::TeamworkSpaces,
                crate::Integration::Zendesk,
            ],
        },
        crate::spec::ResponseFieldSpec {
            name: "is_email_verified",
            supported_in: &[crate::Integration::Datadog],
        },
        crate::spec::ResponseFieldSpec {
            name: "is_2fa_enabled",
            supported_in: &[
                crate::Integration::Cloudflare,
                crate::Integration::Heroku,
                crate::Integration::Zendesk,
            ],
        },
        crate::spec::ResponseFieldSpec {
            name: "roles",
            supported_in: &[
                crate::Integration::AzureActiveDirectory,
                crate::Integration::Canva,
                crate::Integration::Cloudflare,
                crate::Integration::Datadog,
                crate::Integration::Dialpad,
                crate::Integration::Freshdesk,
                crate::Integration::DropboxSignHelloSign,
                crate::Integration::Heroku,
                crate::Integration::HubSpot,
                crate::Integration::MiroScim,
                crate::Integration::NotionScim,
                crate::Integration::Outreach,
                crate::Integration::PagerDuty,
                crate::Integration::Salesforce,
                crate::Integration::Salesloft,
                crate::Integration::Smartsheet,
                crate::Integration::Tableau,
                crate::Integration::TeamworkSpaces,
                crate::Integration::Zendesk,
            ],
        },
        crate::spec::ResponseFieldSpec {
            name: "organizations",
            supported_in: &[
                crate::Integration::Asana,
                crate::Integration::Dialpad,
                crate::Integration::JumpCloud,
                crate::Integration::TeamworkSpaces,
            ],
        },
        crate::spec::ResponseFieldSpec {
            name: "user_type",
            supported_in: &[
                crate::Integration::Canva,
                crate::Integration::DropboxSignHelloSign,
                crate::Integration::TeamworkSpaces,
            ],
        },
        crate::spec::ResponseFieldSpec {
            name: "licenses",
            supported_in: &[
                crate::Integration::AzureActiveDirectory,
                crate::Integration::Canva,
                crate::Integration::Dialpad,
                crate::Integration::Freshdesk,
                crate::Integration::JumpCloud,
                crate::Integration::Outreach,
                crate::Integration::Pipedrive,
                crate::Integration::Salesloft,
                crate::Integration::Smartsheet,
                crate::Integration::Tableau,
                crate::Integration::TeamworkSpaces,
                crate::Integration::Zendesk,
            ],
        },
        crate::spec::ResponseFieldSpec {
            name: "groups",
            supported_in: &[
                crate::Integration::Canva,
                crate::Integration::DropboxSignHelloSign,
                crate::Integration::MiroScim,
                crate::Integration::NotionScim,
                crate::Integration::Salesloft,
            ],
        },
        crate::spec::ResponseFieldSpec {
            name: "workspaces",
            supported_in: &[],
        },
        crate::spec::ResponseFieldSpec {
            name: "avatar",
            supported_in: &[
                crate::Integration::Asana,
                crate::Integration::Box,
                crate::Integration::Canva,
                crate::Integration::Datadog,
                crate::Integration::Dialpad,
                crate::Integration::PagerDuty,
                crate::Integration::Pipedrive,
                crate::Integration::Salesforce,
                crate::Integration::TeamworkSpaces,
                crate::Integration::Zendesk,
            ],
        },
        crate::spec::ResponseFieldSpec {
            name: "timezone",
            supported_in: &[
                crate::Integration::Box,
                crate::Integration::Canva,
                crate::Integration::Dialpad,
                crate::Integration::Freshdesk,
                crate::Integration::Okta,
                crate::Integration::Outreach,
                crate::Integration::PagerDuty,
                crate::Integration::Pipedrive,
                crate::Integration::Salesforce,
                crate::Integration::Salesloft,
                crate::Integration::Zendesk,
            ],
        },
        crate::spec::ResponseFieldSpec {
            name: "languages",
            supported_in: &[
                crate::Integration::AzureActiveDirectory,
                crate::Integration::Box,
                crate::Integration::Canva,
                crate::Integration::Dialpad,
                crate::Integration::Freshdesk,
                crate::Integration::DropboxSignHelloSign,
                crate::Integration::Okta,
                crate::Integration::Outreach,
                crate::Integration::Salesforce,
            ],
        },
        crate::spec::ResponseFieldSpec {
            name: "bio",
            supported_in: &[crate::Integration::Datadog, crate::Integration::Salesforce],
        },
        crate::spec::ResponseFieldSpec {
            name: "created_at",
            supported_in: &[
                crate::Integration::AzureActiveDirectory,
                crate::Integration::Box,
                crate::Integration::Canva,
                crate::Integration::Datadog,
                crate::Integration::Dialpad,
                crate::Integration::Freshdesk,
                crate::Integration::Heroku,
                crate::Integration::JumpCloud,
                crate::Integration::MiroScim,
                crate::Integration::NotionScim,
                crate::Integration::Okta,
                crate::Integration::Outreach,
                crate::Integration::Pipedrive,
                crate::Integration::Salesforce,
                crate::Integration::Salesloft,
                crate::Integration::TeamworkSpaces,
                crate::Integration::Zendesk,
            ],
        },
        crate::spec::ResponseFieldSpec {
            name: "updated_at",
            supported_in: &[
                crate::Integration::Box,
                crate::Integration::Canva,
                crate::Integration::Datadog,
                crate::Integration::Freshdesk,
                crate::Integration::Heroku,
                crate::Integration::MiroScim,
                crate::Integration::NotionScim,
                crate::Integration::Okta,
                crate::Integration::Outreach,
                crate::Integration::Pipedrive,
                crate::Integration::Salesforce,
                crate::Integration::Salesloft,
                crate::Integration::TeamworkSpaces,
                crate::Integration::Zendesk,
            ],
        },
        crate::spec::ResponseFieldSpec {
            name: "last_active_at",
            supported_in: &[crate::Integration::Freshdesk],
        },
        crate::spec::ResponseFieldSpec {
            name: "last_login_at",
            supported_in: &[
                crate::Integration::AzureActiveDirectory,
                crate::Integration::Freshdesk,
                crate::Integration::Okta,
                crate::Integration::Outreach,
                crate::Integration::Pipedrive,
                crate::Integration::Salesforce,
                crate::Integration::Smartsheet,
                crate::Integration::Tableau,
                crate::Integration::Zendesk,
            ],
        },
        crate::spec::ResponseFieldSpec {
            name: "status_changed_at",
            supported_in: &[crate::Integration::Okta],
        },
        crate::spec::ResponseFieldSpec {
            name: "activated_at",
            supported_in: &[
                crate::Integration::Dialpad,
                crate::Integration::Okta,
                crate::Integration::Outreach,
            ],
        },
        crate::spec::ResponseFieldSpec {
            name: "urls",
            supported_in: &[crate::Integration::Canva],
        },
        crate::spec::ResponseFieldSpec {
            name: "remote_data",
            supported_in: &[],
        },
    ],
    example: example_fields,
};

fn example_fields(
    integration: crate::Integration,
) -> Option<Vec<crate::validate::WireField>> {
    DeleteUser::example(integration)
        .map(|request| crate::Operation::wire_fields(&request))
}

static PARAMETERS: [crate::spec::ParameterSpec; 15] = [
    crate::spec::ParameterSpec {
        name: "id",
        rust_name: "id",
        location: crate::spec::Location::Path,
        ty: crate::spec::ParamType::String,
        description: "The ID of the resource.",
        required: true,
        required_in: &[],
        supported_in: &[],
        all_integrations: true,
        values: &[],
        fields: &[],
        notes: &[],
        role: Some(crate::spec::Role::User),
        irreversible: false,
        assumed: &[],
    },
    crate::spec::ParameterSpec {
        name: "remove_from",
        rust_name: "remove_from",
        location: crate::spec::Location::Query,
        ty: crate::spec::ParamType::Enum,
        description: "Where to remove the user from",
        required: false,
        required_in: &[crate::Integration::Asana],
        supported_in: &[],
        all_integrations: false,
        values: &["group", "organization"],
        fields: &[],
        notes: &[],
        role: None,
        irreversible: false,
        assumed: &[],
    },
    crate::spec::ParameterSpec {
        name: "remove_from_id",
        rust_name: "remove_from_id",
        location: crate::spec::Location::Query,
        ty: crate::spec::ParamType::String,
        description: "The ID of the group or organization to remove the user from.",
        required: false,
        required_in: &[crate::Integration::Asana],
        supported_in: &[],
        all_integrations: false,
        values: &[],
        fields: &[],
        notes: &[],
        role: None,
        irreversible: false,
        assumed: &[],
    },
    crate::spec::ParameterSpec {
        name: "organization_id",
        rust_name: "organization_id",
        location: crate::spec::Location::Query,
        ty: crate::spec::ParamType::String,
        description: "The unique identifier of the organization to remove the user from.",
        required: false,
        required_in: &[
            crate::Integration::CiscoMeraki,
            crate::Integration::ClickUp,
            crate::Integration::ElasticCloud,
            crate::Integration::GitHub,
            crate::Integration::Trello,
        ],
        supported_in: &[crate::Integration::GitLab],
        all_integrations: false,
        values: &[],
        fields: &[],
        notes: &[
            crate::spec::Note {
                integration: crate::Integration::ClickUp,
                text: "The ID of the organization to remove the user from",
            },
            crate::spec::Note {
                integration: crate::Integration::GitHub,
                text: "The unique identifier of an organization",
            },
            crate::spec::Note {
                integration: crate::Integration::GitLab,
                text: "Either of organization or workspace is required.",
            },
            crate::spec::Note {
                integration: crate::Integration::Trello,
                text: "The unique identifier for the organization",
            },
        ],
        role: None,
        irreversible: false,
        assumed: &[],
    },
    crate::spec::ParameterSpec {
        name: "workspace_id",
        rust_name: "workspace_id",
        location: crate::spec::Location::Query,
        ty: crate::spec::ParamType::String,
        description: "The unique identifier of the workspace to remove the user from.",
        required: false,
        required_in: &[
            crate::Integration::CiscoMeraki,
            crate::Integration::MondayCom,
            crate::Integration::SlackEnterprise,
            crate::Integration::Typeform,
            crate::Integration::Webflow,
        ],
        supported_in: &[crate::Integration::GitLab],
        all_integrations: false,
        values: &[],
        fields: &[],
        notes: &[
            crate::spec::Note {
                integration: crate::Integration::GitLab,
                text: "Either of organization or workspace is required.",
            },
            crate::spec::Note {
                integration: crate::Integration::MondayCom,
                text: "The unique identifier for the workspace",
            },
            crate::spec::Note {
                integration: crate::Integration::SlackEnterprise,
                text: "The unique identifier for a group",
            },
            crate::spec::Note {
                integration: crate::Integration::Typeform,
                text: "The unique identifier for the workspace",
            },
        ],
        role: None,
        irreversible: false,
        assumed: &[],
    },
    crate::spec::ParameterSpec {
        name: "emails",
        rust_name: "emails",
        location: crate::spec::Location::Query,
        ty: crate::spec::ParamType::ObjectArray,
        description: "The emails of the user",
        required: false,
        required_in: &[crate::Integration::BrowserStack],
        supported_in: &[],
        all_integrations: false,
        values: &[],
        fields: &[
            crate::spec::SubFieldSpec {
                name: "email",
                ty: crate::spec::ParamType::String,
                description: "The email address",
            },
            crate::spec::SubFieldSpec {
                name: "type",
                ty: crate::spec::ParamType::String,
                description: "The type of email address",
            },
            crate::spec::SubFieldSpec {
                name: "is_primary",
                ty: crate::spec::ParamType::Boolean,
                description: "Whether the email address is primary",
            },
        ],
        notes: &[],
        role: None,
        irreversible: false,
        assumed: &[],
    },
    crate::spec::ParameterSpec {
        name: "groups",
        rust_name: "groups",
        location: crate::spec::Location::Query,
        ty: crate::spec::ParamType::ObjectArray,
        description: "The groups of the user",
        required: false,
        required_in: &[],
        supported_in: &[crate::Integration::Vercel],
        all_integrations: false,
        values: &[],
        fields: &[
            crate::spec::SubFieldSpec {
                name: "id",
                ty: crate::spec::ParamType::String,
                description: "The unique identifier for a group",
            },
            crate::spec::SubFieldSpec {
                name: "name",
                ty: crate::spec::ParamType::String,
                description: "The name of the group",
            },
            crate::spec::SubFieldSpec {
                name: "organization",
                ty: crate::spec::ParamType::String,
                description: "The unique identifier of the organization to which the group belongs",
            },
        ],
        notes: &[
            crate::spec::Note {
                integration: crate::Integration::Vercel,
                text: "Either one of groups or workspace is required.",
            },
        ],
        role: None,
        irreversible: false,
        assumed: &["name", "type"],
    },
    crate::spec::ParameterSpec {
        name: "workspace",
        rust_name: "workspace",
        location: crate::spec::Location::Query,
        ty: crate::spec::ParamType::String,
        description: "The workspace to remove the user from.",
        required: false,
        required_in: &[crate::Integration::PowerBi, crate::Integration::WordPress],
        supported_in: &[crate::Integration::Vercel],
        all_integrations: false,
        values: &[],
        fields: &[],
        notes: &[
            crate::spec::Note {
                integration: crate::Integration::Vercel,
                text: "Either one of groups or workspace is required.",
            },
        ],
        role: None,
        irreversible: false,
        assumed: &["name", "type"],
    },
    crate::spec::ParameterSpec {
        name: "permanent_delete",
        rust_name: "permanent_delete",
        location: crate::spec::Location::Query,
        ty: crate::spec::ParamType::Boolean,
        description: "Set to true if you wish to delete user permanently.",
        required: false,
        required_in: &[],
        supported_in: &[crate::Integration::TeamViewer],
        all_integrations: false,
        values: &[],
        fields: &[],
        notes: &[],
        role: None,
        irreversible: true,
        assumed: &["name"],
    },
    crate::spec::ParameterSpec {
        name: "group_id",
        rust_name: "group_id",
        location: crate::spec::Location::Query,
        ty: crate::spec::ParamType::String,
        description: "The ID of the group to remove the user from.",
        required: false,
        required_in: &[crate::Integration::Heroku],
        supported_in: &[],
        all_integrations: false,
        values: &[],
        fields: &[],
        notes: &[],
        role: None,
        irreversible: false,
        assumed: &["name"],
    },
    crate::spec::ParameterSpec {
        name: "integrated_account_id",
        rust_name: "integrated_account_id",
        location: crate::spec::Location::Query,
        ty: crate::spec::ParamType::Uuid,
        description: "The ID of the integrated account to use for the request.",
        required: true,
        required_in: &[],
        supported_in: &[],
        all_integrations: true,
        values: &[],
        fields: &[],
        notes: &[],
        role: Some(crate::spec::Role::IntegratedAccount),
        irreversible: false,
        assumed: &[],
    },
    crate::spec::ParameterSpec {
        name: "truto_response_format",
        rust_name: "truto_response_format",
        location: crate::spec::Location::Query,
        ty: crate::spec::ParamType::ResponseFormat,
        description: "The format of the response.",
        required: false,
        required_in: &[],
        supported_in: &[],
        all_integrations: true,
        values: &[],
        fields: &[],
        notes: &[],
        role: Some(crate::spec::Role::ResponseFormat),
        irreversible: false,
        assumed: &[],
    },
    crate::spec::ParameterSpec {
        name: "truto_ignore_remote_data",
        rust_name: "truto_ignore_remote_data",
        location: crate::spec::Location::Query,
        ty: crate::spec::ParamType::Boolean,
        description: "Excludes the remote_data attribute from the response.",
        required: false,
        required_in: &[],
        supported_in: &[],
        all_integrations: true,
        values: &[],
        fields: &[],
        notes: &[],
        role: Some(crate::spec::Role::IgnoreRemoteData),
        irreversible: false,
        assumed: &[],
    },
    crate::spec::ParameterSpec {
        name: "truto_exclude_fields",
        rust_name: "truto_exclude_fields",
        location: crate::spec::Location::Query,
        ty: crate::spec::ParamType::StringArray,
        description: "Array of fields to exclude from the response.",
        required: false,
        required_in: &[],
        supported_in: &[],
        all_integrations: true,
        values: &[],
        fields: &[],
        notes: &[],
        role: Some(crate::spec::Role::ExcludeFields),
        irreversible: false,
        assumed: &[],
    },
    crate::spec::ParameterSpec {
        name: "remote_query",
        rust_name: "remote_query",
        location: crate::spec::Location::Query,
        ty: crate::spec::ParamType::Object,
        description: "Query parameters to pass to the underlying API without any transformations.",
        required: false,
        required_in: &[],
        supported_in: &[],
        all_integrations: true,
        values: &[],
        fields: &[],
        notes: &[],
        role: None,
        irreversible: false,
        assumed: &[],
    },
];

/// Deletes a user in the connected application (or, where the integration supports it, removes the user from a group, organization or workspace). The user is identified by the `id` path parameter; the response is the User object.
///
/// `DELETE /unified/user-directory/users/{id}` · 76 integration(s). Irreversible: it destroys data that cannot be restored. Idempotent: safe to retry after a lost response.
///
/// Every integration requires `id`, `integrated_account_id`. Per-integration requirements are the arguments of the
/// `for_…` constructors; `validate` checks a request against any integration, reporting every
/// problem at once.
///
/// Source: shared/seeds/002_527cb6065dfbab99.txt.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct DeleteUser {
    /// The ID of the resource.
    ///
    /// Path parameter `id` · string. Required by every integration.
    #[serde(default)]
    pub id: String,
    /// Where to remove the user from
    ///
    /// Query parameter `remove_from` · enum: `group`, `organization`.
    ///
    /// Required in: Asana.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remove_from: Option<RemoveFrom>,
    /// The ID of the group or organization to remove the user from.
    ///
    /// Query parameter `remove_from_id` · string.
    ///
    /// Required in: Asana.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remove_from_id: Option<String>,
    /// The unique identifier of the organization to remove the user from.
    ///
    /// Query parameter `organization_id` · string.
    ///
    /// Required in: Cisco Meraki, ClickUp, Elastic Cloud, GitHub, Trello.
    ///
    /// Supported in: GitLab.
    ///
    /// GitLab: Either of organization or workspace is required.
    ///
    /// Note for ClickUp: The ID of the organization to remove the user from
    ///
    /// Note for GitHub: The unique identifier of an organization
    ///
    /// Note for GitLab: Either of organization or workspace is required.
    ///
    /// Note for Trello: The unique identifier for the organization
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    /// The unique identifier of the workspace to remove the user from.
    ///
    /// Query parameter `workspace_id` · string.
    ///
    /// Required in: Cisco Meraki, Monday.com, Slack Enterprise, Typeform, Webflow.
    ///
    /// Supported in: GitLab.
    ///
    /// GitLab: Either of organization or workspace is required.
    ///
    /// Note for GitLab: Either of organization or workspace is required.
    ///
    /// Note for Monday.com: The unique identifier for the workspace
    ///
    /// Note for Slack Enterprise: The unique identifier for a group
    ///
    /// Note for Typeform: The unique identifier for the workspace
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace_id: Option<String>,
    /// The emails of the user
    ///
    /// Query parameter `emails` · object[].
    ///
    /// Required in: BrowserStack.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub emails: Vec<EmailItem>,
    /// The groups of the user
    ///
    /// Query parameter `groups` · object[].
    ///
    /// Supported in: Vercel.
    ///
    /// Vercel: Either one of groups or workspace is required.
    ///
    /// Note for Vercel: Either one of groups or workspace is required.
    ///
    /// Assumed name and type: not recovered from the API pages (truto-api-facts §1.2/§1.3: name and shape inferred from the Update Users page).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<GroupItem>,
    /// The workspace to remove the user from.
    ///
    /// Query parameter `workspace` · string.
    ///
    /// Required in: Power BI, WordPress.
    ///
    /// Supported in: Vercel.
    ///
    /// Vercel: Either one of groups or workspace is required.
    ///
    /// Note for Vercel: Either one of groups or workspace is required.
    ///
    /// Assumed name and type: not recovered from the API pages (truto-api-facts §1.2/§1.3: name and shape inferred from the Update Users page).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace: Option<String>,
    /// Set to true if you wish to delete user permanently.
    ///
    /// Query parameter `permanent_delete` · boolean.
    ///
    /// Supported in: TeamViewer.
    ///
    /// Assumed name: not recovered from the API pages (truto-api-facts §1.2: the page lost this flag's name; permanent_delete is our assumed name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permanent_delete: Option<bool>,
    /// The ID of the group to remove the user from.
    ///
    /// Query parameter `group_id` · string.
    ///
    /// Required in: Heroku.
    ///
    /// Assumed name: not recovered from the API pages (truto-api-facts §1.2: probably group_id (S6 lists group_id as required in Heroku)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// The ID of the integrated account to use for the request.
    ///
    /// Query parameter `integrated_account_id` · string · uuid. Required by every integration.
    #[serde(default)]
    pub integrated_account_id: String,
    /// The format of the response.
    ///
    /// Query parameter `truto_response_format` · response format. Accepted by every integration of this endpoint.
    ///
    /// Default: `unified`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub truto_response_format: Option<crate::ResponseFormat>,
    /// Excludes the remote_data attribute from the response.
    ///
    /// Query parameter `truto_ignore_remote_data` · boolean. Accepted by every integration of this endpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub truto_ignore_remote_data: Option<bool>,
    /// Array of fields to exclude from the response.
    ///
    /// Query parameter `truto_exclude_fields` · string[]. Accepted by every integration of this endpoint.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub truto_exclude_fields: Vec<String>,
    /// Query parameters to pass to the underlying API without any transformations.
    ///
    /// Query parameter `remote_query` · object. Accepted by every integration of this endpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_query: Option<serde_json::Map<String, serde_json::Value>>,
}

impl DeleteUser {
    /// A request with the parameters every integration requires.
    pub fn new(id: impl Into<String>, integrated_account_id: impl Into<String>) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A builder starting from an empty request.
    pub fn builder() -> DeleteUserBuilder {
        DeleteUserBuilder {
            request: Self::default(),
        }
    }

    /// Sets `id` (The ID of the resource.).
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets `remove_from` (Where to remove the user from).
    pub fn remove_from(mut self, value: impl Into<RemoveFrom>) -> Self {
        self.remove_from = Some(value.into());
        self
    }

    /// Sets `remove_from_id` (The ID of the group or organization to remove the user from.).
    pub fn remove_from_id(mut self, value: impl Into<String>) -> Self {
        self.remove_from_id = Some(value.into());
        self
    }

    /// Sets `organization_id` (The unique identifier of the organization to remove the user from.).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        self.organization_id = Some(value.into());
        self
    }

    /// Sets `workspace_id` (The unique identifier of the workspace to remove the user from.).
    pub fn workspace_id(mut self, value: impl Into<String>) -> Self {
        self.workspace_id = Some(value.into());
        self
    }

    /// Sets `emails` (The emails of the user).
    pub fn emails(mut self, value: Vec<EmailItem>) -> Self {
        self.emails = value;
        self
    }

    /// Sets `groups` (The groups of the user).
    pub fn groups(mut self, value: Vec<GroupItem>) -> Self {
        self.groups = value;
        self
    }

    /// Sets `workspace` (The workspace to remove the user from.).
    pub fn workspace(mut self, value: impl Into<String>) -> Self {
        self.workspace = Some(value.into());
        self
    }

    /// Sets `permanent_delete` (Set to true if you wish to delete user permanently.).
    pub fn permanent_delete(mut self, value: bool) -> Self {
        self.permanent_delete = Some(value);
        self
    }

    /// Sets `group_id` (The ID of the group to remove the user from.).
    pub fn group_id(mut self, value: impl Into<String>) -> Self {
        self.group_id = Some(value.into());
        self
    }

    /// Sets `integrated_account_id` (The ID of the integrated account to use for the request.).
    pub fn integrated_account_id(mut self, value: impl Into<String>) -> Self {
        self.integrated_account_id = value.into();
        self
    }

    /// Sets `truto_response_format` (The format of the response.).
    pub fn truto_response_format(
        mut self,
        value: impl Into<crate::ResponseFormat>,
    ) -> Self {
        self.truto_response_format = Some(value.into());
        self
    }

    /// Sets `truto_ignore_remote_data` (Excludes the remote_data attribute from the response.).
    pub fn truto_ignore_remote_data(mut self, value: bool) -> Self {
        self.truto_ignore_remote_data = Some(value);
        self
    }

    /// Sets `truto_exclude_fields` (Array of fields to exclude from the response.).
    pub fn truto_exclude_fields(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.truto_exclude_fields = value.into_iter().map(Into::into).collect();
        self
    }

    /// Sets `remote_query` (Query parameters to pass to the underlying API without any transformations.).
    pub fn remote_query(
        mut self,
        value: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        self.remote_query = Some(value);
        self
    }

    /// A `users.delete` request for Adobe Marketo Engage. Adobe Marketo Engage requires nothing beyond what every integration requires.
    pub fn for_adobe_marketo_engage(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Airtable. Airtable requires nothing beyond what every integration requires.
    pub fn for_airtable(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Airtable SCIM. Airtable SCIM requires nothing beyond what every integration requires.
    pub fn for_airtable_scim(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Asana.
    ///
    /// `remove_from`: Where to remove the user from
    ///
    /// `remove_from_id`: The ID of the group or organization to remove the user from.
    pub fn for_asana(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
        remove_from: impl Into<RemoveFrom>,
        remove_from_id: impl Into<String>,
    ) -> Self {
        Self::default()
            .id(id)
            .integrated_account_id(integrated_account_id)
            .remove_from(remove_from)
            .remove_from_id(remove_from_id)
    }

    /// A `users.delete` request for Atlassian. Atlassian requires nothing beyond what every integration requires.
    pub fn for_atlassian(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Auth0. Auth0 requires nothing beyond what every integration requires.
    pub fn for_auth0(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Azure Active Directory. Azure Active Directory requires nothing beyond what every integration requires.
    pub fn for_azure_active_directory(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Box. Box requires nothing beyond what every integration requires.
    pub fn for_box(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for BrowserStack.
    ///
    /// `emails`: The emails of the user
    pub fn for_browserstack(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
        emails: Vec<EmailItem>,
    ) -> Self {
        Self::default()
            .id(id)
            .integrated_account_id(integrated_account_id)
            .emails(emails)
    }

    /// A `users.delete` request for Calendly. Calendly requires nothing beyond what every integration requires.
    pub fn for_calendly(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Canva. Canva requires nothing beyond what every integration requires.
    pub fn for_canva(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Cisco Meraki.
    ///
    /// `organization_id`: The unique identifier of the organization to remove the user from.
    ///
    /// `workspace_id`: The unique identifier of the workspace to remove the user from.
    pub fn for_cisco_meraki(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
        organization_id: impl Into<String>,
        workspace_id: impl Into<String>,
    ) -> Self {
        Self::default()
            .id(id)
            .integrated_account_id(integrated_account_id)
            .organization_id(organization_id)
            .workspace_id(workspace_id)
    }

    /// A `users.delete` request for ClickUp.
    ///
    /// `organization_id`: The unique identifier of the organization to remove the user from. (ClickUp: The ID of the organization to remove the user from)
    pub fn for_clickup(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
        organization_id: impl Into<String>,
    ) -> Self {
        Self::default()
            .id(id)
            .integrated_account_id(integrated_account_id)
            .organization_id(organization_id)
    }

    /// A `users.delete` request for Cloudflare. Cloudflare requires nothing beyond what every integration requires.
    pub fn for_cloudflare(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Confluent. Confluent requires nothing beyond what every integration requires.
    pub fn for_confluent(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for CrowdStrike. CrowdStrike requires nothing beyond what every integration requires.
    pub fn for_crowdstrike(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Databricks. Databricks requires nothing beyond what every integration requires.
    pub fn for_databricks(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Datadog. Datadog requires nothing beyond what every integration requires.
    pub fn for_datadog(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Dialpad. Dialpad requires nothing beyond what every integration requires.
    pub fn for_dialpad(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for DocuSign. DocuSign requires nothing beyond what every integration requires.
    pub fn for_docusign(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Dropbox - Business. Dropbox - Business requires nothing beyond what every integration requires.
    pub fn for_dropbox_business(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Elastic Cloud.
    ///
    /// `organization_id`: The unique identifier of the organization to remove the user from.
    pub fn for_elastic_cloud(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
        organization_id: impl Into<String>,
    ) -> Self {
        Self::default()
            .id(id)
            .integrated_account_id(integrated_account_id)
            .organization_id(organization_id)
    }

    /// A `users.delete` request for Figma. Figma requires nothing beyond what every integration requires.
    pub fn for_figma(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Figma SCIM. Figma SCIM requires nothing beyond what every integration requires.
    pub fn for_figma_scim(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Files.com. Files.com requires nothing beyond what every integration requires.
    pub fn for_files_com(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Fivetran. Fivetran requires nothing beyond what every integration requires.
    pub fn for_fivetran(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Freshdesk. Freshdesk requires nothing beyond what every integration requires.
    pub fn for_freshdesk(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Freshservice. Freshservice requires nothing beyond what every integration requires.
    pub fn for_freshservice(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for GitHub.
    ///
    /// `organization_id`: The unique identifier of the organization to remove the user from. (GitHub: The unique identifier of an organization)
    pub fn for_github(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
        organization_id: impl Into<String>,
    ) -> Self {
        Self::default()
            .id(id)
            .integrated_account_id(integrated_account_id)
            .organization_id(organization_id)
    }

    /// A `users.delete` request for GitLab.
    ///
    /// `OrganizationIdOrWorkspaceId`: Either of organization or workspace is required.
    ///
    /// GitLab also accepts `organization_id`, `workspace_id`.
    pub fn for_gitlab(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
        organization_id_or_workspace_id: OrganizationIdOrWorkspaceId,
    ) -> Self {
        let mut request = Self::default()
            .id(id)
            .integrated_account_id(integrated_account_id);
        request.organization_id = organization_id_or_workspace_id.organization_id;
        request.workspace_id = organization_id_or_workspace_id.workspace_id;
        request
    }

    /// A `users.delete` request for Google Workspace. Google Workspace requires nothing beyond what every integration requires.
    pub fn for_google_workspace(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Dropbox Sign (HelloSign). Dropbox Sign (HelloSign) requires nothing beyond what every integration requires.
    pub fn for_dropbox_sign(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Help Scout. Help Scout requires nothing beyond what every integration requires.
    pub fn for_help_scout(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Heroku.
    ///
    /// `group_id`: The ID of the group to remove the user from.
    pub fn for_heroku(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
        group_id: impl Into<String>,
    ) -> Self {
        Self::default()
            .id(id)
            .integrated_account_id(integrated_account_id)
            .group_id(group_id)
    }

    /// A `users.delete` request for HubSpot. HubSpot requires nothing beyond what every integration requires.
    pub fn for_hubspot(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Jamf. Jamf requires nothing beyond what every integration requires.
    pub fn for_jamf(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for JFrog. JFrog requires nothing beyond what every integration requires.
    pub fn for_jfrog(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for JumpCloud. JumpCloud requires nothing beyond what every integration requires.
    pub fn for_jumpcloud(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for KnowBe4 SCIM. KnowBe4 SCIM requires nothing beyond what every integration requires.
    pub fn for_knowbe4_scim(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for LastPass. LastPass requires nothing beyond what every integration requires.
    pub fn for_lastpass(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Looker. Looker requires nothing beyond what every integration requires.
    pub fn for_looker(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for ManageEngine ServiceDesk Plus. ManageEngine ServiceDesk Plus requires nothing beyond what every integration requires.
    pub fn for_manageengine_servicedesk_plus(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Miro SCIM. Miro SCIM requires nothing beyond what every integration requires.
    pub fn for_miro_scim(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Monday.com.
    ///
    /// `workspace_id`: The unique identifier of the workspace to remove the user from. (Monday.com: The unique identifier for the workspace)
    pub fn for_monday_com(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
        workspace_id: impl Into<String>,
    ) -> Self {
        Self::default()
            .id(id)
            .integrated_account_id(integrated_account_id)
            .workspace_id(workspace_id)
    }

    /// A `users.delete` request for Monday.com SCIM. Monday.com SCIM requires nothing beyond what every integration requires.
    pub fn for_monday_com_scim(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for New Relic. New Relic requires nothing beyond what every integration requires.
    pub fn for_new_relic(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Notion SCIM. Notion SCIM requires nothing beyond what every integration requires.
    pub fn for_notion_scim(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Okta. Okta requires nothing beyond what every integration requires.
    pub fn for_okta(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Outreach. Outreach requires nothing beyond what every integration requires.
    pub fn for_outreach(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for PagerDuty. PagerDuty requires nothing beyond what every integration requires.
    pub fn for_pagerduty(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Pendo SCIM. Pendo SCIM requires nothing beyond what every integration requires.
    pub fn for_pendo_scim(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Pipedrive. Pipedrive requires nothing beyond what every integration requires.
    pub fn for_pipedrive(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Pipeliner. Pipeliner requires nothing beyond what every integration requires.
    pub fn for_pipeliner(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Postman SCIM. Postman SCIM requires nothing beyond what every integration requires.
    pub fn for_postman_scim(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Power BI.
    ///
    /// `workspace`: The workspace to remove the user from.
    pub fn for_power_bi(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
        workspace: impl Into<String>,
    ) -> Self {
        Self::default()
            .id(id)
            .integrated_account_id(integrated_account_id)
            .workspace(workspace)
    }

    /// A `users.delete` request for Qlik Sense. Qlik Sense requires nothing beyond what every integration requires.
    pub fn for_qlik_sense(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Salesforce. Salesforce requires nothing beyond what every integration requires.
    pub fn for_salesforce(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Salesloft. Salesloft requires nothing beyond what every integration requires.
    pub fn for_salesloft(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Segment. Segment requires nothing beyond what every integration requires.
    pub fn for_segment(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Sentry. Sentry requires nothing beyond what every integration requires.
    pub fn for_sentry(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Slack Enterprise.
    ///
    /// `workspace_id`: The unique identifier of the workspace to remove the user from. (Slack Enterprise: The unique identifier for a group)
    pub fn for_slack_enterprise(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
        workspace_id: impl Into<String>,
    ) -> Self {
        Self::default()
            .id(id)
            .integrated_account_id(integrated_account_id)
            .workspace_id(workspace_id)
    }

    /// A `users.delete` request for Smartsheet. Smartsheet requires nothing beyond what every integration requires.
    pub fn for_smartsheet(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Snowflake. Snowflake requires nothing beyond what every integration requires.
    pub fn for_snowflake(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Tableau. Tableau requires nothing beyond what every integration requires.
    pub fn for_tableau(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for TeamViewer. TeamViewer requires nothing beyond what every integration requires.
    ///
    /// TeamViewer also accepts `permanent_delete`.
    pub fn for_teamviewer(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Teamwork Desk. Teamwork Desk requires nothing beyond what every integration requires.
    pub fn for_teamwork_desk(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Teamwork Project Management. Teamwork Project Management requires nothing beyond what every integration requires.
    pub fn for_teamwork_project_management(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Teamwork Spaces. Teamwork Spaces requires nothing beyond what every integration requires.
    pub fn for_teamwork_spaces(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Trello.
    ///
    /// `organization_id`: The unique identifier of the organization to remove the user from. (Trello: The unique identifier for the organization)
    pub fn for_trello(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
        organization_id: impl Into<String>,
    ) -> Self {
        Self::default()
            .id(id)
            .integrated_account_id(integrated_account_id)
            .organization_id(organization_id)
    }

    /// A `users.delete` request for Typeform.
    ///
    /// `workspace_id`: The unique identifier of the workspace to remove the user from. (Typeform: The unique identifier for the workspace)
    pub fn for_typeform(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
        workspace_id: impl Into<String>,
    ) -> Self {
        Self::default()
            .id(id)
            .integrated_account_id(integrated_account_id)
            .workspace_id(workspace_id)
    }

    /// A `users.delete` request for Vercel.
    ///
    /// `GroupsOrWorkspace`: Either one of groups or workspace is required.
    ///
    /// Vercel also accepts `groups`, `workspace`.
    pub fn for_vercel(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
        groups_or_workspace: GroupsOrWorkspace,
    ) -> Self {
        let mut request = Self::default()
            .id(id)
            .integrated_account_id(integrated_account_id);
        if let Some(v) = groups_or_workspace.groups {
            request.groups = v;
        }
        request.workspace = groups_or_workspace.workspace;
        request
    }

    /// A `users.delete` request for Webex. Webex requires nothing beyond what every integration requires.
    pub fn for_webex(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Webflow.
    ///
    /// `workspace_id`: The unique identifier of the workspace to remove the user from.
    pub fn for_webflow(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
        workspace_id: impl Into<String>,
    ) -> Self {
        Self::default()
            .id(id)
            .integrated_account_id(integrated_account_id)
            .workspace_id(workspace_id)
    }

    /// A `users.delete` request for WordPress.
    ///
    /// `workspace`: The workspace to remove the user from.
    pub fn for_wordpress(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
        workspace: impl Into<String>,
    ) -> Self {
        Self::default()
            .id(id)
            .integrated_account_id(integrated_account_id)
            .workspace(workspace)
    }

    /// A `users.delete` request for Zendesk. Zendesk requires nothing beyond what every integration requires.
    pub fn for_zendesk(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// A `users.delete` request for Zoom. Zoom requires nothing beyond what every integration requires.
    pub fn for_zoom(
        id: impl Into<String>,
        integrated_account_id: impl Into<String>,
    ) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// The smallest valid request for `integration`, built from the spec's examples
    /// (`None` when the integration does not support this endpoint).
    pub fn example(integration: crate::Integration) -> Option<Self> {
        match integration {
            crate::Integration::AdobeMarketoEngage => {
                Some(
                    Self::for_adobe_marketo_engage(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::Airtable => {
                Some(
                    Self::for_airtable(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::AirtableScim => {
                Some(
                    Self::for_airtable_scim(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::Asana => {
                Some(
                    Self::for_asana(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                        "organization",
                        "1200000000000000",
                    ),
                )
            }
            crate::Integration::Atlassian => {
                Some(
                    Self::for_atlassian(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::Auth0 => {
                Some(Self::for_auth0("23423523", "62f44730-dd91-461e-bd6a-aedd9e0ad79d"))
            }
            crate::Integration::AzureActiveDirectory => {
                Some(
                    Self::for_azure_active_directory(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::Box => {
                Some(Self::for_box("23423523", "62f44730-dd91-461e-bd6a-aedd9e0ad79d"))
            }
            crate::Integration::BrowserStack => {
                Some(
                    Self::for_browserstack(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                        vec![
                            EmailItem { email : Some("ada@example.com".to_string()),
                            type_ : None, is_primary : None, }
                        ],
                    ),
                )
            }
            crate::Integration::Calendly => {
                Some(
                    Self::for_calendly(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::Canva => {
                Some(Self::for_canva("23423523", "62f44730-dd91-461e-bd6a-aedd9e0ad79d"))
            }
            crate::Integration::CiscoMeraki => {
                Some(
                    Self::for_cisco_meraki(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                        "acme",
                        "T0123456",
                    ),
                )
            }
            crate::Integration::ClickUp => {
                Some(
                    Self::for_clickup(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                        "acme",
                    ),
                )
            }
            crate::Integration::Cloudflare => {
                Some(
                    Self::for_cloudflare(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::Confluent => {
                Some(
                    Self::for_confluent(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::CrowdStrike => {
                Some(
                    Self::for_crowdstrike(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::Databricks => {
                Some(
                    Self::for_databricks(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::Datadog => {
                Some(
                    Self::for_datadog("23423523", "62f44730-dd91-461e-bd6a-aedd9e0ad79d"),
                )
            }
            crate::Integration::Dialpad => {
                Some(
                    Self::for_dialpad("23423523", "62f44730-dd91-461e-bd6a-aedd9e0ad79d"),
                )
            }
            crate::Integration::DocuSign => {
                Some(
                    Self::for_docusign(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::DropboxBusiness => {
                Some(
                    Self::for_dropbox_business(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::ElasticCloud => {
                Some(
                    Self::for_elastic_cloud(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                        "acme",
                    ),
                )
            }
            crate::Integration::Figma => {
                Some(Self::for_figma("23423523", "62f44730-dd91-461e-bd6a-aedd9e0ad79d"))
            }
            crate::Integration::FigmaScim => {
                Some(
                    Self::for_figma_scim(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::FilesCom => {
                Some(
                    Self::for_files_com(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::Fivetran => {
                Some(
                    Self::for_fivetran(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::Freshdesk => {
                Some(
                    Self::for_freshdesk(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::Freshservice => {
                Some(
                    Self::for_freshservice(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::GitHub => {
                Some(
                    Self::for_github(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                        "acme",
                    ),
                )
            }
            crate::Integration::GitLab => {
                Some(
                    Self::for_gitlab(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                        OrganizationIdOrWorkspaceId::organization_id("acme"),
                    ),
                )
            }
            crate::Integration::GoogleWorkspace => {
                Some(
                    Self::for_google_workspace(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::DropboxSignHelloSign => {
                Some(
                    Self::for_dropbox_sign(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::HelpScout => {
                Some(
                    Self::for_help_scout(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::Heroku => {
                Some(
                    Self::for_heroku(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                        "group_123",
                    ),
                )
            }
            crate::Integration::HubSpot => {
                Some(
                    Self::for_hubspot("23423523", "62f44730-dd91-461e-bd6a-aedd9e0ad79d"),
                )
            }
            crate::Integration::Jamf => {
                Some(Self::for_jamf("23423523", "62f44730-dd91-461e-bd6a-aedd9e0ad79d"))
            }
            crate::Integration::JFrog => {
                Some(Self::for_jfrog("23423523", "62f44730-dd91-461e-bd6a-aedd9e0ad79d"))
            }
            crate::Integration::JumpCloud => {
                Some(
                    Self::for_jumpcloud(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::KnowBe4Scim => {
                Some(
                    Self::for_knowbe4_scim(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::LastPass => {
                Some(
                    Self::for_lastpass(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::Looker => {
                Some(
                    Self::for_looker("23423523", "62f44730-dd91-461e-bd6a-aedd9e0ad79d"),
                )
            }
            crate::Integration::ManageEngineServiceDeskPlus => {
                Some(
                    Self::for_manageengine_servicedesk_plus(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::MiroScim => {
                Some(
                    Self::for_miro_scim(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::MondayCom => {
                Some(
                    Self::for_monday_com(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                        "T0123456",
                    ),
                )
            }
            crate::Integration::MondayComScim => {
                Some(
                    Self::for_monday_com_scim(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::NewRelic => {
                Some(
                    Self::for_new_relic(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::NotionScim => {
                Some(
                    Self::for_notion_scim(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::Okta => {
                Some(Self::for_okta("23423523", "62f44730-dd91-461e-bd6a-aedd9e0ad79d"))
            }
            crate::Integration::Outreach => {
                Some(
                    Self::for_outreach(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::PagerDuty => {
                Some(
                    Self::for_pagerduty(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::PendoScim => {
                Some(
                    Self::for_pendo_scim(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::Pipedrive => {
                Some(
                    Self::for_pipedrive(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::Pipeliner => {
                Some(
                    Self::for_pipeliner(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::PostmanScim => {
                Some(
                    Self::for_postman_scim(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::PowerBi => {
                Some(
                    Self::for_power_bi(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                        "workspace_123",
                    ),
                )
            }
            crate::Integration::QlikSense => {
                Some(
                    Self::for_qlik_sense(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::Salesforce => {
                Some(
                    Self::for_salesforce(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::Salesloft => {
                Some(
                    Self::for_salesloft(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::Segment => {
                Some(
                    Self::for_segment("23423523", "62f44730-dd91-461e-bd6a-aedd9e0ad79d"),
                )
            }
            crate::Integration::Sentry => {
                Some(
                    Self::for_sentry("23423523", "62f44730-dd91-461e-bd6a-aedd9e0ad79d"),
                )
            }
            crate::Integration::SlackEnterprise => {
                Some(
                    Self::for_slack_enterprise(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                        "T0123456",
                    ),
                )
            }
            crate::Integration::Smartsheet => {
                Some(
                    Self::for_smartsheet(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::Snowflake => {
                Some(
                    Self::for_snowflake(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::Tableau => {
                Some(
                    Self::for_tableau("23423523", "62f44730-dd91-461e-bd6a-aedd9e0ad79d"),
                )
            }
            crate::Integration::TeamViewer => {
                Some(
                    Self::for_teamviewer(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::TeamworkDesk => {
                Some(
                    Self::for_teamwork_desk(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::TeamworkProjectManagement => {
                Some(
                    Self::for_teamwork_project_management(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::TeamworkSpaces => {
                Some(
                    Self::for_teamwork_spaces(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                    ),
                )
            }
            crate::Integration::Trello => {
                Some(
                    Self::for_trello(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                        "acme",
                    ),
                )
            }
            crate::Integration::Typeform => {
                Some(
                    Self::for_typeform(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                        "T0123456",
                    ),
                )
            }
            crate::Integration::Vercel => {
                Some(
                    Self::for_vercel(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                        GroupsOrWorkspace::groups(
                            vec![
                                GroupItem { id : Some("team_123".to_string()), name : None,
                                organization : None, }
                            ],
                        ),
                    ),
                )
            }
            crate::Integration::Webex => {
                Some(Self::for_webex("23423523", "62f44730-dd91-461e-bd6a-aedd9e0ad79d"))
            }
            crate::Integration::Webflow => {
                Some(
                    Self::for_webflow(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                        "T0123456",
                    ),
                )
            }
            crate::Integration::WordPress => {
                Some(
                    Self::for_wordpress(
                        "23423523",
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                        "workspace_123",
                    ),
                )
            }
            crate::Integration::Zendesk => {
                Some(
                    Self::for_zendesk("23423523", "62f44730-dd91-461e-bd6a-aedd9e0ad79d"),
                )
            }
            crate::Integration::Zoom => {
                Some(Self::for_zoom("23423523", "62f44730-dd91-461e-bd6a-aedd9e0ad79d"))
            }
            _ => None,
        }
    }

    /// Every problem with this request for `integration`, at once.
    pub fn validate(
        &self,
        integration: crate::Integration,
        mode: crate::Mode,
    ) -> crate::ValidationReport {
        crate::Operation::validate(self, integration, mode)
    }

    /// What `integration` must and may send on this endpoint.
    pub fn requirements(integration: crate::Integration) -> crate::spec::Requirements {
        SPEC.requirements(integration)
    }
}

impl crate::Operation for DeleteUser {
    type Response = crate::User;
    fn spec() -> &'static crate::spec::EndpointSpec {
        &SPEC
    }

    fn wire_fields(&self) -> Vec<crate::validate::WireField> {
        let mut out = Vec::new();
        out.push(crate::validate::WireField {
            spec: &PARAMETERS[0usize],
            value: serde_json::Value::String(self.id.clone()),
        });
        if let Some(value) = &self.remove_from {
            out.push(crate::validate::WireField {
                spec: &PARAMETERS[1usize],
                value: serde_json::Value::String(value.as_str().to_string()),
            });
        }
        if let Some(value) = &self.remove_from_id {
            out.push(crate::validate::WireField {
                spec: &PARAMETERS[2usize],
                value: serde_json::Value::String(value.clone()),
            });
        }
        if let Some(value) = &self.organization_id {
            out.push(crate::validate::WireField {
                spec: &PARAMETERS[3usize],
                value: serde_json::Value::String(value.clone()),
            });
        }
        if let Some(value) = &self.workspace_id {
            out.push(crate::validate::WireField {
                spec: &PARAMETERS[4usize],
                value: serde_json::Value::String(value.clone()),
            });
        }
        if !self.emails.is_empty() {
            out.push(crate::validate::WireField {
                spec: &PARAMETERS[5usize],
                value: serde_json::Value::Array(
                    self.emails.iter().map(|item| item.to_json()).collect(),
                ),
            });
        }
        if !self.groups.is_empty() {
            out.push(crate::validate::WireField {
                spec: &PARAMETERS[6usize],
                value: serde_json::Value::Array(
                    self.groups.iter().map(|item| item.to_json()).collect(),
                ),
            });
        }
        if let Some(value) = &self.workspace {
            out.push(crate::validate::WireField {
                spec: &PARAMETERS[7usize],
                value: serde_json::Value::String(value.clone()),
            });
        }
        if let Some(value) = &self.permanent_delete {
            out.push(crate::validate::WireField {
                spec: &PARAMETERS[8usize],
                value: serde_json::Value::Bool(*value),
            });
        }
        if let Some(value) = &self.group_id {
            out.push(crate::validate::WireField {
                spec: &PARAMETERS[9usize],
                value: serde_json::Value::String(value.clone()),
            });
        }
        out.push(crate::validate::WireField {
            spec: &PARAMETERS[10usize],
            value: serde_json::Value::String(self.integrated_account_id.clone()),
        });
        if let Some(value) = &self.truto_response_format {
            out.push(crate::validate::WireField {
                spec: &PARAMETERS[11usize],
                value: serde_json::Value::String(value.as_str().to_string()),
            });
        }
        if let Some(value) = &self.truto_ignore_remote_data {
            out.push(crate::validate::WireField {
                spec: &PARAMETERS[12usize],
                value: serde_json::Value::Bool(*value),
            });
        }
        if !self.truto_exclude_fields.is_empty() {
            out.push(crate::validate::WireField {
                spec: &PARAMETERS[13usize],
                value: serde_json::Value::Array(
                    self
                        .truto_exclude_fields
                        .iter()
                        .cloned()
                        .map(serde_json::Value::String)
                        .collect(),
                ),
            });
        }
        if let Some(value) = &self.remote_query {
            out.push(crate::validate::WireField {
                spec: &PARAMETERS[14usize],
                value: serde_json::Value::Object(value.clone()),
            });
        }
        out
    }
}

impl crate::Client {
    /// `DELETE /unified/user-directory/users/{id}`: Delete Users
    ///
    /// Validates `request` for `integration` (looked up from the integrated account when
    /// `None`), sends it with the client's retry policy and decodes the response.
    pub async fn delete_user(
        &self,
        request: &DeleteUser,
        integration: Option<crate::Integration>,
    ) -> Result<crate::Response<crate::User>, crate::Error> {
        self.send(request, integration).await
    }
}

/// Builds a [`DeleteUser`] field by field; `build` validates it for an integration.
#[derive(Debug, Clone, Default)]
pub struct DeleteUserBuilder {
    request: DeleteUser,
}

impl DeleteUserBuilder {
    /// Sets `id` (The ID of the resource.).
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.request = self.request.id(value);
        self
    }

    /// Sets `remove_from` (Where to remove the user from).
    pub fn remove_from(mut self, value: impl Into<RemoveFrom>) -> Self {
        self.request = self.request.remove_from(value);
        self
    }

    /// Sets `remove_from_id` (The ID of the group or organization to remove the user from.).
    pub fn remove_from_id(mut self, value: impl Into<String>) -> Self {
        self.request = self.request.remove_from_id(value);
        self
    }

    /// Sets `organization_id` (The unique identifier of the organization to remove the user from.).
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        self.request = self.request.organization_id(value);
        self
    }

    /// Sets `workspace_id` (The unique identifier of the workspace to remove the user from.).
    pub fn workspace_id(mut self, value: impl Into<String>) -> Self {
        self.request = self.request.workspace_id(value);
        self
    }

    /// Sets `emails` (The emails of the user).
    pub fn emails(mut self, value: Vec<EmailItem>) -> Self {
        self.request = self.request.emails(value);
        self
    }

    /// Sets `groups` (The groups of the user).
    pub fn groups(mut self, value: Vec<GroupItem>) -> Self {
        self.request = self.request.groups(value);
        self
    }

    /// Sets `workspace` (The workspace to remove the user from.).
    pub fn workspace(mut self, value: impl Into<String>) -> Self {
        self.request = self.request.workspace(value);
        self
    }

    /// Sets `permanent_delete` (Set to true if you wish to delete user permanently.).
    pub fn permanent_delete(mut self, value: bool) -> Self {
        self.request = self.request.permanent_delete(value);
        self
    }

    /// Sets `group_id` (The ID of the group to remove the user from.).
    pub fn group_id(mut self, value: impl Into<String>) -> Self {
        self.request = self.request.group_id(value);
        self
    }

    /// Sets `integrated_account_id` (The ID of the integrated account to use for the request.).
    pub fn integrated_account_id(mut self, value: impl Into<String>) -> Self {
        self.request = self.request.integrated_account_id(value);
        self
    }

    /// Sets `truto_response_format` (The format of the response.).
    pub fn truto_response_format(
        mut self,
        value: impl Into<crate::ResponseFormat>,
    ) -> Self {
        self.request = self.request.truto_response_format(value);
        self
    }

    /// Sets `truto_ignore_remote_data` (Excludes the remote_data attribute from the response.).
    pub fn truto_ignore_remote_data(mut self, value: bool) -> Self {
        self.request = self.request.truto_ignore_remote_data(value);
        self
    }

    /// Sets `truto_exclude_fields` (Array of fields to exclude from the response.).
    pub fn truto_exclude_fields(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request = self.request.truto_exclude_fields(value);
        self
    }

    /// Sets `remote_query` (Query parameters to pass to the underlying API without any transformations.).
    pub fn remote_query(
        mut self,
        value: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        self.request = self.request.remote_query(value);
        self
    }

    /// The request, if it is valid for `integration` in `mode`; otherwise every problem.
    pub fn build(
        self,
        integration: crate::Integration,
        mode: crate::Mode,
    ) -> Result<DeleteUser, crate::ValidationReport> {
        let report = self.request.validate(integration, mode);
        if report.is_ok() { Ok(self.request) } else { Err(report) }
    }

    /// The request as set, without validation.
    pub fn build_unchecked(self) -> DeleteUser {
        self.request
    }
}
