//! What the spec's revoke sections say of users and records, and what the server does with
//! it: which records of a collection are a user's, what a revoke call without `listed_by` takes
//! from a user (an item of one of their access lists), and what removing a record takes from the
//! users, so that a user's access lists and the records stay consistent.

use serde_json::json;

use super::call::{Call, without_excluded};
use super::collections::collection_of;
use super::http::Answer;
use super::records;
use super::state::{Account, RECORD_ID, State};
use super::users::user_not_found;
use crate::spec::{ParamRole, Revoke};

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
