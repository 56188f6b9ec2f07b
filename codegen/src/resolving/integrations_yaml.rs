//! `integrations.yaml`: display names, slugs and the Rust names derived from them; and resolving
//! references to integrations by display name.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::{Ctx, did_you_mean, nearest};
use crate::naming;
use crate::resolved::Integration;
use crate::written::{IntegrationDef, IntegrationsFile};

/// Checks every integration and gives each its Rust names.
pub(super) fn check_integrations(
    ctx: &mut Ctx,
    ip: &str,
    ints: &IntegrationsFile,
) -> Vec<Integration> {
    let mut checker = IntegrationChecker {
        ctx,
        file: ip,
        normalized: HashMap::new(),
        variants: HashMap::new(),
        ctors: HashMap::new(),
    };
    if ints.integrations.is_empty() {
        checker
            .ctx
            .err(ip, "integrations", "no integrations: list at least one");
    }
    ints.integrations
        .iter()
        .enumerate()
        .map(|(i, def)| checker.check(&format!("integrations[{i}]"), def))
        .collect()
}

/// The integrations checked so far, by lookup key and by Rust name.
struct IntegrationChecker<'a> {
    ctx: &'a mut Ctx,
    /// `integrations.yaml`'s path.
    file: &'a str,
    /// Name or slug, normalized for lookup → the display name it belongs to.
    normalized: HashMap<String, String>,
    /// `Integration` variant → display name.
    variants: HashMap<String, String>,
    /// `for_…` constructor suffix → display name.
    ctors: HashMap<String, String>,
}

impl IntegrationChecker<'_> {
    fn check(&mut self, path: &str, def: &IntegrationDef) -> Integration {
        let keys = self.check_name_and_slugs(path, def);
        self.check_lookalikes(def, keys);
        let variant = self.variant(path, def);
        let constructor = self.constructor(path, def);
        Integration {
            name: def.name.clone(),
            slugs: def.slugs.clone(),
            variant,
            constructor,
            note: def.note.clone(),
        }
    }

    /// Checks the name and the slugs; returns the lookup keys (name, then slugs) with their paths.
    fn check_name_and_slugs(&mut self, path: &str, def: &IntegrationDef) -> Vec<(String, String)> {
        let ip = self.file;
        if def.name.trim().is_empty() || def.name.trim() != def.name {
            self.ctx.err(
                ip,
                format!("{path}.name"),
                format!(
                    "integration name \"{}\" must be non-empty without surrounding spaces",
                    def.name
                ),
            );
        }
        if def.slugs.is_empty() {
            self.ctx.err(
                ip,
                format!("{path}.slugs"),
                format!(
                    "{} has no slug: list Truto's integration name for it",
                    def.name
                ),
            );
        }
        let mut keys = vec![(format!("{path}.name"), def.name.clone())];
        for (j, slug) in def.slugs.iter().enumerate() {
            let ok = !slug.is_empty()
                && slug
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
            if !ok {
                self.ctx.err(
                    ip,
                    format!("{path}.slugs[{j}]"),
                    format!("slug \"{slug}\" must be lowercase letters, digits, `-` or `_`"),
                );
            }
            keys.push((format!("{path}.slugs[{j}]"), slug.clone()));
        }
        keys
    }

    /// No two integrations may look alike to `Integration::from_str`.
    fn check_lookalikes(&mut self, def: &IntegrationDef, keys: Vec<(String, String)>) {
        let mut own = HashSet::new();
        for (kpath, key) in keys {
            let n: String = key
                .chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect();
            if !own.insert(n.clone()) {
                continue;
            }
            if let Some(other) = self.normalized.get(&n) {
                self.ctx.err(self.file, kpath, format!("\"{key}\" looks the same as integration \"{other}\" when spaces, punctuation and case are ignored; lookups would be ambiguous"));
            } else {
                self.normalized.insert(n, def.name.clone());
            }
        }
    }

    /// The `Integration` variant: valid and unique.
    fn variant(&mut self, path: &str, def: &IntegrationDef) -> String {
        let variant = def
            .rust_name
            .clone()
            .unwrap_or_else(|| naming::integration_variant(&def.name));
        if !naming::is_type_ident(&variant) {
            self.ctx.err(
                self.file,
                format!("{path}.name"),
                format!(
                    "\"{variant}\" is not a valid Rust type name for {}: set `rust_name`",
                    def.name
                ),
            );
        } else if let Some(other) = self.variants.insert(variant.clone(), def.name.clone()) {
            self.ctx.err(
                self.file,
                format!("{path}.name"),
                format!(
                    "{} and {other} both become `Integration::{variant}`: set `rust_name` on one",
                    def.name
                ),
            );
        }
        variant
    }

    /// The `for_…` constructor suffix: valid and unique.
    fn constructor(&mut self, path: &str, def: &IntegrationDef) -> String {
        let ctor = def
            .constructor
            .clone()
            .unwrap_or_else(|| naming::integration_constructor(&def.name));
        if !naming::is_snake_ident(&ctor) {
            self.ctx.err(
                self.file,
                format!("{path}.name"),
                format!(
                    "\"{ctor}\" is not a valid snake_case name for {}: set `constructor`",
                    def.name
                ),
            );
        } else if let Some(other) = self.ctors.insert(ctor.clone(), def.name.clone()) {
            self.ctx.err(self.file, format!("{path}.name"), format!("{} and {other} both get constructors named `for_{ctor}`: set `constructor` on one", def.name));
        }
        ctor
    }
}

/// Integrations by exact display name, for resolving references.
pub(super) struct Names {
    by_name: HashMap<String, usize>,
    names: Vec<String>,
}

/// Where a list of integration names sits, and which integrations it may name.
pub(super) struct NameList<'a> {
    pub(super) file: &'a str,
    /// YAML path of the list.
    pub(super) path: &'a str,
    /// The list's name in messages, e.g. `required_in`.
    pub(super) what: &'a str,
    /// When set, the list may only name these, called this in messages (the endpoint's
    /// `integrations`, say).
    pub(super) allowed: Option<(&'a [usize], &'a str)>,
}

impl Names {
    pub(super) fn new(integrations: &[Integration]) -> Names {
        Names {
            by_name: integrations
                .iter()
                .enumerate()
                .map(|(i, x)| (x.name.clone(), i))
                .collect(),
            names: integrations.iter().map(|x| x.name.clone()).collect(),
        }
    }

    pub(super) fn resolve(
        &self,
        ctx: &mut Ctx,
        file: &str,
        path: &str,
        name: &str,
    ) -> Option<usize> {
        if let Some(&i) = self.by_name.get(name) {
            return Some(i);
        }
        let hint = did_you_mean(nearest(name, self.names.iter().map(String::as_str)));
        ctx.err(
            file,
            path,
            format!("unknown integration \"{name}\"{hint}; integrations are declared in integrations.yaml"),
        );
        None
    }

    pub(super) fn resolve_list(
        &self,
        ctx: &mut Ctx,
        list: &NameList<'_>,
        names: &[String],
    ) -> Vec<usize> {
        let NameList {
            file,
            path,
            what,
            allowed,
        } = *list;
        let mut out = Vec::new();
        for (i, name) in names.iter().enumerate() {
            let item_path = format!("{path}[{i}]");
            let Some(idx) = self.resolve(ctx, file, &item_path, name) else {
                continue;
            };
            if out.contains(&idx) {
                ctx.err(
                    file,
                    &item_path,
                    format!("\"{name}\" is listed twice in {what}"),
                );
                continue;
            }
            if let Some((allowed, allowed_what)) = allowed
                && !allowed.contains(&idx)
            {
                ctx.err(
                    file,
                    &item_path,
                    format!("\"{name}\" is in {what} but not in {allowed_what}; add it there or remove it here"),
                );
                continue;
            }
            out.push(idx);
        }
        out
    }

    /// A map from a source to the integrations it vouches for (`integration_sources`, a
    /// parameter's `sources`, `partial_in`): each integration under one source only, and only
    /// those in `allowed` (named `allowed_what` in messages).
    pub(super) fn resolve_sources(
        &self,
        ctx: &mut Ctx,
        list: &NameList<'_>,
        sources: &BTreeMap<String, Vec<String>>,
    ) -> Vec<(usize, String)> {
        let mut out: Vec<(usize, String)> = Vec::new();
        for (source, names) in sources {
            let path = format!("{}.{source}", list.path);
            if source.trim().is_empty() {
                ctx.err(
                    list.file,
                    &path,
                    "a source must say where the facts come from",
                );
            }
            let one = NameList {
                path: &path,
                ..*list
            };
            for idx in self.resolve_list(ctx, &one, names) {
                if let Some((_, other)) = out.iter().find(|(i, _)| *i == idx) {
                    ctx.err(
                        list.file,
                        &path,
                        format!(
                            "{} is already under the source \"{other}\" in {}; give each integration one source",
                            self.names[idx],
                            list.what
                        ),
                    );
                    continue;
                }
                out.push((idx, source.clone()));
            }
        }
        out.sort();
        out
    }
}
