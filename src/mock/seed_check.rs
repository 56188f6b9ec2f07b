//! What a seed's account must be beyond its YAML shape: a UUID id, a known integration, users
//! with unique ids whose `fields` are fields of the spec's people model, records of the spec's
//! collections with unique text ids, and missing methods that are endpoints of the spec. Each
//! problem is one sentence naming what is wrong and where.

use std::collections::HashSet;
use std::path::Path;

use serde_json::Value;

use super::collections;
use super::seed::{Seed, SeedAccount, SeedError, SeedUser, unknown_integration, yaml_error};
use super::state::RECORD_ID;
use super::users::SEEDED;
use crate::Integration;
use crate::names::nearest;

/// Why `account` cannot be served, if it cannot.
pub(super) fn account(account: &SeedAccount) -> Result<(), String> {
    if !crate::validate::is_hyphenated_uuid(&account.id) {
        return Err(format!(
            "account id {:?} is not a hyphenated UUID such as 62f44730-dd91-461e-bd6a-aedd9e0ad79d: the client refuses any other integrated account id",
            account.id
        ));
    }
    let at = |problem: String| format!("account {}: {problem}", account.id);
    Integration::lookup(&account.integration)
        .map_err(|_| at(unknown_integration(&account.integration)))?;
    if let Some(name) = account.list_requires.iter().find(|n| n.trim().is_empty()) {
        return Err(at(format!(
            "list_requires names an empty parameter {name:?}: give the query parameter names a list call must carry"
        )));
    }
    users(&account.users).map_err(at)?;
    for (collection, seeded) in &account.records {
        records(collection, seeded).map_err(at)?;
    }
    missing_methods(&account.missing_methods).map_err(at)
}

fn users(users: &[SeedUser]) -> Result<(), String> {
    let mut ids = HashSet::new();
    for user in users {
        if user.id.trim().is_empty() {
            return Err("a user has an empty id".into());
        }
        if !ids.insert(user.id.as_str()) {
            return Err(format!("user {:?} is listed twice", user.id));
        }
        for key in user.fields.keys() {
            user_field(key)
                .map_err(|why| format!("user {:?}: `fields` key `{key}` {why}", user.id))?;
        }
    }
    Ok(())
}

/// Why a seed's `fields` may not set `key` of the people model, if it may not.
fn user_field(key: &str) -> Result<(), String> {
    if let Some((_, keys)) = SEEDED.iter().find(|(field, _)| *field == key) {
        return Err(format!("is set by the user's {keys}: write it there"));
    }
    let Some(model) = crate::API.people.and_then(|p| crate::API.model(p.model)) else {
        return Err("cannot be set: the spec gives no people model".into());
    };
    if model.fields.contains(&key) {
        return Ok(());
    }
    let hint = nearest(key, model.fields.iter().copied())
        .map(|n| format!(" (did you mean `{n}`?)"))
        .unwrap_or_default();
    Err(format!("is not a field of the {} model{hint}", model.name))
}

/// Why `seeded` cannot be the records of `collection`, if it cannot.
fn records(collection: &str, seeded: &[Value]) -> Result<(), String> {
    let known = collections::seeded_collections();
    if !known.contains(&collection) {
        if collections::people_collection() == Some(collection) {
            return Err(format!(
                "`records` names `{collection}`, the users: seed them with `users`"
            ));
        }
        let hint = nearest(collection, known.iter().copied())
            .map(|n| format!(" (did you mean `{n}`?)"))
            .unwrap_or_default();
        return Err(format!(
            "`records` names an unknown collection `{collection}`{hint}: the collections are {}",
            known.join(", ")
        ));
    }
    let mut ids = HashSet::new();
    for (n, record) in seeded.iter().enumerate() {
        let id = match record.get(RECORD_ID) {
            _ if !record.is_object() => {
                return Err(format!(
                    "record {} of `{collection}` is not a JSON object",
                    n + 1
                ));
            }
            Some(Value::String(id)) if !id.trim().is_empty() => id,
            _ => {
                return Err(format!(
                    "record {} of `{collection}` has no `{RECORD_ID}`: give each record a text `{RECORD_ID}` (quote a number)",
                    n + 1
                ));
            }
        };
        if !ids.insert(id) {
            return Err(format!(
                "`{collection}` has two records with {RECORD_ID} {id:?}"
            ));
        }
    }
    Ok(())
}

/// Why `names` cannot be the endpoints an integration lacks, if they cannot.
fn missing_methods(names: &[String]) -> Result<(), String> {
    let api = &crate::API;
    for name in names {
        match api.endpoints.iter().find(|e| e.name == name) {
            Some(e) if e.admin => {
                return Err(format!(
                    "missing_methods names {name}, an endpoint of the admin API: no integration answers it"
                ));
            }
            Some(_) => {}
            None => {
                let hint = nearest(name, api.endpoints.iter().map(|e| e.name))
                    .map(|n| format!(" (did you mean `{n}`?)"))
                    .unwrap_or_default();
                return Err(format!(
                    "missing_methods names an unknown endpoint `{name}`{hint}"
                ));
            }
        }
    }
    if !names.is_empty() && api.missing_method.is_empty() {
        return Err(
            "missing_methods needs the spec's `missing_method` answer, and the spec gives none"
                .into(),
        );
    }
    Ok(())
}

impl Seed {
    /// Reads a seed from YAML. An error names the line and column, and for an unknown
    /// integration the nearest known names.
    pub fn from_yaml(text: &str) -> Result<Seed, SeedError> {
        // A file larger or deeper than a seed can be is refused before it is parsed.
        crate::yaml::check_bounds(text).map_err(|(line, message)| SeedError {
            line,
            ..SeedError::new(message)
        })?;
        let seed: Seed = serde_yaml::from_str(text).map_err(|e| yaml_error(text, &e))?;
        seed.check()?;
        Ok(seed)
    }

    /// Reads a seed from a YAML file. An error names the file.
    pub fn from_file(path: &Path) -> Result<Seed, SeedError> {
        let with_file = |mut e: SeedError| {
            e.file = Some(path.to_path_buf());
            e
        };
        let text = std::fs::File::open(path)
            .map_err(|e| format!("cannot read the file: {e}"))
            .and_then(crate::yaml::read_limited)
            .map_err(|message| with_file(SeedError::new(message)))?;
        Seed::from_yaml(&text).map_err(with_file)
    }

    /// Checks what YAML cannot: integrations are known, account ids are UUIDs, ids are unique,
    /// user fields, record collections and missing methods are the spec's, limits and fault
    /// rates are in range.
    pub fn check(&self) -> Result<(), SeedError> {
        let mut accounts = HashSet::new();
        for account in &self.accounts {
            self::account(account).map_err(SeedError::new)?;
            if !accounts.insert(account.id.as_str()) {
                return Err(SeedError::new(format!(
                    "account {} is listed twice",
                    account.id
                )));
            }
        }
        self.limits.check().map_err(SeedError::new)?;
        self.faults.check().map_err(SeedError::new)?;
        Ok(())
    }
}
