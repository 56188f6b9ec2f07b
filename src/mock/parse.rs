//! A request back into the [`WireField`]s the client encoded it from: the inverse of
//! [`crate::wire`]. Nothing here names an endpoint or a parameter; everything comes from the
//! endpoint's [`EndpointSpec`].
//!
//! Problems are collected, not returned at the first one, so that a malformed request still
//! yields whatever fields could be read (the integrated account above all, which the rate limit
//! needs).

use std::collections::BTreeMap;

use percent_encoding::percent_decode_str;
use serde_json::{Map, Value};

use crate::spec::{EndpointSpec, Location, ParamRole, ParamType, ParameterSpec, SubFieldType};
use crate::validate::WireField;

/// Truto's own route that tells which integration an integrated account uses.
pub(crate) const LOOKUP_PREFIX: &str = "/integrated-account/";

/// Path placeholders of a matched route: (name, decoded value).
pub(crate) type Captures = Vec<(&'static str, String)>;

/// Where a request goes.
#[derive(Debug)]
pub(crate) enum Route {
    /// One of the spec's endpoints, with its path placeholders (name, decoded value).
    Endpoint {
        endpoint: &'static EndpointSpec,
        captures: Captures,
    },
    /// `GET /integrated-account/{id}`, with the decoded id.
    Lookup(String),
    /// A known path with another method: the methods it takes.
    MethodNotAllowed(Vec<&'static str>),
    /// A path that is not UTF-8 once decoded.
    BadPath(String),
    /// Nothing here.
    NotFound,
}

/// `s` percent-decoded (with `+` as a space, as forms encode it).
fn decode(s: &str) -> Result<String, String> {
    let spaced = s.replace('+', " ");
    percent_decode_str(&spaced)
        .decode_utf8()
        .map(|c| c.into_owned())
        .map_err(|_| format!("{s:?} is not UTF-8 once percent-decoded"))
}

fn placeholder(segment: &str) -> Option<&str> {
    segment.strip_prefix('{')?.strip_suffix('}')
}

/// The route of `method` + `path` (the raw, still percent-encoded path).
pub(crate) fn route(method: &str, path: &str) -> Route {
    let Some(rest) = path.strip_prefix('/') else {
        return Route::NotFound;
    };
    let mut segments = Vec::new();
    for raw in rest.split('/') {
        match decode_segment(raw) {
            Ok(s) => segments.push(s),
            Err(e) => return Route::BadPath(format!("path segment {e}")),
        }
    }
    if let Some(id) = path.strip_prefix(LOOKUP_PREFIX)
        && !id.is_empty()
        && !id.contains('/')
    {
        return match method {
            "GET" => match decode_segment(id) {
                Ok(id) => Route::Lookup(id),
                Err(e) => Route::BadPath(format!("integrated account id {e}")),
            },
            _ => Route::MethodNotAllowed(vec!["GET"]),
        };
    }
    // Every endpoint whose template matches, with which of its segments are literal: a
    // literal segment beats a placeholder at the first position where they differ.
    let mut matches: Vec<(Vec<bool>, &'static EndpointSpec, Captures)> = Vec::new();
    for endpoint in crate::ENDPOINTS.iter().copied() {
        let template: Vec<&str> = endpoint.path.trim_start_matches('/').split('/').collect();
        if template.len() != segments.len() {
            continue;
        }
        let mut literal = Vec::with_capacity(template.len());
        let mut captures = Vec::new();
        let matched = template.iter().zip(&segments).all(|(t, s)| {
            if let Some(name) = placeholder(t) {
                literal.push(false);
                captures.push((name, s.clone()));
                !s.is_empty()
            } else {
                literal.push(true);
                t == s
            }
        });
        if matched {
            matches.push((literal, endpoint, captures));
        }
    }
    let allowed: Vec<&'static str> = matches.iter().map(|(_, e, _)| e.method.as_str()).collect();
    let best = matches
        .into_iter()
        .filter(|(_, e, _)| e.method.as_str() == method)
        .max_by(|a, b| a.0.cmp(&b.0));
    match best {
        Some((_, endpoint, captures)) => Route::Endpoint { endpoint, captures },
        None if allowed.is_empty() => Route::NotFound,
        None => Route::MethodNotAllowed(allowed),
    }
}

/// A path segment percent-decoded (`+` stays a `+` in paths).
fn decode_segment(raw: &str) -> Result<String, String> {
    percent_decode_str(raw)
        .decode_utf8()
        .map(|c| c.into_owned())
        .map_err(|_| format!("{raw:?} is not UTF-8 once percent-decoded"))
}

/// The value of the field named `name`, if set.
pub(crate) fn field<'a>(fields: &'a [WireField], name: &str) -> Option<&'a Value> {
    fields
        .iter()
        .find(|f| f.spec.name == name)
        .map(|f| &f.value)
}

/// What could be read from a request, and what could not.
#[derive(Debug, Default)]
pub(crate) struct Parsed {
    /// The fields, in the endpoint's parameter order.
    pub fields: Vec<WireField>,
    /// Everything malformed or unknown, one sentence each.
    pub problems: Vec<String>,
    /// Query parameters the endpoint does not declare, with their (first) value: a problem
    /// unless [`Parsed::refuse_unknown`] is told to allow them.
    pub unknown_query: Vec<(String, String)>,
}

impl Parsed {
    /// The value of the parameter that plays `role`, if set.
    pub fn value_with_role(&self, role: ParamRole) -> Option<&Value> {
        self.fields
            .iter()
            .find(|f| f.spec.role == Some(role))
            .map(|f| &f.value)
    }

    /// Turns the unknown query parameters into a problem, except those named in `allowed`.
    pub fn refuse_unknown(&mut self, endpoint: &'static EndpointSpec, allowed: &[String]) {
        let unknown: Vec<String> = self
            .unknown_query
            .iter()
            .map(|(name, _)| name)
            .filter(|name| !allowed.contains(name))
            .cloned()
            .collect();
        if !unknown.is_empty() {
            self.problems
                .push(unknown_message(endpoint, Location::Query, &unknown));
        }
    }

    /// The value of the query parameter `name` the endpoint does not declare, if given.
    pub fn unknown_value(&self, name: &str) -> Option<&str> {
        self.unknown_query
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn push(&mut self, endpoint: &'static EndpointSpec, field: WireField) {
        let index = |f: &WireField| {
            endpoint
                .parameters
                .iter()
                .position(|p| std::ptr::eq(*p, f.spec))
                .unwrap_or(usize::MAX)
        };
        let at = index(&field);
        let pos = self.fields.partition_point(|f| index(f) <= at);
        self.fields.insert(pos, field);
    }
}

/// Reads everything from a request to `endpoint`: path placeholders, query and JSON body.
/// Unknown query parameters are set aside, not refused: see [`Parsed::refuse_unknown`].
pub(crate) fn request(
    endpoint: &'static EndpointSpec,
    captures: &[(&'static str, String)],
    query: &str,
    body: &[u8],
) -> Parsed {
    let mut parsed = Parsed::default();
    path_fields(endpoint, captures, &mut parsed);
    read_query(endpoint, query, &mut parsed);
    body_fields(endpoint, body, &mut parsed);
    parsed
}

/// The path placeholders as fields.
pub(crate) fn path_fields(
    endpoint: &'static EndpointSpec,
    captures: &[(&'static str, String)],
    out: &mut Parsed,
) {
    for (name, value) in captures {
        if let Some(spec) = endpoint
            .parameters
            .iter()
            .find(|p| p.name == *name && p.location == Location::Path)
        {
            out.push(
                endpoint,
                WireField {
                    spec,
                    value: Value::String(value.clone()),
                },
            );
        }
    }
}

/// `s`, cut short when it is too long to echo back whole.
fn clip(s: &str) -> String {
    const SHOWN: usize = 64;
    match s.char_indices().nth(SHOWN) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s.to_string(),
    }
}

/// The deepest bracket nesting a query key may have.
const MAX_DEPTH: usize = 32;

/// A query key split into its name and bracketed segments, all decoded:
/// `a[b][]` → (`a`, [`b`, ``]).
struct Key {
    name: String,
    segments: Vec<String>,
    raw: String,
}

fn split_brackets(key: &str) -> Option<(&str, Vec<&str>)> {
    let (name, mut rest) = match key.find('[') {
        Some(i) => (&key[..i], &key[i..]),
        None => (key, ""),
    };
    let mut segments = Vec::new();
    while !rest.is_empty() {
        let inner = rest.strip_prefix('[')?;
        let end = inner.find(']')?;
        let segment = &inner[..end];
        if segment.contains('[') {
            return None;
        }
        segments.push(segment);
        rest = &inner[end + 1..];
    }
    Some((name, segments))
}

/// Brackets written as such are structure and encoded ones (`%5B`) are content, as the client
/// writes keys; a key with no literal bracket is decoded first, for clients that encode the
/// structure too.
fn parse_key(raw: &str) -> Result<Key, String> {
    let malformed = || {
        format!(
            "query key {raw:?} is malformed: use `name`, `name[]`, `name[0][field]` or `name[key]`"
        )
    };
    let key = if raw.contains('[') || raw.contains(']') {
        let (name, segments) = split_brackets(raw).ok_or_else(malformed)?;
        Key {
            name: decode(name)?,
            segments: segments.into_iter().map(decode).collect::<Result<_, _>>()?,
            raw: decode(raw)?,
        }
    } else {
        let decoded = decode(raw)?;
        let (name, segments) = split_brackets(&decoded).ok_or_else(malformed)?;
        Key {
            name: name.to_string(),
            segments: segments.into_iter().map(str::to_string).collect(),
            raw: decoded.clone(),
        }
    };
    if key.name.is_empty() {
        return Err(malformed());
    }
    if key.segments.len() > MAX_DEPTH {
        return Err(format!(
            "query key `{}[…]` is nested more than {MAX_DEPTH} levels deep",
            clip(&key.name)
        ));
    }
    Ok(key)
}

/// The query parameters as fields; unknown names, repeated scalars, non-boolean booleans and
/// malformed keys are problems.
#[cfg(test)]
fn query_fields(endpoint: &'static EndpointSpec, query: &str, out: &mut Parsed) {
    read_query(endpoint, query, out);
    out.refuse_unknown(endpoint, &[]);
}

/// The query parameters as fields; repeated scalars, non-boolean booleans and malformed keys are
/// problems, unknown names are kept in [`Parsed::unknown_query`].
fn read_query(endpoint: &'static EndpointSpec, query: &str, out: &mut Parsed) {
    // Pairs grouped by parameter name, in order of first appearance.
    let mut groups: Vec<(String, Vec<(Key, String)>)> = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let key = match parse_key(raw_key) {
            Ok(k) => k,
            Err(e) => {
                out.problems.push(e);
                continue;
            }
        };
        let value = match decode(raw_value) {
            Ok(v) => v,
            Err(e) => {
                out.problems
                    .push(format!("the value of query key {:?}: {e}", key.raw));
                continue;
            }
        };
        match groups.iter_mut().find(|(n, _)| *n == key.name) {
            Some((_, entries)) => entries.push((key, value)),
            None => groups.push((key.name.clone(), vec![(key, value)])),
        }
    }
    for (name, entries) in groups {
        let Some(spec) = endpoint
            .parameters
            .iter()
            .find(|p| p.name == name && p.location == Location::Query)
        else {
            let value = entries
                .into_iter()
                .next()
                .map(|(_, v)| v)
                .unwrap_or_default();
            out.unknown_query.push((name, value));
            continue;
        };
        match query_value(spec, &entries) {
            Ok(value) => out.push(endpoint, WireField { spec, value }),
            Err(e) => out.problems.push(e),
        }
    }
}

fn unknown_message(endpoint: &EndpointSpec, location: Location, unknown: &[String]) -> String {
    let what = match location {
        Location::Body => "body field",
        _ => "query parameter",
    };
    let names: Vec<String> = unknown
        .iter()
        .map(|n| match endpoint.parameter(n) {
            Some(p) => format!(
                "`{n}` (a {} parameter of {}, not a {what})",
                p.location.as_str(),
                endpoint.name
            ),
            None => format!("`{}`", clip(n)),
        })
        .collect();
    let known: Vec<&str> = endpoint
        .parameters
        .iter()
        .filter(|p| p.location == location)
        .map(|p| p.name)
        .collect();
    format!(
        "unknown {what}{} {} on {} (known: {})",
        if unknown.len() == 1 { "" } else { "s" },
        names.join(", "),
        endpoint.name,
        if known.is_empty() {
            "none".to_string()
        } else {
            known.join(", ")
        }
    )
}

fn index(segment: &str) -> Option<usize> {
    if segment.is_empty() || !segment.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    segment.parse().ok()
}

fn boolean(spec_name: &str, value: &str) -> Result<Value, String> {
    match value {
        "true" => Ok(Value::Bool(true)),
        "false" => Ok(Value::Bool(false)),
        other => Err(format!(
            "`{spec_name}` must be true or false, not {other:?}"
        )),
    }
}

fn integer(spec_name: &str, value: &str) -> Result<Value, String> {
    value
        .parse::<u64>()
        .map(Value::from)
        .map_err(|_| format!("`{spec_name}` must be a whole number of at least 0, not {value:?}"))
}

/// The next free position after the highest one used.
fn next_index<T>(items: &BTreeMap<usize, T>) -> usize {
    items
        .last_key_value()
        .map(|(k, _)| k.saturating_add(1))
        .unwrap_or(0)
}

/// The value of a query parameter from every `name` or `name[…]` entry of the query string.
fn query_value(spec: &ParameterSpec, entries: &[(Key, String)]) -> Result<Value, String> {
    match spec.ty {
        ParamType::String
        | ParamType::Uuid
        | ParamType::Enum(_)
        | ParamType::ResponseFormat
        | ParamType::Boolean
        | ParamType::Integer => single_value(spec, entries),
        ParamType::StringArray => string_list(spec.name, entries),
        ParamType::ObjectArray(_) => object_list(spec, entries),
        ParamType::Object => object(spec.name, entries),
    }
}

/// A parameter of one value: one plain `name=value` entry.
fn single_value(spec: &ParameterSpec, entries: &[(Key, String)]) -> Result<Value, String> {
    let name = spec.name;
    if let Some((key, _)) = entries.iter().find(|(k, _)| !k.segments.is_empty()) {
        return Err(format!("`{name}` takes a single value, not {:?}", key.raw));
    }
    match entries {
        [(_, value)] if spec.ty == ParamType::Boolean => boolean(name, value),
        [(_, value)] if spec.ty == ParamType::Integer => integer(name, value),
        [(_, value)] => Ok(Value::String(value.clone())),
        _ => Err(format!(
            "`{name}` is given {} times; it takes one value",
            entries.len()
        )),
    }
}

/// A list of strings: `name[]=value` (appended) or `name[i]=value` entries.
fn string_list(name: &str, entries: &[(Key, String)]) -> Result<Value, String> {
    let mut items: BTreeMap<usize, String> = BTreeMap::new();
    for (key, value) in entries {
        let at = match key.segments.as_slice() {
            [s] if s.is_empty() => next_index(&items),
            [s] => index(s).ok_or_else(|| list_of_strings(name, &key.raw))?,
            _ => return Err(list_of_strings(name, &key.raw)),
        };
        if items.insert(at, value.clone()).is_some() {
            return Err(format!("`{name}[{at}]` is given twice"));
        }
    }
    Ok(Value::Array(
        items.into_values().map(Value::String).collect(),
    ))
}

/// A list of objects: `name[i][field]=value` entries, or `name[][field]=value` ones that fill
/// one item until a field repeats.
fn object_list(spec: &ParameterSpec, entries: &[(Key, String)]) -> Result<Value, String> {
    let name = spec.name;
    let mut items: BTreeMap<usize, Map<String, Value>> = BTreeMap::new();
    // The item that `name[][field]` keys fill, until a field repeats.
    let mut open: Option<usize> = None;
    for (key, value) in entries {
        let [position, field] = key.segments.as_slice() else {
            return Err(list_of_objects(spec, &key.raw));
        };
        if field.is_empty() {
            return Err(list_of_objects(spec, &key.raw));
        }
        let value = item_field(spec, &key.raw, field, value)?;
        let at = if position.is_empty() {
            match open {
                Some(i) if items.get(&i).is_some_and(|m| !m.contains_key(field)) => i,
                _ => {
                    let i = next_index(&items);
                    open = Some(i);
                    i
                }
            }
        } else {
            index(position).ok_or_else(|| list_of_objects(spec, &key.raw))?
        };
        let item = items.entry(at).or_default();
        if item.insert(field.clone(), value).is_some() {
            return Err(format!("`{name}[{at}][{field}]` is given twice"));
        }
    }
    Ok(Value::Array(
        items.into_values().map(Value::Object).collect(),
    ))
}

/// The value of `field` of an item of the list of objects `spec` (`raw`: the entry's key).
fn item_field(spec: &ParameterSpec, raw: &str, field: &str, value: &str) -> Result<Value, String> {
    let name = spec.name;
    let sub = spec.ty.fields().iter().find(|f| f.name == field);
    if sub.is_none() && !spec.ty.fields().is_empty() {
        let fields: Vec<&str> = spec.ty.fields().iter().map(|f| f.name).collect();
        return Err(format!(
            "{raw:?}: the items of `{name}` have no field `{field}` (fields: {})",
            fields.join(", ")
        ));
    }
    Ok(match sub.map(|f| f.ty) {
        Some(SubFieldType::Boolean) => boolean(&format!("{name}[…][{field}]"), value)?,
        _ => Value::String(value.to_string()),
    })
}

/// An object: `name[key]=value` entries (nested: `name[a][b]=value`).
fn object(name: &str, entries: &[(Key, String)]) -> Result<Value, String> {
    let mut root = Map::new();
    for (key, value) in entries {
        if key.segments.is_empty() {
            return Err(format!(
                "`{name}` is an object: send `{name}[key]=value` (nested: `{name}[a][b]=value`)"
            ));
        }
        insert(&mut root, &key.segments, value.clone())
            .map_err(|e| format!("{:?}: {e}", key.raw))?;
    }
    Ok(Value::Object(root))
}

fn list_of_strings(name: &str, raw: &str) -> String {
    format!("{raw:?}: `{name}` is a list of strings: send `{name}[]=value` for each item")
}

fn list_of_objects(spec: &ParameterSpec, raw: &str) -> String {
    format!(
        "{raw:?}: `{0}` is a list of objects: send `{0}[0][field]=value` (or `{0}[][field]=value`)",
        spec.name
    )
}

/// Sets `segments` (object keys; a last `[]` appends to a list) to `value` in `map`.
fn insert(map: &mut Map<String, Value>, segments: &[String], value: String) -> Result<(), String> {
    let Some((first, rest)) = segments.split_first() else {
        return Err("no key".into());
    };
    if first.is_empty() {
        return Err("an empty key `[]` may only end a key, after an object key".into());
    }
    match rest {
        [] => match map.get(first) {
            Some(_) => Err(format!(
                "`{first}` is given twice, or as a value and an object"
            )),
            None => {
                map.insert(first.clone(), Value::String(value));
                Ok(())
            }
        },
        [last] if last.is_empty() => match map
            .entry(first.clone())
            .or_insert_with(|| Value::Array(Vec::new()))
        {
            Value::Array(items) => {
                items.push(Value::String(value));
                Ok(())
            }
            _ => Err(format!("`{first}` is given as a value and as a list")),
        },
        _ => match map
            .entry(first.clone())
            .or_insert_with(|| Value::Object(Map::new()))
        {
            Value::Object(inner) => insert(inner, rest, value),
            _ => Err(format!("`{first}` is given as a value and as an object")),
        },
    }
}

fn has_type(ty: ParamType, value: &Value) -> bool {
    match ty {
        ParamType::String | ParamType::Uuid | ParamType::Enum(_) | ParamType::ResponseFormat => {
            value.is_string()
        }
        ParamType::Boolean => value.is_boolean(),
        ParamType::Integer => value.is_u64(),
        ParamType::StringArray => value
            .as_array()
            .is_some_and(|items| items.iter().all(Value::is_string)),
        ParamType::ObjectArray(_) => value
            .as_array()
            .is_some_and(|items| items.iter().all(Value::is_object)),
        ParamType::Object => value.is_object(),
    }
}

/// The JSON body's keys as fields; unknown keys, values of the wrong JSON type and a body that is
/// not a JSON object are problems. An empty body sets nothing; `null` values are unset.
pub(crate) fn body_fields(endpoint: &'static EndpointSpec, body: &[u8], out: &mut Parsed) {
    if body.iter().all(u8::is_ascii_whitespace) {
        return;
    }
    let value: Value = match serde_json::from_slice(body) {
        Ok(v) => v,
        Err(e) => {
            out.problems.push(format!("the body is not JSON: {e}"));
            return;
        }
    };
    let Value::Object(map) = value else {
        out.problems
            .push("the body must be a JSON object of body parameters".into());
        return;
    };
    let mut unknown = Vec::new();
    for (key, value) in map {
        let Some(spec) = endpoint
            .parameters
            .iter()
            .find(|p| p.name == key && p.location == Location::Body)
        else {
            unknown.push(key);
            continue;
        };
        if value.is_null() {
            continue;
        }
        if !has_type(spec.ty, &value) {
            out.problems.push(format!(
                "body field `{key}` must be a {} value, not {value}",
                spec.ty.as_str()
            ));
            continue;
        }
        out.push(endpoint, WireField { spec, value });
    }
    if !unknown.is_empty() {
        out.problems
            .push(unknown_message(endpoint, Location::Body, &unknown));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A value of every shape the wire encoder has to escape.
    fn sample(p: &ParameterSpec) -> Value {
        let hostile = "a b&c=d+e[f]%g/h?i#j é";
        match p.ty {
            ParamType::String | ParamType::Uuid => json!(hostile),
            ParamType::Enum(_) => json!(p.ty.values().first().copied().unwrap_or(hostile)),
            ParamType::ResponseFormat => json!("raw"),
            ParamType::Boolean => json!(false),
            ParamType::Integer => json!(25),
            ParamType::StringArray => json!([hostile, "", "second[0]"]),
            ParamType::ObjectArray(_) => {
                let item = |n: usize| {
                    let map: Map<String, Value> =
                        p.ty.fields()
                            .iter()
                            .map(|f| {
                                let v = match f.ty {
                                    SubFieldType::Boolean => json!(n.is_multiple_of(2)),
                                    _ => json!(format!("{hostile} {n}")),
                                };
                                (f.name.to_string(), v)
                            })
                            .collect();
                    Value::Object(map)
                };
                json!([item(0), item(1), item(2)])
            }
            ParamType::Object => json!({
                "plain": "x",
                "odd [key]&=": hostile,
                "nested": {"a": {"b": "deep"}, "list": ["1", "2"]},
            }),
        }
    }

    /// A sample value for every parameter of `endpoint` at `location`.
    fn samples(endpoint: &'static EndpointSpec, location: Location) -> Vec<WireField> {
        endpoint
            .parameters
            .iter()
            .filter(|p| p.location == location)
            .map(|spec| WireField {
                spec,
                value: sample(spec),
            })
            .collect()
    }

    #[test]
    fn query_parser_inverts_the_wire_encoder_for_every_parameter_type() {
        let mut types = std::collections::HashSet::new();
        for endpoint in crate::ENDPOINTS.iter().copied() {
            let fields = samples(endpoint, Location::Query);
            types.extend(fields.iter().map(|f| f.spec.ty.as_str()));
            let query = crate::wire::query(&WireField::fields(&fields));
            let mut parsed = Parsed::default();
            query_fields(endpoint, &query, &mut parsed);
            assert!(parsed.problems.is_empty(), "{query}: {:?}", parsed.problems);
            assert_eq!(parsed.fields, fields, "{} from {query}", endpoint.name);
            // One at a time, too: each type on its own.
            for field in &fields {
                let one = std::slice::from_ref(field);
                let mut parsed = Parsed::default();
                query_fields(
                    endpoint,
                    &crate::wire::query(&WireField::fields(one)),
                    &mut parsed,
                );
                assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
                assert_eq!(parsed.fields, one, "{}", field.spec.name);
            }
        }
        for ty in [
            "string",
            "boolean",
            "string_array",
            "object_array",
            "object",
        ] {
            assert!(types.contains(&ty), "no query parameter of type {ty:?}");
        }
    }

    #[test]
    fn encoded_structure_and_unindexed_object_items_are_read_too() {
        for endpoint in crate::ENDPOINTS.iter().copied() {
            for spec in endpoint
                .parameters
                .iter()
                .filter(|p| p.location == Location::Query)
            {
                let n = spec.name;
                let (query, expected) = match spec.ty {
                    ParamType::StringArray => {
                        (format!("{n}%5B%5D=x&{n}%5B%5D=y"), json!(["x", "y"]))
                    }
                    ParamType::ObjectArray(_) if !spec.ty.fields().is_empty() => {
                        let f = spec.ty.fields()[0].name;
                        let v = |s: &str| match spec.ty.fields()[0].ty {
                            SubFieldType::Boolean => json!(s == "true"),
                            _ => json!(s),
                        };
                        (
                            format!("{n}[][{f}]=true&{n}[][{f}]=false"),
                            json!([{f: v("true")}, {f: v("false")}]),
                        )
                    }
                    ParamType::Object => (format!("{n}%5Ba%5D%5Bb%5D=c"), json!({"a": {"b": "c"}})),
                    _ => continue,
                };
                let mut parsed = Parsed::default();
                query_fields(endpoint, &query, &mut parsed);
                assert!(parsed.problems.is_empty(), "{query}: {:?}", parsed.problems);
                assert_eq!(parsed.fields.len(), 1, "{query}");
                assert_eq!(parsed.fields[0].value, expected, "{query}");
            }
        }
    }

    #[test]
    fn malformed_queries_are_problems_naming_the_parameter() {
        for endpoint in crate::ENDPOINTS.iter().copied() {
            for spec in endpoint
                .parameters
                .iter()
                .filter(|p| p.location == Location::Query)
            {
                let n = spec.name;
                let bad = match spec.ty {
                    ParamType::Boolean => format!("{n}=yes"),
                    ParamType::Integer => format!("{n}=-1"),
                    ParamType::String | ParamType::Uuid | ParamType::Enum(_) => {
                        format!("{n}=a&{n}=b")
                    }
                    ParamType::StringArray => format!("{n}[x][y]=1"),
                    ParamType::ObjectArray(_) => format!("{n}[0]=1"),
                    ParamType::Object => format!("{n}=1"),
                    ParamType::ResponseFormat => format!("{n}[]=raw"),
                };
                let mut parsed = Parsed::default();
                query_fields(endpoint, &bad, &mut parsed);
                assert!(parsed.fields.is_empty(), "{bad}");
                assert_eq!(parsed.problems.len(), 1, "{bad}");
                assert!(
                    parsed.problems[0].contains(n),
                    "{bad}: {:?}",
                    parsed.problems
                );
            }
            let mut parsed = Parsed::default();
            let deep = format!("x{}=1", "[a]".repeat(100_000));
            query_fields(endpoint, &deep, &mut parsed);
            assert!(
                parsed.problems[0].contains("nested"),
                "{:?}",
                parsed.problems
            );
            let mut parsed = Parsed::default();
            query_fields(endpoint, "no_such_parameter=1&x[=2", &mut parsed);
            assert_eq!(parsed.problems.len(), 2, "{:?}", parsed.problems);
            assert!(
                parsed
                    .problems
                    .iter()
                    .any(|p| p.contains("`no_such_parameter`"))
            );
        }
    }

    #[test]
    fn paths_route_back_to_their_endpoint_and_values() {
        let hostile = "a/b?c#d%e f+g";
        for endpoint in crate::ENDPOINTS.iter().copied() {
            let fields: Vec<WireField> = endpoint
                .parameters
                .iter()
                .filter(|p| p.location == Location::Path)
                .map(|spec| WireField {
                    spec,
                    value: json!(hostile),
                })
                .collect();
            let Ok(path) = crate::wire::path(endpoint, &WireField::fields(&fields)) else {
                panic!("{} cannot encode its path", endpoint.name);
            };
            let Route::Endpoint {
                endpoint: found,
                captures,
            } = route(endpoint.method.as_str(), &path)
            else {
                panic!("{path} does not route");
            };
            assert_eq!(found.name, endpoint.name, "{path}");
            let mut parsed = Parsed::default();
            path_fields(found, &captures, &mut parsed);
            assert_eq!(parsed.fields, fields, "{path}");
        }
        assert!(matches!(route("GET", "/nothing/here"), Route::NotFound));
        assert!(matches!(
            route("GET", "/integrated-account/a%2Fb"),
            Route::Lookup(id) if id == "a/b"
        ));
        assert!(matches!(route("GET", "/x/%FF"), Route::BadPath(_)));
    }

    #[test]
    fn bodies_round_trip_and_unknown_keys_are_problems() {
        for endpoint in crate::ENDPOINTS.iter().copied() {
            let fields = samples(endpoint, Location::Body);
            if let Some(body) = crate::wire::body(endpoint, &WireField::fields(&fields)) {
                let bytes = serde_json::to_vec(&body).unwrap_or_default();
                let mut parsed = Parsed::default();
                body_fields(endpoint, &bytes, &mut parsed);
                assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
                assert_eq!(parsed.fields, fields);
            }
            for bad in [&b"{\"no_such_field\": 1}"[..], b"[1]", b"{nope"] {
                let mut parsed = Parsed::default();
                body_fields(endpoint, bad, &mut parsed);
                assert_eq!(parsed.problems.len(), 1, "{:?}", parsed.problems);
            }
        }
    }
}
