//! A local API server driven by the spec (placeholder, being written).
