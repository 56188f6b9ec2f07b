//! An endpoint's spec as data (`SPEC` and its `parameters` module), laid out as text rather than
//! through prettyplease: one parameter entry is a few lines naming only what is not a default,
//! and integration lists take one line per initial letter ([`super::layout`]). The caller
//! re-parses the whole file.

use std::fmt::Write as _;

use serde_json::Value;

use super::layout::{self, WIDTH};
use crate::resolved::{
    EffectKind, Endpoint, Location, Param, ParamTypeDef, RoleDef, Spec, SubFieldTypeDef,
};

/// A Rust string literal starting at `column`, continued on lines indented by `indent` when it
/// does not fit.
fn lit(s: &str, column: usize, indent: usize) -> String {
    layout::lit(s, column, indent)
}

/// A short Rust string literal (`str`'s `Debug` is valid Rust literal syntax).
fn short(s: &str) -> String {
    format!("{s:?}")
}

fn variant(spec: &Spec, i: usize) -> String {
    format!("Integration::{}", spec.integrations[i].variant)
}

/// `&[…]` of integrations starting at `column`: on that line when it fits, otherwise one line
/// per initial letter indented by `indent` (the closing bracket by `indent - 4`).
fn integrations(spec: &Spec, list: &[usize], column: usize, indent: usize) -> String {
    let items: Vec<(&str, String)> = list
        .iter()
        .map(|&i| (spec.integrations[i].variant.as_str(), variant(spec, i)))
        .collect();
    let inline = items.iter().map(|(_, v)| v.as_str()).collect::<Vec<_>>();
    let inline = format!("&[{}]", inline.join(", "));
    // Room for what follows the list on its line (`,` or ` },`).
    if column + inline.len() + 3 <= WIDTH {
        return inline;
    }
    let lines: Vec<(&str, String)> = items.into_iter().map(|(k, v)| (k, v + ",")).collect();
    let mut out = String::from("&[\n");
    for line in layout::grouped(&lines, WIDTH - indent) {
        let _ = writeln!(out, "{}{line}", " ".repeat(indent));
    }
    let _ = write!(out, "{}]", " ".repeat(indent.saturating_sub(4)));
    out
}

fn location(l: Location) -> &'static str {
    match l {
        Location::Path => "Location::Path",
        Location::Query => "Location::Query",
        Location::Body => "Location::Body",
    }
}

/// The parameter's type; an object array lists its sub-fields on lines of their own.
fn param_type(p: &Param) -> String {
    match p.ty {
        ParamTypeDef::String => "ParamType::String".into(),
        ParamTypeDef::Uuid => "ParamType::Uuid".into(),
        ParamTypeDef::Boolean => "ParamType::Boolean".into(),
        ParamTypeDef::Integer => "ParamType::Integer".into(),
        ParamTypeDef::Enum => {
            let values: Vec<String> = p.values.iter().map(|v| short(v)).collect();
            let one = format!("ParamType::Enum(&[{}])", values.join(", "));
            // After the name and location on the entry's second line.
            if one.len() + 48 <= WIDTH {
                one
            } else {
                let lines: Vec<String> = values
                    .iter()
                    .map(|v| format!("            {v},\n"))
                    .collect();
                format!("ParamType::Enum(&[\n{}        ])", lines.concat())
            }
        }
        ParamTypeDef::StringArray => "ParamType::StringArray".into(),
        ParamTypeDef::ObjectArray => {
            let mut out = String::from("ParamType::ObjectArray(&[\n");
            for f in &p.fields {
                let ty = match f.ty {
                    SubFieldTypeDef::String => "SubFieldType::String",
                    SubFieldTypeDef::Boolean => "SubFieldType::Boolean",
                };
                let head = format!(
                    "            SubFieldSpec {{ name: {}, ty: {ty}, description: ",
                    short(&f.name)
                );
                let text = lit(&f.description, head.len(), 16);
                let _ = writeln!(out, "{head}{text} }},");
            }
            out.push_str("        ])");
            out
        }
        ParamTypeDef::Object => "ParamType::Object".into(),
        ParamTypeDef::ResponseFormat => "ParamType::ResponseFormat".into(),
    }
}

/// Who requires or accepts the parameter, at indentation 8.
fn acceptance(spec: &Spec, p: &Param) -> String {
    if p.required {
        return "Acceptance::Required".into();
    }
    if p.all_integrations {
        return "Acceptance::Optional".into();
    }
    match (p.required_in.is_empty(), p.supported_in.is_empty()) {
        (false, true) => format!(
            "Acceptance::required_in({})",
            integrations(spec, &p.required_in, 34, 12)
        ),
        (true, false) => format!(
            "Acceptance::supported_in({})",
            integrations(spec, &p.supported_in, 35, 12)
        ),
        _ => format!(
            "Acceptance::Listed {{\n            required_in: {},\n            supported_in: {},\n        }}",
            integrations(spec, &p.required_in, 25, 16),
            integrations(spec, &p.supported_in, 26, 16)
        ),
    }
}

/// An example value, written after `column` characters of its line.
fn example(v: &Value, column: usize) -> String {
    match v {
        Value::String(s) => format!("Example::Text({})", lit(s, column + 14, 8)),
        Value::Bool(b) => format!("Example::Bool({b})"),
        Value::Array(items) if items.iter().all(Value::is_string) => {
            let items: Vec<String> = items.iter().filter_map(Value::as_str).map(short).collect();
            format!("Example::Texts(&[{}])", items.join(", "))
        }
        other => format!("Example::Json({})", lit(&other.to_string(), column + 14, 8)),
    }
}

/// The `static` name of a parameter's entry.
pub fn static_name(p: &Param) -> String {
    p.rust.trim_end_matches('_').to_uppercase()
}

/// One parameter's entry, indented by 4: only what is not a default is written.
pub fn parameter(spec: &Spec, p: &Param, visibility: &str) -> String {
    let acceptance = acceptance(spec, p);
    let mut out = format!(
        "    {visibility} static {}: ParameterSpec = ParameterSpec::new(\n        {}, {}, {},\n",
        static_name(p),
        short(&p.name),
        location(p.location),
        param_type(p),
    );
    // A one-word acceptance shares its line with the description when both fit.
    let one_line = format!("        {acceptance}, {},", short(&p.description));
    if !acceptance.contains('\n') && one_line.len() <= WIDTH {
        out.push_str(&one_line);
    } else {
        let _ = write!(
            out,
            "        {acceptance},\n        {},",
            lit(&p.description, 8, 8)
        );
    }
    out.push_str("\n    )");
    if p.rust != p.name {
        let _ = write!(out, "\n    .rust_name({})", short(&p.rust));
    }
    if !p.notes.is_empty() {
        out.push_str("\n    .notes(&[\n");
        for (i, text) in &p.notes {
            let head = format!("        Note {{ integration: {}, text: ", variant(spec, *i));
            let _ = writeln!(out, "{head}{} }},", lit(text, head.len(), 12));
        }
        out.push_str("    ])");
    }
    if let Some(r) = p.role {
        let role = match r {
            RoleDef::IntegratedAccount => "IntegratedAccount",
            RoleDef::ResponseFormat => "ResponseFormat",
            RoleDef::IgnoreRemoteData => "IgnoreRemoteData",
            RoleDef::ExcludeFields => "ExcludeFields",
            RoleDef::User => "User",
            RoleDef::Cursor => "Cursor",
            RoleDef::Limit => "Limit",
        };
        let _ = write!(out, "\n    .role(ParamRole::{role})");
    }
    if p.irreversible {
        out.push_str("\n    .irreversible()");
    }
    if !p.assumed.is_empty() {
        let assumed: Vec<String> = p.assumed.iter().map(|a| short(a)).collect();
        let _ = write!(out, "\n    .assumed(&[{}])", assumed.join(", "));
    }
    if let Some(x) = &p.example {
        let _ = write!(out, "\n    .example({})", example(x, 13));
    }
    out.push(';');
    out
}

/// The `use` lines of a module of parameter entries: only what its entries name.
pub fn imports(ps: &[&Param]) -> String {
    let mut out = String::new();
    if ps
        .iter()
        .any(|p| (!p.required && !p.all_integrations) || !p.notes.is_empty())
    {
        out.push_str("    use crate::Integration;\n");
    }
    let mut names = vec!["Acceptance"];
    if ps.iter().any(|p| p.example.is_some()) {
        names.push("Example");
    }
    names.push("Location");
    if ps.iter().any(|p| !p.notes.is_empty()) {
        names.push("Note");
    }
    if ps.iter().any(|p| p.role.is_some()) {
        names.push("ParamRole");
    }
    names.extend(["ParamType", "ParameterSpec"]);
    if ps.iter().any(|p| p.ty == ParamTypeDef::ObjectArray) {
        names.extend(["SubFieldSpec", "SubFieldType"]);
    }
    let line = format!("    use crate::spec::{{{}}};", names.join(", "));
    if line.len() <= WIDTH {
        let _ = writeln!(out, "{line}");
    } else {
        let names = names.join(", ");
        let _ = writeln!(out, "    use crate::spec::{{\n        {names},\n    }};");
    }
    out
}

fn offboarding(e: &Endpoint) -> String {
    let Some(o) = &e.offboarding else {
        return "None".into();
    };
    let effect = match &o.effect {
        EffectKind::SetsStatus(status) => format!("Effect::SetsStatus({})", short(status)),
        EffectKind::Removes => "Effect::Removes".into(),
        EffectKind::Downgrades => "Effect::Downgrades".into(),
    };
    let mut out = format!(
        "Some(Offboarding {{\n        operation: {},\n        rank: {},\n        effect: {effect},\n        already_done: &[\n",
        short(&o.operation),
        o.rank
    );
    for (status, remote, meaning) in &o.already_done {
        let head =
            format!("            AlreadyDone {{ status: {status}, remote: {remote}, meaning: ");
        let _ = writeln!(out, "{head}{} }},", lit(meaning, head.len(), 16));
    }
    out.push_str("        ],\n    })");
    out
}

/// The `revoke` section, after `revoke: ` at indentation 4.
fn revoke(spec: &Spec, e: &Endpoint) -> String {
    let Some(r) = &e.revoke else {
        return "None".into();
    };
    let p = &e.params[r.item_parameter];
    let item = match spec.group_of(e, p) {
        Some(g) => format!("&crate::common::{}::{}", g.name, static_name(p)),
        None => format!("&parameters::{}", static_name(p)),
    };
    let listed_by = match &r.listed_by {
        None => "None".to_string(),
        Some(l) => {
            let module = spec
                .endpoints
                .iter()
                .find(|x| x.name == l.endpoint)
                .map_or_else(String::new, |x| x.module.clone());
            format!(
                "Some(ListedBy {{\n            endpoint: &crate::endpoints::{module}::SPEC,\n            user_key: {},\n            grants: {},\n        }})",
                short(&l.user_key),
                short(&l.grants)
            )
        }
    };
    format!(
        "Some(Revoke {{\n        access: {},\n        user_field: {},\n        item: {item},\n        listed_by: {listed_by},\n        source: {},\n    }})",
        short(&r.access),
        short(&r.user_field),
        lit(&r.source, 16, 12)
    )
}

/// The rules, at indentation 4.
fn rules(e: &Endpoint, spec: &Spec) -> String {
    if e.rules.is_empty() {
        return "    rules: &[],\n".into();
    }
    let mut out = String::from("    rules: &[\n");
    for r in &e.rules {
        let members: Vec<String> = r
            .at_least_one_of
            .iter()
            .map(|&k| short(&e.params[k].name))
            .collect();
        let _ = writeln!(
            out,
            "        RuleSpec {{\n            integration: {},\n            at_least_one_of: &[{}],\n            note: {},\n        }},",
            variant(spec, r.integration),
            members.join(", "),
            lit(&r.note, 18, 16)
        );
    }
    out.push_str("    ],\n");
    out
}

/// The response fields the page says each integration fills, at indentation 4.
fn response_fields(e: &Endpoint, spec: &Spec) -> String {
    let filled: Vec<&(String, Vec<usize>)> = e
        .response_fields
        .iter()
        .filter(|(_, l)| !l.is_empty())
        .collect();
    if filled.is_empty() {
        return "    response_fields: &[],\n".into();
    }
    let mut out = String::from("    response_fields: &[\n");
    for (f, list) in filled {
        let head = format!(
            "        ResponseFieldSpec {{ name: {}, supported_in: ",
            short(f)
        );
        let list = integrations(spec, list, head.len(), 12);
        let _ = writeln!(out, "{head}{list} }},");
    }
    out.push_str("    ],\n");
    out
}

/// `SPEC` and the `parameters` module (the entries of the endpoint's own parameters; those of
/// the groups it includes are in `common`).
pub fn emit(spec: &Spec, e: &Endpoint) -> String {
    let mut out = String::new();
    let method = {
        let lower = e.method.to_ascii_lowercase();
        let mut c = lower.chars();
        c.next()
            .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
            .unwrap_or_default()
    };
    let _ = writeln!(
        out,
        "/// Everything the spec says about `{}`, as data.",
        e.name
    );
    out.push_str("pub static SPEC: EndpointSpec = EndpointSpec {\n");
    let _ = writeln!(out, "    name: {},", short(&e.name));
    let _ = writeln!(out, "    rust_name: {},", short(&e.rust_name));
    let _ = writeln!(out, "    summary: {},", lit(&e.summary, 13, 8));
    let _ = writeln!(out, "    method: Method::{method},");
    let _ = writeln!(out, "    path: {},", short(&e.path));
    let _ = writeln!(out, "    description: {},", lit(&e.description, 17, 8));
    let _ = writeln!(out, "    idempotent: {},", e.idempotent);
    let _ = writeln!(out, "    irreversible: {},", e.irreversible);
    let _ = writeln!(out, "    admin: {},", e.admin);
    let _ = writeln!(
        out,
        "    integrations: {},",
        integrations(spec, &e.integrations, 18, 8)
    );
    let _ = writeln!(out, "    response_formats: {},", response_formats(spec, e));
    if e.list {
        let partial: Vec<usize> = e.partial_in.iter().map(|(i, _)| *i).collect();
        let _ = writeln!(
            out,
            "    list: Some(ListSpec {{ partial_in: {} }}),",
            integrations(spec, &partial, 32, 8)
        );
    } else {
        out.push_str("    list: None,\n");
    }
    out.push_str("    parameters: &[\n");
    for p in &e.params {
        let _ = match spec.group_of(e, p) {
            Some(g) => writeln!(
                out,
                "        &crate::common::{}::{},",
                g.name,
                static_name(p)
            ),
            None => writeln!(out, "        &parameters::{},", static_name(p)),
        };
    }
    out.push_str("    ],\n");
    out.push_str(&rules(e, spec));
    let _ = writeln!(out, "    offboarding: {},", offboarding(e));
    let _ = writeln!(out, "    revoke: {},", revoke(spec, e));
    let _ = match &e.unnamed {
        None => writeln!(out, "    unnamed_integrations: None,"),
        Some(u) => writeln!(
            out,
            "    unnamed_integrations: Some(UnnamedIntegrations {{\n        count: {},\n        source: {},\n    }}),",
            u.count.map_or("None".into(), |c| format!("Some({c})")),
            lit(&u.source, 16, 12)
        ),
    };
    let _ = match &e.deprecated {
        None => writeln!(out, "    deprecated: None,"),
        Some(d) => writeln!(
            out,
            "    deprecated: Some(Deprecation {{\n        note: {},\n        source: {},\n    }}),",
            lit(&d.note, 14, 12),
            lit(&d.source, 16, 12)
        ),
    };
    let _ = match &e.wrapped {
        None => writeln!(out, "    wrapped: None,"),
        Some(w) => writeln!(out, "    wrapped: Some({}),", short(w)),
    };
    let _ = writeln!(out, "    response_model: {},", short(&e.response_model));
    out.push_str(&response_fields(e, spec));
    out.push_str("    presence: &PRESENCE,\n    api: &crate::API,\n};\n");
    out.push_str(&super::presence::render(e));
    out.push_str(&parameters_module(spec, e));
    out
}

/// The `parameters` module: the entries of the endpoint's own parameters (those of the groups
/// it includes are in `common`).
fn parameters_module(spec: &Spec, e: &Endpoint) -> String {
    let own: Vec<&Param> = e
        .params
        .iter()
        .filter(|p| spec.group_of(e, p).is_none())
        .collect();
    if own.is_empty() {
        return String::new();
    }
    let mut out = String::from(
        "\n/// The entries of the endpoint's own parameters, one `static` each.\nmod parameters {\n",
    );
    out.push_str(&imports(&own));
    for p in own {
        out.push('\n');
        out.push_str(&parameter(spec, p, "pub(super)"));
        out.push('\n');
    }
    out.push_str("}\n");
    out
}

/// `&[…]` of the endpoint's response formats, at indentation 4 after `response_formats: `.
fn response_formats(spec: &Spec, e: &Endpoint) -> String {
    let formats: Vec<String> = e
        .response_formats
        .iter()
        .filter_map(|f| spec.response_formats.iter().find(|r| &r.name == f))
        .map(|r| format!("crate::ResponseFormat::{}", r.variant))
        .collect();
    let one = format!("&[{}]", formats.join(", "));
    if 22 + one.len() < WIDTH {
        one
    } else {
        format!("&[\n        {},\n    ]", formats.join(",\n        "))
    }
}

/// The `use` line the tables need at the top of the endpoint's file.
pub fn spec_imports(e: &Endpoint) -> Vec<&'static str> {
    let mut names = Vec::new();
    if e.offboarding.is_some() {
        names.extend(["AlreadyDone", "Effect"]);
    }
    if e.deprecated.is_some() {
        names.push("Deprecation");
    }
    names.push("EndpointSpec");
    if e.revoke.as_ref().is_some_and(|r| r.listed_by.is_some()) {
        names.push("ListedBy");
    }
    if e.list {
        names.push("ListSpec");
    }
    names.push("Method");
    if e.offboarding.is_some() {
        names.push("Offboarding");
    }
    if e.response_fields.iter().any(|(_, l)| !l.is_empty()) {
        names.push("ResponseFieldSpec");
    }
    if e.revoke.is_some() {
        names.push("Revoke");
    }
    if !e.rules.is_empty() {
        names.push("RuleSpec");
    }
    if e.unnamed.is_some() {
        names.push("UnnamedIntegrations");
    }
    names
}
