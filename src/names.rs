//! Looking names up the way people type them.

/// The form two names are compared in: lowercase ASCII letters and digits only, so that
/// "Slack Enterprise", "slack-enterprise" and "slackenterprise" are the same name.
pub fn normalize(name: &str) -> String {
    normalized_chars(name).collect()
}

fn normalized_chars(name: &str) -> impl Iterator<Item = char> + '_ {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
}

/// Whether `a` and `b` are the same name once normalized, without allocating.
pub fn same_name(a: &str, b: &str) -> bool {
    normalized_chars(a).eq(normalized_chars(b))
}

/// The candidate nearest to `input`, when it is near enough to be a likely misspelling.
pub fn nearest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let input = normalize(input);
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(&input, &normalize(c)), c))
        .filter(|(d, c)| *d <= (normalize(c).len().max(input.len()) / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}
