// @generated from spec/endpoints/groups-remove-user.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

use crate::spec::{EndpointSpec, Method, Revoke, UnnamedIntegrations};
use std::future::Future;
use crate::operation::json_into;
use crate::validate::Field;
use crate::{Integration, Mode, ValidationReport};
/// Removes a user (`user_id`) from a group (`group_id`) of the connected application; the response is
/// the group.
///
/// `POST /unified/user-directory/groups/remove-user`.
///
/// Every integration requires `group_id`, `user_id`, `integrated_account_id`: `new` takes them.
/// `validate` checks a request against any integration, reporting every problem at once.
///
/// The page counts 6 integrations and names none of them
/// (<https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/remove-user> counts 6
/// ("6 supported, 6 required") and names none \[seen\]): a call for another integration is sent with a
/// warning, never refused.
///
/// Source: <https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/remove-user>.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct RemoveUserFromGroup {
    /// The unique identifier for the group.
    ///
    /// Body parameter `group_id` · string.
    /// Required by every integration.
    pub group_id: String,
    /// The unique identifier for the user.
    ///
    /// Body parameter `user_id` · string.
    /// Required by every integration.
    pub user_id: String,
    /// The parameters of the `truto_query` group, shared with other endpoints: see
    /// [`TrutoQuery`](crate::TrutoQuery), and [`TrutoQuerySetters`](crate::TrutoQuerySetters) for their
    /// setters.
    pub truto_query: crate::TrutoQuery,
    /// The parameters of the `remote_data_body` group, shared with other endpoints: see
    /// [`RemoteDataBody`](crate::RemoteDataBody), and
    /// [`RemoteDataBodySetters`](crate::RemoteDataBodySetters) for their setters.
    pub remote_data_body: crate::RemoteDataBody,
}
impl RemoveUserFromGroup {
    /// A request with the parameters every integration requires.
    ///
    /// It fits every integration of this endpoint.
    #[inline]
    pub fn new(group_id: &str, user_id: &str, integrated_account_id: &str) -> Self {
        Self {
            group_id: group_id.into(),
            user_id: user_id.into(),
            truto_query: crate::TrutoQuery::new(integrated_account_id),
            ..Self::default()
        }
    }
    /// Sets `group_id`: the unique identifier for the group.
    pub fn group_id(mut self, value: impl Into<String>) -> Self {
        self.group_id = value.into();
        self
    }
    /// Sets `user_id`: the unique identifier for the user.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = value.into();
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
crate::operation::request_traits!(RemoveUserFromGroup);
impl crate::TrutoQuerySetters for RemoveUserFromGroup {
    #[inline]
    fn truto_query_mut(&mut self) -> &mut crate::TrutoQuery {
        &mut self.truto_query
    }
}
impl crate::RemoteDataBodySetters for RemoveUserFromGroup {
    #[inline]
    fn remote_data_body_mut(&mut self) -> &mut crate::RemoteDataBody {
        &mut self.remote_data_body
    }
}
impl crate::Operation for RemoveUserFromGroup {
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
    /// `POST /unified/user-directory/groups/remove-user`: Remove User Groups.
    ///
    /// Validates `request` for `integration` (looked up from the integrated account when `None`), sends it
    /// with the client's retry policy and decodes the response.
    #[inline]
    pub fn remove_user_from_group<'a>(
        &'a self,
        request: &'a RemoveUserFromGroup,
        integration: Option<Integration>,
    ) -> impl Future<Output = Result<crate::Response<crate::Group>, crate::Error>> + 'a {
        self.send(request, integration)
    }
}

/// Everything the spec says about `groups.remove_user`, as data.
pub static SPEC: EndpointSpec = EndpointSpec {
    name: "groups.remove_user",
    rust_name: "RemoveUserFromGroup",
    summary: "Remove User Groups",
    method: Method::Post,
    path: "/unified/user-directory/groups/remove-user",
    description: "Removes a user (`user_id`) from a group (`group_id`) of the connected application; the response is \
        the group.",
    idempotent: false,
    irreversible: false,
    admin: false,
    integrations: &[],
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
    revoke: Some(Revoke {
        access: "groups",
        user_field: "groups",
        item: &parameters::GROUP_ID,
        listed_by: None,
        source: "<https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/remove-user> [seen]; one \
            call per group of the user record [inferred]",
    }),
    unnamed_integrations: Some(UnnamedIntegrations {
        count: Some(6),
        source: "<https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/remove-user> counts 6 \
            (\"6 supported, 6 required\") and names none [seen]",
    }),
    deprecated: None,
    wrapped: Some("result"),
    response_model: "Group",
    response_fields: &[],
    presence: &PRESENCE,
    api: &crate::API,
};
/// What `groups.remove_user`'s parameters ask of a request, by integration (computed at compile time).
static PRESENCE: crate::spec::Presences = crate::spec::Presences::of(&SPEC);

/// The entries of the endpoint's own parameters, one `static` each.
mod parameters {
    use crate::spec::{Acceptance, Example, Location, ParamRole, ParamType, ParameterSpec};

    pub(super) static GROUP_ID: ParameterSpec = ParameterSpec::new(
        "group_id", Location::Body, ParamType::String,
        Acceptance::Required, "The unique identifier for the group",
    )
    .example(Example::Text("your_group_id"));

    pub(super) static USER_ID: ParameterSpec = ParameterSpec::new(
        "user_id", Location::Body, ParamType::String,
        Acceptance::Required, "The unique identifier for the user",
    )
    .role(ParamRole::User)
    .example(Example::Text("your_user_id"));
}
