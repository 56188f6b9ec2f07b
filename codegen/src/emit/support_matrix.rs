//! `generated/support-matrix.json`: the support matrix for other tools and languages. Written
//! from structs, whose fields serialize in declaration order (no `preserve_order` needed).

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use crate::resolved::{EffectKind, Endpoint, Location, Param, ParamTypeDef, Spec, SubFieldTypeDef};

/// A JSON object whose keys keep the given order.
struct Ordered<'a>(Vec<(&'a str, &'a str)>);

impl Serialize for Ordered<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

#[derive(Serialize)]
struct Doc<'a> {
    generated_from: &'static str,
    integrations: Vec<IntegrationOut<'a>>,
    endpoints: Vec<EndpointOut<'a>>,
}

#[derive(Serialize)]
struct IntegrationOut<'a> {
    name: &'a str,
    slugs: &'a [String],
}

#[derive(Serialize)]
struct EndpointOut<'a> {
    name: &'a str,
    method: &'a str,
    path: &'a str,
    summary: &'a str,
    /// The page the endpoint's facts come from.
    source: Option<&'a str>,
    idempotent: bool,
    irreversible: bool,
    /// `account` (called for an integrated account) or `admin`.
    scope: &'static str,
    integrations: Vec<&'a str>,
    /// Integrations not on the endpoint's own page, with their sources.
    integration_sources: Ordered<'a>,
    /// A list endpoint: its body is the list envelope.
    list: bool,
    /// Integrations whose list results carry only some fields, with their sources.
    partial_in: Ordered<'a>,
    response_formats: &'a [String],
    parameters: Vec<ParamOut<'a>>,
    rules: Vec<RuleOut<'a>>,
    offboarding: Option<OffboardingOut<'a>>,
    /// How offboarding takes one kind of access away with the endpoint.
    #[serde(skip_serializing_if = "Option::is_none")]
    revoke: Option<RevokeOut<'a>>,
    /// The page counts more integrations than it names.
    #[serde(skip_serializing_if = "Option::is_none")]
    unnamed_integrations: Option<UnnamedOut<'a>>,
    /// The page marks the endpoint deprecated.
    #[serde(skip_serializing_if = "Option::is_none")]
    deprecated: Option<DeprecatedOut<'a>>,
    /// A one-object answer may also come wrapped in this key.
    #[serde(skip_serializing_if = "Option::is_none")]
    wrapped: Option<&'a str>,
    response_model: &'a str,
    response_fields: Vec<ResponseFieldOut<'a>>,
}

#[derive(Serialize)]
struct RevokeOut<'a> {
    access: &'a str,
    user_field: &'a str,
    item_parameter: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    listed_by: Option<ListedByOut<'a>>,
    source: &'a str,
}

#[derive(Serialize)]
struct ListedByOut<'a> {
    endpoint: &'a str,
    user_key: &'a str,
    grants: &'a str,
}

#[derive(Serialize)]
struct UnnamedOut<'a> {
    count: Option<u32>,
    source: &'a str,
}

#[derive(Serialize)]
struct DeprecatedOut<'a> {
    note: &'a str,
    source: &'a str,
}

#[derive(Serialize)]
struct ParamOut<'a> {
    name: &'a str,
    #[serde(rename = "in")]
    location: &'static str,
    #[serde(rename = "type")]
    ty: &'static str,
    required: bool,
    required_in: Vec<&'a str>,
    supported_in: Vec<&'a str>,
    all_integrations: bool,
    #[serde(rename = "enum")]
    values: Option<&'a [String]>,
    fields: Vec<SubFieldOut<'a>>,
    notes: Ordered<'a>,
    description: &'a str,
    assumed: &'a [&'static str],
    irreversible: bool,
    /// `required_in` / `supported_in` entries not on the endpoint's page, with their sources.
    sources: Ordered<'a>,
}

#[derive(Serialize)]
struct SubFieldOut<'a> {
    name: &'a str,
    #[serde(rename = "type")]
    ty: &'static str,
    description: &'a str,
}

#[derive(Serialize)]
struct RuleOut<'a> {
    integration: &'a str,
    at_least_one_of: Vec<&'a str>,
    note: &'a str,
}

#[derive(Serialize)]
struct OffboardingOut<'a> {
    operation: &'a str,
    rank: u8,
    sets_status: Option<&'a str>,
    removes_user: bool,
    downgrades_user: bool,
    already_done: Vec<AlreadyDoneOut<'a>>,
    assumed: &'a [String],
    source: Option<&'a str>,
}

#[derive(Serialize)]
struct AlreadyDoneOut<'a> {
    status: u16,
    remote: bool,
    meaning: &'a str,
}

#[derive(Serialize)]
struct ResponseFieldOut<'a> {
    name: &'a str,
    supported_in: Vec<&'a str>,
}

/// Integration → source, in integration order.
fn sourced<'a>(spec: &'a Spec, list: &'a [(usize, String)]) -> Ordered<'a> {
    Ordered(
        list.iter()
            .map(|(i, s)| (spec.integrations[*i].name.as_str(), s.as_str()))
            .collect(),
    )
}

fn names<'a>(spec: &'a Spec, list: &[usize]) -> Vec<&'a str> {
    list.iter()
        .map(|&i| spec.integrations[i].name.as_str())
        .collect()
}

/// A parameter's location as written in the spec.
pub fn location_name(location: &Location) -> &'static str {
    match location {
        Location::Path => "path",
        Location::Query => "query",
        Location::Body => "body",
    }
}

/// A parameter's type as written in the spec.
pub fn type_name(ty: &ParamTypeDef) -> &'static str {
    match ty {
        ParamTypeDef::String => "string",
        ParamTypeDef::Uuid => "uuid",
        ParamTypeDef::Boolean => "boolean",
        ParamTypeDef::Integer => "integer",
        ParamTypeDef::Enum => "enum",
        ParamTypeDef::StringArray => "string_array",
        ParamTypeDef::ObjectArray => "object_array",
        ParamTypeDef::Object => "object",
        ParamTypeDef::ResponseFormat => "response_format",
    }
}

fn param<'a>(spec: &'a Spec, e: &'a Endpoint, p: &'a Param) -> ParamOut<'a> {
    ParamOut {
        name: &p.name,
        location: location_name(&p.location),
        ty: type_name(&p.ty),
        required: p.required,
        required_in: names(spec, &p.required_in),
        supported_in: names(spec, &p.supported_in),
        all_integrations: p.all_integrations,
        values: match p.ty {
            ParamTypeDef::Enum => Some(&p.values),
            ParamTypeDef::ResponseFormat => Some(&e.response_formats),
            _ => None,
        },
        fields: p
            .fields
            .iter()
            .map(|f| SubFieldOut {
                name: &f.name,
                ty: match f.ty {
                    SubFieldTypeDef::String => "string",
                    SubFieldTypeDef::Boolean => "boolean",
                },
                description: &f.description,
            })
            .collect(),
        notes: Ordered(
            p.notes
                .iter()
                .map(|(i, t)| (spec.integrations[*i].name.as_str(), t.as_str()))
                .collect(),
        ),
        description: &p.description,
        assumed: &p.assumed,
        irreversible: p.irreversible,
        sources: sourced(spec, &p.sources),
    }
}

fn endpoint<'a>(spec: &'a Spec, e: &'a Endpoint) -> EndpointOut<'a> {
    EndpointOut {
        name: &e.name,
        method: e.method,
        path: &e.path,
        summary: &e.summary,
        source: e.source.as_deref(),
        idempotent: e.idempotent,
        irreversible: e.irreversible,
        scope: if e.admin { "admin" } else { "account" },
        integrations: names(spec, &e.integrations),
        integration_sources: sourced(spec, &e.integration_sources),
        list: e.list,
        partial_in: sourced(spec, &e.partial_in),
        response_formats: &e.response_formats,
        parameters: e.params.iter().map(|p| param(spec, e, p)).collect(),
        rules: e
            .rules
            .iter()
            .map(|r| RuleOut {
                integration: &spec.integrations[r.integration].name,
                at_least_one_of: r
                    .at_least_one_of
                    .iter()
                    .map(|&k| e.params[k].name.as_str())
                    .collect(),
                note: &r.note,
            })
            .collect(),
        offboarding: e.offboarding.as_ref().map(|o| OffboardingOut {
            operation: &o.operation,
            rank: o.rank,
            sets_status: match &o.effect {
                EffectKind::SetsStatus(s) => Some(s),
                _ => None,
            },
            removes_user: o.effect == EffectKind::Removes,
            downgrades_user: o.effect == EffectKind::Downgrades,
            already_done: o
                .already_done
                .iter()
                .map(|(status, remote, meaning)| AlreadyDoneOut {
                    status: *status,
                    remote: *remote,
                    meaning,
                })
                .collect(),
            assumed: &o.assumed,
            source: o.source.as_deref(),
        }),
        revoke: e.revoke.as_ref().map(|r| RevokeOut {
            access: &r.access,
            user_field: &r.user_field,
            item_parameter: &e.params[r.item_parameter].name,
            listed_by: r.listed_by.as_ref().map(|l| ListedByOut {
                endpoint: &l.endpoint,
                user_key: &l.user_key,
                grants: &l.grants,
            }),
            source: &r.source,
        }),
        unnamed_integrations: e.unnamed.as_ref().map(|u| UnnamedOut {
            count: u.count,
            source: &u.source,
        }),
        deprecated: e.deprecated.as_ref().map(|d| DeprecatedOut {
            note: &d.note,
            source: &d.source,
        }),
        wrapped: e.wrapped.as_deref(),
        response_model: &e.response_model,
        response_fields: e
            .response_fields
            .iter()
            .map(|(f, l)| ResponseFieldOut {
                name: f,
                supported_in: names(spec, l),
            })
            .collect(),
    }
}

fn integrations(spec: &Spec) -> Vec<IntegrationOut<'_>> {
    spec.integrations
        .iter()
        .map(|i| IntegrationOut {
            name: &i.name,
            slugs: &i.slugs,
        })
        .collect()
}

/// The integrations as `support-matrix.json` lists them (for `openapi.json`).
pub fn integrations_json(spec: &Spec) -> serde_json::Value {
    serde_json::to_value(integrations(spec)).unwrap_or_default()
}

/// One endpoint as `support-matrix.json` holds it (for `openapi.json`, which carries the same
/// facts).
pub fn endpoint_json(spec: &Spec, e: &Endpoint) -> serde_json::Value {
    serde_json::to_value(endpoint(spec, e)).unwrap_or_default()
}

pub fn emit(spec: &Spec) -> String {
    let doc = Doc {
        generated_from: "spec/ by truto-user-directory-codegen; do not edit",
        integrations: integrations(spec),
        endpoints: spec.endpoints.iter().map(|e| endpoint(spec, e)).collect(),
    };
    let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    text.push('\n');
    text
}
