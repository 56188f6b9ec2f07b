//! The rows file (`review.rows`): every account's rows as pages arrive, one JSON line per
//! [`AccountRow`], pages of different accounts interleaved. The journal says which byte ranges
//! are whose ([`super::journal`]); the outputs are written from it one account at a time, a line
//! at a time, so that no review holds all its rows.

use std::fs::File;
use std::io::{BufRead, BufReader, Seek, SeekFrom};
use std::path::Path;

use super::AccountRow;

/// The rows of one page as the rows file holds them.
pub fn encode(rows: &[AccountRow]) -> serde_json::Result<Vec<u8>> {
    let mut out = Vec::new();
    for row in rows {
        serde_json::to_writer(&mut out, row)?;
        out.push(b'\n');
    }
    Ok(out)
}

/// Reads the rows in the byte ranges `ranges` of the rows file, in order, one at a time.
pub struct RowReader {
    reader: BufReader<File>,
    line: Vec<u8>,
}

impl RowReader {
    /// Opens the rows file.
    pub fn open(path: &Path) -> std::io::Result<RowReader> {
        Ok(RowReader {
            reader: BufReader::with_capacity(1 << 16, File::open(path)?),
            line: Vec::new(),
        })
    }

    /// The rows file (reading it moves the reader: [`RowReader::each`] seeks first).
    pub fn file(&self) -> &File {
        self.reader.get_ref()
    }

    /// Calls `each` with every row of the byte ranges, in order.
    pub fn each(
        &mut self,
        ranges: &[(u64, u64)],
        mut each: impl FnMut(AccountRow) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        for &(start, end) in ranges {
            self.reader.seek(SeekFrom::Start(start))?;
            let mut at = start;
            while at < end {
                self.line.clear();
                let n = self.reader.read_until(b'\n', &mut self.line)?;
                if n == 0 || self.line.last() != Some(&b'\n') || at + n as u64 > end {
                    return Err(std::io::Error::new(
                        std::io::ErrorKind::InvalidData,
                        format!(
                            "the rows file does not hold whole rows at bytes {start}..{end}: it was altered"
                        ),
                    ));
                }
                at += n as u64;
                let row: AccountRow = serde_json::from_slice(&self.line).map_err(|e| {
                    std::io::Error::new(
                        std::io::ErrorKind::InvalidData,
                        format!(
                            "a row of the rows file at byte {} cannot be read: {e}",
                            at - n as u64
                        ),
                    )
                })?;
                each(row)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(user: &str) -> AccountRow {
        AccountRow {
            app: "Okta".into(),
            integrated_account_id: "a".into(),
            user_id: user.into(),
            emails: vec!["x@y.z".into()],
            person: Some("x@y.z".into()),
            status: None,
            last_login: None,
            user_type: None,
            roles: vec![],
            groups: vec![],
            licenses: vec![],
            findings: vec![],
        }
    }

    #[test]
    fn rows_come_back_by_range_in_order() {
        let path = std::env::temp_dir().join(format!("userdir-rows-{}", std::process::id()));
        let first = encode(&[row("1"), row("2")]).expect("encode");
        let second = encode(&[row("3")]).expect("encode");
        let mut bytes = first.clone();
        bytes.extend_from_slice(&second);
        std::fs::write(&path, &bytes).expect("write");
        let (a, b) = (first.len() as u64, bytes.len() as u64);
        let mut ids = Vec::new();
        let mut reader = RowReader::open(&path).expect("open");
        reader
            .each(&[(a, b), (0, a)], |r| {
                ids.push(r.user_id);
                Ok(())
            })
            .expect("read");
        assert_eq!(ids, ["3", "1", "2"]);
        let e = reader.each(&[(0, a - 1)], |_| Ok(())).expect_err("cut");
        assert!(e.to_string().contains("altered"), "{e}");
        let _ = std::fs::remove_file(&path);
    }
}
