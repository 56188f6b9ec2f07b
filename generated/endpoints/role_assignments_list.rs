// @generated from spec/endpoints/role-assignments-list.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

use crate::spec::{EndpointSpec, ListSpec, Method};
use crate::operation::json_into;
use crate::validate::Field;
use crate::{Integration, Mode, ValidationReport};
/// Lists the role assignments of the connected application (which user or group holds which role, and
/// where), one page at a time: pass `next_cursor` from a response to get the next page. Jenkins
/// requires a role id, Slack Enterprise a workspace.
///
/// `GET /unified/user-directory/role_assignments`. Idempotent: safe to retry after a lost response.
///
/// Every integration requires `integrated_account_id`: `new` takes it. An integration that requires
/// more has a `for_…` constructor whose arguments are exactly what it requires. `validate` checks a
/// request against any integration, reporting every problem at once.
///
/// Source:
/// <https://truto-website.pages.dev/docs/api-reference/unified-user-directory-api/roleassignments/list>.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListRoleAssignments {
    /// The unique identifier for a role.
    ///
    /// Query parameter `role_id` · string.
    /// Required in: Jenkins.
    /// Supported in: BlackLine.
    /// Note for BlackLine: The unique identifier for a role.
    /// Note for Jenkins: The unique identifier for the role.
    pub role_id: Option<String>,
    /// The unique identifier for a group the role is assigned to.
    ///
    /// Query parameter `group_id` · string.
    /// Supported in: BlackLine.
    pub group_id: Option<String>,
    /// The unique identifier for a workspace.
    ///
    /// Query parameter `workspace` · string.
    /// Required in: Slack Enterprise.
    pub workspace: Option<String>,
    /// Select the product for which you want to retrieve the role assignments.
    ///
    /// Query parameter `product` · string.
    /// Accepted by every integration of the endpoint.
    /// Assumed type and supported_in: not recovered from the API pages
    /// (<https://truto-website.pages.dev/docs/api-reference/unified-user-directory-api/roleassignments/list>
    /// (the value `workspace`, and a Required-in list whose names the text lost) \[seen\]; a string
    /// accepted by all here \[inferred\]).
    pub product: Option<String>,
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
impl ListRoleAssignments {
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
    /// Sets `role_id`: the unique identifier for a role.
    pub fn role_id(mut self, value: impl Into<String>) -> Self {
        self.role_id = Some(value.into());
        self
    }
    /// Sets `group_id`: the unique identifier for a group the role is assigned to.
    pub fn group_id(mut self, value: impl Into<String>) -> Self {
        self.group_id = Some(value.into());
        self
    }
    /// Sets `workspace`: the unique identifier for a workspace.
    pub fn workspace(mut self, value: impl Into<String>) -> Self {
        self.workspace = Some(value.into());
        self
    }
    /// Sets `product`: select the product for which you want to retrieve the role assignments.
    pub fn product(mut self, value: impl Into<String>) -> Self {
        self.product = Some(value.into());
        self
    }
    /// A `role_assignments.list` request for Jenkins, which also requires `role_id` (the unique identifier
    /// for the role).
    #[inline]
    pub fn for_jenkins(integrated_account_id: &str, role_id: &str) -> Self {
        let mut request = Self::new(integrated_account_id);
        request.role_id = Some(role_id.into());
        request
    }
    /// A `role_assignments.list` request for Slack Enterprise, which also requires `workspace`.
    #[inline]
    pub fn for_slack_enterprise(integrated_account_id: &str, workspace: &str) -> Self {
        let mut request = Self::new(integrated_account_id);
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
            "role_id" => json_into(&mut self.role_id, value),
            "group_id" => json_into(&mut self.group_id, value),
            "workspace" => json_into(&mut self.workspace, value),
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
crate::operation::request_traits!(ListRoleAssignments);
impl crate::TrutoQuerySetters for ListRoleAssignments {
    #[inline]
    fn truto_query_mut(&mut self) -> &mut crate::TrutoQuery {
        &mut self.truto_query
    }
}
impl crate::PagingSetters for ListRoleAssignments {
    #[inline]
    fn paging_mut(&mut self) -> &mut crate::Paging {
        &mut self.paging
    }
}
impl crate::TrutoListSetters for ListRoleAssignments {
    #[inline]
    fn truto_list_mut(&mut self) -> &mut crate::TrutoList {
        &mut self.truto_list
    }
}
impl crate::Operation for ListRoleAssignments {
    type Response = crate::Page<crate::RoleAssignment>;
    #[inline]
    fn spec() -> &'static EndpointSpec {
        &SPEC
    }
    #[inline]
    fn fields(&self) -> Vec<Field<'_>> {
        let mut fields = Field::set(
            &[
                (&parameters::ROLE_ID, &self.role_id),
                (&parameters::GROUP_ID, &self.group_id),
                (&parameters::WORKSPACE, &self.workspace),
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
    /// `GET /unified/user-directory/role_assignments`: List Role assignments.
    ///
    /// Every page, fetched lazily as they are asked for: `next_page()` for pages, `items()` for the items
    /// of all pages as a stream. Each page is validated for `integration` (looked up from the integrated
    /// account when `None`) and sent with the client's retry policy and rate budget.
    #[inline]
    pub fn list_role_assignments<'a>(
        &'a self,
        request: &'a ListRoleAssignments,
        integration: Option<Integration>,
    ) -> crate::Pages<'a, crate::RoleAssignment> {
        self.pages(request, integration)
    }
}

/// Everything the spec says about `role_assignments.list`, as data.
pub static SPEC: EndpointSpec = EndpointSpec {
    name: "role_assignments.list",
    rust_name: "ListRoleAssignments",
    summary: "List Role assignments",
    method: Method::Get,
    path: "/unified/user-directory/role_assignments",
    description: "Lists the role assignments of the connected application (which user or group holds which role, and \
        where), one page at a time: pass `next_cursor` from a response to get the next page. Jenkins requires a role \
        id, Slack Enterprise a workspace.",
    idempotent: true,
    irreversible: false,
    admin: false,
    integrations: &[
        Integration::BlackLine, Integration::Google, Integration::GoogleWorkspace, Integration::Jenkins,
        Integration::SlackEnterprise, Integration::UiPath,
    ],
    response_formats: &[
        crate::ResponseFormat::Unified,
        crate::ResponseFormat::Raw,
        crate::ResponseFormat::Normalized,
        crate::ResponseFormat::Stream,
    ],
    list: Some(ListSpec { partial_in: &[] }),
    parameters: &[
        &parameters::ROLE_ID,
        &parameters::GROUP_ID,
        &parameters::WORKSPACE,
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
    unnamed_integrations: None,
    deprecated: None,
    wrapped: None,
    response_model: "RoleAssignment",
    response_fields: &[],
    presence: &PRESENCE,
    api: &crate::API,
};
/// What `role_assignments.list`'s parameters ask of a request, by integration (computed at compile time).
static PRESENCE: crate::spec::Presences = crate::spec::Presences::of(&SPEC);

/// The entries of the endpoint's own parameters, one `static` each.
mod parameters {
    use crate::Integration;
    use crate::spec::{Acceptance, Example, Location, Note, ParamType, ParameterSpec};

    pub(super) static ROLE_ID: ParameterSpec = ParameterSpec::new(
        "role_id", Location::Query, ParamType::String,
        Acceptance::Listed {
            required_in: &[Integration::Jenkins],
            supported_in: &[Integration::BlackLine],
        },
        "The unique identifier for a role",
    )
    .notes(&[
        Note { integration: Integration::BlackLine, text: "The unique identifier for a role." },
        Note { integration: Integration::Jenkins, text: "The unique identifier for the role." },
    ])
    .example(Example::Text("admin"));

    pub(super) static GROUP_ID: ParameterSpec = ParameterSpec::new(
        "group_id", Location::Query, ParamType::String,
        Acceptance::supported_in(&[Integration::BlackLine]),
        "The unique identifier for a group the role is assigned to.",
    );

    pub(super) static WORKSPACE: ParameterSpec = ParameterSpec::new(
        "workspace", Location::Query, ParamType::String,
        Acceptance::required_in(&[Integration::SlackEnterprise]), "The unique identifier for a workspace",
    )
    .example(Example::Text("T0123456789"));

    pub(super) static PRODUCT: ParameterSpec = ParameterSpec::new(
        "product", Location::Query, ParamType::String,
        Acceptance::Optional, "Select the product for which you want to retrieve the role assignments.",
    )
    .assumed(&["type", "supported_in"])
    .example(Example::Text("workspace"));
}
