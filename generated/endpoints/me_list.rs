// @generated from spec/endpoints/me-list.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

use crate::spec::{EndpointSpec, ListSpec, Method, UnnamedIntegrations};
use crate::validate::Field;
use crate::{Integration, Mode, ValidationReport};
/// Lists the user the integrated account was connected as (the authorizing user), as User records.
///
/// `GET /unified/user-directory/me`. Idempotent: safe to retry after a lost response.
///
/// Every integration requires `integrated_account_id`: `new` takes it. `validate` checks a request
/// against any integration, reporting every problem at once.
///
/// The page counts 63 integrations and names only those listed here
/// (<https://truto.one/docs/api-reference/unified-user-directory-api/me/list> names these 45;
/// <https://preview.truto.one/docs/api-reference/unified-user-directory-api/me/list> counts 63
/// \[seen\]): a call for another integration is sent with a warning, never refused.
///
/// Source: <https://truto.one/docs/api-reference/unified-user-directory-api/me/list>.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListMe {
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
impl ListMe {
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
crate::operation::request_traits!(ListMe);
impl crate::TrutoQuerySetters for ListMe {
    #[inline]
    fn truto_query_mut(&mut self) -> &mut crate::TrutoQuery {
        &mut self.truto_query
    }
}
impl crate::PagingSetters for ListMe {
    #[inline]
    fn paging_mut(&mut self) -> &mut crate::Paging {
        &mut self.paging
    }
}
impl crate::TrutoListSetters for ListMe {
    #[inline]
    fn truto_list_mut(&mut self) -> &mut crate::TrutoList {
        &mut self.truto_list
    }
}
impl crate::Operation for ListMe {
    type Response = crate::Page<crate::User>;
    #[inline]
    fn spec() -> &'static EndpointSpec {
        &SPEC
    }
    #[inline]
    fn fields(&self) -> Vec<Field<'_>> {
        let mut fields = Field::set(&[]);
        fields.extend(self.truto_query.fields());
        fields.extend(self.paging.fields());
        fields.extend(self.truto_list.fields());
        fields
    }
}
impl crate::Client {
    /// `GET /unified/user-directory/me`: List Me.
    ///
    /// Every page, fetched lazily as they are asked for: `next_page()` for pages, `items()` for the items
    /// of all pages as a stream. Each page is validated for `integration` (looked up from the integrated
    /// account when `None`) and sent with the client's retry policy and rate budget.
    #[inline]
    pub fn list_me<'a>(
        &'a self,
        request: &'a ListMe,
        integration: Option<Integration>,
    ) -> crate::Pages<'a, crate::User> {
        self.pages(request, integration)
    }
}

/// Everything the spec says about `me.list`, as data.
pub static SPEC: EndpointSpec = EndpointSpec {
    name: "me.list",
    rust_name: "ListMe",
    summary: "List Me",
    method: Method::Get,
    path: "/unified/user-directory/me",
    description: "Lists the user the integrated account was connected as (the authorizing user), as User records.",
    idempotent: true,
    irreversible: false,
    admin: false,
    integrations: &[
        Integration::Affinity, Integration::Asana, Integration::AssetPanda,
        Integration::Checkr, Integration::ClickUp,
        Integration::Confluence, Integration::ConfluenceOnPrem, Integration::ContentfulContentManagement,
        Integration::Discord, Integration::DropboxBusiness, Integration::DropboxPersonal,
        Integration::GitHub, Integration::GitLab, Integration::Gmail,
        Integration::GoogleCalendar, Integration::GoogleCloud, Integration::GoogleDrive,
        Integration::Harness, Integration::Harvest, Integration::Hootsuite, Integration::HubSpot, Integration::Intercom,
        Integration::Jira, Integration::JostleScim,
        Integration::Lattice, Integration::Linear, Integration::MondayCom, Integration::MicrosoftTeams,
        Integration::Notion,
        Integration::OneDrive, Integration::OutlookMail, Integration::OutlookCalendar, Integration::PivotalTracker,
        Integration::QualtricsCoreXM, Integration::Robin,
        Integration::Salesforce, Integration::SharePoint, Integration::Shortcut, Integration::Slack,
        Integration::TeamworkDesk, Integration::TeamworkProjectManagement, Integration::TeamworkSpaces,
        Integration::ZohoCrm, Integration::ZohoDesk, Integration::ZohoRecruit,
    ],
    response_formats: &[
        crate::ResponseFormat::Unified,
        crate::ResponseFormat::Raw,
        crate::ResponseFormat::Normalized,
        crate::ResponseFormat::Stream,
    ],
    list: Some(ListSpec { partial_in: &[] }),
    parameters: &[
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
    unnamed_integrations: Some(UnnamedIntegrations {
        count: Some(63),
        source: "<https://truto.one/docs/api-reference/unified-user-directory-api/me/list> names these 45; \
            <https://preview.truto.one/docs/api-reference/unified-user-directory-api/me/list> counts 63 [seen]",
    }),
    deprecated: None,
    wrapped: None,
    response_model: "User",
    response_fields: &[],
    presence: &PRESENCE,
    api: &crate::API,
};
/// What `me.list`'s parameters ask of a request, by integration (computed at compile time).
static PRESENCE: crate::spec::Presences = crate::spec::Presences::of(&SPEC);
