// @generated from spec/endpoints/utilization-list.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

use crate::spec::{EndpointSpec, ListSpec, Method};
use crate::operation::json_into;
use crate::validate::Field;
use crate::{Integration, Mode, ValidationReport};
/// `utilization_type` on `utilization.list`: The type of the utilization report.
///
/// A value outside the list is kept in `Unknown` and reported by the validator.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UtilizationType {
    /// `actions`
    Actions,
    /// `licenses`
    Licenses,
    /// `packages`
    Packages,
    /// `shared-storage`
    SharedStorage,
    /// `user_activity`
    UserActivity,
    /// A value this spec does not know, kept as given or received (see `UnknownValue`).
    Unknown(crate::decode::UnknownValue),
}
impl UtilizationType {
    /// The values this spec knows.
    pub const KNOWN: &'static [&'static str] = &[
        "actions",
        "licenses",
        "packages",
        "shared-storage",
        "user_activity",
    ];
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Actions => "actions",
            Self::Licenses => "licenses",
            Self::Packages => "packages",
            Self::SharedStorage => "shared-storage",
            Self::UserActivity => "user_activity",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
}
impl From<&str> for UtilizationType {
    fn from(value: &str) -> Self {
        match value {
            "actions" => Self::Actions,
            "licenses" => Self::Licenses,
            "packages" => Self::Packages,
            "shared-storage" => Self::SharedStorage,
            "user_activity" => Self::UserActivity,
            other => Self::Unknown(crate::decode::UnknownValue::new(other)),
        }
    }
}
crate::decode::open_enum_traits!(UtilizationType);
/// Lists the connected application's utilization reports (actions, licenses, packages, shared storage,
/// user activity), each a table of `columns` and `rows`, one page at a time: pass `next_cursor` from a
/// response to get the next page. Most integrations require a `utilization_type`.
///
/// `GET /unified/user-directory/utilization`. Idempotent: safe to retry after a lost response.
///
/// Every integration requires `integrated_account_id`: `new` takes it. `validate` checks a request
/// against any integration, reporting every problem at once.
///
/// Source: <https://truto.one/docs/api-reference/unified-user-directory-api/utilization/list>.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListUtilization {
    /// The type of the utilization report.
    ///
    /// Query parameter `utilization_type` · enum: `actions`, `licenses`, `packages`, `shared-storage`,
    /// `user_activity`.
    /// Accepted by every integration of the endpoint.
    /// Assumed supported_in: not recovered from the API pages
    /// (<https://truto.one/docs/api-reference/unified-user-directory-api/utilization/list> (the values
    /// \[seen\]; the newer version: 6 supported, 6 required, integration names lost \[seen counts\]);
    /// accepted by all here \[inferred\]).
    pub utilization_type: Option<UtilizationType>,
    /// The date and time the utilization was created, can only be used with utilization type user_activity.
    ///
    /// Query parameter `created_at` · string.
    /// Supported in: Zoom.
    pub created_at: Option<String>,
    /// The parameters of the `truto_query` group, shared with other endpoints: see
    /// [`TrutoQuery`](crate::TrutoQuery), and [`TrutoQuerySetters`](crate::TrutoQuerySetters) for their
    /// setters.
    pub truto_query: crate::TrutoQuery,
    /// The parameters of the `paging` group, shared with other endpoints: see [`Paging`](crate::Paging),
    /// and [`PagingSetters`](crate::PagingSetters) for their setters.
    pub paging: crate::Paging,
    /// The parameters of the `truto_list` group, shared with other endpoints: see
    /// [`TrutoList`](crate::TrutoList), and [`TrutoListSetters`](crate::TrutoListSetters) for their
    /// setters.
    pub truto_list: crate::TrutoList,
}
impl ListUtilization {
    /// A request with the parameters every integration requires.
    ///
    /// It fits every integration of this endpoint.
    #[inline]
    pub fn new(integrated_account_id: &str) -> Self {
        Self {
            truto_query: crate::TrutoQuery::new(integrated_account_id),
            ..Self::default()
        }
    }
    /// Sets `utilization_type`: the type of the utilization report.
    pub fn utilization_type(mut self, value: impl Into<UtilizationType>) -> Self {
        self.utilization_type = Some(value.into());
        self
    }
    /// Sets `created_at`: the date and time the utilization was created, can only be used with utilization
    /// type user_activity.
    pub fn created_at(mut self, value: impl Into<String>) -> Self {
        self.created_at = Some(value.into());
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
            "utilization_type" => json_into(&mut self.utilization_type, value),
            "created_at" => json_into(&mut self.created_at, value),
            _ if crate::TrutoQuery::NAMES.contains(&name) => {
                self.truto_query.set_parameter(name, value)?
            }
            _ if crate::Paging::NAMES.contains(&name) => {
                self.paging.set_parameter(name, value)?
            }
            _ if crate::TrutoList::NAMES.contains(&name) => {
                self.truto_list.set_parameter(name, value)?
            }
            _ => return None,
        };
        Some(set)
    }
}
crate::operation::request_traits!(ListUtilization);
impl crate::TrutoQuerySetters for ListUtilization {
    #[inline]
    fn truto_query_mut(&mut self) -> &mut crate::TrutoQuery {
        &mut self.truto_query
    }
}
impl crate::PagingSetters for ListUtilization {
    #[inline]
    fn paging_mut(&mut self) -> &mut crate::Paging {
        &mut self.paging
    }
}
impl crate::TrutoListSetters for ListUtilization {
    #[inline]
    fn truto_list_mut(&mut self) -> &mut crate::TrutoList {
        &mut self.truto_list
    }
}
impl crate::Operation for ListUtilization {
    type Response = crate::Page<crate::Utilization>;
    #[inline]
    fn spec() -> &'static EndpointSpec {
        &SPEC
    }
    #[inline]
    fn fields(&self) -> Vec<Field<'_>> {
        let mut fields = Field::set(
            &[
                (&parameters::UTILIZATION_TYPE, &self.utilization_type),
                (&parameters::CREATED_AT, &self.created_at),
            ],
        );
        fields.extend(self.truto_query.fields());
        fields.extend(self.paging.fields());
        fields.extend(self.truto_list.fields());
        fields
    }
}
impl crate::Client {
    /// `GET /unified/user-directory/utilization`: List Utilization.
    ///
    /// Every page, fetched lazily as they are asked for: `next_page()` for pages, `items()` for the items
    /// of all pages as a stream. Each page is validated for `integration` (looked up from the integrated
    /// account when `None`) and sent with the client's retry policy and rate budget.
    #[inline]
    pub fn list_utilization<'a>(
        &'a self,
        request: &'a ListUtilization,
        integration: Option<Integration>,
    ) -> crate::Pages<'a, crate::Utilization> {
        self.pages(request, integration)
    }
}

/// Everything the spec says about `utilization.list`, as data.
pub static SPEC: EndpointSpec = EndpointSpec {
    name: "utilization.list",
    rust_name: "ListUtilization",
    summary: "List Utilization",
    method: Method::Get,
    path: "/unified/user-directory/utilization",
    description: "Lists the connected application's utilization reports (actions, licenses, packages, shared storage, \
        user activity), each a table of `columns` and `rows`, one page at a time: pass `next_cursor` from a response \
        to get the next page. Most integrations require a `utilization_type`.",
    idempotent: true,
    irreversible: false,
    admin: false,
    integrations: &[
        Integration::Adobe, Integration::DocuSign, Integration::GitHub, Integration::Jira,
        Integration::Salesforce, Integration::Zendesk, Integration::Zoom,
    ],
    response_formats: &[
        crate::ResponseFormat::Unified,
        crate::ResponseFormat::Raw,
        crate::ResponseFormat::Normalized,
        crate::ResponseFormat::Stream,
    ],
    list: Some(ListSpec { partial_in: &[] }),
    parameters: &[
        &parameters::UTILIZATION_TYPE,
        &parameters::CREATED_AT,
        &crate::common::truto_query::INTEGRATED_ACCOUNT_ID,
        &crate::common::truto_query::TRUTO_RESPONSE_FORMAT,
        &crate::common::truto_query::TRUTO_IGNORE_REMOTE_DATA,
        &crate::common::truto_query::TRUTO_EXCLUDE_FIELDS,
        &crate::common::truto_query::REMOTE_QUERY,
        &crate::common::paging::LIMIT,
        &crate::common::paging::NEXT_CURSOR,
        &crate::common::truto_list::TRUTO_KEY_BY,
        &crate::common::truto_list::TRUTO_IGNORE_LIMIT,
    ],
    rules: &[],
    offboarding: None,
    revoke: None,
    unnamed_integrations: None,
    deprecated: None,
    wrapped: None,
    response_model: "Utilization",
    response_fields: &[],
    presence: &PRESENCE,
    api: &crate::API,
};
/// What `utilization.list`'s parameters ask of a request, by integration (computed at compile time).
static PRESENCE: crate::spec::Presences = crate::spec::Presences::of(&SPEC);

/// The entries of the endpoint's own parameters, one `static` each.
mod parameters {
    use crate::Integration;
    use crate::spec::{Acceptance, Example, Location, ParamType, ParameterSpec};

    pub(super) static UTILIZATION_TYPE: ParameterSpec = ParameterSpec::new(
        "utilization_type", Location::Query, ParamType::Enum(&[
            "actions",
            "licenses",
            "packages",
            "shared-storage",
            "user_activity",
        ]),
        Acceptance::Optional, "The type of the utilization report",
    )
    .assumed(&["supported_in"])
    .example(Example::Text("user_activity"));

    pub(super) static CREATED_AT: ParameterSpec = ParameterSpec::new(
        "created_at", Location::Query, ParamType::String,
        Acceptance::supported_in(&[Integration::Zoom]),
        "The date and time the utilization was created, can only be used with utilization type user_activity.",
    );
}
