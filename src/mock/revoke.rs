//! What the spec's revoke sections say of users and records, and what the server does with
//! it: which records of a collection are a user's, what a revoke call without `listed_by` takes
//! from a user (an item of one of their access lists), and what removing a record takes from the
//! users, so that a user's access lists and the records stay consistent.

use serde_json::{Value, json};

use super::call::{Call, without_excluded};
use super::http::Answer;
use super::records::{self, collection_of, text_of};
use super::state::{Account, RECORD_ID, State};
use super::users::user_not_found;
use crate::spec::{EndpointSpec, ListedBy, ParamRole, Revoke};

/// How a user has the records of a collection.
#[derive(Debug, Clone, Copy)]
pub(super) enum Membership {
    /// The user record lists them by id in this field (a revoke section without `listed_by`).
    Listed(&'static str),
    /// Each record names its user in this field (the records of a section's `listed_by`).
    Keyed(&'static str),
}

/// Every revoke section of the spec, with its endpoint.
fn sections() -> impl Iterator<Item = (&'static EndpointSpec, Revoke)> {
    (crate::API.endpoints.iter().copied()).filter_map(|e| Some((e, e.revoke?)))
}

/// How a user has the records of `collection`, when a revoke section says.
pub(super) fn membership(collection: &str) -> Option<Membership> {
    sections().find_map(|(endpoint, revoke)| match revoke.listed_by {
        None => (collection_of(endpoint) == Some(collection))
            .then_some(Membership::Listed(revoke.user_field)),
        Some(by) => (collection_of(by.endpoint) == Some(collection))
            .then_some(Membership::Keyed(by.user_key)),
    })
}

/// What a call to an endpoint with a revoke section does: removes the record its item names
/// from the `listed_by` collection, or (without `listed_by`) the item from the user's list.
pub(super) fn apply(state: &mut State, call: &Call<'_>, revoke: &Revoke) -> Answer {
    let item = match call.required_text(revoke.item, "item") {
        Ok(item) => item,
        Err(answer) => return answer,
    };
    let Some(account) = state.accounts.get_mut(call.account_id) else {
        return call.account_not_found();
    };
    match revoke.listed_by.and_then(|by| collection_of(by.endpoint)) {
        Some(collection) => records::delete(account, call, collection, &item),
        None => remove_item(account, call, revoke, &item),
    }
}

/// Takes `item` out of the user's `user_field` list: the collection's record of that id, or
/// `{"id": …}` when the seed has none; a 404 when there is no such user.
fn remove_item(account: &mut Account, call: &Call<'_>, revoke: &Revoke, item: &str) -> Answer {
    let Some(user_param) = call.endpoint.parameter_with_role(ParamRole::User) else {
        // The generator refuses such a section: there is no user to take the item from.
        return Answer::ok(json!({}));
    };
    let user_key = match call.required_text(user_param, "user") {
        Ok(key) => key,
        Err(answer) => return answer,
    };
    let Some(user) = account.users.get_mut(&user_key) else {
        return user_not_found(call, &user_key, 404);
    };
    // Removing an item the user does not hold changes nothing and is no error: the user is
    // already where the call would put them.
    user.drop_item(revoke.user_field, item);
    let record = collection_of(call.endpoint)
        .and_then(|c| account.records.get(c))
        .and_then(|records| records.get(item));
    match record {
        Some(record) => Answer::ok(without_excluded(record.clone(), call.fields())),
        None => Answer::ok(json!({ RECORD_ID: item })),
    }
}

/// Takes from the users what record `id` of `collection`, now removed, gave them: the item
/// `id` from every user's list of that collection, and the item a `listed_by` record granted
/// from the user it names (unless another of that user's remaining records grants it too).
pub(super) fn forget(account: &mut Account, collection: &str, id: &str, record: &Value) {
    for (endpoint, revoke) in sections() {
        match revoke.listed_by {
            None if collection_of(endpoint) == Some(collection) => {
                for user in account.users.values_mut() {
                    user.drop_item(revoke.user_field, id);
                }
            }
            Some(by) if collection_of(by.endpoint) == Some(collection) => {
                ungrant(account, collection, record, by, revoke.user_field);
            }
            _ => {}
        }
    }
}

/// Takes the item `record` granted out of its user's `user_field`, unless another remaining
/// record of `collection` grants that user the same item.
fn ungrant(
    account: &mut Account,
    collection: &str,
    record: &Value,
    by: ListedBy,
    user_field: &str,
) {
    let text = |r: &Value, key: &str| r.get(key).and_then(text_of);
    let (Some(user_key), Some(granted)) = (text(record, by.user_key), text(record, by.grants))
    else {
        return;
    };
    let still_granted = account.records.get(collection).is_some_and(|records| {
        records.values().any(|r| {
            text(r, by.user_key).as_ref() == Some(&user_key)
                && text(r, by.grants).as_ref() == Some(&granted)
        })
    });
    if let Some(user) = account.users.get_mut(&user_key).filter(|_| !still_granted) {
        user.drop_item(user_field, &granted);
    }
}
