// @generated from spec/models/integrated-account.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

/// A connection of one tenant to one integration, as the admin API returns it.
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
    /// Your identifier for the customer the account belongs to
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
    /// The integration the account connects to (`id`, `name`, `category`)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub integration: Option<serde_json::Map<String, serde_json::Value>>,
    /// The state of the connection
    ///
    /// Known values: `active`, `connecting`, `post_install_error`, `validation_error`, `needs_reauth`; any other value is kept.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<AccountStatus>,
    /// Whether the account is a sandbox (read-only)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_sandbox: Option<bool>,
    /// The Truto environment the account belongs to
    #[serde(skip_serializing_if = "Option::is_none")]
    pub environment_id: Option<String>,
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
        "integration",
        "status",
        "is_sandbox",
        "environment_id",
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
            "integration" => crate::decode::field(map, &mut self.integration),
            "status" => crate::decode::field(map, &mut self.status),
            "is_sandbox" => crate::decode::field(map, &mut self.is_sandbox),
            "environment_id" => crate::decode::field(map, &mut self.environment_id),
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

/// `IntegratedAccount.status`: The state of the connection
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
