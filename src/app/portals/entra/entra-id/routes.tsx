import { lazy } from 'react';
import { page } from '../../../shell/page-routes';
import { entraPaths, GROUP_BLADE_SEGMENTS, USER_BLADE_SEGMENTS } from '../paths';

const AdministrativeUnitsPage = lazy(() => import('./admin-units/EntraAdminUnitsPage'));
const group = `${entraPaths.groups}/:groupId`;
const user = `${entraPaths.users}/:userId`;

/** Entra ID: Users (a user's page, one page per menu item), Groups (a group's blade, one page per menu item), Roles & admins, Administrative units, Domain names. */
export const entraIdRoutes = {
  users: page(entraPaths.users, 'Users', lazy(() => import('./users/EntraUsersPage'))),
  deletedUsers: page(entraPaths.deletedUsers, 'Deleted users', lazy(() => import('./users/EntraDeletedUsersPage'))),
  newUser: page(entraPaths.newUser, 'Create new user', lazy(() => import('./users/new-user/CreateUserPage'))),
  inviteUser: page(entraPaths.inviteUser, 'Invite external user', lazy(() => import('./users/new-user/InviteUserPage'))),
  user: page(user, 'Overview', lazy(() => import('./users/user/UserOverviewPage'))),
  userEdit: page(`${user}/${USER_BLADE_SEGMENTS.edit}`, 'Edit properties', lazy(() => import('./users/user/EditPropertiesPage'))),
  userAuditLogs: page(`${user}/${USER_BLADE_SEGMENTS.auditLogs}`, 'Audit logs', lazy(() => import('./users/user/UserAuditLogsPage'))),
  userRoles: page(`${user}/${USER_BLADE_SEGMENTS.assignedRoles}`, 'Assigned roles', lazy(() => import('./users/user/UserRolesPage'))),
  userGroups: page(`${user}/${USER_BLADE_SEGMENTS.groups}`, 'Groups', lazy(() => import('./users/user/UserGroupsPage'))),
  userLicenses: page(`${user}/${USER_BLADE_SEGMENTS.licenses}`, 'Licenses', lazy(() => import('./users/user/UserLicensesPage'))),
  userAuthenticationMethods: page(`${user}/${USER_BLADE_SEGMENTS.authenticationMethods}`, 'Authentication methods', lazy(() => import('./users/user/UserAuthMethodsPage'))),
  groups: page(entraPaths.groups, 'Groups', lazy(() => import('./groups/AllGroupsPage'))),
  newGroup: page(entraPaths.newGroup, 'New Group', lazy(() => import('./groups/NewGroupPage'))),
  group: page(group, 'Overview', lazy(() => import('./groups/GroupOverviewPage'))),
  groupProperties: page(`${group}/${GROUP_BLADE_SEGMENTS.properties}`, 'Properties', lazy(() => import('./groups/GroupPropertiesPage'))),
  groupMembers: page(`${group}/${GROUP_BLADE_SEGMENTS.members}`, 'Members', lazy(() => import('./groups/GroupMembersPage'))),
  groupOwners: page(`${group}/${GROUP_BLADE_SEGMENTS.owners}`, 'Owners', lazy(() => import('./groups/GroupOwnersPage'))),
  groupLicenses: page(`${group}/${GROUP_BLADE_SEGMENTS.licenses}`, 'Licenses', lazy(() => import('./groups/GroupLicensesPage'))),
  groupDynamicRules: page(`${group}/${GROUP_BLADE_SEGMENTS.dynamicRules}`, 'Dynamic membership rules', lazy(() => import('./groups/GroupDynamicRulesPage'))),
  devices: page(entraPaths.devices, 'All devices', lazy(() => import('./devices/DevicesPage'))),
  roles: page(entraPaths.roles, 'Roles & admins', lazy(() => import('./roles/EntraRolesPage'))),
  roleAssignments: page(`${entraPaths.roles}/:roleId`, 'Roles & admins', lazy(() => import('./roles/RoleAssignmentsBlade'))),
  administrativeUnits: page(entraPaths.administrativeUnits, 'Administrative units', AdministrativeUnitsPage),
  administrativeUnitDetails: page(`${entraPaths.administrativeUnits}/:unitId`, 'Administrative units', AdministrativeUnitsPage),
  domains: page(entraPaths.domains, 'Domain names', lazy(() => import('./domains/EntraDomainsPage'))),
  domainDetails: page(`${entraPaths.domains}/:domainName`, 'Domain names', lazy(() => import('./domains/EntraDomainPage'))),
};
