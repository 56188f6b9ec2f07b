//! Finding a person by email in every integrated account of a tenant: which user is
//! `ada@example.com` in each app.
//!
//! The spec says how (`spec/common.yaml`): `accounts` reads a tenant's integrated accounts from
//! the admin API, `people` says where a user's id, emails, usernames and status are. The list
//! endpoint searched is the spec's account-scoped list of that model; the get endpoint (to
//! confirm candidates of integrations whose lists are partial) is its `GET` with the user's id in
//! the path. Nothing here names an endpoint, a field or an integration.
//!
//! Every account ends with one [`FindOutcome`]: `found` (exactly one match), `not_found`,
//! `ambiguous` (more than one: never acted on), `cannot_search` (no list endpoint for the
//! integration, or the API needs parameters to list: named from its 400 insight), `foreign`
//! (listed for the tenant, but it says it belongs to another: never searched), `interrupted`,
//! or `failed`.
//!
//! Nothing the server has not identified is trusted: an account listed for a tenant is searched
//! only when it names that tenant, an account named by id only when its lookup answers for that
//! id, a user only when its record carries an id (the id asked for, when it was asked by id);
//! a user that holds the email where the spec cannot read it makes the account `failed`, never
//! `not_found`.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::{Mutex, OnceLock, PoisonError};
use std::time::Duration;

use futures_util::{StreamExt, stream};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::spec::{
    Acceptance, Accounts, EndpointSpec, Location, Method, ParamRole, ParamType, ParameterSpec,
    People, id_at, text_at, values_at,
};
use crate::validate::{Field, FieldValue, WireField};
use crate::{Body, Client, ENDPOINTS, Error, Integration};

use crate::Stop;

/// How looking for a person in one integrated account ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FindOutcome {
    /// Exactly one user matches.
    Found,
    /// No user matches: nothing to remove.
    NotFound,
    /// More than one user matches: a person must choose; never acted on.
    Ambiguous,
    /// The account cannot be searched: no list endpoint for its integration, the API needs
    /// parameters to list, or the account is not active.
    CannotSearch,
    /// The search failed, or what it read cannot be trusted (a record of another user, a user
    /// that holds the email where it cannot be read, a list cut short).
    Failed,
    /// The account was listed for the tenant asked for, but says it belongs to another: it is
    /// not searched, and never acted on.
    Foreign,
    /// The search was stopped ([`FindOptions::stop`]) before it ended: nothing more was read.
    Interrupted,
}

impl FindOutcome {
    /// The outcome's name in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            FindOutcome::Found => "found",
            FindOutcome::NotFound => "not_found",
            FindOutcome::Ambiguous => "ambiguous",
            FindOutcome::CannotSearch => "cannot_search",
            FindOutcome::Failed => "failed",
            FindOutcome::Foreign => "foreign",
            FindOutcome::Interrupted => "interrupted",
        }
    }
}

/// A user that matches the email.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Match {
    /// The integration's id for the user.
    pub user_id: String,
    /// The user's status, as the integration reports it.
    pub status: Option<String>,
    /// Every email address the user has.
    pub emails: Vec<String>,
}

/// An integrated account to search.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountRef {
    /// The integrated account.
    pub integrated_account_id: String,
    /// Its integration's name (the API's slug, or a display name), when known.
    pub integration: Option<String>,
    /// Its status, when known (only active accounts are searched).
    pub status: Option<String>,
    /// The tenant it was listed for ([`tenant_accounts`]); `None` for an account named by its
    /// id. An account listed for a tenant is searched only when [`tenant_id`](Self::tenant_id)
    /// is that tenant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub listed_for: Option<String>,
    /// The tenant the account says it belongs to (the admin list's `accounts.tenant` field).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
    /// Why the listing does not identify the account consistently (listed twice, with another
    /// tenant or integration): it is not searched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conflict: Option<String>,
}

impl AccountRef {
    /// An account known by its id alone.
    pub fn new(integrated_account_id: impl Into<String>) -> AccountRef {
        AccountRef {
            integrated_account_id: integrated_account_id.into(),
            integration: None,
            status: None,
            listed_for: None,
            tenant_id: None,
            conflict: None,
        }
    }

    /// Why the account is not searched although it was listed for a tenant: it names another
    /// tenant (`foreign`), or none (`failed`).
    fn not_the_tenants(&self) -> Option<(FindOutcome, String)> {
        if let Some(conflict) = &self.conflict {
            return Some((
                FindOutcome::Failed,
                format!("{conflict}: not searched, since the listing does not say which it is"),
            ));
        }
        let asked = self.listed_for.as_deref()?;
        match self.tenant_id.as_deref() {
            Some(claimed) if claimed == asked => None,
            Some(claimed) => Some((
                FindOutcome::Foreign,
                format!(
                    "listed for tenant {asked:?}, but the account says it belongs to tenant {claimed:?}: not searched, and never acted on (the admin list ignored the tenant filter: a proxy, or a change in the API)",
                    asked = crate::terminal::short(asked),
                    claimed = crate::terminal::short(claimed),
                ),
            )),
            None => Some((
                FindOutcome::Failed,
                format!(
                    "listed for tenant {:?}, but the account does not say which tenant it belongs to: not searched, since it cannot be told to be that tenant's",
                    crate::terminal::short(asked)
                ),
            )),
        }
    }
}

/// What looking for a person in one integrated account found: one JSON line of `userdir find`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AccountFind {
    /// The integrated account.
    pub integrated_account_id: String,
    /// Its integration's display name (or the API's name for one the spec does not know).
    pub integration: Option<String>,
    /// How it ended.
    pub outcome: FindOutcome,
    /// The tenant the account says it belongs to, when it was listed for a tenant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
    /// The matching users.
    pub matches: Vec<Match>,
    /// Why it cannot be searched, or what failed.
    pub error: Option<String>,
    /// Parameters the API says listing needs (from its 400 insight).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub missing_parameters: Vec<String>,
    /// List pages read.
    pub pages: u32,
    /// Requests made (list pages and confirming gets).
    pub reads: u32,
}

impl AccountFind {
    /// The result of an account's search before (or without) any page: no matches, nothing read.
    pub fn new(
        integrated_account_id: String,
        integration: Option<String>,
        outcome: FindOutcome,
        error: Option<String>,
    ) -> AccountFind {
        AccountFind {
            integrated_account_id,
            integration,
            outcome,
            tenant_id: None,
            matches: Vec::new(),
            error,
            missing_parameters: Vec::new(),
            pages: 0,
            reads: 0,
        }
    }
}

/// What a search is given.
#[derive(Debug, Clone, Default)]
pub struct FindOptions {
    /// Parameters for every account's list calls, by wire name. One the list endpoint declares
    /// (`limit`…) is sent with every list call; one it does not declare (a `workspace_id` some
    /// integrations need to list) is sent to an account only once the API's 400 insight names
    /// it as missing there (the list is then started again with it), so that accounts that do
    /// not know it are not refused. The get that confirms a partial list's users is sent only
    /// the parameters it declares.
    pub params: Map<String, Value>,
    /// Parameters per integrated account, added to `params` for its list calls (the same rules:
    /// declared ones at once, undeclared ones once the API's 400 names them).
    pub account_params: BTreeMap<String, Map<String, Value>>,
    /// Parameters sent to an account's list only once the API's 400 names them as missing
    /// there, declared or not: a plan's parameters, meant for its operation (a `remote_query`,
    /// a `group_id`), which could filter the list and so make `not_found` a guess.
    pub when_asked: Map<String, Value>,
    /// Accounts searched at once (each within its own rate budget).
    pub concurrency: usize,
    /// The most pages read per account: a longer list ends the account's search `failed`,
    /// saying so (the person may be in the pages not read).
    pub max_pages: u32,
    /// How long one account's search may take, its waits for the rate budget included: a
    /// longer one ends `failed`, saying so. Zero: no limit.
    pub account_deadline: Duration,
    /// Stops the search when signalled: no account's search and no page read starts after
    /// it; the accounts not finished end `interrupted`.
    pub stop: Option<Stop>,
}

/// How long one account's search may take by default ([`FindOptions::account_deadline`]).
pub const DEFAULT_ACCOUNT_DEADLINE: Duration = Duration::from_secs(900);

impl FindOptions {
    /// What is wrong with the options before anything is sent: a parameter the search sets
    /// itself ([`FindError::SetBySearch`]).
    pub fn check(&self) -> Result<(), FindError> {
        let Some(list) = list_endpoint() else {
            return Ok(());
        };
        let given = self
            .params
            .keys()
            .chain(self.account_params.values().flat_map(Map::keys));
        for name in given {
            if list.parameter(name).is_some_and(|p| set_by_search(p.role)) {
                return Err(FindError::SetBySearch(name.clone()));
            }
        }
        Ok(())
    }

    /// Eight accounts at once, at most [`crate::DEFAULT_MAX_PAGES`] pages and
    /// [`DEFAULT_ACCOUNT_DEADLINE`] each.
    pub fn new() -> FindOptions {
        FindOptions {
            concurrency: 8,
            max_pages: crate::DEFAULT_MAX_PAGES,
            account_deadline: DEFAULT_ACCOUNT_DEADLINE,
            ..FindOptions::default()
        }
    }
}

/// Why a search cannot start at all.
#[derive(Debug)]
pub enum FindError {
    /// The spec does not say how (no `people` / `accounts` in `spec/common.yaml`, or no list
    /// endpoint of the model).
    Spec(String),
    /// The tenant's accounts could not be read.
    Accounts(Error),
    /// The address looked for is not an email address.
    NotAnEmail(String),
    /// The tenant's accounts were not all read within [`FindOptions::account_deadline`].
    TimedOut {
        /// The deadline.
        after: Duration,
        /// Pages read.
        pages: u32,
    },
    /// The search was stopped ([`FindOptions::stop`]) before the tenant's accounts were read.
    Interrupted,
    /// A parameter given for the search is one the search sets itself (how users are read,
    /// which page): given, it would blind the search.
    SetBySearch(String),
}

impl std::fmt::Display for FindError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FindError::Spec(m) => write!(f, "the spec cannot find people: {m}"),
            FindError::Accounts(e) => write!(f, "the tenant's integrated accounts: {e}"),
            FindError::NotAnEmail(s) => write!(
                f,
                "{s:?} is not an email address (text, one `@`, a domain, no spaces inside)"
            ),
            FindError::TimedOut { after, pages } => write!(
                f,
                "the tenant's integrated accounts were not all read within {} s ({pages} page(s)): give it longer (--search-timeout)",
                after.as_secs()
            ),
            FindError::Interrupted => write!(
                f,
                "stopped before the tenant's integrated accounts were read: nothing was searched"
            ),
            FindError::SetBySearch(name) => write!(
                f,
                "a search sets {name} itself (it reads users as the unified model, every field it matches on, page by page): leave it out"
            ),
        }
    }
}

impl std::error::Error for FindError {}

fn people() -> Result<&'static People, FindError> {
    crate::PEOPLE
        .as_ref()
        .ok_or_else(|| FindError::Spec("spec/common.yaml has no `people` section".into()))
}

fn accounts_spec() -> Result<&'static Accounts, FindError> {
    crate::ACCOUNTS
        .as_ref()
        .ok_or_else(|| FindError::Spec("spec/common.yaml has no `accounts` section".into()))
}

/// The account-scoped list endpoint of the people model.
pub fn list_endpoint() -> Option<&'static EndpointSpec> {
    let people = crate::PEOPLE.as_ref()?;
    ENDPOINTS.iter().copied().find(|e| {
        e.name == people.list
            && e.list.is_some()
            && !e.admin
            && e.method == Method::Get
            && e.response_model == people.model
    })
}

/// The get endpoint of the people model: a `GET` with the user's id in its path.
pub fn get_endpoint() -> Option<&'static EndpointSpec> {
    let people = crate::PEOPLE.as_ref()?;
    ENDPOINTS.iter().copied().find(|e| {
        e.name == people.get
            && e.list.is_none()
            && !e.admin
            && e.method == Method::Get
            && e.response_model == people.model
            && e.parameter_with_role(ParamRole::User)
                .is_some_and(|p| p.location == Location::Path)
    })
}

fn admin_list() -> Result<&'static EndpointSpec, FindError> {
    let model = accounts_spec()?.model;
    ENDPOINTS
        .iter()
        .copied()
        .find(|e| {
            e.admin && e.list.is_some() && e.method == Method::Get && e.response_model == model
        })
        .ok_or_else(|| FindError::Spec(format!("no admin list endpoint returns {model}")))
}

/// The integrated accounts of a tenant (every status: [`find_person`] searches the active ones
/// and reports the others), each once (the same id listed twice, in any case, is one account),
/// with the tenant each says it belongs to: [`find_person`] searches only those that name
/// `tenant_id`. An account listed without an id is kept, with an empty id, so that it is
/// reported (`failed`) rather than silently left out.
///
/// The listing keeps to `options`' bounds: at most [`FindOptions::max_pages`] pages, within
/// [`FindOptions::account_deadline`], and no page is read after [`FindOptions::stop`].
pub async fn tenant_accounts(
    client: &Client,
    tenant_id: &str,
    options: &FindOptions,
) -> Result<Vec<AccountRef>, FindError> {
    let spec = accounts_spec()?;
    let endpoint = admin_list()?;
    let tenant = endpoint.parameter(spec.tenant_filter).ok_or_else(|| {
        FindError::Spec(format!(
            "{} has no parameter {}",
            endpoint.name, spec.tenant_filter
        ))
    })?;
    let fields = vec![Field {
        spec: tenant,
        value: FieldValue::Text(tenant_id),
    }];
    let mut pages = client
        .pages_of_fields::<Value>(endpoint, fields, None)
        .max_pages(options.max_pages);
    let bounds = Bounds::new(options);
    let mut out: Vec<AccountRef> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    loop {
        let page = match bounds.call(pages.next_page()).await {
            Ok(Some(page)) => page,
            Ok(None) => break,
            Err(Ended::Stopped) => return Err(FindError::Interrupted),
            Err(_) => {
                return Err(FindError::TimedOut {
                    after: bounds.limit,
                    pages: pages.fetched(),
                });
            }
        };
        let page = page.map_err(FindError::Accounts)?;
        let Body::Typed(Some(page)) = page.body else {
            continue;
        };
        for account in &page.items {
            let listed = AccountRef {
                integrated_account_id: id_at(account, spec.id).unwrap_or_default(),
                integration: text_at(account, spec.integration),
                status: text_at(account, spec.status),
                listed_for: Some(tenant_id.to_string()),
                tenant_id: text_at(account, spec.tenant),
                conflict: None,
            };
            let key = crate::ids::account_key(&listed.integrated_account_id);
            match seen.get(&key) {
                // Listed again: one account, unless the two say different things about it.
                Some(&first) if !key.is_empty() => {
                    let kept = &mut out[first];
                    if kept.conflict.is_none()
                        && let Some(conflict) = disagreement(kept, &listed)
                    {
                        kept.conflict = Some(conflict);
                    }
                }
                _ => {
                    seen.insert(key, out.len());
                    out.push(listed);
                }
            }
        }
    }
    Ok(out)
}

/// What two listings of one account disagree on (its tenant, its integration), when they do.
fn disagreement(first: &AccountRef, again: &AccountRef) -> Option<String> {
    let quoted = |v: &Option<String>| {
        v.as_deref().map_or("none".to_string(), |v| {
            format!("{:?}", crate::terminal::short(v))
        })
    };
    let differ = |what: &str, a: &Option<String>, b: &Option<String>| {
        (a != b).then(|| {
            format!(
                "the admin list gives this account twice, with the {what} {} and {}",
                quoted(a),
                quoted(b)
            )
        })
    };
    differ("tenants", &first.tenant_id, &again.tenant_id)
        .or_else(|| differ("integrations", &first.integration, &again.integration))
}

/// Whether `value`, surrounding space ignored, looks like an email address: text, one `@`, a
/// domain, and no space inside (`@handle` or `ada@` are not).
pub fn is_email_address(value: &str) -> bool {
    let value = value.trim();
    match value.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.is_empty()
                && !domain.contains('@')
                && !value.contains(char::is_whitespace)
        }
        None => false,
    }
}

/// Whether `value` is the email address `email` (case and surrounding space ignored).
fn same_email(value: &str, email: &str) -> bool {
    value.trim().eq_ignore_ascii_case(email.trim())
}

/// The user's emails, and whether one of them (or a username that is an email) is `email`.
fn matching(user: &Value, people: &People, email: &str) -> (Vec<String>, bool) {
    let emails: Vec<String> = people
        .emails
        .iter()
        .flat_map(|p| values_at(user, p))
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect();
    let by_email = emails.iter().any(|e| same_email(e, email));
    let by_username = people
        .usernames
        .iter()
        .flat_map(|p| values_at(user, p))
        .filter_map(Value::as_str)
        .any(|u| is_email_address(u) && same_email(u, email));
    (emails, by_email || by_username)
}

/// Where `value` is not of the shape `path` says (dotted field names, `[]` after a list
/// field, text at the end) in a way that could hide an address: the first such place, as a
/// person reads it. A number or a boolean where a list, an object or text belongs holds no
/// address, and is no problem.
fn shape_problem(value: &Value, path: &str) -> Option<String> {
    let could_hold_text = |v: &Value| v.is_string() || v.is_array() || v.is_object();
    let (values, problem) = crate::spec::walk(value, path);
    match problem {
        Some((at, found)) if could_hold_text(found) => Some(at),
        _ => values
            .into_iter()
            .find(|v| v.is_array() || v.is_object())
            .map(|v| format!("`{path}` holds {}, not text", crate::decode::kind_of(v))),
    }
}

/// Whether any text in `value` (a string, or an object's key) holds the address `email`
/// (case ignored, `@` also percent-encoded): as a whole address, not part of a longer one
/// (`grada@example.com` or `ada@example.com.au` do not hold `ada@example.com`;
/// `mailto:ada@example.com` and `Ada <ada@example.com>` do).
fn mentions(value: &Value, email: &str) -> bool {
    let needle = email.trim().to_ascii_lowercase();
    if needle.is_empty() {
        return false;
    }
    let encoded = needle.replace('@', "%40");
    let holds = |text: &str| {
        // Most texts of a record (ids, names, statuses) hold no `@` at all.
        if !text.contains('@') && !text.contains("%40") {
            return false;
        }
        let text = text.to_ascii_lowercase();
        [&needle, &encoded].into_iter().any(|needle| {
            text.match_indices(needle.as_str()).any(|(at, _)| {
                let local = |c: char| c.is_ascii_alphanumeric() || "._%+-".contains(c);
                let label = |c: char| c.is_ascii_alphanumeric() || c == '-';
                let before = text[..at].chars().next_back();
                let after = &text[at + needle.len()..];
                let longer_domain = after.starts_with(label)
                    || after
                        .strip_prefix('.')
                        .is_some_and(|rest| rest.starts_with(label));
                !before.is_some_and(local) && !longer_domain
            })
        })
    };
    let mut stack = vec![value];
    while let Some(v) = stack.pop() {
        match v {
            Value::String(s) if holds(s) => return true,
            Value::Array(items) => stack.extend(items),
            Value::Object(fields) => {
                if fields.keys().any(|k| holds(k)) {
                    return true;
                }
                stack.extend(fields.values());
            }
            _ => {}
        }
    }
    false
}

/// What one user record says about the person.
enum Reading {
    /// The person, with this id.
    Match(Match),
    /// Not the person.
    Other,
    /// A user of a partial list without emails: its get may show it is the person.
    Candidate(String),
    /// It may be the person, but it cannot be read: why.
    Unreadable(String),
}

/// Reads one user record for `email`. `partial`: the record may leave emails out.
fn read_user(user: &Value, people: &People, email: &str, partial: bool) -> Reading {
    let (emails, hit) = matching(user, people, email);
    let id = id_at(user, people.id);
    if hit {
        return match id {
            Some(user_id) => Reading::Match(Match {
                user_id,
                status: text_at(user, people.status),
                emails,
            }),
            None => Reading::Unreadable(format!(
                "a user with the email {} carries no id (at `{}`): it cannot be acted on",
                crate::terminal::short(email),
                people.id
            )),
        };
    }
    // A field matching reads in another shape (whatever it holds), or the address in the
    // record but not where the spec reads it (another key, decorated): the user may well be
    // the person.
    let paths = || people.emails.iter().chain(people.usernames).copied();
    let problem = paths()
        .find_map(|path| shape_problem(user, path))
        .or_else(|| {
            mentions(user, email).then(|| {
                format!(
                    "it holds {} but not as an address at {}",
                    crate::terminal::short(email),
                    paths().collect::<Vec<_>>().join(" or ")
                )
            })
        });
    if let Some(problem) = problem {
        let who = id.map_or_else(|| "a user".to_string(), |id| format!("user {id}"));
        return Reading::Unreadable(format!(
            "{who} cannot be read as the spec reads users ({problem}): it cannot be told not to be {}",
            crate::terminal::short(email)
        ));
    }
    if partial && emails.is_empty() {
        return match id {
            Some(id) => Reading::Candidate(id),
            None => Reading::Unreadable(format!(
                "a user of this partial list has neither emails nor an id (at `{}`): it cannot be checked",
                people.id
            )),
        };
    }
    Reading::Other
}

/// Looks for `email` in every account, `options.concurrency` accounts at a time; results in
/// the order of `accounts`, each account once (an id given twice, in any case, is searched
/// once). An account listed for a tenant that names another tenant is `foreign`, one that names
/// none `failed`: neither is searched. After [`FindOptions::stop`], no account's search starts
/// (they end `interrupted`).
pub async fn find_person(
    client: &Client,
    email: &str,
    accounts: &[AccountRef],
    options: &FindOptions,
) -> Result<Vec<AccountFind>, FindError> {
    let people = people()?;
    if !is_email_address(email) {
        return Err(FindError::NotAnEmail(email.to_string()));
    }
    options.check()?;
    let active: &[&str] = crate::ACCOUNTS.as_ref().map_or(&[], |a| a.active);
    let list = list_endpoint();
    let mut seen = HashSet::new();
    let accounts: Vec<&AccountRef> = accounts
        .iter()
        .filter(|a| {
            a.integrated_account_id.is_empty()
                || seen.insert(crate::ids::account_key(&a.integrated_account_id))
        })
        .collect();
    let searches = accounts.into_iter().map(|account| async move {
        // Declared parameters are sent from the first page on; undeclared ones (the account's
        // own too: they may be meant for its operation) only once the API's 400 names them.
        let mut params = options.params.clone();
        if let Some(own) = options.account_params.get(&account.integrated_account_id) {
            params.extend(own.clone());
        }
        let unsearched = |outcome, why: String| not_searched(account, outcome, why);
        let found = if let Some((outcome, why)) = account.not_the_tenants() {
            unsearched(outcome, why)
        } else if account.integrated_account_id.is_empty() {
            unsearched(
                FindOutcome::Failed,
                "the admin list gave an integrated account without an id: it cannot be searched"
                    .into(),
            )
        } else if let Some(status) = account
            .status
            .as_deref()
            .filter(|s| !active.is_empty() && !active.contains(s))
        {
            unsearched(
                FindOutcome::CannotSearch,
                format!("the account is {status}, not active: it was not searched"),
            )
        } else if let Some(list) = list {
            let bounds = Bounds::new(options);
            let search = Search {
                client,
                list,
                people,
                account,
                email,
                params: Given {
                    now: &params,
                    when_asked: &options.when_asked,
                },
                max_pages: options.max_pages,
                bounds: &bounds,
            };
            search.run().await
        } else {
            unsearched(
                FindOutcome::CannotSearch,
                "the spec has no list endpoint for users".to_string(),
            )
        };
        AccountFind {
            tenant_id: account.tenant_id.clone(),
            ..found
        }
    });
    Ok(stream::iter(searches)
        .buffered(options.concurrency.max(1))
        .collect()
        .await)
}

/// Why an account's search ended `interrupted`.
const INTERRUPTED: &str =
    "the search was stopped before it ended: nothing more was read; a re-run searches again";

/// The result of an account that is not searched (further): `outcome`, and why.
fn not_searched(account: &AccountRef, outcome: FindOutcome, why: String) -> AccountFind {
    AccountFind::new(
        account.integrated_account_id.clone(),
        // The display name when the spec knows the integration, else the API's name.
        account.integration.as_deref().map(|n| {
            Integration::lookup(n).map_or_else(|_| n.to_string(), |i| i.name().to_string())
        }),
        outcome,
        Some(why),
    )
}

/// What ends one account's search early.
#[derive(Debug)]
enum Ended {
    /// A call failed.
    Call(Error),
    /// The account's deadline passed.
    Deadline,
    /// The search was stopped.
    Stopped,
    /// A record that may be the person cannot be trusted or read: why.
    Unreadable(String),
}

impl From<Error> for Ended {
    fn from(e: Error) -> Ended {
        Ended::Call(e)
    }
}

/// The limits every call of one account's search is made within.
struct Bounds<'a> {
    /// When the account's search must have ended (`None`: no deadline).
    deadline: Option<tokio::time::Instant>,
    limit: Duration,
    stop: Option<&'a Stop>,
}

impl<'a> Bounds<'a> {
    fn new(options: &'a FindOptions) -> Bounds<'a> {
        let limit = options.account_deadline;
        Bounds {
            deadline: (!limit.is_zero())
                .then(|| tokio::time::Instant::now().checked_add(limit))
                .flatten(),
            limit,
            stop: options.stop.as_ref(),
        }
    }

    /// `call`, unless the search was stopped or its deadline passed (before or while it runs).
    async fn call<T>(&self, call: impl Future<Output = T>) -> Result<T, Ended> {
        if self.stop.is_some_and(Stop::is_stopped) {
            return Err(Ended::Stopped);
        }
        let deadline = async {
            match self.deadline {
                Some(at) => tokio::time::sleep_until(at).await,
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            biased;
            () = Stop::of(self.stop) => Err(Ended::Stopped),
            () = deadline => Err(Ended::Deadline),
            out = call => Ok(out),
        }
    }
}

/// The parameters a search was given: those sent at once where the endpoint declares them,
/// and those sent only once the API's 400 asks for them by name (a plan's parameters, meant
/// for its operation: they may filter the list, which would make `not_found` a guess).
#[derive(Clone, Copy)]
struct Given<'a> {
    now: &'a Map<String, Value>,
    when_asked: &'a Map<String, Value>,
}

impl Given<'_> {
    fn has(&self, name: &str) -> bool {
        self.now.contains_key(name) || self.when_asked.contains_key(name)
    }

    /// The value to send for `name`, now that the API asked for the names in `asked`.
    fn value(&self, name: &str, asked: &[String]) -> Option<&Value> {
        self.now.get(name).or_else(|| {
            asked
                .iter()
                .any(|a| a == name)
                .then(|| self.when_asked.get(name))
                .flatten()
        })
    }
}

/// The roles of the parameters a search sets itself: how users are read (the unified model,
/// every field matching reads, no remote data) and which page. Given for a search, they would
/// blind it.
pub(crate) fn set_by_search(role: Option<ParamRole>) -> bool {
    matches!(
        role,
        Some(
            ParamRole::ResponseFormat
                | ParamRole::Cursor
                | ParamRole::ExcludeFields
                | ParamRole::IgnoreRemoteData
        )
    )
}

/// The fields of a list (or get) call: the account, `truto_ignore_remote_data` (which shrinks
/// pages), the fields matching does not read left out, the given parameters the endpoint
/// declares, and the undeclared ones the API asked for (in `asked`, sent as query parameters).
fn call_fields(
    endpoint: &'static EndpointSpec,
    account: &str,
    given: Given<'_>,
    asked: &[String],
) -> Vec<WireField> {
    let mut fields = Vec::new();
    for p in endpoint.parameters {
        let value = match p.role {
            Some(ParamRole::IntegratedAccount) => Value::String(account.to_string()),
            Some(ParamRole::IgnoreRemoteData) => Value::Bool(true),
            // Every field matching reads is read, whatever was given.
            Some(ParamRole::ExcludeFields) => match unread_fields(endpoint) {
                Some(names) => names,
                None => continue,
            },
            // The unified model, page by page, as the search follows them.
            role if set_by_search(role) => continue,
            _ => match given.value(p.name, asked) {
                Some(v) => v.clone(),
                None => continue,
            },
        };
        fields.push(WireField { spec: p, value });
    }
    for name in asked {
        if endpoint.parameter(name).is_none()
            && let Some(value) = given.value(name, asked)
        {
            fields.push(WireField {
                spec: undeclared_query(name),
                value: value.clone(),
            });
        }
    }
    fields
}

/// A query parameter the spec does not declare (a scoping parameter the API asked for), built
/// once per name for the life of the process.
fn undeclared_query(name: &str) -> &'static ParameterSpec {
    static SPECS: OnceLock<Mutex<HashMap<String, &'static ParameterSpec>>> = OnceLock::new();
    let mut specs = SPECS
        .get_or_init(Mutex::default)
        .lock()
        .unwrap_or_else(PoisonError::into_inner);
    if let Some(spec) = specs.get(name) {
        return spec;
    }
    let wire: &'static str = Box::leak(name.to_string().into_boxed_str());
    let spec: &'static ParameterSpec = Box::leak(Box::new(ParameterSpec::new(
        wire,
        Location::Query,
        ParamType::String,
        Acceptance::Optional,
        "a query parameter the spec does not declare, which the API asked for",
    )));
    specs.insert(name.to_string(), spec);
    spec
}

/// The response fields matching does not read (`None`: none to leave out).
fn unread_fields(endpoint: &EndpointSpec) -> Option<Value> {
    let people = crate::PEOPLE.as_ref()?;
    let read: Vec<&str> = [people.id, people.status]
        .into_iter()
        .chain(people.emails.iter().copied())
        .chain(people.usernames.iter().copied())
        .filter_map(|p| p.split(['.', '[']).next())
        .collect();
    let unread: Vec<Value> = endpoint
        .response_fields
        .iter()
        .map(|f| f.name)
        .filter(|f| !read.contains(f))
        .map(|f| Value::String(f.to_string()))
        .collect();
    (!unread.is_empty()).then_some(Value::Array(unread))
}

/// The integration to validate for: the spec's, when it knows the name; `None` lets the
/// client look it up (and send with the shared checks when the spec does not know it).
fn integration_of(account: &AccountRef) -> Option<Integration> {
    account
        .integration
        .as_deref()
        .and_then(|n| Integration::lookup(n).ok())
}

/// One account's search, with everything it reads by.
struct Search<'a> {
    client: &'a Client,
    list: &'static EndpointSpec,
    people: &'a People,
    account: &'a AccountRef,
    email: &'a str,
    params: Given<'a>,
    max_pages: u32,
    bounds: &'a Bounds<'a>,
}

impl Search<'_> {
    /// Searches the account: its list (started again once with the parameters a 400 asks for,
    /// when they were given), then the get of a partial list's users without emails.
    async fn run(&self) -> AccountFind {
        let account = self.account;
        let mut result = AccountFind::new(
            account.integrated_account_id.clone(),
            account.integration.clone(),
            FindOutcome::NotFound,
            None,
        );
        match self.read(&mut result).await {
            // The account cannot be searched (no list, or no get for a partial list's users).
            Ok(()) if result.outcome == FindOutcome::CannotSearch => {
                result.matches.clear();
                result
            }
            Ok(()) => {
                result.outcome = match result.matches.len() {
                    0 => FindOutcome::NotFound,
                    1 => FindOutcome::Found,
                    _ => FindOutcome::Ambiguous,
                };
                result
            }
            Err(Ended::Call(e)) => failed(result, &e),
            Err(Ended::Stopped) => ended(result, FindOutcome::Interrupted, INTERRUPTED.into()),
            Err(Ended::Deadline) => {
                let why = format!(
                    "the search did not end within the account's deadline ({} s) after {} page(s): the person may be in the pages not read; give it longer (--search-timeout)",
                    self.bounds.limit.as_secs(),
                    result.pages
                );
                ended(result, FindOutcome::Failed, why)
            }
            Err(Ended::Unreadable(why)) => ended(result, FindOutcome::Failed, why),
        }
    }

    /// Reads the account into `result` (its matches, pages and reads), or why it ended early.
    async fn read(&self, result: &mut AccountFind) -> Result<(), Ended> {
        let (client, list, account) = (self.client, self.list, self.account);
        // An account known by its id alone: its integration (asked once, cached by the
        // client, and only used when the lookup answers for this account) says whether it can
        // be listed and whether its list is partial.
        let integration = match (&account.integration, integration_of(account)) {
            (_, Some(i)) => Some(i),
            (Some(_), None) => None,
            (None, None) => {
                self.bounds
                    .call(client.integration_of(&account.integrated_account_id))
                    .await??
            }
        };
        if let Some(i) = integration {
            result.integration = Some(i.name().to_string());
        }
        if let Some(i) = integration
            && !list.supports(i)
        {
            result.outcome = FindOutcome::CannotSearch;
            result.error = Some(format!(
                "{} has no {} in this spec: find the user's id in {} and give it as user_id",
                i.name(),
                list.name,
                i.name()
            ));
            return Ok(());
        }
        // Partial per the spec; an integration the spec does not know may be partial too (its
        // pages' own `is_partial_response` flag is read as they come).
        let partial =
            integration.is_none_or(|i| list.list.is_some_and(|l| l.partial_in.contains(&i)));
        // The parameters a 400 asked for (sent from then on).
        let mut undeclared: Vec<String> = Vec::new();
        let candidates = loop {
            let fields = call_fields(
                list,
                &account.integrated_account_id,
                self.params,
                &undeclared,
            );
            match self.pages(integration, partial, &fields, result).await {
                Ok(candidates) => break candidates,
                Err(Ended::Call(e)) => {
                    let given = self
                        .asked_and_given(&e, &undeclared)
                        .ok_or(Ended::Call(e))?;
                    undeclared.extend(given);
                    result.matches.clear();
                }
                Err(ended) => return Err(ended),
            }
        };
        if !candidates.is_empty() {
            self.confirm(integration, candidates, result).await?;
        }
        Ok(())
    }

    /// The parameters a 400 asks for that the search was given but did not send yet, when it
    /// was given enough of them (every one required, and one of those it wants one of).
    fn asked_and_given(&self, e: &Error, sent: &[String]) -> Option<Vec<String>> {
        let params = self.params;
        let (all_of, one_of) = asked_parameters(e);
        let given: Vec<String> = all_of
            .iter()
            .chain(&one_of)
            .filter(|n| params.has(n) && !sent.contains(n))
            .cloned()
            .collect();
        let enough = all_of.iter().all(|n| params.has(n))
            && (one_of.is_empty() || one_of.iter().any(|n| params.has(n)));
        (!given.is_empty() && enough).then_some(given)
    }

    /// Reads every page of the account's list, adding matches to `result`; the ids of a
    /// partial list's users without emails, to confirm with the get.
    async fn pages(
        &self,
        integration: Option<Integration>,
        partial: bool,
        fields: &[WireField],
        result: &mut AccountFind,
    ) -> Result<Vec<String>, Ended> {
        let mut candidates: Vec<String> = Vec::new();
        let mut pages = self
            .client
            .pages_of_fields::<Value>(self.list, WireField::fields(fields), integration)
            .max_pages(self.max_pages);
        while let Some(page) = self.bounds.call(pages.next_page()).await? {
            result.reads += 1;
            let response = page?;
            result.pages += 1;
            if result.integration.is_none() {
                result.integration = response
                    .integration
                    .map(|i| i.name().to_string())
                    .or(response.unknown_integration.clone());
            }
            let Body::Typed(Some(page)) = response.body else {
                // A page that is not the users model says nothing about who is in it.
                return Err(Ended::Unreadable(format!(
                    "page {} of the list was not read as users (HTTP {}): the person may be on it",
                    result.pages, response.status
                )));
            };
            for user in &page.items {
                match read_user(user, self.people, self.email, partial || page.partial) {
                    Reading::Match(m) => add_match(&mut result.matches, m),
                    Reading::Candidate(id) if !candidates.contains(&id) => candidates.push(id),
                    Reading::Candidate(_) | Reading::Other => {}
                    Reading::Unreadable(why) => return Err(Ended::Unreadable(why)),
                }
            }
        }
        Ok(candidates)
    }

    /// Gets each candidate of a partial list to read its emails: a record is used only when it
    /// carries the candidate's id.
    async fn confirm(
        &self,
        integration: Option<Integration>,
        candidates: Vec<String>,
        result: &mut AccountFind,
    ) -> Result<(), Ended> {
        let Some(get) = get_endpoint().filter(|g| integration.is_none_or(|i| g.supports(i))) else {
            // Unchecked users may be the person: neither `not_found` nor `found` can be told.
            result.outcome = FindOutcome::CannotSearch;
            result.error = Some(format!(
                "the list is partial and has no emails for {} user(s), and the spec has no get for this integration: they could not be checked",
                candidates.len()
            ));
            return Ok(());
        };
        let Some(user_param) = get.parameter_with_role(ParamRole::User) else {
            return Ok(());
        };
        let account = &self.account.integrated_account_id;
        for id in candidates {
            let mut fields = call_fields(get, account, self.params, &[]);
            fields.push(WireField {
                spec: user_param,
                value: Value::String(id.clone()),
            });
            result.reads += 1;
            let answer = self
                .bounds
                .call(self.client.send_fields::<Value>(
                    get,
                    WireField::fields(&fields),
                    integration,
                ))
                .await?;
            let (user, status) = match answer {
                Ok(response) => match response.body {
                    Body::Typed(Some(user)) => (user, response.status),
                    _ => {
                        return Err(Ended::Unreadable(format!(
                            "the get of user {id} (a user of the partial list without emails) answered HTTP {} without a user: it cannot be checked",
                            response.status
                        )));
                    }
                },
                // Gone since it was listed (the app says so): not the person's account now.
                Err(e) if e.says_remote_not_found() => continue,
                Err(e) => return Err(Ended::Call(e)),
            };
            let answered = id_at(&user, self.people.id);
            if answered.as_deref() != Some(id.as_str()) {
                return Err(Ended::Call(Error::Mismatch {
                    what: "user",
                    asked: id,
                    answered,
                    status,
                }));
            }
            match read_user(&user, self.people, self.email, false) {
                Reading::Match(m) => add_match(&mut result.matches, m),
                Reading::Unreadable(why) => return Err(Ended::Unreadable(why)),
                Reading::Candidate(_) | Reading::Other => {}
            }
        }
        Ok(())
    }
}

/// Adds a match unless the same user is already there (a list that shifts between pages may
/// show a user twice).
fn add_match(matches: &mut Vec<Match>, found: Match) {
    if !matches.iter().any(|x| x.user_id == found.user_id) {
        matches.push(found);
    }
}

/// A search that ended early: `outcome`, and why (no match of it stands).
fn ended(mut result: AccountFind, outcome: FindOutcome, why: String) -> AccountFind {
    result.outcome = outcome;
    result.error = Some(why);
    result.matches.clear();
    result
}

/// A failed search; a 400 whose insight names missing parameters means the account cannot be
/// searched without them.
fn failed(mut result: AccountFind, e: &Error) -> AccountFind {
    let missing = missing_parameters(e);
    if missing.is_empty() {
        result.outcome = FindOutcome::Failed;
        result.error = Some(e.to_string());
    } else {
        result.outcome = FindOutcome::CannotSearch;
        result.error = Some(format!(
            "the API needs {} to list users here: give {} in the plan's params for this account (or --param)",
            missing.join(", "),
            if missing.len() == 1 { "it" } else { "them" }
        ));
        result.missing_parameters = missing;
    }
    result.matches.clear();
    result
}

/// The parameters a 400's insight names as missing.
/// What a 400's insight asks for: parameters all required, and parameters of which at least
/// one is.
fn asked_parameters(e: &Error) -> (Vec<String>, Vec<String>) {
    match e {
        Error::Api(api) => api
            .envelope
            .as_ref()
            .map(|env| {
                let mut all_of = env.missing_required_query_parameters();
                all_of.extend(env.missing_required_body_fields());
                (all_of, env.conditionally_required_query_parameters())
            })
            .unwrap_or_default(),
        _ => (Vec::new(), Vec::new()),
    }
}

fn missing_parameters(e: &Error) -> Vec<String> {
    let (mut all_of, one_of) = asked_parameters(e);
    all_of.extend(one_of);
    all_of
}
