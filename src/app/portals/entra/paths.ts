/*
 * The Microsoft Entra admin center's deep links, as plain paths. Pages link with these and never
 * import the route table, which imports the pages. The real portal's links are blades
 * (`/#view/Microsoft_AAD_IAM/GroupDetailsMenuBlade/~/Overview/groupId/<id>`); the sandbox keeps
 * one plain path per blade. The route patterns are in routes.tsx.
 */

export const ENTRA_BASE = '/entra';

export const entraPaths = {
  home: '/entra/home',
  // Entra ID
  users: '/entra/users',
  deletedUsers: '/entra/users/deleted',
  newUser: '/entra/users/new',
  inviteUser: '/entra/users/invite',
  groups: '/entra/groups',
  newGroup: '/entra/groups/new',
  devices: '/entra/devices',
  roles: '/entra/roles',
  administrativeUnits: '/entra/admin-units',
  domains: '/entra/domains',
  // ID Governance
  pim: '/entra/pim',
  pimMyRoles: '/entra/pim/my-roles',
  pimApprovals: '/entra/pim/approvals',
  pimEntraRoles: '/entra/pim/entra-roles',
  // Entra ID > Overview > Properties, where security defaults are managed.
  properties: '/entra/overview/properties',
  // Users > Per-user MFA (the legacy multifactor authentication page).
  perUserMfa: '/entra/per-user-mfa',
  // Protection
  conditionalAccess: '/entra/protection/conditional-access',
  conditionalAccessPolicies: '/entra/protection/conditional-access/policies',
  newConditionalAccessPolicy: '/entra/protection/conditional-access/policies/new',
  namedLocations: '/entra/protection/conditional-access/named-locations',
  whatIf: '/entra/protection/conditional-access/what-if',
  authenticationMethods: '/entra/protection/authentication-methods',
  passwordReset: '/entra/protection/password-reset',
  // Monitoring & health
  signInLogs: '/entra/monitoring/sign-in-logs',
  auditLogs: '/entra/audit-logs',
  // Billing
  licenses: '/entra/billing/licenses',
  search: '/entra/search',
  // Microsoft's Graph Explorer, answered in the page by the sandbox's Graph emulation.
  graphExplorer: '/entra/graph-explorer',
} as const;

/** The menu of a group's blade, each item a page of its own. */
export const GROUP_BLADE_SEGMENTS = {
  overview: '',
  properties: 'properties',
  members: 'members',
  owners: 'owners',
  licenses: 'licenses',
  dynamicRules: 'dynamic-rules',
} as const;

export type BladeSection = keyof typeof GROUP_BLADE_SEGMENTS;

/** A page of a group's blade: its Overview unless another menu item is named. */
export function entraGroupPath(groupId: string, section: BladeSection = 'overview'): string {
  const segment = GROUP_BLADE_SEGMENTS[section];
  const base = `${entraPaths.groups}/${encodeURIComponent(groupId)}`;
  return segment ? `${base}/${segment}` : base;
}

/** The menu of a user's page, each item a page of its own; "edit" is Edit properties. */
export const USER_BLADE_SEGMENTS = {
  overview: '',
  edit: 'edit',
  auditLogs: 'audit-logs',
  assignedRoles: 'assigned-roles',
  groups: 'groups',
  licenses: 'licenses',
  authenticationMethods: 'authentication-methods',
} as const;

export type UserBladeSection = keyof typeof USER_BLADE_SEGMENTS;

/** A page of a user's blade: its Overview unless another menu item is named. */
export function entraUserPath(userId: string, section: UserBladeSection = 'overview'): string {
  const segment = USER_BLADE_SEGMENTS[section];
  const base = `${entraPaths.users}/${encodeURIComponent(userId)}`;
  return segment ? `${base}/${segment}` : base;
}

/** Audit logs opened from a service's blade, with the Category filter set to that service's ("UserManagement"). */
export function entraAuditLogsPath(category: string): string {
  return `${entraPaths.auditLogs}?category=${encodeURIComponent(category)}`;
}

/** A role's page inside Privileged Identity Management (Microsoft Entra roles > a role). */
export function pimRolePath(roleDefinitionId: string): string {
  return `${entraPaths.pimEntraRoles}/${encodeURIComponent(roleDefinitionId)}`;
}

/** A role's "Assignments" blade under Roles & admins. */
export function entraRolePath(roleDefinitionId: string): string {
  return `${entraPaths.roles}/${encodeURIComponent(roleDefinitionId)}`;
}

/** Administrative units with a unit's details pane open. */
export function entraAdministrativeUnitPath(unitId: string): string {
  return `${entraPaths.administrativeUnits}/${encodeURIComponent(unitId)}`;
}

/** A domain's page below Domain names (the portal's `DomainDetailBlade`). */
export function entraDomainPath(name: string): string {
  return `${entraPaths.domains}/${encodeURIComponent(name)}`;
}

/** Billing > Licenses > a product. */
export function entraLicenseProductPath(skuId: string): string {
  return `${entraPaths.licenses}/${encodeURIComponent(skuId)}`;
}

/** The policy editor for an existing Conditional Access policy. */
export function entraConditionalAccessPolicyPath(policyId: string): string {
  return `${entraPaths.conditionalAccessPolicies}/${encodeURIComponent(policyId)}`;
}
