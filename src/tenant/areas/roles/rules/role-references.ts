import type { Draft } from 'immer';
import { entities, removeEntity } from '../../../collection';
import type { Tenant } from '../../../model';

/**
 * Drops everything role management keeps about a user or group that is gone for good (purged, or
 * a security group, which Entra deletes permanently): its role assignments, eligibilities,
 * activations and administrative unit memberships, with their pending timers. A soft-deleted
 * object keeps them, so a restore brings its roles back. Commands and processes that hard-delete
 * a directory object call this in `apply`.
 */
export function dropRoleReferences(draft: Draft<Tenant>, objectId: string): void {
  const dropped = new Set<string>();
  for (const assignment of [...entities(draft.roles.roleAssignments)]) {
    if (assignment.principalId === objectId) removeEntity(draft.roles.roleAssignments, assignment.id);
  }
  for (const eligibility of [...entities(draft.roles.roleEligibilitySchedules)]) {
    if (eligibility.principalId !== objectId) continue;
    removeEntity(draft.roles.roleEligibilitySchedules, eligibility.id);
    dropped.add(eligibility.id);
  }
  for (const instance of [...entities(draft.roles.roleAssignmentScheduleInstances)]) {
    if (instance.principalId !== objectId) continue;
    removeEntity(draft.roles.roleAssignmentScheduleInstances, instance.id);
    dropped.add(instance.id);
  }
  for (const request of [...entities(draft.roles.roleAssignmentScheduleRequests)]) {
    if (request.principalId === objectId && request.status === 'PendingApproval') removeEntity(draft.roles.roleAssignmentScheduleRequests, request.id);
  }
  for (const unit of entities(draft.roles.administrativeUnits)) {
    const index = unit.memberIds.indexOf(objectId);
    if (index >= 0) unit.memberIds.splice(index, 1);
  }
  for (const process of [...entities(draft.scheduledProcesses)]) {
    if (dropped.has(process.targetId)) removeEntity(draft.scheduledProcesses, process.id);
  }
}
