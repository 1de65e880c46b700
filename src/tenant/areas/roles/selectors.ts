import { getById } from '../../collection';
import type { AdministrativeUnit, Group, RoleAssignmentScheduleRequest, Tenant, User } from '../../model';
import { roleSettingsOf, type RoleSettings } from './rules/pim-policy';
import {
  activationsOfRole,
  eligibilitiesOfRole,
  eligibleRolesOf,
  heldRoles,
  pendingActivationRequests,
  roleAssignmentsOfRole,
  type EligibleRole,
  type HeldRole,
} from './rules/role-holders';
import { administrativeUnitIdOf, administrativeUnitsContaining } from './rules/role-scope';

/** Reads for the Roles & admins, Admin units and PIM pages; each returns plain data. */

export interface RoleHolderRow {
  readonly principalId: string;
  readonly principalType: 'User' | 'Group';
  readonly displayName: string;
  readonly userPrincipalName: string | null;
  readonly directoryScopeId: string;
  /** The administrative unit's name for a scoped row, else null ("Directory"). */
  readonly scopeDisplayName: string | null;
  /** Graph's words: a standing assignment, an activation, or an eligibility. */
  readonly assignmentType: 'Assigned' | 'Activated' | 'Eligible';
  /** `Group` for a member holding the role through a role-assignable group. */
  readonly memberType: 'Direct' | 'Group';
  /** The group a Group row comes through. */
  readonly groupId: string | null;
  readonly startDateTime: string;
  readonly endDateTime: string | null;
  /** The role assignment, activation or eligibility schedule behind the row. */
  readonly sourceId: string;
}

function scopeName(tenant: Tenant, directoryScopeId: string): string | null {
  const administrativeUnitId = administrativeUnitIdOf(directoryScopeId);
  return administrativeUnitId === undefined ? null : (getById(tenant.roles.administrativeUnits, administrativeUnitId)?.displayName ?? null);
}

type PrincipalColumns = Pick<RoleHolderRow, 'principalId' | 'principalType' | 'displayName' | 'userPrincipalName'>;

/** An active user or group; soft-deleted principals keep their roles for a restore but aren't listed. */
function principalRow(tenant: Tenant, principalId: string): PrincipalColumns | undefined {
  const user = getById(tenant.directory.users, principalId);
  if (user) return { principalId, principalType: 'User', displayName: user.displayName, userPrincipalName: user.userPrincipalName };
  const group = getById(tenant.directory.groups, principalId);
  return group ? { principalId, principalType: 'Group', displayName: group.displayName, userPrincipalName: null } : undefined;
}

/**
 * Everyone holding or eligible for a role: standing assignments to users and groups, the members
 * of those groups (memberType Group), activations, and eligibilities (a group's members as Group
 * rows too), as the role's Assignments page lists them.
 */
export function roleHolders(tenant: Tenant, roleDefinitionId: string): RoleHolderRow[] {
  const rows: RoleHolderRow[] = [];
  const withMembers = (principal: PrincipalColumns | undefined, row: Omit<RoleHolderRow, keyof PrincipalColumns>) => {
    if (!principal) return;
    rows.push({ ...principal, ...row });
    if (principal.principalType !== 'Group') return;
    for (const memberId of getById(tenant.directory.groups, principal.principalId)?.memberIds ?? []) {
      const member = getById(tenant.directory.users, memberId) && principalRow(tenant, memberId);
      if (member) rows.push({ ...member, ...row, memberType: 'Group', groupId: principal.principalId });
    }
  };
  for (const assignment of roleAssignmentsOfRole(tenant, roleDefinitionId)) {
    withMembers(principalRow(tenant, assignment.principalId), {
      directoryScopeId: assignment.directoryScopeId,
      scopeDisplayName: scopeName(tenant, assignment.directoryScopeId),
      assignmentType: 'Assigned',
      memberType: 'Direct',
      groupId: null,
      startDateTime: assignment.createdDateTime,
      endDateTime: null,
      sourceId: assignment.id,
    });
  }
  for (const instance of activationsOfRole(tenant, roleDefinitionId)) {
    const principal = principalRow(tenant, instance.principalId);
    if (!principal) continue;
    rows.push({
      ...principal,
      directoryScopeId: instance.directoryScopeId,
      scopeDisplayName: scopeName(tenant, instance.directoryScopeId),
      assignmentType: 'Activated',
      memberType: instance.memberType,
      groupId: instance.memberType === 'Group' ? (getById(tenant.roles.roleEligibilitySchedules, instance.roleAssignmentOriginId)?.principalId ?? null) : null,
      startDateTime: instance.startDateTime,
      endDateTime: instance.endDateTime,
      sourceId: instance.id,
    });
  }
  for (const eligibility of eligibilitiesOfRole(tenant, roleDefinitionId)) {
    withMembers(principalRow(tenant, eligibility.principalId), {
      directoryScopeId: eligibility.directoryScopeId,
      scopeDisplayName: scopeName(tenant, eligibility.directoryScopeId),
      assignmentType: 'Eligible',
      memberType: 'Direct',
      groupId: null,
      startDateTime: eligibility.scheduleInfo.startDateTime,
      endDateTime: eligibility.scheduleInfo.expiration.endDateTime,
      sourceId: eligibility.id,
    });
  }
  return rows;
}

/** A user's roles: what they can use now and what they may activate (the user's "Assigned roles"). */
export function rolesOfUser(tenant: Tenant, userId: string): { readonly active: readonly HeldRole[]; readonly eligible: readonly EligibleRole[] } {
  return { active: heldRoles(tenant, userId), eligible: eligibleRolesOf(tenant, userId) };
}

export interface MyEligibleRole extends EligibleRole {
  /** What "My roles" shows in the Action column: Activate, or the activation/request in progress. */
  readonly state: 'Eligible' | 'Activated' | 'PendingApproval';
  readonly activationEndDateTime: string | null;
}

/** "My roles | Microsoft Entra roles" > Eligible assignments, for the signed-in user. */
export function myEligibleRoles(tenant: Tenant, userId: string): MyEligibleRole[] {
  const held = heldRoles(tenant, userId).filter((role) => role.assignmentType === 'Activated');
  const pending = pendingActivationRequests(tenant, userId);
  return eligibleRolesOf(tenant, userId).map((entry) => {
    const same = (other: { readonly roleDefinitionId: string; readonly directoryScopeId: string }) =>
      other.roleDefinitionId === entry.eligibility.roleDefinitionId && other.directoryScopeId === entry.eligibility.directoryScopeId;
    const activation = held.find(same);
    if (activation) return { ...entry, state: 'Activated', activationEndDateTime: activation.endDateTime };
    return { ...entry, state: pending.some(same) ? 'PendingApproval' : 'Eligible', activationEndDateTime: null };
  });
}

/** "Approve requests" > Requests for role activations. */
export function pendingActivationApprovals(tenant: Tenant): readonly RoleAssignmentScheduleRequest[] {
  return pendingActivationRequests(tenant);
}

export function administrativeUnitMembers(tenant: Tenant, administrativeUnitId: string): { readonly users: readonly User[]; readonly groups: readonly Group[] } {
  const users: User[] = [];
  const groups: Group[] = [];
  for (const memberId of getById(tenant.roles.administrativeUnits, administrativeUnitId)?.memberIds ?? []) {
    const user = getById(tenant.directory.users, memberId);
    if (user) users.push(user);
    else {
      const group = getById(tenant.directory.groups, memberId);
      if (group) groups.push(group);
    }
  }
  return { users, groups };
}

/** The administrative units a user or group belongs to (its "Administrative units" tab). */
export function administrativeUnitsOf(tenant: Tenant, objectId: string): readonly AdministrativeUnit[] {
  return administrativeUnitsContaining(tenant, objectId);
}

/**
 * The restricted management units that keep tenant-level admins from changing an object, for
 * the admin center's banner ("This user is a member of a restricted management administrative
 * unit...").
 */
export function restrictedManagementUnitsOf(tenant: Tenant, objectId: string): readonly AdministrativeUnit[] {
  return administrativeUnitsContaining(tenant, objectId).filter((unit) => unit.isMemberManagementRestricted);
}

/** A role's PIM settings, with the defaults for roles nobody has edited. */
export function roleSettings(tenant: Tenant, roleDefinitionId: string): RoleSettings {
  return roleSettingsOf(tenant, roleDefinitionId);
}
