// @generated from spec/endpoints/activities-list.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

use crate::spec::{EndpointSpec, ListSpec, Method, UnnamedIntegrations};
use crate::operation::json_into;
use crate::validate::Field;
use crate::{Integration, Mode, ValidationReport};
/// `action` on `activities.list`: The action to filter by.
///
/// A value outside the list is kept in `Unknown` and reported by the validator.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Action {
    /// `login`
    Login,
    /// `login_failed`
    LoginFailed,
    /// `logout`
    Logout,
    /// `user_invited`
    UserInvited,
    /// `user_created`
    UserCreated,
    /// `user_joined`
    UserJoined,
    /// `user_deactivated`
    UserDeactivated,
    /// `user_deleted`
    UserDeleted,
    /// `user_updated`
    UserUpdated,
    /// `create`
    Create,
    /// `destroy`
    Destroy,
    /// `exported`
    Exported,
    /// `updated`
    Updated,
    /// A value this spec does not know, kept as given or received (see `UnknownValue`).
    Unknown(crate::decode::UnknownValue),
}
impl Action {
    /// The values this spec knows.
    pub const KNOWN: &'static [&'static str] = &[
        "login",
        "login_failed",
        "logout",
        "user_invited",
        "user_created",
        "user_joined",
        "user_deactivated",
        "user_deleted",
        "user_updated",
        "create",
        "destroy",
        "exported",
        "updated",
    ];
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Login => "login",
            Self::LoginFailed => "login_failed",
            Self::Logout => "logout",
            Self::UserInvited => "user_invited",
            Self::UserCreated => "user_created",
            Self::UserJoined => "user_joined",
            Self::UserDeactivated => "user_deactivated",
            Self::UserDeleted => "user_deleted",
            Self::UserUpdated => "user_updated",
            Self::Create => "create",
            Self::Destroy => "destroy",
            Self::Exported => "exported",
            Self::Updated => "updated",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
}
impl From<&str> for Action {
    fn from(value: &str) -> Self {
        match value {
            "login" => Self::Login,
            "login_failed" => Self::LoginFailed,
            "logout" => Self::Logout,
            "user_invited" => Self::UserInvited,
            "user_created" => Self::UserCreated,
            "user_joined" => Self::UserJoined,
            "user_deactivated" => Self::UserDeactivated,
            "user_deleted" => Self::UserDeleted,
            "user_updated" => Self::UserUpdated,
            "create" => Self::Create,
            "destroy" => Self::Destroy,
            "exported" => Self::Exported,
            "updated" => Self::Updated,
            other => Self::Unknown(crate::decode::UnknownValue::new(other)),
        }
    }
}
crate::decode::open_enum_traits!(Action);
/// `product` on `activities.list`: The product whose activities to list.
///
/// A value outside the list is kept in `Unknown` and reported by the validator.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Product {
    /// `azure_active_directory`
    AzureActiveDirectory,
    /// A value this spec does not know, kept as given or received (see `UnknownValue`).
    Unknown(crate::decode::UnknownValue),
}
impl Product {
    /// The values this spec knows.
    pub const KNOWN: &'static [&'static str] = &["azure_active_directory"];
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AzureActiveDirectory => "azure_active_directory",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
}
impl From<&str> for Product {
    fn from(value: &str) -> Self {
        match value {
            "azure_active_directory" => Self::AzureActiveDirectory,
            other => Self::Unknown(crate::decode::UnknownValue::new(other)),
        }
    }
}
crate::decode::open_enum_traits!(Product);
/// Lists the activities (audit-log events such as logins and user changes) of the connected
/// application, one page at a time: pass `next_cursor` from a response to get the next page. Filter by
/// actor, action and creation time where the integration supports it; Asana and GitHub require an
/// organization id.
///
/// `GET /unified/user-directory/activities`. Idempotent: safe to retry after a lost response.
///
/// Every integration requires `integrated_account_id`: `new` takes it. An integration that requires
/// more has a `for_…` constructor whose arguments are exactly what it requires. `validate` checks a
/// request against any integration, reporting every problem at once.
///
/// The page counts 23 integrations and names only those listed here
/// (<https://truto.one/docs/api-reference/unified-user-directory-api/activities/list>: one version
/// names these 21, a newer one counts 23 supported \[seen\]): a call for another integration is sent
/// with a warning, never refused.
///
/// Source: <https://truto.one/docs/api-reference/unified-user-directory-api/activities/list>.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListActivities {
    /// The unique identifier for the organization.
    ///
    /// Query parameter `organization_id` · string.
    /// Required in: Asana, GitHub.
    /// Note for Asana: Unique identifier of the organization to fetch the audit logs for.
    /// Note for GitHub: The unique identifier for the organization.
    pub organization_id: Option<String>,
    /// Date and time when the activity was created.
    ///
    /// Query parameter `created_at` · string.
    /// Supported in:
    /// Asana, Atlassian, Confluence, Dropbox - Business, Figma, HubSpot, Jira,
    /// Okta, Salesforce, Zendesk, Zoom.
    pub created_at: Option<String>,
    /// The unique identifier for the actor performing the activity.
    ///
    /// Query parameter `actor_id` · string.
    /// Supported in: Asana, Dropbox - Business, HubSpot, Okta, Salesforce, Zendesk.
    /// Note for Dropbox - Business: The unique identifier for the actor performing the activity. Please use
    /// profile.account_id field value here.
    pub actor_id: Option<String>,
    /// The action to filter by.
    ///
    /// Query parameter `action` · enum: `login`, `login_failed`, `logout`, `user_invited`, `user_created`,
    /// `user_joined`, `user_deactivated`, `user_deleted`, `user_updated`, `create`, `destroy`, `exported`,
    /// `updated`.
    /// Supported in: Asana, Atlassian, Dropbox - Business, Figma, HubSpot, Okta, Zendesk, Zoom.
    /// Note for Dropbox - Business: Values: login, login_failed, logout.
    /// Note for Figma: Values: login, logout, user_created, user_deleted.
    /// Note for HubSpot: Values: login.
    /// Note for Zoom: Values: login.
    pub action: Option<Action>,
    /// Unique identifier for the entity on which the action was performed.
    ///
    /// Query parameter `entity` · string.
    /// Supported in: Zendesk.
    pub entity: Option<String>,
    /// Type of the entity on which the action was performed.
    ///
    /// Query parameter `entity_type` · string.
    /// Supported in: Zendesk.
    pub entity_type: Option<String>,
    /// The product whose activities to list.
    ///
    /// Query parameter `product` · enum: `azure_active_directory`.
    /// Accepted by every integration of the endpoint.
    /// Assumed supported_in: not recovered from the API pages
    /// (<https://truto.one/docs/api-reference/unified-user-directory-api/activities/list> (newer version,
    /// integration names lost) \[seen\]; accepted by all here \[inferred\]).
    pub product: Option<Product>,
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
impl ListActivities {
    /// A request with the parameters every integration requires.
    ///
    /// It fits every integration of this endpoint but those with a `for_…` constructor below.
    #[inline]
    pub fn new(integrated_account_id: &str) -> Self {
        Self {
            truto_query: crate::TrutoQuery::new(integrated_account_id),
            ..Self::default()
        }
    }
    /// Sets `organization_id`: the unique identifier for the organization.
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        self.organization_id = Some(value.into());
        self
    }
    /// Sets `created_at`: date and time when the activity was created.
    pub fn created_at(mut self, value: impl Into<String>) -> Self {
        self.created_at = Some(value.into());
        self
    }
    /// Sets `actor_id`: the unique identifier for the actor performing the activity.
    pub fn actor_id(mut self, value: impl Into<String>) -> Self {
        self.actor_id = Some(value.into());
        self
    }
    /// Sets `action`: the action to filter by.
    pub fn action(mut self, value: impl Into<Action>) -> Self {
        self.action = Some(value.into());
        self
    }
    /// Sets `entity`: unique identifier for the entity on which the action was performed.
    pub fn entity(mut self, value: impl Into<String>) -> Self {
        self.entity = Some(value.into());
        self
    }
    /// Sets `entity_type`: type of the entity on which the action was performed.
    pub fn entity_type(mut self, value: impl Into<String>) -> Self {
        self.entity_type = Some(value.into());
        self
    }
    /// Sets `product`: the product whose activities to list.
    pub fn product(mut self, value: impl Into<Product>) -> Self {
        self.product = Some(value.into());
        self
    }
    /// A `activities.list` request for Asana, which also requires `organization_id` (unique identifier of
    /// the organization to fetch the audit logs for). It also accepts `created_at`, `actor_id`, `action`.
    #[inline]
    pub fn for_asana(integrated_account_id: &str, organization_id: &str) -> Self {
        let mut request = Self::new(integrated_account_id);
        request.organization_id = Some(organization_id.into());
        request
    }
    /// A `activities.list` request for GitHub, which also requires `organization_id` (the unique identifier
    /// for the organization).
    #[inline]
    pub fn for_github(integrated_account_id: &str, organization_id: &str) -> Self {
        let mut request = Self::new(integrated_account_id);
        request.organization_id = Some(organization_id.into());
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
            "organization_id" => json_into(&mut self.organization_id, value),
            "created_at" => json_into(&mut self.created_at, value),
            "actor_id" => json_into(&mut self.actor_id, value),
            "action" => json_into(&mut self.action, value),
            "entity" => json_into(&mut self.entity, value),
            "entity_type" => json_into(&mut self.entity_type, value),
            "product" => json_into(&mut self.product, value),
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
crate::operation::request_traits!(ListActivities);
impl crate::TrutoQuerySetters for ListActivities {
    #[inline]
    fn truto_query_mut(&mut self) -> &mut crate::TrutoQuery {
        &mut self.truto_query
    }
}
impl crate::PagingSetters for ListActivities {
    #[inline]
    fn paging_mut(&mut self) -> &mut crate::Paging {
        &mut self.paging
    }
}
impl crate::TrutoListSetters for ListActivities {
    #[inline]
    fn truto_list_mut(&mut self) -> &mut crate::TrutoList {
        &mut self.truto_list
    }
}
impl crate::Operation for ListActivities {
    type Response = crate::Page<crate::Activity>;
    #[inline]
    fn spec() -> &'static EndpointSpec {
        &SPEC
    }
    #[inline]
    fn fields(&self) -> Vec<Field<'_>> {
        let mut fields = Field::set(
            &[
                (&parameters::ORGANIZATION_ID, &self.organization_id),
                (&parameters::CREATED_AT, &self.created_at),
                (&parameters::ACTOR_ID, &self.actor_id),
                (&parameters::ACTION, &self.action),
                (&parameters::ENTITY, &self.entity),
                (&parameters::ENTITY_TYPE, &self.entity_type),
                (&parameters::PRODUCT, &self.product),
            ],
        );
        fields.extend(self.truto_query.fields());
        fields.extend(self.paging.fields());
        fields.extend(self.truto_list.fields());
        fields
    }
}
impl crate::Client {
    /// `GET /unified/user-directory/activities`: List Activities.
    ///
    /// Every page, fetched lazily as they are asked for: `next_page()` for pages, `items()` for the items
    /// of all pages as a stream. Each page is validated for `integration` (looked up from the integrated
    /// account when `None`) and sent with the client's retry policy and rate budget.
    #[inline]
    pub fn list_activities<'a>(
        &'a self,
        request: &'a ListActivities,
        integration: Option<Integration>,
    ) -> crate::Pages<'a, crate::Activity> {
        self.pages(request, integration)
    }
}

/// Everything the spec says about `activities.list`, as data.
pub static SPEC: EndpointSpec = EndpointSpec {
    name: "activities.list",
    rust_name: "ListActivities",
    summary: "List Activities",
    method: Method::Get,
    path: "/unified/user-directory/activities",
    description: "Lists the activities (audit-log events such as logins and user changes) of the connected \
        application, one page at a time: pass `next_cursor` from a response to get the next page. Filter by actor, \
        action and creation time where the integration supports it; Asana and GitHub require an organization id.",
    idempotent: true,
    irreversible: false,
    admin: false,
    integrations: &[
        Integration::Airtable, Integration::Asana, Integration::Atlassian, Integration::AzureActiveDirectory,
        Integration::Box, Integration::BrowserStack,
        Integration::Confluence, Integration::ConfluenceOnPrem, Integration::DropboxBusiness,
        Integration::Figma, Integration::GitHub,
        Integration::HubSpot, Integration::Intercom, Integration::Jira,
        Integration::Okta, Integration::OneLogin,
        Integration::Salesforce, Integration::Slack, Integration::TeamworkProjectManagement,
        Integration::Zendesk, Integration::Zoom,
    ],
    response_formats: &[
        crate::ResponseFormat::Unified,
        crate::ResponseFormat::Raw,
        crate::ResponseFormat::Normalized,
        crate::ResponseFormat::Stream,
    ],
    list: Some(ListSpec { partial_in: &[] }),
    parameters: &[
        &parameters::ORGANIZATION_ID,
        &parameters::CREATED_AT,
        &parameters::ACTOR_ID,
        &parameters::ACTION,
        &parameters::ENTITY,
        &parameters::ENTITY_TYPE,
        &parameters::PRODUCT,
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
        count: Some(23),
        source: "<https://truto.one/docs/api-reference/unified-user-directory-api/activities/list>: one version names \
            these 21, a newer one counts 23 supported [seen]",
    }),
    deprecated: None,
    wrapped: None,
    response_model: "Activity",
    response_fields: &[],
    presence: &PRESENCE,
    api: &crate::API,
};
/// What `activities.list`'s parameters ask of a request, by integration (computed at compile time).
static PRESENCE: crate::spec::Presences = crate::spec::Presences::of(&SPEC);

/// The entries of the endpoint's own parameters, one `static` each.
mod parameters {
    use crate::Integration;
    use crate::spec::{Acceptance, Example, Location, Note, ParamType, ParameterSpec};

    pub(super) static ORGANIZATION_ID: ParameterSpec = ParameterSpec::new(
        "organization_id", Location::Query, ParamType::String,
        Acceptance::required_in(&[Integration::Asana, Integration::GitHub]),
        "The unique identifier for the organization",
    )
    .notes(&[
        Note { integration: Integration::Asana, text: "Unique identifier of the organization to fetch the audit logs \
            for." },
        Note { integration: Integration::GitHub, text: "The unique identifier for the organization" },
    ])
    .example(Example::Text("1200000000000000"));

    pub(super) static CREATED_AT: ParameterSpec = ParameterSpec::new(
        "created_at", Location::Query, ParamType::String,
        Acceptance::supported_in(&[
            Integration::Asana, Integration::Atlassian, Integration::Confluence, Integration::DropboxBusiness,
            Integration::Figma,
            Integration::HubSpot, Integration::Jira,
            Integration::Okta, Integration::Salesforce, Integration::Zendesk, Integration::Zoom,
        ]),
        "Date and time when the activity was created.",
    );

    pub(super) static ACTOR_ID: ParameterSpec = ParameterSpec::new(
        "actor_id", Location::Query, ParamType::String,
        Acceptance::supported_in(&[
            Integration::Asana, Integration::DropboxBusiness, Integration::HubSpot,
            Integration::Okta, Integration::Salesforce, Integration::Zendesk,
        ]),
        "The unique identifier for the actor performing the activity",
    )
    .notes(&[
        Note { integration: Integration::DropboxBusiness, text: "The unique identifier for the actor performing the \
            activity. Please use profile.account_id field value here." },
    ]);

    pub(super) static ACTION: ParameterSpec = ParameterSpec::new(
        "action", Location::Query, ParamType::Enum(&[
            "login",
            "login_failed",
            "logout",
            "user_invited",
            "user_created",
            "user_joined",
            "user_deactivated",
            "user_deleted",
            "user_updated",
            "create",
            "destroy",
            "exported",
            "updated",
        ]),
        Acceptance::supported_in(&[
            Integration::Asana, Integration::Atlassian, Integration::DropboxBusiness, Integration::Figma,
            Integration::HubSpot,
            Integration::Okta, Integration::Zendesk, Integration::Zoom,
        ]),
        "The action to filter by",
    )
    .notes(&[
        Note { integration: Integration::DropboxBusiness, text: "Values: login, login_failed, logout." },
        Note { integration: Integration::Figma, text: "Values: login, logout, user_created, user_deleted." },
        Note { integration: Integration::HubSpot, text: "Values: login." },
        Note { integration: Integration::Zoom, text: "Values: login." },
    ]);

    pub(super) static ENTITY: ParameterSpec = ParameterSpec::new(
        "entity", Location::Query, ParamType::String,
        Acceptance::supported_in(&[Integration::Zendesk]),
        "Unique identifier for the entity on which the action was performed.",
    );

    pub(super) static ENTITY_TYPE: ParameterSpec = ParameterSpec::new(
        "entity_type", Location::Query, ParamType::String,
        Acceptance::supported_in(&[Integration::Zendesk]), "Type of the entity on which the action was performed.",
    );

    pub(super) static PRODUCT: ParameterSpec = ParameterSpec::new(
        "product", Location::Query, ParamType::Enum(&["azure_active_directory"]),
        Acceptance::Optional, "The product whose activities to list.",
    )
    .assumed(&["supported_in"]);
}
