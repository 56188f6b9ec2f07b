//! From a plan target to a checked request: the integration, the operation, the fields.
//!
//! Everything comes from the spec: an endpoint takes part in offboarding when it has an
//! [`Offboarding`] section, its operation name and rank come from there, and the parameters that
//! carry the integrated account and the user are found by their [`ParamRole`].

use serde_json::{Map, Value};

use crate::spec::{EndpointSpec, Offboarding, ParamRole, ParamType, ParameterSpec};
use crate::validate::{
    Mode, ValidationReport, Violation, WireField, validate, validate_without_integration,
};
use crate::{ENDPOINTS, Integration};

use super::plan::{AUTO, Target};

/// The endpoints that take part in offboarding, least destructive first.
pub fn operations() -> Vec<(&'static EndpointSpec, Offboarding)> {
    let mut ops: Vec<_> = ENDPOINTS
        .iter()
        .filter_map(|e| e.offboarding.map(|o| (*e, o)))
        .collect();
    ops.sort_by_key(|(_, o)| o.rank);
    ops
}

fn operation_names() -> String {
    format!("{AUTO}, {}", offboarding_operation_names())
}

/// The offboarding operations by name, least destructive first (`auto` not included).
pub(super) fn offboarding_operation_names() -> String {
    let names: Vec<&str> = operations().iter().map(|(_, o)| o.operation).collect();
    names.join(", ")
}

/// The endpoint `auto` picks for `integration`: the least destructive one it supports.
pub fn auto_operation(integration: Integration) -> Option<&'static EndpointSpec> {
    operations()
        .into_iter()
        .find(|(e, _)| e.supports(integration))
        .map(|(e, _)| e)
}

/// The endpoint of a named operation (or `auto` for `integration`).
pub fn endpoint_for(
    operation: &str,
    integration: Option<Integration>,
) -> Result<&'static EndpointSpec, String> {
    if operation == AUTO {
        let Some(i) = integration else {
            return Err(
                "`auto` needs the integration: name it in the target, or let a real run look it up"
                    .into(),
            );
        };
        return auto_operation(i).ok_or_else(|| {
            format!(
                "{} supports none of the offboarding operations ({})",
                i.name(),
                operation_names()
            )
        });
    }
    let ops = operations();
    ops.iter()
        .find(|(_, o)| o.operation == operation)
        .map(|(e, _)| *e)
        .ok_or_else(|| {
            let hint = crate::names::nearest(operation, ops.iter().map(|(_, o)| o.operation))
                .map(|n| format!(" (did you mean {n:?}?)"))
                .unwrap_or_default();
            format!(
                "unknown operation {operation:?}{hint}: use one of {}",
                operation_names()
            )
        })
}

/// A target turned into a request, or why it cannot be.
#[derive(Debug, Clone)]
pub enum Resolved {
    /// The request is valid (its report may hold warnings).
    Ready(Request),
    /// The request was checked without the integration (a dry run names none and looks none
    /// up): per-integration rules were not applied.
    Unverified(Request),
    /// The target cannot be sent: every problem, with the validator's messages.
    Invalid {
        /// The operation, when it could be chosen.
        operation: Option<&'static str>,
        /// Everything wrong.
        problems: Vec<String>,
    },
    /// The request is valid but irreversible, and irreversible operations were not confirmed.
    NeedsConfirmation(Request),
}

/// A checked request for one target.
#[derive(Debug, Clone)]
pub struct Request {
    /// The endpoint.
    pub endpoint: &'static EndpointSpec,
    /// Its offboarding section.
    pub offboarding: Offboarding,
    /// The integration, when known.
    pub integration: Option<Integration>,
    /// The fields to send.
    pub fields: Vec<WireField>,
    /// Whether the call destroys data permanently (the endpoint, or a flag set to true).
    pub irreversible: bool,
}

fn role_param(endpoint: &EndpointSpec, role: ParamRole) -> Result<&'static ParameterSpec, String> {
    endpoint.parameter_with_role(role).ok_or_else(|| {
        format!(
            "{} has no parameter with role {role:?} in the spec",
            endpoint.name
        )
    })
}

/// A plan value in the parameter's JSON shape. Text is never made from anything else (an
/// unquoted `0x1F` is the number 31 to YAML, not the id written): whatever does not fit its
/// declared type is left as it is, for the validator to report with the integration.
fn typed(p: &ParameterSpec, value: &Value) -> Value {
    match (p.ty, value) {
        // A whole number may be written as text; a list of texts may be one text.
        (ParamType::Integer, Value::String(s)) => s
            .trim()
            .parse::<u64>()
            .map_or_else(|_| value.clone(), Value::from),
        (ParamType::StringArray, Value::String(_)) => Value::Array(vec![value.clone()]),
        _ => value.clone(),
    }
}

fn messages(report: &ValidationReport) -> Vec<String> {
    report
        .errors()
        .map(|v: &Violation| v.message.clone())
        .collect()
}

/// What is wrong with a target's integrated account and user ids (either may be empty: not
/// given), whatever its operation and integration (so also when neither is known yet): each
/// id is checked against the type the spec gives the
/// parameter of its role in every offboarding endpoint (an integrated account id must be a
/// UUID wherever the spec says so).
pub(crate) fn id_problems(account: &str, user: &str) -> Vec<String> {
    let mut seen = Vec::new();
    let mut problems = Vec::new();
    for (endpoint, _) in operations() {
        for (role, id) in [
            (ParamRole::IntegratedAccount, account),
            (ParamRole::User, user),
        ] {
            let Some(p) = endpoint
                .parameter_with_role(role)
                .filter(|_| !id.trim().is_empty())
            else {
                continue;
            };
            let field = [WireField {
                spec: p,
                value: Value::String(id.to_string()),
            }];
            let report = validate_without_integration(endpoint, &field, Mode::Strict);
            for v in report
                .errors()
                .filter(|v| v.wire_name.as_deref() == Some(p.name))
            {
                if !seen.contains(&(p.name, v.rule)) {
                    seen.push((p.name, v.rule));
                    problems.push(v.message.clone());
                }
            }
        }
    }
    problems
}

/// What is wrong with an integrated account id, whatever the operation and integration: it
/// is checked against the type the spec gives the account parameter of the offboarding
/// endpoints (a UUID). Empty when it is fine.
pub fn account_id_problems(integrated_account_id: &str) -> Vec<String> {
    if integrated_account_id.trim().is_empty() {
        return vec!["the integrated account id is empty".into()];
    }
    id_problems(integrated_account_id, "")
}

/// Resolves `target` against the spec. `integration` is the target's integration when known
/// (named in the plan, or looked up); `defaults` are the plan's default parameters.
pub fn resolve(
    target: &Target,
    operation: &str,
    integration: Option<Integration>,
    defaults: &Map<String, Value>,
    confirm_irreversible: bool,
) -> Resolved {
    match endpoint_for(operation, integration) {
        Ok(endpoint) => resolve_for(
            endpoint,
            target,
            integration,
            defaults,
            confirm_irreversible,
        ),
        Err(m) => Resolved::Invalid {
            operation: None,
            problems: vec![m],
        },
    }
}

/// The fields of a target's own parameters and of the defaults that apply to it, and the
/// problems of those that cannot be sent.
fn param_fields(
    endpoint: &'static EndpointSpec,
    target: &Target,
    integration: Option<Integration>,
    defaults: &Map<String, Value>,
) -> (Vec<WireField>, Vec<String>) {
    let (mut fields, mut problems) = (Vec::new(), Vec::new());
    // Defaults (and an email target's parameters for this account) apply where the operation
    // and the integration take them; a target's own parameters must all be taken.
    let mut soft = defaults.clone();
    if let Some(own) = target.params_by_account.get(&target.integrated_account_id) {
        soft.extend(own.clone());
    }
    let from_defaults = soft.iter().filter(|(name, _)| {
        !target.params.contains_key(*name)
            && endpoint.parameter(name).is_some_and(|p| {
                p.role
                    .is_none_or(|r| r != ParamRole::IntegratedAccount && r != ParamRole::User)
                    && integration.is_none_or(|i| p.is_accepted_in(i))
            })
    });
    for (name, value) in target.params.iter().chain(from_defaults) {
        let Some(p) = endpoint.parameter(name) else {
            let hint = crate::names::nearest(name, endpoint.parameters.iter().map(|p| p.name))
                .map(|n| format!(" (did you mean `{n}`?)"))
                .unwrap_or_default();
            problems.push(format!(
                "parameter `{name}` is not a parameter of {}{hint}",
                endpoint.name
            ));
            continue;
        };
        if p.role == Some(ParamRole::IntegratedAccount) || p.role == Some(ParamRole::User) {
            problems.push(format!(
                "parameter `{name}` is set by the target's integrated_account_id / user_id: remove it from params"
            ));
            continue;
        }
        fields.push(WireField {
            spec: p,
            value: typed(p, value),
        });
    }
    (fields, problems)
}

/// [`resolve`] for a chosen endpoint.
fn resolve_for(
    endpoint: &'static EndpointSpec,
    target: &Target,
    integration: Option<Integration>,
    defaults: &Map<String, Value>,
    confirm_irreversible: bool,
) -> Resolved {
    let Some(offboarding) = endpoint.offboarding else {
        return Resolved::Invalid {
            operation: None,
            problems: vec![format!("{} is not an offboarding endpoint", endpoint.name)],
        };
    };
    let invalid = |problems: Vec<String>| Resolved::Invalid {
        operation: Some(offboarding.operation),
        problems,
    };
    let (account_param, user_param) = match (
        role_param(endpoint, ParamRole::IntegratedAccount),
        role_param(endpoint, ParamRole::User),
    ) {
        (Ok(a), Ok(u)) => (a, u),
        (a, u) => return invalid(a.err().into_iter().chain(u.err()).collect()),
    };
    let (params, mut problems) = param_fields(endpoint, target, integration, defaults);
    let mut fields = vec![
        WireField {
            spec: account_param,
            value: Value::String(target.integrated_account_id.clone()),
        },
        WireField {
            spec: user_param,
            value: Value::String(target.user_id.clone()),
        },
    ];
    fields.extend(params);
    // Fields in spec order, as the generated request types produce them.
    fields.sort_by_key(|f| {
        endpoint
            .parameters
            .iter()
            .position(|p| std::ptr::eq(*p, f.spec))
    });
    let report = match integration {
        Some(i) => validate(endpoint, &fields, i, Mode::Strict),
        None => validate_without_integration(endpoint, &fields, Mode::Strict),
    };
    problems.extend(messages(&report));
    if !problems.is_empty() {
        return invalid(problems);
    }
    let irreversible = endpoint.irreversible
        || fields
            .iter()
            .any(|f| f.spec.irreversible && f.value == Value::Bool(true));
    let request = Request {
        endpoint,
        offboarding,
        integration,
        fields,
        irreversible,
    };
    if irreversible && !confirm_irreversible {
        return Resolved::NeedsConfirmation(request);
    }
    if integration.is_none() {
        return Resolved::Unverified(request);
    }
    Resolved::Ready(request)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::{Acceptance, Effect, Location, Method, Presences};

    const fn param(
        name: &'static str,
        location: Location,
        ty: ParamType,
        role: Option<ParamRole>,
        irreversible: bool,
    ) -> ParameterSpec {
        let acceptance = if role.is_some() {
            Acceptance::Required
        } else {
            Acceptance::Optional
        };
        let mut p = ParameterSpec::new(name, location, ty, acceptance, "");
        p.role = role;
        p.irreversible = irreversible;
        p
    }

    static ID: ParameterSpec = param(
        "id",
        Location::Path,
        ParamType::String,
        Some(ParamRole::User),
        false,
    );
    static ACCOUNT: ParameterSpec = param(
        "integrated_account_id",
        Location::Query,
        ParamType::Uuid,
        Some(ParamRole::IntegratedAccount),
        false,
    );
    static PURGE: ParameterSpec = param("purge", Location::Query, ParamType::Boolean, None, true);

    /// A reversible operation with a flag that makes it permanent.
    static ARCHIVE: EndpointSpec = EndpointSpec {
        name: "users.archive",
        rust_name: "ArchiveUser",
        summary: "",
        method: Method::Post,
        path: "/users/{id}/archive",
        description: "",
        idempotent: true,
        irreversible: false,
        admin: false,
        integrations: &[Integration::Okta],
        response_formats: &[],
        list: None,
        parameters: &[&ID, &ACCOUNT, &PURGE],
        rules: &[],
        offboarding: Some(Offboarding {
            operation: "archive",
            rank: 9,
            effect: Effect::SetsStatus("inactive"),
            already_done: &[],
        }),
        revoke: None,
        unnamed_integrations: None,
        deprecated: None,
        wrapped: None,
        response_model: "User",
        response_fields: &[],
        presence: &ARCHIVE_PRESENCE,
        api: &crate::API,
    };
    static ARCHIVE_PRESENCE: Presences = Presences::of(&ARCHIVE);

    fn target(params: &str) -> Target {
        serde_yaml::from_str(&format!(
            "{{integrated_account_id: 62f44730-dd91-461e-bd6a-aedd9e0ad79d, user_id: u1, params: {params}}}"
        ))
        .unwrap()
    }

    fn resolved(params: &str, confirm: bool) -> Resolved {
        resolve_for(
            &ARCHIVE,
            &target(params),
            Some(Integration::Okta),
            &Map::new(),
            confirm,
        )
    }

    #[test]
    fn a_permanent_flag_needs_confirmation_even_on_a_reversible_operation() {
        assert!(matches!(resolved("{}", false), Resolved::Ready(r) if !r.irreversible));
        assert!(matches!(
            resolved("{purge: false}", false),
            Resolved::Ready(_)
        ));
        assert!(
            matches!(resolved("{purge: true}", false), Resolved::NeedsConfirmation(r) if r.irreversible)
        );
        assert!(matches!(resolved("{purge: true}", true), Resolved::Ready(r) if r.irreversible));
    }

    #[test]
    fn parameter_values_must_fit_their_type() {
        let Resolved::Invalid { problems, .. } = resolved("{purge: yes please}", true) else {
            panic!("a text for a boolean flag is invalid");
        };
        assert_eq!(
            problems,
            [
                "`purge` (query `purge`) for Okta must be true or false, not \"yes please\": give true or false"
            ]
        );
        let Resolved::Invalid { problems, .. } = resolved("{prge: true, id: x}", true) else {
            panic!("unknown and role parameters are invalid");
        };
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(
            problems.iter().any(|p| p.contains("did you mean `purge`")),
            "{problems:?}"
        );
        assert!(
            problems.iter().any(|p| p.contains("set by the target")),
            "{problems:?}"
        );
    }
}
