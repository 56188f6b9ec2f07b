//! Access reviews: who still has access, across every app of a tenant, against a roster of who
//! should (SOC 2 CC6.2/CC6.3, ISO 27001 A.5.18).
//!
//! A review lists every user of every active integrated account of a tenant, page by page as
//! they arrive (never every user at once), joins accounts to people by email, and gives each
//! account its findings ([`Finding`]): a leaver still holding access, a dormant account, a
//! privileged one, one with no email to match, one person with several active accounts in one
//! app. It writes `accounts.csv`, `review.json`, `review.md` and `review.html`; turns the
//! leavers' accounts into an offboarding plan; and compares two reviews.
//!
//! Nothing here names an endpoint, an integration or a field: how a user record shows emails,
//! status, last activity, roles and user type comes from the spec (`spec/common.yaml`,
//! `people`).

mod accounts;
mod atomic;
mod cells;
pub mod diff;
pub mod findings;
mod journal;
pub mod load;
mod options;
mod outputs;
pub mod plan;
mod read;
pub mod report;
pub mod roster;
mod rows;
mod run;
mod spool;

pub use cells::{CSV_COLUMNS, csv_record};
pub use load::{Review, ReviewReadError, for_each_row, read_review};
pub use options::{
    DEFAULT_ACCOUNTS_IN_FLIGHT, DEFAULT_DORMANT_DAYS, JOURNAL_FILE, Progress, ROWS_FILE,
    ReviewError, ReviewOptions,
};
pub use outputs::{CSV_FILE, JSON_FILE};
pub use roster::{Roster, RosterEntry, RosterError, RosterStatus};
pub use run::review;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Something a review says about one account (an account may have several).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Finding {
    /// The person left (the roster says `left`) or is not on the roster, and the account is
    /// not inactive.
    Leaver,
    /// Active, and no login or activity for the review's dormant days (or never).
    Dormant,
    /// Active, and the app's records say nothing of logins or activity: whether it is dormant
    /// is not known (never guessed).
    DormantUnknown,
    /// An admin role, or a privileged user type.
    Privileged,
    /// The account has no email to match a person by.
    Unmatched,
    /// One person holds several active accounts in one app.
    Duplicate,
}

impl Finding {
    /// Every finding, in the order reports show them (leavers first).
    pub const ALL: [Finding; 6] = [
        Finding::Leaver,
        Finding::Dormant,
        Finding::DormantUnknown,
        Finding::Privileged,
        Finding::Unmatched,
        Finding::Duplicate,
    ];

    /// The finding's name in outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            Finding::Leaver => "leaver",
            Finding::Dormant => "dormant",
            Finding::DormantUnknown => "dormant_unknown",
            Finding::Privileged => "privileged",
            Finding::Unmatched => "unmatched",
            Finding::Duplicate => "duplicate",
        }
    }
}

/// One user account of one app, as a review records it: one row of `accounts.csv`, one item
/// of `review.json`'s `accounts`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountRow {
    /// The app (the integration's display name, or the name the API gave).
    pub app: String,
    /// The integrated account.
    pub integrated_account_id: String,
    /// The user's id in the app.
    pub user_id: String,
    /// Every email of the user record (and a username that is one), as written.
    pub emails: Vec<String>,
    /// The person the account was matched to: the roster's email (lower case), or without a
    /// roster the record's first email (lower case); `None` when it has none.
    pub person: Option<String>,
    /// The user's status in the app.
    pub status: Option<String>,
    /// The latest login or activity the record gives.
    pub last_login: Option<String>,
    /// The user type, when the record gives one.
    pub user_type: Option<String>,
    /// Roles, groups and licenses, as `name (id)`.
    pub roles: Vec<String>,
    /// Groups, as `name (id)`.
    pub groups: Vec<String>,
    /// Licenses, as `name (id)`.
    pub licenses: Vec<String>,
    /// What the review found, in [`Finding::ALL`] order.
    pub findings: Vec<Finding>,
}

/// An integrated account the review read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountReviewed {
    /// The integrated account.
    pub integrated_account_id: String,
    /// Its app.
    pub app: String,
    /// Users listed.
    pub users: u64,
    /// Pages read.
    pub pages: u64,
}

/// An integrated account the review did not read, and why (another status than active, a
/// list the spec does not have, an error).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountNotReviewed {
    /// The integrated account.
    pub integrated_account_id: String,
    /// Its app, when known.
    pub app: Option<String>,
    /// Its status in the admin API, when known.
    pub status: Option<String>,
    /// Why it was not reviewed.
    pub reason: String,
}

/// The roster a review was run against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RosterInfo {
    /// The file, as given.
    pub path: String,
    /// SHA-256 of its bytes (hex).
    pub sha256: String,
    /// People on it.
    pub people: usize,
    /// Of them, `left`.
    pub left: usize,
}

/// What a review was: `review.json`'s `meta`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewMeta {
    /// The tenant reviewed (`None`: accounts named one by one).
    pub tenant_id: Option<String>,
    /// When the review started and finished (RFC 3339).
    pub started_at: String,
    /// When it finished.
    pub finished_at: String,
    /// The tool and spec version (the crate's version).
    pub spec_version: String,
    /// Days without login or activity that make an active account dormant.
    pub dormant_days: u32,
    /// The roster, when one was given.
    pub roster: Option<RosterInfo>,
    /// The accounts read.
    pub reviewed: Vec<AccountReviewed>,
    /// The accounts not read, with why.
    pub not_reviewed: Vec<AccountNotReviewed>,
    /// Accounts (rows) per finding.
    pub counts: BTreeMap<Finding, u64>,
    /// Rows in all.
    pub rows: u64,
}
