//! `userdir audit verify FILE [--head SHA256]`: checks an audit log's hash chain.

use std::io::BufReader;
use std::path::PathBuf;

use clap::{Arg, ArgMatches, Command};
use truto_user_directory::offboard::verify_audit;

use crate::exit::{self, Failure};
use crate::output::write_stdout;

/// The subcommand's name.
pub const AUDIT: &str = "audit";
const VERIFY: &str = "verify";
const FILE: &str = "file";
const HEAD: &str = "head";

/// `userdir audit`.
pub fn audit_command() -> Command {
    Command::new(AUDIT)
        .about("Check an offboarding run's audit log")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(
            Command::new(VERIFY)
                .about("Check an audit log's hash chain: exit 6 at the first altered, removed or reordered record")
                .long_about(
                    "Check the hash chain of an audit log written by `userdir offboard --audit`: \
                     each run starts with a record naming the plan's SHA-256, and every record \
                     names the SHA-256 of the one before it. Prints the records, runs and head \
                     (the SHA-256 of the last record) and exits 0 when the chain holds; exits 6 \
                     naming the first line that does not. With --head (the head a run printed, \
                     or its report shows), records removed from the end or a changed last \
                     record show too.",
                )
                .arg(
                    Arg::new(FILE)
                        .required(true)
                        .value_parser(clap::value_parser!(PathBuf))
                        .help("The audit log (JSON lines)"),
                )
                .arg(
                    Arg::new(HEAD)
                        .long(HEAD)
                        .value_name("SHA256")
                        .help("The head the run printed: the last record must hash to it"),
                ),
        )
}

/// Runs `userdir audit …` (`matches` are the `audit` matches).
pub fn run(matches: &ArgMatches) -> Result<u8, Failure> {
    let Some((VERIFY, m)) = matches.subcommand() else {
        return Err(Failure::new(
            exit::USAGE,
            "usage: userdir audit verify FILE",
        ));
    };
    let path = m
        .try_get_one::<PathBuf>(FILE)
        .map_err(Failure::flag)?
        .ok_or_else(|| Failure::new(exit::USAGE, "no audit log given"))?;
    let head = m.try_get_one::<String>(HEAD).map_err(Failure::flag)?;
    let file = std::fs::File::open(path)
        .map_err(|e| Failure::new(exit::USAGE, format!("{}: cannot read: {e}", path.display())))?;
    match verify_audit(BufReader::new(file), head.map(String::as_str)) {
        Ok(chain) => {
            write_stdout(
                format!(
                    "{}: the chain holds: {} record(s) of {} run(s){}; head {}\n",
                    path.display(),
                    chain.records,
                    chain.runs,
                    if chain.torn > 0 {
                        format!(
                            ", {} record(s) torn by a crash while written (marked by the next run)",
                            chain.torn
                        )
                    } else {
                        String::new()
                    },
                    chain.head
                )
                .as_bytes(),
            )?;
            Ok(exit::OK)
        }
        Err(broken) => Err(Failure::new(
            exit::BROKEN_CHAIN,
            format!("{}: the chain breaks at {broken}", path.display()),
        )),
    }
}
