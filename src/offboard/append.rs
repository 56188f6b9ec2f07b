//! Files a run appends to (its journal and its audit log): each known by how its first line
//! starts, opened only when new or of its kind, locked while a run appends to it, each line
//! written with a single `write` and synced before the run moves on.

use std::fmt;
use std::fs::{File, OpenOptions};
use std::io::{BufRead, Read, Write};
use std::path::{Path, PathBuf};

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
pub(super) fn refusal(kind: std::io::ErrorKind, message: String) -> std::io::Error {
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
    pub(super) fn check(self, path: &Path, file: Option<&mut File>) -> std::io::Result<()> {
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

/// How every journal line starts: the checksum of the rest.
pub(super) const CHECK_PREFIX: &str = "{\"check\":\"";

/// How an audit log's first line starts: the first run's anchor, chained to nothing.
const AUDIT_SIGNATURE: &str = "{\"prev_sha256\":null,\"anchor\":";

/// Appends JSON lines to a file, syncing each, holding an exclusive lock on it.
#[derive(Debug)]
pub(super) struct Appender {
    file: File,
}

impl Appender {
    /// Opens `path` for appending, refusing it unless it is new, or a file of `kind`
    /// ([`FileKind::check`]: checked before and after it is opened, before anything is
    /// written).
    pub(super) fn open(path: &Path, kind: FileKind) -> std::io::Result<Appender> {
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

    pub(super) fn is_empty(&self) -> std::io::Result<bool> {
        Ok(self.file.metadata()?.len() == 0)
    }

    /// Writes `line` and a newline with one `write`, and syncs.
    pub(super) fn append_line(&mut self, line: &[u8]) -> std::io::Result<()> {
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
pub(super) fn read_line(
    reader: &mut impl BufRead,
    buf: &mut Vec<u8>,
    max: usize,
) -> std::io::Result<usize> {
    buf.clear();
    reader.take(max as u64 + 1).read_until(b'\n', buf)
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

    #[test]
    fn sha256_is_the_standard_digest() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
