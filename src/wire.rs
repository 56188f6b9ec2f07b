//! The bytes on the wire, exactly as the API expects them
//! (<https://truto.one/docs/api-reference/overview/querying>): query objects as `a[b]=c` (nested
//! `a[b][c]=d`), arrays of scalars as `a[]=x`, arrays of objects indexed (`a[0][k]=v`,
//! unambiguous for several items, as Truto's TypeScript SDK sends arrays,
//! <https://github.com/trutohq/truto-ts-sdk>, `src/apiClient.ts`), booleans `true`/`false`;
//! each path parameter one percent-encoded segment; JSON bodies with the body parameters.
//!
//! Everything is written straight into one `String` (or one byte buffer for the body) from the
//! request's borrowed fields.

use std::borrow::Cow;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::ser::{SerializeMap, Serializer};
use serde_json::Value;

use crate::spec::{EndpointSpec, Location};
use crate::value::{Field, FieldValue, blank};

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

/// RFC 3986 unreserved characters (`A-Z a-z 0-9 - . _ ~`), by byte.
static UNRESERVED: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.' | b'_' | b'~');
        b += 1;
    }
    table
};

fn unreserved(s: &str) -> bool {
    s.bytes().all(|b| UNRESERVED[usize::from(b)])
}

fn push_encoded(out: &mut String, s: &str) {
    // Ids, UUIDs and names are mostly unreserved characters: copy those in one go.
    if unreserved(s) {
        out.push_str(s);
        return;
    }
    for chunk in utf8_percent_encode(s, COMPONENT) {
        out.push_str(chunk);
    }
}

/// A path parameter that cannot be sent as one segment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathError {
    /// The parameter's wire name.
    pub parameter: &'static str,
    /// Why.
    pub message: String,
}

/// A boolean as the API reads it in a path or query.
fn bool_text(b: bool) -> &'static str {
    if b { "true" } else { "false" }
}

fn scalar_text<'a>(v: &FieldValue<'a>) -> Option<Cow<'a, str>> {
    match *v {
        FieldValue::Text(s) => Some(Cow::Borrowed(s)),
        FieldValue::Bool(b) => Some(Cow::Borrowed(bool_text(b))),
        FieldValue::Int(n) => Some(Cow::Owned(n.to_string())),
        FieldValue::Json(Value::String(s)) => Some(Cow::Borrowed(s)),
        FieldValue::Json(Value::Bool(b)) => Some(Cow::Borrowed(bool_text(*b))),
        FieldValue::Json(Value::Number(n)) => Some(Cow::Owned(n.to_string())),
        _ => None,
    }
}

/// Appends the endpoint's path, with every `{param}` replaced by its value as one encoded
/// segment, to `out`.
pub fn write_path(
    endpoint: &EndpointSpec,
    fields: &[Field<'_>],
    out: &mut String,
) -> Result<(), PathError> {
    let mut rest = endpoint.path;
    // Bytes, not `str::find`: a path is a few dozen ASCII bytes, and a plain loop is less code
    // for a call to run through than the general character search.
    while let Some(open) = rest.bytes().position(|b| b == b'{') {
        let close = rest.as_bytes()[open..]
            .iter()
            .position(|&b| b == b'}')
            .map_or(rest.len(), |c| open + c);
        out.push_str(&rest[..open]);
        let name = &rest[open + 1..close];
        // Looked up only for an error: a call touches no other parameter's entry.
        let parameter = || endpoint.parameter(name).map_or("", |p| p.name);
        let value = fields
            .iter()
            .find(|f| f.spec.location == Location::Path && f.spec.name == name)
            .and_then(|f| scalar_text(&f.value))
            .unwrap_or_default();
        if blank(&value) {
            return Err(PathError {
                parameter: parameter(),
                message: format!("path parameter `{name}` is empty"),
            });
        }
        // URL parsers resolve `.` and `..` segments (even percent-encoded), which would change
        // the path: such an id cannot be addressed.
        if value == "." || value == ".." {
            return Err(PathError {
                parameter: parameter(),
                message: format!(
                    "path parameter `{name}` is {value:?}, which URL parsers treat as a relative path segment: no user can be addressed by it"
                ),
            });
        }
        push_encoded(out, &value);
        rest = rest.get(close + 1..).unwrap_or_default();
    }
    out.push_str(rest);
    Ok(())
}

/// The endpoint's path with every `{param}` replaced by its value as one encoded segment.
pub fn path(endpoint: &EndpointSpec, fields: &[Field<'_>]) -> Result<String, PathError> {
    let mut out = String::with_capacity(endpoint.path.len() + 32);
    write_path(endpoint, fields, &mut out)?;
    Ok(out)
}

/// Writes `key=value` pairs for one query value, `&`-separated, after whatever `out` holds.
struct Query<'o> {
    out: &'o mut String,
    /// Where this query starts in `out` (nothing before it is a pair).
    start: usize,
}

impl Query<'_> {
    fn pair(&mut self, key: &str, value: &str) {
        if self.out.len() > self.start {
            self.out.push('&');
        }
        self.out.push_str(key);
        self.out.push('=');
        push_encoded(self.out, value);
    }

    /// The pairs of a parameter: its wire name encoded (copied only when it needs encoding).
    fn top(&mut self, name: &str, value: &FieldValue<'_>) {
        if unreserved(name) {
            self.field(name, value);
        } else {
            self.field(&encode(name), value);
        }
    }

    fn object(&mut self, key: &str, map: &serde_json::Map<String, Value>) {
        for (k, v) in map {
            self.json(&format!("{key}[{}]", encode(k)), v);
        }
    }

    fn json(&mut self, key: &str, value: &Value) {
        match value {
            Value::Null => {}
            Value::Object(map) => self.object(key, map),
            Value::Array(items) => {
                let nested = items.iter().any(|i| i.is_object() || i.is_array());
                for (n, item) in items.iter().enumerate() {
                    if nested {
                        self.json(&format!("{key}[{n}]"), item);
                    } else {
                        self.json(&format!("{key}[]"), item);
                    }
                }
            }
            Value::String(s) => self.pair(key, s),
            Value::Bool(b) => self.pair(key, bool_text(*b)),
            Value::Number(n) => self.pair(key, &n.to_string()),
        }
    }

    fn field(&mut self, key: &str, value: &FieldValue<'_>) {
        match *value {
            FieldValue::Text(s) => self.pair(key, s),
            FieldValue::Bool(b) => self.pair(key, bool_text(b)),
            FieldValue::Int(n) => self.pair(key, &n.to_string()),
            FieldValue::Texts(items) => {
                let key = format!("{key}[]");
                for item in items {
                    self.pair(&key, item);
                }
            }
            FieldValue::Object(map) => self.object(key, map),
            FieldValue::Items(items) => self.json(key, &Value::Array(items.to_json())),
            FieldValue::Json(v) => self.json(key, v),
        }
    }
}

/// Appends the query string (without `?`) of the query parameters, in spec order, to `out`.
pub fn write_query(fields: &[Field<'_>], out: &mut String) {
    let start = out.len();
    let mut query = Query { out, start };
    for f in fields.iter().filter(|f| f.spec.location == Location::Query) {
        query.top(f.spec.name, &f.value);
    }
}

/// The query string (without `?`) of the query parameters, in spec order.
pub fn query(fields: &[Field<'_>]) -> String {
    let mut out = String::new();
    write_query(fields, &mut out);
    out
}

/// The complete URL: `base`, the path and (when there is one) the query.
pub fn url(base: &str, endpoint: &EndpointSpec, fields: &[Field<'_>]) -> Result<String, PathError> {
    let mut out = String::with_capacity(base.len() + endpoint.path.len() + 128);
    out.push_str(base);
    write_path(endpoint, fields, &mut out)?;
    let mark = out.len();
    out.push('?');
    write_query(fields, &mut out);
    if out.len() == mark + 1 {
        out.truncate(mark);
    }
    Ok(out)
}

/// The most bytes a request URL may have. The HTTP stack (the `http` crate's `Uri`, which
/// reqwest and hyper send) refuses a URI of `u16::MAX - 1` = 65,534 bytes or more; this is half
/// of it, which leaves room for what the stack adds and is still far beyond any URL the API
/// needs. A longer URL is refused before anything is sent
/// ([`Error::UrlTooLong`](crate::Error::UrlTooLong)), never retried as a network failure.
pub const MAX_URL_BYTES: usize = 32 * 1024;

/// How many bytes each set path and query parameter adds to the URL (its wire name and
/// percent-encoded value), longest first: what to name when a URL is too long.
pub fn url_lengths(fields: &[Field<'_>]) -> Vec<(&'static str, usize)> {
    let mut lengths: Vec<(&'static str, usize)> = fields
        .iter()
        .filter_map(|f| match f.spec.location {
            Location::Path => Some((
                f.spec.name,
                scalar_text(&f.value).map_or(0, |v| encode(&v).len()),
            )),
            Location::Query => {
                let mut out = String::new();
                Query {
                    out: &mut out,
                    start: 0,
                }
                .top(f.spec.name, &f.value);
                Some((f.spec.name, out.len()))
            }
            _ => None,
        })
        .collect();
    lengths.sort_by_key(|(_, bytes)| std::cmp::Reverse(*bytes));
    lengths
}

/// The JSON body of the body parameters that are set, or `None` when the endpoint takes no body.
pub fn body_bytes(endpoint: &EndpointSpec, fields: &[Field<'_>]) -> Option<Vec<u8>> {
    if !endpoint.takes_body() {
        return None;
    }
    let mut out = Vec::with_capacity(64);
    let mut ser = serde_json::Serializer::new(&mut out);
    let body = fields.iter().filter(|f| f.spec.location == Location::Body);
    // Serializing string keys and `FieldValue`s into a Vec cannot fail.
    let written = (|| {
        let mut map = ser.serialize_map(None)?;
        for f in body {
            map.serialize_entry(f.spec.name, &f.value)?;
        }
        map.end()
    })();
    written.ok().map(|()| out)
}

/// The JSON body as a value (for dry runs and tests), or `None` when the endpoint takes no body.
pub fn body(endpoint: &EndpointSpec, fields: &[Field<'_>]) -> Option<Value> {
    body_bytes(endpoint, fields).and_then(|b| serde_json::from_slice(&b).ok())
}
