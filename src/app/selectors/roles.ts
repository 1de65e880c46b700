import { builtInRoles, entities, getById, type Tenant } from '../../tenant';
import { roleName, withScope } from './role-scope';

export interface RoleRow {
  readonly id: string;
  readonly displayName: string;
  readonly description: string;
  readonly isPrivileged: boolean;
  /** Role assignments of this role, at any scope. */
  readonly assignments: number;
}

/** Every built-in role with how many assignments it has, by name. */
export function selectRoleRows(tenant: Tenant): RoleRow[] {
  const counts = new Map<string, number>();
  for (const assignment of entities(tenant.roleAssignments)) {
    counts.set(assignment.roleDefinitionId, (counts.get(assignment.roleDefinitionId) ?? 0) + 1);
  }
  return builtInRoles
    .map((role) => ({
      id: role.id,
      displayName: role.displayName,
      description: role.description,
      isPrivileged: role.isPrivileged,
      assignments: counts.get(role.id) ?? 0,
    }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}

export interface RoleHoldersRow {
  readonly id: string;
  readonly displayName: string;
  /** Display names of the principals holding the role, by name. */
  readonly holders: readonly string[];
}

/** The roles that have assignments, with who holds them (users and groups). */
export function selectAssignedRoles(tenant: Tenant): RoleHoldersRow[] {
  const holders = new Map<string, string[]>();
  for (const assignment of entities(tenant.roleAssignments)) {
    const principal = getById(tenant.users, assignment.principalId) ?? getById(tenant.groups, assignment.principalId);
    const name = principal?.displayName ?? assignment.principalId;
    const list = holders.get(assignment.roleDefinitionId) ?? [];
    list.push(withScope(tenant, name, assignment.directoryScopeId));
    holders.set(assignment.roleDefinitionId, list);
  }
  return [...holders]
    .map(([id, names]) => ({ id, displayName: roleName(id), holders: names.sort((a, b) => a.localeCompare(b)) }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}
