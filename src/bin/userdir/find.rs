//! `userdir find --email ADDRESS (--tenant-id T | --integrated-account-id ID ...)`: which user
//! the person is in each integrated account, one JSON line per account.

use clap::{Arg, ArgAction, ArgMatches, Command, value_parser};
use serde_json::{Map, Value};
use truto_user_directory::offboard::{
    AccountFind, AccountRef, FindError, FindOptions, FindOutcome, account_id_problems,
    bulk_client_builder, find_person, is_email_address, tenant_accounts,
};
use truto_user_directory::terminal::short;
use truto_user_directory::{Client, DEFAULT_BASE_URL, RateBudget, Stop};

use crate::args::{
    self, base_url_arg, max_body_bytes_arg, search_max_pages_arg, search_timeout_arg, token_arg,
};
use crate::exit::{self, Failure};
use crate::output::print_line;
use crate::runtime::{runtime, watch_signals};

/// `userdir find`.
pub const FIND: &str = "find";

mod id {
    pub use crate::args::id::{BASE_URL, TOKEN};
    pub const EMAIL: &str = "email";
    pub const TENANT: &str = "tenant-id";
    pub const ACCOUNT: &str = "integrated-account-id";
    pub const PARAM: &str = "param";
    pub const CONCURRENCY: &str = "concurrency";
}

/// `userdir find [flags]`.
pub fn find_command() -> Command {
    Command::new(FIND)
        .about("Find a person by email in every integrated account: one JSON line per account")
        .long_about(
            "Find which user a person is in each integrated account of a tenant (or in the \
             accounts named): the tenant's accounts come from the admin API (inactive ones are \
             reported, not searched); each active account's users are listed page by page and \
             matched on every email address, case-insensitively, and on a username that is an \
             email. Users of partial lists without emails are read one by one.\n\n\
             One JSON line per account on stdout: {integrated_account_id, integration, outcome, \
             matches: [{user_id, status, emails}], error, pages}, with outcome found (exactly one \
             match), not_found, ambiguous (more than one: never acted on), cannot_search (no list \
             for the integration, the API needs parameters to list: named, or not active), \
             foreign (listed for the tenant but naming another: never searched), interrupted or \
             failed (also when a user that may be the person cannot be read, or the search hit \
             --max-pages or --search-timeout).\n\n\
             Exit codes: 0 when every account is found or not_found; 1 when one needs a person; \
             2 usage; 3 the tenant's accounts could not be read; 130 stopped by Ctrl-C (the \
             first starts no new search and prints what was found; a second aborts at once).",
        )
        .arg(
            Arg::new(id::EMAIL)
                .long(id::EMAIL)
                .value_name("ADDRESS")
                .required(true)
                .help("The person's email address"),
        )
        .arg(
            Arg::new(id::TENANT)
                .long(id::TENANT)
                .value_name("TENANT")
                .required_unless_present(id::ACCOUNT)
                .conflicts_with(id::ACCOUNT)
                .help("Search every integrated account of this tenant"),
        )
        .arg(
            Arg::new(id::ACCOUNT)
                .long(id::ACCOUNT)
                .value_name("ID")
                .action(ArgAction::Append)
                .help("Search this integrated account (repeat for several)"),
        )
        .arg(
            Arg::new(id::PARAM)
                .long(id::PARAM)
                .value_name("NAME=VALUE")
                .action(ArgAction::Append)
                .value_parser(parse_param)
                .help(
                    "A parameter for the list calls, e.g. limit=100 or workspace_id=T01 \
                     (repeatable): one the list endpoint declares is sent to every account; one \
                     it does not (a scoping parameter) only to accounts whose 400 asks for it",
                ),
        )
        .arg(
            Arg::new(id::CONCURRENCY)
                .long(id::CONCURRENCY)
                .value_name("N")
                .default_value("8")
                .value_parser(value_parser!(u32).range(1..=256))
                .help("Accounts searched at once (each within its own rate budget)"),
        )
        .arg(search_max_pages_arg())
        .arg(search_timeout_arg())
        .arg(base_url_arg())
        .arg(token_arg())
        .arg(max_body_bytes_arg())
}

fn parse_param(s: &str) -> Result<(String, Value), String> {
    let (name, value) = s
        .split_once('=')
        .ok_or_else(|| format!("{s:?} is not NAME=VALUE"))?;
    if name.trim().is_empty() {
        return Err(format!("{s:?} has no parameter name"));
    }
    Ok((name.trim().to_string(), Value::String(value.to_string())))
}

/// `--email`: an email address, or a usage error.
fn email(m: &ArgMatches) -> Result<String, Failure> {
    let email = m
        .try_get_one::<String>(id::EMAIL)
        .map_err(Failure::flag)?
        .cloned()
        .unwrap_or_default();
    if !is_email_address(&email) {
        return Err(Failure::new(
            exit::USAGE,
            format!(
                "--email {email:?} is not an email address (text, one `@`, a domain, no spaces inside)"
            ),
        ));
    }
    Ok(email)
}

/// `--integrated-account-id`s, each checked before anything is sent.
fn accounts(m: &ArgMatches) -> Result<Vec<AccountRef>, Failure> {
    let accounts: Vec<AccountRef> = m
        .try_get_many::<String>(id::ACCOUNT)
        .map_err(Failure::flag)?
        .map(|ids| ids.map(AccountRef::new).collect())
        .unwrap_or_default();
    for account in &accounts {
        let problems = account_id_problems(&account.integrated_account_id);
        if !problems.is_empty() {
            return Err(Failure::new(
                exit::USAGE,
                format!(
                    "--{} {:?}: {}",
                    id::ACCOUNT,
                    short(&account.integrated_account_id),
                    problems.join("; ")
                ),
            ));
        }
    }
    Ok(accounts)
}

/// The search's options: `--param`s, `--concurrency` and the search bounds.
fn options(m: &ArgMatches) -> Result<FindOptions, Failure> {
    let params: Map<String, Value> = m
        .try_get_many::<(String, Value)>(id::PARAM)
        .map_err(Failure::flag)?
        .map(|p| p.cloned().collect())
        .unwrap_or_default();
    let options = FindOptions {
        params,
        concurrency: *m
            .try_get_one::<u32>(id::CONCURRENCY)
            .map_err(Failure::flag)?
            .unwrap_or(&8) as usize,
        ..args::search_options(m)
    };
    options
        .check()
        .map_err(|e| Failure::new(exit::USAGE, format!("--{}: {e}", id::PARAM)))?;
    Ok(options)
}

/// The client the flags describe: a usage error without a token.
fn client(m: &ArgMatches) -> Result<Client, Failure> {
    let token = m
        .try_get_one::<String>(id::TOKEN)
        .map_err(Failure::flag)?
        .filter(|t| !t.trim().is_empty())
        .cloned()
        .ok_or_else(Failure::no_token)?;
    let base_url = m
        .try_get_one::<String>(id::BASE_URL)
        .map_err(Failure::flag)?
        .cloned()
        .unwrap_or_else(|| DEFAULT_BASE_URL.to_string());
    bulk_client_builder()
        .base_url(base_url)
        .token(token)
        .max_body_bytes(args::max_body_bytes(m))
        .rate_budget(RateBudget::default())
        .build()
        .map_err(|e| Failure::from_error(&e))
}

/// Searches `accounts`, or the tenant's accounts, for `email`.
async fn search(
    client: &Client,
    email: &str,
    tenant: Option<&str>,
    accounts: Vec<AccountRef>,
    options: &FindOptions,
) -> Result<Vec<AccountFind>, Failure> {
    let accounts = match tenant {
        Some(t) => tenant_accounts(client, t, options).await.map_err(|e| {
            let code = match e {
                FindError::Interrupted => exit::INTERRUPTED,
                _ => exit::API,
            };
            Failure::new(code, e.to_string())
        })?,
        None => accounts,
    };
    find_person(client, email, &accounts, options)
        .await
        .map_err(|e| Failure::new(exit::FAILED, e.to_string()))
}

/// The line on stderr that counts each outcome.
fn summary_line(email: &str, results: &[AccountFind]) -> String {
    let count = |o: FindOutcome| results.iter().filter(|r| r.outcome == o).count();
    let mut line = format!(
        "userdir: {email} in {} account(s): {} found, {} not found, {} ambiguous, {} cannot be searched, {} failed",
        results.len(),
        count(FindOutcome::Found),
        count(FindOutcome::NotFound),
        count(FindOutcome::Ambiguous),
        count(FindOutcome::CannotSearch),
        count(FindOutcome::Failed),
    );
    for (outcome, what) in [
        (FindOutcome::Foreign, "of another tenant (not searched)"),
        (FindOutcome::Interrupted, "interrupted"),
    ] {
        if count(outcome) > 0 {
            line.push_str(&format!(", {} {what}", count(outcome)));
        }
    }
    line
}

/// `userdir find`.
pub fn find(m: &ArgMatches) -> Result<u8, Failure> {
    let email = email(m)?;
    let tenant = m
        .try_get_one::<String>(id::TENANT)
        .map_err(Failure::flag)?
        .cloned();
    let accounts = accounts(m)?;
    let options = options(m)?;
    let client = client(m)?;
    let runtime = runtime()?;
    // A first Ctrl-C starts no new search or page read (the accounts not searched say so);
    // a second aborts at once.
    let stop = Stop::new();
    let options = FindOptions {
        stop: Some(stop.clone()),
        ..options
    };
    let results = runtime.block_on(async {
        let _signals = watch_signals(stop.clone())?;
        search(&client, &email, tenant.as_deref(), accounts, &options).await
    })?;
    if results.is_empty() {
        return Err(Failure::new(
            exit::NEEDS_A_PERSON,
            match &tenant {
                Some(t) => format!("tenant {t} has no integrated accounts: check the tenant id"),
                None => "no integrated account to search".to_string(),
            },
        ));
    }
    for r in &results {
        print_line(r)?;
    }
    eprintln!("{}", summary_line(&email, &results));
    let needs_a_person = results
        .iter()
        .any(|r| !matches!(r.outcome, FindOutcome::Found | FindOutcome::NotFound));
    Ok(if stop.is_stopped() {
        exit::INTERRUPTED
    } else if needs_a_person {
        exit::NEEDS_A_PERSON
    } else {
        exit::OK
    })
}
