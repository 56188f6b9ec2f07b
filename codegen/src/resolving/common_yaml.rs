//! `common.yaml`: the response formats and the shared parameter groups.

use std::collections::BTreeMap;

use super::Ctx;
use crate::naming;
use crate::resolved::{ListEnvelope, ResponseFormat};
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
