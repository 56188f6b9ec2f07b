//! Integrations picked from the spec's tables at run time, for tests of finding people and of
//! access reviews against the local server: never named in a test.

use truto_user_directory::offboard::{get_endpoint, list_endpoint};
use truto_user_directory::{ENDPOINTS, Integration};

/// The integrations the list and get endpoints support whose list is complete, in the spec's
/// order.
pub fn complete_lists() -> impl Iterator<Item = Integration> {
    let list = list_endpoint().expect("list endpoint");
    let get = get_endpoint().expect("get endpoint");
    let partial = list.list.expect("list section").partial_in;
    list.integrations
        .iter()
        .copied()
        .filter(move |i| get.supports(*i) && !partial.contains(i))
}

/// An integration whose list is partial and that the get endpoint supports.
pub fn partial_list() -> Integration {
    let list = list_endpoint().expect("list endpoint");
    let get = get_endpoint().expect("get endpoint");
    *list
        .list
        .expect("list section")
        .partial_in
        .iter()
        .find(|i| get.supports(**i))
        .expect("a partial integration with a get")
}

/// An integration an offboarding endpoint supports but the list endpoint does not.
pub fn without_list() -> Integration {
    let list = list_endpoint().expect("list endpoint");
    ENDPOINTS
        .iter()
        .filter(|e| e.offboarding.is_some())
        .flat_map(|e| e.integrations.iter())
        .copied()
        .find(|i| !list.supports(*i))
        .expect("an offboarded integration without a list")
}
