//! Append-only files: the journal that makes runs resumable, and the audit log.
//!
//! Each record is one JSON line written with a single `write` and synced to disk before the
//! run moves on, so a killed process loses at most the line it was writing. Journal lines
//! carry a checksum; a line that fails it (torn, or altered) is reported by position and never
//! trusted. Both files are locked while a run appends to them.

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

/// Who a doubt is about: the account (lower case) and the user, whatever the operation.
fn person(account: &str, user: &str) -> (String, String) {
    (crate::ids::account_key(account), user.to_string())
}

/// The key of a target. Integrated account ids are UUIDs, the same in any case: the account
/// is compared in lower case (user ids are compared as written).
pub(crate) fn key(account: &str, user: &str, requested: &str) -> Key {
    let (account, user) = person(account, user);
    (account, user, requested.to_string())
}

/// Why a file the run was given is not used: it is not the run's to write (another kind of
/// file, one another run holds, one of another API). Nothing was written to it.
#[derive(Debug)]
struct Refusal(String);

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Refusal {}

/// An error saying the file is refused ([`is_refusal`]).
fn refusal(kind: std::io::ErrorKind, message: String) -> std::io::Error {
    std::io::Error::new(kind, Refusal(message))
}

/// Whether `error` says a journal or audit log was refused before anything was written to it
/// (another kind of file, held by another run, written against another API), as opposed to
/// failing to be read or written.
pub fn is_refusal(error: &std::io::Error) -> bool {
    error.get_ref().is_some_and(|e| e.is::<Refusal>())
}

/// The files a run appends to, each known by how its first line starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FileKind {
    Journal,
    AuditLog,
}

impl FileKind {
    fn name(self) -> &'static str {
        match self {
            FileKind::Journal => "a journal",
            FileKind::AuditLog => "an audit log",
        }
    }

    /// How the first line of every file of this kind starts.
    fn signature(self) -> &'static [u8] {
        match self {
            FileKind::Journal => CHECK_PREFIX.as_bytes(),
            FileKind::AuditLog => AUDIT_SIGNATURE.as_bytes(),
        }
    }

    /// Refuses `path` unless it is missing, or a regular file of this kind: its first line
    /// starts as every file of this kind does. An existing file that is empty, another kind
    /// of file, or no regular file is refused. Nothing is written, and at most the
    /// signature's length is read.
    fn check(self, path: &Path, file: Option<&mut File>) -> std::io::Result<()> {
        let metadata = match &file {
            Some(f) => f.metadata()?,
            None => match std::fs::metadata(path) {
                Ok(m) => m,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
                Err(e) => return Err(e),
            },
        };
        let (shown, name) = (path.display(), self.name());
        let refused = |message: String| Err(refusal(std::io::ErrorKind::InvalidInput, message));
        if !metadata.is_file() {
            return refused(format!(
                "{shown} is not a regular file (a device, a pipe or a directory): give {name} a file of its own"
            ));
        }
        if let Some(max) = self.max_bytes()
            && metadata.len() > max
        {
            return refused(format!(
                "{shown} holds {} bytes, more than {name} can ({max}): start a new one",
                metadata.len()
            ));
        }
        let signature = self.signature();
        let mut start = Vec::with_capacity(signature.len());
        let mut reader = match file {
            Some(f) => {
                use std::io::{Seek, SeekFrom};
                f.seek(SeekFrom::Start(0))?;
                f.try_clone()?
            }
            None => File::open(path)?,
        };
        (&mut reader)
            .take(signature.len() as u64)
            .read_to_end(&mut start)?;
        if start.starts_with(signature) {
            return Ok(());
        }
        let what = if start.is_empty() {
            "exists and is empty, so it cannot be told to be"
        } else {
            "is not"
        };
        refused(format!(
            "{shown} {what} {name} (its first line is not one): it was left as it is; give a path that does not exist yet (the run creates it), or {name} written by this tool"
        ))
    }

    /// The largest file of this kind read (`None`: read whatever its size, a line at a time).
    fn max_bytes(self) -> Option<u64> {
        match self {
            FileKind::Journal => Some(MAX_JOURNAL_BYTES),
            // Evidence across years of runs: read as a stream, never held.
            FileKind::AuditLog => None,
        }
    }
}

/// The largest journal read: its finished targets and searches are held in memory.
pub const MAX_JOURNAL_BYTES: u64 = 256 << 20;

/// How an audit log's first line starts: the first run's anchor, chained to nothing.
const AUDIT_SIGNATURE: &str = "{\"prev_sha256\":null,\"anchor\":";

/// Appends JSON lines to a file, syncing each, holding an exclusive lock on it.
#[derive(Debug)]
struct Appender {
    file: File,
}

impl Appender {
    /// Opens `path` for appending, refusing it unless it is new, or a file of `kind`
    /// ([`FileKind::check`]: checked before and after it is opened, before anything is
    /// written).
    fn open(path: &Path, kind: FileKind) -> std::io::Result<Appender> {
        // A new file is the run's own; an existing one only when it is of `kind`.
        let created = OpenOptions::new()
            .create_new(true)
            .append(true)
            .read(true)
            .open(path);
        let (mut file, new) = match created {
            Ok(file) => (file, true),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                kind.check(path, None)?;
                let file = OpenOptions::new().append(true).read(true).open(path)?;
                (file, false)
            }
            Err(e) => return Err(e),
        };
        // One run at a time: a second run on the same file would send everything again.
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(refusal(
                    std::io::ErrorKind::WouldBlock,
                    "another run is using this file (it holds its lock): wait for it to end, or give this run files of its own".into(),
                ));
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(e),
        }
        // Again, now that it is open and locked: it is the file that will be written.
        if !new {
            kind.check(path, Some(&mut file))?;
        }
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

    fn is_empty(&self) -> std::io::Result<bool> {
        Ok(self.file.metadata()?.len() == 0)
    }

    /// Writes `line` and a newline with one `write`, and syncs.
    fn append_line(&mut self, line: &[u8]) -> std::io::Result<()> {
        let mut bytes = Vec::with_capacity(line.len() + 1);
        bytes.extend_from_slice(line);
        bytes.push(b'\n');
        self.file
            .write_all(&bytes)
            .and_then(|()| self.file.sync_data())
            .map_err(|e| std::io::Error::new(e.kind(), WriteFailure(e)))
    }
}

/// A write or sync of a journal or audit log that failed ([`is_write_failure`]).
#[derive(Debug)]
struct WriteFailure(std::io::Error);

impl fmt::Display for WriteFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot write: {}", self.0)
    }
}

impl std::error::Error for WriteFailure {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.0)
    }
}

/// Whether `error` is a failed write or sync of a journal or audit log (a full disk, a file
/// size limit), as opposed to a file refused before anything was written.
pub fn is_write_failure(error: &std::io::Error) -> bool {
    error.get_ref().is_some_and(|e| e.is::<WriteFailure>())
}

/// Reads the next line into `buf` (cleared first), at most `max` bytes and one more (so that a
/// longer line shows): how many bytes were read, 0 at the end.
fn read_line(reader: &mut impl BufRead, buf: &mut Vec<u8>, max: usize) -> std::io::Result<usize> {
    buf.clear();
    reader.take(max as u64 + 1).read_until(b'\n', buf)
}

/// The start of every journal line: the checksum of the rest.
const CHECK_PREFIX: &str = "{\"check\":\"";
/// Hex digits of the checksum (the start of the SHA-256 of the line without it).
const CHECK_LEN: usize = 16;

/// `record` as a journal line: its JSON object with a first field `check`, the start of the
/// SHA-256 of the object without it.
fn checked_line<T: Serialize>(record: &T) -> std::io::Result<Vec<u8>> {
    let json = serde_json::to_vec(record).map_err(std::io::Error::other)?;
    let Some(rest) = json.strip_prefix(b"{") else {
        return Err(std::io::Error::other(
            "a journal record must be a JSON object",
        ));
    };
    let check = sha256_hex(&json);
    let mut line = Vec::with_capacity(json.len() + CHECK_PREFIX.len() + CHECK_LEN + 2);
    line.extend_from_slice(CHECK_PREFIX.as_bytes());
    line.extend_from_slice(&check.as_bytes()[..CHECK_LEN]);
    line.push(b'"');
    if rest != b"}" {
        line.push(b',');
    }
    line.extend_from_slice(rest);
    Ok(line)
}

/// The JSON of a journal line whose checksum holds, or why it does not.
fn checked_json(line: &str) -> Result<String, &'static str> {
    let Some(rest) = line.strip_prefix(CHECK_PREFIX) else {
        return Err("no checksum: not written by this version, or altered");
    };
    let (Some(check), Some(rest)) = (rest.get(..CHECK_LEN), rest.get(CHECK_LEN..)) else {
        return Err("torn (a crash while it was written) or altered");
    };
    let json = match rest {
        "\"}" => "{}".to_string(),
        _ => match rest.strip_prefix("\",") {
            Some(body) => format!("{{{body}"),
            None => return Err("torn (a crash while it was written) or altered"),
        },
    };
    if sha256_hex(json.as_bytes())[..CHECK_LEN] != *check {
        return Err("its checksum does not match: torn (a crash while it was written) or altered");
    }
    Ok(json)
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
    /// Found by a search that proves what it uses (the account's tenant, the user's id):
    /// a resolution without it, of an older version of this tool, is not reused — the person
    /// is searched again.
    #[serde(default)]
    pub proved: bool,
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

/// A journal's first line: which API its targets were sent to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalHeader {
    /// The base URL of the API the run sent to.
    pub base_url: String,
    /// When the journal was created (RFC 3339).
    pub created_at: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct HeaderLine {
    journal: JournalHeader,
}

/// A call about to be sent, journaled before it is: until its result is journaled too, the
/// target is in doubt (it may have been applied).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sending {
    /// The integrated account.
    pub integrated_account_id: String,
    /// The user.
    pub user_id: String,
    /// The operation the plan asked for (`auto` or a name).
    pub requested: String,
    /// The operation sent.
    pub operation: String,
    /// Whether the endpoint may be called again safely.
    pub idempotent: bool,
    /// When (RFC 3339).
    pub at: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SendingLine {
    sending: Sending,
}

/// A journal line that cannot be trusted: where it is, why, and the target it names when its
/// text still shows one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Damaged {
    /// The line (from 1).
    pub line: usize,
    /// Why it cannot be trusted.
    pub reason: &'static str,
    /// The integrated account and user its text names, when it names them.
    pub target: Option<(String, String)>,
}

/// The value of `"field":"…"` in a line's text (JSON escapes read), when it is there whole.
fn text_field(line: &str, field: &str) -> Option<String> {
    let start = line.find(&format!("\"{field}\":\""))? + field.len() + 3;
    let rest = &line[start + 1..];
    let mut escaped = false;
    let end = rest.char_indices().find_map(|(i, c)| {
        let closes = c == '"' && !escaped;
        escaped = c == '\\' && !escaped;
        closes.then_some(i)
    })?;
    serde_json::from_str(&line[start..start + 1 + end + 1]).ok()
}

/// Whether a journaled result ends the doubt about a call sent before it: only what shows the
/// mutating call's fate does. The target finished (the call succeeded, or the user was
/// already in that state), or the API refused the call outright (a 4xx other than 408 and
/// 429). A failed lookup, a refusal before sending, a timeout, a dropped connection, a 5xx or
/// an answer that could not be read leave it in doubt: the call may have been applied.
fn settles_doubt(result: &TargetResult) -> bool {
    result.outcome.is_done()
        // A call stopped before the server acted on any of its attempts (the run's journal
        // records it only then).
        || (result.outcome == Outcome::Interrupted && result.operation.is_some())
        || (result.operation.is_some()
            && result.attempts > 0
            && result
                .status
                .is_some_and(|s| (400..500).contains(&s) && s != 408 && s != 429))
}

/// The longest line a journal may hold: longer ones are damaged, and not held whole.
const MAX_JOURNAL_LINE: usize = 1 << 20;

/// The journal of a run: which targets finished, so that a re-run skips them, which calls
/// were in flight when a run stopped (in doubt), and where each person was found. Every line
/// carries a checksum; a line that fails it is reported ([`Journal::damaged`]), never trusted.
#[derive(Debug)]
pub struct Journal {
    /// `None` for a journal opened read-only.
    appender: Option<Appender>,
    path: PathBuf,
    header: Option<JournalHeader>,
    /// Finished targets, with the integration and operation they ran with.
    done: HashMap<Key, (Option<String>, Option<String>)>,
    /// The same, by the operation that ran (whatever the target asked for: `auto`, or an
    /// email target's account).
    done_calls: std::collections::HashSet<Key>,
    /// Calls journaled as sent without a result after them, with their line.
    /// By account (lower case) and user, whatever operation was asked for.
    in_doubt: HashMap<(String, String), (usize, Sending)>,
    /// Resolutions of email targets, by email and scope.
    resolutions: HashMap<String, Resolution>,
    damaged: Vec<Damaged>,
    /// Lines in the file (read and appended).
    lines: usize,
}

impl Journal {
    /// Reads a journal without creating or changing it (a missing file records nothing): for
    /// a dry run of a resumed run.
    pub fn read(path: &Path) -> std::io::Result<Journal> {
        FileKind::Journal.check(path, None)?;
        Journal::load(path, None)
    }

    /// Opens (or creates) a journal for appending, locked against other runs, and reads what
    /// it records. A new journal records `base_url`; an existing one written against another
    /// base URL is refused unless `other_base_url_ok` (its finished targets were sent to
    /// another API).
    pub fn open(path: &Path, base_url: &str, other_base_url_ok: bool) -> std::io::Result<Journal> {
        let appender = Appender::open(path, FileKind::Journal)?;
        let mut journal = Journal::load(path, Some(appender))?;
        if let Some(message) = journal.other_base_url(base_url)
            && !other_base_url_ok
        {
            return Err(refusal(std::io::ErrorKind::InvalidInput, message));
        }
        let empty = journal
            .appender
            .as_ref()
            .map_or(Ok(false), Appender::is_empty)?;
        if empty {
            let header = JournalHeader {
                base_url: base_url.to_string(),
                created_at: super::now_rfc3339(),
            };
            journal.append(&HeaderLine {
                journal: header.clone(),
            })?;
            journal.header = Some(header);
        }
        Ok(journal)
    }

    fn load(path: &Path, appender: Option<Appender>) -> std::io::Result<Journal> {
        let mut journal = Journal {
            appender,
            path: path.to_path_buf(),
            header: None,
            done: HashMap::new(),
            done_calls: std::collections::HashSet::new(),
            in_doubt: HashMap::new(),
            resolutions: HashMap::new(),
            damaged: Vec::new(),
            lines: 0,
        };
        let file = match File::open(path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(journal),
            Err(e) => return Err(e),
        };
        let mut reader = BufReader::new(file);
        let mut bytes = Vec::new();
        let mut number = 0;
        loop {
            let n = read_line(&mut reader, &mut bytes, MAX_JOURNAL_LINE)?;
            if n == 0 {
                break;
            }
            number += 1;
            journal.lines = number;
            if bytes.len() > MAX_JOURNAL_LINE {
                // Skip the rest of the overlong line without holding it.
                while !bytes.ends_with(b"\n") {
                    bytes.clear();
                    if (&mut reader).take(1 << 16).read_until(b'\n', &mut bytes)? == 0 {
                        break;
                    }
                }
                journal.damage(number, "longer than a journal line can be: altered", "");
                continue;
            }
            let line = String::from_utf8_lossy(&bytes);
            let line = line.trim_end_matches(['\n', '\r']);
            if line.trim().is_empty() {
                continue;
            }
            match checked_json(line) {
                Ok(json) => journal.take(number, &json),
                Err(reason) => journal.damage(number, reason, line),
            }
        }
        Ok(journal)
    }

    fn damage(&mut self, line: usize, reason: &'static str, text: &str) {
        let target = text_field(text, "integrated_account_id")
            .zip(text_field(text, "user_id"))
            .map(|(a, u)| person(&a, &u));
        self.damaged.push(Damaged {
            line,
            reason,
            target,
        });
    }

    /// Takes in one checked line.
    fn take(&mut self, number: usize, json: &str) {
        if let Ok(r) = serde_json::from_str::<TargetResult>(json) {
            self.note_result(&r);
        } else if let Ok(SendingLine { sending }) = serde_json::from_str(json) {
            self.note_sending(number, sending);
        } else if let Ok(ResolutionLine { resolution: r }) = serde_json::from_str(json) {
            self.resolutions
                .insert(resolution_key(&r.email, &r.scope), r);
        } else if let Ok(HeaderLine { journal }) = serde_json::from_str(json) {
            if number == 1 {
                self.header = Some(journal);
            } else {
                self.damage(number, "a journal header after the first line: altered", "");
            }
        } else {
            self.damage(number, "not a journal record: altered", json);
        }
    }

    fn append<T: Serialize>(&mut self, record: &T) -> std::io::Result<()> {
        let Some(appender) = &mut self.appender else {
            return Err(std::io::Error::other("the journal was opened read-only"));
        };
        appender.append_line(&checked_line(record)?)?;
        self.lines += 1;
        Ok(())
    }

    /// The journal's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The base URL the journal's runs sent to (`None` for a journal without a header).
    pub fn base_url(&self) -> Option<&str> {
        self.header.as_ref().map(|h| h.base_url.as_str())
    }

    /// Why a run against `base_url` may not use this journal: it records runs against another
    /// API (URLs compared as URLs: scheme and host in any case, a default port written or not,
    /// trailing slashes). `None` when it may.
    pub fn other_base_url(&self, base_url: &str) -> Option<String> {
        let theirs = self.base_url()?;
        (!same_base_url(theirs, base_url)).then(|| {
            format!(
                "{}: this journal records a run against {}, not {}: the targets it marks finished were not sent here; give this run another journal (or allow it knowingly: --allow-other-base-url)",
                self.path.display(),
                crate::terminal::without_userinfo(theirs),
                crate::terminal::without_userinfo(base_url)
            )
        })
    }

    /// How many finished targets it records.
    pub fn finished(&self) -> usize {
        self.done.len()
    }

    /// Lines that cannot be trusted (torn by a crash, altered, or without a checksum), by
    /// position.
    pub fn damaged(&self) -> &[Damaged] {
        &self.damaged
    }

    /// How many lines cannot be trusted.
    pub fn torn_lines(&self) -> usize {
        self.damaged.len()
    }

    /// Whether the journal records `operation` of this user as finished, by whichever target
    /// of the plan.
    pub(crate) fn finished_call(&self, account: &str, user: &str, operation: &str) -> bool {
        self.done_calls.contains(&key(account, user, operation))
    }

    /// The integration and operation a finished target ran with.
    pub(crate) fn finished_with(&self, key: &Key) -> Option<&(Option<String>, Option<String>)> {
        self.done.get(key)
    }

    /// Why a target not finished may have been applied anyway: a call journaled as sent
    /// without a result (its line), or a damaged line that names it or names no target.
    pub(crate) fn doubt(&self, key: &Key) -> Option<String> {
        let mut why = Vec::new();
        if let Some((line, sending)) = self.in_doubt.get(&person(&key.0, &key.1)) {
            why.push(format!(
                "the journal shows this {} was sent (line {line}) and no result after it shows whether it was applied",
                sending.operation
            ));
        }
        let lines: Vec<String> = self
            .damaged
            .iter()
            .filter(|d| {
                d.target
                    .as_ref()
                    .is_none_or(|(a, u)| *a == key.0 && *u == key.1)
            })
            .map(|d| d.line.to_string())
            .collect();
        if !lines.is_empty() {
            why.push(format!(
                "journal line(s) {} cannot be trusted and may record this target",
                lines.join(", ")
            ));
        }
        (!why.is_empty()).then(|| why.join("; "))
    }

    /// Where a previous run found `email` in `scope`, if it recorded it.
    pub fn resolution(&self, email: &str, scope: &str) -> Option<&Resolution> {
        self.resolutions.get(&resolution_key(email, scope))
    }

    /// Records where a person was found (a read-only journal records nothing).
    pub(crate) fn record_resolution(&mut self, resolution: &Resolution) -> std::io::Result<()> {
        if self.appender.is_none() {
            return Ok(());
        }
        self.append(&ResolutionLine {
            resolution: resolution.clone(),
        })?;
        self.resolutions.insert(
            resolution_key(&resolution.email, &resolution.scope),
            resolution.clone(),
        );
        Ok(())
    }

    /// Records a call about to be sent: until its result follows, the target is in doubt.
    pub(crate) fn record_sending(&mut self, sending: Sending) -> std::io::Result<()> {
        self.append(&SendingLine {
            sending: sending.clone(),
        })?;
        self.note_sending(self.lines, sending);
        Ok(())
    }

    /// What a sending line (at `line`) says: the target is in doubt until a result settles it.
    fn note_sending(&mut self, line: usize, sending: Sending) {
        let who = person(&sending.integrated_account_id, &sending.user_id);
        self.in_doubt.insert(who, (line, sending));
    }

    /// What a result line says: it may settle a doubt, and may finish its target.
    fn note_result(&mut self, result: &TargetResult) {
        if settles_doubt(result) {
            self.in_doubt
                .remove(&person(&result.integrated_account_id, &result.user_id));
        }
        if result.outcome.is_done()
            && let Some(operation) = &result.operation
        {
            self.done_calls.insert(key(
                &result.integrated_account_id,
                &result.user_id,
                operation,
            ));
        }
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
    }

    /// Records a finished target (outcomes other than `skipped`, and `interrupted` before its
    /// call was journaled as sent: neither sent anything). An `interrupted` call that was
    /// journaled as sent is recorded: it settles the doubt (the server acted on none of its
    /// attempts), and a re-run sends it.
    pub(crate) fn record(&mut self, result: &TargetResult) -> std::io::Result<()> {
        let sent = result.operation.is_some();
        if result.outcome == Outcome::Skipped || (result.outcome == Outcome::Interrupted && !sent) {
            return Ok(());
        }
        self.append(result)?;
        self.note_result(result);
        Ok(())
    }
}

/// The first two of `files` (what each is, and its path when given) that are one file, in
/// order: the earlier one's name, and the later one's name and path.
pub fn shared_file<'a>(
    files: &[(&'a str, Option<&'a Path>)],
) -> Option<(&'a str, &'a str, &'a Path)> {
    files.iter().enumerate().find_map(|(i, (what, a))| {
        let a = (*a)?;
        files[i + 1..].iter().find_map(|(other, b)| {
            let b = (*b)?;
            same_file(a, b).then_some((*what, *other, b))
        })
    })
}

/// Whether `a` and `b` name the same file (through links too), whether or not it exists yet.
pub fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    if let (Ok(x), Ok(y)) = (std::fs::metadata(a), std::fs::metadata(b)) {
        use std::os::unix::fs::MetadataExt;
        return (x.dev(), x.ino()) == (y.dev(), y.ino());
    }
    let canonical = |p: &Path| -> Option<PathBuf> {
        if let Ok(c) = p.canonicalize() {
            return Some(c);
        }
        let parent = match p.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.canonicalize().ok()?,
            _ => std::env::current_dir().ok()?,
        };
        Some(parent.join(p.file_name()?))
    };
    match (canonical(a), canonical(b)) {
        (Some(x), Some(y)) => x == y,
        _ => a == b,
    }
}

/// Whether two base URLs name the same API: compared as URLs (scheme and host in any case, a
/// default port written or not, trailing slashes ignored); as text when either is no URL.
pub fn same_base_url(a: &str, b: &str) -> bool {
    let parse = |u: &str| reqwest::Url::parse(&format!("{}/", u.trim().trim_end_matches('/')));
    match (parse(a), parse(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => a.trim().trim_end_matches('/') == b.trim().trim_end_matches('/'),
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
    let mut chain = AuditChain {
        records: 0,
        runs: 0,
        torn: 0,
        head: String::new(),
    };
    let mut prev: Option<String> = None;
    let mut line = Vec::new();
    let mut number = 0;
    // A line that is not JSON: torn by a crash if the next line marks it so.
    let mut unread: Option<usize> = None;
    loop {
        let read = read_line(&mut reader, &mut line, MAX_AUDIT_LINE).map_err(|e| AuditBreak {
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
        let Ok(value) = serde_json::from_slice::<serde_json::Value>(text) else {
            if let Some(at) = unread {
                return Err(AuditBreak {
                    line: at,
                    message: "not a JSON record: altered, or torn by a crash while it was written (and not marked torn by the next run)".into(),
                });
            }
            if prev.is_none() {
                return Err(broken(
                    "not a JSON record: not an audit log, or altered".into(),
                ));
            }
            unread = Some(number);
            prev = Some(sha256_hex(text));
            continue;
        };
        if let Some(at) = unread.take() {
            if value["torn"]["line"].as_u64() != Some(at as u64) {
                return Err(AuditBreak {
                    line: at,
                    message: "not a JSON record: altered, or torn by a crash while it was written (and not marked torn by the next run)".into(),
                });
            }
            chain.torn += 1;
        }
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
        } else if value.get("torn").is_none() {
            chain.records += 1;
        }
        prev = Some(sha256_hex(text));
    }
    if let Some(at) = unread {
        return Err(AuditBreak {
            line: at,
            message: "not a JSON record: torn by a crash while it was written (the next run marks it), or altered".into(),
        });
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
            lost_answers: 0,
            confirmed_by: None,
            note: None,
            problems: Vec::new(),
            email: None,
            request_id: None,
            response_sha256: None,
            verification: None,
            started_at: String::new(),
            finished_at: String::new(),
        }
    }

    const BASE: &str = "https://api.truto.one";

    fn temp(name: &str) -> PathBuf {
        let path = std::env::temp_dir().join(format!("journal-{name}-{}", std::process::id()));
        let _ = std::fs::remove_file(&path);
        path
    }

    fn sending(user: &str, idempotent: bool) -> Sending {
        Sending {
            integrated_account_id: "a".into(),
            user_id: user.into(),
            requested: "auto".into(),
            operation: "suspend".into(),
            idempotent,
            at: String::new(),
        }
    }

    #[test]
    fn damaged_lines_are_reported_by_position_and_never_trusted() {
        let path = temp("damaged");
        let mut journal = Journal::open(&path, BASE, false).unwrap();
        for (user, outcome) in [("u1", Outcome::Succeeded), ("u2", Outcome::Succeeded)] {
            journal.record(&result(user, outcome)).unwrap();
        }
        journal.record(&result("u3", Outcome::Failed)).unwrap();
        drop(journal);
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 4, "a header and three results");
        assert!(lines.iter().all(|l| l.starts_with(CHECK_PREFIX)), "{text}");
        // Line 3 altered (u2 made someone else), a garbage line, and a last line torn inside
        // a UTF-8 character.
        let altered = lines[2].replace("\"u2\"", "\"u9\"");
        let torn = &"{\"check\":\"0123\",\"user_id\":\"é".as_bytes()[..28];
        let mut bytes = format!(
            "{}\n{}\n{altered}\n{}\nnot json at all\n",
            lines[0], lines[1], lines[3]
        )
        .into_bytes();
        bytes.extend_from_slice(torn);
        std::fs::write(&path, &bytes).unwrap();

        let mut journal = Journal::open(&path, BASE, false).unwrap();
        let damaged: Vec<(usize, Option<(String, String)>)> = journal
            .damaged()
            .iter()
            .map(|d| (d.line, d.target.clone()))
            .collect();
        assert_eq!(
            damaged,
            [(3, Some(("a".into(), "u9".into()))), (5, None), (6, None)],
            "{:?}",
            journal.damaged()
        );
        assert!(journal.finished_with(&key("a", "u1", "auto")).is_some());
        assert!(
            journal.finished_with(&key("a", "u2", "auto")).is_none(),
            "an altered line is not trusted"
        );
        // Lines that name no target put every target in doubt.
        assert!(
            journal
                .doubt(&key("a", "u3", "auto"))
                .unwrap()
                .contains("5, 6")
        );
        // The next record starts on a line of its own, and reads back.
        journal.record(&result("u4", Outcome::AlreadyDone)).unwrap();
        drop(journal);
        let journal = Journal::read(&path).unwrap();
        assert!(journal.finished_with(&key("a", "u4", "auto")).is_some());
        assert_eq!(journal.damaged().len(), 3);
        let _ = std::fs::remove_file(&path);
    }

    #[test]
    fn a_call_sent_without_a_result_is_in_doubt_until_one_follows() {
        let path = temp("doubt");
        let mut journal = Journal::open(&path, BASE, false).unwrap();
        journal.record_sending(sending("u1", false)).unwrap();
        journal.record_sending(sending("u2", false)).unwrap();
        journal.record(&result("u2", Outcome::Succeeded)).unwrap();
        drop(journal);
        let mut journal = Journal::open(&path, BASE, false).unwrap();
        let why = journal
            .doubt(&key("a", "u1", "auto"))
            .expect("u1 is in doubt");
        assert!(why.contains("line 2"), "{why}");
        assert!(journal.doubt(&key("a", "u2", "auto")).is_none());
        // A result that made no call (not confirmed) leaves the doubt; a call's result ends it.
        let mut unconfirmed = result("u1", Outcome::NeedsConfirmation);
        unconfirmed.attempts = 0;
        journal.record(&unconfirmed).unwrap();
        assert!(journal.doubt(&key("a", "u1", "auto")).is_some());
        journal.record(&result("u1", Outcome::AlreadyDone)).unwrap();
        assert!(journal.doubt(&key("a", "u1", "auto")).is_none());
        let _ = std::fs::remove_file(&path);
    }

    #[test]
    fn only_the_calls_fate_settles_a_doubt() {
        let path = temp("settles");
        let mut journal = Journal::open(&path, BASE, false).unwrap();
        let failed = |status: Option<u16>, operation: Option<&str>, attempts: u32| {
            let mut r = result("u1", Outcome::Failed);
            r.status = status;
            r.operation = operation.map(str::to_string);
            r.attempts = attempts;
            r
        };
        journal.record_sending(sending("u1", false)).unwrap();
        for unsettled in [
            failed(Some(404), None, 1),            // a failed account lookup
            failed(Some(200), Some("suspend"), 1), // an answer that could not be read
            failed(Some(502), Some("suspend"), 3), // a gateway error
            failed(None, Some("suspend"), 2),      // a timeout or dropped connection
            failed(Some(429), Some("suspend"), 7), // rate limited to the end
        ] {
            journal.record(&unsettled).unwrap();
            assert!(
                journal.doubt(&key("a", "u1", "auto")).is_some(),
                "{:?} settled it",
                unsettled.status
            );
        }
        // Whatever operation the next run asks for, the doubt is the same user's.
        assert!(journal.doubt(&key("A", "u1", "suspend")).is_some());
        // The API refusing the call settles it.
        journal
            .record(&failed(Some(400), Some("suspend"), 1))
            .unwrap();
        assert!(journal.doubt(&key("a", "u1", "auto")).is_none());
        drop(journal);
        let journal = Journal::read(&path).unwrap();
        assert!(
            journal.doubt(&key("a", "u1", "auto")).is_none(),
            "read back the same"
        );
        let _ = std::fs::remove_file(&path);
    }

    /// A call stopped before the server acted on any attempt (it waited for its place, or
    /// out a 429) settles its doubt without finishing its target: the next run sends it.
    #[test]
    fn a_call_stopped_before_it_was_acted_on_settles_its_doubt_but_not_its_target() {
        let path = temp("stopped");
        let mut journal = Journal::open(&path, BASE, false).unwrap();
        journal.record_sending(sending("u1", false)).unwrap();
        // Stopped before anything of it was sent: no operation, not journaled, still in doubt.
        let mut before = result("u1", Outcome::Interrupted);
        before.operation = None;
        journal.record(&before).unwrap();
        assert!(journal.doubt(&key("a", "u1", "auto")).is_some());
        let mut stopped = result("u1", Outcome::Interrupted);
        stopped.status = Some(429);
        journal.record(&stopped).unwrap();
        assert!(journal.doubt(&key("a", "u1", "auto")).is_none());
        assert!(journal.finished_with(&key("a", "u1", "auto")).is_none());
        drop(journal);
        let journal = Journal::read(&path).unwrap();
        assert!(journal.doubt(&key("a", "u1", "auto")).is_none());
        assert_eq!(journal.finished(), 0);
        let _ = std::fs::remove_file(&path);
    }

    #[test]
    fn a_damaged_line_names_its_target_in_any_case_and_with_escapes() {
        let path = temp("damaged-target");
        let mut r = result("u\"1\\x", Outcome::Succeeded);
        r.integrated_account_id = "ACC-UPPER".into();
        drop(Journal::open(&path, BASE, false).unwrap());
        let line = String::from_utf8(checked_line(&r).unwrap()).unwrap();
        // Altered: the checksum no longer holds.
        let text = std::fs::read_to_string(&path).unwrap() + &line.replace("200", "201") + "\n";
        std::fs::write(&path, text).unwrap();
        let journal = Journal::read(&path).unwrap();
        assert_eq!(
            journal.damaged()[0].target,
            Some(("acc-upper".into(), "u\"1\\x".into()))
        );
        assert!(
            journal
                .doubt(&key("Acc-Upper", "u\"1\\x", "auto"))
                .is_some()
        );
        assert!(journal.doubt(&key("acc-upper", "u2", "auto")).is_none());
        let _ = std::fs::remove_file(&path);
    }

    #[test]
    fn a_journal_of_another_base_url_is_refused_unless_allowed() {
        let path = temp("base");
        drop(Journal::open(&path, BASE, false).unwrap());
        let err = Journal::open(&path, "http://127.0.0.1:9", false).unwrap_err();
        assert!(err.to_string().contains(BASE), "{err}");
        let journal = Journal::open(&path, "http://127.0.0.1:9", true).unwrap();
        assert_eq!(journal.base_url(), Some(BASE));
        let _ = std::fs::remove_file(&path);
    }

    #[test]
    fn a_second_run_cannot_open_a_journal_in_use() {
        let path = temp("lock");
        let first = Journal::open(&path, BASE, false).unwrap();
        let err = Journal::open(&path, BASE, false).unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::WouldBlock, "{err}");
        assert!(err.to_string().contains("another run"), "{err}");
        drop(first);
        assert!(Journal::open(&path, BASE, false).is_ok(), "free again");
        let _ = std::fs::remove_file(&path);
    }

    #[test]
    fn same_file_sees_links_and_files_not_yet_written() {
        let dir = std::env::temp_dir().join(format!("same-file-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let a = dir.join("plan.yaml");
        std::fs::write(&a, "targets: []").unwrap();
        assert!(same_file(&a, &dir.join(".").join("plan.yaml")));
        #[cfg(unix)]
        {
            let link = dir.join("link.yaml");
            let _ = std::fs::remove_file(&link);
            std::os::unix::fs::symlink(&a, &link).unwrap();
            assert!(same_file(&a, &link));
        }
        assert!(same_file(&dir.join("new.jsonl"), &dir.join("./new.jsonl")));
        assert!(!same_file(&a, &dir.join("new.jsonl")));
        let _ = std::fs::remove_dir_all(&dir);
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

    #[test]
    fn sha256_is_the_standard_digest() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
