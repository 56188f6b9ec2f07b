//! An endpoint's parameters: its own and those of the groups it includes.

use std::collections::{HashMap, HashSet};

use serde_json::Value;

use super::endpoint::{EndpointCtx, ParamSource};
use super::integrations_yaml::NameList;
use super::values::{check_enum_values, check_value, yaml_to_json};
use super::{did_you_mean, nearest};
use crate::naming;
use crate::reserved::REQUEST_METHODS;
use crate::resolved::{Location, Param, ParamTypeDef, RoleDef, SubField};
use crate::written::AssumedDef;

/// The parameters checked so far on one endpoint.
struct ParamsSoFar {
    params: Vec<Param>,
    /// Type names taken in the endpoint's module → what takes them.
    type_names: HashMap<String, String>,
    roles: HashSet<RoleDef>,
}

impl<'a> EndpointCtx<'a> {
    /// The endpoint's own parameters, then those of its `include`d groups.
    pub(super) fn parameter_sources(&mut self) -> Vec<ParamSource<'a>> {
        let (fp, ef, catalog) = (self.fp, self.ef, self.catalog);
        let mut sources: Vec<ParamSource<'a>> = ef
            .parameters
            .iter()
            .enumerate()
            .map(|(i, p)| ParamSource {
                file: fp,
                path: format!("parameters[{i}]"),
                def: p,
            })
            .collect();
        for (i, g) in ef.include.iter().enumerate() {
            match catalog.groups.get(g) {
                Some((gi, group)) => {
                    if ef.include[..i].contains(g) {
                        self.ctx.err(
                            fp,
                            format!("include[{i}]"),
                            format!("parameter group \"{g}\" is included twice"),
                        );
                        continue;
                    }
                    sources.extend(
                        group
                            .parameters
                            .iter()
                            .enumerate()
                            .map(|(j, p)| ParamSource {
                                file: catalog.common_path,
                                path: format!("parameter_groups[{gi}].parameters[{j}]"),
                                def: p,
                            }),
                    );
                }
                None => {
                    let hint = did_you_mean(nearest(g, catalog.groups.keys().map(String::as_str)));
                    self.ctx.err(
                        fp,
                        format!("include[{i}]"),
                        format!(
                            "unknown parameter group \"{g}\"{hint}; groups are declared in common.yaml"
                        ),
                    );
                }
            }
        }
        sources
    }
}

impl EndpointCtx<'_> {
    /// Checks and resolves the parameters; returns them with the type names they take in the
    /// endpoint's module (rules add theirs).
    pub(super) fn check_params(
        &mut self,
        sources: &[ParamSource<'_>],
    ) -> (Vec<Param>, HashMap<String, String>) {
        let ef = self.ef;
        let mut so_far = ParamsSoFar {
            params: Vec::new(),
            type_names: HashMap::new(),
            roles: HashSet::new(),
        };
        so_far
            .type_names
            .insert(ef.rust_name.clone(), "the request type".into());
        for name in crate::reserved::ENDPOINT_IMPORTS {
            so_far
                .type_names
                .insert(name.to_string(), "a name the generated file imports".into());
        }
        for src in sources {
            if let Some(p) = self.check_param(src, &mut so_far) {
                so_far.params.push(p);
            }
        }
        (so_far.params, so_far.type_names)
    }

    /// One parameter; `None` when it is declared twice or has no valid Rust name.
    fn check_param(&mut self, src: &ParamSource<'_>, so_far: &mut ParamsSoFar) -> Option<Param> {
        let ParamSource { file, path, def } = src;
        let (file, path, def) = (*file, path.as_str(), *def);
        if so_far.params.iter().any(|p| p.name == def.name) {
            self.ctx.err(
                file,
                format!("{path}.name"),
                format!(
                    "parameter \"{}\" is declared twice on {} (check `include`)",
                    def.name, self.ef.name
                ),
            );
            return None;
        }
        let rust = self.rust_field(src, &so_far.params)?;
        let required_in = self.integration_list(src, "required_in", def.required_in.as_deref());
        let supported_in = self.integration_list(src, "supported_in", def.supported_in.as_deref());
        self.check_requirement_lists(src, &required_in, &supported_in);
        let listed: Vec<usize> = required_in.iter().chain(&supported_in).copied().collect();
        let sources = self.catalog.names.resolve_sources(
            self.ctx,
            &NameList {
                file,
                path: &format!("{path}.sources"),
                what: "sources",
                allowed: Some((&listed, "its required_in / supported_in")),
            },
            &def.sources,
        );
        let notes = self.check_notes(src);
        self.check_shape(src);
        let fields = self.check_sub_fields(src);
        let type_name = self.param_type_name(src, &rust, &mut so_far.type_names);
        self.check_role_and_flag(src, &mut so_far.roles);
        let example = self.checked_value(src, "example", &def.example, &fields);
        let default = self.checked_value(src, "default", &def.default, &fields);
        if (def.required || !required_in.is_empty()) && example.is_none() {
            self.ctx.err(file, path, format!("\"{}\" is required somewhere, so it needs an `example` (used for the generated minimal valid requests)", def.name));
        }
        Some(Param {
            name: def.name.clone(),
            rust,
            location: def.location,
            ty: def.ty,
            description: def.description.clone(),
            required: def.required,
            all_integrations: def.required_in.is_none() && def.supported_in.is_none(),
            required_in,
            supported_in,
            notes,
            values: def.values.clone(),
            fields,
            type_name,
            example,
            default,
            role: def.role,
            irreversible: def.irreversible,
            assumed: def
                .assumed
                .iter()
                .map(|a| match a {
                    AssumedDef::Name => "name",
                    AssumedDef::Type => "type",
                    AssumedDef::Location => "location",
                    AssumedDef::SupportedIn => "supported_in",
                })
                .collect(),
            source: def.source.clone(),
            sources,
        })
    }

    /// The Rust field (and setter) name: valid, not a generated method, unique on the endpoint.
    fn rust_field(&mut self, src: &ParamSource<'_>, params: &[Param]) -> Option<String> {
        let (file, path, def) = (src.file, &src.path, src.def);
        let Some(rust) = def
            .rust_name
            .clone()
            .or_else(|| naming::field_name(&def.name))
        else {
            self.ctx.err(
                file,
                format!("{path}.name"),
                format!(
                    "\"{}\" is not a valid Rust field name: set `rust_name`",
                    def.name
                ),
            );
            return None;
        };
        // A `rust_name` given in the spec must itself be a field name (not empty, not a keyword).
        if def.rust_name.is_some() && naming::field_name(&rust).as_deref() != Some(rust.as_str()) {
            self.ctx.err(
                file,
                format!("{path}.rust_name"),
                format!(
                    "`rust_name` {rust:?} of \"{}\" is not a valid Rust field name: use snake_case letters, digits and `_`, not a keyword",
                    def.name
                ),
            );
            // Kept, so that what refers to the parameter is still checked; nothing is emitted
            // from a spec with errors.
        }
        if REQUEST_METHODS.contains(&rust.as_str()) || rust.starts_with("for_") {
            self.ctx.err(file, format!("{path}.name"), format!("parameter \"{}\" would get the setter `{rust}`, which collides with a generated method: set `rust_name`", def.name));
        }
        if let Some(other) = params.iter().find(|p| p.rust == rust) {
            self.ctx.err(file, format!("{path}.name"), format!("parameters \"{}\" and \"{}\" both become the Rust field `{rust}`: set `rust_name` on one", def.name, other.name));
        }
        Some(rust)
    }

    /// `required_in` or `supported_in`, resolved against the endpoint's integrations.
    fn integration_list(
        &mut self,
        src: &ParamSource<'_>,
        what: &str,
        list: Option<&[String]>,
    ) -> Vec<usize> {
        list.map(|l| {
            self.catalog.names.resolve_list(
                self.ctx,
                &NameList {
                    file: src.file,
                    path: &format!("{}.{what}", src.path),
                    what,
                    allowed: Some((&self.integrations, "this endpoint's `integrations`")),
                },
                l,
            )
        })
        .unwrap_or_default()
    }

    /// An integration is in at most one of the lists, and `required: true` takes no lists.
    fn check_requirement_lists(
        &mut self,
        src: &ParamSource<'_>,
        required_in: &[usize],
        supported_in: &[usize],
    ) {
        let (file, path, def) = (src.file, &src.path, src.def);
        for (k, i) in supported_in.iter().enumerate() {
            if required_in.contains(i) {
                let sname = def
                    .supported_in
                    .as_ref()
                    .map(|l| l[k].clone())
                    .unwrap_or_default();
                let pos = def
                    .supported_in
                    .as_ref()
                    .and_then(|l| l.iter().position(|n| *n == sname))
                    .unwrap_or(k);
                self.ctx.err(file, format!("{path}.supported_in[{pos}]"), format!("\"{sname}\" is in both required_in and supported_in of \"{}\"; keep it in one", def.name));
            }
        }
        if def.required && (def.required_in.is_some() || def.supported_in.is_some()) {
            self.ctx.err(file, format!("{path}.required"), format!("\"{}\" is `required: true` for every integration, so it cannot also have required_in / supported_in lists", def.name));
        }
    }

    /// Per-integration notes, for this endpoint's integrations, in integration order.
    fn check_notes(&mut self, src: &ParamSource<'_>) -> Vec<(usize, String)> {
        let (file, path, def) = (src.file, &src.path, src.def);
        let mut notes = Vec::new();
        for (integration, text) in &def.notes {
            if let Some(i) = self.catalog.names.resolve(
                self.ctx,
                file,
                &format!("{path}.notes.{integration}"),
                integration,
            ) {
                if !self.integrations.contains(&i) {
                    self.ctx.err(file, format!("{path}.notes.{integration}"), format!("note for \"{integration}\", which is not in this endpoint's `integrations`"));
                }
                notes.push((i, text.clone()));
            }
        }
        notes.sort_by_key(|(i, _)| *i);
        notes
    }

    /// What goes with the type: path parameters are required strings, enums have values, object
    /// arrays have fields.
    fn check_shape(&mut self, src: &ParamSource<'_>) {
        let (file, path, def) = (src.file, src.path.as_str(), src.def);
        if def.location == Location::Path && (!def.required || def.ty != ParamTypeDef::String) {
            self.ctx.err(
                file,
                path,
                format!(
                    "path parameter \"{}\" must be `type: string` and `required: true`",
                    def.name
                ),
            );
        }
        let is_enum = def.ty == ParamTypeDef::Enum;
        if is_enum && def.values.is_empty() {
            self.ctx.err(
                file,
                format!("{path}.values"),
                format!("enum parameter \"{}\" needs `values`", def.name),
            );
        }
        if !is_enum && !def.values.is_empty() {
            self.ctx.err(
                file,
                format!("{path}.values"),
                format!(
                    "`values` is only for enum parameters; \"{}\" is {:?}",
                    def.name, def.ty
                ),
            );
        }
        check_enum_values(self.ctx, file, path, &def.values);
        let is_array = def.ty == ParamTypeDef::ObjectArray;
        if is_array && def.fields.is_empty() {
            self.ctx.err(
                file,
                format!("{path}.fields"),
                format!("object_array parameter \"{}\" needs `fields`", def.name),
            );
        }
        if !is_array && (!def.fields.is_empty() || def.item_rust_name.is_some()) {
            self.ctx.err(file, format!("{path}.fields"), format!("`fields` and `item_rust_name` are only for object_array parameters; \"{}\" is not one", def.name));
        }
    }

    /// An object array's sub-fields, each with a valid, unique Rust name.
    fn check_sub_fields(&mut self, src: &ParamSource<'_>) -> Vec<SubField> {
        let (file, path, def) = (src.file, &src.path, src.def);
        let mut fields = Vec::new();
        for (k, f) in def.fields.iter().enumerate() {
            match naming::field_name(&f.name) {
                Some(r) if !fields.iter().any(|x: &SubField| x.rust == r) => {
                    fields.push(SubField {
                        name: f.name.clone(),
                        rust: r,
                        ty: f.ty,
                        description: f.description.clone(),
                    })
                }
                _ => self.ctx.err(
                    file,
                    format!("{path}.fields[{k}].name"),
                    format!(
                        "sub-field \"{}\" is not a valid, unique Rust field name",
                        f.name
                    ),
                ),
            }
        }
        fields
    }

    /// The enum type (enum parameters) or item type (object arrays): valid and unique in the
    /// endpoint's module.
    fn param_type_name(
        &mut self,
        src: &ParamSource<'_>,
        rust: &str,
        type_names: &mut HashMap<String, String>,
    ) -> Option<String> {
        let (file, path, def) = (src.file, &src.path, src.def);
        let type_name = match def.ty {
            ParamTypeDef::Enum => Some(naming::type_name(rust)),
            ParamTypeDef::ObjectArray => Some(
                def.item_rust_name
                    .clone()
                    .unwrap_or_else(|| format!("{}Item", naming::type_name(rust))),
            ),
            _ => None,
        };
        if let Some(t) = &type_name {
            if !naming::is_type_ident(t) {
                self.ctx.err(
                    file,
                    format!("{path}.name"),
                    format!("\"{t}\" is not a valid Rust type name"),
                );
            } else if let Some(other) =
                type_names.insert(t.clone(), format!("parameter \"{}\"", def.name))
            {
                self.ctx.err(
                    file,
                    format!("{path}.name"),
                    format!("the type `{t}` for \"{}\" collides with {other}", def.name),
                );
            }
        }
        type_name
    }

    /// A role is given to one parameter only; only a boolean flag can be `irreversible`.
    fn check_role_and_flag(&mut self, src: &ParamSource<'_>, roles: &mut HashSet<RoleDef>) {
        let (file, path, def) = (src.file, &src.path, src.def);
        if let Some(role) = def.role
            && !roles.insert(role)
        {
            self.ctx.err(
                file,
                format!("{path}.role"),
                format!(
                    "role {role:?} is given to two parameters of {}",
                    self.ef.name
                ),
            );
        }
        if def.irreversible && def.ty != ParamTypeDef::Boolean {
            self.ctx.err(
                file,
                format!("{path}.irreversible"),
                format!(
                    "only a boolean flag can be `irreversible` (it makes a call permanent when true); \"{}\" is not boolean",
                    def.name
                ),
            );
        }
    }

    /// An `example` or `default`, as JSON, checked against the parameter's type.
    fn checked_value(
        &mut self,
        src: &ParamSource<'_>,
        key: &str,
        value: &Option<serde_yaml::Value>,
        fields: &[SubField],
    ) -> Option<Value> {
        let (file, path, def) = (src.file, &src.path, src.def);
        let value = value.as_ref()?;
        match yaml_to_json(value) {
            Ok(v) => {
                if let Err(m) = check_value(&v, def, fields, self.catalog.formats) {
                    self.ctx.err(
                        file,
                        format!("{path}.{key}"),
                        format!("{key} of \"{}\" {m}", def.name),
                    );
                }
                Some(v)
            }
            Err(m) => {
                self.ctx.err(file, format!("{path}.{key}"), m);
                None
            }
        }
    }
}
