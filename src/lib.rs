// The crate's front page: the library, its examples (doctests) and its features. The README is
// the repository's front page; the other guides are in docs/.
#![doc = include_str!("../docs/library.md")]
#![warn(missing_docs)]

mod budget;
mod client;
pub mod decode;
mod error;
mod ids;
mod integration;
#[cfg(feature = "offboard")]
mod markup;
#[cfg(feature = "mock")]
pub mod mock;
pub mod names;
#[cfg(feature = "offboard")]
pub mod offboard;
mod operation;
mod pages;
mod redact;
#[cfg(feature = "offboard")]
pub mod review;
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
pub use error::{ApiError, ApiErrorKind, Error, ErrorEnvelope, Insight, PageProblem};
pub use operation::Operation;
pub use pages::{DEFAULT_MAX_PAGES, Page, Pages};
pub use spec::UnknownIntegration;
pub use stop::Stop;
pub use validate::{Checked, Mode, Rule, Severity, ValidationReport, Violation};

/// The README's Rust examples, compiled and run as doctests like the front page's.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

include!(concat!(env!("OUT_DIR"), "/mod.rs"));
