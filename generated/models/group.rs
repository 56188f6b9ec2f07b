// @generated from spec/models/group.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

/// A group, team or department of the connected application.
///
/// Source: <https://www.truto.one/docs/api-reference/unified-user-directory-api/groups.md>,
/// <https://truto.one/docs/api-reference/unified-user-directory-api/groups/add> \[seen\]
///
/// Decoding never fails on an object: unknown fields, and known fields whose value has an
/// unexpected shape, are kept in `extra` (the latter noted in `decode_warnings`). It reads the
/// body in one pass.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Group {
    /// Unique identifier for the group.
    ///
    /// The schema marks it required; it is still optional here, as some integrations
    /// omit it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description of the group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Unique identifier for the organization the group belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// Type of the group.
    ///
    /// Known values: `team`, `department`, `group`; any other value is kept.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_type: Option<GroupType>,
    /// Date and time when the group was created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::decode::DateTime>,
    /// Date and time when the group was last updated.
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
impl crate::decode::Model for Group {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "name",
        "description",
        "organization",
        "group_type",
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
            "description" => crate::decode::field(map, &mut self.description),
            "organization" => crate::decode::field(map, &mut self.organization),
            "group_type" => crate::decode::field(map, &mut self.group_type),
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
crate::decode::model_traits!(Group);
/// `Group.group_type`: Type of the group.
///
/// Open: a value the spec does not know is kept in `Unknown`, never an error.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GroupType {
    /// `team`
    Team,
    /// `department`
    Department,
    /// `group`
    Group,
    /// A value this spec does not know, kept as given or received (see `UnknownValue`).
    Unknown(crate::decode::UnknownValue),
}
impl GroupType {
    /// The values this spec knows.
    pub const KNOWN: &'static [&'static str] = &["team", "department", "group"];
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Team => "team",
            Self::Department => "department",
            Self::Group => "group",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
}
impl From<&str> for GroupType {
    fn from(value: &str) -> Self {
        match value {
            "team" => Self::Team,
            "department" => Self::Department,
            "group" => Self::Group,
            other => Self::Unknown(crate::decode::UnknownValue::new(other)),
        }
    }
}
crate::decode::open_enum_traits!(GroupType);
