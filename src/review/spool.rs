//! What a review prepares of its outputs while the pages arrive, so that writing them at the
//! end is copying bytes rather than reading every row again.
//!
//! Each page's rows are encoded once, as they arrive ([`encode`]): their `accounts.csv`
//! records, and their lines of the reports' lists (one per finding and format). These go to
//! spool files next to the outputs (`.spool.*`, removed when the spool is dropped), and the
//! spool remembers where each page's bytes are ([`PageSpans`]), per account, in the rows file
//! too. It also counts each account's rows per finding and app ([`Tally`]), and keeps the
//! `duplicate` tally: the only thing held across users, as 64-bit hashes.
//!
//! A person's accounts in one app may arrive in any order, from any account, so whether a row
//! is a duplicate is known only at the end. The spool marks the pages that hold a row of a
//! person seen twice in one app; only those pages are read back and written anew
//! ([`super::outputs`]).
//!
//! A resumed review's earlier pages are spooled again from the rows file before it goes on
//! ([`Spool::catch_up`]), so that the outputs are the same as for a review never stopped.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::atomic::in_file;
use super::cells::csv_record;
use super::findings::duplicate_key;
use super::report::{Format, REPORT_ORDER, Tally, html_row, markdown_row};
use super::rows::{self, RowReader};
use super::{AccountRow, Finding};
use crate::spec::People;

/// A range of bytes of a file: start, end.
pub(super) type Span = (u64, u64);

/// The reports' lists: one per finding and format.
pub(super) const LISTS: usize = REPORT_ORDER.len() * 2;

/// The list of `finding` in `format`: its index among the [`LISTS`].
pub(super) fn list_index(finding: Finding, format: Format) -> usize {
    let f = REPORT_ORDER
        .iter()
        .position(|&r| r == finding)
        .unwrap_or_default();
    f * 2 + usize::from(format == Format::Html)
}

/// A page's rows, encoded for every output (before the spool's lock is taken).
pub(super) struct Encoded {
    /// The rows file's bytes: a JSON line per row.
    pub(super) rows: Vec<u8>,
    /// The rows' `accounts.csv` records.
    csv: Vec<u8>,
    /// The rows' lines of each list (by [`list_index`]).
    lists: [Vec<u8>; LISTS],
    /// Per row: the hashes of its (app, person) and user id, when it may be a duplicate.
    keys: Vec<Option<(u64, u64)>>,
    /// The rows, per finding and app.
    tally: Tally,
    /// Rows in it.
    pub(super) count: u64,
}

/// Encodes a page's rows for every output.
pub(super) fn encode(page: &[AccountRow], people: &People) -> io::Result<Encoded> {
    let rows = rows::encode(page).map_err(io::Error::other)?;
    let mut csv = csv::WriterBuilder::new().from_writer(Vec::new());
    let mut lists: [Vec<u8>; LISTS] = Default::default();
    let mut tally = Tally::default();
    for row in page {
        csv.write_record(csv_record(row))?;
        tally.add(row)?;
        write_lines(&mut lists, row);
    }
    let csv = csv.into_inner().map_err(|e| e.into_error())?;
    let keys = page.iter().map(|row| keys(row, people)).collect();
    Ok(Encoded {
        rows,
        csv,
        lists,
        keys,
        tally,
        count: page.len() as u64,
    })
}

/// Appends `row`'s line to the list of each of its findings.
pub(super) fn write_lines(lists: &mut [Vec<u8>; LISTS], row: &AccountRow) {
    if row.findings.is_empty() {
        return;
    }
    for format in [Format::Markdown, Format::Html] {
        let line = match format {
            Format::Markdown => markdown_row(row),
            Format::Html => html_row(row),
        };
        for &finding in &REPORT_ORDER {
            if row.findings.contains(&finding) {
                lists[list_index(finding, format)].extend_from_slice(line.as_bytes());
            }
        }
    }
}

/// A row's (app, person) and user id hashes, when it is active and matched (only then may it
/// be a duplicate).
pub(super) fn keys(row: &AccountRow, people: &People) -> Option<(u64, u64)> {
    duplicate_key(row, people).map(|key| (hash(key), hash(&row.user_id)))
}

/// A 64-bit hash of `value`, with fixed keys. Two different (app, person) pairs alike in all
/// 64 bits are not to be expected (a tenant of 400,000 users keeps about 15 MB for them, where
/// the text would take about 90).
fn hash(value: impl std::hash::Hash) -> u64 {
    use std::hash::Hasher;
    let mut hasher = std::hash::DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

/// Where one page's bytes are.
#[derive(Debug, Clone, Default)]
pub(super) struct PageSpans {
    /// Its rows, in the rows file.
    pub(super) rows: Span,
    /// Its `accounts.csv` records, in the CSV spool.
    pub(super) csv: Span,
    /// Its lines of each list that has some (by [`list_index`]), in that list's spool.
    lists: Box<[(u8, Span)]>,
    /// Whether it holds a row of a person seen twice in one app (read back at the end).
    pub(super) marked: bool,
}

/// One account's spooled pages and its rows' tally.
#[derive(Debug, Default)]
pub(super) struct SpooledAccount {
    pub(super) pages: Vec<PageSpans>,
    pub(super) tally: Tally,
}

/// A spool file, appended to.
#[derive(Debug)]
pub(super) struct SpoolFile {
    pub(super) path: PathBuf,
    pub(super) file: File,
    len: u64,
}

impl PageSpans {
    /// Where its lines of list `n` are, if it has some.
    pub(super) fn list(&self, n: usize) -> Option<Span> {
        self.lists
            .iter()
            .find(|(list, _)| usize::from(*list) == n)
            .map(|(_, span)| *span)
    }
}

impl SpoolFile {
    fn create(dir: &Path, name: &str) -> io::Result<SpoolFile> {
        let path = dir.join(format!(".spool.{name}"));
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(true)
            .open(&path)?;
        Ok(SpoolFile { path, file, len: 0 })
    }

    /// Appends `bytes`; where they are. An error names the file.
    pub(super) fn append(&mut self, bytes: &[u8]) -> io::Result<Span> {
        let start = self.len;
        if !bytes.is_empty() {
            self.file
                .write_all(bytes)
                .map_err(|e| in_file(&self.path, e))?;
            self.len += bytes.len() as u64;
        }
        Ok((start, self.len))
    }
}

/// A spool file is removed when dropped (best effort: one left behind is a hidden file the
/// next run of the review truncates): whether the outputs were written, or the review stopped
/// or failed (a re-run spools again what it had read).
impl Drop for SpoolFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// The spool of a review: see the module's documentation.
#[derive(Debug)]
pub(super) struct Spool {
    pub(super) csv: SpoolFile,
    pub(super) lists: Vec<SpoolFile>,
    /// Per account, at its slot's position.
    pub(super) accounts: Vec<SpooledAccount>,
    pub(super) duplicates: Duplicates,
    /// Whether a write failed (nothing more is spooled; the review cannot be written).
    broken: bool,
}

impl Spool {
    /// A new spool in `dir` for `accounts` accounts (each run starts one afresh).
    pub(super) fn create(dir: &Path, accounts: usize) -> io::Result<Spool> {
        let mut lists = Vec::with_capacity(LISTS);
        for finding in REPORT_ORDER {
            for format in [Format::Markdown, Format::Html] {
                let name = format!("{}.{}", finding.as_str(), format.extension());
                lists.push(SpoolFile::create(dir, &name)?);
            }
        }
        Ok(Spool {
            csv: SpoolFile::create(dir, "csv")?,
            lists,
            accounts: (0..accounts).map(|_| SpooledAccount::default()).collect(),
            duplicates: Duplicates::default(),
            broken: false,
        })
    }

    /// Spools account `account`'s next page, whose rows the rows file holds at `rows`.
    pub(super) fn append(&mut self, account: usize, rows: Span, page: Encoded) -> io::Result<()> {
        if self.broken {
            return Err(io::Error::other(
                "an earlier write to the review's spool failed: nothing more is written",
            ));
        }
        let result = self.append_page(account, rows, page);
        self.broken = result.is_err();
        result
    }

    fn append_page(&mut self, account: usize, rows: Span, page: Encoded) -> io::Result<()> {
        let csv = self.csv.append(&page.csv)?;
        let mut lists = Vec::new();
        for (n, bytes) in page.lists.iter().enumerate() {
            if !bytes.is_empty() {
                lists.push((n as u8, self.lists[n].append(bytes)?));
            }
        }
        let spans = PageSpans {
            rows,
            csv,
            lists: lists.into_boxed_slice(),
            marked: false,
        };
        let spooled = &mut self.accounts[account];
        spooled.tally.merge(&page.tally)?;
        spooled.pages.push(spans);
        let at = (account, spooled.pages.len() - 1);
        for (key, user) in page.keys.into_iter().flatten() {
            let accounts = &mut self.accounts;
            self.duplicates.count(key, user, at, &mut |(a, p)| {
                accounts[a].pages[p].marked = true;
            });
        }
        Ok(())
    }

    /// Spools again the pages account `account` had before a resumed review went on: the
    /// rows file's `ranges`, read back a page at a time.
    pub(super) fn catch_up(
        &mut self,
        account: usize,
        ranges: &[Span],
        reader: &mut RowReader,
        people: &People,
    ) -> io::Result<()> {
        for &range in ranges {
            let mut page = Vec::new();
            reader.each(&[range], |row| {
                page.push(row);
                Ok(())
            })?;
            let encoded = encode(&page, people)?;
            self.append(account, range, encoded)?;
        }
        Ok(())
    }

    /// Counts the `duplicate` tally again from the rows of `accounts` alone (when an account
    /// spooled was then not reviewed, its rows must not make another's a duplicate).
    pub(super) fn recount_duplicates(
        &mut self,
        accounts: &[usize],
        reader: &mut RowReader,
        people: &People,
    ) -> io::Result<()> {
        self.duplicates = Duplicates::default();
        for spooled in &mut self.accounts {
            for page in &mut spooled.pages {
                page.marked = false;
            }
        }
        for &account in accounts {
            for p in 0..self.accounts[account].pages.len() {
                let range = self.accounts[account].pages[p].rows;
                let mut found = Vec::new();
                reader.each(&[range], |row| {
                    found.extend(keys(&row, people));
                    Ok(())
                })?;
                for (key, user) in found {
                    let spooled = &mut self.accounts;
                    self.duplicates
                        .count(key, user, (account, p), &mut |(a, p)| {
                            spooled[a].pages[p].marked = true;
                        });
                }
            }
        }
        Ok(())
    }
}

/// Where a page is: its account's position, its position among the account's pages.
type At = (usize, usize);

/// The first row seen of one (app, person).
#[derive(Debug, Clone, Copy)]
struct Seen {
    at: (u32, u32),
    user: u64,
    /// Whether a second account of the person in the app was seen.
    several: bool,
}

/// The persons with more than one active account in an app, by the hash of (app, person):
/// the first row seen, and the pages that hold its rows.
#[derive(Debug, Default)]
pub(super) struct Duplicates {
    seen: HashMap<u64, Seen>,
    /// The pages of the rows of a person seen again as the same user of the same account
    /// (a list that shifted between pages): marked if another account of theirs comes.
    again: HashMap<u64, Vec<(u32, u32)>>,
}

impl Duplicates {
    /// Counts a row (its key and user hashes) of the page `at`; `mark` is told of every page
    /// that holds a row of a duplicate.
    fn count(&mut self, key: u64, user: u64, at: At, mark: &mut dyn FnMut(At)) {
        let packed = (at.0 as u32, at.1 as u32);
        let unpack = |(a, p): (u32, u32)| (a as usize, p as usize);
        match self.seen.entry(key) {
            Entry::Vacant(e) => {
                e.insert(Seen {
                    at: packed,
                    user,
                    several: false,
                });
            }
            Entry::Occupied(mut e) => {
                let seen = e.get_mut();
                if seen.several {
                    mark(at);
                } else if seen.at.0 != packed.0 || seen.user != user {
                    seen.several = true;
                    mark(unpack(seen.at));
                    mark(at);
                    for page in self.again.remove(&key).unwrap_or_default() {
                        mark(unpack(page));
                    }
                } else {
                    self.again.entry(key).or_default().push(packed);
                }
            }
        }
    }

    /// Whether the row whose key hash is `key` is a duplicate.
    pub(super) fn holds(&self, key: u64) -> bool {
        self.seen.get(&key).is_some_and(|s| s.several)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pages_of_a_person_seen_in_two_accounts_of_an_app_are_marked() {
        let mut d = Duplicates::default();
        let mut marked = Vec::new();
        // Person 1 in account 0 page 0, listed again on page 1 (a shifted list): not yet.
        d.count(1, 10, (0, 0), &mut |at| marked.push(at));
        d.count(1, 10, (0, 1), &mut |at| marked.push(at));
        assert!(marked.is_empty() && !d.holds(1));
        // Then in account 1: every page that holds person 1 is marked.
        d.count(1, 20, (1, 0), &mut |at| marked.push(at));
        marked.sort();
        assert_eq!(marked, [(0, 0), (0, 1), (1, 0)]);
        assert!(d.holds(1));
        // A later row of the person is marked as it comes.
        marked.clear();
        d.count(1, 30, (2, 4), &mut |at| marked.push(at));
        assert_eq!(marked, [(2, 4)]);
        // Another user of the same account is a second account too.
        d.count(2, 40, (0, 0), &mut |at| marked.push(at));
        d.count(2, 41, (0, 0), &mut |at| marked.push(at));
        assert!(d.holds(2) && !d.holds(3));
    }

    #[test]
    fn lists_are_one_per_finding_and_format() {
        let mut all: Vec<usize> = REPORT_ORDER
            .iter()
            .flat_map(|&f| [list_index(f, Format::Markdown), list_index(f, Format::Html)])
            .collect();
        all.sort();
        assert_eq!(all, (0..LISTS).collect::<Vec<_>>());
    }
}
