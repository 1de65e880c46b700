import { administrativeUnitIdOf, entities, getById, heldRoles, roleTemplateById, type Tenant, type User } from '../../../../../../tenant';

/** Narrow reads for the user details panel and its panes; each returns plain, comparable data. */

export function selectUser(tenant: Tenant, userId: string): User | undefined {
  return getById(tenant.directory.users, userId);
}

export interface UserRoleRow {
  readonly roleDefinitionId: string;
  readonly displayName: string;
  /** The administrative unit's name for a role held over one, else null. */
  readonly scope: string | null;
  /** Held by the user itself (editable in "Manage admin roles"), through a group, or a PIM activation. */
  readonly source: 'direct' | 'group' | 'activated';
  readonly groupName: string | null;
}

/** The roles a user can use now, by name. */
export function selectUserRoles(tenant: Tenant, userId: string): UserRoleRow[] {
  return heldRoles(tenant, userId)
    .map((held): UserRoleRow => {
      const unitId = administrativeUnitIdOf(held.directoryScopeId) ?? null;
      return {
        roleDefinitionId: held.roleDefinitionId,
        displayName: roleTemplateById(held.roleDefinitionId)?.displayName ?? held.roleDefinitionId,
        scope: unitId === null ? null : (getById(tenant.roles.administrativeUnits, unitId)?.displayName ?? unitId),
        source: held.memberType === 'Group' ? 'group' : held.assignmentType === 'Activated' ? 'activated' : 'direct',
        groupName: held.groupId ? (getById(tenant.directory.groups, held.groupId)?.displayName ?? held.groupId) : null,
      };
    })
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** The groups a user is a direct member of, by name (a tenant has a few hundred groups at most). */
export function selectUserGroups(tenant: Tenant, userId: string): string[] {
  const names: string[] = [];
  for (const group of entities(tenant.directory.groups)) if (group.memberIds.includes(userId)) names.push(group.displayName);
  return names.sort((a, b) => a.localeCompare(b));
}

export function selectManagerName(tenant: Tenant, userId: string): string | null {
  const managerId = getById(tenant.directory.users, userId)?.managerId;
  return managerId ? (getById(tenant.directory.users, managerId)?.displayName ?? null) : null;
}

/** Verified domains a username can use, the default first. */
export function selectVerifiedDomains(tenant: Tenant): string[] {
  return [...entities(tenant.domains.domains)]
    .filter((domain) => domain.isVerified)
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.id.localeCompare(b.id))
    .map((domain) => domain.id);
}

/** The addresses other than the primary one ("Aliases"), from the user's proxy addresses. */
export function aliasesOf(user: Pick<User, 'proxyAddresses'>): string[] {
  return user.proxyAddresses.filter((proxy) => proxy.startsWith('smtp:')).map((proxy) => proxy.slice(5));
}

export function primaryEmailOf(user: Pick<User, 'mail' | 'userPrincipalName'>): string {
  return user.mail ?? user.userPrincipalName;
}
