//! A client and a `userdir` process for tests against the local server (`mock`).

use truto_user_directory::mock::{MockServer, Seed};
use truto_user_directory::{Client, RetryPolicy};

/// The token the clients and processes of these tests send (the local server takes any).
pub const TOKEN: &str = "t";

/// The local server on a free port of 127.0.0.1, serving the seed written in `yaml`.
pub async fn start(yaml: &str) -> MockServer {
    MockServer::start(Seed::from_yaml(yaml).expect("seed parses"))
        .await
        .expect("the server starts")
}

/// A client of `server` that does not retry (the local server answers what it means).
pub fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.base_url())
        .token(TOKEN)
        .retry(RetryPolicy::none())
        .build()
        .expect("client")
}

/// Runs `userdir ARGS --base-url … --token t` off the runtime's threads.
#[cfg(feature = "cli")]
pub async fn userdir(server: &MockServer, args: &[&str]) -> std::process::Output {
    let base_url = server.base_url();
    let mut command = super::userdir::userdir_command();
    command
        .args(args)
        .args(["--base-url", &base_url, "--token", TOKEN]);
    super::userdir::output(&mut command).await
}
