// @generated from spec/models/user.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

/// A user in the Unified User Directory API, as returned by the users endpoints.
///
/// Decoding never fails on an object: unknown fields, and known fields whose value has an
/// unexpected shape, are kept in `extra` (the latter noted in `decode_warnings`). It reads the
/// body in one pass.
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
    pub roles: Option<Vec<UserRole>>,
    /// The organizations of the user
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organizations: Option<Vec<UserOrganization>>,
    /// The type of user
    ///
    /// Known values: `admin`, `end_user`, `service-account`, `user`; any other value is kept.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_type: Option<UserType>,
    /// The licenses of the user or the products the user has access to
    #[serde(skip_serializing_if = "Option::is_none")]
    pub licenses: Option<Vec<UserLicense>>,
    /// The groups of the user
    #[serde(skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<UserGroup>>,
    /// The workspaces of the user
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workspaces: Option<Vec<UserWorkspace>>,
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
impl crate::decode::Model for User {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "external_id",
        "identifiers",
        "first_name",
        "last_name",
        "title",
        "name",
        "username",
        "emails",
        "phones",
        "status",
        "is_email_verified",
        "is_2fa_enabled",
        "roles",
        "organizations",
        "user_type",
        "licenses",
        "groups",
        "workspaces",
        "avatar",
        "timezone",
        "languages",
        "bio",
        "created_at",
        "updated_at",
        "last_active_at",
        "last_login_at",
        "status_changed_at",
        "activated_at",
        "urls",
        "remote_data",
    ];
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<Option<(serde_json::Value, Option<&'static str>)>, A::Error> {
        match key {
            "id" => crate::decode::field(map, &mut self.id),
            "external_id" => crate::decode::field(map, &mut self.external_id),
            "identifiers" => crate::decode::field(map, &mut self.identifiers),
            "first_name" => crate::decode::field(map, &mut self.first_name),
            "last_name" => crate::decode::field(map, &mut self.last_name),
            "title" => crate::decode::field(map, &mut self.title),
            "name" => crate::decode::field(map, &mut self.name),
            "username" => crate::decode::field(map, &mut self.username),
            "emails" => crate::decode::field(map, &mut self.emails),
            "phones" => crate::decode::field(map, &mut self.phones),
            "status" => crate::decode::field(map, &mut self.status),
            "is_email_verified" => crate::decode::field(map, &mut self.is_email_verified),
            "is_2fa_enabled" => crate::decode::field(map, &mut self.is_2fa_enabled),
            "roles" => crate::decode::field(map, &mut self.roles),
            "organizations" => crate::decode::field(map, &mut self.organizations),
            "user_type" => crate::decode::field(map, &mut self.user_type),
            "licenses" => crate::decode::field(map, &mut self.licenses),
            "groups" => crate::decode::field(map, &mut self.groups),
            "workspaces" => crate::decode::field(map, &mut self.workspaces),
            "avatar" => crate::decode::field(map, &mut self.avatar),
            "timezone" => crate::decode::field(map, &mut self.timezone),
            "languages" => crate::decode::field(map, &mut self.languages),
            "bio" => crate::decode::field(map, &mut self.bio),
            "created_at" => crate::decode::field(map, &mut self.created_at),
            "updated_at" => crate::decode::field(map, &mut self.updated_at),
            "last_active_at" => crate::decode::field(map, &mut self.last_active_at),
            "last_login_at" => crate::decode::field(map, &mut self.last_login_at),
            "status_changed_at" => crate::decode::field(map, &mut self.status_changed_at),
            "activated_at" => crate::decode::field(map, &mut self.activated_at),
            "urls" => crate::decode::field(map, &mut self.urls),
            "remote_data" => crate::decode::field(map, &mut self.remote_data),
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
crate::decode::model_traits!(User);
/// `User.status`: The status of the user. If no clear mapping is available, then the raw value is
/// returned.
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
    /// A value this spec does not know, kept as given or received (see `UnknownValue`).
    Unknown(crate::decode::UnknownValue),
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
            Self::Unknown(raw) => raw.as_str(),
        }
    }
}
impl From<&str> for UserStatus {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "inactive" => Self::Inactive,
            "deleted" => Self::Deleted,
            "invited" => Self::Invited,
            other => Self::Unknown(crate::decode::UnknownValue::new(other)),
        }
    }
}
crate::decode::open_enum_traits!(UserStatus);
/// `User.user_type`: The type of user
///
/// Open: a value the spec does not know is kept in `Unknown`, never an error.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UserType {
    /// `admin`
    Admin,
    /// `end_user`
    EndUser,
    /// `service-account`
    ServiceAccount,
    /// `user`
    User,
    /// A value this spec does not know, kept as given or received (see `UnknownValue`).
    Unknown(crate::decode::UnknownValue),
}
impl UserType {
    /// The values this spec knows.
    pub const KNOWN: &'static [&'static str] = &[
        "admin",
        "end_user",
        "service-account",
        "user",
    ];
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Admin => "admin",
            Self::EndUser => "end_user",
            Self::ServiceAccount => "service-account",
            Self::User => "user",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
}
impl From<&str> for UserType {
    fn from(value: &str) -> Self {
        match value {
            "admin" => Self::Admin,
            "end_user" => Self::EndUser,
            "service-account" => Self::ServiceAccount,
            "user" => Self::User,
            other => Self::Unknown(crate::decode::UnknownValue::new(other)),
        }
    }
}
crate::decode::open_enum_traits!(UserType);
/// An item of a user's `emails`.
///
/// Decoding never fails on an object: unknown fields, and known fields whose value has an
/// unexpected shape, are kept in `extra` (the latter noted in `decode_warnings`). It reads the
/// body in one pass.
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
impl crate::decode::Model for Email {
    const FIELDS: &'static [&'static str] = &["email", "type", "is_primary"];
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<Option<(serde_json::Value, Option<&'static str>)>, A::Error> {
        match key {
            "email" => crate::decode::field(map, &mut self.email),
            "type" => crate::decode::field(map, &mut self.type_),
            "is_primary" => crate::decode::field(map, &mut self.is_primary),
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
crate::decode::model_traits!(Email);
/// An item of a user's `phones`.
///
/// Decoding never fails on an object: unknown fields, and known fields whose value has an
/// unexpected shape, are kept in `extra` (the latter noted in `decode_warnings`). It reads the
/// body in one pass.
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
impl crate::decode::Model for Phone {
    const FIELDS: &'static [&'static str] = &["number", "extension", "type"];
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<Option<(serde_json::Value, Option<&'static str>)>, A::Error> {
        match key {
            "number" => crate::decode::field(map, &mut self.number),
            "extension" => crate::decode::field(map, &mut self.extension),
            "type" => crate::decode::field(map, &mut self.type_),
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
crate::decode::model_traits!(Phone);
/// An item of a user's `roles`.
///
/// Decoding never fails on an object: unknown fields, and known fields whose value has an
/// unexpected shape, are kept in `extra` (the latter noted in `decode_warnings`). It reads the
/// body in one pass.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct UserRole {
    /// The unique identifier for a role
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the role
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The role of the user in the group. This is available when the user can have different roles in
    /// different groups or teams in an application.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// The role of the user in the organization. This is available when the user can have different roles
    /// in different organizations in an application.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// The role of the user in the workspace. This is available when the user can have different roles in
    /// different workspaces in an application.
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
impl crate::decode::Model for UserRole {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "name",
        "group",
        "organization",
        "workspace",
    ];
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<Option<(serde_json::Value, Option<&'static str>)>, A::Error> {
        match key {
            "id" => crate::decode::field(map, &mut self.id),
            "name" => crate::decode::field(map, &mut self.name),
            "group" => crate::decode::field(map, &mut self.group),
            "organization" => crate::decode::field(map, &mut self.organization),
            "workspace" => crate::decode::field(map, &mut self.workspace),
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
crate::decode::model_traits!(UserRole);
/// An item of a user's `organizations`.
///
/// Decoding never fails on an object: unknown fields, and known fields whose value has an
/// unexpected shape, are kept in `extra` (the latter noted in `decode_warnings`). It reads the
/// body in one pass.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct UserOrganization {
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
impl crate::decode::Model for UserOrganization {
    const FIELDS: &'static [&'static str] = &["id", "name"];
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<Option<(serde_json::Value, Option<&'static str>)>, A::Error> {
        match key {
            "id" => crate::decode::field(map, &mut self.id),
            "name" => crate::decode::field(map, &mut self.name),
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
crate::decode::model_traits!(UserOrganization);
/// An item of a user's `licenses`.
///
/// Decoding never fails on an object: unknown fields, and known fields whose value has an
/// unexpected shape, are kept in `extra` (the latter noted in `decode_warnings`). It reads the
/// body in one pass.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct UserLicense {
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
impl crate::decode::Model for UserLicense {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "name",
        "organization",
        "last_active_at",
    ];
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<Option<(serde_json::Value, Option<&'static str>)>, A::Error> {
        match key {
            "id" => crate::decode::field(map, &mut self.id),
            "name" => crate::decode::field(map, &mut self.name),
            "organization" => crate::decode::field(map, &mut self.organization),
            "last_active_at" => crate::decode::field(map, &mut self.last_active_at),
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
crate::decode::model_traits!(UserLicense);
/// An item of a user's `groups`.
///
/// Decoding never fails on an object: unknown fields, and known fields whose value has an
/// unexpected shape, are kept in `extra` (the latter noted in `decode_warnings`). It reads the
/// body in one pass.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct UserGroup {
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
impl crate::decode::Model for UserGroup {
    const FIELDS: &'static [&'static str] = &["id", "name", "organization"];
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<Option<(serde_json::Value, Option<&'static str>)>, A::Error> {
        match key {
            "id" => crate::decode::field(map, &mut self.id),
            "name" => crate::decode::field(map, &mut self.name),
            "organization" => crate::decode::field(map, &mut self.organization),
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
crate::decode::model_traits!(UserGroup);
/// An item of a user's `workspaces`.
///
/// Decoding never fails on an object: unknown fields, and known fields whose value has an
/// unexpected shape, are kept in `extra` (the latter noted in `decode_warnings`). It reads the
/// body in one pass.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct UserWorkspace {
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
impl crate::decode::Model for UserWorkspace {
    const FIELDS: &'static [&'static str] = &["id", "name"];
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<Option<(serde_json::Value, Option<&'static str>)>, A::Error> {
        match key {
            "id" => crate::decode::field(map, &mut self.id),
            "name" => crate::decode::field(map, &mut self.name),
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
crate::decode::model_traits!(UserWorkspace);
/// An item of a user's `urls`.
///
/// Decoding never fails on an object: unknown fields, and known fields whose value has an
/// unexpected shape, are kept in `extra` (the latter noted in `decode_warnings`). It reads the
/// body in one pass.
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
impl crate::decode::Model for Url {
    const FIELDS: &'static [&'static str] = &["url", "type"];
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<Option<(serde_json::Value, Option<&'static str>)>, A::Error> {
        match key {
            "url" => crate::decode::field(map, &mut self.url),
            "type" => crate::decode::field(map, &mut self.type_),
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
crate::decode::model_traits!(Url);
