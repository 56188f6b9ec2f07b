//! `userdir find --email ADDRESS (--tenant-id T | --integrated-account-id ID ...)`: which user
//! the person is in each integrated account, one JSON line per account.

use clap::{Arg, ArgAction, ArgMatches, Command, value_parser};
use serde_json::{Map, Value};
use truto_user_directory::offboard::{
    AccountFind, AccountRef, FindError, FindOptions, FindOutcome, account_id_problems,
    bulk_client_builder, find_person, is_email_address, tenant_accounts,
};
use truto_user_directory::{DEFAULT_BASE_URL, RateBudget};

use crate::{Failure, cli, exit, write_stdout};

/// `userdir find`.
pub const FIND: &str = "find";

/// Exit code when an account needs a person (ambiguous, cannot be searched, failed, foreign,
/// interrupted).
const NEEDS_A_PERSON: u8 = 1;

mod id {
    pub use crate::cli::id::{BASE_URL, TOKEN};
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
        .arg(cli::search_max_pages_arg())
        .arg(cli::search_timeout_arg())
        .arg(cli::base_url_arg())
        .arg(cli::token_arg())
        .arg(cli::max_body_bytes_arg())
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

/// One JSON line.
fn print_line(value: &AccountFind) -> Result<(), Failure> {
    let mut text = serde_json::to_string(value)
        .map_err(|e| Failure::new(exit::INTERNAL, format!("cannot print JSON: {e}")))?;
    text.push('\n');
    write_stdout(text.as_bytes())
}

/// `userdir find`.
pub fn find(m: &ArgMatches) -> Result<u8, Failure> {
    let usage = |e: clap::parser::MatchesError| Failure::new(exit::INTERNAL, e.to_string());
    let email = m
        .try_get_one::<String>(id::EMAIL)
        .map_err(usage)?
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
    let tenant = m.try_get_one::<String>(id::TENANT).map_err(usage)?.cloned();
    let accounts: Vec<AccountRef> = m
        .try_get_many::<String>(id::ACCOUNT)
        .map_err(usage)?
        .map(|ids| ids.map(AccountRef::new).collect())
        .unwrap_or_default();
    // Every id is checked before anything is sent.
    for account in &accounts {
        let problems = account_id_problems(&account.integrated_account_id);
        if !problems.is_empty() {
            return Err(Failure::new(
                exit::USAGE,
                format!(
                    "--{} {:?}: {}",
                    id::ACCOUNT,
                    truto_user_directory::terminal::short(&account.integrated_account_id),
                    problems.join("; ")
                ),
            ));
        }
    }
    let params: Map<String, Value> = m
        .try_get_many::<(String, Value)>(id::PARAM)
        .map_err(usage)?
        .map(|p| p.cloned().collect())
        .unwrap_or_default();
    let options = FindOptions {
        params,
        concurrency: *m
            .try_get_one::<u32>(id::CONCURRENCY)
            .map_err(usage)?
            .unwrap_or(&8) as usize,
        ..cli::search_options(m)
    };
    options
        .check()
        .map_err(|e| Failure::new(exit::USAGE, format!("--{}: {e}", id::PARAM)))?;
    let token = m
        .try_get_one::<String>(id::TOKEN)
        .map_err(usage)?
        .filter(|t| !t.trim().is_empty())
        .cloned()
        .ok_or_else(Failure::no_token)?;
    let base_url = m
        .try_get_one::<String>(id::BASE_URL)
        .map_err(usage)?
        .cloned()
        .unwrap_or_else(|| DEFAULT_BASE_URL.to_string());
    let client = bulk_client_builder()
        .base_url(base_url)
        .token(token)
        .max_body_bytes(cli::max_body_bytes(m))
        .rate_budget(RateBudget::default())
        .build()
        .map_err(|e| Failure::from_error(&e))?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::new(exit::INTERNAL, format!("cannot start the runtime: {e}")))?;
    // A first Ctrl-C starts no new search or page read (the accounts not searched say so);
    // a second aborts at once.
    let stop = truto_user_directory::Stop::new();
    let options = FindOptions {
        stop: Some(stop.clone()),
        ..options
    };
    let results = runtime.block_on(async {
        let _signals = cli::watch_signals(stop.clone())?;
        let accounts = match &tenant {
            Some(t) => tenant_accounts(&client, t, &options).await.map_err(|e| {
                let code = match e {
                    FindError::Interrupted => exit::INTERRUPTED,
                    _ => exit::API,
                };
                Failure::new(code, e.to_string())
            })?,
            None => accounts,
        };
        find_person(&client, &email, &accounts, &options)
            .await
            .map_err(|e| Failure::new(exit::INTERNAL, e.to_string()))
    })?;
    if results.is_empty() {
        return Err(Failure::new(
            NEEDS_A_PERSON,
            match &tenant {
                Some(t) => format!("tenant {t} has no integrated accounts: check the tenant id"),
                None => "no integrated account to search".to_string(),
            },
        ));
    }
    for r in &results {
        print_line(r)?;
    }
    let count = |o: FindOutcome| results.iter().filter(|r| r.outcome == o).count();
    let needs_a_person = results
        .iter()
        .filter(|r| !matches!(r.outcome, FindOutcome::Found | FindOutcome::NotFound))
        .count();
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
    eprintln!("{line}");
    Ok(if stop.is_stopped() {
        exit::INTERRUPTED
    } else if needs_a_person > 0 {
        NEEDS_A_PERSON
    } else {
        exit::OK
    })
}
