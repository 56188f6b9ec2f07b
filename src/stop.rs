//! Stopping a run, a search or a call gracefully: the first Ctrl-C.

use std::sync::Arc;

/// Stops a run gracefully: after [`Stop::stop`], no search, page read, target or call is
/// started, and no call is sent again (after a 429, say); calls in flight finish, and are
/// journaled and audited; the targets not started end `interrupted`, and so do the accounts
/// whose search it ended. Clones share the signal (give one to an offboarding run's
/// `RunOptions::stop`, keep one to signal with).
#[derive(Debug, Clone)]
pub struct Stop(Arc<tokio::sync::watch::Sender<bool>>);

impl Default for Stop {
    fn default() -> Self {
        Stop(Arc::new(tokio::sync::watch::Sender::new(false)))
    }
}

impl Stop {
    /// A signal not yet given.
    pub fn new() -> Stop {
        Stop::default()
    }

    /// Gives the signal (again: no effect).
    pub fn stop(&self) {
        self.0.send_replace(true);
    }

    /// Whether the signal was given.
    pub fn is_stopped(&self) -> bool {
        *self.0.borrow()
    }

    /// Waits for the signal.
    pub(crate) async fn stopped(&self) {
        let mut watch = self.0.subscribe();
        // The sender lives as long as `self`: the wait ends only with the signal.
        let _ = watch.wait_for(|stopped| *stopped).await;
    }

    /// Waits for the signal of `stop`, or forever without one (the offboarding searches and
    /// read-backs wait on it).
    #[cfg(feature = "offboard")]
    pub(crate) async fn of(stop: Option<&Stop>) {
        match stop {
            Some(stop) => stop.stopped().await,
            None => std::future::pending().await,
        }
    }
}
