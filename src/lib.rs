//! Typed, validated bindings for the offboarding endpoints of Truto's Unified User Directory API
//! (deactivate, delete and suspend a user in any of the integrations the API reaches), generated
//! from the declarative spec in `spec/`.
//!
//! - Request types (`DeactivateUser`, `DeleteUser`, `SuspendUser`, …) with setters, builders and
//!   per-integration constructors whose arguments are exactly what that integration requires.
//! - `validate(integration, mode)` on every request lists every problem at once.
//! - Response models that never fail on what the API may send.
//! - The support matrix as data: [`ENDPOINTS`], [`spec::EndpointSpec::requirements`].
//!
//! # The README
#![doc = include_str!("../README.md")]
#![warn(missing_docs)]

mod budget;
mod client;
pub mod decode;
mod error;
mod ids;
mod integration;
#[cfg(feature = "mock")]
pub mod mock;
pub mod names;
#[cfg(feature = "offboard")]
pub mod offboard;
mod operation;
mod pages;
mod redact;
pub mod spec;
mod stop;
pub mod terminal;
#[cfg(test)]
mod testing;
pub mod validate;
pub mod value;
mod watchdog;
pub mod wire;
#[cfg(any(feature = "mock", feature = "offboard"))]
mod yaml;

pub use budget::{RateBudget, TRUTO_PER_ACCOUNT};
pub use client::{
    Body, ByteStream, Client, ClientBuilder, DEFAULT_BASE_URL, DEFAULT_MAX_BODY_BYTES, Prepared,
    REQUEST_ID_HEADERS, RateLimit, Response, RetryPolicy, TOKEN_ENV, Token, request_id,
};
pub use error::{ApiError, ApiErrorKind, Error, ErrorEnvelope, Insight};
pub use operation::Operation;
pub use pages::{DEFAULT_MAX_PAGES, Page, PageProblem, Pages};
pub use spec::UnknownIntegration;
pub use stop::Stop;
pub use validate::{Checked, Mode, Rule, Severity, ValidationReport, Violation};

include!(concat!(env!("OUT_DIR"), "/mod.rs"));
