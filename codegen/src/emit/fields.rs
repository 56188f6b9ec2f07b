//! A parameter as a field of a Rust type, for the endpoints' request types and the shared
//! groups' structs alike: how it is stored, what its setter takes, its documentation and its
//! setter.

use proc_macro2::TokenStream;
use quote::quote;

use super::{doc, ident, names_doc, prose, sentence};
use crate::resolved::{Location, Param, ParamTypeDef, Rule, Spec};

/// How a parameter is stored in the request struct.
pub(super) fn storage(p: &Param) -> TokenStream {
    let inner = inner_type(p);
    match p.ty {
        _ if p.is_plain_string() => quote! { String },
        ParamTypeDef::StringArray | ParamTypeDef::ObjectArray => inner,
        _ => quote! { Option<#inner> },
    }
}

/// The value type without `Option`.
pub(super) fn inner_type(p: &Param) -> TokenStream {
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
pub(super) fn arg_type(p: &Param) -> TokenStream {
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

/// `#[inline]` for a method taking `p` unless its argument makes it generic: a generic method
/// is compiled only in the crates that call it anyway, and so is an inlined one.
pub(super) fn inline_for(p: &Param) -> TokenStream {
    match p.ty {
        ParamTypeDef::String
        | ParamTypeDef::Uuid
        | ParamTypeDef::Enum
        | ParamTypeDef::ResponseFormat
        | ParamTypeDef::StringArray => quote! {},
        _ => quote! { #[inline] },
    }
}

/// The argument type of the `for_…` constructors: text as `&str`, which keeps their signatures
/// short enough to read on one line.
pub(super) fn ctor_arg_type(p: &Param) -> TokenStream {
    match p.ty {
        ParamTypeDef::String | ParamTypeDef::Uuid => quote! { &str },
        _ => arg_type(p),
    }
}

/// Converts the argument `value` into the inner type.
pub(super) fn convert(p: &Param, value: &TokenStream) -> TokenStream {
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
pub(super) fn store(p: &Param, value: &TokenStream) -> TokenStream {
    let c = convert(p, value);
    match p.ty {
        _ if p.is_plain_string() => c,
        ParamTypeDef::StringArray | ParamTypeDef::ObjectArray => c,
        _ => quote! { Some(#c) },
    }
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
/// requires or supports it, rules, notes, default, what was assumed). `rules`: the endpoint's,
/// with its parameters (`None` for a group's parameter, documented once for every endpoint).
pub(super) fn param_doc(spec: &Spec, rules: Option<(&[Rule], &[Param])>, p: &Param) -> String {
    let place = match p.location {
        Location::Path => "Path",
        Location::Query => "Query",
        Location::Body => "Body",
    };
    let mut facts = vec![format!(
        "{place} parameter `{}` · {}.",
        p.name,
        type_label(p)
    )];
    if p.required {
        facts.push("Required by every integration.".into());
    } else if p.all_integrations {
        facts.push("Accepted by every integration of the endpoint.".into());
    } else {
        if !p.required_in.is_empty() {
            facts.push(names_doc(spec, "Required in:", &p.required_in));
        }
        if !p.supported_in.is_empty() {
            facts.push(names_doc(spec, "Supported in:", &p.supported_in));
        }
    }
    let (rules, params) = rules.unwrap_or_default();
    let in_rule = |r: &&Rule| r.at_least_one_of.iter().any(|&k| params[k].name == p.name);
    for r in rules.iter().filter(in_rule) {
        let name = &spec.integrations[r.integration].name;
        facts.push(format!("{name}: {}", sentence(&r.note)));
    }
    for (i, note) in &p.notes {
        let restated = rules
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

/// A setter, documented with the parameter's description; `path` is where it stores the value
/// (from `self`), `public` whether it is an inherent method (not a trait's).
pub(super) fn setter(p: &Param, path: &TokenStream, public: bool) -> TokenStream {
    let r = ident(&p.rust);
    let arg = arg_type(p);
    let s = store(p, &quote! { value });
    // A trait's provided method is compiled for each implementing type, where it is used.
    let inline = if public {
        inline_for(p)
    } else {
        quote! {}
    };
    let d = doc(&format!(
        "Sets `{}`: {}",
        p.name,
        lower_first(&sentence(&p.description))
    ));
    let vis = public.then(|| quote! { pub });
    quote! {
        #d
        #inline
        #vis fn #r(mut self, value: #arg) -> Self {
            self.#path = #s;
            self
        }
    }
}

/// `s` with its first letter lowered, unless it starts an acronym or a name.
pub(super) fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match (chars.next(), chars.clone().next()) {
        // Keep acronyms and names (`ID`, `GitHub`) as they are.
        (Some(c), Some(n)) if c.is_uppercase() && !n.is_uppercase() => {
            c.to_lowercase().chain(chars).collect()
        }
        _ => s.to_string(),
    }
}
