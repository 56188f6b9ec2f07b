//! What a person had access to in one account, as their user record showed it: the report's
//! "before" (read before the run touched the user) and "after" (read once the run was done).
//! The fields read are the spec's (`spec/common.yaml`, `people`: status, last login, and the
//! lists of groups, roles, licenses, … whose items carry an `id` and a `name`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::Verification;
use crate::spec::text_at;

/// One item of an access list (a group, a role, a license…).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessItem {
    /// The item's id in the app, when the record gives one.
    pub id: Option<String>,
    /// Its name, when the record gives one.
    pub name: Option<String>,
}

impl AccessItem {
    /// `name (id)`, or whichever of the two is known.
    pub fn label(&self) -> String {
        match (&self.name, &self.id) {
            (Some(name), Some(id)) if name != id => format!("{name} ({id})"),
            (Some(name), _) => name.clone(),
            (None, Some(id)) => id.clone(),
            (None, None) => "(no id or name)".into(),
        }
    }
}

/// A user's access as one read of their record showed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessSnapshot {
    /// The app says the user is gone.
    pub gone: bool,
    /// The user's status.
    pub status: Option<String>,
    /// The user's last login, when the record gives it.
    pub last_login: Option<String>,
    /// Each access list the record holds (field name → items); a field the record does not
    /// hold is absent, which is not the same as an empty list.
    pub access: BTreeMap<String, Vec<AccessItem>>,
    /// When the read returned (RFC 3339).
    pub read_at: String,
    /// The read's HTTP status.
    pub http_status: Option<u16>,
    /// The read's request id, when the API gave one.
    pub request_id: Option<String>,
    /// SHA-256 of the read's response body (hex).
    pub response_sha256: Option<String>,
}

impl AccessSnapshot {
    /// The snapshot of `record` (`None`: the app says the user is gone), with the read's
    /// evidence.
    pub(crate) fn of(record: Option<&Value>, read: &Verification) -> AccessSnapshot {
        let mut snapshot = AccessSnapshot {
            gone: record.is_none(),
            status: None,
            last_login: None,
            access: BTreeMap::new(),
            read_at: read.at.clone(),
            http_status: read.status,
            request_id: read.request_id.clone(),
            response_sha256: read.response_sha256.clone(),
        };
        let (Some(record), Some(people)) = (record, crate::PEOPLE.as_ref()) else {
            return snapshot;
        };
        snapshot.status = text_at(record, people.status);
        snapshot.last_login = people.last_login.and_then(|f| text_at(record, f));
        for &field in people.access {
            if let Some(Value::Array(items)) = record.get(field) {
                snapshot
                    .access
                    .insert(field.to_string(), items.iter().map(item).collect());
            }
        }
        snapshot
    }

    /// The items of `field` (none when the record does not hold it).
    pub fn items(&self, field: &str) -> &[AccessItem] {
        self.access.get(field).map_or(&[], Vec::as_slice)
    }

    /// Whether the record lists an item of `field` with this id.
    pub fn holds(&self, field: &str, id: &str) -> bool {
        self.items(field)
            .iter()
            .any(|i| i.id.as_deref() == Some(id))
    }
}

/// An item of an access list: its `id` and `name`, as text.
fn item(value: &Value) -> AccessItem {
    AccessItem {
        id: text_at(value, "id").filter(|s| !s.trim().is_empty()),
        name: text_at(value, "name").filter(|s| !s.trim().is_empty()),
    }
}

/// One person in one account: what their record showed before the run and after it, and what
/// the run could not remove.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessReport {
    /// The plan target the person came from (from 0).
    pub target: usize,
    /// The integrated account.
    pub integrated_account_id: String,
    /// The integration's display name, when known.
    pub integration: Option<String>,
    /// The user.
    pub user_id: String,
    /// The person's email, for a target given by email.
    pub email: Option<String>,
    /// The record before the run touched the user (`None`: not read; `notes` say why).
    pub before: Option<AccessSnapshot>,
    /// The record once the run was done (`--verify`; `None`: not read).
    pub after: Option<AccessSnapshot>,
    /// What a person should know: access the integration cannot remove through the API (and
    /// what is left of it), reads that failed.
    pub notes: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read() -> Verification {
        Verification {
            outcome: super::super::VerifyOutcome::Verified,
            observed_status: None,
            status: Some(200),
            request_id: Some("req-1".into()),
            response_sha256: None,
            reads: 1,
            at: "2026-12-07T10:00:00Z".into(),
            note: None,
        }
    }

    #[test]
    fn a_snapshot_keeps_what_the_record_lists_and_tells_absent_from_empty() {
        let record = serde_json::json!({
            "id": "u1",
            "status": "active",
            "last_login_at": "2026-12-01T08:00:00Z",
            "groups": [{"id": "g1", "name": "Finance"}, {"id": 7}, {"name": "no id"}],
            "roles": [],
        });
        let s = AccessSnapshot::of(Some(&record), &read());
        assert_eq!(s.status.as_deref(), Some("active"));
        assert_eq!(s.last_login.as_deref(), Some("2026-12-01T08:00:00Z"));
        let labels: Vec<String> = s.items("groups").iter().map(AccessItem::label).collect();
        assert_eq!(labels, ["Finance (g1)", "7", "no id"]);
        assert!(s.holds("groups", "g1") && s.holds("groups", "7") && !s.holds("groups", "g2"));
        assert_eq!(
            s.access.get("roles"),
            Some(&Vec::new()),
            "an empty list is kept"
        );
        assert!(
            !s.access.contains_key("licenses"),
            "an absent field stays absent"
        );
        assert_eq!(s.request_id.as_deref(), Some("req-1"));
        let gone = AccessSnapshot::of(None, &read());
        assert!(gone.gone && gone.access.is_empty());
    }
}
