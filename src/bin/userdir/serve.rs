//! `userdir mock serve`: the local API server, until interrupted.

use std::path::PathBuf;

use clap::{Arg, ArgMatches, Command, value_parser};
use truto_user_directory::mock::{MockServer, Seed};

use crate::demo::DEMO_SEED;
use crate::exit::{self, Failure};
use crate::output::write_stdout;
use crate::runtime::runtime;

/// `userdir mock`.
pub const MOCK: &str = "mock";
/// `userdir mock serve`.
pub const SERVE: &str = "serve";

const PORT: &str = "port";
const SEED: &str = "seed";

/// `userdir mock serve --port PORT [--seed FILE]`.
pub fn mock_command() -> Command {
    Command::new(MOCK)
        .about("A local server that behaves like the API, driven by the same spec")
        .subcommand_required(true)
        .subcommand(
            Command::new(SERVE)
                .about("Serve the API on 127.0.0.1 until interrupted")
                .arg(
                    Arg::new(PORT)
                        .long(PORT)
                        .value_name("PORT")
                        .default_value("8787")
                        .value_parser(value_parser!(u16))
                        .help("The port (0: any free port)"),
                )
                .arg(
                    Arg::new(SEED)
                        .long(SEED)
                        .value_name("FILE")
                        .value_parser(value_parser!(PathBuf))
                        .help("The directory to start with (default: the demo's)"),
                ),
        )
}

/// `userdir mock serve`.
pub fn mock(m: &ArgMatches) -> Result<u8, Failure> {
    let Some((SERVE, m)) = m.subcommand() else {
        return Err(Failure::new(exit::USAGE, "usage: userdir mock serve"));
    };
    let port = *m
        .try_get_one::<u16>(PORT)
        .map_err(Failure::flag)?
        .unwrap_or(&8787);
    let seed = match m.try_get_one::<PathBuf>(SEED).map_err(Failure::flag)? {
        Some(path) => Seed::from_file(path),
        None => Seed::from_yaml(DEMO_SEED),
    }
    .map_err(|e| Failure::new(exit::USAGE, e.to_string()))?;
    runtime()?.block_on(async {
        let addr = std::net::SocketAddr::from(([127, 0, 0, 1], port));
        let server = MockServer::bind(seed, addr)
            .await
            .map_err(|e| Failure::new(exit::FAILED, format!("cannot listen on {addr}: {e}")))?;
        // The address on stdout, so that a script can read it (port 0 picks one).
        write_stdout(format!("{}\n", server.base_url()).as_bytes())?;
        eprintln!(
            "userdir: serving the API at {} (Ctrl-C to stop)",
            server.base_url()
        );
        tokio::signal::ctrl_c()
            .await
            .map_err(|e| Failure::new(exit::FAILED, format!("signal: {e}")))?;
        eprintln!("userdir: stopped; {:?}", server.stats());
        server.shutdown().await;
        Ok(exit::OK)
    })
}
