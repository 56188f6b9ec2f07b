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
