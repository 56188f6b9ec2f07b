//! The generated validators and constructors: every endpoint × integration, and the rules the
//! API pages give, checked locally with every problem reported at once.

use truto_user_directory::TrutoQuerySetters;
use truto_user_directory::endpoints::users_delete::{
    EmailItem, GroupItem, GroupsOrWorkspace, OrganizationIdOrWorkspaceId, RemoveFrom,
};
use truto_user_directory::spec::EndpointSpec;
use truto_user_directory::{
    DeactivateUser, DeleteUser, ENDPOINTS, Integration, Mode, Operation, ResponseFormat, Rule,
    Severity, SuspendUser, ValidationReport,
};

const ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";

fn rules(report: &ValidationReport) -> Vec<(Rule, Severity, Option<String>)> {
    report
        .violations
        .iter()
        .map(|v| (v.rule, v.severity, v.field.clone()))
        .collect()
}

fn render(report: &ValidationReport) -> String {
    if report.violations.is_empty() {
        return "  ok\n".into();
    }
    report
        .violations
        .iter()
        .map(|v| {
            format!(
                "  {:?} {} {}: {}\n",
                v.severity,
                v.rule.as_str(),
                v.wire_name.as_deref().unwrap_or("-"),
                v.message
            )
        })
        .collect()
}

fn snapshot_for(endpoint: &'static EndpointSpec, minimal: bool) -> String {
    let mut text = String::new();
    // The endpoint's integrations, and one it does not support (the first in the list): the
    // snapshot shows every answer shape without repeating the unsupported one 200 times.
    let unsupported = Integration::ALL
        .iter()
        .copied()
        .find(|i| !endpoint.supports(*i));
    let shown = Integration::ALL
        .iter()
        .copied()
        .filter(|i| endpoint.supports(*i) || Some(*i) == unsupported);
    for integration in shown {
        let fields = if minimal {
            match endpoint.example(integration) {
                Some(fields) => fields,
                None => continue,
            }
        } else {
            Vec::new()
        };
        let report =
            truto_user_directory::validate::validate(endpoint, &fields, integration, Mode::Strict);
        text.push_str(&format!("{}:\n{}", integration.name(), render(&report)));
    }
    text
}

/// The report for an empty request, for every endpoint × its integrations (and one it does not
/// support).
#[test]
fn empty_request_reports() {
    for endpoint in ENDPOINTS {
        insta::assert_snapshot!(
            format!("empty_{}", endpoint.name),
            snapshot_for(endpoint, false)
        );
    }
}

/// The minimal valid request of every supported endpoint × integration, built by the
/// integration's constructor from the spec's examples, passes; the snapshot shows it and its
/// wire fields. An endpoint whose page counts integrations it does not name also shows one it
/// does not name, which passes with a warning only.
#[test]
fn minimal_valid_requests() {
    for endpoint in ENDPOINTS {
        let mut text = String::new();
        let unnamed = (endpoint.unnamed_integrations)
            .and_then(|_| Integration::ALL.iter().find(|i| !endpoint.supports(**i)));
        for &integration in endpoint.integrations.iter().chain(unnamed) {
            let fields = endpoint
                .example(integration)
                .expect("supported integration has an example");
            let report = truto_user_directory::validate::validate(
                endpoint,
                &fields,
                integration,
                Mode::Strict,
            );
            if endpoint.supports(integration) {
                assert!(report.violations.is_empty(), "{report}");
            } else {
                assert_eq!(
                    rules(&report),
                    [(Rule::EndpointSupportUnknown, Severity::Warning, None)]
                );
                text.push_str("(not named) ");
            }
            let wire: Vec<String> = fields
                .iter()
                .map(|f| format!("{}={}", f.spec.name, f.value))
                .collect();
            text.push_str(&format!("{}: {}\n", integration.name(), wire.join(" ")));
        }
        insta::assert_snapshot!(format!("minimal_{}", endpoint.name), text);
    }
}

/// Every constructor asks for exactly what its integration requires: drop any one of its
/// fields and the validator names it (an integration a page counts without naming it gets the
/// fields every integration requires, and a warning that its support is not known).
#[test]
fn constructors_take_exactly_the_required_fields() {
    for endpoint in ENDPOINTS {
        for &integration in Integration::ALL {
            let Some(fields) = endpoint.example(integration) else {
                assert!(!endpoint.may_support(integration));
                continue;
            };
            let required = endpoint.requirements(integration).required;
            for p in &required {
                assert!(
                    fields.iter().any(|f| f.spec.name == p.name),
                    "{} {}: constructor does not set {}",
                    endpoint.name,
                    integration.name(),
                    p.name
                );
            }
            for f in &fields {
                let rest: Vec<_> = fields
                    .iter()
                    .filter(|x| x.spec.name != f.spec.name)
                    .cloned()
                    .collect();
                let report = truto_user_directory::validate::validate(
                    endpoint,
                    &rest,
                    integration,
                    Mode::Strict,
                );
                assert!(
                    !report.is_ok(),
                    "{} {}: `{}` is set by the constructor but not needed",
                    endpoint.name,
                    integration.name(),
                    f.spec.name
                );
                assert!(
                    report.errors().all(|v| v
                        .wire_name
                        .as_deref()
                        .is_some_and(|w| w.split(" | ").any(|n| n == f.spec.name))),
                    "{report}"
                );
            }
        }
    }
}

#[test]
fn github_delete_needs_an_organization() {
    let request = DeleteUser::new("1234", ACCOUNT);
    let report = request.validate(Integration::GitHub, Mode::Strict);
    assert_eq!(
        rules(&report),
        [(
            Rule::RequiredInIntegration,
            Severity::Error,
            Some("organization_id".into())
        )]
    );
    let message = &report.violations[0].message;
    assert!(message.contains("GitHub"), "{message}");
    assert!(message.contains(".organization_id("), "{message}");
    assert!(
        message.contains("The unique identifier of an organization"),
        "{message}"
    );

    let request = DeleteUser::for_github("1234", ACCOUNT, "acme");
    assert!(
        request
            .validate(Integration::GitHub, Mode::Strict)
            .violations
            .is_empty()
    );
    assert_eq!(request.organization_id.as_deref(), Some("acme"));
}

#[test]
fn asana_delete_needs_where_to_remove_from() {
    let report = DeleteUser::new("1234", ACCOUNT).validate(Integration::Asana, Mode::Strict);
    assert_eq!(
        rules(&report),
        [
            (
                Rule::RequiredInIntegration,
                Severity::Error,
                Some("remove_from".into())
            ),
            (
                Rule::RequiredInIntegration,
                Severity::Error,
                Some("remove_from_id".into())
            ),
        ]
    );
    let ok = DeleteUser::for_asana("1234", ACCOUNT, RemoveFrom::Organization, "42");
    assert!(ok.validate(Integration::Asana, Mode::Strict).is_ok());
    let from_text = DeleteUser::for_asana("1234", ACCOUNT, "group", "42");
    assert_eq!(from_text.remove_from, Some(RemoveFrom::Group));
}

#[test]
fn vanta_deactivate_needs_an_actor() {
    let report = DeactivateUser::new(ACCOUNT).validate(Integration::Vanta, Mode::Strict);
    assert_eq!(
        rules(&report),
        [(
            Rule::RequiredInIntegration,
            Severity::Error,
            Some("actor".into())
        )]
    );
    assert!(
        DeactivateUser::for_vanta(ACCOUNT, "admin-7")
            .validate(Integration::Vanta, Mode::Strict)
            .is_ok()
    );
    // Okta and Avalara AvaTax identify the user in the body instead.
    let okta = DeactivateUser::for_okta(ACCOUNT, "00u1");
    assert!(okta.validate(Integration::Okta, Mode::Strict).is_ok());
    let report = okta
        .clone()
        .actor("admin-7")
        .validate(Integration::Okta, Mode::Strict);
    assert_eq!(
        rules(&report),
        [(
            Rule::NotSupportedInIntegration,
            Severity::Error,
            Some("actor".into())
        )]
    );
}

#[test]
fn gitlab_needs_an_organization_or_a_workspace() {
    let report = DeleteUser::new("7", ACCOUNT).validate(Integration::GitLab, Mode::Strict);
    assert_eq!(
        rules(&report),
        [(
            Rule::AtLeastOneOf,
            Severity::Error,
            Some("organization_id | workspace_id".into())
        )]
    );
    assert!(
        report.violations[0]
            .message
            .contains("Either of organization or workspace is required.")
    );
    for scope in [
        OrganizationIdOrWorkspaceId::organization_id("g1"),
        OrganizationIdOrWorkspaceId::workspace_id("w1"),
        OrganizationIdOrWorkspaceId::workspace_id("w1").and_organization_id("g1"),
    ] {
        let request = DeleteUser::for_gitlab("7", ACCOUNT, scope);
        assert!(
            request
                .validate(Integration::GitLab, Mode::Strict)
                .violations
                .is_empty()
        );
    }
    let both = DeleteUser::for_gitlab(
        "7",
        ACCOUNT,
        OrganizationIdOrWorkspaceId::organization_id("g1").and_workspace_id("w1"),
    );
    assert_eq!(
        (
            both.organization_id.as_deref(),
            both.workspace_id.as_deref()
        ),
        (Some("g1"), Some("w1"))
    );
}

#[test]
fn vercel_needs_groups_or_a_workspace() {
    let report = DeleteUser::new("7", ACCOUNT).validate(Integration::Vercel, Mode::Strict);
    assert_eq!(rules(&report)[0].0, Rule::AtLeastOneOf);
    let groups = vec![GroupItem {
        id: Some("team_1".into()),
        ..GroupItem::default()
    }];
    let request = DeleteUser::for_vercel("7", ACCOUNT, GroupsOrWorkspace::groups(groups.clone()));
    assert_eq!(request.groups, groups);
    assert!(request.validate(Integration::Vercel, Mode::Strict).is_ok());
    let request = DeleteUser::for_vercel("7", ACCOUNT, GroupsOrWorkspace::workspace("ws"));
    assert!(request.validate(Integration::Vercel, Mode::Strict).is_ok());
}

#[test]
fn browserstack_needs_emails() {
    let report = DeleteUser::new("7", ACCOUNT).validate(Integration::BrowserStack, Mode::Strict);
    assert_eq!(
        rules(&report),
        [(
            Rule::RequiredInIntegration,
            Severity::Error,
            Some("emails".into())
        )]
    );
    let emails = vec![EmailItem {
        email: Some("ada@example.com".into()),
        ..EmailItem::default()
    }];
    assert!(
        DeleteUser::for_browserstack("7", ACCOUNT, emails)
            .validate(Integration::BrowserStack, Mode::Strict)
            .is_ok()
    );
}

#[test]
fn unsupported_field_is_an_error_in_strict_mode_and_a_warning_in_lenient_mode() {
    let request = DeleteUser::new("00u1", ACCOUNT).organization_id("acme");
    let strict = request.validate(Integration::Okta, Mode::Strict);
    assert_eq!(
        rules(&strict),
        [(
            Rule::NotSupportedInIntegration,
            Severity::Error,
            Some("organization_id".into())
        )]
    );
    assert!(strict.violations[0].message.contains("would ignore it"));
    let lenient = request.validate(Integration::Okta, Mode::Lenient);
    assert_eq!(
        rules(&lenient),
        [(
            Rule::NotSupportedInIntegration,
            Severity::Warning,
            Some("organization_id".into())
        )]
    );
    assert!(lenient.is_ok());
}

#[test]
fn enum_uuid_and_response_format_values_are_checked() {
    let request =
        DeleteUser::for_asana("1", "not-a-uuid", "team", "42").truto_response_format("stream");
    let report = request.validate(Integration::Asana, Mode::Strict);
    assert_eq!(
        rules(&report),
        [
            (
                Rule::InvalidEnumValue,
                Severity::Error,
                Some("remove_from".into())
            ),
            (
                Rule::InvalidUuid,
                Severity::Error,
                Some("integrated_account_id".into())
            ),
            (
                Rule::ResponseFormatNotAllowed,
                Severity::Error,
                Some("truto_response_format".into())
            ),
        ]
    );
    assert!(
        report.violations[2]
            .message
            .contains("unified, raw, normalized")
    );
    // Lenient mode keeps a bad UUID an error: the API could never accept it.
    let lenient = request.validate(Integration::Asana, Mode::Lenient);
    assert_eq!(lenient.errors().count(), 1);
    // Deactivate offers streaming.
    let deactivate =
        DeactivateUser::for_okta(ACCOUNT, "00u1").truto_response_format(ResponseFormat::Stream);
    assert!(deactivate.validate(Integration::Okta, Mode::Strict).is_ok());
}

#[test]
fn unsupported_endpoint_names_the_alternatives() {
    let report = SuspendUser::new(ACCOUNT).validate(Integration::GitHub, Mode::Strict);
    assert_eq!(
        rules(&report),
        [(Rule::EndpointNotSupported, Severity::Error, None)]
    );
    let message = &report.violations[0].message;
    assert!(message.contains("supported by: Okta"), "{message}");
    assert!(message.contains("for GitHub use users.delete"), "{message}");
}

#[test]
fn every_problem_is_reported_at_once() {
    let request = DeleteUser::default()
        .integrated_account_id("x")
        .remove_from("group");
    let report = request.validate(Integration::GitHub, Mode::Strict);
    assert_eq!(
        rules(&report),
        [
            (Rule::Required, Severity::Error, Some("id".into())),
            (
                Rule::NotSupportedInIntegration,
                Severity::Error,
                Some("remove_from".into())
            ),
            (
                Rule::RequiredInIntegration,
                Severity::Error,
                Some("organization_id".into())
            ),
            (
                Rule::InvalidUuid,
                Severity::Error,
                Some("integrated_account_id".into())
            ),
        ]
    );
    let text = report.to_string();
    assert!(
        text.starts_with("users.delete for GitHub: 4 error(s), 0 warning(s)"),
        "{text}"
    );
    // A blank id counts as missing: it would change the path.
    let blank = DeleteUser::new("  ", ACCOUNT).validate(Integration::Okta, Mode::Strict);
    assert_eq!(
        rules(&blank),
        [(Rule::Required, Severity::Error, Some("id".into()))]
    );
}

#[test]
fn validated_checks_a_request_for_an_integration() {
    let err = DeleteUser::new("1234", ACCOUNT)
        .validated(Integration::GitHub, Mode::Strict)
        .expect_err("organization missing");
    assert_eq!(err.violations.len(), 1);
    let ok = DeleteUser::new("1234", ACCOUNT)
        .organization_id("acme")
        .truto_exclude_fields(["remote_data", "emails"])
        .validated(Integration::GitHub, Mode::Strict)
        .expect("valid");
    assert_eq!(
        ok,
        DeleteUser::for_github("1234", ACCOUNT, "acme")
            .truto_exclude_fields(["remote_data", "emails"])
    );
}

#[test]
fn requests_reject_unknown_parameters_when_read_from_json() {
    let err = serde_json::from_str::<DeleteUser>(
        r#"{"id":"1","integrated_account_id":"x","organisation_id":"acme"}"#,
    )
    .expect_err("unknown parameter");
    assert!(err.to_string().contains("organisation_id"), "{err}");
    let ok: DeleteUser = serde_json::from_str(r#"{"id":"1","integrated_account_id":"x","organization_id":"acme","remove_from":"nowhere"}"#).expect("known parameters");
    let remove_from = ok.remove_from.expect("kept");
    assert!(!remove_from.is_known());
    assert_eq!(remove_from.as_str(), "nowhere");
}

#[test]
fn integrations_parse_from_display_names_and_slugs() {
    // The seed pages' 78, and those the newer pages added.
    assert!(Integration::ALL.len() > 78);
    for (input, expected) in [
        ("Slack Enterprise", Integration::SlackEnterprise),
        ("slack-enterprise", Integration::SlackEnterprise),
        ("SLACKENTERPRISE", Integration::SlackEnterprise),
        ("Monday.com SCIM", Integration::MondayComScim),
        ("mondaycomscim", Integration::MondayComScim),
        ("Dropbox - Business", Integration::DropboxBusiness),
        ("hellosign", Integration::DropboxSignHelloSign),
        (
            "Dropbox Sign (HelloSign)",
            Integration::DropboxSignHelloSign,
        ),
        ("github", Integration::GitHub),
    ] {
        assert_eq!(input.parse::<Integration>(), Ok(expected), "{input}");
    }
    let err = "Githbu".parse::<Integration>().expect_err("unknown");
    assert_eq!(err.suggestion, Some("GitHub"));
    assert!(
        err.to_string().contains("did you mean \"GitHub\"?"),
        "{err}"
    );
    assert_eq!(
        "Salesforcee"
            .parse::<Integration>()
            .expect_err("unknown")
            .suggestion,
        Some("Salesforce")
    );
    assert_eq!(
        "Nothing Like It"
            .parse::<Integration>()
            .expect_err("unknown")
            .suggestion,
        None
    );
    // Every display name and slug round-trips.
    for &i in Integration::ALL {
        assert_eq!(i.name().parse::<Integration>(), Ok(i));
        for slug in i.slugs() {
            assert_eq!(slug.parse::<Integration>(), Ok(i));
        }
        assert_eq!(
            serde_json::to_string(&i).expect("json"),
            format!("\"{}\"", i.name())
        );
    }
}

#[test]
fn the_matrix_answers_questions_at_run_time() {
    let okta = DeleteUser::requirements(Integration::Okta);
    let required: Vec<&str> = okta.required.iter().map(|p| p.name).collect();
    assert_eq!(required, ["id", "integrated_account_id"]);
    assert!(okta.response_fields.contains(&"status_changed_at"));
    let github = DeleteUser::requirements(Integration::GitHub);
    assert!(github.required.iter().any(|p| p.name == "organization_id"));
    assert!(
        github
            .optional
            .iter()
            .all(|p| p.acceptance == truto_user_directory::spec::Acceptance::Optional)
    );
    let zendesk = DeleteUser::requirements(Integration::Zendesk);
    assert!(zendesk.response_fields.contains(&"is_2fa_enabled"));
    assert!(!zendesk.response_fields.contains(&"bio"));
    let okta: Vec<&str> = Integration::Okta.endpoints().map(|e| e.name).collect();
    for name in [
        "users.deactivate",
        "users.delete",
        "users.suspend",
        "users.list",
    ] {
        assert!(okta.contains(&name), "{okta:?}");
    }
    assert!(!okta.contains(&"users.downgrade"), "{okta:?}");
    assert!(!SuspendUser::requirements(Integration::GitHub).supported);
    assert_eq!(<DeleteUser as Operation>::spec().method.as_str(), "DELETE");
}

#[test]
fn errors_keep_their_cause() {
    use std::error::Error as _;
    let report = DeleteUser::new("1234", ACCOUNT).validate(Integration::GitHub, Mode::Strict);
    let err = truto_user_directory::Error::Validation(report.clone());
    let source = err.source().expect("the report is the source");
    assert_eq!(source.to_string(), report.to_string());
    assert!(
        truto_user_directory::Error::Config("x".into())
            .source()
            .is_none()
    );
}

#[test]
fn item_types_read_and_write_their_wire_names_and_refuse_unknown_sub_fields() {
    let item: EmailItem =
        serde_json::from_str(r#"{"email":"ada@example.com","type":"work","is_primary":null}"#)
            .expect("an item with its own sub-fields");
    assert_eq!(item.email.as_deref(), Some("ada@example.com"));
    assert_eq!(item.type_.as_deref(), Some("work"));
    assert_eq!(item.is_primary, None);
    assert_eq!(
        serde_json::to_value(&item).unwrap(),
        serde_json::json!({"email": "ada@example.com", "type": "work", "is_primary": null})
    );

    let unknown = serde_json::from_str::<EmailItem>(r#"{"address":"ada@example.com"}"#)
        .expect_err("a sub-field the item does not have");
    let message = unknown.to_string();
    assert!(message.contains("unknown field `address`"), "{message}");
    assert!(
        message.contains("`email`, `type`, `is_primary`"),
        "{message}"
    );

    let wrong = serde_json::from_str::<EmailItem>(r#"{"is_primary":"yes"}"#)
        .expect_err("a sub-field of the wrong type");
    assert!(wrong.to_string().contains("`is_primary`"), "{wrong}");
}

/// The newest Delete page's added integrations validate, with the parameters it lists for them.
#[test]
fn the_newest_delete_pages_integrations_validate() {
    const ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";
    let kandji = DeleteUser::new("u1", ACCOUNT).emails(vec![EmailItem {
        email: Some("ada@example.com".into()),
        ..EmailItem::default()
    }]);
    let report = kandji.validate(Integration::Kandji, Mode::Strict);
    assert!(report.is_ok(), "{report}");
    for integration in [
        Integration::Microsoft365,
        Integration::Sophos,
        Integration::JuniperMist,
    ] {
        let request = DeleteUser::new("u1", ACCOUNT);
        let report = request.validate(integration, Mode::Strict);
        assert!(report.is_ok(), "{}: {report}", integration.name());
    }
    // GitLab gained `group_id` on the newest page; Figma keeps the seed page's support.
    let gitlab = DeleteUser::new("u1", ACCOUNT)
        .organization_id("acme")
        .group_id("g1");
    assert!(gitlab.validate(Integration::GitLab, Mode::Strict).is_ok());
    assert!(
        DeleteUser::new("u1", ACCOUNT)
            .validate(Integration::Figma, Mode::Strict)
            .is_ok()
    );
    // A parameter the page does not list for an integration is still refused in strict mode.
    let report = DeleteUser::new("u1", ACCOUNT)
        .group_id("g1")
        .validate(Integration::Sophos, Mode::Strict);
    assert!(
        rules(&report)
            .iter()
            .any(|(r, s, _)| *r == Rule::NotSupportedInIntegration && *s == Severity::Error),
        "{report}"
    );
}

/// Whether an endpoint supports an integration is its list, whether it is answered from the
/// record derived for the endpoints of this crate or, for a copy of one, from the list itself.
#[test]
fn support_is_the_endpoints_list() {
    for &endpoint in ENDPOINTS {
        let copy: &'static EndpointSpec = Box::leak(Box::new(EndpointSpec { ..*endpoint }));
        for &i in Integration::ALL {
            let listed = endpoint.integrations.contains(&i);
            assert_eq!(
                endpoint.supports(i),
                listed,
                "{} {}",
                endpoint.name,
                i.name()
            );
            assert_eq!(
                copy.supports(i),
                listed,
                "copy of {} {}",
                endpoint.name,
                i.name()
            );
        }
    }
}
