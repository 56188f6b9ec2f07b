//! Property tests (bounded, in the normal run): requests survive encoding, any response body
//! decodes or fails typed, and any YAML is a plan or seed or a located error.
//!
//! - Every parameter of every endpoint, with any value of its type, encoded by the client
//!   (`wire`), then read back by an independent reader (`form_urlencoded` and a bracket decoder
//!   written here, `serde_json` for bodies, percent-decoding for the path) is the value given.
//! - Any bytes, and any JSON, as a response body: `Ok` or a `serde_json::Error`, never a panic,
//!   for models, pages and untyped bodies.
//! - Any YAML value as a plan or a seed: parsed, or an error that says where.

use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::{Map, Value, json};
use truto_user_directory::decode::ResponseBody;
use truto_user_directory::spec::{EndpointSpec, Location, ParamType, SubFieldType};
use truto_user_directory::validate::{Field, FieldValue};
use truto_user_directory::{ENDPOINTS, Page, models::user::User};

fn config() -> Config {
    Config {
        cases: 256,
        failure_persistence: None,
        ..Config::default()
    }
}

/// Text with what query strings and paths must escape: brackets, `&`, `=`, `%`, `+`, `/`,
/// `?`, `#`, spaces, quotes and non-ASCII.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z0-9_-]{1,12}",
        "[ -~]{1,16}",
        "[\\[\\]&=%+/?# \"'é世\u{1F600}a]{1,10}",
        any::<String>().prop_filter("not empty", |s| !s.is_empty()),
    ]
}

fn uuid() -> impl Strategy<Value = String> {
    any::<u128>().prop_map(|n| {
        let h = format!("{n:032x}");
        format!(
            "{}-{}-{}-{}-{}",
            &h[..8],
            &h[8..12],
            &h[12..16],
            &h[16..20],
            &h[20..]
        )
    })
}

/// Objects as `remote_query` takes them: keys and text values, nested once.
fn object() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        text().prop_map(Value::from),
        any::<bool>().prop_map(Value::from)
    ];
    let inner = prop::collection::btree_map("[a-z_]{1,8}", leaf.clone(), 1..4)
        .prop_map(|m| Value::Object(m.into_iter().collect()));
    prop::collection::btree_map("[a-z_][a-z0-9_ ]{0,8}", prop_oneof![leaf, inner], 1..5)
        .prop_map(|m| Value::Object(m.into_iter().collect()))
}

/// A value of the parameter's type.
fn value_of(endpoint: &'static EndpointSpec, ty: ParamType) -> BoxedStrategy<Value> {
    match ty {
        ParamType::String => text().prop_map(Value::from).boxed(),
        ParamType::Uuid => uuid().prop_map(Value::from).boxed(),
        ParamType::Boolean => any::<bool>().prop_map(Value::from).boxed(),
        ParamType::Integer => any::<u32>().prop_map(Value::from).boxed(),
        ParamType::Enum(values) => prop::sample::select(values.to_vec())
            .prop_map(Value::from)
            .boxed(),
        ParamType::ResponseFormat => {
            let formats: Vec<&str> = endpoint
                .response_formats
                .iter()
                .map(|f| f.as_str())
                .collect();
            prop::sample::select(formats).prop_map(Value::from).boxed()
        }
        ParamType::StringArray => prop::collection::vec(text(), 1..4)
            .prop_map(|v| json!(v))
            .boxed(),
        ParamType::Object => object().boxed(),
        ParamType::ObjectArray(fields) => {
            let item = fields
                .iter()
                .map(|f| {
                    let v: BoxedStrategy<Value> = match f.ty {
                        SubFieldType::String => text().prop_map(Value::from).boxed(),
                        SubFieldType::Boolean => any::<bool>().prop_map(Value::from).boxed(),
                    };
                    (Just(f.name), v)
                })
                .collect::<Vec<_>>()
                .prop_map(|pairs| {
                    Value::Object(pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
                });
            prop::collection::vec(item, 1..3)
                .prop_map(Value::Array)
                .boxed()
        }
    }
}

/// An endpoint and a value for each of its parameters (some left out).
fn request() -> impl Strategy<Value = (&'static EndpointSpec, Vec<Option<Value>>)> {
    prop::sample::select(ENDPOINTS.to_vec()).prop_flat_map(|endpoint| {
        let values: Vec<BoxedStrategy<Option<Value>>> = endpoint
            .parameters
            .iter()
            .map(|p| {
                let v = value_of(endpoint, p.ty);
                if p.location == Location::Path {
                    v.prop_map(Some).boxed()
                } else {
                    prop::option::weighted(0.7, v).boxed()
                }
            })
            .collect();
        (Just(endpoint), values)
    })
}

/// Sets `value` at `path` (keys, `None` for `[]`: a new element) in `root`.
fn insert(root: &mut Value, path: &[Option<String>], value: Value) {
    let Some((first, rest)) = path.split_first() else {
        *root = value;
        return;
    };
    match first {
        None => {
            if !root.is_array() {
                *root = Value::Array(Vec::new());
            }
            let items = root.as_array_mut().expect("an array");
            items.push(Value::Null);
            let last = items.last_mut().expect("pushed");
            insert(last, rest, value);
        }
        Some(key) => match key.parse::<usize>() {
            // An index: `a[0][f]`.
            Ok(n) if root.is_array() || root.is_null() => {
                if !root.is_array() {
                    *root = Value::Array(Vec::new());
                }
                let items = root.as_array_mut().expect("an array");
                while items.len() <= n {
                    items.push(Value::Null);
                }
                insert(&mut items[n], rest, value);
            }
            _ => {
                if !root.is_object() {
                    *root = Value::Object(Map::new());
                }
                let map = root.as_object_mut().expect("an object");
                insert(map.entry(key.clone()).or_insert(Value::Null), rest, value);
            }
        },
    }
}

/// Truto's bracket encoding read back: `a=v`, `a[]=v`, `a[k]=v`, `a[0][k]=v`, nested. Values
/// are text (the encoding has no types).
fn decode_query(query: &str) -> Map<String, Value> {
    let mut root = Value::Object(Map::new());
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        let (name, mut rest) = match key.find('[') {
            Some(i) => (&key[..i], &key[i..]),
            None => (&key[..], ""),
        };
        let mut path = vec![Some(name.to_string())];
        while let Some(inner) = rest.strip_prefix('[') {
            let end = inner.find(']').expect("a closing bracket");
            let part = &inner[..end];
            path.push((!part.is_empty()).then(|| part.to_string()));
            rest = &inner[end + 1..];
        }
        assert!(rest.is_empty(), "a key that is not brackets: {key}");
        insert(&mut root, &path, Value::from(value.into_owned()));
    }
    match root {
        Value::Object(map) => map,
        _ => unreachable!(),
    }
}

/// A value as the query carries it: scalars as text (keys of objects keep their order).
fn as_text(value: &Value) -> Value {
    match value {
        Value::Bool(b) => Value::from(b.to_string()),
        Value::Number(n) => Value::from(n.to_string()),
        Value::Array(items) => Value::Array(items.iter().map(as_text).collect()),
        Value::Object(map) => {
            Value::Object(map.iter().map(|(k, v)| (k.clone(), as_text(v))).collect())
        }
        other => other.clone(),
    }
}

/// The path's segments, percent-decoded.
fn path_segments(url: &str) -> Vec<String> {
    let path = url.split('?').next().unwrap_or_default();
    let path = path
        .split_once("://")
        .map_or(path, |(_, rest)| rest.find('/').map_or("", |i| &rest[i..]));
    path.split('/')
        .map(|s| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8()
                .expect("UTF-8")
                .into_owned()
        })
        .collect()
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn encoded_requests_read_back_as_given((endpoint, values) in request()) {
        let fields: Vec<Field<'_>> = endpoint
            .parameters
            .iter()
            .zip(&values)
            .filter_map(|(spec, v)| v.as_ref().map(|value| Field { spec, value: FieldValue::Json(value) }))
            .collect();
        let url = match truto_user_directory::wire::url("https://api.example.com", endpoint, &fields) {
            Ok(url) => url,
            // A path value that cannot be one segment (blank, `.`, `..`) is refused, typed.
            Err(e) => {
                let value = fields
                    .iter()
                    .find(|f| f.spec.name == e.parameter && f.spec.location == Location::Path)
                    .and_then(|f| match f.value { FieldValue::Json(v) => v.as_str(), _ => None });
                prop_assert!(
                    value.is_some_and(|v| v.trim().is_empty() || v == "." || v == ".."),
                    "{:?} refused: {}", value, e.message
                );
                return Ok(());
            }
        };
        let query = url.split_once('?').map_or("", |(_, q)| q);
        let read = decode_query(query);
        let body = truto_user_directory::wire::body(endpoint, &fields);
        let segments = path_segments(&url);
        for field in &fields {
            let Field { spec, value: FieldValue::Json(value) } = field else { unreachable!() };
            match spec.location {
                Location::Query => prop_assert_eq!(
                    read.get(spec.name),
                    Some(&as_text(value)),
                    "{} of {} in {}", spec.name, endpoint.name, query
                ),
                Location::Body => prop_assert_eq!(
                    body.as_ref().and_then(|b| b.get(spec.name)),
                    Some(*value),
                    "{} of {}", spec.name, endpoint.name
                ),
                Location::Path => prop_assert!(
                    segments.iter().any(|s| as_text(value) == s.as_str()),
                    "{} of {} in {:?}", spec.name, endpoint.name, segments
                ),
            }
        }
        // Nothing else is in the query.
        let query_fields = fields.iter().filter(|f| f.spec.location == Location::Query).count();
        prop_assert_eq!(read.len(), query_fields, "{}", query);
    }

    #[test]
    fn any_bytes_as_a_body_decode_or_fail_typed(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        let _ = User::decode_body(&bytes, &[], &truto_user_directory::LIST_ENVELOPE);
        let _ = Page::<User>::decode_body(&bytes, &["remote_data"], &truto_user_directory::LIST_ENVELOPE);
        let _ = Value::decode_body(&bytes, &[], &truto_user_directory::LIST_ENVELOPE);
    }

    #[test]
    fn any_json_as_a_body_decodes_or_fails_typed(value in json_value()) {
        let bytes = serde_json::to_vec(&value).expect("JSON");
        for wrapped in [bytes.clone(), serde_json::to_vec(&json!({"result": value})).expect("JSON")] {
            let _ = User::decode_body(&wrapped, &["remote_data"], &truto_user_directory::LIST_ENVELOPE);
            let _ = Page::<User>::decode_body(&wrapped, &[], &truto_user_directory::LIST_ENVELOPE);
            let _ = Page::<Value>::decode_body(&wrapped, &[], &truto_user_directory::LIST_ENVELOPE);
        }
    }
}

/// Object keys: often one of `known`, else any text `other` (a regex) matches.
fn keys(known: Vec<&'static str>, other: &'static str) -> impl Strategy<Value = String> + Clone {
    prop_oneof![prop::sample::select(known).prop_map(str::to_string), other]
}

/// Any JSON value, leaning towards the shapes the models and envelopes have.
fn json_value() -> impl Strategy<Value = Value> {
    let key = keys(
        vec![
            "id",
            "emails",
            "email",
            "status",
            "result",
            "results",
            "next_cursor",
            "name",
            "roles",
            "is_primary",
            "created_at",
            "remote_data",
            "groups",
            "result_count",
        ],
        "[a-z]{1,6}",
    );
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        text().prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(key.clone(), inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

#[cfg(all(feature = "offboard", feature = "mock"))]
mod files {
    use super::*;
    use truto_user_directory::mock::Seed;
    use truto_user_directory::offboard::Plan;

    /// Any YAML value, with the keys plans and seeds use.
    fn yaml_value() -> impl Strategy<Value = serde_yaml::Value> {
        let key = super::keys(
            vec![
                "targets",
                "defaults",
                "confirm_irreversible",
                "integrated_account_id",
                "user_id",
                "integration",
                "operation",
                "params",
                "email",
                "tenant_id",
                "params_by_account",
                "accounts",
                "id",
                "users",
                "limits",
                "faults",
                "status",
                "emails",
                "per_account",
                "window_seconds",
                "latency_ms",
                "list_requires",
            ],
            "[a-z_]{1,8}",
        );
        let leaf = prop_oneof![
            Just(serde_yaml::Value::Null),
            any::<bool>().prop_map(serde_yaml::Value::from),
            any::<i64>().prop_map(serde_yaml::Value::from),
            any::<f64>().prop_map(serde_yaml::Value::from),
            super::text().prop_map(serde_yaml::Value::from),
            prop::sample::select(vec![
                "auto",
                "suspend",
                "delete",
                "Okta",
                "GitHub",
                "62f44730-dd91-461e-bd6a-aedd9e0ad79d"
            ])
            .prop_map(serde_yaml::Value::from),
        ];
        leaf.prop_recursive(4, 64, 6, move |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..5).prop_map(serde_yaml::Value::Sequence),
                prop::collection::btree_map(key.clone(), inner, 0..6).prop_map(|m| {
                    serde_yaml::Value::Mapping(
                        m.into_iter()
                            .map(|(k, v)| (serde_yaml::Value::from(k), v))
                            .collect(),
                    )
                }),
            ]
        })
    }

    proptest! {
        #![proptest_config(config())]

        #[test]
        fn any_yaml_is_a_plan_or_a_located_error(value in yaml_value()) {
            let text = serde_yaml::to_string(&value).expect("YAML");
            if let Err(e) = Plan::from_yaml(&text) {
                let said = e.to_string();
                prop_assert!(!said.is_empty());
                prop_assert!(
                    e.line.is_some() || said.contains("target") || said.contains("plan"),
                    "an error that does not say where: {said}\n{text}"
                );
            }
        }

        #[test]
        fn any_yaml_is_a_seed_or_a_located_error(value in yaml_value()) {
            let text = serde_yaml::to_string(&value).expect("YAML");
            if let Err(e) = Seed::from_yaml(&text) {
                let said = e.to_string();
                prop_assert!(
                    said.contains("line") || said.contains("accounts") || said.contains("seed"),
                    "an error that does not say where: {said}\n{text}"
                );
            }
        }
    }
}
