//! Tokens → formatted Rust files. Every emitter is a pure function of the checked spec, so the
//! output is byte-for-byte deterministic.

pub mod common;
pub mod endpoints;
pub mod index;
pub mod integrations;
pub mod matrix_md;
pub mod models;
pub mod openapi;
pub mod presence;
pub mod support_matrix;
pub mod tables;

use proc_macro2::{Span, TokenStream};
use quote::quote;

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

/// Like [`render`], with data `tables` appended as written (laid out by [`tables`], which
/// prettyplease would spread over many more lines). The whole file must parse.
pub fn render_with_tables(
    source: &str,
    tokens: TokenStream,
    tables: &str,
) -> Result<String, String> {
    let file: syn::File = syn::parse2(tokens)
        .map_err(|e| format!("internal generator error: emitted Rust does not parse: {e}"))?;
    let mut code = space_out(&join_inline(&prettyplease::unparse(&file)));
    if !tables.is_empty() {
        code.push('\n');
        code.push_str(tables);
    }
    let code = group_integrations(&code);
    syn::parse_file(&code)
        .map_err(|e| format!("internal generator error: emitted tables do not parse: {e}"))?;
    Ok(format!(
        "// @generated from spec/{source} by truto-user-directory-codegen. Do not edit: change\n// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.\n\n{code}"
    ))
}

/// `#[inline]` on the line of the `fn` it marks: generated methods carry it (so that only the
/// crates that call them compile them), and a line each would double the short ones.
fn join_inline(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    let mut lines = code.lines().peekable();
    while let Some(line) = lines.next() {
        if line.trim() == "#[inline]"
            && let Some(next) = lines.next_if(|n| {
                n.trim_start().starts_with("pub fn ") || n.trim_start().starts_with("fn ")
            })
        {
            out.push_str(line);
            out.push(' ');
            out.push_str(next.trim_start());
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

/// prettyplease (and [`tables`]) put every item of a long list on its own line. Lists of
/// integrations are regrouped one line per initial letter: short enough to read, and a one-integration change
/// still touches only the line of its letter.
fn group_integrations(code: &str) -> String {
    let item = |line: &str| -> Option<(usize, String)> {
        let t = line.trim_start();
        let name = t.strip_prefix("Integration::")?.strip_suffix(',')?;
        name.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_')
            .then(|| (line.len() - t.len(), format!("Integration::{name},")))
    };
    let lines: Vec<&str> = code.lines().collect();
    let mut out = String::with_capacity(code.len());
    let mut i = 0;
    while i < lines.len() {
        let Some((indent, _)) = item(lines[i]) else {
            out.push_str(lines[i]);
            out.push('\n');
            i += 1;
            continue;
        };
        let mut run = Vec::new();
        while let Some((n, it)) = lines.get(i).and_then(|l| item(l)) {
            if n != indent {
                break;
            }
            run.push(it);
            i += 1;
        }
        let mut current: Option<char> = None;
        for it in run {
            let letter = it["Integration::".len()..].chars().next();
            if current.is_some() && current == letter {
                out.push(' ');
            } else {
                if current.is_some() {
                    out.push('\n');
                }
                out.push_str(&" ".repeat(indent));
            }
            out.push_str(&it);
            current = letter;
        }
        out.push('\n');
    }
    out
}

/// prettyplease packs items together; a blank line after each closing brace that ends an item
/// at the same indentation as the next one makes the generated files easier to review.
fn space_out(code: &str) -> String {
    let mut out = String::with_capacity(code.len() + code.len() / 16);
    let mut prev: Option<&str> = None;
    for line in code.lines() {
        if let Some(p) = prev {
            let indent = |l: &str| l.len() - l.trim_start().len();
            let closes = matches!(p.trim(), "}" | "};" | "];")
                || (indent(p) == 0 && p.ends_with(';') && !line.starts_with("use "))
                || (indent(p) == 0 && p.ends_with(");"));
            let starts_item = [
                "pub ", "fn ", "impl", "#[", "///", "static ", "const ", "mod ", "crate::",
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
