//! From review to action: an offboarding plan ([`crate::offboard::Plan`]) for the leavers'
//! active accounts, which `userdir offboard` (and its `--dry-run`) takes as it is.
//!
//! A review of a tenant gives one target per leaver, by email and tenant (`{email,
//! tenant_id}`: offboarding looks for the person in every account of the tenant, as the review
//! did); a review of accounts named one by one gives one target per account (`{email,
//! integrated_account_id}`). A leaver's account without an email to find them by (a file
//! edited by hand) is given by its user id. Every target takes `defaults: {operation: auto}`.

use std::collections::BTreeSet;
use std::fmt;
use std::path::Path;

use serde::Serialize;

use super::load::{ReviewReadError, for_each_row};
use super::{AccountRow, Finding};
use crate::offboard::{AUTO, Plan, PlanError, is_email_address};

/// Why no plan could be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LeaversPlanError {
    /// The review could not be read.
    Read(ReviewReadError),
    /// No account is a leaver's: there is nothing to offboard.
    NoLeavers {
        /// The review.
        file: String,
    },
    /// The leavers' accounts are more than one plan can hold ([`MAX_PLAN_BYTES`]).
    TooLarge {
        /// The review.
        file: String,
    },
    /// The plan made does not read back as a plan (a bug: it names the problem).
    Plan(PlanError),
}

/// The most bytes a plan may take (what [`Plan::from_yaml`] reads); the leavers' emails and
/// ids are held up to this bound.
pub const MAX_PLAN_BYTES: usize = 16 << 20;

impl fmt::Display for LeaversPlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LeaversPlanError::Read(e) => e.fmt(f),
            LeaversPlanError::NoLeavers { file } => write!(
                f,
                "{file}: no account is a leaver's: there is nothing to offboard (no plan made)"
            ),
            LeaversPlanError::TooLarge { file } => write!(
                f,
                "{file}: the leavers' accounts are more than one plan can hold ({MAX_PLAN_BYTES} bytes): offboard them in parts"
            ),
            LeaversPlanError::Plan(e) => write!(f, "the plan made for the leavers: {e}"),
        }
    }
}

impl std::error::Error for LeaversPlanError {}

impl From<ReviewReadError> for LeaversPlanError {
    fn from(e: ReviewReadError) -> Self {
        LeaversPlanError::Read(e)
    }
}

/// A leaver's account, as the plan needs it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Leaver {
    /// The person's email (the review's `person`, or the account's first email), when it is
    /// an address.
    email: Option<String>,
    integrated_account_id: String,
    user_id: String,
}

impl Leaver {
    /// The bytes it holds.
    fn size(&self) -> usize {
        self.email.as_ref().map_or(0, String::len)
            + self.integrated_account_id.len()
            + self.user_id.len()
    }

    fn of(row: AccountRow) -> Leaver {
        let email = row
            .person
            .into_iter()
            .chain(row.emails)
            .find(|e| is_email_address(e))
            .map(|e| e.trim().to_lowercase());
        Leaver {
            email,
            integrated_account_id: row.integrated_account_id,
            user_id: row.user_id,
        }
    }
}

/// The plan's YAML: what [`Plan`] reads, with only the keys a target uses.
#[derive(Serialize)]
struct PlanOut {
    defaults: DefaultsOut,
    targets: Vec<TargetOut>,
}

#[derive(Serialize)]
struct DefaultsOut {
    operation: &'static str,
}

#[derive(Serialize)]
struct TargetOut {
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tenant_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    integrated_account_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    user_id: Option<String>,
}

/// The offboarding plan (YAML) for the leavers' active accounts of the review in
/// `review_json` (`DIR/review.json`), with a header comment naming the review (file, tenant,
/// time) and how many accounts and people it covers. It reads back with [`Plan::from_yaml`].
pub fn leavers_plan(review_json: &Path) -> Result<String, LeaversPlanError> {
    let file = review_json.display().to_string();
    let (mut leavers, mut held) = (BTreeSet::new(), 0);
    let meta = for_each_row(review_json, |row: AccountRow| {
        if !row.findings.contains(&Finding::Leaver) {
            return Ok(());
        }
        let leaver = Leaver::of(row);
        held += leaver.size();
        if held > MAX_PLAN_BYTES {
            return Err(LeaversPlanError::TooLarge { file: file.clone() });
        }
        leavers.insert(leaver);
        Ok(())
    })?;
    if leavers.is_empty() {
        return Err(LeaversPlanError::NoLeavers { file });
    }
    let tenant = meta.tenant_id.as_deref();
    let targets = targets(&leavers, tenant);
    let people = leavers
        .iter()
        .filter_map(|l| l.email.as_deref())
        .collect::<BTreeSet<_>>()
        .len();
    let header = header(&file, &meta, leavers.len(), people);
    let plan = PlanOut {
        defaults: DefaultsOut { operation: AUTO },
        targets,
    };
    // Serializing plain strings and options to YAML cannot fail.
    let body = serde_yaml::to_string(&plan).unwrap_or_default();
    let yaml = format!("{header}{body}");
    Plan::from_yaml(&yaml).map_err(LeaversPlanError::Plan)?;
    Ok(yaml)
}

/// The targets: per person by email and tenant when the review was of a tenant, else per
/// account by email and account; an account without an email by its user id.
fn targets(leavers: &BTreeSet<Leaver>, tenant: Option<&str>) -> Vec<TargetOut> {
    let mut targets = Vec::new();
    let mut people = BTreeSet::new();
    for l in leavers {
        let target = match (&l.email, tenant) {
            (Some(email), Some(tenant)) => {
                if !people.insert(email) {
                    continue;
                }
                TargetOut {
                    email: Some(email.clone()),
                    tenant_id: Some(tenant.to_string()),
                    integrated_account_id: None,
                    user_id: None,
                }
            }
            (Some(email), None) => TargetOut {
                email: Some(email.clone()),
                tenant_id: None,
                integrated_account_id: Some(l.integrated_account_id.clone()),
                user_id: None,
            },
            (None, _) => TargetOut {
                email: None,
                tenant_id: None,
                integrated_account_id: Some(l.integrated_account_id.clone()),
                user_id: Some(l.user_id.clone()),
            },
        };
        targets.push(target);
    }
    targets
}

/// The comment the plan starts with: where it comes from, what it covers, how to check it.
/// Values are escaped onto one line each (a line break in a tenant id cannot end the comment).
fn header(file: &str, meta: &super::ReviewMeta, accounts: usize, people: usize) -> String {
    let one_line = |s: &str| crate::terminal::escape(s).into_owned();
    let scope = match &meta.tenant_id {
        Some(t) => format!("tenant {}", one_line(t)),
        None => "integrated accounts named one by one".to_string(),
    };
    format!(
        "# Offboarding plan for the leavers of an access review\n\
         # Review: {}\n\
         # Of: {scope}, started {}, finished {}\n\
         # Covers: {accounts} active account(s) of {people} leaver(s)\n\
         # Check it first: userdir offboard THIS_FILE --dry-run\n",
        one_line(file),
        one_line(&meta.started_at),
        one_line(&meta.finished_at),
    )
}
