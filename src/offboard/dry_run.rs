//! Dry runs: every target of a plan checked and its exact request built, nothing that changes
//! anything sent (with email targets, the people are looked for with reads only).

use std::collections::HashMap;

use serde::Serialize;

use super::find::FindOptions;
use super::journal::{Journal, key};
use super::plan::{AUTO, Plan};
use super::resolve::{Resolved, resolve};
use super::run::{FINISHED, Triage, triage};
use crate::validate::WireField;
use crate::{Client, Prepared};

/// One line of a dry run: what would be sent for a target, or why nothing would.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DryRunLine {
    /// The target's position in the plan (from 0).
    pub target: usize,
    /// The integrated account.
    pub integrated_account_id: String,
    /// The integration's display name, when the plan names it.
    pub integration: Option<String>,
    /// The user.
    pub user_id: String,
    /// The operation chosen, when one could be.
    pub operation: Option<String>,
    /// The operation the plan asked for.
    pub requested: String,
    /// `would_send`, `unverified` (the plan does not name the integration, and a dry run looks
    /// nothing up: per-integration rules were not checked), `invalid`, `needs_confirmation`, or
    /// `skipped` (a resumed run's journal records it as finished).
    pub outcome: &'static str,
    /// Every problem, when invalid (or why it is unverified).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<String>,
    /// The exact request (token redacted), when one could be built.
    pub request: Option<Prepared>,
    /// The person's email, for a target given by email.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

impl DryRunLine {
    /// Whether the target is invalid.
    pub fn is_invalid(&self) -> bool {
        self.outcome == "invalid"
    }
}

/// A dry run of a plan with email targets: the people are looked for (reads only: the admin
/// list, the users list and get, and integrated-account lookups are `GET`s), then every target
/// is checked and its exact request built; nothing that changes anything is sent. `offline`:
/// nothing at all is sent, and email targets are `unresolved`. Returns the lines and the reads
/// made.
pub async fn dry_run_people(
    plan: &Plan,
    client: &Client,
    confirm_irreversible: bool,
    journal: Option<&Journal>,
    find: &FindOptions,
    offline: bool,
) -> (Vec<DryRunLine>, u32) {
    // A dry run reads the journal's searches but records nothing.
    let mut read_only = journal.map(|j| Journal::read(j.path()));
    let journal_for_expand = match &mut read_only {
        Some(Ok(j)) => Some(j),
        _ => None,
    };
    let expanded =
        match super::people::expand(plan, client, journal_for_expand, find, offline).await {
            Ok(e) => e,
            // Expanding records nothing in a read-only journal, so it cannot fail to write.
            Err(_) => return (Vec::new(), 0),
        };
    let mut lines: Vec<DryRunLine> = expanded
        .unresolved
        .iter()
        .map(|r| DryRunLine {
            target: r.target,
            integrated_account_id: r.integrated_account_id.clone(),
            integration: r.integration.clone(),
            user_id: r.user_id.clone(),
            operation: None,
            requested: r.requested.clone(),
            outcome: r.outcome.as_str(),
            problems: r.error.iter().cloned().collect(),
            request: None,
            email: r.email.clone(),
        })
        .collect();
    for mut line in dry_run_resuming(&expanded.plan, client, confirm_irreversible, journal) {
        if let Some((index, email)) = expanded.origin.get(line.target) {
            line.target = *index;
            line.email = email.clone();
        }
        lines.push(line);
    }
    // The removals of access: after each target's own line (a stable sort keeps that order).
    let revokes = super::revoke::dry_run(
        &expanded.plan,
        &expanded.origin,
        client,
        offline,
        find.max_pages,
    )
    .await;
    lines.extend(revokes);
    lines.sort_by_key(|l| l.target);
    (lines, expanded.reads)
}

/// Checks every target of `plan` and builds its exact request, sending nothing at all (no
/// lookups either). `client` only supplies the base URL and headers.
pub fn dry_run(plan: &Plan, client: &Client, confirm_irreversible: bool) -> Vec<DryRunLine> {
    dry_run_resuming(plan, client, confirm_irreversible, None)
}

/// [`dry_run`] of a run resumed with `journal`: the targets it records as finished are
/// `skipped`. The journal is only read ([`Journal::read`]).
pub fn dry_run_resuming(
    plan: &Plan,
    client: &Client,
    confirm_irreversible: bool,
    journal: Option<&Journal>,
) -> Vec<DryRunLine> {
    let confirm = confirm_irreversible || plan.confirm_irreversible;
    let mut seen = HashMap::new();
    plan.targets
        .iter()
        .enumerate()
        .map(|(index, target)| {
            let requested = plan.operation_of(target);
            let mut line = DryRunLine {
                target: index,
                integrated_account_id: target.integrated_account_id.clone(),
                integration: None,
                user_id: target.user_id.clone(),
                operation: None,
                requested: requested.to_string(),
                outcome: "invalid",
                problems: Vec::new(),
                request: None,
                email: None,
            };
            let integration = match triage(&mut seen, journal, index, target, requested) {
                Triage::Go(integration) => integration,
                Triage::Finished(integration, operation) => {
                    line.outcome = "skipped";
                    line.integration = integration;
                    line.operation = operation;
                    line.problems.push(FINISHED.into());
                    return line;
                }
                Triage::Refused(message) => {
                    line.problems.push(message);
                    return line;
                }
            };
            line.integration = integration.map(|i| i.name().to_string());
            if integration.is_none() && requested == AUTO {
                line.outcome = "unverified";
                line.problems.push(
                    "the plan does not name the integration and a dry run looks nothing up, so `auto` cannot choose an operation: name the integration to check this target".into(),
                );
                return line;
            }
            let resolved = resolve(target, requested, integration, &plan.defaults.params, confirm);
            line.resolved(resolved, client, journal);
            line
        })
        .collect()
}

impl DryRunLine {
    /// Completes the line of a target that resolved as `resolved`: its operation, outcome and
    /// exact request, or why it would not be sent (also a doubt the journal holds about it).
    fn resolved(&mut self, resolved: Resolved, client: &Client, journal: Option<&Journal>) {
        let (outcome, request) = match resolved {
            Resolved::Invalid {
                operation,
                problems,
            } => {
                self.operation = operation.map(str::to_string);
                self.problems = problems;
                return;
            }
            Resolved::NeedsConfirmation(r) => ("needs_confirmation", r),
            Resolved::Unverified(r) => ("unverified", r),
            Resolved::Ready(r) => ("would_send", r),
        };
        self.operation = Some(request.offboarding.operation.to_string());
        let doubt = journal.and_then(|j| {
            j.doubt(&key(
                &self.integrated_account_id,
                &self.user_id,
                &self.requested,
            ))
        });
        let outcome = match doubt {
            Some(why) if !request.endpoint.idempotent => {
                self.problems.push(format!(
                    "in doubt: {why}; a run reads the user back first: the effect there, it is already_done; otherwise, not idempotent, it is sent again only with --resend-in-doubt"
                ));
                "needs_confirmation"
            }
            Some(why) => {
                self.problems.push(format!(
                    "in doubt: {why}; a run reads the user back first, and sends it again (idempotent) unless the read shows it done"
                ));
                outcome
            }
            None => outcome,
        };
        match client.prepare(request.endpoint, &WireField::fields(&request.fields)) {
            Ok(prepared) => {
                self.outcome = outcome;
                self.request = Some(prepared);
            }
            Err(e) => self.problems.push(e.to_string()),
        }
    }
}
