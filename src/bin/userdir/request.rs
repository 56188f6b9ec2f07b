//! One operation: a dry run (print the request and its problems) or a real send. A list
//! endpoint follows every page and prints one JSON item per line.

use std::io::Write;

use clap::ArgMatches;
use futures_util::StreamExt;
use serde::Serialize;
use serde_json::Value;
use truto_user_directory::spec::{BodyHandling, EndpointSpec, ParamRole};
use truto_user_directory::validate::{self, WireField};
use truto_user_directory::{
    Body, Client, Error, Integration, Mode, Response, ResponseFormat, Rule, Severity, Violation,
};

use truto_user_directory::terminal::{self, short as shown};

use crate::args::{self, id};
use crate::endpoints;
use crate::exit::{self, Failure};
use crate::output::{print_json, write_stdout};

/// The token a dry run's client is built with when none is given: it is never sent, and
/// `Client::prepare` redacts whatever token the client has anyway.
const DRY_RUN_TOKEN: &str = "dry-run";

/// What the operation's own flags say.
struct Options {
    integration: Option<Integration>,
    mode: Mode,
    base_url: String,
    token: Option<String>,
    dry_run: bool,
    /// `--max-pages`, of a list endpoint.
    max_pages: Option<u32>,
    /// `--max-body-bytes`.
    max_body_bytes: u64,
    /// `--verbose`: an error answer's whole body on stderr, escaped.
    verbose: bool,
    /// `--error-body FILE`: an error answer's raw body written there.
    error_body: Option<std::path::PathBuf>,
}

impl Options {
    fn from(endpoint: &EndpointSpec, matches: &ArgMatches) -> Result<Options, Failure> {
        let lenient = matches
            .try_get_one::<bool>(id::LENIENT)
            .map_err(Failure::flag)?;
        let dry_run = matches
            .try_get_one::<bool>(id::DRY_RUN)
            .map_err(Failure::flag)?;
        Ok(Options {
            integration: matches
                .try_get_one::<Integration>(id::INTEGRATION)
                .map_err(Failure::flag)?
                .copied(),
            mode: if lenient == Some(&true) {
                Mode::Lenient
            } else {
                Mode::Strict
            },
            base_url: matches
                .try_get_one::<String>(id::BASE_URL)
                .map_err(Failure::flag)?
                .cloned()
                .unwrap_or_else(|| truto_user_directory::DEFAULT_BASE_URL.to_string()),
            // An empty token (e.g. `TRUTO_API_TOKEN=`) is no token.
            token: matches
                .try_get_one::<String>(id::TOKEN)
                .map_err(Failure::flag)?
                .filter(|t| !t.trim().is_empty())
                .cloned(),
            dry_run: dry_run == Some(&true),
            verbose: matches
                .try_get_one::<bool>(id::VERBOSE)
                .map_err(Failure::flag)?
                == Some(&true),
            error_body: match matches
                .try_get_one::<std::path::PathBuf>(id::ERROR_BODY)
                .map_err(Failure::flag)?
            {
                // Written only to a new file: checked before anything is sent.
                Some(path) if std::fs::symlink_metadata(path).is_ok() => {
                    return Err(Failure::new(
                        exit::USAGE,
                        format!(
                            "--{} {}: exists, and is left as it is: give a path that does not exist yet (the body is written there only when the API answers with an error)",
                            id::ERROR_BODY,
                            terminal::escape(&path.display().to_string())
                        ),
                    ));
                }
                path => path.cloned(),
            },
            max_body_bytes: args::max_body_bytes(matches),
            max_pages: match endpoint.list {
                Some(_) => matches
                    .try_get_one::<u32>(id::MAX_PAGES)
                    .map_err(Failure::flag)?
                    .copied(),
                None => None,
            },
        })
    }

    fn client(&self, token: &str) -> Result<Client, Failure> {
        Client::builder()
            .base_url(self.base_url.clone())
            .token(token)
            .mode(self.mode)
            .max_body_bytes(self.max_body_bytes)
            .build()
            .map_err(|e| Failure::from_error(&e))
    }

    /// The failure of a call: [`Failure::from_error`], and for an error answer its whole body
    /// as `--verbose` and `--error-body` ask (the message shows at most 1 KiB of it).
    fn failure(&self, e: &Error) -> Failure {
        let mut failure = Failure::from_error(e);
        let (Error::Api(api) | Error::RateLimited { error: api, .. }) = e else {
            return failure;
        };
        if self.verbose {
            failure.message.push_str(&format!(
                "\nthe whole response body ({} bytes; control characters escaped):\n{}",
                api.body.len(),
                terminal::escape_lines(&String::from_utf8_lossy(&api.body))
            ));
        }
        if let Some(path) = &self.error_body {
            let written = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(path)
                .and_then(|mut f| std::io::Write::write_all(&mut f, &api.body));
            let note = match written {
                Ok(()) => format!("the whole response body ({} bytes) is in", api.body.len()),
                Err(e) => format!("the response body could not be written ({e}) to"),
            };
            failure.message.push_str(&format!(
                "\n{note} {}",
                terminal::escape(&path.display().to_string())
            ));
        }
        failure
    }
}

/// Runs the operation of `endpoint` with the flags in `matches`; the exit code on success.
pub fn run(endpoint: &'static EndpointSpec, matches: &ArgMatches) -> Result<u8, Failure> {
    let options = Options::from(endpoint, matches)?;
    let fields = endpoints::fields(endpoint, matches).map_err(|m| Failure::new(exit::USAGE, m))?;
    if options.dry_run {
        dry_run(endpoint, &fields, &options)
    } else {
        send(endpoint, fields, &options)
    }
}

/// Headers as a JSON object, in the order the request would carry them.
struct Headers<'a>(&'a [(String, String)]);

impl Serialize for Headers<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, value) in self.0 {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

/// One problem of the validation report, as a dry run prints it.
#[derive(Serialize)]
struct Problem<'a> {
    /// The wire name(s) of the parameter(s); `null` when the problem is the endpoint itself.
    field: Option<&'a str>,
    integration: Option<Integration>,
    rule: Rule,
    severity: Severity,
    message: &'a str,
}

impl<'a> From<&'a Violation> for Problem<'a> {
    fn from(v: &'a Violation) -> Self {
        Problem {
            field: v.wire_name.as_deref(),
            integration: v.integration,
            rule: v.rule,
            severity: v.severity,
            message: &v.message,
        }
    }
}

/// What a dry run prints.
#[derive(Serialize)]
struct DryRun<'a> {
    method: &'a str,
    url: &'a str,
    headers: Headers<'a>,
    body: Option<&'a serde_json::value::RawValue>,
    problems: Vec<Problem<'a>>,
}

fn dry_run(
    endpoint: &'static EndpointSpec,
    fields: &[WireField],
    options: &Options,
) -> Result<u8, Failure> {
    let report = match options.integration {
        Some(integration) => validate::validate(endpoint, fields, integration, options.mode),
        // The admin API has no integration whose rules could apply.
        None if endpoint.admin => {
            validate::validate_without_integration(endpoint, fields, options.mode)
        }
        None => {
            return Err(Failure::new(
                exit::USAGE,
                format!(
                    "a dry run cannot check per-integration rules offline: finding the integrated \
                 account's integration means asking the API; pass --{} NAME",
                    id::INTEGRATION
                ),
            ));
        }
    };
    let token = options.token.as_deref().unwrap_or(DRY_RUN_TOKEN);
    let prepared = options
        .client(token)?
        .prepare(endpoint, &WireField::fields(fields))
        .map_err(|e| {
            // The request cannot even be written down; still say what else is wrong with it.
            let mut message = e.to_string();
            if !report.violations.is_empty() {
                message.push_str(&format!("\n{report}"));
            }
            Failure::new(exit::USAGE, message)
        })?;
    print_json(&DryRun {
        method: prepared.method,
        url: &prepared.url,
        headers: Headers(&prepared.headers),
        body: prepared.body.as_deref(),
        problems: report.violations.iter().map(Problem::from).collect(),
    })?;
    Ok(if report.is_ok() {
        exit::OK
    } else {
        exit::USAGE
    })
}

fn send(
    endpoint: &'static EndpointSpec,
    fields: Vec<WireField>,
    options: &Options,
) -> Result<u8, Failure> {
    let Some(token) = options.token.as_deref() else {
        return Err(Failure::no_token());
    };
    let client = options.client(token)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::new(exit::FAILED, format!("cannot start the runtime: {e}")))?;
    if follows_pages(endpoint, &fields) {
        return runtime.block_on(list(&client, endpoint, &fields, options));
    }
    runtime.block_on(async {
        let response = client
            .send_fields::<Value>(endpoint, WireField::fields(&fields), options.integration)
            .await
            .map_err(|e| options.failure(&e))?;
        report_diagnostics(endpoint, None, &response);
        print_body(response.body).await
    })
}

/// Whether the request is to a list whose pages are decoded, so that they can be followed (a
/// `raw` or `stream` answer is printed as it comes, like any other).
fn follows_pages(endpoint: &EndpointSpec, fields: &[WireField]) -> bool {
    let handling = fields
        .iter()
        .find(|f| f.spec.role == Some(ParamRole::ResponseFormat))
        .and_then(|f| f.value.as_str())
        .map_or(BodyHandling::Typed, |format| {
            ResponseFormat::from(format).body_handling()
        });
    endpoint.list.is_some() && handling == BodyHandling::Typed
}

/// Every page of a list, each item as one JSON line on stdout as its page arrives. An error
/// (the API's, or [`Error::Pagination`]) ends it after the items already printed.
async fn list(
    client: &Client,
    endpoint: &'static EndpointSpec,
    fields: &[WireField],
    options: &Options,
) -> Result<u8, Failure> {
    let mut pages =
        client.pages_of_fields::<Value>(endpoint, WireField::fields(fields), options.integration);
    if let Some(max_pages) = options.max_pages {
        pages = pages.max_pages(max_pages);
    }
    let (mut printed, mut read) = (0u64, 0u32);
    while let Some(page) = pages.next_page().await {
        let response = page.map_err(|e| {
            let mut failure = options.failure(&e);
            failure.message.push_str(&format!(
                " ({printed} item(s) of {read} page(s) printed before it)"
            ));
            failure
        })?;
        read += 1;
        report_diagnostics(endpoint, Some(read), &response);
        let Body::Typed(Some(page)) = response.body else {
            continue;
        };
        let mut lines = Vec::new();
        for item in &page.items {
            serde_json::to_writer(&mut lines, item)
                .map_err(|e| Failure::new(exit::FAILED, format!("cannot print JSON: {e}")))?;
            lines.push(b'\n');
        }
        write_stdout(&lines)?;
        printed += page.items.len() as u64;
    }
    Ok(exit::OK)
}

/// Attempts, rate limit and validation warnings (of `page` of a list), on stderr.
fn report_diagnostics<T>(endpoint: &EndpointSpec, page: Option<u32>, response: &Response<T>) {
    let mut line = format!("userdir: {}", endpoint.name);
    if let Some(page) = page {
        line.push_str(&format!(", page {page},"));
    }
    match (response.integration, &response.unknown_integration) {
        (Some(integration), _) => line.push_str(&format!(" for {}", integration.name())),
        // An integration the spec does not know: sent with the shared checks only.
        (None, Some(name)) => line.push_str(&format!(" for \"{}\"", shown(name))),
        // The admin API acts for no integration.
        (None, None) if endpoint.admin => {}
        (None, None) => line.push_str(" for an unknown integration"),
    }
    line.push_str(&format!(
        ": HTTP {} after {} attempt(s)",
        response.status, response.attempts
    ));
    if let Some(limit) = &response.rate_limit {
        let known = |v: Option<String>| v.unwrap_or_else(|| "?".to_string());
        line.push_str(&format!(
            "; rate limit {}, {} remaining, resets in {}s",
            known(limit.limit.as_deref().map(shown)),
            known(limit.remaining.map(|r| r.to_string())),
            known(limit.reset.map(|r| r.to_string())),
        ));
    }
    eprintln!("{line}");
    if let Some(name) = &response.unknown_integration {
        eprintln!(
            "userdir: warning: the API says the integrated account's integration is \"{}\", which this spec does not know: only the checks every integration shares were made, per-integration rules were skipped (a newer userdir may know it)",
            shown(name)
        );
    }
    if let Some(warnings) = &response.warnings {
        eprintln!("userdir: sent with warnings: {warnings}");
    }
}

/// The success body on stdout: JSON as JSON, raw bytes as they are, a stream chunk by chunk.
async fn print_body(body: Body<Value>) -> Result<u8, Failure> {
    match body {
        Body::Typed(Some(value)) => print_json(&*value)?,
        Body::Json(value) => print_json(&value)?,
        Body::Typed(None) => print_json(&Value::Null)?,
        Body::Bytes(bytes) => write_stdout(&bytes)?,
        Body::Stream(mut stream) => {
            // Each chunk goes out as it arrives: the body is never held whole.
            while let Some(chunk) = stream.next().await {
                let chunk = chunk.map_err(|e| Failure::from_error(&e))?;
                write_stdout(&chunk)?;
            }
            std::io::stdout()
                .flush()
                .map_err(|e| Failure::new(exit::FAILED, format!("stdout: {e}")))?;
        }
    }
    Ok(exit::OK)
}
