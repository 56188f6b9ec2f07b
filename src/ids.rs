//! Ids compared as the API means them.

/// The form an integrated account id is compared in: integrated account ids are UUIDs, the
/// same account in upper or lower case.
pub(crate) fn account_key(id: &str) -> String {
    id.trim().to_ascii_lowercase()
}

/// Whether two integrated account ids name the same account ([`account_key`]).
pub(crate) fn same_account(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

#[cfg(test)]
mod tests {
    #[test]
    fn account_ids_are_compared_without_regard_to_case() {
        let id = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";
        assert!(super::same_account(id, &id.to_uppercase()));
        assert!(!super::same_account(
            id,
            "62f44730-dd91-461e-bd6a-aedd9e0ad79e"
        ));
        assert_eq!(super::account_key(&id.to_uppercase()), id);
    }
}
