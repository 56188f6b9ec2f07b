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
//! integration, or the API needs parameters to list: named from its 400 insight), or `failed`.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Mutex, OnceLock, PoisonError};

use futures_util::{StreamExt, stream};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::spec::{
    Acceptance, Accounts, EndpointSpec, Location, Method, ParamRole, ParamType, ParameterSpec,
    People, text_at, values_at,
};
use crate::validate::{Field, FieldValue, WireField};
use crate::{Body, Client, ENDPOINTS, Error, Integration};

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
    /// The search failed.
    Failed,
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
}

impl AccountRef {
    /// An account known by its id alone.
    pub fn new(integrated_account_id: impl Into<String>) -> AccountRef {
        AccountRef {
            integrated_account_id: integrated_account_id.into(),
            integration: None,
            status: None,
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
    /// Accounts searched at once (each within its own rate budget).
    pub concurrency: usize,
    /// The most pages read per account.
    pub max_pages: u32,
}

impl FindOptions {
    /// Eight accounts at once, at most [`crate::DEFAULT_MAX_PAGES`] pages each.
    pub fn new() -> FindOptions {
        FindOptions {
            concurrency: 8,
            max_pages: crate::DEFAULT_MAX_PAGES,
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
    let model = crate::PEOPLE.as_ref()?.model;
    ENDPOINTS.iter().copied().find(|e| {
        e.list.is_some() && !e.admin && e.method == Method::Get && e.response_model == model
    })
}

/// The get endpoint of the people model: a `GET` with the user's id in its path.
pub fn get_endpoint() -> Option<&'static EndpointSpec> {
    let model = crate::PEOPLE.as_ref()?.model;
    ENDPOINTS.iter().copied().find(|e| {
        e.list.is_none()
            && !e.admin
            && e.method == Method::Get
            && e.response_model == model
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
/// and reports the others).
pub async fn tenant_accounts(
    client: &Client,
    tenant_id: &str,
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
    let mut pages = client.pages_of_fields::<Value>(endpoint, fields, None);
    let mut out = Vec::new();
    while let Some(page) = pages.next_page().await {
        let page = page.map_err(FindError::Accounts)?;
        let Body::Typed(Some(page)) = page.body else {
            continue;
        };
        for account in &page.items {
            let Some(id) = text_at(account, spec.id) else {
                continue;
            };
            out.push(AccountRef {
                integrated_account_id: id,
                integration: text_at(account, spec.integration),
                status: text_at(account, spec.status),
            });
        }
    }
    Ok(out)
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

fn to_match(user: &Value, people: &People, emails: Vec<String>) -> Option<Match> {
    Some(Match {
        user_id: text_at(user, people.id)?,
        status: text_at(user, people.status),
        emails,
    })
}

/// Looks for `email` in every account, `options.concurrency` accounts at a time; results in
/// the order of `accounts`.
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
    let active: &[&str] = crate::ACCOUNTS.as_ref().map_or(&[], |a| a.active);
    let list = list_endpoint();
    let searches = accounts.iter().map(|account| async move {
        let mut params = options.params.clone();
        let own = options.account_params.get(&account.integrated_account_id);
        if let Some(own) = own {
            params.extend(own.clone());
        }
        // Declared parameters are sent from the first page on; undeclared ones (the account's
        // own too: they may be meant for its operation) only once the API's 400 names them.
        let always: Vec<String> = Vec::new();
        match account.status.as_deref() {
            Some(status) if !active.is_empty() && !active.contains(&status) => cannot_search(
                account,
                format!("the account is {status}, not active: it was not searched"),
            ),
            _ => match list {
                None => cannot_search(
                    account,
                    "the spec has no list endpoint for users".to_string(),
                ),
                Some(list) => {
                    search(
                        client,
                        list,
                        people,
                        account,
                        email,
                        &params,
                        &always,
                        options.max_pages,
                    )
                    .await
                }
            },
        }
    });
    Ok(stream::iter(searches)
        .buffered(options.concurrency.max(1))
        .collect()
        .await)
}

fn cannot_search(account: &AccountRef, why: String) -> AccountFind {
    AccountFind::new(
        account.integrated_account_id.clone(),
        // The display name when the spec knows the integration, else the API's name.
        account.integration.as_deref().map(|n| {
            Integration::lookup(n).map_or_else(|_| n.to_string(), |i| i.name().to_string())
        }),
        FindOutcome::CannotSearch,
        Some(why),
    )
}

/// The fields of a list (or get) call: the account, `truto_ignore_remote_data` (which shrinks
/// pages), the parameters of `params` the endpoint declares, and the undeclared ones named in
/// `undeclared` (sent as query parameters).
fn call_fields(
    endpoint: &'static EndpointSpec,
    account: &str,
    params: &Map<String, Value>,
    undeclared: &[String],
) -> Vec<WireField> {
    let mut fields = Vec::new();
    for p in endpoint.parameters {
        let value = match p.role {
            Some(ParamRole::IntegratedAccount) => Value::String(account.to_string()),
            Some(ParamRole::IgnoreRemoteData) => Value::Bool(true),
            Some(ParamRole::ExcludeFields) if !params.contains_key(p.name) => {
                match unread_fields(endpoint) {
                    Some(names) => names,
                    None => continue,
                }
            }
            _ => match params.get(p.name) {
                Some(v) => v.clone(),
                None => continue,
            },
        };
        fields.push(WireField { spec: p, value });
    }
    for name in undeclared {
        if endpoint.parameter(name).is_none()
            && let Some(value) = params.get(name)
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

#[allow(clippy::too_many_arguments)]
async fn search(
    client: &Client,
    list: &'static EndpointSpec,
    people: &People,
    account: &AccountRef,
    email: &str,
    params: &Map<String, Value>,
    always: &[String],
    max_pages: u32,
) -> AccountFind {
    let mut result = AccountFind::new(
        account.integrated_account_id.clone(),
        account.integration.clone(),
        FindOutcome::NotFound,
        None,
    );
    // An account known by its id alone: its integration (asked once, cached by the client)
    // says whether it can be listed and whether its list is partial.
    let integration = match (&account.integration, integration_of(account)) {
        (_, Some(i)) => Some(i),
        (Some(_), None) => None,
        (None, None) => match client.integration_of(&account.integrated_account_id).await {
            Ok(i) => i,
            Err(e) => return failed(result, &e),
        },
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
        return result;
    }
    // Partial per the spec; an integration the spec does not know may be partial too (its
    // pages' own `is_partial_response` flag is read as they come).
    let partial = integration.is_none_or(|i| list.list.is_some_and(|l| l.partial_in.contains(&i)));
    let mut undeclared: Vec<String> = always.to_vec();
    let candidates = loop {
        let fields = call_fields(list, &account.integrated_account_id, params, &undeclared);
        match list_account(
            client,
            list,
            people,
            integration,
            email,
            partial,
            &fields,
            max_pages,
            &mut result,
        )
        .await
        {
            Ok(candidates) => break candidates,
            Err(e) => {
                // Parameters the API asks for that the search was given but did not send yet:
                // start again with them, once.
                let (all_of, one_of) = asked_parameters(&e);
                let fresh =
                    |n: &&String| params.contains_key(n.as_str()) && !undeclared.contains(n);
                let given: Vec<String> = all_of
                    .iter()
                    .chain(&one_of)
                    .filter(fresh)
                    .cloned()
                    .collect();
                // Every parameter the API requires, and one of those it wants at least one of.
                let enough = all_of.iter().all(|n| params.contains_key(n.as_str()))
                    && (one_of.is_empty()
                        || one_of.iter().any(|n| params.contains_key(n.as_str())));
                if given.is_empty() || !enough {
                    return failed(result, &e);
                }
                undeclared.extend(given);
                result.matches.clear();
            }
        }
    };
    if !candidates.is_empty() {
        confirm(
            client,
            people,
            account,
            integration,
            email,
            params,
            candidates,
            &mut result,
        )
        .await;
        if matches!(
            result.outcome,
            FindOutcome::Failed | FindOutcome::CannotSearch
        ) {
            return result;
        }
    }
    result.outcome = match result.matches.len() {
        0 => FindOutcome::NotFound,
        1 => FindOutcome::Found,
        _ => FindOutcome::Ambiguous,
    };
    result
}

/// Reads every page of one account's list, adding matches to `result`; the ids of a partial
/// list's users without emails, to confirm with the get.
#[allow(clippy::too_many_arguments)]
async fn list_account(
    client: &Client,
    list: &'static EndpointSpec,
    people: &People,
    integration: Option<Integration>,
    email: &str,
    partial: bool,
    fields: &[WireField],
    max_pages: u32,
    result: &mut AccountFind,
) -> Result<Vec<String>, Error> {
    let mut candidates: Vec<String> = Vec::new();
    let mut pages = client
        .pages_of_fields::<Value>(list, WireField::fields(fields), integration)
        .max_pages(max_pages);
    while let Some(page) = pages.next_page().await {
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
            continue;
        };
        for user in &page.items {
            let (emails, hit) = matching(user, people, email);
            if hit {
                add_match(&mut result.matches, to_match(user, people, emails));
            } else if (partial || page.partial) && emails.is_empty() {
                // A partial list may leave emails out: the user might still be the person.
                if let Some(id) = text_at(user, people.id)
                    && !candidates.contains(&id)
                {
                    candidates.push(id);
                }
            }
        }
    }
    Ok(candidates)
}

/// Adds a match unless the same user is already there (a list that shifts between pages may
/// show a user twice).
fn add_match(matches: &mut Vec<Match>, found: Option<Match>) {
    if let Some(m) = found
        && !matches.iter().any(|x| x.user_id == m.user_id)
    {
        matches.push(m);
    }
}

/// Gets each candidate of a partial list to read its emails.
#[allow(clippy::too_many_arguments)]
async fn confirm(
    client: &Client,
    people: &People,
    account: &AccountRef,
    integration: Option<Integration>,
    email: &str,
    params: &Map<String, Value>,
    candidates: Vec<String>,
    result: &mut AccountFind,
) {
    let Some(get) = get_endpoint().filter(|g| integration.is_none_or(|i| g.supports(i))) else {
        // Unchecked users may be the person: neither `not_found` nor `found` can be told.
        result.outcome = FindOutcome::CannotSearch;
        result.error = Some(format!(
            "the list is partial and has no emails for {} user(s), and the spec has no get for this integration: they could not be checked",
            candidates.len()
        ));
        return;
    };
    let Some(user_param) = get.parameter_with_role(ParamRole::User) else {
        return;
    };
    for id in candidates {
        let mut fields = call_fields(get, &account.integrated_account_id, params, &[]);
        fields.push(WireField {
            spec: user_param,
            value: Value::String(id),
        });
        result.reads += 1;
        match client
            .send_fields::<Value>(get, WireField::fields(&fields), integration)
            .await
        {
            Ok(response) => {
                if let Body::Typed(Some(user)) = response.body {
                    let (emails, hit) = matching(&user, people, email);
                    if hit {
                        add_match(&mut result.matches, to_match(&user, people, emails));
                    }
                }
            }
            Err(e) if e.kind() == Some(crate::ApiErrorKind::NotFound) => {}
            Err(e) => {
                *result = failed(
                    std::mem::replace(
                        result,
                        AccountFind::new(String::new(), None, FindOutcome::Failed, None),
                    ),
                    &e,
                );
                return;
            }
        }
    }
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
