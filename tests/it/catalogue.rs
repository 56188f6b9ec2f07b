//! The generated catalogue hands the runtime what it needs: each endpoint's presence sets are
//! what its parameters' acceptance says, for every integration, and every endpoint points at
//! the one API that lists it.

use truto_user_directory::spec::Location;
use truto_user_directory::{API, ENDPOINTS, Integration};

#[test]
fn every_endpoint_s_presence_sets_are_what_its_parameters_say() {
    let mut distinct = std::collections::HashSet::new();
    for &endpoint in ENDPOINTS {
        assert_eq!(
            endpoint.presence(None),
            endpoint.presence_by_parameters(None),
            "{}",
            endpoint.name
        );
        for &i in Integration::ALL {
            let expected = endpoint.presence_by_parameters(Some(i));
            assert_eq!(
                endpoint.presence(Some(i)),
                expected,
                "{} {i:?}",
                endpoint.name
            );
            assert_eq!(endpoint.supports(i), endpoint.integrations.contains(&i));
            if let Some(p) = expected {
                distinct.insert((endpoint.name, p.required, p.accepted));
            }
        }
        let body = endpoint
            .parameters
            .iter()
            .any(|p| p.location == Location::Body);
        assert_eq!(endpoint.takes_body(), body, "{}", endpoint.name);
    }
    // Integrations of one endpoint differ in what they must and may set (Asana and GitHub on
    // delete), so the comparison above is not only of identical sets.
    assert!(distinct.len() > ENDPOINTS.len() + 10, "{}", distinct.len());
}

#[test]
fn every_endpoint_points_at_the_api_that_lists_it() {
    assert_eq!(API.endpoints.len(), ENDPOINTS.len());
    assert_eq!(API.integrations, Integration::ALL);
    for &endpoint in ENDPOINTS {
        assert!(std::ptr::eq(endpoint.api, &API), "{}", endpoint.name);
        assert!(API.endpoints.iter().any(|e| std::ptr::eq(*e, endpoint)));
    }
    assert_eq!(
        API.integration("slack-enterprise"),
        Ok(Integration::SlackEnterprise)
    );
}

#[test]
fn the_generator_refuses_what_the_runtime_cannot_hold() {
    use truto_user_directory::spec::{MAX_INTEGRATIONS, MAX_PARAMETERS};
    assert_eq!(truto_user_directory_codegen::MAX_PARAMETERS, MAX_PARAMETERS);
    assert_eq!(
        truto_user_directory_codegen::MAX_INTEGRATIONS,
        MAX_INTEGRATIONS
    );
}
