//! Clients of the test servers, built one way: the scripted [`Server`] plays faults a client
//! retries, so its clients retry fast; the local API server answers what it means, so its
//! clients ([`super::local::client`]) do not retry.

use std::time::Duration;

use truto_user_directory::prelude::*;
use truto_user_directory::{Client, ClientBuilder, RetryPolicy};

use super::Server;

/// A server a test client can be pointed at.
pub trait Target {
    /// The server's base URL (`http://127.0.0.1:PORT`).
    fn base_url(&self) -> String;
}

impl Target for str {
    fn base_url(&self) -> String {
        self.to_string()
    }
}

impl Target for Server {
    fn base_url(&self) -> String {
        self.url()
    }
}

#[cfg(feature = "mock")]
impl Target for truto_user_directory::mock::MockServer {
    fn base_url(&self) -> String {
        truto_user_directory::mock::MockServer::base_url(self)
    }
}

/// A client of `server` with `token` and fast retries (10 ms backoff, 40 ms at most, 200 ms
/// without `Retry-After`).
pub fn client(server: &(impl Target + ?Sized), token: &str) -> Client {
    client_with(server, token, |b| b)
}

/// [`client`], configured further by `f`.
pub fn client_with(
    server: &(impl Target + ?Sized),
    token: &str,
    f: impl FnOnce(ClientBuilder) -> ClientBuilder,
) -> Client {
    f(Client::builder()
        .base_url(server.base_url())
        .token(token)
        .retry(RetryPolicy {
            base_delay: Duration::from_millis(10),
            max_delay: Duration::from_millis(40),
            default_retry_after: Duration::from_millis(200),
            ..RetryPolicy::default()
        }))
    .build()
    .expect("client")
}

/// For [`client_with`]: no retries (a test that counts what one call sends and shows).
pub fn no_retry(builder: ClientBuilder) -> ClientBuilder {
    builder.retry(RetryPolicy::none())
}

/// The client bulk runs use (`bulk_client_builder`: its retries and rate budget), of `server`
/// with `token`.
#[cfg(all(feature = "mock", feature = "offboard"))]
pub fn bulk_client(server: &(impl Target + ?Sized), token: &str) -> Client {
    truto_user_directory::offboard::bulk_client_builder()
        .base_url(server.base_url())
        .token(token)
        .build()
        .expect("client")
}

/// Deactivates user `00u1` of an Okta account with the `stream` response format: the body.
pub async fn deactivate_stream(client: &Client) -> truto_user_directory::ByteStream {
    use truto_user_directory::{Body, DeactivateUser, Integration, ResponseFormat};
    let request = DeactivateUser::for_okta(super::ACCOUNT, "00u1")
        .truto_response_format(ResponseFormat::Stream);
    let response = client
        .deactivate_user(&request, Some(Integration::Okta))
        .await
        .expect("a stream");
    let Body::Stream(stream) = response.body else {
        panic!("expected a stream")
    };
    stream
}
