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
    /// Generated from `spec/models/activity.yaml`.
    pub mod activity {
        include!(concat!(env!("OUT_DIR"), "/models/activity.rs"));
    }
    /// Generated from `spec/models/billing.yaml`.
    pub mod billing {
        include!(concat!(env!("OUT_DIR"), "/models/billing.rs"));
    }
    /// Generated from `spec/models/deleted.yaml`.
    pub mod deleted {
        include!(concat!(env!("OUT_DIR"), "/models/deleted.rs"));
    }
    /// Generated from `spec/models/group.yaml`.
    pub mod group {
        include!(concat!(env!("OUT_DIR"), "/models/group.rs"));
    }
    /// Generated from `spec/models/integrated-account.yaml`.
    pub mod integrated_account {
        include!(concat!(env!("OUT_DIR"), "/models/integrated_account.rs"));
    }
    /// Generated from `spec/models/license.yaml`.
    pub mod license {
        include!(concat!(env!("OUT_DIR"), "/models/license.rs"));
    }
    /// Generated from `spec/models/organization.yaml`.
    pub mod organization {
        include!(concat!(env!("OUT_DIR"), "/models/organization.rs"));
    }
    /// Generated from `spec/models/role-assignment.yaml`.
    pub mod role_assignment {
        include!(concat!(env!("OUT_DIR"), "/models/role_assignment.rs"));
    }
    /// Generated from `spec/models/role.yaml`.
    pub mod role {
        include!(concat!(env!("OUT_DIR"), "/models/role.rs"));
    }
    /// Generated from `spec/models/user.yaml`.
    pub mod user {
        include!(concat!(env!("OUT_DIR"), "/models/user.rs"));
    }
    /// Generated from `spec/models/utilization.yaml`.
    pub mod utilization {
        include!(concat!(env!("OUT_DIR"), "/models/utilization.rs"));
    }
    /// Generated from `spec/models/workspace.yaml`.
    pub mod workspace {
        include!(concat!(env!("OUT_DIR"), "/models/workspace.rs"));
    }
}
/// Endpoints, one module per file of `spec/endpoints/`.
pub mod endpoints {
    /// `GET /unified/user-directory/activities/{id}` (Get Activities), generated from
    /// `spec/endpoints/activities-get.yaml`.
    pub mod activities_get {
        include!(concat!(env!("OUT_DIR"), "/endpoints/activities_get.rs"));
    }
    /// `GET /unified/user-directory/activities` (List Activities), generated from
    /// `spec/endpoints/activities-list.yaml`.
    pub mod activities_list {
        include!(concat!(env!("OUT_DIR"), "/endpoints/activities_list.rs"));
    }
    /// `GET /unified/user-directory/billing` (List Billing), generated from
    /// `spec/endpoints/billing-list.yaml`.
    pub mod billing_list {
        include!(concat!(env!("OUT_DIR"), "/endpoints/billing_list.rs"));
    }
    /// `POST /unified/user-directory/groups/add` (Add Groups), generated from
    /// `spec/endpoints/groups-add.yaml`.
    pub mod groups_add {
        include!(concat!(env!("OUT_DIR"), "/endpoints/groups_add.rs"));
    }
    /// `DELETE /unified/user-directory/groups/{id}` (Delete Groups), generated from
    /// `spec/endpoints/groups-delete.yaml`.
    pub mod groups_delete {
        include!(concat!(env!("OUT_DIR"), "/endpoints/groups_delete.rs"));
    }
    /// `GET /unified/user-directory/groups/{id}` (Get Groups), generated from
    /// `spec/endpoints/groups-get.yaml`.
    pub mod groups_get {
        include!(concat!(env!("OUT_DIR"), "/endpoints/groups_get.rs"));
    }
    /// `GET /unified/user-directory/groups` (List Groups), generated from
    /// `spec/endpoints/groups-list.yaml`.
    pub mod groups_list {
        include!(concat!(env!("OUT_DIR"), "/endpoints/groups_list.rs"));
    }
    /// `POST /unified/user-directory/groups/remove-user` (Remove User Groups), generated from
    /// `spec/endpoints/groups-remove-user.yaml`.
    pub mod groups_remove_user {
        include!(concat!(env!("OUT_DIR"), "/endpoints/groups_remove_user.rs"));
    }
    /// `POST /unified/user-directory/groups/remove` (Remove Groups), generated from
    /// `spec/endpoints/groups-remove.yaml`.
    pub mod groups_remove {
        include!(concat!(env!("OUT_DIR"), "/endpoints/groups_remove.rs"));
    }
    /// `GET /integrated-account` (List Integrated Accounts), generated from
    /// `spec/endpoints/integrated-accounts-list.yaml`.
    pub mod integrated_accounts_list {
        include!(concat!(env!("OUT_DIR"), "/endpoints/integrated_accounts_list.rs"));
    }
    /// `GET /unified/user-directory/licenses/{id}` (Get Licenses), generated from
    /// `spec/endpoints/licenses-get.yaml`.
    pub mod licenses_get {
        include!(concat!(env!("OUT_DIR"), "/endpoints/licenses_get.rs"));
    }
    /// `GET /unified/user-directory/licenses` (List Licenses), generated from
    /// `spec/endpoints/licenses-list.yaml`.
    pub mod licenses_list {
        include!(concat!(env!("OUT_DIR"), "/endpoints/licenses_list.rs"));
    }
    /// `GET /unified/user-directory/me` (List Me), generated from `spec/endpoints/me-list.yaml`.
    pub mod me_list {
        include!(concat!(env!("OUT_DIR"), "/endpoints/me_list.rs"));
    }
    /// `GET /unified/user-directory/organizations/{id}` (Get Organizations), generated from
    /// `spec/endpoints/organizations-get.yaml`.
    pub mod organizations_get {
        include!(concat!(env!("OUT_DIR"), "/endpoints/organizations_get.rs"));
    }
    /// `GET /unified/user-directory/organizations` (List Organizations), generated from
    /// `spec/endpoints/organizations-list.yaml`.
    pub mod organizations_list {
        include!(concat!(env!("OUT_DIR"), "/endpoints/organizations_list.rs"));
    }
    /// `DELETE /unified/user-directory/role_assignments/{id}` (Delete Role assignments), generated from
    /// `spec/endpoints/role-assignments-delete.yaml`.
    pub mod role_assignments_delete {
        include!(concat!(env!("OUT_DIR"), "/endpoints/role_assignments_delete.rs"));
    }
    /// `GET /unified/user-directory/role_assignments/{id}` (Get Role assignments), generated from
    /// `spec/endpoints/role-assignments-get.yaml`.
    pub mod role_assignments_get {
        include!(concat!(env!("OUT_DIR"), "/endpoints/role_assignments_get.rs"));
    }
    /// `GET /unified/user-directory/role_assignments` (List Role assignments), generated from
    /// `spec/endpoints/role-assignments-list.yaml`.
    pub mod role_assignments_list {
        include!(concat!(env!("OUT_DIR"), "/endpoints/role_assignments_list.rs"));
    }
    /// `DELETE /unified/user-directory/roles/{id}` (Delete Roles), generated from
    /// `spec/endpoints/roles-delete.yaml`.
    pub mod roles_delete {
        include!(concat!(env!("OUT_DIR"), "/endpoints/roles_delete.rs"));
    }
    /// `GET /unified/user-directory/roles/{id}` (Get Roles), generated from
    /// `spec/endpoints/roles-get.yaml`.
    pub mod roles_get {
        include!(concat!(env!("OUT_DIR"), "/endpoints/roles_get.rs"));
    }
    /// `GET /unified/user-directory/roles` (List Roles), generated from `spec/endpoints/roles-list.yaml`.
    pub mod roles_list {
        include!(concat!(env!("OUT_DIR"), "/endpoints/roles_list.rs"));
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
    /// `GET /unified/user-directory/utilization` (List Utilization), generated from
    /// `spec/endpoints/utilization-list.yaml`.
    pub mod utilization_list {
        include!(concat!(env!("OUT_DIR"), "/endpoints/utilization_list.rs"));
    }
    /// `GET /unified/user-directory/workspaces/{id}` (Get Workspaces), generated from
    /// `spec/endpoints/workspaces-get.yaml`.
    pub mod workspaces_get {
        include!(concat!(env!("OUT_DIR"), "/endpoints/workspaces_get.rs"));
    }
    /// `GET /unified/user-directory/workspaces` (List Workspaces), generated from
    /// `spec/endpoints/workspaces-list.yaml`.
    pub mod workspaces_list {
        include!(concat!(env!("OUT_DIR"), "/endpoints/workspaces_list.rs"));
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
pub use models::activity::*;
pub use models::billing::*;
pub use models::deleted::*;
pub use models::group::*;
pub use models::integrated_account::*;
pub use models::license::*;
pub use models::organization::*;
pub use models::role_assignment::*;
pub use models::role::*;
pub use models::user::*;
pub use models::utilization::*;
pub use models::workspace::*;
pub use endpoints::activities_get::GetActivity;
pub use endpoints::activities_list::ListActivities;
pub use endpoints::billing_list::ListBilling;
pub use endpoints::groups_add::AddGroupUser;
pub use endpoints::groups_delete::DeleteGroup;
pub use endpoints::groups_get::GetGroup;
pub use endpoints::groups_list::ListGroups;
pub use endpoints::groups_remove_user::RemoveUserFromGroup;
pub use endpoints::groups_remove::RemoveGroupUser;
pub use endpoints::integrated_accounts_list::ListIntegratedAccounts;
pub use endpoints::licenses_get::GetLicense;
pub use endpoints::licenses_list::ListLicenses;
pub use endpoints::me_list::ListMe;
pub use endpoints::organizations_get::GetOrganization;
pub use endpoints::organizations_list::ListOrganizations;
pub use endpoints::role_assignments_delete::DeleteRoleAssignment;
pub use endpoints::role_assignments_get::GetRoleAssignment;
pub use endpoints::role_assignments_list::ListRoleAssignments;
pub use endpoints::roles_delete::DeleteRole;
pub use endpoints::roles_get::GetRole;
pub use endpoints::roles_list::ListRoles;
pub use endpoints::users_deactivate::DeactivateUser;
pub use endpoints::users_delete::DeleteUser;
pub use endpoints::users_downgrade::DowngradeUser;
pub use endpoints::users_get::GetUser;
pub use endpoints::users_list::ListUsers;
pub use endpoints::users_suspend::SuspendUser;
pub use endpoints::utilization_list::ListUtilization;
pub use endpoints::workspaces_get::GetWorkspace;
pub use endpoints::workspaces_list::ListWorkspaces;
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
        name: "Activity",
        fields: <Activity as crate::decode::Model>::FIELDS,
    },
    spec::ModelFields {
        name: "ActivityActor",
        fields: <ActivityActor as crate::decode::Model>::FIELDS,
    },
    spec::ModelFields {
        name: "ActivityActorUser",
        fields: <ActivityActorUser as crate::decode::Model>::FIELDS,
    },
    spec::ModelFields {
        name: "ActivityContext",
        fields: <ActivityContext as crate::decode::Model>::FIELDS,
    },
    spec::ModelFields {
        name: "Billing",
        fields: <Billing as crate::decode::Model>::FIELDS,
    },
    spec::ModelFields {
        name: "Deleted",
        fields: <Deleted as crate::decode::Model>::FIELDS,
    },
    spec::ModelFields {
        name: "Group",
        fields: <Group as crate::decode::Model>::FIELDS,
    },
    spec::ModelFields {
        name: "IntegratedAccount",
        fields: <IntegratedAccount as crate::decode::Model>::FIELDS,
    },
    spec::ModelFields {
        name: "License",
        fields: <License as crate::decode::Model>::FIELDS,
    },
    spec::ModelFields {
        name: "LicenseRole",
        fields: <LicenseRole as crate::decode::Model>::FIELDS,
    },
    spec::ModelFields {
        name: "LicenseProduct",
        fields: <LicenseProduct as crate::decode::Model>::FIELDS,
    },
    spec::ModelFields {
        name: "Organization",
        fields: <Organization as crate::decode::Model>::FIELDS,
    },
    spec::ModelFields {
        name: "OrganizationLicense",
        fields: <OrganizationLicense as crate::decode::Model>::FIELDS,
    },
    spec::ModelFields {
        name: "RoleAssignment",
        fields: <RoleAssignment as crate::decode::Model>::FIELDS,
    },
    spec::ModelFields {
        name: "Role",
        fields: <Role as crate::decode::Model>::FIELDS,
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
        name: "UserRole",
        fields: <UserRole as crate::decode::Model>::FIELDS,
    },
    spec::ModelFields {
        name: "UserOrganization",
        fields: <UserOrganization as crate::decode::Model>::FIELDS,
    },
    spec::ModelFields {
        name: "UserLicense",
        fields: <UserLicense as crate::decode::Model>::FIELDS,
    },
    spec::ModelFields {
        name: "UserGroup",
        fields: <UserGroup as crate::decode::Model>::FIELDS,
    },
    spec::ModelFields {
        name: "UserWorkspace",
        fields: <UserWorkspace as crate::decode::Model>::FIELDS,
    },
    spec::ModelFields {
        name: "Url",
        fields: <Url as crate::decode::Model>::FIELDS,
    },
    spec::ModelFields {
        name: "Utilization",
        fields: <Utilization as crate::decode::Model>::FIELDS,
    },
    spec::ModelFields {
        name: "UtilizationColumn",
        fields: <UtilizationColumn as crate::decode::Model>::FIELDS,
    },
    spec::ModelFields {
        name: "Workspace",
        fields: <Workspace as crate::decode::Model>::FIELDS,
    },
    spec::ModelFields {
        name: "WorkspaceOrganization",
        fields: <WorkspaceOrganization as crate::decode::Model>::FIELDS,
    },
];
/// Every endpoint in the spec.
pub static ENDPOINTS: &[&spec::EndpointSpec] = &[
    &endpoints::activities_get::SPEC,
    &endpoints::activities_list::SPEC,
    &endpoints::billing_list::SPEC,
    &endpoints::groups_add::SPEC,
    &endpoints::groups_delete::SPEC,
    &endpoints::groups_get::SPEC,
    &endpoints::groups_list::SPEC,
    &endpoints::groups_remove_user::SPEC,
    &endpoints::groups_remove::SPEC,
    &endpoints::integrated_accounts_list::SPEC,
    &endpoints::licenses_get::SPEC,
    &endpoints::licenses_list::SPEC,
    &endpoints::me_list::SPEC,
    &endpoints::organizations_get::SPEC,
    &endpoints::organizations_list::SPEC,
    &endpoints::role_assignments_delete::SPEC,
    &endpoints::role_assignments_get::SPEC,
    &endpoints::role_assignments_list::SPEC,
    &endpoints::roles_delete::SPEC,
    &endpoints::roles_get::SPEC,
    &endpoints::roles_list::SPEC,
    &endpoints::users_deactivate::SPEC,
    &endpoints::users_delete::SPEC,
    &endpoints::users_downgrade::SPEC,
    &endpoints::users_get::SPEC,
    &endpoints::users_list::SPEC,
    &endpoints::users_suspend::SPEC,
    &endpoints::utilization_list::SPEC,
    &endpoints::workspaces_get::SPEC,
    &endpoints::workspaces_list::SPEC,
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
