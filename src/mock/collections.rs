//! The collections of records: which collection each endpoint belongs to, named from the spec.
//!
//! A collection is named by the last path segment of the spec's list endpoint that lists it; an
//! endpoint belongs to the collection of the list endpoint whose path is its own path or a
//! prefix of it (`…/{id}` and `…/<action>` under a list's path belong to that list).

use serde_json::Value;

use crate::spec::EndpointSpec;

fn segments(path: &str) -> Vec<&str> {
    path.trim_start_matches('/').split('/').collect()
}

/// The spec's list endpoints of account scope.
pub(super) fn lists() -> impl Iterator<Item = &'static EndpointSpec> {
    (crate::API.endpoints.iter().copied()).filter(|e| e.list.is_some() && !e.admin)
}

/// The collection a list endpoint lists: its path's last segment.
fn named(list: &'static EndpointSpec) -> &'static str {
    list.path.rsplit('/').next().unwrap_or(list.path)
}

/// The collection `endpoint` belongs to: that of the list endpoint whose path is its own or
/// the longest prefix of it; `None` for the admin API and an endpoint under no list.
pub(super) fn collection_of(endpoint: &EndpointSpec) -> Option<&'static str> {
    if endpoint.admin {
        return None;
    }
    let path = segments(endpoint.path);
    lists()
        .filter(|list| path.starts_with(&segments(list.path)))
        .max_by_key(|list| segments(list.path).len())
        .map(named)
}

/// The people's collection: the one `people.list` lists.
pub(super) fn people_collection() -> Option<&'static str> {
    let people = crate::API.people?;
    lists().find(|list| list.name == people.list).map(named)
}

/// The collections a seed gives records of: every list's but the people's, in spec order.
pub(super) fn seeded_collections() -> Vec<&'static str> {
    let people = people_collection();
    lists().map(named).filter(|c| Some(*c) != people).collect()
}

/// A scalar as text (`"a"` → `a`, `2` → `2`); `None` for null, a list or an object.
pub(super) fn text_of(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}
