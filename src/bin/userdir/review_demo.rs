//! `userdir demo review`: the quarterly access review of the demo tenant, on an embedded local
//! server: who still has access, against HR's roster, and the plan for the leavers.

use std::path::{Path, PathBuf};

use clap::Command;
use truto_user_directory::mock::{MockServer, Seed};
use truto_user_directory::offboard::{FindOptions, Plan, bulk_client_builder, dry_run_people};
use truto_user_directory::review::{ReviewMeta, ReviewOptions, Roster, RosterInfo};
use truto_user_directory::{Client, RateBudget, Stop};

use crate::exit::{self, Failure};
use crate::output::{print_line, write_stdout};
use crate::review::{FILES, summary_line, write_atomically};
use crate::review_calls;
use crate::runtime::{runtime, watch_signals};

/// `userdir demo review`.
pub const REVIEW: &str = "review";

/// The directory the demo reviews, and who should have access.
const SEED: &str = include_str!("../../../examples/review/seed.yaml");
const ROSTER: &str = include_str!("../../../examples/review/roster.csv");
const ROSTER_PATH: &str = "examples/review/roster.csv";

/// The demo's tenant.
const TENANT: &str = "acme";

/// The demo's "now", fixed so that its story does not age: the seed's logins are counted from it.
const NOW: &str = "2026-12-07T12:00:00Z";

/// The plan's file name in the demo's directory.
const PLAN: &str = "leavers-plan.yaml";

/// `userdir demo review`.
pub fn demo_review_command() -> Command {
    Command::new(REVIEW).about(
        "An access review of the demo tenant against a roster, on an embedded local server: findings, the report, and the plan for the leavers",
    )
}

/// Prints a line (or lines) of the story on stdout.
fn say(text: &str) -> Result<(), Failure> {
    write_stdout(format!("{text}\n").as_bytes())
}

/// A failure of the demo itself.
fn failed(what: impl std::fmt::Display) -> Failure {
    Failure::new(exit::FAILED, format!("demo review: {what}"))
}

/// The roster and what the review records of it.
fn roster() -> Result<(Roster, RosterInfo), Failure> {
    let roster = review_calls::parse_roster(Path::new(ROSTER_PATH), ROSTER)?;
    let info = roster.info(ROSTER_PATH, ROSTER.as_bytes());
    Ok((roster, info))
}

/// Step 1: the review, into `dir`.
async fn review(
    server: &MockServer,
    client: &Client,
    dir: &Path,
    stop: Stop,
) -> Result<ReviewMeta, Failure> {
    say(&format!(
        "# userdir demo review: who still has access at Acme? The quarterly access review (SOC 2 CC6.2/CC6.3, ISO 27001 A.5.18) of every app of the tenant, against HR's roster ({ROSTER_PATH}).\n# A local API server at {} (same spec, same rules), no credentials; reviewed as of {NOW}.\n\n## 1. The review: every user of every active integrated account, page by page\n# userdir review --tenant-id {TENANT} --roster {ROSTER_PATH} --out {} --plan-out {}",
        server.base_url(),
        dir.display(),
        dir.join(PLAN).display()
    ))?;
    let options = ReviewOptions {
        tenant_id: Some(TENANT.into()),
        roster: Some(roster()?),
        now: Some(NOW.into()),
        stop: Some(stop),
        ..ReviewOptions::new(dir)
    };
    let meta = review_calls::review(client, &options, |_| {}).await?;
    write_stdout(review_calls::terminal_table(&meta, false).as_bytes())?;
    for line in crate::review::not_reviewed_lines(&meta) {
        say(&format!("# {line}"))?;
    }
    say(&format!(
        "# {}; {} read(s), nothing was changed\n",
        summary_line(&meta, dir),
        server.stats().requests
    ))?;
    Ok(meta)
}

/// Step 2: the report, as an auditor reads it.
fn report(dir: &Path) -> Result<(), Failure> {
    let md = dir.join("review.md");
    say(&format!(
        "## 2. The report: {} (and review.html beside it; accounts.csv and review.json for tools)\n",
        md.display()
    ))?;
    let text =
        std::fs::read_to_string(&md).map_err(|e| failed(format!("{}: {e}", md.display())))?;
    write_stdout(text.as_bytes())?;
    say("")
}

/// Step 3: the plan for the leavers' active accounts, written next to the review.
fn plan(dir: &Path) -> Result<(PathBuf, Plan), Failure> {
    let path = dir.join(PLAN);
    let yaml = review_calls::leavers_plan(&dir.join("review.json"))?;
    write_atomically(&path, &yaml)?;
    let plan = Plan::from_yaml(&yaml).map_err(|e| failed(format!("the leavers' plan: {e}")))?;
    say(&format!(
        "## 3. The plan for the leavers: {} (by email and tenant, the least destructive operation each app has)\n",
        path.display()
    ))?;
    write_stdout(yaml.as_bytes())?;
    say("")?;
    Ok((path, plan))
}

/// Step 4: the plan's dry run, as `userdir offboard PLAN --dry-run` shows it: the number of
/// invalid targets.
async fn dry_run(
    server: &MockServer,
    client: &Client,
    path: &Path,
    plan: &Plan,
) -> Result<usize, Failure> {
    say(&format!(
        "## 4. What `userdir offboard {} --dry-run` shows: the plan as it is, per account",
        path.display()
    ))?;
    let before = server.stats().requests;
    let (lines, reads) =
        dry_run_people(plan, client, false, None, &FindOptions::new(), false).await;
    for line in &lines {
        print_line(line)?;
    }
    let invalid = lines.iter().filter(|l| l.is_invalid()).count();
    say(&format!(
        "# {} target(s), one line per account each was looked for in ({}), {invalid} invalid; {reads} read(s), {} request(s) in all, none that changes anything\n",
        plan.targets.len(),
        lines.len(),
        server.stats().requests - before
    ))?;
    Ok(invalid)
}

/// `userdir demo review`: on the embedded server, the review of the demo tenant against its
/// roster, the report, the plan for the leavers and its dry run; then where the files are.
pub fn demo_review() -> Result<u8, Failure> {
    let seed = Seed::from_yaml(SEED).map_err(|e| failed(format!("seed: {e}")))?;
    let dir = std::env::temp_dir().join(format!("userdir-demo-review-{}", std::process::id()));
    // A directory left by an earlier process of the same id would be resumed: start afresh.
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| failed(format!("{}: {e}", dir.display())))?;
    runtime()?.block_on(async {
        let stop = Stop::new();
        let _signals = watch_signals(stop.clone())?;
        let server = MockServer::start(seed)
            .await
            .map_err(|e| failed(format!("server: {e}")))?;
        let client = bulk_client_builder()
            .base_url(server.base_url())
            .token("demo-token")
            .rate_budget(RateBudget::default())
            .build()
            .map_err(|e| Failure::from_error(&e))?;
        let meta = review(&server, &client, &dir, stop).await?;
        report(&dir)?;
        let (path, plan) = plan(&dir)?;
        let invalid = dry_run(&server, &client, &path, &plan).await?;
        let files: Vec<String> = FILES
            .iter()
            .map(|f| dir.join(f).display().to_string())
            .chain([path.display().to_string()])
            .collect();
        say(&format!("# The files: {}", files.join(", ")))?;
        server.shutdown().await;
        // The story has an account that needs re-authentication (not reviewed, as it should
        // be): the demo succeeds when the review read the others and the plan is valid as it is.
        Ok(if !meta.reviewed.is_empty() && invalid == 0 {
            exit::OK
        } else {
            exit::NEEDS_A_PERSON
        })
    })
}
