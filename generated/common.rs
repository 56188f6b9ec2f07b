// @generated from spec/common.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

/// The format of the response (`truto_response_format`). Each endpoint offers a subset; its
/// validator rejects the others.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ResponseFormat {
    /// `unified`: returns the response with unified mappings applied.
    Unified,
    /// `raw`: returns the unprocessed, raw response from the remote API.
    Raw,
    /// `normalized`: applies the unified mappings and returns the data in a normalized format.
    Normalized,
    /// `stream`: returns the response as a stream, which is ideal for transmitting large datasets, files,
    /// or binary data. Using streaming mode helps to efficiently handle large payloads or real-time data
    /// flows without requiring the entire data to be buffered in memory.
    Stream,
    /// A value this spec does not know, kept as given or received (see `UnknownValue`).
    Unknown(crate::decode::UnknownValue),
}
impl ResponseFormat {
    /// The values this spec knows.
    pub const KNOWN: &'static [&'static str] = &[
        "unified",
        "raw",
        "normalized",
        "stream",
    ];
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unified => "unified",
            Self::Raw => "raw",
            Self::Normalized => "normalized",
            Self::Stream => "stream",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
}
impl From<&str> for ResponseFormat {
    fn from(value: &str) -> Self {
        match value {
            "unified" => Self::Unified,
            "raw" => Self::Raw,
            "normalized" => Self::Normalized,
            "stream" => Self::Stream,
            other => Self::Unknown(crate::decode::UnknownValue::new(other)),
        }
    }
}
crate::decode::open_enum_traits!(ResponseFormat);
impl ResponseFormat {
    /// What the client does with a success body in this format (`spec/common.yaml`); a
    /// format this spec does not know is decoded like `unified`.
    pub fn body_handling(&self) -> crate::spec::BodyHandling {
        match self {
            Self::Raw => crate::spec::BodyHandling::Raw,
            Self::Stream => crate::spec::BodyHandling::Stream,
            _ => crate::spec::BodyHandling::Typed,
        }
    }
}
/// Where the body of every list endpoint holds its items and cursors (`spec/common.yaml`).
pub static LIST_ENVELOPE: crate::spec::ListEnvelope = crate::spec::ListEnvelope {
    items: &["result", "results"],
    next_cursor: "next_cursor",
    prev_cursor: "prev_cursor",
    result_count: "result_count",
    partial: "is_partial_response",
};
/// The answers that mean an integration has no such method (`spec/common.yaml`,
/// `missing_method`), assumed. Source: <https://truto.one/docs/api-reference/overview/errors>
/// \[inferred\]
pub static MISSING_METHOD: &[crate::spec::AlreadyDone] = &[
    crate::spec::AlreadyDone {
        status: 404,
        remote: false,
        meaning: "the integration has no such method",
    },
];
/// How a person is found by email in the users an integrated account lists
/// (`spec/common.yaml`, `people`).
pub static PEOPLE: Option<crate::spec::People> = Some(crate::spec::People {
    model: "User",
    list: "users.list",
    get: "users.get",
    id: "id",
    emails: &["emails[].email"],
    usernames: &["username"],
    status: "status",
    access: &["groups", "roles", "licenses", "organizations", "workspaces"],
    last_login: Some("last_login_at"),
    activity: &["last_login_at", "last_active_at"],
    roles: Some("roles"),
    groups: Some("groups"),
    licenses: Some("licenses"),
    user_type: Some("user_type"),
    privileged_types: &["admin"],
    privileged_role_words: &["admin", "owner", "super"],
    inactive_statuses: &["inactive", "deleted"],
});
/// How a tenant's integrated accounts are read (`spec/common.yaml`, `accounts`).
pub static ACCOUNTS: Option<crate::spec::Accounts> = Some(crate::spec::Accounts {
    model: "IntegratedAccount",
    id: "id",
    integration: "integration.name",
    status: "status",
    tenant: "tenant_id",
    active: &["active"],
    tenant_filter: "tenant_id",
    status_filter: "status",
});
/// The parameters of the `truto_query` group (`spec/common.yaml`), the same on every endpoint that
/// includes it: its request stores them in its field `truto_query`, with a setter for each in
/// [`TrutoQuerySetters`].
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct TrutoQuery {
    /// The ID of the integrated account to use for the request.
    ///
    /// Query parameter `integrated_account_id` · string · uuid.
    /// Required by every integration.
    pub integrated_account_id: String,
    /// The format of the response.
    ///
    /// Query parameter `truto_response_format` · response format.
    /// Accepted by every integration of the endpoint.
    /// Default: `unified`.
    pub truto_response_format: Option<crate::ResponseFormat>,
    /// Excludes the remote_data attribute from the response.
    ///
    /// Query parameter `truto_ignore_remote_data` · boolean.
    /// Accepted by every integration of the endpoint.
    pub truto_ignore_remote_data: Option<bool>,
    /// Array of fields to exclude from the response.
    ///
    /// Query parameter `truto_exclude_fields` · string[].
    /// Accepted by every integration of the endpoint.
    pub truto_exclude_fields: Vec<String>,
    /// Query parameters to pass to the underlying API without any transformations.
    ///
    /// Query parameter `remote_query` · object.
    /// Accepted by every integration of the endpoint.
    pub remote_query: Option<serde_json::Map<String, serde_json::Value>>,
}
impl TrutoQuery {
    /// The group with the parameters every integration requires.
    #[inline]
    pub fn new(integrated_account_id: &str) -> Self {
        Self {
            integrated_account_id: integrated_account_id.into(),
            ..Self::default()
        }
    }
    /// The wire names of its parameters.
    pub(crate) const NAMES: &'static [&'static str] = &[
        "integrated_account_id",
        "truto_response_format",
        "truto_ignore_remote_data",
        "truto_exclude_fields",
        "remote_query",
    ];
    /// The parameters it sets, in spec order (after those of the request's own).
    #[inline]
    pub(crate) fn fields(&self) -> Vec<crate::validate::Field<'_>> {
        crate::validate::Field::set(
            &[
                (&truto_query::INTEGRATED_ACCOUNT_ID, &self.integrated_account_id),
                (&truto_query::TRUTO_RESPONSE_FORMAT, &self.truto_response_format),
                (&truto_query::TRUTO_IGNORE_REMOTE_DATA, &self.truto_ignore_remote_data),
                (&truto_query::TRUTO_EXCLUDE_FIELDS, &self.truto_exclude_fields),
                (&truto_query::REMOTE_QUERY, &self.remote_query),
            ],
        )
    }
    /// Sets the parameter with this wire name from JSON (`None`: there is no such parameter).
    #[inline]
    pub(crate) fn set_parameter(
        &mut self,
        name: &str,
        value: serde_json::Value,
    ) -> Option<Result<(), serde_json::Error>> {
        let set = match name {
            "integrated_account_id" => {
                crate::operation::json_into(&mut self.integrated_account_id, value)
            }
            "truto_response_format" => {
                crate::operation::json_into(&mut self.truto_response_format, value)
            }
            "truto_ignore_remote_data" => {
                crate::operation::json_into(&mut self.truto_ignore_remote_data, value)
            }
            "truto_exclude_fields" => {
                crate::operation::json_into(&mut self.truto_exclude_fields, value)
            }
            "remote_query" => crate::operation::json_into(&mut self.remote_query, value),
            _ => return None,
        };
        Some(set)
    }
}
/// The setters of the `truto_query` parameters ([`TrutoQuery`]), on every request that includes them
/// (bring them into scope with `use truto_user_directory::TrutoQuerySetters;`).
pub trait TrutoQuerySetters: Sized {
    /// The request's `truto_query` parameters.
    fn truto_query_mut(&mut self) -> &mut TrutoQuery;
    /// Sets `integrated_account_id`: the ID of the integrated account to use for the request.
    fn integrated_account_id(mut self, value: impl Into<String>) -> Self {
        self.truto_query_mut().integrated_account_id = value.into();
        self
    }
    /// Sets `truto_response_format`: the format of the response.
    fn truto_response_format(mut self, value: impl Into<crate::ResponseFormat>) -> Self {
        self.truto_query_mut().truto_response_format = Some(value.into());
        self
    }
    /// Sets `truto_ignore_remote_data`: excludes the remote_data attribute from the response.
    fn truto_ignore_remote_data(mut self, value: bool) -> Self {
        self.truto_query_mut().truto_ignore_remote_data = Some(value);
        self
    }
    /// Sets `truto_exclude_fields`: array of fields to exclude from the response.
    fn truto_exclude_fields(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.truto_query_mut().truto_exclude_fields = value
            .into_iter()
            .map(Into::into)
            .collect();
        self
    }
    /// Sets `remote_query`: query parameters to pass to the underlying API without any transformations.
    fn remote_query(
        mut self,
        value: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        self.truto_query_mut().remote_query = Some(value);
        self
    }
}
/// The parameters of the `remote_data_body` group (`spec/common.yaml`), the same on every endpoint that
/// includes it: its request stores them in its field `remote_data_body`, with a setter for each in
/// [`RemoteDataBodySetters`].
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct RemoteDataBody {
    /// Any additional data that should be passed as part of the request body. This data is not transformed
    /// by Truto and is passed as is to the remote API.
    ///
    /// Body parameter `remote_data` · object.
    /// Accepted by every integration of the endpoint.
    pub remote_data: Option<serde_json::Map<String, serde_json::Value>>,
}
impl RemoteDataBody {
    /// The wire names of its parameters.
    pub(crate) const NAMES: &'static [&'static str] = &["remote_data"];
    /// The parameters it sets, in spec order (after those of the request's own).
    #[inline]
    pub(crate) fn fields(&self) -> Vec<crate::validate::Field<'_>> {
        crate::validate::Field::set(
            &[(&remote_data_body::REMOTE_DATA, &self.remote_data)],
        )
    }
    /// Sets the parameter with this wire name from JSON (`None`: there is no such parameter).
    #[inline]
    pub(crate) fn set_parameter(
        &mut self,
        name: &str,
        value: serde_json::Value,
    ) -> Option<Result<(), serde_json::Error>> {
        let set = match name {
            "remote_data" => crate::operation::json_into(&mut self.remote_data, value),
            _ => return None,
        };
        Some(set)
    }
}
/// The setters of the `remote_data_body` parameters ([`RemoteDataBody`]), on every request that
/// includes them (bring them into scope with `use truto_user_directory::RemoteDataBodySetters;`).
pub trait RemoteDataBodySetters: Sized {
    /// The request's `remote_data_body` parameters.
    fn remote_data_body_mut(&mut self) -> &mut RemoteDataBody;
    /// Sets `remote_data`: any additional data that should be passed as part of the request body. This data
    /// is not transformed by Truto and is passed as is to the remote API.
    fn remote_data(mut self, value: serde_json::Map<String, serde_json::Value>) -> Self {
        self.remote_data_body_mut().remote_data = Some(value);
        self
    }
}
/// The parameters of the `paging` group (`spec/common.yaml`), the same on every endpoint that includes
/// it: its request stores them in its field `paging`, with a setter for each in [`PagingSetters`].
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Paging {
    /// The maximum number of records per page (no documented default or maximum; about 25 by default)
    ///
    /// Query parameter `limit` · integer.
    /// Accepted by every integration of the endpoint.
    pub limit: Option<u64>,
    /// The cursor of the page to fetch, from the previous page's `next_cursor`.
    ///
    /// Query parameter `next_cursor` · string.
    /// Accepted by every integration of the endpoint.
    pub next_cursor: Option<String>,
}
impl Paging {
    /// The wire names of its parameters.
    pub(crate) const NAMES: &'static [&'static str] = &["limit", "next_cursor"];
    /// The parameters it sets, in spec order (after those of the request's own).
    #[inline]
    pub(crate) fn fields(&self) -> Vec<crate::validate::Field<'_>> {
        crate::validate::Field::set(
            &[(&paging::LIMIT, &self.limit), (&paging::NEXT_CURSOR, &self.next_cursor)],
        )
    }
    /// Sets the parameter with this wire name from JSON (`None`: there is no such parameter).
    #[inline]
    pub(crate) fn set_parameter(
        &mut self,
        name: &str,
        value: serde_json::Value,
    ) -> Option<Result<(), serde_json::Error>> {
        let set = match name {
            "limit" => crate::operation::json_into(&mut self.limit, value),
            "next_cursor" => crate::operation::json_into(&mut self.next_cursor, value),
            _ => return None,
        };
        Some(set)
    }
}
/// The setters of the `paging` parameters ([`Paging`]), on every request that includes them (bring them
/// into scope with `use truto_user_directory::PagingSetters;`).
pub trait PagingSetters: Sized {
    /// The request's `paging` parameters.
    fn paging_mut(&mut self) -> &mut Paging;
    /// Sets `limit`: the maximum number of records per page (no documented default or maximum; about 25 by
    /// default)
    fn limit(mut self, value: u64) -> Self {
        self.paging_mut().limit = Some(value);
        self
    }
    /// Sets `next_cursor`: the cursor of the page to fetch, from the previous page's `next_cursor`.
    fn next_cursor(mut self, value: impl Into<String>) -> Self {
        self.paging_mut().next_cursor = Some(value.into());
        self
    }
}
/// The parameters of the `truto_list` group (`spec/common.yaml`), the same on every endpoint that
/// includes it: its request stores them in its field `truto_list`, with a setter for each in
/// [`TrutoListSetters`].
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct TrutoList {
    /// Turns the `result` array into an object keyed by the named field (e.g. `id`), for use as a lookup
    /// table.
    ///
    /// Query parameter `truto_key_by` · string.
    /// Accepted by every integration of the endpoint.
    pub truto_key_by: Option<String>,
    /// Ignores the limit query parameter.
    ///
    /// Query parameter `truto_ignore_limit` · boolean.
    /// Accepted by every integration of the endpoint.
    pub truto_ignore_limit: Option<bool>,
}
impl TrutoList {
    /// The wire names of its parameters.
    pub(crate) const NAMES: &'static [&'static str] = &[
        "truto_key_by",
        "truto_ignore_limit",
    ];
    /// The parameters it sets, in spec order (after those of the request's own).
    #[inline]
    pub(crate) fn fields(&self) -> Vec<crate::validate::Field<'_>> {
        crate::validate::Field::set(
            &[
                (&truto_list::TRUTO_KEY_BY, &self.truto_key_by),
                (&truto_list::TRUTO_IGNORE_LIMIT, &self.truto_ignore_limit),
            ],
        )
    }
    /// Sets the parameter with this wire name from JSON (`None`: there is no such parameter).
    #[inline]
    pub(crate) fn set_parameter(
        &mut self,
        name: &str,
        value: serde_json::Value,
    ) -> Option<Result<(), serde_json::Error>> {
        let set = match name {
            "truto_key_by" => crate::operation::json_into(&mut self.truto_key_by, value),
            "truto_ignore_limit" => {
                crate::operation::json_into(&mut self.truto_ignore_limit, value)
            }
            _ => return None,
        };
        Some(set)
    }
}
/// The setters of the `truto_list` parameters ([`TrutoList`]), on every request that includes them
/// (bring them into scope with `use truto_user_directory::TrutoListSetters;`).
pub trait TrutoListSetters: Sized {
    /// The request's `truto_list` parameters.
    fn truto_list_mut(&mut self) -> &mut TrutoList;
    /// Sets `truto_key_by`: turns the `result` array into an object keyed by the named field (e.g. `id`),
    /// for use as a lookup table.
    fn truto_key_by(mut self, value: impl Into<String>) -> Self {
        self.truto_list_mut().truto_key_by = Some(value.into());
        self
    }
    /// Sets `truto_ignore_limit`: ignores the limit query parameter.
    fn truto_ignore_limit(mut self, value: bool) -> Self {
        self.truto_list_mut().truto_ignore_limit = Some(value);
        self
    }
}

/// The entries of the `truto_query` group's parameters, one `static` each.
pub(crate) mod truto_query {
    use crate::spec::{Acceptance, Example, Location, ParamRole, ParamType, ParameterSpec};

    pub(crate) static INTEGRATED_ACCOUNT_ID: ParameterSpec = ParameterSpec::new(
        "integrated_account_id", Location::Query, ParamType::Uuid,
        Acceptance::Required, "The ID of the integrated account to use for the request.",
    )
    .role(ParamRole::IntegratedAccount)
    .example(Example::Text("62f44730-dd91-461e-bd6a-aedd9e0ad79d"));

    pub(crate) static TRUTO_RESPONSE_FORMAT: ParameterSpec = ParameterSpec::new(
        "truto_response_format", Location::Query, ParamType::ResponseFormat,
        Acceptance::Optional, "The format of the response.",
    )
    .role(ParamRole::ResponseFormat)
    .example(Example::Text("unified"));

    pub(crate) static TRUTO_IGNORE_REMOTE_DATA: ParameterSpec = ParameterSpec::new(
        "truto_ignore_remote_data", Location::Query, ParamType::Boolean,
        Acceptance::Optional, "Excludes the remote_data attribute from the response.",
    )
    .role(ParamRole::IgnoreRemoteData);

    pub(crate) static TRUTO_EXCLUDE_FIELDS: ParameterSpec = ParameterSpec::new(
        "truto_exclude_fields", Location::Query, ParamType::StringArray,
        Acceptance::Optional, "Array of fields to exclude from the response.",
    )
    .role(ParamRole::ExcludeFields)
    .example(Example::Texts(&["id", "name"]));

    pub(crate) static REMOTE_QUERY: ParameterSpec = ParameterSpec::new(
        "remote_query", Location::Query, ParamType::Object,
        Acceptance::Optional, "Query parameters to pass to the underlying API without any transformations.",
    )
    .example(Example::Json("{\"foo\":\"bar\"}"));
}
/// The entries of the `remote_data_body` group's parameters, one `static` each.
pub(crate) mod remote_data_body {
    use crate::spec::{Acceptance, Example, Location, ParamType, ParameterSpec};

    pub(crate) static REMOTE_DATA: ParameterSpec = ParameterSpec::new(
        "remote_data", Location::Body, ParamType::Object,
        Acceptance::Optional,
        "Any additional data that should be passed as part of the request body. This data is not transformed by Truto \
        and is passed as is to the remote API.",
    )
    .example(Example::Json("{}"));
}
/// The entries of the `paging` group's parameters, one `static` each.
pub(crate) mod paging {
    use crate::spec::{Acceptance, Example, Location, ParamRole, ParamType, ParameterSpec};

    pub(crate) static LIMIT: ParameterSpec = ParameterSpec::new(
        "limit", Location::Query, ParamType::Integer,
        Acceptance::Optional,
        "The maximum number of records per page (no documented default or maximum; about 25 by default).",
    )
    .role(ParamRole::Limit)
    .example(Example::Json("100"));

    pub(crate) static NEXT_CURSOR: ParameterSpec = ParameterSpec::new(
        "next_cursor", Location::Query, ParamType::String,
        Acceptance::Optional, "The cursor of the page to fetch, from the previous page's `next_cursor`.",
    )
    .role(ParamRole::Cursor);
}
/// The entries of the `truto_list` group's parameters, one `static` each.
pub(crate) mod truto_list {
    use crate::spec::{Acceptance, Location, ParamType, ParameterSpec};

    pub(crate) static TRUTO_KEY_BY: ParameterSpec = ParameterSpec::new(
        "truto_key_by", Location::Query, ParamType::String,
        Acceptance::Optional,
        "Turns the `result` array into an object keyed by the named field (e.g. `id`), for use as a lookup table.",
    );

    pub(crate) static TRUTO_IGNORE_LIMIT: ParameterSpec = ParameterSpec::new(
        "truto_ignore_limit", Location::Query, ParamType::Boolean,
        Acceptance::Optional, "Ignores the limit query parameter.",
    );
}
