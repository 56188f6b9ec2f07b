//! The admin API's list of integrated accounts: the seeded accounts, paged and filtered.

use serde_json::Value;

use super::http::Answer;
use super::pages::paged;
use super::state::State;
use crate::spec::{EndpointSpec, Location};
use crate::validate::WireField;

/// The JSON at a dotted path (`integration.name`), or the key itself when it has that name.
fn at_path<'v>(value: &'v Value, path: &str) -> Option<&'v Value> {
    value
        .get(path)
        .or_else(|| path.split('.').try_fold(value, |v, key| v.get(key)))
}

/// A page of the seeded accounts: every query parameter without a role that the request sets
/// is a filter, compared with the account's JSON at the parameter's wire name.
pub(super) fn list(state: &State, endpoint: &'static EndpointSpec, fields: &[WireField]) -> Answer {
    let filters: Vec<&WireField> = fields
        .iter()
        .filter(|f| f.spec.location == Location::Query && f.spec.role.is_none())
        .collect();
    let mut items: Vec<(String, Value)> = state
        .accounts
        .iter()
        .map(|(id, account)| (id.clone(), account.json(id)))
        .filter(|(_, json)| {
            filters
                .iter()
                .all(|f| at_path(json, f.spec.name) == Some(&f.value))
        })
        .collect();
    items.sort_by(|a, b| a.0.cmp(&b.0));
    paged(endpoint, fields, items, |_, json| json)
}
