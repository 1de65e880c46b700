import { ROLE, roleHolders, roleTemplateByName, type Tenant } from '../../../../../../tenant';
import type { DirectoryRow } from './directory';

/**
 * The standard views of Active users' "Filter" menu. Role views list whoever can use the role
 * now: direct holders, members of a role-assignable group that holds it, and PIM activations
 * (not eligibilities, which grant nothing until activated).
 */

export type AdminView = 'billingAdmins' | 'globalAdmins' | 'helpdeskAdmins' | 'serviceAdmins' | 'userManagementAdmins';

export type UserViewId = 'all' | 'licensed' | 'guests' | 'signInAllowed' | 'signInBlocked' | 'unlicensed' | 'errors' | AdminView;

/** The users holding each admin view's role. */
export type AdminHolders = Readonly<Record<AdminView, ReadonlySet<string>>>;

export interface UserView {
  readonly id: UserViewId;
  readonly label: string;
  readonly matches: (row: DirectoryRow, admins: AdminHolders) => boolean;
}

const SERVICE_SUPPORT_ADMINISTRATOR = roleTemplateByName('Service Support Administrator')?.id ?? '';

const ADMIN_ROLES: Readonly<Record<AdminView, string>> = {
  billingAdmins: ROLE.billingAdministrator,
  globalAdmins: ROLE.globalAdministrator,
  helpdeskAdmins: ROLE.helpdeskAdministrator,
  serviceAdmins: SERVICE_SUPPORT_ADMINISTRATOR,
  userManagementAdmins: ROLE.userAdministrator,
};

const adminView = (id: AdminView, label: string): UserView => ({ id, label, matches: (row, admins) => admins[id].has(row.id) });

/** In the portal's order: the user states first, then the admin roles by name. */
export const USER_VIEWS: readonly UserView[] = [
  { id: 'all', label: 'All users', matches: () => true },
  { id: 'licensed', label: 'Licensed users', matches: (row) => row.licenses !== '' },
  { id: 'guests', label: 'Guest users', matches: (row) => row.user.userType === 'Guest' },
  { id: 'signInAllowed', label: 'Sign-in allowed', matches: (row) => row.user.accountEnabled },
  { id: 'signInBlocked', label: 'Sign-in blocked', matches: (row) => !row.user.accountEnabled },
  { id: 'unlicensed', label: 'Unlicensed users', matches: (row) => row.licenses === '' },
  { id: 'errors', label: 'Users with errors', matches: (row) => row.hasLicenseErrors },
  adminView('billingAdmins', 'Billing admins'),
  adminView('globalAdmins', 'Global admins'),
  adminView('helpdeskAdmins', 'Helpdesk admins'),
  adminView('serviceAdmins', 'Service admins'),
  adminView('userManagementAdmins', 'User management admins'),
];

export function viewById(id: UserViewId): UserView {
  return USER_VIEWS.find((view) => view.id === id) ?? USER_VIEWS[0]!;
}

function usersHolding(tenant: Tenant, roleDefinitionId: string): Set<string> {
  const holders = new Set<string>();
  for (const row of roleHolders(tenant, roleDefinitionId)) {
    if (row.principalType === 'User' && row.assignmentType !== 'Eligible') holders.add(row.principalId);
  }
  return holders;
}

/** A selector (a few dozen role assignments at most, never the users). */
export function selectAdminHolders(tenant: Tenant): AdminHolders {
  const entries = (Object.keys(ADMIN_ROLES) as AdminView[]).map((view) => [view, usersHolding(tenant, ADMIN_ROLES[view])] as const);
  return Object.fromEntries(entries) as Record<AdminView, Set<string>>;
}

export function adminHoldersEqual(a: AdminHolders, b: AdminHolders): boolean {
  return (Object.keys(ADMIN_ROLES) as AdminView[]).every((view) => a[view].size === b[view].size && [...a[view]].every((id) => b[view].has(id)));
}
