//! `common.yaml` → the `ResponseFormat` enum. (Parameter groups are emitted with the endpoints
//! that include them.)

use proc_macro2::TokenStream;

use super::open_enum;
use crate::resolved::Spec;

pub fn emit(spec: &Spec) -> TokenStream {
    let values: Vec<(String, String)> = spec
        .response_formats
        .iter()
        .map(|r| (r.name.clone(), r.description.clone()))
        .collect();
    open_enum(
        "ResponseFormat",
        "The format of the response (`truto_response_format`). Each endpoint offers a subset; its\nvalidator rejects the others.",
        &values,
    )
}
