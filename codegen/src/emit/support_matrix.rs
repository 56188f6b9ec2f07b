//! `generated/support-matrix.json`: the support matrix for other tools and languages.

use serde_json::{Map, Value, json};

use crate::resolved::{Location, ParamTypeDef, Spec};

fn names(spec: &Spec, list: &[usize]) -> Value {
    Value::Array(
        list.iter()
            .map(|&i| Value::String(spec.integrations[i].name.clone()))
            .collect(),
    )
}

pub fn emit(spec: &Spec) -> String {
    let integrations: Vec<Value> = spec
        .integrations
        .iter()
        .map(|i| json!({"name": i.name, "slugs": i.slugs}))
        .collect();
    let endpoints: Vec<Value> = spec
        .endpoints
        .iter()
        .map(|e| {
            let parameters: Vec<Value> = e
                .params
                .iter()
                .map(|p| {
                    let mut notes = Map::new();
                    for (i, t) in &p.notes {
                        notes.insert(spec.integrations[*i].name.clone(), Value::String(t.clone()));
                    }
                    let ty = match p.ty {
                        ParamTypeDef::String => "string",
                        ParamTypeDef::Uuid => "uuid",
                        ParamTypeDef::Boolean => "boolean",
                        ParamTypeDef::Enum => "enum",
                        ParamTypeDef::StringArray => "string_array",
                        ParamTypeDef::ObjectArray => "object_array",
                        ParamTypeDef::Object => "object",
                        ParamTypeDef::ResponseFormat => "response_format",
                    };
                    let enum_values = match p.ty {
                        ParamTypeDef::Enum => json!(p.values),
                        ParamTypeDef::ResponseFormat => json!(e.response_formats),
                        _ => Value::Null,
                    };
                    let fields: Vec<Value> = p
                        .fields
                        .iter()
                        .map(|f| json!({"name": f.name, "type": match f.ty {
                            crate::resolved::SubFieldTypeDef::String => "string",
                            crate::resolved::SubFieldTypeDef::Boolean => "boolean",
                        }, "description": f.description}))
                        .collect();
                    json!({
                        "name": p.name,
                        "in": match p.location { Location::Path => "path", Location::Query => "query", Location::Body => "body" },
                        "type": ty,
                        "required": p.required,
                        "required_in": names(spec, &p.required_in),
                        "supported_in": names(spec, &p.supported_in),
                        "all_integrations": p.all_integrations,
                        "enum": enum_values,
                        "fields": fields,
                        "notes": notes,
                        "description": p.description,
                        "assumed": p.assumed,
                        "irreversible": p.irreversible,
                    })
                })
                .collect();
            let rules: Vec<Value> = e
                .rules
                .iter()
                .map(|r| {
                    let members: Vec<&str> = r.at_least_one_of.iter().map(|&k| e.params[k].name.as_str()).collect();
                    json!({"integration": spec.integrations[r.integration].name, "at_least_one_of": members, "note": r.note})
                })
                .collect();
            let fields: Vec<Value> = e
                .response_fields
                .iter()
                .map(|(f, l)| json!({"name": f, "supported_in": names(spec, l)}))
                .collect();
            json!({
                "name": e.name,
                "method": e.method,
                "path": e.path,
                "summary": e.summary,
                "idempotent": e.idempotent,
                "irreversible": e.irreversible,
                "integrations": names(spec, &e.integrations),
                "response_formats": e.response_formats,
                "parameters": parameters,
                "rules": rules,
                "offboarding": e.offboarding.as_ref().map(|o| json!({
                    "operation": o.operation,
                    "rank": o.rank,
                    "sets_status": o.sets_status,
                    "removes_user": o.sets_status.is_none(),
                    "already_done": o.already_done.iter().map(|(status, remote, meaning)| json!({
                        "status": status, "remote": remote, "meaning": meaning,
                    })).collect::<Vec<_>>(),
                    "assumed": o.assumed,
                    "source": o.source,
                })),
                "response_model": e.response_model,
                "response_fields": fields,
            })
        })
        .collect();
    let doc = json!({
        "generated_from": "spec/ by truto-user-directory-codegen; do not edit",
        "integrations": integrations,
        "endpoints": endpoints,
    });
    let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    text.push('\n');
    text
}
