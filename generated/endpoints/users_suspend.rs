// @generated from spec/endpoints/users-suspend.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

use crate::spec::{AlreadyDone, Effect, EndpointSpec, Method, Offboarding};
use std::future::Future;
use crate::operation::json_into;
use crate::validate::Field;
use crate::{Integration, Mode, ValidationReport};
/// Suspends a user in the connected application. The user is identified by `user_id` in the request
/// body; the response is the User object.
///
/// `POST /unified/user-directory/users/suspend`.
///
/// Every integration requires `integrated_account_id`: `new` takes it. An integration that requires
/// more has a `for_…` constructor whose arguments are exactly what it requires. `validate` checks a
/// request against any integration, reporting every problem at once.
///
/// Source: <https://truto.one/docs/api-reference/unified-user-directory-api/users/suspend>.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct SuspendUser {
    /// The unique identifier of the user.
    ///
    /// Body parameter `user_id` · string.
    /// Required in: Okta.
    pub user_id: Option<String>,
    /// The parameters of the `truto_query` group, shared with other endpoints: see
    /// [`TrutoQuery`](crate::TrutoQuery), and [`TrutoQuerySetters`](crate::TrutoQuerySetters) for their
    /// setters.
    pub truto_query: crate::TrutoQuery,
    /// The parameters of the `remote_data_body` group, shared with other endpoints: see
    /// [`RemoteDataBody`](crate::RemoteDataBody), and
    /// [`RemoteDataBodySetters`](crate::RemoteDataBodySetters) for their setters.
    pub remote_data_body: crate::RemoteDataBody,
}
impl SuspendUser {
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
    /// Sets `user_id`: the unique identifier of the user.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// A `users.suspend` request for Okta, which also requires `user_id`.
    #[inline]
    pub fn for_okta(integrated_account_id: &str, user_id: &str) -> Self {
        let mut request = Self::new(integrated_account_id);
        request.user_id = Some(user_id.into());
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
            "user_id" => json_into(&mut self.user_id, value),
            _ if crate::TrutoQuery::NAMES.contains(&name) => {
                self.truto_query.set_parameter(name, value)?
            }
            _ if crate::RemoteDataBody::NAMES.contains(&name) => {
                self.remote_data_body.set_parameter(name, value)?
            }
            _ => return None,
        };
        Some(set)
    }
}
crate::operation::request_traits!(SuspendUser);
impl crate::TrutoQuerySetters for SuspendUser {
    #[inline]
    fn truto_query_mut(&mut self) -> &mut crate::TrutoQuery {
        &mut self.truto_query
    }
}
impl crate::RemoteDataBodySetters for SuspendUser {
    #[inline]
    fn remote_data_body_mut(&mut self) -> &mut crate::RemoteDataBody {
        &mut self.remote_data_body
    }
}
impl crate::Operation for SuspendUser {
    type Response = crate::User;
    #[inline]
    fn spec() -> &'static EndpointSpec {
        &SPEC
    }
    #[inline]
    fn fields(&self) -> Vec<Field<'_>> {
        let mut fields = Field::set(&[(&parameters::USER_ID, &self.user_id)]);
        fields.extend(self.truto_query.fields());
        fields.extend(self.remote_data_body.fields());
        fields
    }
}
impl crate::Client {
    /// `POST /unified/user-directory/users/suspend`: Suspend Users.
    ///
    /// Validates `request` for `integration` (looked up from the integrated account when `None`), sends it
    /// with the client's retry policy and decodes the response.
    #[inline]
    pub fn suspend_user<'a>(
        &'a self,
        request: &'a SuspendUser,
        integration: Option<Integration>,
    ) -> impl Future<Output = Result<crate::Response<crate::User>, crate::Error>> + 'a {
        self.send(request, integration)
    }
}

/// Everything the spec says about `users.suspend`, as data.
pub static SPEC: EndpointSpec = EndpointSpec {
    name: "users.suspend",
    rust_name: "SuspendUser",
    summary: "Suspend Users",
    method: Method::Post,
    path: "/unified/user-directory/users/suspend",
    description: "Suspends a user in the connected application. The user is identified by `user_id` in the request \
        body; the response is the User object.",
    idempotent: false,
    irreversible: false,
    admin: false,
    integrations: &[Integration::Okta],
    response_formats: &[crate::ResponseFormat::Unified, crate::ResponseFormat::Raw, crate::ResponseFormat::Normalized],
    list: None,
    parameters: &[
        &parameters::USER_ID,
        &crate::common::truto_query::INTEGRATED_ACCOUNT_ID,
        &crate::common::truto_query::TRUTO_RESPONSE_FORMAT,
        &crate::common::truto_query::TRUTO_IGNORE_REMOTE_DATA,
        &crate::common::truto_query::TRUTO_EXCLUDE_FIELDS,
        &crate::common::truto_query::REMOTE_QUERY,
        &crate::common::remote_data_body::REMOTE_DATA,
    ],
    rules: &[],
    offboarding: Some(Offboarding {
        operation: "suspend",
        rank: 1,
        effect: Effect::SetsStatus("inactive"),
        already_done: &[
            AlreadyDone { status: 409, remote: true, meaning: "the user is already suspended or inactive" },
        ],
    }),
    revoke: None,
    unnamed_integrations: None,
    deprecated: None,
    wrapped: None,
    response_model: "User",
    response_fields: &[],
    presence: &PRESENCE,
    api: &crate::API,
};
/// What `users.suspend`'s parameters ask of a request, by integration (computed at compile time).
static PRESENCE: crate::spec::Presences = crate::spec::Presences::of(&SPEC);

/// The entries of the endpoint's own parameters, one `static` each.
mod parameters {
    use crate::Integration;
    use crate::spec::{Acceptance, Example, Location, ParamRole, ParamType, ParameterSpec};

    pub(super) static USER_ID: ParameterSpec = ParameterSpec::new(
        "user_id", Location::Body, ParamType::String,
        Acceptance::required_in(&[Integration::Okta]), "The unique identifier of the user",
    )
    .role(ParamRole::User)
    .example(Example::Text("your_user_id"));
}
