//! A file of a review written beside its name (`.NAME.PID.partial`), synced and renamed over
//! it once whole, or removed if it is not (an error, a panic): `accounts.csv`, `review.json`
//! and the reports.

use std::fs::File;
use std::io::{self, BufWriter};
use std::path::{Path, PathBuf};

/// A file being written beside its name.
pub(super) struct Atomic {
    path: PathBuf,
    temporary: PathBuf,
    /// `None` once committed.
    file: Option<BufWriter<File>>,
}

impl Atomic {
    /// Starts writing `path`. An error names the file.
    pub(super) fn create(path: &Path) -> io::Result<Atomic> {
        let mut name = std::ffi::OsString::from(".");
        name.push(path.file_name().unwrap_or_default());
        name.push(format!(".{}.partial", std::process::id()));
        let temporary = path.with_file_name(name);
        let file = File::create(&temporary).map_err(|e| in_file(&temporary, e))?;
        Ok(Atomic {
            path: path.to_path_buf(),
            temporary,
            file: Some(BufWriter::with_capacity(1 << 16, file)),
        })
    }

    /// What is written to it.
    pub(super) fn writer(&mut self) -> &mut BufWriter<File> {
        self.file.as_mut().expect("an uncommitted file")
    }

    /// Flushes, syncs and renames it over its name. An error names the file.
    pub(super) fn commit(mut self) -> io::Result<()> {
        let Some(writer) = self.file.take() else {
            return Ok(());
        };
        let done = writer
            .into_inner()
            .map_err(io::IntoInnerError::into_error)
            .and_then(|file| file.sync_all())
            .map_err(|e| in_file(&self.temporary, e))
            .and_then(|()| std::fs::rename(&self.temporary, &self.path))
            .map_err(|e| in_file(&self.path, e));
        if done.is_err() {
            let _ = std::fs::remove_file(&self.temporary);
        }
        done
    }
}

impl Drop for Atomic {
    fn drop(&mut self) {
        if let Some(file) = self.file.take() {
            drop(file);
            let _ = std::fs::remove_file(&self.temporary);
        }
    }
}

/// Writes `path` with `write`, through an [`Atomic`].
pub(super) fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut BufWriter<File>) -> io::Result<()>,
) -> io::Result<()> {
    let mut file = Atomic::create(path)?;
    write(file.writer())?;
    file.commit()
}

/// `error`, naming the file it happened to (errors of the review's own files).
pub(super) fn in_file(path: &Path, error: io::Error) -> io::Error {
    io::Error::new(error.kind(), format!("{}: {error}", path.display()))
}
