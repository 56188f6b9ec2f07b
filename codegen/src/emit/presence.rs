//! An endpoint's presence sets (`PRESENCE`): which parameters a request must and may set, for
//! each integration. The runtime's `Presences::of` computes them at compile time from the
//! tables `SPEC` points at, so the generated text names no bit and a spec change stays a local
//! diff (a parameter added in the middle would shift every bit of an emitted mask).

use crate::resolved::Endpoint;

/// `PRESENCE`, as text that follows `SPEC`.
pub fn render(e: &Endpoint) -> String {
    format!(
        "/// What `{}`'s parameters ask of a request, by integration (computed at compile time).\n\
         static PRESENCE: crate::spec::Presences = crate::spec::Presences::of(&SPEC);\n",
        e.name
    )
}
