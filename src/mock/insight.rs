//! `truto_error_insight`, the part of a 400 that says what a request lacked, by kind: built
//! from a validation report, or from the query parameters an account needs to list.

use serde_json::{Map, Value, json};

use super::http::Answer;
use crate::spec::Location;
use crate::validate::{Rule, ValidationReport};

/// The insight key and description of required query parameters that are missing.
pub(super) const MISSING_QUERY: (&str, &str) = (
    "missing_required_query_parameters",
    "Query parameters that are required and missing",
);

/// `truto_error_insight` for a validation report: the missing and conditionally required
/// parameters by location.
pub(super) fn insight(report: &ValidationReport) -> Map<String, Value> {
    let mut groups: Vec<(&'static str, &'static str, Vec<String>)> = Vec::new();
    for violation in report.errors() {
        let key = match (violation.rule, violation.location) {
            (Rule::Required | Rule::RequiredInIntegration, Some(Location::Query)) => MISSING_QUERY,
            (Rule::Required | Rule::RequiredInIntegration, Some(Location::Body)) => (
                "missing_required_body_fields",
                "Body fields that are required and missing",
            ),
            (Rule::AtLeastOneOf, Some(Location::Query)) => (
                "conditionally_required_query_parameters",
                "At least one of these query parameters is required",
            ),
            (Rule::AtLeastOneOf, Some(Location::Body)) => (
                "conditionally_required_body_fields",
                "At least one of these body fields is required",
            ),
            _ => continue,
        };
        let names = violation
            .wire_name
            .iter()
            .flat_map(|n| n.split(" | "))
            .map(str::to_string);
        match groups.iter_mut().find(|(k, _, _)| *k == key.0) {
            Some((_, _, values)) => {
                for name in names {
                    if !values.contains(&name) {
                        values.push(name);
                    }
                }
            }
            None => groups.push((key.0, key.1, names.collect())),
        }
    }
    insight_map(groups)
}

/// `truto_error_insight` from (key, description, names) groups.
pub(super) fn insight_map(
    groups: Vec<(&'static str, &'static str, Vec<String>)>,
) -> Map<String, Value> {
    groups
        .into_iter()
        .map(|(key, description, values)| {
            (
                key.to_string(),
                json!({"description": description, "value": values}),
            )
        })
        .collect()
}

/// A 400 whose `truto_error_insight` carries `insight`, when it says anything.
pub(super) fn rejected(message: String, insight: Map<String, Value>) -> Answer {
    let mut error = Answer::error(400, message, false);
    if !insight.is_empty()
        && let Value::Object(body) = &mut error.body
    {
        body.insert("truto_error_insight".into(), Value::Object(insight));
    }
    error
}
