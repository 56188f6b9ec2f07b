//! `endpoints/*.yaml` → a request type with setters, a builder, per-integration constructors,
//! rule argument types, the endpoint's spec as data, and its validator.

use proc_macro2::TokenStream;
use quote::quote;
use serde_json::Value;

use super::{doc, ident, integration, integration_list, json_map_expr, names, open_enum};
use crate::resolved::{Endpoint, Location, Param, ParamTypeDef, RoleDef, Spec, SubFieldTypeDef};

/// How a parameter is stored in the request struct.
fn storage(p: &Param) -> TokenStream {
    let inner = inner_type(p);
    match p.ty {
        _ if p.is_plain_string() => quote! { String },
        ParamTypeDef::StringArray | ParamTypeDef::ObjectArray => inner,
        _ => quote! { Option<#inner> },
    }
}

/// The value type without `Option`.
fn inner_type(p: &Param) -> TokenStream {
    match p.ty {
        ParamTypeDef::String | ParamTypeDef::Uuid => quote! { String },
        ParamTypeDef::Boolean => quote! { bool },
        ParamTypeDef::Enum => {
            let t = ident(p.type_name.as_deref().unwrap_or_default());
            quote! { #t }
        }
        ParamTypeDef::ResponseFormat => quote! { crate::ResponseFormat },
        ParamTypeDef::StringArray => quote! { Vec<String> },
        ParamTypeDef::ObjectArray => {
            let t = ident(p.type_name.as_deref().unwrap_or_default());
            quote! { Vec<#t> }
        }
        ParamTypeDef::Object => quote! { serde_json::Map<String, serde_json::Value> },
    }
}

/// The argument type setters and constructors take.
fn arg_type(p: &Param) -> TokenStream {
    match p.ty {
        ParamTypeDef::String | ParamTypeDef::Uuid => quote! { impl Into<String> },
        ParamTypeDef::Enum => {
            let t = ident(p.type_name.as_deref().unwrap_or_default());
            quote! { impl Into<#t> }
        }
        ParamTypeDef::ResponseFormat => quote! { impl Into<crate::ResponseFormat> },
        ParamTypeDef::StringArray => quote! { impl IntoIterator<Item = impl Into<String>> },
        _ => inner_type(p),
    }
}

/// Converts the argument `value` into the inner type.
fn convert(p: &Param) -> TokenStream {
    match p.ty {
        ParamTypeDef::String
        | ParamTypeDef::Uuid
        | ParamTypeDef::Enum
        | ParamTypeDef::ResponseFormat => {
            quote! { value.into() }
        }
        ParamTypeDef::StringArray => quote! { value.into_iter().map(Into::into).collect() },
        _ => quote! { value },
    }
}

/// `value` converted and wrapped for storage.
fn store(p: &Param) -> TokenStream {
    let c = convert(p);
    match p.ty {
        _ if p.is_plain_string() => c,
        ParamTypeDef::StringArray | ParamTypeDef::ObjectArray => c,
        _ => quote! { Some(#c) },
    }
}

/// An expression for the spec example of `p`, usable as its argument.
fn example_expr(p: &Param) -> TokenStream {
    let v = p.example.clone().unwrap_or(Value::Null);
    match p.ty {
        ParamTypeDef::Boolean => {
            let b = v.as_bool().unwrap_or_default();
            quote! { #b }
        }
        ParamTypeDef::StringArray => {
            let items: Vec<String> = v
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|x| x.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default();
            quote! { [#(#items),*] }
        }
        ParamTypeDef::ObjectArray => {
            let item = ident(p.type_name.as_deref().unwrap_or_default());
            let items = v
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .map(|it| {
                    let obj = it.as_object().cloned().unwrap_or_default();
                    let set = p.fields.iter().map(|f| {
                        let r = ident(&f.rust);
                        match obj.get(&f.name) {
                            Some(Value::String(s)) => quote! { #r: Some(#s.to_string()), },
                            Some(Value::Bool(b)) => quote! { #r: Some(#b), },
                            _ => quote! { #r: None, },
                        }
                    });
                    quote! { #item { #(#set)* } }
                });
            quote! { vec![#(#items),*] }
        }
        ParamTypeDef::Object => {
            let map = v.as_object().cloned().unwrap_or_default();
            json_map_expr(&map)
        }
        _ => {
            let s = v.as_str().unwrap_or_default().to_string();
            quote! { #s }
        }
    }
}

/// The JSON value of a set parameter, for `wire_fields`.
fn wire_value(p: &Param, v: TokenStream) -> TokenStream {
    match p.ty {
        ParamTypeDef::String | ParamTypeDef::Uuid => {
            quote! { serde_json::Value::String(#v.clone()) }
        }
        ParamTypeDef::Enum | ParamTypeDef::ResponseFormat => {
            quote! { serde_json::Value::String(#v.as_str().to_string()) }
        }
        ParamTypeDef::Boolean => quote! { serde_json::Value::Bool(*#v) },
        ParamTypeDef::StringArray => {
            quote! { serde_json::Value::Array(#v.iter().cloned().map(serde_json::Value::String).collect()) }
        }
        ParamTypeDef::ObjectArray => {
            quote! { serde_json::Value::Array(#v.iter().map(|item| item.to_json()).collect()) }
        }
        ParamTypeDef::Object => quote! { serde_json::Value::Object(#v.clone()) },
    }
}

fn location(l: Location) -> TokenStream {
    match l {
        Location::Path => quote! { crate::spec::Location::Path },
        Location::Query => quote! { crate::spec::Location::Query },
        Location::Body => quote! { crate::spec::Location::Body },
    }
}

fn param_type(t: ParamTypeDef) -> TokenStream {
    let v = ident(match t {
        ParamTypeDef::String => "String",
        ParamTypeDef::Uuid => "Uuid",
        ParamTypeDef::Boolean => "Boolean",
        ParamTypeDef::Enum => "Enum",
        ParamTypeDef::StringArray => "StringArray",
        ParamTypeDef::ObjectArray => "ObjectArray",
        ParamTypeDef::Object => "Object",
        ParamTypeDef::ResponseFormat => "ResponseFormat",
    });
    quote! { crate::spec::ParamType::#v }
}

fn type_label(p: &Param) -> String {
    match p.ty {
        ParamTypeDef::String => "string".into(),
        ParamTypeDef::Uuid => "string · uuid".into(),
        ParamTypeDef::Boolean => "boolean".into(),
        ParamTypeDef::Enum => format!("enum: `{}`", p.values.join("`, `")),
        ParamTypeDef::StringArray => "string[]".into(),
        ParamTypeDef::ObjectArray => "object[]".into(),
        ParamTypeDef::Object => "object".into(),
        ParamTypeDef::ResponseFormat => "response format".into(),
    }
}

/// The field's documentation: description, location and type, and who requires or supports it.
fn param_doc(spec: &Spec, e: &Endpoint, p: &Param) -> String {
    let mut text = format!(
        "{}\n\n{} parameter `{}` · {}.",
        p.description,
        match p.location {
            Location::Path => "Path",
            Location::Query => "Query",
            Location::Body => "Body",
        },
        p.name,
        type_label(p)
    );
    if p.required {
        text.push_str(" Required by every integration.");
    } else if p.all_integrations {
        text.push_str(" Accepted by every integration of this endpoint.");
    }
    if !p.required_in.is_empty() {
        text.push_str(&format!(
            "\n\nRequired in: {}.",
            names(spec, &p.required_in)
        ));
    }
    if !p.supported_in.is_empty() {
        text.push_str(&format!(
            "\n\nSupported in: {}.",
            names(spec, &p.supported_in)
        ));
    }
    for r in &e.rules {
        if r.at_least_one_of
            .iter()
            .any(|&i| e.params[i].name == p.name)
        {
            text.push_str(&format!(
                "\n\n{}: {}",
                spec.integrations[r.integration].name, r.note
            ));
        }
    }
    for (i, note) in &p.notes {
        text.push_str(&format!(
            "\n\nNote for {}: {note}",
            spec.integrations[*i].name
        ));
    }
    if let Some(d) = &p.default {
        text.push_str(&format!(
            "\n\nDefault: `{}`.",
            d.as_str()
                .map(str::to_string)
                .unwrap_or_else(|| d.to_string())
        ));
    }
    if !p.assumed.is_empty() {
        text.push_str(&format!(
            "\n\nAssumed {}: not recovered from the API pages{}.",
            p.assumed.join(" and "),
            p.source
                .as_deref()
                .map(|s| format!(" ({s})"))
                .unwrap_or_default()
        ));
    }
    text
}

fn item_struct(p: &Param) -> TokenStream {
    let name = ident(p.type_name.as_deref().unwrap_or_default());
    let text = doc(&format!("An item of `{}`: {}", p.name, p.description));
    let fields = p.fields.iter().map(|f| {
        let r = ident(&f.rust);
        let wire = f.name.as_str();
        let ty = match f.ty {
            SubFieldTypeDef::String => quote! { String },
            SubFieldTypeDef::Boolean => quote! { bool },
        };
        let d = doc(&f.description);
        let rename = (f.rust != f.name).then(|| quote! { rename = #wire, });
        quote! {
            #d
            #[serde(#rename default, skip_serializing_if = "Option::is_none")]
            pub #r: Option<#ty>,
        }
    });
    let to_json = p.fields.iter().map(|f| {
        let r = ident(&f.rust);
        let wire = f.name.as_str();
        let v = match f.ty {
            SubFieldTypeDef::String => quote! { serde_json::Value::String(v.clone()) },
            SubFieldTypeDef::Boolean => quote! { serde_json::Value::Bool(*v) },
        };
        quote! {
            if let Some(v) = &self.#r {
                map.insert(#wire.to_string(), #v);
            }
        }
    });
    quote! {
        #text
        #[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct #name {
            #(#fields)*
        }

        impl #name {
            /// The item as JSON, with only the sub-fields that are set.
            pub fn to_json(&self) -> serde_json::Value {
                let mut map = serde_json::Map::new();
                #(#to_json)*
                serde_json::Value::Object(map)
            }
        }
    }
}

fn rule_struct(spec: &Spec, e: &Endpoint, r: &crate::resolved::Rule) -> TokenStream {
    let name = ident(&r.type_name);
    let members: Vec<&Param> = r.at_least_one_of.iter().map(|&i| &e.params[i]).collect();
    let wire: Vec<String> = members.iter().map(|p| format!("`{}`", p.name)).collect();
    let text = doc(&format!(
        "At least one of {}: what {} requires on `{}` ({}).\n\nBuilt from one of them, so it can never be empty; add the others with the `and_…` methods.",
        wire.join(", "),
        spec.integrations[r.integration].name,
        e.name,
        r.note
    ));
    let fields = members.iter().map(|p| {
        let r = ident(&p.rust);
        let t = inner_type(p);
        quote! { #r: Option<#t>, }
    });
    let ctors = members.iter().map(|p| {
        let r = ident(&p.rust);
        let and = ident(&format!("and_{}", p.rust));
        let arg = arg_type(p);
        let c = convert(p);
        let others = members.iter().filter(|o| o.rust != p.rust).map(|o| {
            let o = ident(&o.rust);
            quote! { #o: None, }
        });
        let d1 = doc(&format!("Sets `{}`.", p.name));
        let d2 = doc(&format!("Also sets `{}`.", p.name));
        quote! {
            #d1
            pub fn #r(value: #arg) -> Self {
                Self { #r: Some(#c), #(#others)* }
            }

            #d2
            pub fn #and(mut self, value: #arg) -> Self {
                self.#r = Some(#c);
                self
            }
        }
    });
    quote! {
        #text
        #[derive(Debug, Clone, PartialEq)]
        pub struct #name {
            #(#fields)*
        }

        impl #name {
            #(#ctors)*
        }
    }
}

pub fn emit(spec: &Spec, e: &Endpoint) -> TokenStream {
    let req = ident(&e.rust_name);
    let builder = ident(&format!("{}Builder", e.rust_name));
    let response = ident(&e.response_model);
    let mut out = TokenStream::new();

    // Parameter types: enums and object-array items.
    for p in &e.params {
        match p.ty {
            ParamTypeDef::Enum => {
                let values: Vec<(String, String)> = p
                    .values
                    .iter()
                    .map(|v| (v.clone(), String::new()))
                    .collect();
                out.extend(open_enum(
                    p.type_name.as_deref().unwrap_or_default(),
                    &format!(
                        "`{}` on `{}`: {}\n\nA value outside the list is kept in `Unknown` and reported by the validator.",
                        p.name, e.name, p.description
                    ),
                    &values,
                ));
            }
            ParamTypeDef::ObjectArray => out.extend(item_struct(p)),
            _ => {}
        }
    }
    for r in &e.rules {
        out.extend(rule_struct(spec, e, r));
    }

    // The request struct.
    let required: Vec<&Param> = e.params.iter().filter(|p| p.required).collect();
    let mut req_doc = format!(
        "{}\n\n`{} {}` · {} integration(s).{}{}",
        e.description.trim_end(),
        e.method,
        e.path,
        e.integrations.len(),
        if e.irreversible {
            " Irreversible: it destroys data that cannot be restored."
        } else {
            ""
        },
        if e.idempotent {
            " Idempotent: safe to retry after a lost response."
        } else {
            ""
        },
    );
    req_doc.push_str(&format!(
        "\n\nEvery integration requires {}. Per-integration requirements are the arguments of the\n`for_…` constructors; `validate` checks a request against any integration, reporting every\nproblem at once.",
        required.iter().map(|p| format!("`{}`", p.rust)).collect::<Vec<_>>().join(", ")
    ));
    if let Some(source) = &e.source {
        req_doc.push_str(&format!("\n\nSource: {source}."));
    }
    let req_doc = doc(&req_doc);
    let fields = e.params.iter().map(|p| {
        let r = ident(&p.rust);
        let ty = storage(p);
        let d = doc(&param_doc(spec, e, p));
        let wire = p.name.as_str();
        let rename = (p.rust != p.name).then(|| quote! { rename = #wire, });
        let skip = match p.ty {
            _ if p.is_plain_string() => quote! {},
            ParamTypeDef::StringArray | ParamTypeDef::ObjectArray => {
                quote! { skip_serializing_if = "Vec::is_empty", }
            }
            _ => quote! { skip_serializing_if = "Option::is_none", },
        };
        quote! {
            #d
            #[serde(#rename default, #skip)]
            pub #r: #ty,
        }
    });
    let setters: Vec<TokenStream> = e
        .params
        .iter()
        .map(|p| {
            let r = ident(&p.rust);
            let arg = arg_type(p);
            let s = store(p);
            let d = doc(&format!("Sets `{}` ({}).", p.name, p.description));
            quote! {
                #d
                pub fn #r(mut self, value: #arg) -> Self {
                    self.#r = #s;
                    self
                }
            }
        })
        .collect();
    let builder_setters = e.params.iter().map(|p| {
        let r = ident(&p.rust);
        let arg = arg_type(p);
        let d = doc(&format!("Sets `{}` ({}).", p.name, p.description));
        quote! {
            #d
            pub fn #r(mut self, value: #arg) -> Self {
                self.request = self.request.#r(value);
                self
            }
        }
    });
    let new_args = required.iter().map(|p| {
        let r = ident(&p.rust);
        let a = arg_type(p);
        quote! { #r: #a }
    });
    let new_sets = required.iter().map(|p| {
        let r = ident(&p.rust);
        quote! { .#r(#r) }
    });

    // Per-integration constructors and examples.
    let mut ctors = Vec::new();
    let mut examples = Vec::new();
    for &i in &e.integrations {
        let integ = &spec.integrations[i];
        let fname = ident(&format!("for_{}", integ.constructor));
        let params: Vec<&Param> = e
            .constructor_params(i)
            .into_iter()
            .map(|k| &e.params[k])
            .collect();
        let rules: Vec<&crate::resolved::Rule> = e.rules_for(i).collect();
        let args = params.iter().map(|p| {
            let r = ident(&p.rust);
            let a = arg_type(p);
            quote! { #r: #a }
        });
        let rule_args = rules.iter().map(|r| {
            let t = ident(&r.type_name);
            let a = ident(&crate::naming::snake(&r.type_name));
            quote! { #a: #t }
        });
        let sets = params.iter().map(|p| {
            let r = ident(&p.rust);
            quote! { .#r(#r) }
        });
        let rule_sets = rules.iter().map(|r| {
            let a = ident(&crate::naming::snake(&r.type_name));
            let assigns = r.at_least_one_of.iter().map(|&k| {
                let p = &e.params[k];
                let f = ident(&p.rust);
                match p.ty {
                    ParamTypeDef::StringArray | ParamTypeDef::ObjectArray => quote! {
                        if let Some(v) = #a.#f {
                            request.#f = v;
                        }
                    },
                    _ if p.is_plain_string() => quote! {
                        if let Some(v) = #a.#f {
                            request.#f = v;
                        }
                    },
                    _ => quote! { request.#f = #a.#f; },
                }
            });
            quote! { #(#assigns)* }
        });
        let mut text = format!("A `{}` request for {}.", e.name, integ.name);
        let own: Vec<&&Param> = params.iter().filter(|p| !p.required).collect();
        if own.is_empty() && rules.is_empty() {
            text.push_str(&format!(
                " {} requires nothing beyond what every integration requires.",
                integ.name
            ));
        }
        for p in &own {
            text.push_str(&format!(
                "\n\n`{}`: {}{}",
                p.rust,
                p.description,
                p.notes
                    .iter()
                    .find(|(n, _)| *n == i)
                    .map(|(_, t)| format!(" ({}: {t})", integ.name))
                    .unwrap_or_default()
            ));
        }
        for r in &rules {
            text.push_str(&format!("\n\n`{}`: {}", r.type_name, r.note));
        }
        let optional: Vec<String> = e
            .params
            .iter()
            .filter(|p| p.supported_in.contains(&i))
            .map(|p| format!("`{}`", p.rust))
            .collect();
        if !optional.is_empty() {
            text.push_str(&format!(
                "\n\n{} also accepts {}.",
                integ.name,
                optional.join(", ")
            ));
        }
        let d = doc(&text);
        let has_rules = !rules.is_empty();
        let body = if has_rules {
            quote! {
                let mut request = Self::default() #(#sets)*;
                #(#rule_sets)*
                request
            }
        } else {
            quote! { Self::default() #(#sets)* }
        };
        ctors.push(quote! {
            #d
            pub fn #fname(#(#args,)* #(#rule_args),*) -> Self {
                #body
            }
        });
        let ex_args = params.iter().map(|p| example_expr(p));
        let ex_rules = rules.iter().map(|r| {
            let t = ident(&r.type_name);
            let first = &e.params[r.at_least_one_of[0]];
            let m = ident(&first.rust);
            let v = example_expr(first);
            quote! { #t::#m(#v) }
        });
        let variant = integration(spec, i);
        examples.push(quote! {
            #variant => Some(Self::#fname(#(#ex_args,)* #(#ex_rules),*)),
        });
    }
    let examples_fallback =
        (e.integrations.len() < spec.integrations.len()).then(|| quote! { _ => None, });

    // wire_fields.
    let wire = e.params.iter().enumerate().map(|(k, p)| {
        let r = ident(&p.rust);
        let spec_ref = quote! { &PARAMETERS[#k] };
        match p.ty {
            _ if p.is_plain_string() => {
                let v = wire_value(p, quote! { self.#r });
                quote! { out.push(crate::validate::WireField { spec: #spec_ref, value: #v }); }
            }
            ParamTypeDef::StringArray | ParamTypeDef::ObjectArray => {
                let v = wire_value(p, quote! { self.#r });
                quote! {
                    if !self.#r.is_empty() {
                        out.push(crate::validate::WireField { spec: #spec_ref, value: #v });
                    }
                }
            }
            _ => {
                let v = wire_value(p, quote! { value });
                quote! {
                    if let Some(value) = &self.#r {
                        out.push(crate::validate::WireField { spec: #spec_ref, value: #v });
                    }
                }
            }
        }
    });

    // The spec as data.
    let param_specs = e.params.iter().map(|p| {
        let name = &p.name;
        let rust = &p.rust;
        let loc = location(p.location);
        let ty = param_type(p.ty);
        let description = &p.description;
        let required = p.required;
        let required_in = integration_list(spec, &p.required_in);
        let supported_in = integration_list(spec, &p.supported_in);
        let all = p.all_integrations;
        let values = &p.values;
        let sub = p.fields.iter().map(|f| {
            let n = &f.name;
            let d = &f.description;
            let t = match f.ty {
                SubFieldTypeDef::String => param_type(ParamTypeDef::String),
                SubFieldTypeDef::Boolean => param_type(ParamTypeDef::Boolean),
            };
            quote! { crate::spec::SubFieldSpec { name: #n, ty: #t, description: #d } }
        });
        let notes = p.notes.iter().map(|(i, t)| {
            let integ = integration(spec, *i);
            quote! { crate::spec::Note { integration: #integ, text: #t } }
        });
        let role = match p.role {
            None => quote! { None },
            Some(r) => {
                let v = ident(match r {
                    RoleDef::IntegratedAccount => "IntegratedAccount",
                    RoleDef::ResponseFormat => "ResponseFormat",
                    RoleDef::IgnoreRemoteData => "IgnoreRemoteData",
                    RoleDef::ExcludeFields => "ExcludeFields",
                    RoleDef::User => "User",
                });
                quote! { Some(crate::spec::Role::#v) }
            }
        };
        let assumed = &p.assumed;
        let irreversible = p.irreversible;
        quote! {
            crate::spec::ParameterSpec {
                name: #name,
                rust_name: #rust,
                location: #loc,
                ty: #ty,
                description: #description,
                required: #required,
                required_in: #required_in,
                supported_in: #supported_in,
                all_integrations: #all,
                values: &[#(#values),*],
                fields: &[#(#sub),*],
                notes: &[#(#notes),*],
                role: #role,
                irreversible: #irreversible,
                assumed: &[#(#assumed),*],
            }
        }
    });
    let n_params = proc_macro2::Literal::usize_unsuffixed(e.params.len());
    let rule_specs = e.rules.iter().map(|r| {
        let integ = integration(spec, r.integration);
        let members: Vec<&str> = r.at_least_one_of.iter().map(|&k| e.params[k].name.as_str()).collect();
        let note = &r.note;
        quote! { crate::spec::RuleSpec { integration: #integ, at_least_one_of: &[#(#members),*], note: #note } }
    });
    let response_fields = e.response_fields.iter().map(|(f, list)| {
        let l = integration_list(spec, list);
        quote! { crate::spec::ResponseFieldSpec { name: #f, supported_in: #l } }
    });
    let (name, rust_name, summary, method, path, description) = (
        &e.name,
        &e.rust_name,
        &e.summary,
        e.method,
        &e.path,
        &e.description,
    );
    let (idempotent, irreversible) = (e.idempotent, e.irreversible);
    let offboarding = match &e.offboarding {
        None => quote! { None },
        Some(o) => {
            let operation = &o.operation;
            let rank = o.rank;
            let effect = match &o.sets_status {
                Some(status) => quote! { crate::spec::Effect::SetsStatus(#status) },
                None => quote! { crate::spec::Effect::Removes },
            };
            let done = o.already_done.iter().map(|(status, remote, meaning)| {
                quote! { crate::spec::AlreadyDone { status: #status, remote: #remote, meaning: #meaning } }
            });
            quote! {
                Some(crate::spec::Offboarding {
                    operation: #operation,
                    rank: #rank,
                    effect: #effect,
                    already_done: &[#(#done),*],
                })
            }
        }
    };
    let integrations = integration_list(spec, &e.integrations);
    let formats = &e.response_formats;
    let model = &e.response_model;
    let spec_doc = doc(&format!(
        "Everything the spec says about `{}`, as data.",
        e.name
    ));
    let client_method = ident(&crate::naming::snake(&e.rust_name));
    let client_doc = doc(&format!(
        "`{} {}`: {}\n\nValidates `request` for `integration` (looked up from the integrated account when\n`None`), sends it with the client's retry policy and decodes the response.",
        e.method, e.path, e.summary
    ));
    let builder_doc = doc(&format!(
        "Builds a [`{}`] field by field; `build` validates it for an integration.",
        e.rust_name
    ));

    out.extend(quote! {
        #spec_doc
        pub static SPEC: crate::spec::EndpointSpec = crate::spec::EndpointSpec {
            name: #name,
            rust_name: #rust_name,
            summary: #summary,
            method: #method,
            path: #path,
            description: #description,
            idempotent: #idempotent,
            irreversible: #irreversible,
            integrations: #integrations,
            response_formats: &[#(#formats),*],
            parameters: &PARAMETERS,
            rules: &[#(#rule_specs),*],
            offboarding: #offboarding,
            response_model: #model,
            response_fields: &[#(#response_fields),*],
            example: example_fields,
        };

        fn example_fields(integration: crate::Integration) -> Option<Vec<crate::validate::WireField>> {
            #req::example(integration).map(|request| crate::Operation::wire_fields(&request))
        }

        static PARAMETERS: [crate::spec::ParameterSpec; #n_params] = [#(#param_specs),*];

        #req_doc
        #[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        #[non_exhaustive]
        pub struct #req {
            #(#fields)*
        }

        impl #req {
            /// A request with the parameters every integration requires.
            pub fn new(#(#new_args),*) -> Self {
                Self::default() #(#new_sets)*
            }

            /// A builder starting from an empty request.
            pub fn builder() -> #builder {
                #builder { request: Self::default() }
            }

            #(#setters)*

            #(#ctors)*

            /// The smallest valid request for `integration`, built from the spec's examples
            /// (`None` when the integration does not support this endpoint).
            pub fn example(integration: crate::Integration) -> Option<Self> {
                match integration {
                    #(#examples)*
                    #examples_fallback
                }
            }

            /// Every problem with this request for `integration`, at once.
            pub fn validate(&self, integration: crate::Integration, mode: crate::Mode) -> crate::ValidationReport {
                crate::Operation::validate(self, integration, mode)
            }

            /// What `integration` must and may send on this endpoint.
            pub fn requirements(integration: crate::Integration) -> crate::spec::Requirements {
                SPEC.requirements(integration)
            }
        }

        impl crate::Operation for #req {
            type Response = crate::#response;

            fn spec() -> &'static crate::spec::EndpointSpec {
                &SPEC
            }

            fn wire_fields(&self) -> Vec<crate::validate::WireField> {
                let mut out = Vec::new();
                #(#wire)*
                out
            }
        }

        impl crate::Client {
            #client_doc
            pub async fn #client_method(
                &self,
                request: &#req,
                integration: Option<crate::Integration>,
            ) -> Result<crate::Response<crate::#response>, crate::Error> {
                self.send(request, integration).await
            }
        }

        #builder_doc
        #[derive(Debug, Clone, Default)]
        pub struct #builder {
            request: #req,
        }

        impl #builder {
            #(#builder_setters)*

            /// The request, if it is valid for `integration` in `mode`; otherwise every problem.
            pub fn build(self, integration: crate::Integration, mode: crate::Mode) -> Result<#req, crate::ValidationReport> {
                let report = self.request.validate(integration, mode);
                if report.is_ok() { Ok(self.request) } else { Err(report) }
            }

            /// The request as set, without validation.
            pub fn build_unchecked(self) -> #req {
                self.request
            }
        }
    });
    out
}
