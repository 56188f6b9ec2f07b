//! Names the generated code must not use, because the runtime or the generated code already
//! does. The main crate's `tests/reserved_names.rs` reads the runtime's source and fails when the
//! runtime gains a name these lists lack, so they cannot drift apart silently.

/// Methods every request type has: the generated inherent ones and the `Operation` trait's.
pub const REQUEST_METHODS: &[&str] = &[
    "new",
    "validated",
    "validate",
    "requirements",
    "spec",
    "fields",
    "check",
    "set_parameter",
];

/// Names at the crate root: the runtime's exports and modules, and the generated index's.
pub const ROOT_RESERVED: &[&str] = &[
    // Runtime exports.
    "RateBudget",
    "TRUTO_PER_ACCOUNT",
    "Body",
    "ByteStream",
    "Client",
    "ClientBuilder",
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_BODY_BYTES",
    "Prepared",
    "REQUEST_ID_HEADERS",
    "RateLimit",
    "Response",
    "RetryPolicy",
    "TOKEN_ENV",
    "Token",
    "request_id",
    "ApiError",
    "ApiErrorKind",
    "Error",
    "ErrorEnvelope",
    "Insight",
    "UnknownIntegration",
    "Operation",
    "DEFAULT_MAX_PAGES",
    "Page",
    "PageProblem",
    "Pages",
    "Checked",
    "Mode",
    "Rule",
    "Severity",
    "ValidationReport",
    "Violation",
    // Runtime modules.
    "budget",
    "client",
    "decode",
    "error",
    "integration",
    "mock",
    "names",
    "offboard",
    "operation",
    "pages",
    "redact",
    "spec",
    "terminal",
    "validate",
    "watchdog",
    "wire",
    "yaml",
    // The generated index.
    "Integration",
    "ResponseFormat",
    "LIST_ENVELOPE",
    "PEOPLE",
    "ACCOUNTS",
    "ENDPOINTS",
    "integrations",
    "common",
    "models",
    "endpoints",
    // Runtime types the generated code names.
    "DateTime",
    "DecodeWarning",
    "UnknownValue",
    "WireField",
    "Field",
];

/// What a generated endpoint file may import (`crate::spec` and root names its tables and
/// methods use): no type the file declares may take one of these names.
pub const ENDPOINT_IMPORTS: &[&str] = &[
    "AlreadyDone",
    "Effect",
    "EndpointSpec",
    "ListSpec",
    "Method",
    "Offboarding",
    "ResponseFieldSpec",
    "RuleSpec",
    "Integration",
    "ResponseFormat",
    "Field",
    "Mode",
    "ValidationReport",
    "json_into",
    "Item",
    "SubSlot",
    "SubValue",
    "Future",
    "parameters",
    "SPEC",
];

/// Methods of the runtime's `Client`, which the generated per-endpoint methods must not shadow.
pub const CLIENT_METHODS: &[&str] = &[
    "builder",
    "base_url",
    "in_flight_limit",
    "prepare",
    "integration_of",
    "fetch_integration_name",
    "send",
    "pages",
    "pages_of_fields",
    "send_fields",
    "send_checked",
    "look_up",
    "exchange",
    "call_for",
    "response_to",
    "backoff",
    "admit",
    "execute",
    "judge",
    // ClientBuilder's, reserved too so that no generated method reads like one.
    "max_body_bytes",
];

/// Fields every generated model has.
pub const MODEL_RESERVED: &[&str] = &["extra", "decode_warnings"];
