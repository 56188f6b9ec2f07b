//! An endpoint's `rules`: conditional requirements ("at least one of these, for this
//! integration").

use std::collections::HashMap;

use super::endpoint::EndpointCtx;
use super::{did_you_mean, nearest};
use crate::naming;
use crate::resolved::{Param, Rule};
use crate::written::RuleDef;

impl EndpointCtx<'_> {
    /// Checks and resolves the rules; each rule's argument type joins `type_names`.
    pub(super) fn check_rules(
        &mut self,
        params: &[Param],
        type_names: &mut HashMap<String, String>,
    ) -> Vec<Rule> {
        let mut rules = Vec::new();
        for (i, r) in self.ef.rules.iter().enumerate() {
            let path = format!("rules[{i}]");
            let Some(integration) = self.rule_integration(&path, r) else {
                continue;
            };
            let members = self.rule_members(&path, r, integration, params);
            let type_name: String = members
                .iter()
                .map(|&pi| naming::type_name(&params[pi].rust))
                .collect::<Vec<_>>()
                .join("Or");
            if let Some(other) = type_names.get(&type_name)
                && !rules.iter().any(|x: &Rule| x.type_name == type_name)
            {
                self.ctx.err(
                    self.fp,
                    &path,
                    format!("the rule's argument type `{type_name}` collides with {other}"),
                );
            }
            type_names.insert(type_name.clone(), "a rule".into());
            rules.push(Rule {
                integration,
                at_least_one_of: members,
                note: r.note.clone(),
                type_name,
            });
        }
        rules
    }

    /// The rule's integration, which must be one of the endpoint's (`None` when unknown); the
    /// rule needs two or more parameters.
    fn rule_integration(&mut self, path: &str, r: &RuleDef) -> Option<usize> {
        let fp = self.fp;
        let integration = self.catalog.names.resolve(
            self.ctx,
            fp,
            &format!("{path}.integration"),
            &r.integration,
        )?;
        if !self.integrations.contains(&integration) {
            self.ctx.err(
                fp,
                format!("{path}.integration"),
                format!(
                    "rule for \"{}\", which is not in this endpoint's `integrations`",
                    r.integration
                ),
            );
        }
        if r.at_least_one_of.len() < 2 {
            self.ctx.err(
                fp,
                format!("{path}.at_least_one_of"),
                "`at_least_one_of` needs two or more parameters (for one, use required_in)",
            );
        }
        Some(integration)
    }

    /// The rule's parameters, as indices into `params`: known, listed once, and each optional
    /// but accepted in the integration, with an example.
    fn rule_members(
        &mut self,
        path: &str,
        r: &RuleDef,
        integration: usize,
        params: &[Param],
    ) -> Vec<usize> {
        let fp = self.fp;
        let mut members = Vec::new();
        for (k, n) in r.at_least_one_of.iter().enumerate() {
            let item = format!("{path}.at_least_one_of[{k}]");
            match params.iter().position(|p| p.name == *n) {
                Some(pi) => {
                    let p = &params[pi];
                    if !p.accepted_in(integration) {
                        self.ctx.err(fp, &item, format!("\"{n}\" is not required or supported in {}; add it to the parameter's supported_in", r.integration));
                    } else if p.required || p.required_in.contains(&integration) {
                        self.ctx.err(
                            fp,
                            &item,
                            format!(
                                "\"{n}\" is already required in {}, so the rule is always met",
                                r.integration
                            ),
                        );
                    } else if p.example.is_none() {
                        self.ctx.err(
                            fp,
                            &item,
                            format!("\"{n}\" is part of a rule, so it needs an `example`"),
                        );
                    }
                    if members.contains(&pi) {
                        self.ctx.err(fp, &item, format!("\"{n}\" is listed twice"));
                    } else {
                        members.push(pi);
                    }
                }
                None => {
                    let hint = did_you_mean(nearest(n, params.iter().map(|p| p.name.as_str())));
                    self.ctx
                        .err(fp, &item, format!("unknown parameter \"{n}\"{hint}"));
                }
            }
        }
        members
    }
}
