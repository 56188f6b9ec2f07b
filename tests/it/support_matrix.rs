//! `generated/support-matrix.json` carries the facts of the three API pages, in the shape other
//! tools read, and agrees with the matrix compiled into the crate.

use serde_json::Value;
use truto_user_directory::{ENDPOINTS, Integration};

fn matrix() -> Value {
    let text = std::fs::read_to_string("generated/support-matrix.json").expect("read matrix");
    serde_json::from_str(&text).expect("valid JSON")
}

fn endpoint<'a>(m: &'a Value, name: &str) -> &'a Value {
    m["endpoints"]
        .as_array()
        .expect("endpoints")
        .iter()
        .find(|e| e["name"] == name)
        .unwrap_or_else(|| panic!("no endpoint {name}"))
}

fn param<'a>(e: &'a Value, name: &str) -> &'a Value {
    e["parameters"]
        .as_array()
        .expect("parameters")
        .iter()
        .find(|p| p["name"] == name)
        .unwrap_or_else(|| panic!("no parameter {name}"))
}

fn strings(v: &Value) -> Vec<&str> {
    v.as_array()
        .expect("array")
        .iter()
        .map(|x| x.as_str().expect("string"))
        .collect()
}

#[test]
fn facts_of_the_pages() {
    let m = matrix();
    assert_eq!(
        m["integrations"].as_array().expect("integrations").len(),
        Integration::ALL.len()
    );

    let delete = endpoint(&m, "users.delete");
    assert_eq!(delete["method"], "DELETE");
    assert_eq!(delete["path"], "/unified/user-directory/users/{id}");
    // The seed page's 76 integrations: those without a newer source.
    let newer = delete["integration_sources"].as_object().expect("map");
    let seed_page = strings(&delete["integrations"])
        .into_iter()
        .filter(|i| !newer.contains_key(*i))
        .count();
    assert_eq!(seed_page, 76);
    assert_eq!(
        strings(&delete["response_formats"]),
        ["unified", "raw", "normalized"]
    );
    let org = param(delete, "organization_id");
    assert_eq!(org["in"], "query");
    assert_eq!(
        strings(&org["required_in"]),
        [
            "Cisco Meraki",
            "ClickUp",
            "Elastic Cloud",
            "GitHub",
            "Trello"
        ]
    );
    assert_eq!(strings(&org["supported_in"]), ["GitLab"]);
    assert_eq!(
        org["notes"]["GitHub"],
        "The unique identifier of an organization"
    );
    assert_eq!(
        strings(&param(delete, "workspace_id")["required_in"]),
        [
            "Cisco Meraki",
            "Monday.com",
            "Slack Enterprise",
            "Typeform",
            "Webflow"
        ]
    );
    let remove_from = param(delete, "remove_from");
    assert_eq!(strings(&remove_from["enum"]), ["group", "organization"]);
    assert_eq!(strings(&remove_from["required_in"]), ["Asana"]);
    assert_eq!(
        strings(&param(delete, "emails")["required_in"]),
        ["BrowserStack"]
    );
    assert_eq!(
        strings(&param(delete, "group_id")["required_in"]),
        ["Heroku"]
    );
    assert_eq!(
        strings(&param(delete, "workspace")["required_in"]),
        ["Power BI", "WordPress"]
    );
    let permanent = param(delete, "permanent_delete");
    assert_eq!(strings(&permanent["supported_in"]), ["TeamViewer"]);
    assert_eq!(strings(&permanent["assumed"]), ["name"]);
    let rules = delete["rules"].as_array().expect("rules");
    assert_eq!(rules[0]["integration"], "GitLab");
    assert_eq!(
        strings(&rules[0]["at_least_one_of"]),
        ["organization_id", "workspace_id"]
    );
    assert_eq!(rules[1]["integration"], "Vercel");
    assert_eq!(
        strings(&rules[1]["at_least_one_of"]),
        ["groups", "workspace"]
    );
    let status = delete["response_fields"]
        .as_array()
        .expect("fields")
        .iter()
        .find(|f| f["name"] == "status_changed_at")
        .expect("status_changed_at");
    assert_eq!(strings(&status["supported_in"]), ["Okta"]);

    let deactivate = endpoint(&m, "users.deactivate");
    assert_eq!(deactivate["method"], "POST");
    assert_eq!(
        strings(&deactivate["integrations"]),
        ["Avalara AvaTax", "Okta", "Vanta"]
    );
    assert_eq!(
        strings(&deactivate["response_formats"]),
        ["unified", "raw", "normalized", "stream"]
    );
    assert_eq!(
        strings(&param(deactivate, "actor")["required_in"]),
        ["Vanta"]
    );
    let user_id = param(deactivate, "user_id");
    assert_eq!(user_id["in"], "body");
    assert_eq!(strings(&user_id["required_in"]), ["Avalara AvaTax", "Okta"]);
    let integrated = param(deactivate, "integrated_account_id");
    assert_eq!(
        (
            integrated["type"].as_str(),
            integrated["required"].as_bool()
        ),
        (Some("uuid"), Some(true))
    );

    let suspend = endpoint(&m, "users.suspend");
    assert_eq!(strings(&suspend["integrations"]), ["Okta"]);
    assert!(
        suspend["parameters"]
            .as_array()
            .expect("params")
            .iter()
            .all(|p| p["name"] != "actor")
    );
}

/// The JSON and the compiled matrix come from the same spec and say the same thing.
#[test]
fn json_agrees_with_the_compiled_matrix() {
    let m = matrix();
    let names: Vec<&str> = Integration::ALL.iter().map(|i| i.name()).collect();
    let json_names: Vec<&str> = m["integrations"]
        .as_array()
        .expect("integrations")
        .iter()
        .map(|i| i["name"].as_str().expect("name"))
        .collect();
    assert_eq!(names, json_names);
    assert_eq!(
        m["endpoints"].as_array().expect("endpoints").len(),
        ENDPOINTS.len()
    );
    for spec in ENDPOINTS {
        let e = endpoint(&m, spec.name);
        let list = |l: &[Integration]| l.iter().map(|i| i.name()).collect::<Vec<_>>();
        assert_eq!(strings(&e["integrations"]), list(spec.integrations));
        for p in spec.parameters {
            let j = param(e, p.name);
            assert_eq!(j["in"], p.location.as_str());
            assert_eq!(j["type"], p.ty.as_str());
            assert_eq!(j["required"], p.is_required_everywhere());
            assert_eq!(
                strings(&j["required_in"]),
                list(p.acceptance.listed_required())
            );
            assert_eq!(
                strings(&j["supported_in"]),
                list(p.acceptance.listed_supported())
            );
        }
        for f in spec.response_fields {
            let j = e["response_fields"]
                .as_array()
                .expect("fields")
                .iter()
                .find(|x| x["name"] == f.name)
                .expect("field");
            assert_eq!(strings(&j["supported_in"]), list(f.supported_in));
        }
    }
}

/// Every fact that is not on the seed pages names its source: the newest Delete page's added
/// integrations and parameter entries, the list and get pages' older versions, partial flags.
#[test]
fn facts_from_newer_pages_carry_their_source() {
    let m = matrix();
    let delete = endpoint(&m, "users.delete");
    let sources = delete["integration_sources"].as_object().expect("map");
    let integrations = strings(&delete["integrations"]);
    // Added by the newest page, with its source; the seed page's own integrations have none.
    let microsoft = sources["Microsoft 365"].as_str().expect("a source");
    assert!(microsoft.contains("delete"), "{microsoft}");
    assert!(integrations.contains(&"Microsoft 365"));
    assert!(
        integrations.contains(&"Figma"),
        "the seed page's Figma stays"
    );
    assert!(!sources.contains_key("Figma") && !sources.contains_key("GitHub"));
    assert!(sources.keys().all(|k| integrations.contains(&k.as_str())));
    // A parameter entry from the newest page names it; the seed page's entries do not.
    let emails = param(delete, "emails");
    let emails_sources = emails["sources"].as_object().expect("map");
    assert!(emails_sources.contains_key("Okta"), "{emails_sources:?}");
    assert!(!emails_sources.contains_key("BrowserStack"));
    let listed: Vec<&str> = strings(&emails["required_in"])
        .into_iter()
        .chain(strings(&emails["supported_in"]))
        .collect();
    assert!(emails_sources.keys().all(|k| listed.contains(&k.as_str())));

    let list = endpoint(&m, "users.list");
    assert_eq!(list["list"], true);
    assert_eq!(list["scope"], "account");
    let partial = list["partial_in"].as_object().expect("map");
    assert!(
        partial["GitHub"]
            .as_str()
            .expect("source")
            .contains("[seen]")
    );
    assert!(
        partial["HubSpot"]
            .as_str()
            .expect("source")
            .contains("[inferred]")
    );
    let older = list["integration_sources"]["Zoom"]
        .as_str()
        .expect("Zoom's source");
    assert!(older.contains("older"), "{older}");

    let accounts = endpoint(&m, "integrated_accounts.list");
    assert_eq!(accounts["scope"], "admin");
    assert!(strings(&accounts["integrations"]).is_empty());

    let downgrade = endpoint(&m, "users.downgrade");
    assert_eq!(downgrade["offboarding"]["downgrades_user"], true);
    assert_eq!(downgrade["offboarding"]["removes_user"], false);
}

/// The compiled tables know the same list endpoints and admin scope as the JSON.
#[test]
fn list_and_admin_endpoints_in_the_compiled_matrix() {
    let m = matrix();
    for e in ENDPOINTS {
        let json = endpoint(&m, e.name);
        assert_eq!(json["list"], e.list.is_some(), "{}", e.name);
        assert_eq!(json["scope"] == "admin", e.admin, "{}", e.name);
        if let Some(list) = e.list {
            let partial: Vec<&str> = list.partial_in.iter().map(|i| i.name()).collect();
            let mut json_partial: Vec<&str> = json["partial_in"]
                .as_object()
                .expect("map")
                .keys()
                .map(String::as_str)
                .collect();
            json_partial.sort_unstable();
            let mut compiled = partial.clone();
            compiled.sort_unstable();
            assert_eq!(compiled, json_partial, "{}", e.name);
        }
    }
    assert!(Integration::lookup("juniper-mist").is_ok());
}
