import { createBucketIndex } from '../../../bucket-index';
import { getById } from '../../../collection';
import type {
  Group,
  RoleAssignment,
  RoleAssignmentScheduleInstance,
  RoleAssignmentScheduleRequest,
  RoleEligibilitySchedule,
  Tenant,
} from '../../../model';

/**
 * Who holds which role, looked up by principal through indexes kept outside the state: this runs
 * on every dispatch, so it never walks all users or all assignments. Query committed states only.
 */

const assignmentsByPrincipal = createBucketIndex<RoleAssignment>((assignment) => [assignment.principalId]);
const assignmentsByRole = createBucketIndex<RoleAssignment>((assignment) => [assignment.roleDefinitionId]);
const activationsByPrincipal = createBucketIndex<RoleAssignmentScheduleInstance>((instance) => [instance.principalId]);
const activationsByRole = createBucketIndex<RoleAssignmentScheduleInstance>((instance) => [instance.roleDefinitionId]);
const eligibilitiesByPrincipal = createBucketIndex<RoleEligibilitySchedule>((eligibility) => [eligibility.principalId]);
const eligibilitiesByRole = createBucketIndex<RoleEligibilitySchedule>((eligibility) => [eligibility.roleDefinitionId]);
/** Only role-assignable groups pass roles on, and only to their direct members (no nesting). */
const roleGroupsByMember = createBucketIndex<Group>((group) =>
  group.isAssignableToRole && group.deletedDateTime === null ? group.memberIds : [],
);

/** A role a user can use now, and where it comes from. */
export interface HeldRole {
  readonly roleDefinitionId: string;
  readonly directoryScopeId: string;
  /** Graph's assignmentType: a standing assignment, or a PIM activation. */
  readonly assignmentType: 'Assigned' | 'Activated';
  /** Graph's memberType: held by the user itself, or as a member of a role-assignable group. */
  readonly memberType: 'Direct' | 'Group';
  /** The role assignment or activation (schedule instance) that grants it. */
  readonly sourceId: string;
  /** The group it comes through when memberType is Group. */
  readonly groupId: string | null;
  /** When an activation ends; null for standing assignments. */
  readonly endDateTime: string | null;
}

/** An eligibility a user may activate, directly or as a member of an eligible group. */
export interface EligibleRole {
  readonly eligibility: RoleEligibilitySchedule;
  readonly memberType: 'Direct' | 'Group';
  readonly groupId: string | null;
}

export function roleAssignableGroupsOf(tenant: Tenant, userId: string): readonly Group[] {
  return roleGroupsByMember.find(tenant.directory.groups, userId);
}

/** Role assignments made to this principal itself (a user or a group). */
export function roleAssignmentsOf(tenant: Tenant, principalId: string): readonly RoleAssignment[] {
  return assignmentsByPrincipal.find(tenant.roles.roleAssignments, principalId);
}

export function roleAssignmentsOfRole(tenant: Tenant, roleDefinitionId: string): readonly RoleAssignment[] {
  return assignmentsByRole.find(tenant.roles.roleAssignments, roleDefinitionId);
}

/** PIM activations in force for a user. */
export function activationsOf(tenant: Tenant, userId: string): readonly RoleAssignmentScheduleInstance[] {
  return activationsByPrincipal.find(tenant.roles.roleAssignmentScheduleInstances, userId);
}

export function activationsOfRole(tenant: Tenant, roleDefinitionId: string): readonly RoleAssignmentScheduleInstance[] {
  return activationsByRole.find(tenant.roles.roleAssignmentScheduleInstances, roleDefinitionId);
}

/** Eligibilities made to this principal itself (a user or a group). */
export function eligibilitiesOf(tenant: Tenant, principalId: string): readonly RoleEligibilitySchedule[] {
  return eligibilitiesByPrincipal.find(tenant.roles.roleEligibilitySchedules, principalId);
}

export function eligibilitiesOfRole(tenant: Tenant, roleDefinitionId: string): readonly RoleEligibilitySchedule[] {
  return eligibilitiesByRole.find(tenant.roles.roleEligibilitySchedules, roleDefinitionId);
}

/** Every role the user can use now: standing assignments (direct or through groups) and activations. */
export function heldRoles(tenant: Tenant, userId: string): HeldRole[] {
  const held: HeldRole[] = [];
  for (const assignment of roleAssignmentsOf(tenant, userId)) {
    held.push({
      roleDefinitionId: assignment.roleDefinitionId,
      directoryScopeId: assignment.directoryScopeId,
      assignmentType: 'Assigned',
      memberType: 'Direct',
      sourceId: assignment.id,
      groupId: null,
      endDateTime: null,
    });
  }
  for (const group of roleAssignableGroupsOf(tenant, userId)) {
    for (const assignment of roleAssignmentsOf(tenant, group.id)) {
      held.push({
        roleDefinitionId: assignment.roleDefinitionId,
        directoryScopeId: assignment.directoryScopeId,
        assignmentType: 'Assigned',
        memberType: 'Group',
        sourceId: assignment.id,
        groupId: group.id,
        endDateTime: null,
      });
    }
  }
  for (const instance of activationsOf(tenant, userId)) {
    held.push({
      roleDefinitionId: instance.roleDefinitionId,
      directoryScopeId: instance.directoryScopeId,
      assignmentType: 'Activated',
      memberType: instance.memberType,
      sourceId: instance.id,
      groupId: instance.memberType === 'Group' ? groupOfEligibility(tenant, instance.roleAssignmentOriginId) : null,
      endDateTime: instance.endDateTime,
    });
  }
  return held;
}

function groupOfEligibility(tenant: Tenant, eligibilityId: string): string | null {
  return getById(tenant.roles.roleEligibilitySchedules, eligibilityId)?.principalId ?? null;
}

/** Every eligibility the user may activate: their own and those of role-assignable groups they belong to. */
export function eligibleRolesOf(tenant: Tenant, userId: string): EligibleRole[] {
  const eligible: EligibleRole[] = eligibilitiesOf(tenant, userId).map((eligibility) => ({ eligibility, memberType: 'Direct', groupId: null }));
  for (const group of roleAssignableGroupsOf(tenant, userId)) {
    for (const eligibility of eligibilitiesOf(tenant, group.id)) eligible.push({ eligibility, memberType: 'Group', groupId: group.id });
  }
  return eligible;
}

/**
 * The users who can use a role at a directory scope now, through standing assignments (their own
 * or a group's) or activations. Used to keep a tenant from losing its last Global Administrator.
 */
export function activeHoldersOfRole(tenant: Tenant, roleDefinitionId: string, directoryScopeId: string, except?: { readonly sourceId: string }): Set<string> {
  const holders = new Set<string>();
  for (const assignment of roleAssignmentsOfRole(tenant, roleDefinitionId)) {
    if (assignment.directoryScopeId !== directoryScopeId || assignment.id === except?.sourceId) continue;
    const group = getById(tenant.directory.groups, assignment.principalId);
    if (group) {
      if (group.isAssignableToRole && group.deletedDateTime === null) {
        for (const memberId of group.memberIds) if (getById(tenant.directory.users, memberId)) holders.add(memberId);
      }
    } else if (getById(tenant.directory.users, assignment.principalId)) {
      holders.add(assignment.principalId);
    }
  }
  for (const instance of activationsOfRole(tenant, roleDefinitionId)) {
    if (instance.directoryScopeId === directoryScopeId && instance.id !== except?.sourceId) holders.add(instance.principalId);
  }
  return holders;
}

const pendingRequests = createBucketIndex<RoleAssignmentScheduleRequest>((request) =>
  request.status === 'PendingApproval' ? ['PendingApproval', `PendingApproval:${request.principalId}`] : [],
);

/** Activation requests waiting for an approver, of one user or (without a user) of everyone. */
export function pendingActivationRequests(tenant: Tenant, userId?: string): readonly RoleAssignmentScheduleRequest[] {
  return pendingRequests.find(tenant.roles.roleAssignmentScheduleRequests, userId === undefined ? 'PendingApproval' : `PendingApproval:${userId}`);
}
