//! `userdir review --tenant-id T --out DIR [--roster FILE] …`: an access review of every
//! integrated account of a tenant (or of the accounts named) against a roster of who should
//! have access; `userdir review diff OLD NEW`: what changed from one review to the next.

use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::{Arg, ArgAction, ArgMatches, Command, value_parser};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use truto_user_directory::offboard::{Plan, account_id_problems, bulk_client_builder};
use truto_user_directory::review::{Finding, ReviewMeta, ReviewOptions, Roster, RosterInfo};
use truto_user_directory::terminal::{escape, short};
use truto_user_directory::{
    Client, DEFAULT_BASE_URL, DEFAULT_MAX_PAGES, RateBudget, Stop, TOKEN_ENV, TRUTO_PER_ACCOUNT,
};

use crate::args::{self, base_url_arg, max_body_bytes_arg, token_arg};
use crate::exit::{self, Failure};
use crate::output::{print_json, write_stdout};
use crate::review_calls;
use crate::runtime::{runtime, watch_signals};

/// `userdir review`.
pub const REVIEW: &str = "review";
/// `userdir review diff`.
pub const DIFF: &str = "diff";

/// The files a review writes in its directory, in the order they are listed.
pub const FILES: [&str; 4] = ["accounts.csv", "review.json", "review.md", "review.html"];
/// The review's record of finished accounts and cursors (resuming a killed review).
const JOURNAL: &str = "review.journal";

/// The largest roster (or plan) read: 16 MiB (about 300,000 people).
const MAX_ROSTER_BYTES: u64 = 16 << 20;
/// Accounts read at once by default.
const DEFAULT_IN_FLIGHT: u32 = 8;
/// Dormant after this many days without login or activity, by default.
const DEFAULT_DORMANT_DAYS: u32 = 90;

/// The ids of `review`'s flags.
mod id {
    pub use crate::args::id::{BASE_URL, MAX_PAGES, TOKEN};
    pub const TENANT: &str = "tenant-id";
    pub const ACCOUNT: &str = "integrated-account-id";
    pub const ROSTER: &str = "roster";
    pub const DORMANT_DAYS: &str = "dormant-days";
    pub const OUT: &str = "out";
    pub const PLAN_OUT: &str = "plan-out";
    pub const NOW: &str = "now";
    pub const CONCURRENCY: &str = "concurrency";
    pub use crate::args::id::{PER_ACCOUNT, WINDOW};
    pub const PAGE_SIZE: &str = "page-size";
    pub const OLD: &str = "old";
    pub const NEW: &str = "new";
    pub const JSON: &str = "json";
    pub const OTHER_TENANT: &str = "allow-other-tenant";
}

/// `userdir review [flags]` and `userdir review diff OLD NEW`.
pub fn review_command() -> Command {
    Command::new(REVIEW)
        .about("Access review of a tenant: every user of every app against a roster, with findings; `review diff` compares two")
        .long_about(
            "An access review (SOC 2 CC6.2/CC6.3, ISO 27001 A.5.18): every user of every active \
             integrated account of a tenant (or of the accounts named), listed page by page \
             within each account's rate budget, several accounts at once, joined to people by \
             email (every email of the user record, case-insensitively, as `find` matches) and \
             checked against the roster (CSV with a header: columns email and status, active or \
             left, any others kept). Each account gets its findings: leaver (left, or not on \
             the roster, and not inactive), dormant (active, no login or activity for \
             --dormant-days, or never), dormant_unknown (the app gives no login or activity: \
             not known, never guessed), privileged (an admin role or user type), unmatched (no \
             email), duplicate (one person, several active accounts in one app).\n\n\
             DIR gets accounts.csv (one row per account), review.json (the same, with the \
             run's metadata), review.md and review.html (self-contained: a summary per finding \
             and per app, then the lists an auditor reads, leavers first), and review.journal: \
             a review killed or stopped by Ctrl-C continues where it was when run again with \
             the same DIR and flags. --plan-out writes an offboarding plan for the leavers' \
             active accounts, which `userdir offboard` runs as it is. The metadata is printed \
             on stdout as JSON; a table of the findings goes to stderr on a terminal.\n\n\
             Exit codes: 0 when every account was reviewed (findings are the review's result, \
             not an error); 1 when an account was not reviewed (another status than active, \
             no users list for its app, an error: listed in the metadata and on stderr) or the \
             tenant has none; 2 usage (a bad roster: its line); 3 the tenant's accounts could \
             not be read; 4 network; 5 the review's rows file, journal or spool could not be \
             written; 7 an output (accounts.csv, review.json, a report) or the plan could not \
             be written (run it again to write the outputs without reading); 130 stopped by \
             a signal (run it again to continue).",
        )
        .args_conflicts_with_subcommands(true)
        .subcommand_negates_reqs(true)
        .subcommand(diff_command())
        .arg(
            Arg::new(id::TENANT)
                .long(id::TENANT)
                .value_name("TENANT")
                .required_unless_present(id::ACCOUNT)
                .conflicts_with(id::ACCOUNT)
                .help("Review every integrated account of this tenant (those not active are listed as not reviewed)"),
        )
        .arg(
            Arg::new(id::ACCOUNT)
                .long(id::ACCOUNT)
                .value_name("ID")
                .action(ArgAction::Append)
                .help("Review this integrated account instead of a tenant's (repeat for several)"),
        )
        .arg(
            Arg::new(id::ROSTER)
                .long(id::ROSTER)
                .value_name("FILE")
                .value_parser(value_parser!(PathBuf))
                .help("Who should have access: CSV with a header, columns email and status (active or left), others kept; without it there are no leavers"),
        )
        .arg(
            Arg::new(id::DORMANT_DAYS)
                .long(id::DORMANT_DAYS)
                .value_name("DAYS")
                .default_value(DEFAULT_DORMANT_DAYS.to_string())
                .value_parser(value_parser!(u32).range(1..=36_500))
                .help("An active account without login or activity for this many days is dormant"),
        )
        .arg(
            Arg::new(id::OUT)
                .long(id::OUT)
                .value_name("DIR")
                .required(true)
                .value_parser(value_parser!(PathBuf))
                .help("Where the review is written (created if missing); the same DIR continues a stopped review"),
        )
        .arg(
            Arg::new(id::PLAN_OUT)
                .long(id::PLAN_OUT)
                .value_name("FILE")
                .value_parser(value_parser!(PathBuf))
                .requires(id::ROSTER)
                .help("Write an offboarding plan for the leavers' active accounts (YAML, for `userdir offboard`); never over a file that is not a plan"),
        )
        .arg(
            Arg::new(id::NOW)
                .long(id::NOW)
                .value_name("RFC3339")
                .value_parser(rfc3339)
                .hide(true)
                .help("The review's now (for tests): dormancy is counted from it"),
        )
        .arg(
            Arg::new(id::CONCURRENCY)
                .long(id::CONCURRENCY)
                .value_name("N")
                .default_value(DEFAULT_IN_FLIGHT.to_string())
                .value_parser(value_parser!(u32).range(1..=1024))
                .help("Accounts read at once (each within its own rate budget)"),
        )
        .arg(args::per_account_arg())
        .arg(args::window_arg())
        .arg(
            Arg::new(id::MAX_PAGES)
                .long(id::MAX_PAGES)
                .value_name("N")
                .default_value(DEFAULT_MAX_PAGES.to_string())
                .value_parser(value_parser!(u32).range(1..))
                .help("The most pages read of one account: a longer list leaves the account not reviewed, saying so"),
        )
        .arg(
            Arg::new(id::PAGE_SIZE)
                .long(id::PAGE_SIZE)
                .value_name("N")
                .value_parser(value_parser!(u32).range(1..=10_000))
                .help("Users per page asked for (the list's limit parameter) [default: the API's]"),
        )
        .arg(base_url_arg())
        .arg(token_arg())
        .arg(max_body_bytes_arg())
}

/// `userdir review diff OLD NEW [--json]`.
fn diff_command() -> Command {
    Command::new(DIFF)
        .about("What changed from one review to another: accounts, access and findings, as Markdown (or JSON)")
        .long_about(
            "What changed from the review OLD to the review NEW (their review.json files): \
             accounts gained and lost; per account kept, the roles, groups and licenses gained \
             and lost, and the findings that appeared or were resolved. Markdown on stdout, or \
             JSON with --json. Reviews of different tenants are refused unless \
             --allow-other-tenant.\n\n\
             Exit codes: 0 the comparison is printed (changes or none); 2 a file that cannot be \
             read or is not a review, or reviews of different tenants; 7 stdout not writable.",
        )
        .arg(
            Arg::new(id::OLD)
                .value_name("OLD")
                .required(true)
                .value_parser(value_parser!(PathBuf))
                .help("The earlier review's review.json"),
        )
        .arg(
            Arg::new(id::NEW)
                .value_name("NEW")
                .required(true)
                .value_parser(value_parser!(PathBuf))
                .help("The later review's review.json"),
        )
        .arg(
            Arg::new(id::JSON)
                .long(id::JSON)
                .action(ArgAction::SetTrue)
                .help("JSON instead of Markdown"),
        )
        .arg(
            Arg::new(id::OTHER_TENANT)
                .long(id::OTHER_TENANT)
                .action(ArgAction::SetTrue)
                .help("Compare reviews of different tenants (or of accounts named one by one)"),
        )
}

/// `--now`: an RFC 3339 time, as given.
fn rfc3339(s: &str) -> Result<String, String> {
    time::OffsetDateTime::parse(s.trim(), &time::format_description::well_known::Rfc3339)
        .map(|_| s.trim().to_string())
        .map_err(|e| format!("{s:?} is not an RFC 3339 time (2026-12-07T09:00:00Z): {e}"))
}

/// `userdir review` or `userdir review diff`.
pub fn run(m: &ArgMatches) -> Result<u8, Failure> {
    match m.subcommand() {
        Some((DIFF, d)) => diff(d),
        _ => review(m),
    }
}

/// What `review`'s flags say, checked before anything is sent.
struct Settings {
    tenant_id: Option<String>,
    accounts: Vec<String>,
    roster: Option<PathBuf>,
    dormant_days: u32,
    out: PathBuf,
    plan_out: Option<PathBuf>,
    now: Option<String>,
    accounts_in_flight: usize,
    max_pages: u32,
    page_size: Option<u32>,
    /// Requests per window and the window.
    budget: (u32, Duration),
    base_url: String,
    token: Option<String>,
    max_body_bytes: u64,
}

impl Settings {
    fn from(m: &ArgMatches) -> Result<Settings, Failure> {
        let text = |name: &str| -> Result<Option<String>, Failure> {
            Ok(m.try_get_one::<String>(name)
                .map_err(Failure::flag)?
                .cloned())
        };
        let path = |name: &str| -> Result<Option<PathBuf>, Failure> {
            Ok(m.try_get_one::<PathBuf>(name)
                .map_err(Failure::flag)?
                .cloned())
        };
        let number = |name: &str, default: u32| -> Result<u32, Failure> {
            Ok(*m
                .try_get_one::<u32>(name)
                .map_err(Failure::flag)?
                .unwrap_or(&default))
        };
        let accounts: Vec<String> = m
            .try_get_many::<String>(id::ACCOUNT)
            .map_err(Failure::flag)?
            .map(|ids| ids.cloned().collect())
            .unwrap_or_default();
        for account in &accounts {
            let problems = account_id_problems(account);
            if !problems.is_empty() {
                return Err(Failure::new(
                    exit::USAGE,
                    format!(
                        "--{} {:?}: {}",
                        id::ACCOUNT,
                        short(account),
                        problems.join("; ")
                    ),
                ));
            }
        }
        let window = *m
            .try_get_one::<f64>(id::WINDOW)
            .map_err(Failure::flag)?
            .unwrap_or(&10.0);
        Ok(Settings {
            tenant_id: text(id::TENANT)?,
            accounts,
            roster: path(id::ROSTER)?,
            dormant_days: number(id::DORMANT_DAYS, DEFAULT_DORMANT_DAYS)?,
            out: path(id::OUT)?.ok_or_else(|| Failure::new(exit::USAGE, "no --out DIR given"))?,
            plan_out: path(id::PLAN_OUT)?,
            now: text(id::NOW)?,
            accounts_in_flight: number(id::CONCURRENCY, DEFAULT_IN_FLIGHT)? as usize,
            max_pages: number(id::MAX_PAGES, DEFAULT_MAX_PAGES)?,
            page_size: m
                .try_get_one::<u32>(id::PAGE_SIZE)
                .map_err(Failure::flag)?
                .copied(),
            budget: (
                number(id::PER_ACCOUNT, TRUTO_PER_ACCOUNT.0)?,
                Duration::from_secs_f64(window),
            ),
            base_url: text(id::BASE_URL)?.unwrap_or_else(|| DEFAULT_BASE_URL.to_string()),
            token: text(id::TOKEN)?.filter(|t| !t.trim().is_empty()),
            max_body_bytes: args::max_body_bytes(m),
        })
    }

    /// The client of a review: a bulk client with the flags' rate budget, one request in
    /// flight per account read at once.
    fn client(&self) -> Result<Client, Failure> {
        let token = self.token.as_deref().ok_or_else(|| {
            Failure::new(
                exit::USAGE,
                format!("no API token: pass --token TOKEN or set {TOKEN_ENV}"),
            )
        })?;
        bulk_client_builder()
            .base_url(self.base_url.clone())
            .token(token)
            .max_body_bytes(self.max_body_bytes)
            .max_in_flight(self.accounts_in_flight)
            .rate_budget(RateBudget::new(self.budget.0, self.budget.1))
            .build()
            .map_err(|e| Failure::from_error(&e))
    }

    /// The output directory, created if missing: a usage error when it cannot be. Says on
    /// stderr when it holds a review already (which the same command continues).
    fn prepare_out(&self) -> Result<(), Failure> {
        if self.out.join(JOURNAL).exists() {
            let finished = if self.out.join(FILES[1]).exists() {
                "; finished, its outputs are written again and nothing is read"
            } else {
                ""
            };
            eprintln!(
                "userdir: {} holds a review: it is continued{finished} (a new review needs a new --{} DIR)",
                self.out.display(),
                id::OUT
            );
        }
        let refused = |why: String| {
            Failure::new(
                exit::USAGE,
                format!("--{} {}: {why}", id::OUT, self.out.display()),
            )
        };
        match std::fs::metadata(&self.out) {
            Ok(m) if m.is_dir() => Ok(()),
            Ok(_) => Err(refused("exists and is not a directory".into())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                std::fs::create_dir_all(&self.out)
                    .map_err(|e| refused(format!("cannot be created: {e}")))
            }
            Err(e) => Err(refused(e.to_string())),
        }
    }
}

/// Reads the roster file: what the review records of it, and the roster; a usage error naming
/// the line of a bad row.
pub fn read_roster(path: &Path) -> Result<(Roster, RosterInfo), Failure> {
    let refused = |why: String| {
        Failure::new(
            exit::USAGE,
            format!("--{} {}: {why}", id::ROSTER, path.display()),
        )
    };
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_ROSTER_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| refused(format!("cannot be read: {e}")))?;
    if bytes.len() as u64 > MAX_ROSTER_BYTES {
        return Err(refused(format!(
            "larger than {} MiB, the most a roster may be",
            MAX_ROSTER_BYTES >> 20
        )));
    }
    let text = std::str::from_utf8(&bytes).map_err(|e| {
        refused(format!(
            "not UTF-8 text (byte {} is not): save it as UTF-8",
            e.valid_up_to()
        ))
    })?;
    let roster = review_calls::parse_roster(path, text)?;
    let info = roster.info(&path.display().to_string(), &bytes);
    Ok((roster, info))
}

/// `--plan-out FILE` is written only to a new file or over a plan, never into the review's own
/// files: checked before the review starts.
fn check_plan_out(plan: &Path, out: &Path) -> Result<(), Failure> {
    let refused = |why: &str| {
        Failure::new(
            exit::USAGE,
            format!("--{} {}: {why}", id::PLAN_OUT, plan.display()),
        )
    };
    let parent = match plan.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !parent.is_dir() {
        return Err(refused("its directory does not exist"));
    }
    let in_out = parent.canonicalize().ok() == out.canonicalize().ok();
    let name = plan
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    if in_out && (FILES.contains(&name) || name == JOURNAL) {
        return Err(refused(
            "is one of the review's own files: give the plan a name of its own",
        ));
    }
    match std::fs::metadata(plan) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(refused(&e.to_string())),
        Ok(m) if !m.is_file() => Err(refused("is not a regular file")),
        Ok(_) => {
            // (A plan is at most 16 MiB: a larger file is no plan, and is not read whole.)
            let mut bytes = Vec::new();
            let _ = std::fs::File::open(plan)
                .and_then(|f| f.take(MAX_ROSTER_BYTES + 1).read_to_end(&mut bytes));
            if Plan::from_yaml(&String::from_utf8_lossy(&bytes)).is_ok() {
                Ok(())
            } else {
                Err(refused(
                    "exists and is not an offboarding plan: it was left as it is; give a new path, or an earlier plan's",
                ))
            }
        }
    }
}

/// Writes `text` to `path` whole or not at all (a temporary file, then renamed).
pub fn write_atomically(path: &Path, text: &str) -> Result<(), Failure> {
    let failed = |e: std::io::Error| Failure::new(exit::FAILED, format!("{}: {e}", path.display()));
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(format!(".tmp-{}", std::process::id()));
    let temporary = PathBuf::from(temporary);
    std::fs::write(&temporary, text).map_err(failed)?;
    std::fs::rename(&temporary, path).map_err(|e| {
        let _ = std::fs::remove_file(&temporary);
        failed(e)
    })
}

/// A spinner on stderr with the review's progress, when stderr is a terminal.
fn spinner(visible: bool) -> ProgressBar {
    let bar = ProgressBar::with_draw_target(
        None,
        if visible {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        },
    );
    if let Ok(style) = ProgressStyle::with_template("{spinner} {elapsed_precise}  {msg}") {
        bar.set_style(style);
    }
    if visible {
        bar.enable_steady_tick(Duration::from_millis(200));
    }
    bar
}

/// Accounts (rows) with `finding`.
pub fn count(meta: &ReviewMeta, finding: Finding) -> u64 {
    meta.counts.get(&finding).copied().unwrap_or(0)
}

/// The line on stderr that sums a review up.
pub fn summary_line(meta: &ReviewMeta, out: &Path) -> String {
    let findings: Vec<String> = Finding::ALL
        .iter()
        .map(|f| format!("{} {}", count(meta, *f), f.as_str()))
        .collect();
    format!(
        "reviewed {} integrated account(s), {} not reviewed; {} user account(s): {}; written to {} ({})",
        meta.reviewed.len(),
        meta.not_reviewed.len(),
        meta.rows,
        findings.join(", "),
        out.display(),
        FILES.join(", ")
    )
}

/// The accounts not reviewed, one line each, for stderr.
pub fn not_reviewed_lines(meta: &ReviewMeta) -> Vec<String> {
    meta.not_reviewed
        .iter()
        .map(|a| {
            format!(
                "not reviewed: {} ({}, status {}): {}",
                a.integrated_account_id,
                escape(a.app.as_deref().unwrap_or("app unknown")),
                escape(a.status.as_deref().unwrap_or("unknown")),
                escape(&a.reason)
            )
        })
        .collect()
}

/// The exit code of a review that ended: 1 when an account was not reviewed or there was none.
pub fn exit_code(meta: &ReviewMeta) -> u8 {
    if meta.not_reviewed.is_empty() && !meta.reviewed.is_empty() {
        exit::OK
    } else {
        exit::NEEDS_A_PERSON
    }
}

/// Writes the plan for the leavers to `plan`, unless there is none: what to say on stderr.
fn write_plan(meta: &ReviewMeta, out: &Path, plan: &Path) -> Result<String, Failure> {
    let leavers = count(meta, Finding::Leaver);
    if leavers == 0 {
        let kept = if plan.exists() {
            " (the file there is an earlier plan, left as it was)"
        } else {
            ""
        };
        return Ok(format!(
            "no leaver holds an active account: no plan written to {}{kept}",
            plan.display()
        ));
    }
    let yaml = review_calls::leavers_plan(&out.join("review.json"))?;
    write_atomically(plan, &yaml)?;
    Ok(format!(
        "the plan for the leavers' {leavers} account(s) is in {}: check it with `userdir offboard {} --dry-run`",
        plan.display(),
        plan.display()
    ))
}

/// Reads every account into `settings.out`, with a spinner on a terminal: the review's
/// metadata. A first Ctrl-C reads no new page (the pages in flight finish and are journaled); a
/// second aborts at once. Either way the same command run again continues.
fn read_accounts(
    settings: &Settings,
    client: &Client,
    roster: Option<(Roster, RosterInfo)>,
) -> Result<ReviewMeta, Failure> {
    let runtime = runtime()?;
    let stop = Stop::new();
    let bar = spinner(std::io::stderr().is_terminal());
    let options = ReviewOptions {
        tenant_id: settings.tenant_id.clone(),
        accounts: settings.accounts.clone(),
        roster,
        dormant_days: settings.dormant_days,
        now: settings.now.clone(),
        out: settings.out.clone(),
        accounts_in_flight: settings.accounts_in_flight,
        max_pages: settings.max_pages,
        page_size: settings.page_size,
        stop: Some(stop.clone()),
    };
    let meta = runtime.block_on(async {
        let _signals = watch_signals(stop.clone())?;
        review_calls::review(client, &options, |line| bar.set_message(line.to_string())).await
    });
    bar.finish_and_clear();
    meta
}

/// What a finished review prints: the metadata on stdout; on stderr the table (on a
/// terminal), the accounts not reviewed, the summary and what became of the plan.
fn tell(settings: &Settings, meta: &ReviewMeta, plan_said: Option<String>) -> Result<(), Failure> {
    print_json(meta)?;
    if std::io::stderr().is_terminal() {
        eprint!("{}", review_calls::terminal_table(meta, true));
    }
    for line in not_reviewed_lines(meta) {
        eprintln!("userdir: {line}");
    }
    if meta.reviewed.is_empty() && meta.not_reviewed.is_empty() {
        eprintln!(
            "userdir: {}",
            match &settings.tenant_id {
                Some(t) => format!(
                    "tenant {} has no integrated accounts: check the tenant id",
                    escape(t)
                ),
                None => "no integrated account was reviewed".into(),
            }
        );
    }
    eprintln!("userdir: {}", summary_line(meta, &settings.out));
    if let Some(said) = plan_said {
        eprintln!("userdir: {said}");
    }
    Ok(())
}

/// `userdir review`: the flags, the roster and the files checked before anything is sent;
/// the accounts read; the reports and the plan written; what was found told.
fn review(m: &ArgMatches) -> Result<u8, Failure> {
    let settings = Settings::from(m)?;
    let roster = match &settings.roster {
        Some(path) => Some(read_roster(path)?),
        None => None,
    };
    let client = settings.client()?;
    settings.prepare_out()?;
    if let Some(plan) = &settings.plan_out {
        check_plan_out(plan, &settings.out)?;
    }
    let meta = read_accounts(&settings, &client, roster)?;
    let plan_said = match &settings.plan_out {
        Some(plan) => Some(write_plan(&meta, &settings.out, plan)?),
        None => None,
    };
    tell(&settings, &meta, plan_said)?;
    Ok(exit_code(&meta))
}

/// `userdir review diff OLD NEW`.
fn diff(m: &ArgMatches) -> Result<u8, Failure> {
    let path = |name: &str| -> Result<PathBuf, Failure> {
        m.try_get_one::<PathBuf>(name)
            .map_err(Failure::flag)?
            .cloned()
            .ok_or_else(|| {
                Failure::new(
                    exit::USAGE,
                    format!("no {} review given", name.to_uppercase()),
                )
            })
    };
    let flag = |name: &str| m.try_get_one::<bool>(name).ok().flatten() == Some(&true);
    let text = review_calls::diff(
        &path(id::OLD)?,
        &path(id::NEW)?,
        flag(id::JSON),
        flag(id::OTHER_TENANT),
    )?;
    write_stdout(text.as_bytes())?;
    if !text.ends_with('\n') {
        write_stdout(b"\n")?;
    }
    Ok(exit::OK)
}
