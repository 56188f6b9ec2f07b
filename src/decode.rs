//! Tolerant decoding for response models: nothing the API may legitimately send makes decoding
//! fail. Unknown fields are kept, a known field whose value has an unexpected shape is kept raw
//! beside the unknown ones (with a [`DecodeWarning`]), and date-times that do not parse are kept
//! as text.

use std::fmt;

use serde::de::{DeserializeOwned, Deserializer};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::{Map, Value};
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

/// Removes `key` from `map` and reads it as `T`. `null` and absence give `None`; a value that
/// is not a `T` is put back into `map` (which becomes the model's `extra`) and noted in
/// `warnings`.
#[doc(hidden)]
pub fn take<T: DeserializeOwned>(
    map: &mut Map<String, Value>,
    key: &str,
    warnings: &mut Vec<DecodeWarning>,
) -> Option<T> {
    let value = map.remove(key)?;
    if value.is_null() {
        return None;
    }
    match T::deserialize(&value) {
        Ok(v) => Some(v),
        Err(e) => {
            warnings.push(DecodeWarning {
                field: key.to_string(),
                message: format!("{e}; the raw value is kept in `extra`"),
            });
            map.insert(key.to_string(), value);
            None
        }
    }
}

/// Like [`take`] for booleans, also accepting the strings `"true"` / `"false"` in any case
/// (some directories send them).
#[doc(hidden)]
pub fn take_bool(
    map: &mut Map<String, Value>,
    key: &str,
    warnings: &mut Vec<DecodeWarning>,
) -> Option<bool> {
    if let Some(Value::String(s)) = map.get(key) {
        let parsed = match s.trim().to_ascii_lowercase().as_str() {
            "true" => Some(true),
            "false" => Some(false),
            _ => None,
        };
        if parsed.is_some() {
            map.remove(key);
            return parsed;
        }
    }
    take(map, key, warnings)
}

/// Reads a JSON object for a model, whatever the deserializer.
#[doc(hidden)]
pub fn object<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Map<String, Value>, D::Error> {
    Map::deserialize(deserializer)
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
        match Value::deserialize(deserializer)? {
            Value::String(s) => Ok(DateTime::new(s)),
            Value::Number(n) => Ok(DateTime::new(n.to_string())),
            other => Err(serde::de::Error::custom(format!(
                "expected a date-time string, found {other}"
            ))),
        }
    }
}
