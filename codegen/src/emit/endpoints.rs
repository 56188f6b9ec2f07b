//! `endpoints/*.yaml` → a request type with setters and per-integration constructors, rule
//! argument types, and the endpoint's spec as data (typed tables the validator reads).
//!
//! The file reads top-down: parameter types, the request type and its methods, then the tables.
//! Every parameter's table entry is a named `static`, so adding one changes only lines about it.

use proc_macro2::TokenStream;
use quote::quote;

use super::{doc, ident, names, open_enum, prose, sentence};
use crate::resolved::{Endpoint, Location, Param, ParamTypeDef, Rule, Spec, SubFieldTypeDef};

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
        ParamTypeDef::Integer => quote! { u64 },
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

/// The argument type of the `for_…` constructors: text as `&str`, which keeps their signatures
/// short enough to read on one line.
fn ctor_arg_type(p: &Param) -> TokenStream {
    match p.ty {
        ParamTypeDef::String | ParamTypeDef::Uuid => quote! { &str },
        _ => arg_type(p),
    }
}

/// Converts the argument `value` into the inner type.
fn convert(p: &Param, value: &TokenStream) -> TokenStream {
    match p.ty {
        ParamTypeDef::String
        | ParamTypeDef::Uuid
        | ParamTypeDef::Enum
        | ParamTypeDef::ResponseFormat => {
            quote! { #value.into() }
        }
        ParamTypeDef::StringArray => quote! { #value.into_iter().map(Into::into).collect() },
        _ => quote! { #value },
    }
}

/// The argument `value` converted and wrapped for storage.
fn store(p: &Param, value: &TokenStream) -> TokenStream {
    let c = convert(p, value);
    match p.ty {
        _ if p.is_plain_string() => c,
        ParamTypeDef::StringArray | ParamTypeDef::ObjectArray => c,
        _ => quote! { Some(#c) },
    }
}

/// A reference to a parameter's table entry: a `static` in the endpoint's `parameters` module.
fn static_ref(p: &Param) -> TokenStream {
    let s = ident(&super::tables::static_name(p));
    quote! { &parameters::#s }
}

fn type_label(p: &Param) -> String {
    match p.ty {
        ParamTypeDef::String => "string".into(),
        ParamTypeDef::Uuid => "string · uuid".into(),
        ParamTypeDef::Boolean => "boolean".into(),
        ParamTypeDef::Integer => "integer".into(),
        ParamTypeDef::Enum => format!("enum: `{}`", p.values.join("`, `")),
        ParamTypeDef::StringArray => "string[]".into(),
        ParamTypeDef::ObjectArray => "object[]".into(),
        ParamTypeDef::Object => "object".into(),
        ParamTypeDef::ResponseFormat => "response format".into(),
    }
}

/// The field's documentation: the description, then one line per fact (location and type, who
/// requires or supports it, rules, notes, default, what was assumed).
fn param_doc(spec: &Spec, e: &Endpoint, p: &Param) -> String {
    let place = match p.location {
        Location::Path => "Path",
        Location::Query => "Query",
        Location::Body => "Body",
    };
    let acceptance = if p.required {
        " Required by every integration.".to_string()
    } else if p.all_integrations {
        " Accepted by every integration of this endpoint.".to_string()
    } else {
        let mut text = String::new();
        if !p.required_in.is_empty() {
            text.push_str(&format!(" Required in: {}.", names(spec, &p.required_in)));
        }
        if !p.supported_in.is_empty() {
            text.push_str(&format!(" Supported in: {}.", names(spec, &p.supported_in)));
        }
        text
    };
    let mut facts = vec![format!(
        "{place} parameter `{}` · {}.{acceptance}",
        p.name,
        type_label(p)
    )];
    let in_rule = |r: &&Rule| {
        r.at_least_one_of
            .iter()
            .any(|&k| e.params[k].name == p.name)
    };
    for r in e.rules.iter().filter(in_rule) {
        let name = &spec.integrations[r.integration].name;
        facts.push(format!("{name}: {}", sentence(&r.note)));
    }
    for (i, note) in &p.notes {
        let restated = e
            .rules
            .iter()
            .filter(in_rule)
            .any(|r| r.integration == *i && r.note == *note);
        if !restated {
            let name = &spec.integrations[*i].name;
            facts.push(format!("Note for {name}: {}", sentence(note)));
        }
    }
    if let Some(d) = &p.default {
        let d = d
            .as_str()
            .map(str::to_string)
            .unwrap_or_else(|| d.to_string());
        facts.push(format!("Default: `{d}`."));
    }
    if !p.assumed.is_empty() {
        let source = p
            .source
            .as_deref()
            .map(|s| format!(" ({})", prose(s)))
            .unwrap_or_default();
        facts.push(format!(
            "Assumed {}: not recovered from the API pages{source}.",
            p.assumed.join(" and ")
        ));
    }
    format!("{}\n\n{}", sentence(&p.description), facts.join("\n"))
}

/// An object-array item type (it becomes JSON through `Serialize`, unset sub-fields left out).
fn item_struct(p: &Param) -> TokenStream {
    let name = ident(p.type_name.as_deref().unwrap_or_default());
    let text = doc(&format!(
        "An item of `{}`: {}",
        p.name,
        sentence(&p.description)
    ));
    let fields = p.fields.iter().map(|f| {
        let r = ident(&f.rust);
        let ty = match f.ty {
            SubFieldTypeDef::String => quote! { String },
            SubFieldTypeDef::Boolean => quote! { bool },
        };
        let d = doc(&sentence(&f.description));
        quote! { #d pub #r: Option<#ty>, }
    });
    let wire: Vec<&str> = p.fields.iter().map(|f| f.name.as_str()).collect();
    let rust: Vec<proc_macro2::Ident> = p.fields.iter().map(|f| ident(&f.rust)).collect();
    quote! {
        #text
        #[derive(Debug, Clone, Default, PartialEq, Eq)]
        pub struct #name {
            #(#fields)*
        }

        impl Item for #name {
            const NAMES: &'static [&'static str] = &[#(#wire),*];

            #[inline]
            fn values(&self) -> Vec<SubValue<'_>> {
                Vec::from([#(SubValue::from(&self.#rust)),*])
            }

            #[inline]
            fn slot(&mut self, name: &str) -> Option<SubSlot<'_>> {
                match name {
                    #(#wire => Some((&mut self.#rust).into()),)*
                    _ => None,
                }
            }
        }

        crate::operation::item_traits!(#name);
    }
}

/// A rule's argument type: at least one of its parameters, never none.
fn rule_struct(spec: &Spec, e: &Endpoint, r: &Rule) -> TokenStream {
    let name = ident(&r.type_name);
    let members: Vec<&Param> = r.at_least_one_of.iter().map(|&i| &e.params[i]).collect();
    let wire: Vec<String> = members.iter().map(|p| format!("`{}`", p.name)).collect();
    let text = doc(&format!(
        "At least one of {}: what {} requires on `{}` ({}).\n\nBuilt from one of them, so it can never be empty; add the others with the `and_…` methods.",
        wire.join(", "),
        spec.integrations[r.integration].name,
        e.name,
        r.note.trim_end_matches('.')
    ));
    let fields = members.iter().map(|p| {
        let r = ident(&p.rust);
        let t = inner_type(p);
        quote! { #r: Option<#t>, }
    });
    let empty = members.iter().map(|p| {
        let r = ident(&p.rust);
        quote! { #r: None, }
    });
    let ctors = members.iter().map(|p| {
        let r = ident(&p.rust);
        let and = ident(&format!("and_{}", p.rust));
        let arg = arg_type(p);
        let c = convert(p, &quote! { value });
        let d1 = doc(&format!("Sets `{}`.", p.name));
        let d2 = doc(&format!("Also sets `{}`.", p.name));
        quote! {
            #d1
            #[inline]
            pub fn #r(value: #arg) -> Self {
                Self::EMPTY.#and(value)
            }

            #d2
            #[inline]
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
            const EMPTY: Self = Self { #(#empty)* };

            #(#ctors)*
        }
    }
}

/// Enum types, object-array item types and rule argument types.
fn parameter_types(spec: &Spec, e: &Endpoint) -> TokenStream {
    let mut out = TokenStream::new();
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
                        p.name,
                        e.name,
                        sentence(&p.description)
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
    out
}

fn request_doc(e: &Endpoint) -> TokenStream {
    let required: Vec<String> = e
        .params
        .iter()
        .filter(|p| p.required)
        .map(|p| format!("`{}`", p.rust))
        .collect();
    let mut text = format!("{}\n\n`{} {}`.", e.description.trim_end(), e.method, e.path);
    if e.irreversible {
        text.push_str(" Irreversible: it destroys data that cannot be restored.");
    }
    if e.idempotent {
        text.push_str(" Idempotent: safe to retry after a lost response.");
    }
    text.push_str(&format!(
        "\n\nEvery integration requires {}. Per-integration requirements are the arguments of the\n`for_…` constructors; `validate` checks a request against any integration, reporting every\nproblem at once.",
        required.join(", ")
    ));
    if let Some(source) = &e.source {
        // A URL as a link (rustdoc rejects bare URLs), anything else (a file) as code.
        if source.starts_with("https://") || source.starts_with("http://") {
            text.push_str(&format!("\n\nSource: <{source}>."));
        } else {
            text.push_str(&format!("\n\nSource: `{source}`."));
        }
    }
    doc(&text)
}

/// The request struct.
fn request_struct(spec: &Spec, e: &Endpoint) -> TokenStream {
    let req = ident(&e.rust_name);
    let d = request_doc(e);
    let fields = e.params.iter().map(|p| {
        let r = ident(&p.rust);
        let ty = storage(p);
        let d = doc(&param_doc(spec, e, p));
        quote! { #d pub #r: #ty, }
    });
    quote! {
        #d
        #[derive(Clone, Default, PartialEq)]
        #[non_exhaustive]
        pub struct #req {
            #(#fields)*
        }
    }
}

fn setters(e: &Endpoint) -> Vec<TokenStream> {
    e.params
        .iter()
        .map(|p| {
            let r = ident(&p.rust);
            let arg = arg_type(p);
            let s = store(p, &quote! { value });
            let d = doc(&format!(
                "Sets `{}`: {}",
                p.name,
                lower_first(&sentence(&p.description))
            ));
            quote! {
                #d
                #[inline]
                pub fn #r(mut self, value: #arg) -> Self {
                    self.#r = #s;
                    self
                }
            }
        })
        .collect()
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match (chars.next(), chars.clone().next()) {
        // Keep acronyms and names (`ID`, `GitHub`) as they are.
        (Some(c), Some(n)) if c.is_uppercase() && !n.is_uppercase() => {
            c.to_lowercase().chain(chars).collect()
        }
        _ => s.to_string(),
    }
}

/// The `for_…` constructor of one integration.
fn constructor(spec: &Spec, e: &Endpoint, i: usize) -> TokenStream {
    let integ = &spec.integrations[i];
    let fname = ident(&format!("for_{}", integ.constructor));
    let params: Vec<&Param> = e
        .constructor_params(i)
        .into_iter()
        .map(|k| &e.params[k])
        .collect();
    let rules: Vec<&Rule> = e.rules_for(i).collect();
    let args = params.iter().map(|p| {
        let r = ident(&p.rust);
        let a = ctor_arg_type(p);
        quote! { #r: #a }
    });
    let rule_args = rules.iter().map(|r| {
        let t = ident(&r.type_name);
        let a = ident(&crate::naming::snake(&r.type_name));
        quote! { #a: #t }
    });
    let own: Vec<&&Param> = params.iter().filter(|p| !p.required).collect();
    let mut text = format!("A `{}` request for {}", e.name, integ.name);
    if own.is_empty() && rules.is_empty() {
        text.push_str(", which requires nothing more than every integration does.");
    } else {
        text.push('.');
    }
    for p in &own {
        let note = p
            .notes
            .iter()
            .find(|(n, _)| *n == i)
            .map(|(_, t)| format!(" ({}: {})", integ.name, t.trim_end_matches('.')))
            .unwrap_or_default();
        text.push_str(&format!(
            "\n\n`{}`: {}{note}",
            p.rust,
            sentence(&p.description)
        ));
    }
    for r in &rules {
        text.push_str(&format!("\n\n`{}`: {}", r.type_name, sentence(&r.note)));
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
    let new_args = params.iter().filter(|p| p.required).map(|p| ident(&p.rust));
    // Set in place, not through the setters: each setter takes and returns the whole request,
    // a copy of it per parameter.
    let sets = own.iter().map(|p| {
        let r = ident(&p.rust);
        let s = store(p, &quote! { #r });
        quote! { request.#r = #s; }
    });
    let rule_sets = rules.iter().map(|r| rule_assignments(e, r));
    let body = if own.is_empty() && rules.is_empty() {
        quote! { Self::new(#(#new_args),*) }
    } else {
        quote! {
            let mut request = Self::new(#(#new_args),*);
            #(#sets)*
            #(#rule_sets)*
            request
        }
    };
    quote! {
        #d
        #[inline]
        pub fn #fname(#(#args,)* #(#rule_args),*) -> Self {
            #body
        }
    }
}

fn rule_assignments(e: &Endpoint, r: &Rule) -> TokenStream {
    let a = ident(&crate::naming::snake(&r.type_name));
    let assigns = r.at_least_one_of.iter().map(|&k| {
        let p = &e.params[k];
        let f = ident(&p.rust);
        match p.ty {
            _ if p.is_plain_string() => quote! { if let Some(v) = #a.#f { request.#f = v; } },
            ParamTypeDef::StringArray | ParamTypeDef::ObjectArray => {
                quote! { if let Some(v) = #a.#f { request.#f = v; } }
            }
            _ => quote! { request.#f = #a.#f; },
        }
    });
    quote! { #(#assigns)* }
}

/// The request's inherent methods.
fn request_impl(spec: &Spec, e: &Endpoint) -> TokenStream {
    let req = ident(&e.rust_name);
    let required: Vec<&Param> = e.params.iter().filter(|p| p.required).collect();
    // Text as `&str`, like the `for_…` constructors: they call `new`, and a generic `new` would be
    // instantiated in each of them.
    let new_args = required.iter().map(|p| {
        let r = ident(&p.rust);
        let a = ctor_arg_type(p);
        quote! { #r: #a }
    });
    let new_sets = required.iter().map(|p| {
        let r = ident(&p.rust);
        let s = store(p, &quote! { #r });
        quote! { #r: #s, }
    });
    let setters = setters(e);
    let ctors = e.integrations.iter().map(|&i| constructor(spec, e, i));
    let arms = e.params.iter().map(|p| {
        let (wire, r) = (p.name.as_str(), ident(&p.rust));
        quote! { #wire => json_into(&mut self.#r, value), }
    });
    quote! {
        impl #req {
            /// A request with the parameters every integration requires.
            #[inline]
            pub fn new(#(#new_args),*) -> Self {
                Self {
                    #(#new_sets)*
                    ..Self::default()
                }
            }

            #(#setters)*

            #(#ctors)*

            /// The request, if it is valid for `integration` in `mode`; otherwise every problem.
            #[inline]
            pub fn validated(self, integration: Integration, mode: Mode) -> Result<Self, ValidationReport> {
                let report = self.validate(integration, mode);
                if report.is_ok() { Ok(self) } else { Err(report) }
            }

            /// Every problem with this request for `integration`, at once.
            #[inline]
            pub fn validate(&self, integration: Integration, mode: Mode) -> ValidationReport {
                crate::Operation::validate(self, integration, mode)
            }

            /// What `integration` must and may send on this endpoint.
            #[inline]
            pub fn requirements(integration: Integration) -> crate::spec::Requirements {
                SPEC.requirements(integration)
            }

            /// Sets the parameter with this wire name from JSON (`None`: there is no such parameter).
            #[inline]
            fn set_parameter(&mut self, name: &str, value: serde_json::Value) -> Option<Result<(), serde_json::Error>> {
                let set = match name {
                    #(#arms)*
                    _ => return None,
                };
                Some(set)
            }
        }

        crate::operation::request_traits!(#req);
    }
}

/// `Operation` (the borrowed fields) and the generated client method.
fn operation_impl(e: &Endpoint) -> TokenStream {
    let req = ident(&e.rust_name);
    let response = ident(&e.response_model);
    let fields = e.params.iter().map(|p| {
        let r = ident(&p.rust);
        let s = static_ref(p);
        quote! { (#s, &self.#r), }
    });
    let client_method = ident(&crate::naming::snake(&e.rust_name));
    let route = format!(
        "`{} {}`: {}.",
        e.method,
        e.path,
        e.summary.trim_end_matches('.')
    );
    // The admin API is not called for an integrated account: no integration to name.
    let (integration_arg, integration_value, validated_for) = if e.admin {
        (quote! {}, quote! { None }, "")
    } else {
        (
            quote! { integration: Option<Integration>, },
            quote! { integration },
            " for `integration` (looked up from the integrated account when\n`None`)",
        )
    };
    // A list's method returns its pages; any other, the future of its one response.
    let (response_type, returns, call, what) = if e.list {
        (
            quote! { crate::Page<crate::#response> },
            quote! { crate::Pages<'a, crate::#response> },
            quote! { self.pages },
            format!(
                "Every page, fetched lazily as they are asked for: `next_page()` for pages, `items()` for\nthe items of all pages as a stream. Each page is validated{validated_for} and sent with the\nclient's retry policy and rate budget."
            ),
        )
    } else {
        (
            quote! { crate::#response },
            quote! { impl Future<Output = Result<crate::Response<crate::#response>, crate::Error>> + 'a },
            quote! { self.send },
            format!(
                "Validates `request`{validated_for}, sends it with the client's retry policy and decodes\nthe response."
            ),
        )
    };
    let client_doc = doc(&format!("{route}\n\n{what}"));
    let client_fn = quote! {
        #client_doc
        #[inline]
        pub fn #client_method<'a>(
            &'a self,
            request: &'a #req,
            #integration_arg
        ) -> #returns {
            #call(request, #integration_value)
        }
    };
    quote! {
        impl crate::Operation for #req {
            type Response = #response_type;

            #[inline]
            fn spec() -> &'static EndpointSpec {
                &SPEC
            }

            #[inline]
            fn fields(&self) -> Vec<Field<'_>> {
                Field::set(&[#(#fields)*])
            }
        }

        impl crate::Client {
            #client_fn
        }
    }
}

/// The endpoint's file: the Rust tokens (types and methods), and its data tables as text
/// ([`super::tables`]).
pub fn emit(spec: &Spec, e: &Endpoint) -> (TokenStream, String) {
    let spec_names = super::tables::spec_imports(e).into_iter().map(ident);
    let operation_import = if e.params.iter().any(|p| !p.fields.is_empty()) {
        quote! { use crate::operation::{json_into, Item, SubSlot, SubValue}; }
    } else {
        quote! { use crate::operation::json_into; }
    };
    let future_import = (!e.list).then(|| quote! { use std::future::Future; });
    let mut out = quote! {
        use crate::spec::{#(#spec_names),*};
        #future_import

        #operation_import
        use crate::validate::Field;
        use crate::{Integration, Mode, ValidationReport};
    };
    out.extend(parameter_types(spec, e));
    out.extend(request_struct(spec, e));
    out.extend(request_impl(spec, e));
    out.extend(operation_impl(e));
    (out, super::tables::emit(spec, e))
}
