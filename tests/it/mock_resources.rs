#![cfg(feature = "mock")]
//! The local server's other resources, over real HTTP on 127.0.0.1: records by collection
//! (lists paged and filtered, gets, deletes), the access a revoke call takes away kept
//! consistent between the user and the records, missing methods, `me`, and the seed errors of
//! these keys.

use serde_json::{Value, json};
use truto_user_directory::mock::{MockServer, Seed, SeedAccount, SeedUser};
use truto_user_directory::{API, GetUser, Integration, ListGroups, RemoveUserFromGroup, UserType};

use crate::support::local::{client, start};

const ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";
const OKTA: &str = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
const GITHUB: &str = "0b6f3a52-5c1e-4d8e-9a47-3f0e2c9d1a10";
const BASE: &str = "/unified/user-directory";

/// Ada in two groups and holding two roles (r2 by two assignments), Grace in one group and
/// assigned r1.
fn yaml() -> String {
    format!(
        r#"
accounts:
  - id: {ACCOUNT}
    integration: BlackLine        # it has every method these tests call but the unnamed ones
    users:
      - id: "00u1"
        email: ada@example.com
        fields:
          groups: [{{id: g1, name: finance}}, {{id: g2, name: eng}}]
          roles: [{{id: r1, name: admin}}, {{id: r2, name: viewer}}]
          last_login_at: "2026-11-30T09:00:00Z"
          user_type: admin
      - id: "00u2"
        email: grace@example.com
        fields: {{groups: [{{id: g2, name: eng}}]}}
    records:
      groups:
        - {{id: g1, name: finance, group_type: team}}
        - {{id: g2, name: eng, group_type: department}}
        - {{id: g3, name: ops, group_type: team}}
      role_assignments:
        - {{id: ra1, user_id: "00u1", role_id: r1}}
        - {{id: ra2, user_id: "00u1", role_id: r2}}
        - {{id: ra3, user_id: "00u1", role_id: r2}}
        - {{id: ra4, user_id: "00u2", role_id: r1}}
      me: [{{id: "00u1", username: ada}}]
  - id: {GITHUB}
    integration: GitHub
    users: [{{id: octocat}}]
    missing_methods: [me.list]
limits: {{per_account: 1000}}
"#
    )
}

async fn server() -> MockServer {
    start(&yaml()).await
}

/// `method` on `path` (under the unified API) for `account`, with `query` after the account,
/// and a JSON `body`: the status and the JSON answer.
async fn call(
    server: &MockServer,
    method: &str,
    path: &str,
    account: &str,
    query: &str,
    body: Option<Value>,
) -> (u16, Value) {
    let url = format!(
        "{}{BASE}{path}?integrated_account_id={account}{query}",
        server.base_url()
    );
    let method = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
    let mut request = reqwest::Client::new().request(method, url).bearer_auth("t");
    if let Some(body) = body {
        request = request
            .header("content-type", "application/json")
            .body(body.to_string());
    }
    let response = request.send().await.expect("response");
    let status = response.status().as_u16();
    let bytes = response.bytes().await.expect("body");
    let value = serde_json::from_slice(&bytes).expect("JSON body");
    (status, value)
}

/// The ids of a list page's items.
fn ids(page: &Value) -> Vec<&str> {
    page["result"]
        .as_array()
        .expect("a list page")
        .iter()
        .filter_map(|item| item["id"].as_str())
        .collect()
}

/// The ids of the items of `user`'s list `field`, as `users.get` answers them.
async fn held(server: &MockServer, user: &str, field: &str) -> Vec<String> {
    held_in(server, ACCOUNT, user, field).await
}

/// [`held`] in `account`.
async fn held_in(server: &MockServer, account: &str, user: &str, field: &str) -> Vec<String> {
    let (status, body) = call(server, "GET", &format!("/users/{user}"), account, "", None).await;
    assert_eq!(status, 200, "{body}");
    body[field]
        .as_array()
        .map(|items| {
            let ids = items.iter().filter_map(|i| i["id"].as_str());
            ids.map(str::to_string).collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn a_seeded_group_list_pages_and_filters() {
    let server = server().await;
    let (status, page) = call(&server, "GET", "/groups", ACCOUNT, "&limit=2", None).await;
    assert_eq!(status, 200, "{page}");
    assert_eq!(ids(&page), ["g1", "g2"]);
    assert_eq!(
        page["result"][0],
        json!({"id": "g1", "name": "finance", "group_type": "team"})
    );
    let cursor = page["next_cursor"].as_str().expect("a next page");
    let query = format!("&limit=2&next_cursor={cursor}");
    let (_, page) = call(&server, "GET", "/groups", ACCOUNT, &query, None).await;
    assert_eq!(ids(&page), ["g3"]);
    assert_eq!(page["next_cursor"], Value::Null);

    for (query, expected) in [
        ("&group_type=team", vec!["g1", "g3"]),
        ("&group_type=team&name=ops", vec!["g3"]),
        ("&name=nobody", vec![]),
        // No record has a description: the filter leaves them all.
        ("&description=x", vec!["g1", "g2", "g3"]),
        ("&user_id=00u1", vec!["g1", "g2"]),
        ("&user_id=00u2&group_type=department", vec!["g2"]),
        ("&user_id=nobody", vec![]),
    ] {
        let (status, page) = call(&server, "GET", "/groups", ACCOUNT, query, None).await;
        assert_eq!(status, 200, "{query}: {page}");
        assert_eq!(ids(&page), expected, "{query}");
    }
    let (_, page) = call(&server, "GET", "/roles", ACCOUNT, "", None).await;
    assert_eq!(
        ids(&page),
        Vec::<&str>::new(),
        "a collection without records"
    );

    // The typed client decodes the records as the spec's model.
    let client = client(&server);
    let groups = client
        .list_groups(&ListGroups::new(ACCOUNT), Some(Integration::BlackLine))
        .next_page()
        .await
        .expect("a page")
        .expect("listed");
    let page = groups.body.typed().expect("page");
    let names: Vec<Option<&str>> = (page.items.iter()).map(|g| g.name.as_deref()).collect();
    assert_eq!(names, [Some("finance"), Some("eng"), Some("ops")]);
}

#[tokio::test]
async fn a_record_is_got_by_its_id_and_deleted_and_an_absent_one_is_a_remote_404() {
    let server = server().await;
    let (status, group) = call(&server, "GET", "/groups/g2", ACCOUNT, "", None).await;
    assert_eq!(status, 200);
    assert_eq!(group["name"], "eng");
    let (status, error) = call(&server, "GET", "/groups/nope", ACCOUNT, "", None).await;
    assert_eq!(status, 404, "{error}");
    assert_eq!(error["truto_is_remote_error"], true);

    let (status, deleted) = call(&server, "DELETE", "/groups/g2", ACCOUNT, "", None).await;
    assert_eq!((status, deleted), (200, json!({"id": "g2"})));
    let (status, _) = call(&server, "GET", "/groups/g2", ACCOUNT, "", None).await;
    assert_eq!(status, 404);
    let (status, error) = call(&server, "DELETE", "/groups/g2", ACCOUNT, "", None).await;
    assert_eq!(status, 404);
    assert_eq!(error["truto_is_remote_error"], true);
    // The users no longer list the deleted group.
    assert_eq!(held(&server, "00u1", "groups").await, ["g1"]);
    assert_eq!(held(&server, "00u2", "groups").await, Vec::<String>::new());
}

#[tokio::test]
async fn removing_a_user_from_a_group_changes_the_user_and_the_filtered_groups() {
    let server = server().await;
    let client = client(&server);
    let user = client
        .get_user(&GetUser::new("00u1", ACCOUNT), Some(Integration::BlackLine))
        .await
        .expect("the user");
    let user = user.body.typed().expect("typed");
    let groups: Vec<Option<&str>> = (user.groups.iter().flatten())
        .map(|g| g.id.as_deref())
        .collect();
    assert_eq!(groups, [Some("g1"), Some("g2")]);
    assert_eq!(user.user_type, Some(UserType::Admin));
    assert!(user.last_login_at.is_some(), "{user:?}");

    // The page names no integration: the client sends the call with a warning, and the server
    // serves it.
    let request = RemoveUserFromGroup::new("g1", "00u1", ACCOUNT);
    let response = client
        .remove_user_from_group(&request, Some(Integration::BlackLine))
        .await
        .expect("removed");
    assert_eq!(response.status, 200);
    let group = response.body.typed().expect("the group");
    assert_eq!(group.name.as_deref(), Some("finance"));
    assert_eq!(held(&server, "00u1", "groups").await, ["g2"]);
    let (_, page) = call(&server, "GET", "/groups", ACCOUNT, "&user_id=00u1", None).await;
    assert_eq!(ids(&page), ["g2"]);
    assert_eq!(
        held(&server, "00u2", "groups").await,
        ["g2"],
        "Grace keeps hers"
    );

    // Removing a non-member changes nothing and is no error; a group the seed has no record of
    // is answered by its id.
    let remove = |group: &str, user: &str| json!({"group_id": group, "user_id": user});
    let (status, body) = call(
        &server,
        "POST",
        "/groups/remove-user",
        ACCOUNT,
        "",
        Some(remove("g1", "00u1")),
    )
    .await;
    assert_eq!((status, &body["id"]), (200, &json!("g1")), "{body}");
    let (status, body) = call(
        &server,
        "POST",
        "/groups/remove-user",
        ACCOUNT,
        "",
        Some(remove("g9", "00u1")),
    )
    .await;
    assert_eq!((status, body), (200, json!({"id": "g9"})));
    assert_eq!(held(&server, "00u1", "groups").await, ["g2"]);
    let (status, error) = call(
        &server,
        "POST",
        "/groups/remove-user",
        ACCOUNT,
        "",
        Some(remove("g2", "nobody")),
    )
    .await;
    assert_eq!(status, 404, "{error}");
    assert_eq!(error["truto_is_remote_error"], true);
    assert_eq!(server.stats().by_endpoint["groups.remove_user"], 4);
}

#[tokio::test]
async fn deleting_a_role_assignment_removes_the_role_another_assignment_does_not_grant() {
    let server = server().await;
    let path = |id: &str| format!("/role_assignments/{id}");
    let (status, body) = call(&server, "DELETE", &path("ra1"), ACCOUNT, "", None).await;
    assert_eq!((status, body), (200, json!({"id": "ra1"})));
    // Grace's assignment of r1 is hers: Ada loses r1.
    assert_eq!(held(&server, "00u1", "roles").await, ["r2"]);
    let (_, page) = call(
        &server,
        "GET",
        "/role_assignments",
        ACCOUNT,
        "&role_id=r2",
        None,
    )
    .await;
    assert_eq!(ids(&page), ["ra2", "ra3"]);

    // ra3 grants r2 too: Ada keeps it until both are gone.
    let (status, _) = call(&server, "DELETE", &path("ra2"), ACCOUNT, "", None).await;
    assert_eq!(status, 200);
    assert_eq!(held(&server, "00u1", "roles").await, ["r2"]);
    let (status, _) = call(&server, "DELETE", &path("ra3"), ACCOUNT, "", None).await;
    assert_eq!(status, 200);
    assert_eq!(held(&server, "00u1", "roles").await, Vec::<String>::new());

    let (status, error) = call(&server, "DELETE", &path("ra3"), ACCOUNT, "", None).await;
    assert_eq!(status, 404, "{error}");
    assert_eq!(error["truto_is_remote_error"], true);
    let (_, page) = call(&server, "GET", "/role_assignments", ACCOUNT, "", None).await;
    assert_eq!(ids(&page), ["ra4"]);
}

#[tokio::test]
async fn me_answers_its_records_and_a_missing_method_the_specs_answer() {
    let server = server().await;
    let (status, page) = call(&server, "GET", "/me", ACCOUNT, "", None).await;
    assert_eq!(status, 200, "{page}");
    assert_eq!(page["result"], json!([{"id": "00u1", "username": "ada"}]));
    let (_, page) = call(&server, "GET", "/users", ACCOUNT, "", None).await;
    assert_eq!(
        ids(&page),
        ["00u1", "00u2"],
        "the users list is the people's"
    );

    let missing = API
        .missing_method
        .first()
        .expect("the spec's missing-method answer");
    let (status, error) = call(&server, "GET", "/me", GITHUB, "", None).await;
    assert_eq!(status, missing.status, "{error}");
    let remote = error["truto_is_remote_error"].as_bool().unwrap_or(false);
    assert_eq!(remote, missing.remote);
    assert!(API.is_missing_method(status, remote));
    assert!(
        error["message"]
            .as_str()
            .is_some_and(|m| m.contains(missing.meaning)),
        "{error}"
    );
    // Only the endpoints named: the account's other endpoints answer.
    let (status, _) = call(&server, "GET", "/users/octocat", GITHUB, "", None).await;
    assert_eq!(status, 200);
    // After validation, like any call: an invalid one is still a 400.
    let (status, _) = call(&server, "GET", "/me", GITHUB, "&bogus=1", None).await;
    assert_eq!(status, 400);
}

#[tokio::test]
async fn a_seed_built_in_code_serves_its_records_fields_and_deprecated_methods() {
    let seed = Seed {
        accounts: vec![
            SeedAccount::new(OKTA, "Okta")
                .users([
                    SeedUser::new("00u1").field("groups", json!([{"id": "g1", "name": "finance"}]))
                ])
                .records("groups", [json!({"id": "g1", "name": "finance"})])
                .missing_methods(["roles.list"]),
        ],
        ..Seed::default()
    };
    let server = MockServer::start(seed).await.expect("server");
    assert_eq!(held_in(&server, OKTA, "00u1", "groups").await, ["g1"]);
    let (_, page) = call(&server, "GET", "/groups", OKTA, "&user_id=00u1", None).await;
    assert_eq!(ids(&page), ["g1"]);
    let (status, _) = call(&server, "GET", "/roles", OKTA, "", None).await;
    assert_eq!(status, API.missing_method[0].status);
    // A deprecated method without a revoke section is served, and changes nothing.
    let body = json!({"group_id": "g1", "user_id": "00u1"});
    let (status, answer) = call(&server, "POST", "/groups/remove", OKTA, "", Some(body)).await;
    assert_eq!((status, answer), (200, json!({})));
    assert_eq!(held_in(&server, OKTA, "00u1", "groups").await, ["g1"]);
}

#[test]
fn seed_errors_name_the_collection_the_record_the_user_and_the_key() {
    let account =
        |rest: &str| format!("accounts:\n  - id: {ACCOUNT}\n    integration: Okta\n{rest}");
    for (rest, needles) in [
        (
            "    records: {gropus: [{id: g1}]}\n",
            &[
                "unknown collection `gropus`",
                "did you mean `groups`",
                "role_assignments",
            ][..],
        ),
        (
            "    records: {users: [{id: u1}]}\n",
            &["seed them with `users`"],
        ),
        (
            "    records: {groups: [{id: g1}, {id: g1, name: twice}]}\n",
            &["`groups` has two records with id \"g1\""],
        ),
        (
            "    records: {groups: [{name: anonymous}]}\n",
            &["record 1 of `groups` has no `id`"],
        ),
        (
            "    records: {groups: [{id: 7}]}\n",
            &["has no `id`", "quote a number"],
        ),
        ("    records: {groups: [finance]}\n", &["not a JSON object"]),
        (
            "    users: [{id: ada, fields: {grups: []}}]\n",
            &[
                "user \"ada\"",
                "`grups`",
                "not a field of the User model",
                "`groups`",
            ],
        ),
        (
            "    users: [{id: ada, fields: {status: inactive}}]\n",
            &["user \"ada\"", "`status`", "set by the user's `status`"],
        ),
        (
            "    users: [{id: ada, fields: {emails: []}}]\n",
            &["`emails`", "`email` and `emails`"],
        ),
        (
            "    missing_methods: [me.lits]\n",
            &["unknown endpoint `me.lits`", "`me.list`"],
        ),
        (
            "    missing_methods: [integrated_accounts.list]\n",
            &["admin API"],
        ),
    ] {
        let yaml = account(rest);
        let e = Seed::from_yaml(&yaml).expect_err(&yaml);
        let text = e.to_string();
        assert!(text.contains(ACCOUNT), "{text}");
        for needle in needles {
            assert!(text.contains(needle), "{needle:?} not in {text}");
        }
    }
    Seed::from_yaml(&yaml()).expect("the tests' seed");
}
