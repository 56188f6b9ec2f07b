// @generated from spec/ by truto-user-directory-codegen. Do not edit: change
// the spec and rebuild (see spec/README.md); `cargo test` checks this file is current.

/// Generated from `spec/integrations.yaml`.
pub mod integrations {
    include!(concat!(env!("OUT_DIR"), "/integrations.rs"));
}
/// Generated from `spec/common.yaml`.
pub mod common {
    include!(concat!(env!("OUT_DIR"), "/common.rs"));
}
/// Response models, one module per file of `spec/models/`.
pub mod models {
    /// Generated from `spec/models/integrated-account.yaml`.
    pub mod integrated_account {
        include!(concat!(env!("OUT_DIR"), "/models/integrated_account.rs"));
    }
    /// Generated from `spec/models/user.yaml`.
    pub mod user {
        include!(concat!(env!("OUT_DIR"), "/models/user.rs"));
    }
}
/// Endpoints, one module per file of `spec/endpoints/`.
pub mod endpoints {
    /// `GET /integrated-account` (List Integrated Accounts), generated from
    /// `spec/endpoints/integrated-accounts-list.yaml`.
    pub mod integrated_accounts_list {
        include!(concat!(env!("OUT_DIR"), "/endpoints/integrated_accounts_list.rs"));
    }
    /// `POST /unified/user-directory/users/deactivate` (Deactivate Users), generated from
    /// `spec/endpoints/users-deactivate.yaml`.
    pub mod users_deactivate {
        include!(concat!(env!("OUT_DIR"), "/endpoints/users_deactivate.rs"));
    }
    /// `DELETE /unified/user-directory/users/{id}` (Delete Users), generated from
    /// `spec/endpoints/users-delete.yaml`.
    pub mod users_delete {
        include!(concat!(env!("OUT_DIR"), "/endpoints/users_delete.rs"));
    }
    /// `POST /unified/user-directory/users/downgrade` (Downgrade Users), generated from
    /// `spec/endpoints/users-downgrade.yaml`.
    pub mod users_downgrade {
        include!(concat!(env!("OUT_DIR"), "/endpoints/users_downgrade.rs"));
    }
    /// `GET /unified/user-directory/users/{id}` (Get Users), generated from
    /// `spec/endpoints/users-get.yaml`.
    pub mod users_get {
        include!(concat!(env!("OUT_DIR"), "/endpoints/users_get.rs"));
    }
    /// `GET /unified/user-directory/users` (List Users), generated from `spec/endpoints/users-list.yaml`.
    pub mod users_list {
        include!(concat!(env!("OUT_DIR"), "/endpoints/users_list.rs"));
    }
    /// `POST /unified/user-directory/users/suspend` (Suspend Users), generated from
    /// `spec/endpoints/users-suspend.yaml`.
    pub mod users_suspend {
        include!(concat!(env!("OUT_DIR"), "/endpoints/users_suspend.rs"));
    }
}
pub use integrations::Integration;
pub use common::{ACCOUNTS, LIST_ENVELOPE, MISSING_METHOD, PEOPLE, ResponseFormat};
pub use common::TrutoQuery;
pub use common::TrutoQuerySetters;
pub use common::RemoteDataBody;
pub use common::RemoteDataBodySetters;
pub use common::Paging;
pub use common::PagingSetters;
pub use common::TrutoList;
pub use common::TrutoListSetters;
pub use models::integrated_account::*;
pub use models::user::*;
pub use endpoints::integrated_accounts_list::ListIntegratedAccounts;
pub use endpoints::users_deactivate::DeactivateUser;
pub use endpoints::users_delete::DeleteUser;
pub use endpoints::users_downgrade::DowngradeUser;
pub use endpoints::users_get::GetUser;
pub use endpoints::users_list::ListUsers;
pub use endpoints::users_suspend::SuspendUser;
/// The setters of the parameters every endpoint shares (`truto_response_format`,
/// `limit`, …), which are trait methods: `use truto_user_directory::prelude::*;` brings
/// them all into scope.
pub mod prelude {
    pub use super::TrutoQuerySetters;
    pub use super::RemoteDataBodySetters;
    pub use super::PagingSetters;
    pub use super::TrutoListSetters;
}
/// Every response model by name, with its fields' wire names.
pub static MODELS: &[spec::ModelFields] = &[
    spec::ModelFields {
        name: "IntegratedAccount",
        fields: <IntegratedAccount as crate::decode::Model>::FIELDS,
    },
    spec::ModelFields {
        name: "User",
        fields: <User as crate::decode::Model>::FIELDS,
    },
    spec::ModelFields {
        name: "Email",
        fields: <Email as crate::decode::Model>::FIELDS,
    },
    spec::ModelFields {
        name: "Phone",
        fields: <Phone as crate::decode::Model>::FIELDS,
    },
    spec::ModelFields {
        name: "Role",
        fields: <Role as crate::decode::Model>::FIELDS,
    },
    spec::ModelFields {
        name: "Organization",
        fields: <Organization as crate::decode::Model>::FIELDS,
    },
    spec::ModelFields {
        name: "License",
        fields: <License as crate::decode::Model>::FIELDS,
    },
    spec::ModelFields {
        name: "Group",
        fields: <Group as crate::decode::Model>::FIELDS,
    },
    spec::ModelFields {
        name: "Workspace",
        fields: <Workspace as crate::decode::Model>::FIELDS,
    },
    spec::ModelFields {
        name: "Url",
        fields: <Url as crate::decode::Model>::FIELDS,
    },
];
/// Every endpoint in the spec.
pub static ENDPOINTS: &[&spec::EndpointSpec] = &[
    &endpoints::integrated_accounts_list::SPEC,
    &endpoints::users_deactivate::SPEC,
    &endpoints::users_delete::SPEC,
    &endpoints::users_downgrade::SPEC,
    &endpoints::users_get::SPEC,
    &endpoints::users_list::SPEC,
    &endpoints::users_suspend::SPEC,
];
/// The API as the runtime is handed it (each endpoint's [`spec::EndpointSpec::api`]):
/// every endpoint and integration, and what the endpoints share.
pub static API: spec::Api = spec::Api {
    endpoints: ENDPOINTS,
    integrations: Integration::ALL,
    list_envelope: &LIST_ENVELOPE,
    people: PEOPLE.as_ref(),
    accounts: ACCOUNTS.as_ref(),
    missing_method: MISSING_METHOD,
    models: MODELS,
};
