//! The integration tests: one binary (one link on a small machine), one module per concern,
//! all sharing [`support`]. Modules that need a feature say so in their first lines
//! (`#![cfg(feature = …)]`), so `cargo test` with default features and with `--all-features`
//! both build and pass.

mod support;

mod bounds;
mod catalogue;
mod cli;
mod client;
mod decoding;
mod every_list;
mod find;
mod fuzz_corpora;
mod generated;
mod hostile;
mod http2_refused;
mod inputs;
mod limits;
mod listing;
mod mock;
mod mock_resources;
mod offboard;
mod offboard_cli;
mod offboard_people;
mod openapi;
mod output;
mod pagination;
mod pagination_cli;
mod properties;
mod proven;
mod report;
mod reserved_names;
mod resources;
mod review_cli;
mod review_engine;
mod review_report;
mod review_spool;
mod revoke;
mod schemas;
mod spec_errors;
mod support_matrix;
mod tenants;
mod validation;
mod verify;
