//! What a review says about one user record: its row ([`AccountRow`]) and its findings, by pure
//! functions of the record, the spec's `people` section, the roster and the review's clock.
//! Every finding but `duplicate`, which needs the other rows of the app ([`duplicate_key`]),
//! is decided here.
//!
//! What the record does not say is not guessed: a record with none of the activity fields is
//! `dormant_unknown`, never `dormant`; an account without an email is `unmatched`, never a
//! leaver.

use serde_json::Value;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::roster::{Roster, RosterStatus};
use super::{AccountRow, Finding};
use crate::offboard::{AccessItem, is_email_address};
use crate::spec::{People, id_at, text_at, values_at};

/// What a review judges records by: the spec, the roster, the clock and the dormant days.
#[derive(Debug, Clone, Copy)]
pub struct Criteria<'a> {
    /// The spec's `people` section.
    pub people: &'a People,
    /// Who should have access, when a roster was given.
    pub roster: Option<&'a Roster>,
    /// The review's time.
    pub now: OffsetDateTime,
    /// Days without login or activity that make an active account dormant.
    pub dormant_days: u32,
}

impl Criteria<'_> {
    /// The row of one user record of the integrated account `integrated_account_id` of `app`,
    /// with its findings (all but `duplicate`).
    pub fn row(&self, record: &Value, integrated_account_id: &str, app: &str) -> AccountRow {
        let people = self.people;
        let emails = emails(record, people);
        let activity = activity(record, people);
        let mut row = AccountRow {
            app: app.to_string(),
            integrated_account_id: integrated_account_id.to_string(),
            user_id: id_at(record, people.id).unwrap_or_default(),
            person: person(&emails, self.roster),
            emails,
            status: text_at(record, people.status),
            last_login: activity.shown().map(str::to_string),
            user_type: people.user_type.and_then(|f| text_at(record, f)),
            roles: labels(record, people.roles),
            groups: labels(record, people.groups),
            licenses: labels(record, people.licenses),
            findings: Vec::new(),
        };
        row.findings = self.findings(&row, record, &activity);
        row
    }

    /// The findings of a row (all but `duplicate`), in [`Finding::ALL`] order.
    fn findings(&self, row: &AccountRow, record: &Value, activity: &Activity) -> Vec<Finding> {
        let active = is_active(row.status.as_deref(), self.people);
        let mut found = Vec::new();
        if active && self.leaves(row) {
            found.push(Finding::Leaver);
        }
        if active {
            match activity.dormancy(self.now, self.dormant_days) {
                Dormancy::Recent => {}
                Dormancy::Dormant => found.push(Finding::Dormant),
                Dormancy::Unknown => found.push(Finding::DormantUnknown),
            }
        }
        if privileged(row, record, self.people) {
            found.push(Finding::Privileged);
        }
        if row.emails.is_empty() {
            found.push(Finding::Unmatched);
        }
        found
    }

    /// Whether the row's person left: the roster says so, or a roster is given and does not
    /// list them. Without an email there is no person to tell (the row is `unmatched`).
    fn leaves(&self, row: &AccountRow) -> bool {
        match (self.roster, &row.person) {
            (Some(roster), Some(person)) => roster
                .get(person)
                .is_none_or(|p| p.status == RosterStatus::Left),
            _ => false,
        }
    }
}

/// Every email of the record, as written (surrounding space trimmed): those at the spec's
/// `emails` paths, then a username that is an email address, each once (case ignored).
pub fn emails(record: &Value, people: &People) -> Vec<String> {
    let at = |paths: &[&str]| -> Vec<String> {
        paths
            .iter()
            .flat_map(|p| values_at(record, p))
            .filter_map(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    };
    let mut out: Vec<String> = Vec::new();
    let usernames = at(people.usernames)
        .into_iter()
        .filter(|u| is_email_address(u));
    for email in at(people.emails).into_iter().chain(usernames) {
        if !out.iter().any(|e| e.eq_ignore_ascii_case(&email)) {
            out.push(email);
        }
    }
    out
}

/// The person an account belongs to: the roster's email that one of `emails` is (in the
/// record's order), else (no roster, or none on it) the first email; lower case. `None`
/// without an email.
pub fn person(emails: &[String], roster: Option<&Roster>) -> Option<String> {
    roster
        .and_then(|r| emails.iter().find_map(|e| r.get(e)))
        .map(|entry| entry.email.clone())
        .or_else(|| emails.first().map(|e| e.trim().to_lowercase()))
}

/// Whether a status is not one of the spec's inactive statuses (case ignored); an account
/// without a status is taken as active: nothing says it is not.
pub fn is_active(status: Option<&str>, people: &People) -> bool {
    status.is_none_or(|s| {
        !people
            .inactive_statuses
            .iter()
            .any(|i| i.eq_ignore_ascii_case(s.trim()))
    })
}

/// The items of the access field `field` (`roles`, `groups`, `licenses`), as `name (id)`.
pub fn labels(record: &Value, field: Option<&str>) -> Vec<String> {
    access_items(record, field)
        .iter()
        .map(AccessItem::label)
        .collect()
}

/// The items of an access field: objects with an `id` and a `name` (a bare text item is a
/// name).
fn access_items(record: &Value, field: Option<&str>) -> Vec<AccessItem> {
    let Some(field) = field else {
        return Vec::new();
    };
    let item = |v: &Value| match v {
        Value::String(name) => AccessItem {
            id: None,
            name: Some(name.clone()).filter(|n| !n.trim().is_empty()),
        },
        _ => AccessItem {
            id: id_at(v, "id"),
            name: text_at(v, "name").filter(|n| !n.trim().is_empty()),
        },
    };
    values_at(record, field)
        .into_iter()
        .flat_map(|v| match v {
            Value::Array(items) => items.iter().map(item).collect::<Vec<_>>(),
            Value::Null => Vec::new(),
            other => vec![item(other)],
        })
        .collect()
}

/// Whether the account is privileged: its user type is one of the spec's privileged types,
/// or one of its roles' names holds one of the spec's privileged words (case ignored).
pub fn privileged(row: &AccountRow, record: &Value, people: &People) -> bool {
    let by_type = row.user_type.as_deref().is_some_and(|t| {
        people
            .privileged_types
            .iter()
            .any(|p| p.eq_ignore_ascii_case(t.trim()))
    });
    let by_role = access_items(record, people.roles).iter().any(|role| {
        let name = role.name.as_deref().unwrap_or_default().to_lowercase();
        people
            .privileged_role_words
            .iter()
            .any(|w| name.contains(&w.to_lowercase()))
    });
    by_type || by_role
}

/// What a record says of its user's last login or activity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Activity {
    /// The latest date among the activity fields, as written.
    Seen(OffsetDateTime, String),
    /// The record has activity fields, all empty or `null`: never.
    Never,
    /// The record has none of the activity fields: not known.
    NotGiven,
    /// A field holds something that is not an RFC 3339 date (as written); the latest date
    /// that could be read, if any.
    Unreadable(String, Option<(OffsetDateTime, String)>),
}

/// Whether an active account is dormant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dormancy {
    /// Seen within the dormant days.
    Recent,
    /// Not seen within them, or never.
    Dormant,
    /// Cannot be told.
    Unknown,
}

impl Activity {
    /// What the row shows as its last login: the latest date, or the text that could not be
    /// read as one.
    pub fn shown(&self) -> Option<&str> {
        match self {
            Activity::Seen(_, text) | Activity::Unreadable(_, Some((_, text))) => Some(text),
            Activity::Unreadable(text, None) => Some(text),
            Activity::Never | Activity::NotGiven => None,
        }
    }

    /// Whether an account with this activity is dormant at `now`: seen more than
    /// `dormant_days` days ago, or never. A date that cannot be read makes it unknown, unless
    /// another is recent.
    pub fn dormancy(&self, now: OffsetDateTime, dormant_days: u32) -> Dormancy {
        let recent = |at: &OffsetDateTime| now - *at <= time::Duration::days(dormant_days.into());
        match self {
            Activity::Seen(at, _) if recent(at) => Dormancy::Recent,
            Activity::Seen(..) | Activity::Never => Dormancy::Dormant,
            Activity::Unreadable(_, Some((at, _))) if recent(at) => Dormancy::Recent,
            Activity::Unreadable(..) | Activity::NotGiven => Dormancy::Unknown,
        }
    }
}

/// The latest of the record's activity fields (the spec's `people.activity`).
pub fn activity(record: &Value, people: &People) -> Activity {
    let mut latest: Option<(OffsetDateTime, String)> = None;
    let (mut given, mut unreadable) = (false, None);
    for path in people.activity {
        let values = values_at(record, path);
        // A field present, even `null`, says something; only an absent one says nothing.
        given |= holds_field(record, path);
        for value in values {
            match value {
                Value::Null => {}
                Value::String(s) if s.trim().is_empty() => {}
                Value::String(s) => match OffsetDateTime::parse(s.trim(), &Rfc3339) {
                    Ok(at) if latest.as_ref().is_none_or(|(l, _)| at > *l) => {
                        latest = Some((at, s.clone()));
                    }
                    Ok(_) => {}
                    Err(_) => {
                        unreadable.get_or_insert_with(|| s.clone());
                    }
                },
                other => {
                    unreadable.get_or_insert_with(|| other.to_string());
                }
            }
        }
    }
    match (unreadable, latest) {
        (Some(text), latest) => Activity::Unreadable(text, latest),
        (None, Some((at, text))) => Activity::Seen(at, text),
        (None, None) if given => Activity::Never,
        (None, None) => Activity::NotGiven,
    }
}

/// Whether the record has the field at `path` (dotted; `[]` after a list field), whatever its
/// value, `null` included.
fn holds_field(record: &Value, path: &str) -> bool {
    let mut current = vec![record];
    let segments: Vec<&str> = path.split('.').collect();
    for (n, segment) in segments.iter().enumerate() {
        let (name, list) = match segment.strip_suffix("[]") {
            Some(name) => (name, true),
            None => (*segment, false),
        };
        let last = n + 1 == segments.len();
        let mut next = Vec::new();
        for value in current {
            let Some(field) = value.as_object().and_then(|o| o.get(name)) else {
                continue;
            };
            if last {
                return true;
            }
            match (list, field) {
                (true, Value::Array(items)) => next.extend(items),
                (false, field) => next.push(field),
                (true, _) => {}
            }
        }
        current = next;
    }
    false
}

/// The key a row counts under for the `duplicate` finding: its app and person, when it is
/// active and has a person. One person with two or more active accounts (different user ids
/// or integrated accounts) under one key is a duplicate.
pub fn duplicate_key<'r>(row: &'r AccountRow, people: &People) -> Option<(&'r str, &'r str)> {
    let person = row.person.as_deref()?;
    is_active(row.status.as_deref(), people).then_some((row.app.as_str(), person))
}

/// Adds `duplicate` to a row's findings, keeping [`Finding::ALL`] order.
pub fn add_finding(row: &mut AccountRow, finding: Finding) {
    if !row.findings.contains(&finding) {
        row.findings.push(finding);
        row.findings.sort();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn people() -> &'static People {
        crate::PEOPLE.as_ref().expect("the spec has people")
    }

    fn at(text: &str) -> OffsetDateTime {
        OffsetDateTime::parse(text, &Rfc3339).expect("a date")
    }

    const NOW: &str = "2026-12-07T12:00:00Z";

    fn criteria(roster: Option<&Roster>) -> Criteria<'_> {
        Criteria {
            people: people(),
            roster,
            now: at(NOW),
            dormant_days: 90,
        }
    }

    fn roster() -> Roster {
        Roster::from_csv(
            "email,status\nada@example.com,left\ngrace@example.com,active\nlinus@example.com,active\n",
        )
        .expect("a roster")
    }

    /// A record as the spec's people model has it (the paths read from the spec's section, so
    /// that the test follows it).
    fn record(fields: Value) -> Value {
        let mut user =
            json!({"id": "u1", "status": "active", "last_login_at": "2026-12-01T08:00:00Z"});
        for (k, v) in fields.as_object().expect("an object") {
            user[k] = v.clone();
        }
        user
    }

    fn email(address: &str) -> Value {
        json!([{"email": address, "type": "work", "is_primary": true}])
    }

    fn findings_of(user: &Value, roster: Option<&Roster>) -> Vec<Finding> {
        criteria(roster).row(user, "acc-1", "Okta").findings
    }

    #[test]
    fn the_spec_reads_users_as_these_tests_write_them() {
        let p = people();
        assert_eq!(p.emails, ["emails[].email"]);
        assert!(p.activity.contains(&"last_login_at"));
        assert_eq!(p.roles, Some("roles"));
        assert_eq!(p.user_type, Some("user_type"));
    }

    #[test]
    fn a_row_has_every_email_the_person_and_labels() {
        let user = record(json!({
            "emails": [{"email": " Ada@Example.com "}, {"email": "ada@example.com"}, {"email": "lovelace@example.org"}],
            "username": "ADA@example.com",
            "roles": [{"id": "r1", "name": "Member"}],
            "groups": [{"id": "g1", "name": "finance"}, {"id": "g2"}],
            "licenses": ["Pro"],
            "user_type": "user",
        }));
        let row = criteria(None).row(&user, "acc-1", "Okta");
        assert_eq!(row.emails, ["Ada@Example.com", "lovelace@example.org"]);
        assert_eq!(row.person.as_deref(), Some("ada@example.com"));
        assert_eq!(
            (
                row.app.as_str(),
                row.integrated_account_id.as_str(),
                row.user_id.as_str()
            ),
            ("Okta", "acc-1", "u1")
        );
        assert_eq!(row.roles, ["Member (r1)"]);
        assert_eq!(row.groups, ["finance (g1)", "g2"]);
        assert_eq!(row.licenses, ["Pro"]);
        assert_eq!(row.user_type.as_deref(), Some("user"));
        assert_eq!(row.last_login.as_deref(), Some("2026-12-01T08:00:00Z"));
        assert!(row.findings.is_empty(), "{:?}", row.findings);
    }

    #[test]
    fn the_person_is_the_roster_email_any_of_the_record_matches() {
        let roster = roster();
        let emails = vec!["ghopper@example.org".into(), "Grace@EXAMPLE.com".into()];
        assert_eq!(
            person(&emails, Some(&roster)).as_deref(),
            Some("grace@example.com")
        );
        assert_eq!(
            person(&emails, None).as_deref(),
            Some("ghopper@example.org")
        );
        assert_eq!(
            person(&emails[..1], Some(&roster)).as_deref(),
            Some("ghopper@example.org"),
            "not on the roster: the first email"
        );
        assert_eq!(person(&[], Some(&roster)), None);
    }

    #[test]
    fn a_username_counts_only_when_it_is_an_email_address() {
        let user = record(json!({"username": "linus@example.com"}));
        assert_eq!(emails(&user, people()), ["linus@example.com"]);
        let user = record(json!({"username": "@hedy"}));
        assert!(emails(&user, people()).is_empty());
    }

    #[test]
    fn leavers_are_left_or_absent_from_the_roster_and_not_inactive() {
        let roster = roster();
        let ada = record(json!({"emails": email("ADA@example.com")}));
        assert_eq!(findings_of(&ada, Some(&roster)), [Finding::Leaver]);
        assert!(findings_of(&ada, None).is_empty(), "no roster, no leaver");
        let stranger = record(json!({"emails": email("mallory@example.com")}));
        assert_eq!(findings_of(&stranger, Some(&roster)), [Finding::Leaver]);
        let grace = record(json!({"emails": email("grace@example.com")}));
        assert!(findings_of(&grace, Some(&roster)).is_empty());
        // Another of the record's emails is on the roster as active: not a leaver.
        let both =
            record(json!({"emails": [{"email": "g@x.example"}, {"email": "grace@example.com"}]}));
        assert!(findings_of(&both, Some(&roster)).is_empty());
        for status in people().inactive_statuses {
            let gone = record(
                json!({"emails": email("ada@example.com"), "status": status.to_uppercase()}),
            );
            assert!(
                findings_of(&gone, Some(&roster)).is_empty(),
                "{status}: an inactive account holds no access"
            );
        }
        // No email: unmatched, not a leaver.
        let nobody = record(json!({}));
        assert_eq!(findings_of(&nobody, Some(&roster)), [Finding::Unmatched]);
    }

    #[test]
    fn dormant_is_old_activity_or_never_and_unknown_is_said() {
        let old = record(
            json!({"emails": email("a@x.example"), "last_login_at": "2026-09-07T11:59:59Z"}),
        );
        assert_eq!(findings_of(&old, None), [Finding::Dormant]);
        let edge = record(
            json!({"emails": email("a@x.example"), "last_login_at": "2026-09-08T12:00:00Z"}),
        );
        assert!(
            findings_of(&edge, None).is_empty(),
            "exactly 90 days: not yet"
        );
        // The latest of the activity fields counts.
        let active_later = record(json!({
            "emails": email("a@x.example"),
            "last_login_at": "2025-01-01T00:00:00Z",
            "last_active_at": "2026-12-06T00:00:00+02:00",
        }));
        let row = criteria(None).row(&active_later, "acc", "App");
        assert!(row.findings.is_empty());
        assert_eq!(row.last_login.as_deref(), Some("2026-12-06T00:00:00+02:00"));
        // Present but null or empty: never logged in.
        let never = record(json!({"emails": email("a@x.example"), "last_login_at": null}));
        assert_eq!(findings_of(&never, None), [Finding::Dormant]);
        let blank = record(json!({"emails": email("a@x.example"), "last_login_at": ""}));
        assert_eq!(findings_of(&blank, None), [Finding::Dormant]);
        // None of the fields: not known.
        let mut unknown = record(json!({"emails": email("a@x.example")}));
        unknown
            .as_object_mut()
            .expect("object")
            .remove("last_login_at");
        assert_eq!(findings_of(&unknown, None), [Finding::DormantUnknown]);
        assert_eq!(criteria(None).row(&unknown, "a", "b").last_login, None);
        // Unreadable: not known, and shown as written.
        let garbled = record(json!({"emails": email("a@x.example"), "last_login_at": "yesterday"}));
        let row = criteria(None).row(&garbled, "acc", "App");
        assert_eq!(row.findings, [Finding::DormantUnknown]);
        assert_eq!(row.last_login.as_deref(), Some("yesterday"));
        let number =
            record(json!({"emails": email("a@x.example"), "last_login_at": 1_700_000_000}));
        assert_eq!(findings_of(&number, None), [Finding::DormantUnknown]);
        // Unreadable beside a recent date: recent.
        let mixed = record(json!({
            "emails": email("a@x.example"),
            "last_login_at": "garbage",
            "last_active_at": "2026-12-01T00:00:00Z",
        }));
        assert!(findings_of(&mixed, None).is_empty());
        // Inactive accounts are never dormant.
        let gone = record(
            json!({"emails": email("a@x.example"), "status": "inactive", "last_login_at": null}),
        );
        assert!(findings_of(&gone, None).is_empty());
    }

    #[test]
    fn dormancy_follows_the_dormant_days() {
        let seen = Activity::Seen(at("2026-12-01T00:00:00Z"), String::new());
        assert_eq!(seen.dormancy(at(NOW), 90), Dormancy::Recent);
        assert_eq!(seen.dormancy(at(NOW), 3), Dormancy::Dormant);
        assert_eq!(Activity::Never.dormancy(at(NOW), 10_000), Dormancy::Dormant);
        assert_eq!(Activity::NotGiven.dormancy(at(NOW), 0), Dormancy::Unknown);
        let future = Activity::Seen(at("2027-01-01T00:00:00Z"), String::new());
        assert_eq!(future.dormancy(at(NOW), 0), Dormancy::Recent);
    }

    #[test]
    fn privileged_by_user_type_or_role_name() {
        let admin = record(json!({"emails": email("a@x.example"), "user_type": "Admin"}));
        assert_eq!(findings_of(&admin, None), [Finding::Privileged]);
        let owner = record(
            json!({"emails": email("a@x.example"), "roles": [{"id": "r9", "name": "Workspace OWNER"}]}),
        );
        assert_eq!(findings_of(&owner, None), [Finding::Privileged]);
        let superuser = record(json!({"emails": email("a@x.example"), "roles": ["superuser"]}));
        assert_eq!(findings_of(&superuser, None), [Finding::Privileged]);
        let member = record(json!({
            "emails": email("a@x.example"),
            "user_type": "end_user",
            "roles": [{"id": "admin", "name": "Member"}, null],
        }));
        assert!(
            findings_of(&member, None).is_empty(),
            "the role's id is not its name"
        );
    }

    #[test]
    fn an_account_may_have_several_findings_in_order() {
        let roster = roster();
        let user = json!({
            "id": "u9",
            "emails": email("ada@example.com"),
            "user_type": "admin",
            "last_login_at": null,
        });
        assert_eq!(
            findings_of(&user, Some(&roster)),
            [Finding::Leaver, Finding::Dormant, Finding::Privileged]
        );
        let mut row = criteria(Some(&roster)).row(&user, "a", "App");
        add_finding(&mut row, Finding::Duplicate);
        add_finding(&mut row, Finding::Duplicate);
        assert_eq!(
            row.findings,
            [
                Finding::Leaver,
                Finding::Dormant,
                Finding::Privileged,
                Finding::Duplicate
            ]
        );
    }

    #[test]
    fn a_record_without_an_id_or_status_is_kept_as_active() {
        let user = json!({"emails": email("a@x.example"), "last_login_at": "2026-12-01T00:00:00Z"});
        let row = criteria(None).row(&user, "acc", "App");
        assert_eq!(row.user_id, "");
        assert_eq!(row.status, None);
        assert!(is_active(None, people()));
        assert_eq!(duplicate_key(&row, people()), Some(("App", "a@x.example")));
        let inactive = AccountRow {
            status: Some("Deleted".into()),
            ..row.clone()
        };
        assert_eq!(duplicate_key(&inactive, people()), None);
        let nobody = AccountRow {
            person: None,
            ..row
        };
        assert_eq!(duplicate_key(&nobody, people()), None);
    }

    #[test]
    fn holds_field_tells_null_from_absent() {
        let user = json!({"a": null, "b": {"c": 1}, "l": [{"d": null}]});
        assert!(holds_field(&user, "a"));
        assert!(holds_field(&user, "b.c"));
        assert!(holds_field(&user, "l[].d"));
        assert!(!holds_field(&user, "x"));
        assert!(!holds_field(&user, "b.x"));
        assert!(!holds_field(&user, "a.b"));
    }
}
