//! `userdir offboard PLAN`: runs an offboarding plan (or a dry run of it).

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Arg, ArgAction, ArgMatches, Command, value_parser};
use tokio::runtime::Runtime;
use truto_user_directory::offboard::{
    Journal, Plan, Report, ReportFormat, RunInfo, RunOptions, Stop, bulk_client_builder,
    dry_run_people, same_file,
};
use truto_user_directory::{Client, DEFAULT_BASE_URL, RateBudget};

use crate::args::{
    self, base_url_arg, max_body_bytes_arg, search_max_pages_arg, search_timeout_arg, token_arg,
};
use crate::exit::{self, Failure};
use crate::output::print_line;
use crate::plan_files::{
    check_report_file, distinct_files, finish_report, read_plan, report_target, warn_damaged,
};
use crate::run::{now, run_plan, summary_line};
use crate::runtime::{runtime, watch_signals};

/// `userdir offboard`.
pub const OFFBOARD: &str = "offboard";

/// The ids of `offboard`'s flags.
pub mod id {
    pub use crate::args::id::{BASE_URL, DRY_RUN, TOKEN};
    pub const PLAN: &str = "plan";
    pub const OFFLINE: &str = "offline";
    pub const VERIFY: &str = "verify";
    pub const VERIFY_TIMEOUT: &str = "verify-timeout";
    pub const CONFIRM: &str = "confirm-irreversible";
    pub const JOURNAL: &str = "journal";
    pub const RESEND_IN_DOUBT: &str = "resend-in-doubt";
    pub const OTHER_BASE_URL: &str = "allow-other-base-url";
    pub const AUDIT: &str = "audit";
    pub const CONCURRENCY: &str = "concurrency";
    pub use crate::args::id::{PER_ACCOUNT, WINDOW};
    pub const NO_BUDGET: &str = "no-budget";
    pub const PROGRESS: &str = "progress";
    pub use crate::plan_files::REPORT;
    pub const OPERATOR: &str = "operator";
    pub const REVOKE: &str = "revoke";
}

/// `userdir offboard PLAN [flags]`.
pub fn offboard_command() -> Command {
    Command::new(OFFBOARD)
        .about("Run an offboarding plan: one JSON line per target on stdout")
        .long_about(
            "Run an offboarding plan (YAML): every target is checked against its integration's \
             rules, sent within each integrated account's rate budget, and reported as one JSON \
             line on stdout with its outcome: succeeded, already_done (so before this run \
             touched it), invalid, needs_confirmation, failed, skipped, interrupted, or for \
             email targets not_found, ambiguous, cannot_search or foreign. --revoke also removes \
             the person's groups, role assignments, … one result each (unsupported where the app \
             has no method). A call whose answer \
             is lost is never sent again blindly: the user is read back first. --report \
             FILE.md or FILE.html also writes \
             the auditor's report: who ran which plan when, one table per person, and what \
             needs a person.\n\n\
             Exit codes: 0 when every target ended succeeded, already_done, skipped, \
             not_found or unsupported (a removal the app has no method for); 1 otherwise; 2 for an unreadable plan, files that cannot be used (a \
             journal or audit log that is another kind of file, files that are one another), or \
             a dry run with an invalid target; 5 when the journal or audit log could not be \
             written (the run stopped at once); 130 when stopped by a signal.",
        )
        .arg(
            Arg::new(id::PLAN)
                .value_name("PLAN")
                .required(true)
                .value_parser(value_parser!(PathBuf))
                .help("The plan file (YAML or JSON; - reads it from stdin)"),
        )
        .arg(
            Arg::new(id::DRY_RUN)
                .long(id::DRY_RUN)
                .action(ArgAction::SetTrue)
                .help("Check every target and print the exact requests; send nothing that changes anything (email targets are looked up with reads only)"),
        )
        .arg(
            Arg::new(id::VERIFY)
                .long(id::VERIFY)
                .action(ArgAction::SetTrue)
                .help("Re-read each user after a successful call until the promised effect shows (status, gone): verified or unconfirmed"),
        )
        .arg(
            Arg::new(id::VERIFY_TIMEOUT)
                .long(id::VERIFY_TIMEOUT)
                .value_name("SECONDS")
                .default_value("30")
                .value_parser(args::seconds)
                .help("How long --verify waits for an effect, with backoff"),
        )
        .arg(
            Arg::new(id::OFFLINE)
                .long(id::OFFLINE)
                .action(ArgAction::SetTrue)
                .requires(id::DRY_RUN)
                .help("With --dry-run: send nothing at all, not even reads; email targets are reported unresolved"),
        )
        .arg(
            Arg::new(id::REVOKE)
                .long(id::REVOKE)
                .value_name("ACCESS,...")
                .value_delimiter(',')
                .help(format!(
                    "Also remove this access wherever the person is found, after the operation: each item their user record lists, one call and one result each (one of: {}); a target's own `revoke:` still wins",
                    truto_user_directory::offboard::revoke_names().join(", ")
                )),
        )
        .arg(
            Arg::new(id::CONFIRM)
                .long(id::CONFIRM)
                .action(ArgAction::SetTrue)
                .help("Run irreversible operations (deletes, permanent flags); without it they are reported as needs_confirmation"),
        )
        .arg(
            Arg::new(id::RESEND_IN_DOUBT)
                .long(id::RESEND_IN_DOUBT)
                .action(ArgAction::SetTrue)
                .help("Re-send targets in doubt whose operation is not idempotent (the journal shows their call was sent with no result, or a damaged line may record them); without it they are needs_confirmation"),
        )
        .arg(
            Arg::new(id::OTHER_BASE_URL)
                .long(id::OTHER_BASE_URL)
                .action(ArgAction::SetTrue)
                .help("Use a journal written against another base URL (its finished targets were sent to another API)"),
        )
        .arg(
            Arg::new(id::JOURNAL)
                .long(id::JOURNAL)
                .value_name("FILE")
                .value_parser(value_parser!(PathBuf))
                .help("Record finished targets; a re-run with the same journal skips them"),
        )
        .arg(
            Arg::new(id::AUDIT)
                .long(id::AUDIT)
                .value_name("FILE")
                .value_parser(value_parser!(PathBuf))
                .help("Append one JSON record per mutating call (status, request id, SHA-256 of the response)"),
        )
        .arg(base_url_arg())
        .arg(token_arg())
        .arg(max_body_bytes_arg())
        .arg(search_max_pages_arg())
        .arg(search_timeout_arg())
        .arg(
            Arg::new(id::CONCURRENCY)
                .long(id::CONCURRENCY)
                .value_name("N")
                .default_value("16")
                .value_parser(value_parser!(u32).range(1..=1024))
                .help("Requests in flight at once, over all accounts"),
        )
        .arg(args::per_account_arg())
        .arg(args::window_arg())
        .arg(
            Arg::new(id::NO_BUDGET)
                .long(id::NO_BUDGET)
                .action(ArgAction::SetTrue)
                .hide(true)
                .help("Send without a rate budget, relying on 429 and Retry-After (for comparison)"),
        )
        .arg(
            Arg::new(id::PROGRESS)
                .long(id::PROGRESS)
                .value_name("WHEN")
                .value_parser(["auto", "never"])
                .default_value("auto")
                .help("A progress bar on stderr: auto shows it when stderr is a terminal"),
        )
        .arg(
            Arg::new(id::REPORT)
                .long(id::REPORT)
                .value_name("FILE")
                .value_parser(value_parser!(PathBuf))
                .help("Write the auditor's report: FILE.md (Markdown) or FILE.html/.htm (one self-contained page); also for --dry-run"),
        )
        .arg(
            Arg::new(id::OPERATOR)
                .long(id::OPERATOR)
                .value_name("NAME")
                .help("Who runs the plan, for the report [default: $USER@hostname]"),
        )
}

/// What `offboard`'s flags say about the client and the run.
struct Settings {
    base_url: String,
    /// `--max-body-bytes`.
    max_body_bytes: u64,
    token: Option<String>,
    concurrency: usize,
    /// Sends per window and the window, unless `--no-budget`.
    budget: Option<(u32, Duration)>,
    options: RunOptions,
    progress: bool,
}

impl Settings {
    fn from(m: &ArgMatches) -> Result<Settings, Failure> {
        let window = *m
            .try_get_one::<f64>(id::WINDOW)
            .map_err(Failure::flag)?
            .unwrap_or(&10.0);
        let per_account = *m
            .try_get_one::<u32>(id::PER_ACCOUNT)
            .map_err(Failure::flag)?
            .unwrap_or(&50);
        let flag = |name: &str| m.try_get_one::<bool>(name).ok().flatten() == Some(&true);
        let progress = match m
            .try_get_one::<String>(id::PROGRESS)
            .map_err(Failure::flag)?
            .map(String::as_str)
        {
            Some("never") => false,
            _ => std::io::stderr().is_terminal(),
        };
        Ok(Settings {
            max_body_bytes: args::max_body_bytes(m),
            base_url: m
                .try_get_one::<String>(id::BASE_URL)
                .map_err(Failure::flag)?
                .cloned()
                .unwrap_or_else(|| DEFAULT_BASE_URL.to_string()),
            token: m
                .try_get_one::<String>(id::TOKEN)
                .map_err(Failure::flag)?
                .filter(|t| !t.trim().is_empty())
                .cloned(),
            concurrency: *m
                .try_get_one::<u32>(id::CONCURRENCY)
                .map_err(Failure::flag)?
                .unwrap_or(&16) as usize,
            budget: (!flag(id::NO_BUDGET)).then(|| (per_account, Duration::from_secs_f64(window))),
            options: RunOptions {
                confirm_irreversible: flag(id::CONFIRM),
                journal: m
                    .try_get_one::<PathBuf>(id::JOURNAL)
                    .map_err(Failure::flag)?
                    .cloned(),
                audit: m
                    .try_get_one::<PathBuf>(id::AUDIT)
                    .map_err(Failure::flag)?
                    .cloned(),
                resend_in_doubt: flag(id::RESEND_IN_DOUBT),
                other_base_url_ok: flag(id::OTHER_BASE_URL),
                verify: if flag(id::VERIFY) {
                    let seconds = *m
                        .try_get_one::<f64>(id::VERIFY_TIMEOUT)
                        .map_err(Failure::flag)?
                        .unwrap_or(&30.0);
                    Some(Duration::from_secs_f64(seconds))
                } else {
                    None
                },
                find: args::search_options(m),
                ..RunOptions::default()
            },
            progress,
        })
    }

    /// The client of a bulk run ([`bulk_client_builder`]) with the flags' settings.
    fn client(&self, token: &str) -> Result<Client, Failure> {
        let mut builder = bulk_client_builder()
            .base_url(self.base_url.clone())
            .token(token)
            .max_body_bytes(self.max_body_bytes)
            .max_in_flight(self.concurrency);
        builder = match self.budget {
            Some((limit, window)) => builder.rate_budget(RateBudget::new(limit, window)),
            None => builder.no_rate_budget(),
        };
        builder.build().map_err(|e| Failure::from_error(&e))
    }
}

/// This machine's name: `$HOSTNAME`, the kernel's, `/etc/hostname` or `$COMPUTERNAME`.
fn hostname() -> Option<String> {
    let files = ["/proc/sys/kernel/hostname", "/etc/hostname"]
        .into_iter()
        .filter_map(|f| std::fs::read_to_string(f).ok());
    std::env::var("HOSTNAME")
        .ok()
        .into_iter()
        .chain(files)
        .chain(std::env::var("COMPUTERNAME").ok())
        .map(|h| h.trim().to_string())
        .find(|h| !h.is_empty())
}

/// Who runs the plan: `--operator`, else `$USER@hostname`.
fn operator(m: &ArgMatches) -> String {
    if let Some(name) = m
        .try_get_one::<String>(id::OPERATOR)
        .ok()
        .flatten()
        .filter(|n| !n.trim().is_empty())
    {
        return name.clone();
    }
    let user = ["USER", "USERNAME", "LOGNAME"]
        .into_iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|u| !u.trim().is_empty())
        .unwrap_or_else(|| "unknown user".into());
    format!(
        "{user}@{}",
        hostname().unwrap_or_else(|| "unknown host".into())
    )
}

/// The plan, its settings and its files, checked before anything is read from the journal or
/// sent.
struct Prepared {
    plan: Plan,
    /// The plan's path as given (`-`: stdin).
    path: PathBuf,
    settings: Settings,
    report_to: Option<(PathBuf, ReportFormat)>,
    info: RunInfo,
}

impl Prepared {
    /// Reads the plan and the flags, and checks the files: usage errors before anything else.
    fn from(m: &ArgMatches) -> Result<Prepared, Failure> {
        let path = m
            .try_get_one::<PathBuf>(id::PLAN)
            .map_err(Failure::flag)?
            .ok_or_else(|| Failure::new(exit::USAGE, "no plan given"))?;
        let report_to = report_target(m)?;
        let (mut plan, plan_path, plan_sha256) = read_plan(path)?;
        if let Some(kinds) = m
            .try_get_many::<String>(id::REVOKE)
            .map_err(Failure::flag)?
        {
            plan.defaults.revoke = kinds.map(|k| k.trim().to_string()).collect();
            plan.check_revoke()
                .map_err(|e| Failure::new(exit::USAGE, format!("--revoke: {}", e.message)))?;
        }
        let mut settings = Settings::from(m)?;
        // The report shows each person's access before and after the run.
        settings.options.read_access = report_to.is_some();
        settings.options.plan_sha256 = Some(plan_sha256.clone());
        if path.as_os_str() != "-" {
            settings.options.plan_file = Some(path.clone());
        }
        distinct_files(path, &settings.options, report_to.as_ref().map(|(p, _)| p))?;
        if let Some((report, _)) = &report_to {
            check_report_file(report)?;
        }
        let info = RunInfo {
            plan_path,
            plan_sha256,
            operator: operator(m),
            started_at: String::new(),
            finished_at: String::new(),
            dry_run: false,
        };
        Ok(Prepared {
            plan,
            path: path.clone(),
            settings,
            report_to,
            info,
        })
    }

    /// The exit code of a run that ended (`stopped`: by a signal).
    fn exit_code(stopped: bool, all_done: bool) -> u8 {
        if stopped {
            exit::INTERRUPTED
        } else if all_done {
            exit::OK
        } else {
            exit::NEEDS_A_PERSON
        }
    }

    /// A dry run: what the run would send, one JSON line per target; with a journal, what a
    /// resumed run would (the journal is only read).
    fn dry_run(mut self, runtime: &Runtime, stop: &Stop, offline: bool) -> Result<u8, Failure> {
        let settings = &self.settings;
        // The token is never sent by a dry run, and `prepare` redacts it anyway.
        let client = settings.client(settings.token.as_deref().unwrap_or("dry-run"))?;
        let journal = match &settings.options.journal {
            Some(path) => Some(
                Journal::read(path)
                    .map_err(|e| Failure::new(exit::USAGE, format!("{}: {e}", path.display())))?,
            ),
            None => None,
        };
        // As the run would: a journal of another API is refused unless allowed.
        if let Some(j) = &journal
            && let Some(message) = j.other_base_url(client.base_url())
            && !settings.options.other_base_url_ok
        {
            return Err(Failure::new(exit::USAGE, message));
        }
        let (lines, reads) = runtime.block_on(dry_run_people(
            &self.plan,
            &client,
            settings.options.confirm_irreversible,
            journal.as_ref(),
            &settings.options.find,
            offline,
        ));
        for line in &lines {
            print_line(line)?;
        }
        let invalid = lines.iter().filter(|l| l.is_invalid()).count();
        let sent = if reads == 0 {
            "nothing was sent".to_string()
        } else {
            format!("{reads} read(s) (GET) were sent to find people, nothing that changes anything")
        };
        eprintln!(
            "userdir: dry run: {} target(s), {invalid} invalid; {sent}",
            lines.len()
        );
        self.info.finished_at = now();
        let report = Report::from_dry_run(&lines, self.info);
        finish_report(&report, self.report_to.as_ref())?;
        Ok(if stop.is_stopped() {
            exit::INTERRUPTED
        } else if invalid > 0 {
            exit::USAGE
        } else {
            exit::OK
        })
    }

    /// The run: one JSON line per target as it ends, the summary on stderr, the report.
    fn run(mut self, runtime: &Runtime, stop: &Stop) -> Result<u8, Failure> {
        let Some(token) = self.settings.token.clone() else {
            return Err(Failure::no_token());
        };
        let client = self.settings.client(&token)?;
        let (summary, results, stopped) = runtime.block_on(run_plan(
            &self.plan,
            client,
            self.settings.options.clone(),
            stop,
            self.settings.progress,
        ))?;
        eprintln!("userdir: {}", summary_line(&summary));
        if let Some(head) = &summary.audit_head {
            eprintln!(
                "userdir: audit log head {head} (check the log with `userdir audit verify FILE --head {head}`)"
            );
        }
        self.info.finished_at = now();
        let all_done = summary.all_done();
        // Stopped by a signal: 130, even when every target had started by then.
        let interrupted = stopped || summary.interrupted > 0;
        let report = Report::new(results, summary, self.info);
        finish_report(&report, self.report_to.as_ref())?;
        Ok(Prepared::exit_code(interrupted, all_done))
    }
}

/// `userdir offboard`.
pub fn offboard(m: &ArgMatches) -> Result<u8, Failure> {
    let mut prepared = Prepared::from(m)?;
    // From here on a first Ctrl-C starts no new search or call, and a second aborts at once,
    // whatever the command is doing (reading the journal too).
    let runtime = runtime()?;
    let stop = Stop::new();
    // (The watcher ends with the runtime, when the command does.)
    let _signals = {
        let _entered = runtime.enter();
        watch_signals(stop.clone())?
    };
    prepared.settings.options.find.stop = Some(stop.clone());
    prepared.info.started_at = now();
    // (A journal that is the plan is refused by the run: its lines are not journal lines.)
    if let Some(journal) = &prepared.settings.options.journal
        && !same_file(journal, &prepared.path)
    {
        warn_damaged(journal);
    }
    let flag = |name: &str| m.try_get_one::<bool>(name).ok().flatten() == Some(&true);
    if flag(id::DRY_RUN) {
        prepared.dry_run(&runtime, &stop, flag(id::OFFLINE))
    } else {
        prepared.run(&runtime, &stop)
    }
}
