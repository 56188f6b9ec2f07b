//! The endpoints' commands, generated from the spec at run time.
//!
//! Every endpoint `a.b` becomes the subcommand `a` → `b` (`_` → `-` in both), and every parameter
//! of it one flag named after its wire name (`_` → `-`). A list endpoint also takes `--max-pages`. Nothing here names an endpoint, a parameter or an
//! integration: a new one in `spec/` appears in the CLI without a change to this file.

use std::collections::HashSet;

use clap::{Arg, ArgAction, ArgMatches, Command, value_parser};
use serde_json::Value;
use truto_user_directory::ENDPOINTS;
use truto_user_directory::Integration;
use truto_user_directory::spec::{EndpointSpec, ParamType, ParameterSpec};
use truto_user_directory::validate::WireField;

use crate::args::{base_url_arg, id, integration_arg, max_body_bytes_arg, token_arg};
use crate::matrix::MATRIX;

/// Long flag names an operation has besides its parameters (clap's own included): a parameter
/// whose flag would be one of them cannot be represented.
const RESERVED_FLAGS: &[&str] = &[
    id::INTEGRATION,
    id::LENIENT,
    id::BASE_URL,
    id::TOKEN,
    id::DRY_RUN,
    id::MAX_PAGES,
    id::MAX_BODY_BYTES,
    id::VERBOSE,
    id::ERROR_BODY,
    "help",
    "version",
];

/// Subcommand names clap or this CLI already use at some level of the tree.
const RESERVED_COMMANDS: &[&str] = &[
    MATRIX,
    crate::offboard::OFFBOARD,
    crate::find::FIND,
    crate::demo::DEMO,
    crate::serve::MOCK,
    crate::schema::SCHEMA,
    crate::audit::AUDIT,
    "help",
];

/// How many integrations a short help line names before it says "and N more".
const SHOWN_INTEGRATIONS: usize = 4;

/// How a parameter's type is taken on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// One string value (string, uuid, enum, response format).
    Text,
    /// `--flag` alone is true; `--flag true` / `--flag false` also work.
    Switch,
    /// Repeatable: one string per occurrence.
    List,
    /// One JSON value: an object, or (`array`) an array of objects.
    Json { array: bool },
    /// One whole number.
    Number,
}

fn kind(ty: ParamType) -> Kind {
    match ty {
        ParamType::String | ParamType::Uuid | ParamType::Enum(_) | ParamType::ResponseFormat => {
            Kind::Text
        }
        ParamType::Boolean => Kind::Switch,
        ParamType::Integer => Kind::Number,
        ParamType::StringArray => Kind::List,
        ParamType::Object => Kind::Json { array: false },
        ParamType::ObjectArray(_) => Kind::Json { array: true },
    }
}

/// The flag of a parameter: its wire name with `_` turned into `-`.
pub fn flag_name(p: &ParameterSpec) -> String {
    p.name.replace('_', "-")
}

/// The clap id of a parameter's flag, kept apart from the ids of the operation's own flags.
fn param_id(p: &ParameterSpec) -> String {
    format!("param:{}", p.name)
}

/// The subcommand names of an endpoint: its dotted name split at the dots, `_` turned into `-`
/// (`integrated_accounts.list` → `integrated-accounts list`).
pub fn command_path(endpoint: &EndpointSpec) -> Vec<String> {
    endpoint
        .name
        .split('.')
        .map(|segment| segment.replace('_', "-"))
        .collect()
}

/// The endpoint the subcommands `path` lead to.
pub fn endpoint_at(path: &[&str]) -> Option<&'static EndpointSpec> {
    ENDPOINTS.iter().copied().find(|e| command_path(e) == path)
}

/// Names for a help line: all of them when few, else the first few and a count.
fn some_names(integrations: &[Integration], limit: usize) -> String {
    let names: Vec<&str> = integrations.iter().take(limit).map(|i| i.name()).collect();
    match integrations.len() {
        // "… and 1 more" would be no shorter than the name itself.
        n if n <= limit.saturating_add(1) => integrations
            .iter()
            .map(|i| i.name())
            .collect::<Vec<_>>()
            .join(", "),
        n => format!("{} and {} more", names.join(", "), n - limit),
    }
}

/// Who requires and accepts a parameter, for help text.
fn requirement(p: &ParameterSpec, limit: usize) -> String {
    if p.is_required_everywhere() {
        return "required".to_string();
    }
    let mut parts = Vec::new();
    if !p.acceptance.listed_required().is_empty() {
        parts.push(format!(
            "required in {}",
            some_names(p.acceptance.listed_required(), limit)
        ));
    }
    if !p.acceptance.listed_supported().is_empty() {
        parts.push(format!(
            "accepted in {}",
            some_names(p.acceptance.listed_supported(), limit)
        ));
    }
    if p.acceptance == truto_user_directory::spec::Acceptance::Optional {
        parts.push("optional".to_string());
    }
    parts.join("; ")
}

/// The values a text parameter may take, when the spec lists them.
fn allowed_values(endpoint: &EndpointSpec, p: &ParameterSpec) -> Vec<&'static str> {
    match p.ty {
        ParamType::Enum(values) => values.to_vec(),
        ParamType::ResponseFormat => endpoint.response_format_names(),
        _ => Vec::new(),
    }
}

fn value_name(p: &ParameterSpec) -> String {
    match kind(p.ty) {
        Kind::Switch => "BOOL".to_string(),
        Kind::Number => "N".to_string(),
        Kind::Json { .. } => "JSON".to_string(),
        Kind::Text | Kind::List => match p.ty {
            ParamType::Uuid => "UUID".to_string(),
            _ => p.name.to_uppercase(),
        },
    }
}

/// A JSON object, for `object` parameters.
fn parse_object(s: &str) -> Result<Value, String> {
    match serde_json::from_str::<Value>(s) {
        Ok(v @ Value::Object(_)) => Ok(v),
        Ok(_) => Err("expected a JSON object, such as '{\"key\":\"value\"}'".to_string()),
        Err(e) => Err(format!("not valid JSON ({e}); expected a JSON object")),
    }
}

/// A JSON array of objects, for `object_array` parameters.
fn parse_object_array(s: &str) -> Result<Value, String> {
    match serde_json::from_str::<Value>(s) {
        Ok(Value::Array(items)) if items.iter().all(Value::is_object) => Ok(Value::Array(items)),
        Ok(_) => {
            Err("expected a JSON array of objects, such as '[{\"key\":\"value\"}]'".to_string())
        }
        Err(e) => Err(format!(
            "not valid JSON ({e}); expected a JSON array of objects"
        )),
    }
}

/// The flag of one parameter, with help generated from its spec.
fn parameter_arg(endpoint: &EndpointSpec, p: &'static ParameterSpec) -> Arg {
    let values = allowed_values(endpoint, p);
    let mut short = format!(
        "{} [{} {}; {}]",
        p.description.trim_end_matches('.'),
        p.location.as_str(),
        p.ty.as_str(),
        requirement(p, SHOWN_INTEGRATIONS)
    );
    if !values.is_empty() {
        short.push_str(&format!(" [values: {}]", values.join(", ")));
    }
    let mut long = vec![
        p.description.to_string(),
        String::new(),
        format!("Sent in the {} as `{}`.", p.location.as_str(), p.name),
        format!("Type: {}.", p.ty.as_str()),
        format!("Who needs it: {}.", requirement(p, usize::MAX)),
    ];
    if !values.is_empty() {
        long.push(format!("Values: {}.", values.join(", ")));
    }
    let flag = flag_name(p);
    match kind(p.ty) {
        Kind::Text | Kind::Number => {}
        Kind::Switch => long.push(format!("--{flag} alone means true.")),
        Kind::List => long.push(format!(
            "Repeat the flag for each value: --{flag} a --{flag} b."
        )),
        Kind::Json { array: false } => long.push("A JSON object.".to_string()),
        Kind::Json { array: true } => long.push("A JSON array of objects.".to_string()),
    }
    if !p.ty.fields().is_empty() {
        let items: Vec<String> =
            p.ty.fields()
                .iter()
                .map(|f| format!("{} ({}): {}", f.name, f.ty.as_str(), f.description))
                .collect();
        long.push(format!("Item fields: {}.", items.join("; ")));
    }
    for note in p.notes {
        long.push(format!("{}: {}", note.integration.name(), note.text));
    }
    if !p.assumed.is_empty() {
        long.push(format!(
            "Assumed (inferred, not read from the API pages): {}.",
            p.assumed.join(", ")
        ));
    }
    let arg = Arg::new(param_id(p))
        .long(flag_name(p))
        .value_name(value_name(p))
        .help(short)
        .long_help(long.join("\n"))
        .help_heading("Parameters");
    match kind(p.ty) {
        Kind::Text => arg.action(ArgAction::Set),
        Kind::Number => arg.action(ArgAction::Set).value_parser(value_parser!(u64)),
        Kind::Switch => arg
            .action(ArgAction::Set)
            .num_args(0..=1)
            .default_missing_value("true")
            .value_parser(value_parser!(bool)),
        Kind::List => arg.action(ArgAction::Append),
        Kind::Json { array: false } => arg.action(ArgAction::Set).value_parser(parse_object),
        Kind::Json { array: true } => arg.action(ArgAction::Set).value_parser(parse_object_array),
    }
}

/// The flags every operation has besides its parameters.
fn operation_args() -> Vec<Arg> {
    vec![
        integration_arg().long_help(
            "The integrated account's integration, by display name or Truto slug (case, spaces and \
             punctuation ignored). Without it the request is sent after looking the integrated \
             account up; a dry run needs it.",
        ),
        Arg::new(id::LENIENT)
            .long(id::LENIENT)
            .action(ArgAction::SetTrue)
            .help("Lenient validation: what the spec does not know is a warning, not an error"),
        base_url_arg(),
        token_arg(),
        max_body_bytes_arg(),
        Arg::new(id::VERBOSE)
            .long(id::VERBOSE)
            .action(ArgAction::SetTrue)
            .help(
                "On an error answer, print its whole body on stderr (control characters escaped); \
                 without it the server's message is cut at 1 KiB",
            ),
        Arg::new(id::ERROR_BODY)
            .long(id::ERROR_BODY)
            .value_name("FILE")
            .value_parser(value_parser!(std::path::PathBuf))
            .help(
                "On an error answer, write its whole body, byte for byte (token redacted), to FILE (a path that does not exist yet)",
            ),
        Arg::new(id::DRY_RUN)
            .long(id::DRY_RUN)
            .action(ArgAction::SetTrue)
            .help("Send nothing: print the request and the problems found, as JSON"),
    ]
}

/// Quotes a word for a POSIX shell when it needs it.
fn shell_word(s: &str) -> String {
    let plain = !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./:@=,+".contains(c));
    if plain {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

/// The command-line words that set `field`.
fn field_words(field: &WireField) -> Vec<String> {
    let flag = format!("--{}", flag_name(field.spec));
    let text = |v: &Value| match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    match (kind(field.spec.ty), &field.value) {
        (Kind::Switch, Value::Bool(true)) => vec![flag],
        (Kind::List, Value::Array(items)) => items
            .iter()
            .flat_map(|item| [flag.clone(), shell_word(&text(item))])
            .collect(),
        (_, value) => vec![flag, shell_word(&text(value))],
    }
}

/// An example command line, from the spec's example request for the endpoint's first
/// integration.
fn example(endpoint: &'static EndpointSpec) -> Option<String> {
    let integration = *endpoint.integrations.first()?;
    let fields = endpoint.example(integration)?;
    let mut words: Vec<String> = std::iter::once("userdir".to_string())
        .chain(command_path(endpoint))
        .collect();
    words.push(format!("--{}", id::INTEGRATION));
    words.push(shell_word(integration.name()));
    words.extend(fields.iter().flat_map(field_words));
    words.push(format!("--{}", id::DRY_RUN));
    Some(words.join(" "))
}

/// How many integrations support `endpoint`, as help says it: the named ones, and the page's
/// count when it counts more than it names.
fn supported_by(endpoint: &EndpointSpec) -> String {
    let named = endpoint.integrations.len();
    match endpoint.unnamed_integrations {
        Some(unnamed) => match unnamed.count {
            Some(count) => format!("{count} integration(s), {named} of them named by the API page"),
            None => format!("{named} named integration(s) and others the API page does not name"),
        },
        None => format!("{named} integration(s)"),
    }
}

/// The subcommand of one endpoint.
fn operation_command(name: &str, endpoint: &'static EndpointSpec) -> Result<Command, String> {
    let mut seen: HashSet<String> = RESERVED_FLAGS.iter().map(|f| f.to_string()).collect();
    let mut args = Vec::new();
    for p in endpoint.parameters {
        let flag = flag_name(p);
        if !seen.insert(flag.clone()) {
            return Err(format!(
                "{}: the flag --{flag} of parameter `{}` clashes with another flag of the command",
                endpoint.name, p.name
            ));
        }
        args.push(parameter_arg(endpoint, p));
    }
    let mut long_about = vec![
        format!(
            "{} — {} {}",
            endpoint.summary, endpoint.method, endpoint.path
        ),
        String::new(),
        endpoint.description.to_string(),
        String::new(),
        if endpoint.admin {
            "Admin API: not called for an integrated account, so no integration applies and \
             none is looked up."
                .to_string()
        } else {
            format!(
                "Supported by {}; `userdir {MATRIX} {} --integration NAME` lists what one of \
                 them requires.",
                supported_by(endpoint),
                endpoint.name
            )
        },
    ];
    if let Some(unnamed) = endpoint.unnamed_integrations {
        long_about.push(format!(
            "The API page counts integrations it does not name ({}): a call for one it does not \
             name is sent, with a warning (endpoint_support_unknown).",
            unnamed.source
        ));
    }
    if let Some(deprecated) = endpoint.deprecated {
        long_about.push(format!("Deprecated: {}", deprecated.note));
    }
    if endpoint.list.is_some() {
        long_about.push(format!(
            "A list: every page is fetched in turn (following `{}`) and each item printed as one \
             JSON line (NDJSON). An error stops it after the items already printed.",
            truto_user_directory::LIST_ENVELOPE.next_cursor
        ));
        args.push(
            Arg::new(id::MAX_PAGES)
                .long(id::MAX_PAGES)
                .value_name("N")
                .value_parser(value_parser!(u32).range(1..))
                .help_heading("Request")
                .help(format!(
                    "Follow at most N pages (default {}); a longer list prints them, then fails \
                     with exit code 3",
                    truto_user_directory::DEFAULT_MAX_PAGES
                )),
        );
    }
    if endpoint.irreversible {
        long_about.push("Irreversible: the data it destroys cannot be restored.".to_string());
    }
    if !endpoint.idempotent {
        long_about.push(
            "Not idempotent: a failed connection is not retried, to avoid repeating it.".into(),
        );
    }
    let deprecated = if endpoint.deprecated.is_some() {
        " [deprecated]"
    } else {
        ""
    };
    let mut command = Command::new(name.to_string())
        .about(format!(
            "{} ({} {}){deprecated}",
            endpoint.summary, endpoint.method, endpoint.path
        ))
        .long_about(long_about.join("\n"))
        .args(args)
        .next_help_heading("Request")
        .args(operation_args());
    if let Some(example) = example(endpoint) {
        command = command.after_help(format!("Example:\n  {example}"));
    }
    Ok(command)
}

/// Adds the commands of `endpoints` (all sharing their first `depth` path segments) to
/// `parent`: a segment is either an endpoint or a group of deeper ones.
pub fn attach(
    mut parent: Command,
    endpoints: &[&'static EndpointSpec],
    depth: usize,
) -> Result<Command, String> {
    let mut segments: Vec<String> = Vec::new();
    for e in endpoints {
        if let Some(segment) = command_path(e).get(depth)
            && !segments.contains(segment)
        {
            segments.push(segment.clone());
        }
    }
    for segment in segments {
        if RESERVED_COMMANDS.contains(&segment.as_str()) {
            return Err(format!(
                "the command name `{segment}` of the spec's endpoints is reserved by the CLI"
            ));
        }
        let members: Vec<&'static EndpointSpec> = endpoints
            .iter()
            .copied()
            .filter(|e| command_path(e).get(depth) == Some(&segment))
            .collect();
        let (leaves, deeper): (Vec<&'static EndpointSpec>, Vec<_>) = members
            .iter()
            .copied()
            .partition(|e| command_path(e).len() == depth + 1);
        parent = match (leaves.as_slice(), deeper.is_empty()) {
            ([leaf], true) => parent.subcommand(operation_command(&segment, leaf)?),
            ([], false) => {
                let names: Vec<&str> = deeper.iter().map(|e| e.name).collect();
                let group = Command::new(segment.clone())
                    .about(format!("Endpoints {}", names.join(", ")))
                    .subcommand_required(true)
                    .arg_required_else_help(true);
                parent.subcommand(attach(group, &members, depth + 1)?)
            }
            _ => {
                return Err(format!(
                    "the command `{segment}` would be both an endpoint and a group of endpoints"
                ));
            }
        };
    }
    Ok(parent)
}

/// The fields the flags of `matches` set, in the endpoint's parameter order.
pub fn fields(
    endpoint: &'static EndpointSpec,
    matches: &ArgMatches,
) -> Result<Vec<WireField>, String> {
    let mut out = Vec::new();
    for p in endpoint.parameters {
        let id = param_id(p);
        let wrong = |e: clap::parser::MatchesError| format!("--{}: {e}", flag_name(p));
        let value = match kind(p.ty) {
            Kind::Text => matches
                .try_get_one::<String>(&id)
                .map_err(wrong)?
                .map(|s| Value::String(s.clone())),
            Kind::Switch => matches
                .try_get_one::<bool>(&id)
                .map_err(wrong)?
                .map(|b| Value::Bool(*b)),
            Kind::Number => matches
                .try_get_one::<u64>(&id)
                .map_err(wrong)?
                .map(|n| Value::from(*n)),
            Kind::List => matches
                .try_get_many::<String>(&id)
                .map_err(wrong)?
                .map(|items| items.map(|s| Value::String(s.clone())).collect()),
            Kind::Json { .. } => matches.try_get_one::<Value>(&id).map_err(wrong)?.cloned(),
        };
        if let Some(value) = value {
            out.push(WireField { spec: p, value });
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shell_words_are_quoted_only_when_needed() {
        assert_eq!(shell_word("acme"), "acme");
        assert_eq!(shell_word("Slack Enterprise"), "'Slack Enterprise'");
        assert_eq!(shell_word("it's"), r"'it'\''s'");
        assert_eq!(shell_word(""), "''");
    }

    #[test]
    fn json_flags_take_the_declared_shape() {
        assert!(parse_object(r#"{"a":1}"#).is_ok());
        assert!(parse_object("[1]").is_err());
        assert!(parse_object("{bad").is_err());
        assert!(parse_object_array(r#"[{"a":1}]"#).is_ok());
        assert!(parse_object_array(r#"[1]"#).is_err());
        assert!(parse_object_array(r#"{"a":1}"#).is_err());
    }
}
