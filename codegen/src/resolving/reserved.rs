//! Names the generated code must not use, because the runtime or the generated code already does.

pub(crate) const REQUEST_METHODS: &[&str] = &[
    "new",
    "builder",
    "validate",
    "requirements",
    "example",
    "spec",
    "wire_fields",
    "build",
    "build_unchecked",
];

pub(crate) const ROOT_RESERVED: &[&str] = &[
    "Integration",
    "UnknownIntegration",
    "ResponseFormat",
    "Operation",
    "Mode",
    "ValidationReport",
    "Violation",
    "Rule",
    "Severity",
    "DateTime",
    "DecodeWarning",
    "WireField",
];

/// Methods of the runtime's `Client`, which the generated per-endpoint methods must not shadow.
pub(crate) const CLIENT_METHODS: &[&str] = &[
    "builder",
    "prepare",
    "send",
    "send_fields",
    "integration_of",
    "decode",
    "backoff",
    "execute",
    "field",
];

pub(crate) const MODEL_RESERVED: &[&str] = &["extra", "decode_warnings"];
