//! What the tests share, written once: the scripted server ([`server`]); clients of it and
//! of the local API server ([`clients`], [`local`]); the `userdir` binary ([`userdir`]) and
//! the test process ([`process`]); integrations picked from the spec ([`integrations`]); offboarding runs with their journals and audit logs
//! ([`offboarding`]); the external validators ([`external`]). A part that needs a feature is
//! compiled only with it.

pub mod clients;
pub mod external;
#[cfg(all(feature = "mock", feature = "offboard"))]
pub mod integrations;
#[cfg(feature = "mock")]
pub mod local;
#[cfg(all(feature = "mock", feature = "offboard"))]
pub mod offboarding;
pub mod process;
pub mod server;
#[cfg(feature = "cli")]
pub mod userdir;

pub use clients::{client, client_with};
pub use server::{Recorded, Reply, Server};

/// The Okta integrated account the scripted server's tests act on.
pub const ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";

/// The API error in `result`, which must be one.
#[cfg(feature = "mock")]
pub fn api_error<T: std::fmt::Debug>(
    result: Result<T, truto_user_directory::Error>,
) -> Box<truto_user_directory::ApiError> {
    match result {
        Err(truto_user_directory::Error::Api(e)) => e,
        other => panic!("expected an API error, got {other:?}"),
    }
}
