//! Offboarding runs: a plan run to its end, and the records of its journal or audit log.

use serde_json::Value;
use truto_user_directory::Client;
use truto_user_directory::offboard::{Offboarder, Plan, RunOptions, Summary, TargetResult};

/// Runs `plan` with `client` to its end: the summary, and every target's result in plan order.
pub async fn run(client: Client, plan: &Plan, options: RunOptions) -> (Summary, Vec<TargetResult>) {
    let mut results = Vec::new();
    let summary = Offboarder::new(client, options)
        .run(plan, |r| results.push(r.clone()))
        .await
        .expect("the run completes");
    results.sort_by_key(|r| r.target);
    (summary, results)
}

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
