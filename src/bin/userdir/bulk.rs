//! `userdir offboard PLAN`, `userdir demo` and `userdir mock serve`.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Arg, ArgAction, ArgMatches, Command, value_parser};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use truto_user_directory::mock::{MockServer, Seed};
use truto_user_directory::offboard::{
    FindOptions, Journal, Offboarder, Plan, PlanError, Report, ReportFormat, RunErrorKind, RunInfo,
    RunOptions, Stop, Summary, TargetResult, bulk_client_builder, dry_run_people, find_person,
    plan_sha256, same_file, shared_file, tenant_accounts,
};
use truto_user_directory::{Client, DEFAULT_BASE_URL, RateBudget, TRUTO_PER_ACCOUNT};

use crate::{Failure, cli, exit, write_stdout};

/// `userdir offboard`.
pub const OFFBOARD: &str = "offboard";
/// `userdir demo`.
pub const DEMO: &str = "demo";
/// `userdir mock`.
pub const MOCK: &str = "mock";
/// `userdir mock serve`.
pub const SERVE: &str = "serve";

/// The embedded demo directory and plan.
const DEMO_SEED: &str = include_str!("../../../examples/demo/seed.yaml");
const DEMO_PLAN: &str = include_str!("../../../examples/demo/plan.yaml");

/// The longest window or timeout a flag takes, in seconds (a day).
const MAX_SECONDS: f64 = 86_400.0;

/// Exit code of a run with a target that did not end done.
const NOT_ALL_DONE: u8 = 1;

mod id {
    pub use crate::cli::id::{BASE_URL, DRY_RUN, TOKEN};
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
    pub const PER_ACCOUNT: &str = "per-account";
    pub const WINDOW: &str = "window-seconds";
    pub const NO_BUDGET: &str = "no-budget";
    pub const PROGRESS: &str = "progress";
    pub const REPORT: &str = "report";
    pub const OPERATOR: &str = "operator";
    pub const PORT: &str = "port";
    pub const SEED: &str = "seed";
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
             email targets not_found, ambiguous, cannot_search or foreign. A call whose answer \
             is lost is never sent again blindly: the user is read back first. --report \
             FILE.md or FILE.html also writes \
             the auditor's report: who ran which plan when, one table per person, and what \
             needs a person.\n\n\
             Exit codes: 0 when every target ended succeeded, already_done, skipped or \
             not_found; 1 otherwise; 2 for an unreadable plan, files that cannot be used (a \
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
                .value_parser(seconds)
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
        .arg(cli::base_url_arg())
        .arg(cli::token_arg())
        .arg(cli::max_body_bytes_arg())
        .arg(cli::search_max_pages_arg())
        .arg(cli::search_timeout_arg())
        .arg(
            Arg::new(id::CONCURRENCY)
                .long(id::CONCURRENCY)
                .value_name("N")
                .default_value("16")
                .value_parser(value_parser!(u32).range(1..=1024))
                .help("Requests in flight at once, over all accounts"),
        )
        .arg(
            Arg::new(id::PER_ACCOUNT)
                .long(id::PER_ACCOUNT)
                .value_name("N")
                .default_value(TRUTO_PER_ACCOUNT.0.to_string())
                .value_parser(value_parser!(u32).range(1..))
                .help("Requests per integrated account per window (the API allows 50 per 10 s)"),
        )
        .arg(
            Arg::new(id::WINDOW)
                .long(id::WINDOW)
                .value_name("SECONDS")
                .default_value(TRUTO_PER_ACCOUNT.1.as_secs().to_string())
                .value_parser(seconds)
                .help("The rate window"),
        )
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

/// A window or timeout flag: a positive number of seconds, at most [`MAX_SECONDS`] (checked
/// by the parser, so no duration is ever made from `1e20` or `inf`).
fn seconds(s: &str) -> Result<f64, String> {
    let value: f64 = s
        .trim()
        .parse()
        .map_err(|_| format!("{s:?} is not a number of seconds"))?;
    if value.is_finite() && value > 0.0 && value <= MAX_SECONDS {
        Ok(value)
    } else {
        Err(format!(
            "{s} is out of range: give a positive number of seconds, at most {MAX_SECONDS} (a day)"
        ))
    }
}

/// `userdir demo`.
pub fn demo_command() -> Command {
    Command::new(DEMO).about(
        "Offboard a person by email across a tenant of eight apps on an embedded local server, verified and reported: no credentials, no setup",
    )
}

/// `userdir mock serve --port PORT [--seed FILE]`.
pub fn mock_command() -> Command {
    Command::new(MOCK)
        .about("A local server that behaves like the API, driven by the same spec")
        .subcommand_required(true)
        .subcommand(
            Command::new(SERVE)
                .about("Serve the API on 127.0.0.1 until interrupted")
                .arg(
                    Arg::new(id::PORT)
                        .long(id::PORT)
                        .value_name("PORT")
                        .default_value("8787")
                        .value_parser(value_parser!(u16))
                        .help("The port (0: any free port)"),
                )
                .arg(
                    Arg::new(id::SEED)
                        .long(id::SEED)
                        .value_name("FILE")
                        .value_parser(value_parser!(PathBuf))
                        .help("The directory to start with (default: the demo's)"),
                ),
        )
}

fn runtime() -> Result<tokio::runtime::Runtime, Failure> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::new(exit::INTERNAL, format!("cannot start the runtime: {e}")))
}

fn print_line<T: serde::Serialize>(value: &T) -> Result<(), Failure> {
    let mut line = serde_json::to_vec(value)
        .map_err(|e| Failure::new(exit::INTERNAL, format!("cannot print JSON: {e}")))?;
    line.push(b'\n');
    write_stdout(&line)
}

fn summary_line(summary: &Summary) -> String {
    let mut line = format!(
        "{} target(s): {} succeeded, {} already done, {} skipped, {} invalid, {} need confirmation, {} failed",
        summary.targets,
        summary.succeeded,
        summary.already_done,
        summary.skipped,
        summary.invalid,
        summary.needs_confirmation,
        summary.failed
    );
    let people = [
        (summary.not_found, "not found"),
        (summary.ambiguous, "ambiguous"),
        (summary.cannot_search, "cannot be searched"),
        (summary.foreign, "of another tenant (never touched)"),
        (summary.unresolved, "unresolved"),
        (summary.interrupted, "not sent (interrupted)"),
        (
            summary.confirmed_after_loss,
            "confirmed after a lost answer",
        ),
        (summary.verified, "verified"),
        (summary.unconfirmed, "unconfirmed"),
    ];
    for (n, what) in people.iter().filter(|(n, _)| *n > 0) {
        line.push_str(&format!(", {n} {what}"));
    }
    if summary.unknown_integration > 0 {
        line.push_str(&format!(
            "; warning: {} target(s) on an integration this spec does not know got only the checks every integration shares (see `unknown_integration` in their lines)",
            summary.unknown_integration
        ));
    }
    line
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
        let usage = |e: clap::parser::MatchesError| Failure::new(exit::INTERNAL, e.to_string());
        let window = *m
            .try_get_one::<f64>(id::WINDOW)
            .map_err(usage)?
            .unwrap_or(&10.0);
        let per_account = *m
            .try_get_one::<u32>(id::PER_ACCOUNT)
            .map_err(usage)?
            .unwrap_or(&50);
        let flag = |name: &str| m.try_get_one::<bool>(name).ok().flatten() == Some(&true);
        let progress = match m
            .try_get_one::<String>(id::PROGRESS)
            .map_err(usage)?
            .map(String::as_str)
        {
            Some("never") => false,
            _ => std::io::stderr().is_terminal(),
        };
        Ok(Settings {
            max_body_bytes: cli::max_body_bytes(m),
            base_url: m
                .try_get_one::<String>(id::BASE_URL)
                .map_err(usage)?
                .cloned()
                .unwrap_or_else(|| DEFAULT_BASE_URL.to_string()),
            token: m
                .try_get_one::<String>(id::TOKEN)
                .map_err(usage)?
                .filter(|t| !t.trim().is_empty())
                .cloned(),
            concurrency: *m
                .try_get_one::<u32>(id::CONCURRENCY)
                .map_err(usage)?
                .unwrap_or(&16) as usize,
            budget: (!flag(id::NO_BUDGET)).then(|| (per_account, Duration::from_secs_f64(window))),
            options: RunOptions {
                confirm_irreversible: flag(id::CONFIRM),
                journal: m
                    .try_get_one::<PathBuf>(id::JOURNAL)
                    .map_err(usage)?
                    .cloned(),
                audit: m.try_get_one::<PathBuf>(id::AUDIT).map_err(usage)?.cloned(),
                resend_in_doubt: flag(id::RESEND_IN_DOUBT),
                other_base_url_ok: flag(id::OTHER_BASE_URL),
                verify: if flag(id::VERIFY) {
                    let seconds = *m
                        .try_get_one::<f64>(id::VERIFY_TIMEOUT)
                        .map_err(usage)?
                        .unwrap_or(&30.0);
                    Some(Duration::from_secs_f64(seconds))
                } else {
                    None
                },
                find: cli::search_options(m),
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

fn progress_bar(total: usize, visible: bool) -> ProgressBar {
    let bar = ProgressBar::with_draw_target(
        Some(total as u64),
        if visible {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        },
    );
    if let Ok(style) =
        ProgressStyle::with_template("{bar:40} {pos}/{len} targets  {elapsed_precise}  {msg}")
    {
        bar.set_style(style);
    }
    bar
}

/// Runs `plan` with `client`, stopped by `stop` ([`cli::watch_signals`]): JSON lines on stdout;
/// the summary, every result, and whether it was stopped.
async fn run_plan(
    plan: &Plan,
    client: Client,
    options: RunOptions,
    stop: &Stop,
    progress: bool,
) -> Result<(Summary, Vec<TargetResult>, bool), Failure> {
    let bar = progress_bar(plan.targets.len(), progress);
    let options = RunOptions {
        stop: Some(stop.clone()),
        ..options
    };
    let mut write_error = None;
    let mut results = Vec::with_capacity(plan.targets.len());
    let run = Offboarder::new(client, options)
        .run(plan, |result: &TargetResult| {
            results.push(result.clone());
            bar.inc(1);
            bar.set_message(format!(
                "{} {}: {}",
                truto_user_directory::terminal::short(
                    result
                        .integration
                        .as_deref()
                        .or(result.unknown_integration.as_deref())
                        .unwrap_or("?")
                ),
                truto_user_directory::terminal::short(&result.user_id),
                result.outcome.as_str()
            ));
            if write_error.is_none()
                && let Err(e) = print_line(result)
            {
                write_error = Some(e);
            }
        })
        .await;
    bar.finish_and_clear();
    let summary = run.map_err(|e| match e.kind {
        RunErrorKind::Refused => Failure::new(exit::USAGE, format!("{e}; nothing was sent")),
        _ => {
            // What was sent before is on stdout, one line per target; the counts say it too.
            let mut ended = Summary::default();
            for r in &results {
                ended.add(r);
            }
            Failure::new(
                exit::WRITE,
                format!(
                    "{e}: the run stopped at once; nothing more was sent (the calls in flight finished; every target that ended is on stdout): {}",
                    summary_line(&ended)
                ),
            )
        }
    })?;
    if let Some(e) = write_error {
        return Err(e);
    }
    Ok((summary, results, stop.is_stopped()))
}

/// The current time in RFC 3339, UTC.
fn now() -> String {
    time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
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

/// `--report FILE` and its format; a usage error for an extension that chooses none.
fn report_target(m: &ArgMatches) -> Result<Option<(PathBuf, ReportFormat)>, Failure> {
    let Some(path) = m.try_get_one::<PathBuf>(id::REPORT).ok().flatten() else {
        return Ok(None);
    };
    match ReportFormat::from_path(path) {
        Some(format) => Ok(Some((path.clone(), format))),
        None => Err(Failure::new(
            exit::USAGE,
            format!(
                "--{} {}: the extension chooses the format and must be one of {}",
                id::REPORT,
                path.display(),
                ReportFormat::EXTENSIONS.map(|e| format!(".{e}")).join(", ")
            ),
        )),
    }
}

/// A report is written only to a new file or over a report this tool wrote: never over a
/// file of another kind, nor an empty one (checked before anything is sent).
fn check_report_file(path: &std::path::Path) -> Result<(), Failure> {
    use std::io::Read;
    let refused = |why: String| {
        Failure::new(
            exit::USAGE,
            format!("--{} {}: {why}", id::REPORT, path.display()),
        )
    };
    let metadata = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(refused(e.to_string())),
    };
    if !metadata.is_file() {
        return Err(refused(
            "not a regular file (a device, a pipe or a directory): give the report a file of its own".into(),
        ));
    }
    let mut start = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(256).read_to_end(&mut start))
        .map_err(|e| refused(e.to_string()))?;
    if Report::is_report(&start) {
        return Ok(());
    }
    let what = if start.is_empty() {
        "exists and is empty, so it cannot be told to be a report of this tool"
    } else {
        "exists and is not a report of this tool"
    };
    Err(refused(format!(
        "{what}: it was left as it is; write the report to a path that does not exist yet, or over an earlier report"
    )))
}

/// Says on stderr which lines of the journal cannot be trusted (a missing or unreadable journal
/// is the run's to report).
fn warn_damaged(path: &std::path::Path) {
    let Ok(journal) = Journal::read(path) else {
        return;
    };
    for d in journal.damaged() {
        eprintln!(
            "userdir: {} line {}: {}; the targets it may record are in doubt (read back before anything is sent again, and not re-sent unconfirmed when not idempotent)",
            path.display(),
            d.line,
            d.reason
        );
    }
}

/// The report is none of the files a run reads or appends to (a report written over the plan
/// or the journal would destroy it).
fn distinct_files(
    plan: &std::path::Path,
    options: &RunOptions,
    report: Option<&PathBuf>,
) -> Result<(), Failure> {
    // The report first: a pair with it is found before any other.
    let files = [
        ("the report", report.map(PathBuf::as_path)),
        ("the plan", Some(plan)),
        ("the journal", options.journal.as_deref()),
        ("the audit log", options.audit.as_deref()),
    ];
    match (shared_file(&files), report) {
        (Some(("the report", what, _)), Some(report)) => Err(Failure::new(
            exit::USAGE,
            format!(
                "--{} {}: that is {what}, which the report would overwrite; write the report to a file of its own",
                id::REPORT,
                report.display()
            ),
        )),
        // Two of the files a run reads and appends to are one (through a link, `..`, or the
        // same name): a usage error, before anything is read or sent.
        (Some((what, other, path)), _) => Err(Failure::new(
            exit::USAGE,
            format!(
                "{}: {other} is {what}: appending to it would destroy it; give each its own file (nothing was sent)",
                path.display()
            ),
        )),
        _ => Ok(()),
    }
}

/// Reads the plan at `path` (`-`: stdin): the plan, how the report names it, and the SHA-256
/// of the bytes read.
fn read_plan(path: &std::path::Path) -> Result<(Plan, String, String), Failure> {
    let stdin = path.as_os_str() == "-";
    let name = if stdin {
        "stdin".to_string()
    } else {
        path.display().to_string()
    };
    let text = if stdin {
        Plan::read_text(std::io::stdin().lock())
    } else {
        std::fs::File::open(path)
            .map_err(|e| PlanError {
                file: None,
                line: None,
                message: format!("cannot read: {e}"),
            })
            .and_then(Plan::read_text)
    }
    .map_err(|e| Failure::new(exit::USAGE, format!("{name}: {}", e.message)))?;
    let plan = Plan::from_yaml(&text)
        .map_err(|e| PlanError {
            file: Some(name.clone()),
            ..e
        })
        .map_err(|e| Failure::new(exit::USAGE, e.to_string()))?;
    let sha = plan_sha256(text.as_bytes());
    Ok((plan, name, sha))
}

/// Writes the report (when `--report` asks for one), and its summary to stderr on a terminal.
fn finish_report(report: &Report, target: Option<&(PathBuf, ReportFormat)>) -> Result<(), Failure> {
    if std::io::stderr().is_terminal() {
        eprint!("{}", report.terminal_summary(true));
    }
    if let Some((path, format)) = target {
        std::fs::write(path, report.render(*format)).map_err(|e| {
            Failure::new(
                exit::INTERNAL,
                format!("--{} {}: cannot write: {e}", id::REPORT, path.display()),
            )
        })?;
    }
    Ok(())
}

/// `userdir offboard`.
pub fn offboard(m: &ArgMatches) -> Result<u8, Failure> {
    let usage = |e: clap::parser::MatchesError| Failure::new(exit::INTERNAL, e.to_string());
    let path = m
        .try_get_one::<PathBuf>(id::PLAN)
        .map_err(usage)?
        .ok_or_else(|| Failure::new(exit::USAGE, "no plan given"))?;
    let report_to = report_target(m)?;
    let (plan, plan_path, plan_sha256) = read_plan(path)?;
    let mut settings = Settings::from(m)?;
    settings.options.plan_sha256 = Some(plan_sha256.clone());
    if path.as_os_str() != "-" {
        settings.options.plan_file = Some(path.clone());
    }
    distinct_files(path, &settings.options, report_to.as_ref().map(|(p, _)| p))?;
    if let Some((report, _)) = &report_to {
        check_report_file(report)?;
    }
    // From here on a first Ctrl-C starts no new search or call, and a second aborts at once,
    // whatever the command is doing (reading the journal too).
    let runtime = runtime()?;
    let stop = Stop::new();
    // (The watcher ends with the runtime, when the command does.)
    let _signals = {
        let _entered = runtime.enter();
        cli::watch_signals(stop.clone())?
    };
    settings.options.find.stop = Some(stop.clone());
    let mut info = RunInfo {
        plan_path,
        plan_sha256,
        operator: operator(m),
        started_at: now(),
        finished_at: String::new(),
        dry_run: false,
    };
    // (A journal that is the plan is refused by the run: its lines are not journal lines.)
    if let Some(journal) = &settings.options.journal
        && !same_file(journal, path)
    {
        warn_damaged(journal);
    }
    if m.try_get_one::<bool>(id::DRY_RUN).ok().flatten() == Some(&true) {
        // The token is never sent by a dry run, and `prepare` redacts it anyway.
        let client = settings.client(settings.token.as_deref().unwrap_or("dry-run"))?;
        // With a journal, show what a resumed run would do (the journal is only read).
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
        let offline = m.try_get_one::<bool>(id::OFFLINE).ok().flatten() == Some(&true);
        let (lines, reads) = runtime.block_on(dry_run_people(
            &plan,
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
        info.finished_at = now();
        finish_report(&Report::from_dry_run(&lines, info), report_to.as_ref())?;
        return Ok(if stop.is_stopped() {
            exit::INTERRUPTED
        } else if invalid > 0 {
            exit::USAGE
        } else {
            exit::OK
        });
    }
    let Some(token) = settings.token.clone() else {
        return Err(Failure::no_token());
    };
    let client = settings.client(&token)?;
    let (summary, results, stopped) = runtime.block_on(run_plan(
        &plan,
        client,
        settings.options.clone(),
        &stop,
        settings.progress,
    ))?;
    eprintln!("userdir: {}", summary_line(&summary));
    if let Some(head) = &summary.audit_head {
        eprintln!(
            "userdir: audit log head {head} (check the log with `userdir audit verify FILE --head {head}`)"
        );
    }
    info.finished_at = now();
    let all_done = summary.all_done();
    // Stopped by a signal: 130, even when every target had started by then.
    let interrupted = stopped || summary.interrupted > 0;
    finish_report(&Report::new(results, summary, info), report_to.as_ref())?;
    Ok(if interrupted {
        exit::INTERRUPTED
    } else if all_done {
        exit::OK
    } else {
        NOT_ALL_DONE
    })
}

/// The demo's person.
const DEMO_EMAIL: &str = "ada@example.com";

/// The demo's tenant.
const DEMO_TENANT: &str = "acme";

/// `userdir demo`: Ada leaves today. On the embedded server: find her by email in every account
/// of her tenant, a dry run, the run with verification, the same run resumed, and the auditor's
/// report.
pub fn demo(_m: &ArgMatches) -> Result<u8, Failure> {
    let seed = Seed::from_yaml(DEMO_SEED)
        .map_err(|e| Failure::new(exit::INTERNAL, format!("demo seed: {e}")))?;
    let plan = Plan::from_yaml(DEMO_PLAN)
        .map_err(|e| Failure::new(exit::INTERNAL, format!("demo plan: {e}")))?;
    let dir = std::env::temp_dir().join(format!("userdir-demo-{}", std::process::id()));
    std::fs::create_dir_all(&dir)
        .map_err(|e| Failure::new(exit::INTERNAL, format!("{}: {e}", dir.display())))?;
    let options = RunOptions {
        journal: Some(dir.join("journal.jsonl")),
        audit: Some(dir.join("audit.jsonl")),
        verify: Some(Duration::from_secs(10)),
        ..RunOptions::default()
    };
    let progress = std::io::stderr().is_terminal();
    runtime()?.block_on(async {
        let stop = Stop::new();
        let _signals = cli::watch_signals(stop.clone())?;
        let server = MockServer::start(seed)
            .await
            .map_err(|e| Failure::new(exit::INTERNAL, format!("demo server: {e}")))?;
        let client = bulk_client_builder()
            .base_url(server.base_url())
            .token("demo-token")
            .rate_budget(RateBudget::default())
            .build()
            .map_err(|e| Failure::from_error(&e))?;
        let say = |text: String| write_stdout(format!("{text}\n").as_bytes());
        let started_at = now();

        say(format!(
            "# userdir demo: Ada Lovelace ({DEMO_EMAIL}) leaves {DEMO_TENANT} today. Remove her access everywhere, and prove it.\n# A local API server at {} (same spec, same rules), no credentials.\n\n## 1. Find her: every integrated account of the tenant, one JSON line each",
            server.base_url()
        ))?;
        let accounts = tenant_accounts(&client, DEMO_TENANT, &FindOptions::new())
            .await
            .map_err(|e| Failure::new(exit::INTERNAL, format!("demo: {e}")))?;
        let found = find_person(&client, DEMO_EMAIL, &accounts, &FindOptions::new())
            .await
            .map_err(|e| Failure::new(exit::INTERNAL, format!("demo: {e}")))?;
        for line in &found {
            print_line(line)?;
        }
        say(format!(
            "# {} account(s) searched with {} read(s); nothing was changed\n\n## 2. Dry run of the plan (examples/demo/plan.yaml): what would be sent, per account",
            found.len(),
            server.stats().requests
        ))?;
        let before = server.stats().requests;
        let (lines, reads) =
            dry_run_people(&plan, &client, false, None, &options.find, false).await;
        for line in &lines {
            print_line(line)?;
        }
        say(format!(
            "# {reads} read(s), {} request(s) in all, none that changes anything\n\n## 3. The run, each change verified by reading the user back",
            server.stats().requests - before
        ))?;
        let (summary, results, _) =
            run_plan(&plan, client.clone(), options.clone(), &stop, progress).await?;
        say(format!("# {}\n", summary_line(&summary)))?;

        say("## 4. The same plan again, with its journal: no search and no call is repeated".into())?;
        let before = server.stats().requests;
        let (again, _, _) = run_plan(&plan, client, options.clone(), &stop, progress).await?;
        say(format!(
            "# {}; the server received {} more request(s)\n",
            summary_line(&again),
            server.stats().requests - before
        ))?;

        let info = RunInfo {
            plan_path: "examples/demo/plan.yaml".into(),
            plan_sha256: plan_sha256(DEMO_PLAN.as_bytes()),
            operator: "userdir demo".into(),
            started_at,
            finished_at: now(),
            dry_run: false,
        };
        let report = Report::new(results, summary.clone(), info);
        let (md, html) = (dir.join("report.md"), dir.join("report.html"));
        for (path, format) in [(&md, ReportFormat::Markdown), (&html, ReportFormat::Html)] {
            std::fs::write(path, report.render(format)).map_err(|e| {
                Failure::new(exit::INTERNAL, format!("{}: {e}", path.display()))
            })?;
        }
        // The audit log is evidence: its hash chain holds, up to the head the run reported.
        let audit = dir.join("audit.jsonl");
        let chain = std::fs::File::open(&audit)
            .map_err(|e| e.to_string())
            .and_then(|f| {
                truto_user_directory::offboard::verify_audit(
                    std::io::BufReader::new(f),
                    again.audit_head.as_deref(),
                )
                .map_err(|e| e.to_string())
            })
            .map_err(|e| Failure::new(exit::INTERNAL, format!("{}: {e}", audit.display())))?;
        say(format!(
            "## 5. The auditor's report: {} (and {}), the audit log: {} (its hash chain holds: {} record(s) of {} run(s), head {}; `userdir audit verify` checks it)\n",
            md.display(),
            html.display(),
            audit.display(),
            chain.records,
            chain.runs,
            chain.head
        ))?;
        write_stdout(report.markdown().as_bytes())?;
        eprint!("{}", report.terminal_summary(std::io::stderr().is_terminal()));
        server.shutdown().await;
        // The story needs a person for the ambiguous, unsearchable and unconfirmed deletes: the
        // demo succeeds when everything else is done and nothing was repeated.
        Ok(if again.succeeded == 0 && summary.failed == 0 && summary.unconfirmed == 0 {
            exit::OK
        } else {
            NOT_ALL_DONE
        })
    })
}

/// `userdir mock serve`.
pub fn mock(m: &ArgMatches) -> Result<u8, Failure> {
    let Some((SERVE, m)) = m.subcommand() else {
        return Err(Failure::new(exit::USAGE, "usage: userdir mock serve"));
    };
    let usage = |e: clap::parser::MatchesError| Failure::new(exit::INTERNAL, e.to_string());
    let port = *m
        .try_get_one::<u16>(id::PORT)
        .map_err(usage)?
        .unwrap_or(&8787);
    let seed = match m.try_get_one::<PathBuf>(id::SEED).map_err(usage)? {
        Some(path) => Seed::from_file(path),
        None => Seed::from_yaml(DEMO_SEED),
    }
    .map_err(|e| Failure::new(exit::USAGE, e.to_string()))?;
    runtime()?.block_on(async {
        let addr = std::net::SocketAddr::from(([127, 0, 0, 1], port));
        let server = MockServer::bind(seed, addr)
            .await
            .map_err(|e| Failure::new(exit::INTERNAL, format!("cannot listen on {addr}: {e}")))?;
        // The address on stdout, so that a script can read it (port 0 picks one).
        write_stdout(format!("{}\n", server.base_url()).as_bytes())?;
        eprintln!(
            "userdir: serving the API at {} (Ctrl-C to stop)",
            server.base_url()
        );
        tokio::signal::ctrl_c()
            .await
            .map_err(|e| Failure::new(exit::INTERNAL, format!("signal: {e}")))?;
        eprintln!("userdir: stopped; {:?}", server.stats());
        server.shutdown().await;
        Ok(exit::OK)
    })
}
