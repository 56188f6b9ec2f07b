//! What the local server holds: the seeded accounts with their users and other records, each
//! account's rate window, the faults it injects, and its counters.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use super::http::ServerLimits;
use super::seed::{self, Faults, Limits, Seed, SeedAccount, SeedUser};
use crate::Integration;

/// What the server has seen and done, as counters.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Stats {
    /// Every HTTP request received, lookups and rejected ones included.
    pub requests: u64,
    /// Authenticated `GET /integrated-account/{id}` requests (never rate limited).
    pub lookups: u64,
    /// 429 answers.
    pub rate_limited: u64,
    /// Injected 502 answers.
    pub injected_errors: u64,
    /// Connections dropped on purpose (the call was applied, its answer never sent).
    pub dropped: u64,
    /// 400 answers: malformed requests and validation errors.
    pub rejected: u64,
    /// `account/user/operation` → how many calls changed the user (successful mutations).
    pub applied: BTreeMap<String, u64>,
    /// Endpoint name → authenticated requests routed to it, whatever their answer.
    pub by_endpoint: BTreeMap<String, u64>,
}

impl Stats {
    /// How many calls of `operation` changed `user` of `account`.
    pub fn applied_to(&self, account: &str, user: &str, operation: &str) -> u64 {
        self.applied
            .get(&format!("{account}/{user}/{operation}"))
            .copied()
            .unwrap_or(0)
    }
}

#[derive(Debug, Clone)]
pub(super) struct User {
    /// Every address, the primary first.
    pub(super) emails: Vec<String>,
    pub(super) username: Option<String>,
    pub(super) status: String,
    /// The paid seats the user holds; `None` when the seed gave none (the integration reports
    /// no licenses). A downgrade empties them.
    pub(super) licenses: Option<Vec<String>>,
    /// Further fields of the user model, as the seed gave them (access lists among them).
    pub(super) fields: BTreeMap<String, Value>,
}

impl User {
    /// Takes the items whose `id` is `id` out of the list in `field`; whether there was one.
    pub(super) fn drop_item(&mut self, field: &str, id: &str) -> bool {
        let Some(Value::Array(items)) = self.fields.get_mut(field) else {
            return false;
        };
        let before = items.len();
        items.retain(|item| crate::spec::id_at(item, RECORD_ID).as_deref() != Some(id));
        items.len() != before
    }

    /// The ids of the items of the list in `field`.
    pub(super) fn item_ids(&self, field: &str) -> Vec<String> {
        match self.fields.get(field) {
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(|item| crate::spec::id_at(item, RECORD_ID))
                .collect(),
            _ => Vec::new(),
        }
    }
}

/// The field that identifies a record, and an item of a user's access list (`spec/README.md`,
/// `revoke`: "items with an `id`").
pub(super) const RECORD_ID: &str = "id";

/// An account's records of one collection, by id.
pub(super) type Records = BTreeMap<String, Value>;

#[derive(Debug)]
pub(super) struct Account {
    pub(super) integration: Integration,
    pub(super) tenant_id: Option<String>,
    pub(super) status: String,
    pub(super) is_sandbox: bool,
    pub(super) list_requires: Vec<String>,
    pub(super) users: BTreeMap<String, User>,
    /// The records of the other collections, by collection.
    pub(super) records: BTreeMap<String, Records>,
    /// The endpoints (by name) the integration lacks.
    pub(super) missing_methods: Vec<String>,
}

impl Account {
    /// The account as the admin API returns it (the lookup and the admin list).
    pub(super) fn json(&self, id: &str) -> Value {
        json!({
            "id": id,
            "tenant_id": self.tenant_id,
            "integration": {
                "name": self.integration.slug(),
                "label": self.integration.name(),
            },
            "status": self.status,
            "is_sandbox": self.is_sandbox,
        })
    }
}

/// The rate-limit headers of an admitted or refused request.
#[derive(Debug, Clone)]
pub(super) struct Window {
    limit: String,
    remaining: usize,
    reset: u64,
}

impl Window {
    pub(super) fn headers(&self) -> Vec<(&'static str, String)> {
        vec![
            ("ratelimit-limit", self.limit.clone()),
            ("ratelimit-remaining", self.remaining.to_string()),
            ("ratelimit-reset", self.reset.to_string()),
        ]
    }
}

pub(super) struct State {
    pub(super) accounts: HashMap<String, Account>,
    pub(super) limits: Limits,
    pub(super) window: Duration,
    /// Account id → when its counted requests of the current window arrived, oldest first.
    pub(super) arrivals: HashMap<String, VecDeque<Instant>>,
    pub(super) faults: Faults,
    pub(super) rng: fastrand::Rng,
    pub(super) stats: Stats,
}

/// Seconds, rounded up.
fn ceil_secs(d: Duration) -> u64 {
    d.as_secs().saturating_add(u64::from(d.subsec_nanos() > 0))
}

pub(super) fn window_of(limits: &Limits) -> Duration {
    Duration::try_from_secs_f64(limits.window_seconds)
        .ok()
        .filter(|d| !d.is_zero())
        .unwrap_or(Duration::from_secs(10))
}

pub(super) fn rng_of(faults: &Faults) -> fastrand::Rng {
    faults
        .seed
        .map(fastrand::Rng::with_seed)
        .unwrap_or_default()
}

impl State {
    /// Counts a request against `account`'s window, or refuses it with the seconds until a
    /// slot frees.
    pub(super) fn admit(&mut self, account: &str, now: Instant) -> Result<Window, (Window, u64)> {
        let limit = usize::try_from(self.limits.per_account).unwrap_or(usize::MAX);
        let window = self.window;
        let seconds = self.limits.window_seconds;
        let limit_header = if seconds.fract() == 0.0 && seconds < 1e15 {
            format!("{};w={}", self.limits.per_account, seconds as u64)
        } else {
            format!("{};w={seconds}", self.limits.per_account)
        };
        let arrivals = self.arrivals.entry(account.to_string()).or_default();
        while arrivals
            .front()
            .is_some_and(|t| now.duration_since(*t) >= window)
        {
            arrivals.pop_front();
        }
        let until_oldest_expires = |arrivals: &VecDeque<Instant>| {
            arrivals
                .front()
                .map(|t| window.saturating_sub(now.duration_since(*t)))
                .unwrap_or(window)
        };
        if arrivals.len() >= limit {
            let wait = ceil_secs(until_oldest_expires(arrivals)).max(1);
            return Err((
                Window {
                    limit: limit_header,
                    remaining: 0,
                    reset: wait,
                },
                wait,
            ));
        }
        arrivals.push_back(now);
        Ok(Window {
            limit: limit_header,
            remaining: limit - arrivals.len(),
            reset: ceil_secs(until_oldest_expires(arrivals)),
        })
    }
}

pub(super) struct Shared {
    pub(super) state: Mutex<State>,
    pub(super) limits: ServerLimits,
}

impl Shared {
    /// The state; a panic elsewhere while holding the lock does not make it unusable.
    pub(super) fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub(super) fn latency(&self) -> Duration {
        Duration::from_millis(self.lock().faults.latency_ms)
    }
}

impl State {
    /// The state a server starts from: the seed's accounts and users, limits and faults. An
    /// unusable seed (see [`Seed::check`]) is an [`InvalidInput`](std::io::ErrorKind::InvalidInput)
    /// error.
    pub(super) fn from_seed(seed: Seed) -> Result<State, std::io::Error> {
        let invalid = |m: String| std::io::Error::new(std::io::ErrorKind::InvalidInput, m);
        seed.check().map_err(|e| invalid(e.to_string()))?;
        let mut accounts = HashMap::new();
        for account in seed.accounts {
            let integration = Integration::lookup(&account.integration)
                .map_err(|_| invalid(seed::unknown_integration(&account.integration)))?;
            accounts.insert(account.id.clone(), Account::from_seed(account, integration));
        }
        Ok(State {
            accounts,
            window: window_of(&seed.limits),
            limits: seed.limits,
            arrivals: HashMap::new(),
            rng: rng_of(&seed.faults),
            faults: seed.faults,
            stats: Stats::default(),
        })
    }
}

impl User {
    fn from_seed(user: SeedUser) -> User {
        User {
            emails: user.email.into_iter().chain(user.emails).collect(),
            username: user.username,
            status: user.status,
            licenses: Some(user.licenses).filter(|l| !l.is_empty()),
            fields: user.fields,
        }
    }
}

impl Account {
    /// The account of a checked seed (records without a text `id` were refused then).
    fn from_seed(account: SeedAccount, integration: Integration) -> Account {
        let records = account
            .records
            .into_iter()
            .map(|(collection, records)| {
                let by_id = records
                    .into_iter()
                    .filter_map(|r| Some((crate::spec::id_at(&r, RECORD_ID)?, r)))
                    .collect();
                (collection, by_id)
            })
            .collect();
        Account {
            integration,
            tenant_id: account.tenant_id,
            status: account.status,
            is_sandbox: account.is_sandbox,
            list_requires: account.list_requires,
            users: (account.users.into_iter())
                .map(|u| (u.id.clone(), User::from_seed(u)))
                .collect(),
            records,
            missing_methods: account.missing_methods,
        }
    }
}
