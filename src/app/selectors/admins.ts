import { entities, getById, roleTemplateById, type Tenant } from '../../tenant';

/** A user who holds at least one directory role, as the account menu offers them. */
export interface AdminAccount {
  readonly userId: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly accountEnabled: boolean;
  /** Role names; a role held over an administrative unit is marked so. */
  readonly roles: readonly string[];
}

function roleLabel(roleDefinitionId: string, directoryScopeId: string): string {
  const name = roleTemplateById(roleDefinitionId)?.displayName ?? roleDefinitionId;
  return directoryScopeId === '/' ? name : `${name} (administrative unit)`;
}

/**
 * The tenant's admins: the users with a role assignment, read from the role assignments (a few
 * dozen at most) rather than from the users. Roles held through a group are not listed here:
 * the sandbox signs in as a user, and a group is not one.
 */
export function selectAdminAccounts(tenant: Tenant): AdminAccount[] {
  const rolesByUser = new Map<string, string[]>();
  for (const assignment of entities(tenant.roleAssignments)) {
    const roles = rolesByUser.get(assignment.principalId) ?? [];
    roles.push(roleLabel(assignment.roleDefinitionId, assignment.directoryScopeId));
    rolesByUser.set(assignment.principalId, roles);
  }
  const admins: AdminAccount[] = [];
  for (const [userId, roles] of rolesByUser) {
    const user = getById(tenant.users, userId);
    if (!user) continue;
    admins.push({
      userId,
      displayName: user.displayName,
      userPrincipalName: user.userPrincipalName,
      accountEnabled: user.accountEnabled,
      roles: roles.sort((a, b) => a.localeCompare(b)),
    });
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
  const user = getById(tenant.users, userId);
  if (!user) return undefined;
  const roles: string[] = [];
  for (const assignment of entities(tenant.roleAssignments)) {
    if (assignment.principalId === userId) roles.push(roleLabel(assignment.roleDefinitionId, assignment.directoryScopeId));
  }
  return { displayName: user.displayName, userPrincipalName: user.userPrincipalName, roles: roles.sort((a, b) => a.localeCompare(b)) };
}
