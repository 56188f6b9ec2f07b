//! `endpoints/*.yaml` → a request type with setters and per-integration constructors, rule
//! argument types, and the endpoint's spec as data (typed tables the validator reads).
//!
//! The file reads top-down: parameter types, the request type and its methods, then the tables.
//! Every parameter's table entry is a named `static`, so adding one changes only lines about it.

use proc_macro2::TokenStream;
use quote::quote;

use super::fields::{
    arg_type, convert, ctor_arg_type, inline_for, inner_type, lower_first, param_doc, setter,
    storage, store,
};
use super::{doc, ident, open_enum, sentence};
use crate::resolved::{Endpoint, Param, ParamTypeDef, Rule, Spec, SubFieldTypeDef};

/// Where `p` is stored, from the request: its own field, or the field of a group that
/// includes it (`truto_query.remote_query`).
fn place(spec: &Spec, e: &Endpoint, p: &Param) -> TokenStream {
    let r = ident(&p.rust);
    match spec.group_of(e, p) {
        Some(g) => {
            let g = ident(&g.name);
            quote! { #g.#r }
        }
        None => quote! { #r },
    }
}

/// A reference to a parameter's table entry: a `static` in the endpoint's `parameters` module.
fn static_ref(p: &Param) -> TokenStream {
    let s = ident(&super::tables::static_name(p));
    quote! { &parameters::#s }
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
        let inline = inline_for(p);
        quote! {
            #d1
            #inline
            pub fn #r(value: #arg) -> Self {
                Self::EMPTY.#and(value)
            }

            #d2
            #inline
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

/// Whether integration `i` requires more on `e` than every integration does: then it has a
/// `for_…` constructor.
fn needs_constructor(e: &Endpoint, i: usize) -> bool {
    e.params.iter().any(|p| p.required_in.contains(&i)) || e.rules_for(i).next().is_some()
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
        "\n\nEvery integration requires {}: `new` takes {}.",
        required.join(", "),
        if required.len() == 1 { "it" } else { "them" }
    ));
    if e.integrations.iter().any(|&i| needs_constructor(e, i)) {
        text.push_str(
            " An integration that requires more has a `for_…` constructor whose arguments are exactly what it requires.",
        );
    }
    text.push_str(
        " `validate` checks a request against any integration, reporting every problem at once.",
    );
    if let Some(u) = &e.unnamed {
        let count = u
            .count
            .map(|n| format!(" counts {n} integrations and"))
            .unwrap_or_default();
        let named = if e.integrations.is_empty() && u.count.is_some() {
            "names none of them"
        } else if e.integrations.is_empty() {
            "names no integration"
        } else {
            "names only those listed here"
        };
        text.push_str(&format!(
            "\n\nThe page{count} {named} ({}): a call for another integration is sent with a warning, never refused.",
            super::prose(&u.source)
        ));
    }
    if let Some(d) = &e.deprecated {
        text.push_str(&format!(
            "\n\n**Deprecated**: {} ({})",
            super::prose(&d.note),
            super::prose(&d.source)
        ));
    }
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

/// The request struct: the endpoint's own parameters, then one field per group it includes.
fn request_struct(spec: &Spec, e: &Endpoint) -> TokenStream {
    let req = ident(&e.rust_name);
    let d = request_doc(e);
    let mut fields = Vec::new();
    for p in e.params.iter().filter(|p| spec.group_of(e, p).is_none()) {
        let r = ident(&p.rust);
        let ty = storage(p);
        let d = doc(&param_doc(spec, Some((&e.rules, &e.params)), p));
        fields.push(quote! { #d pub #r: #ty, });
    }
    for g in groups(spec, e) {
        let f = ident(&g.name);
        let t = ident(&g.type_name);
        let d = doc(&format!(
            "The parameters of the `{}` group, shared with other endpoints: see [`{}`](crate::{}), and [`{}`](crate::{}) for their setters.",
            g.name,
            g.type_name,
            g.type_name,
            super::groups::setters_trait(g),
            super::groups::setters_trait(g)
        ));
        fields.push(quote! { #d pub #f: crate::#t, });
    }
    quote! {
        #d
        #[derive(Clone, Default, PartialEq)]
        #[non_exhaustive]
        pub struct #req {
            #(#fields)*
        }
    }
}

/// The groups `e` includes, in the order of its parameters.
fn groups<'s>(spec: &'s Spec, e: &Endpoint) -> Vec<&'s crate::resolved::Group> {
    let mut out: Vec<&crate::resolved::Group> = Vec::new();
    for p in &e.params {
        if let Some(g) = spec.group_of(e, p)
            && !out.iter().any(|o| o.name == g.name)
        {
            out.push(g);
        }
    }
    out
}

/// The setters of the endpoint's own parameters (those of its groups are their traits').
fn setters(spec: &Spec, e: &Endpoint) -> Vec<TokenStream> {
    let own = e.params.iter().filter(|p| spec.group_of(e, p).is_none());
    own.map(|p| setter(p, &place(spec, e, p), true)).collect()
}

/// The setters traits of the groups `e` includes, each implemented by naming its field.
fn group_impls(spec: &Spec, e: &Endpoint) -> TokenStream {
    let req = ident(&e.rust_name);
    let impls = groups(spec, e).into_iter().map(|g| {
        let (f, t) = (ident(&g.name), ident(&g.type_name));
        let tr = ident(&super::groups::setters_trait(g));
        let access = ident(&format!("{}_mut", g.name));
        quote! {
            impl crate::#tr for #req {
                #[inline]
                fn #access(&mut self) -> &mut crate::#t {
                    &mut self.#f
                }
            }
        }
    });
    quote! { #(#impls)* }
}

/// The documentation of integration `i`'s constructor: what it requires beyond `new` (with the
/// integration's own note on it), and what else it accepts.
fn constructor_doc(spec: &Spec, e: &Endpoint, i: usize, own: &[&Param], rules: &[&Rule]) -> String {
    let integ = &spec.integrations[i];
    let mut required: Vec<String> = own
        .iter()
        .map(|p| {
            let note = p
                .notes
                .iter()
                .find(|(n, _)| *n == i)
                .map(|(_, t)| format!(" ({})", lower_first(t.trim_end_matches('.'))))
                .unwrap_or_default();
            format!("`{}`{note}", p.rust)
        })
        .collect();
    for r in rules {
        let members: Vec<String> = r
            .at_least_one_of
            .iter()
            .map(|&k| format!("`{}`", e.params[k].rust))
            .collect();
        required.push(format!(
            "at least one of {} ({})",
            members.join(", "),
            lower_first(r.note.trim_end_matches('.'))
        ));
    }
    let mut text = format!(
        "A `{}` request for {}, which also requires {}.",
        e.name,
        integ.name,
        required.join("; ")
    );
    let optional: Vec<String> = e
        .params
        .iter()
        .filter(|p| p.supported_in.contains(&i))
        .map(|p| format!("`{}`", p.rust))
        .collect();
    if !optional.is_empty() {
        text.push_str(&format!(" It also accepts {}.", optional.join(", ")));
    }
    text
}

/// The `for_…` constructor of one integration that requires more than `new` takes.
fn constructor(spec: &Spec, e: &Endpoint, i: usize) -> TokenStream {
    let fname = ident(&format!("for_{}", spec.integrations[i].constructor));
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
    let own: Vec<&Param> = params.iter().copied().filter(|p| !p.required).collect();
    let d = doc(&constructor_doc(spec, e, i, &own, &rules));
    let new_args = params.iter().filter(|p| p.required).map(|p| ident(&p.rust));
    // Set in place, not through the setters: each setter takes and returns the whole request,
    // a copy of it per parameter.
    let sets = own.iter().map(|p| {
        let (r, at) = (ident(&p.rust), place(spec, e, p));
        let s = store(p, &quote! { #r });
        quote! { request.#at = #s; }
    });
    let rule_sets = rules.iter().map(|r| rule_assignments(spec, e, r));
    quote! {
        #d
        #[inline]
        pub fn #fname(#(#args,)* #(#rule_args),*) -> Self {
            let mut request = Self::new(#(#new_args),*);
            #(#sets)*
            #(#rule_sets)*
            request
        }
    }
}

fn rule_assignments(spec: &Spec, e: &Endpoint, r: &Rule) -> TokenStream {
    let a = ident(&crate::naming::snake(&r.type_name));
    let assigns = r.at_least_one_of.iter().map(|&k| {
        let p = &e.params[k];
        let (f, at) = (ident(&p.rust), place(spec, e, p));
        match p.ty {
            _ if p.is_plain_string() => quote! { if let Some(v) = #a.#f { request.#at = v; } },
            ParamTypeDef::StringArray | ParamTypeDef::ObjectArray => {
                quote! { if let Some(v) = #a.#f { request.#at = v; } }
            }
            _ => quote! { request.#at = #a.#f; },
        }
    });
    quote! { #(#assigns)* }
}

/// `new`: the parameters every integration requires, the endpoint's own set in place and each
/// group's through its own `new`.
fn new_fn(spec: &Spec, e: &Endpoint) -> TokenStream {
    let required: Vec<&Param> = e.params.iter().filter(|p| p.required).collect();
    // Text as `&str`, like the `for_…` constructors: they call `new`, and a generic `new` would be
    // instantiated in each of them.
    let new_args = required.iter().map(|p| {
        let r = ident(&p.rust);
        let a = ctor_arg_type(p);
        quote! { #r: #a }
    });
    let own_sets = required
        .iter()
        .filter(|p| spec.group_of(e, p).is_none())
        .map(|p| {
            let r = ident(&p.rust);
            let s = store(p, &quote! { #r });
            quote! { #r: #s, }
        });
    let group_sets = groups(spec, e).into_iter().filter_map(|g| {
        let args: Vec<syn::Ident> = g
            .params
            .iter()
            .filter(|p| p.required)
            .map(|p| ident(&p.rust))
            .collect();
        let (f, t) = (ident(&g.name), ident(&g.type_name));
        (!args.is_empty()).then(|| quote! { #f: crate::#t::new(#(#args),*), })
    });
    let fits = if e.integrations.iter().any(|&i| needs_constructor(e, i)) {
        "It fits every integration of this endpoint but those with a `for_…` constructor below."
    } else {
        "It fits every integration of this endpoint."
    };
    let d = doc(&format!(
        "A request with the parameters every integration requires.\n\n{fits}"
    ));
    quote! {
        #d
        #[inline]
        pub fn new(#(#new_args),*) -> Self {
            Self {
                #(#own_sets)*
                #(#group_sets)*
                ..Self::default()
            }
        }
    }
}

/// The request's inherent methods.
fn request_impl(spec: &Spec, e: &Endpoint) -> TokenStream {
    let req = ident(&e.rust_name);
    let new = new_fn(spec, e);
    let setters = setters(spec, e);
    let ctors = e
        .integrations
        .iter()
        .filter(|&&i| needs_constructor(e, i))
        .map(|&i| constructor(spec, e, i));
    let arms = e
        .params
        .iter()
        .filter(|p| spec.group_of(e, p).is_none())
        .map(|p| {
            let (wire, r) = (p.name.as_str(), ident(&p.rust));
            quote! { #wire => json_into(&mut self.#r, value), }
        });
    let group_arms = groups(spec, e).into_iter().map(|g| {
        let (f, t) = (ident(&g.name), ident(&g.type_name));
        quote! { _ if crate::#t::NAMES.contains(&name) => self.#f.set_parameter(name, value)?, }
    });
    quote! {
        impl #req {
            #new

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
                    #(#group_arms)*
                    _ => return None,
                };
                Some(set)
            }
        }

        crate::operation::request_traits!(#req);
    }
}

/// The body of `Operation::fields`: the endpoint's own parameters, then its groups'.
fn fields_body(spec: &Spec, e: &Endpoint) -> TokenStream {
    let own = e.params.iter().filter(|p| spec.group_of(e, p).is_none());
    let fields = own.map(|p| {
        let r = ident(&p.rust);
        let s = static_ref(p);
        quote! { (#s, &self.#r), }
    });
    // The groups' parameters come after the endpoint's own, in spec order.
    let group_fields: Vec<TokenStream> = groups(spec, e)
        .into_iter()
        .map(|g| {
            let f = ident(&g.name);
            quote! { fields.extend(self.#f.fields()); }
        })
        .collect();
    if group_fields.is_empty() {
        quote! { Field::set(&[#(#fields)*]) }
    } else {
        quote! {
            let mut fields = Field::set(&[#(#fields)*]);
            #(#group_fields)*
            fields
        }
    }
}

/// `Operation` (the borrowed fields) and the generated client method.
fn operation_impl(spec: &Spec, e: &Endpoint) -> TokenStream {
    let req = ident(&e.rust_name);
    let response = ident(&e.response_model);
    let fields_body = fields_body(spec, e);
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
            " for `integration` (looked up from the integrated account when `None`)",
        )
    };
    // A list's method returns its pages; any other, the future of its one response.
    let (response_type, returns, call, what) = if e.list {
        (
            quote! { crate::Page<crate::#response> },
            quote! { crate::Pages<'a, crate::#response> },
            quote! { self.pages },
            format!(
                "Every page, fetched lazily as they are asked for: `next_page()` for pages, `items()` for the items of all pages as a stream. Each page is validated{validated_for} and sent with the client's retry policy and rate budget."
            ),
        )
    } else {
        (
            quote! { crate::#response },
            quote! { impl Future<Output = Result<crate::Response<crate::#response>, crate::Error>> + 'a },
            quote! { self.send },
            format!(
                "Validates `request`{validated_for}, sends it with the client's retry policy and decodes the response."
            ),
        )
    };
    let deprecation = e
        .deprecated
        .as_ref()
        .map(|d| format!("\n\n**Deprecated**: {}", super::prose(&d.note)))
        .unwrap_or_default();
    let client_doc = doc(&format!("{route}\n\n{what}{deprecation}"));
    let deprecated = e.deprecated.as_ref().map(|d| {
        // `note = "…"` starts at column 15 inside the attribute prettyplease breaks over three
        // lines: a long note is continued (`\`) so that no line is over the width.
        let note: TokenStream = super::layout::lit(&d.note, 15, 12)
            .parse()
            .expect("a string literal");
        quote! { #[deprecated(note = #note)] }
    });
    let client_fn = quote! {
        #client_doc
        #deprecated
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
                #fields_body
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
    let own = e.params.iter().any(|p| spec.group_of(e, p).is_none());
    let operation_import = if e.params.iter().any(|p| !p.fields.is_empty()) {
        quote! { use crate::operation::{json_into, Item, SubSlot, SubValue}; }
    } else if own {
        quote! { use crate::operation::json_into; }
    } else {
        quote! {}
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
    out.extend(group_impls(spec, e));
    out.extend(operation_impl(spec, e));
    (out, super::tables::emit(spec, e))
}
