//! Attempt timeouts without a tokio timer per call, and without a thread per client.
//!
//! A tokio timer per attempt makes the runtime park with a finite timeout, which arms a kernel
//! timer at every wait: about 1 µs of CPU per call on the benchmark machine, as much as the rest
//! of the client's own work (`benches/client_overhead.rs`). Instead, one thread for the whole
//! process ([`Watchdog::global`], started with the first attempt and idle, blocked on a condition
//! variable, while nothing is armed) keeps the armed attempts of every client in a queue sorted
//! by deadline and wakes the attempts that run out, sleeping until the earliest deadline. Most
//! attempts share a client's timeout, so deadlines come nearly in order: arming is a lock and an
//! insert near the back; the thread is woken only when a new deadline is earlier than the one it
//! sleeps until (or it sleeps with nothing to watch), so busy clients make no system call for
//! their timeouts. Ended attempts are dropped from the front as new ones are armed, and the whole
//! queue is swept whenever it doubles, so it stays as long as the attempts in flight even when
//! a stalled attempt with an early deadline sits at its front.

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, OnceLock};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use futures_util::task::AtomicWaker;

/// One armed attempt.
#[derive(Debug)]
struct Slot {
    deadline: Instant,
    /// The deadline passed while the attempt was still running.
    fired: AtomicBool,
    /// The attempt ended (its [`Armed`] was dropped): never fire it.
    done: AtomicBool,
    waker: AtomicWaker,
}

#[derive(Debug, Default)]
struct State {
    /// Armed attempts, sorted by deadline.
    queue: VecDeque<Arc<Slot>>,
    /// What the thread sleeps until (`None`: until woken).
    wakes_at: Option<Instant>,
    /// The thread is running.
    started: bool,
    stop: bool,
    /// The queue's length that triggers a sweep of the ended attempts anywhere in it.
    sweep_at: usize,
}

/// The shortest queue that is swept ([`State::sweep_at`]).
const MIN_SWEEP: usize = 64;

#[derive(Debug, Default)]
struct Shared {
    state: Mutex<State>,
    wake: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic while holding the lock leaves consistent data (a queue of `Arc`s).
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Fires what has run out, drops what ended, and sleeps until the next deadline.
    fn watch(&self) {
        let mut state = self.lock();
        while !state.stop {
            let now = Instant::now();
            while let Some(front) = state.queue.front() {
                if front.done.load(Ordering::Acquire) {
                    state.queue.pop_front();
                } else if front.deadline <= now {
                    front.fired.store(true, Ordering::Release);
                    front.waker.wake();
                    state.queue.pop_front();
                } else {
                    break;
                }
            }
            state.wakes_at = state.queue.front().map(|s| s.deadline);
            state = match state.wakes_at {
                None => self.wake.wait(state).unwrap_or_else(|e| e.into_inner()),
                Some(at) => {
                    let wait = at.saturating_duration_since(now);
                    let (state, _) = self
                        .wake
                        .wait_timeout(state, wait)
                        .unwrap_or_else(|e| e.into_inner());
                    state
                }
            };
        }
    }
}

/// Attempt timeouts. Its thread starts with the first armed attempt and stops when the watchdog
/// is dropped (never, for the [global](Watchdog::global) one).
#[derive(Debug, Default)]
pub(crate) struct Watchdog {
    shared: Arc<Shared>,
    thread: OnceLock<std::thread::JoinHandle<()>>,
}

impl Watchdog {
    /// The process's watchdog, shared by every client: one thread however many clients there
    /// are.
    pub(crate) fn global() -> &'static Watchdog {
        static GLOBAL: OnceLock<Watchdog> = OnceLock::new();
        GLOBAL.get_or_init(Watchdog::default)
    }

    /// Watches an attempt that must end by `deadline`.
    pub(crate) fn arm(&self, deadline: Instant) -> Armed {
        let slot = Arc::new(Slot {
            deadline,
            fired: AtomicBool::new(false),
            done: AtomicBool::new(false),
            waker: AtomicWaker::new(),
        });
        let mut state = self.shared.lock();
        // Attempts mostly end in order: drop the ended ones at the front now, so the queue stays
        // as short as the attempts in flight.
        while state
            .queue
            .front()
            .is_some_and(|s| s.done.load(Ordering::Acquire))
        {
            state.queue.pop_front();
        }
        // Attempts mostly share a client's timeout: a new deadline is mostly the latest.
        if state.queue.back().is_none_or(|s| s.deadline <= deadline) {
            state.queue.push_back(slot.clone());
        } else {
            let at = state.queue.partition_point(|s| s.deadline <= deadline);
            state.queue.insert(at, slot.clone());
        }
        // An attempt still in flight at the front keeps the ended ones behind it: sweep them
        // whenever the queue has doubled since the last sweep (amortised constant time).
        if state.queue.len() >= state.sweep_at {
            state.queue.retain(|s| !s.done.load(Ordering::Acquire));
            state.sweep_at = (state.queue.len() * 2).max(MIN_SWEEP);
        }
        let start = !state.started;
        state.started = true;
        let wake = state.wakes_at.is_none_or(|t| deadline < t);
        drop(state);
        if start {
            let shared = self.shared.clone();
            let spawned = std::thread::Builder::new()
                .name(THREAD_NAME.into())
                .spawn(move || shared.watch());
            match spawned {
                Ok(handle) => {
                    let _ = self.thread.set(handle);
                }
                // Without a thread no attempt would time out: fail them at once instead of
                // letting them hang.
                Err(_) => self.fail_all(),
            }
        } else if wake {
            self.shared.wake.notify_one();
        }
        Armed { slot }
    }

    fn fail_all(&self) {
        let mut state = self.shared.lock();
        for slot in state.queue.drain(..) {
            slot.fired.store(true, Ordering::Release);
            slot.waker.wake();
        }
        state.started = false;
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        self.shared.lock().stop = true;
        self.shared.wake.notify_one();
        if let Some(handle) = self.thread.take() {
            let _ = handle.join();
        }
    }
}

/// The watchdog thread's name (at most 15 bytes: what Linux keeps of it).
const THREAD_NAME: &str = "truto-timeouts";

/// An armed attempt: await [`Armed::expired`] beside the attempt; dropping it disarms it.
#[derive(Debug)]
pub(crate) struct Armed {
    slot: Arc<Slot>,
}

impl Armed {
    /// Ready when the deadline has passed.
    pub(crate) fn expired(&self) -> Expired<'_> {
        Expired { slot: &self.slot }
    }
}

impl Drop for Armed {
    fn drop(&mut self) {
        self.slot.done.store(true, Ordering::Release);
    }
}

/// The future of [`Armed::expired`].
#[derive(Debug)]
pub(crate) struct Expired<'a> {
    slot: &'a Slot,
}

impl Future for Expired<'_> {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.slot.fired.load(Ordering::Acquire) {
            return Poll::Ready(());
        }
        self.slot.waker.register(cx.waker());
        // Fired between the first check and the registration: the wake may have been missed.
        if self.slot.fired.load(Ordering::Acquire) {
            Poll::Ready(())
        } else {
            Poll::Pending
        }
    }
}

/// As far ahead as a wait or deadline goes when its sum overflows the clock: a century.
const FAR: Duration = Duration::from_secs(100 * 365 * 86_400);

/// `t + d`, saturating: a duration the clock cannot add (a `Retry-After` of `u64::MAX`
/// seconds, a deadline of `Duration::MAX`) is a century away, never a panic.
pub(crate) fn later(t: Instant, d: Duration) -> Instant {
    t.checked_add(d).or_else(|| t.checked_add(FAR)).unwrap_or(t)
}

/// Whether a wait of `d` from now ends before `deadline` (false when it overflows the clock).
pub(crate) fn ends_before(d: Duration, deadline: Instant) -> bool {
    Instant::now().checked_add(d).is_some_and(|t| t < deadline)
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[tokio::test]
    async fn deadlines_fire_in_order_and_ended_attempts_never_do() {
        let watchdog = Watchdog::default();
        let start = Instant::now();
        let later = watchdog.arm(start + Duration::from_millis(120));
        let sooner = watchdog.arm(start + Duration::from_millis(40));
        let ended = watchdog.arm(start + Duration::from_millis(20));
        let ended_slot = ended.slot.clone();
        drop(ended);
        sooner.expired().await;
        let took = start.elapsed();
        assert!(took >= Duration::from_millis(40), "{took:?}");
        assert!(!later.slot.fired.load(Ordering::Acquire));
        later.expired().await;
        assert!(start.elapsed() >= Duration::from_millis(120));
        assert!(!ended_slot.fired.load(Ordering::Acquire));
    }

    #[tokio::test]
    async fn an_earlier_deadline_wakes_a_sleeping_watcher() {
        let watchdog = Watchdog::default();
        let start = Instant::now();
        // The watcher sleeps until this one…
        let _far = watchdog.arm(start + Duration::from_secs(3600));
        tokio::time::sleep(Duration::from_millis(20)).await;
        // …and must wake for this one.
        let near = watchdog.arm(Instant::now() + Duration::from_millis(30));
        tokio::time::timeout(Duration::from_secs(5), near.expired())
            .await
            .expect("fired long before the far deadline");
    }

    #[test]
    fn the_queue_holds_only_attempts_in_flight() {
        let watchdog = Watchdog::default();
        for _ in 0..10_000 {
            let armed = watchdog.arm(Instant::now() + Duration::from_secs(30));
            drop(armed);
        }
        assert!(watchdog.shared.lock().queue.len() <= 1);
    }

    #[test]
    fn a_stalled_attempt_at_the_front_does_not_keep_the_ended_ones() {
        let watchdog = Watchdog::default();
        let stalled = watchdog.arm(Instant::now() + Duration::from_secs(1));
        for _ in 0..10_000 {
            drop(watchdog.arm(Instant::now() + Duration::from_secs(30)));
        }
        let queued = watchdog.shared.lock().queue.len();
        assert!(queued <= 2 * MIN_SWEEP, "{queued} slots queued");
        drop(stalled);
    }

    #[test]
    fn dropping_the_watchdog_stops_its_thread() {
        let watchdog = Watchdog::default();
        drop(watchdog.arm(Instant::now() + Duration::from_secs(3600)));
        assert!(watchdog.thread.get().is_some());
        // Joins the thread: this returns only if it stopped.
        drop(watchdog);
    }
}
