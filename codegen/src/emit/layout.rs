//! The one layout prettyplease cannot express, for the text the generator writes itself (the
//! endpoints' data tables, the list of every integration, long doc lines): lists of integrations
//! one line per initial letter, so that adding one rewrites only the line of its letter, and
//! text broken at spaces, so that no generated line is longer than [`WIDTH`].

/// The longest line the generator writes.
pub const WIDTH: usize = 120;

/// The longest line of doc text (before `/// ` and the item's indentation).
pub const DOC_WIDTH: usize = 100;

/// `items` as lines of at most `width` characters: `(key, text)` pairs in their order,
/// consecutive items whose keys share an initial letter on one line (texts joined by a space).
/// A run too long for one line is split the same way by the first two letters, then three;
/// then one item per line. Lines are addressed by content, so inserting an item changes only
/// the line of its prefix (or adds one).
pub fn grouped<S: AsRef<str>>(items: &[(S, String)], width: usize) -> Vec<String> {
    let mut out = Vec::new();
    runs(items, 1, width, &mut out);
    out
}

fn runs<S: AsRef<str>>(items: &[(S, String)], depth: usize, width: usize, out: &mut Vec<String>) {
    let prefix = |key: &S| -> String {
        key.as_ref()
            .chars()
            .take(depth)
            .flat_map(char::to_lowercase)
            .collect()
    };
    let mut start = 0;
    while start < items.len() {
        let p = prefix(&items[start].0);
        let len = items[start..]
            .iter()
            .take_while(|(k, _)| prefix(k) == p)
            .count();
        let run = &items[start..start + len];
        let line = run
            .iter()
            .map(|(_, t)| t.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        if line.len() <= width || run.len() == 1 {
            out.push(line);
        } else if depth < 3 {
            runs(run, depth + 1, width, out);
        } else {
            out.extend(run.iter().map(|(_, t)| t.clone()));
        }
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
    fn grouped_puts_a_letter_on_a_line_and_splits_long_runs_by_prefix() {
        let lines = grouped(&items(&["Asana", "Atlassian", "Box", "Canva", "Box2"]), 40);
        assert_eq!(
            lines,
            [
                "I::Asana, I::Atlassian,",
                "I::Box,",
                "I::Canva,",
                "I::Box2,"
            ]
        );
        let lines = grouped(&items(&["Asana", "Atlassian", "Auth0", "Azure"]), 24);
        assert_eq!(
            lines,
            ["I::Asana,", "I::Atlassian,", "I::Auth0,", "I::Azure,"]
        );
        let lines = grouped(&items(&["Asana", "Asbc", "Atlassian"]), 20);
        assert_eq!(lines, ["I::Asana, I::Asbc,", "I::Atlassian,"]);
    }

    #[test]
    fn grouped_inserting_an_item_changes_only_its_prefix_line() {
        let names = ["Asana", "Atlassian", "Auth0", "Box", "Canva", "Cisco"];
        let before = grouped(&items(&names), 30);
        let mut more = names.to_vec();
        more.insert(0, "Acme");
        let after = grouped(&items(&more), 30);
        let changed: Vec<&String> = after.iter().filter(|l| !before.contains(l)).collect();
        assert_eq!(changed, ["I::Acme,"]);
        assert!(before.iter().all(|l| after.contains(l)));
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
            assert!(line.len() + 1 <= WIDTH, "{line:?}");
        }
        let parsed: syn::LitStr = syn::parse_str(&text).expect("a string literal");
        assert_eq!(parsed.value(), value);
        assert_eq!(lit("short", 10, 4), "\"short\"");
    }
}
