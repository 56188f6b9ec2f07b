// @generated from spec/endpoints/licenses-list.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

use crate::spec::{EndpointSpec, ListSpec, Method};
use crate::operation::json_into;
use crate::validate::Field;
use crate::{Integration, Mode, ValidationReport};
/// `product` on `licenses.list`: The product whose licenses to list.
///
/// A value outside the list is kept in `Unknown` and reported by the validator.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Product {
    /// `azure_active_directory`
    AzureActiveDirectory,
    /// `onedrive`
    Onedrive,
    /// A value this spec does not know, kept as given or received (see `UnknownValue`).
    Unknown(crate::decode::UnknownValue),
}
impl Product {
    /// The values this spec knows.
    pub const KNOWN: &'static [&'static str] = &["azure_active_directory", "onedrive"];
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AzureActiveDirectory => "azure_active_directory",
            Self::Onedrive => "onedrive",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
}
impl From<&str> for Product {
    fn from(value: &str) -> Self {
        match value {
            "azure_active_directory" => Self::AzureActiveDirectory,
            "onedrive" => Self::Onedrive,
            other => Self::Unknown(crate::decode::UnknownValue::new(other)),
        }
    }
}
crate::decode::open_enum_traits!(Product);
/// Lists the licenses (seat types, plans, products) of the connected application with their seat
/// counts, one page at a time: pass `next_cursor` from a response to get the next page. Cisco Meraki,
/// ClickUp and GitHub require an organization id, Microsoft 365 a product.
///
/// `GET /unified/user-directory/licenses`. Idempotent: safe to retry after a lost response.
///
/// Every integration requires `integrated_account_id`: `new` takes it. An integration that requires
/// more has a `for_…` constructor whose arguments are exactly what it requires. `validate` checks a
/// request against any integration, reporting every problem at once.
///
/// Source: <https://www.truto.one/docs/api-reference/unified-user-directory-api/licenses/list.md>.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListLicenses {
    /// The unique identifier of the organization to list the licenses of.
    ///
    /// Query parameter `organization_id` · string.
    /// Required in: Cisco Meraki, ClickUp, GitHub.
    pub organization_id: Option<String>,
    /// The product whose licenses to list.
    ///
    /// Query parameter `product` · enum: `azure_active_directory`, `onedrive`.
    /// Required in: Microsoft 365.
    pub product: Option<Product>,
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
impl ListLicenses {
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
    /// Sets `organization_id`: the unique identifier of the organization to list the licenses of.
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        self.organization_id = Some(value.into());
        self
    }
    /// Sets `product`: the product whose licenses to list.
    pub fn product(mut self, value: impl Into<Product>) -> Self {
        self.product = Some(value.into());
        self
    }
    /// A `licenses.list` request for Cisco Meraki, which also requires `organization_id`.
    #[inline]
    pub fn for_cisco_meraki(integrated_account_id: &str, organization_id: &str) -> Self {
        let mut request = Self::new(integrated_account_id);
        request.organization_id = Some(organization_id.into());
        request
    }
    /// A `licenses.list` request for ClickUp, which also requires `organization_id`.
    #[inline]
    pub fn for_clickup(integrated_account_id: &str, organization_id: &str) -> Self {
        let mut request = Self::new(integrated_account_id);
        request.organization_id = Some(organization_id.into());
        request
    }
    /// A `licenses.list` request for GitHub, which also requires `organization_id`.
    #[inline]
    pub fn for_github(integrated_account_id: &str, organization_id: &str) -> Self {
        let mut request = Self::new(integrated_account_id);
        request.organization_id = Some(organization_id.into());
        request
    }
    /// A `licenses.list` request for Microsoft 365, which also requires `product`.
    #[inline]
    pub fn for_microsoft_365(
        integrated_account_id: &str,
        product: impl Into<Product>,
    ) -> Self {
        let mut request = Self::new(integrated_account_id);
        request.product = Some(product.into());
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
            "organization_id" => json_into(&mut self.organization_id, value),
            "product" => json_into(&mut self.product, value),
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
crate::operation::request_traits!(ListLicenses);
impl crate::TrutoQuerySetters for ListLicenses {
    #[inline]
    fn truto_query_mut(&mut self) -> &mut crate::TrutoQuery {
        &mut self.truto_query
    }
}
impl crate::PagingSetters for ListLicenses {
    #[inline]
    fn paging_mut(&mut self) -> &mut crate::Paging {
        &mut self.paging
    }
}
impl crate::TrutoListSetters for ListLicenses {
    #[inline]
    fn truto_list_mut(&mut self) -> &mut crate::TrutoList {
        &mut self.truto_list
    }
}
impl crate::Operation for ListLicenses {
    type Response = crate::Page<crate::License>;
    #[inline]
    fn spec() -> &'static EndpointSpec {
        &SPEC
    }
    #[inline]
    fn fields(&self) -> Vec<Field<'_>> {
        let mut fields = Field::set(
            &[
                (&parameters::ORGANIZATION_ID, &self.organization_id),
                (&parameters::PRODUCT, &self.product),
            ],
        );
        fields.extend(self.truto_query.fields());
        fields.extend(self.paging.fields());
        fields.extend(self.truto_list.fields());
        fields
    }
}
impl crate::Client {
    /// `GET /unified/user-directory/licenses`: List Licenses.
    ///
    /// Every page, fetched lazily as they are asked for: `next_page()` for pages, `items()` for the items
    /// of all pages as a stream. Each page is validated for `integration` (looked up from the integrated
    /// account when `None`) and sent with the client's retry policy and rate budget.
    #[inline]
    pub fn list_licenses<'a>(
        &'a self,
        request: &'a ListLicenses,
        integration: Option<Integration>,
    ) -> crate::Pages<'a, crate::License> {
        self.pages(request, integration)
    }
}

/// Everything the spec says about `licenses.list`, as data.
pub static SPEC: EndpointSpec = EndpointSpec {
    name: "licenses.list",
    rust_name: "ListLicenses",
    summary: "List Licenses",
    method: Method::Get,
    path: "/unified/user-directory/licenses",
    description: "Lists the licenses (seat types, plans, products) of the connected application with their seat \
        counts, one page at a time: pass `next_cursor` from a response to get the next page. Cisco Meraki, ClickUp \
        and GitHub require an organization id, Microsoft 365 a product.",
    idempotent: true,
    irreversible: false,
    admin: false,
    integrations: &[
        Integration::Adobe, Integration::Atlassian, Integration::AzureActiveDirectory,
        Integration::Calendly, Integration::CiscoMeraki, Integration::ClickUp,
        Integration::DocuSign, Integration::DropboxBusiness,
        Integration::Freshdesk, Integration::GitHub, Integration::GitLab,
        Integration::Jira, Integration::JiraServiceManagement, Integration::Microsoft365, Integration::MondayCom,
        Integration::OneDrive, Integration::Opsgenie, Integration::PagerDuty, Integration::QlikSense,
        Integration::Salesforce, Integration::Salesloft, Integration::Snowflake,
        Integration::VeevaVault, Integration::Webex, Integration::Zoom,
    ],
    response_formats: &[
        crate::ResponseFormat::Unified,
        crate::ResponseFormat::Raw,
        crate::ResponseFormat::Normalized,
        crate::ResponseFormat::Stream,
    ],
    list: Some(ListSpec { partial_in: &[] }),
    parameters: &[
        &parameters::ORGANIZATION_ID,
        &parameters::PRODUCT,
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
    response_model: "License",
    response_fields: &[],
    presence: &PRESENCE,
    api: &crate::API,
};
/// What `licenses.list`'s parameters ask of a request, by integration (computed at compile time).
static PRESENCE: crate::spec::Presences = crate::spec::Presences::of(&SPEC);

/// The entries of the endpoint's own parameters, one `static` each.
mod parameters {
    use crate::Integration;
    use crate::spec::{Acceptance, Example, Location, ParamType, ParameterSpec};

    pub(super) static ORGANIZATION_ID: ParameterSpec = ParameterSpec::new(
        "organization_id", Location::Query, ParamType::String,
        Acceptance::required_in(&[Integration::CiscoMeraki, Integration::ClickUp, Integration::GitHub]),
        "The unique identifier of the organization to list the licenses of.",
    )
    .example(Example::Text("123456"));

    pub(super) static PRODUCT: ParameterSpec = ParameterSpec::new(
        "product", Location::Query, ParamType::Enum(&["azure_active_directory", "onedrive"]),
        Acceptance::required_in(&[Integration::Microsoft365]), "The product whose licenses to list.",
    )
    .example(Example::Text("azure_active_directory"));
}
