// @generated from spec/endpoints/role-assignments-delete.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

use crate::spec::{EndpointSpec, ListedBy, Method, Revoke, UnnamedIntegrations};
use std::future::Future;
use crate::operation::json_into;
use crate::validate::Field;
use crate::{Integration, Mode, ValidationReport};
/// Deletes a role assignment of the connected application by its `id`: the user or group no longer
/// holds that role there.
///
/// `DELETE /unified/user-directory/role_assignments/{id}`. Idempotent: safe to retry after a lost
/// response.
///
/// Every integration requires `id`, `integrated_account_id`: `new` takes them. `validate` checks a
/// request against any integration, reporting every problem at once.
///
/// The page names no integration
/// (<https://www.truto.one/docs/api-reference/unified-user-directory-api/roleassignments.md> lists the
/// method and names no integration \[seen\]): a call for another integration is sent with a warning,
/// never refused.
///
/// Source: <https://www.truto.one/docs/api-reference/unified-user-directory-api/roleassignments.md>.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteRoleAssignment {
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
impl DeleteRoleAssignment {
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
crate::operation::request_traits!(DeleteRoleAssignment);
impl crate::TrutoQuerySetters for DeleteRoleAssignment {
    #[inline]
    fn truto_query_mut(&mut self) -> &mut crate::TrutoQuery {
        &mut self.truto_query
    }
}
impl crate::Operation for DeleteRoleAssignment {
    type Response = crate::Deleted;
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
    /// `DELETE /unified/user-directory/role_assignments/{id}`: Delete Role assignments.
    ///
    /// Validates `request` for `integration` (looked up from the integrated account when `None`), sends it
    /// with the client's retry policy and decodes the response.
    #[inline]
    pub fn delete_role_assignment<'a>(
        &'a self,
        request: &'a DeleteRoleAssignment,
        integration: Option<Integration>,
    ) -> impl Future<
        Output = Result<crate::Response<crate::Deleted>, crate::Error>,
    > + 'a {
        self.send(request, integration)
    }
}

/// Everything the spec says about `role_assignments.delete`, as data.
pub static SPEC: EndpointSpec = EndpointSpec {
    name: "role_assignments.delete",
    rust_name: "DeleteRoleAssignment",
    summary: "Delete Role assignments",
    method: Method::Delete,
    path: "/unified/user-directory/role_assignments/{id}",
    description: "Deletes a role assignment of the connected application by its `id`: the user or group no longer \
        holds that role there.",
    idempotent: true,
    irreversible: false,
    admin: false,
    integrations: &[],
    response_formats: &[crate::ResponseFormat::Unified, crate::ResponseFormat::Raw, crate::ResponseFormat::Normalized],
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
    revoke: Some(Revoke {
        access: "role_assignments",
        user_field: "roles",
        item: &parameters::ID,
        listed_by: Some(ListedBy {
            endpoint: &crate::endpoints::role_assignments_list::SPEC,
            user_key: "user_id",
            grants: "role_id",
        }),
        source: "<https://www.truto.one/docs/api-reference/unified-user-directory-api/roleassignments.md> [seen]; \
            filtering by user_id client-side [inferred]",
    }),
    unnamed_integrations: Some(UnnamedIntegrations {
        count: None,
        source: "<https://www.truto.one/docs/api-reference/unified-user-directory-api/roleassignments.md> lists the \
            method and names no integration [seen]",
    }),
    deprecated: None,
    wrapped: None,
    response_model: "Deleted",
    response_fields: &[],
    presence: &PRESENCE,
    api: &crate::API,
};
/// What `role_assignments.delete`'s parameters ask of a request, by integration (computed at compile time).
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
