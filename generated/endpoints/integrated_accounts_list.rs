// @generated from spec/endpoints/integrated-accounts-list.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

use crate::spec::{EndpointSpec, ListSpec, Method};
use crate::operation::json_into;
use crate::validate::Field;
use crate::{Integration, Mode, ValidationReport};
/// `status` on `integrated_accounts.list`: The status of the integrated accounts: active (working),
/// connecting (post-install and validation running), post_install_error, validation_error, needs_reauth
/// (refresh failed or credentials invalid)
///
/// A value outside the list is kept in `Unknown` and reported by the validator.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Status {
    /// `active`
    Active,
    /// `connecting`
    Connecting,
    /// `post_install_error`
    PostInstallError,
    /// `validation_error`
    ValidationError,
    /// `needs_reauth`
    NeedsReauth,
    /// A value this spec does not know, kept as given or received (see `UnknownValue`).
    Unknown(crate::decode::UnknownValue),
}
impl Status {
    /// The values this spec knows.
    pub const KNOWN: &'static [&'static str] = &[
        "active",
        "connecting",
        "post_install_error",
        "validation_error",
        "needs_reauth",
    ];
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Connecting => "connecting",
            Self::PostInstallError => "post_install_error",
            Self::ValidationError => "validation_error",
            Self::NeedsReauth => "needs_reauth",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
}
impl From<&str> for Status {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "connecting" => Self::Connecting,
            "post_install_error" => Self::PostInstallError,
            "validation_error" => Self::ValidationError,
            "needs_reauth" => Self::NeedsReauth,
            other => Self::Unknown(crate::decode::UnknownValue::new(other)),
        }
    }
}
crate::decode::open_enum_traits!(Status);
/// `features.super_query` on `integrated_accounts.list`: The SuperQuery region enabled on the accounts.
///
/// A value outside the list is kept in `Unknown` and reported by the validator.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FeaturesSuperQuery {
    /// `apac`
    Apac,
    /// `wnam`
    Wnam,
    /// A value this spec does not know, kept as given or received (see `UnknownValue`).
    Unknown(crate::decode::UnknownValue),
}
impl FeaturesSuperQuery {
    /// The values this spec knows.
    pub const KNOWN: &'static [&'static str] = &["apac", "wnam"];
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Apac => "apac",
            Self::Wnam => "wnam",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
}
impl From<&str> for FeaturesSuperQuery {
    fn from(value: &str) -> Self {
        match value {
            "apac" => Self::Apac,
            "wnam" => Self::Wnam,
            other => Self::Unknown(crate::decode::UnknownValue::new(other)),
        }
    }
}
crate::decode::open_enum_traits!(FeaturesSuperQuery);
/// Lists the integrated accounts of the environment (Truto's Admin API), one page at a time: filter by
/// `tenant_id` to find one customer's connected accounts, by `status` to keep the working ones; each
/// account's `integration.name` is the integration's slug.
///
/// `GET /integrated-account`. Idempotent: safe to retry after a lost response.
///
/// Every integration requires : `new` takes them. `validate` checks a request against any integration,
/// reporting every problem at once.
///
/// Source: <https://truto.one/docs/api-reference/admin/integrated-accounts/list>.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListIntegratedAccounts {
    /// The tenant (your customer) the integrated accounts belong to.
    ///
    /// Query parameter `tenant_id` · string.
    /// Accepted by every integration of the endpoint.
    pub tenant_id: Option<String>,
    /// The status of the integrated accounts: active (working), connecting (post-install and validation
    /// running), post_install_error, validation_error, needs_reauth (refresh failed or credentials invalid)
    ///
    /// Query parameter `status` · enum: `active`, `connecting`, `post_install_error`, `validation_error`,
    /// `needs_reauth`.
    /// Accepted by every integration of the endpoint.
    pub status: Option<Status>,
    /// Whether to list sandbox accounts (sandbox accounts reject writes)
    ///
    /// Query parameter `is_sandbox` · boolean.
    /// Accepted by every integration of the endpoint.
    pub is_sandbox: Option<bool>,
    /// The integration's slug, e.g. zendesk.
    ///
    /// Query parameter `integration.name` · string.
    /// Accepted by every integration of the endpoint.
    pub integration_name: Option<String>,
    /// The SuperQuery region enabled on the accounts.
    ///
    /// Query parameter `features.super_query` · enum: `apac`, `wnam`.
    /// Accepted by every integration of the endpoint.
    pub features_super_query: Option<FeaturesSuperQuery>,
    /// When the account was created (ISO 8601 date and time)
    ///
    /// Query parameter `created_at` · string.
    /// Accepted by every integration of the endpoint.
    pub created_at: Option<String>,
    /// When the account was last updated (ISO 8601 date and time)
    ///
    /// Query parameter `updated_at` · string.
    /// Accepted by every integration of the endpoint.
    pub updated_at: Option<String>,
    /// The parameters of the `paging` group, shared with other endpoints: see [`Paging`](crate::Paging),
    /// and [`PagingSetters`](crate::PagingSetters) for their setters.
    pub paging: crate::Paging,
}
impl ListIntegratedAccounts {
    /// A request with the parameters every integration requires.
    ///
    /// It fits every integration of this endpoint.
    #[inline]
    pub fn new() -> Self {
        Self { ..Self::default() }
    }
    /// Sets `tenant_id`: the tenant (your customer) the integrated accounts belong to.
    pub fn tenant_id(mut self, value: impl Into<String>) -> Self {
        self.tenant_id = Some(value.into());
        self
    }
    /// Sets `status`: the status of the integrated accounts: active (working), connecting (post-install and
    /// validation running), post_install_error, validation_error, needs_reauth (refresh failed or
    /// credentials invalid)
    pub fn status(mut self, value: impl Into<Status>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `is_sandbox`: whether to list sandbox accounts (sandbox accounts reject writes)
    #[inline]
    pub fn is_sandbox(mut self, value: bool) -> Self {
        self.is_sandbox = Some(value);
        self
    }
    /// Sets `integration.name`: the integration's slug, e.g. zendesk.
    pub fn integration_name(mut self, value: impl Into<String>) -> Self {
        self.integration_name = Some(value.into());
        self
    }
    /// Sets `features.super_query`: the SuperQuery region enabled on the accounts.
    pub fn features_super_query(mut self, value: impl Into<FeaturesSuperQuery>) -> Self {
        self.features_super_query = Some(value.into());
        self
    }
    /// Sets `created_at`: when the account was created (ISO 8601 date and time)
    pub fn created_at(mut self, value: impl Into<String>) -> Self {
        self.created_at = Some(value.into());
        self
    }
    /// Sets `updated_at`: when the account was last updated (ISO 8601 date and time)
    pub fn updated_at(mut self, value: impl Into<String>) -> Self {
        self.updated_at = Some(value.into());
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
            "tenant_id" => json_into(&mut self.tenant_id, value),
            "status" => json_into(&mut self.status, value),
            "is_sandbox" => json_into(&mut self.is_sandbox, value),
            "integration.name" => json_into(&mut self.integration_name, value),
            "features.super_query" => json_into(&mut self.features_super_query, value),
            "created_at" => json_into(&mut self.created_at, value),
            "updated_at" => json_into(&mut self.updated_at, value),
            _ if crate::Paging::NAMES.contains(&name) => {
                self.paging.set_parameter(name, value)?
            }
            _ => return None,
        };
        Some(set)
    }
}
crate::operation::request_traits!(ListIntegratedAccounts);
impl crate::PagingSetters for ListIntegratedAccounts {
    #[inline]
    fn paging_mut(&mut self) -> &mut crate::Paging {
        &mut self.paging
    }
}
impl crate::Operation for ListIntegratedAccounts {
    type Response = crate::Page<crate::IntegratedAccount>;
    #[inline]
    fn spec() -> &'static EndpointSpec {
        &SPEC
    }
    #[inline]
    fn fields(&self) -> Vec<Field<'_>> {
        let mut fields = Field::set(
            &[
                (&parameters::TENANT_ID, &self.tenant_id),
                (&parameters::STATUS, &self.status),
                (&parameters::IS_SANDBOX, &self.is_sandbox),
                (&parameters::INTEGRATION_NAME, &self.integration_name),
                (&parameters::FEATURES_SUPER_QUERY, &self.features_super_query),
                (&parameters::CREATED_AT, &self.created_at),
                (&parameters::UPDATED_AT, &self.updated_at),
            ],
        );
        fields.extend(self.paging.fields());
        fields
    }
}
impl crate::Client {
    /// `GET /integrated-account`: List Integrated Accounts.
    ///
    /// Every page, fetched lazily as they are asked for: `next_page()` for pages, `items()` for the items
    /// of all pages as a stream. Each page is validated and sent with the client's retry policy and rate
    /// budget.
    #[inline]
    pub fn list_integrated_accounts<'a>(
        &'a self,
        request: &'a ListIntegratedAccounts,
    ) -> crate::Pages<'a, crate::IntegratedAccount> {
        self.pages(request, None)
    }
}

/// Everything the spec says about `integrated_accounts.list`, as data.
pub static SPEC: EndpointSpec = EndpointSpec {
    name: "integrated_accounts.list",
    rust_name: "ListIntegratedAccounts",
    summary: "List Integrated Accounts",
    method: Method::Get,
    path: "/integrated-account",
    description: "Lists the integrated accounts of the environment (Truto's Admin API), one page at a time: filter by \
        `tenant_id` to find one customer's connected accounts, by `status` to keep the working ones; each account's \
        `integration.name` is the integration's slug.",
    idempotent: true,
    irreversible: false,
    admin: true,
    integrations: &[],
    response_formats: &[crate::ResponseFormat::Unified],
    list: Some(ListSpec { partial_in: &[] }),
    parameters: &[
        &parameters::TENANT_ID,
        &parameters::STATUS,
        &parameters::IS_SANDBOX,
        &parameters::INTEGRATION_NAME,
        &parameters::FEATURES_SUPER_QUERY,
        &parameters::CREATED_AT,
        &parameters::UPDATED_AT,
        &crate::common::paging::LIMIT,
        &crate::common::paging::NEXT_CURSOR,
    ],
    rules: &[],
    offboarding: None,
    revoke: None,
    unnamed_integrations: None,
    deprecated: None,
    wrapped: None,
    response_model: "IntegratedAccount",
    response_fields: &[],
    presence: &PRESENCE,
    api: &crate::API,
};
/// What `integrated_accounts.list`'s parameters ask of a request, by integration (computed at compile time).
static PRESENCE: crate::spec::Presences = crate::spec::Presences::of(&SPEC);

/// The entries of the endpoint's own parameters, one `static` each.
mod parameters {
    use crate::spec::{Acceptance, Example, Location, ParamType, ParameterSpec};

    pub(super) static TENANT_ID: ParameterSpec = ParameterSpec::new(
        "tenant_id", Location::Query, ParamType::String,
        Acceptance::Optional, "The tenant (your customer) the integrated accounts belong to.",
    )
    .example(Example::Text("acme-1"));

    pub(super) static STATUS: ParameterSpec = ParameterSpec::new(
        "status", Location::Query, ParamType::Enum(&[
            "active",
            "connecting",
            "post_install_error",
            "validation_error",
            "needs_reauth",
        ]),
        Acceptance::Optional,
        "The status of the integrated accounts: active (working), connecting (post-install and validation running), \
        post_install_error, validation_error, needs_reauth (refresh failed or credentials invalid).",
    )
    .example(Example::Text("active"));

    pub(super) static IS_SANDBOX: ParameterSpec = ParameterSpec::new(
        "is_sandbox", Location::Query, ParamType::Boolean,
        Acceptance::Optional, "Whether to list sandbox accounts (sandbox accounts reject writes).",
    );

    pub(super) static INTEGRATION_NAME: ParameterSpec = ParameterSpec::new(
        "integration.name", Location::Query, ParamType::String,
        Acceptance::Optional, "The integration's slug, e.g. zendesk.",
    )
    .rust_name("integration_name")
    .example(Example::Text("zendesk"));

    pub(super) static FEATURES_SUPER_QUERY: ParameterSpec = ParameterSpec::new(
        "features.super_query", Location::Query, ParamType::Enum(&["apac", "wnam"]),
        Acceptance::Optional, "The SuperQuery region enabled on the accounts.",
    )
    .rust_name("features_super_query")
    .example(Example::Text("wnam"));

    pub(super) static CREATED_AT: ParameterSpec = ParameterSpec::new(
        "created_at", Location::Query, ParamType::String,
        Acceptance::Optional, "When the account was created (ISO 8601 date and time).",
    )
    .example(Example::Text("2021-08-10T10:00:00.000Z"));

    pub(super) static UPDATED_AT: ParameterSpec = ParameterSpec::new(
        "updated_at", Location::Query, ParamType::String,
        Acceptance::Optional, "When the account was last updated (ISO 8601 date and time).",
    )
    .example(Example::Text("2021-08-10T10:00:00.000Z"));
}
