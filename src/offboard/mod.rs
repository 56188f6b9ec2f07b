//! Offboarding plans (placeholder, being written).
