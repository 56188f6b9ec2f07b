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
        struct_doc.push_str(
            "\n\nDecoding never fails on an object: unknown fields, and known fields whose value has an\nunexpected shape, are kept in `extra` (the latter noted in `decode_warnings`).",
        );
        let struct_doc = doc(&struct_doc);
        let mut fields = Vec::new();
        let mut reads = Vec::new();
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
                ModelTypeDef::Object => quote! { serde_json::Map<String, serde_json::Value> },
                ModelTypeDef::StringArray => quote! { Vec<String> },
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
            let read = if f.ty == ModelTypeDef::Boolean {
                quote! { crate::decode::take_bool(&mut map, #wire, &mut warnings) }
            } else {
                quote! { crate::decode::take(&mut map, #wire, &mut warnings) }
            };
            reads.push(quote! { #rust: #read, });
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

            impl<'de> serde::Deserialize<'de> for #name {
                fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    let mut map = crate::decode::object(deserializer)?;
                    let mut warnings = Vec::new();
                    Ok(#name {
                        #(#reads)*
                        extra: map,
                        decode_warnings: warnings,
                    })
                }
            }
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
