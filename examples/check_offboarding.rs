//! Checks an offboarding locally, sending nothing: for each app an employee has an account in,
//! which endpoint to use, what that integration requires, and whether the request as written
//! would be accepted.
//!
//! `cargo run --example check_offboarding` runs it on a built-in sample employee;
//! `cargo run --example check_offboarding -- "Slack Enterprise" okta github` on the integrations
//! you name (display names or slugs).

use std::process::ExitCode;

use truto_user_directory::validate::validate;
use truto_user_directory::{ENDPOINTS, Integration, Mode};

const ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let names: Vec<String> = if args.is_empty() {
        [
            "Okta",
            "GitHub",
            "Asana",
            "Slack Enterprise",
            "Vanta",
            "GitLab",
            "Zendesk",
        ]
        .map(String::from)
        .to_vec()
    } else {
        args
    };
    let mut failed = false;
    for name in &names {
        let integration = match name.parse::<Integration>() {
            Ok(i) => i,
            Err(e) => {
                eprintln!("{e}");
                failed = true;
                continue;
            }
        };
        // The least destructive endpoint the integration supports: the spec lists them with
        // the irreversible ones flagged.
        let Some(endpoint) = ENDPOINTS
            .iter()
            .filter(|e| e.supports(integration))
            .min_by_key(|e| e.irreversible)
        else {
            println!("{integration}: no offboarding endpoint in the spec");
            continue;
        };
        let needs = endpoint.requirements(integration);
        let required: Vec<&str> = needs.required.iter().map(|p| p.name).collect();
        println!(
            "{integration}: {} {} ({}) requires {}",
            endpoint.method,
            endpoint.path,
            endpoint.name,
            required.join(", ")
        );
        for rule in &needs.rules {
            println!(
                "  and at least one of {}: {}",
                rule.at_least_one_of.join(", "),
                rule.note
            );
        }
        // A naive request with only the integrated account and the user: what would go wrong?
        let naive: Vec<_> = endpoint
            .example(integration)
            .unwrap_or_default()
            .into_iter()
            .filter(|f| f.spec.is_required_everywhere() || f.spec.name.contains("user"))
            .map(|mut f| {
                if f.spec.name == "integrated_account_id" {
                    f.value = ACCOUNT.into();
                }
                f
            })
            .collect();
        let report = validate(endpoint, &naive, integration, Mode::Strict);
        if report.is_ok() {
            println!("  a request with just the account and the user is valid");
        } else {
            println!("  a request with just the account and the user would be rejected:");
            for v in &report.violations {
                println!("    - {}", v.message);
            }
        }
    }
    if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}
