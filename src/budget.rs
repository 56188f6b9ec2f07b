//! Per-integrated-account rate budgets (placeholder, being written).

/// A per-key sliding-window budget.
#[derive(Debug)]
pub struct RateBudget;
