//! Append-only files: the journal that makes runs resumable, and the audit log.
//!
//! Each record is one JSON line written with a single `write` and synced to disk before the
//! run moves on, so a killed process loses at most the line it was writing; a torn last line
//! is ignored when the file is read back.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Write};
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
            use std::io::{Read, Seek, SeekFrom};
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
        let mut line = serde_json::to_vec(record).map_err(std::io::Error::other)?;
        line.push(b'\n');
        self.file.write_all(&line)?;
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

    /// Records a finished target (outcomes other than `skipped`).
    pub(crate) fn record(&mut self, result: &TargetResult) -> std::io::Result<()> {
        if result.outcome == Outcome::Skipped {
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

/// The audit log: appends one [`AuditRecord`] per mutating call.
#[derive(Debug)]
pub(crate) struct Audit(Appender);

impl Audit {
    pub(crate) fn open(path: &Path) -> std::io::Result<Audit> {
        Appender::open(path).map(Audit)
    }

    pub(crate) fn record(&mut self, record: &AuditRecord) -> std::io::Result<()> {
        self.0.append(record)
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

    #[test]
    fn sha256_is_the_standard_digest() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
