//! `common.yaml`: the response formats and the shared parameter groups.

use std::collections::BTreeMap;

use super::Ctx;
use crate::naming;
use crate::resolved::{Endpoint, Group, ListEnvelope, Param, ParamTypeDef, ResponseFormat};
use crate::written::{CommonFile, ParamGroupDef};

/// Parameter groups by name, with their index in `parameter_groups`.
pub(super) type Groups<'a> = BTreeMap<String, (usize, &'a ParamGroupDef)>;

/// Checks the response formats: snake_case and declared once.
pub(super) fn check_response_formats(
    ctx: &mut Ctx,
    cp: &str,
    common: &CommonFile,
) -> Vec<ResponseFormat> {
    let mut response_formats = Vec::new();
    for (i, rf) in common.response_formats.iter().enumerate() {
        let path = format!("response_formats[{i}].name");
        if !naming::is_snake_ident(&rf.name) {
            ctx.err(
                cp,
                &path,
                format!("response format \"{}\" must be snake_case", rf.name),
            );
        }
        if response_formats
            .iter()
            .any(|r: &ResponseFormat| r.name == rf.name)
        {
            ctx.err(
                cp,
                &path,
                format!("response format \"{}\" is declared twice", rf.name),
            );
        }
        response_formats.push(ResponseFormat {
            name: rf.name.clone(),
            variant: naming::variant_name(&rf.name),
            description: rf.description.clone(),
            body: rf.body,
        });
    }
    response_formats
}

/// Indexes the parameter groups by name; each is declared once.
pub(super) fn check_parameter_groups<'a>(
    ctx: &mut Ctx,
    cp: &str,
    common: &'a CommonFile,
) -> Groups<'a> {
    let mut groups: Groups<'a> = BTreeMap::new();
    for (i, g) in common.parameter_groups.iter().enumerate() {
        if groups.insert(g.name.clone(), (i, g)).is_some() {
            ctx.err(
                cp,
                format!("parameter_groups[{i}].name"),
                format!("parameter group \"{}\" is declared twice", g.name),
            );
        }
    }
    groups
}

/// The list envelope: its item keys are given, and no key names two things.
pub(super) fn check_list_envelope(ctx: &mut Ctx, cp: &str, common: &CommonFile) -> ListEnvelope {
    let def = &common.list_envelope;
    if def.items.is_empty() {
        ctx.err(
            cp,
            "list_envelope.items",
            "name at least one key that holds a list's items (Truto's is `result`)",
        );
    }
    let mut keys: Vec<&str> = def.items.iter().map(String::as_str).collect();
    keys.extend([
        def.next_cursor.as_str(),
        def.prev_cursor.as_str(),
        def.result_count.as_str(),
        def.partial.as_str(),
    ]);
    for (i, k) in keys.iter().enumerate() {
        if keys[..i].contains(k) {
            ctx.err(
                cp,
                "list_envelope",
                format!("key \"{k}\" names two parts of the list envelope"),
            );
        }
    }
    ListEnvelope {
        items: def.items.clone(),
        next_cursor: def.next_cursor.clone(),
        prev_cursor: def.prev_cursor.clone(),
        result_count: def.result_count.clone(),
        partial: def.partial.clone(),
    }
}

/// The API's description: an `https` server, and error envelope fields named once each.
pub(super) fn check_api(ctx: &mut Ctx, cp: &str, common: &CommonFile) {
    if !common.api.server.starts_with("https://") {
        ctx.err(
            cp,
            "api.server",
            format!(
                "the server \"{}\" must be an https:// URL (Truto requires HTTPS)",
                common.api.server
            ),
        );
    }
    let fields = &common.error_envelope.fields;
    for (i, f) in fields.iter().enumerate() {
        if fields[..i].iter().any(|g| g.name == f.name) {
            ctx.err(
                cp,
                format!("error_envelope.fields[{i}].name"),
                format!("error envelope field \"{}\" is declared twice", f.name),
            );
        }
    }
}

/// The groups some endpoint includes, each with its parameters as resolved on the first endpoint
/// that includes it (`includes[k]`: the groups endpoint `k` includes). A group's name becomes a
/// request field and its struct a type at the crate root, so both must be free; its parameters
/// are stored once for every endpoint, so none may have a type of one endpoint's own (an enum
/// or object array).
pub(super) fn resolve_groups(
    ctx: &mut Ctx,
    cp: &str,
    common: &CommonFile,
    endpoints: &[Endpoint],
    includes: &[Vec<String>],
    root_types: &[&str],
) -> Vec<Group> {
    let mut out = Vec::new();
    for (i, g) in common.parameter_groups.iter().enumerate() {
        let path = format!("parameter_groups[{i}].name");
        let including: Vec<&Endpoint> = endpoints
            .iter()
            .zip(includes)
            .filter(|(_, inc)| inc.contains(&g.name))
            .map(|(e, _)| e)
            .collect();
        let Some(first) = including.first() else {
            continue;
        };
        let type_name = naming::type_name(&g.name);
        if !naming::is_snake_ident(&g.name) || g.name == "parameters" {
            ctx.err(cp, &path, format!("parameter group \"{}\" names a request field: it must be a snake_case word other than `parameters`", g.name));
        } else if root_types.contains(&type_name.as_str())
            || root_types.contains(&format!("{type_name}Setters").as_str())
        {
            ctx.err(cp, &path, format!("parameter group \"{}\" would be the types `{type_name}` and `{type_name}Setters`, and one is already taken at the crate root; rename the group", g.name));
        }
        for e in &including {
            if e.params.iter().any(|p| p.rust == g.name) {
                let msg = format!(
                    "parameter group \"{}\" names the field that stores it, and {} has a parameter of that name; rename the group",
                    g.name, e.name
                );
                ctx.err(cp, &path, msg);
            }
        }
        let params: Vec<Param> = g
            .parameters
            .iter()
            .filter_map(|d| first.params.iter().find(|p| p.name == d.name).cloned())
            .collect();
        for (j, p) in params.iter().enumerate() {
            if matches!(p.ty, ParamTypeDef::Enum | ParamTypeDef::ObjectArray) {
                ctx.err(cp, format!("parameter_groups[{i}].parameters[{j}].type"), format!("\"{}\" is shared by every endpoint that includes the group, so its type cannot be one of an endpoint's own (enum, object_array); declare it on each endpoint instead", p.name));
            }
        }
        out.push(Group {
            name: g.name.clone(),
            type_name,
            params,
            endpoints: including.iter().map(|e| e.name.clone()).collect(),
        });
    }
    out
}
