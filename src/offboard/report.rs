//! The auditor's report of a run: who ran which plan (and its SHA-256) when, what happened to
//! each person in each app, with the evidence (HTTP status, request id, SHA-256 of the
//! response, verification), and what is left for a person to do, step by step.
//!
//! ```
//! use truto_user_directory::offboard::{Report, RunInfo, Summary, plan_sha256};
//!
//! let info = RunInfo {
//!     plan_path: "plan.yaml".into(),
//!     plan_sha256: plan_sha256(b"targets: []"),
//!     operator: "it-admin@host".into(),
//!     started_at: "2025-01-01T09:00:00Z".into(),
//!     finished_at: "2025-01-01T09:00:05Z".into(),
//!     dry_run: false,
//! };
//! let report = Report::new(Vec::new(), Summary::default(), info);
//! assert!(report.markdown().starts_with("# Offboarding report"));
//! assert!(report.html().contains("<!DOCTYPE html>"));
//! ```
//!
//! Every value comes from the results; nothing here names an integration or an endpoint.

use std::collections::HashMap;
use std::path::Path;

use super::access::{AccessItem, AccessReport, AccessSnapshot};
use super::dry_run::DryRunLine;
use super::run::Summary;
use super::{Confirmation, Outcome, TargetResult, VerifyOutcome};
use crate::markup::{REPORT_CSS, html, md, plain};

/// SHA-256 of a plan file's bytes (hex), for [`RunInfo::plan_sha256`].
pub fn plan_sha256(bytes: &[u8]) -> String {
    super::append::sha256_hex(bytes)
}

/// Who ran which plan, and when.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RunInfo {
    /// The plan file's path (`-` or `stdin` for a plan read from stdin).
    pub plan_path: String,
    /// SHA-256 of the plan's bytes (hex, [`plan_sha256`]).
    pub plan_sha256: String,
    /// Who ran it (e.g. `user@host`).
    pub operator: String,
    /// When the run started (RFC 3339).
    pub started_at: String,
    /// When it finished (RFC 3339).
    pub finished_at: String,
    /// Whether it was a dry run (nothing sent).
    pub dry_run: bool,
}

/// A report's file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    /// Markdown (`.md`).
    Markdown,
    /// One self-contained HTML page (`.html`, `.htm`).
    Html,
}

impl ReportFormat {
    /// The extensions [`ReportFormat::from_path`] accepts.
    pub const EXTENSIONS: [&'static str; 3] = ["md", "html", "htm"];

    /// The format a file's extension chooses (case-insensitive), if it is one of
    /// [`ReportFormat::EXTENSIONS`].
    pub fn from_path(path: &Path) -> Option<ReportFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "md" => Some(ReportFormat::Markdown),
            "html" | "htm" => Some(ReportFormat::Html),
            _ => None,
        }
    }
}

/// How a row reads at a glance (and its colour on a terminal).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tone {
    /// Done, or (dry run) would be sent.
    Done,
    /// A person must act.
    Attention,
    /// The call failed.
    Failed,
}

impl Tone {
    fn class(self) -> &'static str {
        match self {
            Tone::Done => "done",
            Tone::Attention => "attention",
            Tone::Failed => "failed",
        }
    }

    fn ansi(self) -> &'static str {
        match self {
            Tone::Done => "\x1b[32m",
            Tone::Attention => "\x1b[33m",
            Tone::Failed => "\x1b[31m",
        }
    }
}

/// One target, as the report shows it.
#[derive(Debug, Clone, PartialEq)]
struct Row {
    /// The target's position in the plan.
    target: usize,
    /// The person's email, for a target given by email.
    email: Option<String>,
    app: String,
    account: String,
    user_id: String,
    action: String,
    outcome: String,
    verification: String,
    http_status: String,
    request_id: String,
    response_sha256: String,
    tone: Tone,
    /// What a person must do next, when anything.
    next_step: Option<String>,
}

/// The heading of the group of targets given by user id.
const BY_USER_ID: &str = "Targets given by user id";
/// An empty cell.
const NONE: &str = "—";
/// Rows the terminal summary shows before it keeps to the targets that need a person.
const TERMINAL_ROWS: usize = 40;

/// The auditor's report of one run (or dry run) of a plan: [`Report::markdown`],
/// [`Report::html`], and a short [`Report::terminal_summary`].
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    info: RunInfo,
    /// SHA-256 of the audit log's last line, when the run kept one.
    audit_head: Option<String>,
    tool_version: &'static str,
    /// Targets, then each count worth showing, in order.
    counts: Vec<(String, usize)>,
    rows: Vec<Row>,
    /// Per person and account, the user record before and after the run.
    access: Vec<AccessReport>,
}

fn or_none(value: Option<&str>) -> String {
    match value {
        Some(v) if !v.is_empty() => v.to_string(),
        _ => NONE.to_string(),
    }
}

fn app_of(integration: Option<&str>, unknown: Option<&str>) -> String {
    match (integration, unknown) {
        (Some(i), _) if !i.is_empty() => i.to_string(),
        (_, Some(u)) if !u.is_empty() => format!("{u} (not in this spec)"),
        _ => NONE.to_string(),
    }
}

/// `error`, or else the problems, or else `fallback`; with the result's note (what a read of
/// the user saw when an answer was lost or the target was in doubt).
fn reason(result: &TargetResult, fallback: &str) -> String {
    let why = match (&result.error, result.problems.is_empty()) {
        (Some(e), _) if !e.is_empty() => e.clone(),
        (_, false) => result.problems.join("; "),
        _ => fallback.to_string(),
    };
    match &result.note {
        Some(note) if !note.is_empty() => format!("{why}; {note}"),
        _ => why,
    }
}

/// The outcome as the report shows it: how a change whose answer was lost was confirmed.
fn outcome_text(r: &TargetResult) -> String {
    let outcome = r.outcome.as_str();
    match r.confirmed_by {
        Some(Confirmation::ReadBack) => {
            format!("{outcome} (answer lost; confirmed by reading the user back)")
        }
        Some(Confirmation::AlreadyDoneOnResend) => {
            format!("{outcome} (answer lost; sent again, the API said already done)")
        }
        None => outcome.to_string(),
    }
}

/// The exact next step for a target that needs a person, or `None` when it is done.
fn next_step(r: &TargetResult, app: &str) -> Option<String> {
    let account = &r.integrated_account_id;
    let step = match r.outcome {
        Outcome::Ambiguous => {
            let candidates = if r.problems.is_empty() {
                "the users that match".to_string()
            } else {
                r.problems.join(", ")
            };
            let found = r
                .error
                .as_deref()
                .map(|e| format!("{e}; "))
                .unwrap_or_default();
            format!(
                "{found}choose the user: re-run with user_id: <one of {candidates}> for account {account}"
            )
        }
        Outcome::CannotSearch => format!(
            "{}; add the parameters it names under params for account {account} (or give the user_id)",
            reason(r, "the account could not be searched")
        ),
        Outcome::NeedsConfirmation => format!(
            "{} is irreversible: re-run with --confirm-irreversible",
            r.operation.as_deref().unwrap_or(&r.requested)
        ),
        Outcome::Failed => format!("{}; fix the cause and re-run", reason(r, "the call failed")),
        Outcome::Invalid => format!(
            "{}; correct this target in the plan and re-run",
            reason(r, "the target is invalid")
        ),
        Outcome::Unresolved => {
            "not looked up (offline dry run): run without --offline to find the user".to_string()
        }
        Outcome::Interrupted => {
            "not sent: the run was stopped; re-run with the same journal to send it".to_string()
        }
        Outcome::Foreign => format!(
            "{}; nothing was done to it: check why the admin list (or a proxy in front of it) gave another tenant's account",
            reason(r, "the account belongs to another tenant")
        ),
        Outcome::Unsupported => format!(
            "{}; remove it in {app} by hand (the API offers no way)",
            reason(r, "the integration has no method to remove it")
        ),
        Outcome::Succeeded | Outcome::AlreadyDone | Outcome::Skipped | Outcome::NotFound => {
            match &r.verification {
                Some(v) if v.outcome == VerifyOutcome::Unconfirmed => match &v.note {
                    Some(note) => format!("check the user in {app}: {note}"),
                    None => format!(
                        "check the user in {app}: status {}",
                        v.observed_status.as_deref().unwrap_or("not reported")
                    ),
                },
                _ => return None,
            }
        }
    };
    Some(step)
}

impl Row {
    fn of_result(r: &TargetResult) -> Row {
        let app = app_of(r.integration.as_deref(), r.unknown_integration.as_deref());
        let verification = match &r.verification {
            None => "not checked".to_string(),
            // A removal is verified by what the record no longer lists, not by a status.
            Some(v) if r.revoke.is_some() => match v.outcome {
                VerifyOutcome::Verified => "verified (no longer listed)".to_string(),
                VerifyOutcome::Unconfirmed => format!(
                    "unconfirmed ({})",
                    v.note.as_deref().unwrap_or("still listed")
                ),
            },
            Some(v) => match v.outcome {
                VerifyOutcome::Verified => match &v.observed_status {
                    Some(s) => format!("verified (status {s})"),
                    None => "verified".to_string(),
                },
                VerifyOutcome::Unconfirmed => format!(
                    "unconfirmed (observed status {})",
                    v.observed_status.as_deref().unwrap_or("not reported")
                ),
            },
        };
        let next_step = next_step(r, &app);
        let tone = match (r.outcome, &next_step) {
            (Outcome::Failed, _) => Tone::Failed,
            (_, Some(_)) => Tone::Attention,
            (_, None) => Tone::Done,
        };
        Row {
            target: r.target,
            email: r.email.clone().filter(|e| !e.is_empty()),
            app,
            account: r.integrated_account_id.clone(),
            user_id: or_none(Some(&r.user_id)),
            action: match &r.revoke {
                Some(v) => format!(
                    "remove {}: {}",
                    v.access,
                    AccessItem {
                        id: Some(v.item.clone()),
                        name: v.name.clone()
                    }
                    .label()
                ),
                None => r.operation.clone().unwrap_or_else(|| r.requested.clone()),
            },
            outcome: outcome_text(r),
            verification,
            http_status: r.status.map_or_else(|| NONE.to_string(), |s| s.to_string()),
            request_id: or_none(r.request_id.as_deref()),
            response_sha256: or_none(r.response_sha256.as_deref()),
            tone,
            next_step,
        }
    }

    fn of_dry_run(line: &DryRunLine) -> Row {
        let problems = line.problems.join("; ");
        let next_step = match line.outcome {
            "invalid" => Some(format!(
                "{}; correct this target in the plan",
                if problems.is_empty() {
                    "the target is invalid"
                } else {
                    &problems
                }
            )),
            "needs_confirmation" => Some(format!(
                "{} is irreversible: run with --confirm-irreversible",
                line.operation.as_deref().unwrap_or(&line.requested)
            )),
            // Not checked against its integration: name it in the plan to check it.
            "unverified" => Some(if problems.is_empty() {
                "not checked against its integration: name the integration in the plan".to_string()
            } else {
                problems.clone()
            }),
            // An email target's account that a person must look at.
            "ambiguous" | "cannot_search" | "unresolved" | "failed" => {
                Some(if problems.is_empty() {
                    format!("{}: see the account", line.outcome)
                } else {
                    problems.clone()
                })
            }
            _ => None,
        };
        Row {
            target: line.target,
            email: line.email.clone(),
            app: app_of(line.integration.as_deref(), None),
            account: line.integrated_account_id.clone(),
            user_id: or_none(Some(&line.user_id)),
            action: line
                .operation
                .clone()
                .unwrap_or_else(|| line.requested.clone()),
            outcome: line.outcome.to_string(),
            verification: "not checked".to_string(),
            http_status: NONE.to_string(),
            request_id: NONE.to_string(),
            response_sha256: NONE.to_string(),
            tone: if next_step.is_some() {
                Tone::Attention
            } else {
                Tone::Done
            },
            next_step,
        }
    }

    /// Who the row is about, in one cell.
    fn person(&self) -> &str {
        self.email.as_deref().unwrap_or(&self.user_id)
    }

    /// The table cells, in the order of [`COLUMNS`].
    fn cells(&self) -> [&str; 9] {
        [
            &self.app,
            &self.account,
            &self.user_id,
            &self.action,
            &self.outcome,
            &self.verification,
            &self.http_status,
            &self.request_id,
            &self.response_sha256,
        ]
    }
}

/// The columns of a person's table.
const COLUMNS: [&str; 9] = [
    "App",
    "Integrated account",
    "User id found",
    "Action",
    "Outcome",
    "Verification",
    "HTTP status",
    "Request id",
    "Response SHA-256",
];

fn run_counts(s: &Summary) -> Vec<(String, usize)> {
    let all = [
        (Outcome::Succeeded.as_str(), s.succeeded),
        (Outcome::AlreadyDone.as_str(), s.already_done),
        (Outcome::Skipped.as_str(), s.skipped),
        (Outcome::NotFound.as_str(), s.not_found),
        (Outcome::Invalid.as_str(), s.invalid),
        (Outcome::NeedsConfirmation.as_str(), s.needs_confirmation),
        (Outcome::Failed.as_str(), s.failed),
        (Outcome::Ambiguous.as_str(), s.ambiguous),
        (Outcome::CannotSearch.as_str(), s.cannot_search),
        (Outcome::Unresolved.as_str(), s.unresolved),
        (Outcome::Interrupted.as_str(), s.interrupted),
        (Outcome::Foreign.as_str(), s.foreign),
        (Outcome::Unsupported.as_str(), s.unsupported),
        ("confirmed after a lost answer", s.confirmed_after_loss),
        ("verified", s.verified),
        ("unconfirmed", s.unconfirmed),
        ("unknown integration", s.unknown_integration),
    ];
    std::iter::once(("targets", s.targets))
        .chain(all.into_iter().filter(|(_, n)| *n > 0))
        .map(|(label, n)| (label.to_string(), n))
        .collect()
}

fn dry_run_counts(lines: &[DryRunLine]) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = vec![("targets".into(), lines.len())];
    for line in lines {
        match counts[1..].iter_mut().find(|(l, _)| l == line.outcome) {
            Some((_, n)) => *n += 1,
            None => counts.push((line.outcome.to_string(), 1)),
        }
    }
    counts
}

/// Who and where an access report is about, in one line.
fn access_heading(a: &AccessReport) -> String {
    format!(
        "{} — {}, account {}, user {}",
        a.email.as_deref().unwrap_or(&a.user_id),
        a.integration.as_deref().unwrap_or(NONE),
        a.integrated_account_id,
        a.user_id
    )
}

/// The rows of an access report: status, last login, then each access list either read
/// showed (`not read` when there was no read, `not listed` when the record does not hold the
/// field, `none` for an empty list).
fn access_rows(a: &AccessReport) -> Vec<[String; 3]> {
    let cell = |s: Option<&AccessSnapshot>, f: &dyn Fn(&AccessSnapshot) -> String| match s {
        None => "not read".to_string(),
        Some(s) if s.gone => "the user is gone".to_string(),
        Some(s) => f(s),
    };
    let (before, after) = (a.before.as_ref(), a.after.as_ref());
    let mut rows = vec![
        [
            "status".to_string(),
            cell(before, &|s| or_none(s.status.as_deref())),
            cell(after, &|s| or_none(s.status.as_deref())),
        ],
        [
            "last login".to_string(),
            cell(before, &|s| or_none(s.last_login.as_deref())),
            cell(after, &|s| or_none(s.last_login.as_deref())),
        ],
    ];
    let mut fields: Vec<&String> = before
        .iter()
        .chain(after.iter())
        .flat_map(|s| s.access.keys())
        .collect();
    fields.sort();
    fields.dedup();
    for field in fields {
        let list = |s: &AccessSnapshot| match s.access.get(field) {
            None => "not listed".to_string(),
            Some(items) if items.is_empty() => "none".to_string(),
            Some(items) => items
                .iter()
                .map(AccessItem::label)
                .collect::<Vec<_>>()
                .join(", "),
        };
        rows.push([field.clone(), cell(before, &list), cell(after, &list)]);
    }
    rows
}

impl Report {
    /// The report of a run: its results (in any order), its summary, and who ran which plan
    /// when.
    pub fn new(results: Vec<TargetResult>, summary: Summary, info: RunInfo) -> Report {
        let mut rows: Vec<Row> = results.iter().map(Row::of_result).collect();
        rows.sort_by_key(|r| r.target);
        Report {
            info,
            audit_head: summary.audit_head.clone(),
            tool_version: env!("CARGO_PKG_VERSION"),
            counts: run_counts(&summary),
            rows,
            access: summary.access,
        }
    }

    /// The report of a dry run: what would be sent, and what a person must fix first
    /// (`info.dry_run` is set).
    pub fn from_dry_run(lines: &[DryRunLine], info: RunInfo) -> Report {
        let mut rows: Vec<Row> = lines.iter().map(Row::of_dry_run).collect();
        rows.sort_by_key(|r| r.target);
        Report {
            info: RunInfo {
                dry_run: true,
                ..info
            },
            audit_head: None,
            tool_version: env!("CARGO_PKG_VERSION"),
            counts: dry_run_counts(lines),
            rows,
            access: Vec::new(),
        }
    }

    /// Who ran which plan, and when.
    pub fn info(&self) -> &RunInfo {
        &self.info
    }

    /// Targets a person must act on (the "Needs a person" section).
    pub fn needs_a_person(&self) -> usize {
        self.rows.iter().filter(|r| r.next_step.is_some()).count()
    }

    /// The report in `format`.
    pub fn render(&self, format: ReportFormat) -> String {
        match format {
            ReportFormat::Markdown => self.markdown(),
            ReportFormat::Html => self.html(),
        }
    }

    /// Whether `start`, the first bytes of a file, is the start of a report this tool wrote
    /// (Markdown or HTML, of a run or a dry run): a report is written over an existing file only
    /// when it is one, never over a file of another kind.
    pub fn is_report(start: &[u8]) -> bool {
        const HTML_HEAD: &[u8] = b"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Offboarding report";
        start.starts_with(b"# Offboarding report") || start.starts_with(HTML_HEAD)
    }

    fn title(&self) -> &'static str {
        if self.info.dry_run {
            "Offboarding report (dry run)"
        } else {
            "Offboarding report"
        }
    }

    /// The heading block's facts: label and value.
    fn facts(&self) -> [(&'static str, String); 8] {
        let i = &self.info;
        [
            ("Run by", i.operator.clone()),
            ("Started", i.started_at.clone()),
            ("Finished", i.finished_at.clone()),
            ("Plan", i.plan_path.clone()),
            ("Plan SHA-256", i.plan_sha256.clone()),
            (
                "Audit log head",
                match &self.audit_head {
                    Some(head) => {
                        format!("{head} (userdir audit verify AUDIT_FILE --head checks it)")
                    }
                    None => NONE.to_string(),
                },
            ),
            (
                "Dry run",
                if i.dry_run {
                    "yes: nothing was sent".to_string()
                } else {
                    "no".to_string()
                },
            ),
            (
                "Tool",
                format!("userdir (truto-user-directory) {}", self.tool_version),
            ),
        ]
    }

    /// The rows grouped by person, in the order each person first appears in the plan;
    /// targets without an email last, under [`BY_USER_ID`].
    fn people(&self) -> Vec<(&str, Vec<&Row>)> {
        let mut groups: Vec<(&str, Vec<&Row>)> = Vec::new();
        let mut index: HashMap<&str, usize> = HashMap::new();
        let mut by_id = Vec::new();
        for row in &self.rows {
            match row.email.as_deref() {
                Some(email) => {
                    let at = *index.entry(email).or_insert_with(|| {
                        groups.push((email, Vec::new()));
                        groups.len() - 1
                    });
                    groups[at].1.push(row);
                }
                None => by_id.push(row),
            }
        }
        if !by_id.is_empty() {
            groups.push((BY_USER_ID, by_id));
        }
        groups
    }

    /// One line per target in "Needs a person": its tone, and who, where, what and the next
    /// step, every value escaped with `escape`, the person between `bold`.
    fn needing(&self, escape: fn(&str) -> String, bold: [&str; 2]) -> Vec<(Tone, String)> {
        self.rows
            .iter()
            .filter_map(|r| {
                let step = r.next_step.as_deref()?;
                let line = format!(
                    "{}{}{}, {}, account {}, user {} ({}): {}",
                    bold[0],
                    escape(r.person()),
                    bold[1],
                    escape(&r.app),
                    escape(&r.account),
                    escape(&r.user_id),
                    escape(&r.outcome),
                    escape(step)
                );
                Some((r.tone, line))
            })
            .collect()
    }

    /// The report as Markdown.
    pub fn markdown(&self) -> String {
        let mut out = format!("# {}\n\n", self.title());
        for (label, value) in self.facts() {
            out.push_str(&format!("- **{label}:** {}\n", md(&value)));
        }
        out.push_str("\n## Summary\n\n| Outcome | Targets |\n| --- | ---: |\n");
        for (label, n) in &self.counts {
            out.push_str(&format!("| {} | {n} |\n", md(label)));
        }
        out.push_str(&format!("| needs a person | {} |\n", self.needs_a_person()));
        out.push_str("\n## People\n");
        for (person, rows) in self.people() {
            out.push_str(&format!(
                "\n### {}\n\n| {} |\n|",
                md(person),
                COLUMNS.join(" | ")
            ));
            out.push_str(&" --- |".repeat(COLUMNS.len()));
            out.push('\n');
            for row in rows {
                let cells: Vec<String> = row.cells().iter().map(|c| md(c)).collect();
                out.push_str(&format!("| {} |\n", cells.join(" | ")));
            }
        }
        if !self.access.is_empty() {
            out.push_str("\n## Access before and after\n");
            for a in &self.access {
                out.push_str(&format!(
                    "\n### {}\n\n| | Before the run | After the run |\n| --- | --- | --- |\n",
                    md(&access_heading(a))
                ));
                for [what, before, after] in access_rows(a) {
                    out.push_str(&format!(
                        "| {} | {} | {} |\n",
                        md(&what),
                        md(&before),
                        md(&after)
                    ));
                }
                for note in &a.notes {
                    out.push_str(&format!("\n- {}", md(note)));
                }
                if !a.notes.is_empty() {
                    out.push('\n');
                }
            }
        }
        out.push_str("\n## Needs a person\n\n");
        let needing = self.needing(md, ["**", "**"]);
        for (_, line) in &needing {
            out.push_str(&format!("- {line}\n"));
        }
        if needing.is_empty() {
            out.push_str("Nothing: every target ended done.\n");
        }
        out
    }

    /// The report as one self-contained HTML page (inline CSS, no scripts, every value escaped).
    pub fn html(&self) -> String {
        let title = self.title();
        let mut out = format!(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n<style>\n{REPORT_CSS}{CSS}</style>\n</head>\n<body>\n<h1>{title}</h1>\n<dl class=\"facts\">\n"
        );
        for (label, value) in self.facts() {
            out.push_str(&format!("<dt>{label}</dt><dd>{}</dd>\n", html(&value)));
        }
        out.push_str("</dl>\n<h2>Summary</h2>\n<table class=\"counts\">\n<tr><th>Outcome</th><th>Targets</th></tr>\n");
        for (label, n) in &self.counts {
            out.push_str(&format!("<tr><td>{}</td><td>{n}</td></tr>\n", html(label)));
        }
        out.push_str(&format!(
            "<tr><td>needs a person</td><td>{}</td></tr>\n</table>\n<h2>People</h2>\n",
            self.needs_a_person()
        ));
        for (person, rows) in self.people() {
            out.push_str(&format!("<h3>{}</h3>\n<table>\n<tr>", html(person)));
            for c in COLUMNS {
                out.push_str(&format!("<th>{c}</th>"));
            }
            out.push_str("</tr>\n");
            for row in rows {
                out.push_str(&format!("<tr class=\"{}\">", row.tone.class()));
                for c in row.cells() {
                    out.push_str(&format!("<td>{}</td>", html(c)));
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</table>\n");
        }
        if !self.access.is_empty() {
            out.push_str("<h2>Access before and after</h2>\n");
            for a in &self.access {
                out.push_str(&format!(
                    "<h3>{}</h3>\n<table>\n<tr><th></th><th>Before the run</th><th>After the run</th></tr>\n",
                    html(&access_heading(a))
                ));
                for [what, before, after] in access_rows(a) {
                    out.push_str(&format!(
                        "<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                        html(&what),
                        html(&before),
                        html(&after)
                    ));
                }
                out.push_str("</table>\n");
                if !a.notes.is_empty() {
                    out.push_str("<ul class=\"needs\">\n");
                    for note in &a.notes {
                        out.push_str(&format!("<li>{}</li>\n", html(note)));
                    }
                    out.push_str("</ul>\n");
                }
            }
        }
        out.push_str("<h2>Needs a person</h2>\n");
        let mut items = String::new();
        for (tone, line) in self.needing(html, ["<strong>", "</strong>"]) {
            items.push_str(&format!("<li class=\"{}\">{line}</li>\n", tone.class()));
        }
        if items.is_empty() {
            out.push_str("<p>Nothing: every target ended done.</p>\n");
        } else {
            out.push_str(&format!("<ul class=\"needs\">\n{items}</ul>\n"));
        }
        out.push_str("</body>\n</html>\n");
        out
    }

    /// A short table for a terminal (person, app, outcome, verification; one row per target,
    /// or only the targets that need a person when there are many) and the counts; ANSI
    /// colours when `color` (green done, yellow needs a person, red failed).
    pub fn terminal_summary(&self, color: bool) -> String {
        let shown: Vec<&Row> = if self.rows.len() <= TERMINAL_ROWS {
            self.rows.iter().collect()
        } else {
            self.rows
                .iter()
                .filter(|r| r.next_step.is_some())
                .take(TERMINAL_ROWS)
                .collect()
        };
        let table: Vec<[String; 4]> = shown
            .iter()
            .map(|r| {
                [
                    plain(r.person()),
                    plain(&r.app),
                    plain(&r.outcome),
                    plain(&r.verification),
                ]
            })
            .collect();
        let header = ["person", "app", "outcome", "verification"].map(str::to_string);
        let mut widths = [0usize; 4];
        for cells in std::iter::once(&header).chain(&table) {
            for (w, c) in widths.iter_mut().zip(cells) {
                *w = (*w).max(c.chars().count());
            }
        }
        let line = |cells: &[String; 4]| {
            let padded: Vec<String> = cells
                .iter()
                .zip(widths)
                .map(|(c, w)| format!("{c:<w$}"))
                .collect();
            padded.join("  ").trim_end().to_string()
        };
        let mut out = format!("{}\n", line(&header));
        for (row, cells) in shown.iter().zip(&table) {
            let text = line(cells);
            if color {
                out.push_str(&format!("{}{text}\x1b[0m\n", row.tone.ansi()));
            } else {
                out.push_str(&format!("{text}\n"));
            }
        }
        let hidden = self.rows.len() - shown.len();
        if hidden > 0 {
            out.push_str(&format!(
                "({hidden} more target(s) not shown: see the report)\n"
            ));
        }
        let counts: Vec<String> = self
            .counts
            .iter()
            .skip(1)
            .map(|(label, n)| format!("{n} {}", plain(label)))
            .collect();
        let total = self.counts.first().map_or(0, |(_, n)| *n);
        out.push_str(&format!(
            "{total} target(s): {}; {} need(s) a person\n",
            if counts.is_empty() {
                "none".to_string()
            } else {
                counts.join(", ")
            },
            self.needs_a_person()
        ));
        out
    }
}

/// The HTML page's own style, after [`REPORT_CSS`].
const CSS: &str = "tr.done td { background: #eefaee; }
tr.attention td { background: #fff8e1; }
tr.failed td { background: #fdecea; }
li.attention { border-left: 4px solid #e0a800; padding-left: 0.5em; margin: 0.3em 0; }
li.failed { border-left: 4px solid #c62828; padding-left: 0.5em; margin: 0.3em 0; }
";
