//! Which accounts a review reads: the tenant's (from the admin list) or those named, each once,
//! in order; and those it does not, with why (another tenant's, another status than active, an
//! integration whose users the spec cannot list or read whole).

use super::AccountNotReviewed;
use super::options::{ReviewError, ReviewOptions};
use crate::offboard::{AccountRef, FindError, FindOptions, get_endpoint};
use crate::spec::EndpointSpec;
use crate::{Client, Integration};

/// An account to read.
#[derive(Debug, Clone)]
pub(super) struct Target {
    pub(super) id: String,
    /// [`crate::ids::account_key`] of the id.
    pub(super) key: String,
    /// Its integration, when the spec knows the name it was listed with.
    pub(super) integration: Option<Integration>,
    /// The name the admin list gave, when the spec does not know it.
    pub(super) listed_as: Option<String>,
    /// Whether the admin list said (the accounts were listed for a tenant).
    pub(super) listed: bool,
}

/// Where an account of the review stands, in the order the outputs list accounts.
#[derive(Debug)]
pub(super) enum Slot {
    Read(Target),
    Skipped(AccountNotReviewed),
}

/// The review's accounts, in order: those to read, and those not reviewed with why.
pub(super) async fn slots(
    client: &Client,
    options: &ReviewOptions,
    list: &'static EndpointSpec,
) -> Result<Vec<Slot>, ReviewError> {
    let accounts: Vec<AccountRef> = match &options.tenant_id {
        Some(tenant) => {
            let find = FindOptions {
                max_pages: options.max_pages,
                stop: options.stop.clone(),
                ..FindOptions::new()
            };
            match crate::offboard::tenant_accounts(client, tenant, &find).await {
                Ok(accounts) => accounts,
                Err(FindError::Interrupted) => {
                    return Err(ReviewError::Interrupted {
                        dir: options.out.clone(),
                        finished: 0,
                        unfinished: 0,
                    });
                }
                Err(e) => return Err(ReviewError::Accounts(e)),
            }
        }
        None => options.accounts.iter().map(AccountRef::new).collect(),
    };
    let mut seen = std::collections::HashSet::new();
    Ok(accounts
        .into_iter()
        .filter(|a| {
            a.integrated_account_id.is_empty()
                || seen.insert(crate::ids::account_key(&a.integrated_account_id))
        })
        .map(|a| slot(a, list))
        .collect())
}

/// Whether one account is read, or why not.
fn slot(account: AccountRef, list: &'static EndpointSpec) -> Slot {
    let integration = account
        .integration
        .as_deref()
        .and_then(|n| Integration::lookup(n).ok());
    let app = integration
        .map(|i| i.name().to_string())
        .or_else(|| account.integration.clone());
    let skip = |reason: String| {
        Slot::Skipped(AccountNotReviewed {
            integrated_account_id: account.integrated_account_id.clone(),
            app: app.clone(),
            status: account.status.clone(),
            reason,
        })
    };
    let active: &[&str] = crate::ACCOUNTS.as_ref().map_or(&[], |a| a.active);
    if let Some(conflict) = &account.conflict {
        return skip(format!(
            "{conflict}: not reviewed, since the listing does not say which it is"
        ));
    }
    if let Some(asked) = &account.listed_for {
        match &account.tenant_id {
            Some(claimed) if claimed == asked => {}
            Some(claimed) => {
                return skip(format!(
                    "listed for tenant {:?}, but the account says it belongs to tenant {:?}: not reviewed",
                    crate::terminal::short(asked),
                    crate::terminal::short(claimed)
                ));
            }
            None => {
                return skip(format!(
                    "listed for tenant {:?}, but the account does not say which tenant it belongs to: not reviewed",
                    crate::terminal::short(asked)
                ));
            }
        }
    }
    if account.integrated_account_id.is_empty() {
        return skip("the admin list gave an integrated account without an id".into());
    }
    if let Some(status) = account
        .status
        .as_deref()
        .filter(|s| !active.is_empty() && !active.contains(s))
    {
        return skip(format!("the account is {status}, not active"));
    }
    if let Some(reason) = integration.and_then(|i| cannot_list(list, i)) {
        return skip(reason);
    }
    Slot::Read(Target {
        key: crate::ids::account_key(&account.integrated_account_id),
        listed: account.listed_for.is_some(),
        listed_as: account.integration.filter(|_| integration.is_none()),
        id: account.integrated_account_id,
        integration,
    })
}

/// Why the spec cannot list an integration's users (`None`: it can).
pub(super) fn cannot_list(list: &'static EndpointSpec, integration: Integration) -> Option<String> {
    if !list.supports(integration) {
        return Some(format!(
            "{} has no {} in this spec: its users cannot be listed",
            integration.name(),
            list.name
        ));
    }
    if is_partial(list, integration) && get_for(Some(integration)).is_none() {
        return Some(format!(
            "{}'s {} is partial (no emails, roles or logins) and the spec has no get for it: its users cannot be read whole",
            integration.name(),
            list.name
        ));
    }
    None
}

pub(super) fn is_partial(list: &'static EndpointSpec, integration: Integration) -> bool {
    list.list
        .as_ref()
        .is_some_and(|l| l.partial_in.contains(&integration))
}

/// The get endpoint for an integration (any, when it is not known).
pub(super) fn get_for(integration: Option<Integration>) -> Option<&'static EndpointSpec> {
    get_endpoint().filter(|g| integration.is_none_or(|i| g.supports(i)))
}
