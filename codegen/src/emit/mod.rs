//! Tokens → formatted Rust files. Every emitter is a pure function of the checked spec, so the
//! output is byte-for-byte deterministic.

pub mod common;
pub mod endpoints;
pub mod fields;
pub mod groups;
pub mod index;
pub mod integrations;
pub mod layout;
pub mod matrix_md;
pub mod models;
pub mod openapi;
pub mod presence;
pub mod support_matrix;
pub mod tables;

use proc_macro2::{Span, TokenStream};
use quote::quote;

use crate::resolved::Spec;

/// `#[doc = "…"]` attributes, one per line, each line led by a space so it prints as `/// …`;
/// lines longer than [`layout::DOC_WIDTH`] are broken at spaces.
pub fn doc(text: &str) -> TokenStream {
    let lines: Vec<String> = layout::wrap(text.trim_end(), layout::DOC_WIDTH)
        .into_iter()
        .map(|l| if l.is_empty() { l } else { format!(" {l}") })
        .collect();
    quote! { #(#[doc = #lines])* }
}

/// Spec prose as Markdown text: `[` and `]` outside code spans are escaped, so an evidence tag
/// such as `[inferred]` reads as written instead of as an (unresolved) intra-doc link.
pub fn prose(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_code = false;
    for c in text.chars() {
        match c {
            '`' => in_code = !in_code,
            '[' | ']' if !in_code => out.push('\\'),
            _ => {}
        }
        out.push(c);
    }
    out
}

/// `text` as one sentence: trimmed, ending in exactly one full stop (or its own `?`/`!`).
pub fn sentence(text: &str) -> String {
    let t = text.trim().trim_end_matches('.');
    if t.ends_with(['?', '!', ')']) && !t.ends_with(".)") {
        t.to_string()
    } else {
        format!("{t}.")
    }
}

pub fn ident(name: &str) -> syn::Ident {
    syn::Ident::new(name, Span::call_site())
}

/// Display names joined for docs, e.g. "Asana, GitHub".
pub fn names(spec: &Spec, list: &[usize]) -> String {
    list.iter()
        .map(|&i| spec.integrations[i].name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// `label` and the display names of `list` for docs, ending in a full stop: on one line when it
/// fits, otherwise one line per initial letter ([`layout::grouped`]) after the label's own.
pub fn names_doc(spec: &Spec, label: &str, list: &[usize]) -> String {
    let one = format!("{label} {}.", names(spec, list));
    if one.len() <= layout::DOC_WIDTH {
        return one;
    }
    let last = list.len() - 1;
    let items: Vec<(&str, String)> = list
        .iter()
        .enumerate()
        .map(|(k, &i)| {
            let name = spec.integrations[i].name.as_str();
            (name, format!("{name}{}", if k == last { "." } else { "," }))
        })
        .collect();
    let mut lines = vec![label.to_string()];
    lines.extend(layout::grouped(&items, layout::DOC_WIDTH));
    lines.join("\n")
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
            /// A value this spec does not know, kept as given or received (see `UnknownValue`).
            Unknown(crate::decode::UnknownValue),
        }

        impl #ty {
            /// The values this spec knows.
            pub const KNOWN: &'static [&'static str] = &[#(#wire),*];

            /// The value on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(Self::#variants => #wire,)*
                    Self::Unknown(raw) => raw.as_str(),
                }
            }

        }

        impl From<&str> for #ty {
            fn from(value: &str) -> Self {
                match value {
                    #(#wire => Self::#variants,)*
                    other => Self::Unknown(crate::decode::UnknownValue::new(other)),
                }
            }
        }

        crate::decode::open_enum_traits!(#ty);
    }
}

/// Formats `tokens` as a file with the do-not-edit header naming its spec file.
pub fn render(source: &str, tokens: TokenStream) -> Result<String, String> {
    render_with_tables(source, tokens, "")
}

/// Like [`render`], with data `tables` appended as written (laid out by [`layout`], which
/// prettyplease would spread over many more lines). The whole file must parse.
pub fn render_with_tables(
    source: &str,
    tokens: TokenStream,
    tables: &str,
) -> Result<String, String> {
    let file: syn::File = syn::parse2(tokens)
        .map_err(|e| format!("internal generator error: emitted Rust does not parse: {e}"))?;
    let mut code = prettyplease::unparse(&file);
    if !tables.is_empty() {
        code.push('\n');
        code.push_str(tables);
        syn::parse_file(&code)
            .map_err(|e| format!("internal generator error: emitted tables do not parse: {e}"))?;
    }
    Ok(format!(
        "// @generated from spec/{source} by truto-user-directory-codegen. Do not edit: change\n// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.\n\n{code}"
    ))
}
