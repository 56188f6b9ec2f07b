//! A call to an endpoint of account scope once it passed validation, and what every endpoint's
//! answer reads from it: its parameters' values and the answers shared by all.

use serde_json::Value;

use super::http::Answer;
use super::parse::{self, field};
use crate::Integration;
use crate::spec::{EndpointSpec, Location, ParamRole, ParameterSpec};
use crate::validate::WireField;

/// A request to an endpoint of account scope, once it passed validation.
pub(super) struct Call<'a> {
    pub(super) endpoint: &'static EndpointSpec,
    pub(super) account_id: &'a str,
    pub(super) integration: Integration,
    pub(super) parsed: &'a parse::Parsed,
}

impl Call<'_> {
    pub(super) fn fields(&self) -> &[WireField] {
        &self.parsed.fields
    }

    /// The value of the query parameter `name`, declared by the endpoint or not.
    pub(super) fn query_value(&self, name: &str) -> Option<String> {
        match field(self.fields(), name) {
            Some(Value::String(s)) => Some(s.clone()),
            Some(other) => Some(other.to_string()),
            None => self.parsed.unknown_value(name).map(str::to_string),
        }
        .filter(|v| !v.trim().is_empty())
    }

    /// The text the request gives `param`, when it is set and not blank.
    pub(super) fn text(&self, param: &ParameterSpec) -> Option<String> {
        field(self.fields(), param.name)
            .and_then(Value::as_str)
            .filter(|s| !s.trim().is_empty())
            .map(str::to_string)
    }

    /// The text the request gives `param`, or the 400 of a request that names no `what`.
    pub(super) fn required_text(
        &self,
        param: &ParameterSpec,
        what: &str,
    ) -> Result<String, Answer> {
        self.text(param).ok_or_else(|| {
            let message = format!(
                "{} names no {what}: set the {} parameter `{}`",
                self.endpoint.name,
                param.location.as_str(),
                param.name
            );
            Answer::error(400, message, false)
        })
    }

    /// The text of the endpoint's last path parameter (the id of what it acts on), if it has
    /// one.
    pub(super) fn path_id(&self) -> Option<String> {
        let param = (self.endpoint.parameters.iter()).rfind(|p| p.location == Location::Path)?;
        self.text(param)
    }

    /// The answer of an account the server does not have (any more).
    pub(super) fn account_not_found(&self) -> Answer {
        let message = format!("integrated account {} not found", self.account_id);
        Answer::error(404, message, false)
    }
}

/// `value` without the fields `fields` ask to exclude (the parameter with
/// [`ParamRole::ExcludeFields`]).
pub(super) fn without_excluded(value: Value, fields: &[WireField]) -> Value {
    let Value::Object(mut map) = value else {
        return value;
    };
    if let Some(Value::Array(excluded)) = fields
        .iter()
        .find(|f| f.spec.role == Some(ParamRole::ExcludeFields))
        .map(|f| &f.value)
    {
        for name in excluded.iter().filter_map(Value::as_str) {
            map.remove(name);
        }
    }
    Value::Object(map)
}
