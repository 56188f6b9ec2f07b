// @generated from spec/endpoints/groups-delete.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

use crate::spec::{EndpointSpec, Method};
use std::future::Future;
use crate::operation::json_into;
use crate::validate::Field;
use crate::{Integration, Mode, ValidationReport};
/// `group_type` on `groups.delete`: Type of the group.
///
/// A value outside the list is kept in `Unknown` and reported by the validator.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GroupType {
    /// `department`
    Department,
    /// `group`
    Group,
    /// `team`
    Team,
    /// A value this spec does not know, kept as given or received (see `UnknownValue`).
    Unknown(crate::decode::UnknownValue),
}
impl GroupType {
    /// The values this spec knows.
    pub const KNOWN: &'static [&'static str] = &["department", "group", "team"];
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Department => "department",
            Self::Group => "group",
            Self::Team => "team",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
}
impl From<&str> for GroupType {
    fn from(value: &str) -> Self {
        match value {
            "department" => Self::Department,
            "group" => Self::Group,
            "team" => Self::Team,
            other => Self::Unknown(crate::decode::UnknownValue::new(other)),
        }
    }
}
crate::decode::open_enum_traits!(GroupType);
/// Deletes a group of the connected application, by its `id`. The group cannot be restored.
///
/// `DELETE /unified/user-directory/groups/{id}`. Irreversible: it destroys data that cannot be
/// restored. Idempotent: safe to retry after a lost response.
///
/// Every integration requires `id`, `integrated_account_id`: `new` takes them. `validate` checks a
/// request against any integration, reporting every problem at once.
///
/// Source: <https://truto.one/docs/api-reference/unified-user-directory-api/groups/delete>.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteGroup {
    /// The ID of the resource.
    ///
    /// Path parameter `id` · string.
    /// Required by every integration.
    pub id: String,
    /// Type of the group.
    ///
    /// Query parameter `group_type` · enum: `department`, `group`, `team`.
    /// Accepted by every integration of the endpoint.
    /// Assumed supported_in: not recovered from the API pages
    /// (<https://www.truto.one/docs/api-reference/unified-user-directory-api/groups/delete> (1 supported, 1
    /// required, integration name lost) \[seen counts\]; accepted by all here \[inferred\]).
    pub group_type: Option<GroupType>,
    /// The parameters of the `truto_query` group, shared with other endpoints: see
    /// [`TrutoQuery`](crate::TrutoQuery), and [`TrutoQuerySetters`](crate::TrutoQuerySetters) for their
    /// setters.
    pub truto_query: crate::TrutoQuery,
}
impl DeleteGroup {
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
    /// Sets `group_type`: type of the group.
    pub fn group_type(mut self, value: impl Into<GroupType>) -> Self {
        self.group_type = Some(value.into());
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
            "group_type" => json_into(&mut self.group_type, value),
            _ if crate::TrutoQuery::NAMES.contains(&name) => {
                self.truto_query.set_parameter(name, value)?
            }
            _ => return None,
        };
        Some(set)
    }
}
crate::operation::request_traits!(DeleteGroup);
impl crate::TrutoQuerySetters for DeleteGroup {
    #[inline]
    fn truto_query_mut(&mut self) -> &mut crate::TrutoQuery {
        &mut self.truto_query
    }
}
impl crate::Operation for DeleteGroup {
    type Response = crate::Deleted;
    #[inline]
    fn spec() -> &'static EndpointSpec {
        &SPEC
    }
    #[inline]
    fn fields(&self) -> Vec<Field<'_>> {
        let mut fields = Field::set(
            &[(&parameters::ID, &self.id), (&parameters::GROUP_TYPE, &self.group_type)],
        );
        fields.extend(self.truto_query.fields());
        fields
    }
}
impl crate::Client {
    /// `DELETE /unified/user-directory/groups/{id}`: Delete Groups.
    ///
    /// Validates `request` for `integration` (looked up from the integrated account when `None`), sends it
    /// with the client's retry policy and decodes the response.
    #[inline]
    pub fn delete_group<'a>(
        &'a self,
        request: &'a DeleteGroup,
        integration: Option<Integration>,
    ) -> impl Future<
        Output = Result<crate::Response<crate::Deleted>, crate::Error>,
    > + 'a {
        self.send(request, integration)
    }
}

/// Everything the spec says about `groups.delete`, as data.
pub static SPEC: EndpointSpec = EndpointSpec {
    name: "groups.delete",
    rust_name: "DeleteGroup",
    summary: "Delete Groups",
    method: Method::Delete,
    path: "/unified/user-directory/groups/{id}",
    description: "Deletes a group of the connected application, by its `id`. The group cannot be restored.",
    idempotent: true,
    irreversible: true,
    admin: false,
    integrations: &[
        Integration::BlackLine, Integration::FilesCom, Integration::Jira,
        Integration::OpenVPNCloudConnexa, Integration::Sophos,
    ],
    response_formats: &[crate::ResponseFormat::Unified, crate::ResponseFormat::Raw, crate::ResponseFormat::Normalized],
    list: None,
    parameters: &[
        &parameters::ID,
        &parameters::GROUP_TYPE,
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
    response_model: "Deleted",
    response_fields: &[],
    presence: &PRESENCE,
    api: &crate::API,
};
/// What `groups.delete`'s parameters ask of a request, by integration (computed at compile time).
static PRESENCE: crate::spec::Presences = crate::spec::Presences::of(&SPEC);

/// The entries of the endpoint's own parameters, one `static` each.
mod parameters {
    use crate::spec::{Acceptance, Example, Location, ParamType, ParameterSpec};

    pub(super) static ID: ParameterSpec = ParameterSpec::new(
        "id", Location::Path, ParamType::String,
        Acceptance::Required, "The ID of the resource.",
    )
    .example(Example::Text("23423523"));

    pub(super) static GROUP_TYPE: ParameterSpec = ParameterSpec::new(
        "group_type", Location::Query, ParamType::Enum(&["department", "group", "team"]),
        Acceptance::Optional, "Type of the group.",
    )
    .assumed(&["supported_in"])
    .example(Example::Text("team"));
}
