//! The dry run of removals: each person's record read, then every removal's exact request; nothing
//! that changes anything is sent.

use crate::spec::EndpointSpec;
use crate::validate::WireField;
use crate::{Client, Integration};

use super::super::access::AccessSnapshot;
use super::super::verify::{Subject, read_user, unread};
use super::super::{DryRunLine, Plan};
use super::items::{Item, held_items, held_labels, lacking, listed, operation, removal_fields};
use super::{Person, REVOKE, revoke_endpoints};

/// A dry run's lines for the removals a plan asks for: each person's record read (a `GET`),
/// then each removal's exact request, nothing that changes anything sent. `offline`: nothing
/// is read, and each person's kinds of access are `unresolved`.
pub(in crate::offboard) async fn dry_run(
    plan: &Plan,
    origin: &[(usize, Option<String>)],
    client: &Client,
    offline: bool,
    max_pages: u32,
) -> Vec<DryRunLine> {
    let mut lines = Vec::new();
    for (position, target) in plan.targets.iter().enumerate() {
        let kinds = plan.revoke_of(target);
        if kinds.is_empty() || target.user_id.trim().is_empty() {
            continue;
        }
        let (index, email) = origin.get(position).cloned().unwrap_or((position, None));
        let p = Person {
            index,
            account: target.integrated_account_id.clone(),
            user_id: target.user_id.clone(),
            integration: target
                .integration
                .as_deref()
                .and_then(|n| Integration::lookup(n).ok()),
            email,
            revokes: revoke_endpoints(kinds),
        };
        let line = |operation: String, outcome: &'static str, problem: Option<String>| {
            p.dry_run_line(operation, outcome, problem)
        };
        if offline {
            let why = "what to remove is read from the user record: not read offline";
            lines.push(line(kinds.join(", "), "unresolved", Some(why.into())));
            continue;
        }
        let subject = Subject {
            account: &p.account,
            integration: p.integration,
            user_id: &p.user_id,
            scope: &[],
            max_pages,
        };
        let before = match read_user(client, &subject).await.0 {
            Ok(Some(record)) => AccessSnapshot::of(Some(&record), &unread()),
            Ok(None) => continue,
            Err(why) => {
                let why = format!("the user could not be read: {why}");
                lines.push(line(kinds.join(", "), "failed", Some(why)));
                continue;
            }
        };
        for &endpoint in &p.revokes {
            lines.extend(dry_run_kind(client, &p, endpoint, &before, max_pages, &line).await);
        }
    }
    lines
}

impl Person {
    /// A dry-run line of one of the person's removals (or kinds of access), without a request.
    fn dry_run_line(
        &self,
        operation: String,
        outcome: &'static str,
        problem: Option<String>,
    ) -> DryRunLine {
        DryRunLine {
            target: self.index,
            integrated_account_id: self.account.clone(),
            integration: self.integration.map(|i| i.name().to_string()),
            user_id: self.user_id.clone(),
            operation: Some(operation),
            requested: REVOKE.into(),
            outcome,
            problems: problem.into_iter().collect(),
            request: None,
            email: self.email.clone(),
        }
    }
}

/// The dry-run lines of one kind of access for one person.
async fn dry_run_kind(
    client: &Client,
    p: &Person,
    endpoint: &'static EndpointSpec,
    before: &AccessSnapshot,
    max_pages: u32,
    line: &dyn Fn(String, &'static str, Option<String>) -> DryRunLine,
) -> Vec<DryRunLine> {
    let Some(revoke) = endpoint.revoke else {
        return Vec::new();
    };
    if let Some(missing) = lacking(p, endpoint) {
        let held = held_labels(before, &revoke);
        if held.is_empty() {
            return Vec::new();
        }
        let i = p.integration.map_or("this integration", |i| i.name());
        let why = format!(
            "{i} does not support {} (the spec): still listed: {}",
            missing.name,
            held.join(", ")
        );
        return vec![line(revoke.access.to_string(), "unsupported", Some(why))];
    }
    let items: Vec<Item> = match revoke.listed_by {
        None => held_items(before, &revoke),
        Some(listed_by) => match listed(client, max_pages, p, listed_by).await {
            Ok(items) => items,
            Err(e) => {
                return vec![line(
                    revoke.access.to_string(),
                    "failed",
                    Some(format!("{}: {e}", listed_by.endpoint.name)),
                )];
            }
        },
    };
    items
        .iter()
        .map(|item| {
            let fields = removal_fields(endpoint, &revoke, p, &item.id);
            let mut l = line(operation(&revoke, &item.id), "would_send", None);
            if let Some(i) = p.integration {
                let report = crate::validate::validate(endpoint, &fields, i, crate::Mode::Strict);
                l.problems = report
                    .violations
                    .iter()
                    .map(|v| v.message.clone())
                    .collect();
                if !report.is_ok() {
                    l.outcome = "invalid";
                }
            }
            match client.prepare(endpoint, &WireField::fields(&fields)) {
                Ok(prepared) => l.request = Some(prepared),
                Err(e) => {
                    l.outcome = "invalid";
                    l.problems.push(e.to_string());
                }
            }
            l
        })
        .collect()
}
