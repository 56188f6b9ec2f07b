//! What changed between two reviews (`userdir review diff OLD/review.json NEW/review.json`):
//! accounts gained and lost, and per account kept the status, roles, groups and licenses
//! gained and lost and the findings that appeared or were resolved; as Markdown and JSON.
//!
//! Accounts are keyed by integrated account id and user id. An account of an integrated
//! account that one of the reviews could not read is neither gained nor lost: it is counted as
//! not compared, with why. Reviews of different tenants are compared only when asked
//! ([`DiffOptions::allow_other_tenant`]).

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

pub use super::load::{Review, ReviewReadError, read_review};
use super::{AccountRow, Finding, ReviewMeta};
use crate::markup::md;

/// How to compare.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DiffOptions {
    /// Compare reviews of different tenants (refused otherwise).
    pub allow_other_tenant: bool,
}

/// Two reviews that cannot be compared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiffError {
    /// They are of different tenants (or one of a tenant, the other of accounts named one by
    /// one), and [`DiffOptions::allow_other_tenant`] was not given.
    OtherTenant {
        /// The old review's tenant.
        old: Option<String>,
        /// The new review's tenant.
        new: Option<String>,
    },
    /// One review lists the same account twice (not a review this tool wrote).
    DuplicateAccount {
        /// `old` or `new`.
        review: &'static str,
        /// The integrated account.
        integrated_account_id: String,
        /// The user.
        user_id: String,
    },
}

impl fmt::Display for DiffError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let tenant = |t: &Option<String>| match t {
            Some(t) => format!("tenant {}", crate::terminal::short(t)),
            None => "integrated accounts named one by one".to_string(),
        };
        match self {
            DiffError::OtherTenant { old, new } => write!(
                f,
                "the reviews are not of the same tenant (old: {}; new: {}): not compared (allow it with --allow-other-tenant)",
                tenant(old),
                tenant(new)
            ),
            DiffError::DuplicateAccount {
                review,
                integrated_account_id,
                user_id,
            } => write!(
                f,
                "the {review} review lists user {} of integrated account {} twice: not a review this tool wrote",
                crate::terminal::short(user_id),
                crate::terminal::short(integrated_account_id)
            ),
        }
    }
}

impl std::error::Error for DiffError {}

/// What changed between two reviews.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReviewDiff {
    /// The old review.
    pub old: Side,
    /// The new review.
    pub new: Side,
    /// Per finding (leavers first): accounts with it in each review, and how many it appeared
    /// on or was resolved on (an account gained or lost counts too).
    pub findings: Vec<FindingChange>,
    /// Accounts in the new review only.
    pub gained: Vec<AccountSummary>,
    /// Accounts in the old review only (and whose integrated account the new one read).
    pub lost: Vec<AccountSummary>,
    /// Accounts in both whose status, access or findings changed.
    pub changed: Vec<AccountChange>,
    /// Integrated accounts one review could not read: their accounts in the other are not
    /// compared.
    pub not_compared: Vec<NotCompared>,
}

/// One of the two reviews.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Side {
    /// Its tenant.
    pub tenant_id: Option<String>,
    /// When it started.
    pub started_at: String,
    /// When it finished.
    pub finished_at: String,
    /// Its accounts (rows).
    pub accounts: u64,
}

/// One finding's change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FindingChange {
    /// The finding.
    pub finding: Finding,
    /// Accounts with it in the old review.
    pub old: u64,
    /// Accounts with it in the new review.
    pub new: u64,
    /// Accounts it appeared on (gained accounts with it included).
    pub appeared: u64,
    /// Accounts it was resolved on (lost accounts with it included).
    pub resolved: u64,
}

/// An account gained or lost.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AccountSummary {
    /// The app.
    pub app: String,
    /// The integrated account.
    pub integrated_account_id: String,
    /// The user.
    pub user_id: String,
    /// The person.
    pub person: Option<String>,
    /// The user's status.
    pub status: Option<String>,
    /// Its findings (in the review that has it).
    pub findings: Vec<Finding>,
}

impl AccountSummary {
    fn of(row: &AccountRow) -> AccountSummary {
        AccountSummary {
            app: row.app.clone(),
            integrated_account_id: row.integrated_account_id.clone(),
            user_id: row.user_id.clone(),
            person: row.person.clone(),
            status: row.status.clone(),
            findings: row.findings.clone(),
        }
    }
}

/// Items of a list gained and lost.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ListChange {
    /// In the new review only (in its order).
    pub gained: Vec<String>,
    /// In the old review only (in its order).
    pub lost: Vec<String>,
}

impl ListChange {
    fn of(old: &[String], new: &[String]) -> ListChange {
        ListChange {
            gained: new.iter().filter(|i| !old.contains(i)).cloned().collect(),
            lost: old.iter().filter(|i| !new.contains(i)).cloned().collect(),
        }
    }

    /// Whether nothing was gained or lost.
    pub fn is_empty(&self) -> bool {
        self.gained.is_empty() && self.lost.is_empty()
    }
}

/// A status that changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatusChange {
    /// In the old review.
    pub old: Option<String>,
    /// In the new review.
    pub new: Option<String>,
}

/// An account in both reviews, and what changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AccountChange {
    /// The app (the new review's).
    pub app: String,
    /// The integrated account.
    pub integrated_account_id: String,
    /// The user.
    pub user_id: String,
    /// The person (the new review's).
    pub person: Option<String>,
    /// The status, when it changed.
    pub status: Option<StatusChange>,
    /// Roles gained and lost.
    pub roles: ListChange,
    /// Groups gained and lost.
    pub groups: ListChange,
    /// Licenses gained and lost.
    pub licenses: ListChange,
    /// Findings in the new review only.
    pub findings_appeared: Vec<Finding>,
    /// Findings in the old review only.
    pub findings_resolved: Vec<Finding>,
}

impl AccountChange {
    /// What changed, or `None` when nothing did.
    fn of(old: &AccountRow, new: &AccountRow) -> Option<AccountChange> {
        let only = |a: &[Finding], b: &[Finding]| {
            Finding::ALL
                .into_iter()
                .filter(|f| a.contains(f) && !b.contains(f))
                .collect::<Vec<_>>()
        };
        let change = AccountChange {
            app: new.app.clone(),
            integrated_account_id: new.integrated_account_id.clone(),
            user_id: new.user_id.clone(),
            person: new.person.clone(),
            status: (old.status != new.status).then(|| StatusChange {
                old: old.status.clone(),
                new: new.status.clone(),
            }),
            roles: ListChange::of(&old.roles, &new.roles),
            groups: ListChange::of(&old.groups, &new.groups),
            licenses: ListChange::of(&old.licenses, &new.licenses),
            findings_appeared: only(&new.findings, &old.findings),
            findings_resolved: only(&old.findings, &new.findings),
        };
        let unchanged = change.status.is_none()
            && change.roles.is_empty()
            && change.groups.is_empty()
            && change.licenses.is_empty()
            && change.findings_appeared.is_empty()
            && change.findings_resolved.is_empty();
        (!unchanged).then_some(change)
    }
}

/// An integrated account one review could not read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NotCompared {
    /// The integrated account.
    pub integrated_account_id: String,
    /// Its app, when known.
    pub app: Option<String>,
    /// The review that could not read it: `old` or `new`.
    pub not_reviewed_in: &'static str,
    /// Why it was not reviewed.
    pub reason: String,
    /// Its accounts in the other review, not compared.
    pub accounts: u64,
}

/// An account's key: integrated account id, user id.
type Key<'a> = (&'a str, &'a str);

/// Every row of `review` by key; a key given twice is an error.
fn index<'r>(
    review: &'r Review,
    which: &'static str,
) -> Result<BTreeMap<Key<'r>, &'r AccountRow>, DiffError> {
    let mut rows = BTreeMap::new();
    for row in &review.accounts {
        let key = (row.integrated_account_id.as_str(), row.user_id.as_str());
        if rows.insert(key, row).is_some() {
            return Err(DiffError::DuplicateAccount {
                review: which,
                integrated_account_id: row.integrated_account_id.clone(),
                user_id: row.user_id.clone(),
            });
        }
    }
    Ok(rows)
}

/// Compares two reviews.
pub fn diff(old: &Review, new: &Review, options: DiffOptions) -> Result<ReviewDiff, DiffError> {
    if old.meta.tenant_id != new.meta.tenant_id && !options.allow_other_tenant {
        return Err(DiffError::OtherTenant {
            old: old.meta.tenant_id.clone(),
            new: new.meta.tenant_id.clone(),
        });
    }
    let (old_rows, new_rows) = (index(old, "old")?, index(new, "new")?);
    let mut not_compared = NotComparedTally::default();
    let mut lost = Vec::new();
    for (key, row) in &old_rows {
        if new_rows.contains_key(key) {
            continue;
        }
        if !not_compared.counts(&new.meta, "new", row) {
            lost.push(AccountSummary::of(row));
        }
    }
    let mut gained = Vec::new();
    let mut changed = Vec::new();
    for (key, row) in &new_rows {
        match old_rows.get(key) {
            Some(before) => changed.extend(AccountChange::of(before, row)),
            None if not_compared.counts(&old.meta, "old", row) => {}
            None => gained.push(AccountSummary::of(row)),
        }
    }
    let by_place = |a: &AccountSummary| {
        (
            a.app.clone(),
            a.integrated_account_id.clone(),
            a.user_id.clone(),
        )
    };
    gained.sort_by_key(by_place);
    lost.sort_by_key(by_place);
    changed.sort_by(|a, b| {
        (&a.app, &a.integrated_account_id, &a.user_id).cmp(&(
            &b.app,
            &b.integrated_account_id,
            &b.user_id,
        ))
    });
    let findings = finding_changes(old, new, &gained, &lost, &changed);
    Ok(ReviewDiff {
        old: Side::of(old),
        new: Side::of(new),
        findings,
        gained,
        lost,
        changed,
        not_compared: not_compared.into_list(),
    })
}

impl Side {
    fn of(review: &Review) -> Side {
        Side {
            tenant_id: review.meta.tenant_id.clone(),
            started_at: review.meta.started_at.clone(),
            finished_at: review.meta.finished_at.clone(),
            accounts: review.accounts.len() as u64,
        }
    }
}

/// The integrated accounts one review could not read, and the accounts of the other review
/// left uncompared for it.
#[derive(Default)]
struct NotComparedTally {
    by_account: BTreeMap<(&'static str, String), NotCompared>,
}

impl NotComparedTally {
    /// Whether `row`, absent from the review of `meta`, is there because that review could not
    /// read its integrated account (then it is counted here).
    fn counts(&mut self, meta: &ReviewMeta, which: &'static str, row: &AccountRow) -> bool {
        let Some(missed) = meta
            .not_reviewed
            .iter()
            .find(|n| n.integrated_account_id == row.integrated_account_id)
        else {
            return false;
        };
        self.by_account
            .entry((which, missed.integrated_account_id.clone()))
            .or_insert_with(|| NotCompared {
                integrated_account_id: missed.integrated_account_id.clone(),
                app: missed.app.clone().or_else(|| Some(row.app.clone())),
                not_reviewed_in: which,
                reason: missed.reason.clone(),
                accounts: 0,
            })
            .accounts += 1;
        true
    }

    fn into_list(self) -> Vec<NotCompared> {
        self.by_account.into_values().collect()
    }
}

/// Per finding, leavers first: accounts with it in each review, appeared and resolved.
fn finding_changes(
    old: &Review,
    new: &Review,
    gained: &[AccountSummary],
    lost: &[AccountSummary],
    changed: &[AccountChange],
) -> Vec<FindingChange> {
    let with = |rows: &[AccountRow], f: Finding| {
        rows.iter().filter(|r| r.findings.contains(&f)).count() as u64
    };
    super::report::REPORT_ORDER
        .into_iter()
        .map(|f| {
            let on = |a: &[AccountSummary]| a.iter().filter(|a| a.findings.contains(&f)).count();
            let appeared = on(gained)
                + changed
                    .iter()
                    .filter(|c| c.findings_appeared.contains(&f))
                    .count();
            let resolved = on(lost)
                + changed
                    .iter()
                    .filter(|c| c.findings_resolved.contains(&f))
                    .count();
            FindingChange {
                finding: f,
                old: with(&old.accounts, f),
                new: with(&new.accounts, f),
                appeared: appeared as u64,
                resolved: resolved as u64,
            }
        })
        .collect()
}

impl ReviewDiff {
    /// Whether nothing changed (no account gained, lost or changed).
    pub fn is_empty(&self) -> bool {
        self.gained.is_empty() && self.lost.is_empty() && self.changed.is_empty()
    }

    /// The diff as JSON (pretty-printed).
    pub fn json(&self) -> String {
        // Strings, numbers and lists only: serializing cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The diff as Markdown: the two reviews, a summary, then the accounts gained, lost,
    /// changed and not compared. Every value is escaped.
    pub fn markdown(&self) -> String {
        let mut out = String::from("# Access review: what changed\n\n");
        for (label, side) in [("Old", &self.old), ("New", &self.new)] {
            out.push_str(&format!("- **{label}:** {}\n", md(&side.describe())));
        }
        if self.old.tenant_id != self.new.tenant_id {
            out.push_str("- **Warning:** the reviews are not of the same tenant\n");
        }
        out.push_str(&format!(
            "\n## Summary\n\n| | Accounts |\n| --- | ---: |\n| gained | {} |\n| lost | {} |\n| changed | {} |\n| not compared | {} |\n",
            self.gained.len(),
            self.lost.len(),
            self.changed.len(),
            self.not_compared.iter().map(|n| n.accounts).sum::<u64>()
        ));
        if self.is_empty() {
            out.push_str(
                "\nNo change: the same accounts, with the same status, access and findings.\n",
            );
        }
        out.push_str("\n### Findings\n\n| Finding | Old | New | Appeared | Resolved |\n| --- | ---: | ---: | ---: | ---: |\n");
        for c in &self.findings {
            out.push_str(&format!(
                "| {} | {} | {} | {} | {} |\n",
                c.finding.as_str(),
                c.old,
                c.new,
                c.appeared,
                c.resolved
            ));
        }
        summaries(&mut out, "Accounts gained", &self.gained);
        summaries(&mut out, "Accounts lost", &self.lost);
        out.push_str(&format!("\n## Accounts changed: {}\n", self.changed.len()));
        if !self.changed.is_empty() {
            out.push_str("\n| App | Integrated account | User id | Person | What changed |\n| --- | --- | --- | --- | --- |\n");
            for c in &self.changed {
                out.push_str(&format!(
                    "| {} | {} | {} | {} | {} |\n",
                    md(&c.app),
                    md(&c.integrated_account_id),
                    md(&c.user_id),
                    md(c.person.as_deref().unwrap_or(NONE)),
                    c.what_changed()
                ));
            }
        }
        if !self.not_compared.is_empty() {
            out.push_str(&format!(
                "\n## Not compared: {}\n\n| Integrated account | App | Not reviewed in | Why | Accounts not compared |\n| --- | --- | --- | --- | ---: |\n",
                self.not_compared.len()
            ));
            for n in &self.not_compared {
                out.push_str(&format!(
                    "| {} | {} | {} | {} | {} |\n",
                    md(&n.integrated_account_id),
                    md(n.app.as_deref().unwrap_or(NONE)),
                    n.not_reviewed_in,
                    md(&n.reason),
                    n.accounts
                ));
            }
        }
        out
    }
}

/// An empty cell.
const NONE: &str = "—";

impl Side {
    fn describe(&self) -> String {
        let scope = match &self.tenant_id {
            Some(t) => format!("tenant {t}"),
            None => "integrated accounts named one by one".to_string(),
        };
        format!(
            "{scope}, started {}, finished {}, {} account(s)",
            self.started_at, self.finished_at, self.accounts
        )
    }
}

/// A section listing accounts gained or lost.
fn summaries(out: &mut String, title: &str, accounts: &[AccountSummary]) {
    out.push_str(&format!("\n## {title}: {}\n", accounts.len()));
    if accounts.is_empty() {
        return;
    }
    out.push_str("\n| App | Integrated account | User id | Person | Status | Findings |\n| --- | --- | --- | --- | --- | --- |\n");
    for a in accounts {
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} |\n",
            md(&a.app),
            md(&a.integrated_account_id),
            md(&a.user_id),
            md(a.person.as_deref().unwrap_or(NONE)),
            md(a.status.as_deref().unwrap_or(NONE)),
            findings_text(&a.findings)
        ));
    }
}

fn findings_text(findings: &[Finding]) -> String {
    if findings.is_empty() {
        return NONE.to_string();
    }
    findings
        .iter()
        .map(|f| f.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

impl AccountChange {
    /// What changed, in one Markdown cell (values escaped): `status a → b; roles + x, − y; …`.
    fn what_changed(&self) -> String {
        let mut parts = Vec::new();
        if let Some(s) = &self.status {
            parts.push(format!(
                "status {} → {}",
                md(s.old.as_deref().unwrap_or(NONE)),
                md(s.new.as_deref().unwrap_or(NONE))
            ));
        }
        for (name, list) in [
            ("roles", &self.roles),
            ("groups", &self.groups),
            ("licenses", &self.licenses),
        ] {
            let items = list
                .gained
                .iter()
                .map(|i| format!("+ {}", md(i)))
                .chain(list.lost.iter().map(|i| format!("− {}", md(i))));
            let items: Vec<String> = items.collect();
            if !items.is_empty() {
                parts.push(format!("{name} {}", items.join(", ")));
            }
        }
        if !self.findings_appeared.is_empty() {
            parts.push(format!(
                "findings appeared: {}",
                findings_text(&self.findings_appeared)
            ));
        }
        if !self.findings_resolved.is_empty() {
            parts.push(format!(
                "findings resolved: {}",
                findings_text(&self.findings_resolved)
            ));
        }
        parts.join("; ")
    }
}
