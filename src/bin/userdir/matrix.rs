//! `userdir matrix [ENDPOINT] [--integration NAME]`: the support matrix as JSON, read from the
//! spec data ([`EndpointSpec::requirements`]).

use clap::{Arg, ArgMatches, Command};
use serde::Serialize;
use truto_user_directory::spec::{EndpointSpec, ParameterSpec, RuleSpec};
use truto_user_directory::{ENDPOINTS, Integration, names};

use crate::args::{id, integration_arg};
use crate::exit::{self, Failure};
use crate::output::print_json;

/// `userdir matrix`.
pub const MATRIX: &str = "matrix";

/// The endpoint argument of `matrix`.
const ENDPOINT: &str = "endpoint";

/// `userdir matrix [ENDPOINT] [--integration NAME]`.
pub fn matrix_command() -> Command {
    Command::new(MATRIX)
        .about("Print what each integration requires and supports, as JSON")
        .long_about(
            "Print what each integration requires and supports, as JSON.\n\n\
             With an endpoint and an integration: what that integration must and may send, its \
             rules and the response fields it fills. With an endpoint alone: each of its \
             integrations with the parameters it requires. With an integration alone: every \
             endpoint it supports. With neither: the endpoints.",
        )
        .arg(
            Arg::new(ENDPOINT)
                .value_name("ENDPOINT")
                .help("An endpoint's dotted name"),
        )
        .arg(integration_arg())
}

#[derive(Serialize)]
struct RuleOut {
    at_least_one_of: &'static [&'static str],
    note: &'static str,
}

impl From<&RuleSpec> for RuleOut {
    fn from(r: &RuleSpec) -> Self {
        RuleOut {
            at_least_one_of: r.at_least_one_of,
            note: r.note,
        }
    }
}

/// The API page counts integrations it does not name.
#[derive(Serialize)]
struct Unnamed {
    /// What it means for a call.
    meaning: &'static str,
    /// The page's count, when it gives one.
    count: Option<u32>,
    /// How many it names.
    named: usize,
    source: &'static str,
}

impl Unnamed {
    fn of(endpoint: &EndpointSpec) -> Option<Unnamed> {
        endpoint.unnamed_integrations.map(|u| Unnamed {
            meaning: "the API page counts integrations it does not name: a call for one it does \
                      not name is sent, with a warning (endpoint_support_unknown)",
            count: u.count,
            named: endpoint.integrations.len(),
            source: u.source,
        })
    }
}

/// Pairs as a JSON object, in their order.
struct Pairs(Vec<(&'static str, String)>);

impl Serialize for Pairs {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

fn wire_names(params: &[&'static ParameterSpec]) -> Vec<&'static str> {
    params.iter().map(|p| p.name).collect()
}

/// One endpoint for one integration.
#[derive(Serialize)]
struct Requirements {
    endpoint: &'static str,
    integration: Integration,
    supported: bool,
    /// The integration is not named, but the page counts some it does not name.
    #[serde(skip_serializing_if = "Option::is_none")]
    unnamed_integrations: Option<Unnamed>,
    method: &'static str,
    path: &'static str,
    /// Wire names of the parameters the integration must set.
    required: Vec<&'static str>,
    /// Wire names of the parameters it accepts without requiring them.
    optional: Vec<&'static str>,
    rules: Vec<RuleOut>,
    /// The API pages' notes about its parameters for this integration, by wire name.
    notes: Pairs,
    /// Facts the spec inferred rather than read, for the parameters it accepts, by wire name.
    assumed: Pairs,
    /// Where the spec learnt that the integration supports the endpoint.
    source: Option<String>,
    /// Sources of parameter entries for the integration that are not on the endpoint's page.
    sources: Pairs,
    response_fields: Vec<&'static str>,
}

fn requirements(endpoint: &'static EndpointSpec, integration: Integration) -> Requirements {
    let r = endpoint.requirements(integration);
    let accepted = || r.required.iter().chain(&r.optional);
    Requirements {
        endpoint: endpoint.name,
        integration,
        supported: r.supported,
        unnamed_integrations: Unnamed::of(endpoint).filter(|_| !r.supported),
        method: endpoint.method.as_str(),
        path: endpoint.path,
        required: wire_names(&r.required),
        optional: wire_names(&r.optional),
        rules: r.rules.iter().map(|rule| RuleOut::from(*rule)).collect(),
        notes: Pairs(
            accepted()
                .filter_map(|p| p.note_for(integration).map(|n| (p.name, n.to_string())))
                .collect(),
        ),
        assumed: Pairs(
            accepted()
                .filter(|p| !p.assumed.is_empty())
                .map(|p| (p.name, p.assumed.join(", ")))
                .collect(),
        ),
        source: r
            .supported
            .then(|| integration_source(endpoint, integration))
            .flatten(),
        sources: parameter_sources(endpoint, integration),
        response_fields: r.response_fields.clone(),
    }
}

/// The generated support matrix, for what the compiled tables do not carry: where each fact
/// comes from (`integration_sources`, parameter `sources`, the endpoint's page).
const SUPPORT_MATRIX: &str = include_str!("../../../generated/support-matrix.json");

fn support_matrix() -> &'static serde_json::Value {
    static PARSED: std::sync::OnceLock<serde_json::Value> = std::sync::OnceLock::new();
    PARSED.get_or_init(|| serde_json::from_str(SUPPORT_MATRIX).unwrap_or_default())
}

fn endpoint_json(endpoint: &EndpointSpec) -> Option<&'static serde_json::Value> {
    support_matrix()["endpoints"]
        .as_array()?
        .iter()
        .find(|e| e["name"] == endpoint.name)
}

/// Where the spec learnt that `integration` supports `endpoint`: a newer or older page named in
/// `integration_sources`, else the endpoint's own page.
fn integration_source(endpoint: &EndpointSpec, integration: Integration) -> Option<String> {
    let e = endpoint_json(endpoint)?;
    e["integration_sources"][integration.name()]
        .as_str()
        .or_else(|| e["source"].as_str())
        .map(str::to_string)
}

/// The sources of the parameters' entries for `integration` that are not on the endpoint's page.
fn parameter_sources(endpoint: &EndpointSpec, integration: Integration) -> Pairs {
    let Some(params) = endpoint_json(endpoint).and_then(|e| e["parameters"].as_array()) else {
        return Pairs(Vec::new());
    };
    Pairs(
        endpoint
            .parameters
            .iter()
            .filter_map(|p| {
                let json = params.iter().find(|j| j["name"] == p.name)?;
                let source = json["sources"][integration.name()].as_str()?;
                Some((p.name, source.to_string()))
            })
            .collect(),
    )
}

/// One integration in an endpoint's list.
#[derive(Serialize)]
struct IntegrationEntry {
    integration: Integration,
    /// Where the spec learnt that the integration supports the endpoint.
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<String>,
    required: Vec<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    rules: Vec<RuleOut>,
}

/// One endpoint with all its integrations.
#[derive(Serialize)]
struct EndpointMatrix {
    endpoint: &'static str,
    summary: &'static str,
    method: &'static str,
    path: &'static str,
    idempotent: bool,
    irreversible: bool,
    /// What the page says to use instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    deprecated: Option<&'static str>,
    response_formats: Vec<&'static str>,
    /// The page counts integrations it does not name (`integrations` lists those it names).
    #[serde(skip_serializing_if = "Option::is_none")]
    unnamed_integrations: Option<Unnamed>,
    integrations: Vec<IntegrationEntry>,
}

fn endpoint_matrix(endpoint: &'static EndpointSpec) -> EndpointMatrix {
    EndpointMatrix {
        endpoint: endpoint.name,
        summary: endpoint.summary,
        method: endpoint.method.as_str(),
        path: endpoint.path,
        idempotent: endpoint.idempotent,
        irreversible: endpoint.irreversible,
        deprecated: endpoint.deprecated.map(|d| d.note),
        response_formats: endpoint.response_format_names(),
        unnamed_integrations: Unnamed::of(endpoint),
        integrations: endpoint
            .integrations
            .iter()
            .map(|&i| {
                let r = endpoint.requirements(i);
                IntegrationEntry {
                    integration: i,
                    source: integration_source(endpoint, i),
                    required: wire_names(&r.required),
                    rules: r.rules.iter().map(|rule| RuleOut::from(*rule)).collect(),
                }
            })
            .collect(),
    }
}

/// One endpoint in an integration's list.
#[derive(Serialize)]
struct EndpointEntry {
    endpoint: &'static str,
    method: &'static str,
    path: &'static str,
    required: Vec<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    rules: Vec<RuleOut>,
}

/// Every endpoint one integration supports.
#[derive(Serialize)]
struct IntegrationMatrix {
    integration: Integration,
    slug: &'static str,
    endpoints: Vec<EndpointEntry>,
}

fn integration_matrix(integration: Integration) -> IntegrationMatrix {
    IntegrationMatrix {
        integration,
        slug: integration.slug(),
        endpoints: integration
            .endpoints()
            .map(|e| {
                let r = e.requirements(integration);
                EndpointEntry {
                    endpoint: e.name,
                    method: e.method.as_str(),
                    path: e.path,
                    required: wire_names(&r.required),
                    rules: r.rules.iter().map(|rule| RuleOut::from(*rule)).collect(),
                }
            })
            .collect(),
    }
}

/// One endpoint in the overview.
#[derive(Serialize)]
struct Overview {
    endpoint: &'static str,
    summary: &'static str,
    method: &'static str,
    path: &'static str,
    integrations: usize,
}

#[derive(Serialize)]
struct Overviews {
    endpoints: Vec<Overview>,
}

fn overview() -> Overviews {
    Overviews {
        endpoints: ENDPOINTS
            .iter()
            .map(|e| Overview {
                endpoint: e.name,
                summary: e.summary,
                method: e.method.as_str(),
                path: e.path,
                integrations: e.integrations.len(),
            })
            .collect(),
    }
}

/// The endpoint named `input` (case and punctuation ignored), or a usage error with the nearest
/// name.
fn find_endpoint(input: &str) -> Result<&'static EndpointSpec, Failure> {
    let wanted = names::normalize(input);
    if let Some(e) = ENDPOINTS
        .iter()
        .copied()
        .find(|e| names::normalize(e.name) == wanted)
    {
        return Ok(e);
    }
    let all: Vec<&str> = ENDPOINTS.iter().map(|e| e.name).collect();
    let mut message = format!("unknown endpoint {input:?}");
    if let Some(near) = names::nearest(input, all.iter().copied()) {
        message.push_str(&format!(" (did you mean {near:?}?)"));
    }
    message.push_str(&format!("; known endpoints: {}", all.join(", ")));
    Err(Failure::new(exit::USAGE, message))
}

/// Prints the matrix `matches` asks for.
pub fn run(matches: &ArgMatches) -> Result<u8, Failure> {
    let endpoint = matches
        .try_get_one::<String>(ENDPOINT)
        .map_err(Failure::flag)?
        .map(|name| find_endpoint(name))
        .transpose()?;
    let integration = matches
        .try_get_one::<Integration>(id::INTEGRATION)
        .map_err(Failure::flag)?
        .copied();
    match (endpoint, integration) {
        (Some(e), Some(i)) => print_json(&requirements(e, i))?,
        (Some(e), None) => print_json(&endpoint_matrix(e))?,
        (None, Some(i)) => print_json(&integration_matrix(i))?,
        (None, None) => print_json(&overview())?,
    }
    Ok(exit::OK)
}
