//! The parameter groups of `common.yaml` (into `common.rs`): each group some endpoint includes
//! becomes one struct with its parameters' fields and docs, a trait with their setters (which
//! each request that includes the group implements by naming its field), and a module with
//! their table entries. What every endpoint shares is so written once, not per endpoint.

use proc_macro2::TokenStream;
use quote::quote;

use super::fields::{ctor_arg_type, param_doc, setter, storage, store};
use super::{doc, ident, tables};
use crate::resolved::{Group, Param, Spec};

/// The group's struct, its methods and its setters' macro.
pub fn emit(spec: &Spec, g: &Group) -> TokenStream {
    let (name, ty) = (g.name.as_str(), ident(&g.type_name));
    let module = ident(name);
    let fields = g.params.iter().map(|p| {
        let r = ident(&p.rust);
        let t = storage(p);
        let d = doc(&param_doc(spec, None, p));
        quote! { #d pub #r: #t, }
    });
    let struct_doc = doc(&format!(
        "The parameters of the `{name}` group (`spec/common.yaml`), the same on every endpoint that includes it: its request stores them in its field `{name}`, with a setter for each in [`{}`].",
        setters_trait(g)
    ));
    let wire: Vec<&str> = g.params.iter().map(|p| p.name.as_str()).collect();
    let entries = g.params.iter().map(|p| {
        let (r, s) = (ident(&p.rust), ident(&tables::static_name(p)));
        quote! { (&#module::#s, &self.#r), }
    });
    let arms = g.params.iter().map(|p| {
        let (w, r) = (p.name.as_str(), ident(&p.rust));
        quote! { #w => crate::operation::json_into(&mut self.#r, value), }
    });
    let new = new_fn(g);
    let trait_name = setters_trait(g);
    let trait_ident = ident(&trait_name);
    let access = ident(&format!("{name}_mut"));
    let setters = g.params.iter().map(|p| {
        let r = ident(&p.rust);
        setter(p, &quote! { #access().#r }, false)
    });
    let trait_doc = doc(&format!(
        "The setters of the `{name}` parameters ([`{}`]), on every request that includes them (bring them into scope with `use truto_user_directory::{};`).",
        g.type_name, trait_name
    ));
    let access_doc = doc(&format!("The request's `{name}` parameters."));
    quote! {
        #struct_doc
        #[derive(Debug, Clone, Default, PartialEq)]
        #[non_exhaustive]
        pub struct #ty {
            #(#fields)*
        }

        impl #ty {
            #new

            /// The wire names of its parameters.
            pub(crate) const NAMES: &'static [&'static str] = &[#(#wire),*];

            /// The parameters it sets, in spec order (after those of the request's own).
            #[inline]
            pub(crate) fn fields(&self) -> Vec<crate::validate::Field<'_>> {
                crate::validate::Field::set(&[#(#entries)*])
            }

            /// Sets the parameter with this wire name from JSON (`None`: there is no such parameter).
            #[inline]
            pub(crate) fn set_parameter(&mut self, name: &str, value: serde_json::Value) -> Option<Result<(), serde_json::Error>> {
                let set = match name {
                    #(#arms)*
                    _ => return None,
                };
                Some(set)
            }
        }

        #trait_doc
        pub trait #trait_ident: Sized {
            #access_doc
            fn #access(&mut self) -> &mut #ty;

            #(#setters)*
        }
    }
}

/// The name of a group's setters trait: `TrutoQuerySetters`.
pub fn setters_trait(g: &Group) -> String {
    format!("{}Setters", g.type_name)
}

/// `new` with the parameters every integration requires, when the group has some.
fn new_fn(g: &Group) -> TokenStream {
    let required: Vec<&Param> = g.params.iter().filter(|p| p.required).collect();
    if required.is_empty() {
        return quote! {};
    }
    let args = required.iter().map(|p| {
        let (r, a) = (ident(&p.rust), ctor_arg_type(p));
        quote! { #r: #a }
    });
    let sets = required.iter().map(|p| {
        let r = ident(&p.rust);
        let s = store(p, &quote! { #r });
        quote! { #r: #s, }
    });
    quote! {
        /// The group with the parameters every integration requires.
        #[inline]
        pub fn new(#(#args),*) -> Self {
            Self { #(#sets)* ..Self::default() }
        }
    }
}

/// The module of the group's table entries, one `static` each (the endpoints' `SPEC`s name them).
pub fn tables(spec: &Spec, g: &Group) -> String {
    let params: Vec<&Param> = g.params.iter().collect();
    let mut out = format!(
        "/// The entries of the `{}` group's parameters, one `static` each.\npub(crate) mod {} {{\n",
        g.name, g.name
    );
    out.push_str(&tables::imports(&params));
    for p in params {
        out.push('\n');
        out.push_str(&tables::parameter(spec, p, "pub(crate)"));
        out.push('\n');
    }
    out.push_str("}\n");
    out
}
