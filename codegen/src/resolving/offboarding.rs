//! An endpoint's `offboarding` section, and the uniqueness of operations and ranks across
//! endpoints.

use std::collections::HashMap;

use super::Ctx;
use crate::naming;
use crate::resolved::{EffectKind, Endpoint, Offboarding, Param};
use crate::written::{OffboardingDef, RoleDef};

/// The `offboarding` section: a plan's operation name, its rank for `auto`, what a success
/// does, and which answers mean "already done". The endpoint must say which parameters carry
/// the integrated account and the user.
pub(super) fn check_offboarding(
    ctx: &mut Ctx,
    fp: &str,
    o: &OffboardingDef,
    params: &[Param],
) -> Offboarding {
    if !naming::is_snake_ident(&o.operation) || o.operation == "auto" {
        ctx.err(
            fp,
            "offboarding.operation",
            format!(
                "operation \"{}\" must be a snake_case word other than `auto` (plans use it)",
                o.operation
            ),
        );
    }
    for (role, what) in [
        (RoleDef::IntegratedAccount, "integrated_account"),
        (RoleDef::User, "user"),
    ] {
        if !params.iter().any(|p| p.role == Some(role)) {
            ctx.err(
                fp,
                "offboarding",
                format!("an offboarding endpoint needs a parameter with `role: {what}`"),
            );
        }
    }
    let effect = match (&o.effect.status, o.effect.removed, o.effect.downgraded) {
        (Some(s), false, false) if !s.trim().is_empty() => EffectKind::SetsStatus(s.clone()),
        (None, true, false) => EffectKind::Removes,
        (None, false, true) => EffectKind::Downgrades,
        _ => {
            ctx.err(
                fp,
                "offboarding.effect",
                "the effect is one of `{status: <the user's new status>}`, `{removed: true}` or `{downgraded: true}`",
            );
            EffectKind::Removes
        }
    };
    for (k, a) in o.already_done.iter().enumerate() {
        if !(400..600).contains(&a.status) {
            ctx.err(
                fp,
                format!("offboarding.already_done[{k}].status"),
                format!("{} is not an HTTP error status (400–599)", a.status),
            );
        }
    }
    for (k, a) in o.assumed.iter().enumerate() {
        if !["effect", "already_done"].contains(&a.as_str()) {
            ctx.err(
                fp,
                format!("offboarding.assumed[{k}]"),
                format!("\"{a}\" is not a fact of this section: use effect or already_done"),
            );
        }
    }
    Offboarding {
        operation: o.operation.clone(),
        rank: o.rank,
        effect,
        already_done: o
            .already_done
            .iter()
            .map(|a| (a.status, a.remote, a.meaning.clone()))
            .collect(),
        assumed: o.assumed.clone(),
        source: o.source.clone(),
    }
}

/// Operation names and ranks are unique across endpoints (plans name operations; `auto` orders
/// them by rank).
pub(super) fn check_unique(ctx: &mut Ctx, endpoints: &[Endpoint]) {
    let mut operations: HashMap<&str, &str> = HashMap::new();
    let mut ranks: HashMap<u8, &str> = HashMap::new();
    for e in endpoints {
        let Some(o) = &e.offboarding else { continue };
        if let Some(other) = operations.insert(&o.operation, &e.name) {
            ctx.err(
                &e.file,
                "offboarding.operation",
                format!(
                    "operation \"{}\" is already the name of {other}'s offboarding",
                    o.operation
                ),
            );
        }
        if let Some(other) = ranks.insert(o.rank, &e.name) {
            ctx.err(
                &e.file,
                "offboarding.rank",
                format!(
                    "rank {} is already {other}'s: `auto` needs a strict order from least to most destructive",
                    o.rank
                ),
            );
        }
    }
}

/// Every `revoke` across endpoints: its `access` is named once; `user_field` is an object-array
/// field of the people model (what a user record lists); `listed_by` is a list endpoint whose
/// model has the `user_key` and `grants` fields.
pub(super) fn check_revokes(
    ctx: &mut Ctx,
    people: &Option<crate::resolved::People>,
    model_files: &[crate::resolved::ModelFile],
    endpoints: &[Endpoint],
) {
    let model = |name: &str| {
        model_files
            .iter()
            .flat_map(|f| &f.models)
            .find(|m| m.name == name)
    };
    let mut seen: HashMap<&str, &str> = HashMap::new();
    for e in endpoints {
        let Some(r) = &e.revoke else { continue };
        if let Some(other) = seen.insert(&r.access, &e.name) {
            ctx.err(
                &e.file,
                "revoke.access",
                format!("access \"{}\" is already revoked by {other}: each kind of access has one endpoint", r.access),
            );
        }
        match people.as_ref().and_then(|p| model(&p.model)) {
            None => ctx.err(
                &e.file,
                "revoke.user_field",
                "a revoke reads the user record: common.yaml needs `people` naming the user model",
            ),
            Some(m) => {
                let array = m.fields.iter().any(|f| {
                    f.name == r.user_field && f.ty == crate::resolved::ModelTypeDef::ObjectArray
                });
                if !array {
                    ctx.err(
                        &e.file,
                        "revoke.user_field",
                        format!("{} has no object_array field \"{}\" (the user record's list of this access)", m.name, r.user_field),
                    );
                }
            }
        }
        let Some(l) = &r.listed_by else { continue };
        let list = endpoints
            .iter()
            .find(|x| x.name == l.endpoint && x.list && !x.admin);
        let Some(list) = list else {
            ctx.err(
                &e.file,
                "revoke.listed_by",
                format!("\"{}\" is not a list endpoint of an integrated account (`response: {{list: true}}`)", l.endpoint),
            );
            continue;
        };
        if let Some(m) = model(&list.response_model) {
            for (key, name) in [
                ("revoke.user_key", &l.user_key),
                ("revoke.grants", &l.grants),
            ] {
                if !m.fields.iter().any(|f| f.name == *name) {
                    ctx.err(
                        &e.file,
                        key,
                        format!(
                            "{} (the model of {}) has no field \"{name}\"",
                            m.name, list.name
                        ),
                    );
                }
            }
        }
    }
}
