//! Reading one account of a review: its users page by page from where its journal left it
//! (the list's cursor), each page's rows appended to the rows file, journaled and spooled
//! while the next page is asked for. A partial list's users are got one by one, to read them
//! whole.

use std::sync::{Mutex, MutexGuard, PoisonError};

use serde_json::Value;
use tokio::sync::mpsc;

use super::accounts::{Target, cannot_list, get_for, is_partial};
use super::atomic::in_file;
use super::findings::Criteria;
use super::journal::{AccountState, Journal};
use super::options::{Progress, ReviewOptions};
use super::spool::{self, Spool};
use super::{AccountNotReviewed, AccountReviewed, AccountRow};
use crate::spec::{EndpointSpec, ParamRole, People, id_at};
use crate::validate::WireField;
use crate::{Body, Client, Error, Integration, Page, Stop};
use time::OffsetDateTime;

/// How reading an account ended.
#[derive(Debug)]
pub(super) enum Outcome {
    Reviewed(AccountReviewed),
    NotReviewed(AccountNotReviewed),
    Interrupted,
    /// The review's own files could not be written: the review cannot go on.
    Broken(std::io::Error),
}

/// Everything the accounts' reads share (each read is a task of its own, so that pages are
/// parsed and written on every thread of the runtime).
pub(super) struct Shared {
    pub(super) client: Client,
    pub(super) list: &'static EndpointSpec,
    pub(super) people: &'static People,
    /// The review's time.
    pub(super) now: OffsetDateTime,
    pub(super) journal: Mutex<Journal>,
    pub(super) spool: Mutex<Spool>,
    pub(super) options: ReviewOptions,
    pub(super) events: mpsc::UnboundedSender<Progress>,
}

impl Shared {
    /// What makes a finding.
    fn criteria(&self) -> Criteria<'_> {
        Criteria {
            people: self.people,
            roster: self.options.roster.as_ref().map(|(r, _)| r),
            now: self.now,
            dormant_days: self.options.dormant_days,
        }
    }

    pub(super) fn journal(&self) -> MutexGuard<'_, Journal> {
        self.journal.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub(super) fn spool(&self) -> MutexGuard<'_, Spool> {
        self.spool.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn stopped(&self) -> bool {
        self.options.stop.as_ref().is_some_and(Stop::is_stopped)
    }
}

/// Reads one account (the review's `n`th) from where its journal left it.
pub(super) async fn read_account(shared: &Shared, n: usize, target: &Target) -> Outcome {
    let state = shared
        .journal()
        .accounts
        .get(&target.key)
        .cloned()
        .unwrap_or_default();
    let mut reading = Reading {
        shared,
        n,
        target,
        integration: target.integration,
        app: state.app.clone(),
        state,
    };
    if reading.state.finished {
        return reading.reviewed();
    }
    if shared.stopped() {
        return Outcome::Interrupted;
    }
    if let Err(outcome) = reading.integration().await {
        return outcome;
    }
    reading.pages().await
}

/// One account's read.
struct Reading<'s> {
    shared: &'s Shared,
    /// Its position among the review's accounts.
    n: usize,
    target: &'s Target,
    integration: Option<Integration>,
    /// Its app (empty until known).
    app: String,
    /// What the journal says of it.
    state: AccountState,
}

impl Reading<'_> {
    fn reviewed(&self) -> Outcome {
        Outcome::Reviewed(AccountReviewed {
            integrated_account_id: self.target.id.clone(),
            app: self.app.clone(),
            users: self.state.users,
            pages: self.state.pages,
        })
    }

    /// Not reviewed, for `reason` (and the pages kept, for a re-run to continue after).
    fn not_reviewed(&self, reason: String) -> Outcome {
        let kept = match self.state.pages {
            0 => String::new(),
            n => format!(" ({n} page(s) read are kept: a re-run continues after them)"),
        };
        Outcome::NotReviewed(AccountNotReviewed {
            integrated_account_id: self.target.id.clone(),
            app: (!self.app.is_empty()).then(|| self.app.clone()),
            status: None,
            reason: format!("{reason}{kept}"),
        })
    }

    /// The account's integration and app: as listed, or (named by id) as the API says; an
    /// integration whose users the spec cannot list or read whole is not reviewed.
    async fn integration(&mut self) -> Result<(), Outcome> {
        if let Some(i) = self.integration {
            self.app = i.name().to_string();
        } else if let Some(name) = &self.target.listed_as {
            self.app = name.clone();
        } else if !self.target.listed {
            match self.shared.client.integration_of(&self.target.id).await {
                Ok(Some(i)) => {
                    self.app = i.name().to_string();
                    if let Some(reason) = cannot_list(self.shared.list, i) {
                        return Err(self.not_reviewed(reason));
                    }
                    self.integration = Some(i);
                }
                // Not in this spec: the API's name comes with the first page.
                Ok(None) => {}
                Err(e) => {
                    return Err(
                        self.not_reviewed(format!("its integration could not be read: {e}"))
                    );
                }
            }
        }
        Ok(())
    }

    /// Reads the account's pages from its cursor, writing each. A page is written while the
    /// next one is asked for (its cursor is known once the page is parsed): a kill between
    /// the two loses nothing but the read of the next, which a re-run asks for again.
    async fn pages(mut self) -> Outcome {
        let shared = self.shared;
        let fields = list_fields(
            shared.list,
            shared.people,
            &self.target.id,
            self.state.next.as_deref(),
            shared.options.page_size,
        );
        let mut pages = shared
            .client
            .pages_of_fields::<Value>(shared.list, WireField::fields(&fields), self.integration)
            .max_pages(shared.options.max_pages);
        let mut received: Option<Received> = None;
        loop {
            if shared.stopped() {
                // A page received is written: it was read.
                return match received.take() {
                    Some(page) => self.take_in(page).await.err(),
                    None => None,
                }
                .unwrap_or(Outcome::Interrupted);
            }
            let (answer, taken) = tokio::join!(pages.next_page(), async {
                match received.take() {
                    Some(page) => self.take_in(page).await,
                    None => Ok(()),
                }
            });
            if let Err(outcome) = taken {
                return outcome;
            }
            let response = match answer {
                Some(Ok(response)) => response,
                Some(Err(e)) => return self.not_reviewed(format!("listing its users failed: {e}")),
                None => return self.reviewed(),
            };
            match self.received(response) {
                Ok(page) => received = Some(page),
                Err(outcome) => return outcome,
            }
        }
    }

    /// A page of users as it was answered (the app learnt from the first).
    fn received(&mut self, response: crate::Response<Page<Value>>) -> Result<Received, Outcome> {
        if self.app.is_empty() {
            self.app = response
                .integration
                .map(|i| i.name().to_string())
                .or(response.unknown_integration.clone())
                .unwrap_or_else(|| "(unknown app)".to_string());
        }
        let Body::Typed(Some(page)) = response.body else {
            return Err(self.not_reviewed(format!(
                "page {} of its users was not read as users (HTTP {})",
                self.state.pages + 1,
                response.status
            )));
        };
        let Page {
            items,
            next_cursor,
            partial,
            ..
        } = *page;
        let list = self.shared.list;
        Ok(Received {
            items,
            next_cursor,
            partial: partial || self.integration.is_some_and(|i| is_partial(list, i)),
        })
    }

    /// Writes a page received: its users' whole records first, when the list is partial.
    async fn take_in(&mut self, page: Received) -> Result<(), Outcome> {
        let shared = self.shared;
        let records = if page.partial {
            whole_records(shared, self.integration, &self.target.id, page.items)
                .await
                .map_err(|why| self.not_reviewed(why))?
        } else {
            page.items
        };
        self.write(&records, page.next_cursor.as_deref())
            .map_err(Outcome::Broken)
    }

    /// Writes a page's rows and journals it (`next`: the cursor of the page after it).
    fn write(&mut self, records: &[Value], next: Option<&str>) -> std::io::Result<()> {
        let (shared, target) = (self.shared, self.target);
        let criteria = shared.criteria();
        let rows: Vec<AccountRow> = records
            .iter()
            .map(|r| criteria.row(r, &target.id, &self.app))
            .collect();
        let page = spool::encode(&rows, shared.people)?;
        let mut journal = shared.journal();
        self.state = journal
            .page(
                &target.key,
                &target.id,
                &self.app,
                next,
                &page.rows,
                page.count,
            )
            .map_err(|e| in_file(&journal.rows_path(), e))?;
        drop(journal);
        let written = self.state.ranges.last().copied().unwrap_or_default();
        shared.spool().append(self.n, written, page)?;
        let _ = shared.events.send(Progress::Page {
            integrated_account_id: target.id.clone(),
            app: self.app.clone(),
            pages: self.state.pages,
            users: self.state.users,
        });
        Ok(())
    }
}

/// A page of users received, not yet written.
struct Received {
    items: Vec<Value>,
    next_cursor: Option<String>,
    /// Whether its records lack fields a review reads (each is then got whole).
    partial: bool,
}

/// The whole records of a partial page's users: each got by its id (a user gone since it was
/// listed is left out; an answer for another user is refused).
async fn whole_records(
    shared: &Shared,
    integration: Option<Integration>,
    account: &str,
    items: Vec<Value>,
) -> Result<Vec<Value>, String> {
    let Some(get) = get_for(integration) else {
        return Err(
            "its list is partial (no emails, roles or logins) and the spec has no get for it"
                .into(),
        );
    };
    let people = shared.people;
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let Some(id) = id_at(&item, people.id) else {
            return Err(format!(
                "a user of its partial list carries no id (at `{}`): it cannot be read whole",
                people.id
            ));
        };
        let fields = get_fields(get, account, &id);
        let answer = shared
            .client
            .send_fields::<Value>(get, WireField::fields(&fields), integration)
            .await;
        let response = match answer {
            Ok(response) => response,
            // Gone since it was listed: no account any more.
            Err(e) if e.says_remote_not_found() => continue,
            Err(e) => return Err(format!("the get of user {id} failed: {e}")),
        };
        let status = response.status;
        let Body::Typed(Some(user)) = response.body else {
            return Err(format!(
                "the get of user {id} answered HTTP {status} without a user"
            ));
        };
        let answered = id_at(&user, people.id);
        if answered.as_deref() != Some(id.as_str()) {
            return Err(Error::Mismatch {
                what: "user",
                asked: id,
                answered,
                status,
            }
            .to_string());
        }
        out.push(*user);
    }
    Ok(out)
}

/// The fields of a list call: the account, no remote data, only the fields a review reads, the
/// page size and the cursor to start from.
fn list_fields(
    list: &'static EndpointSpec,
    people: &People,
    account: &str,
    cursor: Option<&str>,
    page_size: Option<u32>,
) -> Vec<WireField> {
    let mut fields = Vec::new();
    for p in list.parameters {
        let value = match p.role {
            Some(ParamRole::IntegratedAccount) => Value::from(account),
            Some(ParamRole::IgnoreRemoteData) => Value::Bool(true),
            Some(ParamRole::ExcludeFields) => match unread_fields(list, people) {
                Some(names) => names,
                None => continue,
            },
            Some(ParamRole::Cursor) => match cursor {
                Some(cursor) => Value::from(cursor),
                None => continue,
            },
            Some(ParamRole::Limit) => match page_size {
                Some(size) => Value::from(size),
                None => continue,
            },
            _ => continue,
        };
        fields.push(WireField { spec: p, value });
    }
    fields
}

/// The fields of the get of one user.
fn get_fields(get: &'static EndpointSpec, account: &str, user: &str) -> Vec<WireField> {
    get.parameters
        .iter()
        .filter_map(|p| {
            let value = match p.role {
                Some(ParamRole::IntegratedAccount) => Value::from(account),
                Some(ParamRole::User) => Value::from(user),
                Some(ParamRole::IgnoreRemoteData) => Value::Bool(true),
                _ => return None,
            };
            Some(WireField { spec: p, value })
        })
        .collect()
}

/// The response fields a review does not read (`None`: none to leave out).
fn unread_fields(list: &'static EndpointSpec, people: &People) -> Option<Value> {
    let paths = [people.id, people.status]
        .into_iter()
        .chain(people.emails.iter().copied())
        .chain(people.usernames.iter().copied())
        .chain(people.activity.iter().copied())
        .chain(people.roles)
        .chain(people.groups)
        .chain(people.licenses)
        .chain(people.user_type);
    let read: Vec<&str> = paths.filter_map(|p| p.split(['.', '[']).next()).collect();
    let unread: Vec<Value> = list
        .response_fields
        .iter()
        .map(|f| f.name)
        .filter(|f| !read.contains(f))
        .map(Value::from)
        .collect();
    (!unread.is_empty()).then_some(Value::Array(unread))
}
