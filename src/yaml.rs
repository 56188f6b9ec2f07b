//! Reading the YAML files users write (plans, mock seeds) without changing what they wrote.
//!
//! YAML reads an unquoted `0x1F` as the number 31, `1e3` as 1000.0, `~` as null and `true` as a
//! boolean. Turned back into text they are other ids than the ones written, so a value that
//! must be text (an id, a string parameter, a string-array item, a string sub-field of an
//! object-array item) must be a YAML string: anything else is an error at its line and column
//! that says to quote it. Which parameters are text is the spec's data
//! ([`ParamType`](crate::spec::ParamType)), found by wire name across [`ENDPOINTS`].
//!
//! Plans' parameters are read only with the `offboard` feature; seeds need the rest.
#![cfg_attr(not(feature = "offboard"), allow(dead_code))]

use std::fmt;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use crate::ENDPOINTS;
use crate::spec::{ParamType, SubFieldSpec, SubFieldType};
// How an error about an unquoted value ends; [`located`] adds the value as written.
use crate::validate::QUOTE_IT;

/// What a value must be, as far as text goes.
#[derive(Clone, Copy)]
enum Shape {
    /// Text.
    Text,
    /// Text, or a list of texts.
    Texts,
    /// A list of objects whose string sub-fields are text.
    Items(&'static [SubFieldSpec]),
    /// Anything (the spec does not make it text, or disagrees with itself about it).
    Any,
}

impl Shape {
    fn of_type(ty: ParamType) -> Shape {
        match ty {
            ParamType::String
            | ParamType::Uuid
            | ParamType::Enum(_)
            | ParamType::ResponseFormat => Shape::Text,
            ParamType::StringArray => Shape::Texts,
            ParamType::ObjectArray(fields) => Shape::Items(fields),
            ParamType::Boolean | ParamType::Integer | ParamType::Object => Shape::Any,
        }
    }

    /// The shape of the parameter `name` in every endpoint that declares it (`Any` when they
    /// disagree or none does).
    fn of_param(name: &str) -> Shape {
        let mut types = ENDPOINTS
            .iter()
            .flat_map(|e| e.parameters.iter())
            .filter(|p| p.name == name)
            .map(|p| Shape::of_type(p.ty));
        let Some(first) = types.next() else {
            return Shape::Any;
        };
        let same = |a: Shape, b: Shape| match (a, b) {
            (Shape::Items(x), Shape::Items(y)) => std::ptr::eq(x, y) || x == y,
            (a, b) => std::mem::discriminant(&a) == std::mem::discriminant(&b),
        };
        if types.all(|t| same(first, t)) {
            first
        } else {
            Shape::Any
        }
    }
}

/// What YAML read instead of text, for the message.
fn not_text<E: de::Error>(found: fmt::Arguments<'_>) -> E {
    E::custom(format_args!(
        "{found} where text is expected: YAML reads an unquoted number, boolean or null as that, not as the text written, so an id would change; {QUOTE_IT}"
    ))
}

/// Text, and nothing YAML reads as something else.
struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("text (a quoted YAML string)")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<String, E> {
        Ok(v)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<String, E> {
        Err(not_text(format_args!("the boolean {v}")))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<String, E> {
        Err(not_text(format_args!("the number {v}")))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<String, E> {
        Err(not_text(format_args!("the number {v}")))
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<String, E> {
        Err(not_text(format_args!("the number {v}")))
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<String, E> {
        Err(not_text(format_args!("the number {v}")))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<String, E> {
        Err(not_text(format_args!("the number {v}")))
    }
    fn visit_unit<E: de::Error>(self) -> Result<String, E> {
        Err(not_text(format_args!("null")))
    }
    fn visit_none<E: de::Error>(self) -> Result<String, E> {
        Err(not_text(format_args!("null")))
    }
}

/// A string field that must be written as text (`user_id: "0x1F"`, not `user_id: 0x1F`).
pub(crate) fn text<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    d.deserialize_any(TextVisitor)
}

/// An optional string field: absent or `null` is `None`, anything else must be text.
pub(crate) fn optional_text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Option::<Text>::deserialize(d).map(|t| t.map(|Text(s)| s))
}

/// A list of strings, each written as text (seeds and plans).
#[cfg(any(feature = "mock", feature = "offboard"))]
pub(crate) fn texts<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    Vec::<Text>::deserialize(d).map(|v| v.into_iter().map(|Text(s)| s).collect())
}

/// A string read with [`text`].
struct Text(String);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        text(d).map(Text)
    }
}

/// Parameters by wire name: a parameter the spec declares as text (or a list of texts, or a
/// list of objects with text sub-fields) must be written as text; the others are read as any
/// JSON value, and checked against their endpoint when the target is resolved.
pub(crate) fn params<'de, D: Deserializer<'de>>(d: D) -> Result<Map<String, Value>, D::Error> {
    d.deserialize_map(ParamsVisitor)
}

/// Parameters by wire name, by integrated account id.
pub(crate) fn params_by_key<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<std::collections::BTreeMap<String, Map<String, Value>>, D::Error> {
    struct Params(Map<String, Value>);
    impl<'de> Deserialize<'de> for Params {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            params(d).map(Params)
        }
    }
    // Keys are read as written (a YAML key is never converted back from a number).
    let by_key = std::collections::BTreeMap::<String, Params>::deserialize(d)?;
    Ok(by_key.into_iter().map(|(k, Params(p))| (k, p)).collect())
}

struct ParamsVisitor;

impl<'de> Visitor<'de> for ParamsVisitor {
    type Value = Map<String, Value>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("parameters by wire name")
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Map::new())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut out = Map::new();
        while let Some(name) = map.next_key::<String>()? {
            let value = map.next_value_seed(Shaped(Shape::of_param(&name)))?;
            out.insert(name, value);
        }
        Ok(out)
    }
}

/// A value read as its [`Shape`] asks.
struct Shaped(Shape);

impl<'de> DeserializeSeed<'de> for Shaped {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        match self.0 {
            Shape::Text => text(d).map(Value::String),
            Shape::Any => Value::deserialize(d),
            shape => d.deserialize_any(ListVisitor(shape)),
        }
    }
}

/// A list of texts (or one text), or a list of items.
struct ListVisitor(Shape);

impl<'de> Visitor<'de> for ListVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Shape::Items(_) => f.write_str("a list of objects"),
            _ => f.write_str("a list of texts"),
        }
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut out = Vec::new();
        loop {
            let next = match self.0 {
                Shape::Items(fields) => seq.next_element_seed(Item(fields))?,
                _ => seq.next_element_seed(Shaped(Shape::Text))?,
            };
            match next {
                Some(v) => out.push(v),
                None => return Ok(Value::Array(out)),
            }
        }
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Value, E> {
        // One text for a list of texts, as `userdir` takes one flag; items must be a list.
        match self.0 {
            Shape::Items(_) => Err(E::invalid_type(de::Unexpected::Str(v), &self)),
            _ => Ok(Value::String(v.to_string())),
        }
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Value, E> {
        self.scalar(TextVisitor.visit_bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Value, E> {
        self.scalar(TextVisitor.visit_i64(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Value, E> {
        self.scalar(TextVisitor.visit_u64(v))
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Value, E> {
        self.scalar(TextVisitor.visit_i128(v))
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Value, E> {
        self.scalar(TextVisitor.visit_u128(v))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        self.scalar(TextVisitor.visit_f64(v))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
}

impl ListVisitor {
    /// A scalar that is not text: the error [`TextVisitor`] gives for a list of texts, a type
    /// error for items.
    fn scalar<E: de::Error>(&self, as_text: Result<String, E>) -> Result<Value, E> {
        match self.0 {
            Shape::Items(_) => Err(E::custom("expected a list of objects")),
            _ => as_text.map(Value::String),
        }
    }
}

/// One object-array item: its declared string sub-fields must be text.
struct Item(&'static [SubFieldSpec]);

impl<'de> DeserializeSeed<'de> for Item {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Item {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(name) = map.next_key::<String>()? {
            let string = self
                .0
                .iter()
                .any(|f| f.name == name && f.ty == SubFieldType::String);
            let shape = if string { Shape::Text } else { Shape::Any };
            let value = map.next_value_seed(Shaped(shape))?;
            out.insert(name, value);
        }
        Ok(Value::Object(out))
    }
}

/// An error of a YAML file, apart from its location.
pub(crate) struct Located {
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known (the local server's seed errors show it).
    #[cfg_attr(not(feature = "mock"), allow(dead_code))]
    pub column: Option<usize>,
    /// What is wrong (the " at line L column C" serde_yaml appends removed), and for a value
    /// to quote, the value as written, quoted.
    pub message: String,
}

/// `e`, an error reading `text`, with its location apart; for an unquoted value that must be
/// text, the message ends with the value as written in quotes, and names the integration of
/// the list item it is in (`targets[2]`, `accounts[0]`) when that item names one.
pub(crate) fn located(text: &str, e: &serde_yaml::Error) -> Located {
    let location = e.location();
    let mut message = e.to_string();
    if let Some(l) = &location {
        let suffix = format!(" at line {} column {}", l.line(), l.column());
        if let Some(stripped) = message.strip_suffix(&suffix) {
            message.truncate(stripped.len());
        }
    }
    if message.ends_with(QUOTE_IT)
        && let Some(l) = &location
    {
        if let Some(raw) = text
            .get(l.index()..)
            .map(as_written)
            .filter(|r| !r.is_empty())
        {
            message.push_str(&format!(
                ", exactly as written: {}",
                Value::String(raw.to_string())
            ));
        }
        if let Some(integration) = integration_of_item(text, &message) {
            message.push_str(&format!(" (integration {integration})"));
        }
    }
    Located {
        line: location.as_ref().map(|l| l.line()),
        column: location.as_ref().map(|l| l.column()),
        message,
    }
}

/// The plain scalar that starts `rest`, as written.
fn as_written(rest: &str) -> &str {
    let end = rest.find(['\n', '\r', ',', ']', '}']).unwrap_or(rest.len());
    let scalar = &rest[..end];
    let scalar = scalar.find(" #").map_or(scalar, |c| &scalar[..c]);
    scalar.trim_end()
}

/// The `integration` of the list item an error's path starts in (`targets[2].…`): the file is
/// read again for that one key, everything else skipped unread (so a value YAML cannot hold,
/// such as a number past `u64`, does not stop it).
fn integration_of_item(text: &str, message: &str) -> Option<String> {
    let (list, rest) = message.split_once('[')?;
    let (index, _) = rest.split_once(']')?;
    let index: usize = index.parse().ok()?;
    let pick = Pick {
        list,
        index,
        key: "integration",
    };
    At(pick, Level::Document)
        .deserialize(serde_yaml::Deserializer::from_str(text))
        .ok()
        .flatten()
}

/// The text at `list[index].key` of a document, if there is one.
#[derive(Clone, Copy)]
struct Pick<'p> {
    list: &'p str,
    index: usize,
    key: &'p str,
}

/// Which level of the document [`Pick`] is reading.
#[derive(Clone, Copy)]
enum Level {
    Document,
    List,
    Item,
}

/// [`Pick`] at one level.
struct At<'p>(Pick<'p>, Level);

impl<'de> DeserializeSeed<'de> for At<'_> {
    type Value = Option<String>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for At<'_> {
    type Value = Option<String>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a YAML document")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let At(pick, level) = self;
        let wanted = match level {
            Level::Document => Some(pick.list),
            Level::List => None,
            Level::Item => Some(pick.key),
        };
        let mut found = None;
        while let Some(key) = map.next_key::<String>()? {
            match level {
                _ if Some(key.as_str()) != wanted || found.is_some() => {
                    map.next_value::<de::IgnoredAny>()?;
                }
                Level::Document => {
                    found = map.next_value_seed(At(pick, Level::List))?;
                }
                _ => found = map.next_value::<Option<String>>().ok().flatten(),
            }
        }
        Ok(found)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let At(pick, _) = self;
        let mut found = None;
        for n in 0.. {
            let next = if n == pick.index {
                seq.next_element_seed(At(pick, Level::Item))?
                    .map(|f| found = f)
            } else {
                seq.next_element::<de::IgnoredAny>()?.map(|_| ())
            };
            if next.is_none() {
                break;
            }
        }
        Ok(found)
    }
}

/// The largest plan or seed read, in bytes: 16 MiB (a plan of 50,000 targets is about 5 MiB).
pub const MAX_FILE_BYTES: usize = 16 << 20;

/// How deeply collections may nest in a plan or seed (a plan needs six levels at most).
pub const MAX_DEPTH: usize = 32;

/// How far a line may be indented (a plan needs a few columns per level).
const MAX_INDENT: usize = 256;

/// Reads a plan or seed: at most [`MAX_FILE_BYTES`] (never more is held, whatever the reader
/// gives: `/dev/zero` included), as UTF-8.
pub(crate) fn read_limited(reader: impl std::io::Read) -> Result<String, String> {
    use std::io::Read;
    let mut bytes = Vec::new();
    reader
        .take(MAX_FILE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read: {e}"))?;
    if bytes.len() > MAX_FILE_BYTES {
        return Err(format!(
            "larger than {} MiB, the most a plan or seed may be: split it",
            MAX_FILE_BYTES >> 20
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "not UTF-8 text (byte {} is not): save it as UTF-8",
            e.utf8_error().valid_up_to()
        )
    })
}

/// Checks, before the YAML is parsed, that a plan or seed is not larger or deeper than one can
/// be: at most [`MAX_FILE_BYTES`], collections nested at most [`MAX_DEPTH`] deep (flow
/// collections, `[`/`{` where a value starts or inside another flow collection, outside quotes,
/// comments and block scalars; `- ` and `? ` indicators chained on one line), lines indented at
/// most 256 columns. In one pass over the text, so a hostile file is refused in time
/// proportional to its size, not parsed. The line and what is wrong.
pub(crate) fn check_bounds(text: &str) -> Result<(), (Option<usize>, String)> {
    if text.len() > MAX_FILE_BYTES {
        return Err((
            None,
            format!(
                "larger than {} MiB, the most a plan or seed may be: split it",
                MAX_FILE_BYTES >> 20
            ),
        ));
    }
    // A file with only carriage returns breaks lines there.
    let breaks: &[char] = if text.contains('\n') {
        &['\n']
    } else {
        &['\r']
    };
    let mut bounds = Bounds::default();
    for (n, line) in text.split(breaks).enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        bounds.line(line).map_err(|e| (Some(n + 1), e))?;
    }
    Ok(())
}

/// [`check_bounds`] as it reads, line by line: what is open at the end of the lines so far.
#[derive(Default)]
struct Bounds {
    /// Flow collections open.
    flow: usize,
    /// The quote a scalar is open in, across lines.
    quote: Option<char>,
    /// Inside a block scalar (`|`, `>`): the indentation of the line that opened it.
    block_scalar: Option<usize>,
}

/// Why a line nests too deep.
fn too_deep() -> String {
    format!(
        "collections nest more than {MAX_DEPTH} levels deep here, deeper than a plan or seed can be"
    )
}

impl Bounds {
    /// Checks the next line (without its line break).
    fn line(&mut self, line: &str) -> Result<(), String> {
        let indent = line.len() - line.trim_start_matches(' ').len();
        if let Some(parent) = self.block_scalar {
            if line.trim().is_empty() || indent > parent {
                return Ok(());
            }
            self.block_scalar = None;
        }
        let rest = if self.quote.is_none() && self.flow == 0 {
            block_start(line, indent)?
        } else {
            line
        };
        self.scan(rest, indent)
    }

    /// Reads `rest` of a line indented `indent` columns, character by character: quotes,
    /// flow collections, comments and block scalars. A value may start where `rest` does (a
    /// flow collection, a quoted scalar or a block scalar).
    fn scan(&mut self, rest: &str, indent: usize) -> Result<(), String> {
        let mut at_value = true;
        let mut prev = ' ';
        // The last character that is not a space: after `[`, `{` or `,` a flow value starts.
        let mut last = ' ';
        let mut chars = rest.chars().peekable();
        while let Some(c) = chars.next() {
            match self.quote {
                Some('"') => match c {
                    '\\' => {
                        chars.next();
                    }
                    '"' => self.quote = None,
                    _ => {}
                },
                Some(_) => {
                    if c == '\'' {
                        // `''` is a quote inside a single-quoted scalar.
                        if chars.peek() == Some(&'\'') {
                            chars.next();
                        } else {
                            self.quote = None;
                        }
                    }
                }
                None => {
                    let starts = at_value || (self.flow > 0 && "[{,".contains(last));
                    match c {
                        '#' if prev.is_whitespace() => break,
                        ' ' | '\t' => {}
                        '"' | '\'' if starts => self.quote = Some(c),
                        '[' | '{' if starts => {
                            self.flow += 1;
                            if self.flow > MAX_DEPTH {
                                return Err(too_deep());
                            }
                        }
                        ']' | '}' if self.flow > 0 => self.flow -= 1,
                        '|' | '>' if at_value && self.flow == 0 => {
                            self.block_scalar = Some(indent);
                            break;
                        }
                        // A key's value starts after `: `.
                        ':' if chars.peek().is_none_or(|n| n.is_whitespace()) => {
                            at_value = true;
                            prev = c;
                            continue;
                        }
                        _ => {}
                    }
                    if !c.is_whitespace() {
                        at_value = false;
                        last = c;
                    }
                }
            }
            prev = c;
        }
        Ok(())
    }
}

/// The start of a block line indented `indent` columns: refused when indented too far, or
/// when its block indicators chained on one line (`- - - x`, each opening a level) nest too
/// deep; else what follows them.
fn block_start(line: &str, indent: usize) -> Result<&str, String> {
    if indent > MAX_INDENT {
        return Err(format!(
            "indented {indent} columns, more than {MAX_INDENT}: deeper than a plan or seed can be"
        ));
    }
    let mut rest = &line[indent..];
    let mut chained = 0;
    while let Some(after) = ["- ", "-\t", "? "]
        .iter()
        .find_map(|i| rest.strip_prefix(i))
        .or_else(|| (rest == "-").then_some(""))
    {
        chained += 1;
        rest = after.trim_start_matches([' ', '\t']);
    }
    if chained > MAX_DEPTH {
        return Err(too_deep());
    }
    Ok(rest)
}
