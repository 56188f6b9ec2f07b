//! How an account's row is written in `accounts.csv`: its columns, and its cells (lists
//! joined, unknowns empty, and what a spreadsheet would take for a formula made text).

use super::AccountRow;

/// The columns of `accounts.csv`.
pub const CSV_COLUMNS: [&str; 12] = [
    "app",
    "integrated_account_id",
    "user_id",
    "emails",
    "person",
    "status",
    "last_login",
    "user_type",
    "roles",
    "groups",
    "licenses",
    "findings",
];

/// How lists are joined in a CSV cell.
const JOIN: &str = "; ";

/// The characters that make a spreadsheet read a cell as a formula when they open it.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// One row of `accounts.csv`, in [`CSV_COLUMNS`] order. A cell that a spreadsheet would take
/// for a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return: an app's user
/// may name themselves or a group so) starts with `'`, which spreadsheets show as text;
/// `review.json` keeps every value as the app gave it.
pub fn csv_record(row: &AccountRow) -> [String; 12] {
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let findings: Vec<&str> = row.findings.iter().map(|f| f.as_str()).collect();
    [
        row.app.clone(),
        row.integrated_account_id.clone(),
        row.user_id.clone(),
        row.emails.join(JOIN),
        text(&row.person),
        text(&row.status),
        text(&row.last_login),
        text(&row.user_type),
        row.roles.join(JOIN),
        row.groups.join(JOIN),
        row.licenses.join(JOIN),
        findings.join(JOIN),
    ]
    .map(as_text)
}

/// `cell`, with `'` before it when a spreadsheet would take it for a formula.
fn as_text(cell: String) -> String {
    if cell.starts_with(FORMULA_STARTS) {
        format!("'{cell}")
    } else {
        cell
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::Finding;

    #[test]
    fn a_csv_record_joins_lists_and_leaves_unknowns_empty() {
        let row = AccountRow {
            app: "Okta".into(),
            integrated_account_id: "a".into(),
            user_id: "u1".into(),
            emails: vec!["a@x.example".into(), "b@x.example".into()],
            person: None,
            status: Some("active".into()),
            last_login: None,
            user_type: None,
            roles: vec!["Admin (r1)".into()],
            groups: vec![],
            licenses: vec!["Pro".into(), "Max".into()],
            findings: vec![Finding::Dormant, Finding::Privileged],
        };
        assert_eq!(
            csv_record(&row),
            [
                "Okta",
                "a",
                "u1",
                "a@x.example; b@x.example",
                "",
                "active",
                "",
                "",
                "Admin (r1)",
                "",
                "Pro; Max",
                "dormant; privileged"
            ]
        );
    }

    #[test]
    fn a_cell_a_spreadsheet_would_take_for_a_formula_is_text() {
        let row = AccountRow {
            app: "Okta".into(),
            integrated_account_id: "a".into(),
            user_id: "-42".into(),
            emails: vec!["@evil".into(), "b@x.example".into()],
            person: Some("=1+1".into()),
            status: Some("+active".into()),
            last_login: Some("\t2026".into()),
            user_type: Some("\rx".into()),
            roles: vec!["=HYPERLINK(\"http://x\")".into()],
            groups: vec!["a=b".into()],
            licenses: vec![],
            findings: vec![],
        };
        let cells = csv_record(&row);
        assert_eq!(cells[2], "'-42");
        assert_eq!(cells[3], "'@evil; b@x.example");
        assert_eq!(cells[4], "'=1+1");
        assert_eq!(cells[5], "'+active");
        assert_eq!(cells[6], "'\t2026");
        assert_eq!(cells[7], "'\rx");
        assert_eq!(cells[8], "'=HYPERLINK(\"http://x\")");
        assert_eq!(cells[9], "a=b", "only a cell's first character counts");
        assert_eq!(cells[10], "");
    }
}
