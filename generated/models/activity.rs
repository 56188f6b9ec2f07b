// @generated from spec/models/activity.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

/// An event of the connected application's audit log (a login, a user change, …).
///
/// Source: <https://www.truto.one/docs/api-reference/unified-user-directory-api/activities.md>,
/// <https://truto.one/docs/api-reference/unified-user-directory-api/activities/get> \[seen\]
///
/// Decoding never fails on an object: unknown fields, and known fields whose value has an
/// unexpected shape, are kept in `extra` (the latter noted in `decode_warnings`). It reads the
/// body in one pass.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Activity {
    /// Unique identifier for the activity.
    ///
    /// The schema marks it required; it is still optional here, as some integrations
    /// omit it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Actor who performed the activity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actor: Option<ActivityActor>,
    /// Unique identifier for the organization the activity belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// Unique identifier for the group the activity belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Description for the activity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Action performed by the user. If no clear mapping is available, then the raw value is returned.
    ///
    /// Known values: `login`, `login_failed`, `logout`, `user_invited`, `user_created`, `user_joined`,
    /// `user_deactivated`, `user_deleted`, `user_updated`, `create`, `destroy`, `exported`, `updated`; any
    /// other value is kept.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<ActivityAction>,
    /// Unique identifier for the entity on which the action was performed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
    /// Type of the entity on which the action was performed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity_type: Option<String>,
    /// Context of the activity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<ActivityContext>,
    /// Date and time when the activity was created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::decode::DateTime>,
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
impl crate::decode::Model for Activity {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "actor",
        "organization",
        "group",
        "description",
        "action",
        "entity",
        "entity_type",
        "context",
        "created_at",
        "remote_data",
    ];
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<Option<(serde_json::Value, Option<&'static str>)>, A::Error> {
        match key {
            "id" => crate::decode::field(map, &mut self.id),
            "actor" => crate::decode::field(map, &mut self.actor),
            "organization" => crate::decode::field(map, &mut self.organization),
            "group" => crate::decode::field(map, &mut self.group),
            "description" => crate::decode::field(map, &mut self.description),
            "action" => crate::decode::field(map, &mut self.action),
            "entity" => crate::decode::field(map, &mut self.entity),
            "entity_type" => crate::decode::field(map, &mut self.entity_type),
            "context" => crate::decode::field(map, &mut self.context),
            "created_at" => crate::decode::field(map, &mut self.created_at),
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
crate::decode::model_traits!(Activity);
/// `Activity.action`: Action performed by the user. If no clear mapping is available, then the raw
/// value is returned.
///
/// Open: a value the spec does not know is kept in `Unknown`, never an error.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ActivityAction {
    /// `login`
    Login,
    /// `login_failed`
    LoginFailed,
    /// `logout`
    Logout,
    /// `user_invited`
    UserInvited,
    /// `user_created`
    UserCreated,
    /// `user_joined`
    UserJoined,
    /// `user_deactivated`
    UserDeactivated,
    /// `user_deleted`
    UserDeleted,
    /// `user_updated`
    UserUpdated,
    /// `create`
    Create,
    /// `destroy`
    Destroy,
    /// `exported`
    Exported,
    /// `updated`
    Updated,
    /// A value this spec does not know, kept as given or received (see `UnknownValue`).
    Unknown(crate::decode::UnknownValue),
}
impl ActivityAction {
    /// The values this spec knows.
    pub const KNOWN: &'static [&'static str] = &[
        "login",
        "login_failed",
        "logout",
        "user_invited",
        "user_created",
        "user_joined",
        "user_deactivated",
        "user_deleted",
        "user_updated",
        "create",
        "destroy",
        "exported",
        "updated",
    ];
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Login => "login",
            Self::LoginFailed => "login_failed",
            Self::Logout => "logout",
            Self::UserInvited => "user_invited",
            Self::UserCreated => "user_created",
            Self::UserJoined => "user_joined",
            Self::UserDeactivated => "user_deactivated",
            Self::UserDeleted => "user_deleted",
            Self::UserUpdated => "user_updated",
            Self::Create => "create",
            Self::Destroy => "destroy",
            Self::Exported => "exported",
            Self::Updated => "updated",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
}
impl From<&str> for ActivityAction {
    fn from(value: &str) -> Self {
        match value {
            "login" => Self::Login,
            "login_failed" => Self::LoginFailed,
            "logout" => Self::Logout,
            "user_invited" => Self::UserInvited,
            "user_created" => Self::UserCreated,
            "user_joined" => Self::UserJoined,
            "user_deactivated" => Self::UserDeactivated,
            "user_deleted" => Self::UserDeleted,
            "user_updated" => Self::UserUpdated,
            "create" => Self::Create,
            "destroy" => Self::Destroy,
            "exported" => Self::Exported,
            "updated" => Self::Updated,
            other => Self::Unknown(crate::decode::UnknownValue::new(other)),
        }
    }
}
crate::decode::open_enum_traits!(ActivityAction);
/// An activity's `actor`.
///
/// Source: <https://www.truto.one/docs/api-reference/unified-user-directory-api/activities.md> \[seen\]
///
/// Decoding never fails on an object: unknown fields, and known fields whose value has an
/// unexpected shape, are kept in `extra` (the latter noted in `decode_warnings`). It reads the
/// body in one pass.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ActivityActor {
    /// Type of the actor.
    ///
    /// Known values: `user`, `system`, `anonymous`; any other value is kept.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<ActorType>,
    /// User who performed the activity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<ActivityActorUser>,
    /// Fields this spec does not know, and known fields whose value had an unexpected
    /// shape, exactly as received.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Known fields that could not be read as declared (their raw value is in `extra`).
    #[serde(skip)]
    pub decode_warnings: Vec<crate::decode::DecodeWarning>,
}
impl crate::decode::Model for ActivityActor {
    const FIELDS: &'static [&'static str] = &["type", "user"];
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<Option<(serde_json::Value, Option<&'static str>)>, A::Error> {
        match key {
            "type" => crate::decode::field(map, &mut self.type_),
            "user" => crate::decode::field(map, &mut self.user),
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
crate::decode::model_traits!(ActivityActor);
/// `ActivityActor.type`: Type of the actor.
///
/// Open: a value the spec does not know is kept in `Unknown`, never an error.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ActorType {
    /// `user`
    User,
    /// `system`
    System,
    /// `anonymous`
    Anonymous,
    /// A value this spec does not know, kept as given or received (see `UnknownValue`).
    Unknown(crate::decode::UnknownValue),
}
impl ActorType {
    /// The values this spec knows.
    pub const KNOWN: &'static [&'static str] = &["user", "system", "anonymous"];
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::System => "system",
            Self::Anonymous => "anonymous",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
}
impl From<&str> for ActorType {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "system" => Self::System,
            "anonymous" => Self::Anonymous,
            other => Self::Unknown(crate::decode::UnknownValue::new(other)),
        }
    }
}
crate::decode::open_enum_traits!(ActorType);
/// The `user` of an activity's `actor`.
///
/// Source: <https://www.truto.one/docs/api-reference/unified-user-directory-api/activities.md> \[seen\]
///
/// Decoding never fails on an object: unknown fields, and known fields whose value has an
/// unexpected shape, are kept in `extra` (the latter noted in `decode_warnings`). It reads the
/// body in one pass.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ActivityActorUser {
    /// Unique identifier for the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Fields this spec does not know, and known fields whose value had an unexpected
    /// shape, exactly as received.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Known fields that could not be read as declared (their raw value is in `extra`).
    #[serde(skip)]
    pub decode_warnings: Vec<crate::decode::DecodeWarning>,
}
impl crate::decode::Model for ActivityActorUser {
    const FIELDS: &'static [&'static str] = &["id"];
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<Option<(serde_json::Value, Option<&'static str>)>, A::Error> {
        match key {
            "id" => crate::decode::field(map, &mut self.id),
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
crate::decode::model_traits!(ActivityActorUser);
/// An activity's `context`.
///
/// Source: <https://www.truto.one/docs/api-reference/unified-user-directory-api/activities.md> \[seen\]
///
/// Decoding never fails on an object: unknown fields, and known fields whose value has an
/// unexpected shape, are kept in `extra` (the latter noted in `decode_warnings`). It reads the
/// body in one pass.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ActivityContext {
    /// IP address of the user who performed the activity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip_address: Option<String>,
    /// User agent of the user who performed the activity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_agent: Option<String>,
    /// Authentication method used by the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authentication_method: Option<String>,
    /// Fields this spec does not know, and known fields whose value had an unexpected
    /// shape, exactly as received.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Known fields that could not be read as declared (their raw value is in `extra`).
    #[serde(skip)]
    pub decode_warnings: Vec<crate::decode::DecodeWarning>,
}
impl crate::decode::Model for ActivityContext {
    const FIELDS: &'static [&'static str] = &[
        "ip_address",
        "user_agent",
        "authentication_method",
    ];
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<Option<(serde_json::Value, Option<&'static str>)>, A::Error> {
        match key {
            "ip_address" => crate::decode::field(map, &mut self.ip_address),
            "user_agent" => crate::decode::field(map, &mut self.user_agent),
            "authentication_method" => {
                crate::decode::field(map, &mut self.authentication_method)
            }
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
crate::decode::model_traits!(ActivityContext);
