// @generated from spec/endpoints/integrated-accounts-list.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

use crate::spec::{EndpointSpec, ListSpec, Method};
use crate::operation::json_into;
use crate::validate::Field;
use crate::{Integration, Mode, ValidationReport};

/// `status` on `integrated_accounts.list`: Only the accounts with this status.
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

/// Lists the integrated accounts of the environment, a page at a time: follow `next_cursor` until it is `null`. Filter by tenant, status, sandbox flag or integration.
///
/// `GET /integrated-account`. Idempotent: safe to retry after a lost response.
///
/// Every integration requires . Per-integration requirements are the arguments of the
/// `for_…` constructors; `validate` checks a request against any integration, reporting every
/// problem at once.
///
/// Source: https://www.truto.one/docs/api-reference/admin-api/integrated-accounts/list.md.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListIntegratedAccounts {
    /// Only the accounts of this tenant (your own id for the customer)
    ///
    /// Query parameter `tenant_id` · string. Accepted by every integration of this endpoint.
    pub tenant_id: Option<String>,
    /// Only the accounts with this status.
    ///
    /// Query parameter `status` · enum: `active`, `connecting`, `post_install_error`, `validation_error`, `needs_reauth`. Accepted by every integration of this endpoint.
    pub status: Option<Status>,
    /// Only sandbox accounts (true) or only production ones (false)
    ///
    /// Query parameter `is_sandbox` · boolean. Accepted by every integration of this endpoint.
    pub is_sandbox: Option<bool>,
    /// Only the accounts of this integration (its Truto slug, e.g. `okta`)
    ///
    /// Query parameter `integration.name` · string. Accepted by every integration of this endpoint.
    pub integration_name: Option<String>,
    /// The maximum number of records per page (no documented default or maximum; about 25 by default per truto-skills querying-data.md)
    ///
    /// Query parameter `limit` · integer. Accepted by every integration of this endpoint.
    pub limit: Option<u64>,
    /// The cursor of the page to fetch, from the previous page's `next_cursor`.
    ///
    /// Query parameter `next_cursor` · string. Accepted by every integration of this endpoint.
    pub next_cursor: Option<String>,
}

impl ListIntegratedAccounts {
    /// A request with the parameters every integration requires.
    #[inline] pub fn new() -> Self {
        Self::default()
    }

    /// Sets `tenant_id`: only the accounts of this tenant (your own id for the customer)
    #[inline] pub fn tenant_id(mut self, value: impl Into<String>) -> Self {
        self.tenant_id = Some(value.into());
        self
    }

    /// Sets `status`: only the accounts with this status.
    #[inline] pub fn status(mut self, value: impl Into<Status>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `is_sandbox`: only sandbox accounts (true) or only production ones (false)
    #[inline] pub fn is_sandbox(mut self, value: bool) -> Self {
        self.is_sandbox = Some(value);
        self
    }

    /// Sets `integration.name`: only the accounts of this integration (its Truto slug, e.g. `okta`)
    #[inline] pub fn integration_name(mut self, value: impl Into<String>) -> Self {
        self.integration_name = Some(value.into());
        self
    }

    /// Sets `limit`: the maximum number of records per page (no documented default or maximum; about 25 by default per truto-skills querying-data.md)
    #[inline] pub fn limit(mut self, value: u64) -> Self {
        self.limit = Some(value);
        self
    }

    /// Sets `next_cursor`: the cursor of the page to fetch, from the previous page's `next_cursor`.
    #[inline] pub fn next_cursor(mut self, value: impl Into<String>) -> Self {
        self.next_cursor = Some(value.into());
        self
    }

    /// The request, if it is valid for `integration` in `mode`; otherwise every problem.
    #[inline] pub fn validated(
        self,
        integration: Integration,
        mode: Mode,
    ) -> Result<Self, ValidationReport> {
        let report = self.validate(integration, mode);
        if report.is_ok() { Ok(self) } else { Err(report) }
    }

    /// Every problem with this request for `integration`, at once.
    #[inline] pub fn validate(&self, integration: Integration, mode: Mode) -> ValidationReport {
        crate::Operation::validate(self, integration, mode)
    }

    /// What `integration` must and may send on this endpoint.
    #[inline] pub fn requirements(integration: Integration) -> crate::spec::Requirements {
        SPEC.requirements(integration)
    }

    /// Sets the parameter with this wire name from JSON (`None`: there is no such parameter).
    #[inline] fn set_parameter(
        &mut self,
        name: &str,
        value: serde_json::Value,
    ) -> Option<Result<(), serde_json::Error>> {
        let set = match name {
            "tenant_id" => json_into(&mut self.tenant_id, value),
            "status" => json_into(&mut self.status, value),
            "is_sandbox" => json_into(&mut self.is_sandbox, value),
            "integration.name" => json_into(&mut self.integration_name, value),
            "limit" => json_into(&mut self.limit, value),
            "next_cursor" => json_into(&mut self.next_cursor, value),
            _ => return None,
        };
        Some(set)
    }
}

crate::operation::request_traits!(ListIntegratedAccounts);

impl crate::Operation for ListIntegratedAccounts {
    type Response = crate::Page<crate::IntegratedAccount>;
    #[inline] fn spec() -> &'static EndpointSpec {
        &SPEC
    }

    #[inline] fn fields(&self) -> Vec<Field<'_>> {
        let mut out = Vec::new();
        out.extend(Field::of(&parameters::TENANT_ID, &self.tenant_id));
        out.extend(Field::of(&parameters::STATUS, &self.status));
        out.extend(Field::of(&parameters::IS_SANDBOX, &self.is_sandbox));
        out.extend(Field::of(&parameters::INTEGRATION_NAME, &self.integration_name));
        out.extend(Field::of(&parameters::LIMIT, &self.limit));
        out.extend(Field::of(&parameters::NEXT_CURSOR, &self.next_cursor));
        out
    }
}

impl crate::Client {
    /// `GET /integrated-account`: List Integrated Accounts.
    ///
    /// Every page, fetched lazily as they are asked for: `next_page()` for pages, `items()` for
    /// the items of all pages as a stream. Each page is validated for `integration` (looked up from the
    /// integrated account when `None`) and sent with the client's retry policy and rate budget.
    #[inline] pub fn list_integrated_accounts<'a>(
        &'a self,
        request: &'a ListIntegratedAccounts,
        integration: Option<Integration>,
    ) -> crate::Pages<'a, crate::IntegratedAccount> {
        self.pages(request, integration)
    }
}

/// Everything the spec says about `integrated_accounts.list`, as data.
pub static SPEC: EndpointSpec = EndpointSpec {
    name: "integrated_accounts.list",
    rust_name: "ListIntegratedAccounts",
    summary: "List Integrated Accounts",
    method: Method::Get,
    path: "/integrated-account",
    description: "Lists the integrated accounts of the environment, a page at a time: follow `next_cursor` until it is `null`. Filter by tenant, status, sandbox flag or integration.",
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
        &parameters::LIMIT,
        &parameters::NEXT_CURSOR,
    ],
    rules: &[],
    offboarding: None,
    response_model: "IntegratedAccount",
    response_fields: &[],
};

/// The parameters' entries, one `static` each.
mod parameters {
    use crate::spec::{Acceptance, Example, Location, ParamRole, ParamType, ParameterSpec};

    pub(super) static TENANT_ID: ParameterSpec = ParameterSpec::new(
        "tenant_id", Location::Query, ParamType::String,
        Acceptance::Optional, "Only the accounts of this tenant (your own id for the customer).",
    )
    .example(Example::Text("acme-corp"));

    pub(super) static STATUS: ParameterSpec = ParameterSpec::new(
        "status", Location::Query, ParamType::Enum(&["active", "connecting", "post_install_error", "validation_error", "needs_reauth"]),
        Acceptance::Optional, "Only the accounts with this status.",
    )
    .example(Example::Text("active"));

    pub(super) static IS_SANDBOX: ParameterSpec = ParameterSpec::new(
        "is_sandbox", Location::Query, ParamType::Boolean,
        Acceptance::Optional, "Only sandbox accounts (true) or only production ones (false).",
    );

    pub(super) static INTEGRATION_NAME: ParameterSpec = ParameterSpec::new(
        "integration.name", Location::Query, ParamType::String,
        Acceptance::Optional, "Only the accounts of this integration (its Truto slug, e.g. `okta`).",
    )
    .rust_name("integration_name")
    .example(Example::Text("okta"));

    pub(super) static LIMIT: ParameterSpec = ParameterSpec::new(
        "limit", Location::Query, ParamType::Integer,
        Acceptance::Optional, "The maximum number of records per page (no documented default or maximum; about 25 by default per truto-skills querying-data.md).",
    )
    .role(ParamRole::Limit)
    .example(Example::Json("100"));

    pub(super) static NEXT_CURSOR: ParameterSpec = ParameterSpec::new(
        "next_cursor", Location::Query, ParamType::String,
        Acceptance::Optional, "The cursor of the page to fetch, from the previous page's `next_cursor`.",
    )
    .role(ParamRole::Cursor);
}
