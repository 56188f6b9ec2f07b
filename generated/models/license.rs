// @generated from spec/models/license.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

/// A license (seat type, plan or product bundle) of the connected application.
///
/// Source: <https://www.truto.one/docs/api-reference/unified-user-directory-api/licenses.md>,
/// <https://truto.one/docs/api-reference/unified-user-directory-api/licenses> \[seen\]
///
/// Decoding never fails on an object: unknown fields, and known fields whose value has an
/// unexpected shape, are kept in `extra` (the latter noted in `decode_warnings`). It reads the
/// body in one pass.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct License {
    /// Unique identifier for the license.
    ///
    /// The schema marks it required; it is still optional here, as some integrations
    /// omit it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the license.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description for the license.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Total number of licenses that can be assigned to users.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub available_quantity: Option<f64>,
    /// Number of licenses that have been assigned to users.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assigned_quantity: Option<f64>,
    /// Unit amount for the license (a number on the newest page, a string on older ones).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit_amount: Option<serde_json::Value>,
    /// Valid Roles for the license.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<LicenseRole>>,
    /// Whether the license is paid or not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_paid: Option<bool>,
    /// Currency for the license.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Status for the license
    ///
    /// Known values: `active`, `inactive`; any other value is kept.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<LicenseStatus>,
    /// The products that are part of the license.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub products: Option<Vec<LicenseProduct>>,
    /// Date and time when the license was created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::decode::DateTime>,
    /// Date and time when the license was last updated.
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
impl crate::decode::Model for License {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "name",
        "description",
        "available_quantity",
        "assigned_quantity",
        "unit_amount",
        "roles",
        "is_paid",
        "currency",
        "status",
        "products",
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
            "available_quantity" => {
                crate::decode::field(map, &mut self.available_quantity)
            }
            "assigned_quantity" => crate::decode::field(map, &mut self.assigned_quantity),
            "unit_amount" => crate::decode::field(map, &mut self.unit_amount),
            "roles" => crate::decode::field(map, &mut self.roles),
            "is_paid" => crate::decode::field(map, &mut self.is_paid),
            "currency" => crate::decode::field(map, &mut self.currency),
            "status" => crate::decode::field(map, &mut self.status),
            "products" => crate::decode::field(map, &mut self.products),
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
crate::decode::model_traits!(License);
/// `License.status`: Status for the license
///
/// Open: a value the spec does not know is kept in `Unknown`, never an error.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LicenseStatus {
    /// `active`
    Active,
    /// `inactive`
    Inactive,
    /// A value this spec does not know, kept as given or received (see `UnknownValue`).
    Unknown(crate::decode::UnknownValue),
}
impl LicenseStatus {
    /// The values this spec knows.
    pub const KNOWN: &'static [&'static str] = &["active", "inactive"];
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
}
impl From<&str> for LicenseStatus {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "inactive" => Self::Inactive,
            other => Self::Unknown(crate::decode::UnknownValue::new(other)),
        }
    }
}
crate::decode::open_enum_traits!(LicenseStatus);
/// An item of a license's `roles`.
///
/// Source: <https://www.truto.one/docs/api-reference/unified-user-directory-api/licenses.md> \[seen\]
///
/// Decoding never fails on an object: unknown fields, and known fields whose value has an
/// unexpected shape, are kept in `extra` (the latter noted in `decode_warnings`). It reads the
/// body in one pass.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct LicenseRole {
    /// Unique identifier for the role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the role.
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
impl crate::decode::Model for LicenseRole {
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
crate::decode::model_traits!(LicenseRole);
/// An item of a license's `products`.
///
/// Source: <https://www.truto.one/docs/api-reference/unified-user-directory-api/licenses.md> \[seen\]
///
/// Decoding never fails on an object: unknown fields, and known fields whose value has an
/// unexpected shape, are kept in `extra` (the latter noted in `decode_warnings`). It reads the
/// body in one pass.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct LicenseProduct {
    /// Unique identifier for the product
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of product
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Status for the product within the license. Usually denotes the provisioning status.
    ///
    /// Known values: `active`, `inactive`, `errored`, `needs_input`, `needs_confirmation`, `pending`; any
    /// other value is kept.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ProductStatus>,
    /// Fields this spec does not know, and known fields whose value had an unexpected
    /// shape, exactly as received.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Known fields that could not be read as declared (their raw value is in `extra`).
    #[serde(skip)]
    pub decode_warnings: Vec<crate::decode::DecodeWarning>,
}
impl crate::decode::Model for LicenseProduct {
    const FIELDS: &'static [&'static str] = &["id", "name", "status"];
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<Option<(serde_json::Value, Option<&'static str>)>, A::Error> {
        match key {
            "id" => crate::decode::field(map, &mut self.id),
            "name" => crate::decode::field(map, &mut self.name),
            "status" => crate::decode::field(map, &mut self.status),
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
crate::decode::model_traits!(LicenseProduct);
/// `LicenseProduct.status`: Status for the product within the license. Usually denotes the provisioning
/// status.
///
/// Open: a value the spec does not know is kept in `Unknown`, never an error.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ProductStatus {
    /// `active`
    Active,
    /// `inactive`
    Inactive,
    /// `errored`
    Errored,
    /// `needs_input`
    NeedsInput,
    /// `needs_confirmation`
    NeedsConfirmation,
    /// `pending`
    Pending,
    /// A value this spec does not know, kept as given or received (see `UnknownValue`).
    Unknown(crate::decode::UnknownValue),
}
impl ProductStatus {
    /// The values this spec knows.
    pub const KNOWN: &'static [&'static str] = &[
        "active",
        "inactive",
        "errored",
        "needs_input",
        "needs_confirmation",
        "pending",
    ];
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::Errored => "errored",
            Self::NeedsInput => "needs_input",
            Self::NeedsConfirmation => "needs_confirmation",
            Self::Pending => "pending",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
}
impl From<&str> for ProductStatus {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "inactive" => Self::Inactive,
            "errored" => Self::Errored,
            "needs_input" => Self::NeedsInput,
            "needs_confirmation" => Self::NeedsConfirmation,
            "pending" => Self::Pending,
            other => Self::Unknown(crate::decode::UnknownValue::new(other)),
        }
    }
}
crate::decode::open_enum_traits!(ProductStatus);
