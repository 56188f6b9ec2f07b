//! An endpoint's spec as data (`SPEC` and its `parameters` module), laid out as text rather than
//! through prettyplease: one parameter entry is a few lines naming only what is not a default,
//! and integration lists take one line per initial letter. The caller re-parses the whole file.

use std::fmt::Write as _;

use serde_json::Value;

use crate::resolved::{
    EffectKind, Endpoint, Location, Param, ParamTypeDef, RoleDef, Spec, SubFieldTypeDef,
};

/// A Rust string literal (`str`'s `Debug` is valid Rust literal syntax).
fn lit(s: &str) -> String {
    format!("{s:?}")
}

fn variant(spec: &Spec, i: usize) -> String {
    format!("Integration::{}", spec.integrations[i].variant)
}

/// `&[…]` of integrations, one per line, indented by `indent` (the closing bracket by
/// `indent - 4`); [`super::render_with_tables`] then groups them one line per initial letter.
fn integrations(spec: &Spec, list: &[usize], indent: usize) -> String {
    if list.is_empty() {
        return "&[]".into();
    }
    let mut out = String::from("&[\n");
    for &i in list {
        let _ = writeln!(out, "{}{},", " ".repeat(indent), variant(spec, i));
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

fn param_type(p: &Param) -> String {
    match p.ty {
        ParamTypeDef::String => "ParamType::String".into(),
        ParamTypeDef::Uuid => "ParamType::Uuid".into(),
        ParamTypeDef::Boolean => "ParamType::Boolean".into(),
        ParamTypeDef::Integer => "ParamType::Integer".into(),
        ParamTypeDef::Enum => {
            let values: Vec<String> = p.values.iter().map(|v| lit(v)).collect();
            format!("ParamType::Enum(&[{}])", values.join(", "))
        }
        ParamTypeDef::StringArray => "ParamType::StringArray".into(),
        ParamTypeDef::ObjectArray => {
            let mut out = String::from("ParamType::ObjectArray(&[\n");
            for f in &p.fields {
                let ty = match f.ty {
                    SubFieldTypeDef::String => "SubFieldType::String",
                    SubFieldTypeDef::Boolean => "SubFieldType::Boolean",
                };
                let _ = writeln!(
                    out,
                    "        SubFieldSpec {{ name: {}, ty: {ty}, description: {} }},",
                    lit(&f.name),
                    lit(&f.description)
                );
            }
            out.push_str("    ])");
            out
        }
        ParamTypeDef::Object => "ParamType::Object".into(),
        ParamTypeDef::ResponseFormat => "ParamType::ResponseFormat".into(),
    }
}

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
            integrations(spec, &p.required_in, 8)
        ),
        (true, false) => format!(
            "Acceptance::supported_in({})",
            integrations(spec, &p.supported_in, 8)
        ),
        _ => format!(
            "Acceptance::Listed {{\n        required_in: {},\n        supported_in: {},\n    }}",
            integrations(spec, &p.required_in, 12),
            integrations(spec, &p.supported_in, 12)
        ),
    }
}

fn example(v: &Value) -> String {
    match v {
        Value::String(s) => format!("Example::Text({})", lit(s)),
        Value::Bool(b) => format!("Example::Bool({b})"),
        Value::Array(items) if items.iter().all(Value::is_string) => {
            let items: Vec<String> = items.iter().filter_map(Value::as_str).map(lit).collect();
            format!("Example::Texts(&[{}])", items.join(", "))
        }
        other => format!("Example::Json({})", lit(&other.to_string())),
    }
}

/// The `static` name of a parameter's entry.
pub fn static_name(p: &Param) -> String {
    p.rust.trim_end_matches('_').to_uppercase()
}

/// One parameter's entry: only what is not a default is written.
fn parameter(spec: &Spec, p: &Param) -> String {
    let acceptance = acceptance(spec, p);
    // A one-word acceptance shares its line with the description.
    let sep = if acceptance.contains('\n') {
        ",\n    "
    } else {
        ", "
    };
    let mut out = format!(
        "pub(super) static {}: ParameterSpec = ParameterSpec::new(\n    {}, {}, {},\n    {acceptance}{sep}{},\n)",
        static_name(p),
        lit(&p.name),
        location(p.location),
        param_type(p),
        lit(&p.description)
    );
    if p.rust != p.name {
        let _ = write!(out, "\n.rust_name({})", lit(&p.rust));
    }
    if !p.notes.is_empty() {
        out.push_str("\n.notes(&[\n");
        for (i, text) in &p.notes {
            let _ = writeln!(
                out,
                "    Note {{ integration: {}, text: {} }},",
                variant(spec, *i),
                lit(text)
            );
        }
        out.push_str("])");
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
        let _ = write!(out, "\n.role(ParamRole::{role})");
    }
    if p.irreversible {
        out.push_str("\n.irreversible()");
    }
    if !p.assumed.is_empty() {
        let assumed: Vec<String> = p.assumed.iter().map(|a| lit(a)).collect();
        let _ = write!(out, "\n.assumed(&[{}])", assumed.join(", "));
    }
    if let Some(x) = &p.example {
        let _ = write!(out, "\n.example({})", example(x));
    }
    out.push(';');
    // Indent the whole entry by one level inside the module.
    out.lines()
        .map(|l| {
            if l.is_empty() {
                String::new()
            } else {
                format!("    {l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The `use` line of the `parameters` module: only what its entries name.
fn imports(e: &Endpoint) -> String {
    let ps = &e.params;
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
    let _ = writeln!(out, "    use crate::spec::{{{}}};", names.join(", "));
    out
}

fn offboarding(e: &Endpoint) -> String {
    let Some(o) = &e.offboarding else {
        return "None".into();
    };
    let effect = match &o.effect {
        EffectKind::SetsStatus(status) => format!("Effect::SetsStatus({})", lit(status)),
        EffectKind::Removes => "Effect::Removes".into(),
        EffectKind::Downgrades => "Effect::Downgrades".into(),
    };
    let mut out = format!(
        "Some(Offboarding {{\n        operation: {},\n        rank: {},\n        effect: {effect},\n        already_done: &[\n",
        lit(&o.operation),
        o.rank
    );
    for (status, remote, meaning) in &o.already_done {
        let _ = writeln!(
            out,
            "            AlreadyDone {{ status: {status}, remote: {remote}, meaning: {} }},",
            lit(meaning)
        );
    }
    out.push_str("        ],\n    })");
    out
}

/// `SPEC` and the `parameters` module.
pub fn emit(spec: &Spec, e: &Endpoint) -> String {
    let mut out = String::new();
    let method = {
        let lower = e.method.to_ascii_lowercase();
        let mut c = lower.chars();
        c.next()
            .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
            .unwrap_or_default()
    };
    let formats: Vec<String> = e
        .response_formats
        .iter()
        .filter_map(|f| spec.response_formats.iter().find(|r| &r.name == f))
        .map(|r| format!("crate::ResponseFormat::{}", r.variant))
        .collect();
    let _ = writeln!(
        out,
        "/// Everything the spec says about `{}`, as data.",
        e.name
    );
    out.push_str("pub static SPEC: EndpointSpec = EndpointSpec {\n");
    let _ = writeln!(out, "    name: {},", lit(&e.name));
    let _ = writeln!(out, "    rust_name: {},", lit(&e.rust_name));
    let _ = writeln!(out, "    summary: {},", lit(&e.summary));
    let _ = writeln!(out, "    method: Method::{method},");
    let _ = writeln!(out, "    path: {},", lit(&e.path));
    let _ = writeln!(out, "    description: {},", lit(&e.description));
    let _ = writeln!(out, "    idempotent: {},", e.idempotent);
    let _ = writeln!(out, "    irreversible: {},", e.irreversible);
    let _ = writeln!(out, "    admin: {},", e.admin);
    let _ = writeln!(
        out,
        "    integrations: {},",
        integrations(spec, &e.integrations, 8)
    );
    let _ = writeln!(out, "    response_formats: &[{}],", formats.join(", "));
    if e.list {
        let partial: Vec<usize> = e.partial_in.iter().map(|(i, _)| *i).collect();
        let _ = writeln!(
            out,
            "    list: Some(ListSpec {{ partial_in: {} }}),",
            integrations(spec, &partial, 8)
        );
    } else {
        out.push_str("    list: None,\n");
    }
    out.push_str("    parameters: &[\n");
    for p in &e.params {
        let _ = writeln!(out, "        &parameters::{},", static_name(p));
    }
    out.push_str("    ],\n");
    if e.rules.is_empty() {
        out.push_str("    rules: &[],\n");
    } else {
        out.push_str("    rules: &[\n");
        for r in &e.rules {
            let members: Vec<String> = r
                .at_least_one_of
                .iter()
                .map(|&k| lit(&e.params[k].name))
                .collect();
            let _ = writeln!(
                out,
                "        RuleSpec {{ integration: {}, at_least_one_of: &[{}], note: {} }},",
                variant(spec, r.integration),
                members.join(", "),
                lit(&r.note)
            );
        }
        out.push_str("    ],\n");
    }
    let _ = writeln!(out, "    offboarding: {},", offboarding(e));
    let _ = writeln!(out, "    response_model: {},", lit(&e.response_model));
    let filled: Vec<&(String, Vec<usize>)> = e
        .response_fields
        .iter()
        .filter(|(_, l)| !l.is_empty())
        .collect();
    if filled.is_empty() {
        out.push_str("    response_fields: &[],\n");
    } else {
        out.push_str("    response_fields: &[\n");
        for (f, list) in filled {
            let _ = writeln!(
                out,
                "        ResponseFieldSpec {{ name: {}, supported_in: {} }},",
                lit(f),
                integrations(spec, list, 12)
            );
        }
        out.push_str("    ],\n");
    }
    out.push_str("    presence: &PRESENCE,\n    api: &crate::API,\n};\n\n");
    out.push_str(&super::presence::render(e));
    out.push_str("\n\n/// The parameters' entries, one `static` each.\nmod parameters {\n");
    out.push_str(&imports(e));
    for p in &e.params {
        out.push('\n');
        out.push_str(&parameter(spec, p));
        out.push('\n');
    }
    out.push_str("}\n");
    out
}

/// The `use` line the tables need at the top of the endpoint's file.
pub fn spec_imports(e: &Endpoint) -> Vec<&'static str> {
    let mut names = Vec::new();
    if e.offboarding.is_some() {
        names.extend(["AlreadyDone", "Effect"]);
    }
    names.push("EndpointSpec");
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
    if !e.rules.is_empty() {
        names.push("RuleSpec");
    }
    names
}
