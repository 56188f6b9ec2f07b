// @generated from spec/models/billing.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

/// A bill (invoice or billing period) of the connected application's subscription.
///
/// Source: <https://www.truto.one/docs/api-reference/unified-user-directory-api/billing.md>,
/// <https://truto.one/docs/api-reference/unified-user-directory-api/billing> \[seen\]
///
/// Decoding never fails on an object: unknown fields, and known fields whose value has an
/// unexpected shape, are kept in `extra` (the latter noted in `decode_warnings`). It reads the
/// body in one pass.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Billing {
    /// Unique identifier for the bill.
    ///
    /// The schema marks it required; it is still optional here, as some integrations
    /// omit it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Description for the bill.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Billing frequency for the license
    ///
    /// Known values: `monthly`, `yearly`; any other value is kept.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub billing_frequency: Option<BillingFrequency>,
    /// Currency for the bill.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Total amount for the bill.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total_amount: Option<String>,
    /// Tax amount for the bill.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tax_amount: Option<String>,
    /// Start date for the billing period.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_date: Option<crate::decode::DateTime>,
    /// End date for the billing period
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<crate::decode::DateTime>,
    /// Date and time when the bill was created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::decode::DateTime>,
    /// Date and time when the bill was updated.
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
impl crate::decode::Model for Billing {
    const FIELDS: &'static [&'static str] = &[
        "id",
        "description",
        "billing_frequency",
        "currency",
        "total_amount",
        "tax_amount",
        "start_date",
        "end_date",
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
            "description" => crate::decode::field(map, &mut self.description),
            "billing_frequency" => crate::decode::field(map, &mut self.billing_frequency),
            "currency" => crate::decode::field(map, &mut self.currency),
            "total_amount" => crate::decode::field(map, &mut self.total_amount),
            "tax_amount" => crate::decode::field(map, &mut self.tax_amount),
            "start_date" => crate::decode::field(map, &mut self.start_date),
            "end_date" => crate::decode::field(map, &mut self.end_date),
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
crate::decode::model_traits!(Billing);
/// `Billing.billing_frequency`: Billing frequency for the license
///
/// Open: a value the spec does not know is kept in `Unknown`, never an error.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum BillingFrequency {
    /// `monthly`
    Monthly,
    /// `yearly`
    Yearly,
    /// A value this spec does not know, kept as given or received (see `UnknownValue`).
    Unknown(crate::decode::UnknownValue),
}
impl BillingFrequency {
    /// The values this spec knows.
    pub const KNOWN: &'static [&'static str] = &["monthly", "yearly"];
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Monthly => "monthly",
            Self::Yearly => "yearly",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
}
impl From<&str> for BillingFrequency {
    fn from(value: &str) -> Self {
        match value {
            "monthly" => Self::Monthly,
            "yearly" => Self::Yearly,
            other => Self::Unknown(crate::decode::UnknownValue::new(other)),
        }
    }
}
crate::decode::open_enum_traits!(BillingFrequency);
