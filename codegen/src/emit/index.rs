//! The index (`mod.rs`): one module per spec file, the root re-exports and the endpoint list.

use proc_macro2::TokenStream;
use quote::quote;

use super::{doc, ident};
use crate::resolved::Spec;

/// The `OUT_DIR`-relative path of each generated Rust file, by spec file.
pub fn rust_path(source: &str) -> String {
    let stem = source.trim_end_matches(".yaml");
    match stem.split_once('/') {
        Some((dir, name)) => format!("{dir}/{}.rs", crate::naming::module_name(name)),
        None => format!("{}.rs", crate::naming::module_name(stem)),
    }
}

pub fn emit(spec: &Spec) -> TokenStream {
    let include = |source: &str| {
        let path = format!("/{}", rust_path(source));
        quote! { include!(concat!(env!("OUT_DIR"), #path)); }
    };
    let integrations = include(&spec.integrations_file);
    let integrations_doc = doc(&format!(
        "Generated from `spec/{}`.",
        spec.integrations_file
    ));
    let common = include(&spec.common_file);
    let common_doc = doc(&format!("Generated from `spec/{}`.", spec.common_file));
    let models = spec.model_files.iter().map(|f| {
        let m = ident(&f.module);
        let inc = include(&f.file);
        let d = doc(&format!("Generated from `spec/{}`.", f.file));
        quote! { #d pub mod #m { #inc } }
    });
    let model_fields = spec.model_files.iter().flat_map(|f| &f.models).map(|m| {
        let (name, t) = (&m.name, ident(&m.name));
        quote! {
            spec::ModelFields { name: #name, fields: <#t as crate::decode::Model>::FIELDS }
        }
    });
    let model_uses = spec.model_files.iter().map(|f| {
        let m = ident(&f.module);
        quote! { pub use models::#m::*; }
    });
    let endpoints = spec.endpoints.iter().map(|e| {
        let m = ident(&e.module);
        let inc = include(&e.file);
        let d = doc(&format!(
            "`{} {}` ({}), generated from `spec/{}`.",
            e.method, e.path, e.summary, e.file
        ));
        quote! { #d pub mod #m { #inc } }
    });
    let endpoint_uses = spec.endpoints.iter().map(|e| {
        let m = ident(&e.module);
        let r = ident(&e.rust_name);
        quote! { pub use endpoints::#m::#r; }
    });
    let group_types = spec
        .groups
        .iter()
        .flat_map(|g| [ident(&g.type_name), ident(&super::groups::setters_trait(g))]);
    let setters = spec
        .groups
        .iter()
        .map(|g| ident(&super::groups::setters_trait(g)));
    let specs = spec.endpoints.iter().map(|e| {
        let m = ident(&e.module);
        quote! { &endpoints::#m::SPEC }
    });
    quote! {
        #integrations_doc
        pub mod integrations { #integrations }
        #common_doc
        pub mod common { #common }
        /// Response models, one module per file of `spec/models/`.
        pub mod models { #(#models)* }
        /// Endpoints, one module per file of `spec/endpoints/`.
        pub mod endpoints { #(#endpoints)* }

        pub use integrations::Integration;
        pub use common::{ACCOUNTS, LIST_ENVELOPE, MISSING_METHOD, PEOPLE, ResponseFormat};
        #(pub use common::#group_types;)*
        #(#model_uses)*
        #(#endpoint_uses)*

        /// The setters of the parameters every endpoint shares (`truto_response_format`,
        /// `limit`, …), which are trait methods: `use truto_user_directory::prelude::*;` brings
        /// them all into scope.
        pub mod prelude {
            #(pub use super::#setters;)*
        }

        /// Every response model by name, with its fields' wire names.
        pub static MODELS: &[spec::ModelFields] = &[#(#model_fields),*];

        /// Every endpoint in the spec.
        pub static ENDPOINTS: &[&spec::EndpointSpec] = &[#(#specs),*];

        /// The API as the runtime is handed it (each endpoint's [`spec::EndpointSpec::api`]):
        /// every endpoint and integration, and what the endpoints share.
        pub static API: spec::Api = spec::Api {
            endpoints: ENDPOINTS,
            integrations: Integration::ALL,
            list_envelope: &LIST_ENVELOPE,
            people: PEOPLE.as_ref(),
            accounts: ACCOUNTS.as_ref(),
            missing_method: MISSING_METHOD,
            models: MODELS,
        };
    }
}
