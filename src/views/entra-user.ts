import { administrativeUnitIdOf, entities, getById, heldRoles, roleTemplateById, type Tenant, type User } from '../tenant';
import { productName } from './users';
import { groupTypeOf, membershipTypeOf } from './groups';

/*
 * A user's page in the Entra admin center (Users > a user): the facts its Overview and Properties
 * show, and the lists behind its Assigned roles, Groups and Licenses blades.
 */

export interface EntraUserDetails {
  readonly user: User;
  readonly managerName: string | null;
  readonly groupCount: number;
  readonly roleCount: number;
  readonly licenseCount: number;
}

/** A selector for one active user's details; undefined once the user is deleted or never existed. */
export function entraUserSelector(userId: string): (tenant: Tenant) => EntraUserDetails | undefined {
  return (tenant) => {
    const user = getById(tenant.directory.users, userId);
    if (!user) return undefined;
    const manager = user.managerId ? getById(tenant.directory.users, user.managerId) : undefined;
    let groupCount = 0;
    for (const group of entities(tenant.directory.groups)) if (group.memberIds.includes(userId)) groupCount++;
    return {
      user,
      managerName: manager?.displayName ?? null,
      groupCount,
      roleCount: heldRoles(tenant, userId).length,
      licenseCount: user.assignedLicenses.length,
    };
  };
}

export interface UserRoleAssignmentRow {
  readonly id: string;
  readonly roleName: string;
  readonly description: string;
  /** "Directory" or the administrative unit's name. */
  readonly scope: string;
  /** "Direct", "Group (<name>)" or "Activated (PIM)". */
  readonly membership: string;
}

/** "Assigned roles": the roles the user can use now. */
export function userRoleAssignmentsSelector(userId: string): (tenant: Tenant) => UserRoleAssignmentRow[] {
  return (tenant) =>
    heldRoles(tenant, userId)
      .map((held) => {
        const role = roleTemplateById(held.roleDefinitionId);
        const unitId = administrativeUnitIdOf(held.directoryScopeId);
        const groupName = held.groupId ? (getById(tenant.directory.groups, held.groupId)?.displayName ?? held.groupId) : null;
        return {
          id: `${held.roleDefinitionId}:${held.directoryScopeId}:${held.groupId ?? ''}:${held.assignmentType}`,
          roleName: role?.displayName ?? held.roleDefinitionId,
          description: role?.description ?? '',
          scope: unitId ? (getById(tenant.roles.administrativeUnits, unitId)?.displayName ?? unitId) : 'Directory',
          membership: groupName ? `Group (${groupName})` : held.assignmentType === 'Activated' ? 'Activated (PIM)' : 'Direct',
        };
      })
      .sort((a, b) => a.roleName.localeCompare(b.roleName));
}

export interface UserGroupRow {
  readonly id: string;
  readonly displayName: string;
  readonly groupType: string;
  readonly membershipType: 'Assigned' | 'Dynamic';
  readonly mail: string | null;
}

/** "Groups": the groups the user is a direct member of. */
export function userGroupsSelector(userId: string): (tenant: Tenant) => UserGroupRow[] {
  return (tenant) => {
    const rows: UserGroupRow[] = [];
    for (const group of entities(tenant.directory.groups)) {
      if (!group.memberIds.includes(userId)) continue;
      rows.push({ id: group.id, displayName: group.displayName, groupType: groupTypeOf(group), membershipType: membershipTypeOf(group), mail: group.mail });
    }
    return rows.sort((a, b) => a.displayName.localeCompare(b.displayName));
  };
}

export interface UserLicenseRow {
  readonly id: string;
  readonly product: string;
  /** "Direct" or "Inherited (<group>)", the column Entra calls "Assignment paths". */
  readonly assignmentPath: string;
  readonly state: string;
}

/** "Licenses": each product, with where it comes from and whether it is active. */
export function userLicensesSelector(userId: string): (tenant: Tenant) => UserLicenseRow[] {
  return (tenant) => {
    const user = getById(tenant.directory.users, userId);
    if (!user) return [];
    return user.licenseAssignmentStates
      .map((state) => {
        const group = state.assignedByGroup ? getById(tenant.directory.groups, state.assignedByGroup) : undefined;
        return {
          id: `${state.skuId}:${state.assignedByGroup ?? 'direct'}`,
          product: productName(state.skuId),
          assignmentPath: state.assignedByGroup ? `Inherited (${group?.displayName ?? state.assignedByGroup})` : 'Direct',
          state: state.state === 'Active' ? 'Active' : state.error !== 'None' ? `Error: ${state.error}` : state.state,
        };
      })
      .sort((a, b) => a.product.localeCompare(b.product));
  };
}
