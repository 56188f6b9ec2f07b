//! Response decoding of hostile-but-legal payloads: nothing the API may send breaks it.

use serde_json::json;
use truto_user_directory::{User, UserStatus};

fn decode(value: serde_json::Value) -> User {
    serde_json::from_value(value).expect("a JSON object always decodes")
}

#[test]
fn a_full_user_decodes_into_typed_fields() {
    let user = decode(json!({
        "id": "00u1",
        "first_name": "Ada",
        "emails": [{"email": "ada@example.com", "type": "work", "is_primary": true}],
        "status": "inactive",
        "is_2fa_enabled": false,
        "roles": [{"id": "r1", "name": "Admin", "workspace": "w1"}],
        "languages": ["en", "fr"],
        "created_at": "2024-03-01T10:00:00Z",
        "remote_data": {"raw": {"nested": [1, 2]}}
    }));
    assert_eq!(user.id.as_deref(), Some("00u1"));
    assert_eq!(user.status, Some(UserStatus::Inactive));
    let email = &user.emails.as_ref().expect("emails")[0];
    assert_eq!(email.type_.as_deref(), Some("work"));
    assert_eq!(email.is_primary, Some(true));
    assert_eq!(
        user.roles.as_ref().expect("roles")[0].workspace.as_deref(),
        Some("w1")
    );
    let created = user.created_at.as_ref().expect("created_at");
    assert_eq!(created.parsed().map(|d| d.year()), Some(2024));
    assert_eq!(
        user.remote_data.as_ref().expect("remote_data")["raw"]["nested"],
        json!([1, 2])
    );
    assert!(user.extra.is_empty());
    assert!(user.decode_warnings.is_empty());
}

#[test]
fn unknown_status_keeps_the_raw_value() {
    let user = decode(json!({"id": "1", "status": "DEPROVISIONED"}));
    assert_eq!(user.status, Some(UserStatus::from("DEPROVISIONED")));
    assert!(matches!(user.status, Some(UserStatus::Unknown(_))));
    assert_eq!(
        user.status.as_ref().map(|s| s.as_str()),
        Some("DEPROVISIONED")
    );
    assert!(!user.status.as_ref().is_some_and(UserStatus::is_known));
    // And it is sent back out exactly as received.
    assert_eq!(
        serde_json::to_value(&user).expect("json")["status"],
        "DEPROVISIONED"
    );
}

#[test]
fn extra_fields_are_kept_at_every_level() {
    let user = decode(json!({
        "id": "1",
        "department": "R&D",
        "emails": [{"email": "a@b.c", "verified_at": "yesterday"}]
    }));
    assert_eq!(user.extra["department"], "R&D");
    let email = &user.emails.as_ref().expect("emails")[0];
    assert_eq!(email.extra["verified_at"], "yesterday");
    let back = serde_json::to_value(&user).expect("json");
    assert_eq!(back["department"], "R&D");
    assert_eq!(back["emails"][0]["verified_at"], "yesterday");
}

#[test]
fn odd_dates_are_kept_as_text() {
    let user = decode(json!({
        "id": "1",
        "created_at": "2024-03-01 10:00:00",
        "updated_at": 1709287200,
        "last_login_at": "",
        "activated_at": "2024-03-01T10:00:00.123+05:30"
    }));
    let created = user.created_at.as_ref().expect("created_at");
    assert_eq!(created.as_str(), "2024-03-01 10:00:00");
    assert_eq!(created.parsed(), None);
    assert_eq!(
        user.updated_at.as_ref().expect("updated_at").as_str(),
        "1709287200"
    );
    assert_eq!(
        user.last_login_at.as_ref().expect("last_login_at").parsed(),
        None
    );
    let activated = user
        .activated_at
        .as_ref()
        .expect("activated_at")
        .parsed()
        .expect("rfc3339");
    assert_eq!(activated.offset().whole_minutes(), 330);
    assert!(user.decode_warnings.is_empty());
}

#[test]
fn nulls_and_missing_fields_are_none() {
    let user = decode(json!({"id": null, "first_name": null, "emails": null, "status": null}));
    assert_eq!(user, decode(json!({})));
    assert_eq!(user.id, None);
    assert!(user.extra.is_empty());
}

#[test]
fn fields_of_an_unexpected_shape_are_kept_raw_with_a_warning() {
    let user = decode(json!({
        "id": 12345,
        "emails": "ada@example.com",
        "is_email_verified": "True",
        "is_2fa_enabled": "sometimes",
        "created_at": {"date": "2024-01-01"},
        "languages": ["en", 7]
    }));
    assert_eq!(user.id, None);
    assert_eq!(user.extra["id"], 12345);
    assert_eq!(user.extra["emails"], "ada@example.com");
    // Directories that send booleans as strings still decode.
    assert_eq!(user.is_email_verified, Some(true));
    assert_eq!(user.extra["is_2fa_enabled"], "sometimes");
    assert_eq!(user.extra["created_at"], json!({"date": "2024-01-01"}));
    assert_eq!(user.extra["languages"], json!(["en", 7]));
    let warned: Vec<&str> = user
        .decode_warnings
        .iter()
        .map(|w| w.field.as_str())
        .collect();
    // In model order.
    assert_eq!(
        warned,
        ["id", "emails", "is_2fa_enabled", "languages", "created_at"]
    );
    // Nothing is lost on the way back out.
    let back = serde_json::to_value(&user).expect("json");
    assert_eq!(back["id"], 12345);
    assert_eq!(back["emails"], "ada@example.com");
}

#[test]
fn only_a_non_object_body_is_an_error() {
    assert!(serde_json::from_value::<User>(json!("deleted")).is_err());
    assert!(serde_json::from_value::<User>(json!([1])).is_err());
}

/// A body decoded both ways the crate has: in place into the model (what the client does with
/// `unified` bodies, `ResponseBody`) and through the generic reader (`decode::body`, what
/// it does for other types); both must agree.
fn body(text: &str, skip: &[&str]) -> Option<User> {
    use truto_user_directory::decode::ResponseBody;
    let generic =
        truto_user_directory::decode::body::<User>(text.as_bytes(), skip).expect("decodes");
    let in_place = User::decode_body(text.as_bytes(), skip, &truto_user_directory::LIST_ENVELOPE)
        .expect("decodes");
    assert_eq!(in_place.as_deref(), generic.as_ref(), "{text}");
    generic
}

fn fails(text: &str) {
    use truto_user_directory::decode::ResponseBody;
    assert!(
        truto_user_directory::decode::body::<User>(text.as_bytes(), &[]).is_err(),
        "{text}"
    );
    assert!(
        User::decode_body(text.as_bytes(), &[], &truto_user_directory::LIST_ENVELOPE).is_err(),
        "{text}"
    );
}

#[test]
fn bodies_are_unwrapped_only_when_the_object_is_an_envelope() {
    let wrapped = body(
        r#"{"result": {"id": "1", "status": "active"}, "next": 2}"#,
        &[],
    );
    assert_eq!(wrapped.as_ref().and_then(|u| u.id.as_deref()), Some("1"));
    // With an `id` beside it, `result` is a field of the user, kept wherever it stands.
    for text in [
        r#"{"id": "7", "result": {"ok": true}}"#,
        r#"{"result": {"ok": true}, "id": "7"}"#,
    ] {
        let user = body(text, &[]).expect("user");
        assert_eq!(user.id.as_deref(), Some("7"), "{text}");
        assert_eq!(user.extra["result"], json!({"ok": true}), "{text}");
    }
    assert_eq!(body(r#"{"result": null}"#, &[]), None);
    assert_eq!(body("  \n", &[]), None);
    assert_eq!(body("null", &[]), None);
    fails(r#"{"result": "gone"}"#);
    fails(r#"{"id": "1"} trailing"#);
    fails(r#"["not", "an", "object"]"#);
    fails("not json");
}

#[test]
fn skipped_fields_are_dropped_unread_at_the_top_and_inside_the_envelope() {
    let text = r#"{"id": "1", "remote_data": {"huge": [1, 2, 3]}, "emails": "not a list"}"#;
    let user = body(text, &["remote_data", "emails"]).expect("user");
    assert_eq!(user.remote_data, None);
    assert!(user.extra.is_empty(), "{:?}", user.extra);
    assert!(user.decode_warnings.is_empty());
    let wrapped = body(
        r#"{"result": {"id": "1", "remote_data": {"a": 1}}}"#,
        &["remote_data"],
    );
    assert_eq!(wrapped.expect("user").remote_data, None);
}

#[test]
fn a_list_with_an_item_of_another_shape_is_kept_whole() {
    let user = decode(json!({"emails": [{"email": "a@x"}, "b@x", {"email": "c@x"}]}));
    assert_eq!(user.emails, None);
    assert_eq!(
        user.extra["emails"],
        json!([{"email": "a@x"}, "b@x", {"email": "c@x"}])
    );
    assert_eq!(user.decode_warnings.len(), 1);
    assert_eq!(user.decode_warnings[0].field, "emails");
}

#[test]
fn decoding_from_bytes_and_from_a_value_agree() {
    let text = r#"{"id": 5, "status": "SUSPENDED", "emails": [{"email": "a@x", "is_primary": "TRUE", "x": 1}], "created_at": 1700000000, "zz": [null]}"#;
    let from_bytes = body(text, &[]).expect("user");
    let from_value: User =
        serde_json::from_value(serde_json::from_str(text).expect("json")).expect("user");
    assert_eq!(from_bytes, from_value);
    assert_eq!(from_bytes.extra["id"], 5);
    assert_eq!(
        from_bytes.created_at.as_ref().map(|d| d.as_str()),
        Some("1700000000")
    );
    let email = &from_bytes.emails.as_ref().expect("emails")[0];
    assert_eq!(email.is_primary, Some(true));
    assert_eq!(email.extra["x"], 1);
}

// --- the other resources' models ------------------------------------------------------------

/// `value` decoded as the model `T`.
fn model<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> T {
    serde_json::from_value(value).expect("a JSON object always decodes")
}

/// A list page of `items` as the client decodes it (Truto's list envelope).
fn page<T: serde::de::DeserializeOwned + Send>(
    items: serde_json::Value,
) -> truto_user_directory::Page<T> {
    use truto_user_directory::decode::ResponseBody;
    let body = json!({"result": items, "next_cursor": "c2", "result_count": 2});
    let bytes = body.to_string().into_bytes();
    let page = truto_user_directory::Page::<T>::decode_body(
        &bytes,
        &[],
        &truto_user_directory::LIST_ENVELOPE,
    );
    *page.expect("decodes").expect("a page")
}

/// The fields a model's decoding warned about, in model order.
fn warned(warnings: &[truto_user_directory::decode::DecodeWarning]) -> Vec<&str> {
    warnings.iter().map(|w| w.field.as_str()).collect()
}

#[test]
fn groups_and_roles_decode_with_their_enums() {
    use truto_user_directory::{Group, GroupType, Role, RoleAppliesIn};
    let group: Group = model(json!({
        "id": "00g1", "name": "Engineering", "description": "All engineers",
        "organization": "o1", "group_type": "team",
        "created_at": "2024-03-01T10:00:00Z", "updated_at": "2024-03-02T10:00:00Z",
        "remote_data": {"profile": {"name": "Engineering"}}, "member_count": 12
    }));
    assert_eq!(group.group_type, Some(GroupType::Team));
    assert_eq!(group.extra["member_count"], 12);
    assert!(group.decode_warnings.is_empty());
    let other: Group = model(json!({"id": "g2", "group_type": "OKTA_GROUP"}));
    assert_eq!(
        other.group_type.as_ref().map(|t| t.as_str()),
        Some("OKTA_GROUP")
    );

    let role: Role = model(json!({
        "id": "r1", "name": "admin", "label": "Administrator", "type": "built_in",
        "applicable_in": "workspace", "created_at": "2024-03-01T10:00:00Z"
    }));
    assert_eq!(role.type_.as_deref(), Some("built_in"));
    assert_eq!(role.applicable_in, Some(RoleAppliesIn::Workspace));
    let roles: truto_user_directory::Page<Role> =
        page(json!([{"id": "r1", "name": "admin"}, {"id": "r2", "name": "member"}]));
    assert_eq!(roles.items.len(), 2);
    assert_eq!(roles.next_cursor.as_deref(), Some("c2"));
    assert_eq!(roles.items[1].name.as_deref(), Some("member"));
}

#[test]
fn role_assignments_decode_with_their_workspaces() {
    use truto_user_directory::{RoleAssignment, RoleAssignmentGroupType};
    let assignments: truto_user_directory::Page<RoleAssignment> = page(json!([
        {"id": "ra1", "user_id": "u1", "role_id": "r1", "group_type": "product",
         "workspace": ["w1", "w2"], "created_at": "2024-03-01"},
        {"id": "ra2", "group_id": "g1", "role_id": "r2", "workspace": "w3"}
    ]));
    let [first, second] = assignments.items.as_slice() else {
        panic!("two assignments")
    };
    assert_eq!(first.group_type, Some(RoleAssignmentGroupType::Product));
    assert_eq!(
        first.workspace.as_deref(),
        Some(&["w1".to_string(), "w2".to_string()][..])
    );
    // Created and updated times are text here (the pages do not say date-time).
    assert_eq!(first.created_at.as_deref(), Some("2024-03-01"));
    // A single workspace where a list is declared: kept raw, with a warning.
    assert_eq!(second.workspace, None);
    assert_eq!(second.extra["workspace"], "w3");
    assert_eq!(warned(&second.decode_warnings), ["workspace"]);
}

#[test]
fn licenses_read_numbers_also_when_given_as_text() {
    use truto_user_directory::{License, LicenseStatus, ProductStatus};
    let license: License = model(json!({
        "id": "l1", "name": "Enterprise", "available_quantity": 100, "assigned_quantity": "42",
        "unit_amount": "12.50", "is_paid": true, "currency": "USD", "status": "active",
        "roles": [{"id": "r1", "name": "Admin"}],
        "products": [{"id": "p1", "name": "Teams", "status": "needs_input", "sku": "T-1"}],
        "seats_url": "https://example.com/seats"
    }));
    assert_eq!(license.available_quantity, Some(100.0));
    assert_eq!(license.assigned_quantity, Some(42.0));
    // `unit_amount` is a number on the newest page and text on older ones: kept as sent.
    assert_eq!(license.unit_amount, Some(json!("12.50")));
    assert_eq!(license.status, Some(LicenseStatus::Active));
    let product = &license.products.as_ref().expect("products")[0];
    assert_eq!(product.status, Some(ProductStatus::NeedsInput));
    assert_eq!(product.extra["sku"], "T-1");
    assert_eq!(
        license.roles.as_ref().expect("roles")[0].name.as_deref(),
        Some("Admin")
    );
    assert_eq!(license.extra["seats_url"], "https://example.com/seats");
    assert!(license.decode_warnings.is_empty());

    let numbers: License = model(json!({"unit_amount": 9.99, "available_quantity": 2.5}));
    assert_eq!(numbers.unit_amount, Some(json!(9.99)));
    assert_eq!(numbers.available_quantity, Some(2.5));
    let odd: License = model(json!({"available_quantity": "unlimited", "assigned_quantity": [1]}));
    assert_eq!(odd.available_quantity, None);
    assert_eq!(odd.extra["available_quantity"], "unlimited");
    assert_eq!(
        warned(&odd.decode_warnings),
        ["available_quantity", "assigned_quantity"]
    );
    let licenses: truto_user_directory::Page<License> = page(json!([{"id": "l1"}, {"id": "l2"}]));
    assert_eq!(licenses.result_count, Some(2));
}

#[test]
fn activities_decode_their_nested_actor_and_context() {
    use truto_user_directory::{Activity, ActivityAction, ActorType};
    let activity: Activity = model(json!({
        "id": "a1", "action": "login", "description": "Ada signed in",
        "actor": {"type": "user", "user": {"id": "u1", "email": "ada@example.com"}},
        "context": {"ip_address": "203.0.113.7", "user_agent": "Mozilla/5.0",
                    "authentication_method": "sso", "geo": "FR"},
        "entity": "u1", "entity_type": "user", "created_at": "2024-03-01T10:00:00Z"
    }));
    assert_eq!(activity.action, Some(ActivityAction::Login));
    let actor = activity.actor.as_ref().expect("actor");
    assert_eq!(actor.type_, Some(ActorType::User));
    let user = actor.user.as_ref().expect("actor.user");
    assert_eq!(user.id.as_deref(), Some("u1"));
    assert_eq!(user.extra["email"], "ada@example.com");
    let context = activity.context.as_ref().expect("context");
    assert_eq!(context.ip_address.as_deref(), Some("203.0.113.7"));
    assert_eq!(context.extra["geo"], "FR");
    assert!(activity.decode_warnings.is_empty());
    // An actor that is not an object is kept raw; an unknown action is kept as sent.
    let odd: Activity = model(json!({"actor": "system", "action": "token_rotated"}));
    assert_eq!(odd.actor, None);
    assert_eq!(odd.extra["actor"], "system");
    assert_eq!(warned(&odd.decode_warnings), ["actor"]);
    assert_eq!(
        odd.action.as_ref().map(|a| a.as_str()),
        Some("token_rotated")
    );
    let back = serde_json::to_value(&activity).expect("json");
    assert_eq!(back["actor"]["user"]["email"], "ada@example.com");
}

#[test]
fn organizations_and_workspaces_decode_their_nested_items() {
    use truto_user_directory::{Organization, Workspace, WorkspaceStatus};
    let organization: Organization = model(json!({
        "id": "o1", "name": "Acme", "pricing_plan": "enterprise",
        "licenses": [{"id": "l1", "name": "Enterprise"}], "created_at": "2020-01-01T00:00:00Z"
    }));
    assert_eq!(
        organization.licenses.as_ref().expect("licenses")[0]
            .id
            .as_deref(),
        Some("l1")
    );
    let workspaces: truto_user_directory::Page<Workspace> = page(json!([
        {"id": "w1", "name": "Design", "status": "active",
         "organization": {"id": "o1", "name": "Acme", "plan": "pro"}},
        {"id": "w2", "organization": "o1"}
    ]));
    let [first, second] = workspaces.items.as_slice() else {
        panic!("two workspaces")
    };
    assert_eq!(first.status, Some(WorkspaceStatus::Active));
    let org = first.organization.as_ref().expect("organization");
    assert_eq!(org.name.as_deref(), Some("Acme"));
    assert_eq!(org.extra["plan"], "pro");
    // An organization given by id alone: kept raw, with a warning.
    assert_eq!(second.organization, None);
    assert_eq!(second.extra["organization"], "o1");
    assert_eq!(warned(&second.decode_warnings), ["organization"]);
}

#[test]
fn billing_keeps_its_amounts_as_text() {
    use truto_user_directory::{Billing, BillingFrequency};
    let bills: truto_user_directory::Page<Billing> = page(json!([{
        "id": "b1", "billing_frequency": "monthly", "currency": "USD",
        "total_amount": "1200.00", "tax_amount": "0.00",
        "start_date": "2024-03-01T00:00:00Z", "end_date": "2024-03-31T23:59:59Z"
    }, {"id": "b2", "total_amount": 99}]));
    let [first, second] = bills.items.as_slice() else {
        panic!("two bills")
    };
    assert_eq!(first.billing_frequency, Some(BillingFrequency::Monthly));
    assert_eq!(first.total_amount.as_deref(), Some("1200.00"));
    let end = first
        .end_date
        .as_ref()
        .and_then(|d| d.parsed())
        .expect("a date");
    assert_eq!(end.day(), 31);
    // A number where the pages say text: kept raw (never converted), with a warning.
    assert_eq!(second.total_amount, None);
    assert_eq!(second.extra["total_amount"], 99);
    assert_eq!(warned(&second.decode_warnings), ["total_amount"]);
}

#[test]
fn utilization_keeps_its_table_rows_of_mixed_types() {
    use truto_user_directory::Utilization;
    let rows = json!([
        ["2024-03-01", "ada@example.com", 42, 1.5, true, null, {"region": "eu"}, ["a", "b"]],
        ["2024-03-02", "bob@example.com", 0, 0, false, "n/a", null, []]
    ]);
    let utilization: Utilization = model(json!({
        "name": "Seat usage", "metadata": {"period": "month"},
        "columns": [
            {"label": "Day", "format": "date"}, {"label": "User", "description": "Email"},
            {"label": "Actions", "format": "integer"}, {"label": "Hours"},
            {"label": "Active"}, {"label": "Note"}, {"label": "Where"}, {"label": "Tags"}
        ],
        "rows": rows.clone()
    }));
    let columns = utilization.columns.as_ref().expect("columns");
    assert_eq!(columns.len(), 8);
    assert_eq!(columns[0].format.as_deref(), Some("date"));
    assert_eq!(utilization.decode_warnings, []);
    let table = utilization.rows.as_ref().expect("rows");
    assert_eq!(serde_json::to_value(table).expect("json"), rows);
    assert_eq!(table[0][2], 42);
    assert_eq!(table[1][5], "n/a");
    assert_eq!(
        utilization.metadata.as_ref().expect("metadata")["period"],
        "month"
    );
    // Rows that are not a table: kept raw, with a warning.
    let odd: Utilization = model(json!({"rows": ["not", "rows"]}));
    assert_eq!(odd.rows, None);
    assert_eq!(warned(&odd.decode_warnings), ["rows"]);
}

#[test]
fn a_delete_answers_the_deleted_id_and_keeps_the_rest() {
    use truto_user_directory::Deleted;
    let deleted: Deleted = model(json!({"id": "g1", "name": "Engineering", "deleted": true}));
    assert_eq!(deleted.id.as_deref(), Some("g1"));
    assert_eq!(deleted.extra["name"], "Engineering");
    assert_eq!(deleted.extra["deleted"], true);
    assert!(deleted.decode_warnings.is_empty());
}

#[test]
fn the_user_items_and_type_have_their_own_names() {
    use truto_user_directory::{
        UserGroup, UserLicense, UserOrganization, UserRole, UserType, UserWorkspace,
    };
    let user = decode(json!({
        "id": "u1", "user_type": "service-account",
        "roles": [{"id": "r1", "name": "Admin", "group": "g1", "organization": "o1", "workspace": "w1"}],
        "groups": [{"id": "g1", "name": "Eng", "organization": "o1"}],
        "licenses": [{"id": "l1", "name": "E3", "last_active_at": "2024-03-01T10:00:00Z"}],
        "organizations": [{"id": "o1", "name": "Acme"}],
        "workspaces": [{"id": "w1", "name": "Design"}]
    }));
    assert_eq!(user.user_type, Some(UserType::ServiceAccount));
    assert_eq!(UserType::from("service-account"), UserType::ServiceAccount);
    assert_eq!(UserType::ServiceAccount.as_str(), "service-account");
    let roles: &[UserRole] = user.roles.as_deref().expect("roles");
    assert_eq!(roles[0].workspace.as_deref(), Some("w1"));
    let groups: &[UserGroup] = user.groups.as_deref().expect("groups");
    assert_eq!(groups[0].organization.as_deref(), Some("o1"));
    let licenses: &[UserLicense] = user.licenses.as_deref().expect("licenses");
    assert!(
        licenses[0]
            .last_active_at
            .as_ref()
            .and_then(|d| d.parsed())
            .is_some()
    );
    let organizations: &[UserOrganization] = user.organizations.as_deref().expect("organizations");
    assert_eq!(organizations[0].name.as_deref(), Some("Acme"));
    let workspaces: &[UserWorkspace] = user.workspaces.as_deref().expect("workspaces");
    assert_eq!(workspaces[0].id.as_deref(), Some("w1"));
    for (value, known) in [
        ("admin", true),
        ("end_user", true),
        ("user", true),
        ("bot", false),
    ] {
        let user = decode(json!({"user_type": value}));
        let user_type = user.user_type.expect("a user type");
        assert_eq!((user_type.as_str(), user_type.is_known()), (value, known));
    }
    assert!(user.decode_warnings.is_empty());
}

/// `groups.remove_user` answers the group, bare as its page shows or as `{"result": …}` as
/// Truto's custom methods do: the client reads both.
#[tokio::test]
async fn remove_user_reads_the_group_bare_or_wrapped() {
    use crate::support::{ACCOUNT, Reply, Server, client};
    use truto_user_directory::{Integration, RemoveUserFromGroup};
    let group = json!({"id": "00g1", "name": "Engineering", "group_type": "group"});
    for body in [group.clone(), json!({"result": group})] {
        let server = Server::always(Reply::json(200, body.clone())).await;
        let request = RemoveUserFromGroup::new("00g1", "00u1", ACCOUNT);
        let response = client(&server, "t")
            .remove_user_from_group(&request, Some(Integration::Okta))
            .await
            .expect("sent");
        let group = response.body.typed().expect("a group");
        assert_eq!(group.id.as_deref(), Some("00g1"), "{body}");
        assert_eq!(group.name.as_deref(), Some("Engineering"), "{body}");
        assert!(group.extra.is_empty(), "{body}: {:?}", group.extra);
    }
}
