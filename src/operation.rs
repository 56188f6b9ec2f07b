//! What every generated request type implements.

use crate::Integration;
use crate::spec::EndpointSpec;
use crate::validate::{Checked, Field, Mode, ValidationReport};

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
