//! The collections of records other than the users: which collection each endpoint belongs
//! to, and what a list, a get and a delete of a record answer.
//!
//! A collection is named by the last path segment of the spec's list endpoint that lists it; an
//! endpoint belongs to the collection of the list endpoint whose path is its own path or a
//! prefix of it (`…/{id}` and `…/<action>` under a list's path belong to that list).

use serde_json::{Value, json};

use super::call::{Call, without_excluded};
use super::collections::text_of;
use super::http::Answer;
use super::membership::{self, Membership};
use super::pages::paged;
use super::state::{Account, RECORD_ID, State};
use crate::spec::{Location, Method, ParamRole};

/// What a call to an endpoint of `collection` without a revoke section answers: a page, a
/// record, a deletion, or (any other call, such as a deprecated `POST`) `{}`, which changes
/// nothing the server holds.
pub(super) fn serve(state: &mut State, call: &Call<'_>, collection: &str) -> Answer {
    let Some(account) = state.accounts.get_mut(call.account_id) else {
        return call.account_not_found();
    };
    let id = call.path_id();
    match (call.endpoint.list, call.endpoint.method, id) {
        (Some(_), _, _) => list(account, call, collection),
        (None, Method::Get, Some(id)) => get(account, call, collection, &id),
        (None, Method::Delete, Some(id)) => delete(account, call, collection, &id),
        _ => Answer::ok(json!({})),
    }
}

/// The answer of a record the account does not have: the integration's 404.
fn not_found(call: &Call<'_>, collection: &str, id: &str) -> Answer {
    let message = format!(
        "{collection} record {id} not found in {}",
        call.integration.name()
    );
    Answer::error(404, message, true)
}

fn get(account: &Account, call: &Call<'_>, collection: &str, id: &str) -> Answer {
    match account.records.get(collection).and_then(|r| r.get(id)) {
        Some(record) => Answer::ok(without_excluded(record.clone(), call.fields())),
        None => not_found(call, collection, id),
    }
}

/// Removes record `id` of `collection`, and what the users held of it (see
/// [`membership::forget`]): `{"id": …}`, or a 404 when there is no such record.
pub(super) fn delete(account: &mut Account, call: &Call<'_>, collection: &str, id: &str) -> Answer {
    let removed = account
        .records
        .get_mut(collection)
        .and_then(|r| r.remove(id));
    match removed {
        Some(record) => {
            membership::forget(account, collection, id, &record);
            Answer::ok(json!({ RECORD_ID: id }))
        }
        None => not_found(call, collection, id),
    }
}

/// A page of the account's records of `collection`, in id order, filtered by the request.
fn list(account: &Account, call: &Call<'_>, collection: &str) -> Answer {
    let mut items: Vec<(String, &Value)> = (account.records.get(collection).into_iter())
        .flatten()
        .map(|(id, record)| (id.clone(), record))
        .collect();
    for (name, wanted) in field_filters(call) {
        // A parameter that is no field of any record (`truto_key_by`, `remote_query`, a filter
        // the seed's records do not model) is one the server cannot interpret: the integration
        // decides what it means, and dropping every record would make the list look empty for
        // a reason no integration gives. It filters nothing out.
        if items.iter().any(|(_, r)| r.get(name).is_some()) {
            items
                .retain(|(_, r)| r.get(name).and_then(text_of).as_deref() == Some(wanted.as_str()));
        }
    }
    if let Some(user) = user_filter(call) {
        keep_users(account, collection, &user, &mut items);
    }
    let fields = call.fields();
    paged(call.endpoint, fields, items, |_, record| {
        without_excluded(record.clone(), fields)
    })
}

/// The query parameters without a role the request sets, with their values as text.
fn field_filters<'c>(call: &'c Call<'_>) -> impl Iterator<Item = (&'static str, String)> + 'c {
    (call.fields().iter())
        .filter(|f| f.spec.location == Location::Query && f.spec.role.is_none())
        .filter_map(|f| Some((f.spec.name, text_of(&f.value)?)))
}

/// The user a list is asked for (its query parameter with [`ParamRole::User`]), if set.
fn user_filter(call: &Call<'_>) -> Option<String> {
    let param = call.endpoint.parameter_with_role(ParamRole::User)?;
    (param.location == Location::Query)
        .then(|| call.text(param))
        .flatten()
}

/// Keeps the records of `collection` that belong to `user`, as the spec's revoke sections say
/// they do; keeps them all when no section says.
fn keep_users(account: &Account, collection: &str, user: &str, items: &mut Vec<(String, &Value)>) {
    match membership::membership(collection) {
        Some(Membership::Listed(field)) => {
            let held = (account.users.get(user)).map_or_else(Vec::new, |u| u.item_ids(field));
            items.retain(|(id, _)| held.contains(id));
        }
        Some(Membership::Keyed(key)) => {
            items.retain(|(_, r)| r.get(key).and_then(text_of).as_deref() == Some(user));
        }
        None => {}
    }
}

#[cfg(test)]
mod tests {
    use super::super::collections::{collection_of, lists, people_collection, seeded_collections};
    use super::*;

    #[test]
    fn every_endpoint_of_account_scope_belongs_to_a_collection_and_a_list_to_its_own() {
        for endpoint in crate::API.endpoints.iter().copied() {
            let collection = collection_of(endpoint);
            if endpoint.admin {
                assert_eq!(collection, None, "{}", endpoint.name);
                continue;
            }
            let Some(collection) = collection else {
                panic!("{} belongs to no collection", endpoint.name);
            };
            assert!(endpoint.path.contains(collection), "{}", endpoint.name);
            if endpoint.list.is_some() {
                assert!(endpoint.path.ends_with(collection), "{}", endpoint.name);
            }
        }
    }

    #[test]
    fn seeds_give_records_of_every_collection_but_the_peoples() {
        let people = people_collection().expect("the spec names the people's list");
        let seeded = seeded_collections();
        assert!(!seeded.contains(&people), "{seeded:?}");
        assert_eq!(seeded.len() + 1, lists().count(), "{seeded:?}");
        let mut unique = seeded.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(
            unique.len(),
            seeded.len(),
            "one list per collection: {seeded:?}"
        );
    }

    #[test]
    fn every_revoke_section_says_how_a_user_has_its_records() {
        for endpoint in crate::API.endpoints.iter().copied() {
            let Some(revoke) = endpoint.revoke else {
                continue;
            };
            let listed = revoke.listed_by.map_or(endpoint, |by| by.endpoint);
            let collection = collection_of(listed).expect("a collection");
            let membership = membership::membership(collection);
            match (revoke.listed_by, membership) {
                (None, Some(Membership::Listed(field))) => assert_eq!(field, revoke.user_field),
                (Some(by), Some(Membership::Keyed(key))) => assert_eq!(key, by.user_key),
                other => panic!("{}: {other:?}", endpoint.name),
            }
        }
    }
}
