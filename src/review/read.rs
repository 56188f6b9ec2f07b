//! Reading one account of a review: its users page by page from where its journal left it
//! (the list's cursor), each page's rows appended to the rows file and journaled before the
//! next page starts. A partial list's users are got one by one, to read them whole.

use std::sync::{Mutex, MutexGuard, PoisonError};

use serde_json::Value;
use tokio::sync::mpsc;

use super::accounts::{Target, cannot_list, get_for, is_partial};
use super::findings::Criteria;
use super::journal::{AccountState, Journal};
use super::options::{Progress, ReviewOptions};
use super::{AccountNotReviewed, AccountReviewed, AccountRow, rows};
use crate::spec::{EndpointSpec, ParamRole, People, id_at};
use crate::validate::WireField;
use crate::{Body, Client, Error, Integration, Page, Stop};

/// How reading an account ended.
#[derive(Debug)]
pub(super) enum Outcome {
    Reviewed(AccountReviewed),
    NotReviewed(AccountNotReviewed),
    Interrupted,
    /// The review's own files could not be written: the review cannot go on.
    Broken(std::io::Error),
}

/// Everything the accounts' reads share.
pub(super) struct Shared<'a> {
    pub(super) client: &'a Client,
    pub(super) list: &'static EndpointSpec,
    pub(super) people: &'static People,
    pub(super) criteria: Criteria<'a>,
    pub(super) journal: Mutex<Journal>,
    pub(super) options: &'a ReviewOptions,
    pub(super) events: mpsc::UnboundedSender<Progress>,
}

impl Shared<'_> {
    pub(super) fn journal(&self) -> MutexGuard<'_, Journal> {
        self.journal.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn stopped(&self) -> bool {
        self.options.stop.as_ref().is_some_and(Stop::is_stopped)
    }
}

/// Reads one account from where its journal left it.
pub(super) async fn read_account(shared: &Shared<'_>, target: &Target) -> Outcome {
    let state = shared
        .journal()
        .accounts
        .get(&target.key)
        .cloned()
        .unwrap_or_default();
    let mut reading = Reading {
        shared,
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
struct Reading<'s, 'a> {
    shared: &'s Shared<'a>,
    target: &'s Target,
    integration: Option<Integration>,
    /// Its app (empty until known).
    app: String,
    /// What the journal says of it.
    state: AccountState,
}

impl Reading<'_, '_> {
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

    /// Reads the account's pages from its cursor, writing each.
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
        loop {
            if shared.stopped() {
                return Outcome::Interrupted;
            }
            let response = match pages.next_page().await {
                Some(Ok(response)) => response,
                Some(Err(e)) => return self.not_reviewed(format!("listing its users failed: {e}")),
                None => return self.reviewed(),
            };
            if self.app.is_empty() {
                self.app = response
                    .integration
                    .map(|i| i.name().to_string())
                    .or(response.unknown_integration.clone())
                    .unwrap_or_else(|| "(unknown app)".to_string());
            }
            let Body::Typed(Some(page)) = response.body else {
                return self.not_reviewed(format!(
                    "page {} of its users was not read as users (HTTP {})",
                    self.state.pages + 1,
                    response.status
                ));
            };
            let Page {
                items,
                next_cursor,
                partial,
                ..
            } = *page;
            let partial = partial || self.integration.is_some_and(|i| is_partial(shared.list, i));
            let records = if partial {
                match whole_records(shared, self.integration, &self.target.id, items).await {
                    Ok(records) => records,
                    Err(why) => return self.not_reviewed(why),
                }
            } else {
                items
            };
            if let Err(e) = self.write(&records, next_cursor.as_deref()) {
                return Outcome::Broken(e);
            }
            if self.state.finished {
                return self.reviewed();
            }
        }
    }

    /// Writes a page's rows and journals it (`next`: the cursor of the page after it).
    fn write(&mut self, records: &[Value], next: Option<&str>) -> std::io::Result<()> {
        let (shared, target) = (self.shared, self.target);
        let rows: Vec<AccountRow> = records
            .iter()
            .map(|r| shared.criteria.row(r, &target.id, &self.app))
            .collect();
        let bytes = rows::encode(&rows).map_err(std::io::Error::other)?;
        self.state = shared.journal().page(
            &target.key,
            &target.id,
            &self.app,
            next,
            &bytes,
            rows.len() as u64,
        )?;
        let _ = shared.events.send(Progress::Page {
            integrated_account_id: target.id.clone(),
            app: self.app.clone(),
            pages: self.state.pages,
            users: self.state.users,
        });
        Ok(())
    }
}

/// The whole records of a partial page's users: each got by its id (a user gone since it was
/// listed is left out; an answer for another user is refused).
async fn whole_records(
    shared: &Shared<'_>,
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
