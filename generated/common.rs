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
    /// A value this spec does not know, kept exactly as given or received.
    Unknown(String),
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
            Self::Unknown(raw) => raw,
        }
    }

    /// Whether the value is one this spec knows.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for ResponseFormat {
    fn from(value: &str) -> Self {
        match value {
            "unified" => Self::Unified,
            "raw" => Self::Raw,
            "normalized" => Self::Normalized,
            "stream" => Self::Stream,
            other => Self::Unknown(other.to_string()),
        }
    }
}

impl From<String> for ResponseFormat {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}

impl std::fmt::Display for ResponseFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ResponseFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ResponseFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value))
    }
}
