// @generated from spec/endpoints/activities-get.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

use crate::spec::{EndpointSpec, Method};
use std::future::Future;
use crate::operation::json_into;
use crate::validate::Field;
use crate::{Integration, Mode, ValidationReport};
/// Gets one activity (audit-log event) of the connected application by its `id`.
///
/// `GET /unified/user-directory/activities/{id}`. Idempotent: safe to retry after a lost response.
///
/// Every integration requires `id`, `integrated_account_id`: `new` takes them. `validate` checks a
/// request against any integration, reporting every problem at once.
///
/// Source: <https://truto.one/docs/api-reference/unified-user-directory-api/activities/get>.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GetActivity {
    /// The ID of the resource.
    ///
    /// Path parameter `id` · string.
    /// Required by every integration.
    pub id: String,
    /// The parameters of the `truto_query` group, shared with other endpoints: see
    /// [`TrutoQuery`](crate::TrutoQuery), and [`TrutoQuerySetters`](crate::TrutoQuerySetters) for their
    /// setters.
    pub truto_query: crate::TrutoQuery,
}
impl GetActivity {
    /// A request with the parameters every integration requires.
    ///
    /// It fits every integration of this endpoint.
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
            _ if crate::TrutoQuery::NAMES.contains(&name) => {
                self.truto_query.set_parameter(name, value)?
            }
            _ => return None,
        };
        Some(set)
    }
}
crate::operation::request_traits!(GetActivity);
impl crate::TrutoQuerySetters for GetActivity {
    #[inline]
    fn truto_query_mut(&mut self) -> &mut crate::TrutoQuery {
        &mut self.truto_query
    }
}
impl crate::Operation for GetActivity {
    type Response = crate::Activity;
    #[inline]
    fn spec() -> &'static EndpointSpec {
        &SPEC
    }
    #[inline]
    fn fields(&self) -> Vec<Field<'_>> {
        let mut fields = Field::set(&[(&parameters::ID, &self.id)]);
        fields.extend(self.truto_query.fields());
        fields
    }
}
impl crate::Client {
    /// `GET /unified/user-directory/activities/{id}`: Get Activities.
    ///
    /// Validates `request` for `integration` (looked up from the integrated account when `None`), sends it
    /// with the client's retry policy and decodes the response.
    #[inline]
    pub fn get_activity<'a>(
        &'a self,
        request: &'a GetActivity,
        integration: Option<Integration>,
    ) -> impl Future<
        Output = Result<crate::Response<crate::Activity>, crate::Error>,
    > + 'a {
        self.send(request, integration)
    }
}

/// Everything the spec says about `activities.get`, as data.
pub static SPEC: EndpointSpec = EndpointSpec {
    name: "activities.get",
    rust_name: "GetActivity",
    summary: "Get Activities",
    method: Method::Get,
    path: "/unified/user-directory/activities/{id}",
    description: "Gets one activity (audit-log event) of the connected application by its `id`.",
    idempotent: true,
    irreversible: false,
    admin: false,
    integrations: &[Integration::Atlassian],
    response_formats: &[
        crate::ResponseFormat::Unified,
        crate::ResponseFormat::Raw,
        crate::ResponseFormat::Normalized,
        crate::ResponseFormat::Stream,
    ],
    list: None,
    parameters: &[
        &parameters::ID,
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
    response_model: "Activity",
    response_fields: &[],
    presence: &PRESENCE,
    api: &crate::API,
};
/// What `activities.get`'s parameters ask of a request, by integration (computed at compile time).
static PRESENCE: crate::spec::Presences = crate::spec::Presences::of(&SPEC);

/// The entries of the endpoint's own parameters, one `static` each.
mod parameters {
    use crate::spec::{Acceptance, Example, Location, ParamType, ParameterSpec};

    pub(super) static ID: ParameterSpec = ParameterSpec::new(
        "id", Location::Path, ParamType::String,
        Acceptance::Required, "The ID of the resource.",
    )
    .example(Example::Text("23423523"));
}
