//! `generated/openapi.json`: a valid OpenAPI 3.1 document (checked by an external validator),
//! holding every fact of the support matrix (`support-matrix.json`), and describing the query
//! strings the client really sends. (That it is current with `spec/` is `tests/generated.rs`.)

use serde_json::{Map, Value, json};
use truto_user_directory::ENDPOINTS;
use truto_user_directory::spec::{EndpointSpec, Location, ParamType, SubFieldType};
use truto_user_directory::validate::{Field, FieldValue};

use crate::support::external::external;

const ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";

fn read(path: &str) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn openapi() -> Value {
    read("generated/openapi.json")
}

fn matrix() -> Value {
    read("generated/support-matrix.json")
}

#[test]
fn an_external_validator_accepts_the_document() {
    let Some(mut validator) = external(
        "openapi-spec-validator",
        "python3 -m pip install openapi-spec-validator",
    ) else {
        return;
    };
    let out = validator
        .arg("generated/openapi.json")
        .output()
        .expect("run openapi-spec-validator");
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("OK"), "{text}");
}

#[test]
fn an_external_validator_refuses_a_broken_document() {
    let Some(mut validator) = external(
        "openapi-spec-validator",
        "python3 -m pip install openapi-spec-validator",
    ) else {
        return;
    };
    // A path parameter that is not required: what the validator is there to catch.
    let mut doc = openapi();
    let get = &mut doc["paths"]["/unified/user-directory/users/{id}"]["get"]["parameters"];
    let id = get
        .as_array_mut()
        .expect("parameters")
        .iter_mut()
        .find(|p| p["in"] == "path")
        .expect("a path parameter");
    id["required"] = json!(false);
    let path = std::env::temp_dir().join(format!("openapi-broken-{}.json", std::process::id()));
    std::fs::write(&path, serde_json::to_string(&doc).expect("print")).expect("write");
    let out = validator
        .arg(&path)
        .output()
        .expect("run openapi-spec-validator");
    let _ = std::fs::remove_file(&path);
    assert!(!out.status.success(), "a broken document passed");
}

#[test]
fn the_document_names_the_clients_server_and_version() {
    let doc = openapi();
    assert_eq!(doc["openapi"], "3.1.0");
    assert_eq!(
        doc["servers"][0]["url"],
        truto_user_directory::DEFAULT_BASE_URL,
        "spec/common.yaml api.server"
    );
    assert_eq!(
        doc["info"]["version"],
        env!("CARGO_PKG_VERSION"),
        "spec/common.yaml api.version is the crate's version"
    );
    assert_eq!(doc["security"], json!([{ "bearer": [] }]));
    assert_eq!(
        doc["components"]["securitySchemes"]["bearer"]["scheme"],
        "bearer"
    );
    for field in ["statusCode", "error", "message"] {
        assert!(
            doc["components"]["schemas"]["Error"]["required"]
                .as_array()
                .is_some_and(|r| r.contains(&json!(field))),
            "the error envelope requires {field}"
        );
    }
}

/// Where OpenAPI holds a matrix parameter: a path/query parameter, or a body property.
fn parameter<'a>(operation: &'a Value, p: &Value) -> Option<&'a Value> {
    let name = p["name"].as_str()?;
    if p["in"] == "body" {
        return operation["requestBody"]["content"]["application/json"]["schema"]["properties"]
            .get(name);
    }
    operation["parameters"]
        .as_array()?
        .iter()
        .find(|q| q["in"] == p["in"] && (q["name"] == name || q["x-truto-name"] == name))
}

/// The schema of a parameter or body property.
fn schema(held: &Value) -> &Value {
    held.get("schema").unwrap_or(held)
}

/// The spec's type name, from the OpenAPI schema.
fn spec_type(s: &Value, matrix_type: &str) -> String {
    match (s["type"].as_str(), s["format"].as_str()) {
        (Some("string"), Some("uuid")) => "uuid".into(),
        (Some("string"), _) if s.get("enum").is_some() => {
            // Both are closed lists; which one is the matrix's own word.
            if matrix_type == "response_format" {
                "response_format".into()
            } else {
                "enum".into()
            }
        }
        (Some("array"), _) if s["items"]["type"] == "object" => "object_array".into(),
        (Some("array"), _) => "string_array".into(),
        (Some(t), _) => t.into(),
        (None, _) => "?".into(),
    }
}

/// Every fact of `matrix` that `doc` does not hold, as readable lines.
fn missing_facts(matrix: &Value, doc: &Value) -> Vec<String> {
    let mut missing = Vec::new();
    let mut check = |ok: bool, fact: String| {
        if !ok {
            missing.push(fact);
        }
    };
    for i in matrix["integrations"].as_array().expect("integrations") {
        let held = doc["x-truto-integrations"]
            .as_array()
            .is_some_and(|list| list.contains(i));
        check(held, format!("integration {i}"));
    }
    for e in matrix["endpoints"].as_array().expect("endpoints") {
        let name = e["name"].as_str().expect("name");
        let method = e["method"].as_str().expect("method").to_ascii_lowercase();
        let op = &doc["paths"][e["path"].as_str().expect("path")][&method];
        if op.is_null() {
            check(false, format!("{name}: {method} {}", e["path"]));
            continue;
        }
        check(
            op["operationId"] == e["name"],
            format!("{name}: operationId"),
        );
        check(op["summary"] == e["summary"], format!("{name}: summary"));
        for (key, ext) in [
            ("integrations", "x-truto-integrations"),
            ("integration_sources", "x-truto-integration-sources"),
            ("partial_in", "x-truto-partial-in"),
            ("idempotent", "x-truto-idempotent"),
            ("irreversible", "x-truto-irreversible"),
            ("scope", "x-truto-scope"),
            ("offboarding", "x-truto-offboarding"),
            ("unnamed_integrations", "x-truto-unnamed-integrations"),
            ("deprecated", "x-truto-deprecated"),
            ("wrapped", "x-truto-wrapped"),
            ("revoke", "x-truto-revoke"),
        ] {
            check(op[ext] == e[key], format!("{name}: {key}"));
        }
        check(
            (op["deprecated"] == true) == e["deprecated"].is_object(),
            format!("{name}: deprecated"),
        );
        if let Some(source) = e["source"].as_str() {
            check(op["x-truto-source"] == source, format!("{name}: source"));
        }
        for r in e["rules"].as_array().expect("rules") {
            let held = op["x-truto-rules"]
                .as_array()
                .is_some_and(|list| list.contains(r));
            check(held, format!("{name}: rule {r}"));
        }
        for f in e["response_fields"].as_array().expect("response fields") {
            let field = f["name"].as_str().expect("field name");
            check(
                op["x-truto-response-fields"][field] == f["supported_in"],
                format!(
                    "{name}: response field {field} supported in {}",
                    f["supported_in"]
                ),
            );
        }
        let model = e["response_model"].as_str().expect("model");
        let body = &op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"];
        let want = if e["list"] == true {
            format!("#/components/schemas/{model}List")
        } else {
            format!("#/components/schemas/{model}")
        };
        check(*body == want, format!("{name}: response {want}"));

        for p in e["parameters"].as_array().expect("parameters") {
            let pname = format!("{name}: parameter {}", p["name"]);
            let Some(held) = parameter(op, p) else {
                check(false, pname);
                continue;
            };
            let support = &held["x-truto-support"];
            for key in [
                "required_in",
                "supported_in",
                "all_integrations",
                "notes",
                "sources",
                "assumed",
                "irreversible",
            ] {
                check(support[key] == p[key], format!("{pname}: {key} {}", p[key]));
            }
            let s = schema(held);
            let ty = p["type"].as_str().expect("type");
            check(spec_type(s, ty) == ty, format!("{pname}: type {ty}"));
            if !p["enum"].is_null() {
                check(
                    s["enum"] == p["enum"],
                    format!("{pname}: values {}", p["enum"]),
                );
            }
            for f in p["fields"].as_array().expect("fields") {
                let sub = &s["items"]["properties"][f["name"].as_str().expect("sub-field")];
                check(
                    sub["type"] == f["type"] && sub["description"] == f["description"],
                    format!("{pname}: sub-field {f}"),
                );
            }
            let description = held["description"].as_str().unwrap_or_default();
            check(
                description.contains(p["description"].as_str().expect("description").trim()),
                format!("{pname}: description"),
            );
            let required = if p["in"] == "body" {
                op["requestBody"]["content"]["application/json"]["schema"]["required"]
                    .as_array()
                    .is_some_and(|r| r.contains(&p["name"]))
            } else {
                held["required"] == true
            };
            // OpenAPI requires every path parameter.
            check(
                required == (p["required"] == true || p["in"] == "path"),
                format!("{pname}: required {}", p["required"]),
            );
        }
    }
    missing
}

#[test]
fn every_fact_of_the_matrix_is_in_the_document() {
    let missing = missing_facts(&matrix(), &openapi());
    assert!(
        missing.is_empty(),
        "missing from openapi.json:\n{}",
        missing.join("\n")
    );
}

const DELETE: &str = "/unified/user-directory/users/{id}";
const REMOVE_USER: &str = "/unified/user-directory/groups/remove-user";
const GROUPS_ADD: &str = "/unified/user-directory/groups/add";

/// The first parameter of the delete operation that `pick` picks.
fn delete_param(doc: &mut Value, pick: fn(&Value) -> bool) -> &mut Value {
    doc["paths"][DELETE]["delete"]["parameters"]
        .as_array_mut()
        .expect("parameters")
        .iter_mut()
        .find(|p| pick(p))
        .expect("a parameter to edit")
}

#[test]
fn the_round_trip_check_sees_a_lost_fact() {
    let matrix = matrix();
    let doc = openapi();
    type Edit = fn(&mut Value);
    let edits: [(&str, Edit); 9] = [
        ("an integration's slugs", |d| {
            d["x-truto-integrations"][0]["slugs"] = json!([]);
        }),
        ("a required_in entry", |d| {
            let p = delete_param(d, |p| p["x-truto-support"]["required_in"] != json!([]));
            p["x-truto-support"]["required_in"]
                .as_array_mut()
                .expect("list")
                .pop();
        }),
        ("a note", |d| {
            let p = delete_param(d, |p| p["x-truto-support"]["notes"] != json!({}));
            p["x-truto-support"]["notes"] = json!({});
        }),
        ("a rule", |d| {
            d["paths"][DELETE]["delete"]["x-truto-rules"]
                .as_array_mut()
                .expect("rules")
                .pop();
        }),
        ("an enum value", |d| {
            let p = delete_param(d, |p| p["schema"]["enum"].is_array());
            p["schema"]["enum"].as_array_mut().expect("values").pop();
        }),
        ("an unnamed integrations count", |d| {
            d["paths"][REMOVE_USER]["post"]["x-truto-unnamed-integrations"]["count"] = json!(7);
        }),
        ("a deprecation", |d| {
            let op = d["paths"][GROUPS_ADD]["post"]
                .as_object_mut()
                .expect("groups.add");
            op.remove("deprecated");
        }),
        ("a revoke section", |d| {
            let op = d["paths"][REMOVE_USER]["post"]
                .as_object_mut()
                .expect("remove-user");
            op.remove("x-truto-revoke");
        }),
        ("a body property", |d| {
            d["paths"]["/unified/user-directory/users/deactivate"]["post"]["requestBody"]["content"]
                ["application/json"]["schema"]["properties"]
                .as_object_mut()
                .expect("properties")
                .clear();
        }),
    ];
    assert!(doc["paths"][DELETE]["delete"].is_object());
    for (what, edit) in edits {
        let mut changed = doc.clone();
        edit(&mut changed);
        assert_ne!(changed, doc, "{what}: the edit changed nothing");
        assert!(
            !missing_facts(&matrix, &changed).is_empty(),
            "losing {what} went unseen"
        );
    }
}

/// A value of the parameter's type.
fn sample(endpoint: &EndpointSpec, ty: ParamType) -> Value {
    match ty {
        ParamType::String => json!("text value"),
        ParamType::Uuid => json!(ACCOUNT),
        ParamType::Boolean => json!(true),
        ParamType::Integer => json!(5),
        ParamType::Enum(values) => json!(values[0]),
        ParamType::ResponseFormat => json!(endpoint.response_formats[0].as_str()),
        ParamType::StringArray => json!(["a", "b c"]),
        ParamType::Object => json!({ "k": "v", "nested": { "deep": "x" } }),
        ParamType::ObjectArray(fields) => {
            let item: Map<String, Value> = fields
                .iter()
                .map(|f| {
                    let v = match f.ty {
                        SubFieldType::String => json!("x"),
                        SubFieldType::Boolean => json!(true),
                    };
                    (f.name.to_string(), v)
                })
                .collect();
            json!([item, item])
        }
    }
}

/// Whether a query key is what the declared OpenAPI parameter makes of it.
fn explains(declared: &Value, key: &str) -> bool {
    let name = declared["name"].as_str().unwrap_or_default();
    let schema = &declared["schema"];
    let Some(rest) = key.strip_prefix(name) else {
        return false;
    };
    // The bracket segments after the name: `[a][b]` → ["a", "b"].
    let segments: Option<Vec<&str>> = (!rest.is_empty())
        .then(|| {
            rest.strip_prefix('[')
                .and_then(|r| r.strip_suffix(']'))
                .map(|inner| inner.split("][").collect())
        })
        .flatten();
    match (declared["style"].as_str(), schema["type"].as_str()) {
        // An array of objects: `name[0][field]`, the field one of the items' properties.
        (Some("deepObject"), Some("array")) => segments.is_some_and(|s| {
            s.len() == 2
                && s[0].parse::<usize>().is_ok()
                && schema["items"]["properties"].get(s[1]).is_some()
        }),
        // An object: `name[key]`, nested objects `name[key][key2]`.
        (Some("deepObject"), _) => segments.is_some_and(|s| s.iter().all(|k| !k.is_empty())),
        // Everything else under its exact (possibly bracketed, `name[]`) name.
        _ => rest.is_empty(),
    }
}

/// The client's query strings and JSON bodies, for every parameter of every endpoint, are what
/// the document declares: each query key is explained by exactly one declared parameter (read
/// with `form_urlencoded`, not the client's encoder), each body key is a declared property.
#[test]
fn the_document_describes_what_the_client_sends() {
    let doc = openapi();
    for endpoint in ENDPOINTS {
        let op = &doc["paths"][endpoint.path][endpoint.method.as_str().to_ascii_lowercase()];
        assert!(op.is_object(), "{}", endpoint.name);
        let values: Vec<Value> = endpoint
            .parameters
            .iter()
            .map(|p| sample(endpoint, p.ty))
            .collect();
        let fields: Vec<Field<'_>> = endpoint
            .parameters
            .iter()
            .zip(&values)
            .map(|(spec, value)| Field {
                spec,
                value: FieldValue::Json(value),
            })
            .collect();
        let query = truto_user_directory::wire::query(&fields);
        let declared: Vec<&Value> = op["parameters"]
            .as_array()
            .expect("parameters")
            .iter()
            .filter(|p| p["in"] == "query")
            .collect();
        let mut seen = std::collections::BTreeSet::new();
        for (key, _) in form_urlencoded::parse(query.as_bytes()) {
            let owners: Vec<&str> = declared
                .iter()
                .filter(|d| explains(d, &key))
                .filter_map(|d| d["name"].as_str())
                .collect();
            assert_eq!(
                owners.len(),
                1,
                "{}: query key {key:?} is declared by {owners:?}",
                endpoint.name
            );
            seen.insert(owners[0].to_string());
        }
        let query_params = endpoint
            .parameters
            .iter()
            .filter(|p| p.location == Location::Query)
            .count();
        assert_eq!(seen.len(), query_params, "{}: {query}", endpoint.name);

        if let Some(body) = truto_user_directory::wire::body(endpoint, &fields) {
            let properties =
                &op["requestBody"]["content"]["application/json"]["schema"]["properties"];
            for key in body.as_object().expect("a JSON object").keys() {
                assert!(
                    properties.get(key).is_some(),
                    "{}: body key {key}",
                    endpoint.name
                );
            }
        }
    }
}

#[cfg(feature = "cli")]
#[test]
fn userdir_prints_the_document() {
    let out = crate::support::userdir::userdir_command()
        .args(["schema", "openapi"])
        .output()
        .expect("userdir runs");
    assert!(out.status.success(), "{out:?}");
    let printed = String::from_utf8(out.stdout).expect("UTF-8");
    let committed = std::fs::read_to_string("generated/openapi.json").expect("read");
    assert_eq!(printed, committed);
}
