// @generated from spec/endpoints/groups-add.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

use crate::spec::{Deprecation, EndpointSpec, Method};
use std::future::Future;
use crate::operation::json_into;
use crate::validate::Field;
use crate::{Integration, Mode, ValidationReport};
/// Adds a user (`user_id`) to a group (`group_id`) in Okta; the response is the group. Deprecated:
/// Truto will remove this method.
///
/// `POST /unified/user-directory/groups/add`.
///
/// Every integration requires `integrated_account_id`: `new` takes it. An integration that requires
/// more has a `for_…` constructor whose arguments are exactly what it requires. `validate` checks a
/// request against any integration, reporting every problem at once.
///
/// **Deprecated**: Deprecated on the page ("will be removed in a future release"); no other documented
/// method adds a user to a group.
/// (<https://truto.one/docs/api-reference/unified-user-directory-api/groups/add> \[seen\])
///
/// Source: <https://truto.one/docs/api-reference/unified-user-directory-api/groups/add>.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AddGroupUser {
    /// The unique identifier for the group.
    ///
    /// Body parameter `group_id` · string.
    /// Required in: Okta.
    pub group_id: Option<String>,
    /// The unique identifier for the user.
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
impl AddGroupUser {
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
    /// Sets `group_id`: the unique identifier for the group.
    pub fn group_id(mut self, value: impl Into<String>) -> Self {
        self.group_id = Some(value.into());
        self
    }
    /// Sets `user_id`: the unique identifier for the user.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// A `groups.add` request for Okta, which also requires `group_id`; `user_id`.
    #[inline]
    pub fn for_okta(integrated_account_id: &str, group_id: &str, user_id: &str) -> Self {
        let mut request = Self::new(integrated_account_id);
        request.group_id = Some(group_id.into());
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
            "group_id" => json_into(&mut self.group_id, value),
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
crate::operation::request_traits!(AddGroupUser);
impl crate::TrutoQuerySetters for AddGroupUser {
    #[inline]
    fn truto_query_mut(&mut self) -> &mut crate::TrutoQuery {
        &mut self.truto_query
    }
}
impl crate::RemoteDataBodySetters for AddGroupUser {
    #[inline]
    fn remote_data_body_mut(&mut self) -> &mut crate::RemoteDataBody {
        &mut self.remote_data_body
    }
}
impl crate::Operation for AddGroupUser {
    type Response = crate::Group;
    #[inline]
    fn spec() -> &'static EndpointSpec {
        &SPEC
    }
    #[inline]
    fn fields(&self) -> Vec<Field<'_>> {
        let mut fields = Field::set(
            &[
                (&parameters::GROUP_ID, &self.group_id),
                (&parameters::USER_ID, &self.user_id),
            ],
        );
        fields.extend(self.truto_query.fields());
        fields.extend(self.remote_data_body.fields());
        fields
    }
}
impl crate::Client {
    /// `POST /unified/user-directory/groups/add`: Add Groups.
    ///
    /// Validates `request` for `integration` (looked up from the integrated account when `None`), sends it
    /// with the client's retry policy and decodes the response.
    ///
    /// **Deprecated**: Deprecated on the page ("will be removed in a future release"); no other documented
    /// method adds a user to a group.
    #[deprecated(
        note = "Deprecated on the page (\"will be removed in a future release\"); no other documented method adds a \
            user to a group."
    )]
    #[inline]
    pub fn add_group_user<'a>(
        &'a self,
        request: &'a AddGroupUser,
        integration: Option<Integration>,
    ) -> impl Future<Output = Result<crate::Response<crate::Group>, crate::Error>> + 'a {
        self.send(request, integration)
    }
}

/// Everything the spec says about `groups.add`, as data.
pub static SPEC: EndpointSpec = EndpointSpec {
    name: "groups.add",
    rust_name: "AddGroupUser",
    summary: "Add Groups",
    method: Method::Post,
    path: "/unified/user-directory/groups/add",
    description: "Adds a user (`user_id`) to a group (`group_id`) in Okta; the response is the group. Deprecated: \
        Truto will remove this method.",
    idempotent: false,
    irreversible: false,
    admin: false,
    integrations: &[Integration::Okta],
    response_formats: &[crate::ResponseFormat::Unified, crate::ResponseFormat::Raw, crate::ResponseFormat::Normalized],
    list: None,
    parameters: &[
        &parameters::GROUP_ID,
        &parameters::USER_ID,
        &crate::common::truto_query::INTEGRATED_ACCOUNT_ID,
        &crate::common::truto_query::TRUTO_RESPONSE_FORMAT,
        &crate::common::truto_query::TRUTO_IGNORE_REMOTE_DATA,
        &crate::common::truto_query::TRUTO_EXCLUDE_FIELDS,
        &crate::common::truto_query::REMOTE_QUERY,
        &crate::common::remote_data_body::REMOTE_DATA,
    ],
    rules: &[],
    offboarding: None,
    revoke: None,
    unnamed_integrations: None,
    deprecated: Some(Deprecation {
        note: "Deprecated on the page (\"will be removed in a future release\"); no other documented method adds a \
            user to a group.",
        source: "<https://truto.one/docs/api-reference/unified-user-directory-api/groups/add> [seen]",
    }),
    wrapped: Some("result"),
    response_model: "Group",
    response_fields: &[],
    presence: &PRESENCE,
    api: &crate::API,
};
/// What `groups.add`'s parameters ask of a request, by integration (computed at compile time).
static PRESENCE: crate::spec::Presences = crate::spec::Presences::of(&SPEC);

/// The entries of the endpoint's own parameters, one `static` each.
mod parameters {
    use crate::Integration;
    use crate::spec::{Acceptance, Example, Location, ParamRole, ParamType, ParameterSpec};

    pub(super) static GROUP_ID: ParameterSpec = ParameterSpec::new(
        "group_id", Location::Body, ParamType::String,
        Acceptance::required_in(&[Integration::Okta]), "The unique identifier for the group",
    )
    .example(Example::Text("your_group_id"));

    pub(super) static USER_ID: ParameterSpec = ParameterSpec::new(
        "user_id", Location::Body, ParamType::String,
        Acceptance::required_in(&[Integration::Okta]), "The unique identifier for the user",
    )
    .role(ParamRole::User)
    .example(Example::Text("your_user_id"));
}
