//! What the mock server starts with: integrated accounts, their users, rate limits and faults,
//! written in YAML or built in code.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer};
use serde_json::{Map, Value};

use crate::names::{nearest, normalize};
use crate::{Integration, yaml};

/// Everything the mock server starts with.
///
/// ```yaml
/// accounts:
///   - id: 62f44730-dd91-461e-bd6a-aedd9e0ad79d
///     integration: <display name or Truto slug of an integration of the spec>
///     tenant_id: acme                 # optional: the customer it belongs to
///     status: active                  # optional (default active)
///     is_sandbox: false               # optional (default false)
///     list_requires: [workspace_id]   # optional: query parameters a list call must carry
///     users:
///       - {id: "00u1", email: ada@example.com, licenses: [Pro]}
///       - {id: "00u2", status: inactive}
///       - {id: "00u3", emails: [grace@example.com, g.hopper@example.org], username: ghopper}
///       - {id: "00u4", fields: {<a field of the people model>: [{id: g1, name: finance}]}}
///     records:                        # optional: by collection (a list endpoint's last segment)
///       <collection>: [{id: g1, name: finance}]
///     missing_methods: [<endpoint name>]   # optional: endpoints the integration lacks
/// limits: {per_account: 50, window_seconds: 10}       # optional
/// faults: {latency_ms: 0, error_rate: 0.0, drop_rate: 0.0, seed: 7}   # optional
/// ```
///
/// A user's addresses are `email` (listed first, marked primary) then `emails`; with
/// `username` they are rendered as the spec's user model has them (`emails: [{email, type,
/// is_primary}]`, `username`); `fields` adds further fields of the user model as given. An
/// account whose integration the list endpoint marks partial (its `list.partial_in`) lists only
/// each user's id and status, as Truto's "(partial)" lists do; the get endpoint still returns
/// the whole user.
///
/// `records` holds what the other list endpoints list, by collection: a collection is named by
/// the last path segment of the spec's list endpoint that lists it, and its records are JSON
/// objects, each with a text `id`. The users are seeded with `users`, not here.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Mock server seed",
    description = "What the local server of truto-user-directory starts with (`userdir mock serve --seed FILE`): integrated accounts, their users, rate limits and faults."
)]
pub struct Seed {
    /// The integrated accounts the server knows.
    pub accounts: Vec<SeedAccount>,
    /// The per-account rate limit.
    #[serde(default)]
    pub limits: Limits,
    /// Injected latency, errors and dropped connections.
    #[serde(default)]
    pub faults: Faults,
}

/// One integrated account.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SeedAccount {
    /// Its id: a hyphenated UUID, as Truto gives them.
    #[serde(deserialize_with = "yaml::text")]
    pub id: String,
    /// Its integration, by display name or Truto slug (resolved with [`Integration::lookup`]).
    #[serde(deserialize_with = "known_integration")]
    pub integration: String,
    /// The customer the account belongs to (`tenant_id` in the admin API).
    #[serde(default, deserialize_with = "yaml::optional_text")]
    pub tenant_id: Option<String>,
    /// The connection's status in the admin API (default `active`).
    #[serde(default = "default_status", deserialize_with = "yaml::text")]
    pub status: String,
    /// A sandbox account (default false).
    #[serde(default)]
    pub is_sandbox: bool,
    /// Query parameters the integration needs to list users (a workspace, an organization…),
    /// which the spec may not know: a list call without them is a 400 whose
    /// `truto_error_insight.missing_required_query_parameters` names them, and a list call
    /// with them is accepted even when the endpoint does not declare them.
    #[serde(default, deserialize_with = "yaml::texts")]
    pub list_requires: Vec<String>,
    /// The users the integration has.
    #[serde(default)]
    pub users: Vec<SeedUser>,
    /// The records of the other collections, by collection: the last path segment of the
    /// spec's list endpoint that lists them. Each record is a JSON object with a text `id`.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, Vec<Map<String, Value>>>")]
    pub records: BTreeMap<String, Vec<Value>>,
    /// Endpoints (by name) the integration lacks: each call is answered with
    /// the spec's `missing_method` answer.
    #[serde(default, deserialize_with = "yaml::texts")]
    pub missing_methods: Vec<String>,
}

impl SeedAccount {
    /// An active, non-sandbox account without users, tenant or list requirements.
    pub fn new(id: impl Into<String>, integration: impl Into<String>) -> SeedAccount {
        SeedAccount {
            id: id.into(),
            integration: integration.into(),
            tenant_id: None,
            status: default_status(),
            is_sandbox: false,
            list_requires: Vec::new(),
            users: Vec::new(),
            records: BTreeMap::new(),
            missing_methods: Vec::new(),
        }
    }

    /// With this tenant.
    pub fn tenant_id(mut self, tenant_id: impl Into<String>) -> SeedAccount {
        self.tenant_id = Some(tenant_id.into());
        self
    }

    /// With this admin-API status.
    pub fn status(mut self, status: impl Into<String>) -> SeedAccount {
        self.status = status.into();
        self
    }

    /// Marked as a sandbox.
    pub fn sandbox(mut self) -> SeedAccount {
        self.is_sandbox = true;
        self
    }

    /// Requiring these query parameters on list calls.
    pub fn list_requires<S: Into<String>>(
        mut self,
        names: impl IntoIterator<Item = S>,
    ) -> SeedAccount {
        self.list_requires = names.into_iter().map(Into::into).collect();
        self
    }

    /// With these users.
    pub fn users(mut self, users: impl IntoIterator<Item = SeedUser>) -> SeedAccount {
        self.users = users.into_iter().collect();
        self
    }

    /// With these records of `collection` (JSON objects, each with a text `id`), in place of
    /// any it had.
    pub fn records(
        mut self,
        collection: impl Into<String>,
        records: impl IntoIterator<Item = Value>,
    ) -> SeedAccount {
        self.records
            .insert(collection.into(), records.into_iter().collect());
        self
    }

    /// Lacking these endpoints (by name).
    pub fn missing_methods<S: Into<String>>(
        mut self,
        endpoints: impl IntoIterator<Item = S>,
    ) -> SeedAccount {
        self.missing_methods = endpoints.into_iter().map(Into::into).collect();
        self
    }
}

/// One user of an integrated account.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SeedUser {
    /// The integration's id for the user, as written: a YAML string (`id: "0x1F"`; an
    /// unquoted number is an error, not converted).
    #[serde(deserialize_with = "yaml::text")]
    pub id: String,
    /// The user's work email, when known (listed first, as the primary address).
    #[serde(default, deserialize_with = "yaml::optional_text")]
    pub email: Option<String>,
    /// More email addresses of the user, after `email`.
    #[serde(default, deserialize_with = "yaml::texts")]
    pub emails: Vec<String>,
    /// The user's username in the integration, when it has one.
    #[serde(default, deserialize_with = "yaml::optional_text")]
    pub username: Option<String>,
    /// The unified status (default `active`).
    #[serde(default = "default_status", deserialize_with = "yaml::text")]
    pub status: String,
    /// The paid seats (license names) the user holds; a downgrade takes them all away.
    #[serde(default, deserialize_with = "yaml::texts")]
    pub licenses: Vec<String>,
    /// Further fields of the user model, rendered as given (an access list of items with an
    /// `id`, a date…): not those the keys above set.
    #[serde(default)]
    pub fields: BTreeMap<String, Value>,
}

impl SeedUser {
    /// An active user without an email or licenses.
    pub fn new(id: impl Into<String>) -> SeedUser {
        SeedUser {
            id: id.into(),
            email: None,
            emails: Vec::new(),
            username: None,
            status: default_status(),
            licenses: Vec::new(),
            fields: BTreeMap::new(),
        }
    }

    /// With these further email addresses (after [`email`](Self::email)).
    pub fn emails<S: Into<String>>(mut self, emails: impl IntoIterator<Item = S>) -> SeedUser {
        self.emails = emails.into_iter().map(Into::into).collect();
        self
    }

    /// With this username.
    pub fn username(mut self, username: impl Into<String>) -> SeedUser {
        self.username = Some(username.into());
        self
    }

    /// With this work email.
    pub fn email(mut self, email: impl Into<String>) -> SeedUser {
        self.email = Some(email.into());
        self
    }

    /// With this unified status.
    pub fn status(mut self, status: impl Into<String>) -> SeedUser {
        self.status = status.into();
        self
    }

    /// Holding these paid seats.
    pub fn licenses<S: Into<String>>(mut self, licenses: impl IntoIterator<Item = S>) -> SeedUser {
        self.licenses = licenses.into_iter().map(Into::into).collect();
        self
    }

    /// With the user model's field `name` set to `value`, as given.
    pub fn field(mut self, name: impl Into<String>, value: Value) -> SeedUser {
        self.fields.insert(name.into(), value);
        self
    }
}

/// The JSON Schema (draft 2020-12) of seed files, generated from [`Seed`]: what an editor
/// checks a seed against (`generated/schemas/seed.schema.json`, `userdir schema seed`).
///
/// It checks the shape (keys and types); integration names are checked when the seed is read.
pub fn seed_schema() -> serde_json::Value {
    schemars::schema_for!(Seed).to_value()
}

fn default_status() -> String {
    "active".to_string()
}

/// The per-account rate limit: a sliding window.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Limits {
    /// At most this many requests per integrated account in any window (default 50; 0 answers
    /// every endpoint call 429).
    pub per_account: u32,
    /// The window's length in seconds (default 10).
    pub window_seconds: f64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            per_account: 50,
            window_seconds: 10.0,
        }
    }
}

/// Faults injected into endpoint calls. Everything defaults to none.
#[derive(Debug, Clone, Copy, Default, PartialEq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Faults {
    /// Delay before every answer (lookups included; 429s are answered at once), in
    /// milliseconds.
    pub latency_ms: u64,
    /// Probability (0 to 1) that an endpoint call is answered 502 without being applied.
    pub error_rate: f64,
    /// Probability (0 to 1) that an endpoint call is applied and its connection then dropped
    /// without an answer.
    pub drop_rate: f64,
    /// Seed of the random draws, for repeatable runs (default: a random seed).
    pub seed: Option<u64>,
}

/// A seed that cannot be used: where, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedError {
    pub(super) file: Option<PathBuf>,
    pub(super) line: Option<usize>,
    pub(super) column: Option<usize>,
    pub(super) message: String,
}

impl SeedError {
    pub(super) fn new(message: impl Into<String>) -> SeedError {
        SeedError {
            file: None,
            line: None,
            column: None,
            message: message.into(),
        }
    }

    /// The file the seed was read from, when it came from one.
    pub fn file(&self) -> Option<&Path> {
        self.file.as_deref()
    }

    /// The 1-based line of the problem in the YAML, when known.
    pub fn line(&self) -> Option<usize> {
        self.line
    }

    /// The 1-based column of the problem in the YAML, when known.
    pub fn column(&self) -> Option<usize> {
        self.column
    }

    /// What is wrong, without the location.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for SeedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("mock seed")?;
        if let Some(file) = &self.file {
            write!(f, " {}", file.display())?;
        }
        match (self.line, self.column) {
            (Some(line), Some(column)) => write!(f, ", line {line} column {column}")?,
            (Some(line), None) => write!(f, ", line {line}")?,
            _ => {}
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for SeedError {}

const UNKNOWN_INTEGRATION: &str = "unknown integration";

/// Up to three known display names near `input`, nearest first.
fn near_names(input: &str) -> Vec<&'static str> {
    let wanted = normalize(input);
    let mut scored: Vec<(usize, &'static str)> = Integration::ALL
        .iter()
        .filter_map(|i| {
            let name = normalize(i.name());
            let distance = i
                .slugs()
                .iter()
                .map(|s| strsim::damerau_levenshtein(&wanted, &normalize(s)))
                .chain([strsim::damerau_levenshtein(&wanted, &name)])
                .min()
                .unwrap_or(usize::MAX);
            let close = distance <= (name.len().max(wanted.len()) / 3).max(1);
            let contains = !wanted.is_empty()
                && wanted.len() >= 3
                && (name.contains(&wanted) || wanted.contains(&name));
            (close || contains).then_some((distance, i.name()))
        })
        .collect();
    scored.sort();
    let mut names: Vec<&'static str> = scored.into_iter().map(|(_, n)| n).take(3).collect();
    if names.is_empty()
        && let Some(n) = nearest(input, Integration::ALL.iter().map(|i| i.name()))
    {
        names.push(n);
    }
    names
}

/// Why `name` is no known integration, with the nearest names.
pub(crate) fn unknown_integration(name: &str) -> String {
    let near = near_names(name);
    let hint = if near.is_empty() {
        format!(
            "no known integration is close; give a display name or a Truto slug of one of the {} integrations of the spec",
            Integration::ALL.len()
        )
    } else {
        let quoted: Vec<String> = near.iter().map(|n| format!("{n:?}")).collect();
        format!("did you mean {}?", quoted.join(" or "))
    };
    format!("{UNKNOWN_INTEGRATION} {name:?}: {hint}")
}

fn known_integration<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    let name = yaml::text(deserializer)?;
    match Integration::lookup(&name) {
        Ok(_) => Ok(name),
        Err(_) => Err(serde::de::Error::custom(unknown_integration(&name))),
    }
}

/// A YAML error with its location apart from its message. serde_yaml places an error raised
/// while reading a field at the start of the enclosing mapping; for an unknown integration the
/// line of the `integration:` key is more useful.
pub(super) fn yaml_error(text: &str, e: &serde_yaml::Error) -> SeedError {
    let yaml::Located {
        mut line,
        mut column,
        message,
    } = yaml::located(text, e);
    if message.contains(UNKNOWN_INTEGRATION)
        && let Some(start) = line
    {
        let found = text
            .lines()
            .enumerate()
            .skip(start.saturating_sub(1))
            .find_map(|(n, l)| l.find("integration:").map(|c| (n + 1, c + 1)));
        if let Some((l, c)) = found {
            line = Some(l);
            column = Some(c);
        }
    }
    SeedError {
        file: None,
        line,
        column,
        message,
    }
}

impl Limits {
    /// Why the limits cannot be used, if they cannot.
    pub(crate) fn check(&self) -> Result<(), String> {
        if !(self.window_seconds.is_finite() && self.window_seconds > 0.0) {
            return Err(format!(
                "limits.window_seconds must be a positive number of seconds, not {}",
                self.window_seconds
            ));
        }
        Ok(())
    }
}

impl Faults {
    /// Why the faults cannot be used, if they cannot.
    pub(crate) fn check(&self) -> Result<(), String> {
        for (name, rate) in [
            ("faults.error_rate", self.error_rate),
            ("faults.drop_rate", self.drop_rate),
        ] {
            if !(0.0..=1.0).contains(&rate) {
                return Err(format!("{name} must be between 0 and 1, not {rate}"));
            }
        }
        Ok(())
    }
}
