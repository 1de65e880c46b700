import {
  administrativeUnitMembers,
  administrativeUnitScope,
  canBeScopedToAdministrativeUnit,
  builtInRoles,
  entities,
  getById,
  roleTemplateById,
  type RoleTemplate,
  type Tenant,
} from '../tenant';

/** Reads for the Administrative units pages of both portals. */

export interface UnitRow {
  readonly id: string;
  readonly displayName: string;
  readonly description: string | null;
  readonly isMemberManagementRestricted: boolean;
  readonly userCount: number;
  readonly groupCount: number;
}

export function selectUnitRows(tenant: Tenant): UnitRow[] {
  const rows: UnitRow[] = [];
  for (const unit of entities(tenant.roles.administrativeUnits)) {
    let users = 0;
    for (const memberId of unit.memberIds) if (getById(tenant.directory.users, memberId)) users += 1;
    rows.push({
      id: unit.id,
      displayName: unit.displayName,
      description: unit.description,
      isMemberManagementRestricted: unit.isMemberManagementRestricted,
      userCount: users,
      groupCount: unit.memberIds.length - users,
    });
  }
  return rows.sort((a, b) => a.displayName.localeCompare(b.displayName, 'en') || (a.id < b.id ? -1 : 1));
}

export interface UnitMember {
  readonly id: string;
  readonly displayName: string;
  /** The user's username, or the group's kind. */
  readonly detail: string;
  readonly type: 'User' | 'Group';
}

export interface ScopedRoleRow {
  readonly assignmentId: string;
  readonly roleDefinitionId: string;
  readonly roleName: string;
  readonly principalId: string;
  readonly principalName: string;
  readonly principalType: 'User' | 'Group';
}

export interface UnitDetails extends UnitRow {
  readonly createdDateTime: string;
  readonly members: readonly UnitMember[];
  readonly roles: readonly ScopedRoleRow[];
}

/** A unit's members and the roles assigned over it (standing assignments). */
export function unitDetailsSelector(unitId: string): (tenant: Tenant) => UnitDetails | undefined {
  return (tenant) => {
    const unit = getById(tenant.roles.administrativeUnits, unitId);
    if (!unit) return undefined;
    const { users, groups } = administrativeUnitMembers(tenant, unitId);
    const members: UnitMember[] = [
      ...users.map((user) => ({ id: user.id, displayName: user.displayName, detail: user.userPrincipalName, type: 'User' as const })),
      ...groups.map((group) => ({ id: group.id, displayName: group.displayName, detail: 'Group', type: 'Group' as const })),
    ].sort((a, b) => a.displayName.localeCompare(b.displayName, 'en'));
    const scope = administrativeUnitScope(unitId);
    const roles: ScopedRoleRow[] = [];
    for (const assignment of entities(tenant.roles.roleAssignments)) {
      if (assignment.directoryScopeId !== scope) continue;
      const user = getById(tenant.directory.users, assignment.principalId);
      const group = user ? undefined : getById(tenant.directory.groups, assignment.principalId);
      roles.push({
        assignmentId: assignment.id,
        roleDefinitionId: assignment.roleDefinitionId,
        roleName: roleTemplateById(assignment.roleDefinitionId)?.displayName ?? assignment.roleDefinitionId,
        principalId: assignment.principalId,
        principalName: user?.displayName ?? group?.displayName ?? assignment.principalId,
        principalType: user ? 'User' : 'Group',
      });
    }
    roles.sort((a, b) => a.roleName.localeCompare(b.roleName, 'en') || a.principalName.localeCompare(b.principalName, 'en'));
    return {
      id: unit.id,
      displayName: unit.displayName,
      description: unit.description,
      isMemberManagementRestricted: unit.isMemberManagementRestricted,
      userCount: users.length,
      groupCount: groups.length,
      createdDateTime: unit.createdDateTime,
      members,
      roles,
    };
  };
}

/** Groups a unit can take as members, by name (any group; restricted units refuse some, with the tenant's message). */
export function searchGroups(tenant: Tenant, query: string, limit: number): UnitMember[] {
  const needle = query.trim().toLowerCase();
  const found: UnitMember[] = [];
  for (const group of entities(tenant.directory.groups)) {
    if (group.deletedDateTime !== null) continue;
    if (needle && !group.displayName.toLowerCase().includes(needle)) continue;
    found.push({ id: group.id, displayName: group.displayName, detail: group.mail ?? 'Group', type: 'Group' });
  }
  return found.sort((a, b) => a.displayName.localeCompare(b.displayName, 'en')).slice(0, limit);
}

/** The roles that can be assigned over an administrative unit, by name. */
export const SCOPABLE_ROLES: readonly RoleTemplate[] = builtInRoles
  .filter((role) => canBeScopedToAdministrativeUnit(role.id))
  .sort((a, b) => a.displayName.localeCompare(b.displayName, 'en'));
