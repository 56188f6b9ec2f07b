// @generated from spec/endpoints/workspaces-get.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

use crate::spec::{EndpointSpec, Method};
use std::future::Future;
use crate::operation::json_into;
use crate::validate::Field;
use crate::{Integration, Mode, ValidationReport};
/// Gets one workspace of the connected application by its `id`. Zoho BugTracker requires an
/// organization id.
///
/// `GET /unified/user-directory/workspaces/{id}`. Idempotent: safe to retry after a lost response.
///
/// Every integration requires `id`, `integrated_account_id`: `new` takes them. An integration that
/// requires more has a `for_…` constructor whose arguments are exactly what it requires. `validate`
/// checks a request against any integration, reporting every problem at once.
///
/// Source: <https://www.truto.one/docs/api-reference/unified-user-directory-api/workspaces/get.md>.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GetWorkspace {
    /// The ID of the resource.
    ///
    /// Path parameter `id` · string.
    /// Required by every integration.
    pub id: String,
    /// The unique identifier of the organization the workspace belongs to.
    ///
    /// Query parameter `organization_id` · string.
    /// Required in: Zoho BugTracker.
    /// Supported in: Zoho Projects.
    pub organization_id: Option<String>,
    /// The parameters of the `truto_query` group, shared with other endpoints: see
    /// [`TrutoQuery`](crate::TrutoQuery), and [`TrutoQuerySetters`](crate::TrutoQuerySetters) for their
    /// setters.
    pub truto_query: crate::TrutoQuery,
}
impl GetWorkspace {
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
    /// Sets `organization_id`: the unique identifier of the organization the workspace belongs to.
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        self.organization_id = Some(value.into());
        self
    }
    /// A `workspaces.get` request for Zoho BugTracker, which also requires `organization_id`.
    #[inline]
    pub fn for_zoho_bugtracker(
        id: &str,
        integrated_account_id: &str,
        organization_id: &str,
    ) -> Self {
        let mut request = Self::new(id, integrated_account_id);
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
            "id" => json_into(&mut self.id, value),
            "organization_id" => json_into(&mut self.organization_id, value),
            _ if crate::TrutoQuery::NAMES.contains(&name) => {
                self.truto_query.set_parameter(name, value)?
            }
            _ => return None,
        };
        Some(set)
    }
}
crate::operation::request_traits!(GetWorkspace);
impl crate::TrutoQuerySetters for GetWorkspace {
    #[inline]
    fn truto_query_mut(&mut self) -> &mut crate::TrutoQuery {
        &mut self.truto_query
    }
}
impl crate::Operation for GetWorkspace {
    type Response = crate::Workspace;
    #[inline]
    fn spec() -> &'static EndpointSpec {
        &SPEC
    }
    #[inline]
    fn fields(&self) -> Vec<Field<'_>> {
        let mut fields = Field::set(
            &[
                (&parameters::ID, &self.id),
                (&parameters::ORGANIZATION_ID, &self.organization_id),
            ],
        );
        fields.extend(self.truto_query.fields());
        fields
    }
}
impl crate::Client {
    /// `GET /unified/user-directory/workspaces/{id}`: Get Workspaces.
    ///
    /// Validates `request` for `integration` (looked up from the integrated account when `None`), sends it
    /// with the client's retry policy and decodes the response.
    #[inline]
    pub fn get_workspace<'a>(
        &'a self,
        request: &'a GetWorkspace,
        integration: Option<Integration>,
    ) -> impl Future<
        Output = Result<crate::Response<crate::Workspace>, crate::Error>,
    > + 'a {
        self.send(request, integration)
    }
}

/// Everything the spec says about `workspaces.get`, as data.
pub static SPEC: EndpointSpec = EndpointSpec {
    name: "workspaces.get",
    rust_name: "GetWorkspace",
    summary: "Get Workspaces",
    method: Method::Get,
    path: "/unified/user-directory/workspaces/{id}",
    description: "Gets one workspace of the connected application by its `id`. Zoho BugTracker requires an \
        organization id.",
    idempotent: true,
    irreversible: false,
    admin: false,
    integrations: &[
        Integration::Adyen, Integration::Aha, Integration::Anthropic, Integration::AvalaraAvaTax,
        Integration::Bitbucket,
        Integration::CiscoMeraki, Integration::ContentfulContentManagement, Integration::DbtLabs, Integration::Discord,
        Integration::Freshservice,
        Integration::GoogleCloudSQL, Integration::GitLab, Integration::GoogleAds, Integration::GoogleCloud,
        Integration::HashicorpTerraformCloud, Integration::Illow, Integration::MongoDBAtlasAdmin,
        Integration::PivotalTracker, Integration::Podio, Integration::PowerBi, Integration::Render,
        Integration::SigmaComputing, Integration::TeamworkProjectManagement, Integration::TeamworkSpaces,
        Integration::Vercel, Integration::Webflow, Integration::WordPress, Integration::Workiva,
        Integration::ZestyIo, Integration::ZohoBugTracker, Integration::ZohoProjects,
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
        &parameters::ORGANIZATION_ID,
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
    response_model: "Workspace",
    response_fields: &[],
    presence: &PRESENCE,
    api: &crate::API,
};
/// What `workspaces.get`'s parameters ask of a request, by integration (computed at compile time).
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

    pub(super) static ORGANIZATION_ID: ParameterSpec = ParameterSpec::new(
        "organization_id", Location::Query, ParamType::String,
        Acceptance::Listed {
            required_in: &[Integration::ZohoBugTracker],
            supported_in: &[Integration::ZohoProjects],
        },
        "The unique identifier of the organization the workspace belongs to.",
    )
    .example(Example::Text("123456"));
}
