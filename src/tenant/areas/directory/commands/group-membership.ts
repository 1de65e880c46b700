import { original } from 'immer';
import { getById } from '../../../collection';
import { defineCommand, type ApplyContext, type AuditActivity } from '../../../command';
import { notFound, TENANT_ERRORS, type TenantError } from '../../../errors';
import { DIRECTORY_ERRORS } from '../errors';
import type { Group, TargetResource, Tenant } from '../../../model';
import { membershipTargets, memberIdsOf, ownerIdsOf, setMemberIds, setOwnerIds, withoutId } from '../rules/group-membership';
import { isDynamicGroup } from '../rules/group-types';
import { activeGroup, directoryObject, isError, membersError, ownersError, permissionOn, unique } from './group-common';
import { DIRECTORY_ACTIVITIES } from '../activities';
import { activityFields } from '../../../describe';

/** "Add members": users, and groups or contacts where the group's kind allows them. */
export interface AddGroupMembers {
  readonly type: 'group.addMembers';
  readonly groupId: string;
  readonly memberIds: readonly string[];
}

export interface RemoveGroupMember {
  readonly type: 'group.removeMember';
  readonly groupId: string;
  readonly memberId: string;
}

export interface AddGroupOwners {
  readonly type: 'group.addOwners';
  readonly groupId: string;
  readonly ownerIds: readonly string[];
}

export interface RemoveGroupOwner {
  readonly type: 'group.removeOwner';
  readonly groupId: string;
  readonly ownerId: string;
}

type Link = 'member' | 'owner';

const ACTIVITY: Record<Link, { add: AuditActivity; remove: AuditActivity }> = {
  member: {
    add: DIRECTORY_ACTIVITIES['Add member to group'],
    remove: DIRECTORY_ACTIVITIES['Remove member from group'],
  },
  owner: {
    add: DIRECTORY_ACTIVITIES['Add owner to group'],
    remove: DIRECTORY_ACTIVITIES['Remove owner from group'],
  },
};

function targetsOf(committed: Tenant, group: Pick<Group, 'id' | 'displayName'>, id: string, added: boolean): readonly TargetResource[] {
  return membershipTargets(directoryObject(committed, id)!, group, added);
}

/**
 * Writes one "Add member to group" (or owner) record per link, as Entra logs each link it adds.
 * `skipFirst` leaves the first link to the command's own main record.
 */
export function recordMembershipLinks(
  committed: Tenant,
  group: Pick<Group, 'id' | 'displayName'>,
  ids: readonly string[],
  link: Link,
  context: ApplyContext,
  skipFirst = false,
): void {
  const activity = ACTIVITY[link].add;
  for (const id of skipFirst ? ids.slice(1) : ids) {
    context.record({
      ...activityFields(activity),
      loggedByService: 'Core Directory',
      targetResources: targetsOf(committed, group, id, true),
    });
  }
}

function dynamicMembersError(group: Group, adding: boolean): TenantError | undefined {
  if (!isDynamicGroup(group)) return undefined;
  return adding ? DIRECTORY_ERRORS.dynamicMembersAdded() : DIRECTORY_ERRORS.dynamicMemberRemoved();
}

export const groupMembershipCommands = {
  'group.addMembers': defineCommand<AddGroupMembers>({
    permission: (command, tenant) => permissionOn(tenant, command.groupId, 'members/update'),
    activity: ACTIVITY.member.add,
    validate(tenant, command) {
      const group = activeGroup(tenant, command.groupId);
      if (isError(group)) return group;
      const dynamicError = dynamicMembersError(group, true);
      if (dynamicError) return dynamicError;
      if (!Array.isArray(command.memberIds) || command.memberIds.length === 0) {
        return TENANT_ERRORS.requiredProperty('members', 'Group', 'memberIds');
      }
      return membersError(tenant, group, unique(command.memberIds), memberIdsOf(group));
    },
    apply(draft, command, context) {
      const committed = original(draft)!;
      const group = getById(draft.directory.groups, command.groupId)!;
      const added = unique(command.memberIds);
      setMemberIds(group, [...memberIdsOf(group), ...added]);
      recordMembershipLinks(committed, group, added, 'member', context, true);
      context.reconcile(draft, { users: added.filter((id) => getById(committed.directory.users, id)), groups: [group.id] });
      return targetsOf(committed, group, added[0]!, true);
    },
  }),

  'group.removeMember': defineCommand<RemoveGroupMember>({
    permission: (command, tenant) => permissionOn(tenant, command.groupId, 'members/update'),
    activity: ACTIVITY.member.remove,
    validate(tenant, command) {
      const group = activeGroup(tenant, command.groupId);
      if (isError(group)) return group;
      const dynamicError = dynamicMembersError(group, false);
      if (dynamicError) return dynamicError;
      return memberIdsOf(group).includes(command.memberId) ? undefined : notFound('member', command.memberId);
    },
    apply(draft, command, context) {
      const committed = original(draft)!;
      const group = getById(draft.directory.groups, command.groupId)!;
      setMemberIds(group, withoutId(memberIdsOf(group), command.memberId));
      const isUser = getById(committed.directory.users, command.memberId) !== undefined;
      context.reconcile(draft, { users: isUser ? [command.memberId] : [], groups: [group.id] });
      return targetsOf(committed, group, command.memberId, false);
    },
  }),

  'group.addOwners': defineCommand<AddGroupOwners>({
    permission: (command, tenant) => permissionOn(tenant, command.groupId, 'owners/update'),
    activity: ACTIVITY.owner.add,
    validate(tenant, command) {
      const group = activeGroup(tenant, command.groupId);
      if (isError(group)) return group;
      if (!Array.isArray(command.ownerIds) || command.ownerIds.length === 0) {
        return TENANT_ERRORS.requiredProperty('owners', 'Group', 'ownerIds');
      }
      return ownersError(tenant, unique(command.ownerIds), ownerIdsOf(group));
    },
    apply(draft, command, context) {
      const committed = original(draft)!;
      const group = getById(draft.directory.groups, command.groupId)!;
      const added = unique(command.ownerIds);
      setOwnerIds(group, [...ownerIdsOf(group), ...added]);
      recordMembershipLinks(committed, group, added, 'owner', context, true);
      return targetsOf(committed, group, added[0]!, true);
    },
  }),

  'group.removeOwner': defineCommand<RemoveGroupOwner>({
    permission: (command, tenant) => permissionOn(tenant, command.groupId, 'owners/update'),
    activity: ACTIVITY.owner.remove,
    validate(tenant, command) {
      const group = activeGroup(tenant, command.groupId);
      if (isError(group)) return group;
      const owners = ownerIdsOf(group);
      if (!owners.includes(command.ownerId)) return notFound('owner', command.ownerId);
      // Graph: once a group has owners, its last owner can't be removed.
      if (owners.length === 1) {
        return DIRECTORY_ERRORS.lastOwner();
      }
      return undefined;
    },
    apply(draft, command) {
      const committed = original(draft)!;
      const group = getById(draft.directory.groups, command.groupId)!;
      setOwnerIds(group, withoutId(ownerIdsOf(group), command.ownerId));
      return targetsOf(committed, group, command.ownerId, false);
    },
  }),
};
