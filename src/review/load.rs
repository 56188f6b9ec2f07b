//! Reading a review back from `DIR/review.json` (`{"accounts": [AccountRow, …], "meta":
//! ReviewMeta}`): whole ([`read_review`], for a diff), or row by row without holding the rows
//! ([`for_each_row`], for the reports of big tenants).
//!
//! Input is bounded: a row may take at most [`MAX_ROW_BYTES`] of the file, the rest of it
//! (the meta, the keys) at most [`MAX_META_BYTES`], and [`read_review`] holds at most
//! [`MAX_ROWS_IN_MEMORY`] rows. Errors name the file, the row and what is wrong.

use std::cell::{Cell, RefCell};
use std::fmt;
use std::io::{self, BufReader, Read};
use std::path::Path;
use std::rc::Rc;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};

use super::{AccountRow, ReviewMeta};

/// The most bytes of `review.json` one row may take.
pub const MAX_ROW_BYTES: u64 = 1 << 20;
/// The most bytes of `review.json` that are not rows (the meta, the keys) may take.
pub const MAX_META_BYTES: u64 = 64 << 20;
/// The most rows [`read_review`] holds (a diff holds two reviews).
pub const MAX_ROWS_IN_MEMORY: usize = 2_000_000;

/// A review read back whole: every row, and what the review was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    /// One row per user account, in the file's order.
    pub accounts: Vec<AccountRow>,
    /// What the review was.
    pub meta: ReviewMeta,
}

/// What is wrong with a `review.json`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadErrorKind {
    /// The file could not be read.
    Io,
    /// The file is not a review (not `{"accounts": […], "meta": {…}}`).
    NotAReview,
    /// The file ends before the review does (a copy cut short, a review still being written).
    Truncated,
    /// A row or the meta does not have a review's shape.
    Invalid,
    /// A row names a finding this tool does not know.
    UnknownFinding,
    /// A row, the meta or the number of rows is over its bound.
    TooLarge,
}

/// A `review.json` that cannot be read: the file, the row (from 1) when the problem is in one,
/// and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewReadError {
    /// The file.
    pub file: String,
    /// What kind of problem.
    pub kind: ReadErrorKind,
    /// The row of `accounts` (from 1), when the problem is in one.
    pub row: Option<u64>,
    /// What is wrong (with the line and column, when known).
    pub message: String,
}

impl fmt::Display for ReviewReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.row {
            Some(row) => write!(f, "{}: accounts[{}]: {}", self.file, row - 1, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for ReviewReadError {}

impl From<ReviewReadError> for io::Error {
    fn from(e: ReviewReadError) -> io::Error {
        let kind = match e.kind {
            ReadErrorKind::Io => io::ErrorKind::Other,
            _ => io::ErrorKind::InvalidData,
        };
        io::Error::new(kind, e.to_string())
    }
}

/// Reads a whole review (at most [`MAX_ROWS_IN_MEMORY`] rows).
pub fn read_review(path: &Path) -> Result<Review, ReviewReadError> {
    let mut accounts = Vec::new();
    let meta = for_each_row(path, |row| {
        if accounts.len() >= MAX_ROWS_IN_MEMORY {
            return Err(ReviewReadError {
                file: path.display().to_string(),
                kind: ReadErrorKind::TooLarge,
                row: None,
                message: format!(
                    "more than {MAX_ROWS_IN_MEMORY} accounts: too many to hold in memory"
                ),
            });
        }
        accounts.push(row);
        Ok(())
    })?;
    Ok(Review { accounts, meta })
}

/// Reads `review.json` row by row, giving each row of `accounts` to `each` as it is read
/// (never holding more than one), and returns the meta. `each` may stop the reading with its
/// own error, which is returned as it is; problems of the file are turned into `E`.
pub fn for_each_row<E: From<ReviewReadError>>(
    path: &Path,
    each: impl FnMut(AccountRow) -> Result<(), E>,
) -> Result<ReviewMeta, E> {
    let file_name = path.display().to_string();
    let file = std::fs::File::open(path).map_err(|e| ReviewReadError {
        file: file_name.clone(),
        kind: ReadErrorKind::Io,
        row: None,
        message: format!("cannot read: {e}"),
    })?;
    let budget = Rc::new(Budget::default());
    budget.start(MAX_META_BYTES);
    let reader = BufReader::with_capacity(
        64 << 10,
        Budgeted {
            inner: file,
            budget: budget.clone(),
        },
    );
    let state = State {
        budget,
        phase: Cell::new(Phase::Top),
        rows: Cell::new(0),
        each: RefCell::new(each),
        stopped: RefCell::new(None),
    };
    let mut json = serde_json::Deserializer::from_reader(reader);
    let result = de::Deserializer::deserialize_map(&mut json, ReviewVisitor { state: &state })
        .and_then(|meta| json.end().map(|()| meta));
    match result {
        Ok(meta) => Ok(meta),
        Err(e) => match state.stopped.into_inner() {
            Some(stopped) => Err(stopped),
            None => Err(describe(
                file_name,
                &e,
                state.phase.get(),
                state.rows.get(),
                &state.budget,
            )
            .into()),
        },
    }
}

/// Where in the file the reader is: what a problem is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Before `accounts` or `meta`, or after both.
    Top,
    /// In the `accounts` array.
    Rows,
    /// In the `meta` object.
    Meta,
}

/// The bytes one part of the file may take, counted as the file is read.
#[derive(Debug, Default)]
struct Budget {
    used: Cell<u64>,
    limit: Cell<u64>,
    exceeded: Cell<bool>,
}

impl Budget {
    /// Starts counting again, for a part that may take `limit` bytes.
    fn start(&self, limit: u64) {
        self.used.set(0);
        self.limit.set(limit);
    }
}

/// A reader that fails once the part being read has taken more than its [`Budget`] (counted
/// below the buffer: a part may read up to one buffer more than its limit before it fails).
struct Budgeted<R> {
    inner: R,
    budget: Rc<Budget>,
}

impl<R: Read> Read for Budgeted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let used = self.budget.used.get() + n as u64;
        self.budget.used.set(used);
        if used > self.budget.limit.get() {
            self.budget.exceeded.set(true);
            return Err(io::Error::other("over its bound"));
        }
        Ok(n)
    }
}

/// What the visitors share: the budget, where the reader is, rows given, the consumer and the
/// error it stopped with.
struct State<F, E> {
    budget: Rc<Budget>,
    phase: Cell<Phase>,
    rows: Cell<u64>,
    each: RefCell<F>,
    stopped: RefCell<Option<E>>,
}

struct ReviewVisitor<'s, F, E> {
    state: &'s State<F, E>,
}

impl<'de, F, E> Visitor<'de> for ReviewVisitor<'_, F, E>
where
    F: FnMut(AccountRow) -> Result<(), E>,
{
    type Value = ReviewMeta;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(r#"a review: {"accounts": [...], "meta": {...}}"#)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ReviewMeta, A::Error> {
        let state = self.state;
        let (mut accounts, mut meta) = (false, None);
        while let Some(key) = map.next_key::<Key>()? {
            match key {
                Key::Accounts if accounts => {
                    return Err(de::Error::custom("`accounts` is given twice"));
                }
                Key::Accounts => {
                    state.phase.set(Phase::Rows);
                    map.next_value_seed(RowsSeed { state })?;
                    accounts = true;
                }
                Key::Meta if meta.is_some() => {
                    return Err(de::Error::custom("`meta` is given twice"));
                }
                Key::Meta => {
                    state.phase.set(Phase::Meta);
                    state.budget.start(MAX_META_BYTES);
                    meta = Some(map.next_value::<ReviewMeta>()?);
                }
            }
            state.phase.set(Phase::Top);
            state.budget.start(MAX_META_BYTES);
        }
        match (accounts, meta) {
            (true, Some(meta)) => Ok(meta),
            (false, _) => Err(de::Error::custom("no `accounts`")),
            (true, None) => Err(de::Error::custom("no `meta`")),
        }
    }
}

/// A key of the review object.
enum Key {
    Accounts,
    Meta,
}

impl<'de> de::Deserialize<'de> for Key {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Key, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("`accounts` or `meta`")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key, E> {
                match v {
                    "accounts" => Ok(Key::Accounts),
                    "meta" => Ok(Key::Meta),
                    other => Err(E::custom(format!(
                        "unknown key \"{}\": a review has `accounts` and `meta`",
                        crate::terminal::short(other)
                    ))),
                }
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

/// The `accounts` array, given row by row to the consumer.
struct RowsSeed<'s, F, E> {
    state: &'s State<F, E>,
}

impl<'de, F, E> DeserializeSeed<'de> for RowsSeed<'_, F, E>
where
    F: FnMut(AccountRow) -> Result<(), E>,
{
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de, F, E> Visitor<'de> for RowsSeed<'_, F, E>
where
    F: FnMut(AccountRow) -> Result<(), E>,
{
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of accounts")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let state = self.state;
        loop {
            state.budget.start(MAX_ROW_BYTES);
            let Some(row) = seq.next_element::<AccountRow>()? else {
                return Ok(());
            };
            state.rows.set(state.rows.get() + 1);
            if let Err(e) = (state.each.borrow_mut())(row) {
                *state.stopped.borrow_mut() = Some(e);
                return Err(de::Error::custom("stopped"));
            }
        }
    }
}

/// The error of a file that could not be read, in a person's words.
fn describe(
    file: String,
    e: &serde_json::Error,
    phase: Phase,
    rows: u64,
    budget: &Budget,
) -> ReviewReadError {
    let row = (phase == Phase::Rows).then_some(rows + 1);
    let at = format!("line {} column {}", e.line(), e.column());
    let (kind, message) = if budget.exceeded.get() {
        let (what, bound) = match phase {
            Phase::Rows => ("the row", MAX_ROW_BYTES),
            _ => ("the part outside the rows", MAX_META_BYTES),
        };
        (
            ReadErrorKind::TooLarge,
            format!("{what} takes more than {bound} bytes (at {at}): not a review this tool wrote"),
        )
    } else if e.is_io() {
        (ReadErrorKind::Io, format!("cannot read: {e}"))
    } else if e.is_eof() && e.line() == 1 && e.column() == 0 {
        (ReadErrorKind::NotAReview, "empty file: not a review".into())
    } else if e.is_eof() {
        (
            ReadErrorKind::Truncated,
            format!(
                "truncated: the file ends at {at} before the review does (a copy cut short, or a review still being written?)"
            ),
        )
    } else {
        // serde's message quotes the value it refused: shown bounded and escaped.
        let text = crate::terminal::bounded(
            &e.to_string(),
            crate::terminal::MAX_SHOWN_BYTES,
            "not shown whole",
        );
        match phase {
            Phase::Rows if text.contains("unknown variant") => (
                ReadErrorKind::UnknownFinding,
                format!("unknown finding: {text}"),
            ),
            Phase::Rows => (
                ReadErrorKind::Invalid,
                format!("not an account row: {text}"),
            ),
            Phase::Meta => (ReadErrorKind::Invalid, format!("`meta`: {text}")),
            Phase::Top if e.is_syntax() => (
                ReadErrorKind::NotAReview,
                format!("not JSON: {text}: not a review"),
            ),
            Phase::Top => (
                ReadErrorKind::NotAReview,
                format!(r#"not a review ({{"accounts": [...], "meta": {{...}}}}): {text}"#),
            ),
        }
    };
    ReviewReadError {
        file,
        kind,
        row,
        message,
    }
}
