//! Append-only files: the journal that makes runs resumable, and the audit log.
//!
//! Each record is one JSON line written with a single `write` and synced to disk before the
//! run moves on, so a killed process loses at most the line it was writing; a torn last line
//! is ignored when the file is read back.

use std::collections::HashMap;
use std::fmt;
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{AccountFind, Outcome, TargetResult, Verification, VerifyOutcome};
use crate::{Error, Response};

/// What identifies a target across runs: the account, the user and the requested operation.
pub(crate) type Key = (String, String, String);

pub(crate) fn key(account: &str, user: &str, requested: &str) -> Key {
    (account.to_string(), user.to_string(), requested.to_string())
}

/// Appends JSON lines to a file, syncing each.
#[derive(Debug)]
struct Appender {
    file: File,
}

impl Appender {
    fn open(path: &Path) -> std::io::Result<Appender> {
        let mut file = OpenOptions::new()
            .create(true)
            .append(true)
            .read(true)
            .open(path)?;
        // A process killed mid-write may have left a torn last line: end it, so that the next
        // record starts on a line of its own.
        let len = file.metadata()?.len();
        if len > 0 {
            use std::io::{Seek, SeekFrom};
            let mut last = [0u8; 1];
            file.seek(SeekFrom::Start(len - 1))?;
            file.read_exact(&mut last)?;
            if last[0] != b'\n' {
                file.write_all(b"\n")?;
            }
        }
        Ok(Appender { file })
    }

    fn append<T: Serialize>(&mut self, record: &T) -> std::io::Result<()> {
        let line = serde_json::to_vec(record).map_err(std::io::Error::other)?;
        self.append_line(&line)
    }

    /// Writes `line` and a newline with one `write`, and syncs.
    fn append_line(&mut self, line: &[u8]) -> std::io::Result<()> {
        let mut bytes = Vec::with_capacity(line.len() + 1);
        bytes.extend_from_slice(line);
        bytes.push(b'\n');
        self.file.write_all(&bytes)?;
        self.file.sync_data()
    }
}

/// Where a person was looked for, and what was found: a journal line of its own, so that a
/// resumed run does not search again.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Resolution {
    /// The person's email.
    pub email: String,
    /// Where: `tenant:<id>` or `account:<id>`.
    pub scope: String,
    /// What each account's search found.
    pub found: Vec<AccountFind>,
    /// When (RFC 3339).
    pub at: String,
}

/// The journal line of a [`Resolution`].
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ResolutionLine {
    resolution: Resolution,
}

fn resolution_key(email: &str, scope: &str) -> String {
    format!("{} {scope}", email.trim().to_lowercase())
}

/// The journal of a run: which targets finished, so that a re-run skips them, and where each
/// person was found.
#[derive(Debug)]
pub struct Journal {
    /// `None` for a journal opened read-only.
    appender: Option<Appender>,
    path: PathBuf,
    /// Finished targets, with the integration and operation they ran with.
    done: HashMap<Key, (Option<String>, Option<String>)>,
    /// Resolutions of email targets, by email and scope.
    resolutions: HashMap<String, Resolution>,
    torn_lines: usize,
}

impl Journal {
    /// Reads a journal without creating or changing it (a missing file records nothing): for
    /// a dry run of a resumed run.
    pub fn read(path: &Path) -> std::io::Result<Journal> {
        Journal::load(path, false)
    }

    /// Opens (or creates) a journal for appending, and reads what it records.
    pub fn open(path: &Path) -> std::io::Result<Journal> {
        Journal::load(path, true)
    }

    fn load(path: &Path, append: bool) -> std::io::Result<Journal> {
        let mut done = HashMap::new();
        let mut resolutions = HashMap::new();
        let mut torn_lines = 0;
        if path.exists() {
            for line in BufReader::new(File::open(path)?).lines() {
                let line = line?;
                if line.trim().is_empty() {
                    continue;
                }
                match serde_json::from_str::<TargetResult>(&line) {
                    Ok(r) if r.outcome.is_done() => {
                        done.insert(
                            key(&r.integrated_account_id, &r.user_id, &r.requested),
                            (r.integration, r.operation),
                        );
                    }
                    Ok(_) => {}
                    Err(_) => match serde_json::from_str::<ResolutionLine>(&line) {
                        Ok(ResolutionLine { resolution: r }) => {
                            resolutions.insert(resolution_key(&r.email, &r.scope), r);
                        }
                        Err(_) => torn_lines += 1,
                    },
                }
            }
        }
        Ok(Journal {
            appender: if append {
                Some(Appender::open(path)?)
            } else {
                None
            },
            path: path.to_path_buf(),
            done,
            resolutions,
            torn_lines,
        })
    }

    /// The journal's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// How many finished targets it records.
    pub fn finished(&self) -> usize {
        self.done.len()
    }

    /// Lines that could not be read (a line torn by a killed process).
    pub fn torn_lines(&self) -> usize {
        self.torn_lines
    }

    /// The integration and operation a finished target ran with.
    pub(crate) fn finished_with(&self, key: &Key) -> Option<&(Option<String>, Option<String>)> {
        self.done.get(key)
    }

    /// Where a previous run found `email` in `scope`, if it recorded it.
    pub fn resolution(&self, email: &str, scope: &str) -> Option<&Resolution> {
        self.resolutions.get(&resolution_key(email, scope))
    }

    /// Records where a person was found (a read-only journal records nothing).
    pub(crate) fn record_resolution(&mut self, resolution: &Resolution) -> std::io::Result<()> {
        let Some(appender) = &mut self.appender else {
            return Ok(());
        };
        appender.append(&ResolutionLine {
            resolution: resolution.clone(),
        })?;
        self.resolutions.insert(
            resolution_key(&resolution.email, &resolution.scope),
            resolution.clone(),
        );
        Ok(())
    }

    /// Records a finished target (outcomes other than `skipped` and `interrupted`, which sent
    /// nothing).
    pub(crate) fn record(&mut self, result: &TargetResult) -> std::io::Result<()> {
        if matches!(result.outcome, Outcome::Skipped | Outcome::Interrupted) {
            return Ok(());
        }
        let Some(appender) = &mut self.appender else {
            return Err(std::io::Error::other("the journal was opened read-only"));
        };
        appender.append(result)?;
        if result.outcome.is_done() {
            self.done.insert(
                key(
                    &result.integrated_account_id,
                    &result.user_id,
                    &result.requested,
                ),
                (result.integration.clone(), result.operation.clone()),
            );
        }
        Ok(())
    }
}

/// One record of the audit log: one mutating call and its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditRecord {
    /// When the call finished (RFC 3339).
    pub at: String,
    /// The integrated account.
    pub integrated_account_id: String,
    /// The integration's display name.
    pub integration: Option<String>,
    /// The integration name the API gave when this spec does not know it (absent otherwise).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unknown_integration: Option<String>,
    /// The user.
    pub user_id: String,
    /// The operation.
    pub operation: String,
    /// The endpoint's dotted name.
    pub endpoint: String,
    /// The HTTP method.
    pub method: String,
    /// How it ended.
    pub outcome: Outcome,
    /// The HTTP status, when the API answered.
    pub http_status: Option<u16>,
    /// The request id the API returned, if any.
    pub request_id: Option<String>,
    /// SHA-256 (hex) of the response body as received, when there was one.
    pub response_sha256: Option<String>,
    /// Attempts made.
    pub attempts: u32,
    /// The read that checked the call's effect (`--verify`; absent otherwise, and in audit
    /// logs written before verification existed).
    #[serde(flatten)]
    pub verification: AuditVerification,
}

/// The evidence of a verification read in an [`AuditRecord`]: every field is absent when the
/// call was not verified.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AuditVerification {
    /// Whether the read saw the promised effect.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify_outcome: Option<VerifyOutcome>,
    /// The user's status the last read saw.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify_observed_status: Option<String>,
    /// The HTTP status of the last read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify_http_status: Option<u16>,
    /// The request id of the last read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify_request_id: Option<String>,
    /// SHA-256 (hex) of the last read's response body as received.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify_response_sha256: Option<String>,
}

impl From<Option<&Verification>> for AuditVerification {
    fn from(v: Option<&Verification>) -> AuditVerification {
        let Some(v) = v else {
            return AuditVerification::default();
        };
        AuditVerification {
            verify_outcome: Some(v.outcome),
            verify_observed_status: v.observed_status.clone(),
            verify_http_status: v.status,
            verify_request_id: v.request_id.clone(),
            verify_response_sha256: v.response_sha256.clone(),
        }
    }
}

/// The first record of every run in the audit log: the plan the run carried out. Its
/// `prev_sha256` links it to the previous run's last record (`null` in a new log).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditAnchor {
    /// SHA-256 (hex) of the plan ([`RunOptions::plan_sha256`](super::RunOptions)).
    pub plan_sha256: String,
    /// When the run started (RFC 3339).
    pub started_at: String,
    /// The tool and its version.
    pub tool: String,
}

/// One line of the audit log: a record and the SHA-256 of the line before it.
#[derive(Serialize)]
struct Chained<'a, T> {
    prev_sha256: Option<&'a str>,
    #[serde(flatten)]
    record: &'a T,
}

#[derive(Serialize)]
struct AnchorLine<'a> {
    anchor: &'a AuditAnchor,
}

/// The audit log: a hash chain of one [`AuditRecord`] per mutating call, each run's records
/// after an [`AuditAnchor`]. Each line carries `prev_sha256`, the SHA-256 of the line before it
/// (its bytes without the newline), so altering, removing or reordering a record breaks the
/// chain at the next one ([`verify_audit`]); the last line's SHA-256, the head, is given to
/// the operator (and the report) to vouch for the end.
#[derive(Debug)]
pub(crate) struct Audit {
    appender: Appender,
    /// SHA-256 of the last line.
    head: Option<String>,
}

impl Audit {
    /// Opens (or creates) the log, continues its chain, and appends the run's anchor.
    pub(crate) fn open(path: &Path, anchor: &AuditAnchor) -> std::io::Result<Audit> {
        let appender = Appender::open(path)?;
        let mut head = None;
        let mut reader = BufReader::new(File::open(path)?);
        let mut line = Vec::new();
        loop {
            line.clear();
            // Lines are short; a line longer than a record can be is hashed as read (in parts
            // that a verifier rejects), without holding it whole.
            let n = (&mut reader)
                .take(MAX_AUDIT_LINE as u64 + 1)
                .read_until(b'\n', &mut line)?;
            if n == 0 {
                break;
            }
            let text = line.strip_suffix(b"\n").unwrap_or(&line);
            if !text.is_empty() {
                head = Some(sha256_hex(text));
            }
        }
        let mut audit = Audit { appender, head };
        audit.append(&AnchorLine { anchor })?;
        Ok(audit)
    }

    fn append<T: Serialize>(&mut self, record: &T) -> std::io::Result<()> {
        let line = serde_json::to_vec(&Chained {
            prev_sha256: self.head.as_deref(),
            record,
        })
        .map_err(std::io::Error::other)?;
        self.appender.append_line(&line)?;
        self.head = Some(sha256_hex(&line));
        Ok(())
    }

    pub(crate) fn record(&mut self, record: &AuditRecord) -> std::io::Result<()> {
        self.append(record)
    }

    /// SHA-256 of the last line.
    pub(crate) fn head(&self) -> Option<&str> {
        self.head.as_deref()
    }
}

/// The longest line an audit log may hold.
const MAX_AUDIT_LINE: usize = 1 << 20;

/// An audit log whose chain holds: what it records, and its head.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditChain {
    /// Records of calls.
    pub records: usize,
    /// Runs (anchors).
    pub runs: usize,
    /// SHA-256 of the last line.
    pub head: String,
}

/// Where an audit log's chain breaks: the first record that does not hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditBreak {
    /// The line (from 1; 0 for an empty log).
    pub line: usize,
    /// What is wrong there, and what it means.
    pub message: String,
}

impl fmt::Display for AuditBreak {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for AuditBreak {}

/// Checks an audit log's hash chain: the first line is a run's anchor, and every other line
/// names the SHA-256 of the line before it. With `head` (the SHA-256 the run printed), the
/// last line must be that one, so that removing records from the end, or altering the last,
/// shows too. Stops at the first line that does not hold.
pub fn verify_audit(reader: impl BufRead, head: Option<&str>) -> Result<AuditChain, AuditBreak> {
    let mut reader = reader;
    let mut chain = AuditChain {
        records: 0,
        runs: 0,
        head: String::new(),
    };
    let mut prev: Option<String> = None;
    let mut line = Vec::new();
    let mut number = 0;
    loop {
        line.clear();
        let read = (&mut reader)
            .take(MAX_AUDIT_LINE as u64 + 1)
            .read_until(b'\n', &mut line)
            .map_err(|e| AuditBreak {
                line: number + 1,
                message: format!("cannot be read: {e}"),
            })?;
        if read == 0 {
            break;
        }
        number += 1;
        let broken = |message: String| AuditBreak {
            line: number,
            message,
        };
        if line.len() > MAX_AUDIT_LINE {
            return Err(broken(format!(
                "longer than {MAX_AUDIT_LINE} bytes: not a record"
            )));
        }
        let text = line.strip_suffix(b"\n").unwrap_or(&line);
        let value: serde_json::Value = serde_json::from_slice(text).map_err(|_| {
            broken("not a JSON record: altered, or torn by a crash while it was written".into())
        })?;
        let named = match value.get("prev_sha256") {
            Some(serde_json::Value::String(s)) => Some(s.as_str()),
            Some(serde_json::Value::Null) => None,
            _ => {
                return Err(broken(
                    "no prev_sha256: not a record of a chained audit log, or altered".into(),
                ));
            }
        };
        let is_anchor = value.get("anchor").is_some();
        match (&prev, named) {
            (None, None) if is_anchor => {}
            (None, _) => {
                return Err(broken(
                    "the log does not start with a run's anchor (the record naming the plan): records were removed from its start, or it is not an audit log".into(),
                ));
            }
            (Some(p), Some(n)) if p == n => {}
            (Some(p), n) => {
                return Err(broken(format!(
                    "does not follow line {}: that line was altered, or records were removed or reordered between them (prev_sha256 is {}, line {} hashes to {p})",
                    number - 1,
                    n.unwrap_or("null"),
                    number - 1
                )));
            }
        }
        if is_anchor {
            chain.runs += 1;
        } else {
            chain.records += 1;
        }
        prev = Some(sha256_hex(text));
    }
    let Some(last) = prev else {
        return Err(AuditBreak {
            line: 0,
            message: "the audit log is empty".into(),
        });
    };
    if let Some(head) = head
        && !head.trim().eq_ignore_ascii_case(&last)
    {
        return Err(AuditBreak {
            line: number,
            message: format!(
                "the last line hashes to {last}, not to the head given ({}): records were removed from the end, or the last was altered",
                head.trim()
            ),
        });
    }
    chain.head = last;
    Ok(chain)
}

/// The evidence an answer leaves: the request id the API gave it, and the SHA-256 of its body
/// as received (an error's too).
pub(crate) fn evidence<T>(answer: &Result<Response<T>, Error>) -> (Option<String>, Option<String>) {
    match answer {
        Ok(response) => (
            response.request_id().map(str::to_string),
            response.raw.as_deref().map(sha256_hex),
        ),
        Err(Error::Api(a) | Error::RateLimited { error: a, .. }) => (
            crate::request_id(&a.headers).map(str::to_string),
            Some(sha256_hex(&a.body)),
        ),
        Err(_) => (None, None),
    }
}

/// SHA-256 of `bytes`, as lowercase hex.
pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result(user: &str, outcome: Outcome) -> TargetResult {
        TargetResult {
            target: 0,
            integrated_account_id: "a".into(),
            integration: None,
            unknown_integration: None,
            user_id: user.into(),
            operation: Some("delete".into()),
            requested: "auto".into(),
            outcome,
            status: Some(200),
            attempts: 1,
            error: None,
            problems: Vec::new(),
            email: None,
            request_id: None,
            response_sha256: None,
            verification: None,
            started_at: String::new(),
            finished_at: String::new(),
        }
    }

    #[test]
    fn a_torn_line_is_ignored_and_the_next_record_starts_on_its_own_line() {
        let path = std::env::temp_dir().join(format!("journal-torn-{}", std::process::id()));
        let done = serde_json::to_string(&result("u1", Outcome::Succeeded)).unwrap();
        let failed = serde_json::to_string(&result("u3", Outcome::Failed)).unwrap();
        std::fs::write(&path, format!("{done}\n{failed}\n{{\"target\":0,\"integr")).unwrap();
        let mut journal = Journal::open(&path).unwrap();
        assert_eq!((journal.finished(), journal.torn_lines()), (1, 1));
        assert!(journal.finished_with(&key("a", "u1", "auto")).is_some());
        assert!(
            journal.finished_with(&key("a", "u3", "auto")).is_none(),
            "failed targets run again"
        );
        journal.record(&result("u2", Outcome::AlreadyDone)).unwrap();
        journal.record(&result("u4", Outcome::Skipped)).unwrap();
        drop(journal);
        let journal = Journal::open(&path).unwrap();
        assert_eq!((journal.finished(), journal.torn_lines()), (2, 1));
        assert_eq!(
            journal.finished_with(&key("a", "u2", "auto")),
            Some(&(None, Some("delete".to_string())))
        );
        assert_eq!(std::fs::read_to_string(&path).unwrap().lines().count(), 4);
        let _ = std::fs::remove_file(&path);
    }

    fn anchor(plan: &str) -> AuditAnchor {
        AuditAnchor {
            plan_sha256: sha256_hex(plan.as_bytes()),
            started_at: "2026-12-01T00:00:00Z".into(),
            tool: "test".into(),
        }
    }

    fn audit_record(user: &str) -> AuditRecord {
        AuditRecord {
            at: "2026-12-01T00:00:01Z".into(),
            integrated_account_id: "a".into(),
            integration: Some("Okta".into()),
            unknown_integration: None,
            user_id: user.into(),
            operation: "suspend".into(),
            endpoint: "users.suspend".into(),
            method: "POST".into(),
            outcome: Outcome::Succeeded,
            http_status: Some(200),
            request_id: None,
            response_sha256: None,
            attempts: 1,
            verification: AuditVerification::default(),
        }
    }

    /// An audit log of two runs (three records, then two): its lines and its head.
    fn two_runs(name: &str) -> (Vec<String>, String) {
        let path = std::env::temp_dir().join(format!("audit-{name}-{}", std::process::id()));
        let _ = std::fs::remove_file(&path);
        let mut audit = Audit::open(&path, &anchor("plan one")).unwrap();
        for u in ["u1", "u2", "u3"] {
            audit.record(&audit_record(u)).unwrap();
        }
        drop(audit);
        let mut audit = Audit::open(&path, &anchor("plan two")).unwrap();
        for u in ["u4", "u5"] {
            audit.record(&audit_record(u)).unwrap();
        }
        let head = audit.head().unwrap().to_string();
        drop(audit);
        let text = std::fs::read_to_string(&path).unwrap();
        let _ = std::fs::remove_file(&path);
        (text.lines().map(str::to_string).collect(), head)
    }

    fn check(lines: &[String], head: Option<&str>) -> Result<AuditChain, AuditBreak> {
        let mut text = lines.join("\n");
        text.push('\n');
        verify_audit(text.as_bytes(), head)
    }

    #[test]
    fn an_intact_audit_log_verifies_across_runs() {
        let (lines, head) = two_runs("intact");
        assert_eq!(lines.len(), 7, "{lines:#?}");
        assert!(
            lines[0].contains(&sha256_hex(b"plan one")),
            "the anchor names the plan"
        );
        assert!(lines[0].contains("\"prev_sha256\":null"));
        let chain = check(&lines, Some(&head)).unwrap();
        assert_eq!((chain.records, chain.runs, chain.head), (5, 2, head));
    }

    #[test]
    fn an_altered_removed_or_reordered_record_breaks_the_chain_where_it_is() {
        let (lines, head) = two_runs("tampered");
        // Altered: the outcome of the second record.
        let mut altered = lines.clone();
        altered[2] = altered[2].replace("succeeded", "failed");
        assert_ne!(altered, lines);
        assert_eq!(check(&altered, None).unwrap_err().line, 4);
        // Removed: the third record.
        let mut removed = lines.clone();
        removed.remove(3);
        assert_eq!(check(&removed, None).unwrap_err().line, 4);
        // Reordered: two records swapped.
        let mut reordered = lines.clone();
        reordered.swap(1, 2);
        assert_eq!(check(&reordered, None).unwrap_err().line, 2);
        // The first run's anchor removed.
        let err = check(&lines[1..], None).unwrap_err();
        assert_eq!(err.line, 1);
        assert!(err.message.contains("anchor"), "{err}");
        // Not JSON (a torn line).
        let mut torn = lines.clone();
        torn[4].truncate(20);
        let err = check(&torn, None).unwrap_err();
        assert_eq!(err.line, 5);
        assert!(err.message.contains("torn"), "{err}");
        // The end: only the head shows a removed last record, or an altered one.
        let shortened = &lines[..lines.len() - 1];
        assert!(check(shortened, None).is_ok());
        let err = check(shortened, Some(&head)).unwrap_err();
        assert_eq!(err.line, 6);
        assert!(err.message.contains("removed from the end"), "{err}");
        let mut last = lines.clone();
        last[6] = last[6].replace("u5", "u6");
        assert_eq!(check(&last, Some(&head)).unwrap_err().line, 7);
        // Empty.
        assert_eq!(verify_audit(&b""[..], None).unwrap_err().line, 0);
    }

    #[test]
    fn sha256_is_the_standard_digest() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
