import type { Draft } from 'immer';
import type { ProcessHandler } from '../../area';
import { SERVICE_INITIATOR } from '../../audit';
import { addDays } from '../../clock';
import { getById, removeEntity } from '../../collection';
import type { ApplyContext } from '../../command';
import type { Tenant } from '../../model';
import { scheduleProcess } from '../../schedule';
import { activityFields } from '../../describe';
import { DIRECTORY_ACTIVITIES } from './activities';

/** Deleted users stay restorable for 30 days, then the directory purges them. */
export const USER_RETENTION_DAYS = 30;

/** Deleted Microsoft 365 groups stay restorable for 30 days, then the directory purges them. */
export const GROUP_RETENTION_DAYS = 30;

export function schedulePurge(draft: Draft<Tenant>, userId: string, deletedDateTime: string, context: ApplyContext): void {
  scheduleProcess(draft, context, 'user.purge', addDays(deletedDateTime, USER_RETENTION_DAYS), userId);
}

export function scheduleGroupPurge(draft: Draft<Tenant>, groupId: string, deletedDateTime: string, context: ApplyContext): void {
  scheduleProcess(draft, context, 'group.purge', addDays(deletedDateTime, GROUP_RETENTION_DAYS), groupId);
}

const purgeUser: ProcessHandler = (draft, process, context) => {
  const user = getById(draft.directory.deletedUsers, process.targetId);
  if (!user) return;
  removeEntity(draft.directory.deletedUsers, user.id);
  context.dropReferences(draft, user.id);
  // Drops the group links kept for a restore that can no longer happen.
  context.reconcile(draft, { users: [user.id] });
  context.record({
    initiatedBy: SERVICE_INITIATOR,
    ...activityFields(DIRECTORY_ACTIVITIES['Hard Delete user']),
    loggedByService: 'Core Directory',
    targetResources: [{ id: user.id, displayName: user.displayName, type: 'User', userPrincipalName: user.userPrincipalName, modifiedProperties: [] }],
  });
};

const purgeGroup: ProcessHandler = (draft, process, context) => {
  const group = getById(draft.directory.deletedGroups, process.targetId);
  if (!group) return;
  removeEntity(draft.directory.deletedGroups, group.id);
  context.dropReferences(draft, group.id);
  context.reconcile(draft, { groups: [group.id] });
  context.record({
    initiatedBy: SERVICE_INITIATOR,
    ...activityFields(DIRECTORY_ACTIVITIES['Hard Delete group']),
    loggedByService: 'Core Directory',
    targetResources: [{ id: group.id, displayName: group.displayName, type: 'Group', modifiedProperties: [] }],
  });
};

/** A soft-deleted user or Microsoft 365 group reaches the end of its 30 days; targetId is the object. */
export const directoryProcesses = {
  'user.purge': purgeUser,
  'group.purge': purgeGroup,
};
