//! `models/*.yaml`: response models, their fields and the enum types they declare.

use std::collections::{HashMap, HashSet};

use super::values::check_enum_values;
use super::{Ctx, SourceFile, did_you_mean, nearest};
use crate::naming;
use crate::reserved::MODEL_RESERVED;
use crate::resolved::{Model, ModelField, ModelFile};
use crate::written::{ModelDef, ModelFieldDef, ModelTypeDef, ModelsFile};

/// The checked models, and the type names they declare.
pub(super) struct Models {
    pub(super) files: Vec<ModelFile>,
    /// Every type the model files declare (models, then enum types) → its file.
    pub(super) names: HashMap<String, String>,
    /// The model names alone, for suggestions.
    pub(super) all: Vec<String>,
}

/// Checks every model file: model names first (so fields can refer to any model), then each
/// file's models and fields.
pub(super) fn check_models(ctx: &mut Ctx, model_files: &[(&SourceFile, ModelsFile)]) -> Models {
    let names = declared_models(ctx, model_files);
    let all: Vec<String> = names.keys().cloned().collect();
    let mut checker = ModelChecker {
        ctx,
        names,
        all,
        modules: HashSet::new(),
    };
    let files = model_files
        .iter()
        .map(|(file, mf)| checker.check_file(&file.path, mf))
        .collect();
    Models {
        files,
        names: checker.names,
        all: checker.all,
    }
}

/// Model names: UpperCamelCase and declared once across files. Returns name → file.
fn declared_models(
    ctx: &mut Ctx,
    model_files: &[(&SourceFile, ModelsFile)],
) -> HashMap<String, String> {
    let mut model_names: HashMap<String, String> = HashMap::new();
    for (file, mf) in model_files {
        for (i, m) in mf.models.iter().enumerate() {
            if !naming::is_type_ident(&m.name) {
                ctx.err(
                    &file.path,
                    format!("models[{i}].name"),
                    format!(
                        "model name \"{}\" must be an UpperCamelCase Rust type name",
                        m.name
                    ),
                );
            }
            if let Some(other) = model_names.insert(m.name.clone(), file.path.clone()) {
                ctx.err(
                    &file.path,
                    format!("models[{i}].name"),
                    format!("model \"{}\" is already declared in {other}", m.name),
                );
            }
        }
    }
    model_names
}

/// Where a model field is: its file, its YAML path and its model's name.
struct FieldAt<'a> {
    file: &'a str,
    path: String,
    model: &'a str,
}

struct ModelChecker<'a> {
    ctx: &'a mut Ctx,
    /// Type name → file; enum types are added as fields are checked.
    names: HashMap<String, String>,
    /// The model names alone, for suggestions.
    all: Vec<String>,
    /// Module names taken by model files.
    modules: HashSet<String>,
}

impl ModelChecker<'_> {
    fn check_file(&mut self, fp: &str, mf: &ModelsFile) -> ModelFile {
        let stem = fp.trim_start_matches("models/").trim_end_matches(".yaml");
        let module = naming::module_name(stem);
        if !self.modules.insert(module.clone()) || module.is_empty() {
            self.ctx.err(
                fp,
                "",
                format!("model file name gives the module `{module}`, which is empty or taken"),
            );
        }
        let models = mf
            .models
            .iter()
            .enumerate()
            .map(|(i, m)| self.check_model(fp, i, m))
            .collect();
        ModelFile {
            file: fp.to_string(),
            module,
            models,
        }
    }

    fn check_model(&mut self, fp: &str, i: usize, m: &ModelDef) -> Model {
        let mut fields = Vec::new();
        let mut rust_names = HashSet::new();
        for (j, f) in m.fields.iter().enumerate() {
            let at = FieldAt {
                file: fp,
                path: format!("models[{i}].fields[{j}]"),
                model: &m.name,
            };
            if let Some(field) = self.check_field(&at, f, &mut rust_names) {
                fields.push(field);
            }
        }
        Model {
            name: m.name.clone(),
            description: m.description.clone(),
            source: m.source.clone(),
            fields,
        }
    }

    /// `None` when the field has no valid Rust name (it is then left out).
    fn check_field(
        &mut self,
        at: &FieldAt<'_>,
        f: &ModelFieldDef,
        rust_names: &mut HashSet<String>,
    ) -> Option<ModelField> {
        let (fp, path) = (at.file, at.path.as_str());
        let rust = f.rust_name.clone().or_else(|| naming::field_name(&f.name));
        let Some(rust) = rust else {
            self.ctx.err(
                fp,
                format!("{path}.name"),
                format!(
                    "\"{}\" is not a valid Rust field name: set `rust_name`",
                    f.name
                ),
            );
            return None;
        };
        if MODEL_RESERVED.contains(&rust.as_str()) || !rust_names.insert(rust.clone()) {
            self.ctx.err(fp, format!("{path}.name"), format!("field \"{}\" of {} collides with another field named `{rust}` after Rust naming (`extra` and `decode_warnings` are reserved)", f.name, at.model));
        }
        let is_enum = f.ty == ModelTypeDef::Enum;
        check_enum_values(self.ctx, fp, path, &f.values);
        if is_enum && f.values.is_empty() {
            self.ctx.err(
                fp,
                format!("{path}.values"),
                format!("enum field \"{}\" needs `values`", f.name),
            );
        }
        if !is_enum && (!f.values.is_empty() || f.enum_rust_name.is_some()) {
            self.ctx.err(
                fp,
                format!("{path}.values"),
                format!(
                    "`values` and `enum_rust_name` are only for enum fields; \"{}\" is not an enum",
                    f.name
                ),
            );
        }
        let type_name = self.field_type_name(at, f, &rust);
        if let Some(t) = &type_name
            && is_enum
        {
            self.declare_enum_type(at, t);
        }
        Some(ModelField {
            name: f.name.clone(),
            rust,
            ty: f.ty,
            description: f.description.clone(),
            required: f.required,
            values: f.values.clone(),
            type_name,
        })
    }

    /// The enum type (enum fields) or the item model (object arrays), checked.
    fn field_type_name(
        &mut self,
        at: &FieldAt<'_>,
        f: &ModelFieldDef,
        rust: &str,
    ) -> Option<String> {
        let (fp, path) = (at.file, at.path.as_str());
        let is_enum = f.ty == ModelTypeDef::Enum;
        let is_array = f.ty == ModelTypeDef::ObjectArray;
        let is_object = f.ty == ModelTypeDef::Object;
        match (is_array || is_object, &f.item) {
            (true, None) if is_object => None,
            (true, None) => {
                self.ctx.err(
                    fp,
                    path,
                    format!(
                        "object_array field \"{}\" needs `item:` (a model name)",
                        f.name
                    ),
                );
                None
            }
            (true, Some(item)) => {
                if !self.names.contains_key(item) {
                    let hint = did_you_mean(nearest(item, self.all.iter().map(String::as_str)));
                    self.ctx.err(
                        fp,
                        format!("{path}.item"),
                        format!("unknown model \"{item}\"{hint}"),
                    );
                }
                Some(item.clone())
            }
            (false, Some(_)) => {
                self.ctx.err(
                    fp,
                    format!("{path}.item"),
                    format!(
                        "`item` is only for object and object_array fields; \"{}\" is not one",
                        f.name
                    ),
                );
                None
            }
            (false, None) if is_enum => Some(
                f.enum_rust_name
                    .clone()
                    .unwrap_or_else(|| format!("{}{}", at.model, naming::type_name(rust))),
            ),
            _ => None,
        }
    }

    /// An enum field's type: a valid Rust type name, unique among the model files' types.
    fn declare_enum_type(&mut self, at: &FieldAt<'_>, t: &str) {
        let (fp, path) = (at.file, at.path.as_str());
        if !naming::is_type_ident(t) {
            self.ctx
                .err(fp, path, format!("\"{t}\" is not a valid Rust type name"));
        } else if let Some(other) = self.names.insert(t.to_string(), fp.to_string()) {
            self.ctx.err(
                fp,
                path,
                format!(
                    "enum type `{t}` collides with a type declared in {other}: set `enum_rust_name`"
                ),
            );
        }
    }
}
