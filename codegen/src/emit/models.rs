//! `models/*.yaml` → response structs that never fail on what the API may send.

use proc_macro2::TokenStream;
use quote::quote;

use super::{doc, ident, open_enum};
use crate::resolved::{ModelFile, ModelTypeDef};

pub fn emit(file: &ModelFile) -> TokenStream {
    let mut out = TokenStream::new();
    for m in &file.models {
        let name = ident(&m.name);
        let mut struct_doc = if m.description.is_empty() {
            format!("The `{}` model.", m.name)
        } else {
            m.description.clone()
        };
        if let Some(source) = &m.source {
            struct_doc.push_str(&format!("\n\nSource: {}", super::prose(source)));
        }
        struct_doc.push_str(
            "\n\nDecoding never fails on an object: unknown fields, and known fields whose value has an\nunexpected shape, are kept in `extra` (the latter noted in `decode_warnings`). It reads the\nbody in one pass.",
        );
        let struct_doc = doc(&struct_doc);
        let mut fields = Vec::new();
        let mut reads = Vec::new();
        let wires: Vec<&str> = m.fields.iter().map(|f| f.name.as_str()).collect();
        for f in &m.fields {
            let rust = ident(&f.rust);
            let wire = f.name.as_str();
            let ty = match f.ty {
                ModelTypeDef::String => quote! { String },
                ModelTypeDef::Boolean => quote! { bool },
                ModelTypeDef::DateTime => quote! { crate::decode::DateTime },
                ModelTypeDef::Enum | ModelTypeDef::ObjectArray => {
                    let t = ident(f.type_name.as_deref().unwrap_or_default());
                    if f.ty == ModelTypeDef::Enum {
                        quote! { #t }
                    } else {
                        quote! { Vec<#t> }
                    }
                }
                ModelTypeDef::Object => match f.type_name.as_deref() {
                    Some(item) => {
                        let t = ident(item);
                        quote! { #t }
                    }
                    None => quote! { serde_json::Map<String, serde_json::Value> },
                },
                ModelTypeDef::StringArray => quote! { Vec<String> },
                ModelTypeDef::Number => quote! { f64 },
                ModelTypeDef::Any => quote! { serde_json::Value },
                ModelTypeDef::Rows => quote! { Vec<Vec<serde_json::Value>> },
            };
            let mut text = f.description.clone();
            if f.required {
                text.push_str("\n\nThe schema marks it required; it is still optional here, as some integrations\nomit it.");
            }
            if f.ty == ModelTypeDef::Enum {
                text.push_str(&format!(
                    "\n\nKnown values: `{}`; any other value is kept.",
                    f.values.join("`, `")
                ));
            }
            let fdoc = doc(&text);
            let rename = (f.rust != f.name).then(|| quote! { rename = #wire, });
            fields.push(quote! {
                #fdoc
                #[serde(#rename skip_serializing_if = "Option::is_none")]
                pub #rust: Option<#ty>,
            });
            reads.push(quote! { #wire => crate::decode::field(map, &mut self.#rust), });
        }
        out.extend(quote! {
            #struct_doc
            #[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
            #[non_exhaustive]
            pub struct #name {
                #(#fields)*
                /// Fields this spec does not know, and known fields whose value had an unexpected
                /// shape, exactly as received.
                #[serde(flatten)]
                pub extra: serde_json::Map<String, serde_json::Value>,
                /// Known fields that could not be read as declared (their raw value is in `extra`).
                #[serde(skip)]
                pub decode_warnings: Vec<crate::decode::DecodeWarning>,
            }

            impl crate::decode::Model for #name {
                const FIELDS: &'static [&'static str] = &[#(#wires),*];

                fn read_field<'de, A: serde::de::MapAccess<'de>>(
                    &mut self,
                    key: &str,
                    map: &mut A,
                ) -> Result<Option<(serde_json::Value, Option<&'static str>)>, A::Error> {
                    match key {
                        #(#reads)*
                        _ => crate::decode::unknown(map),
                    }
                }

                fn rest(&mut self) -> (&mut serde_json::Map<String, serde_json::Value>, &mut Vec<crate::decode::DecodeWarning>) {
                    (&mut self.extra, &mut self.decode_warnings)
                }
            }

            crate::decode::model_traits!(#name);
        });
        for f in m.fields.iter().filter(|f| f.ty == ModelTypeDef::Enum) {
            let values: Vec<(String, String)> = f
                .values
                .iter()
                .map(|v| (v.clone(), String::new()))
                .collect();
            out.extend(open_enum(
                f.type_name.as_deref().unwrap_or_default(),
                &format!(
                    "`{}.{}`: {}\n\nOpen: a value the spec does not know is kept in `Unknown`, never an error.",
                    m.name, f.name, f.description
                ),
                &values,
            ));
        }
    }
    out
}
