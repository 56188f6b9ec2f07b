//! Running a plan, as `offboard` and `demo` do: a progress bar, one JSON line per target, the
//! summary line.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use truto_user_directory::Client;
use truto_user_directory::offboard::{
    Offboarder, Plan, RunErrorKind, RunOptions, Stop, Summary, TargetResult,
};
use truto_user_directory::terminal::short;

use crate::exit::{self, Failure};
use crate::output::print_line;

/// The one line that sums a run up, on stderr.
pub fn summary_line(summary: &Summary) -> String {
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
            summary.unsupported,
            "unsupported by the app (what is left is reported)",
        ),
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

/// Runs `plan` with `client`, stopped by `stop` ([`crate::runtime::watch_signals`]): JSON lines on stdout;
/// the summary, every result, and whether it was stopped.
pub async fn run_plan(
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
                short(
                    result
                        .integration
                        .as_deref()
                        .or(result.unknown_integration.as_deref())
                        .unwrap_or("?")
                ),
                short(&result.user_id),
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
pub fn now() -> String {
    time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}
