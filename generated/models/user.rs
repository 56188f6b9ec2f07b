// @generated from spec/models/user.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

/// A user in the Unified User Directory API, as returned by the users endpoints.
///
/// Decoding never fails on an object: unknown fields, and known fields whose value has an
/// unexpected shape, are kept in `extra` (the latter noted in `decode_warnings`).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct User {
    /// The unique identifier for a user
    ///
    /// The schema marks it required; it is still optional here, as some integrations
    /// omit it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The external identifier for a user. This is set when the SCIM API is being used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    /// The identifiers of the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identifiers: Option<serde_json::Map<String, serde_json::Value>>,
    /// The first name of the user
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// The last name of the user
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// The title of the user
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The name of the user
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The username of the user
    #[serde(skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// The emails of the user
    #[serde(skip_serializing_if = "Option::is_none")]
    pub emails: Option<Vec<Email>>,
    /// The phones of the user
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phones: Option<Vec<Phone>>,
    /// The status of the user. If no clear mapping is available, then the raw value is returned.
    ///
    /// Known values: `active`, `inactive`, `deleted`, `invited`; any other value is kept.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<UserStatus>,
    /// Whether the user's email has been verified
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_email_verified: Option<bool>,
    /// Whether the user has 2FA enabled
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_2fa_enabled: Option<bool>,
    /// The roles of the user
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<Role>>,
    /// The organizations of the user
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organizations: Option<Vec<Organization>>,
    /// The type of user
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_type: Option<String>,
    /// The licenses of the user or the products the user has access to
    #[serde(skip_serializing_if = "Option::is_none")]
    pub licenses: Option<Vec<License>>,
    /// The groups of the user
    #[serde(skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<Group>>,
    /// The workspaces of the user
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workspaces: Option<Vec<Workspace>>,
    /// The avatar of the user
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// The timezone of the user
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// The languages preferred by the user
    #[serde(skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<String>>,
    /// The bio of the user. Usually a short description set by the user about them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bio: Option<String>,
    /// The date and time the user was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::decode::DateTime>,
    /// The date and time the user was last updated
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::decode::DateTime>,
    /// The date and time the user was last active
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_active_at: Option<crate::decode::DateTime>,
    /// The date and time the user was last logged in
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_login_at: Option<crate::decode::DateTime>,
    /// The date and time the user's status was last changed
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_changed_at: Option<crate::decode::DateTime>,
    /// The date and time the user was activated
    #[serde(skip_serializing_if = "Option::is_none")]
    pub activated_at: Option<crate::decode::DateTime>,
    /// The URLs of the user
    #[serde(skip_serializing_if = "Option::is_none")]
    pub urls: Option<Vec<Url>>,
    /// Raw data returned from the remote API call.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<serde_json::Map<String, serde_json::Value>>,
    /// Fields this spec does not know, and known fields whose value had an unexpected
    /// shape, exactly as received.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Known fields that could not be read as declared (their raw value is in `extra`).
    #[serde(skip)]
    pub decode_warnings: Vec<crate::decode::DecodeWarning>,
}

impl<'de> serde::Deserialize<'de> for User {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let mut map = crate::decode::object(deserializer)?;
        let mut warnings = Vec::new();
        Ok(User {
            id: crate::decode::take(&mut map, "id", &mut warnings),
            external_id: crate::decode::take(&mut map, "external_id", &mut warnings),
            identifiers: crate::decode::take(&mut map, "identifiers", &mut warnings),
            first_name: crate::decode::take(&mut map, "first_name", &mut warnings),
            last_name: crate::decode::take(&mut map, "last_name", &mut warnings),
            title: crate::decode::take(&mut map, "title", &mut warnings),
            name: crate::decode::take(&mut map, "name", &mut warnings),
            username: crate::decode::take(&mut map, "username", &mut warnings),
            emails: crate::decode::take(&mut map, "emails", &mut warnings),
            phones: crate::decode::take(&mut map, "phones", &mut warnings),
            status: crate::decode::take(&mut map, "status", &mut warnings),
            is_email_verified: crate::decode::take_bool(
                &mut map,
                "is_email_verified",
                &mut warnings,
            ),
            is_2fa_enabled: crate::decode::take_bool(
                &mut map,
                "is_2fa_enabled",
                &mut warnings,
            ),
            roles: crate::decode::take(&mut map, "roles", &mut warnings),
            organizations: crate::decode::take(&mut map, "organizations", &mut warnings),
            user_type: crate::decode::take(&mut map, "user_type", &mut warnings),
            licenses: crate::decode::take(&mut map, "licenses", &mut warnings),
            groups: crate::decode::take(&mut map, "groups", &mut warnings),
            workspaces: crate::decode::take(&mut map, "workspaces", &mut warnings),
            avatar: crate::decode::take(&mut map, "avatar", &mut warnings),
            timezone: crate::decode::take(&mut map, "timezone", &mut warnings),
            languages: crate::decode::take(&mut map, "languages", &mut warnings),
            bio: crate::decode::take(&mut map, "bio", &mut warnings),
            created_at: crate::decode::take(&mut map, "created_at", &mut warnings),
            updated_at: crate::decode::take(&mut map, "updated_at", &mut warnings),
            last_active_at: crate::decode::take(
                &mut map,
                "last_active_at",
                &mut warnings,
            ),
            last_login_at: crate::decode::take(&mut map, "last_login_at", &mut warnings),
            status_changed_at: crate::decode::take(
                &mut map,
                "status_changed_at",
                &mut warnings,
            ),
            activated_at: crate::decode::take(&mut map, "activated_at", &mut warnings),
            urls: crate::decode::take(&mut map, "urls", &mut warnings),
            remote_data: crate::decode::take(&mut map, "remote_data", &mut warnings),
            extra: map,
            decode_warnings: warnings,
        })
    }
}

/// `User.status`: The status of the user. If no clear mapping is available, then the raw value is returned.
///
/// Open: a value the spec does not know is kept in `Unknown`, never an error.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UserStatus {
    /// `active`
    Active,
    /// `inactive`
    Inactive,
    /// `deleted`
    Deleted,
    /// `invited`
    Invited,
    /// A value this spec does not know, kept exactly as given or received.
    Unknown(String),
}

impl UserStatus {
    /// The values this spec knows.
    pub const KNOWN: &'static [&'static str] = &[
        "active",
        "inactive",
        "deleted",
        "invited",
    ];

    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::Deleted => "deleted",
            Self::Invited => "invited",
            Self::Unknown(raw) => raw,
        }
    }

    /// Whether the value is one this spec knows.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for UserStatus {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "inactive" => Self::Inactive,
            "deleted" => Self::Deleted,
            "invited" => Self::Invited,
            other => Self::Unknown(other.to_string()),
        }
    }
}

impl From<String> for UserStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}

impl std::fmt::Display for UserStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for UserStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for UserStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value))
    }
}

/// An item of a user's `emails`.
///
/// Decoding never fails on an object: unknown fields, and known fields whose value has an
/// unexpected shape, are kept in `extra` (the latter noted in `decode_warnings`).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Email {
    /// The email address
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The type of email address
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Whether the email address is primary
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_primary: Option<bool>,
    /// Fields this spec does not know, and known fields whose value had an unexpected
    /// shape, exactly as received.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Known fields that could not be read as declared (their raw value is in `extra`).
    #[serde(skip)]
    pub decode_warnings: Vec<crate::decode::DecodeWarning>,
}

impl<'de> serde::Deserialize<'de> for Email {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let mut map = crate::decode::object(deserializer)?;
        let mut warnings = Vec::new();
        Ok(Email {
            email: crate::decode::take(&mut map, "email", &mut warnings),
            type_: crate::decode::take(&mut map, "type", &mut warnings),
            is_primary: crate::decode::take_bool(&mut map, "is_primary", &mut warnings),
            extra: map,
            decode_warnings: warnings,
        })
    }
}

/// An item of a user's `phones`.
///
/// Decoding never fails on an object: unknown fields, and known fields whose value has an
/// unexpected shape, are kept in `extra` (the latter noted in `decode_warnings`).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Phone {
    /// The phone number
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The extension of the phone number
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extension: Option<String>,
    /// The type of phone number
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Fields this spec does not know, and known fields whose value had an unexpected
    /// shape, exactly as received.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Known fields that could not be read as declared (their raw value is in `extra`).
    #[serde(skip)]
    pub decode_warnings: Vec<crate::decode::DecodeWarning>,
}

impl<'de> serde::Deserialize<'de> for Phone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let mut map = crate::decode::object(deserializer)?;
        let mut warnings = Vec::new();
        Ok(Phone {
            number: crate::decode::take(&mut map, "number", &mut warnings),
            extension: crate::decode::take(&mut map, "extension", &mut warnings),
            type_: crate::decode::take(&mut map, "type", &mut warnings),
            extra: map,
            decode_warnings: warnings,
        })
    }
}

/// An item of a user's `roles`.
///
/// Decoding never fails on an object: unknown fields, and known fields whose value has an
/// unexpected shape, are kept in `extra` (the latter noted in `decode_warnings`).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Role {
    /// The unique identifier for a role
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the role
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The role of the user in the group. This is available when the user can have different roles in different groups or teams in an application.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// The role of the user in the organization. This is available when the user can have different roles in different organizations in an application.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// The role of the user in the workspace. This is available when the user can have different roles in different workspaces in an application.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workspace: Option<String>,
    /// Fields this spec does not know, and known fields whose value had an unexpected
    /// shape, exactly as received.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Known fields that could not be read as declared (their raw value is in `extra`).
    #[serde(skip)]
    pub decode_warnings: Vec<crate::decode::DecodeWarning>,
}

impl<'de> serde::Deserialize<'de> for Role {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let mut map = crate::decode::object(deserializer)?;
        let mut warnings = Vec::new();
        Ok(Role {
            id: crate::decode::take(&mut map, "id", &mut warnings),
            name: crate::decode::take(&mut map, "name", &mut warnings),
            group: crate::decode::take(&mut map, "group", &mut warnings),
            organization: crate::decode::take(&mut map, "organization", &mut warnings),
            workspace: crate::decode::take(&mut map, "workspace", &mut warnings),
            extra: map,
            decode_warnings: warnings,
        })
    }
}

/// An item of a user's `organizations`.
///
/// Decoding never fails on an object: unknown fields, and known fields whose value has an
/// unexpected shape, are kept in `extra` (the latter noted in `decode_warnings`).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Organization {
    /// The unique identifier for an organization
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the organization
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Fields this spec does not know, and known fields whose value had an unexpected
    /// shape, exactly as received.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Known fields that could not be read as declared (their raw value is in `extra`).
    #[serde(skip)]
    pub decode_warnings: Vec<crate::decode::DecodeWarning>,
}

impl<'de> serde::Deserialize<'de> for Organization {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let mut map = crate::decode::object(deserializer)?;
        let mut warnings = Vec::new();
        Ok(Organization {
            id: crate::decode::take(&mut map, "id", &mut warnings),
            name: crate::decode::take(&mut map, "name", &mut warnings),
            extra: map,
            decode_warnings: warnings,
        })
    }
}

/// An item of a user's `licenses`.
///
/// Decoding never fails on an object: unknown fields, and known fields whose value has an
/// unexpected shape, are kept in `extra` (the latter noted in `decode_warnings`).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct License {
    /// The unique identifier for a license
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the license
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The unique identifier of the organization to which the license belongs
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// The date and time the user was last active for the license
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_active_at: Option<crate::decode::DateTime>,
    /// Fields this spec does not know, and known fields whose value had an unexpected
    /// shape, exactly as received.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Known fields that could not be read as declared (their raw value is in `extra`).
    #[serde(skip)]
    pub decode_warnings: Vec<crate::decode::DecodeWarning>,
}

impl<'de> serde::Deserialize<'de> for License {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let mut map = crate::decode::object(deserializer)?;
        let mut warnings = Vec::new();
        Ok(License {
            id: crate::decode::take(&mut map, "id", &mut warnings),
            name: crate::decode::take(&mut map, "name", &mut warnings),
            organization: crate::decode::take(&mut map, "organization", &mut warnings),
            last_active_at: crate::decode::take(
                &mut map,
                "last_active_at",
                &mut warnings,
            ),
            extra: map,
            decode_warnings: warnings,
        })
    }
}

/// An item of a user's `groups`.
///
/// Decoding never fails on an object: unknown fields, and known fields whose value has an
/// unexpected shape, are kept in `extra` (the latter noted in `decode_warnings`).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Group {
    /// The unique identifier for a group
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the group
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The unique identifier of the organization to which the group belongs
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// Fields this spec does not know, and known fields whose value had an unexpected
    /// shape, exactly as received.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Known fields that could not be read as declared (their raw value is in `extra`).
    #[serde(skip)]
    pub decode_warnings: Vec<crate::decode::DecodeWarning>,
}

impl<'de> serde::Deserialize<'de> for Group {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let mut map = crate::decode::object(deserializer)?;
        let mut warnings = Vec::new();
        Ok(Group {
            id: crate::decode::take(&mut map, "id", &mut warnings),
            name: crate::decode::take(&mut map, "name", &mut warnings),
            organization: crate::decode::take(&mut map, "organization", &mut warnings),
            extra: map,
            decode_warnings: warnings,
        })
    }
}

/// An item of a user's `workspaces`.
///
/// Decoding never fails on an object: unknown fields, and known fields whose value has an
/// unexpected shape, are kept in `extra` (the latter noted in `decode_warnings`).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Workspace {
    /// The unique identifier for a workspace
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the workspaces
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Fields this spec does not know, and known fields whose value had an unexpected
    /// shape, exactly as received.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Known fields that could not be read as declared (their raw value is in `extra`).
    #[serde(skip)]
    pub decode_warnings: Vec<crate::decode::DecodeWarning>,
}

impl<'de> serde::Deserialize<'de> for Workspace {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let mut map = crate::decode::object(deserializer)?;
        let mut warnings = Vec::new();
        Ok(Workspace {
            id: crate::decode::take(&mut map, "id", &mut warnings),
            name: crate::decode::take(&mut map, "name", &mut warnings),
            extra: map,
            decode_warnings: warnings,
        })
    }
}

/// An item of a user's `urls`.
///
/// Decoding never fails on an object: unknown fields, and known fields whose value has an
/// unexpected shape, are kept in `extra` (the latter noted in `decode_warnings`).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Url {
    /// The URL
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The type of URL
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Fields this spec does not know, and known fields whose value had an unexpected
    /// shape, exactly as received.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Known fields that could not be read as declared (their raw value is in `extra`).
    #[serde(skip)]
    pub decode_warnings: Vec<crate::decode::DecodeWarning>,
}

impl<'de> serde::Deserialize<'de> for Url {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let mut map = crate::decode::object(deserializer)?;
        let mut warnings = Vec::new();
        Ok(Url {
            url: crate::decode::take(&mut map, "url", &mut warnings),
            type_: crate::decode::take(&mut map, "type", &mut warnings),
            extra: map,
            decode_warnings: warnings,
        })
    }
}
