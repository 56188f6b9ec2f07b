//! One place decides every Rust name the generator emits.

use heck::ToUpperCamelCase;

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "try", "typeof", "unsized", "virtual", "yield",
];

/// Words of a display name: runs of letters and digits.
fn words(name: &str) -> Vec<&str> {
    name.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

/// `Monday.com SCIM` → `MondayComScim`, `GitHub` → `GitHub`, `Power BI` → `PowerBi`.
/// Words keep their own capitals except all-capital acronyms, which are title-cased.
pub fn integration_variant(name: &str) -> String {
    words(name)
        .into_iter()
        .map(|w| {
            let all_caps = w.chars().filter(|c| c.is_ascii_alphabetic()).count() > 1
                && !w.chars().any(|c| c.is_ascii_lowercase());
            let mut chars = w.chars();
            let first = chars.next().map(|c| c.to_ascii_uppercase());
            let rest: String = if all_caps {
                chars.as_str().to_ascii_lowercase()
            } else {
                chars.as_str().to_string()
            };
            first.into_iter().collect::<String>() + &rest
        })
        .collect()
}

/// `Dropbox Sign (HelloSign)` → `dropbox_sign_hellosign`, `GitHub` → `github`.
pub fn integration_constructor(name: &str) -> String {
    words(name)
        .into_iter()
        .map(|w| w.to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join("_")
}

/// `users.delete` → `users_delete`; `models/user.yaml` → `user`.
pub fn module_name(name: &str) -> String {
    name.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join("_")
}

/// A wire name as a Rust field: `type` → `type_`. `None` when it cannot be one.
pub fn field_name(wire: &str) -> Option<String> {
    if !is_snake_ident(wire) {
        return None;
    }
    if KEYWORDS.contains(&wire) {
        Some(format!("{wire}_"))
    } else {
        Some(wire.to_string())
    }
}

/// `remove_from` → `RemoveFrom`.
pub fn type_name(snake: &str) -> String {
    snake.trim_end_matches('_').to_upper_camel_case()
}

/// `unified` → `Unified`, `end-user` → `EndUser`.
pub fn variant_name(value: &str) -> String {
    let v = value.to_upper_camel_case();
    if v.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        format!("V{v}")
    } else {
        v
    }
}

pub fn is_snake_ident(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase() || c == '_')
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && s != "_"
}

pub fn is_type_ident(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_alphanumeric())
        && !KEYWORDS.contains(&s)
}

/// `OrganizationIdOrWorkspaceId` → `organization_id_or_workspace_id`.
pub fn snake(name: &str) -> String {
    use heck::ToSnakeCase;
    name.to_snake_case()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integration_names() {
        assert_eq!(integration_variant("Monday.com SCIM"), "MondayComScim");
        assert_eq!(integration_variant("GitHub"), "GitHub");
        assert_eq!(integration_variant("Power BI"), "PowerBi");
        assert_eq!(integration_variant("Dropbox - Business"), "DropboxBusiness");
        assert_eq!(integration_variant("KnowBe4 SCIM"), "KnowBe4Scim");
        assert_eq!(
            integration_constructor("Dropbox Sign (HelloSign)"),
            "dropbox_sign_hellosign"
        );
        assert_eq!(field_name("type").as_deref(), Some("type_"));
        assert_eq!(field_name("2fa"), None);
        assert_eq!(variant_name("end_user"), "EndUser");
    }
}
