// @generated from spec/endpoints/roles-get.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

use crate::spec::{EndpointSpec, Method};
use std::future::Future;
use crate::operation::json_into;
use crate::validate::Field;
use crate::{Integration, Mode, ValidationReport};
/// Gets one role of the connected application by its `id`. dbt Labs requires a workspace id.
///
/// `GET /unified/user-directory/roles/{id}`. Idempotent: safe to retry after a lost response.
///
/// Every integration requires `id`, `integrated_account_id`: `new` takes them. An integration that
/// requires more has a `for_…` constructor whose arguments are exactly what it requires. `validate`
/// checks a request against any integration, reporting every problem at once.
///
/// Source: <https://www.truto.one/docs/api-reference/unified-user-directory-api/roles/get.md>.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRole {
    /// The ID of the resource.
    ///
    /// Path parameter `id` · string.
    /// Required by every integration.
    pub id: String,
    /// The unique identifier of the workspace the role belongs to.
    ///
    /// Query parameter `workspace_id` · string.
    /// Required in: dbt Labs.
    pub workspace_id: Option<String>,
    /// The unique identifier of the group (team) the role belongs to.
    ///
    /// Query parameter `group_id` · string.
    /// Supported in: Opsgenie.
    pub group_id: Option<String>,
    /// The parameters of the `truto_query` group, shared with other endpoints: see
    /// [`TrutoQuery`](crate::TrutoQuery), and [`TrutoQuerySetters`](crate::TrutoQuerySetters) for their
    /// setters.
    pub truto_query: crate::TrutoQuery,
}
impl GetRole {
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
    /// Sets `workspace_id`: the unique identifier of the workspace the role belongs to.
    pub fn workspace_id(mut self, value: impl Into<String>) -> Self {
        self.workspace_id = Some(value.into());
        self
    }
    /// Sets `group_id`: the unique identifier of the group (team) the role belongs to.
    pub fn group_id(mut self, value: impl Into<String>) -> Self {
        self.group_id = Some(value.into());
        self
    }
    /// A `roles.get` request for dbt Labs, which also requires `workspace_id`.
    #[inline]
    pub fn for_dbt_labs(
        id: &str,
        integrated_account_id: &str,
        workspace_id: &str,
    ) -> Self {
        let mut request = Self::new(id, integrated_account_id);
        request.workspace_id = Some(workspace_id.into());
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
            "workspace_id" => json_into(&mut self.workspace_id, value),
            "group_id" => json_into(&mut self.group_id, value),
            _ if crate::TrutoQuery::NAMES.contains(&name) => {
                self.truto_query.set_parameter(name, value)?
            }
            _ => return None,
        };
        Some(set)
    }
}
crate::operation::request_traits!(GetRole);
impl crate::TrutoQuerySetters for GetRole {
    #[inline]
    fn truto_query_mut(&mut self) -> &mut crate::TrutoQuery {
        &mut self.truto_query
    }
}
impl crate::Operation for GetRole {
    type Response = crate::Role;
    #[inline]
    fn spec() -> &'static EndpointSpec {
        &SPEC
    }
    #[inline]
    fn fields(&self) -> Vec<Field<'_>> {
        let mut fields = Field::set(
            &[
                (&parameters::ID, &self.id),
                (&parameters::WORKSPACE_ID, &self.workspace_id),
                (&parameters::GROUP_ID, &self.group_id),
            ],
        );
        fields.extend(self.truto_query.fields());
        fields
    }
}
impl crate::Client {
    /// `GET /unified/user-directory/roles/{id}`: Get Roles.
    ///
    /// Validates `request` for `integration` (looked up from the integrated account when `None`), sends it
    /// with the client's retry policy and decodes the response.
    #[inline]
    pub fn get_role<'a>(
        &'a self,
        request: &'a GetRole,
        integration: Option<Integration>,
    ) -> impl Future<Output = Result<crate::Response<crate::Role>, crate::Error>> + 'a {
        self.send(request, integration)
    }
}

/// Everything the spec says about `roles.get`, as data.
pub static SPEC: EndpointSpec = EndpointSpec {
    name: "roles.get",
    rust_name: "GetRole",
    summary: "Get Roles",
    method: Method::Get,
    path: "/unified/user-directory/roles/{id}",
    description: "Gets one role of the connected application by its `id`. dbt Labs requires a workspace id.",
    idempotent: true,
    irreversible: false,
    admin: false,
    integrations: &[
        Integration::AdobeMarketoEngage, Integration::ApacheAirflow, Integration::Auth0, Integration::AvigilonAlta,
        Integration::BigPanda, Integration::Boomi,
        Integration::Close, Integration::CrowdStrike, Integration::Datadog, Integration::DbtLabs, Integration::Domo,
        Integration::Freshdesk, Integration::Freshservice, Integration::GoogleCloud,
        Integration::Harness, Integration::HelloID,
        Integration::JFrog, Integration::Jira, Integration::JiraServiceManagement, Integration::Kommo,
        Integration::LaunchDarkly,
        Integration::OracleNetsuite,
        Integration::NewRelic,
        Integration::OneLogin,
        Integration::Opsgenie, Integration::OracleFusionCloud, Integration::OracleFusionCloudFinancials,
        Integration::Outreach,
        Integration::Pipedrive,
        Integration::QlikSense, Integration::Rockset,
        Integration::SailPointIdentityIQScim, Integration::SailPointIdentitySecurityCloud,
        Integration::Salesforce, Integration::Salesloft,
        Integration::Sisense,
        Integration::SolarWindsServiceDesk, Integration::Sophos,
        Integration::UiPath,
        Integration::Webex, Integration::Workato, Integration::ZohoCrm, Integration::Zoom,
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
        &parameters::WORKSPACE_ID,
        &parameters::GROUP_ID,
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
    response_model: "Role",
    response_fields: &[],
    presence: &PRESENCE,
    api: &crate::API,
};
/// What `roles.get`'s parameters ask of a request, by integration (computed at compile time).
static PRESENCE: crate::spec::Presences = crate::spec::Presences::of(&SPEC);

/// The entries of the endpoint's own parameters, one `static` each.
mod parameters {
    use crate::Integration;
    use crate::spec::{Acceptance, Example, Location, ParamType, ParameterSpec};

    pub(super) static ID: ParameterSpec = ParameterSpec::new(
        "id", Location::Path, ParamType::String,
        Acceptance::Required, "The ID of the resource.",
    )
    .example(Example::Text("23423523"));

    pub(super) static WORKSPACE_ID: ParameterSpec = ParameterSpec::new(
        "workspace_id", Location::Query, ParamType::String,
        Acceptance::required_in(&[Integration::DbtLabs]), "The unique identifier of the workspace the role belongs to.",
    )
    .example(Example::Text("70403103912345"));

    pub(super) static GROUP_ID: ParameterSpec = ParameterSpec::new(
        "group_id", Location::Query, ParamType::String,
        Acceptance::supported_in(&[Integration::Opsgenie]),
        "The unique identifier of the group (team) the role belongs to.",
    );
}
