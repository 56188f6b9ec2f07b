//! Values from apps and users, escaped for the reports' formats: Markdown, HTML and a terminal.
//! Shared by the offboarding report and the access review's reports.

/// The style both reports' HTML pages start with (each adds its own after it).
pub(crate) const REPORT_CSS: &str =
    "body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
h1 { font-size: 1.6em; }
dl.facts { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; }
dt { font-weight: bold; }
dd { margin: 0; font-family: ui-monospace, monospace; word-break: break-all; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
td { font-family: ui-monospace, monospace; font-size: 0.9em; word-break: break-all; }
th { background: #f3f3f3; }
";

/// Escapes a value for Markdown: table pipes, backslashes, what could start HTML, code, links or
/// emphasis, and line breaks (a table cell is one line).
pub(crate) fn md(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            // `~` (strike-through) too: a value from an app must read as the text it is.
            '\\' | '|' | '<' | '>' | '`' | '*' | '[' | ']' | '&' | '#' | '~' => {
                out.push('\\');
                out.push(c);
            }
            // `://` would make a bare link of an app's text.
            ':' if chars.peek() == Some(&'/') => out.push_str("\\:"),
            '\r' | '\n' => out.push(' '),
            // Escaped visibly, as everywhere server text is shown (`\u` reads as itself).
            c if crate::terminal::is_unsafe(c) => {
                out.push_str(&crate::terminal::escape(c.encode_utf8(&mut [0; 4])));
            }
            c => out.push(c),
        }
    }
    out
}

/// Escapes a value for HTML text and quoted attributes (control characters and bidi overrides
/// escaped visibly first, [`crate::terminal::escape_lines`]).
pub(crate) fn html(value: &str) -> String {
    html_escape::encode_safe(&crate::terminal::escape_lines(value)).into_owned()
}

/// A value for a terminal: control characters (escape sequences) and bidi overrides escaped
/// visibly ([`crate::terminal::escape`]).
pub(crate) fn plain(value: &str) -> String {
    crate::terminal::escape(value).into_owned()
}
