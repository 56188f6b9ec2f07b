//! Pages of a list, as the local server serves them: real cursors (opaque, not secret) and
//! limits, from the request's fields.

use serde_json::{Map, Value, json};

use super::http::Answer;
use super::parse::field;
use crate::spec::{EndpointSpec, ParamRole};
use crate::validate::WireField;

/// The items of a list page when the request sets no `limit` (the parameter with
/// [`ParamRole::Limit`]).
pub const DEFAULT_PAGE_SIZE: u64 = 25;

/// The most items a list page holds: a larger `limit` is served as this many.
pub const MAX_PAGE_SIZE: u64 = 100;

/// What every cursor this server issues starts with, before it is hex-encoded.
const CURSOR_TAG: &str = "after:";

/// The cursor of the page that starts after `key`: opaque (hex), but not secret.
fn cursor_after(key: &str) -> String {
    format!("{CURSOR_TAG}{key}")
        .bytes()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The key a cursor of [`cursor_after`] starts after; `None` when this server did not issue it.
fn cursor_key(cursor: &str) -> Option<String> {
    let digits = cursor.as_bytes();
    if digits.is_empty() || !digits.len().is_multiple_of(2) {
        return None;
    }
    let bytes = digits
        .chunks(2)
        .map(|pair| u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok())
        .collect::<Option<Vec<u8>>>()?;
    String::from_utf8(bytes)
        .ok()?
        .strip_prefix(CURSOR_TAG)
        .map(str::to_string)
}

/// One page of `items` (sorted by key) in the list envelope, from the request's cursor and
/// limit: the page starts after the cursor's key, so it stays right when items go away.
/// A page of `items` (sorted by key), each item turned into JSON by `render` only when it is on
/// the page.
pub(super) fn paged<T>(
    endpoint: &'static EndpointSpec,
    fields: &[WireField],
    items: Vec<(String, T)>,
    render: impl Fn(&str, T) -> Value,
) -> Answer {
    let with_role = |role| {
        endpoint
            .parameter_with_role(role)
            .and_then(|p| field(fields, p.name).map(|v| (p, v)))
    };
    let size = match with_role(ParamRole::Limit) {
        None => DEFAULT_PAGE_SIZE,
        Some((p, v)) => match v.as_u64() {
            Some(0) | None => {
                return Answer::error(
                    400,
                    format!(
                        "`{}` must be at least 1 (pages hold {DEFAULT_PAGE_SIZE} items when it is not set, at most {MAX_PAGE_SIZE})",
                        p.name
                    ),
                    false,
                );
            }
            Some(n) => n.min(MAX_PAGE_SIZE),
        },
    };
    let after = match with_role(ParamRole::Cursor) {
        None => None,
        Some((p, v)) => match v.as_str().and_then(cursor_key) {
            Some(key) => Some(key),
            None => {
                return Answer::error(
                    400,
                    format!(
                        "`{}` {v} is not a cursor of {}: pass the previous page's `{}` unchanged, or leave it out to start at the first page",
                        p.name,
                        endpoint.name,
                        crate::LIST_ENVELOPE.next_cursor
                    ),
                    false,
                );
            }
        },
    };
    let start = after.map_or(0, |key| items.partition_point(|(k, _)| *k <= key));
    let size = usize::try_from(size).unwrap_or(usize::MAX);
    let end = start.saturating_add(size).min(items.len());
    let next = (end < items.len())
        .then(|| items.get(end.wrapping_sub(1)).map(|(k, _)| cursor_after(k)))
        .flatten();
    let page: Vec<Value> = items
        .into_iter()
        .skip(start)
        .take(end.saturating_sub(start))
        .map(|(k, v)| render(&k, v))
        .collect();
    let envelope = &crate::LIST_ENVELOPE;
    let mut body = Map::new();
    body.insert(envelope.result_count.into(), json!(page.len()));
    body.insert(envelope.next_cursor.into(), json!(next));
    if let Some(key) = envelope.items.first() {
        body.insert((*key).into(), Value::Array(page));
    }
    Answer::ok(Value::Object(body))
}
