//! The same request sequence against one keep-alive loopback server, sent by our client and by a
//! plain hand-written reqwest loop; prints the overhead ratio (target: within 5%).

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use truto_user_directory::{Client, DeleteUser, Integration};

const ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";
const BODY: &str = r#"{"id":"1234","status":"deleted","first_name":"Ada","last_name":"Lovelace","emails":[{"email":"ada@example.com","is_primary":true}]}"#;
const REQUESTS: usize = 50;

/// A minimal keep-alive HTTP/1.1 server answering every request with the same user.
async fn serve() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            tokio::spawn(async move {
                let response = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{BODY}",
                    BODY.len()
                );
                let mut buf = Vec::new();
                let mut chunk = [0u8; 4096];
                loop {
                    while let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                        buf.drain(..end + 4);
                        if stream.write_all(response.as_bytes()).await.is_err() {
                            return;
                        }
                    }
                    match stream.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => buf.extend_from_slice(&chunk[..n]),
                    }
                }
            });
        }
    });
    addr
}

fn bench(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    let addr = runtime.block_on(serve());
    let base = format!("http://{addr}");
    let client = Client::builder()
        .base_url(&base)
        .token("bench")
        .build()
        .expect("client");
    let plain = reqwest::Client::new();
    let url = format!(
        "{base}/unified/user-directory/users/1234?organization_id=acme&integrated_account_id={ACCOUNT}"
    );
    let request = DeleteUser::for_github("1234", ACCOUNT, "acme");

    let ours = || async {
        for _ in 0..REQUESTS {
            let r = client
                .delete_user(&request, Some(Integration::GitHub))
                .await
                .expect("ok");
            assert!(r.body.typed().is_some());
        }
    };
    let hand_written = || async {
        for _ in 0..REQUESTS {
            let r = plain
                .delete(&url)
                .bearer_auth("bench")
                .header("accept", "application/json")
                .send()
                .await
                .expect("ok");
            let v: serde_json::Value =
                serde_json::from_slice(&r.bytes().await.expect("body")).expect("json");
            assert!(v.get("id").is_some());
        }
    };

    let mut group = c.benchmark_group("loopback_50_deletes");
    group.bench_function("truto_user_directory_client", |b| {
        b.to_async(&runtime).iter(ours)
    });
    group.bench_function("plain_reqwest_loop", |b| {
        b.to_async(&runtime).iter(hand_written)
    });
    group.finish();

    // The ratio: rounds alternate between the two so that warm-up and noise hit both alike;
    // the best round of each is compared.
    let timed = |f: &dyn Fn()| {
        let started = Instant::now();
        f();
        started.elapsed()
    };
    let (mut ours_best, mut plain_best) = (Duration::MAX, Duration::MAX);
    for _ in 0..30 {
        ours_best = ours_best.min(timed(&|| runtime.block_on(ours())));
        plain_best = plain_best.min(timed(&|| runtime.block_on(hand_written())));
    }
    println!(
        "overhead: client {:?} vs plain reqwest {:?} per {REQUESTS} requests: ratio {:.3} (target <= 1.05)",
        ours_best,
        plain_best,
        ours_best.as_secs_f64() / plain_best.as_secs_f64()
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
