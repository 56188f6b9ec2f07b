//! Per-integrated-account rate budgets: send no faster than the API allows, instead of being
//! told so with a 429.

use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::sync::Mutex;
use std::time::Duration;

use tokio::time::Instant;

/// What the API allows per integrated account: 50 requests in any 10 seconds.
pub const TRUTO_PER_ACCOUNT: (u32, Duration) = (50, Duration::from_secs(10));

/// A sliding-window budget per key (an integrated account): at most `limit` sends in any
/// `window`. Each send reserves the earliest slot the window allows, so many concurrent callers
/// are served in order without polling, and a 429's `Retry-After` pauses the key.
///
/// A small safety margin (1% of the window, plus 5 ms) is added between a send and the one
/// `limit` places later, because the server counts arrivals, not departures.
pub struct RateBudget {
    limit: usize,
    window: Duration,
    margin: Duration,
    accounts: Mutex<HashMap<String, Account>>,
}

#[derive(Default)]
struct Account {
    /// Reserved send times, sorted; those older than a window are pruned.
    slots: VecDeque<Instant>,
    /// No send before this (set after a 429).
    paused_until: Option<Instant>,
}

impl fmt::Debug for RateBudget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RateBudget")
            .field("limit", &self.limit)
            .field("window", &self.window)
            .finish_non_exhaustive()
    }
}

impl Default for RateBudget {
    /// The API's per-integrated-account limit ([`TRUTO_PER_ACCOUNT`]).
    fn default() -> Self {
        RateBudget::new(TRUTO_PER_ACCOUNT.0, TRUTO_PER_ACCOUNT.1)
    }
}

impl RateBudget {
    /// At most `limit` sends (at least 1) per key in any `window`.
    pub fn new(limit: u32, window: Duration) -> RateBudget {
        RateBudget {
            limit: limit.max(1) as usize,
            window,
            margin: window / 100 + Duration::from_millis(5),
            accounts: Mutex::new(HashMap::new()),
        }
    }

    /// The number of sends allowed per window.
    pub fn limit(&self) -> u32 {
        self.limit as u32
    }

    /// The window.
    pub fn window(&self) -> Duration {
        self.window
    }

    /// Reserves the earliest slot for `key` and returns when it may be used.
    pub fn reserve(&self, key: &str) -> Instant {
        let now = Instant::now();
        let mut accounts = match self.accounts.lock() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        };
        let account = accounts.entry(key.to_string()).or_default();
        while account
            .slots
            .front()
            .is_some_and(|&t| t + self.window + self.margin <= now)
        {
            account.slots.pop_front();
        }
        let mut at = now.max(account.paused_until.unwrap_or(now));
        // The slot must be a window after the send `limit` places earlier; slots are sorted,
        // so find the first position where `at` satisfies that.
        loop {
            let before = account.slots.partition_point(|&t| t <= at);
            if before < self.limit {
                break;
            }
            let bound = account.slots[before - self.limit] + self.window + self.margin;
            if bound <= at {
                break;
            }
            at = bound;
        }
        let position = account.slots.partition_point(|&t| t <= at);
        account.slots.insert(position, at);
        at
    }

    /// Waits for a slot for `key` (and for any pause a 429 set).
    pub async fn acquire(&self, key: &str) {
        loop {
            let at = self.reserve(key);
            tokio::time::sleep_until(at).await;
            let paused = self
                .accounts
                .lock()
                .ok()
                .and_then(|a| a.get(key).and_then(|a| a.paused_until));
            if paused.is_none_or(|until| until <= Instant::now()) {
                return;
            }
        }
    }

    /// Pauses `key` for `wait` (the API answered 429 with that `Retry-After`).
    pub fn pause(&self, key: &str, wait: Duration) {
        let until = Instant::now() + wait;
        let mut accounts = match self.accounts.lock() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        };
        let account = accounts.entry(key.to_string()).or_default();
        account.paused_until = Some(account.paused_until.map_or(until, |u| u.max(until)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn slots_respect_the_window_per_key() {
        let budget = RateBudget::new(3, Duration::from_secs(1));
        let start = Instant::now();
        let slots: Vec<Duration> = (0..7).map(|_| budget.reserve("a") - start).collect();
        let margin = budget.margin;
        assert_eq!(slots[..3], [Duration::ZERO; 3]);
        assert_eq!(slots[3..6], [Duration::from_secs(1) + margin; 3]);
        assert_eq!(slots[6], (Duration::from_secs(1) + margin) * 2);
        // Another key has its own budget.
        assert_eq!(budget.reserve("b"), start);
        // In any window, at most `limit` slots.
        for (i, &s) in slots.iter().enumerate() {
            let within = slots
                .iter()
                .filter(|&&t| t >= s && t < s + Duration::from_secs(1))
                .count();
            assert!(within <= 3, "slot {i}: {within} sends in one window");
        }
    }

    #[tokio::test(start_paused = true)]
    async fn a_pause_delays_the_next_slot() {
        let budget = RateBudget::new(10, Duration::from_secs(1));
        let start = Instant::now();
        budget.pause("a", Duration::from_secs(5));
        budget.acquire("a").await;
        assert!(Instant::now() - start >= Duration::from_secs(5));
        assert_eq!(budget.reserve("b"), Instant::now());
    }
}
