//! The User Directory resources beyond users (groups, roles, role assignments, licenses,
//! activities, organizations, workspaces, me, billing, utilization): the exact request the client
//! sends for each endpoint (insta snapshots, through the real client against a server on
//! 127.0.0.1), the integrations that require a parameter, the validation rules the new kinds
//! bring (unnamed integrations, deprecated endpoints), and that every endpoint is covered.

use serde_json::json;
use truto_user_directory::endpoints::workspaces_list::OrganizationIdOrGroupId;
use truto_user_directory::prelude::*;
use truto_user_directory::spec::EndpointSpec;
use truto_user_directory::{
    AddGroupUser, DeleteGroup, DeleteRole, DeleteRoleAssignment, ENDPOINTS, GetActivity, GetGroup,
    GetLicense, GetOrganization, GetRole, GetRoleAssignment, GetWorkspace, Integration,
    ListActivities, ListBilling, ListGroups, ListLicenses, ListMe, ListOrganizations,
    ListRoleAssignments, ListRoles, ListUtilization, ListWorkspaces, Mode, Operation,
    RemoveGroupUser, RemoveUserFromGroup, Rule, Severity, ValidationReport,
};

use crate::support::{ACCOUNT, Recorded, Reply, Server, client};

/// What a server answers a request to `endpoint` with: an empty list page, or one record.
fn answer(endpoint: &EndpointSpec) -> Reply {
    match endpoint.list {
        Some(_) => Reply::json(200, json!({"result": [], "next_cursor": null})),
        None => Reply::json(200, json!({"id": "1"})),
    }
}

/// Sends `request` for `integration` through the client to a server on 127.0.0.1 (strict
/// mode), and gives the request as the server read it, with the validation warnings.
async fn sent<O: Operation>(
    request: &O,
    integration: Integration,
) -> (Recorded, Option<ValidationReport>)
where
    O::Response: truto_user_directory::decode::ResponseBody,
{
    let server = Server::always(answer(O::spec())).await;
    let response = client(&server, "t")
        .send(request, Some(integration))
        .await
        .unwrap_or_else(|e| panic!("{} for {}: {e}", O::spec().name, integration.name()));
    let requests = server.requests();
    assert_eq!(requests.len(), 1, "{}", O::spec().name);
    (requests[0].clone(), response.warnings)
}

/// The request as sent: request line, content type, and the body exactly as sent.
fn render(seen: &Recorded, integration: Integration) -> String {
    let mut text = format!(
        "# {}\n{} {}\n",
        integration.name(),
        seen.method,
        seen.target
    );
    if let Some(content_type) = seen.header("content-type") {
        text.push_str(&format!("content-type: {content_type}\n"));
    }
    if !seen.body.is_empty() {
        text.push_str(&format!("\n{}\n", String::from_utf8_lossy(&seen.body)));
    }
    text
}

/// Sends each `(request, integration)` and snapshots them all as `request_<endpoint>`;
/// none may raise a warning.
async fn snapshot<O: Operation>(requests: &[(O, Integration)])
where
    O::Response: truto_user_directory::decode::ResponseBody,
{
    let mut text = String::new();
    for (request, integration) in requests {
        let (seen, warnings) = sent(request, *integration).await;
        assert!(warnings.is_none(), "{warnings:?}");
        text.push_str(&render(&seen, *integration));
        text.push('\n');
    }
    insta::assert_snapshot!(format!("request_{}", O::spec().name), text);
}

const HOSTILE_ID: &str = "g/1 ?#%";

#[tokio::test]
async fn groups_requests() {
    snapshot(&[(
        ListGroups::new(ACCOUNT)
            .name("Eng & Ops")
            .group_type("team")
            .limit(50),
        Integration::Okta,
    )])
    .await;
    snapshot(&[(GetGroup::new(HOSTILE_ID, ACCOUNT), Integration::Okta)]).await;
    snapshot(&[(
        DeleteGroup::new("10 20", ACCOUNT).group_type("group"),
        Integration::Jira,
    )])
    .await;
    snapshot(&[(
        AddGroupUser::for_okta(ACCOUNT, "00g1", "00u1").remote_data(serde_json::Map::from_iter([
            ("note".to_string(), json!("onboarding")),
        ])),
        Integration::Okta,
    )])
    .await;
    snapshot(&[(
        RemoveGroupUser::for_okta(ACCOUNT, "00g1", "00u1"),
        Integration::Okta,
    )])
    .await;
}

#[tokio::test]
async fn roles_and_role_assignments_requests() {
    snapshot(&[(ListRoles::new(ACCOUNT).limit(10), Integration::Okta)]).await;
    snapshot(&[(
        GetRole::for_dbt_labs("r/1", ACCOUNT, "ws 1"),
        Integration::DbtLabs,
    )])
    .await;
    snapshot(&[(DeleteRole::new("r1", ACCOUNT), Integration::Salesforce)]).await;
    snapshot(&[
        (
            ListRoleAssignments::for_jenkins(ACCOUNT, "admin"),
            Integration::Jenkins,
        ),
        (
            ListRoleAssignments::for_slack_enterprise(ACCOUNT, "T01"),
            Integration::SlackEnterprise,
        ),
        (
            ListRoleAssignments::new(ACCOUNT)
                .role_id("r1")
                .group_id("g1"),
            Integration::BlackLine,
        ),
    ])
    .await;
    snapshot(&[(
        GetRoleAssignment::new("ra/1", ACCOUNT),
        Integration::Confluent,
    )])
    .await;
}

#[tokio::test]
async fn licenses_activities_and_organizations_requests() {
    snapshot(&[
        (
            ListLicenses::for_github(ACCOUNT, "acme"),
            Integration::GitHub,
        ),
        (
            ListLicenses::for_microsoft_365(ACCOUNT, "azure_active_directory"),
            Integration::Microsoft365,
        ),
    ])
    .await;
    snapshot(&[(
        GetLicense::new("l/1", ACCOUNT).include_assigned_to("user"),
        Integration::Webex,
    )])
    .await;
    snapshot(&[
        (
            ListActivities::for_asana(ACCOUNT, "org 1")
                .created_at("2024-03-01T00:00:00Z")
                .actor_id("u1")
                .action("login"),
            Integration::Asana,
        ),
        (
            ListActivities::for_github(ACCOUNT, "acme"),
            Integration::GitHub,
        ),
    ])
    .await;
    snapshot(&[(GetActivity::new("a/1", ACCOUNT), Integration::Atlassian)]).await;
    snapshot(&[(
        ListOrganizations::new(ACCOUNT).name("Acme"),
        Integration::Asana,
    )])
    .await;
    snapshot(&[(GetOrganization::new("o/1", ACCOUNT), Integration::ClickUp)]).await;
}

#[tokio::test]
async fn workspaces_me_billing_and_utilization_requests() {
    snapshot(&[
        (
            ListWorkspaces::for_asana(ACCOUNT, OrganizationIdOrGroupId::group_id("team 1")),
            Integration::Asana,
        ),
        (
            ListWorkspaces::for_asana(ACCOUNT, OrganizationIdOrGroupId::organization_id("o1")),
            Integration::Asana,
        ),
        (
            ListWorkspaces::for_cisco_meraki(ACCOUNT, "o1"),
            Integration::CiscoMeraki,
        ),
        (
            ListWorkspaces::for_hashicorp_terraform_cloud(ACCOUNT, "o1").status("active"),
            Integration::HashicorpTerraformCloud,
        ),
    ])
    .await;
    snapshot(&[(
        GetWorkspace::for_zoho_bugtracker("w/1", ACCOUNT, "o1"),
        Integration::ZohoBugTracker,
    )])
    .await;
    snapshot(&[(ListMe::new(ACCOUNT), Integration::Asana)]).await;
    snapshot(&[(
        ListBilling::for_clickup(ACCOUNT, "o1"),
        Integration::ClickUp,
    )])
    .await;
    snapshot(&[(
        ListUtilization::new(ACCOUNT).utilization_type("shared-storage"),
        Integration::GitHub,
    )])
    .await;
}

/// An endpoint whose page counts integrations without naming them: a call for any integration
/// is sent in strict mode, with one warning, `endpoint_support_unknown`, that says so.
#[tokio::test]
async fn unnamed_integrations_are_sent_with_a_warning_in_strict_mode() {
    let request = RemoveUserFromGroup::new("00g1", "00u1", ACCOUNT);
    let (seen, warnings) = sent(&request, Integration::Okta).await;
    insta::assert_snapshot!(
        "request_groups.remove_user",
        render(&seen, Integration::Okta)
    );
    let warnings = warnings.expect("a warning");
    assert_eq!(warnings.mode, Mode::Strict);
    let [warning] = warnings.violations.as_slice() else {
        panic!("one warning: {warnings}")
    };
    assert_eq!(
        (warning.rule, warning.severity),
        (Rule::EndpointSupportUnknown, Severity::Warning)
    );
    assert_eq!(warning.rule.as_str(), "endpoint_support_unknown");
    for part in ["Okta", "groups.remove_user", "counts 6", "names none"] {
        assert!(
            warning.message.contains(part),
            "{part}: {}",
            warning.message
        );
    }

    let (seen, warnings) = sent(
        &DeleteRoleAssignment::new("ra 1", ACCOUNT),
        Integration::Okta,
    )
    .await;
    insta::assert_snapshot!(
        "request_role_assignments.delete",
        render(&seen, Integration::Okta)
    );
    let rules: Vec<Rule> = warnings
        .expect("a warning")
        .violations
        .iter()
        .map(|v| v.rule)
        .collect();
    assert_eq!(rules, [Rule::EndpointSupportUnknown]);
}

/// The kinds of violation a report holds, in order.
fn rules(report: &ValidationReport) -> Vec<(Rule, Severity, Option<&str>)> {
    (report.violations.iter())
        .map(|v| (v.rule, v.severity, v.wire_name.as_deref()))
        .collect()
}

/// A requirement of one integration, missing: the message names the field, the integration and
/// how to set it (in Rust and on the command line), for each endpoint with one.
#[test]
fn a_missing_per_integration_requirement_names_field_integration_and_fix() {
    let cases = [
        (
            ListRoleAssignments::new(ACCOUNT).validate(Integration::Jenkins, Mode::Strict),
            "role_id",
            "Jenkins",
        ),
        (
            ListLicenses::new(ACCOUNT).validate(Integration::GitHub, Mode::Strict),
            "organization_id",
            "GitHub",
        ),
        (
            ListLicenses::new(ACCOUNT).validate(Integration::Microsoft365, Mode::Strict),
            "product",
            "Microsoft 365",
        ),
        (
            ListActivities::new(ACCOUNT).validate(Integration::Asana, Mode::Strict),
            "organization_id",
            "Asana",
        ),
    ];
    for (report, field, integration) in cases {
        assert_eq!(
            rules(&report),
            [(Rule::RequiredInIntegration, Severity::Error, Some(field))],
            "{report}"
        );
        let message = &report.violations[0].message;
        let flag = format!("--{}", field.replace('_', "-"));
        for part in [field, integration, &format!(".{field}("), &flag] {
            assert!(message.contains(part), "{part}: {message}");
        }
    }
    // Asana's workspaces need one of two: the rule names both and the page's wording.
    let report = ListWorkspaces::new(ACCOUNT).validate(Integration::Asana, Mode::Strict);
    assert_eq!(
        rules(&report),
        [(
            Rule::AtLeastOneOf,
            Severity::Error,
            Some("organization_id | group_id")
        )]
    );
    let message = &report.violations[0].message;
    for part in ["Asana", "--organization-id", "--group-id", "Either of"] {
        assert!(message.contains(part), "{part}: {message}");
    }
}

/// An enum value outside the list is an error in strict mode and a warning in lenient mode,
/// naming the values.
#[test]
fn an_enum_value_outside_the_list_names_the_values() {
    let request = ListLicenses::for_microsoft_365(ACCOUNT, "exchange");
    let strict = request.validate(Integration::Microsoft365, Mode::Strict);
    assert_eq!(
        rules(&strict),
        [(Rule::InvalidEnumValue, Severity::Error, Some("product"))]
    );
    let message = &strict.violations[0].message;
    assert!(message.contains("\"exchange\""), "{message}");
    assert!(
        message.contains("azure_active_directory, onedrive"),
        "{message}"
    );
    let lenient = request.validate(Integration::Microsoft365, Mode::Lenient);
    assert_eq!(
        rules(&lenient),
        [(Rule::InvalidEnumValue, Severity::Warning, Some("product"))]
    );
    let report = ListUtilization::new(ACCOUNT)
        .utilization_type("storage")
        .validate(Integration::GitHub, Mode::Strict);
    assert_eq!(report.violations[0].rule, Rule::InvalidEnumValue);
}

/// An endpoint whose page names all its integrations refuses another one in strict mode
/// (GitHub has no billing), naming those it has; an unnamed one is a warning even in strict
/// mode, and its requirements are still checked.
#[test]
fn unnamed_integrations_warn_while_named_lists_still_refuse() {
    let report = ListBilling::new(ACCOUNT).validate(Integration::GitHub, Mode::Strict);
    assert_eq!(
        rules(&report),
        [(Rule::EndpointNotSupported, Severity::Error, None)]
    );
    let message = &report.violations[0].message;
    assert!(message.contains("ClickUp, DocuSign, Zoom"), "{message}");

    for integration in [Integration::Okta, Integration::GitHub, Integration::Zoom] {
        let request = RemoveUserFromGroup::new("00g1", "00u1", ACCOUNT);
        let report = request.validate(integration, Mode::Strict);
        assert!(report.is_ok(), "{report}");
        assert_eq!(
            rules(&report),
            [(Rule::EndpointSupportUnknown, Severity::Warning, None)]
        );
        let missing =
            RemoveUserFromGroup::new("", "00u1", ACCOUNT).validate(integration, Mode::Strict);
        assert_eq!(
            rules(&missing),
            [
                (Rule::EndpointSupportUnknown, Severity::Warning, None),
                (Rule::Required, Severity::Error, Some("group_id")),
            ]
        );
    }
    // A named integration of a partly named page gets no warning; another one does.
    let named = ListRoles::new(ACCOUNT).validate(Integration::Okta, Mode::Strict);
    assert!(named.violations.is_empty(), "{named}");
    let unnamed = (Integration::ALL.iter().copied())
        .find(|i| !ListRoles::spec().supports(*i))
        .expect("an integration roles.list does not name");
    let report = ListRoles::new(ACCOUNT).validate(unnamed, Mode::Strict);
    assert_eq!(
        rules(&report),
        [(Rule::EndpointSupportUnknown, Severity::Warning, None)]
    );
}

/// Deprecated endpoints: the spec says so, with what to use instead.
#[test]
fn deprecated_endpoints_say_what_to_use_instead() {
    let deprecated: Vec<&str> = (ENDPOINTS.iter())
        .filter(|e| e.deprecated.is_some())
        .map(|e| e.name)
        .collect();
    assert_eq!(deprecated, ["groups.add", "groups.remove"]);
    let remove = RemoveGroupUser::spec().deprecated.expect("deprecated");
    assert!(
        remove.note.contains("groups.remove_user"),
        "{}",
        remove.note
    );
    // Still called: a valid request validates, with no warning.
    let report = RemoveGroupUser::for_okta(ACCOUNT, "00g1", "00u1")
        .validate(Integration::Okta, Mode::Strict);
    assert!(report.violations.is_empty(), "{report}");
}

/// `MATRIX.md`, `openapi.json` and `support-matrix.json` list every endpoint, with what the new
/// kinds add: the unnamed integrations' count, the deprecation, the wrapped answer.
#[test]
fn every_export_lists_every_endpoint() {
    let read = |path: &str| std::fs::read_to_string(path).expect(path);
    let markdown = read("generated/MATRIX.md");
    let openapi: serde_json::Value = serde_json::from_str(&read("generated/openapi.json")).unwrap();
    let matrix: serde_json::Value =
        serde_json::from_str(&read("generated/support-matrix.json")).unwrap();
    for e in ENDPOINTS {
        let heading = format!("\n## {} — {} {}\n", e.name, e.method, e.path);
        let section = (markdown.split_once(&heading))
            .map(|(_, rest)| rest.split("\n## ").next().unwrap_or_default())
            .unwrap_or_else(|| panic!("no {heading:?} in MATRIX.md"));
        assert!(
            markdown.contains(&format!("- [{}](#", e.name)),
            "{}: contents",
            e.name
        );
        let op = &openapi["paths"][e.path][e.method.as_str().to_ascii_lowercase()];
        assert_eq!(op["operationId"], e.name, "openapi.json");
        let listed = (matrix["endpoints"].as_array().unwrap().iter())
            .find(|j| j["name"] == e.name)
            .unwrap_or_else(|| panic!("{} not in support-matrix.json", e.name));
        assert_eq!(listed["path"], e.path);

        if let Some(unnamed) = e.unnamed_integrations {
            let line = match unnamed.count {
                Some(n) => format!("- Integrations the page counts but does not name: {n}"),
                None => "- Integrations the page counts but does not name:".to_string(),
            };
            assert!(section.contains(&line), "{}: {line}", e.name);
            assert_eq!(
                op["x-truto-unnamed-integrations"]["count"],
                json!(unnamed.count)
            );
            assert_eq!(
                listed["unnamed_integrations"]["count"],
                json!(unnamed.count)
            );
        }
        assert_eq!(
            op["deprecated"] == true,
            e.deprecated.is_some(),
            "{}",
            e.name
        );
        if let Some(deprecated) = e.deprecated {
            assert!(section.contains(&format!("- Deprecated: {}", deprecated.note)));
        }
        if e.wrapped.is_some() {
            assert!(section.contains("- Response may come wrapped: `{\"result\": …}`"));
            assert_eq!(op["x-truto-wrapped"], "result");
        }
    }
    // A page that names none says so, not that the endpoint is tied to no integrated account.
    let remove_user = markdown.split("## groups.remove_user").nth(1).unwrap();
    let remove_user = remove_user.split("\n## ").next().unwrap();
    assert!(
        remove_user.contains("No integration named"),
        "{remove_user}"
    );
    assert!(!remove_user.contains("not tied to an integrated account"));
}
