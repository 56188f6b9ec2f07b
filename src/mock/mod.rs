//! A local HTTP server that behaves like Truto's API for every endpoint of the spec, for tests
//! and demos: `GET /integrated-account/{id}`, the endpoints of [`crate::ENDPOINTS`] with the same
//! routes, wire format, validation and error envelopes, and in-memory integrated accounts whose
//! users each call deactivates, suspends, downgrades or removes as the endpoint's
//! [`Offboarding`](crate::spec::Offboarding) section says, and whose other records the
//! other endpoints list, get and delete. Per-account rate limits and
//! injected faults (latency, 502s, dropped connections) exercise a client's retry logic.
//!
//! What each endpoint does follows from its spec entry:
//! - the users are the people's collection (`people.list`, `people.get`); every other endpoint
//!   of account scope belongs to the collection of the list endpoint whose path is its path or a
//!   prefix of it, named by that path's last segment, and acts on the account's seeded records
//!   of it (a get by the path's id, a delete, a list);
//! - a list of account scope pages through the account's users or records, in id order, with
//!   real cursors (see [`DEFAULT_PAGE_SIZE`], [`MAX_PAGE_SIZE`]); an account seeded with
//!   `list_requires` refuses a users list call without those query parameters, as an
//!   integration that lists only within a workspace does; a list of records is filtered by the
//!   query parameters the records have as fields, and by its user parameter as the spec's
//!   revoke sections relate users and records;
//! - an admin list (`list` and `admin`) pages through the seeded accounts, filtered by every
//!   query parameter without a role that the request sets, compared with the account's JSON at
//!   the parameter's dotted wire name (`integration.name` → `{"integration": {"name": …}}`);
//! - a `GET` with a `user` parameter and no offboarding section returns that user;
//! - an offboarding endpoint applies its effect (a downgrade takes the user's `licenses` away)
//!   and answers its `already_done` status when the user is already in that state;
//! - an endpoint with a [`Revoke`](crate::spec::Revoke) section takes that access away, from the
//!   user's access list and the records alike;
//! - an endpoint an account's `missing_methods` names answers the spec's `missing_method`.
//!
//! Nothing here names an endpoint, a parameter or an integration: routes, parameters, rules and
//! effects all come from the spec.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use truto_user_directory::mock::{MockServer, Seed};
//!
//! let seed = Seed::from_file(std::path::Path::new("seed.yaml"))?;
//! let server = MockServer::start(seed).await?;
//! let client = truto_user_directory::Client::builder()
//!     .base_url(server.base_url())
//!     .token("any non-empty token")
//!     .build()?;
//! // … calls with `client` …
//! println!("{:?}", server.stats());
//! server.shutdown().await;
//! # Ok(())
//! # }
//! ```

mod accounts;
mod api;
mod call;
mod collections;
mod http;
mod insight;
mod membership;
mod pages;
mod parse;
mod records;
mod revoke;
mod seed;
mod seed_check;
mod state;
mod users;

use std::fmt;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex};

use tokio::net::TcpListener;
use tokio::task::JoinHandle;

pub use http::ServerLimits;
pub use pages::{DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE};
pub use seed::{Faults, Limits, Seed, SeedAccount, SeedError, SeedUser, seed_schema};
pub use state::Stats;

use parse::Route;
use state::{Shared, State, User, rng_of, window_of};

/// Reads a request the way the server does, without a server (for the fuzz targets and their
/// replay in the tests): the route of `method` and `path`, then every field of the path,
/// `query` and `body`. The number of fields read and of problems found; `None` when no
/// endpoint is routed.
#[doc(hidden)]
pub fn parse_request(method: &str, path: &str, query: &str, body: &[u8]) -> Option<(usize, usize)> {
    match parse::route(method, path) {
        Route::Endpoint { endpoint, captures } => {
            let parsed = parse::request(endpoint, &captures, query, body);
            Some((parsed.fields.len(), parsed.problems.len()))
        }
        _ => None,
    }
}

/// A mock of Truto's API on a local port, driven by the spec. Stops when shut down or dropped.
pub struct MockServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
    accept: JoinHandle<()>,
}

impl fmt::Debug for MockServer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MockServer")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

impl MockServer {
    /// Starts a server on 127.0.0.1 with an ephemeral port. Must be called inside a tokio
    /// runtime (multi-thread or current-thread): the accept loop is a spawned task.
    pub async fn start(seed: Seed) -> Result<MockServer, std::io::Error> {
        MockServer::bind(seed, SocketAddr::from((Ipv4Addr::LOCALHOST, 0))).await
    }

    /// Starts a server on `addr`. An unusable seed (see [`Seed::check`]) is an
    /// [`InvalidInput`](std::io::ErrorKind::InvalidInput) error.
    pub async fn bind(seed: Seed, addr: SocketAddr) -> Result<MockServer, std::io::Error> {
        MockServer::bind_with(seed, addr, ServerLimits::default()).await
    }

    /// Starts a server on `addr` with `limits` on what each connection may cost.
    pub async fn bind_with(
        seed: Seed,
        addr: SocketAddr,
        limits: ServerLimits,
    ) -> Result<MockServer, std::io::Error> {
        let state = State::from_seed(seed)?;
        let listener = TcpListener::bind(addr).await?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared {
            state: Mutex::new(state),
            limits,
        });
        let handler = {
            let shared = Arc::clone(&shared);
            move |request| api::respond(Arc::clone(&shared), request)
        };
        let accept = tokio::spawn(http::accept_loop(listener, limits, handler));
        Ok(MockServer {
            addr,
            shared,
            accept,
        })
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The base URL to give a client, e.g. `http://127.0.0.1:41234`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// A snapshot of the counters.
    pub fn stats(&self) -> Stats {
        self.shared.lock().stats.clone()
    }

    /// Sets every counter back to zero.
    pub fn reset_stats(&self) {
        self.shared.lock().stats = Stats::default();
    }

    /// What `read` finds in `user` of `account`; `None` when the user was removed or never
    /// existed, or the account is unknown.
    fn read_user<R>(
        &self,
        account: &str,
        user: &str,
        read: impl FnOnce(&User) -> Option<R>,
    ) -> Option<R> {
        self.shared
            .lock()
            .accounts
            .get(account)
            .and_then(|a| a.users.get(user))
            .and_then(read)
    }

    /// The unified status of `user` in `account`; `None` when the user was removed or never
    /// existed, or the account is unknown.
    pub fn user_status(&self, account: &str, user: &str) -> Option<String> {
        self.read_user(account, user, |u| Some(u.status.clone()))
    }

    /// The paid seats `user` of `account` holds (`None` when the user, the account or the
    /// user's licenses are unknown; empty after a downgrade).
    pub fn user_licenses(&self, account: &str, user: &str) -> Option<Vec<String>> {
        self.read_user(account, user, |u| u.licenses.clone())
    }

    /// Replaces the faults from now on; the random draws restart from `faults.seed` when given.
    pub fn set_faults(&self, faults: Faults) {
        let mut state = self.shared.lock();
        state.rng = rng_of(&faults);
        state.faults = faults;
    }

    /// Replaces the rate limit from now on (requests already counted stay counted). A window
    /// that is not a positive number of seconds is taken as 10 s.
    pub fn set_limits(&self, limits: Limits) {
        let mut state = self.shared.lock();
        state.window = window_of(&limits);
        state.limits = Limits {
            window_seconds: state.window.as_secs_f64(),
            ..limits
        };
    }

    /// Stops accepting connections, closes the open ones, and waits until the port is free.
    pub async fn shutdown(mut self) {
        self.accept.abort();
        let _ = (&mut self.accept).await;
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        self.accept.abort();
    }
}
