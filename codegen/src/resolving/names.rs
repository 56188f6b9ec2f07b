//! Rust-name collisions across files: types the runtime reserves, endpoint names, the request
//! types at the crate root, and endpoint modules.

use std::collections::{HashMap, HashSet};

use super::Ctx;
use crate::reserved::ROOT_RESERVED;
use crate::resolved::Endpoint;

/// No model file may declare a type the runtime exports.
pub(super) fn check_reserved_types(ctx: &mut Ctx, model_names: &HashMap<String, String>) {
    for name in model_names.keys() {
        if ROOT_RESERVED.contains(&name.as_str()) {
            ctx.err(
                "models/",
                "",
                format!("type name `{name}` is reserved by the runtime; rename it"),
            );
        }
    }
}

/// The endpoint names and crate-root type names taken so far.
pub(super) struct RootNames {
    /// Endpoint name → file.
    endpoint_names: HashMap<String, String>,
    /// Type name → file; starts with the model files' types.
    root_types: HashMap<String, String>,
}

impl RootNames {
    pub(super) fn new(model_names: &HashMap<String, String>) -> RootNames {
        RootNames {
            endpoint_names: HashMap::new(),
            root_types: model_names
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        }
    }

    /// The endpoint's name is unique, and its request type is free at the root.
    pub(super) fn check_endpoint(&mut self, ctx: &mut Ctx, fp: &str, e: &Endpoint) {
        if let Some(other) = self.endpoint_names.insert(e.name.clone(), fp.to_string()) {
            ctx.err(
                fp,
                "name",
                format!("endpoint \"{}\" is already declared in {other}", e.name),
            );
        }
        for t in [e.rust_name.clone()] {
            if ROOT_RESERVED.contains(&t.as_str()) {
                ctx.err(
                    fp,
                    "rust_name",
                    format!("`{t}` is reserved by the runtime; choose another rust_name"),
                );
            } else if let Some(other) = self.root_types.insert(t.clone(), fp.to_string()) {
                ctx.err(
                    fp,
                    "rust_name",
                    format!(
                        "`{t}` is already a type declared in {other}; choose another rust_name"
                    ),
                );
            }
        }
    }
}

/// Every endpoint gets its own module.
pub(super) fn check_modules(ctx: &mut Ctx, endpoints: &[Endpoint]) {
    let mut modules = HashSet::new();
    for e in endpoints {
        if !modules.insert(e.module.clone()) {
            ctx.err(
                &e.file,
                "name",
                format!(
                    "endpoint module `{}` is taken by another endpoint; rename the endpoint",
                    e.module
                ),
            );
        }
    }
}
