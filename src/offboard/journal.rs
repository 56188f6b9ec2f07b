//! The journal that makes runs resumable: one checksummed JSON line per call sent, per target
//! ended and per person looked for, appended (and synced) as the run goes. A line that fails
//! its checksum (torn, or altered) is reported by position and never trusted.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use serde::{Deserialize, Serialize};

use super::append::{Appender, CHECK_PREFIX, FileKind, read_line, refusal, sha256_hex};
use super::{AccountFind, Outcome, TargetResult};

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

    /// The call journaled as sent for this user without a result after it, if any.
    pub(crate) fn sending_in_doubt(&self, account: &str, user: &str) -> Option<&Sending> {
        self.in_doubt.get(&person(account, user)).map(|(_, s)| s)
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

/// Whether two base URLs name the same API: compared as URLs (scheme and host in any case, a
/// default port written or not, trailing slashes ignored); as text when either is no URL.
pub fn same_base_url(a: &str, b: &str) -> bool {
    let parse = |u: &str| reqwest::Url::parse(&format!("{}/", u.trim().trim_end_matches('/')));
    match (parse(a), parse(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => a.trim().trim_end_matches('/') == b.trim().trim_end_matches('/'),
    }
}

/// The journal, locked (a panic elsewhere does not make it unusable: every write is a whole
/// line).
pub(super) fn lock(journal: &Mutex<Journal>) -> MutexGuard<'_, Journal> {
    journal
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result(user: &str, outcome: Outcome) -> TargetResult {
        TargetResult {
            operation: Some("delete".into()),
            status: Some(200),
            attempts: 1,
            started_at: String::new(),
            finished_at: String::new(),
            ..TargetResult::unsent(0, "a".into(), user.into(), "auto".into(), outcome)
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
}
