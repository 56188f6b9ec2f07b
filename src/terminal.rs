//! Text a server sent, made safe to show: control characters escaped visibly and long texts cut
//! with a marker that says how much was cut and where the whole is.
//!
//! A hostile or broken server (or proxy) may answer with a 5 MB error message, or with one
//! holding ANSI escape sequences (`ESC[…`), terminal-title codes (`ESC]…BEL`) or Unicode bidi
//! overrides that make a terminal show something other than what was sent. Every error message
//! of this crate ([`crate::Error`]'s and [`crate::ApiError`]'s `Display`), and everything the CLI
//! and the offboarding reports show, passes server-provided text through [`bounded`] or
//! [`escape`]. The whole text stays where it was kept (e.g. [`crate::ApiError::body`]).
//!
//! ```
//! use truto_user_directory::terminal;
//!
//! assert_eq!(terminal::escape("a\u{1b}[31mb\u{202e}c"), "a\\u{1b}[31mb\\u{202e}c");
//! let shown = terminal::bounded(&"x".repeat(5000), 100, "see the body");
//! assert!(shown.len() < 200 && shown.contains("4900 of 5000 bytes not shown; see the body"));
//! ```

use std::borrow::Cow;
use std::fmt::Write;

pub use crate::redact::without_userinfo;

/// The most bytes of one server-provided message an error shows (escapes included); the rest
/// is cut, with a marker.
pub const MAX_SHOWN_BYTES: usize = 1024;

/// The most bytes of a short server-provided value (a name, a `Location`, a cursor) shown.
pub const MAX_SHOWN_NAME_BYTES: usize = 200;

/// Whether `c` is escaped: C0 and C1 controls and DEL (`char::is_control`, so ESC and BEL and
/// with them every ANSI and OSC sequence), the Unicode bidi controls (embeddings, overrides and
/// isolates U+202A–U+202E, U+2066–U+2069, and the marks U+200E, U+200F, U+061C) and the line and
/// paragraph separators U+2028, U+2029.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
                | '\u{200e}'
                | '\u{200f}'
                | '\u{061c}'
                | '\u{2028}'
                | '\u{2029}'
        )
}

/// Appends `c` to `out`, as `\u{…}` (lower-case hex) when it [is unsafe](is_unsafe) and not
/// kept.
fn push(out: &mut String, c: char, keep: fn(char) -> bool) {
    if is_unsafe(c) && !keep(c) {
        // Writing to a String cannot fail.
        let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
    } else {
        out.push(c);
    }
}

fn escape_keeping(text: &str, keep: fn(char) -> bool) -> Cow<'_, str> {
    if !text.chars().any(|c| is_unsafe(c) && !keep(c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        push(&mut out, c, keep);
    }
    Cow::Owned(out)
}

/// `text` on one line with every [unsafe](is_unsafe) character escaped visibly (`\u{1b}`,
/// `\u{a}` for a line break); borrowed when there is none.
pub fn escape(text: &str) -> Cow<'_, str> {
    escape_keeping(text, |_| false)
}

/// [`escape`], but line breaks and tabs are kept: for a whole body a user asked to see.
pub fn escape_lines(text: &str) -> Cow<'_, str> {
    escape_keeping(text, |c| c == '\n' || c == '\t')
}

/// `text` [escaped](escape) and, when that is longer than `limit` bytes, cut at a character
/// boundary with a marker: `… [N of M bytes not shown; {whole}]`, where `whole` says where the
/// whole text is.
pub fn bounded(text: &str, limit: usize, whole: &str) -> String {
    bounded_of(text, text.len(), limit, whole)
}

/// A short value a server gave (a name, a `Location`, a cursor): [`bounded`] to
/// [`MAX_SHOWN_NAME_BYTES`].
pub fn short(value: &str) -> String {
    bounded(value, MAX_SHOWN_NAME_BYTES, "not shown whole")
}

/// [`bounded`] for the lossy UTF-8 reading of `bytes` (only the bytes that can be shown are
/// decoded).
pub fn bounded_bytes(bytes: &[u8], limit: usize, whole: &str) -> String {
    // An escape is at most 10 bytes for one byte read: `limit` bytes (and a character's
    // continuation) are always enough.
    let read = &bytes[..bytes.len().min(limit.saturating_add(4))];
    bounded_of(&String::from_utf8_lossy(read), bytes.len(), limit, whole)
}

/// `text` (the first bytes of one `total` bytes long) escaped and bounded.
fn bounded_of(text: &str, total: usize, limit: usize, whole: &str) -> String {
    let mut out = String::with_capacity(text.len().min(limit) + 64);
    let mut shown = 0;
    for (at, c) in text.char_indices() {
        let before = out.len();
        push(&mut out, c, |_| false);
        if out.len() > limit {
            out.truncate(before);
            break;
        }
        shown = at + c.len_utf8();
    }
    // A lossy reading may be longer than the bytes it read (U+FFFD for one byte).
    let shown = shown.min(total);
    if shown < total {
        let _ = write!(
            out,
            "… [{} of {total} bytes not shown; {whole}]",
            total - shown
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_are_escaped_and_long_text_is_cut_at_a_boundary() {
        let hostile = "\u{1b}[2J\u{1b}]0;owned\u{7}\u{9b}31m\u{7f}\u{202e}\u{2066}\r\nok";
        let out = escape(hostile);
        assert!(!out.chars().any(is_unsafe), "{out}");
        assert_eq!(
            out,
            "\\u{1b}[2J\\u{1b}]0;owned\\u{7}\\u{9b}31m\\u{7f}\\u{202e}\\u{2066}\\u{d}\\u{a}ok"
        );
        assert_eq!(escape_lines("a\n\tb\u{1b}"), "a\n\tb\\u{1b}");
        assert!(matches!(escape("plain ünïcode"), Cow::Borrowed(_)));
        let cut = bounded(&"é".repeat(100), 11, "whole");
        assert_eq!(cut, "ééééé… [190 of 200 bytes not shown; whole]");
        assert_eq!(bounded("short", 10, "whole"), "short");
        let bytes = bounded_bytes(&[b'a'; 5000], 8, "whole");
        assert_eq!(bytes, "aaaaaaaa… [4992 of 5000 bytes not shown; whole]");
        assert_eq!(
            bounded_bytes(&[0xff; 3], 100, "w"),
            "\u{fffd}\u{fffd}\u{fffd}"
        );
    }
}
