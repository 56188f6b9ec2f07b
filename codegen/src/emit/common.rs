//! `common.yaml` → the `ResponseFormat` enum, with what the client does with each format's body,
//! the list envelope, people and accounts, and the parameter groups ([`super::groups`]).

use proc_macro2::TokenStream;
use quote::quote;

use super::{ident, open_enum};
use crate::resolved::{BodyDef, Spec};

/// The tokens, and the groups' tables as text.
pub fn emit(spec: &Spec) -> (TokenStream, String) {
    let values: Vec<(String, String)> = spec
        .response_formats
        .iter()
        .map(|r| (r.name.clone(), r.description.clone()))
        .collect();
    let mut out = open_enum(
        "ResponseFormat",
        "The format of the response (`truto_response_format`). Each endpoint offers a subset; its\nvalidator rejects the others.",
        &values,
    );
    let arms = spec
        .response_formats
        .iter()
        .filter(|r| r.body != BodyDef::Typed)
        .map(|r| {
            let v = ident(&r.variant);
            let handling = ident(match r.body {
                BodyDef::Typed => "Typed",
                BodyDef::Raw => "Raw",
                BodyDef::Stream => "Stream",
            });
            quote! { Self::#v => crate::spec::BodyHandling::#handling, }
        });
    out.extend(quote! {
        impl ResponseFormat {
            /// What the client does with a success body in this format (`spec/common.yaml`); a
            /// format this spec does not know is decoded like `unified`.
            pub fn body_handling(&self) -> crate::spec::BodyHandling {
                match self {
                    #(#arms)*
                    _ => crate::spec::BodyHandling::Typed,
                }
            }
        }
    });
    {
        let env = &spec.list_envelope;
        let items = &env.items;
        let (next, prev, count, partial) = (
            &env.next_cursor,
            &env.prev_cursor,
            &env.result_count,
            &env.partial,
        );
        out.extend(quote! {
            /// Where the body of every list endpoint holds its items and cursors (`spec/common.yaml`).
            pub static LIST_ENVELOPE: crate::spec::ListEnvelope = crate::spec::ListEnvelope {
                items: &[#(#items),*],
                next_cursor: #next,
                prev_cursor: #prev,
                result_count: #count,
                partial: #partial,
            };
        });
    }
    let (people, accounts) = people_and_accounts(spec);
    let missing: Vec<TokenStream> = spec
        .missing_method
        .iter()
        .flat_map(|m| &m.answers)
        .map(|a| {
            let (status, remote, meaning) = (
                proc_macro2::Literal::u16_unsuffixed(a.status),
                a.remote,
                &a.meaning,
            );
            quote! {
                crate::spec::AlreadyDone { status: #status, remote: #remote, meaning: #meaning }
            }
        })
        .collect();
    let missing_doc = super::doc(&match &spec.missing_method {
        Some(m) => format!(
            "The answers that mean an integration has no such method (`spec/common.yaml`,\n`missing_method`){}. Source: {}",
            if m.assumed { ", assumed" } else { "" },
            super::prose(&m.source)
        ),
        None => "The answers that mean an integration has no such method: none declared.".into(),
    });
    out.extend(quote! {
        #missing_doc
        pub static MISSING_METHOD: &[crate::spec::AlreadyDone] = &[#(#missing),*];
        /// How a person is found by email in the users an integrated account lists
        /// (`spec/common.yaml`, `people`).
        pub static PEOPLE: Option<crate::spec::People> = #people;
        /// How a tenant's integrated accounts are read (`spec/common.yaml`, `accounts`).
        pub static ACCOUNTS: Option<crate::spec::Accounts> = #accounts;
    });
    let mut tables = String::new();
    for g in &spec.groups {
        out.extend(super::groups::emit(spec, g));
        tables.push_str(&super::groups::tables(spec, g));
    }
    (out, tables)
}

/// The `Some(…)` values of `PEOPLE` and `ACCOUNTS` (or `None` where not declared).
fn people_and_accounts(spec: &Spec) -> (TokenStream, TokenStream) {
    let people = match &spec.people {
        Some(p) => {
            let (model, id, emails, usernames, status) =
                (&p.model, &p.id, &p.emails, &p.usernames, &p.status);
            let (list, get, access) = (&p.list, &p.get, &p.access);
            let (activity, types, words, inactive) = (
                &p.activity,
                &p.privileged_types,
                &p.privileged_role_words,
                &p.inactive_statuses,
            );
            let option = |v: &Option<String>| match v {
                Some(v) => quote! { Some(#v) },
                None => quote! { None },
            };
            let (roles, user_type) = (option(&p.roles), option(&p.user_type));
            let (groups, licenses) = (option(&p.groups), option(&p.licenses));
            let last_login = match &p.last_login {
                Some(l) => quote! { Some(#l) },
                None => quote! { None },
            };
            quote! {
                Some(crate::spec::People {
                    model: #model,
                    list: #list,
                    get: #get,
                    id: #id,
                    emails: &[#(#emails),*],
                    usernames: &[#(#usernames),*],
                    status: #status,
                    access: &[#(#access),*],
                    last_login: #last_login,
                    activity: &[#(#activity),*],
                    roles: #roles,
                    groups: #groups,
                    licenses: #licenses,
                    user_type: #user_type,
                    privileged_types: &[#(#types),*],
                    privileged_role_words: &[#(#words),*],
                    inactive_statuses: &[#(#inactive),*],
                })
            }
        }
        None => quote! { None },
    };
    let accounts = match &spec.accounts {
        Some(a) => {
            let (model, id, integration, status, tenant_of) =
                (&a.model, &a.id, &a.integration, &a.status, &a.tenant);
            let (active, tenant, status_filter) = (&a.active, &a.tenant_filter, &a.status_filter);
            quote! {
                Some(crate::spec::Accounts {
                    model: #model,
                    id: #id,
                    integration: #integration,
                    status: #status,
                    tenant: #tenant_of,
                    active: &[#(#active),*],
                    tenant_filter: #tenant,
                    status_filter: #status_filter,
                })
            }
        }
        None => quote! { None },
    };
    (people, accounts)
}
