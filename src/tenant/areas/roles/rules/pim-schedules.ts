import type { Draft } from 'immer';
import { roleTemplateById } from '../../../catalog';
import { getById, putEntity, removeEntity } from '../../../collection';
import type { ApplyContext } from '../../../command';
import type { InitiatedBy, RoleAssignmentScheduleInstance, RoleEligibilitySchedule, TargetResource, Tenant } from '../../../model';
import { activityFields } from '../../../describe';
import { ROLE_ACTIVITIES } from '../activities';

/** PIM's own records are attributed to its service application, as Entra's audit log shows them. */
export const PIM_INITIATOR: InitiatedBy = { app: { displayName: 'MS-PIM' } };

export function roleTarget(roleDefinitionId: string): TargetResource {
  const role = roleTemplateById(roleDefinitionId);
  return { id: roleDefinitionId, displayName: role?.displayName ?? null, type: 'Role', modifiedProperties: [] };
}

/** The user or group a role or eligibility is given to, as an audit target. */
export function principalTarget(tenant: Draft<Tenant> | Tenant, principalId: string): TargetResource {
  const user = getById(tenant.directory.users, principalId);
  if (user) return { id: user.id, displayName: user.displayName, type: 'User', userPrincipalName: user.userPrincipalName, modifiedProperties: [] };
  const group = getById(tenant.directory.groups, principalId);
  return { id: principalId, displayName: group?.displayName ?? null, type: 'Group', modifiedProperties: [] };
}

export function scheduleActivationEnd(draft: Draft<Tenant>, instance: RoleAssignmentScheduleInstance, context: ApplyContext): void {
  putEntity(draft.scheduledProcesses, { id: context.newId(), kind: 'pim.activationEnd', dueDateTime: instance.endDateTime, targetId: instance.id });
}

export function scheduleEligibilityEnd(draft: Draft<Tenant>, eligibility: RoleEligibilitySchedule, context: ApplyContext): void {
  if (eligibility.scheduleInfo.expiration.type !== 'afterDateTime') return;
  putEntity(draft.scheduledProcesses, {
    id: context.newId(),
    kind: 'pim.eligibilityEnd',
    dueDateTime: eligibility.scheduleInfo.expiration.endDateTime,
    targetId: eligibility.id,
  });
}

/** An activation runs out: the role stops counting, and PIM and the directory both log it. */
export function expireActivation(draft: Draft<Tenant>, instanceId: string, context: ApplyContext): void {
  const instance = getById(draft.roles.roleAssignmentScheduleInstances, instanceId);
  if (!instance) return;
  removeEntity(draft.roles.roleAssignmentScheduleInstances, instance.id);
  const targets = [principalTarget(draft, instance.principalId), roleTarget(instance.roleDefinitionId)];
  context.record({
    initiatedBy: PIM_INITIATOR,
    ...activityFields(ROLE_ACTIVITIES['Remove member from role (PIM activation expired)']),
    loggedByService: 'PIM',
    targetResources: targets,
  });
  context.record({
    initiatedBy: PIM_INITIATOR,
    ...activityFields(ROLE_ACTIVITIES['Remove member from role']),
    loggedByService: 'Core Directory',
    targetResources: targets,
  });
}

/** A time-bound eligible assignment reaches its end date. */
export function expireEligibility(draft: Draft<Tenant>, eligibilityId: string, context: ApplyContext): void {
  const eligibility = getById(draft.roles.roleEligibilitySchedules, eligibilityId);
  if (!eligibility) return;
  removeEntity(draft.roles.roleEligibilitySchedules, eligibility.id);
  const targets = [principalTarget(draft, eligibility.principalId), roleTarget(eligibility.roleDefinitionId)];
  context.record({
    initiatedBy: PIM_INITIATOR,
    ...activityFields(ROLE_ACTIVITIES['Remove eligible member from role in PIM completed (timebound)']),
    loggedByService: 'PIM',
    targetResources: targets,
  });
  context.record({
    initiatedBy: PIM_INITIATOR,
    ...activityFields(ROLE_ACTIVITIES['Remove eligible member from role']),
    loggedByService: 'Core Directory',
    targetResources: targets,
  });
}
