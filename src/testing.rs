//! A small catalogue of the runtime's own, for its unit tests: two endpoints of an API of four
//! integrations, written by hand, with every kind of [`Acceptance`], so that the integrations of an
//! endpoint differ in what they must and may set. The runtime is tested against this, not against
//! the generated catalogue (which `tests/` exercises).

use crate::spec::{
    Acceptance, Api, EndpointSpec, ListEnvelope, ListSpec, Location, Method, ParamRole, ParamType,
    ParameterSpec, Presences, RuleSpec,
};
use crate::{Integration, ResponseFormat};

const INTEGRATIONS: &[Integration] = &[
    Integration::Asana,
    Integration::GitHub,
    Integration::Okta,
    Integration::Zendesk,
];

pub(crate) static API: Api = Api {
    endpoints: &[&THINGS_DELETE, &THINGS_LIST],
    integrations: INTEGRATIONS,
    list_envelope: &ListEnvelope {
        items: &["result"],
        next_cursor: "next_cursor",
        prev_cursor: "prev_cursor",
        result_count: "result_count",
        partial: "is_partial_response",
    },
    people: None,
    accounts: None,
    missing_method: &[],
    models: &[],
};

static ID: ParameterSpec = ParameterSpec::new(
    "id",
    Location::Path,
    ParamType::String,
    Acceptance::Required,
    "The thing.",
)
.role(ParamRole::User);

static ACCOUNT: ParameterSpec = ParameterSpec::new(
    "integrated_account_id",
    Location::Query,
    ParamType::Uuid,
    Acceptance::Required,
    "The integrated account.",
)
.role(ParamRole::IntegratedAccount);

static ORGANIZATION: ParameterSpec = ParameterSpec::new(
    "organization_id",
    Location::Query,
    ParamType::String,
    Acceptance::required_in(&[Integration::GitHub]),
    "The organization.",
);

static REMOVE_FROM: ParameterSpec = ParameterSpec::new(
    "remove_from",
    Location::Query,
    ParamType::Enum(&["team", "organization"]),
    Acceptance::Listed {
        required_in: &[Integration::Asana],
        supported_in: &[Integration::GitHub],
    },
    "Where to remove the thing from.",
);

static FORMAT: ParameterSpec = ParameterSpec::new(
    "truto_response_format",
    Location::Query,
    ParamType::ResponseFormat,
    Acceptance::Optional,
    "The format of the response.",
)
.role(ParamRole::ResponseFormat);

static NOTIFY: ParameterSpec = ParameterSpec::new(
    "notify",
    Location::Body,
    ParamType::Boolean,
    Acceptance::supported_in(&[Integration::Okta, Integration::GitHub]),
    "Tell the owner.",
);

/// `id`, the account, `organization_id`, `remove_from`, the format, `notify`: bits 0 to 5.
pub(crate) static THINGS_DELETE: EndpointSpec = EndpointSpec {
    name: "things.delete",
    rust_name: "DeleteThing",
    summary: "Delete Things",
    method: Method::Delete,
    path: "/things/{id}",
    description: "Deletes a thing.",
    idempotent: true,
    irreversible: true,
    admin: false,
    integrations: &[Integration::Asana, Integration::GitHub, Integration::Okta],
    response_formats: &[ResponseFormat::Unified, ResponseFormat::Raw],
    list: None,
    parameters: &[&ID, &ACCOUNT, &ORGANIZATION, &REMOVE_FROM, &FORMAT, &NOTIFY],
    rules: &[RuleSpec {
        integration: Integration::Okta,
        at_least_one_of: &["notify"],
        note: "Okta asks whether to tell the owner.",
    }],
    offboarding: None,
    revoke: None,
    unnamed_integrations: None,
    deprecated: None,
    wrapped: None,
    response_model: "Thing",
    response_fields: &[],
    presence: &THINGS_DELETE_PRESENCE,
    api: &API,
};

static THINGS_DELETE_PRESENCE: Presences = Presences::of(&THINGS_DELETE);

static CURSOR: ParameterSpec = ParameterSpec::new(
    "next_cursor",
    Location::Query,
    ParamType::String,
    Acceptance::Optional,
    "The next page.",
)
.role(ParamRole::Cursor);

/// The account and the cursor: bits 0 and 1.
pub(crate) static THINGS_LIST: EndpointSpec = EndpointSpec {
    name: "things.list",
    rust_name: "ListThings",
    summary: "List Things",
    method: Method::Get,
    path: "/things",
    description: "Lists things.",
    idempotent: true,
    irreversible: false,
    admin: false,
    integrations: &[Integration::Asana, Integration::Zendesk],
    response_formats: &[ResponseFormat::Unified],
    list: Some(ListSpec { partial_in: &[] }),
    parameters: &[&ACCOUNT, &CURSOR],
    rules: &[],
    offboarding: None,
    revoke: None,
    unnamed_integrations: None,
    deprecated: None,
    wrapped: None,
    response_model: "Thing",
    response_fields: &[],
    presence: &THINGS_LIST_PRESENCE,
    api: &API,
};

static THINGS_LIST_PRESENCE: Presences = Presences::of(&THINGS_LIST);

#[test]
fn the_catalogue_s_presence_sets_are_what_its_parameters_say() {
    for &endpoint in API.endpoints {
        assert_eq!(
            endpoint.presence(None),
            endpoint.presence_by_parameters(None)
        );
        for &i in API.integrations {
            let expected = endpoint.presence_by_parameters(Some(i));
            assert_eq!(
                endpoint.presence(Some(i)),
                expected,
                "{} {i:?}",
                endpoint.name
            );
            assert_eq!(endpoint.supports(i), expected.is_some());
        }
    }
}

#[test]
fn integrations_are_found_by_name_or_slug_and_misspellings_named() {
    assert_eq!(API.integration("git hub"), Ok(Integration::GitHub));
    assert_eq!(API.integration("ZENDESK"), Ok(Integration::Zendesk));
    let unknown = API.integration("oktaa").unwrap_err();
    assert_eq!(unknown.suggestion, Some("Okta"));
    assert!(
        unknown.to_string().contains("(4 integrations are known)"),
        "{unknown}"
    );
    // Only the API's own integrations are known.
    assert!(API.integration("Slack Enterprise").is_err());
    let names: Vec<&str> = API
        .endpoints_of(Integration::Asana)
        .map(|e| e.name)
        .collect();
    assert_eq!(names, ["things.delete", "things.list"]);
}

#[test]
fn an_endpoint_prints_without_following_its_api_back() {
    let printed = format!("{THINGS_DELETE:?}");
    assert!(
        printed.contains("endpoints: [\"things.delete\", \"things.list\"]"),
        "{printed}"
    );
    assert!(printed.len() < 10_000, "{}", printed.len());
}
