// @generated from spec/endpoints/users-downgrade.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

use crate::spec::{AlreadyDone, Effect, EndpointSpec, Method, Offboarding};
use std::future::Future;
use crate::operation::json_into;
use crate::validate::Field;
use crate::{Integration, Mode, ValidationReport};
/// `role_id` on `users.downgrade`: The role to downgrade the user to.
///
/// A value outside the list is kept in `Unknown` and reported by the validator.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RoleId {
    /// `admin`
    Admin,
    /// `limited_user`
    LimitedUser,
    /// `observer`
    Observer,
    /// `owner`
    Owner,
    /// `read_only_limited_user`
    ReadOnlyLimitedUser,
    /// `read_only_user`
    ReadOnlyUser,
    /// `restricted_access`
    RestrictedAccess,
    /// `user`
    User,
    /// A value this spec does not know, kept as given or received (see `UnknownValue`).
    Unknown(crate::decode::UnknownValue),
}
impl RoleId {
    /// The values this spec knows.
    pub const KNOWN: &'static [&'static str] = &[
        "admin",
        "limited_user",
        "observer",
        "owner",
        "read_only_limited_user",
        "read_only_user",
        "restricted_access",
        "user",
    ];
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Admin => "admin",
            Self::LimitedUser => "limited_user",
            Self::Observer => "observer",
            Self::Owner => "owner",
            Self::ReadOnlyLimitedUser => "read_only_limited_user",
            Self::ReadOnlyUser => "read_only_user",
            Self::RestrictedAccess => "restricted_access",
            Self::User => "user",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
}
impl From<&str> for RoleId {
    fn from(value: &str) -> Self {
        match value {
            "admin" => Self::Admin,
            "limited_user" => Self::LimitedUser,
            "observer" => Self::Observer,
            "owner" => Self::Owner,
            "read_only_limited_user" => Self::ReadOnlyLimitedUser,
            "read_only_user" => Self::ReadOnlyUser,
            "restricted_access" => Self::RestrictedAccess,
            "user" => Self::User,
            other => Self::Unknown(crate::decode::UnknownValue::new(other)),
        }
    }
}
crate::decode::open_enum_traits!(RoleId);
/// Downgrades a user in the connected application: the account stays, but its role or paid license is
/// lowered (e.g. to a limited or read-only user). The user is identified by `user_id` in the request
/// body; the response is the User object.
///
/// `POST /unified/user-directory/users/downgrade`.
///
/// Every integration requires `integrated_account_id`: `new` takes it. An integration that requires
/// more has a `for_…` constructor whose arguments are exactly what it requires. `validate` checks a
/// request against any integration, reporting every problem at once.
///
/// Source: <https://truto.one/docs/api-reference/unified-user-directory-api/users/downgrade>.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DowngradeUser {
    /// The unique identifier of the user.
    ///
    /// Body parameter `user_id` · string.
    /// Required in: PagerDuty, Salesforce, Segment, Zoom.
    /// Supported in: Airtable.
    /// Note for Airtable: not listed on the page for Airtable; assumed accepted, since the call must name
    /// the user.
    /// Assumed supported_in: not recovered from the API pages.
    pub user_id: Option<String>,
    /// The unique identifier of the license.
    ///
    /// Body parameter `license_id` · string.
    /// Required in: PagerDuty.
    /// Assumed location: not recovered from the API pages
    /// (<https://truto.one/docs/api-reference/unified-user-directory-api/users/downgrade>: license_id
    /// required in PagerDuty \[seen\]; location \[inferred\]).
    pub license_id: Option<String>,
    /// The role to downgrade the user to.
    ///
    /// Body parameter `role_id` · enum: `admin`, `limited_user`, `observer`, `owner`,
    /// `read_only_limited_user`, `read_only_user`, `restricted_access`, `user`.
    /// Required in: PagerDuty, Salesforce, Segment.
    pub role_id: Option<RoleId>,
    /// The unique identifier of the workspace the user belongs to.
    ///
    /// Body parameter `workspace_id` · string.
    /// Required in: Segment.
    /// Note for Segment: Segment needs user_id, role_id and workspace_id in the request body.
    pub workspace_id: Option<String>,
    /// The parameters of the `truto_query` group, shared with other endpoints: see
    /// [`TrutoQuery`](crate::TrutoQuery), and [`TrutoQuerySetters`](crate::TrutoQuerySetters) for their
    /// setters.
    pub truto_query: crate::TrutoQuery,
    /// The parameters of the `remote_data_body` group, shared with other endpoints: see
    /// [`RemoteDataBody`](crate::RemoteDataBody), and
    /// [`RemoteDataBodySetters`](crate::RemoteDataBodySetters) for their setters.
    pub remote_data_body: crate::RemoteDataBody,
}
impl DowngradeUser {
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
    /// Sets `license_id`: the unique identifier of the license.
    pub fn license_id(mut self, value: impl Into<String>) -> Self {
        self.license_id = Some(value.into());
        self
    }
    /// Sets `role_id`: the role to downgrade the user to.
    pub fn role_id(mut self, value: impl Into<RoleId>) -> Self {
        self.role_id = Some(value.into());
        self
    }
    /// Sets `workspace_id`: the unique identifier of the workspace the user belongs to.
    pub fn workspace_id(mut self, value: impl Into<String>) -> Self {
        self.workspace_id = Some(value.into());
        self
    }
    /// A `users.downgrade` request for PagerDuty, which also requires `user_id`; `license_id`; `role_id`.
    #[inline]
    pub fn for_pagerduty(
        integrated_account_id: &str,
        user_id: &str,
        license_id: &str,
        role_id: impl Into<RoleId>,
    ) -> Self {
        let mut request = Self::new(integrated_account_id);
        request.user_id = Some(user_id.into());
        request.license_id = Some(license_id.into());
        request.role_id = Some(role_id.into());
        request
    }
    /// A `users.downgrade` request for Salesforce, which also requires `user_id`; `role_id`.
    #[inline]
    pub fn for_salesforce(
        integrated_account_id: &str,
        user_id: &str,
        role_id: impl Into<RoleId>,
    ) -> Self {
        let mut request = Self::new(integrated_account_id);
        request.user_id = Some(user_id.into());
        request.role_id = Some(role_id.into());
        request
    }
    /// A `users.downgrade` request for Segment, which also requires `user_id`; `role_id`; `workspace_id`
    /// (segment needs user_id, role_id and workspace_id in the request body).
    #[inline]
    pub fn for_segment(
        integrated_account_id: &str,
        user_id: &str,
        role_id: impl Into<RoleId>,
        workspace_id: &str,
    ) -> Self {
        let mut request = Self::new(integrated_account_id);
        request.user_id = Some(user_id.into());
        request.role_id = Some(role_id.into());
        request.workspace_id = Some(workspace_id.into());
        request
    }
    /// A `users.downgrade` request for Zoom, which also requires `user_id`.
    #[inline]
    pub fn for_zoom(integrated_account_id: &str, user_id: &str) -> Self {
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
            "license_id" => json_into(&mut self.license_id, value),
            "role_id" => json_into(&mut self.role_id, value),
            "workspace_id" => json_into(&mut self.workspace_id, value),
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
crate::operation::request_traits!(DowngradeUser);
impl crate::TrutoQuerySetters for DowngradeUser {
    #[inline]
    fn truto_query_mut(&mut self) -> &mut crate::TrutoQuery {
        &mut self.truto_query
    }
}
impl crate::RemoteDataBodySetters for DowngradeUser {
    #[inline]
    fn remote_data_body_mut(&mut self) -> &mut crate::RemoteDataBody {
        &mut self.remote_data_body
    }
}
impl crate::Operation for DowngradeUser {
    type Response = crate::User;
    #[inline]
    fn spec() -> &'static EndpointSpec {
        &SPEC
    }
    #[inline]
    fn fields(&self) -> Vec<Field<'_>> {
        let mut fields = Field::set(
            &[
                (&parameters::USER_ID, &self.user_id),
                (&parameters::LICENSE_ID, &self.license_id),
                (&parameters::ROLE_ID, &self.role_id),
                (&parameters::WORKSPACE_ID, &self.workspace_id),
            ],
        );
        fields.extend(self.truto_query.fields());
        fields.extend(self.remote_data_body.fields());
        fields
    }
}
impl crate::Client {
    /// `POST /unified/user-directory/users/downgrade`: Downgrade Users.
    ///
    /// Validates `request` for `integration` (looked up from the integrated account when `None`), sends it
    /// with the client's retry policy and decodes the response.
    #[inline]
    pub fn downgrade_user<'a>(
        &'a self,
        request: &'a DowngradeUser,
        integration: Option<Integration>,
    ) -> impl Future<Output = Result<crate::Response<crate::User>, crate::Error>> + 'a {
        self.send(request, integration)
    }
}

/// Everything the spec says about `users.downgrade`, as data.
pub static SPEC: EndpointSpec = EndpointSpec {
    name: "users.downgrade",
    rust_name: "DowngradeUser",
    summary: "Downgrade Users",
    method: Method::Post,
    path: "/unified/user-directory/users/downgrade",
    description: "Downgrades a user in the connected application: the account stays, but its role or paid license is \
        lowered (e.g. to a limited or read-only user). The user is identified by `user_id` in the request body; the \
        response is the User object.",
    idempotent: false,
    irreversible: false,
    admin: false,
    integrations: &[
        Integration::Airtable, Integration::PagerDuty, Integration::Salesforce, Integration::Segment, Integration::Zoom,
    ],
    response_formats: &[crate::ResponseFormat::Unified, crate::ResponseFormat::Raw, crate::ResponseFormat::Normalized],
    list: None,
    parameters: &[
        &parameters::USER_ID,
        &parameters::LICENSE_ID,
        &parameters::ROLE_ID,
        &parameters::WORKSPACE_ID,
        &crate::common::truto_query::INTEGRATED_ACCOUNT_ID,
        &crate::common::truto_query::TRUTO_RESPONSE_FORMAT,
        &crate::common::truto_query::TRUTO_IGNORE_REMOTE_DATA,
        &crate::common::truto_query::TRUTO_EXCLUDE_FIELDS,
        &crate::common::truto_query::REMOTE_QUERY,
        &crate::common::remote_data_body::REMOTE_DATA,
    ],
    rules: &[],
    offboarding: Some(Offboarding {
        operation: "downgrade",
        rank: 4,
        effect: Effect::Downgrades,
        already_done: &[
            AlreadyDone { status: 409, remote: true, meaning: "the user is already downgraded" },
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
/// What `users.downgrade`'s parameters ask of a request, by integration (computed at compile time).
static PRESENCE: crate::spec::Presences = crate::spec::Presences::of(&SPEC);

/// The entries of the endpoint's own parameters, one `static` each.
mod parameters {
    use crate::Integration;
    use crate::spec::{Acceptance, Example, Location, Note, ParamRole, ParamType, ParameterSpec};

    pub(super) static USER_ID: ParameterSpec = ParameterSpec::new(
        "user_id", Location::Body, ParamType::String,
        Acceptance::Listed {
            required_in: &[Integration::PagerDuty, Integration::Salesforce, Integration::Segment, Integration::Zoom],
            supported_in: &[Integration::Airtable],
        },
        "The unique identifier of the user",
    )
    .notes(&[
        Note { integration: Integration::Airtable, text: "not listed on the page for Airtable; assumed accepted, \
            since the call must name the user" },
    ])
    .role(ParamRole::User)
    .assumed(&["supported_in"])
    .example(Example::Text("your_user_id"));

    pub(super) static LICENSE_ID: ParameterSpec = ParameterSpec::new(
        "license_id", Location::Body, ParamType::String,
        Acceptance::required_in(&[Integration::PagerDuty]), "The unique identifier of the license.",
    )
    .assumed(&["location"])
    .example(Example::Text("your_license_id"));

    pub(super) static ROLE_ID: ParameterSpec = ParameterSpec::new(
        "role_id", Location::Body, ParamType::Enum(&[
            "admin",
            "limited_user",
            "observer",
            "owner",
            "read_only_limited_user",
            "read_only_user",
            "restricted_access",
            "user",
        ]),
        Acceptance::required_in(&[Integration::PagerDuty, Integration::Salesforce, Integration::Segment]),
        "The role to downgrade the user to.",
    )
    .example(Example::Text("read_only_user"));

    pub(super) static WORKSPACE_ID: ParameterSpec = ParameterSpec::new(
        "workspace_id", Location::Body, ParamType::String,
        Acceptance::required_in(&[Integration::Segment]), "The unique identifier of the workspace the user belongs to.",
    )
    .notes(&[
        Note { integration: Integration::Segment, text: "Segment needs user_id, role_id and workspace_id in the \
            request body." },
    ])
    .example(Example::Text("your_workspace_id"));
}
