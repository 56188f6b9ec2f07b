//! One endpoint file: its names and path, integrations, response formats and response; its
//! parameters are checked in `params`, its rules in `rules`, its offboarding in `offboarding`.

use std::collections::HashMap;

use super::common_yaml::Groups;
use super::integrations_yaml::{NameList, Names};
use super::offboarding::check_offboarding;
use super::{Ctx, did_you_mean, nearest};
use crate::reserved::CLIENT_METHODS;
use crate::resolved::{Deprecated, Endpoint, ListedBy, Location, Param, Revoke, Unnamed};
use crate::written::RevokeDef;
use crate::written::{EndpointFile, ParamDef, ScopeDef};
use crate::{MAX_PARAMETERS, naming};

/// What endpoints are checked against: everything declared outside the endpoint files.
/// A parameter definition and where it is written: the endpoint file or, for an included
/// group, `common.yaml`.
pub(super) struct ParamSource<'a> {
    pub(super) file: &'a str,
    /// YAML path of the parameter in `file`.
    pub(super) path: String,
    pub(super) def: &'a ParamDef,
}

pub(super) struct Catalog<'a> {
    pub(super) names: &'a Names,
    /// The response format names, from `common.yaml`.
    pub(super) formats: &'a [String],
    pub(super) groups: &'a Groups<'a>,
    /// `common.yaml`'s path (where included parameters are reported).
    pub(super) common_path: &'a str,
    /// Every type the model files declare → its file.
    pub(super) model_names: &'a HashMap<String, String>,
    /// The model names alone, for suggestions.
    pub(super) all_models: &'a [String],
}

/// One endpoint being checked.
pub(super) struct EndpointCtx<'a> {
    pub(super) ctx: &'a mut Ctx,
    pub(super) catalog: &'a Catalog<'a>,
    /// The endpoint file's path.
    pub(super) fp: &'a str,
    pub(super) ef: &'a EndpointFile,
    /// The endpoint's `integrations`, resolved.
    pub(super) integrations: Vec<usize>,
}

/// Checks and resolves one endpoint; `None` when it has any problem.
pub(super) fn check_endpoint(
    ctx: &mut Ctx,
    catalog: &Catalog<'_>,
    fp: &str,
    ef: &EndpointFile,
) -> Option<Endpoint> {
    let errors_before = ctx.errors.len();
    check_header(ctx, fp, ef);
    let integrations = catalog.names.resolve_list(
        ctx,
        &NameList {
            file: fp,
            path: "integrations",
            what: "integrations",
            allowed: None,
        },
        &ef.integrations,
    );
    let admin = ef.scope == ScopeDef::Admin;
    let unnamed = check_unnamed(ctx, fp, ef, admin);
    match (admin, ef.integrations.is_empty()) {
        (false, true) if unnamed.is_none() => ctx.err(
            fp,
            "integrations",
            "an endpoint needs at least one integration (or `unnamed_integrations` when the page gives only a count, or `scope: admin` when it is not called for an integrated account)",
        ),
        (true, false) => ctx.err(
            fp,
            "integrations",
            "an admin endpoint is not called for an integrated account: remove `integrations`",
        ),
        _ => {}
    }
    let integration_sources = catalog.names.resolve_sources(
        ctx,
        &NameList {
            file: fp,
            path: "integration_sources",
            what: "integration_sources",
            allowed: Some((&integrations, "this endpoint's `integrations`")),
        },
        &ef.integration_sources,
    );
    let partial_in = catalog.names.resolve_sources(
        ctx,
        &NameList {
            file: fp,
            path: "partial_in",
            what: "partial_in",
            allowed: Some((&integrations, "this endpoint's `integrations`")),
        },
        &ef.partial_in,
    );
    if !ef.partial_in.is_empty() && !ef.response.list {
        ctx.err(
            fp,
            "partial_in",
            "only a list endpoint (`response: {list: true}`) answers with partial items",
        );
    }
    let mut e = EndpointCtx {
        ctx,
        catalog,
        fp,
        ef,
        integrations,
    };
    let response_formats = e.check_response_formats();

    // Parameters: the endpoint's own, then the included groups'.
    let sources = e.parameter_sources();
    let (params, mut type_names) = e.check_params(&sources);
    e.check_path_params(&sources, &params);
    if params.len() > MAX_PARAMETERS {
        e.ctx.err(
            fp,
            "parameters",
            format!(
                "the endpoint has {} parameters (its own and its included groups'); at most {MAX_PARAMETERS} fit its presence sets (one bit each): split the endpoint",
                params.len()
            ),
        );
    }
    let rules = e.check_rules(&params, &mut type_names);
    if ef.response.list {
        // A list is read page by page, and dry runs may read: it must be a GET with a cursor.
        if ef.method.as_str() != "GET" {
            e.ctx.err(
                fp,
                "method",
                "a list endpoint (`response: {list: true}`) is read, page by page: its method is GET",
            );
        }
        if !params
            .iter()
            .any(|p| p.role == Some(crate::written::RoleDef::Cursor))
        {
            e.ctx.err(
                fp,
                "response.list",
                "a list endpoint needs a parameter with `role: cursor` (include the `paging` group) to follow its pages",
            );
        }
    }
    let offboarding = ef
        .offboarding
        .as_ref()
        .map(|o| check_offboarding(e.ctx, fp, o, &params));
    let revoke = ef
        .revoke
        .as_ref()
        .and_then(|r| check_revoke(e.ctx, fp, r, &params));
    let deprecated = e.check_deprecated();
    let wrapped = e.check_wrapped();
    let response_fields = e.check_response();

    let module = naming::module_name(&ef.name);
    if e.ctx.errors.len() > errors_before {
        return None;
    }
    Some(Endpoint {
        file: fp.to_string(),
        module,
        name: ef.name.clone(),
        rust_name: ef.rust_name.clone(),
        summary: ef.summary.clone(),
        method: ef.method.as_str(),
        path: ef.path.clone(),
        description: ef.description.clone(),
        source: ef.source.clone(),
        idempotent: ef.idempotent,
        irreversible: ef.irreversible,
        admin,
        integrations: e.integrations,
        integration_sources,
        partial_in,
        list: ef.response.list,
        response_formats,
        params,
        rules,
        offboarding,
        revoke,
        unnamed,
        deprecated,
        wrapped,
        response_model: ef.response.model.clone(),
        response_fields,
    })
}

/// The endpoint's name, its request type's name (and the client method derived from it) and
/// the shape of its path.
fn check_header(ctx: &mut Ctx, fp: &str, ef: &EndpointFile) {
    let valid_name = !ef.name.is_empty() && ef.name.split('.').all(naming::is_snake_ident);
    if !valid_name {
        ctx.err(
            fp,
            "name",
            format!(
                "endpoint name \"{}\" must be dotted snake_case, like users.delete",
                ef.name
            ),
        );
    }
    if CLIENT_METHODS.contains(&naming::snake(&ef.rust_name).as_str()) {
        ctx.err(
            fp,
            "rust_name",
            format!(
                "\"{}\" would give the client method `{}`, which the runtime already has",
                ef.rust_name,
                naming::snake(&ef.rust_name)
            ),
        );
    }
    if !naming::is_type_ident(&ef.rust_name) {
        ctx.err(
            fp,
            "rust_name",
            format!(
                "\"{}\" is not an UpperCamelCase Rust type name",
                ef.rust_name
            ),
        );
    }
    if !ef.path.starts_with('/') {
        ctx.err(
            fp,
            "path",
            format!("path \"{}\" must start with `/`", ef.path),
        );
    }
}

impl EndpointCtx<'_> {
    /// `response_formats`: declared in `common.yaml`, each once, at least one.
    fn check_response_formats(&mut self) -> Vec<String> {
        let (fp, formats) = (self.fp, self.catalog.formats);
        let mut response_formats = Vec::new();
        for (i, f) in self.ef.response_formats.iter().enumerate() {
            if !formats.contains(f) {
                let hint = did_you_mean(nearest(f, formats.iter().map(String::as_str)));
                self.ctx.err(
                    fp,
                    format!("response_formats[{i}]"),
                    format!(
                        "unknown response format \"{f}\"{hint}; formats are declared in common.yaml"
                    ),
                );
            } else if response_formats.contains(f) {
                self.ctx.err(
                    fp,
                    format!("response_formats[{i}]"),
                    format!("response format \"{f}\" is listed twice"),
                );
            } else {
                response_formats.push(f.clone());
            }
        }
        if self.ef.response_formats.is_empty() {
            self.ctx
                .err(fp, "response_formats", "list at least one response format");
        }
        response_formats
    }

    /// The path's placeholders and the path parameters must match.
    fn check_path_params(&mut self, sources: &[ParamSource<'_>], params: &[Param]) {
        let ef = self.ef;
        let placeholders: Vec<&str> = ef
            .path
            .split('{')
            .skip(1)
            .filter_map(|s| s.split_once('}').map(|(n, _)| n))
            .collect();
        for ph in &placeholders {
            if !params
                .iter()
                .any(|p| p.name == *ph && p.location == Location::Path)
            {
                self.ctx.err(
                    self.fp,
                    "path",
                    format!("the path has `{{{ph}}}` but no path parameter \"{ph}\" is declared"),
                );
            }
        }
        for ParamSource { file, path, def } in sources {
            if def.location == Location::Path && !placeholders.contains(&def.name.as_str()) {
                self.ctx.err(
                    file,
                    format!("{path}.in"),
                    format!(
                        "path parameter \"{}\" does not appear in the path `{}`",
                        def.name, ef.path
                    ),
                );
            }
        }
    }

    /// `response`: the model exists; each field's `supported_in` names this endpoint's
    /// integrations (the field names are checked against the model later, in
    /// `resolve_response_fields`).
    fn check_response(&mut self) -> Vec<(String, Vec<usize>)> {
        let (fp, ef) = (self.fp, self.ef);
        let model = &ef.response.model;
        let mut response_fields = Vec::new();
        if !self.catalog.model_names.contains_key(model) {
            let hint = did_you_mean(nearest(
                model,
                self.catalog.all_models.iter().map(String::as_str),
            ));
            self.ctx.err(
                fp,
                "response.model",
                format!("unknown model \"{model}\"{hint}"),
            );
        }
        for (field, list) in &ef.response.supported_in {
            let path = format!("response.supported_in.{field}");
            let ids = self.catalog.names.resolve_list(
                self.ctx,
                &NameList {
                    file: fp,
                    path: &path,
                    what: "the field's supported_in",
                    allowed: Some((&self.integrations, "this endpoint's `integrations`")),
                },
                list,
            );
            response_fields.push((field.clone(), ids));
        }
        response_fields
    }
}

/// `unnamed_integrations`: only for an endpoint called for an integrated account, and its count
/// is at least the names the endpoint lists.
fn check_unnamed(ctx: &mut Ctx, fp: &str, ef: &EndpointFile, admin: bool) -> Option<Unnamed> {
    let u = ef.unnamed_integrations.as_ref()?;
    if admin {
        ctx.err(
            fp,
            "unnamed_integrations",
            "an admin endpoint is not called for an integrated account: remove `unnamed_integrations`",
        );
    }
    if let Some(count) = u.count
        && (count as usize) <= ef.integrations.len()
    {
        ctx.err(
            fp,
            "unnamed_integrations.count",
            format!(
                "the page's count ({count}) must exceed the {} integrations named in `integrations`; when it names them all, remove `unnamed_integrations`",
                ef.integrations.len()
            ),
        );
    }
    if u.source.trim().is_empty() {
        ctx.err(
            fp,
            "unnamed_integrations.source",
            "say where the count comes from",
        );
    }
    Some(Unnamed {
        count: u.count,
        source: u.source.clone(),
    })
}

/// An endpoint's `revoke` section, as far as the endpoint alone can tell: `access` is a
/// snake_case name, `item_parameter` one of its parameters, and either the user goes in a
/// parameter with `role: user` or the items are the records of a list (`listed_by`, with
/// `user_key` and `grants`). The names of other endpoints and of model fields are checked once
/// every file is read.
fn check_revoke(ctx: &mut Ctx, fp: &str, r: &RevokeDef, params: &[Param]) -> Option<Revoke> {
    let before = ctx.errors.len();
    if !naming::is_snake_ident(&r.access) {
        ctx.err(
            fp,
            "revoke.access",
            format!(
                "access \"{}\" must be a snake_case word (plans use it)",
                r.access
            ),
        );
    }
    let item = params.iter().position(|p| p.name == r.item_parameter);
    if item.is_none() {
        let hint = did_you_mean(nearest(
            &r.item_parameter,
            params.iter().map(|p| p.name.as_str()),
        ));
        ctx.err(
            fp,
            "revoke.item_parameter",
            format!(
                "\"{}\" is not a parameter of this endpoint{hint}",
                r.item_parameter
            ),
        );
    }
    let has_user = params
        .iter()
        .any(|p| p.role == Some(crate::written::RoleDef::User));
    let listed_by = match (&r.listed_by, &r.user_key, &r.grants) {
        (Some(endpoint), Some(user_key), Some(grants)) => Some(ListedBy {
            endpoint: endpoint.clone(),
            user_key: user_key.clone(),
            grants: grants.clone(),
        }),
        (None, None, None) => {
            if !has_user {
                ctx.err(
                    fp,
                    "revoke",
                    "a revoke without `listed_by` removes items of the user's record: the endpoint needs a parameter with `role: user`",
                );
            }
            None
        }
        _ => {
            ctx.err(
                fp,
                "revoke",
                "`listed_by`, `user_key` and `grants` go together: the list endpoint of the records, the record field holding the user's id, and the one holding the id of the access it grants",
            );
            None
        }
    };
    if !params
        .iter()
        .any(|p| p.role == Some(crate::written::RoleDef::IntegratedAccount))
    {
        ctx.err(
            fp,
            "revoke",
            "a revoke endpoint is called for the person's integrated account: it needs a parameter with `role: integrated_account`",
        );
    }
    (ctx.errors.len() == before).then(|| Revoke {
        access: r.access.clone(),
        user_field: r.user_field.clone(),
        item_parameter: item.unwrap_or_default(),
        listed_by,
        source: r.source.clone(),
    })
}

impl EndpointCtx<'_> {
    /// `deprecated`: a note, and no offboarding use (plans must not depend on what goes away).
    fn check_deprecated(&mut self) -> Option<Deprecated> {
        let d = self.ef.deprecated.as_ref()?;
        if d.note.trim().is_empty() || d.source.trim().is_empty() {
            self.ctx.err(
                self.fp,
                "deprecated",
                "a deprecation needs its `note` (what to use instead) and its `source`",
            );
        }
        for (key, used) in [
            ("offboarding", self.ef.offboarding.is_some()),
            ("revoke", self.ef.revoke.is_some()),
        ] {
            if used {
                self.ctx.err(
                    self.fp,
                    key,
                    format!("a deprecated endpoint may not carry `{key}`: offboarding must not depend on a method that will be removed"),
                );
            }
        }
        Some(Deprecated {
            note: d.note.clone(),
            source: d.source.clone(),
        })
    }

    /// `response.wrapped`: a snake_case key, on an answer that is not a list.
    fn check_wrapped(&mut self) -> Option<String> {
        let w = self.ef.response.wrapped.as_ref()?;
        if self.ef.response.list {
            self.ctx.err(
                self.fp,
                "response.wrapped",
                "a list answer is the list envelope: `wrapped` is for an answer that is one object",
            );
        }
        if !naming::is_snake_ident(w) {
            self.ctx.err(
                self.fp,
                "response.wrapped",
                format!("\"{w}\" must be a snake_case key"),
            );
        }
        Some(w.clone())
    }
}
