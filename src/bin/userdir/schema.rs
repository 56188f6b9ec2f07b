//! `userdir schema plan|seed|openapi`: the JSON Schema of a file users write, for editors and
//! checks, or the API's OpenAPI document.

use clap::{ArgMatches, Command};
use truto_user_directory::mock::seed_schema;
use truto_user_directory::offboard::plan_schema;

use crate::exit::{self, Failure};
use crate::output::print_json;

/// The subcommand's name.
pub const SCHEMA: &str = "schema";
const PLAN: &str = "plan";
const SEED: &str = "seed";
const OPENAPI: &str = "openapi";

/// The OpenAPI 3.1 document generated from the spec this binary was built from.
const OPENAPI_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/openapi.json"));

/// `userdir schema`.
pub fn schema_command() -> Command {
    Command::new(SCHEMA)
        .about(
            "Print the JSON Schema of an offboarding plan or a mock seed, or the OpenAPI document",
        )
        .long_about(
            "Print the JSON Schema (draft 2020-12) of an offboarding plan (`userdir offboard \
             --plan`) or of a mock server's seed (`userdir mock serve --seed`), as JSON. The \
             same schemas are in generated/schemas/ of the repository; an editor given one \
             checks and completes the file as it is written. `openapi` prints the API's OpenAPI \
             3.1 document (generated/openapi.json), per-integration requirements included.",
        )
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(Command::new(PLAN).about("The schema of offboarding plans"))
        .subcommand(Command::new(SEED).about("The schema of mock server seeds"))
        .subcommand(
            Command::new(OPENAPI).about("The API's OpenAPI 3.1 document, generated from the spec"),
        )
}

/// Prints the schema `matches` (the `schema` matches) names.
pub fn run(matches: &ArgMatches) -> Result<u8, Failure> {
    let schema = match matches.subcommand_name() {
        Some(PLAN) => plan_schema(),
        Some(SEED) => seed_schema(),
        Some(OPENAPI) => {
            print!("{OPENAPI_JSON}");
            return Ok(exit::OK);
        }
        other => {
            return Err(Failure::new(
                exit::USAGE,
                format!("no schema named {other:?}: give `plan`, `seed` or `openapi`"),
            ));
        }
    };
    print_json(&schema)?;
    Ok(exit::OK)
}
