//! `integrations.yaml` → the `Integration` enum.

use proc_macro2::TokenStream;
use quote::quote;

use super::{doc, ident};
use crate::resolved::Spec;

pub fn emit(spec: &Spec) -> TokenStream {
    let variants: Vec<syn::Ident> = spec
        .integrations
        .iter()
        .map(|i| ident(&i.variant))
        .collect();
    let names: Vec<&str> = spec.integrations.iter().map(|i| i.name.as_str()).collect();
    let slugs = spec.integrations.iter().map(|i| {
        let s = &i.slugs;
        quote! { &[#(#s),*] }
    });
    let variant_docs = spec.integrations.iter().enumerate().map(|(idx, i)| {
        let endpoints: Vec<&str> = spec
            .endpoints
            .iter()
            .filter(|e| e.integrations.contains(&idx))
            .map(|e| e.name.as_str())
            .collect();
        let mut text = format!(
            "{} (Truto slug `{}`).\n\nEndpoints: {}.",
            i.name,
            i.slugs.join("`, `"),
            endpoints.join(", ")
        );
        if let Some(note) = &i.note {
            text.push_str(&format!(" Note: {note}."));
        }
        doc(&text)
    });
    let enum_doc = doc(
        "An integration (a SaaS app) the Unified User Directory API reaches: one of those named in the\nAPI pages (`Integration::ALL`).\n\nParse one from its display name or a Truto slug with `str::parse`; case, spaces and\npunctuation are ignored, so `\"slack-enterprise\"` is `SlackEnterprise`.",
    );
    quote! {
        #enum_doc
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Integration {
            #(#variant_docs #variants,)*
        }

        impl Integration {
            /// Every integration, in spec order.
            pub const ALL: &'static [Integration] = &[#(Integration::#variants),*];

            /// The display name, exactly as the API pages write it.
            pub fn name(self) -> &'static str {
                match self {
                    #(Integration::#variants => #names,)*
                }
            }

            /// Truto's slugs for it (`integration.name` of an integrated account); the first is
            /// canonical.
            pub fn slugs(self) -> &'static [&'static str] {
                match self {
                    #(Integration::#variants => #slugs,)*
                }
            }
        }
    }
}
