//! `generated/MATRIX.md`: the support matrix for reviewers, the first thing to read in a spec
//! change. Laid out so that one fact is one line: one table row per integration (sorted by
//! display name), one list line per parameter, per partial integration, per offboarding fact. So
//! adding an integration adds its row, and adding a parameter adds its line and changes only the
//! rows of the integrations that list it. No counts of integrations, which every addition would
//! change.

use std::fmt::Write;

use super::support_matrix::{location_name, type_name};
use crate::resolved::{EffectKind, Endpoint, Param, Spec};

/// Text on one line: whitespace (newlines included) collapsed.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text for a table cell: on one line, `|` escaped.
fn cell(text: &str) -> String {
    one_line(text).replace('|', "\\|")
}

fn yes(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// Wire names in backticks, comma-separated, in spec order.
fn wire_names<'a>(params: impl Iterator<Item = &'a Param>) -> String {
    params
        .map(|p| format!("`{}`", p.name))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Accepted by every integration of the endpoint, and required by all or by none.
fn everywhere(e: &Endpoint, p: &Param) -> bool {
    e.admin || p.required || (p.all_integrations && p.required_in.is_empty())
}

/// The endpoint's integrations, sorted by display name (case-insensitively, then exactly).
fn sorted_integrations(spec: &Spec, e: &Endpoint) -> Vec<usize> {
    let mut list = e.integrations.clone();
    list.sort_by_key(|&i| {
        let n = &spec.integrations[i].name;
        (n.to_lowercase(), n.clone())
    });
    list
}

fn row(spec: &Spec, e: &Endpoint, i: usize) -> String {
    let requires = wire_names(
        e.params
            .iter()
            .filter(|p| !everywhere(e, p) && p.required_in.contains(&i)),
    );
    let accepts = wire_names(
        e.params
            .iter()
            .filter(|p| !everywhere(e, p) && !p.required_in.contains(&i) && p.accepted_in(i)),
    );
    let rules = e
        .rules_for(i)
        .map(|r| {
            let of = r
                .at_least_one_of
                .iter()
                .map(|&k| format!("`{}`", e.params[k].name))
                .collect::<Vec<_>>()
                .join(", ");
            format!("at least one of {of}: {}", r.note)
        })
        .collect::<Vec<_>>()
        .join("; ");
    let notes = e
        .params
        .iter()
        .flat_map(|p| {
            p.notes
                .iter()
                .filter(move |(n, _)| *n == i)
                .map(move |(_, t)| format!("`{}`: {t}", p.name))
        })
        .collect::<Vec<_>>()
        .join("; ");
    let source = e
        .integration_sources
        .iter()
        .find(|(n, _)| *n == i)
        .map_or("page", |(_, s)| s.as_str());
    format!(
        "| {} | {} | {} | {} | {} | {} |",
        cell(&spec.integrations[i].name),
        requires,
        accepts,
        cell(&rules),
        cell(&notes),
        cell(source)
    )
}

fn param_line(p: &Param) -> String {
    let mut line = format!(
        "- `{}` ({}, {}): {}",
        p.name,
        location_name(&p.location),
        type_name(&p.ty),
        super::sentence(&one_line(&p.description))
    );
    if p.irreversible {
        line.push_str(" Irreversible.");
    }
    if !p.assumed.is_empty() {
        let _ = write!(line, " Assumed: {}.", p.assumed.join(", "));
    }
    if let Some(s) = &p.source {
        let _ = write!(line, " Source: {}.", one_line(s).trim_end_matches('.'));
    }
    let _ = write!(line, " Sources beyond the page: {}.", p.sources.len());
    line
}

fn endpoint(out: &mut String, spec: &Spec, e: &Endpoint) {
    let _ = writeln!(out, "## {} — {} {}\n", e.name, e.method, e.path);
    let _ = writeln!(out, "{}\n", super::sentence(&one_line(&e.summary)));
    if !e.description.trim().is_empty() {
        let _ = writeln!(out, "{}\n", one_line(&e.description));
    }
    let _ = writeln!(
        out,
        "- Source: {}",
        e.source.as_deref().unwrap_or("none given")
    );
    let _ = writeln!(out, "- Idempotent: {}", yes(e.idempotent));
    let _ = writeln!(out, "- Irreversible: {}", yes(e.irreversible));
    let _ = writeln!(out, "- List: {}", yes(e.list));
    let _ = writeln!(out, "- Admin: {}", yes(e.admin));
    let _ = writeln!(out, "- Response formats: {}", e.response_formats.join(", "));
    let _ = writeln!(out, "- Response model: {}", e.response_model);
    if let Some(w) = &e.wrapped {
        let _ = writeln!(out, "- Response may come wrapped: `{{\"{w}\": …}}`");
    }
    if let Some(d) = &e.deprecated {
        let _ = writeln!(out, "- Deprecated: {}", one_line(&d.note));
        let _ = writeln!(out, "- Deprecated source: {}", one_line(&d.source));
    }
    if let Some(u) = &e.unnamed {
        let count = u.count.map_or("no count".to_string(), |n| n.to_string());
        let _ = writeln!(
            out,
            "- Integrations the page counts but does not name: {count}"
        );
        let _ = writeln!(
            out,
            "- Unnamed integrations source: {}",
            one_line(&u.source)
        );
    }
    if let Some(r) = &e.revoke {
        let _ = writeln!(out, "- Revokes access: `{}`", r.access);
        let _ = writeln!(out, "- Revoke reads the user's `{}`", r.user_field);
        let _ = writeln!(
            out,
            "- Revoke item parameter: `{}`",
            e.params[r.item_parameter].name
        );
        if let Some(l) = &r.listed_by {
            let _ = writeln!(
                out,
                "- Revoke items: the records of {} whose `{}` is the user, each granting its `{}`",
                l.endpoint, l.user_key, l.grants
            );
        }
        let _ = writeln!(out, "- Revoke source: {}", one_line(&r.source));
    }
    if let Some(o) = &e.offboarding {
        let effect = match &o.effect {
            EffectKind::SetsStatus(s) => format!("sets status `{s}`"),
            EffectKind::Removes => "removes the user".to_string(),
            EffectKind::Downgrades => "downgrades the user".to_string(),
        };
        let _ = writeln!(out, "- Offboarding operation: `{}`", o.operation);
        let _ = writeln!(out, "- Offboarding rank: {}", o.rank);
        let _ = writeln!(out, "- Offboarding effect: {effect}");
        for (status, remote, meaning) in &o.already_done {
            let from = if *remote {
                "from the integration"
            } else {
                "from Truto"
            };
            let _ = writeln!(
                out,
                "- Offboarding already done: {status} {from} means {}",
                one_line(meaning)
            );
        }
        if !o.assumed.is_empty() {
            let _ = writeln!(out, "- Offboarding assumed: {}", o.assumed.join(", "));
        }
        if let Some(s) = &o.source {
            let _ = writeln!(out, "- Offboarding source: {}", one_line(s));
        }
    }
    out.push('\n');

    let (required, optional): (Vec<&Param>, Vec<&Param>) = e
        .params
        .iter()
        .filter(|p| everywhere(e, p))
        .partition(|p| p.required);
    let scope = if e.admin { "" } else { " everywhere" };
    if !required.is_empty() {
        let _ = writeln!(
            out,
            "Required{scope}: {}\n",
            wire_names(required.into_iter())
        );
    }
    if !optional.is_empty() {
        let _ = writeln!(
            out,
            "Optional{scope}: {}\n",
            wire_names(optional.into_iter())
        );
    }

    rows_and_parameters(out, spec, e);
}

/// The integrations' rows, the partial results and the parameters' lines of an endpoint.
fn rows_and_parameters(out: &mut String, spec: &Spec, e: &Endpoint) {
    if e.integrations.is_empty() && e.admin {
        let _ = writeln!(
            out,
            "No integrations (not tied to an integrated account).\n"
        );
    } else if e.integrations.is_empty() {
        let _ = writeln!(
            out,
            "No integration named (the page counts integrations it does not name: see above).\n"
        );
    } else {
        out.push_str("| Integration | Requires | Also accepts | Rules | Notes | Source |\n");
        out.push_str("|---|---|---|---|---|---|\n");
        for i in sorted_integrations(spec, e) {
            out.push_str(&row(spec, e, i));
            out.push('\n');
        }
        out.push('\n');
    }

    if !e.partial_in.is_empty() {
        out.push_str("Partial results (list items carry only some fields):\n\n");
        let mut partial: Vec<&(usize, String)> = e.partial_in.iter().collect();
        partial.sort_by_key(|(i, _)| spec.integrations[*i].name.to_lowercase());
        for (i, s) in partial {
            let _ = writeln!(out, "- {} ({})", spec.integrations[*i].name, one_line(s));
        }
        out.push('\n');
    }

    if !e.params.is_empty() {
        out.push_str("Parameters:\n\n");
        for p in &e.params {
            out.push_str(&param_line(p));
            out.push('\n');
        }
        out.push('\n');
    }
}

pub fn emit(spec: &Spec) -> String {
    let mut out = String::from(
        "<!-- @generated from spec/ by truto-user-directory-codegen. Do not edit: change the spec and rebuild\n(see spec/README.md); `cargo test` checks this file is current. -->\n\n# Support matrix\n\nPer endpoint, in spec order: its facts, the parameters every integration takes, then one row per integration (sorted by display name) with the parameters it requires or also accepts beyond those, its rules, its notes and where its listing comes from (`page`: the endpoint's own page), then one line per parameter. One fact is one line, so a spec change's diff here is about that fact only.\n\n",
    );
    for e in &spec.endpoints {
        let _ = writeln!(out, "- [{}](#{})", e.name, anchor(e));
    }
    out.push('\n');
    for e in &spec.endpoints {
        endpoint(&mut out, spec, e);
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// GitHub's heading anchor: lowercased, punctuation other than `-`/`_` dropped, spaces to `-`.
fn anchor(e: &Endpoint) -> String {
    format!("{} — {} {}", e.name, e.method, e.path)
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}
