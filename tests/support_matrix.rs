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
        78
    );

    let delete = endpoint(&m, "users.delete");
    assert_eq!(delete["method"], "DELETE");
    assert_eq!(delete["path"], "/unified/user-directory/users/{id}");
    assert_eq!(delete["integrations"].as_array().expect("list").len(), 76);
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
