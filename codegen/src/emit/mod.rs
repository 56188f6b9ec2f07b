//! Tokens → formatted Rust files. Every emitter is a pure function of the checked spec, so the
//! output is byte-for-byte deterministic.

pub mod common;
pub mod endpoints;
pub mod index;
pub mod integrations;
pub mod models;
pub mod support_matrix;

use proc_macro2::{Span, TokenStream};
use quote::quote;
use serde_json::Value;

use crate::resolved::Spec;

/// `#[doc = "…"]` attributes, one per line, each line led by a space so it prints as `/// …`.
pub fn doc(text: &str) -> TokenStream {
    let lines: Vec<String> = text
        .trim_end()
        .lines()
        .map(|l| {
            if l.is_empty() {
                String::new()
            } else {
                format!(" {l}")
            }
        })
        .collect();
    quote! { #(#[doc = #lines])* }
}

pub fn ident(name: &str) -> syn::Ident {
    syn::Ident::new(name, Span::call_site())
}

/// The path of an integration's enum variant.
pub fn integration(spec: &Spec, i: usize) -> TokenStream {
    let v = ident(&spec.integrations[i].variant);
    quote! { crate::Integration::#v }
}

/// A `&[Integration]` literal.
pub fn integration_list(spec: &Spec, list: &[usize]) -> TokenStream {
    let items = list.iter().map(|&i| integration(spec, i));
    quote! { &[#(#items),*] }
}

/// Display names joined for docs, e.g. "Asana, GitHub".
pub fn names(spec: &Spec, list: &[usize]) -> String {
    list.iter()
        .map(|&i| spec.integrations[i].name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A `serde_json::Value` expression building `v`.
pub fn json_expr(v: &Value) -> TokenStream {
    match v {
        Value::Null => quote! { serde_json::Value::Null },
        Value::Bool(b) => quote! { serde_json::Value::Bool(#b) },
        Value::Number(n) => match (n.as_i64(), n.as_u64(), n.as_f64()) {
            (Some(i), _, _) => quote! { serde_json::Value::from(#i) },
            (None, Some(u), _) => quote! { serde_json::Value::from(#u) },
            (None, None, Some(f)) => quote! { serde_json::Value::from(#f) },
            _ => quote! { serde_json::Value::Null },
        },
        Value::String(s) => quote! { serde_json::Value::String(#s.to_string()) },
        Value::Array(items) => {
            let items = items.iter().map(json_expr);
            quote! { serde_json::Value::Array(vec![#(#items),*]) }
        }
        Value::Object(map) => {
            let m = json_map_expr(map);
            quote! { serde_json::Value::Object(#m) }
        }
    }
}

/// A `serde_json::Map` expression building `map`.
pub fn json_map_expr(map: &serde_json::Map<String, Value>) -> TokenStream {
    let entries = map.iter().map(|(k, v)| {
        let v = json_expr(v);
        quote! { (#k.to_string(), #v) }
    });
    quote! { serde_json::Map::from_iter([#(#entries),*]) }
}

/// An open enum: known values as variants, anything else kept in `Unknown`.
pub fn open_enum(name: &str, docs: &str, values: &[(String, String)]) -> TokenStream {
    let ty = ident(name);
    let docs = doc(docs);
    let variants: Vec<syn::Ident> = values
        .iter()
        .map(|(v, _)| ident(&crate::naming::variant_name(v)))
        .collect();
    let wire: Vec<&str> = values.iter().map(|(v, _)| v.as_str()).collect();
    let variant_docs = values.iter().map(|(v, d)| {
        if d.is_empty() {
            doc(&format!("`{v}`"))
        } else {
            doc(&format!("`{v}`: {d}"))
        }
    });
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum #ty {
            #(#variant_docs #variants,)*
            /// A value this spec does not know, kept exactly as given or received.
            Unknown(String),
        }

        impl #ty {
            /// The values this spec knows.
            pub const KNOWN: &'static [&'static str] = &[#(#wire),*];

            /// The value on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(Self::#variants => #wire,)*
                    Self::Unknown(raw) => raw,
                }
            }

            /// Whether the value is one this spec knows.
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Unknown(_))
            }
        }

        impl From<&str> for #ty {
            fn from(value: &str) -> Self {
                match value {
                    #(#wire => Self::#variants,)*
                    other => Self::Unknown(other.to_string()),
                }
            }
        }

        impl From<String> for #ty {
            fn from(value: String) -> Self {
                Self::from(value.as_str())
            }
        }

        impl std::fmt::Display for #ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for #ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for #ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <String as serde::Deserialize>::deserialize(deserializer)?;
                Ok(Self::from(value))
            }
        }
    }
}

/// Formats `tokens` as a file with the do-not-edit header naming its spec file.
pub fn render(source: &str, tokens: TokenStream) -> Result<String, String> {
    let file: syn::File = syn::parse2(tokens)
        .map_err(|e| format!("internal generator error: emitted Rust does not parse: {e}"))?;
    Ok(format!(
        "// @generated from spec/{source} by truto-user-directory-codegen. Do not edit: change\n// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.\n\n{}",
        space_out(&prettyplease::unparse(&file))
    ))
}

/// prettyplease packs items together; a blank line after each closing brace that ends an item
/// at the same indentation as the next one makes the generated files easier to review.
fn space_out(code: &str) -> String {
    let mut out = String::with_capacity(code.len() + code.len() / 16);
    let mut prev: Option<&str> = None;
    for line in code.lines() {
        if let Some(p) = prev {
            let indent = |l: &str| l.len() - l.trim_start().len();
            let closes = matches!(p.trim(), "}" | "};" | "];");
            let starts_item = [
                "pub ", "fn ", "impl", "#[", "///", "static ", "const ", "mod ",
            ]
            .iter()
            .any(|k| line.trim_start().starts_with(k));
            if closes && starts_item && indent(p) == indent(line) {
                out.push('\n');
            }
        }
        out.push_str(line);
        out.push('\n');
        prev = Some(line);
    }
    out
}
