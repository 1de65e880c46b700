import type { Draft } from 'immer';
import { entities, getById, putEntity, removeEntity } from '../../../collection';
import type { Tenant } from '../../../model';

const without = (ids: readonly string[], objectId: string) => (ids.includes(objectId) ? ids.filter((id) => id !== objectId) : ids);

/**
 * A user or group gone for good leaves the policies that named it, as Entra drops a deleted
 * object's id from conditions; their authentication data and devices' ownership go with them.
 */
export function dropAccessReferences(draft: Draft<Tenant>, objectId: string): void {
  removeEntity(draft.access.userAuthentication, objectId);
  for (const policy of [...entities(draft.access.conditionalAccessPolicies)]) {
    const users = policy.conditions.users;
    const named = [users.includeUsers, users.excludeUsers, users.includeGroups, users.excludeGroups].some((ids) => ids.includes(objectId));
    if (!named) continue;
    putEntity(draft.access.conditionalAccessPolicies, {
      ...policy,
      conditions: {
        ...policy.conditions,
        users: {
          ...users,
          includeUsers: without(users.includeUsers, objectId),
          excludeUsers: without(users.excludeUsers, objectId),
          includeGroups: without(users.includeGroups, objectId),
          excludeGroups: without(users.excludeGroups, objectId),
        },
      },
    });
  }
  for (const device of [...entities(draft.access.devices)]) {
    if (device.registeredOwnerId === objectId) putEntity(draft.access.devices, { ...device, registeredOwnerId: null });
  }
  if (draft.access.passwordReset.selectedGroupId === objectId && getById(draft.directory.groups, objectId) === undefined) {
    draft.access.passwordReset = { ...draft.access.passwordReset, selectedGroupId: null };
  }
}
