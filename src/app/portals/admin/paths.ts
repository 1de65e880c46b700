/*
 * The Microsoft 365 admin center's deep links, as plain paths. Pages link with these and never
 * import the route table, which imports the pages. The real portal uses hash links
 * (`/adminportal/home#/users`); the sandbox uses plain paths of the same shape, so the browser's
 * back and forward buttons just work. The route patterns are in routes.tsx.
 */

export const ADMIN_BASE = '/admin';

export const adminPaths = {
  home: '/admin/home',
  // Users
  activeUsers: '/admin/users',
  addUser: '/admin/users/add',
  addMultipleUsers: '/admin/users/add-multiple',
  contacts: '/admin/users/contacts',
  guestUsers: '/admin/users/guests',
  deletedUsers: '/admin/users/deleted',
  // Teams & groups
  activeGroups: '/admin/groups',
  deletedGroups: '/admin/groups/deleted',
  // Roles
  roleAssignments: '/admin/roles',
  administrativeUnits: '/admin/roles/administrative-units',
  // Billing
  yourProducts: '/admin/billing/products',
  licenses: '/admin/billing/licenses',
  purchaseServices: '/admin/billing/purchase',
  // Settings
  domains: '/admin/settings/domains',
  addDomain: '/admin/settings/domains/add',
  orgSettings: '/admin/settings/org-settings',
  // Pages the sandbox names but does not simulate yet.
  setup: '/admin/setup',
  serviceHealth: '/admin/health/service-health',
  messageCenter: '/admin/health/message-center',
  support: '/admin/support',
  search: '/admin/search',
} as const;

/** A query string from the parameters that are set (`?tab=security`), or nothing. */
function query(params: Readonly<Record<string, string | undefined>>): string {
  const set = Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return set.length === 0 ? '' : `?${new URLSearchParams(set)}`;
}

/** Active users with a user's details flyout open. */
export function userPath(userId: string): string {
  return `${adminPaths.activeUsers}/${encodeURIComponent(userId)}`;
}

/** Active teams & groups on a tab (the first tab has no `tab`), optionally with a group's details pane open. */
export function activeGroupsPath(tab?: string, groupId?: string): string {
  const base = groupId ? `${adminPaths.activeGroups}/${encodeURIComponent(groupId)}` : adminPaths.activeGroups;
  return base + query({ tab });
}

/** Role assignments on a tab (the first tab has no `tab`), optionally with a role's flyout open. */
export function roleAssignmentsPath(tab?: string, roleId?: string): string {
  const base = roleId ? `${adminPaths.roleAssignments}/${encodeURIComponent(roleId)}` : adminPaths.roleAssignments;
  return base + query({ tab });
}

/** Administrative units with a unit's details pane open. */
export function administrativeUnitPath(unitId: string): string {
  return `${adminPaths.administrativeUnits}/${encodeURIComponent(unitId)}`;
}

export function subscriptionPath(subscriptionId: string): string {
  return `${adminPaths.yourProducts}/${encodeURIComponent(subscriptionId)}`;
}

/** Billing > Licenses > a product, on its Users tab or another. */
export function licenseProductPath(skuId: string): string {
  return `${adminPaths.licenses}/${encodeURIComponent(skuId)}`;
}

export function purchaseProductPath(skuPartNumber: string): string {
  return `${adminPaths.purchaseServices}/${encodeURIComponent(skuPartNumber)}`;
}
