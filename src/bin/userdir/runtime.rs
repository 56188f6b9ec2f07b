//! The async runtime a command runs on, and the signals that stop it.

use truto_user_directory::Stop;

use crate::exit::{self, Failure};

/// A multi-threaded runtime for one command.
pub fn runtime() -> Result<tokio::runtime::Runtime, Failure> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::new(exit::FAILED, format!("cannot start the runtime: {e}")))
}

/// Until the command ends: the first SIGINT (Ctrl-C) or SIGTERM stops it gracefully (no new
/// search, page read or target is started; the calls in flight finish and are journaled and
/// audited); the second aborts at once with exit code 130, whatever the command is doing
/// (reading its files too). The handlers are in place when this returns; call it within the
/// runtime.
pub fn watch_signals(stop: Stop) -> Result<tokio::task::JoinHandle<()>, Failure> {
    let signal = |e: std::io::Error| Failure::new(exit::FAILED, format!("signal: {e}"));
    #[cfg(unix)]
    let (mut interrupt, mut terminate) = {
        use tokio::signal::unix::{SignalKind, signal as on};
        (
            on(SignalKind::interrupt()).map_err(signal)?,
            on(SignalKind::terminate()).map_err(signal)?,
        )
    };
    Ok(tokio::spawn(async move {
        for n in 0.. {
            #[cfg(unix)]
            tokio::select! {
                _ = interrupt.recv() => {}
                _ = terminate.recv() => {}
            }
            #[cfg(not(unix))]
            if tokio::signal::ctrl_c().await.is_err() {
                return;
            }
            if n == 0 {
                stop.stop();
                eprintln!(
                    "userdir: stopping: no new target is started; the calls in flight finish and are recorded (Ctrl-C again aborts at once)"
                );
            } else {
                eprintln!(
                    "userdir: aborted: calls in flight may have been applied without a record; a dry run with the same journal shows what a re-run would send"
                );
                std::process::exit(i32::from(exit::INTERRUPTED));
            }
        }
    }))
}
