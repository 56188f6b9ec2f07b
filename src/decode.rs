//! Tolerant, one-pass decoding for response models: nothing the API may legitimately send makes
//! decoding fail. Bytes go straight into the typed model (no intermediate `serde_json::Value`
//! for known fields): unknown fields are kept, a known field whose value has an unexpected shape
//! is kept raw beside the unknown ones (with a [`DecodeWarning`]), and date-times that do not
//! parse are kept as text.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess,
    Visitor,
};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::{Map, Number, Value};

use crate::spec::ListEnvelope;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// A known response field whose value could not be read as its declared type. The raw value is
/// kept in the model's `extra` map under the same name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DecodeWarning {
    /// The wire name of the field.
    pub field: String,
    /// Why it could not be read.
    pub message: String,
}

impl fmt::Display for DecodeWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// What reading one field gave.
#[doc(hidden)]
pub enum Read<T> {
    /// A value of the declared type.
    Got(T),
    /// `null`.
    Null,
    /// A value of another shape, kept as JSON, with what was expected.
    Other(Value, &'static str),
}

/// A type a model field can have: read from any JSON value without failing on its shape.
#[doc(hidden)]
pub trait FieldType: Sized {
    /// Reads the value, or gives it back as JSON when it has another shape.
    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Read<Self>, D::Error>;

    /// What a `null` item of a list of this type is (`None`: the item does not fit, and the
    /// list is kept as it came).
    fn null_item() -> Option<Self> {
        None
    }
}

struct Seed<T>(PhantomData<T>);

impl<'de, T: FieldType> DeserializeSeed<'de> for Seed<T> {
    type Value = Read<T>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Read<T>, D::Error> {
        T::read(deserializer)
    }
}

pub(crate) use crate::spec::kind_of;

/// What a scalar field type takes: the shapes it reads (anything else is kept as JSON). Static
/// dispatch, so each field type gets its own inlined visitor.
#[doc(hidden)]
pub trait Scalar: Sized {
    /// What a value of another shape is reported against.
    const EXPECTED: &'static str;
    /// From a string.
    fn text(_: &str) -> Option<Self> {
        None
    }
    /// From a boolean.
    fn boolean(_: bool) -> Option<Self> {
        None
    }
    /// From a number.
    fn number(_: &Number) -> Option<Self> {
        None
    }
}

struct ScalarVisitor<T>(PhantomData<T>);

impl<T: Scalar> ScalarVisitor<T> {
    fn other(value: Value) -> Read<T> {
        Read::Other(value, T::EXPECTED)
    }
}

impl<'de, T: Scalar> Visitor<'de> for ScalarVisitor<T> {
    type Value = Read<T>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTED)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Read<T>, E> {
        Ok(T::boolean(v).map_or_else(|| Self::other(Value::Bool(v)), Read::Got))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Read<T>, E> {
        let n = Number::from(v);
        Ok(T::number(&n).map_or_else(|| Self::other(Value::Number(n)), Read::Got))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Read<T>, E> {
        let n = Number::from(v);
        Ok(T::number(&n).map_or_else(|| Self::other(Value::Number(n)), Read::Got))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Read<T>, E> {
        match Number::from_f64(v) {
            Some(n) => Ok(T::number(&n).map_or_else(|| Self::other(Value::Number(n)), Read::Got)),
            None => Ok(Read::Null),
        }
    }
    fn visit_str<E>(self, v: &str) -> Result<Read<T>, E> {
        Ok(T::text(v).map_or_else(|| Self::other(Value::from(v)), Read::Got))
    }
    fn visit_unit<E>(self) -> Result<Read<T>, E> {
        Ok(Read::Null)
    }
    fn visit_none<E>(self) -> Result<Read<T>, E> {
        Ok(Read::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Read<T>, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Read<T>, A::Error> {
        Ok(Self::other(Value::deserialize(
            SeqAccessDeserializer::new(seq),
        )?))
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Read<T>, A::Error> {
        Ok(Self::other(Value::deserialize(
            MapAccessDeserializer::new(map),
        )?))
    }
}

/// Reads a scalar field type.
#[doc(hidden)]
pub fn read_scalar<'de, D: Deserializer<'de>, T: Scalar>(d: D) -> Result<Read<T>, D::Error> {
    d.deserialize_any(ScalarVisitor::<T>(PhantomData))
}

impl Scalar for String {
    const EXPECTED: &'static str = "a string";
    fn text(s: &str) -> Option<Self> {
        Some(s.to_string())
    }
}

impl FieldType for String {
    fn read<'de, D: Deserializer<'de>>(d: D) -> Result<Read<Self>, D::Error> {
        read_scalar(d)
    }
}

/// Numbers, also from a string holding one (some directories send amounts as text).
impl Scalar for f64 {
    const EXPECTED: &'static str = "a number";
    fn text(s: &str) -> Option<Self> {
        s.trim().parse::<f64>().ok().filter(|n| n.is_finite())
    }
    fn number(n: &Number) -> Option<Self> {
        n.as_f64()
    }
}

impl FieldType for f64 {
    fn read<'de, D: Deserializer<'de>>(d: D) -> Result<Read<Self>, D::Error> {
        read_scalar(d)
    }
}

/// Any JSON value (a field whose shape the spec leaves open): only `null` is absent, except as
/// an item of a list (a table's empty cell in `rows`), where it is a value like any other.
impl FieldType for Value {
    fn read<'de, D: Deserializer<'de>>(d: D) -> Result<Read<Self>, D::Error> {
        Value::deserialize(d).map(|v| {
            if v.is_null() {
                Read::Null
            } else {
                Read::Got(v)
            }
        })
    }

    fn null_item() -> Option<Self> {
        Some(Value::Null)
    }
}

/// Booleans, also from the strings `"true"` / `"false"` in any case (some directories send them).
impl Scalar for bool {
    const EXPECTED: &'static str = "a boolean";
    fn text(s: &str) -> Option<Self> {
        match s.trim() {
            t if t.eq_ignore_ascii_case("true") => Some(true),
            t if t.eq_ignore_ascii_case("false") => Some(false),
            _ => None,
        }
    }
    fn boolean(b: bool) -> Option<Self> {
        Some(b)
    }
}

impl FieldType for bool {
    fn read<'de, D: Deserializer<'de>>(d: D) -> Result<Read<Self>, D::Error> {
        read_scalar(d)
    }
}

impl Scalar for DateTime {
    const EXPECTED: &'static str = "a date-time string";
    fn text(s: &str) -> Option<Self> {
        Some(DateTime::new(s))
    }
    fn number(n: &Number) -> Option<Self> {
        Some(DateTime::new(n.to_string()))
    }
}

impl FieldType for DateTime {
    fn read<'de, D: Deserializer<'de>>(d: D) -> Result<Read<Self>, D::Error> {
        read_scalar(d)
    }
}

/// The visit methods of a visitor that takes one compound shape: `null` is `Null`, and every
/// scalar is kept as JSON (`Other`), reported against `$expected`.
macro_rules! keep_scalars {
    ($expected:expr) => {
        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok(Read::Null)
        }
        fn visit_none<E>(self) -> Result<Self::Value, E> {
            Ok(Read::Null)
        }
        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_any(self)
        }
        fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
            Ok(Read::Other(Value::Bool(v), $expected))
        }
        fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
            Ok(Read::Other(Value::from(v), $expected))
        }
        fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
            Ok(Read::Other(Value::from(v), $expected))
        }
        fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
            Ok(Read::Other(Value::from(v), $expected))
        }
        fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
            Ok(Read::Other(Value::from(v), $expected))
        }
    };
}

struct ObjectVisitor;

impl<'de> Visitor<'de> for ObjectVisitor {
    type Value = Read<Map<String, Value>>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        Ok(Read::Got(Map::deserialize(MapAccessDeserializer::new(
            map,
        ))?))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        Ok(Read::Other(
            Value::deserialize(SeqAccessDeserializer::new(seq))?,
            "an object",
        ))
    }
    keep_scalars!("an object");
}

impl FieldType for Map<String, Value> {
    fn read<'de, D: Deserializer<'de>>(d: D) -> Result<Read<Self>, D::Error> {
        d.deserialize_any(ObjectVisitor)
    }
}

/// Lists: every item must read as `T`, or the whole list is kept as JSON.
struct ListVisitor<T>(PhantomData<T>);

impl<'de, T: FieldType + Serialize> Visitor<'de> for ListVisitor<T> {
    type Value = Read<Vec<T>>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(item) = seq.next_element_seed(Seed::<T>(PhantomData))? {
            let item = match item {
                Read::Null => T::null_item().map_or(Read::Null, Read::Got),
                item => item,
            };
            match item {
                Read::Got(v) => items.push(v),
                // A null item, or one of another shape: keep the whole list as it came.
                other => {
                    let mut raw: Vec<Value> = items
                        .iter()
                        .map(|v| serde_json::to_value(v).unwrap_or(Value::Null))
                        .collect();
                    raw.push(match other {
                        Read::Other(v, _) => v,
                        _ => Value::Null,
                    });
                    while let Some(v) = seq.next_element::<Value>()? {
                        raw.push(v);
                    }
                    return Ok(Read::Other(
                        Value::Array(raw),
                        "an array of items of the declared type",
                    ));
                }
            }
        }
        Ok(Read::Got(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        Ok(Read::Other(
            Value::deserialize(MapAccessDeserializer::new(map))?,
            "an array",
        ))
    }
    keep_scalars!("an array");
}

impl<T: FieldType + Serialize> FieldType for Vec<T> {
    fn read<'de, D: Deserializer<'de>>(d: D) -> Result<Read<Self>, D::Error> {
        d.deserialize_any(ListVisitor::<T>(PhantomData))
    }
}

/// A response model: its fields are read one by one as the object is parsed.
#[doc(hidden)]
pub trait Model: Default + Serialize {
    /// The wire names of the model's fields, in model order.
    const FIELDS: &'static [&'static str];

    /// Reads the value of `key` into its field. `Ok(None)` when stored; otherwise the raw value
    /// to keep in `extra` (with what was expected, for a known field of another shape).
    fn read_field<'de, A: MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<Option<(Value, Option<&'static str>)>, A::Error>;

    /// Where unknown and unreadable fields, and the warnings, go.
    fn rest(&mut self) -> (&mut Map<String, Value>, &mut Vec<DecodeWarning>);
}

/// Reads the next value into `slot` (a field of type `T`).
#[doc(hidden)]
pub fn field<'de, A: MapAccess<'de>, T: FieldType>(
    map: &mut A,
    slot: &mut Option<T>,
) -> Result<Option<(Value, Option<&'static str>)>, A::Error> {
    match map.next_value_seed(Seed::<T>(PhantomData))? {
        Read::Got(v) => {
            *slot = Some(v);
            Ok(None)
        }
        Read::Null => {
            *slot = None;
            Ok(None)
        }
        Read::Other(v, expected) => Ok(Some((v, Some(expected)))),
    }
}

/// Reads the next value as an unknown field, kept whole.
#[doc(hidden)]
pub fn unknown<'de, A: MapAccess<'de>>(
    map: &mut A,
) -> Result<Option<(Value, Option<&'static str>)>, A::Error> {
    Ok(Some((map.next_value()?, None)))
}

/// A map key, borrowed from the input when it can be.
struct Key<'de>(Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v.to_string())))
            }
            fn visit_string<E>(self, v: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v)))
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

fn keep<M: Model>(model: &mut M, key: Cow<'_, str>, value: Value, expected: Option<&'static str>) {
    let (extra, warnings) = model.rest();
    if let Some(expected) = expected {
        warnings.push(DecodeWarning {
            field: key.to_string(),
            message: format!(
                "expected {expected}, found {}; the raw value is kept in `extra`",
                kind_of(&value)
            ),
        });
    }
    extra.insert(key.into_owned(), value);
}

fn finish<M: Model>(model: &mut M) {
    let (_, warnings) = model.rest();
    if warnings.len() > 1 {
        let order = |w: &DecodeWarning| M::FIELDS.iter().position(|f| *f == w.field);
        warnings.sort_by_key(order);
    }
}

struct ModelVisitor<M>(PhantomData<M>);

impl<'de, M: Model> Visitor<'de> for ModelVisitor<M> {
    type Value = M;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<M, A::Error> {
        let mut model = M::default();
        while let Some(Key(key)) = map.next_key()? {
            if let Some((value, expected)) = model.read_field(&key, &mut map)? {
                keep(&mut model, key, value, expected);
            }
        }
        finish(&mut model);
        Ok(model)
    }
}

/// Decodes a model from any deserializer (what a model's `Deserialize` calls). Only a
/// non-object fails.
#[doc(hidden)]
pub fn model<'de, D: Deserializer<'de>, M: Model>(d: D) -> Result<M, D::Error> {
    d.deserialize_map(ModelVisitor::<M>(PhantomData))
}

struct ModelItem<M>(PhantomData<M>);

impl<'de, M: Model> Visitor<'de> for ModelItem<M> {
    type Value = Read<M>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Read<M>, A::Error> {
        ModelVisitor::<M>(PhantomData).visit_map(map).map(Read::Got)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Read<M>, A::Error> {
        Ok(Read::Other(
            Value::deserialize(SeqAccessDeserializer::new(seq))?,
            "an object",
        ))
    }
    keep_scalars!("an object");
}

/// Reads a nested model (an item of a list field): an object, or the value kept as JSON.
#[doc(hidden)]
pub fn read_model<'de, D: Deserializer<'de>, M: Model>(d: D) -> Result<Read<M>, D::Error> {
    d.deserialize_any(ModelItem::<M>(PhantomData))
}

/// A type a success body decodes into: response models (in place, into one allocation) and
/// `serde_json::Value` (what the CLI prints).
pub trait ResponseBody: Sized + Send {
    /// Decodes `bytes` like [`body`]: `{"result": …}` unwrapped, empty or `null` is `None`, the
    /// `skip` fields dropped (a model never reads them); a list page is read by `envelope`.
    fn decode_body(
        bytes: &[u8],
        skip: &[&str],
        envelope: &'static ListEnvelope,
    ) -> Result<Option<Box<Self>>, serde_json::Error>;
}

impl ResponseBody for Value {
    fn decode_body(
        bytes: &[u8],
        skip: &[&str],
        _: &'static ListEnvelope,
    ) -> Result<Option<Box<Self>>, serde_json::Error> {
        body::<Value>(bytes, skip).map(|v| v.map(Box::new))
    }
}

/// What reading a body's top-level object into a model gave.
enum Filled {
    /// The object was the model.
    Model,
    /// `null`.
    Null,
    /// `{"result": …}` without an `id` beside it: the model is inside.
    Wrapped(Value),
}

/// Reads the top-level object of a body into `model` in place, holding back `result`.
struct FillBody<'m, 's, M> {
    model: &'m mut M,
    skip: &'s [&'s str],
}

impl<'de, M: Model> Visitor<'de> for FillBody<'_, '_, M> {
    type Value = Filled;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Filled, A::Error> {
        let (mut saw_id, mut result) = (false, None);
        while let Some(Key(key)) = map.next_key()? {
            if self.skip.contains(&key.as_ref()) {
                map.next_value::<IgnoredAny>()?;
                continue;
            }
            if key == "result" {
                result = Some(map.next_value::<Value>()?);
                continue;
            }
            saw_id |= key == "id";
            if let Some((value, expected)) = self.model.read_field(&key, &mut map)? {
                keep(self.model, key, value, expected);
            }
        }
        match result {
            Some(inner) if !saw_id => Ok(Filled::Wrapped(inner)),
            Some(kept) => {
                keep(self.model, Cow::Borrowed("result"), kept, None);
                finish(self.model);
                Ok(Filled::Model)
            }
            None => {
                finish(self.model);
                Ok(Filled::Model)
            }
        }
    }
    fn visit_unit<E>(self) -> Result<Filled, E> {
        Ok(Filled::Null)
    }
}

/// [`ResponseBody::decode_body`] for a model: one pass, straight into its one allocation.
#[doc(hidden)]
pub fn model_body<M: Model + DeserializeOwned>(
    bytes: &[u8],
    skip: &[&str],
) -> Result<Option<Box<M>>, serde_json::Error> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    let mut model = Box::<M>::default();
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let filled = de.deserialize_any(FillBody {
        model: &mut *model,
        skip,
    })?;
    de.end()?;
    match filled {
        Filled::Model => Ok(Some(model)),
        Filled::Null => Ok(None),
        Filled::Wrapped(inner) => without(inner, skip)
            .map(|v| M::deserialize(v).map(Box::new))
            .transpose(),
    }
}

/// What is left of a body once read: `null` is nothing, and the `skip` fields (what
/// `truto_ignore_remote_data` / `truto_exclude_fields` asked the API to leave out) are removed
/// from an object even if the API sent them.
fn without(mut value: Value, skip: &[&str]) -> Option<Value> {
    if let Value::Object(map) = &mut value {
        for k in skip {
            map.remove(*k);
        }
    }
    (!value.is_null()).then_some(value)
}

/// Decodes a `unified` / `normalized` body as any `T`: `{"result": …}` is unwrapped (unless an
/// `id` stands beside it: then it is the model itself), an empty body or `null` is `None`, and
/// the `skip` fields are dropped. The body is read into a `serde_json::Value` first: the client
/// decodes models with [`ResponseBody`] instead, in one pass and in place.
pub fn body<T: DeserializeOwned>(
    bytes: &[u8],
    skip: &[&str],
) -> Result<Option<T>, serde_json::Error> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    let value = match serde_json::from_slice::<Value>(bytes)? {
        Value::Object(mut map) if map.contains_key("result") && !map.contains_key("id") => {
            map.remove("result").unwrap_or(Value::Null)
        }
        other => other,
    };
    without(value, skip).map(T::deserialize).transpose()
}

/// A date-time from the API: the text as sent, and its parsed value when it is RFC 3339.
///
/// A value that does not parse (another format, an epoch number) is kept as text rather than
/// failing the response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateTime {
    raw: String,
    parsed: Option<OffsetDateTime>,
}

impl DateTime {
    /// Reads `raw`, parsing it when it is RFC 3339.
    pub fn new(raw: impl Into<String>) -> Self {
        let raw = raw.into();
        let parsed = OffsetDateTime::parse(raw.trim(), &Rfc3339).ok();
        DateTime { raw, parsed }
    }

    /// The value exactly as the API sent it.
    pub fn as_str(&self) -> &str {
        &self.raw
    }

    /// The parsed date-time, when the value is RFC 3339.
    pub fn parsed(&self) -> Option<OffsetDateTime> {
        self.parsed
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.raw)
    }
}

impl Serialize for DateTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.raw)
    }
}

impl<'de> Deserialize<'de> for DateTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match DateTime::read(deserializer)? {
            Read::Got(d) => Ok(d),
            Read::Null => Err(de::Error::custom("expected a date-time string, found null")),
            Read::Other(v, _) => Err(de::Error::custom(format!(
                "expected a date-time string, found {v}"
            ))),
        }
    }
}

/// A value of an open enum that this spec does not know, kept exactly as given or received.
///
/// It can be read ([`as_str`](Self::as_str)) but not built or matched by content, so code that
/// handles it keeps working when a later spec adds the value as a variant:
///
/// ```
/// use truto_user_directory::UserStatus;
/// let status = UserStatus::from("SUSPENDED");
/// assert!(matches!(&status, UserStatus::Unknown(v) if v.as_str() == "SUSPENDED"));
/// ```
///
/// ```compile_fail
/// use truto_user_directory::{decode::UnknownValue, UserStatus};
/// // Not constructible outside the crate…
/// let status = UserStatus::Unknown(UnknownValue::new("SUSPENDED"));
/// ```
///
/// ```compile_fail
/// use truto_user_directory::{decode::UnknownValue, UserStatus};
/// // …nor matchable by content.
/// fn suspended(s: &UserStatus) -> bool {
///     matches!(s, UserStatus::Unknown(UnknownValue(raw)) if raw == "SUSPENDED")
/// }
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct UnknownValue(String);

impl UnknownValue {
    pub(crate) fn new(raw: &str) -> Self {
        UnknownValue(raw.to_string())
    }

    /// The value as given or received.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What every open enum shares, from its `as_str` and `From<&str>`: `is_known`, `From<String>`,
/// `Display`, serde, tolerant decoding, and use as a request field.
macro_rules! open_enum_traits {
    ($name:ident) => {
        impl $name {
            /// Whether the value is one this spec knows.
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Unknown(_))
            }
        }

        impl From<String> for $name {
            fn from(value: String) -> Self {
                Self::from(value.as_str())
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value =
                    <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
                Ok(Self::from(value.as_ref()))
            }
        }

        impl $crate::decode::Scalar for $name {
            const EXPECTED: &'static str = "a string";
            fn text(s: &str) -> Option<Self> {
                Some(Self::from(s))
            }
        }

        impl $crate::decode::FieldType for $name {
            fn read<'de, D: serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<$crate::decode::Read<Self>, D::Error> {
                $crate::decode::read_scalar(deserializer)
            }
        }

        impl $crate::value::AsField for $name {
            fn as_field(&self) -> Option<$crate::value::FieldValue<'_>> {
                Some($crate::value::FieldValue::Text(self.as_str()))
            }
        }
    };
}
pub(crate) use open_enum_traits;

/// The trait impls every response model shares, from its `Model` impl: `Deserialize` (one pass,
/// tolerant), decoding as a whole body in place, and use as a nested field.
macro_rules! model_traits {
    ($name:ident) => {
        impl $crate::decode::ResponseBody for $name {
            fn decode_body(
                bytes: &[u8],
                skip: &[&str],
                _: &'static $crate::spec::ListEnvelope,
            ) -> Result<Option<Box<Self>>, serde_json::Error> {
                $crate::decode::model_body(bytes, skip)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                $crate::decode::model(deserializer)
            }
        }

        impl $crate::decode::FieldType for $name {
            fn read<'de, D: serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<$crate::decode::Read<Self>, D::Error> {
                $crate::decode::read_model(deserializer)
            }
        }
    };
}
pub(crate) use model_traits;
