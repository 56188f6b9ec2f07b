//! What makes a review resumable after a kill: `review.journal` in the review's directory,
//! beside the rows file (`review.rows`, [`super::rows`]) that pages are appended to.
//!
//! The journal is JSON lines: first the review it belongs to (tenant or accounts, roster,
//! dormant days, API, start time), then one line per page written: the account, its app, the
//! cursor of its next page (`null`: the account is finished), the byte range of the rows file
//! the page's rows are in, and how many rows. A page's rows are written before its line, each
//! with one `write`, and the files are held locked by the run; nothing is synced (a kill, not
//! a power cut, is what a resume is for).
//!
//! On resume the lines are read in order: a last line without its newline was torn by the kill
//! and is dropped (its page is read again), the rows file is cut back to the end of the last
//! page recorded, and each account continues from its cursor. A line that cannot be read
//! anywhere else, or a rows file shorter than the journal says, means the files were altered:
//! the review refuses them rather than guess.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::options::{JOURNAL_FILE, ROWS_FILE, ReviewError};
use crate::terminal::short;

/// This journal format's version (its first line says it).
const FORMAT: u32 = 1;

/// Which review a journal belongs to: a re-run continues it only when it is the same review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Identity {
    /// The journal format.
    pub format: u32,
    /// The API the review read.
    pub base_url: String,
    /// The tenant reviewed.
    pub tenant_id: Option<String>,
    /// The accounts named instead, as given.
    pub accounts: Vec<String>,
    /// SHA-256 of the roster, when one was given.
    pub roster_sha256: Option<String>,
    /// The dormant days.
    pub dormant_days: u32,
    /// When the review started (RFC 3339): the time its findings are judged at.
    pub started_at: String,
}

impl Identity {
    /// A new review's identity.
    pub fn new(
        base_url: &str,
        tenant_id: Option<&str>,
        accounts: &[String],
        roster_sha256: Option<&str>,
        dormant_days: u32,
        started_at: String,
    ) -> Identity {
        Identity {
            format: FORMAT,
            base_url: base_url.to_string(),
            tenant_id: tenant_id.map(str::to_string),
            accounts: accounts.to_vec(),
            roster_sha256: roster_sha256.map(str::to_string),
            dormant_days,
            started_at,
        }
    }

    /// What differs between the review a journal holds (`self`) and the one asked for, as a
    /// person reads it. `started_at` differs only when `pinned` (the time was given).
    fn difference(&self, asked: &Identity, pinned: bool) -> Option<String> {
        let text = |v: Option<&str>| v.map_or("none".to_string(), |v| format!("{:?}", short(v)));
        let list = |v: &[String]| match v {
            [] => "none".to_string(),
            v => v.join(", "),
        };
        let fields = [
            (
                "journal format",
                self.format.to_string(),
                asked.format.to_string(),
            ),
            (
                "API",
                text(Some(&self.base_url)),
                text(Some(&asked.base_url)),
            ),
            (
                "tenant",
                text(self.tenant_id.as_deref()),
                text(asked.tenant_id.as_deref()),
            ),
            ("accounts", list(&self.accounts), list(&asked.accounts)),
            (
                "roster (SHA-256)",
                text(self.roster_sha256.as_deref()),
                text(asked.roster_sha256.as_deref()),
            ),
            (
                "dormant days",
                self.dormant_days.to_string(),
                asked.dormant_days.to_string(),
            ),
            (
                "review time",
                text(Some(&self.started_at)),
                text(Some(if pinned {
                    &asked.started_at
                } else {
                    &self.started_at
                })),
            ),
        ];
        fields
            .into_iter()
            .find(|(_, was, is)| was != is)
            .map(|(what, was, is)| format!("its {what} is {was}, this review's {is}"))
    }
}

/// One page written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageLine {
    /// The integrated account.
    pub account: String,
    /// Its app.
    pub app: String,
    /// The cursor of its next page (`None`: the account is finished).
    pub next: Option<String>,
    /// Where the page's rows start in the rows file.
    pub start: u64,
    /// Where they end.
    pub end: u64,
    /// Rows.
    pub users: u64,
}

/// A journal line, as read.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
enum Line {
    Review(Identity),
    Page(PageLine),
}

/// A journal line, as written.
#[derive(Debug, Serialize)]
#[serde(rename_all = "snake_case")]
enum Record<'a> {
    Review(&'a Identity),
    Page(&'a PageLine),
}

/// What the journal says of one account.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AccountState {
    /// Its app.
    pub app: String,
    /// The cursor to continue from (`None` with `finished`: nothing left).
    pub next: Option<String>,
    /// Whether its last page was written.
    pub finished: bool,
    /// Pages written.
    pub pages: u64,
    /// Rows written.
    pub users: u64,
    /// The byte ranges of the rows file its pages are in, in order.
    pub ranges: Vec<(u64, u64)>,
}

/// A review's journal and rows file, open and locked, and what they hold.
#[derive(Debug)]
pub struct Journal {
    dir: PathBuf,
    journal: File,
    rows: File,
    rows_len: u64,
    /// A write failed: nothing more is written.
    broken: bool,
    /// The review's identity (its start time the journal's, on resume).
    pub identity: Identity,
    /// Each account's state, by its key ([`crate::ids::account_key`]).
    pub accounts: HashMap<String, AccountState>,
}

impl Journal {
    /// Opens (or starts) the journal in `dir` for the review `asked`. `pinned`: the review's
    /// time was given, and must be the journal's. A journal of another review is refused.
    pub fn open(dir: &Path, asked: Identity, pinned: bool) -> Result<Journal, ReviewError> {
        std::fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
        let journal_path = dir.join(JOURNAL_FILE);
        let journal = OpenOptions::new()
            .read(true)
            .append(true)
            .create(true)
            .open(&journal_path)
            .map_err(|e| io_error(&journal_path, e))?;
        match journal.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(ReviewError::Busy { dir: dir.into() });
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(io_error(&journal_path, e)),
        }
        let rows_path = dir.join(ROWS_FILE);
        let rows = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&rows_path)
            .map_err(|e| io_error(&rows_path, e))?;
        let read = read(&journal, &journal_path)?;
        let mut open = Journal {
            dir: dir.to_path_buf(),
            journal,
            rows,
            rows_len: read.rows_len,
            broken: false,
            identity: asked,
            accounts: read.accounts,
        };
        match read.identity {
            None => {
                // A new review: whatever is in the files is not one.
                open.journal
                    .set_len(0)
                    .map_err(|e| io_error(&journal_path, e))?;
                open.rows.set_len(0).map_err(|e| io_error(&rows_path, e))?;
                let identity = open.identity.clone();
                open.append(&Record::Review(&identity))
                    .map_err(|e| io_error(&journal_path, e))?;
            }
            Some(identity) => {
                if let Some(what) = identity.difference(&open.identity, pinned) {
                    return Err(ReviewError::OtherReview {
                        dir: dir.into(),
                        what,
                    });
                }
                open.identity = identity;
                open.journal
                    .set_len(read.valid_len)
                    .map_err(|e| io_error(&journal_path, e))?;
                let on_disk = open
                    .rows
                    .metadata()
                    .map_err(|e| io_error(&rows_path, e))?
                    .len();
                if on_disk < read.rows_len {
                    return Err(ReviewError::Journal {
                        path: rows_path,
                        line: None,
                        problem: format!(
                            "it holds {on_disk} bytes, but the journal recorded {} written: it was altered",
                            read.rows_len
                        ),
                    });
                }
                // Rows of a page the kill left unrecorded: the page is read again.
                open.rows
                    .set_len(read.rows_len)
                    .map_err(|e| io_error(&rows_path, e))?;
            }
        }
        Ok(open)
    }

    /// The rows file's path.
    pub fn rows_path(&self) -> PathBuf {
        self.dir.join(ROWS_FILE)
    }

    /// Records a page: its rows (JSON lines) appended to the rows file, then its journal line.
    /// Returns the account's state after it.
    pub fn page(
        &mut self,
        key: &str,
        account: &str,
        app: &str,
        next: Option<&str>,
        rows: &[u8],
        users: u64,
    ) -> std::io::Result<AccountState> {
        if self.broken {
            return Err(std::io::Error::other(
                "an earlier write to the review's files failed: nothing more is written",
            ));
        }
        let start = self.rows_len;
        let end = start + rows.len() as u64;
        let written = self
            .rows
            .seek(SeekFrom::Start(start))
            .and_then(|_| self.rows.write_all(rows));
        if let Err(e) = written {
            self.broken = true;
            return Err(e);
        }
        self.rows_len = end;
        let line = PageLine {
            account: account.to_string(),
            app: app.to_string(),
            next: next.map(str::to_string),
            start,
            end,
            users,
        };
        if let Err(e) = self.append(&Record::Page(&line)) {
            self.broken = true;
            return Err(e);
        }
        let state = self.accounts.entry(key.to_string()).or_default();
        apply(state, line);
        Ok(state.clone())
    }

    /// Appends one line with one `write`.
    fn append(&mut self, record: &Record<'_>) -> std::io::Result<()> {
        let mut bytes = serde_json::to_vec(record).map_err(std::io::Error::other)?;
        bytes.push(b'\n');
        self.journal.write_all(&bytes)
    }
}

/// An account's state after one more of its pages.
fn apply(state: &mut AccountState, line: PageLine) {
    state.app = line.app;
    state.finished = line.next.is_none();
    state.next = line.next;
    state.pages += 1;
    state.users += line.users;
    state.ranges.push((line.start, line.end));
}

fn io_error(path: &Path, error: std::io::Error) -> ReviewError {
    ReviewError::Io {
        path: path.to_path_buf(),
        error,
    }
}

/// What a journal holds.
struct Read {
    identity: Option<Identity>,
    accounts: HashMap<String, AccountState>,
    /// The end of the last page recorded in the rows file.
    rows_len: u64,
    /// The bytes of whole lines (a torn last one left out).
    valid_len: u64,
}

/// Reads a journal line by line (one line in memory at a time).
fn read(file: &File, path: &Path) -> Result<Read, ReviewError> {
    let mut out = Read {
        identity: None,
        accounts: HashMap::new(),
        rows_len: 0,
        valid_len: 0,
    };
    let mut reader = BufReader::new(file);
    reader
        .seek(SeekFrom::Start(0))
        .map_err(|e| io_error(path, e))?;
    let mut buf = Vec::new();
    let mut number = 0usize;
    loop {
        buf.clear();
        let n = reader
            .read_until(b'\n', &mut buf)
            .map_err(|e| io_error(path, e))?;
        if n == 0 || buf.last() != Some(&b'\n') {
            // The end, or a last line the kill tore: dropped.
            return Ok(out);
        }
        number += 1;
        let damaged = |problem: String| ReviewError::Journal {
            path: path.to_path_buf(),
            line: Some(number),
            problem,
        };
        let line: Line = serde_json::from_slice(&buf)
            .map_err(|e| damaged(format!("not a line of a review's journal ({e})")))?;
        match (line, &out.identity) {
            (Line::Review(identity), None) if number == 1 => out.identity = Some(identity),
            (Line::Review(_), _) => {
                return Err(damaged("a second review in one journal".into()));
            }
            (Line::Page(_), None) => {
                return Err(damaged(
                    "it starts with a page, not the review it belongs to".into(),
                ));
            }
            (Line::Page(page), Some(_)) => {
                if page.start != out.rows_len || page.end < page.start {
                    return Err(damaged(format!(
                        "its rows are at bytes {}..{} of the rows file, which is not where the previous page ended ({})",
                        page.start, page.end, out.rows_len
                    )));
                }
                let key = crate::ids::account_key(&page.account);
                let state = out.accounts.entry(key).or_default();
                if state.finished {
                    return Err(damaged(format!(
                        "a page of {} after its last",
                        short(&page.account)
                    )));
                }
                out.rows_len = page.end;
                apply(state, page);
            }
        }
        out.valid_len += n as u64;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn identity(started_at: &str) -> Identity {
        Identity::new(
            "http://127.0.0.1:1",
            Some("acme"),
            &[],
            None,
            90,
            started_at.into(),
        )
    }

    fn dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "userdir-review-journal-{name}-{}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn pages_are_recorded_and_read_back_and_a_torn_line_is_dropped() {
        let dir = dir("torn");
        {
            let mut j = Journal::open(&dir, identity("2026-12-07T00:00:00Z"), false).expect("new");
            j.page("a", "A", "Okta", Some("c1"), b"{\"r\":1}\n", 1)
                .expect("page");
            j.page("b", "B", "Slack", None, b"{\"r\":2}\n{\"r\":3}\n", 2)
                .expect("page");
            let a = j
                .page("a", "A", "Okta", Some("c2"), b"{\"r\":4}\n", 1)
                .expect("page");
            assert_eq!((a.pages, a.users, a.finished), (2, 2, false));
        }
        // A kill while the next page's rows and line were written.
        let mut rows = OpenOptions::new()
            .append(true)
            .open(dir.join(ROWS_FILE))
            .expect("rows");
        rows.write_all(b"{\"r\":5}\n{\"r\"").expect("write");
        let mut journal = OpenOptions::new()
            .append(true)
            .open(dir.join(JOURNAL_FILE))
            .expect("journal");
        journal
            .write_all(b"{\"page\":{\"account\":\"A\",")
            .expect("write");
        drop((rows, journal));

        // Another time, not pinned: the journal's is kept.
        let j = Journal::open(&dir, identity("2027-01-01T00:00:00Z"), false).expect("resumed");
        assert_eq!(j.identity.started_at, "2026-12-07T00:00:00Z");
        let a = &j.accounts["a"];
        assert_eq!(a.next.as_deref(), Some("c2"));
        assert_eq!(a.ranges, [(0, 8), (24, 32)]);
        assert!(j.accounts["b"].finished);
        assert_eq!(
            std::fs::read(dir.join(ROWS_FILE)).expect("rows").len(),
            32,
            "cut back to the last page recorded"
        );
        let text = std::fs::read_to_string(dir.join(JOURNAL_FILE)).expect("journal");
        assert!(text.ends_with("}\n") && text.lines().count() == 4, "{text}");
        drop(j);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_journal_of_another_review_or_altered_is_refused() {
        let dir = dir("other");
        drop(Journal::open(&dir, identity("2026-12-07T00:00:00Z"), true).expect("new"));
        let mut other = identity("2026-12-07T00:00:00Z");
        other.tenant_id = Some("globex".into());
        let e = Journal::open(&dir, other, false).expect_err("another tenant");
        assert!(e.to_string().contains("tenant"), "{e}");
        let e = Journal::open(&dir, identity("2026-12-08T00:00:00Z"), true).expect_err("pinned");
        assert!(e.to_string().contains("review time"), "{e}");

        // Two runs at once.
        let held = Journal::open(&dir, identity("x"), false).expect("open");
        let e = Journal::open(&dir, identity("x"), false).expect_err("busy");
        assert!(matches!(e, ReviewError::Busy { .. }), "{e}");
        drop(held);

        // A damaged line in the middle.
        let mut journal = OpenOptions::new()
            .append(true)
            .open(dir.join(JOURNAL_FILE))
            .expect("journal");
        journal.write_all(b"garbage\n").expect("write");
        drop(journal);
        let e = Journal::open(&dir, identity("x"), false).expect_err("damaged");
        assert!(e.to_string().contains("line 2"), "{e}");
        let _ = std::fs::remove_dir_all(&dir);

        // Rows shorter than recorded.
        let dir = self::dir("short");
        {
            let mut j = Journal::open(&dir, identity("x"), false).expect("new");
            j.page("a", "A", "Okta", Some("c"), b"{}\n{}\n", 2)
                .expect("page");
        }
        std::fs::write(dir.join(ROWS_FILE), b"{}\n").expect("cut");
        let e = Journal::open(&dir, identity("x"), false).expect_err("short");
        assert!(e.to_string().contains("altered"), "{e}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
