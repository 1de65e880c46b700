import {
  administrativeUnitIdOf,
  administrativeUnitScope,
  builtInRoles,
  canBeScopedToAdministrativeUnit,
  entities,
  roleHolders,
  TENANT_SCOPE,
  type RoleHolderRow,
  type Tenant,
} from '../tenant';

/** Reads for Role assignments (admin center) and Roles & admins (Entra). */

export interface RoleListRow {
  readonly id: string;
  readonly displayName: string;
  readonly description: string;
  readonly isPrivileged: boolean;
  /** Users and groups holding it now or eligible for it, at any scope. */
  readonly assignments: number;
}

/** Every built-in role, by name, with how many assignments and eligibilities it has. */
export function selectRoleList(tenant: Tenant): RoleListRow[] {
  const counts = new Map<string, number>();
  const add = (roleId: string) => counts.set(roleId, (counts.get(roleId) ?? 0) + 1);
  for (const assignment of entities(tenant.roles.roleAssignments)) add(assignment.roleDefinitionId);
  for (const eligibility of entities(tenant.roles.roleEligibilitySchedules)) add(eligibility.roleDefinitionId);
  return builtInRoles
    .map((role) => ({ id: role.id, displayName: role.displayName, description: role.description, isPrivileged: role.isPrivileged, assignments: counts.get(role.id) ?? 0 }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'en'));
}

/** "Organization" for the whole directory, else the administrative unit's name. */
export function scopeLabel(row: Pick<RoleHolderRow, 'directoryScopeId' | 'scopeDisplayName'>): string {
  if (row.directoryScopeId === TENANT_SCOPE) return 'Organization';
  return row.scopeDisplayName ?? administrativeUnitIdOf(row.directoryScopeId) ?? row.directoryScopeId;
}

/**
 * The admin center's "Assigned" tab: the users and groups a role is given to directly (standing
 * assignments and PIM activations), with each row's scope. Members of an assigned group aren't
 * listed on their own: the group's row stands for them.
 */
export function assignedAdminsSelector(roleDefinitionId: string): (tenant: Tenant) => RoleHolderRow[] {
  return (tenant) =>
    roleHolders(tenant, roleDefinitionId)
      .filter((row) => row.memberType === 'Direct' && row.assignmentType !== 'Eligible')
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'en') || scopeLabel(a).localeCompare(scopeLabel(b), 'en'));
}

/** Entra's "<role> | Assignments": every holder, group members too, for its Eligible and Active tabs. */
export function roleAssignmentRowsSelector(roleDefinitionId: string): (tenant: Tenant) => RoleHolderRow[] {
  return (tenant) => roleHolders(tenant, roleDefinitionId).sort((a, b) => a.displayName.localeCompare(b.displayName, 'en'));
}

export interface ScopeOption {
  readonly directoryScopeId: string;
  readonly displayName: string;
}

/** The administrative units a role can be scoped to, by name; none for a role that can't be scoped. */
export function scopeOptionsSelector(roleDefinitionId: string): (tenant: Tenant) => ScopeOption[] {
  return (tenant) => {
    if (!canBeScopedToAdministrativeUnit(roleDefinitionId)) return [];
    return [...entities(tenant.roles.administrativeUnits)]
      .map((unit) => ({ directoryScopeId: administrativeUnitScope(unit.id), displayName: unit.displayName }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'en'));
  };
}

export interface PrincipalOption {
  readonly id: string;
  readonly displayName: string;
  /** The user's username, or what kind of group it is. */
  readonly detail: string;
  readonly type: 'User' | 'Group';
}

/** Groups created as role-assignable, the only groups a role can be given to, by name. */
export function searchRoleAssignableGroups(tenant: Tenant, query: string, limit: number): PrincipalOption[] {
  const needle = query.trim().toLowerCase();
  const found: PrincipalOption[] = [];
  for (const group of entities(tenant.directory.groups)) {
    if (!group.isAssignableToRole || group.deletedDateTime !== null) continue;
    if (needle && !group.displayName.toLowerCase().includes(needle)) continue;
    found.push({ id: group.id, displayName: group.displayName, detail: 'Group', type: 'Group' });
  }
  return found.sort((a, b) => a.displayName.localeCompare(b.displayName, 'en')).slice(0, limit);
}
