//! The roster a review is run against: who should have access. A CSV file with a header whose
//! columns `email` and `status` (`active` or `left`, any case) are required; any other columns
//! are kept, by name. Emails are compared without regard to case or surrounding space.
//!
//! A roster that cannot be read is refused whole, with the line (1-based, as an editor counts
//! them) and what is wrong there: a review against half a roster would call the other half's
//! people leavers.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use sha2::{Digest, Sha256};

use super::RosterInfo;
use crate::offboard::is_email_address;

/// The largest roster read, in bytes.
pub const MAX_ROSTER_BYTES: usize = 16 << 20;

/// The most people a roster lists.
pub const MAX_ROSTER_ROWS: usize = 1_000_000;

/// Whether a person should still have access.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RosterStatus {
    /// Should have access.
    Active,
    /// Left: should have none.
    Left,
}

impl RosterStatus {
    /// The status a roster cell says (`active` or `left`, any case, surrounding space ignored).
    fn parse(cell: &str) -> Option<RosterStatus> {
        let cell = cell.trim();
        if cell.eq_ignore_ascii_case("active") {
            Some(RosterStatus::Active)
        } else if cell.eq_ignore_ascii_case("left") {
            Some(RosterStatus::Left)
        } else {
            None
        }
    }
}

/// One person on the roster.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterEntry {
    /// The email, lower case, without surrounding space: what accounts are matched by.
    pub email: String,
    /// Whether the person should have access.
    pub status: RosterStatus,
    /// The line of the file the person is on (1-based).
    pub line: usize,
    /// The roster's other columns, by their name in the header.
    pub extra: BTreeMap<String, String>,
}

/// A roster: who should have access.
#[derive(Debug, Clone, Default)]
pub struct Roster {
    entries: Vec<RosterEntry>,
    /// Lower-case email → index in `entries`.
    by_email: HashMap<String, usize>,
    /// The other columns, in the header's order.
    extra_columns: Vec<String>,
}

/// Why a roster is refused. Every variant names the line (1-based) where it applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RosterError {
    /// The file is larger than [`MAX_ROSTER_BYTES`].
    TooLarge {
        /// Its size.
        bytes: usize,
    },
    /// The file lists more than [`MAX_ROSTER_ROWS`] people: the first one too many is here.
    TooManyRows {
        /// Its line.
        line: usize,
    },
    /// The file has no header line.
    Empty,
    /// The header lacks a required column.
    MissingColumn {
        /// The header's line.
        line: usize,
        /// The column (`email` or `status`).
        column: &'static str,
    },
    /// The header names a column twice (case ignored).
    DuplicateColumn {
        /// The header's line.
        line: usize,
        /// The column.
        column: String,
    },
    /// A row has another number of fields than the header.
    FieldCount {
        /// The row's line.
        line: usize,
        /// The header's fields.
        expected: usize,
        /// The row's.
        found: usize,
    },
    /// A row's email is empty.
    NoEmail {
        /// The row's line.
        line: usize,
    },
    /// A row's email is not an email address.
    InvalidEmail {
        /// The row's line.
        line: usize,
        /// The email, as written.
        email: String,
    },
    /// A row's status is neither `active` nor `left`.
    UnknownStatus {
        /// The row's line.
        line: usize,
        /// The status, as written.
        status: String,
    },
    /// Two rows give the same email (case ignored).
    DuplicateEmail {
        /// The second row's line.
        line: usize,
        /// The first row's line.
        first_line: usize,
        /// The email, lower case.
        email: String,
    },
    /// The file is not CSV the parser can read (text that is not UTF-8, …).
    Unreadable {
        /// Where, when the parser says.
        line: Option<usize>,
        /// What the parser says.
        message: String,
    },
}

impl fmt::Display for RosterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::terminal::short;
        match self {
            RosterError::TooLarge { bytes } => write!(
                f,
                "the roster is {bytes} bytes, more than the {MAX_ROSTER_BYTES} a review reads: split it, or leave out columns the review does not need"
            ),
            RosterError::TooManyRows { line } => write!(
                f,
                "line {line}: the roster lists more than {MAX_ROSTER_ROWS} people, more than a review reads"
            ),
            RosterError::Empty => f.write_str(
                "the roster is empty: it needs a header line naming the columns `email` and `status`, then one line per person",
            ),
            RosterError::MissingColumn { line, column } => write!(
                f,
                "line {line}: the header has no `{column}` column: the roster's header names the columns `email` and `status` (`active` or `left`), any others are kept"
            ),
            RosterError::DuplicateColumn { line, column } => write!(
                f,
                "line {line}: the header names the column {:?} twice: rename one",
                short(column)
            ),
            RosterError::FieldCount {
                line,
                expected,
                found,
            } => write!(
                f,
                "line {line}: {found} field(s), but the header has {expected}: quote a field that holds a comma (\"Smith, Ada\")"
            ),
            RosterError::NoEmail { line } => {
                write!(f, "line {line}: no email: every person needs one")
            }
            RosterError::InvalidEmail { line, email } => write!(
                f,
                "line {line}: {:?} is not an email address (text, one `@`, a domain, no spaces inside)",
                short(email)
            ),
            RosterError::UnknownStatus { line, status } => write!(
                f,
                "line {line}: the status {:?} is neither `active` nor `left`",
                short(status)
            ),
            RosterError::DuplicateEmail {
                line,
                first_line,
                email,
            } => write!(
                f,
                "line {line}: {:?} is on line {first_line} already (emails are compared in any case): keep one of the two",
                short(email)
            ),
            RosterError::Unreadable {
                line: Some(line),
                message,
            } => write!(f, "line {line}: the roster cannot be read as CSV: {message}"),
            RosterError::Unreadable {
                line: None,
                message,
            } => write!(f, "the roster cannot be read as CSV: {message}"),
        }
    }
}

impl std::error::Error for RosterError {}

/// The columns of the header: where `email` and `status` are, and the others' names.
struct Header {
    email: usize,
    status: usize,
    /// (position, name) of every other column with a name.
    extra: Vec<(usize, String)>,
    fields: usize,
}

impl Header {
    fn read(record: &csv::StringRecord, line: usize) -> Result<Header, RosterError> {
        let mut seen: HashMap<String, usize> = HashMap::new();
        let (mut email, mut status, mut extra) = (None, None, Vec::new());
        for (at, name) in record.iter().enumerate() {
            // A spreadsheet's byte-order mark opens the first name.
            let name = name.trim_start_matches('\u{feff}').trim();
            if name.is_empty() {
                continue;
            }
            let key = name.to_lowercase();
            if seen.insert(key.clone(), at).is_some() {
                return Err(RosterError::DuplicateColumn {
                    line,
                    column: name.to_string(),
                });
            }
            match key.as_str() {
                "email" => email = Some(at),
                "status" => status = Some(at),
                _ => extra.push((at, name.to_string())),
            }
        }
        let missing = |column| RosterError::MissingColumn { line, column };
        Ok(Header {
            email: email.ok_or_else(|| missing("email"))?,
            status: status.ok_or_else(|| missing("status"))?,
            extra,
            fields: record.len(),
        })
    }
}

/// Counts lines as an editor does: the csv crate's own count leaves out blank lines.
struct Lines<'t> {
    text: &'t [u8],
    /// A byte offset, and the line (1-based) it is on.
    at: (usize, usize),
}

impl Lines<'_> {
    /// The line the record starts on (records are asked for in order).
    fn of(&mut self, record: &csv::StringRecord) -> usize {
        let mut byte = record.position().map_or(0, |p| {
            usize::try_from(p.byte())
                .unwrap_or(usize::MAX)
                .min(self.text.len())
        });
        // The position is where the previous record ended: blank lines come first.
        while matches!(self.text.get(byte), Some(b'\r' | b'\n')) {
            byte += 1;
        }
        let (from, line) = self.at;
        if byte >= from {
            let newlines = self.text[from..byte]
                .iter()
                .filter(|b| **b == b'\n')
                .count();
            self.at = (byte, line + newlines);
        }
        self.at.1
    }
}

fn unreadable(error: &csv::Error, lines: &mut Lines<'_>) -> RosterError {
    let line = error.position().map(|p| {
        let mut record = csv::StringRecord::new();
        record.set_position(Some(p.clone()));
        lines.of(&record)
    });
    RosterError::Unreadable {
        line,
        message: match error.kind() {
            csv::ErrorKind::Utf8 { .. } => {
                "a field is not UTF-8 text: save the file as UTF-8".to_string()
            }
            _ => error.to_string(),
        },
    }
}

impl Roster {
    /// Reads a roster (see the module's documentation); the first problem found is the error.
    pub fn from_csv(text: &str) -> Result<Roster, RosterError> {
        Roster::read(text, MAX_ROSTER_ROWS)
    }

    /// [`Roster::from_csv`] with at most `max_rows` people.
    fn read(text: &str, max_rows: usize) -> Result<Roster, RosterError> {
        if text.len() > MAX_ROSTER_BYTES {
            return Err(RosterError::TooLarge { bytes: text.len() });
        }
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        let mut lines = Lines {
            text: text.as_bytes(),
            at: (0, 1),
        };
        let mut records = reader.records();
        let header = match records.next() {
            None => return Err(RosterError::Empty),
            Some(Err(e)) => return Err(unreadable(&e, &mut lines)),
            Some(Ok(record)) => Header::read(&record, lines.of(&record))?,
        };
        let mut roster = Roster {
            extra_columns: header.extra.iter().map(|(_, n)| n.clone()).collect(),
            ..Roster::default()
        };
        for record in records {
            let record = record.map_err(|e| unreadable(&e, &mut lines))?;
            let line = lines.of(&record);
            if roster.entries.len() == max_rows {
                return Err(RosterError::TooManyRows { line });
            }
            let entry = entry(&record, &header, line)?;
            if let Some(&first) = roster.by_email.get(&entry.email) {
                return Err(RosterError::DuplicateEmail {
                    line,
                    first_line: roster.entries[first].line,
                    email: entry.email,
                });
            }
            roster
                .by_email
                .insert(entry.email.clone(), roster.entries.len());
            roster.entries.push(entry);
        }
        Ok(roster)
    }

    /// The person with this email (case and surrounding space ignored).
    pub fn get(&self, email: &str) -> Option<&RosterEntry> {
        let key = email.trim().to_lowercase();
        self.by_email.get(&key).map(|&i| &self.entries[i])
    }

    /// People on the roster.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the roster lists nobody.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// People on the roster who left.
    pub fn left(&self) -> usize {
        self.entries
            .iter()
            .filter(|e| e.status == RosterStatus::Left)
            .count()
    }

    /// Everyone, in the file's order.
    pub fn entries(&self) -> &[RosterEntry] {
        &self.entries
    }

    /// The columns kept besides `email` and `status`, in the header's order.
    pub fn extra_columns(&self) -> &[String] {
        &self.extra_columns
    }

    /// What a review's metadata says of this roster, read from `bytes` of the file `path`.
    pub fn info(&self, path: &str, bytes: &[u8]) -> RosterInfo {
        RosterInfo {
            path: path.to_string(),
            sha256: hex(&Sha256::digest(bytes)),
            people: self.len(),
            left: self.left(),
        }
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The person on one row.
fn entry(
    record: &csv::StringRecord,
    header: &Header,
    line: usize,
) -> Result<RosterEntry, RosterError> {
    if record.len() != header.fields {
        return Err(RosterError::FieldCount {
            line,
            expected: header.fields,
            found: record.len(),
        });
    }
    let cell = |at: usize| record.get(at).unwrap_or_default();
    let email = cell(header.email).trim();
    if email.is_empty() {
        return Err(RosterError::NoEmail { line });
    }
    if !is_email_address(email) {
        return Err(RosterError::InvalidEmail {
            line,
            email: email.to_string(),
        });
    }
    let status = cell(header.status);
    let status = RosterStatus::parse(status).ok_or_else(|| RosterError::UnknownStatus {
        line,
        status: status.to_string(),
    })?;
    Ok(RosterEntry {
        email: email.to_lowercase(),
        status,
        line,
        extra: header
            .extra
            .iter()
            .map(|(at, name)| (name.clone(), cell(*at).to_string()))
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(text: &str) -> RosterError {
        Roster::from_csv(text).expect_err("refused")
    }

    #[test]
    fn a_roster_keeps_every_column_and_matches_in_any_case() {
        let roster = Roster::from_csv(
            "\u{feff}Name,EMAIL, Status ,team\n\
             \"Lovelace, Ada\",Ada@Example.com,LEFT,eng\n\
             \n\
             Grace,grace@example.com,active,\"ops\nnight\"\n",
        )
        .expect("a roster");
        assert_eq!((roster.len(), roster.left()), (2, 1));
        assert_eq!(roster.extra_columns(), ["Name", "team"]);
        let ada = roster.get("  ADA@example.COM ").expect("Ada");
        assert_eq!(ada.email, "ada@example.com");
        assert_eq!(ada.status, RosterStatus::Left);
        assert_eq!(ada.line, 2);
        assert_eq!(ada.extra["Name"], "Lovelace, Ada");
        let grace = roster.get("grace@example.com").expect("Grace");
        assert_eq!((grace.status, grace.line), (RosterStatus::Active, 4));
        assert_eq!(grace.extra["team"], "ops\nnight");
        assert!(roster.get("linus@example.com").is_none());
    }

    #[test]
    fn a_header_without_email_or_status_is_refused_naming_the_column() {
        assert_eq!(
            refused("mail,status\na@b.c,active\n"),
            RosterError::MissingColumn {
                line: 1,
                column: "email"
            }
        );
        assert_eq!(
            refused("email,state\na@b.c,active\n"),
            RosterError::MissingColumn {
                line: 1,
                column: "status"
            }
        );
        let twice = refused("email,status,Email\n");
        assert_eq!(
            twice,
            RosterError::DuplicateColumn {
                line: 1,
                column: "Email".into()
            }
        );
        assert_eq!(refused(""), RosterError::Empty);
        assert!(refused("").to_string().contains("`email` and `status`"));
    }

    #[test]
    fn bad_rows_are_refused_naming_their_line() {
        let text = "email,status\nada@example.com,active\n,left\n";
        assert_eq!(refused(text), RosterError::NoEmail { line: 3 });
        let text = "email,status\n\nada.example.com,active\n";
        let e = refused(text);
        assert_eq!(
            e,
            RosterError::InvalidEmail {
                line: 3,
                email: "ada.example.com".into()
            }
        );
        assert!(e.to_string().starts_with("line 3: "), "{e}");
        let text = "email,status\nada@example.com,gone\n";
        let e = refused(text);
        assert_eq!(
            e,
            RosterError::UnknownStatus {
                line: 2,
                status: "gone".into()
            }
        );
        assert!(e.to_string().contains("`active` nor `left`"), "{e}");
        let text =
            "email,status\nada@example.com,active\nb@example.com,left\nADA@example.com ,left\n";
        let e = refused(text);
        assert_eq!(
            e,
            RosterError::DuplicateEmail {
                line: 4,
                first_line: 2,
                email: "ada@example.com".into()
            }
        );
        assert!(
            e.to_string().contains("line 4") && e.to_string().contains("line 2"),
            "{e}"
        );
        let text = "email,status,name\nada@example.com,active,Lovelace, Ada\n";
        let e = refused(text);
        assert_eq!(
            e,
            RosterError::FieldCount {
                line: 2,
                expected: 3,
                found: 4
            }
        );
        assert!(e.to_string().contains("quote"), "{e}");
        // Windows line ends, blank lines.
        let text = "email,status\r\n\r\na@example.com,maybe\r\n";
        assert_eq!(
            refused(text),
            RosterError::UnknownStatus {
                line: 3,
                status: "maybe".into()
            }
        );
        // A quoted field spanning lines: the row after it is named by its own line.
        let text =
            "email,status,note\na@example.com,active,\"two\nlines\"\nb@example.com,maybe,x\n";
        assert_eq!(
            refused(text),
            RosterError::UnknownStatus {
                line: 4,
                status: "maybe".into()
            }
        );
    }

    #[test]
    fn a_roster_over_the_bounds_is_refused() {
        let big = "x".repeat(MAX_ROSTER_BYTES + 1);
        assert!(matches!(refused(&big), RosterError::TooLarge { .. }));
        let text = "email,status\na@e.x,active\nb@e.x,active\nc@e.x,left\n";
        assert!(Roster::read(text, 3).is_ok());
        assert_eq!(
            Roster::read(text, 2).expect_err("one too many"),
            RosterError::TooManyRows { line: 4 }
        );
    }

    #[test]
    fn info_hashes_the_bytes_and_counts() {
        let text = "email,status\na@example.com,left\n";
        let roster = Roster::from_csv(text).expect("a roster");
        let info = roster.info("roster.csv", text.as_bytes());
        assert_eq!((info.people, info.left), (1, 1));
        assert_eq!(info.sha256.len(), 64);
        assert_eq!(info.path, "roster.csv");
    }
}
