//! What the spec's revoke sections say of users and records: which records of a collection are a
//! user's, and what removing a record takes from the users, so that a user's access lists and
//! the records stay consistent.

use serde_json::Value;

use super::collections::{collection_of, text_of};
use super::state::Account;
use crate::spec::{EndpointSpec, ListedBy, Revoke};

/// How a user has the records of a collection.
#[derive(Debug, Clone, Copy)]
pub(super) enum Membership {
    /// The user record lists them by id in this field (a revoke section without `listed_by`).
    Listed(&'static str),
    /// Each record names its user in this field (the records of a section's `listed_by`).
    Keyed(&'static str),
}

/// Every revoke section of the spec, with its endpoint.
pub(super) fn sections() -> impl Iterator<Item = (&'static EndpointSpec, Revoke)> {
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
