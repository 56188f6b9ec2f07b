//! A review's data outputs, `accounts.csv` and `review.json`, written from the rows file in
//! two passes, one account at a time (never all rows at once): the first counts each person's
//! active accounts per app (the `duplicate` finding: the only thing held across users), the
//! second writes every row with its findings. Each file is written beside its name and renamed
//! over it once whole.

use std::collections::{BTreeMap, HashMap};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use super::findings::{add_finding, duplicate_key};
use super::options::ReviewError;
use super::rows::RowReader;
use super::{AccountRow, Finding};
use crate::spec::People;

/// `accounts.csv`'s file name.
pub const CSV_FILE: &str = "accounts.csv";

/// `review.json`'s file name.
pub const JSON_FILE: &str = "review.json";

/// The columns of `accounts.csv`.
pub const CSV_COLUMNS: [&str; 12] = [
    "app",
    "integrated_account_id",
    "user_id",
    "emails",
    "person",
    "status",
    "last_login",
    "user_type",
    "roles",
    "groups",
    "licenses",
    "findings",
];

/// How lists are joined in a CSV cell.
const JOIN: &str = "; ";

/// One row of `accounts.csv`, in [`CSV_COLUMNS`] order.
pub fn csv_record(row: &AccountRow) -> [String; 12] {
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let findings: Vec<&str> = row.findings.iter().map(|f| f.as_str()).collect();
    [
        row.app.clone(),
        row.integrated_account_id.clone(),
        row.user_id.clone(),
        row.emails.join(JOIN),
        text(&row.person),
        text(&row.status),
        text(&row.last_login),
        text(&row.user_type),
        row.roles.join(JOIN),
        row.groups.join(JOIN),
        row.licenses.join(JOIN),
        findings.join(JOIN),
    ]
}

/// Rows per finding, and rows in all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    /// Rows per finding (every finding, zero included).
    pub counts: BTreeMap<Finding, u64>,
    /// Rows in all.
    pub rows: u64,
}

/// The persons with more than one active account in an app: per (app, person), the first
/// account seen (its integrated account's position, its user id) and whether another was.
/// Held as 64-bit hashes, not text (a tenant of 400,000 users keeps about 13 MB here instead
/// of 90): two different (app, person) pairs alike in all 64 bits are not to be expected.
#[derive(Debug, Default)]
struct Duplicates {
    seen: HashMap<u64, (usize, u64, bool)>,
}

/// A 64-bit hash of `value`, with fixed keys (the same for the whole of one write).
fn hash(value: impl std::hash::Hash) -> u64 {
    use std::hash::Hasher;
    let mut hasher = std::hash::DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

impl Duplicates {
    fn count(&mut self, account: usize, row: &AccountRow, people: &People) {
        let Some(key) = duplicate_key(row, people).map(hash) else {
            return;
        };
        let user = hash(&row.user_id);
        match self.seen.get_mut(&key) {
            // The same user listed twice (a list that shifted between pages) is one account.
            Some((first, first_user, several)) => {
                *several |= *first != account || *first_user != user;
            }
            None => {
                self.seen.insert(key, (account, user, false));
            }
        }
    }

    fn holds(&self, row: &AccountRow, people: &People) -> bool {
        duplicate_key(row, people)
            .map(hash)
            .and_then(|key| self.seen.get(&key))
            .is_some_and(|(_, _, several)| *several)
    }
}

/// A file written beside its name, renamed over it once whole.
struct Atomic {
    path: PathBuf,
    temporary: PathBuf,
    file: BufWriter<File>,
}

impl Atomic {
    fn create(dir: &Path, name: &str) -> Result<Atomic, ReviewError> {
        let temporary = dir.join(format!(".{name}.partial"));
        let file = File::create(&temporary).map_err(|e| io_error(&temporary, e))?;
        Ok(Atomic {
            path: dir.join(name),
            temporary,
            file: BufWriter::with_capacity(1 << 16, file),
        })
    }

    fn commit(self) -> Result<(), ReviewError> {
        let Atomic {
            path,
            temporary,
            file,
        } = self;
        let file = file
            .into_inner()
            .map_err(|e| io_error(&temporary, e.into_error()))?;
        file.sync_all().map_err(|e| io_error(&temporary, e))?;
        std::fs::rename(&temporary, &path).map_err(|e| io_error(&path, e))
    }
}

fn io_error(path: &Path, error: std::io::Error) -> ReviewError {
    ReviewError::Io {
        path: path.to_path_buf(),
        error,
    }
}

/// Writes `accounts.csv` and `review.json` in `dir` from the rows of `accounts` (each an
/// account's byte ranges in the rows file, in the order the outputs list them), with the
/// `duplicate` finding; `meta` gives `review.json`'s metadata from the tally.
pub fn write<M: serde::Serialize>(
    dir: &Path,
    rows_path: &Path,
    accounts: &[&[(u64, u64)]],
    people: &People,
    meta: impl FnOnce(&Tally) -> M,
) -> Result<Tally, ReviewError> {
    let rows_error = |e| io_error(rows_path, e);
    let mut reader = RowReader::open(rows_path).map_err(rows_error)?;
    let mut duplicates = Duplicates::default();
    for (n, ranges) in accounts.iter().enumerate() {
        reader
            .each(ranges, |row| {
                duplicates.count(n, &row, people);
                Ok(())
            })
            .map_err(rows_error)?;
    }

    let mut csv_file = Atomic::create(dir, CSV_FILE)?;
    let mut json_file = Atomic::create(dir, JSON_FILE)?;
    let mut tally = Tally {
        counts: Finding::ALL.iter().map(|f| (*f, 0)).collect(),
        rows: 0,
    };
    {
        let mut csv = csv::Writer::from_writer(&mut csv_file.file);
        let json = &mut json_file.file;
        let written = (|| -> std::io::Result<()> {
            csv.write_record(CSV_COLUMNS)?;
            json.write_all(b"{\"accounts\":[")?;
            for ranges in accounts {
                reader.each(ranges, |mut row| {
                    if duplicates.holds(&row, people) {
                        add_finding(&mut row, Finding::Duplicate);
                    }
                    for f in &row.findings {
                        *tally.counts.entry(*f).or_default() += 1;
                    }
                    if tally.rows > 0 {
                        json.write_all(b",")?;
                    }
                    json.write_all(b"\n")?;
                    serde_json::to_writer(&mut *json, &row)?;
                    tally.rows += 1;
                    csv.write_record(csv_record(&row))?;
                    Ok(())
                })?;
            }
            json.write_all(b"\n],\"meta\":")?;
            serde_json::to_writer(&mut *json, &meta(&tally))?;
            json.write_all(b"}\n")?;
            csv.flush()
        })();
        written.map_err(|e| io_error(dir, e))?;
    }
    csv_file.commit()?;
    json_file.commit()?;
    Ok(tally)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_csv_record_joins_lists_and_leaves_unknowns_empty() {
        let row = AccountRow {
            app: "Okta".into(),
            integrated_account_id: "a".into(),
            user_id: "u1".into(),
            emails: vec!["a@x.example".into(), "b@x.example".into()],
            person: None,
            status: Some("active".into()),
            last_login: None,
            user_type: None,
            roles: vec!["Admin (r1)".into()],
            groups: vec![],
            licenses: vec!["Pro".into(), "Max".into()],
            findings: vec![Finding::Dormant, Finding::Privileged],
        };
        assert_eq!(
            csv_record(&row),
            [
                "Okta",
                "a",
                "u1",
                "a@x.example; b@x.example",
                "",
                "active",
                "",
                "",
                "Admin (r1)",
                "",
                "Pro; Max",
                "dormant; privileged"
            ]
        );
    }
}
