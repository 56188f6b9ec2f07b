//! `userdir demo`: Ada leaves today, on an embedded local server (`userdir demo review`: the
//! access review, in `review_demo.rs`).

use std::io::{BufReader, IsTerminal};
use std::path::PathBuf;
use std::time::Duration;

use clap::{ArgMatches, Command};
use truto_user_directory::mock::{MockServer, Seed};
use truto_user_directory::offboard::{
    FindOptions, Plan, Report, ReportFormat, RunInfo, RunOptions, Stop, Summary, TargetResult,
    bulk_client_builder, dry_run_people, find_person, plan_sha256, tenant_accounts, verify_audit,
};
use truto_user_directory::{Client, RateBudget};

use crate::exit::{self, Failure};
use crate::output::{print_line, write_stdout};
use crate::run::{now, run_plan, summary_line};
use crate::runtime::{runtime, watch_signals};

/// `userdir demo`.
pub const DEMO: &str = "demo";

/// The embedded demo directory and plan.
pub const DEMO_SEED: &str = include_str!("../../../examples/demo/seed.yaml");
const DEMO_PLAN: &str = include_str!("../../../examples/demo/plan.yaml");

/// `userdir demo`.
pub fn demo_command() -> Command {
    Command::new(DEMO)
        .about(
            "Offboard a person by email across a tenant of nine apps on an embedded local server, verified and reported: no credentials, no setup",
        )
        .subcommand(crate::review_demo::demo_review_command())
}

/// The demo's person.
const DEMO_EMAIL: &str = "ada@example.com";

/// The demo's tenant.
const DEMO_TENANT: &str = "acme";

/// The demo's story: the embedded server, a client of it, the plan and how it runs.
struct Demo {
    server: MockServer,
    client: Client,
    plan: Plan,
    options: RunOptions,
    stop: Stop,
    progress: bool,
    dir: PathBuf,
}

/// Prints a line (or lines) of the story on stdout.
fn say(text: String) -> Result<(), Failure> {
    write_stdout(format!("{text}\n").as_bytes())
}

/// A failure of the demo itself.
fn failed(what: impl std::fmt::Display) -> Failure {
    Failure::new(exit::FAILED, format!("demo: {what}"))
}

impl Demo {
    /// Step 1: find Ada, in every integrated account of her tenant, one JSON line each.
    async fn find(&self) -> Result<(), Failure> {
        say(format!(
            "# userdir demo: Ada Lovelace ({DEMO_EMAIL}) leaves {DEMO_TENANT} today. Remove her access everywhere, and prove it.\n# A local API server at {} (same spec, same rules), no credentials.\n\n## 1. Find her: every integrated account of the tenant, one JSON line each",
            self.server.base_url()
        ))?;
        let accounts = tenant_accounts(&self.client, DEMO_TENANT, &FindOptions::new())
            .await
            .map_err(failed)?;
        let found = find_person(&self.client, DEMO_EMAIL, &accounts, &FindOptions::new())
            .await
            .map_err(failed)?;
        for line in &found {
            print_line(line)?;
        }
        say(format!(
            "# {} account(s) searched with {} read(s); nothing was changed\n",
            found.len(),
            self.server.stats().requests
        ))
    }

    /// Step 2: a dry run of the plan, what would be sent, per account.
    async fn dry_run(&self) -> Result<(), Failure> {
        say(
            "## 2. Dry run of the plan (examples/demo/plan.yaml): what would be sent, per account"
                .into(),
        )?;
        let before = self.server.stats().requests;
        let (lines, reads) = dry_run_people(
            &self.plan,
            &self.client,
            false,
            None,
            &self.options.find,
            false,
        )
        .await;
        for line in &lines {
            print_line(line)?;
        }
        say(format!(
            "# {reads} read(s), {} request(s) in all, none that changes anything\n",
            self.server.stats().requests - before
        ))
    }

    /// Steps 3 and 4: the run, each change verified; the same plan again, with its journal (no
    /// search and no call is repeated). The first run's summary and results, and the second's
    /// summary.
    async fn run_twice(&self) -> Result<(Summary, Vec<TargetResult>, Summary), Failure> {
        say("## 3. The run: each account switched off, then her groups and role assignments removed (one call each), every change verified by reading the user back".into())?;
        let run = |client: Client| {
            run_plan(
                &self.plan,
                client,
                self.options.clone(),
                &self.stop,
                self.progress,
            )
        };
        let (summary, results, _) = run(self.client.clone()).await?;
        say(format!("# {}\n", summary_line(&summary)))?;
        say(
            "## 4. The same plan again, with its journal: no search and no call is repeated".into(),
        )?;
        let (before, changes_before) = (self.server.stats().requests, self.changes());
        let (again, _, _) = run(self.client.clone()).await?;
        say(format!(
            "# {}; the server received {} more request(s) (reads of each person's access), {} that change anything\n",
            summary_line(&again),
            self.server.stats().requests - before,
            self.changes() - changes_before
        ))?;
        Ok((summary, results, again))
    }

    /// Calls the server received to endpoints that change something (any method but `GET`).
    fn changes(&self) -> u64 {
        let stats = self.server.stats();
        truto_user_directory::ENDPOINTS
            .iter()
            .filter(|e| e.method != truto_user_directory::spec::Method::Get)
            .filter_map(|e| stats.by_endpoint.get(e.name))
            .sum()
    }

    /// Step 5: the auditor's report (Markdown and HTML files, and on stdout), and the audit
    /// log, whose hash chain holds up to the head the run reported.
    fn report(&self, report: &Report, head: Option<&str>) -> Result<(), Failure> {
        let (md, html) = (self.dir.join("report.md"), self.dir.join("report.html"));
        for (path, format) in [(&md, ReportFormat::Markdown), (&html, ReportFormat::Html)] {
            std::fs::write(path, report.render(format))
                .map_err(|e| Failure::new(exit::FAILED, format!("{}: {e}", path.display())))?;
        }
        let audit = self.dir.join("audit.jsonl");
        let chain = std::fs::File::open(&audit)
            .map_err(|e| e.to_string())
            .and_then(|f| verify_audit(BufReader::new(f), head).map_err(|e| e.to_string()))
            .map_err(|e| Failure::new(exit::FAILED, format!("{}: {e}", audit.display())))?;
        say(format!(
            "## 5. The auditor's report: {} (and {}), the audit log: {} (its hash chain holds: {} record(s) of {} run(s), head {}; `userdir audit verify` checks it)\n",
            md.display(),
            html.display(),
            audit.display(),
            chain.records,
            chain.runs,
            chain.head
        ))?;
        write_stdout(report.markdown().as_bytes())?;
        eprint!(
            "{}",
            report.terminal_summary(std::io::stderr().is_terminal())
        );
        Ok(())
    }
}

/// `userdir demo`: Ada leaves today. On the embedded server: find her by email in every account
/// of her tenant, a dry run, the run with verification, the same run resumed, and the auditor's
/// report.
pub fn demo(m: &ArgMatches) -> Result<u8, Failure> {
    if let Some((crate::review_demo::REVIEW, _)) = m.subcommand() {
        return crate::review_demo::demo_review();
    }
    let seed = Seed::from_yaml(DEMO_SEED)
        .map_err(|e| Failure::new(exit::FAILED, format!("demo seed: {e}")))?;
    let plan = Plan::from_yaml(DEMO_PLAN)
        .map_err(|e| Failure::new(exit::FAILED, format!("demo plan: {e}")))?;
    let dir = std::env::temp_dir().join(format!("userdir-demo-{}", std::process::id()));
    std::fs::create_dir_all(&dir)
        .map_err(|e| Failure::new(exit::FAILED, format!("{}: {e}", dir.display())))?;
    let options = RunOptions {
        journal: Some(dir.join("journal.jsonl")),
        audit: Some(dir.join("audit.jsonl")),
        verify: Some(Duration::from_secs(10)),
        read_access: true,
        ..RunOptions::default()
    };
    runtime()?.block_on(async {
        let stop = Stop::new();
        let _signals = watch_signals(stop.clone())?;
        let server = MockServer::start(seed)
            .await
            .map_err(|e| Failure::new(exit::FAILED, format!("demo server: {e}")))?;
        let client = bulk_client_builder()
            .base_url(server.base_url())
            .token("demo-token")
            .rate_budget(RateBudget::default())
            .build()
            .map_err(|e| Failure::from_error(&e))?;
        let demo = Demo {
            server,
            client,
            plan,
            options,
            stop,
            progress: std::io::stderr().is_terminal(),
            dir,
        };
        let started_at = now();
        demo.find().await?;
        demo.dry_run().await?;
        let (summary, results, again) = demo.run_twice().await?;
        let info = RunInfo {
            plan_path: "examples/demo/plan.yaml".into(),
            plan_sha256: plan_sha256(DEMO_PLAN.as_bytes()),
            operator: "userdir demo".into(),
            started_at,
            finished_at: now(),
            dry_run: false,
        };
        let report = Report::new(results, summary.clone(), info);
        demo.report(&report, again.audit_head.as_deref())?;
        demo.server.shutdown().await;
        // The story needs a person for the ambiguous, unsearchable and unconfirmed deletes: the
        // demo succeeds when everything else is done and nothing was repeated.
        Ok(
            if again.succeeded == 0 && summary.failed == 0 && summary.unconfirmed == 0 {
                exit::OK
            } else {
                exit::NEEDS_A_PERSON
            },
        )
    })
}
