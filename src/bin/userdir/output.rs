//! What the commands print on stdout: bytes, pretty JSON, JSON lines.

use std::io::{ErrorKind, Write};

use serde::Serialize;

use crate::exit::{self, Failure};

/// Writes to stdout. A reader that went away (`userdir … | head`) ends the command quietly.
pub fn write_stdout(bytes: &[u8]) -> Result<(), Failure> {
    match std::io::stdout().lock().write_all(bytes) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == ErrorKind::BrokenPipe => Err(Failure::new(exit::OK, "")),
        Err(e) => Err(Failure::new(
            exit::FAILED,
            format!("cannot write stdout: {e}"),
        )),
    }
}

/// Prints `value` as pretty JSON on stdout.
pub fn print_json<T: Serialize>(value: &T) -> Result<(), Failure> {
    let mut text = serde_json::to_string_pretty(value)
        .map_err(|e| Failure::new(exit::FAILED, format!("cannot print JSON: {e}")))?;
    text.push('\n');
    write_stdout(text.as_bytes())
}

/// Prints `value` as one JSON line on stdout.
pub fn print_line<T: Serialize>(value: &T) -> Result<(), Failure> {
    let mut line = serde_json::to_vec(value)
        .map_err(|e| Failure::new(exit::FAILED, format!("cannot print JSON: {e}")))?;
    line.push(b'\n');
    write_stdout(&line)
}
