import { getById } from '../../../collection';
import { notFound, TENANT_ERRORS, type TenantError } from '../../../errors';
import { DIRECTORY_ERRORS } from '../errors';
import type { Group, Tenant } from '../../../model';
import type { PermissionRequirement } from '../../roles/permissions';
import { acceptsContacts, groupPermission, nestingError, type GroupTask } from '../rules/group-types';
import { memberIdsOf, type MemberObject } from '../rules/group-membership';

export function activeGroup(tenant: Tenant, groupId: string): Group | TenantError {
  return getById(tenant.directory.groups, groupId) ?? notFound('group', groupId);
}

export function isError(value: unknown): value is TenantError {
  return typeof value === 'object' && value !== null && 'code' in value && 'graphCode' in value;
}

/**
 * The permission a command on an existing group needs. A group that does not exist falls back to
 * the plain groups action, so validation, not the permission check, reports it missing.
 */
export function permissionOn(tenant: Tenant, groupId: string, task: GroupTask, collection: 'groups' | 'deletedGroups' = 'groups'): PermissionRequirement {
  const group = getById(tenant.directory[collection], groupId);
  return {
    action: group ? groupPermission(group, task) : `microsoft.directory/groups/${task}`,
    targetId: groupId,
  };
}

/** The user, group or contact with this id, as an audit target. */
export function directoryObject(tenant: Tenant, id: string): MemberObject | undefined {
  const user = getById(tenant.directory.users, id);
  if (user) return { kind: 'user', object: user };
  const group = getById(tenant.directory.groups, id);
  if (group) return { kind: 'group', object: group };
  const contact = getById(tenant.directory.contacts, id);
  return contact ? { kind: 'contact', object: contact } : undefined;
}

/** Whether `ancestorId` is `group` itself or nested anywhere inside it, following group members only. */
function containsGroup(tenant: Tenant, group: Group, ancestorId: string): boolean {
  const seen = new Set<string>();
  const pending = [group];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (next.id === ancestorId) return true;
    if (seen.has(next.id)) continue;
    seen.add(next.id);
    for (const memberId of memberIdsOf(next)) {
      const member = getById(tenant.directory.groups, memberId);
      if (member) pending.push(member);
    }
  }
  return false;
}

/**
 * Why these objects can't be added as members of `parent` (a group that exists, or the one a
 * create command describes), or undefined. `existing` are the members it has already.
 */
export function membersError(tenant: Tenant, parent: Group, memberIds: readonly string[], existing: readonly string[]): TenantError | undefined {
  const current = new Set(existing);
  for (const memberId of memberIds) {
    const member = directoryObject(tenant, memberId);
    if (!member) return notFound('member', memberId);
    if (current.has(memberId)) {
      return TENANT_ERRORS.referenceAlreadyExists('members', 'memberIds');
    }
    if (member.kind === 'group') {
      const group = getById(tenant.directory.groups, memberId)!;
      const nesting = nestingError(parent, group);
      if (nesting) return nesting;
      // The sandbox refuses membership loops, so that following nested groups always ends.
      if (containsGroup(tenant, group, parent.id)) {
        return DIRECTORY_ERRORS.nestingLoop(group.displayName, parent.displayName);
      }
    }
    if (member.kind === 'contact' && !acceptsContacts(parent)) {
      return DIRECTORY_ERRORS.contactsNotAccepted(parent.displayName);
    }
  }
  return undefined;
}

/** Owners are users (Graph also allows service principals, which the sandbox does not model). */
export function ownersError(tenant: Tenant, ownerIds: readonly string[], existing: readonly string[]): TenantError | undefined {
  const current = new Set(existing);
  for (const ownerId of ownerIds) {
    if (!getById(tenant.directory.users, ownerId)) {
      return getById(tenant.directory.groups, ownerId) || getById(tenant.directory.contacts, ownerId)
        ? DIRECTORY_ERRORS.onlyUsersAsOwners()
        : notFound('owner', ownerId);
    }
    if (current.has(ownerId)) {
      return TENANT_ERRORS.referenceAlreadyExists('owners', 'ownerIds');
    }
  }
  return undefined;
}

export function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
