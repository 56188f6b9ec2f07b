//! The one layout prettyplease cannot express, for the text the generator writes itself (the
//! endpoints' data tables, the list of every integration, long doc lines): lists of integrations
//! one line per initial letter, so that adding one rewrites only the line of its letter, and
//! text broken at spaces, so that no generated line is longer than [`WIDTH`].

/// The longest line the generator writes.
pub const WIDTH: usize = 120;

/// The longest line of doc text (before `/// ` and the item's indentation).
pub const DOC_WIDTH: usize = 100;

/// `items` as lines of at most `width` characters: `(key, text)` pairs in their order, texts
/// joined by a space. A run of consecutive items whose keys start with letters of one alphabet
/// range shares a line: the whole alphabet when it fits, otherwise each half, each quarter, …,
/// one letter, and within a letter the same by the second letter, then the third; then one item
/// per line. The ranges are fixed, so a line is addressed by content: inserting an item changes
/// only the line of its range (or splits that line when it no longer fits).
pub fn grouped<S: AsRef<str>>(items: &[(S, String)], width: usize) -> Vec<String> {
    let mut out = Vec::new();
    ranges(items, 0, 0, LETTERS, width, &mut out);
    out
}

/// `a`–`z`, then one slot for anything else.
const LETTERS: usize = 27;

/// The slot of the key's character at `position` (`None`: the key is shorter).
fn slot(key: &str, position: usize) -> Option<usize> {
    let c = key.chars().nth(position)?.to_ascii_lowercase();
    Some(if c.is_ascii_lowercase() {
        c as usize - 'a' as usize
    } else {
        LETTERS - 1
    })
}

/// Lays out `items`, whose keys agree before `position`, by the range `lo..hi` of slots at
/// `position`.
fn ranges<S: AsRef<str>>(
    items: &[(S, String)],
    position: usize,
    lo: usize,
    hi: usize,
    width: usize,
    out: &mut Vec<String>,
) {
    let line = items
        .iter()
        .map(|(_, t)| t.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    if line.len() <= width || items.len() == 1 {
        out.push(line);
        return;
    }
    if hi - lo == 1 {
        // One letter: the same by the next letter, up to the third.
        if position < 2 {
            ranges(items, position + 1, 0, LETTERS, width, out);
        } else {
            out.extend(items.iter().map(|(_, t)| t.clone()));
        }
        return;
    }
    // Runs of consecutive items in each half of the range.
    let mid = lo + (hi - lo).div_ceil(2);
    let half = |key: &S| slot(key.as_ref(), position).is_none_or(|s| s < mid);
    let mut start = 0;
    while start < items.len() {
        let first = half(&items[start].0);
        let len = items[start..]
            .iter()
            .take_while(|(k, _)| half(k) == first)
            .count();
        let (l, h) = if first { (lo, mid) } else { (mid, hi) };
        ranges(&items[start..start + len], position, l, h, width, out);
        start += len;
    }
}

/// `text` broken at spaces into lines of at most `width` characters (a longer word keeps its
/// own line); a line that starts a Markdown list item (`- `) continues indented under it.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        if line.len() <= width {
            out.push(line.to_string());
            continue;
        }
        let hang = if line.starts_with("- ") { "  " } else { "" };
        let mut current = String::new();
        for word in line.split(' ') {
            if !current.is_empty() && current.len() + 1 + word.len() > width {
                out.push(std::mem::take(&mut current));
                current.push_str(hang);
            } else if !current.is_empty() && current != hang {
                current.push(' ');
            }
            current.push_str(word);
        }
        out.push(current);
    }
    out
}

/// A Rust string literal of `value` that starts at column `column`: on one line when it fits
/// within [`WIDTH`], otherwise broken after spaces with `\` continuations, its further lines
/// indented by `indent` (the continuation skips that indentation, so the value is unchanged).
pub fn lit(value: &str, column: usize, indent: usize) -> String {
    let body = format!("{value:?}");
    let body = &body[1..body.len() - 1];
    let mut out = String::from("\"");
    let mut rest = body;
    let mut col = column + 1;
    // Two characters for `"` and `,` (or `\`) at the end of each line.
    while col + rest.len() + 2 > WIDTH {
        // Break after a space followed by a non-space: a continuation skips the whitespace
        // that starts the next line, so a space after the break would be lost.
        let room = WIDTH.saturating_sub(col + 2);
        let breaks = rest
            .char_indices()
            .filter(|&(i, c)| c == ' ' && rest[i + 1..].chars().next().is_some_and(|n| n != ' '));
        let mut at = None;
        for (i, _) in breaks {
            if i + 1 > room && at.is_some() {
                break;
            }
            at = Some(i + 1);
        }
        let Some(at) = at.filter(|&a| a < rest.len()) else {
            break;
        };
        out.push_str(&rest[..at]);
        out.push_str("\\\n");
        out.push_str(&" ".repeat(indent));
        rest = &rest[at..];
        col = indent;
    }
    out.push_str(rest);
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(keys: &[&str]) -> Vec<(String, String)> {
        keys.iter()
            .map(|k| (k.to_string(), format!("I::{k},")))
            .collect()
    }

    #[test]
    fn grouped_splits_by_alphabet_ranges_then_letters() {
        let names = ["Asana", "Atlassian", "Box", "Canva", "Okta", "Zoom"];
        assert_eq!(grouped(&items(&names), 80).len(), 1);
        let lines = grouped(&items(&names), 41);
        assert_eq!(
            lines,
            [
                "I::Asana, I::Atlassian, I::Box, I::Canva,",
                "I::Okta, I::Zoom,"
            ]
        );
        let lines = grouped(&items(&names), 40);
        assert_eq!(
            lines,
            [
                "I::Asana, I::Atlassian, I::Box,",
                "I::Canva,",
                "I::Okta, I::Zoom,"
            ]
        );
        // One letter too long for a line: split by the second letter.
        let lines = grouped(&items(&["Asana", "Atlassian", "Auth0", "Azure"]), 24);
        assert_eq!(lines, ["I::Asana, I::Atlassian,", "I::Auth0,", "I::Azure,"]);
        // Items out of order form runs of their own.
        let lines = grouped(&items(&["Okta", "Asana", "Zoom", "Box"]), 20);
        assert_eq!(lines, ["I::Okta,", "I::Asana,", "I::Zoom,", "I::Box,"]);
    }

    #[test]
    fn grouped_inserting_an_item_changes_only_its_range_line() {
        let names = [
            "Asana",
            "Atlassian",
            "Box",
            "Canva",
            "Cisco",
            "Figma",
            "Okta",
            "Slack",
            "Zoom",
        ];
        let before = grouped(&items(&names), 45);
        let mut more = names.to_vec();
        more.insert(7, "Pendo");
        let after = grouped(&items(&more), 45);
        let removed: Vec<&String> = before.iter().filter(|l| !after.contains(l)).collect();
        let added: Vec<&String> = after.iter().filter(|l| !before.contains(l)).collect();
        assert_eq!(removed.len(), 1, "{before:?} → {after:?}");
        assert_eq!(added.len(), 1, "{before:?} → {after:?}");
        assert!(added[0].contains("I::Pendo,") && added[0].contains("I::Okta,"));
    }

    #[test]
    fn wrap_breaks_at_spaces_and_hangs_list_items() {
        assert_eq!(wrap("short", 10), ["short"]);
        assert_eq!(wrap("aaa bbb ccc ddd", 8), ["aaa bbb", "ccc ddd"]);
        assert_eq!(wrap("- aaa bbb ccc", 8), ["- aaa", "  bbb", "  ccc"]);
        assert_eq!(
            wrap("averyveryverylongword x", 5),
            ["averyveryverylongword", "x"]
        );
    }

    #[test]
    fn lit_keeps_the_value_and_the_width() {
        let value = "A description that goes on  and on, with \"quotes\", a tab\t and a \\ backslash, \
                     long enough to need three lines of a generated table at a deep indentation \
                     level, and then some more words to be sure it wraps twice at least.";
        let text = lit(value, 50, 12);
        assert!(text.lines().count() >= 3, "{text}");
        for line in text.lines() {
            assert!(line.len() < WIDTH, "{line:?}");
        }
        let parsed: syn::LitStr = syn::parse_str(&text).expect("a string literal");
        assert_eq!(parsed.value(), value);
        assert_eq!(lit("short", 10, 4), "\"short\"");
    }
}
