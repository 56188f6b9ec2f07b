//! What the benchmarks that measure the client share: a canned-answer HTTP server in a child
//! process (this bench binary re-executed with [`SERVER_ENV`] set, so that its work is not
//! counted as the client's), and the integrated account it describes.
//!
//! - **Server**: one thread on one `epoll` (mio), answering every keep-alive request with the
//!   same canned bytes ([`BODY`]), but `GET /integrated-account/…` with [`ACCOUNT`], a GitHub
//!   account; a request head is found by `memchr::memmem` over the new bytes only. It binds
//!   `127.0.0.1:0` and prints its port on stdout. It is killed when the bench ends (a drop
//!   guard, which also runs on panic) and exits by itself when its stdin closes, i.e. when the
//!   bench process is gone however it ended.

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// Set in the child process that serves.
pub const SERVER_ENV: &str = "USERDIR_BENCH_SERVER";
/// The integrated account every call acts on.
pub const ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";
/// The answer to every call.
pub const BODY: &str = r#"{"id":"1234","status":"deleted","first_name":"Ada","last_name":"Lovelace","emails":[{"email":"ada@example.com","is_primary":true}]}"#;
/// The answer to `GET /integrated-account/{ACCOUNT}`.
pub const ACCOUNT_BODY: &str =
    r#"{"id":"62f44730-dd91-461e-bd6a-aedd9e0ad79d","integration":{"name":"github"}}"#;

/// The server child process: killed and reaped when dropped, panics included.
pub struct ServerProcess {
    child: Child,
    pub addr: SocketAddr,
    clock: Option<libc::clockid_t>,
}

impl ServerProcess {
    pub fn spawn() -> ServerProcess {
        let exe = std::env::current_exe().expect("current exe");
        let child = Command::new(exe)
            .env(SERVER_ENV, "1")
            // Its stdin is a pipe held by this process: it closes when this process ends,
            // however it ends, and the server then exits.
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("spawn the server");
        // The guard exists before anything can fail.
        let mut server = ServerProcess {
            child,
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            clock: None,
        };
        let mut line = String::new();
        BufReader::new(server.child.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("the server's port");
        let port: u16 = line.trim().parse().expect("the server's port");
        server.addr.set_port(port);
        let mut clock: libc::clockid_t = 0;
        // SAFETY: clock_getcpuclockid writes a clock id for a pid into the given location.
        let found =
            unsafe { libc::clock_getcpuclockid(server.child.id() as libc::pid_t, &mut clock) };
        server.clock = (found == 0).then_some(clock);
        server
    }

    /// The server's CPU time so far (zero when its clock cannot be read).
    #[allow(dead_code, reason = "benches/tenants.rs does not read it")]
    pub fn cpu(&self) -> Duration {
        let Some(clock) = self.clock else {
            return Duration::ZERO;
        };
        let mut ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: clock_gettime writes the time into the given timespec.
        if unsafe { libc::clock_gettime(clock, &mut ts) } != 0 {
            return Duration::ZERO;
        }
        Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The canned-response server (runs in the child process): one thread, one `epoll` (mio).
pub mod server {
    use std::io::{ErrorKind, Read, Write};

    use mio::net::{TcpListener, TcpStream};
    use mio::{Events, Interest, Poll, Token};

    use super::{ACCOUNT_BODY, BODY};

    const LISTENER: Token = Token(usize::MAX);

    /// The canned answers, whole.
    struct Answers {
        call: Vec<u8>,
        account: Vec<u8>,
    }

    /// One keep-alive connection. Unanswered bytes are `buf[start..end]`; those before
    /// `scanned` hold no complete request head.
    struct Conn {
        stream: TcpStream,
        buf: Vec<u8>,
        start: usize,
        end: usize,
        scanned: usize,
    }

    pub fn run() -> ! {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        let port = listener.local_addr().expect("local addr").port();
        listener.set_nonblocking(true).expect("nonblocking");
        let mut listener = TcpListener::from_std(listener);
        {
            let mut out = std::io::stdout().lock();
            writeln!(out, "{port}").expect("print the port");
            out.flush().expect("print the port");
        }
        // Exit when the bench process is gone (its end of our stdin closes).
        std::thread::spawn(|| {
            let mut sink = [0u8; 64];
            let mut stdin = std::io::stdin();
            while matches!(stdin.read(&mut sink), Ok(n) if n > 0) {}
            std::process::exit(0);
        });
        let answer = |body: &str| {
            format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
                body.len()
            )
            .into_bytes()
        };
        let answers = Answers {
            call: answer(BODY),
            account: answer(ACCOUNT_BODY),
        };
        let finder = memchr::memmem::Finder::new(b"\r\n\r\n");
        let mut poll = Poll::new().expect("epoll");
        poll.registry()
            .register(&mut listener, LISTENER, Interest::READABLE)
            .expect("register the listener");
        let mut conns: Vec<Option<Conn>> = Vec::new();
        let mut events = Events::with_capacity(256);
        loop {
            if let Err(e) = poll.poll(&mut events, None) {
                assert_eq!(e.kind(), ErrorKind::Interrupted, "epoll_wait: {e}");
                continue;
            }
            for event in &events {
                if event.token() == LISTENER {
                    while let Ok((mut stream, _)) = listener.accept() {
                        let _ = stream.set_nodelay(true);
                        let slot = conns.iter().position(Option::is_none).unwrap_or_else(|| {
                            conns.push(None);
                            conns.len() - 1
                        });
                        poll.registry()
                            .register(&mut stream, Token(slot), Interest::READABLE)
                            .expect("register a connection");
                        conns[slot] = Some(Conn {
                            stream,
                            buf: vec![0; 16 * 1024],
                            start: 0,
                            end: 0,
                            scanned: 0,
                        });
                    }
                    continue;
                }
                let slot = event.token().0;
                let Some(conn) = conns[slot].as_mut() else {
                    continue;
                };
                if !conn.ready(&finder, &answers) {
                    let mut conn = conns[slot].take().expect("a connection");
                    let _ = poll.registry().deregister(&mut conn.stream);
                }
            }
        }
    }

    impl Conn {
        /// Reads what came (edge-triggered: until a short read) and answers every complete
        /// request head (the DELETEs have no body). `false`: the connection is done.
        fn ready(&mut self, finder: &memchr::memmem::Finder<'_>, answers: &Answers) -> bool {
            loop {
                if self.end == self.buf.len() {
                    if self.start > 0 {
                        self.buf.copy_within(self.start..self.end, 0);
                        self.end -= self.start;
                        self.scanned -= self.start;
                        self.start = 0;
                    } else {
                        self.buf.resize(self.buf.len() * 2, 0);
                    }
                }
                let room = self.buf.len() - self.end;
                let n = match self.stream.read(&mut self.buf[self.end..]) {
                    Ok(0) => return false,
                    Ok(n) => n,
                    Err(e) if e.kind() == ErrorKind::WouldBlock => return true,
                    Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                    Err(_) => return false,
                };
                self.end += n;
                while let Some(at) = finder.find(&self.buf[self.scanned..self.end]) {
                    let head = self.start;
                    self.start = self.scanned + at + 4;
                    self.scanned = self.start;
                    let response = if self.buf[head..].starts_with(b"GET /integrated-account/") {
                        &answers.account
                    } else {
                        &answers.call
                    };
                    if !write_all(&mut self.stream, response) {
                        return false;
                    }
                }
                if self.start == self.end {
                    (self.start, self.end, self.scanned) = (0, 0, 0);
                } else {
                    self.scanned = self.end.saturating_sub(3).max(self.start);
                }
                // A short read drained the socket: the next bytes bring a new edge.
                if n < room {
                    return true;
                }
            }
        }
    }

    /// Writes all of `bytes`, spinning if the socket is full (only a client pipelining faster
    /// than it reads fills it, which reqwest does not do).
    fn write_all(stream: &mut TcpStream, mut bytes: &[u8]) -> bool {
        while !bytes.is_empty() {
            match stream.write(bytes) {
                Ok(w) => bytes = &bytes[w..],
                Err(e) if e.kind() == ErrorKind::WouldBlock => std::thread::yield_now(),
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(_) => return false,
            }
        }
        true
    }
}
