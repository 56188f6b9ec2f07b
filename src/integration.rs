//! Parsing and printing [`Integration`]s by display name or slug: the generated type with the
//! generated catalogue ([`crate::API`]), a layer above the runtime.

use std::fmt;
use std::str::FromStr;

use crate::Integration;
use crate::spec::{EndpointSpec, UnknownIntegration};

impl Integration {
    /// Finds an integration by display name or slug, ignoring case, spaces and punctuation.
    pub fn lookup(name: &str) -> Result<Integration, UnknownIntegration> {
        crate::API.integration(name)
    }

    /// Truto's canonical slug.
    pub fn slug(self) -> &'static str {
        self.slugs().first().copied().unwrap_or_else(|| self.name())
    }

    /// The endpoints this integration supports.
    pub fn endpoints(self) -> impl Iterator<Item = &'static EndpointSpec> {
        crate::API.endpoints_of(self)
    }
}

impl crate::Client {
    /// The integration of an integrated account: `GET /integrated-account/{id}`, asked once
    /// per account (its id in any case) and cached. The answer is used only when it carries
    /// the id asked for ([`Error::Mismatch`](crate::Error::Mismatch) otherwise, also when it
    /// carries none). `Ok(None)`: the API named an integration this spec does not know
    /// ([`Response::unknown_integration`](crate::Response::unknown_integration) gives its name
    /// on a call); an error instead when the client [refuses unknown
    /// integrations](crate::ClientBuilder::refuse_unknown_integrations).
    pub async fn integration_of(
        &self,
        integrated_account_id: &str,
    ) -> Result<Option<Integration>, crate::Error> {
        use crate::client::{AccountIntegration, account_integration};
        let answer = account_integration(self, &crate::API, integrated_account_id).await?;
        Ok(match answer {
            AccountIntegration::Known(i) => Some(i),
            AccountIntegration::NotInSpec(_) => None,
        })
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
