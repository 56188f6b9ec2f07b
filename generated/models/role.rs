// @generated from spec/models/role.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

/// A role of the connected application, which users (or groups) are assigned.
///
/// Source: <https://www.truto.one/docs/api-reference/unified-user-directory-api/roles.md>,
/// <https://truto.one/docs/api-reference/unified-user-directory-api/roles/delete> \[seen\]
///
/// Decoding never fails on an object: unknown fields, and known fields whose value has an
/// unexpected shape, are kept in `extra` (the latter noted in `decode_warnings`). It reads the
/// body in one pass.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Role {
    /// The unique identifier for a role
    ///
    /// The schema marks it required; it is still optional here, as some integrations
    /// omit it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the role
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The display label of the role
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The description of the role
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The type of the role
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// The context in which the role is applicable
    ///
    /// Known values: `group`, `workspace`; any other value is kept.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub applicable_in: Option<RoleAppliesIn>,
    /// The date and time the role was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::decode::DateTime>,
    /// The date and time the role was last updated
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::decode::DateTime>,
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
impl crate::decode::Model for Role {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "name",
        "label",
        "description",
        "type",
        "applicable_in",
        "created_at",
        "updated_at",
        "remote_data",
    ];
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<Option<(serde_json::Value, Option<&'static str>)>, A::Error> {
        match key {
            "id" => crate::decode::field(map, &mut self.id),
            "name" => crate::decode::field(map, &mut self.name),
            "label" => crate::decode::field(map, &mut self.label),
            "description" => crate::decode::field(map, &mut self.description),
            "type" => crate::decode::field(map, &mut self.type_),
            "applicable_in" => crate::decode::field(map, &mut self.applicable_in),
            "created_at" => crate::decode::field(map, &mut self.created_at),
            "updated_at" => crate::decode::field(map, &mut self.updated_at),
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
crate::decode::model_traits!(Role);
/// `Role.applicable_in`: The context in which the role is applicable
///
/// Open: a value the spec does not know is kept in `Unknown`, never an error.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RoleAppliesIn {
    /// `group`
    Group,
    /// `workspace`
    Workspace,
    /// A value this spec does not know, kept as given or received (see `UnknownValue`).
    Unknown(crate::decode::UnknownValue),
}
impl RoleAppliesIn {
    /// The values this spec knows.
    pub const KNOWN: &'static [&'static str] = &["group", "workspace"];
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Group => "group",
            Self::Workspace => "workspace",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
}
impl From<&str> for RoleAppliesIn {
    fn from(value: &str) -> Self {
        match value {
            "group" => Self::Group,
            "workspace" => Self::Workspace,
            other => Self::Unknown(crate::decode::UnknownValue::new(other)),
        }
    }
}
crate::decode::open_enum_traits!(RoleAppliesIn);
