//! The auditor's reports of a review: `review.md` and `review.html`, and a short table of
//! counts for a terminal. A review writes its reports from its spool (`review/spool.rs`: each
//! list's lines were written as the pages arrived); [`write_reports`] writes them again from a
//! `DIR/review.json`, the same.
//!
//! A report says what the review was (tenant, time, the accounts reviewed and not, the roster
//! and its SHA-256, the dormant days, the spec version), sums it up per finding and per app,
//! then lists the accounts an auditor reads, leavers first ([`REPORT_ORDER`]). Every value is
//! escaped; the HTML page is self-contained (inline CSS, no scripts).
//!
//! From `review.json`, the review is read once, row by row ([`for_each_row`]): each row with
//! findings is written at once to a part file per finding and format next to the report
//! (removed at the end), so memory holds the counts per app and finding, never the rows,
//! however many have findings.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use super::atomic::write_atomically;
use super::load::for_each_row;
use super::{AccountRow, Finding, ReviewMeta};
use crate::markup::{REPORT_CSS, html, md};

/// The order of the lists an auditor reads: leavers first.
pub const REPORT_ORDER: [Finding; 6] = [
    Finding::Leaver,
    Finding::Privileged,
    Finding::Dormant,
    Finding::Duplicate,
    Finding::Unmatched,
    Finding::DormantUnknown,
];

/// The most bytes the names of a review's apps may take together (a bound on what the
/// summary holds: a review has a few dozen apps).
pub const MAX_APP_NAME_BYTES: usize = 1 << 20;

/// An empty cell.
const NONE: &str = "—";

/// The columns of an account list.
const COLUMNS: [&str; 9] = [
    "App",
    "Integrated account",
    "User id",
    "Person",
    "Status",
    "Last login",
    "Roles",
    "Groups",
    "Licenses",
];

/// Writes `DIR/review.md` and `DIR/review.html` from `DIR/review.json` (each written to a
/// temporary file first, then renamed over the report). A review writes its reports itself
/// ([`crate::review::review`]); this writes them again from its `review.json`.
pub fn write_reports(dir: &Path) -> io::Result<()> {
    let mut tally = Tally::default();
    let mut parts = Parts::create(dir)?;
    let meta = for_each_row(&dir.join("review.json"), |row: AccountRow| {
        tally.add(&row)?;
        parts.add(&row)
    })?;
    parts.finish()?;
    write_reports_with(dir, &meta, &tally, &mut |finding, format, out| {
        parts.copy(finding, format, out)
    })
}

/// Writes `DIR/review.md` and `DIR/review.html` for the review `meta` whose rows `tally`
/// counted: the heads, then each finding's list, whose rows' lines `list` writes (the lines of
/// [`markdown_row`] or [`html_row`], in the review's order).
pub(super) fn write_reports_with(
    dir: &Path,
    meta: &ReviewMeta,
    tally: &Tally,
    list: &mut dyn FnMut(Finding, Format, &mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let report = Report { meta, tally };
    write_atomically(&dir.join("review.md"), |w| {
        report.markdown_head(w)?;
        lists(Format::Markdown, tally, w, list)
    })?;
    write_atomically(&dir.join("review.html"), |w| {
        report.html_head(w)?;
        lists(Format::Html, tally, w, list)?;
        w.write_all(b"</body>\n</html>\n")
    })
}

/// A short table of the accounts per finding, for a terminal (stderr), leavers first; ANSI
/// colours when `color` (red leavers, yellow the other findings, when there are any).
pub fn terminal_table(meta: &ReviewMeta, color: bool) -> String {
    let count = |f: Finding| meta.counts.get(&f).copied().unwrap_or(0);
    let width = REPORT_ORDER
        .iter()
        .map(|f| f.as_str().len())
        .max()
        .unwrap_or(0);
    let mut out = format!("{:<width$}  accounts\n", "finding");
    for f in REPORT_ORDER {
        let n = count(f);
        let line = format!("{:<width$}  {n:>8}", f.as_str());
        let tone = match (color, n, f) {
            (false, _, _) | (_, 0, _) => None,
            (true, _, Finding::Leaver) => Some("\x1b[31m"),
            (true, _, _) => Some("\x1b[33m"),
        };
        match tone {
            Some(ansi) => out.push_str(&format!("{ansi}{line}\x1b[0m\n")),
            None => out.push_str(&format!("{line}\n")),
        }
    }
    out.push_str(&format!(
        "{} account(s) in {} integrated account(s) reviewed; {} integrated account(s) not reviewed\n",
        meta.rows,
        meta.reviewed.len(),
        meta.not_reviewed.len()
    ));
    out
}

/// What the summary counts, as the rows go by: rows per finding, and per app.
#[derive(Debug, Clone, Default)]
pub(super) struct Tally {
    pub(super) rows: u64,
    findings: BTreeMap<Finding, u64>,
    apps: BTreeMap<String, AppTally>,
    /// The bytes of the apps' names.
    app_bytes: usize,
}

/// One app's rows, and its rows per finding.
#[derive(Debug, Clone, Default)]
struct AppTally {
    rows: u64,
    findings: BTreeMap<Finding, u64>,
}

impl Tally {
    pub(super) fn add(&mut self, row: &AccountRow) -> io::Result<()> {
        self.add_app(&row.app)?;
        self.rows += 1;
        let app = self.apps.entry(row.app.clone()).or_default();
        app.rows += 1;
        for &f in distinct(&row.findings) {
            *self.findings.entry(f).or_default() += 1;
            *app.findings.entry(f).or_default() += 1;
        }
        Ok(())
    }

    /// Counts `finding` once more for a row of `app` already counted.
    pub(super) fn add_finding(&mut self, app: &str, finding: Finding) {
        *self.findings.entry(finding).or_default() += 1;
        if let Some(app) = self.apps.get_mut(app) {
            *app.findings.entry(finding).or_default() += 1;
        }
    }

    /// Adds what `other` counted.
    pub(super) fn merge(&mut self, other: &Tally) -> io::Result<()> {
        self.rows += other.rows;
        for (f, n) in &other.findings {
            *self.findings.entry(*f).or_default() += n;
        }
        for (name, theirs) in &other.apps {
            self.add_app(name)?;
            let app = self.apps.entry(name.clone()).or_default();
            app.rows += theirs.rows;
            for (f, n) in &theirs.findings {
                *app.findings.entry(*f).or_default() += n;
            }
        }
        Ok(())
    }

    /// Makes room for `app`'s name, unless there are too many names.
    fn add_app(&mut self, app: &str) -> io::Result<()> {
        if self.apps.contains_key(app) {
            return Ok(());
        }
        self.app_bytes += app.len();
        if self.app_bytes > MAX_APP_NAME_BYTES {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!(
                    "the names of the review's apps take more than {MAX_APP_NAME_BYTES} bytes: not a review this tool wrote"
                ),
            ));
        }
        self.apps.insert(app.to_string(), AppTally::default());
        Ok(())
    }

    pub(super) fn count(&self, f: Finding) -> u64 {
        self.findings.get(&f).copied().unwrap_or(0)
    }

    /// Rows per finding, every finding (zero included).
    pub(super) fn counts(&self) -> BTreeMap<Finding, u64> {
        Finding::ALL.iter().map(|&f| (f, self.count(f))).collect()
    }
}

/// A row's findings, each once (a hand-edited file may repeat one).
fn distinct(findings: &[Finding]) -> impl Iterator<Item = &Finding> {
    findings
        .iter()
        .enumerate()
        .filter(|(i, f)| !findings[..*i].contains(f))
        .map(|(_, f)| f)
}

/// A report's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Format {
    Markdown,
    Html,
}

impl Format {
    pub(super) fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
        }
    }
}

/// The lists of accounts, one part file per finding and format, written as the rows go by and
/// copied into the reports in [`REPORT_ORDER`]; removed when dropped.
struct Parts {
    parts: Vec<Part>,
}

struct Part {
    finding: Finding,
    format: Format,
    path: PathBuf,
    file: Option<BufWriter<File>>,
}

impl Parts {
    fn create(dir: &Path) -> io::Result<Parts> {
        let mut parts = Parts { parts: Vec::new() };
        for finding in REPORT_ORDER {
            for format in [Format::Markdown, Format::Html] {
                let path = dir.join(format!(
                    ".review.{}.{}.{}.part",
                    finding.as_str(),
                    std::process::id(),
                    format.extension()
                ));
                let file = BufWriter::new(File::create(&path)?);
                parts.parts.push(Part {
                    finding,
                    format,
                    path,
                    file: Some(file),
                });
            }
        }
        Ok(parts)
    }

    /// Adds `row` to the list of each of its findings.
    fn add(&mut self, row: &AccountRow) -> io::Result<()> {
        if row.findings.is_empty() {
            return Ok(());
        }
        let (md_line, html_line) = (markdown_row(row), html_row(row));
        for part in &mut self.parts {
            if !row.findings.contains(&part.finding) {
                continue;
            }
            let line = match part.format {
                Format::Markdown => &md_line,
                Format::Html => &html_line,
            };
            if let Some(file) = &mut part.file {
                file.write_all(line.as_bytes())?;
            }
        }
        Ok(())
    }

    /// Flushes and closes every part.
    fn finish(&mut self) -> io::Result<()> {
        for part in &mut self.parts {
            if let Some(mut file) = part.file.take() {
                file.flush()?;
            }
        }
        Ok(())
    }

    /// Copies `finding`'s list in `format` to `out`.
    fn copy(&self, finding: Finding, format: Format, out: &mut dyn Write) -> io::Result<()> {
        let part = self
            .parts
            .iter()
            .find(|p| p.finding == finding && p.format == format)
            .expect("a part per finding and format");
        io::copy(&mut File::open(&part.path)?, out)?;
        Ok(())
    }
}

/// Writes the lists in `format` to `out`: per finding, its heading, what it means, then its
/// table, whose rows `list` writes (or "None.").
fn lists(
    format: Format,
    tally: &Tally,
    out: &mut impl Write,
    list: &mut dyn FnMut(Finding, Format, &mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    for finding in REPORT_ORDER {
        let n = tally.count(finding);
        let (title, meaning) = (list_title(finding), meaning(finding));
        match format {
            Format::Markdown => {
                write!(
                    out,
                    "\n## {title} (`{}`): {n}\n\n{meaning}\n\n",
                    finding.as_str()
                )?;
                if n == 0 {
                    writeln!(out, "None.")?;
                    continue;
                }
                writeln!(out, "| {} |", COLUMNS.join(" | "))?;
                writeln!(out, "|{}", " --- |".repeat(COLUMNS.len()))?;
            }
            Format::Html => {
                write!(
                    out,
                    "<h2 id=\"{f}\">{title} (<code>{f}</code>): {n}</h2>\n<p>{meaning}</p>\n",
                    f = finding.as_str()
                )?;
                if n == 0 {
                    writeln!(out, "<p>None.</p>")?;
                    continue;
                }
                write!(out, "<table class=\"{}\">\n<tr>", finding.as_str())?;
                for c in COLUMNS {
                    write!(out, "<th>{c}</th>")?;
                }
                writeln!(out, "</tr>")?;
            }
        }
        list(finding, format, out)?;
        if format == Format::Html {
            writeln!(out, "</table>")?;
        }
    }
    Ok(())
}

impl Drop for Parts {
    fn drop(&mut self) {
        for part in &mut self.parts {
            drop(part.file.take());
            // Best effort: a part left behind is a hidden file the next report overwrites.
            let _ = std::fs::remove_file(&part.path);
        }
    }
}

/// A list's heading.
fn list_title(f: Finding) -> &'static str {
    match f {
        Finding::Leaver => "Leavers",
        Finding::Privileged => "Privileged accounts",
        Finding::Dormant => "Dormant accounts",
        Finding::Duplicate => "Duplicate accounts",
        Finding::Unmatched => "Unmatched accounts",
        Finding::DormantUnknown => "Dormancy unknown",
    }
}

/// What a finding means, in one sentence (plain text: no escaping needed).
fn meaning(f: Finding) -> &'static str {
    match f {
        Finding::Leaver => {
            "The person left (the roster says left) or is not on the roster, and the account is not inactive: remove its access (userdir review --plan-out writes an offboarding plan for the leavers)."
        }
        Finding::Privileged => "An admin role or a privileged user type: check it is still needed.",
        Finding::Dormant => {
            "Active, and no login or activity for the review's dormant days, or never."
        }
        Finding::Duplicate => "One person holds several active accounts in one app.",
        Finding::Unmatched => "The account has no email to match a person by: find who holds it.",
        Finding::DormantUnknown => {
            "Active, and the app's records say nothing of logins or activity: whether it is dormant is not known (not guessed)."
        }
    }
}

/// A row's cells, in the order of [`COLUMNS`]; lists as their items.
fn cells(row: &AccountRow) -> [Vec<&str>; 9] {
    fn one(s: &str) -> Vec<&str> {
        vec![if s.is_empty() { NONE } else { s }]
    }
    fn optional(s: &Option<String>) -> Vec<&str> {
        one(s.as_deref().unwrap_or(""))
    }
    fn list(items: &[String]) -> Vec<&str> {
        if items.is_empty() {
            vec![NONE]
        } else {
            items.iter().map(String::as_str).collect()
        }
    }
    [
        one(&row.app),
        one(&row.integrated_account_id),
        one(&row.user_id),
        optional(&row.person),
        optional(&row.status),
        optional(&row.last_login),
        list(&row.roles),
        list(&row.groups),
        list(&row.licenses),
    ]
}

/// A row of a Markdown list (a table row, every value escaped, list items joined with `; `).
pub(super) fn markdown_row(row: &AccountRow) -> String {
    let cells: Vec<String> = cells(row)
        .iter()
        .map(|items| items.iter().map(|i| md(i)).collect::<Vec<_>>().join("; "))
        .collect();
    format!("| {} |\n", cells.join(" | "))
}

/// A row of an HTML list (every value escaped, list items one a line).
pub(super) fn html_row(row: &AccountRow) -> String {
    let mut out = String::from("<tr>");
    for items in cells(row) {
        let escaped: Vec<String> = items.iter().map(|i| html(i)).collect();
        out.push_str(&format!("<td>{}</td>", escaped.join("<br>")));
    }
    out.push_str("</tr>\n");
    out
}

/// What a report says before its lists: the facts of the review, its accounts, the summary.
struct Report<'a> {
    meta: &'a ReviewMeta,
    tally: &'a Tally,
}

impl Report<'_> {
    /// The review's facts: label and value (plain text, escaped by the caller).
    fn facts(&self) -> Vec<(&'static str, String)> {
        let m = self.meta;
        let mut facts = vec![
            (
                "Tenant",
                m.tenant_id
                    .clone()
                    .unwrap_or_else(|| format!("{NONE} (integrated accounts named one by one)")),
            ),
            ("Started", m.started_at.clone()),
            ("Finished", m.finished_at.clone()),
            (
                "Reviewed",
                format!(
                    "{} user account(s) in {} integrated account(s)",
                    self.tally.rows,
                    m.reviewed.len()
                ),
            ),
            (
                "Not reviewed",
                format!("{} integrated account(s)", m.not_reviewed.len()),
            ),
        ];
        match &m.roster {
            Some(r) => {
                facts.push(("Roster", r.path.clone()));
                facts.push(("Roster SHA-256", r.sha256.clone()));
                facts.push((
                    "Roster people",
                    format!("{} ({} left)", r.people, r.left),
                ));
            }
            None => facts.push((
                "Roster",
                format!("{NONE} (none given: who should have access is not known, so no account is a leaver)"),
            )),
        }
        facts.push(("Dormant after", format!("{} days", m.dormant_days)));
        facts.push((
            "Spec version",
            format!("userdir (truto-user-directory) {}", m.spec_version),
        ));
        if let Some(problem) = self.inconsistency() {
            facts.push(("Warning", problem));
        }
        facts
    }

    /// How the meta's counts disagree with the rows, if they do (a file edited by hand).
    fn inconsistency(&self) -> Option<String> {
        let m = self.meta;
        if m.rows != self.tally.rows {
            return Some(format!(
                "the meta counts {} row(s), the file holds {}",
                m.rows, self.tally.rows
            ));
        }
        let differs = Finding::ALL
            .iter()
            .find(|&&f| m.counts.get(&f).copied().unwrap_or(0) != self.tally.count(f))?;
        Some(format!(
            "the meta counts {} {} row(s), the file holds {} (the lists below count the rows)",
            m.counts.get(differs).copied().unwrap_or(0),
            differs.as_str(),
            self.tally.count(*differs)
        ))
    }

    /// Per app: its integrated accounts reviewed, its user accounts, its rows per finding.
    fn apps(&self) -> Vec<(String, usize, u64, [u64; 6])> {
        let mut integrated: BTreeMap<&str, usize> = BTreeMap::new();
        for r in &self.meta.reviewed {
            *integrated.entry(&r.app).or_default() += 1;
        }
        let mut names: Vec<&str> = self.tally.apps.keys().map(String::as_str).collect();
        names.extend(
            integrated
                .keys()
                .filter(|a| !self.tally.apps.contains_key(**a)),
        );
        names.sort_unstable();
        names
            .into_iter()
            .map(|app| {
                let tally = self.tally.apps.get(app);
                let per = REPORT_ORDER
                    .map(|f| tally.and_then(|t| t.findings.get(&f).copied()).unwrap_or(0));
                (
                    app.to_string(),
                    integrated.get(app).copied().unwrap_or(0),
                    tally.map_or(0, |t| t.rows),
                    per,
                )
            })
            .collect()
    }

    /// The reviewed accounts' rows: account, app, users, pages.
    fn reviewed(&self) -> Vec<[String; 4]> {
        self.meta
            .reviewed
            .iter()
            .map(|r| {
                [
                    r.integrated_account_id.clone(),
                    r.app.clone(),
                    r.users.to_string(),
                    r.pages.to_string(),
                ]
            })
            .collect()
    }

    /// The accounts not reviewed: account, app, status, why.
    fn not_reviewed(&self) -> Vec<[String; 4]> {
        let or_none = |s: &Option<String>| s.clone().unwrap_or_else(|| NONE.to_string());
        self.meta
            .not_reviewed
            .iter()
            .map(|r| {
                [
                    r.integrated_account_id.clone(),
                    or_none(&r.app),
                    or_none(&r.status),
                    r.reason.clone(),
                ]
            })
            .collect()
    }

    fn markdown_head(&self, w: &mut impl Write) -> io::Result<()> {
        writeln!(w, "# Access review\n")?;
        for (label, value) in self.facts() {
            writeln!(w, "- **{label}:** {}", md(&value))?;
        }
        write!(
            w,
            "\n## Summary\n\n| Finding | Accounts |\n| --- | ---: |\n"
        )?;
        for f in REPORT_ORDER {
            writeln!(w, "| {} | {} |", f.as_str(), self.tally.count(f))?;
        }
        let names = REPORT_ORDER.map(Finding::as_str);
        write!(
            w,
            "\n### Per app\n\n| App | Integrated accounts | Accounts | {} |\n| --- | ---: | ---: |{}\n",
            names.join(" | "),
            " ---: |".repeat(names.len())
        )?;
        for (app, integrated, rows, per) in self.apps() {
            let per: Vec<String> = per.iter().map(u64::to_string).collect();
            writeln!(
                w,
                "| {} | {integrated} | {rows} | {} |",
                md(&app),
                per.join(" | ")
            )?;
        }
        markdown_table(
            w,
            "Integrated accounts reviewed",
            ["Integrated account", "App", "Users", "Pages"],
            &self.reviewed(),
        )?;
        markdown_table(
            w,
            "Integrated accounts not reviewed",
            ["Integrated account", "App", "Status", "Why"],
            &self.not_reviewed(),
        )
    }

    fn html_head(&self, w: &mut impl Write) -> io::Result<()> {
        write!(
            w,
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Access review</title>\n<style>\n{REPORT_CSS}{CSS}</style>\n</head>\n<body>\n<h1>Access review</h1>\n<dl class=\"facts\">\n"
        )?;
        for (label, value) in self.facts() {
            writeln!(w, "<dt>{label}</dt><dd>{}</dd>", html(&value))?;
        }
        write!(
            w,
            "</dl>\n<h2>Summary</h2>\n<table class=\"counts\">\n<tr><th>Finding</th><th>Accounts</th></tr>\n"
        )?;
        for f in REPORT_ORDER {
            writeln!(
                w,
                "<tr><td><a href=\"#{f}\">{f}</a></td><td>{}</td></tr>",
                self.tally.count(f),
                f = f.as_str()
            )?;
        }
        write!(
            w,
            "</table>\n<h3>Per app</h3>\n<table class=\"counts\">\n<tr><th>App</th><th>Integrated accounts</th><th>Accounts</th>"
        )?;
        for f in REPORT_ORDER {
            write!(w, "<th>{}</th>", f.as_str())?;
        }
        writeln!(w, "</tr>")?;
        for (app, integrated, rows, per) in self.apps() {
            write!(
                w,
                "<tr><td>{}</td><td>{integrated}</td><td>{rows}</td>",
                html(&app)
            )?;
            for n in per {
                write!(w, "<td>{n}</td>")?;
            }
            writeln!(w, "</tr>")?;
        }
        writeln!(w, "</table>")?;
        html_table(
            w,
            "Integrated accounts reviewed",
            ["Integrated account", "App", "Users", "Pages"],
            &self.reviewed(),
        )?;
        html_table(
            w,
            "Integrated accounts not reviewed",
            ["Integrated account", "App", "Status", "Why"],
            &self.not_reviewed(),
        )
    }
}

/// A Markdown section with a table of `rows` (or "None.").
fn markdown_table(
    w: &mut impl Write,
    title: &str,
    columns: [&str; 4],
    rows: &[[String; 4]],
) -> io::Result<()> {
    write!(w, "\n## {title}: {}\n\n", rows.len())?;
    if rows.is_empty() {
        return writeln!(w, "None.");
    }
    writeln!(w, "| {} |\n|{}", columns.join(" | "), " --- |".repeat(4))?;
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| md(c)).collect();
        writeln!(w, "| {} |", cells.join(" | "))?;
    }
    Ok(())
}

/// An HTML section with a table of `rows` (or "None.").
fn html_table(
    w: &mut impl Write,
    title: &str,
    columns: [&str; 4],
    rows: &[[String; 4]],
) -> io::Result<()> {
    writeln!(w, "<h2>{title}: {}</h2>", rows.len())?;
    if rows.is_empty() {
        return writeln!(w, "<p>None.</p>");
    }
    write!(w, "<table>\n<tr>")?;
    for c in columns {
        write!(w, "<th>{c}</th>")?;
    }
    writeln!(w, "</tr>")?;
    for row in rows {
        write!(w, "<tr>")?;
        for c in row {
            write!(w, "<td>{}</td>", html(c))?;
        }
        writeln!(w, "</tr>")?;
    }
    writeln!(w, "</table>")
}

/// The HTML page's own style, after [`REPORT_CSS`].
const CSS: &str = "table.counts td + td { text-align: right; }
table.leaver td { background: #fdecea; }
table.privileged td, table.duplicate td { background: #fff8e1; }
";
