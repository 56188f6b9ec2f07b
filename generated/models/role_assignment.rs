// @generated from spec/models/role-assignment.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

/// The assignment of a role to a user or a group, optionally in some workspaces.
///
/// Source: <https://www.truto.one/docs/api-reference/unified-user-directory-api/roleassignments.md>
/// \[seen\]
///
/// Decoding never fails on an object: unknown fields, and known fields whose value has an
/// unexpected shape, are kept in `extra` (the latter noted in `decode_warnings`). It reads the
/// body in one pass.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct RoleAssignment {
    /// The unique identifier for a role assignment
    ///
    /// The schema marks it required; it is still optional here, as some integrations
    /// omit it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The unique identifier for a user who the role is assigned to
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// The unique identifier for a group the role is assigned to
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// The type of the group the role is assigned to
    ///
    /// Known values: `product`, `group`, `team`; any other value is kept.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_type: Option<RoleAssignmentGroupType>,
    /// The unique identifier for a role
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_id: Option<String>,
    /// The unique identifier for a workspace the assignment is applicable in
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workspace: Option<Vec<String>>,
    /// The date and time of the role assignment was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// The date and time of the role assignment was updated
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
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
impl crate::decode::Model for RoleAssignment {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "user_id",
        "group_id",
        "group_type",
        "role_id",
        "workspace",
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
            "user_id" => crate::decode::field(map, &mut self.user_id),
            "group_id" => crate::decode::field(map, &mut self.group_id),
            "group_type" => crate::decode::field(map, &mut self.group_type),
            "role_id" => crate::decode::field(map, &mut self.role_id),
            "workspace" => crate::decode::field(map, &mut self.workspace),
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
crate::decode::model_traits!(RoleAssignment);
/// `RoleAssignment.group_type`: The type of the group the role is assigned to
///
/// Open: a value the spec does not know is kept in `Unknown`, never an error.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RoleAssignmentGroupType {
    /// `product`
    Product,
    /// `group`
    Group,
    /// `team`
    Team,
    /// A value this spec does not know, kept as given or received (see `UnknownValue`).
    Unknown(crate::decode::UnknownValue),
}
impl RoleAssignmentGroupType {
    /// The values this spec knows.
    pub const KNOWN: &'static [&'static str] = &["product", "group", "team"];
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Product => "product",
            Self::Group => "group",
            Self::Team => "team",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
}
impl From<&str> for RoleAssignmentGroupType {
    fn from(value: &str) -> Self {
        match value {
            "product" => Self::Product,
            "group" => Self::Group,
            "team" => Self::Team,
            other => Self::Unknown(crate::decode::UnknownValue::new(other)),
        }
    }
}
crate::decode::open_enum_traits!(RoleAssignmentGroupType);
