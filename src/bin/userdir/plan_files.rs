//! The files of an `offboard` run: the plan it reads, the journal it warns about, the report it
//! writes, and the check that no two of them are one.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::ArgMatches;
use truto_user_directory::offboard::{
    Journal, Plan, PlanError, Report, ReportFormat, RunOptions, plan_sha256, shared_file,
};

use crate::exit::{self, Failure};

/// The id (and long name) of `offboard --report FILE`.
pub const REPORT: &str = "report";

/// `--report FILE` and its format; a usage error for an extension that chooses none.
pub fn report_target(m: &ArgMatches) -> Result<Option<(PathBuf, ReportFormat)>, Failure> {
    let Some(path) = m.try_get_one::<PathBuf>(REPORT).ok().flatten() else {
        return Ok(None);
    };
    match ReportFormat::from_path(path) {
        Some(format) => Ok(Some((path.clone(), format))),
        None => Err(Failure::new(
            exit::USAGE,
            format!(
                "--{} {}: the extension chooses the format and must be one of {}",
                REPORT,
                path.display(),
                ReportFormat::EXTENSIONS.map(|e| format!(".{e}")).join(", ")
            ),
        )),
    }
}

/// A report is written only to a new file or over a report this tool wrote: never over a
/// file of another kind, nor an empty one (checked before anything is sent).
pub fn check_report_file(path: &Path) -> Result<(), Failure> {
    use std::io::Read;
    let refused = |why: String| {
        Failure::new(
            exit::USAGE,
            format!("--{} {}: {why}", REPORT, path.display()),
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
pub fn warn_damaged(path: &Path) {
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
pub fn distinct_files(
    plan: &Path,
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
                REPORT,
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
pub fn read_plan(path: &Path) -> Result<(Plan, String, String), Failure> {
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
pub fn finish_report(
    report: &Report,
    target: Option<&(PathBuf, ReportFormat)>,
) -> Result<(), Failure> {
    if std::io::stderr().is_terminal() {
        eprint!("{}", report.terminal_summary(true));
    }
    if let Some((path, format)) = target {
        std::fs::write(path, report.render(*format)).map_err(|e| {
            Failure::new(
                exit::FAILED,
                format!("--{} {}: cannot write: {e}", REPORT, path.display()),
            )
        })?;
    }
    Ok(())
}
