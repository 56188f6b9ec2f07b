// @generated from spec/models/integrated-account.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

/// A connected account of one tenant for one integration, in Truto's Admin API.
///
/// Decoding never fails on an object: unknown fields, and known fields whose value has an
/// unexpected shape, are kept in `extra` (the latter noted in `decode_warnings`). It reads the
/// body in one pass.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct IntegratedAccount {
    /// The unique identifier of the integrated account
    ///
    /// The schema marks it required; it is still optional here, as some integrations
    /// omit it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The tenant (your customer) the account belongs to
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
    /// The identifier of the integration's installation in the environment
    #[serde(skip_serializing_if = "Option::is_none")]
    pub environment_integration_id: Option<String>,
    /// The identifier of the environment (seen only in
    /// <https://github.com/trutohq/truto-skills/blob/main/skills/truto/references/core-resources.md>)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub environment_id: Option<String>,
    /// The integration (seen only in
    /// <https://github.com/trutohq/truto-skills/blob/main/skills/truto/references/core-resources.md>):
    /// holds id, name and category; `integration.name` is the integration's slug, used to route the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub integration: Option<serde_json::Map<String, serde_json::Value>>,
    /// Integration-specific context, e.g. {"zendesk_subdomain":"truto"}; credentials are stripped
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<serde_json::Map<String, serde_json::Value>>,
    /// The status of the account: active (working), connecting (post-install and validation running),
    /// post_install_error, validation_error, needs_reauth (refresh failed or credentials invalid)
    ///
    /// Known values: `active`, `connecting`, `post_install_error`, `validation_error`, `needs_reauth`; any
    /// other value is kept.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<AccountStatus>,
    /// The last error the account met
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_error: Option<String>,
    /// The result of the account's last action
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_action_result: Option<serde_json::Map<String, serde_json::Value>>,
    /// Whether the account is a sandbox account (sandbox accounts reject writes)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_sandbox: Option<bool>,
    /// How the account authenticates with the integration
    ///
    /// Known values: `oauth2`, `api_key`, `oauth2_client_credentials`, `keka_oauth`; any other value is
    /// kept.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authentication_method: Option<AuthenticationMethod>,
    /// The region the account's data is kept in
    ///
    /// Known values: `wnam`, `enam`, `apac`, `eu`; any other value is kept.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<AccountRegion>,
    /// The date and time the account was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::decode::DateTime>,
    /// The date and time the account was last updated
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::decode::DateTime>,
    /// Fields this spec does not know, and known fields whose value had an unexpected
    /// shape, exactly as received.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Known fields that could not be read as declared (their raw value is in `extra`).
    #[serde(skip)]
    pub decode_warnings: Vec<crate::decode::DecodeWarning>,
}
impl crate::decode::Model for IntegratedAccount {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "tenant_id",
        "environment_integration_id",
        "environment_id",
        "integration",
        "context",
        "status",
        "last_error",
        "last_action_result",
        "is_sandbox",
        "authentication_method",
        "region",
        "created_at",
        "updated_at",
    ];
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<Option<(serde_json::Value, Option<&'static str>)>, A::Error> {
        match key {
            "id" => crate::decode::field(map, &mut self.id),
            "tenant_id" => crate::decode::field(map, &mut self.tenant_id),
            "environment_integration_id" => {
                crate::decode::field(map, &mut self.environment_integration_id)
            }
            "environment_id" => crate::decode::field(map, &mut self.environment_id),
            "integration" => crate::decode::field(map, &mut self.integration),
            "context" => crate::decode::field(map, &mut self.context),
            "status" => crate::decode::field(map, &mut self.status),
            "last_error" => crate::decode::field(map, &mut self.last_error),
            "last_action_result" => {
                crate::decode::field(map, &mut self.last_action_result)
            }
            "is_sandbox" => crate::decode::field(map, &mut self.is_sandbox),
            "authentication_method" => {
                crate::decode::field(map, &mut self.authentication_method)
            }
            "region" => crate::decode::field(map, &mut self.region),
            "created_at" => crate::decode::field(map, &mut self.created_at),
            "updated_at" => crate::decode::field(map, &mut self.updated_at),
            _ => crate::decode::unknown(map),
        }
    }
    fn rest(
        &mut self,
    ) -> (
        &mut serde_json::Map<String, serde_json::Value>,
        &mut Vec<crate::decode::DecodeWarning>,
    ) {
        (&mut self.extra, &mut self.decode_warnings)
    }
}
crate::decode::model_traits!(IntegratedAccount);
/// `IntegratedAccount.status`: The status of the account: active (working), connecting (post-install
/// and validation running), post_install_error, validation_error, needs_reauth (refresh failed or
/// credentials invalid)
///
/// Open: a value the spec does not know is kept in `Unknown`, never an error.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccountStatus {
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
impl AccountStatus {
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
impl From<&str> for AccountStatus {
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
crate::decode::open_enum_traits!(AccountStatus);
/// `IntegratedAccount.authentication_method`: How the account authenticates with the integration
///
/// Open: a value the spec does not know is kept in `Unknown`, never an error.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AuthenticationMethod {
    /// `oauth2`
    Oauth2,
    /// `api_key`
    ApiKey,
    /// `oauth2_client_credentials`
    Oauth2ClientCredentials,
    /// `keka_oauth`
    KekaOauth,
    /// A value this spec does not know, kept as given or received (see `UnknownValue`).
    Unknown(crate::decode::UnknownValue),
}
impl AuthenticationMethod {
    /// The values this spec knows.
    pub const KNOWN: &'static [&'static str] = &[
        "oauth2",
        "api_key",
        "oauth2_client_credentials",
        "keka_oauth",
    ];
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Oauth2 => "oauth2",
            Self::ApiKey => "api_key",
            Self::Oauth2ClientCredentials => "oauth2_client_credentials",
            Self::KekaOauth => "keka_oauth",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
}
impl From<&str> for AuthenticationMethod {
    fn from(value: &str) -> Self {
        match value {
            "oauth2" => Self::Oauth2,
            "api_key" => Self::ApiKey,
            "oauth2_client_credentials" => Self::Oauth2ClientCredentials,
            "keka_oauth" => Self::KekaOauth,
            other => Self::Unknown(crate::decode::UnknownValue::new(other)),
        }
    }
}
crate::decode::open_enum_traits!(AuthenticationMethod);
/// `IntegratedAccount.region`: The region the account's data is kept in
///
/// Open: a value the spec does not know is kept in `Unknown`, never an error.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccountRegion {
    /// `wnam`
    Wnam,
    /// `enam`
    Enam,
    /// `apac`
    Apac,
    /// `eu`
    Eu,
    /// A value this spec does not know, kept as given or received (see `UnknownValue`).
    Unknown(crate::decode::UnknownValue),
}
impl AccountRegion {
    /// The values this spec knows.
    pub const KNOWN: &'static [&'static str] = &["wnam", "enam", "apac", "eu"];
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Wnam => "wnam",
            Self::Enam => "enam",
            Self::Apac => "apac",
            Self::Eu => "eu",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
}
impl From<&str> for AccountRegion {
    fn from(value: &str) -> Self {
        match value {
            "wnam" => Self::Wnam,
            "enam" => Self::Enam,
            "apac" => Self::Apac,
            "eu" => Self::Eu,
            other => Self::Unknown(crate::decode::UnknownValue::new(other)),
        }
    }
}
crate::decode::open_enum_traits!(AccountRegion);
