//! List endpoints: one page of a list ([`Page`]), and every page of it, lazily ([`Pages`]).
//!
//! A list answers with the envelope of `spec/common.yaml` (`list_envelope`): the items under
//! `result` (or `results`), and `next_cursor` for the next page, `null` or absent on the last.
//! [`Pages`] follows the cursor one page at a time: each page is one request, validated and sent
//! like any other (the client's rate budget, retry policy and deadline apply to each), and only
//! the page being read is in memory. A cursor that comes back, a page without items and a list
//! longer than [`Pages::max_pages`] are typed errors ([`PageProblem`]), never an endless loop.

use std::fmt;

use futures_util::Stream;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::Integration;
use crate::client::{Body, Client, Response};
use crate::decode::ResponseBody;
use crate::error::{Error, PageProblem};
use crate::operation::Operation;
use crate::spec::{EndpointSpec, ListEnvelope, ParamRole};
use crate::value::{Field, FieldValue};

/// The pages a list is followed to at most, unless [`Pages::max_pages`] says otherwise.
pub const DEFAULT_MAX_PAGES: u32 = 10_000;

/// One page of a list endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    /// The items, in the order the API gave them.
    pub items: Vec<T>,
    /// The cursor of the next page (`None`: this is the last).
    pub next_cursor: Option<String>,
    /// The cursor of the previous page, when the API gives one.
    pub prev_cursor: Option<String>,
    /// How many items the API says the page holds.
    pub result_count: Option<u64>,
    /// The API flagged the page as incomplete (`is_partial_response`).
    pub partial: bool,
    /// Envelope keys this spec does not know, kept as received.
    pub extra: Map<String, Value>,
}

impl<T> Default for Page<T> {
    fn default() -> Self {
        Page {
            items: Vec::new(),
            next_cursor: None,
            prev_cursor: None,
            result_count: None,
            partial: false,
            extra: Map::new(),
        }
    }
}

/// A cursor: text (or a number) goes on; `null`, an empty string or no key ends the list;
/// anything else is a problem, not an end.
fn cursor(value: Option<Value>) -> Result<Option<String>, PageProblem> {
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.is_empty() => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(Value::Number(n)) => Ok(Some(n.to_string())),
        Some(other) => Err(PageProblem::BadCursor {
            found: crate::decode::kind_of(&other).to_string(),
        }),
    }
}

fn text(value: Option<Value>) -> Option<String> {
    cursor(value).ok().flatten()
}

impl<T: DeserializeOwned> Page<T> {
    /// Reads a page from its envelope. `skip`: fields left out of every item
    /// (`truto_ignore_remote_data`, `truto_exclude_fields`). An item that is not an object of
    /// the model is a decode error naming its position.
    pub fn from_envelope(
        mut envelope: Map<String, Value>,
        shape: &'static ListEnvelope,
        skip: &[&str],
    ) -> Result<Page<T>, PageError> {
        let items = shape
            .items
            .iter()
            .find_map(|k| envelope.remove(*k).filter(|v| !v.is_null()));
        // Keyed by `truto_key_by`: an object of item objects, read in the order given. Any other
        // object (an error, `{}`) is no list of items.
        let no_items = || {
            PageError::Problem(PageProblem::NoItems {
                expected: shape.items,
            })
        };
        let items = match items {
            Some(Value::Array(items)) => items,
            Some(Value::Object(keyed))
                if !keyed.is_empty() && keyed.values().all(Value::is_object) =>
            {
                keyed.into_iter().map(|(_, v)| v).collect()
            }
            _ => return Err(no_items()),
        };
        let next_cursor = cursor(envelope.remove(shape.next_cursor)).map_err(PageError::Problem)?;
        let mut page = Page {
            items: Vec::with_capacity(items.len()),
            next_cursor,
            prev_cursor: text(envelope.remove(shape.prev_cursor)),
            result_count: envelope.remove(shape.result_count).and_then(|v| v.as_u64()),
            partial: envelope.remove(shape.partial).and_then(|v| v.as_bool()) == Some(true),
            extra: Map::new(),
        };
        for (k, mut item) in items.into_iter().enumerate() {
            // Items are objects of the model, whatever `T` reads them as.
            let Value::Object(fields) = &mut item else {
                return Err(PageError::Item(format!(
                    "item {k} of the page is {}, not an object",
                    crate::decode::kind_of(&item)
                )));
            };
            for s in skip {
                fields.remove(*s);
            }
            let item = T::deserialize(item)
                .map_err(|e| PageError::Item(format!("item {k} of the page: {e}")))?;
            page.items.push(item);
        }
        page.extra = envelope;
        Ok(page)
    }
}

/// Why a body is not a page.
#[derive(Debug)]
pub enum PageError {
    /// Not a list envelope.
    Problem(PageProblem),
    /// An item could not be read.
    Item(String),
}

impl<T: DeserializeOwned + Send> ResponseBody for Page<T> {
    fn decode_body(
        bytes: &[u8],
        skip: &[&str],
        shape: &'static ListEnvelope,
    ) -> Result<Option<Box<Self>>, serde_json::Error> {
        use serde::de::Error as _;
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Ok(None);
        }
        let envelope = match serde_json::from_slice::<Value>(bytes)? {
            Value::Object(map) => map,
            Value::Null => return Ok(None),
            other => {
                return Err(serde_json::Error::custom(format!(
                    "a list page is a JSON object, not {}",
                    crate::decode::kind_of(&other)
                )));
            }
        };
        match Page::from_envelope(envelope, shape, skip) {
            Ok(page) => Ok(Some(Box::new(page))),
            Err(PageError::Problem(p)) => Err(serde_json::Error::custom(p)),
            Err(PageError::Item(m)) => Err(serde_json::Error::custom(m)),
        }
    }
}

/// Constant-memory detection of a cursor that comes back (Brent's algorithm): a cycle of any
/// length is found within twice its length plus the pages before it.
#[derive(Debug, Default)]
struct CursorCycle {
    saved: Option<String>,
    power: u32,
    steps: u32,
}

impl CursorCycle {
    /// Whether `cursor` closes a cycle.
    fn repeats(&mut self, cursor: &str) -> bool {
        if self.saved.as_deref() == Some(cursor) {
            return true;
        }
        self.steps += 1;
        if self.steps >= self.power.max(1) {
            self.saved = Some(cursor.to_string());
            self.power = self.power.max(1).saturating_mul(2);
            self.steps = 0;
        }
        false
    }
}

/// Every page of a list, fetched one at a time as they are asked for: [`Pages::next_page`]
/// for pages (with their counts, cursors and partial flags), [`Pages::items`] for the items of
/// all pages as a stream.
pub struct Pages<'a, T> {
    client: &'a Client,
    endpoint: &'static EndpointSpec,
    fields: Vec<Field<'a>>,
    integration: Option<Integration>,
    max_pages: u32,
    cursor: Option<String>,
    fetched: u32,
    done: bool,
    cycle: CursorCycle,
    _items: std::marker::PhantomData<fn() -> T>,
}

impl<T> fmt::Debug for Pages<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pages")
            .field("endpoint", &self.endpoint.name)
            .field("integration", &self.integration)
            .field("max_pages", &self.max_pages)
            .field("fetched", &self.fetched)
            .field("done", &self.done)
            .finish_non_exhaustive()
    }
}

impl<'a, T: DeserializeOwned + Send + 'a> Pages<'a, T> {
    pub(crate) fn new(
        client: &'a Client,
        endpoint: &'static EndpointSpec,
        fields: Vec<Field<'a>>,
        integration: Option<Integration>,
    ) -> Self {
        // A cursor the request sets is where the list starts.
        let cursor = fields
            .iter()
            .find(|f| f.spec.role == Some(ParamRole::Cursor))
            .and_then(|f| f.value.as_str())
            .map(str::to_string);
        Pages {
            client,
            endpoint,
            fields,
            integration,
            max_pages: DEFAULT_MAX_PAGES,
            cursor,
            fetched: 0,
            done: false,
            cycle: CursorCycle::default(),
            _items: std::marker::PhantomData,
        }
    }

    /// Follows the list to at most `max_pages` pages (default [`DEFAULT_MAX_PAGES`]); one more
    /// is a [`PageProblem::TooManyPages`] error.
    pub fn max_pages(mut self, max_pages: u32) -> Self {
        self.max_pages = max_pages;
        self
    }

    /// How many pages have been fetched.
    pub fn fetched(&self) -> u32 {
        self.fetched
    }

    /// The next page (`None` after the last, or after an error).
    pub async fn next_page(&mut self) -> Option<Result<Response<Page<T>>, Error>> {
        if self.done {
            return None;
        }
        if self.fetched >= self.max_pages {
            self.done = true;
            return Some(Err(self.problem(PageProblem::TooManyPages {
                max_pages: self.max_pages,
            })));
        }
        let result = self.fetch().await;
        self.fetched += 1;
        match &result {
            Ok(response) => {
                self.integration = response.integration.or(self.integration);
                let next = match &response.body {
                    Body::Typed(Some(page)) => page.next_cursor.clone(),
                    // An empty, 204 or `null` answer is no page: not an empty end of the list.
                    Body::Typed(None) => {
                        self.done = true;
                        return Some(Err(Error::Pagination {
                            endpoint: self.endpoint.name,
                            page: self.fetched,
                            problem: PageProblem::NoItems {
                                expected: self.endpoint.api.list_envelope.items,
                            },
                        }));
                    }
                    // A format that is not decoded (`raw`, `stream`): one page only.
                    _ => None,
                };
                match next {
                    None => self.done = true,
                    Some(next) if self.cycle.repeats(&next) => {
                        self.done = true;
                        return Some(Err(
                            self.problem(PageProblem::RepeatedCursor { cursor: next })
                        ));
                    }
                    Some(next) => self.cursor = Some(next),
                }
            }
            Err(_) => self.done = true,
        }
        Some(result)
    }

    async fn fetch(&self) -> Result<Response<Page<T>>, Error> {
        let mut fields: Vec<Field<'_>> = self
            .fields
            .iter()
            .filter(|f| f.spec.role != Some(ParamRole::Cursor))
            .copied()
            .collect();
        if let Some(cursor) = &self.cursor {
            let spec = self
                .endpoint
                .parameter_with_role(ParamRole::Cursor)
                .ok_or_else(|| {
                    Error::Config(format!(
                        "{} is a list without a cursor parameter (`role: cursor`) in the spec",
                        self.endpoint.name
                    ))
                })?;
            let at = self
                .endpoint
                .parameters
                .iter()
                .position(|p| std::ptr::eq(*p, spec));
            let field = Field {
                spec,
                value: FieldValue::Text(cursor),
            };
            // Keep spec order, so the query string is the same as a request that set it.
            let before = fields.partition_point(|f| {
                self.endpoint
                    .parameters
                    .iter()
                    .position(|p| std::ptr::eq(*p, f.spec))
                    < at
            });
            fields.insert(before, field);
        }
        self.client
            .send_fields::<Page<T>>(self.endpoint, fields, self.integration)
            .await
    }

    fn problem(&self, problem: PageProblem) -> Error {
        Error::Pagination {
            endpoint: self.endpoint.name,
            page: self.fetched + 1,
            problem,
        }
    }

    /// The items of every page, as a stream; one page is in memory at a time. The first error
    /// ends the stream. (`Unpin`, so `try_next()` works on it without pinning.)
    pub fn items(self) -> impl Stream<Item = Result<T, Error>> + Unpin + Send + 'a {
        Box::pin(futures_util::stream::unfold(
            (self, std::collections::VecDeque::new()),
            |(mut pages, mut buffered)| async move {
                loop {
                    if let Some(item) = buffered.pop_front() {
                        return Some((Ok(item), (pages, buffered)));
                    }
                    match pages.next_page().await? {
                        Ok(response) => {
                            if let Body::Typed(Some(page)) = response.body {
                                buffered = page.items.into();
                            }
                        }
                        Err(e) => return Some((Err(e), (pages, buffered))),
                    }
                }
            },
        ))
    }
}

impl Client {
    /// Every page of a list request, lazily (see [`Pages`]). The generated method of each list
    /// endpoint (`list_users`, …) calls this.
    pub fn pages<'a, O, T>(
        &'a self,
        request: &'a O,
        integration: Option<Integration>,
    ) -> Pages<'a, T>
    where
        O: Operation<Response = Page<T>>,
        T: DeserializeOwned + Send + 'a,
    {
        Pages::new(self, O::spec(), request.fields(), integration)
    }

    /// [`pages`](Self::pages) for a request given as its spec and fields (the CLI's untyped
    /// requests), with items of type `T` (`serde_json::Value` to keep them as received).
    pub fn pages_of_fields<'a, T: DeserializeOwned + Send + 'a>(
        &'a self,
        endpoint: &'static EndpointSpec,
        fields: Vec<Field<'a>>,
        integration: Option<Integration>,
    ) -> Pages<'a, T> {
        Pages::new(self, endpoint, fields, integration)
    }
}
