//! The audit log: a hash chain of one record per mutating call, each run's records after an
//! anchor naming its plan, and the check of that chain ([`verify_audit`]).

use std::fmt;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::append::{Appender, FileKind, read_line, sha256_hex};
use super::{Outcome, Verification, VerifyOutcome};
use crate::{Error, Response};

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
    /// Answers that were lost, each followed by a read of the user (absent when none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lost_answers: Option<u32>,
    /// How a change whose answer was lost was confirmed (absent otherwise).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmed_by: Option<super::Confirmation>,
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

/// The audit line that marks the line before it as torn by a crash.
#[derive(Serialize)]
struct TornLine {
    torn: TornRecord,
}

#[derive(Serialize)]
struct TornRecord {
    /// The torn line (from 1).
    line: usize,
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
        let appender = Appender::open(path, FileKind::AuditLog)?;
        let mut head = None;
        let mut reader = BufReader::new(File::open(path)?);
        let mut line = Vec::new();
        let (mut number, mut last_torn) = (0, false);
        loop {
            // Lines are short; a line longer than a record can be is hashed as read (in parts
            // that a verifier rejects), without holding it whole.
            let n = read_line(&mut reader, &mut line, MAX_AUDIT_LINE)?;
            if n == 0 {
                break;
            }
            number += 1;
            let text = line.strip_suffix(b"\n").unwrap_or(&line);
            if !text.is_empty() {
                head = Some(sha256_hex(text));
                last_torn = serde_json::from_slice::<serde::de::IgnoredAny>(text).is_err();
            }
        }
        let mut audit = Audit { appender, head };
        // A crash tore the last record while it was written: say so in the chain, so that a
        // verifier tells it from tampering (`verify_audit` accepts a torn line only when the
        // next one is this marker, naming it and chained to it).
        if last_torn {
            audit.append(&TornLine {
                torn: TornRecord { line: number },
            })?;
        }
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
    /// Records torn by a crash while they were written, each marked by the next run.
    pub torn: usize,
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
    let mut check = ChainCheck {
        chain: AuditChain {
            records: 0,
            runs: 0,
            torn: 0,
            head: String::new(),
        },
        prev: None,
        number: 0,
        unread: None,
    };
    let mut line = Vec::new();
    loop {
        let read = read_line(&mut reader, &mut line, MAX_AUDIT_LINE).map_err(|e| AuditBreak {
            line: check.number + 1,
            message: format!("cannot be read: {e}"),
        })?;
        if read == 0 {
            break;
        }
        check.line(&line)?;
    }
    check.end(head)
}

/// Why a line that is not JSON breaks the chain, when the next one does not mark it torn.
const NOT_MARKED_TORN: &str = "not a JSON record: altered, or torn by a crash while it was written (and not marked torn by the next run)";

/// [`verify_audit`] as it reads: what the lines so far hold.
struct ChainCheck {
    chain: AuditChain,
    /// SHA-256 of the line before.
    prev: Option<String>,
    /// The line read last (from 1).
    number: usize,
    /// A line that is not JSON: torn by a crash if the next line marks it so.
    unread: Option<usize>,
}

impl ChainCheck {
    /// Checks the next line (with its newline, if any).
    fn line(&mut self, line: &[u8]) -> Result<(), AuditBreak> {
        self.number += 1;
        if line.len() > MAX_AUDIT_LINE {
            return Err(self.broken(format!("longer than {MAX_AUDIT_LINE} bytes: not a record")));
        }
        let text = line.strip_suffix(b"\n").unwrap_or(line);
        let Ok(value) = serde_json::from_slice::<serde_json::Value>(text) else {
            if let Some(at) = self.unread {
                return Err(AuditBreak {
                    line: at,
                    message: NOT_MARKED_TORN.into(),
                });
            }
            if self.prev.is_none() {
                return Err(self.broken("not a JSON record: not an audit log, or altered".into()));
            }
            self.unread = Some(self.number);
            self.prev = Some(sha256_hex(text));
            return Ok(());
        };
        if let Some(at) = self.unread.take() {
            if value["torn"]["line"].as_u64() != Some(at as u64) {
                return Err(AuditBreak {
                    line: at,
                    message: NOT_MARKED_TORN.into(),
                });
            }
            self.chain.torn += 1;
        }
        self.follows(&value)?;
        if value.get("anchor").is_some() {
            self.chain.runs += 1;
        } else if value.get("torn").is_none() {
            self.chain.records += 1;
        }
        self.prev = Some(sha256_hex(text));
        Ok(())
    }

    /// Whether the record `value` names the line before it (or, first, is a run's anchor).
    fn follows(&self, value: &serde_json::Value) -> Result<(), AuditBreak> {
        let named = match value.get("prev_sha256") {
            Some(serde_json::Value::String(s)) => Some(s.as_str()),
            Some(serde_json::Value::Null) => None,
            _ => {
                return Err(self.broken(
                    "no prev_sha256: not a record of a chained audit log, or altered".into(),
                ));
            }
        };
        let number = self.number;
        match (&self.prev, named) {
            (None, None) if value.get("anchor").is_some() => Ok(()),
            (None, _) => Err(self.broken(
                "the log does not start with a run's anchor (the record naming the plan): records were removed from its start, or it is not an audit log".into(),
            )),
            (Some(p), Some(n)) if p == n => Ok(()),
            (Some(p), n) => Err(self.broken(format!(
                "does not follow line {}: that line was altered, or records were removed or reordered between them (prev_sha256 is {}, line {} hashes to {p})",
                number - 1,
                n.unwrap_or("null"),
                number - 1
            ))),
        }
    }

    /// The break at the line read last.
    fn broken(&self, message: String) -> AuditBreak {
        AuditBreak {
            line: self.number,
            message,
        }
    }

    /// The chain once every line is read: its last line must not be torn, and must hash to
    /// `head` when one is given.
    fn end(mut self, head: Option<&str>) -> Result<AuditChain, AuditBreak> {
        if let Some(at) = self.unread {
            return Err(AuditBreak {
                line: at,
                message: "not a JSON record: torn by a crash while it was written (the next run marks it), or altered".into(),
            });
        }
        let Some(last) = self.prev.take() else {
            return Err(AuditBreak {
                line: 0,
                message: "the audit log is empty".into(),
            });
        };
        if let Some(head) = head
            && !head.trim().eq_ignore_ascii_case(&last)
        {
            return Err(self.broken(format!(
                "the last line hashes to {last}, not to the head given ({}): records were removed from the end, or the last was altered",
                head.trim()
            )));
        }
        self.chain.head = last;
        Ok(self.chain)
    }
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

#[cfg(test)]
mod tests {
    use super::*;

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
            lost_answers: None,
            confirmed_by: None,
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
    fn a_record_torn_by_a_crash_is_marked_by_the_next_run_and_the_chain_holds() {
        let path = std::env::temp_dir().join(format!("audit-torn-{}", std::process::id()));
        let _ = std::fs::remove_file(&path);
        let mut audit = Audit::open(&path, &anchor("plan one")).unwrap();
        audit.record(&audit_record("u1")).unwrap();
        drop(audit);
        // A crash while the next record was written.
        let mut text = std::fs::read_to_string(&path).unwrap();
        text.push_str("{\"prev_sha256\":\"ab\",\"at\":\"2026");
        std::fs::write(&path, &text).unwrap();
        let mut audit = Audit::open(&path, &anchor("plan two")).unwrap();
        audit.record(&audit_record("u2")).unwrap();
        let head = audit.head().unwrap().to_string();
        drop(audit);
        let text = std::fs::read_to_string(&path).unwrap();
        let chain = verify_audit(text.as_bytes(), Some(&head)).unwrap();
        assert_eq!((chain.records, chain.runs, chain.torn), (2, 2, 1));
        // The torn line without its marker does not pass.
        let lines: Vec<&str> = text.lines().collect();
        let unmarked = [&lines[..3], &lines[4..]].concat().join("\n");
        assert_eq!(verify_audit(unmarked.as_bytes(), None).unwrap_err().line, 3);
        let _ = std::fs::remove_file(&path);
    }
}
