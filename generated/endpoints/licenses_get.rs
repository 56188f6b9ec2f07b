// @generated from spec/endpoints/licenses-get.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

use crate::spec::{EndpointSpec, Method};
use std::future::Future;
use crate::operation::json_into;
use crate::validate::Field;
use crate::{Integration, Mode, ValidationReport};
/// `include_assigned_to` on `licenses.get`: Also return whom the license is assigned to.
///
/// A value outside the list is kept in `Unknown` and reported by the validator.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum IncludeAssignedTo {
    /// `user`
    User,
    /// A value this spec does not know, kept as given or received (see `UnknownValue`).
    Unknown(crate::decode::UnknownValue),
}
impl IncludeAssignedTo {
    /// The values this spec knows.
    pub const KNOWN: &'static [&'static str] = &["user"];
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
}
impl From<&str> for IncludeAssignedTo {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            other => Self::Unknown(crate::decode::UnknownValue::new(other)),
        }
    }
}
crate::decode::open_enum_traits!(IncludeAssignedTo);
/// Gets one license of the connected application by its `id`. Webex can also say who it is assigned to
/// (`include_assigned_to`).
///
/// `GET /unified/user-directory/licenses/{id}`. Idempotent: safe to retry after a lost response.
///
/// Every integration requires `id`, `integrated_account_id`: `new` takes them. `validate` checks a
/// request against any integration, reporting every problem at once.
///
/// Source: <https://truto.one/docs/api-reference/unified-user-directory-api/licenses/get>.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GetLicense {
    /// The ID of the resource.
    ///
    /// Path parameter `id` · string.
    /// Required by every integration.
    pub id: String,
    /// Also return whom the license is assigned to.
    ///
    /// Query parameter `include_assigned_to` · enum: `user`.
    /// Supported in: Webex.
    pub include_assigned_to: Option<IncludeAssignedTo>,
    /// The parameters of the `truto_query` group, shared with other endpoints: see
    /// [`TrutoQuery`](crate::TrutoQuery), and [`TrutoQuerySetters`](crate::TrutoQuerySetters) for their
    /// setters.
    pub truto_query: crate::TrutoQuery,
}
impl GetLicense {
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
    /// Sets `include_assigned_to`: also return whom the license is assigned to.
    pub fn include_assigned_to(mut self, value: impl Into<IncludeAssignedTo>) -> Self {
        self.include_assigned_to = Some(value.into());
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
            "include_assigned_to" => json_into(&mut self.include_assigned_to, value),
            _ if crate::TrutoQuery::NAMES.contains(&name) => {
                self.truto_query.set_parameter(name, value)?
            }
            _ => return None,
        };
        Some(set)
    }
}
crate::operation::request_traits!(GetLicense);
impl crate::TrutoQuerySetters for GetLicense {
    #[inline]
    fn truto_query_mut(&mut self) -> &mut crate::TrutoQuery {
        &mut self.truto_query
    }
}
impl crate::Operation for GetLicense {
    type Response = crate::License;
    #[inline]
    fn spec() -> &'static EndpointSpec {
        &SPEC
    }
    #[inline]
    fn fields(&self) -> Vec<Field<'_>> {
        let mut fields = Field::set(
            &[
                (&parameters::ID, &self.id),
                (&parameters::INCLUDE_ASSIGNED_TO, &self.include_assigned_to),
            ],
        );
        fields.extend(self.truto_query.fields());
        fields
    }
}
impl crate::Client {
    /// `GET /unified/user-directory/licenses/{id}`: Get Licenses.
    ///
    /// Validates `request` for `integration` (looked up from the integrated account when `None`), sends it
    /// with the client's retry policy and decodes the response.
    #[inline]
    pub fn get_license<'a>(
        &'a self,
        request: &'a GetLicense,
        integration: Option<Integration>,
    ) -> impl Future<
        Output = Result<crate::Response<crate::License>, crate::Error>,
    > + 'a {
        self.send(request, integration)
    }
}

/// Everything the spec says about `licenses.get`, as data.
pub static SPEC: EndpointSpec = EndpointSpec {
    name: "licenses.get",
    rust_name: "GetLicense",
    summary: "Get Licenses",
    method: Method::Get,
    path: "/unified/user-directory/licenses/{id}",
    description: "Gets one license of the connected application by its `id`. Webex can also say who it is assigned to \
        (`include_assigned_to`).",
    idempotent: true,
    irreversible: false,
    admin: false,
    integrations: &[Integration::CiscoMeraki, Integration::Salesforce, Integration::Webex],
    response_formats: &[
        crate::ResponseFormat::Unified,
        crate::ResponseFormat::Raw,
        crate::ResponseFormat::Normalized,
        crate::ResponseFormat::Stream,
    ],
    list: None,
    parameters: &[
        &parameters::ID,
        &parameters::INCLUDE_ASSIGNED_TO,
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
    response_model: "License",
    response_fields: &[],
    presence: &PRESENCE,
    api: &crate::API,
};
/// What `licenses.get`'s parameters ask of a request, by integration (computed at compile time).
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

    pub(super) static INCLUDE_ASSIGNED_TO: ParameterSpec = ParameterSpec::new(
        "include_assigned_to", Location::Query, ParamType::Enum(&["user"]),
        Acceptance::supported_in(&[Integration::Webex]), "Also return whom the license is assigned to.",
    );
}
