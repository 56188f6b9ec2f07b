//! Validation and encoding cost per request: what the client adds before a byte is sent; and
//! decoding an answer into the typed model, beside parsing it into a `serde_json::Value` (what a
//! plain loop does), warm (in a tight loop: instruction costs, no cache misses).

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use truto_user_directory::TrutoQuerySetters;
use truto_user_directory::decode::ResponseBody;
use truto_user_directory::endpoints::users_delete::OrganizationIdOrWorkspaceId;
use truto_user_directory::{DeleteUser, Integration, Mode, Operation, User, wire};

const ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";
/// The answer `benches/client_overhead.rs` serves.
const BODY: &[u8] = br#"{"id":"1234","status":"deleted","first_name":"Ada","last_name":"Lovelace","emails":[{"email":"ada@example.com","is_primary":true}]}"#;

fn bench(c: &mut Criterion) {
    let github = DeleteUser::for_github("1234", ACCOUNT, "acme")
        .truto_exclude_fields(["remote_data", "emails"]);
    let gitlab = DeleteUser::for_gitlab(
        "1234",
        ACCOUNT,
        OrganizationIdOrWorkspaceId::workspace_id("w1"),
    );
    let invalid = DeleteUser::new("", "nope").remove_from("team");
    let spec = <DeleteUser as Operation>::spec();

    c.bench_function("validate/github_delete_valid", |b| {
        b.iter(|| black_box(&github).validate(Integration::GitHub, Mode::Strict))
    });
    c.bench_function("validate/gitlab_delete_rule", |b| {
        b.iter(|| black_box(&gitlab).validate(Integration::GitLab, Mode::Strict))
    });
    c.bench_function("validate/invalid_four_problems", |b| {
        b.iter(|| black_box(&invalid).validate(Integration::GitHub, Mode::Strict))
    });
    c.bench_function("encode/github_delete_path_query", |b| {
        b.iter(|| {
            let fields = black_box(&github).fields();
            wire::url("https://api.truto.one", spec, &fields)
        })
    });
    c.bench_function("validate_and_encode/github_delete", |b| {
        b.iter(|| {
            let checked = black_box(&github)
                .check(Some(Integration::GitHub), Mode::Strict)
                .expect("valid");
            wire::url("https://api.truto.one", spec, &checked.fields)
        })
    });
    c.bench_function("decode/user_typed", |b| {
        b.iter(|| {
            User::decode_body(black_box(BODY), &[], &truto_user_directory::LIST_ENVELOPE)
                .expect("decodes")
        })
    });
    c.bench_function("decode/user_value", |b| {
        b.iter(|| serde_json::from_slice::<serde_json::Value>(black_box(BODY)).expect("parses"))
    });
    c.bench_function("integration/lookup_by_slug", |b| {
        b.iter(|| Integration::lookup(black_box("slack-enterprise")))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
