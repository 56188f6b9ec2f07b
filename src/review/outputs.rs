//! A review's outputs, `accounts.csv`, `review.json`, `review.md` and `review.html`, written
//! at the end from what the spool prepared as the pages arrived ([`super::spool`]): each
//! account's pages in the review's order, their bytes copied from the rows file and the spool
//! files. Only a page holding a row of a person with several active accounts in one app is
//! read back, to give those rows the `duplicate` finding. Nothing holds all rows at once. Each
//! file is written beside its name and renamed over it once whole.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;

use super::atomic::{Atomic, in_file};
use super::cells::{CSV_COLUMNS, csv_record};
use super::findings::add_finding;
use super::options::ReviewError;
use super::report::{Format, Tally, write_reports_with};
use super::rows::RowReader;
use super::spool::{self, LISTS, Span, Spool, list_index};
use super::{AccountRow, Finding, ReviewMeta};
use crate::spec::People;
/// `accounts.csv`'s file name.
pub const CSV_FILE: &str = "accounts.csv";

/// `review.json`'s file name.
pub const JSON_FILE: &str = "review.json";

/// An output that could not be written (or a spool file that could not be read for it).
fn io_error(path: &Path, error: std::io::Error) -> ReviewError {
    ReviewError::Output {
        path: path.to_path_buf(),
        error,
    }
}

/// Writes the four outputs in `dir` for the accounts `reviewed` (their positions in the
/// spool, in the order the outputs list them), from the spool and the rows file; `meta`
/// gives the review's metadata from the rows' tally. The spool's files are removed (when the
/// spool is dropped, whether the outputs were written or not).
pub(super) fn write(
    dir: &Path,
    rows_path: &Path,
    mut spool: Spool,
    reviewed: &[usize],
    people: &People,
    meta: impl FnOnce(&Tally) -> ReviewMeta,
) -> Result<ReviewMeta, ReviewError> {
    let rows_error = |error| ReviewError::Io {
        path: rows_path.to_path_buf(),
        error,
    };
    let mut reader = RowReader::open(rows_path).map_err(rows_error)?;
    let others_spooled = (0..spool.accounts.len())
        .any(|a| !reviewed.contains(&a) && !spool.accounts[a].pages.is_empty());
    if others_spooled {
        spool
            .recount_duplicates(reviewed, &mut reader, people)
            .map_err(rows_error)?;
    }
    let mut tally = Tally::default();
    for &a in reviewed {
        tally
            .merge(&spool.accounts[a].tally)
            .map_err(|e| io_error(dir, e))?;
    }
    let mut data = Data {
        spool: &mut spool,
        reader,
        rows_path,
        people,
        tally,
        buffer: Vec::new(),
        first: true,
    };
    let meta = data.write(dir, reviewed, meta)?;
    let Data { tally, .. } = data;
    write_reports_with(dir, &meta, &tally, &mut |finding, format, out| {
        copy_list(&spool, reviewed, finding, format, out)
    })
    .map_err(|e| io_error(dir, e))?;
    Ok(meta)
}

/// Writing `accounts.csv` and `review.json`.
struct Data<'a> {
    spool: &'a mut Spool,
    reader: RowReader,
    rows_path: &'a Path,
    people: &'a People,
    /// The rows written, per finding and app (`duplicate` counted as found).
    tally: Tally,
    buffer: Vec<u8>,
    /// Whether no row of `review.json` is written yet.
    first: bool,
}

impl Data<'_> {
    fn write(
        &mut self,
        dir: &Path,
        reviewed: &[usize],
        meta: impl FnOnce(&Tally) -> ReviewMeta,
    ) -> Result<ReviewMeta, ReviewError> {
        let create = |name| Atomic::create(&dir.join(name)).map_err(|e| io_error(dir, e));
        let (mut csv_file, mut json_file) = (create(CSV_FILE)?, create(JSON_FILE)?);
        let meta = (|| -> std::io::Result<ReviewMeta> {
            let (csv, json) = (csv_file.writer(), json_file.writer());
            let mut header = csv::Writer::from_writer(Vec::new());
            header.write_record(CSV_COLUMNS)?;
            csv.write_all(&header.into_inner().map_err(|e| e.into_error())?)?;
            json.write_all(b"{\"accounts\":[")?;
            for &account in reviewed {
                for p in 0..self.spool.accounts[account].pages.len() {
                    let page = self.spool.accounts[account].pages[p].clone();
                    if page.marked {
                        self.rewrite(page.rows, csv, json)?;
                    } else {
                        self.copy_rows(page.rows, json)?;
                        let csv_spool = &self.spool.csv;
                        let bytes = read_span(&csv_spool.file, page.csv, &mut self.buffer)
                            .map_err(|e| in_file(&csv_spool.path, e))?;
                        csv.write_all(bytes)?;
                    }
                }
            }
            let meta = meta(&self.tally);
            json.write_all(b"\n],\"meta\":")?;
            serde_json::to_writer(&mut *json, &meta)?;
            json.write_all(b"}\n")?;
            Ok(meta)
        })()
        .map_err(|e| io_error(dir, e))?;
        csv_file.commit().map_err(|e| io_error(dir, e))?;
        json_file.commit().map_err(|e| io_error(dir, e))?;
        Ok(meta)
    }

    /// Copies the rows of `span` of the rows file (a JSON line each) into `review.json`.
    fn copy_rows(&mut self, span: Span, json: &mut impl Write) -> std::io::Result<()> {
        let bytes = read_span(self.reader.file(), span, &mut self.buffer)
            .map_err(|e| in_file(self.rows_path, e))?;
        for line in bytes.split_inclusive(|&b| b == b'\n') {
            let row = line.strip_suffix(b"\n").ok_or_else(altered)?;
            json.write_all(separator(&mut self.first))?;
            json.write_all(row)?;
        }
        Ok(())
    }

    /// Writes the rows of `span` of the rows file anew, each a duplicate if its person has
    /// several active accounts in its app (and then in that list too).
    fn rewrite(
        &mut self,
        span: Span,
        csv: &mut impl Write,
        json: &mut impl Write,
    ) -> std::io::Result<()> {
        let (spool, people) = (&mut *self.spool, self.people);
        let (tally, first) = (&mut self.tally, &mut self.first);
        let mut records = csv::Writer::from_writer(Vec::new());
        self.reader.each(&[span], |mut row| {
            let several = spool::keys(&row, people).is_some_and(|(k, _)| spool.duplicates.holds(k));
            if several {
                add_finding(&mut row, Finding::Duplicate);
                tally.add_finding(&row.app, Finding::Duplicate);
                list_duplicate(spool, &row)?;
            }
            json.write_all(separator(first))?;
            serde_json::to_writer(&mut *json, &row)?;
            records
                .write_record(csv_record(&row))
                .map_err(std::io::Error::from)
        })?;
        csv.write_all(&records.into_inner().map_err(|e| e.into_error())?)
    }
}

/// What goes before a row of `review.json`'s `accounts`: a line break, after a comma unless
/// it is the `first` (which it is no longer).
fn separator(first: &mut bool) -> &'static [u8] {
    if std::mem::replace(first, false) {
        b"\n"
    } else {
        b",\n"
    }
}

/// Appends a duplicate row's lines to the `duplicate` lists' spools (which hold nothing else:
/// no row is a duplicate until the end).
fn list_duplicate(spool: &mut Spool, row: &AccountRow) -> std::io::Result<()> {
    let mut lines: [Vec<u8>; LISTS] = Default::default();
    spool::write_lines(&mut lines, row);
    for format in [Format::Markdown, Format::Html] {
        let n = list_index(Finding::Duplicate, format);
        spool.lists[n].append(&lines[n])?;
    }
    Ok(())
}

/// Copies `finding`'s list in `format`: the lines of each page of the accounts `reviewed`,
/// in order (the `duplicate` list: all its spool, written in that order at the end).
fn copy_list(
    spool: &Spool,
    reviewed: &[usize],
    finding: Finding,
    format: Format,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let n = list_index(finding, format);
    let (file, path) = (&spool.lists[n].file, &spool.lists[n].path);
    let mut buffer = Vec::new();
    if finding == Finding::Duplicate {
        let mut file = file;
        file.seek(SeekFrom::Start(0))
            .and_then(|_| std::io::copy(&mut file, out))
            .map_err(|e| in_file(path, e))?;
        return Ok(());
    }
    // Spans that follow one another are read at once (the last, which follows nothing, makes
    // the one pending read).
    let mut pending: Option<Span> = None;
    let spans = reviewed.iter().flat_map(|&a| {
        spool.accounts[a]
            .pages
            .iter()
            .filter_map(move |p| p.list(n))
    });
    for span in spans.chain([(u64::MAX, u64::MAX)]) {
        match &mut pending {
            Some((_, end)) if *end == span.0 => *end = span.1,
            _ => {
                if let Some(done) = pending.replace(span) {
                    let bytes = read_span(file, done, &mut buffer).map_err(|e| in_file(path, e))?;
                    out.write_all(bytes)?;
                }
            }
        }
    }
    Ok(())
}

/// The bytes of `span` of `file`, read into `buffer`.
fn read_span<'b>(
    mut file: &File,
    span: Span,
    buffer: &'b mut Vec<u8>,
) -> std::io::Result<&'b [u8]> {
    let len = usize::try_from(span.1.saturating_sub(span.0)).map_err(|_| altered())?;
    buffer.resize(len, 0);
    file.seek(SeekFrom::Start(span.0))?;
    file.read_exact(buffer)?;
    Ok(buffer)
}

fn altered() -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::InvalidData,
        "the review's rows file does not hold whole rows where its journal says: it was altered",
    )
}
