//! The bytes on the wire, exactly as the API expects them (truto-api-facts §4.2):
//! query objects as `a[b]=c` (nested `a[b][c]=d`), arrays of scalars as `a[]=x`, arrays of
//! objects indexed (`a[0][k]=v`, unambiguous for several items), booleans `true`/`false`;
//! each path parameter one percent-encoded segment; JSON bodies with the body parameters.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde_json::{Map, Value};

use crate::spec::{EndpointSpec, Location};
use crate::validate::WireField;

/// Everything but RFC 3986 unreserved characters is encoded, in path segments and in query
/// keys and values alike: `/`, `?`, `#`, `%`, `&`, `=`, `+`, brackets and spaces never change the
/// structure of the URL.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// `s` percent-encoded as one path segment or query component.
pub fn encode(s: &str) -> String {
    utf8_percent_encode(s, COMPONENT).to_string()
}

/// A path parameter that cannot be sent as one segment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathError {
    /// The parameter's wire name.
    pub parameter: &'static str,
    /// Why.
    pub message: String,
}

fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The endpoint's path with every `{param}` replaced by its value as one encoded segment.
pub fn path(endpoint: &EndpointSpec, fields: &[WireField]) -> Result<String, PathError> {
    let mut out = endpoint.path.to_string();
    for p in endpoint
        .parameters
        .iter()
        .filter(|p| p.location == Location::Path)
    {
        let value = fields
            .iter()
            .find(|f| f.spec.name == p.name)
            .and_then(|f| scalar(&f.value))
            .unwrap_or_default();
        if value.trim().is_empty() {
            return Err(PathError {
                parameter: p.name,
                message: format!("path parameter `{}` is empty", p.name),
            });
        }
        // URL parsers resolve `.` and `..` segments (even percent-encoded), which would change
        // the path: such an id cannot be addressed.
        if value == "." || value == ".." {
            return Err(PathError {
                parameter: p.name,
                message: format!(
                    "path parameter `{}` is {value:?}, which URL parsers treat as a relative path segment: no user can be addressed by it",
                    p.name
                ),
            });
        }
        out = out.replace(&format!("{{{}}}", p.name), &encode(&value));
    }
    Ok(out)
}

fn push_pairs(key: &str, value: &Value, out: &mut Vec<(String, String)>) {
    match value {
        Value::Null => {}
        Value::Object(map) => {
            for (k, v) in map {
                push_pairs(&format!("{key}[{}]", encode(k)), v, out);
            }
        }
        Value::Array(items) => {
            let nested = items.iter().any(|i| i.is_object() || i.is_array());
            for (n, item) in items.iter().enumerate() {
                let k = if nested {
                    format!("{key}[{n}]")
                } else {
                    format!("{key}[]")
                };
                push_pairs(&k, item, out);
            }
        }
        other => {
            if let Some(s) = scalar(other) {
                out.push((key.to_string(), encode(&s)));
            }
        }
    }
}

/// The query string (without `?`) of the query parameters, in spec order.
pub fn query(fields: &[WireField]) -> String {
    let mut pairs = Vec::new();
    for f in fields.iter().filter(|f| f.spec.location == Location::Query) {
        push_pairs(&encode(f.spec.name), &f.value, &mut pairs);
    }
    pairs
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&")
}

/// The JSON body: the body parameters that are set, or `None` when the endpoint takes no body.
pub fn body(endpoint: &EndpointSpec, fields: &[WireField]) -> Option<Value> {
    if !endpoint
        .parameters
        .iter()
        .any(|p| p.location == Location::Body)
    {
        return None;
    }
    let map: Map<String, Value> = fields
        .iter()
        .filter(|f| f.spec.location == Location::Body)
        .map(|f| (f.spec.name.to_string(), f.value.clone()))
        .collect();
    Some(Value::Object(map))
}
