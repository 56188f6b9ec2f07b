//! Parsing and printing [`Integration`]s by display name or slug.

use std::fmt;
use std::str::FromStr;

use crate::Integration;
use crate::names::{nearest, same_name};
use crate::spec::EndpointSpec;

/// A name that is no known integration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownIntegration {
    /// What was given.
    pub input: String,
    /// The nearest known display name, when the input looks like a misspelling of it.
    pub suggestion: Option<&'static str>,
}

impl fmt::Display for UnknownIntegration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown integration {:?}", self.input)?;
        if let Some(s) = self.suggestion {
            write!(f, " (did you mean {s:?}?)")?;
        }
        write!(
            f,
            "; give a display name such as \"Slack Enterprise\" or a Truto slug such as \"slackenterprise\" ({} integrations are known)",
            Integration::ALL.len()
        )
    }
}

impl std::error::Error for UnknownIntegration {}

impl Integration {
    /// Finds an integration by display name or slug, ignoring case, spaces and punctuation.
    pub fn lookup(name: &str) -> Result<Integration, UnknownIntegration> {
        Integration::ALL
            .iter()
            .copied()
            .find(|i| same_name(i.name(), name) || i.slugs().iter().any(|s| same_name(s, name)))
            .ok_or_else(|| UnknownIntegration {
                input: name.to_string(),
                suggestion: nearest(name, Integration::ALL.iter().map(|i| i.name())),
            })
    }

    /// Truto's canonical slug.
    pub fn slug(self) -> &'static str {
        self.slugs().first().copied().unwrap_or_else(|| self.name())
    }

    /// The endpoints this integration supports.
    pub fn endpoints(self) -> impl Iterator<Item = &'static EndpointSpec> {
        crate::ENDPOINTS
            .iter()
            .copied()
            .filter(move |e| e.supports(self))
    }
}

impl FromStr for Integration {
    type Err = UnknownIntegration;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Integration::lookup(s)
    }
}

impl fmt::Display for Integration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl serde::Serialize for Integration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl<'de> serde::Deserialize<'de> for Integration {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = <String as serde::Deserialize>::deserialize(deserializer)?;
        Integration::lookup(&name).map_err(serde::de::Error::custom)
    }
}
