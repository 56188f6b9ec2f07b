//! The API token, taken out of everything a server sends back before the client keeps it.
//!
//! A hostile or broken server (or proxy) may echo the `Authorization` header in an error
//! message, a body, a header or a `Location`. The client redacts every answer once, where it
//! comes in (the buffered body and the headers; a streamed body chunk by chunk), so that no
//! error message, snippet, `Debug` output, log line, journal, audit record, report or CLI output
//! derived from it can hold the token. The token is looked for as sent, percent-encoded (upper
//! and lower hex, RFC 3986 unreserved characters kept or not) and JSON-escaped.

use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use bytes::{Bytes, BytesMut};
use futures_util::Stream;
use memchr::memmem::Finder;
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
use reqwest::header::{HeaderMap, HeaderValue};

/// What replaces the token.
pub const REDACTED: &str = "[redacted]";

/// Tokens shorter than this are not looked for: they would match ordinary text (and corrupt
/// the JSON they are found in). Truto's tokens are far longer.
pub const MIN_REDACTED_LEN: usize = 8;

/// Finds the token's forms in bytes and replaces them with [`REDACTED`].
#[derive(Clone, Default)]
pub(crate) struct Redactor {
    /// The token's distinct forms, longest first.
    forms: Vec<Finder<'static>>,
    /// The shortest form's length: shorter bytes cannot hold the token (most header values).
    shortest: usize,
    /// A part of the token that every form holds unchanged (a run of ASCII letters and digits,
    /// which none of the encodings touches), when there is one of at least [`MIN_ANCHOR_LEN`]
    /// bytes: bytes without it hold no form, which one search tells.
    anchor: Option<Finder<'static>>,
}

/// The shortest [`Redactor::anchor`] worth a search of its own.
const MIN_ANCHOR_LEN: usize = 4;

impl Redactor {
    /// A redactor for `token` (one that finds nothing when the token is shorter than
    /// [`MIN_REDACTED_LEN`]).
    pub(crate) fn new(token: &str) -> Redactor {
        if token.len() < MIN_REDACTED_LEN {
            return Redactor::default();
        }
        let mut forms: Vec<String> = vec![token.to_string(), crate::wire::encode(token)];
        forms.push(utf8_percent_encode(token, NON_ALPHANUMERIC).to_string());
        if let Ok(json) = serde_json::to_string(token) {
            let inner = &json[1..json.len() - 1];
            forms.push(inner.replace('/', "\\/"));
            forms.push(inner.to_string());
        }
        let lower: Vec<String> = forms.iter().map(|f| lower_hex(f)).collect();
        forms.extend(lower);
        forms.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        forms.dedup();
        let mut runs: Vec<&str> = token
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|run| run.len() >= MIN_ANCHOR_LEN)
            .collect();
        runs.sort_by_key(|run| std::cmp::Reverse(run.len()));
        let anchor = runs
            .into_iter()
            .find(|run| forms.iter().all(|f| f.contains(run)))
            .map(|run| Finder::new(run.as_bytes()).into_owned());
        Redactor {
            anchor,
            shortest: forms.iter().map(String::len).min().unwrap_or(0),
            forms: forms
                .into_iter()
                .map(|f| Finder::new(f.as_bytes()).into_owned())
                .collect(),
        }
    }

    /// Whether `bytes` are long enough to hold a form of the token (never, when none is looked
    /// for).
    fn may_hold(&self, bytes: &[u8]) -> bool {
        !self.forms.is_empty()
            && bytes.len() >= self.shortest
            && self.anchor.as_ref().is_none_or(|a| a.find(bytes).is_some())
    }

    /// The longest form, in bytes (0 when nothing is looked for).
    fn longest(&self) -> usize {
        self.forms.first().map_or(0, |f| f.needle().len())
    }

    /// `bytes` with every form of the token replaced; the same buffer (not copied) when it holds
    /// none.
    pub(crate) fn bytes(&self, bytes: Bytes) -> Bytes {
        if !self.may_hold(&bytes) {
            return bytes;
        }
        let mut out: Option<Vec<u8>> = None;
        for form in &self.forms {
            let current: &[u8] = out.as_deref().unwrap_or(&bytes);
            if form.find(current).is_none() {
                continue;
            }
            let mut replaced = Vec::with_capacity(current.len());
            let mut rest = current;
            while let Some(at) = form.find(rest) {
                replaced.extend_from_slice(&rest[..at]);
                replaced.extend_from_slice(REDACTED.as_bytes());
                rest = &rest[at + form.needle().len()..];
            }
            replaced.extend_from_slice(rest);
            out = Some(replaced);
        }
        out.map_or(bytes, Bytes::from)
    }

    /// `text` with every form of the token replaced.
    pub(crate) fn text(&self, text: String) -> String {
        let bytes = self.bytes(Bytes::from(text.into_bytes()));
        String::from_utf8_lossy(&bytes).into_owned()
    }

    /// Every header value with the token replaced (a value that holds it is marked sensitive).
    pub(crate) fn headers(&self, headers: &mut HeaderMap) {
        if self.forms.is_empty() {
            return;
        }
        for value in headers.values_mut() {
            // Most values hold no form of the token (most are shorter than it): look before
            // copying.
            if !self.may_hold(value.as_bytes())
                || !self
                    .forms
                    .iter()
                    .any(|f| f.find(value.as_bytes()).is_some())
            {
                continue;
            }
            let redacted = self.bytes(Bytes::copy_from_slice(value.as_bytes()));
            let mut clean = HeaderValue::from_maybe_shared(redacted)
                .unwrap_or_else(|_| HeaderValue::from_static(REDACTED));
            clean.set_sensitive(true);
            *value = clean;
        }
    }

    /// `stream` with the token replaced, also where it is split between chunks: the last
    /// `longest - 1` bytes of each chunk wait for the next one, so memory stays bounded by a
    /// chunk and the token's length.
    pub(crate) fn stream<S, E>(self: Arc<Self>, stream: S) -> RedactedStream<S>
    where
        S: Stream<Item = Result<Bytes, E>> + Unpin,
    {
        RedactedStream {
            inner: stream,
            redactor: self,
            held: BytesMut::new(),
            done: false,
        }
    }
}

/// ASCII upper-case hex digits after `%` in lower case (`%2F` → `%2f`).
fn lower_hex(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut after_percent = 0;
    for c in s.chars() {
        if after_percent > 0 {
            out.push(c.to_ascii_lowercase());
            after_percent -= 1;
        } else {
            out.push(c);
        }
        if c == '%' {
            after_percent = 2;
        }
    }
    out
}

/// A body stream with the token redacted ([`Redactor::stream`]).
pub(crate) struct RedactedStream<S> {
    inner: S,
    redactor: Arc<Redactor>,
    /// Redacted bytes not handed out yet: they may begin a form of the token.
    held: BytesMut,
    done: bool,
}

impl<S, E> Stream for RedactedStream<S>
where
    S: Stream<Item = Result<Bytes, E>> + Unpin,
{
    type Item = Result<Bytes, E>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        if this.redactor.forms.is_empty() {
            return Pin::new(&mut this.inner).poll_next(cx);
        }
        loop {
            if this.done {
                return Poll::Ready(
                    (!this.held.is_empty()).then(|| Ok(this.held.split().freeze())),
                );
            }
            match std::task::ready!(Pin::new(&mut this.inner).poll_next(cx)) {
                Some(Ok(chunk)) => {
                    this.held.extend_from_slice(&chunk);
                    let all = this.redactor.bytes(this.held.split().freeze());
                    let keep = (this.redactor.longest() - 1).min(all.len());
                    this.held.extend_from_slice(&all[all.len() - keep..]);
                    let out = all.slice(..all.len() - keep);
                    if !out.is_empty() {
                        return Poll::Ready(Some(Ok(out)));
                    }
                }
                Some(Err(e)) => return Poll::Ready(Some(Err(e))),
                None => this.done = true,
            }
        }
    }
}

/// `url` as it may be shown: a user name and password in it (`https://user:pw@host`) replaced
/// with `***` (`https://***@host`). Read as text, and generously: everything between the
/// scheme and the last `@` is taken out, so that a URL too broken to parse (a `#`, `?` or `/`
/// in the password, one slash or a backslash after the scheme) is shown without them too.
pub fn without_userinfo(url: &str) -> std::borrow::Cow<'_, str> {
    let scheme = url
        .split_once(':')
        .filter(|(s, _)| {
            !s.is_empty()
                && s.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b))
        })
        .map_or(0, |(s, _)| s.len() + 1);
    let start = scheme
        + url[scheme..]
            .bytes()
            .take_while(|b| matches!(b, b'/' | b'\\'))
            .count();
    // `@`, and the forms a URL parser may take for it.
    match url[start..].rfind(['@', '\u{ff20}', '\u{fe6b}']) {
        Some(at) => format!("{}***{}", &url[..start], &url[start + at..]).into(),
        None => url.into(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn user_info_is_taken_out_of_a_shown_url() {
        use super::without_userinfo;
        for (url, shown) in [
            (
                "http://user:pw@127.0.0.1:8080/x",
                "http://***@127.0.0.1:8080/x",
            ),
            ("https://a%40b:p@ss@host", "https://***@host"),
            ("http:/user:s3cretpw@127.0.0.1:1", "http:/***@127.0.0.1:1"),
            (
                r"http:\\user:s3cretpw@127.0.0.1:1",
                r"http:\\***@127.0.0.1:1",
            ),
            (
                "http://user:s3cr#etpw@127.0.0.1:1",
                "http://***@127.0.0.1:1",
            ),
            (
                "http://user:s3cr?etpw@127.0.0.1:1",
                "http://***@127.0.0.1:1",
            ),
            (
                "http://user:s3cr/etpw@127.0.0.1:1",
                "http://***@127.0.0.1:1",
            ),
            ("user:pw@host", "user:***@host"),
            (
                "http://user:s3cretpw\u{ff20}127.0.0.1:1",
                "http://***\u{ff20}127.0.0.1:1",
            ),
            ("https://api.truto.one", "https://api.truto.one"),
            ("https://api.truto.one/p", "https://api.truto.one/p"),
        ] {
            assert_eq!(without_userinfo(url), shown, "{url}");
        }
    }

    use super::*;

    #[test]
    fn every_form_is_replaced_and_short_tokens_are_left_alone() {
        let r = Redactor::new("tk/live \"x\"");
        let body =
            r#"a tk/live "x" b tk%2Flive%20%22x%22 c tk%2flive%20%22x%22 d tk\/live \"x\" e"#;
        let out = r.text(body.to_string());
        assert_eq!(
            out, "a [redacted] b [redacted] c [redacted] d [redacted] e",
            "{out}"
        );
        assert_eq!(Redactor::new("short").text("short".into()), "short");
    }

    #[test]
    fn the_anchor_is_in_every_form_and_rules_out_bytes_without_it() {
        for token in [
            "bench-token",
            "tk/live \"x\"",
            "a%4Fbcde%4f",
            "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
            "-_.~!*'()",
        ] {
            let r = Redactor::new(token);
            if let Some(anchor) = &r.anchor {
                let anchor = std::str::from_utf8(anchor.needle()).unwrap();
                for form in &r.forms {
                    let form = std::str::from_utf8(form.needle()).unwrap();
                    assert!(
                        form.contains(anchor),
                        "{token:?}: {anchor:?} not in {form:?}"
                    );
                }
                assert!(!r.may_hold(format!("{:-<60}", "x").as_bytes()));
            }
            // Every form is still found and replaced.
            for form in &r.forms {
                let form = std::str::from_utf8(form.needle()).unwrap();
                let out = r.text(format!("[{form}]"));
                assert_eq!(out, "[[redacted]]", "{token:?}: form {form:?}");
            }
        }
        // A run that an encoding changes (`%4F` becomes `%4f` in the lower-hex form) is no
        // anchor; the next longest run that every form holds is.
        let r = Redactor::new("ab%4Fcdef-wxyz");
        let anchor = r.anchor.as_ref().map(|a| a.needle().to_vec());
        assert_eq!(anchor.as_deref(), Some(&b"wxyz"[..]));
        assert!(Redactor::new("ab%4Fcdef").anchor.is_none());
    }
}
