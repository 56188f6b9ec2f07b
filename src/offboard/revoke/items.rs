//! What one removal is about, and the facts about it that do not need a run: the items a user
//! record holds or a list gives, a removal's fields and name, what a read or an answer shows.

use serde_json::Value;

use crate::spec::{EndpointSpec, ListedBy, ParamRole, Revoke, text_at};
use crate::validate::WireField;
use crate::value::{Field, FieldValue};
use crate::{Client, Error};

use super::super::access::{AccessItem, AccessSnapshot};
use super::Person;

/// What one item removal is about.
#[derive(Debug, Clone)]
pub(super) struct Item {
    pub(super) id: String,
    pub(super) name: Option<String>,
    /// The user-record item it grants (a listed record), whose absence verifies it.
    pub(super) grants: Option<String>,
}

/// The records of `listed_by` that are the user's, every page.
pub(super) async fn listed(
    client: &Client,
    max_pages: u32,
    p: &Person,
    listed_by: ListedBy,
) -> Result<Vec<Item>, Error> {
    {
        let list = listed_by.endpoint;
        let fields: Vec<Field<'_>> = list
            .parameters
            .iter()
            .filter(|s| s.role == Some(ParamRole::IntegratedAccount))
            .map(|&spec| Field {
                spec,
                value: FieldValue::Text(&p.account),
            })
            .collect();
        let mut pages = client
            .pages_of_fields::<Value>(list, fields, p.integration)
            .max_pages(max_pages);
        let mut items = Vec::new();
        while let Some(page) = pages.next_page().await {
            let page = page?;
            let crate::Body::Typed(Some(page)) = page.body else {
                continue;
            };
            for record in &page.items {
                if text_at(record, listed_by.user_key).as_deref() != Some(p.user_id.as_str()) {
                    continue;
                }
                if let Some(id) = text_at(record, "id") {
                    items.push(Item {
                        id,
                        name: text_at(record, "name"),
                        grants: text_at(record, listed_by.grants),
                    });
                }
            }
        }
        Ok(items)
    }
}

/// The items of the user record's `user_field` that carry an id: what a removal without a list
/// takes away, one call each.
pub(super) fn held_items(before: &AccessSnapshot, revoke: &Revoke) -> Vec<Item> {
    before
        .items(revoke.user_field)
        .iter()
        .filter_map(|i| {
            Some(Item {
                id: i.id.clone()?,
                name: i.name.clone(),
                grants: None,
            })
        })
        .collect()
}

/// The id a removal's answer carries when it is not the item's (the group of a remove-user,
/// the `{id}` of a delete); an answer without an id proves nothing either way.
pub(super) fn answered_for_another(response: &crate::Response<Value>, id: &str) -> Option<String> {
    let body = match &response.body {
        crate::Body::Typed(Some(value)) => value.as_ref(),
        crate::Body::Json(value) => value,
        _ => return None,
    };
    text_at(body, "id").filter(|answered| answered != id)
}

/// What a removal is journaled and reported as: `<access>:<item id>`.
pub(super) fn operation(revoke: &Revoke, id: &str) -> String {
    format!("{}:{id}", revoke.access)
}

pub(super) fn item_label(item: &Item) -> String {
    AccessItem {
        id: Some(item.id.clone()),
        name: item.name.clone(),
    }
    .label()
}

/// Whether the user record still shows the item: the item itself in `user_field`, or (a listed
/// record) the item it grants.
pub(super) fn holds(record: &Value, revoke: &Revoke, item: &Item) -> bool {
    let shown = match (&revoke.listed_by, &item.grants) {
        (None, _) => item.id.as_str(),
        (Some(_), Some(grants)) => grants.as_str(),
        // A record that grants nothing the user record lists: nothing there to tell.
        (Some(_), None) => return false,
    };
    match record.get(revoke.user_field) {
        Some(Value::Array(items)) => items
            .iter()
            .any(|i| text_at(i, "id").as_deref() == Some(shown)),
        _ => false,
    }
}

/// The fields of one removal: the account, the user (where the endpoint names one) and the
/// item's id.
pub(super) fn removal_fields(
    endpoint: &'static EndpointSpec,
    revoke: &Revoke,
    p: &Person,
    id: &str,
) -> Vec<WireField> {
    endpoint
        .parameters
        .iter()
        .filter_map(|&spec| {
            let value = if std::ptr::eq(spec, revoke.item) {
                id
            } else {
                match spec.role {
                    Some(ParamRole::IntegratedAccount) => p.account.as_str(),
                    Some(ParamRole::User) => p.user_id.as_str(),
                    _ => return None,
                }
            };
            Some(WireField {
                spec,
                value: Value::from(value),
            })
        })
        .collect()
}

/// The labels of what the user record lists for this kind of access.
pub(super) fn held_labels(before: &AccessSnapshot, revoke: &Revoke) -> Vec<String> {
    before
        .items(revoke.user_field)
        .iter()
        .map(AccessItem::label)
        .collect()
}

/// The endpoint the person's integration lacks (the spec says so) for removing this kind of
/// access: the removal's own, or the list its items come from.
pub(super) fn lacking(
    p: &Person,
    endpoint: &'static EndpointSpec,
) -> Option<&'static EndpointSpec> {
    let lacks = |e: &EndpointSpec| p.integration.is_some_and(|i| !e.may_support(i));
    if lacks(endpoint) {
        return Some(endpoint);
    }
    endpoint
        .revoke
        .and_then(|r| r.listed_by)
        .map(|l| l.endpoint)
        .filter(|e| lacks(e))
}
