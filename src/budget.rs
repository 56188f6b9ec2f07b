//! Per-integrated-account rate budgets: send no faster than the API allows, instead of being
//! told so with a 429.

use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::sync::Mutex;
use std::time::Duration;

use tokio::time::Instant;

/// [`crate::watchdog::later`] for tokio's clock.
fn later(t: Instant, d: Duration) -> Instant {
    Instant::from_std(crate::watchdog::later(t.into_std(), d))
}

/// What the API allows per integrated account: 50 requests in any 10 seconds.
pub const TRUTO_PER_ACCOUNT: (u32, Duration) = (50, Duration::from_secs(10));

/// A sliding-window budget per key (an integrated account): at most `limit` sends in any
/// `window`, counted when they really go out; a 429's `Retry-After` pauses the key. Callers
/// waiting for a key sleep until its window frees a slot, without polling.
///
/// A safety margin (2.5% of the window, plus 10 ms) is added between a send and the one
/// `limit` places later, because the server counts arrivals, not departures.
pub struct RateBudget {
    limit: usize,
    window: Duration,
    margin: Duration,
    accounts: Mutex<HashMap<String, Account>>,
}

#[derive(Default)]
struct Account {
    /// Send times, oldest first; those older than a window are pruned.
    sent: VecDeque<Instant>,
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
            margin: (window / 40).saturating_add(Duration::from_millis(10)),
            accounts: Mutex::new(HashMap::new()),
        }
    }

    /// Replaces the safety margin kept between a send and the one `limit` places later
    /// (default: 2.5% of the window plus 10 ms). Widen it when sends may be delayed between
    /// leaving the budget and reaching the server (a loaded machine, a jittery network).
    pub fn with_margin(mut self, margin: Duration) -> RateBudget {
        self.margin = margin;
        self
    }

    /// The number of sends allowed per window.
    pub fn limit(&self) -> u32 {
        self.limit as u32
    }

    /// The window.
    pub fn window(&self) -> Duration {
        self.window
    }

    /// When a send at `t` leaves the window (saturating: a window too long for the clock
    /// never ends rather than panicking).
    fn after_window(&self, t: Instant) -> Instant {
        later(t, self.window.saturating_add(self.margin))
    }

    fn with_account<T>(&self, key: &str, f: impl FnOnce(&mut Account, Instant) -> T) -> T {
        let now = Instant::now();
        let mut accounts = match self.accounts.lock() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        };
        let account = accounts.entry(key.to_string()).or_default();
        while account
            .sent
            .front()
            .is_some_and(|&t| self.after_window(t) <= now)
        {
            account.sent.pop_front();
        }
        f(account, now)
    }

    /// When `key` may send next: now, or when its oldest send in the window leaves it (or a
    /// pause ends).
    fn ready_at(&self, account: &Account, now: Instant) -> Instant {
        let mut at = now.max(account.paused_until.unwrap_or(now));
        if account.sent.len() >= self.limit {
            at = at.max(self.after_window(account.sent[account.sent.len() - self.limit]));
        }
        at
    }

    /// Takes a slot for `key` now if the window has one, recording the send; else says when
    /// to try again. Call it right before sending, so that the recorded time is the real one.
    pub fn try_take(&self, key: &str) -> Result<(), Instant> {
        self.with_account(key, |account, now| {
            let at = self.ready_at(account, now);
            if at > now {
                return Err(at);
            }
            account.sent.push_back(now);
            Ok(())
        })
    }

    /// Waits until `key` has a slot, without taking it (another caller may take it first:
    /// follow with [`try_take`](Self::try_take)).
    pub async fn ready(&self, key: &str) {
        loop {
            let at = self.with_account(key, |account, now| self.ready_at(account, now));
            if at <= Instant::now() {
                return;
            }
            tokio::time::sleep_until(at).await;
        }
    }

    /// Waits for a slot for `key` and takes it.
    pub async fn acquire(&self, key: &str) {
        while let Err(at) = self.try_take(key) {
            tokio::time::sleep_until(at).await;
        }
    }

    /// Pauses `key` for `wait` (the API answered 429 with that `Retry-After`).
    pub fn pause(&self, key: &str, wait: Duration) {
        let until = later(Instant::now(), wait);
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
    async fn sends_respect_the_window_per_key() {
        let budget = RateBudget::new(3, Duration::from_secs(1));
        let start = Instant::now();
        let mut sent = Vec::new();
        for _ in 0..7 {
            budget.acquire("a").await;
            sent.push(Instant::now() - start);
        }
        let step = Duration::from_secs(1) + budget.margin;
        assert_eq!(sent[..3], [Duration::ZERO; 3]);
        assert_eq!(sent[3..6], [step; 3]);
        assert_eq!(sent[6], step * 2);
        // Another key has its own budget.
        assert!(budget.try_take("b").is_ok());
        // The window at 2 steps holds one send: two more fit, then the key says when to
        // come back.
        assert_eq!(budget.try_take("a"), Ok(()));
        assert_eq!(budget.try_take("a"), Ok(()));
        assert_eq!(budget.try_take("a"), Err(start + step * 3));
    }

    #[tokio::test(start_paused = true)]
    async fn ready_waits_without_taking() {
        let budget = RateBudget::new(1, Duration::from_secs(1));
        budget.acquire("a").await;
        let start = Instant::now();
        budget.ready("a").await;
        assert_eq!(
            Instant::now() - start,
            Duration::from_secs(1) + budget.margin
        );
        budget.ready("a").await;
        assert!(budget.try_take("a").is_ok());
        assert!(budget.try_take("a").is_err());
    }

    #[tokio::test(start_paused = true)]
    async fn a_pause_delays_the_next_send() {
        let budget = RateBudget::new(10, Duration::from_secs(1));
        let start = Instant::now();
        budget.pause("a", Duration::from_secs(5));
        budget.acquire("a").await;
        assert!(Instant::now() - start >= Duration::from_secs(5));
        assert!(budget.try_take("b").is_ok());
    }
}
