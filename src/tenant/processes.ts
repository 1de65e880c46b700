import type { Draft } from 'immer';
import { SERVICE_INITIATOR } from './audit';
import { addDays, compareInstants } from './clock';
import { entities, getById, putEntity, removeEntity } from './collection';
import type { ApplyContext } from './command';
import type { ScheduledProcess, Tenant } from './model';
import { reconcile } from './reconcile';
import { expireActivation, expireEligibility } from './areas/roles/rules/pim-schedules';
import { dropRoleReferences } from './areas/roles/rules/role-references';
import { advanceSubscriptionLifecycle } from './areas/licensing/rules/subscriptions';

/** Deleted users stay restorable for 30 days, then the directory purges them. */
export const USER_RETENTION_DAYS = 30;

export function schedulePurge(draft: Draft<Tenant>, userId: string, deletedDateTime: string, context: ApplyContext): void {
  putEntity(draft.scheduledProcesses, {
    id: context.newId(),
    kind: 'user.purge',
    dueDateTime: addDays(deletedDateTime, USER_RETENTION_DAYS),
    targetId: userId,
  });
}

/** Deleted Microsoft 365 groups stay restorable for 30 days, then the directory purges them. */
export const GROUP_RETENTION_DAYS = 30;

export function scheduleGroupPurge(draft: Draft<Tenant>, groupId: string, deletedDateTime: string, context: ApplyContext): void {
  putEntity(draft.scheduledProcesses, {
    id: context.newId(),
    kind: 'group.purge',
    dueDateTime: addDays(deletedDateTime, GROUP_RETENTION_DAYS),
    targetId: groupId,
  });
}

export function cancelProcessesFor(draft: Draft<Tenant>, targetId: string): void {
  for (const process of [...entities(draft.scheduledProcesses)]) {
    if (process.targetId === targetId) removeEntity(draft.scheduledProcesses, process.id);
  }
}

function nextDue(tenant: Draft<Tenant>, until: string): ScheduledProcess | undefined {
  let next: ScheduledProcess | undefined;
  for (const process of entities(tenant.scheduledProcesses)) {
    if (compareInstants(process.dueDateTime, until) > 0) continue;
    if (
      !next ||
      compareInstants(process.dueDateTime, next.dueDateTime) < 0 ||
      (process.dueDateTime === next.dueDateTime && process.id < next.id)
    ) {
      next = process;
    }
  }
  return next;
}

/**
 * Moves the clock to `until`, running every process that falls due on the way in time order,
 * each at its own due instant, so its audit record carries the time it really happened.
 */
export function advanceClockTo(draft: Draft<Tenant>, until: string, context: ApplyContext): void {
  for (let process = nextDue(draft, until); process; process = nextDue(draft, until)) {
    removeEntity(draft.scheduledProcesses, process.id);
    draft.clock.now = process.dueDateTime;
    runProcess(draft, process, { ...context, now: process.dueDateTime });
  }
  draft.clock.now = until;
}

function runProcess(draft: Draft<Tenant>, process: ScheduledProcess, context: ApplyContext): void {
  switch (process.kind) {
    case 'user.purge': {
      const user = getById(draft.directory.deletedUsers, process.targetId);
      if (!user) return;
      removeEntity(draft.directory.deletedUsers, user.id);
      dropRoleReferences(draft, user.id);
      // Drops the group links kept for a restore that can no longer happen.
      reconcile(draft, { users: [user.id] }, context);
      context.record({
        initiatedBy: SERVICE_INITIATOR,
        activityDisplayName: 'Hard Delete user',
        category: 'UserManagement',
        loggedByService: 'Core Directory',
        operationType: 'Delete',
        targetResources: [
          { id: user.id, displayName: user.displayName, type: 'User', userPrincipalName: user.userPrincipalName, modifiedProperties: [] },
        ],
      });
      return;
    }
    case 'group.purge': {
      const group = getById(draft.directory.deletedGroups, process.targetId);
      if (!group) return;
      removeEntity(draft.directory.deletedGroups, group.id);
      dropRoleReferences(draft, group.id);
      reconcile(draft, { groups: [group.id] }, context);
      context.record({
        initiatedBy: SERVICE_INITIATOR,
        activityDisplayName: 'Hard Delete group',
        category: 'GroupManagement',
        loggedByService: 'Core Directory',
        operationType: 'Delete',
        targetResources: [{ id: group.id, displayName: group.displayName, type: 'Group', modifiedProperties: [] }],
      });
      return;
    }
    case 'pim.activationEnd':
      expireActivation(draft, process.targetId, context);
      return;
    case 'pim.eligibilityEnd':
      expireEligibility(draft, process.targetId, context);
      return;
    case 'subscription.lifecycle':
      advanceSubscriptionLifecycle(draft, process.targetId, context);
      return;
  }
}
