//! The records of a journal or an audit log, without the lines that frame them.

use serde_json::Value;

/// Every line but the journal's header and sendings and the audit log's run anchors, each of
/// which must read as `T`.
pub fn records<T: serde::de::DeserializeOwned>(path: &std::path::Path) -> Vec<T> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|v| {
            !["journal", "sending", "anchor"]
                .iter()
                .any(|k| v.get(k).is_some())
        })
        .map(|v| serde_json::from_value(v).unwrap())
        .collect()
}
