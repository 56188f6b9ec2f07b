// @generated from spec/endpoints/users-list.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

use crate::spec::{EndpointSpec, ListSpec, Method};
use crate::operation::json_into;
use crate::validate::Field;
use crate::{Integration, Mode, ValidationReport};

/// Lists the users of the connected application, a page at a time: follow `next_cursor` until it is `null`.
///
/// `GET /unified/user-directory/users`. Idempotent: safe to retry after a lost response.
///
/// Every integration requires `integrated_account_id`. Per-integration requirements are the arguments of the
/// `for_…` constructors; `validate` checks a request against any integration, reporting every
/// problem at once.
///
/// Source: https://www.truto.one/docs/api-reference/unified-user-directory-api/users/list.md.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListUsers {
    /// The ID of the integrated account to use for the request.
    ///
    /// Query parameter `integrated_account_id` · string · uuid. Required by every integration.
    pub integrated_account_id: String,
    /// The format of the response.
    ///
    /// Query parameter `truto_response_format` · response format. Accepted by every integration of this endpoint.
    /// Default: `unified`.
    pub truto_response_format: Option<crate::ResponseFormat>,
    /// Excludes the remote_data attribute from the response.
    ///
    /// Query parameter `truto_ignore_remote_data` · boolean. Accepted by every integration of this endpoint.
    pub truto_ignore_remote_data: Option<bool>,
    /// Array of fields to exclude from the response.
    ///
    /// Query parameter `truto_exclude_fields` · string[]. Accepted by every integration of this endpoint.
    pub truto_exclude_fields: Vec<String>,
    /// Query parameters to pass to the underlying API without any transformations.
    ///
    /// Query parameter `remote_query` · object. Accepted by every integration of this endpoint.
    pub remote_query: Option<serde_json::Map<String, serde_json::Value>>,
    /// The maximum number of records per page (no documented default or maximum; about 25 by default per truto-skills querying-data.md)
    ///
    /// Query parameter `limit` · integer. Accepted by every integration of this endpoint.
    pub limit: Option<u64>,
    /// The cursor of the page to fetch, from the previous page's `next_cursor`.
    ///
    /// Query parameter `next_cursor` · string. Accepted by every integration of this endpoint.
    pub next_cursor: Option<String>,
    /// Turns the `result` array into an object keyed by the named field (e.g. `id`), for use as a lookup table.
    ///
    /// Query parameter `truto_key_by` · string. Accepted by every integration of this endpoint.
    pub truto_key_by: Option<String>,
    /// Ignores the limit query parameter.
    ///
    /// Query parameter `truto_ignore_limit` · boolean. Accepted by every integration of this endpoint.
    pub truto_ignore_limit: Option<bool>,
}

impl ListUsers {
    /// A request with the parameters every integration requires.
    #[inline] pub fn new(integrated_account_id: &str) -> Self {
        Self::default().integrated_account_id(integrated_account_id)
    }

    /// Sets `integrated_account_id`: the ID of the integrated account to use for the request.
    #[inline] pub fn integrated_account_id(mut self, value: impl Into<String>) -> Self {
        self.integrated_account_id = value.into();
        self
    }

    /// Sets `truto_response_format`: the format of the response.
    #[inline] pub fn truto_response_format(
        mut self,
        value: impl Into<crate::ResponseFormat>,
    ) -> Self {
        self.truto_response_format = Some(value.into());
        self
    }

    /// Sets `truto_ignore_remote_data`: excludes the remote_data attribute from the response.
    #[inline] pub fn truto_ignore_remote_data(mut self, value: bool) -> Self {
        self.truto_ignore_remote_data = Some(value);
        self
    }

    /// Sets `truto_exclude_fields`: array of fields to exclude from the response.
    #[inline] pub fn truto_exclude_fields(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.truto_exclude_fields = value.into_iter().map(Into::into).collect();
        self
    }

    /// Sets `remote_query`: query parameters to pass to the underlying API without any transformations.
    #[inline] pub fn remote_query(
        mut self,
        value: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        self.remote_query = Some(value);
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

    /// Sets `truto_key_by`: turns the `result` array into an object keyed by the named field (e.g. `id`), for use as a lookup table.
    #[inline] pub fn truto_key_by(mut self, value: impl Into<String>) -> Self {
        self.truto_key_by = Some(value.into());
        self
    }

    /// Sets `truto_ignore_limit`: ignores the limit query parameter.
    #[inline] pub fn truto_ignore_limit(mut self, value: bool) -> Self {
        self.truto_ignore_limit = Some(value);
        self
    }

    /// A `users.list` request for Asana, which requires nothing more than every integration does.
    #[inline] pub fn for_asana(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for GitHub, which requires nothing more than every integration does.
    #[inline] pub fn for_github(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Okta, which requires nothing more than every integration does.
    #[inline] pub fn for_okta(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
    }

    /// A `users.list` request for Zendesk, which requires nothing more than every integration does.
    #[inline] pub fn for_zendesk(integrated_account_id: &str) -> Self {
        Self::new(integrated_account_id)
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
            "integrated_account_id" => json_into(&mut self.integrated_account_id, value),
            "truto_response_format" => json_into(&mut self.truto_response_format, value),
            "truto_ignore_remote_data" => {
                json_into(&mut self.truto_ignore_remote_data, value)
            }
            "truto_exclude_fields" => json_into(&mut self.truto_exclude_fields, value),
            "remote_query" => json_into(&mut self.remote_query, value),
            "limit" => json_into(&mut self.limit, value),
            "next_cursor" => json_into(&mut self.next_cursor, value),
            "truto_key_by" => json_into(&mut self.truto_key_by, value),
            "truto_ignore_limit" => json_into(&mut self.truto_ignore_limit, value),
            _ => return None,
        };
        Some(set)
    }
}

crate::operation::request_traits!(ListUsers);

impl crate::Operation for ListUsers {
    type Response = crate::Page<crate::User>;
    #[inline] fn spec() -> &'static EndpointSpec {
        &SPEC
    }

    #[inline] fn fields(&self) -> Vec<Field<'_>> {
        let mut out = Vec::new();
        out.extend(
            Field::of(&parameters::INTEGRATED_ACCOUNT_ID, &self.integrated_account_id),
        );
        out.extend(
            Field::of(&parameters::TRUTO_RESPONSE_FORMAT, &self.truto_response_format),
        );
        out.extend(
            Field::of(
                &parameters::TRUTO_IGNORE_REMOTE_DATA,
                &self.truto_ignore_remote_data,
            ),
        );
        out.extend(
            Field::of(&parameters::TRUTO_EXCLUDE_FIELDS, &self.truto_exclude_fields),
        );
        out.extend(Field::of(&parameters::REMOTE_QUERY, &self.remote_query));
        out.extend(Field::of(&parameters::LIMIT, &self.limit));
        out.extend(Field::of(&parameters::NEXT_CURSOR, &self.next_cursor));
        out.extend(Field::of(&parameters::TRUTO_KEY_BY, &self.truto_key_by));
        out.extend(Field::of(&parameters::TRUTO_IGNORE_LIMIT, &self.truto_ignore_limit));
        out
    }
}

impl crate::Client {
    /// `GET /unified/user-directory/users`: List Users.
    ///
    /// Every page, fetched lazily as they are asked for: `next_page()` for pages, `items()` for
    /// the items of all pages as a stream. Each page is validated for `integration` (looked up from the
    /// integrated account when `None`) and sent with the client's retry policy and rate budget.
    #[inline] pub fn list_users<'a>(
        &'a self,
        request: &'a ListUsers,
        integration: Option<Integration>,
    ) -> crate::Pages<'a, crate::User> {
        self.pages(request, integration)
    }
}

/// Everything the spec says about `users.list`, as data.
pub static SPEC: EndpointSpec = EndpointSpec {
    name: "users.list",
    rust_name: "ListUsers",
    summary: "List Users",
    method: Method::Get,
    path: "/unified/user-directory/users",
    description: "Lists the users of the connected application, a page at a time: follow `next_cursor` until it is `null`.",
    idempotent: true,
    irreversible: false,
    admin: false,
    integrations: &[
        Integration::Asana,
        Integration::GitHub,
        Integration::Okta,
        Integration::Zendesk,
    ],
    response_formats: &[crate::ResponseFormat::Unified, crate::ResponseFormat::Raw, crate::ResponseFormat::Normalized, crate::ResponseFormat::Stream],
    list: Some(ListSpec { partial_in: &[
        Integration::Asana,
        Integration::GitHub,
    ] }),
    parameters: &[
        &parameters::INTEGRATED_ACCOUNT_ID,
        &parameters::TRUTO_RESPONSE_FORMAT,
        &parameters::TRUTO_IGNORE_REMOTE_DATA,
        &parameters::TRUTO_EXCLUDE_FIELDS,
        &parameters::REMOTE_QUERY,
        &parameters::LIMIT,
        &parameters::NEXT_CURSOR,
        &parameters::TRUTO_KEY_BY,
        &parameters::TRUTO_IGNORE_LIMIT,
    ],
    rules: &[],
    offboarding: None,
    response_model: "User",
    response_fields: &[],
};

/// The parameters' entries, one `static` each.
mod parameters {
    use crate::spec::{Acceptance, Example, Location, ParamRole, ParamType, ParameterSpec};

    pub(super) static INTEGRATED_ACCOUNT_ID: ParameterSpec = ParameterSpec::new(
        "integrated_account_id", Location::Query, ParamType::Uuid,
        Acceptance::Required, "The ID of the integrated account to use for the request.",
    )
    .role(ParamRole::IntegratedAccount)
    .example(Example::Text("62f44730-dd91-461e-bd6a-aedd9e0ad79d"));

    pub(super) static TRUTO_RESPONSE_FORMAT: ParameterSpec = ParameterSpec::new(
        "truto_response_format", Location::Query, ParamType::ResponseFormat,
        Acceptance::Optional, "The format of the response.",
    )
    .role(ParamRole::ResponseFormat)
    .example(Example::Text("unified"));

    pub(super) static TRUTO_IGNORE_REMOTE_DATA: ParameterSpec = ParameterSpec::new(
        "truto_ignore_remote_data", Location::Query, ParamType::Boolean,
        Acceptance::Optional, "Excludes the remote_data attribute from the response.",
    )
    .role(ParamRole::IgnoreRemoteData);

    pub(super) static TRUTO_EXCLUDE_FIELDS: ParameterSpec = ParameterSpec::new(
        "truto_exclude_fields", Location::Query, ParamType::StringArray,
        Acceptance::Optional, "Array of fields to exclude from the response.",
    )
    .role(ParamRole::ExcludeFields)
    .example(Example::Texts(&["id", "name"]));

    pub(super) static REMOTE_QUERY: ParameterSpec = ParameterSpec::new(
        "remote_query", Location::Query, ParamType::Object,
        Acceptance::Optional, "Query parameters to pass to the underlying API without any transformations.",
    )
    .example(Example::Json("{\"foo\":\"bar\"}"));

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

    pub(super) static TRUTO_KEY_BY: ParameterSpec = ParameterSpec::new(
        "truto_key_by", Location::Query, ParamType::String,
        Acceptance::Optional, "Turns the `result` array into an object keyed by the named field (e.g. `id`), for use as a lookup table.",
    );

    pub(super) static TRUTO_IGNORE_LIMIT: ParameterSpec = ParameterSpec::new(
        "truto_ignore_limit", Location::Query, ParamType::Boolean,
        Acceptance::Optional, "Ignores the limit query parameter.",
    );
}
