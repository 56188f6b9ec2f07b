//! The people's collection: the users an account lists (`people.list`) and gets
//! (`people.get`), rendered as the spec's user model, and the offboarding effects on them.

use serde_json::{Map, Value, json};

use super::call::{Call, without_excluded};
use super::http::Answer;
use super::insight::{MISSING_QUERY, insight_map, rejected};
use super::pages::paged;
use super::state::{Account, State, User};
use crate::spec::{Effect, EndpointSpec, Method, Offboarding, ParamRole};
use crate::validate::WireField;

/// The user-model fields the seed sets with keys of its own, with those keys: what
/// [`user_json`] renders before the seed's further `fields` (which may not set them).
pub(super) const SEEDED: &[(&str, &str)] = &[
    ("id", "`id`"),
    ("emails", "`email` and `emails`"),
    ("username", "`username`"),
    ("status", "`status`"),
    ("licenses", "`licenses`"),
];

/// Whether `endpoint` is the people's list (`people.list`).
pub(super) fn lists_people(endpoint: &EndpointSpec) -> bool {
    crate::API.people.is_some_and(|p| p.list == endpoint.name)
}

/// The user as the API returns it (the spec's user model): the fields of [`SEEDED`], then the
/// seed's further `fields`, without those the request excludes.
pub(super) fn user_json(id: &str, user: &User, fields: &[WireField]) -> Value {
    let mut map = Map::new();
    map.insert("id".into(), json!(id));
    if !user.emails.is_empty() {
        let items: Vec<Value> = user
            .emails
            .iter()
            .enumerate()
            .map(|(n, email)| json!({"email": email, "type": "work", "is_primary": n == 0}))
            .collect();
        map.insert("emails".into(), Value::Array(items));
    }
    if let Some(username) = &user.username {
        map.insert("username".into(), json!(username));
    }
    map.insert("status".into(), json!(user.status));
    if let Some(licenses) = &user.licenses {
        let items: Vec<Value> = licenses.iter().map(|l| json!({ "name": l })).collect();
        map.insert("licenses".into(), Value::Array(items));
    }
    for (key, value) in &user.fields {
        map.entry(key.as_str()).or_insert_with(|| value.clone());
    }
    without_excluded(Value::Object(map), fields)
}

/// A user as a partial list has it: only the fields at the spec's `people.id` and
/// `people.status` paths (an integration's "(partial)" list leaves the rest to the get).
fn partial_json(full: Value) -> Value {
    let Value::Object(mut map) = full else {
        return full;
    };
    let kept: Vec<&str> = (crate::API.people.iter())
        .flat_map(|p| [p.id, p.status])
        .filter_map(|path| path.split(['.', '[']).next())
        .collect();
    map.retain(|key, _| kept.contains(&key.as_str()));
    Value::Object(map)
}

/// Does what the endpoint says to the user the request names: its offboarding effect, or
/// (a `GET` without one) nothing but answering the user.
pub(super) fn apply(state: &mut State, call: &Call<'_>) -> Answer {
    let endpoint = call.endpoint;
    let Some(user_param) = endpoint.parameter_with_role(ParamRole::User) else {
        return Answer::ok(json!({}));
    };
    let offboarding = match &endpoint.offboarding {
        Some(o) => Some(o),
        None if endpoint.method == Method::Get => None,
        None => return Answer::ok(json!({})),
    };
    let user_key = match call.required_text(user_param, "user") {
        Ok(key) => key,
        Err(answer) => return answer,
    };
    let Some(account) = state.accounts.get_mut(call.account_id) else {
        return call.account_not_found();
    };
    let Some(offboarding) = offboarding else {
        return match account.users.get(&user_key) {
            Some(user) => Answer::ok(user_json(&user_key, user, call.fields())),
            None => user_not_found(call, &user_key, 404),
        };
    };
    match offboard(account, call, offboarding, &user_key) {
        Ok(answer) => {
            let applied = format!("{}/{user_key}/{}", call.account_id, offboarding.operation);
            *state.stats.applied.entry(applied).or_default() += 1;
            answer
        }
        Err(answer) => answer,
    }
}

/// The answer of a user the account does not have.
pub(super) fn user_not_found(call: &Call<'_>, user_key: &str, status: u16) -> Answer {
    Answer::error(
        status,
        format!("user {user_key} not found in {}", call.integration.name()),
        true,
    )
}

/// Applies `offboarding`'s effect to `user_key` of `account`: the answer when it changed the
/// user, or (an error) the answer of a user not found or already in that state.
fn offboard(
    account: &mut Account,
    call: &Call<'_>,
    offboarding: &Offboarding,
    user_key: &str,
) -> Result<Answer, Answer> {
    let Some(user) = account.users.get_mut(user_key) else {
        let status = offboarding
            .already_done
            .iter()
            .find(|a| a.status == 404)
            .map_or(404, |a| a.status);
        return Err(user_not_found(call, user_key, status));
    };
    let already = match offboarding.effect {
        Effect::SetsStatus(status) => user.status == status,
        // Nothing left to take away: no paid seat, or none known.
        Effect::Downgrades => user.licenses.as_ref().is_none_or(Vec::is_empty),
        Effect::Removes => false,
    };
    if already {
        let done = offboarding
            .already_done
            .iter()
            .find(|a| a.status != 404)
            .or(offboarding.already_done.first());
        return Err(match done {
            Some(done) => Answer::error(
                done.status,
                format!("user {user_key}: {}", done.meaning),
                done.remote,
            ),
            None => Answer::ok(user_json(user_key, user, call.fields())),
        });
    }
    match offboarding.effect {
        Effect::SetsStatus(status) => user.status = status.to_string(),
        Effect::Removes => {
            account.users.remove(user_key);
        }
        Effect::Downgrades => user.licenses = Some(Vec::new()),
    }
    Ok(match account.users.get(user_key) {
        Some(user) => Answer::ok(user_json(user_key, user, call.fields())),
        None => Answer::ok(json!({ "id": user_key })),
    })
}

/// A page of the account's users; an account seeded with `list_requires` refuses a call
/// without those query parameters, naming them in `truto_error_insight`.
pub(super) fn list(state: &State, call: &Call<'_>) -> Answer {
    let Some(account) = state.accounts.get(call.account_id) else {
        return call.account_not_found();
    };
    let missing: Vec<String> = account
        .list_requires
        .iter()
        .filter(|name| call.query_value(name).is_none())
        .cloned()
        .collect();
    if !missing.is_empty() {
        let names: Vec<String> = missing.iter().map(|n| format!("`{n}`")).collect();
        let message = format!(
            "{} lists users only within a scope: set the query parameter(s) {} (integrated account {})",
            call.integration.name(),
            names.join(", "),
            call.account_id
        );
        let (key, description) = MISSING_QUERY;
        return rejected(message, insight_map(vec![(key, description, missing)]));
    }
    let items = account
        .users
        .iter()
        .map(|(id, user)| (id.clone(), user))
        .collect();
    let fields = call.fields();
    let partial = call
        .endpoint
        .list
        .is_some_and(|l| l.partial_in.contains(&call.integration));
    paged(call.endpoint, fields, items, |id, user| {
        let full = user_json(id, user, fields);
        if partial { partial_json(full) } else { full }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seeded_keys_are_what_a_user_renders_before_its_fields() {
        let user = User {
            emails: vec!["a@example.com".into()],
            username: Some("a".into()),
            status: "active".into(),
            licenses: Some(vec!["Pro".into()]),
            fields: std::collections::BTreeMap::new(),
        };
        let json = user_json("u1", &user, &[]);
        let keys: Vec<&str> = json
            .as_object()
            .expect("an object")
            .keys()
            .map(String::as_str)
            .collect();
        let mut keys = keys;
        keys.sort_unstable();
        let mut seeded: Vec<&str> = SEEDED.iter().map(|(key, _)| *key).collect();
        seeded.sort_unstable();
        assert_eq!(keys, seeded);
        let model = crate::API
            .people
            .and_then(|p| crate::API.model(p.model))
            .expect("people model");
        for key in seeded {
            assert!(
                model.fields.contains(&key),
                "{key} is no field of {}",
                model.name
            );
        }
    }
}
