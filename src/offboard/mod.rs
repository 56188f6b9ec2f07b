//! Offboarding plans: many users in many integrated accounts, each with the least destructive
//! operation its integration supports (or the one the plan names), sent within the API's rate
//! limits, reported one line per target, resumable, and with an audit trail and an auditor's
//! report ([`Report`]: Markdown or HTML, one table per person, what needs a person).
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use truto_user_directory::offboard::{Offboarder, Plan, RunOptions, bulk_client_builder};
//!
//! let plan = Plan::from_file("plan.yaml".as_ref())?;
//! // The API's 50 requests per 10 s per account, 16 in flight, safe retries.
//! let client = bulk_client_builder().build()?;
//! let options = RunOptions {
//!     journal: Some("offboarding.journal".into()),
//!     audit: Some("offboarding.audit".into()),
//!     ..RunOptions::default()
//! };
//! let summary = Offboarder::new(client, options)
//!     .run(&plan, |result| println!("{}", serde_json::to_string(result).unwrap()))
//!     .await?;
//! assert!(summary.all_done());
//! # Ok(())
//! # }
//! ```
//!
//! Nothing here names an endpoint or an integration: operations, their order for `auto`, what
//! a success does and which answers mean "already done" come from the spec's `offboarding`
//! sections.

mod access;
mod append;
mod audit;
mod dry_run;
mod find;
mod journal;
mod people;
mod plan;
mod report;
mod resolve;
mod revoke;
mod run;
mod send;
mod verify;

use serde::Serialize;

pub use crate::Stop;
pub use access::{AccessItem, AccessReport, AccessSnapshot};
pub use append::{MAX_JOURNAL_BYTES, is_refusal, is_write_failure, same_file, shared_file};
pub use audit::{
    AuditAnchor, AuditBreak, AuditChain, AuditRecord, AuditVerification, verify_audit,
};
pub use dry_run::{DryRunLine, dry_run, dry_run_people, dry_run_resuming};
pub use find::{
    AccountFind, AccountRef, DEFAULT_ACCOUNT_DEADLINE, FindError, FindOptions, FindOutcome, Match,
    find_person, get_endpoint, is_email_address, list_endpoint, tenant_accounts,
};
pub use journal::{Damaged, Journal, JournalHeader, Resolution, Sending, same_base_url};
pub use people::{Expanded, expand};
pub use plan::{AUTO, Defaults, Plan, PlanError, Target, plan_schema, revoke_names};
pub use report::{Report, ReportFormat, RunInfo, plan_sha256};
pub use resolve::{
    Request, Resolved, account_id_problems, auto_operation, endpoint_for, operations, resolve,
};
pub use run::{Offboarder, RunError, RunErrorKind, RunOptions, Summary, bulk_client_builder};
pub use verify::verify;

/// How one target ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// This run's call changed the user: the API answered with a success, or (when its answer
    /// was lost) the change was confirmed ([`TargetResult::confirmed_by`]).
    Succeeded,
    /// The user was already in that state before this run touched it (already inactive,
    /// already gone): never said of a change this run's own call may have made.
    AlreadyDone,
    /// The target cannot be sent: the validator's messages say why.
    Invalid,
    /// The operation is irreversible and was not confirmed.
    NeedsConfirmation,
    /// The call, or the integrated-account lookup, failed.
    Failed,
    /// A journal says the target already finished.
    Skipped,
    /// An email target: the person has no user in the account (nothing to remove).
    NotFound,
    /// An email target: more than one user matches; a person must choose (never acted on).
    Ambiguous,
    /// An email target: the account cannot be searched (no list for its integration, the API
    /// needs parameters to list, or the account is not active).
    CannotSearch,
    /// An email target of a dry run with `--offline`: not looked up.
    Unresolved,
    /// The run was stopped ([`Stop`]) before this target was sent (or, for an email target,
    /// before the account's search ended): nothing was sent for it, and a re-run sends it.
    Interrupted,
    /// An email target's account listed for the tenant that says it belongs to another tenant:
    /// never searched, never acted on (the admin list ignored the tenant filter).
    Foreign,
    /// A removal of access (`revoke`) the integration answered it has no method for (the page
    /// did not name it either way): nothing was changed, and the report says what is left.
    Unsupported,
}

impl Outcome {
    /// Whether the target needs no more work.
    pub fn is_done(self) -> bool {
        matches!(
            self,
            Outcome::Succeeded
                | Outcome::AlreadyDone
                | Outcome::Skipped
                | Outcome::NotFound
                | Outcome::Unsupported
        )
    }

    /// The outcome's name in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Succeeded => "succeeded",
            Outcome::AlreadyDone => "already_done",
            Outcome::Invalid => "invalid",
            Outcome::NeedsConfirmation => "needs_confirmation",
            Outcome::Failed => "failed",
            Outcome::Skipped => "skipped",
            Outcome::NotFound => "not_found",
            Outcome::Ambiguous => "ambiguous",
            Outcome::CannotSearch => "cannot_search",
            Outcome::Unresolved => "unresolved",
            Outcome::Interrupted => "interrupted",
            Outcome::Foreign => "foreign",
            Outcome::Unsupported => "unsupported",
        }
    }
}

/// How a change whose answer was lost was confirmed to be this run's: the call is never sent
/// again blindly, the user is read back first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confirmation {
    /// Reading the user back showed the effect the spec promises (its own record with the
    /// status, or the app saying it is gone).
    ReadBack,
    /// The read-back did not show it yet, the call was sent again, and the API answered that
    /// it is already done: this run's earlier call did it.
    AlreadyDoneOnResend,
}

/// One line of a run's report: what happened to one target.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct TargetResult {
    /// The target's position in the plan (from 0).
    pub target: usize,
    /// The integrated account.
    pub integrated_account_id: String,
    /// The integration's display name, when known.
    pub integration: Option<String>,
    /// The integration name the API gave for the integrated account when this spec does not
    /// know it: the target got only the checks every integration shares (absent otherwise, and
    /// in journals written before this field existed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unknown_integration: Option<String>,
    /// The user.
    pub user_id: String,
    /// The operation chosen (`None` when none could be).
    pub operation: Option<String>,
    /// The operation the plan asked for (`auto` or a name).
    pub requested: String,
    /// How it ended.
    pub outcome: Outcome,
    /// The HTTP status of the last answer, when there was one.
    pub status: Option<u16>,
    /// Attempts made (0 when nothing was sent).
    pub attempts: u32,
    /// What went wrong, or why nothing was sent.
    pub error: Option<String>,
    /// Answers to the mutating call that were lost (a timeout, a dropped connection, a 502 or
    /// 504, a success that could not be read): each was followed by a read of the user before
    /// anything was sent again.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub lost_answers: u32,
    /// How a change whose answer was lost was confirmed (`succeeded` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmed_by: Option<Confirmation>,
    /// What a person should know about how the target ended: what the read-back of a lost
    /// answer saw, why a target in doubt was not sent again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Every problem of an invalid target (the validator's messages).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<String>,
    /// The person's email, for a target given by email (its user was found by it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The request id the API gave the mutating call, when it sent one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// SHA-256 of the mutating call's response body, as received (hex).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_sha256: Option<String>,
    /// The read that checked the effect took place (`--verify`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<Verification>,
    /// A removal of access (`revoke`): what was removed (absent for the plan's operations).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoke: Option<RevokeOf>,
    /// When work on the target started (RFC 3339).
    pub started_at: String,
    /// When it finished (RFC 3339).
    pub finished_at: String,
}

impl TargetResult {
    /// The result of target number `target` (`requested` of user `user_id` in an integrated
    /// account) before anything is known of a call: no operation, answer, note or check yet;
    /// started and finished now.
    pub(crate) fn unsent(
        target: usize,
        integrated_account_id: String,
        user_id: String,
        requested: String,
        outcome: Outcome,
    ) -> TargetResult {
        let now = now_rfc3339();
        TargetResult {
            target,
            integrated_account_id,
            integration: None,
            unknown_integration: None,
            user_id,
            operation: None,
            requested,
            outcome,
            status: None,
            attempts: 0,
            error: None,
            lost_answers: 0,
            confirmed_by: None,
            note: None,
            problems: Vec::new(),
            email: None,
            request_id: None,
            response_sha256: None,
            verification: None,
            revoke: None,
            started_at: now.clone(),
            finished_at: now,
        }
    }
}

/// What one removal of access took away.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct RevokeOf {
    /// The kind of access, as plans name it (`groups`, `role_assignments`).
    pub access: String,
    /// The id of what was removed (a group, a role assignment).
    pub item: String,
    /// Its name, when the record gave one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The id of the user-record item it granted, when that is another record (the role of a
    /// role assignment).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grants: Option<String>,
}

/// Whether a verification read saw the effect the spec promises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VerifyOutcome {
    /// The user is in the promised state (status, gone, or without the seat).
    Verified,
    /// The promised state was not seen before the timeout.
    Unconfirmed,
}

/// The read after a mutating call that checks its effect (`--verify`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Verification {
    /// What it saw.
    pub outcome: VerifyOutcome,
    /// The user's status the last read saw (`None`: gone, or not reported).
    pub observed_status: Option<String>,
    /// The HTTP status of the last read.
    pub status: Option<u16>,
    /// The request id of the last read.
    pub request_id: Option<String>,
    /// SHA-256 of the last read's response body (hex).
    pub response_sha256: Option<String>,
    /// Reads made.
    pub reads: u32,
    /// When the last read returned (RFC 3339).
    pub at: String,
    /// Why the effect is unconfirmed: what the last read saw, or why the user could not be read
    /// (absent when verified).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// The current time in RFC 3339, UTC.
pub(crate) fn now_rfc3339() -> String {
    time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}
