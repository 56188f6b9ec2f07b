//! What every generated request type implements.

use crate::Integration;
use crate::spec::EndpointSpec;
use crate::validate::{Mode, ValidationReport, WireField};

/// A request to one endpoint of the spec.
pub trait Operation {
    /// The decoded response body.
    type Response;

    /// The endpoint's spec.
    fn spec() -> &'static EndpointSpec;

    /// The parameters this request sets, in spec order, as they will be encoded.
    fn wire_fields(&self) -> Vec<WireField>;

    /// Every problem with this request for `integration`, at once.
    fn validate(&self, integration: Integration, mode: Mode) -> ValidationReport {
        crate::validate::validate(Self::spec(), &self.wire_fields(), integration, mode)
    }
}
