//! Value checks: enum values as Rust variants, and examples and defaults against their
//! parameter's declared type.

use serde_json::Value;

use super::{Ctx, did_you_mean, nearest};
use crate::naming;
use crate::resolved::SubField;
use crate::written::{ParamDef, ParamTypeDef, SubFieldTypeDef};

pub(super) fn yaml_to_json(v: &serde_yaml::Value) -> Result<Value, String> {
    serde_json::to_value(v).map_err(|e| format!("cannot be read as JSON: {e}"))
}

fn is_uuid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.chars().all(|c| c.is_ascii_hexdigit()))
}
/// Enum values must be distinct as Rust variants too, and leave `Unknown` for unknown values.
pub(super) fn check_enum_values(ctx: &mut Ctx, file: &str, path: &str, values: &[String]) {
    let mut seen: Vec<(String, &str)> = Vec::new();
    for (k, v) in values.iter().enumerate() {
        let variant = naming::variant_name(v);
        let message = if variant.is_empty() || !naming::is_type_ident(&variant) {
            format!("value \"{v}\" does not make a Rust variant name")
        } else if variant == "Unknown" {
            format!(
                "value \"{v}\" would become `Unknown`, which holds values the spec does not know"
            )
        } else if let Some((_, other)) = seen.iter().find(|(x, _)| *x == variant) {
            format!("values \"{other}\" and \"{v}\" both become the variant `{variant}`")
        } else {
            seen.push((variant, v));
            continue;
        };
        ctx.err(file, format!("{path}.values[{k}]"), message);
    }
}

/// Checks an example or default value against the parameter's declared type.
pub(super) fn check_value(
    v: &Value,
    def: &ParamDef,
    fields: &[SubField],
    formats: &[String],
) -> Result<(), String> {
    if def.ty == ParamTypeDef::Enum && def.values.is_empty() {
        // Already reported: an enum without values.
        return Ok(());
    }
    let text = |what: &str| -> Result<&str, String> {
        v.as_str()
            .ok_or_else(|| format!("must be {what}, found {v}; quote it if it looks like a number"))
    };
    match def.ty {
        ParamTypeDef::String => text("a string").map(|_| ()),
        ParamTypeDef::Uuid => {
            let s = text("a string")?;
            if is_uuid(s) {
                Ok(())
            } else {
                Err(format!("\"{s}\" is not a hyphenated UUID"))
            }
        }
        ParamTypeDef::Boolean => v
            .as_bool()
            .map(|_| ())
            .ok_or_else(|| format!("must be true or false, found {v}")),
        ParamTypeDef::Integer => v
            .as_u64()
            .map(|_| ())
            .ok_or_else(|| format!("must be a whole number of at least 0, found {v}")),
        ParamTypeDef::Enum => {
            let s = text("a string")?;
            if def.values.iter().any(|x| x == s) {
                Ok(())
            } else {
                Err(format!(
                    "\"{s}\" is not one of its values ({})",
                    def.values.join(", ")
                ))
            }
        }
        ParamTypeDef::ResponseFormat => {
            let s = text("a string")?;
            if formats.iter().any(|x| x == s) {
                Ok(())
            } else {
                Err(format!(
                    "\"{s}\" is not a response format ({})",
                    formats.join(", ")
                ))
            }
        }
        ParamTypeDef::StringArray => match v.as_array() {
            Some(a) if a.iter().all(Value::is_string) => Ok(()),
            _ => Err(format!("must be a list of strings, found {v}")),
        },
        ParamTypeDef::Object => v
            .as_object()
            .map(|_| ())
            .ok_or_else(|| format!("must be a mapping, found {v}")),
        ParamTypeDef::ObjectArray => {
            let items = v
                .as_array()
                .ok_or_else(|| format!("must be a list of mappings, found {v}"))?;
            for item in items {
                let obj = item
                    .as_object()
                    .ok_or_else(|| format!("must be a list of mappings, found {item}"))?;
                for (k, x) in obj {
                    let Some(f) = fields.iter().find(|f| f.name == *k) else {
                        let hint = did_you_mean(nearest(k, fields.iter().map(|f| f.name.as_str())));
                        return Err(format!("has unknown sub-field \"{k}\"{hint}"));
                    };
                    let ok = match f.ty {
                        SubFieldTypeDef::String => x.is_string(),
                        SubFieldTypeDef::Boolean => x.is_boolean(),
                    };
                    if !ok {
                        return Err(format!("has sub-field \"{k}\" of the wrong type: {x}"));
                    }
                }
            }
            Ok(())
        }
    }
}
