//! A client and a `userdir` process for tests against the local server (`mock`).

#![allow(dead_code)]

use truto_user_directory::mock::MockServer;
use truto_user_directory::{Client, RetryPolicy};

/// A client of `server` that does not retry (the local server answers what it means).
pub fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.base_url())
        .token("t")
        .retry(RetryPolicy::none())
        .build()
        .expect("client")
}

/// Runs `userdir ARGS --base-url … --token t` off the runtime's threads.
#[cfg(feature = "cli")]
pub async fn userdir(server: &MockServer, args: &[&str]) -> std::process::Output {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_userdir"));
    command
        .args(args)
        .args(["--base-url", &server.base_url(), "--token", "t"])
        .env_remove("TRUTO_API_TOKEN")
        .env_remove("RUST_LOG");
    tokio::task::spawn_blocking(move || command.output().expect("userdir runs"))
        .await
        .expect("joined")
}
