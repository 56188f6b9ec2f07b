// @generated from spec/endpoints/users-deactivate.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

/// Everything the spec says about `users.deactivate`, as data.
pub static SPEC: crate::spec::EndpointSpec = crate::spec::EndpointSpec {
    name: "users.deactivate",
    rust_name: "DeactivateUser",
    summary: "Deactivate Users",
    method: "POST",
    path: "/unified/user-directory/users/deactivate",
    description: "Deactivates a user in the connected application. The user is identified by `user_id` in the request body; the response is the User object.",
    idempotent: false,
    irreversible: false,
    integrations: &[
        crate::Integration::AvalaraAvaTax,
        crate::Integration::Okta,
        crate::Integration::Vanta,
    ],
    response_formats: &["unified", "raw", "normalized", "stream"],
    parameters: &PARAMETERS,
    rules: &[],
    offboarding: Some(crate::spec::Offboarding {
        operation: "deactivate",
        rank: 2u8,
        effect: crate::spec::Effect::SetsStatus("inactive"),
        already_done: &[
            crate::spec::AlreadyDone {
                status: 409u16,
                remote: true,
                meaning: "the user is already inactive",
            },
        ],
    }),
    response_model: "User",
    response_fields: &[
        crate::spec::ResponseFieldSpec {
            name: "id",
            supported_in: &[crate::Integration::AvalaraAvaTax, crate::Integration::Vanta],
        },
        crate::spec::ResponseFieldSpec {
            name: "external_id",
            supported_in: &[],
        },
        crate::spec::ResponseFieldSpec {
            name: "identifiers",
            supported_in: &[],
        },
        crate::spec::ResponseFieldSpec {
            name: "first_name",
            supported_in: &[crate::Integration::AvalaraAvaTax],
        },
        crate::spec::ResponseFieldSpec {
            name: "last_name",
            supported_in: &[crate::Integration::AvalaraAvaTax],
        },
        crate::spec::ResponseFieldSpec {
            name: "title",
            supported_in: &[],
        },
        crate::spec::ResponseFieldSpec {
            name: "name",
            supported_in: &[crate::Integration::AvalaraAvaTax],
        },
        crate::spec::ResponseFieldSpec {
            name: "username",
            supported_in: &[crate::Integration::AvalaraAvaTax],
        },
        crate::spec::ResponseFieldSpec {
            name: "emails",
            supported_in: &[crate::Integration::AvalaraAvaTax],
        },
        crate::spec::ResponseFieldSpec {
            name: "phones",
            supported_in: &[],
        },
        crate::spec::ResponseFieldSpec {
            name: "status",
            supported_in: &[crate::Integration::AvalaraAvaTax],
        },
        crate::spec::ResponseFieldSpec {
            name: "is_email_verified",
            supported_in: &[],
        },
        crate::spec::ResponseFieldSpec {
            name: "is_2fa_enabled",
            supported_in: &[],
        },
        crate::spec::ResponseFieldSpec {
            name: "roles",
            supported_in: &[crate::Integration::AvalaraAvaTax],
        },
        crate::spec::ResponseFieldSpec {
            name: "organizations",
            supported_in: &[crate::Integration::AvalaraAvaTax],
        },
        crate::spec::ResponseFieldSpec {
            name: "user_type",
            supported_in: &[],
        },
        crate::spec::ResponseFieldSpec {
            name: "licenses",
            supported_in: &[],
        },
        crate::spec::ResponseFieldSpec {
            name: "groups",
            supported_in: &[],
        },
        crate::spec::ResponseFieldSpec {
            name: "workspaces",
            supported_in: &[crate::Integration::AvalaraAvaTax],
        },
        crate::spec::ResponseFieldSpec {
            name: "avatar",
            supported_in: &[],
        },
        crate::spec::ResponseFieldSpec {
            name: "timezone",
            supported_in: &[],
        },
        crate::spec::ResponseFieldSpec {
            name: "languages",
            supported_in: &[],
        },
        crate::spec::ResponseFieldSpec {
            name: "bio",
            supported_in: &[],
        },
        crate::spec::ResponseFieldSpec {
            name: "created_at",
            supported_in: &[crate::Integration::AvalaraAvaTax],
        },
        crate::spec::ResponseFieldSpec {
            name: "updated_at",
            supported_in: &[crate::Integration::AvalaraAvaTax],
        },
        crate::spec::ResponseFieldSpec {
            name: "last_active_at",
            supported_in: &[],
        },
        crate::spec::ResponseFieldSpec {
            name: "last_login_at",
            supported_in: &[],
        },
        crate::spec::ResponseFieldSpec {
            name: "status_changed_at",
            supported_in: &[],
        },
        crate::spec::ResponseFieldSpec {
            name: "activated_at",
            supported_in: &[],
        },
        crate::spec::ResponseFieldSpec {
            name: "urls",
            supported_in: &[],
        },
        crate::spec::ResponseFieldSpec {
            name: "remote_data",
            supported_in: &[],
        },
    ],
    example: example_fields,
};

fn example_fields(
    integration: crate::Integration,
) -> Option<Vec<crate::validate::WireField>> {
    DeactivateUser::example(integration)
        .map(|request| crate::Operation::wire_fields(&request))
}

static PARAMETERS: [crate::spec::ParameterSpec; 8] = [
    crate::spec::ParameterSpec {
        name: "actor",
        rust_name: "actor",
        location: crate::spec::Location::Query,
        ty: crate::spec::ParamType::String,
        description: "An id of the person who will be recorded as completing the offboarding for this user.",
        required: false,
        required_in: &[crate::Integration::Vanta],
        supported_in: &[],
        all_integrations: false,
        values: &[],
        fields: &[],
        notes: &[],
        role: None,
        irreversible: false,
        assumed: &[],
    },
    crate::spec::ParameterSpec {
        name: "user_id",
        rust_name: "user_id",
        location: crate::spec::Location::Body,
        ty: crate::spec::ParamType::String,
        description: "The unique identifier of the user",
        required: false,
        required_in: &[crate::Integration::AvalaraAvaTax, crate::Integration::Okta],
        supported_in: &[crate::Integration::Vanta],
        all_integrations: false,
        values: &[],
        fields: &[],
        notes: &[
            crate::spec::Note {
                integration: crate::Integration::Vanta,
                text: "not listed on the page for Vanta; assumed accepted, since the call must name the user",
            },
        ],
        role: Some(crate::spec::Role::User),
        irreversible: false,
        assumed: &["supported_in"],
    },
    crate::spec::ParameterSpec {
        name: "integrated_account_id",
        rust_name: "integrated_account_id",
        location: crate::spec::Location::Query,
        ty: crate::spec::ParamType::Uuid,
        description: "The ID of the integrated account to use for the request.",
        required: true,
        required_in: &[],
        supported_in: &[],
        all_integrations: true,
        values: &[],
        fields: &[],
        notes: &[],
        role: Some(crate::spec::Role::IntegratedAccount),
        irreversible: false,
        assumed: &[],
    },
    crate::spec::ParameterSpec {
        name: "truto_response_format",
        rust_name: "truto_response_format",
        location: crate::spec::Location::Query,
        ty: crate::spec::ParamType::ResponseFormat,
        description: "The format of the response.",
        required: false,
        required_in: &[],
        supported_in: &[],
        all_integrations: true,
        values: &[],
        fields: &[],
        notes: &[],
        role: Some(crate::spec::Role::ResponseFormat),
        irreversible: false,
        assumed: &[],
    },
    crate::spec::ParameterSpec {
        name: "truto_ignore_remote_data",
        rust_name: "truto_ignore_remote_data",
        location: crate::spec::Location::Query,
        ty: crate::spec::ParamType::Boolean,
        description: "Excludes the remote_data attribute from the response.",
        required: false,
        required_in: &[],
        supported_in: &[],
        all_integrations: true,
        values: &[],
        fields: &[],
        notes: &[],
        role: Some(crate::spec::Role::IgnoreRemoteData),
        irreversible: false,
        assumed: &[],
    },
    crate::spec::ParameterSpec {
        name: "truto_exclude_fields",
        rust_name: "truto_exclude_fields",
        location: crate::spec::Location::Query,
        ty: crate::spec::ParamType::StringArray,
        description: "Array of fields to exclude from the response.",
        required: false,
        required_in: &[],
        supported_in: &[],
        all_integrations: true,
        values: &[],
        fields: &[],
        notes: &[],
        role: Some(crate::spec::Role::ExcludeFields),
        irreversible: false,
        assumed: &[],
    },
    crate::spec::ParameterSpec {
        name: "remote_query",
        rust_name: "remote_query",
        location: crate::spec::Location::Query,
        ty: crate::spec::ParamType::Object,
        description: "Query parameters to pass to the underlying API without any transformations.",
        required: false,
        required_in: &[],
        supported_in: &[],
        all_integrations: true,
        values: &[],
        fields: &[],
        notes: &[],
        role: None,
        irreversible: false,
        assumed: &[],
    },
    crate::spec::ParameterSpec {
        name: "remote_data",
        rust_name: "remote_data",
        location: crate::spec::Location::Body,
        ty: crate::spec::ParamType::Object,
        description: "Any additional data that should be passed as part of the request body. This data is not transformed by Truto and is passed as is to the remote API.",
        required: false,
        required_in: &[],
        supported_in: &[],
        all_integrations: true,
        values: &[],
        fields: &[],
        notes: &[],
        role: None,
        irreversible: false,
        assumed: &[],
    },
];

/// Deactivates a user in the connected application. The user is identified by `user_id` in the request body; the response is the User object.
///
/// `POST /unified/user-directory/users/deactivate` · 3 integration(s).
///
/// Every integration requires `integrated_account_id`. Per-integration requirements are the arguments of the
/// `for_…` constructors; `validate` checks a request against any integration, reporting every
/// problem at once.
///
/// Source: shared/seeds/000_9b0f53e921c71154.txt.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct DeactivateUser {
    /// An id of the person who will be recorded as completing the offboarding for this user.
    ///
    /// Query parameter `actor` · string.
    ///
    /// Required in: Vanta.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<String>,
    /// The unique identifier of the user
    ///
    /// Body parameter `user_id` · string.
    ///
    /// Required in: Avalara AvaTax, Okta.
    ///
    /// Supported in: Vanta.
    ///
    /// Note for Vanta: not listed on the page for Vanta; assumed accepted, since the call must name the user
    ///
    /// Assumed supported_in: not recovered from the API pages (truto-api-facts §2: Vanta's user_id requirement is not listed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// The ID of the integrated account to use for the request.
    ///
    /// Query parameter `integrated_account_id` · string · uuid. Required by every integration.
    #[serde(default)]
    pub integrated_account_id: String,
    /// The format of the response.
    ///
    /// Query parameter `truto_response_format` · response format. Accepted by every integration of this endpoint.
    ///
    /// Default: `unified`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub truto_response_format: Option<crate::ResponseFormat>,
    /// Excludes the remote_data attribute from the response.
    ///
    /// Query parameter `truto_ignore_remote_data` · boolean. Accepted by every integration of this endpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub truto_ignore_remote_data: Option<bool>,
    /// Array of fields to exclude from the response.
    ///
    /// Query parameter `truto_exclude_fields` · string[]. Accepted by every integration of this endpoint.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub truto_exclude_fields: Vec<String>,
    /// Query parameters to pass to the underlying API without any transformations.
    ///
    /// Query parameter `remote_query` · object. Accepted by every integration of this endpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_query: Option<serde_json::Map<String, serde_json::Value>>,
    /// Any additional data that should be passed as part of the request body. This data is not transformed by Truto and is passed as is to the remote API.
    ///
    /// Body parameter `remote_data` · object. Accepted by every integration of this endpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<serde_json::Map<String, serde_json::Value>>,
}

impl DeactivateUser {
    /// A request with the parameters every integration requires.
    pub fn new(integrated_account_id: impl Into<String>) -> Self {
        Self::default().integrated_account_id(integrated_account_id)
    }

    /// A builder starting from an empty request.
    pub fn builder() -> DeactivateUserBuilder {
        DeactivateUserBuilder {
            request: Self::default(),
        }
    }

    /// Sets `actor` (An id of the person who will be recorded as completing the offboarding for this user.).
    pub fn actor(mut self, value: impl Into<String>) -> Self {
        self.actor = Some(value.into());
        self
    }

    /// Sets `user_id` (The unique identifier of the user).
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }

    /// Sets `integrated_account_id` (The ID of the integrated account to use for the request.).
    pub fn integrated_account_id(mut self, value: impl Into<String>) -> Self {
        self.integrated_account_id = value.into();
        self
    }

    /// Sets `truto_response_format` (The format of the response.).
    pub fn truto_response_format(
        mut self,
        value: impl Into<crate::ResponseFormat>,
    ) -> Self {
        self.truto_response_format = Some(value.into());
        self
    }

    /// Sets `truto_ignore_remote_data` (Excludes the remote_data attribute from the response.).
    pub fn truto_ignore_remote_data(mut self, value: bool) -> Self {
        self.truto_ignore_remote_data = Some(value);
        self
    }

    /// Sets `truto_exclude_fields` (Array of fields to exclude from the response.).
    pub fn truto_exclude_fields(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.truto_exclude_fields = value.into_iter().map(Into::into).collect();
        self
    }

    /// Sets `remote_query` (Query parameters to pass to the underlying API without any transformations.).
    pub fn remote_query(
        mut self,
        value: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        self.remote_query = Some(value);
        self
    }

    /// Sets `remote_data` (Any additional data that should be passed as part of the request body. This data is not transformed by Truto and is passed as is to the remote API.).
    pub fn remote_data(
        mut self,
        value: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        self.remote_data = Some(value);
        self
    }

    /// A `users.deactivate` request for Avalara AvaTax.
    ///
    /// `user_id`: The unique identifier of the user
    pub fn for_avalara_avatax(
        integrated_account_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self::default().integrated_account_id(integrated_account_id).user_id(user_id)
    }

    /// A `users.deactivate` request for Okta.
    ///
    /// `user_id`: The unique identifier of the user
    pub fn for_okta(
        integrated_account_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self::default().integrated_account_id(integrated_account_id).user_id(user_id)
    }

    /// A `users.deactivate` request for Vanta.
    ///
    /// `actor`: An id of the person who will be recorded as completing the offboarding for this user.
    ///
    /// Vanta also accepts `user_id`.
    pub fn for_vanta(
        integrated_account_id: impl Into<String>,
        actor: impl Into<String>,
    ) -> Self {
        Self::default().integrated_account_id(integrated_account_id).actor(actor)
    }

    /// The smallest valid request for `integration`, built from the spec's examples
    /// (`None` when the integration does not support this endpoint).
    pub fn example(integration: crate::Integration) -> Option<Self> {
        match integration {
            crate::Integration::AvalaraAvaTax => {
                Some(
                    Self::for_avalara_avatax(
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                        "your_user_id",
                    ),
                )
            }
            crate::Integration::Okta => {
                Some(
                    Self::for_okta(
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                        "your_user_id",
                    ),
                )
            }
            crate::Integration::Vanta => {
                Some(
                    Self::for_vanta(
                        "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
                        "your_actor_id",
                    ),
                )
            }
            _ => None,
        }
    }

    /// Every problem with this request for `integration`, at once.
    pub fn validate(
        &self,
        integration: crate::Integration,
        mode: crate::Mode,
    ) -> crate::ValidationReport {
        crate::Operation::validate(self, integration, mode)
    }

    /// What `integration` must and may send on this endpoint.
    pub fn requirements(integration: crate::Integration) -> crate::spec::Requirements {
        SPEC.requirements(integration)
    }
}

impl crate::Operation for DeactivateUser {
    type Response = crate::User;
    fn spec() -> &'static crate::spec::EndpointSpec {
        &SPEC
    }

    fn wire_fields(&self) -> Vec<crate::validate::WireField> {
        let mut out = Vec::new();
        if let Some(value) = &self.actor {
            out.push(crate::validate::WireField {
                spec: &PARAMETERS[0usize],
                value: serde_json::Value::String(value.clone()),
            });
        }
        if let Some(value) = &self.user_id {
            out.push(crate::validate::WireField {
                spec: &PARAMETERS[1usize],
                value: serde_json::Value::String(value.clone()),
            });
        }
        out.push(crate::validate::WireField {
            spec: &PARAMETERS[2usize],
            value: serde_json::Value::String(self.integrated_account_id.clone()),
        });
        if let Some(value) = &self.truto_response_format {
            out.push(crate::validate::WireField {
                spec: &PARAMETERS[3usize],
                value: serde_json::Value::String(value.as_str().to_string()),
            });
        }
        if let Some(value) = &self.truto_ignore_remote_data {
            out.push(crate::validate::WireField {
                spec: &PARAMETERS[4usize],
                value: serde_json::Value::Bool(*value),
            });
        }
        if !self.truto_exclude_fields.is_empty() {
            out.push(crate::validate::WireField {
                spec: &PARAMETERS[5usize],
                value: serde_json::Value::Array(
                    self
                        .truto_exclude_fields
                        .iter()
                        .cloned()
                        .map(serde_json::Value::String)
                        .collect(),
                ),
            });
        }
        if let Some(value) = &self.remote_query {
            out.push(crate::validate::WireField {
                spec: &PARAMETERS[6usize],
                value: serde_json::Value::Object(value.clone()),
            });
        }
        if let Some(value) = &self.remote_data {
            out.push(crate::validate::WireField {
                spec: &PARAMETERS[7usize],
                value: serde_json::Value::Object(value.clone()),
            });
        }
        out
    }
}

impl crate::Client {
    /// `POST /unified/user-directory/users/deactivate`: Deactivate Users
    ///
    /// Validates `request` for `integration` (looked up from the integrated account when
    /// `None`), sends it with the client's retry policy and decodes the response.
    pub async fn deactivate_user(
        &self,
        request: &DeactivateUser,
        integration: Option<crate::Integration>,
    ) -> Result<crate::Response<crate::User>, crate::Error> {
        self.send(request, integration).await
    }
}

/// Builds a [`DeactivateUser`] field by field; `build` validates it for an integration.
#[derive(Debug, Clone, Default)]
pub struct DeactivateUserBuilder {
    request: DeactivateUser,
}

impl DeactivateUserBuilder {
    /// Sets `actor` (An id of the person who will be recorded as completing the offboarding for this user.).
    pub fn actor(mut self, value: impl Into<String>) -> Self {
        self.request = self.request.actor(value);
        self
    }

    /// Sets `user_id` (The unique identifier of the user).
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.request = self.request.user_id(value);
        self
    }

    /// Sets `integrated_account_id` (The ID of the integrated account to use for the request.).
    pub fn integrated_account_id(mut self, value: impl Into<String>) -> Self {
        self.request = self.request.integrated_account_id(value);
        self
    }

    /// Sets `truto_response_format` (The format of the response.).
    pub fn truto_response_format(
        mut self,
        value: impl Into<crate::ResponseFormat>,
    ) -> Self {
        self.request = self.request.truto_response_format(value);
        self
    }

    /// Sets `truto_ignore_remote_data` (Excludes the remote_data attribute from the response.).
    pub fn truto_ignore_remote_data(mut self, value: bool) -> Self {
        self.request = self.request.truto_ignore_remote_data(value);
        self
    }

    /// Sets `truto_exclude_fields` (Array of fields to exclude from the response.).
    pub fn truto_exclude_fields(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request = self.request.truto_exclude_fields(value);
        self
    }

    /// Sets `remote_query` (Query parameters to pass to the underlying API without any transformations.).
    pub fn remote_query(
        mut self,
        value: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        self.request = self.request.remote_query(value);
        self
    }

    /// Sets `remote_data` (Any additional data that should be passed as part of the request body. This data is not transformed by Truto and is passed as is to the remote API.).
    pub fn remote_data(
        mut self,
        value: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        self.request = self.request.remote_data(value);
        self
    }

    /// The request, if it is valid for `integration` in `mode`; otherwise every problem.
    pub fn build(
        self,
        integration: crate::Integration,
        mode: crate::Mode,
    ) -> Result<DeactivateUser, crate::ValidationReport> {
        let report = self.request.validate(integration, mode);
        if report.is_ok() { Ok(self.request) } else { Err(report) }
    }

    /// The request as set, without validation.
    pub fn build_unchecked(self) -> DeactivateUser {
        self.request
    }
}
