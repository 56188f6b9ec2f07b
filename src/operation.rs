//! What every generated request type implements.

use serde::Deserialize as _;

use crate::Integration;
use crate::spec::EndpointSpec;
use crate::validate::{Checked, Mode, ValidationReport};
use crate::value::Field;
pub use crate::value::{Item, SubSlot, SubValue};

/// A request to one endpoint of the spec.
pub trait Operation {
    /// The decoded response body.
    type Response;

    /// The endpoint's spec.
    fn spec() -> &'static EndpointSpec;

    /// The parameters this request sets, in spec order, borrowed from it.
    fn fields(&self) -> Vec<Field<'_>>;

    /// Every problem with this request for `integration`, at once.
    fn validate(&self, integration: Integration, mode: Mode) -> ValidationReport {
        crate::validate::report(Self::spec(), &self.fields(), Some(integration), mode)
    }

    /// The request checked for `integration` (`None`: only what every integration shares), with
    /// what sending it needs; or every problem.
    fn check(
        &self,
        integration: Option<Integration>,
        mode: Mode,
    ) -> Result<Checked<'_>, ValidationReport> {
        Checked::new(Self::spec(), self.fields(), integration, mode)
    }
}

/// `Serialize` for a request type: its set parameters by wire name, in spec order (what the
/// generated `impl Serialize` calls; no derive, which would cost every endpoint a large
/// compile-time expansion).
#[doc(hidden)]
pub fn serialize<O: Operation, S: serde::Serializer>(
    request: &O,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let fields = request.fields();
    let mut map = serializer.serialize_map(Some(fields.len()))?;
    for f in &fields {
        map.serialize_entry(f.spec.name, &f.value)?;
    }
    map.end()
}

/// `Deserialize` for a request type: an object of parameters by wire name. Each value goes to
/// `set` (the generated per-endpoint match); a name that is no parameter of the endpoint is an
/// error naming it and the nearest one; missing parameters keep their defaults.
#[doc(hidden)]
pub fn deserialize<'de, O, D>(
    deserializer: D,
    set: fn(&mut O, &str, serde_json::Value) -> Option<Result<(), serde_json::Error>>,
) -> Result<O, D::Error>
where
    O: Operation + Default,
    D: serde::Deserializer<'de>,
{
    use serde::de::Error as _;
    let map = serde_json::Map::<String, serde_json::Value>::deserialize(deserializer)?;
    let mut request = O::default();
    for (name, value) in map {
        match set(&mut request, &name, value) {
            Some(Ok(())) => {}
            Some(Err(e)) => return Err(D::Error::custom(format!("parameter `{name}`: {e}"))),
            None => {
                let spec = O::spec();
                let suggestion =
                    crate::names::nearest(&name, spec.parameters.iter().map(|p| p.name))
                        .map(|n| format!(" (did you mean `{n}`?)"))
                        .unwrap_or_default();
                return Err(D::Error::custom(format!(
                    "unknown field `{name}`: not a parameter of {}{suggestion}",
                    spec.name
                )));
            }
        }
    }
    Ok(request)
}

/// Reads `value` into one field of a request (what the generated `set_parameter` calls).
#[doc(hidden)]
pub fn json_into<T: serde::de::DeserializeOwned>(
    slot: &mut T,
    value: serde_json::Value,
) -> Result<(), serde_json::Error> {
    *slot = serde_json::from_value(value)?;
    Ok(())
}

/// `Debug` for a request type: its name and the parameters it sets, by wire name.
#[doc(hidden)]
pub fn debug<O: Operation>(request: &O, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
    let mut s = f.debug_struct(O::spec().rust_name);
    for field in request.fields() {
        s.field(field.spec.name, &field.value);
    }
    s.finish()
}

/// `Serialize` for an item type: an object of every sub-field by wire name, `null` when unset.
#[doc(hidden)]
pub fn serialize_item<I: Item, S: serde::Serializer>(
    item: &I,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(I::NAMES.len()))?;
    for (name, value) in I::NAMES.iter().zip(item.values()) {
        map.serialize_entry(name, &value)?;
    }
    map.end()
}

/// `Deserialize` for an item type: an object of sub-fields by wire name; a missing or `null`
/// sub-field is unset, a name the item does not have is an error listing the ones it has.
#[doc(hidden)]
pub fn deserialize_item<'de, I: Item, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<I, D::Error> {
    use serde::de::Error as _;
    let map = serde_json::Map::<String, serde_json::Value>::deserialize(deserializer)?;
    let mut item = I::default();
    for (name, value) in map {
        let read = match item.slot(&name) {
            None => return Err(D::Error::unknown_field(&name, I::NAMES)),
            Some(SubSlot::Text(slot)) => json_into(slot, value),
            Some(SubSlot::Bool(slot)) => json_into(slot, value),
        };
        read.map_err(|e| D::Error::custom(format!("`{name}`: {e}")))?;
    }
    Ok(item)
}

/// `Serialize` and `Deserialize` for a generated item type, through [`serialize_item`] and
/// [`deserialize_item`].
macro_rules! item_traits {
    ($name:ident) => {
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                $crate::operation::serialize_item(self, serializer)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                $crate::operation::deserialize_item(deserializer)
            }
        }
    };
}
pub(crate) use item_traits;

/// `Debug`, `Serialize` and `Deserialize` for a generated request type, through [`debug`],
/// [`serialize`] and [`deserialize`]: written once here rather than derived for every endpoint.
macro_rules! request_traits {
    ($name:ident) => {
        impl std::fmt::Debug for $name {
            #[inline]
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                $crate::operation::debug(self, f)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                $crate::operation::serialize(self, serializer)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                $crate::operation::deserialize(deserializer, Self::set_parameter)
            }
        }
    };
}
pub(crate) use request_traits;
