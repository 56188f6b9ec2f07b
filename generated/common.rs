// @generated from spec/common.yaml by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

/// The format of the response (`truto_response_format`). Each endpoint offers a subset; its
/// validator rejects the others.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ResponseFormat {
    /// `unified`: returns the response with unified mappings applied.
    Unified,
    /// `raw`: returns the unprocessed, raw response from the remote API.
    Raw,
    /// `normalized`: applies the unified mappings and returns the data in a normalized format.
    Normalized,
    /// `stream`: returns the response as a stream, which is ideal for transmitting large datasets, files, or binary data. Using streaming mode helps to efficiently handle large payloads or real-time data flows without requiring the entire data to be buffered in memory.
    Stream,
    /// A value this spec does not know, kept as given or received (see `UnknownValue`).
    Unknown(crate::decode::UnknownValue),
}

impl ResponseFormat {
    /// The values this spec knows.
    pub const KNOWN: &'static [&'static str] = &[
        "unified",
        "raw",
        "normalized",
        "stream",
    ];

    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unified => "unified",
            Self::Raw => "raw",
            Self::Normalized => "normalized",
            Self::Stream => "stream",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
}

impl From<&str> for ResponseFormat {
    fn from(value: &str) -> Self {
        match value {
            "unified" => Self::Unified,
            "raw" => Self::Raw,
            "normalized" => Self::Normalized,
            "stream" => Self::Stream,
            other => Self::Unknown(crate::decode::UnknownValue::new(other)),
        }
    }
}

crate::decode::open_enum_traits!(ResponseFormat);

impl ResponseFormat {
    /// What the client does with a success body in this format (`spec/common.yaml`); a
    /// format this spec does not know is decoded like `unified`.
    pub fn body_handling(&self) -> crate::spec::BodyHandling {
        match self {
            Self::Raw => crate::spec::BodyHandling::Raw,
            Self::Stream => crate::spec::BodyHandling::Stream,
            _ => crate::spec::BodyHandling::Typed,
        }
    }
}

/// Where the body of every list endpoint holds its items and cursors (`spec/common.yaml`).
pub static LIST_ENVELOPE: crate::spec::ListEnvelope = crate::spec::ListEnvelope {
    items: &["result", "results"],
    next_cursor: "next_cursor",
    prev_cursor: "prev_cursor",
    result_count: "result_count",
    partial: "is_partial_response",
};

/// How a person is found by email in the users an integrated account lists
/// (`spec/common.yaml`, `people`).
pub static PEOPLE: Option<crate::spec::People> = Some(crate::spec::People {
    model: "User",
    id: "id",
    emails: &["emails[].email"],
    usernames: &["username"],
    status: "status",
});

/// How a tenant's integrated accounts are read (`spec/common.yaml`, `accounts`).
pub static ACCOUNTS: Option<crate::spec::Accounts> = Some(crate::spec::Accounts {
    model: "IntegratedAccount",
    id: "id",
    integration: "integration.name",
    status: "status",
    tenant: "tenant_id",
    active: &["active"],
    tenant_filter: "tenant_id",
    status_filter: "status",
});
