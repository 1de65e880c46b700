import { eligibleRolesOf, entities, getById, heldRoles, type Tenant } from '../tenant';
import { roleName, withScope } from './role-scope';

/** A user who holds or may activate a directory role, as the account menu offers them. */
export interface AdminAccount {
  readonly userId: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly accountEnabled: boolean;
  /** What the user can use now, then what they may activate, e.g. "Security Reader (eligible)". */
  readonly roles: readonly string[];
}

function roleLabel(tenant: Tenant, roleDefinitionId: string, directoryScopeId: string): string {
  return withScope(tenant, roleName(roleDefinitionId), directoryScopeId);
}

/** The user's roles in use now (direct, through a group, activated), then those they may activate. */
function rolesOf(tenant: Tenant, userId: string): string[] {
  const held = new Set<string>();
  for (const role of heldRoles(tenant, userId)) held.add(roleLabel(tenant, role.roleDefinitionId, role.directoryScopeId));
  const eligible = new Set<string>();
  for (const { eligibility } of eligibleRolesOf(tenant, userId)) {
    const label = roleLabel(tenant, eligibility.roleDefinitionId, eligibility.directoryScopeId);
    if (!held.has(label)) eligible.add(`${label} (eligible)`);
  }
  const byName = (a: string, b: string) => a.localeCompare(b);
  return [...[...held].sort(byName), ...[...eligible].sort(byName)];
}

/**
 * The tenant's admins: every user who holds a role or may activate one, directly or as a member
 * of a role-assignable group. Found from the role assignments and eligibilities (a few dozen at
 * most), never by walking all users.
 */
export function selectAdminAccounts(tenant: Tenant): AdminAccount[] {
  const userIds = new Set<string>();
  const addPrincipal = (principalId: string) => {
    if (getById(tenant.directory.users, principalId)) {
      userIds.add(principalId);
      return;
    }
    for (const memberId of getById(tenant.directory.groups, principalId)?.memberIds ?? []) {
      if (getById(tenant.directory.users, memberId)) userIds.add(memberId);
    }
  };
  for (const assignment of entities(tenant.roles.roleAssignments)) addPrincipal(assignment.principalId);
  for (const eligibility of entities(tenant.roles.roleEligibilitySchedules)) addPrincipal(eligibility.principalId);

  const admins: AdminAccount[] = [];
  for (const userId of userIds) {
    const user = getById(tenant.directory.users, userId)!;
    const roles = rolesOf(tenant, userId);
    if (roles.length === 0) continue;
    admins.push({ userId, displayName: user.displayName, userPrincipalName: user.userPrincipalName, accountEnabled: user.accountEnabled, roles });
  }
  return admins.sort((a, b) => a.displayName.localeCompare(b.displayName));
}

export interface SignedInAccount {
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly roles: readonly string[];
}

/** The signed-in admin's card; undefined once that user has been deleted. */
export function selectSignedInAccount(tenant: Tenant, userId: string): SignedInAccount | undefined {
  const user = getById(tenant.directory.users, userId);
  if (!user) return undefined;
  return { displayName: user.displayName, userPrincipalName: user.userPrincipalName, roles: rolesOf(tenant, userId) };
}
