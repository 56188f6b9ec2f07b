//! `generated/openapi.json`: the spec as an OpenAPI 3.1 document, for other languages, gateways,
//! mock servers and editors.
//!
//! What OpenAPI says natively, it says: paths, methods, parameters with their types (Truto's
//! bracket encoding as `style: deepObject` for objects, and as the `name[]` parameter name for
//! arrays of text), the JSON request body, the models, list envelopes, the error envelope and
//! bearer security. The rest of the matrix goes into `x-truto-…` extensions, so that nothing of
//! it is lost (`tests/it/openapi.rs` checks every fact of `support-matrix.json` against it):
//! - on every parameter and body property, `x-truto-support`: `required_in`, `supported_in`,
//!   `all_integrations`, `notes`, `sources`, `assumed`, `irreversible`;
//! - on every operation: `x-truto-integrations`, `x-truto-integration-sources`, `x-truto-rules`
//!   (conditional requirements), `x-truto-offboarding`, `x-truto-response-fields`,
//!   `x-truto-partial-in`, `x-truto-scope`, `x-truto-idempotent`, `x-truto-irreversible`,
//!   `x-truto-source`;
//! - at the top, `x-truto-integrations` (names and slugs) and `x-truto-response-formats`.
//!
//! Keys are sorted (serde_json's map), lists keep spec order, so the output is deterministic.

use serde_json::{Map, Value, json};

use super::support_matrix::{self, location_name};
use crate::resolved::{
    Endpoint, JsonTypeDef, Location, Model, ModelTypeDef, Param, ParamTypeDef, Spec,
    SubFieldTypeDef,
};

/// The name of the bearer security scheme.
const BEARER: &str = "bearer";
/// The error envelope's schema name.
const ERROR: &str = "Error";

/// What `x-truto-support` takes of a parameter's entry in `support-matrix.json`.
const SUPPORT_KEYS: [&str; 7] = [
    "required_in",
    "supported_in",
    "all_integrations",
    "notes",
    "sources",
    "assumed",
    "irreversible",
];

fn schema_ref(name: &str) -> Value {
    json!({ "$ref": format!("#/components/schemas/{name}") })
}

/// The name of the list envelope schema around `model`.
fn list_name(model: &str) -> String {
    format!("{model}List")
}

/// An open enum: the known values are listed, any other text is accepted (a stale spec must
/// never reject what the API sends).
fn open_enum(values: &[String]) -> Value {
    json!({ "anyOf": [{ "enum": values }, { "type": "string" }] })
}

fn param_schema(e: &Endpoint, p: &Param) -> Value {
    let mut schema = match p.ty {
        ParamTypeDef::String => json!({ "type": "string" }),
        ParamTypeDef::Uuid => json!({ "type": "string", "format": "uuid" }),
        ParamTypeDef::Boolean => json!({ "type": "boolean" }),
        ParamTypeDef::Integer => json!({ "type": "integer" }),
        ParamTypeDef::Enum => json!({ "type": "string", "enum": p.values }),
        ParamTypeDef::ResponseFormat => json!({ "type": "string", "enum": e.response_formats }),
        ParamTypeDef::StringArray => json!({ "type": "array", "items": { "type": "string" } }),
        ParamTypeDef::Object => json!({ "type": "object" }),
        ParamTypeDef::ObjectArray => {
            let properties: Map<String, Value> = p
                .fields
                .iter()
                .map(|f| {
                    let ty = match f.ty {
                        SubFieldTypeDef::String => "string",
                        SubFieldTypeDef::Boolean => "boolean",
                    };
                    (
                        f.name.clone(),
                        json!({ "type": ty, "description": f.description }),
                    )
                })
                .collect();
            json!({ "type": "array", "items": { "type": "object", "properties": properties } })
        }
    };
    if let Some(default) = &p.default {
        schema["default"] = default.clone();
    }
    schema
}

/// `x-truto-support`: which integrations require or accept the parameter, and why, as the
/// matrix has it (`matrix`: the endpoint's entry in `support-matrix.json`).
fn support(matrix: &Value, p: &Param) -> Value {
    let entry = matrix["parameters"]
        .as_array()
        .and_then(|all| all.iter().find(|m| m["name"] == p.name.as_str()))
        .unwrap_or(&Value::Null);
    Value::Object(
        SUPPORT_KEYS
            .iter()
            .map(|k| (k.to_string(), entry[*k].clone()))
            .collect(),
    )
}

/// A description, with the fact's own source when it is not the endpoint's page.
fn with_source(description: &str, source: Option<&str>) -> String {
    match source {
        Some(s) => format!("{} (Source: {s}.)", description.trim()),
        None => description.trim().to_string(),
    }
}

fn describe(p: &Param) -> String {
    with_source(&p.description, p.source.as_deref())
}

/// An object schema; `required` lists the names of its required properties.
fn object(description: &str, properties: Map<String, Value>, required: Vec<&str>) -> Value {
    let mut out = json!({
        "type": "object",
        "description": description.trim(),
        "properties": properties,
    });
    if !required.is_empty() {
        out["required"] = json!(required);
    }
    out
}

/// A path or query parameter.
fn parameter(matrix: &Value, e: &Endpoint, p: &Param) -> Value {
    let mut out = json!({
        "name": p.name,
        "in": location_name(&p.location),
        "description": describe(p),
        "required": p.required || p.location == Location::Path,
        "schema": param_schema(e, p),
        "x-truto-support": support(matrix, p),
    });
    match p.ty {
        // `name[]=a&name[]=b`: OpenAPI's exploded form, under the bracketed name.
        ParamTypeDef::StringArray => {
            out["name"] = Value::from(format!("{}[]", p.name));
            out["style"] = Value::from("form");
            out["explode"] = Value::from(true);
            out["x-truto-name"] = Value::from(p.name.as_str());
        }
        // `name[key]=value`, nested keys bracketed in turn.
        ParamTypeDef::Object => {
            out["style"] = Value::from("deepObject");
            out["explode"] = Value::from(true);
        }
        // OpenAPI has no style for arrays of objects; Truto's is indexed brackets.
        ParamTypeDef::ObjectArray => {
            out["style"] = Value::from("deepObject");
            out["explode"] = Value::from(true);
            out["x-truto-encoding"] = Value::from(format!(
                "indexed brackets: {0}[0][field]=value&{0}[1][field]=value",
                p.name
            ));
        }
        _ => {}
    }
    if let Some(example) = &p.example {
        out["example"] = example.clone();
    }
    out
}

/// The JSON body of the endpoint's body parameters, if it has any.
fn request_body(matrix: &Value, e: &Endpoint) -> Option<Value> {
    let body: Vec<&Param> = e
        .params
        .iter()
        .filter(|p| p.location == Location::Body)
        .collect();
    if body.is_empty() {
        return None;
    }
    let mut properties = Map::new();
    for p in &body {
        let mut schema = param_schema(e, p);
        schema["description"] = Value::from(describe(p));
        schema["x-truto-support"] = support(matrix, p);
        if let Some(example) = &p.example {
            schema["examples"] = json!([example]);
        }
        properties.insert(p.name.clone(), schema);
    }
    let required: Vec<&str> = body
        .iter()
        .filter(|p| p.required)
        .map(|p| p.name.as_str())
        .collect();
    let mut schema = json!({ "type": "object", "properties": properties });
    if !required.is_empty() {
        schema["required"] = json!(required);
    }
    Some(json!({
        "required": !required.is_empty() || body.iter().any(|p| !p.required_in.is_empty()),
        "content": { "application/json": { "schema": schema } },
    }))
}

fn responses(spec: &Spec, e: &Endpoint) -> Value {
    let model = if e.list {
        list_name(&e.response_model)
    } else {
        e.response_model.clone()
    };
    let formats: Vec<String> = e
        .response_formats
        .iter()
        .filter_map(|f| spec.response_formats.iter().find(|r| &r.name == f))
        .map(|r| format!("`{}` {}", r.name, r.description.trim()))
        .collect();
    let what = if e.list {
        format!("A page of {} records", e.response_model)
    } else {
        format!("The {}", e.response_model)
    };
    let mut out = json!({
        "200": {
            "description": format!("{what}. By `truto_response_format`: {}", formats.join("; ")),
            "content": { "application/json": { "schema": schema_ref(&model) } },
        },
        "429": {
            "description": "Rate limited: wait as `Retry-After` says, then retry.",
            "headers": { "Retry-After": {
                "description": "Seconds to wait before retrying.",
                "schema": { "type": "integer" },
            } },
            "content": { "application/json": { "schema": schema_ref(ERROR) } },
        },
        "default": {
            "description": "An error.",
            "content": { "application/json": { "schema": schema_ref(ERROR) } },
        },
    });
    if !e.list {
        out["204"] = json!({ "description": "Done, with no body." });
    }
    out
}

fn operation(spec: &Spec, e: &Endpoint) -> Value {
    // The per-integration facts are the matrix's, taken from the same emitter.
    let matrix = support_matrix::endpoint_json(spec, e);
    let fields = matrix["response_fields"]
        .as_array()
        .map_or(&[][..], Vec::as_slice);
    let mut op = json!({
        "operationId": e.name,
        "summary": e.summary,
        "description": e.description.trim(),
        "parameters": e
            .params
            .iter()
            .filter(|p| p.location != Location::Body)
            .map(|p| parameter(&matrix, e, p))
            .collect::<Vec<_>>(),
        "responses": responses(spec, e),
        "x-truto-scope": if e.admin { "admin" } else { "account" },
        "x-truto-idempotent": e.idempotent,
        "x-truto-irreversible": e.irreversible,
        "x-truto-integrations": matrix["integrations"],
        "x-truto-integration-sources": matrix["integration_sources"],
        "x-truto-partial-in": matrix["partial_in"],
        "x-truto-rules": matrix["rules"],
        "x-truto-response-fields": Value::Object(fields.iter().filter_map(|f| {
            Some((f["name"].as_str()?.to_string(), f["supported_in"].clone()))
        }).collect()),
    });
    if let Some(body) = request_body(&matrix, e) {
        op["requestBody"] = body;
    }
    if let Some(s) = &e.source {
        op["x-truto-source"] = Value::from(s.as_str());
    }
    if !matrix["offboarding"].is_null() {
        op["x-truto-offboarding"] = matrix["offboarding"].clone();
    }
    for (key, extension) in [
        ("revoke", "x-truto-revoke"),
        ("unnamed_integrations", "x-truto-unnamed-integrations"),
        ("deprecated", "x-truto-deprecated"),
        ("wrapped", "x-truto-wrapped"),
    ] {
        if let Some(value) = matrix.get(key) {
            op[extension] = value.clone();
        }
    }
    if e.deprecated.is_some() {
        op["deprecated"] = Value::Bool(true);
    }
    op
}

fn model_schema(m: &Model) -> Value {
    let mut properties = Map::new();
    for f in &m.fields {
        let mut schema = match f.ty {
            ModelTypeDef::String => json!({ "type": "string" }),
            ModelTypeDef::Boolean => json!({ "type": "boolean" }),
            ModelTypeDef::DateTime => json!({ "type": "string", "format": "date-time" }),
            ModelTypeDef::Enum => open_enum(&f.values),
            ModelTypeDef::Object => match f.type_name.as_deref() {
                Some(item) => schema_ref(item),
                None => json!({ "type": "object" }),
            },
            ModelTypeDef::StringArray => json!({ "type": "array", "items": { "type": "string" } }),
            ModelTypeDef::Number => json!({ "type": "number" }),
            ModelTypeDef::Any => json!({}),
            ModelTypeDef::Rows => {
                json!({ "type": "array", "items": { "type": "array", "items": {} } })
            }
            ModelTypeDef::ObjectArray => json!({
                "type": "array",
                "items": schema_ref(f.type_name.as_deref().unwrap_or_default()),
            }),
        };
        schema["description"] = Value::from(f.description.trim());
        properties.insert(f.name.clone(), schema);
    }
    let required = m
        .fields
        .iter()
        .filter(|f| f.required)
        .map(|f| f.name.as_str())
        .collect();
    object(&m.description, properties, required)
}

/// The list envelope around items of `model`.
fn list_schema(spec: &Spec, model: &str) -> Value {
    let env = &spec.list_envelope;
    let mut properties = Map::new();
    for (n, key) in env.items.iter().enumerate() {
        let alias = if n == 0 {
            String::new()
        } else {
            format!(
                " (the name some pages give it instead of `{}`)",
                env.items[0]
            )
        };
        properties.insert(
            key.clone(),
            json!({ "type": "array", "items": schema_ref(model), "description": format!("The records of this page{alias}.") }),
        );
    }
    properties.insert(
        env.next_cursor.clone(),
        json!({ "type": ["string", "null"], "description": "The cursor of the next page; null or absent on the last page." }),
    );
    properties.insert(
        env.prev_cursor.clone(),
        json!({ "type": ["string", "null"], "description": "The cursor of the previous page." }),
    );
    properties.insert(
        env.result_count.clone(),
        json!({ "type": "integer", "description": "The number of records on this page." }),
    );
    properties.insert(
        env.partial.clone(),
        json!({ "type": "boolean", "description": "True when the app returned incomplete data." }),
    );
    object(
        &format!("A page of {model} records."),
        properties,
        Vec::new(),
    )
}

fn error_schema(spec: &Spec) -> Value {
    let env = &spec.error_envelope;
    let mut properties = Map::new();
    for f in &env.fields {
        let mut schema = match f.ty {
            JsonTypeDef::String => json!({ "type": "string" }),
            JsonTypeDef::Integer => json!({ "type": "integer" }),
            JsonTypeDef::Boolean => json!({ "type": "boolean" }),
            JsonTypeDef::Object => json!({ "type": "object" }),
            JsonTypeDef::Any => json!({}),
        };
        schema["description"] = Value::from(with_source(&f.description, f.source.as_deref()));
        properties.insert(f.name.clone(), schema);
    }
    let required = env
        .fields
        .iter()
        .filter(|f| f.required)
        .map(|f| f.name.as_str())
        .collect();
    object(&env.description, properties, required)
}

/// The document, or the name that two schemas would share.
pub fn emit(spec: &Spec) -> Result<String, String> {
    let mut schemas = Map::new();
    for m in spec.model_files.iter().flat_map(|f| &f.models) {
        schemas.insert(m.name.clone(), model_schema(m));
    }
    let mut extra: Vec<(String, Value)> = vec![(ERROR.to_string(), error_schema(spec))];
    for e in spec.endpoints.iter().filter(|e| e.list) {
        let name = list_name(&e.response_model);
        if !extra.iter().any(|(n, _)| *n == name) {
            extra.push((name, list_schema(spec, &e.response_model)));
        }
    }
    for (name, schema) in extra {
        if schemas.insert(name.clone(), schema).is_some() {
            return Err(format!(
                "openapi.json: a model is named \"{name}\", which the document needs for its own schema: rename the model"
            ));
        }
    }

    let mut paths = Map::new();
    for e in &spec.endpoints {
        let item = paths
            .entry(e.path.clone())
            .or_insert_with(|| Value::Object(Map::new()));
        item[e.method.to_ascii_lowercase()] = operation(spec, e);
    }

    let doc = json!({
        "openapi": "3.1.0",
        "info": {
            "title": spec.api.title,
            "version": spec.api.version,
            "description": format!("{}\n\nGenerated from spec/ by truto-user-directory-codegen; do not edit.", spec.api.description.trim()),
        },
        "servers": [{ "url": spec.api.server }],
        "security": [{ BEARER: [] }],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": { BEARER: {
                "type": "http",
                "scheme": "bearer",
                "description": spec.api.bearer.trim(),
            } },
        },
        "x-truto-integrations": support_matrix::integrations_json(spec),
        "x-truto-response-formats": Value::Object(spec.response_formats.iter().map(|r| (r.name.clone(), Value::from(r.description.trim()))).collect()),
    });
    let mut text = serde_json::to_string_pretty(&doc).map_err(|e| e.to_string())?;
    text.push('\n');
    Ok(text)
}
