// @generated from spec/endpoints/users-get.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

use crate::spec::{EndpointSpec, Method};
use std::future::Future;
use crate::operation::json_into;
use crate::validate::Field;
use crate::{Integration, Mode, ValidationReport};

/// Gets one user of the connected application by its id; the response is the User object.
///
/// `GET /unified/user-directory/users/{id}`. Idempotent: safe to retry after a lost response.
///
/// Every integration requires `id`, `integrated_account_id`. Per-integration requirements are the arguments of the
/// `for_…` constructors; `validate` checks a request against any integration, reporting every
/// problem at once.
///
/// Source: https://www.truto.one/docs/api-reference/unified-user-directory-api/users/get.md.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUser {
    /// The unique identifier of the user.
    ///
    /// Path parameter `id` · string. Required by every integration.
    pub id: String,
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
}

impl GetUser {
    /// A request with the parameters every integration requires.
    #[inline] pub fn new(id: &str, integrated_account_id: &str) -> Self {
        Self::default().id(id).integrated_account_id(integrated_account_id)
    }

    /// Sets `id`: the unique identifier of the user.
    #[inline] pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = value.into();
        self
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

    /// A `users.get` request for Asana, which requires nothing more than every integration does.
    #[inline] pub fn for_asana(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for GitHub, which requires nothing more than every integration does.
    #[inline] pub fn for_github(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Okta, which requires nothing more than every integration does.
    #[inline] pub fn for_okta(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
    }

    /// A `users.get` request for Zendesk, which requires nothing more than every integration does.
    #[inline] pub fn for_zendesk(id: &str, integrated_account_id: &str) -> Self {
        Self::new(id, integrated_account_id)
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
            "id" => json_into(&mut self.id, value),
            "integrated_account_id" => json_into(&mut self.integrated_account_id, value),
            "truto_response_format" => json_into(&mut self.truto_response_format, value),
            "truto_ignore_remote_data" => {
                json_into(&mut self.truto_ignore_remote_data, value)
            }
            "truto_exclude_fields" => json_into(&mut self.truto_exclude_fields, value),
            "remote_query" => json_into(&mut self.remote_query, value),
            _ => return None,
        };
        Some(set)
    }
}

crate::operation::request_traits!(GetUser);

impl crate::Operation for GetUser {
    type Response = crate::User;
    #[inline] fn spec() -> &'static EndpointSpec {
        &SPEC
    }

    #[inline] fn fields(&self) -> Vec<Field<'_>> {
        let mut out = Vec::new();
        out.extend(Field::of(&parameters::ID, &self.id));
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
        out
    }
}

impl crate::Client {
    /// `GET /unified/user-directory/users/{id}`: Get Users.
    ///
    /// Validates `request` for `integration` (looked up from the integrated account when
    /// `None`), sends it with the client's retry policy and decodes the response.
    #[inline] pub fn get_user<'a>(
        &'a self,
        request: &'a GetUser,
        integration: Option<Integration>,
    ) -> impl Future<Output = Result<crate::Response<crate::User>, crate::Error>> + 'a {
        self.send(request, integration)
    }
}

/// Everything the spec says about `users.get`, as data.
pub static SPEC: EndpointSpec = EndpointSpec {
    name: "users.get",
    rust_name: "GetUser",
    summary: "Get Users",
    method: Method::Get,
    path: "/unified/user-directory/users/{id}",
    description: "Gets one user of the connected application by its id; the response is the User object.",
    idempotent: true,
    irreversible: false,
    admin: false,
    integrations: &[
        Integration::Asana,
        Integration::GitHub,
        Integration::Okta,
        Integration::Zendesk,
    ],
    response_formats: &[crate::ResponseFormat::Unified, crate::ResponseFormat::Raw, crate::ResponseFormat::Normalized],
    list: None,
    parameters: &[
        &parameters::ID,
        &parameters::INTEGRATED_ACCOUNT_ID,
        &parameters::TRUTO_RESPONSE_FORMAT,
        &parameters::TRUTO_IGNORE_REMOTE_DATA,
        &parameters::TRUTO_EXCLUDE_FIELDS,
        &parameters::REMOTE_QUERY,
    ],
    rules: &[],
    offboarding: None,
    response_model: "User",
    response_fields: &[],
};

/// The parameters' entries, one `static` each.
mod parameters {
    use crate::spec::{Acceptance, Example, Location, ParamRole, ParamType, ParameterSpec};

    pub(super) static ID: ParameterSpec = ParameterSpec::new(
        "id", Location::Path, ParamType::String,
        Acceptance::Required, "The unique identifier of the user",
    )
    .role(ParamRole::User)
    .example(Example::Text("your_user_id"));

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
}
