//! Plans by person: targets given by email become targets by user id, one per account where
//! the person was found ([`super::find`]), before anything is sent.
//!
//! Each search is journaled ([`super::Resolution`]), so a resumed run reuses it instead of
//! searching again. An account where the person is not found is `not_found` (done: nothing to
//! remove); one where several users match is `ambiguous`, one that cannot be searched
//! `cannot_search` (both need a person); a failed search is `failed`.

use super::find::{
    AccountFind, AccountRef, FindError, FindOptions, FindOutcome, find_person, tenant_accounts,
};
use super::journal::Resolution;
use super::{Journal, Outcome, Plan, Target, TargetResult, now_rfc3339};
use crate::Client;

/// A plan whose targets all name a user, and what became of its email targets.
#[derive(Debug, Clone)]
pub struct Expanded {
    /// The plan with every email target replaced by one target per account where the person
    /// was found (user-id targets unchanged, in order).
    pub plan: Plan,
    /// For each target of `plan`: its position in the original plan, and the email it was
    /// found by (`None`: a user-id target).
    pub origin: Vec<(usize, Option<String>)>,
    /// The email targets' accounts that became no target: not found, ambiguous, cannot be
    /// searched, failed, or (offline) not looked up.
    pub unresolved: Vec<TargetResult>,
    /// Reads (`GET`s) the searches made (0 when every search came from the journal).
    pub reads: u32,
    /// Searches reused from the journal.
    pub reused: usize,
}

/// Where an email target looks: `tenant:<id>` or `account:<id>`.
fn scope(target: &Target) -> String {
    match &target.tenant_id {
        Some(t) => format!("tenant:{t}"),
        None => format!("account:{}", target.integrated_account_id),
    }
}

fn result_of(index: usize, target: &Target, requested: &str, found: &AccountFind) -> TargetResult {
    let (outcome, error) = match found.outcome {
        FindOutcome::NotFound => (
            Outcome::NotFound,
            Some("no user with this email: nothing to remove".to_string()),
        ),
        FindOutcome::Ambiguous => (
            Outcome::Ambiguous,
            Some(format!(
                "{} users have this email ({})",
                found.matches.len(),
                found
                    .matches
                    .iter()
                    .map(|m| m.user_id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        ),
        FindOutcome::CannotSearch => (Outcome::CannotSearch, found.error.clone()),
        FindOutcome::Foreign => (Outcome::Foreign, found.error.clone()),
        FindOutcome::Interrupted => (Outcome::Interrupted, found.error.clone()),
        FindOutcome::Failed | FindOutcome::Found => (Outcome::Failed, found.error.clone()),
    };
    let mut result = unsent(
        index,
        target,
        requested,
        found.integrated_account_id.clone(),
        found.integration.clone(),
        outcome,
        error,
    );
    // The candidates of an ambiguous search: what a person chooses from.
    if found.outcome == FindOutcome::Ambiguous {
        result.problems = found.matches.iter().map(describe).collect();
    }
    result
}

/// The result of an email target's account that no call was sent for.
fn unsent(
    index: usize,
    target: &Target,
    requested: &str,
    integrated_account_id: String,
    integration: Option<String>,
    outcome: Outcome,
    error: Option<String>,
) -> TargetResult {
    TargetResult {
        integration,
        error,
        email: target.email.clone(),
        ..TargetResult::unsent(
            index,
            integrated_account_id,
            String::new(),
            requested.to_string(),
            outcome,
        )
    }
}

/// A candidate user, as a person reads it: `z1 (active; ada@example.com)`.
fn describe(m: &super::find::Match) -> String {
    let mut facts: Vec<&str> = m.status.as_deref().into_iter().collect();
    facts.extend(m.emails.iter().map(String::as_str));
    if facts.is_empty() {
        m.user_id.clone()
    } else {
        format!("{} ({})", m.user_id, facts.join("; "))
    }
}

/// The result of an email target that is not searched: `outcome`, and why.
fn not_searched(
    index: usize,
    target: &Target,
    requested: &str,
    outcome: Outcome,
    why: String,
) -> TargetResult {
    unsent(
        index,
        target,
        requested,
        target.integrated_account_id.clone(),
        target.integration.clone(),
        outcome,
        Some(why),
    )
}

/// Looks for the person of every email target (or reuses the journal's search), and returns
/// the plan by user id. `offline`: look nothing up (email targets are `unresolved`). Searches
/// are recorded in `journal` when it is open for appending.
pub async fn expand(
    plan: &Plan,
    client: &Client,
    mut journal: Option<&mut Journal>,
    options: &FindOptions,
    offline: bool,
) -> Result<Expanded, std::io::Error> {
    let mut out = Expanded {
        plan: Plan {
            targets: Vec::new(),
            ..plan.clone()
        },
        origin: Vec::new(),
        unresolved: Vec::new(),
        reads: 0,
        reused: 0,
    };
    for (index, target) in plan.targets.iter().enumerate() {
        let requested = plan.operation_of(target);
        let Some(email) = target.email.as_deref() else {
            out.plan.targets.push(target.clone());
            out.origin.push((index, None));
            continue;
        };
        if let Some((outcome, why)) = not_to_search(target, email, options, offline) {
            out.unresolved
                .push(not_searched(index, target, requested, outcome, why));
            continue;
        }
        let found = out
            .found(client, journal.as_deref_mut(), target, email, options)
            .await?;
        out.add(index, target, requested, email, &found);
    }
    Ok(out)
}

/// Why an email target is not searched, when it is not: an account id it names is not one
/// (`invalid`), the run is offline (`unresolved`), or it was stopped (`interrupted`).
fn not_to_search(
    target: &Target,
    email: &str,
    options: &FindOptions,
    offline: bool,
) -> Option<(Outcome, String)> {
    // The accounts the target names are checked before anything is looked up.
    let problems: Vec<String> = std::iter::once(target.integrated_account_id.as_str())
        .chain(target.params_by_account.keys().map(String::as_str))
        .flat_map(|account| super::resolve::id_problems(account, ""))
        .collect();
    if !problems.is_empty() {
        return Some((Outcome::Invalid, problems.join("; ")));
    }
    // Offline, or stopped: nothing is looked up.
    if offline {
        Some((
            Outcome::Unresolved,
            format!(
                "offline: {email} was not looked up in {}; run without --offline to find the user",
                scope(target)
            ),
        ))
    } else if options.stop.as_ref().is_some_and(crate::Stop::is_stopped) {
        Some((
            Outcome::Interrupted,
            format!(
                "the run was stopped before {email} was looked for in {}: nothing was searched or sent; a re-run searches",
                scope(target)
            ),
        ))
    } else {
        None
    }
}

impl Expanded {
    /// Where the person of an email target is, per account: the journal's search when it
    /// holds one (and no account is worth searching again), or a search, recorded in the
    /// journal.
    async fn found(
        &mut self,
        client: &Client,
        journal: Option<&mut Journal>,
        target: &Target,
        email: &str,
        options: &FindOptions,
    ) -> Result<Vec<AccountFind>, std::io::Error> {
        let scope = scope(target);
        // A journaled search is reused, except the accounts worth searching again: a failed
        // search, and one the API refused for parameters the plan now gives.
        // (A search of an older version, which proved neither tenants nor ids, or one made on
        // another API (a journal used knowingly against another base URL), is made again.)
        let previous = journal
            .as_deref()
            .filter(|j| {
                j.base_url()
                    .is_none_or(|b| super::same_base_url(b, client.base_url()))
            })
            .and_then(|j| j.resolution(email, &scope))
            .filter(|r| r.proved)
            .map(|r| r.found.clone());
        let found = match previous {
            Some(previous) if !previous.iter().any(|f| worth_again(f, target)) => {
                self.reused += 1;
                return Ok(previous);
            }
            // The accounts are known (none failed to be listed): search the others only.
            Some(previous) if previous.iter().all(|f| !f.integrated_account_id.is_empty()) => {
                let (again, kept): (Vec<AccountFind>, Vec<AccountFind>) =
                    previous.into_iter().partition(|f| worth_again(f, target));
                let mut found = kept;
                found.extend(search_again(client, target, email, &again, options).await);
                found
            }
            _ => search(client, target, email, options).await,
        };
        self.reads += found.iter().map(|f| f.reads).sum::<u32>();
        let resolution = Resolution {
            email: email.to_string(),
            scope,
            found: found.clone(),
            at: now_rfc3339(),
            proved: true,
        };
        if let Some(j) = journal {
            j.record_resolution(&resolution)?;
        }
        Ok(found)
    }

    /// Adds what the search of an email target found: a target by user id per account where
    /// the person was found, an unresolved result per other account.
    fn add(
        &mut self,
        index: usize,
        target: &Target,
        requested: &str,
        email: &str,
        found: &[AccountFind],
    ) {
        for f in found {
            if f.outcome != FindOutcome::Found {
                self.unresolved.push(result_of(index, target, requested, f));
                continue;
            }
            let Some(m) = f.matches.first() else { continue };
            // The account's own parameters apply where its operation takes them.
            let params_by_account = target
                .params_by_account
                .get_key_value(&f.integrated_account_id)
                .map(|(k, v)| (k.clone(), v.clone()))
                .into_iter()
                .collect();
            self.plan.targets.push(Target {
                integrated_account_id: f.integrated_account_id.clone(),
                // The search's integration when the spec knows it; else the client looks it up
                // (and sends with the shared checks when it does not know it either).
                integration: f
                    .integration
                    .clone()
                    .filter(|n| crate::Integration::lookup(n).is_ok()),
                user_id: m.user_id.clone(),
                email: None,
                tenant_id: None,
                params_by_account,
                operation: target.operation.clone(),
                params: target.params.clone(),
                revoke: target.revoke.clone(),
            });
            self.origin.push((index, Some(email.to_string())));
        }
    }
}

/// Whether a journaled account's search is worth making again: it failed or was interrupted,
/// or the API asked for parameters that the target now gives for that account.
fn worth_again(f: &AccountFind, target: &Target) -> bool {
    match f.outcome {
        FindOutcome::Failed | FindOutcome::Interrupted => true,
        FindOutcome::CannotSearch => f.missing_parameters.iter().any(|name| {
            target.params.contains_key(name)
                || target
                    .params_by_account
                    .get(&f.integrated_account_id)
                    .is_some_and(|p| p.contains_key(name))
        }),
        _ => false,
    }
}

/// The journaled accounts `again` searched again. A tenant's are listed afresh, so that each
/// is searched only as the listing proves it now (it names the tenant, once); one no longer
/// listed is `failed`.
async fn search_again(
    client: &Client,
    target: &Target,
    email: &str,
    again: &[AccountFind],
    options: &FindOptions,
) -> Vec<AccountFind> {
    let Some(tenant) = &target.tenant_id else {
        let accounts: Vec<AccountRef> = again
            .iter()
            .map(|f| AccountRef {
                integration: f.integration.clone(),
                ..AccountRef::new(f.integrated_account_id.clone())
            })
            .collect();
        return search_accounts(client, target, email, &accounts, options).await;
    };
    let listed = match tenant_accounts(client, tenant, options).await {
        Ok(listed) => listed,
        Err(e) => {
            let (outcome, why) = listing_failed(tenant, &e);
            return again
                .iter()
                .map(|f| {
                    AccountFind::new(
                        f.integrated_account_id.clone(),
                        f.integration.clone(),
                        outcome,
                        Some(why.clone()),
                    )
                })
                .collect();
        }
    };
    let same = |a: &AccountRef, f: &AccountFind| {
        crate::ids::same_account(&a.integrated_account_id, &f.integrated_account_id)
    };
    let accounts: Vec<AccountRef> = listed
        .into_iter()
        .filter(|a| again.iter().any(|f| same(a, f)))
        .collect();
    let mut found = search_accounts(client, target, email, &accounts, options).await;
    for f in again {
        if !accounts.iter().any(|a| same(a, f)) {
            let why = format!(
                "the admin list no longer gives this account for tenant {tenant}: not searched"
            );
            found.push(AccountFind::new(
                f.integrated_account_id.clone(),
                f.integration.clone(),
                FindOutcome::Failed,
                Some(why),
            ));
        }
    }
    found
}

/// How a search ends when the tenant's accounts could not be listed: `interrupted` when the
/// run was stopped, `failed` otherwise, and why.
fn listing_failed(tenant: &str, e: &FindError) -> (FindOutcome, String) {
    let outcome = match e {
        FindError::Interrupted => FindOutcome::Interrupted,
        _ => FindOutcome::Failed,
    };
    (outcome, format!("tenant {tenant}: {e}"))
}

/// One email target's search: the tenant's accounts (or the one named), each searched.
async fn search(
    client: &Client,
    target: &Target,
    email: &str,
    options: &FindOptions,
) -> Vec<AccountFind> {
    let accounts = match &target.tenant_id {
        None => vec![AccountRef {
            integration: target.integration.clone(),
            ..AccountRef::new(target.integrated_account_id.clone())
        }],
        Some(tenant) => match tenant_accounts(client, tenant, options).await {
            Ok(accounts) if accounts.is_empty() => {
                let why =
                    format!("tenant {tenant} has no integrated accounts: check the tenant id");
                return vec![AccountFind {
                    pages: 1,
                    reads: 1,
                    ..AccountFind::new(String::new(), None, FindOutcome::Failed, Some(why))
                }];
            }
            Ok(accounts) => accounts,
            Err(e) => {
                let (outcome, why) = listing_failed(tenant, &e);
                return vec![AccountFind {
                    reads: 1,
                    ..AccountFind::new(String::new(), None, outcome, Some(why))
                }];
            }
        },
    };
    search_accounts(client, target, email, &accounts, options).await
}

/// The search of `accounts` for an email target, with its parameters.
async fn search_accounts(
    client: &Client,
    target: &Target,
    email: &str,
    accounts: &[AccountRef],
    options: &FindOptions,
) -> Vec<AccountFind> {
    let mut options = options.clone();
    // The plan's parameters are its operation's: the list gets one only when the API asks for
    // it (a scoping parameter); unasked, it could filter the list.
    options
        .when_asked
        .extend(target.params.iter().map(|(k, v)| (k.clone(), v.clone())));
    // An account's own parameters go to its list as they are: declared or not (a scoping
    // parameter the spec does not know is what the API's 400 asked for).
    for (account, params) in &target.params_by_account {
        options
            .account_params
            .insert(account.clone(), params.clone());
    }
    match find_person(client, email, accounts, &options).await {
        Ok(found) => found,
        Err(e) => vec![AccountFind::new(
            target.integrated_account_id.clone(),
            target.integration.clone(),
            FindOutcome::Failed,
            Some(e.to_string()),
        )],
    }
}
