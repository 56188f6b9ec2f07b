//! The request-value vocabulary: what a request sets, borrowed ([`Field`], [`FieldValue`]) or
//! owned ([`WireField`]), how a typed field lends its value ([`AsField`]), and the item types of
//! object-array parameters ([`Item`]). It sits below validation and encoding, which both read
//! it, and above the spec's tables, which it points into.

use std::fmt;

use serde::Serialize;
use serde_json::{Map, Value};

use crate::Integration;
use crate::spec::{EndpointSpec, Example, ParameterSpec};

/// A parameter value a request sets, borrowed from the request: what the validator checks and
/// the encoder writes, with nothing cloned.
#[derive(Clone, Copy)]
pub enum FieldValue<'a> {
    /// A string, UUID, enum value or response format.
    Text(&'a str),
    /// A boolean.
    Bool(bool),
    /// A whole number.
    Int(u64),
    /// A list of strings.
    Texts(&'a [String]),
    /// A JSON object.
    Object(&'a Map<String, Value>),
    /// Typed object-array items.
    Items(&'a dyn Items),
    /// Any JSON value: untyped input (the CLI, plans, the local server).
    Json(&'a Value),
}

/// Typed object-array items, as JSON objects of the sub-fields that are set.
pub trait Items: Sync {
    /// Each item as a JSON object, without the sub-fields that are not set.
    fn to_json(&self) -> Vec<Value>;
    /// No item at all.
    fn is_empty(&self) -> bool;
}

impl<T: Serialize + Sync> Items for Vec<T> {
    // Generic code is compiled once per item type of every endpoint: keep it to a loop, and do
    // the rest in `without_nulls`, compiled once.
    fn to_json(&self) -> Vec<Value> {
        let mut out = Vec::with_capacity(self.len());
        for item in self {
            out.push(without_nulls(serde_json::to_value(item)));
        }
        out
    }
    fn is_empty(&self) -> bool {
        Vec::is_empty(self)
    }
}

/// An item as JSON, without its unset (`null`) sub-fields.
fn without_nulls(item: Result<Value, serde_json::Error>) -> Value {
    match item {
        Ok(Value::Object(mut map)) => {
            map.retain(|_, v| !v.is_null());
            Value::Object(map)
        }
        Ok(other) => other,
        Err(e) => Value::String(format!("unserializable item: {e}")),
    }
}

/// Empty or only white space.
pub(crate) fn blank(s: &str) -> bool {
    // Most values start with a visible ASCII character: no need to trim them.
    match s.as_bytes().first() {
        None => true,
        Some(b) if b.is_ascii_graphic() => false,
        Some(_) => s.trim().is_empty(),
    }
}

impl fmt::Debug for FieldValue<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldValue::Text(s) => f.debug_tuple("Text").field(s).finish(),
            FieldValue::Bool(b) => f.debug_tuple("Bool").field(b).finish(),
            FieldValue::Int(n) => f.debug_tuple("Int").field(n).finish(),
            FieldValue::Texts(t) => f.debug_tuple("Texts").field(t).finish(),
            FieldValue::Object(m) => f.debug_tuple("Object").field(m).finish(),
            FieldValue::Items(items) => f.debug_tuple("Items").field(&items.to_json()).finish(),
            FieldValue::Json(v) => f.debug_tuple("Json").field(v).finish(),
        }
    }
}

impl<'a> FieldValue<'a> {
    /// Whether the value counts as not set (empty or blank text, an empty list, `null`).
    pub fn is_blank(&self) -> bool {
        match self {
            FieldValue::Text(s) => blank(s),
            FieldValue::Bool(_) | FieldValue::Int(_) | FieldValue::Object(_) => false,
            FieldValue::Texts(items) => items.is_empty(),
            FieldValue::Items(items) => items.is_empty(),
            FieldValue::Json(Value::Null) => true,
            FieldValue::Json(Value::String(s)) => blank(s),
            FieldValue::Json(Value::Array(a)) => a.is_empty(),
            FieldValue::Json(_) => false,
        }
    }

    /// The value as text, when it is a string.
    pub fn as_str(&self) -> Option<&'a str> {
        match *self {
            FieldValue::Text(s) => Some(s),
            FieldValue::Json(Value::String(s)) => Some(s),
            _ => None,
        }
    }

    /// The value as a boolean, when it is one.
    pub fn as_bool(&self) -> Option<bool> {
        match *self {
            FieldValue::Bool(b) => Some(b),
            FieldValue::Json(Value::Bool(b)) => Some(*b),
            _ => None,
        }
    }

    /// The strings of a list (the others, and non-lists, give nothing).
    pub fn texts(&self) -> Vec<&'a str> {
        match *self {
            FieldValue::Texts(items) => items.iter().map(String::as_str).collect(),
            FieldValue::Json(Value::Array(items)) => {
                items.iter().filter_map(Value::as_str).collect()
            }
            _ => Vec::new(),
        }
    }
}

impl Serialize for FieldValue<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match *self {
            FieldValue::Text(s) => serializer.serialize_str(s),
            FieldValue::Bool(b) => serializer.serialize_bool(b),
            FieldValue::Int(n) => serializer.serialize_u64(n),
            FieldValue::Texts(items) => items.serialize(serializer),
            FieldValue::Object(map) => map.serialize(serializer),
            FieldValue::Items(items) => items.to_json().serialize(serializer),
            FieldValue::Json(v) => v.serialize(serializer),
        }
    }
}

/// One parameter a request sets, with its value borrowed from the request.
#[derive(Debug, Clone, Copy)]
pub struct Field<'a> {
    /// The parameter.
    pub spec: &'static ParameterSpec,
    /// Its value.
    pub value: FieldValue<'a>,
}

/// How a stored request field becomes a [`FieldValue`] (implemented for the types the generated
/// request types store): `None` when it is not set.
pub trait AsField {
    /// The value, if set.
    fn as_field(&self) -> Option<FieldValue<'_>>;
}

impl AsField for String {
    fn as_field(&self) -> Option<FieldValue<'_>> {
        Some(FieldValue::Text(self))
    }
}

impl AsField for bool {
    fn as_field(&self) -> Option<FieldValue<'_>> {
        Some(FieldValue::Bool(*self))
    }
}

impl AsField for u64 {
    fn as_field(&self) -> Option<FieldValue<'_>> {
        Some(FieldValue::Int(*self))
    }
}

impl AsField for Vec<String> {
    fn as_field(&self) -> Option<FieldValue<'_>> {
        (!self.is_empty()).then_some(FieldValue::Texts(self))
    }
}

/// Object-array items (the generated item types): set when there is at least one.
impl<T: Item + Serialize + Sync> AsField for Vec<T> {
    fn as_field(&self) -> Option<FieldValue<'_>> {
        (!self.is_empty()).then_some(FieldValue::Items(self))
    }
}

impl AsField for Map<String, Value> {
    fn as_field(&self) -> Option<FieldValue<'_>> {
        Some(FieldValue::Object(self))
    }
}

impl<T: AsField> AsField for Option<T> {
    fn as_field(&self) -> Option<FieldValue<'_>> {
        self.as_ref().and_then(AsField::as_field)
    }
}

impl Field<'_> {
    /// The fields of a typed request that are set, from its table of parameters and the values
    /// it stores ([`Operation::fields`](crate::Operation::fields)). One loop, compiled once for
    /// every request type: a request's table is data, not code.
    pub fn set<'a>(table: &[(&'static ParameterSpec, &'a dyn AsField)]) -> Vec<Field<'a>> {
        let mut out = Vec::with_capacity(table.len());
        for &(spec, value) in table {
            if let Some(value) = value.as_field() {
                out.push(Field { spec, value });
            }
        }
        out
    }
}

/// An owned parameter value, for requests built from untyped input (the CLI's flags, plans,
/// the local server's parsing): borrow it with [`WireField::field`].
#[derive(Debug, Clone, PartialEq)]
pub struct WireField {
    /// The parameter.
    pub spec: &'static ParameterSpec,
    /// Its JSON value (strings, booleans, arrays, objects).
    pub value: Value,
}

impl WireField {
    /// The field, borrowed.
    pub fn field(&self) -> Field<'_> {
        Field {
            spec: self.spec,
            value: FieldValue::Json(&self.value),
        }
    }

    /// Every field, borrowed.
    pub fn fields(fields: &[WireField]) -> Vec<Field<'_>> {
        fields.iter().map(WireField::field).collect()
    }
}

/// An item type of an object-array parameter (`EmailItem`, …): sub-fields of text or booleans,
/// each optional. The generated code says only which sub-field has which wire name; `Serialize`
/// and `Deserialize` are written once, by the operation module, rather than derived for every
/// item type of every endpoint.
#[doc(hidden)]
pub trait Item: Default {
    /// The sub-fields' wire names, in spec order.
    const NAMES: &'static [&'static str];
    /// Each sub-field's value, in the order of [`Item::NAMES`].
    fn values(&self) -> Vec<SubValue<'_>>;
    /// The sub-field with this wire name (`None`: the item has no such sub-field).
    fn slot(&mut self, name: &str) -> Option<SubSlot<'_>>;
}

/// A sub-field's value, borrowed from its item.
#[doc(hidden)]
#[derive(Debug, Clone, Copy)]
pub enum SubValue<'a> {
    /// A text sub-field.
    Text(Option<&'a str>),
    /// A boolean sub-field.
    Bool(Option<bool>),
}

impl<'a> From<&'a Option<String>> for SubValue<'a> {
    #[inline]
    fn from(value: &'a Option<String>) -> Self {
        SubValue::Text(value.as_deref())
    }
}

impl From<&Option<bool>> for SubValue<'_> {
    #[inline]
    fn from(value: &Option<bool>) -> Self {
        SubValue::Bool(*value)
    }
}

impl serde::Serialize for SubValue<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match *self {
            SubValue::Text(Some(text)) => serializer.serialize_str(text),
            SubValue::Bool(Some(flag)) => serializer.serialize_bool(flag),
            SubValue::Text(None) | SubValue::Bool(None) => serializer.serialize_none(),
        }
    }
}

/// A sub-field to read into, borrowed from its item.
#[doc(hidden)]
#[derive(Debug)]
pub enum SubSlot<'a> {
    /// A text sub-field.
    Text(&'a mut Option<String>),
    /// A boolean sub-field.
    Bool(&'a mut Option<bool>),
}

impl<'a> From<&'a mut Option<String>> for SubSlot<'a> {
    #[inline]
    fn from(slot: &'a mut Option<String>) -> Self {
        SubSlot::Text(slot)
    }
}

impl<'a> From<&'a mut Option<bool>> for SubSlot<'a> {
    #[inline]
    fn from(slot: &'a mut Option<bool>) -> Self {
        SubSlot::Bool(slot)
    }
}

impl EndpointSpec {
    /// The smallest valid request for `integration`, built from the spec's examples: every
    /// parameter it requires, and the first parameter of each of its rules (`None` when it does
    /// not support this endpoint; an integration a page counts without naming it gets the
    /// parameters every integration requires, as a call for it is sent).
    pub fn example(&'static self, integration: Integration) -> Option<Vec<WireField>> {
        if !self.may_support(integration) {
            return None;
        }
        let first_of_rules: Vec<&str> = self
            .rules_for(integration)
            .filter_map(|r| r.at_least_one_of.first().copied())
            .collect();
        Some(
            self.parameters
                .iter()
                .copied()
                .filter(|p| p.is_required_in(integration) || first_of_rules.contains(&p.name))
                .map(|spec| WireField {
                    spec,
                    value: spec
                        .example
                        .map(Example::to_json)
                        .unwrap_or(serde_json::Value::Null),
                })
                .collect(),
        )
    }
}
