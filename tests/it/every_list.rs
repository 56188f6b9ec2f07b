#![cfg(feature = "mock")]
//! Every list endpoint of the spec pages: against the local server, seeded with five records of
//! its collection, read two at a time to the end (three pages), each record once.

use serde_json::Value;
use truto_user_directory::spec::ParamRole;
use truto_user_directory::validate::WireField;
use truto_user_directory::{ENDPOINTS, PEOPLE};

use crate::support::local::{client, start};

const ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";

/// A seed of one account of `integration` holding five records `r0`…`r4` of `collection`
/// (the people's as users).
fn seed(integration: &str, collection: &str, people: bool) -> String {
    let records: Vec<String> = (0..5).map(|n| format!("{{id: r{n}}}")).collect();
    let held = if people {
        format!("users: [{}]", records.join(", "))
    } else {
        format!("records: {{{collection}: [{}]}}", records.join(", "))
    };
    format!(
        "accounts:\n  - id: {ACCOUNT}\n    integration: {integration}\n    {held}\nlimits: {{per_account: 1000}}\n"
    )
}

#[tokio::test]
async fn every_list_endpoint_follows_its_pages_to_the_end() {
    let people = PEOPLE.as_ref().map(|p| p.list);
    let lists = ENDPOINTS
        .iter()
        .copied()
        .filter(|e| e.list.is_some() && !e.admin);
    let mut checked = 0;
    for endpoint in lists {
        let integration = *endpoint.integrations.first().expect("a named integration");
        let collection = endpoint.path.rsplit('/').next().unwrap();
        let name = integration.name();
        let server = start(&seed(name, collection, people == Some(endpoint.name))).await;
        let mut fields = endpoint.example(integration).expect("an example request");
        for f in &mut fields {
            if f.spec.role == Some(ParamRole::IntegratedAccount) {
                f.value = Value::from(ACCOUNT);
            }
        }
        let limit = endpoint
            .parameter_with_role(ParamRole::Limit)
            .expect("a limit");
        fields.push(WireField {
            spec: limit,
            value: Value::from(2),
        });
        let client = client(&server);
        let mut pages = client.pages_of_fields::<Value>(
            endpoint,
            WireField::fields(&fields),
            Some(integration),
        );
        let (mut ids, mut count) = (Vec::new(), 0);
        while let Some(page) = pages.next_page().await {
            let page = page.unwrap_or_else(|e| panic!("{} for {name}: {e}", endpoint.name));
            count += 1;
            let truto_user_directory::Body::Typed(Some(page)) = page.body else {
                panic!("{}: not a page", endpoint.name)
            };
            ids.extend(
                page.items
                    .iter()
                    .map(|i| i["id"].as_str().unwrap_or_default().to_string()),
            );
        }
        ids.sort();
        assert_eq!(
            ids,
            ["r0", "r1", "r2", "r3", "r4"],
            "{} for {name}",
            endpoint.name
        );
        assert_eq!(count, 3, "{} for {name}: pages", endpoint.name);
        checked += 1;
    }
    // users, groups, roles, role assignments, licenses, activities, organizations, workspaces,
    // me, billing, utilization.
    assert!(checked >= 11, "{checked} list endpoints");
}
