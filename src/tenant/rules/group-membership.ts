import { isDraft, original, type Draft } from 'immer';
import type { Group, ModifiedProperty, OrgContact, TargetResource, User } from '../model';
import { groupTarget } from './group-types';

/**
 * Member and owner lists are replaced whole, never edited in place. Reading one through an Immer
 * draft would proxy the array and then every element it is searched for; since a drafted list is
 * never written, its original is the current value, and a list already replaced in this recipe is
 * a plain array.
 */
export function currentIds(ids: readonly string[]): readonly string[] {
  return isDraft(ids) ? (original(ids as string[]) as readonly string[]) : ids;
}

export function memberIdsOf(group: Group | Draft<Group>): readonly string[] {
  return currentIds(group.memberIds);
}

export function ownerIdsOf(group: Group | Draft<Group>): readonly string[] {
  return currentIds(group.ownerIds);
}

export function setMemberIds(group: Draft<Group>, ids: readonly string[]): void {
  group.memberIds = ids as string[];
}

export function setOwnerIds(group: Draft<Group>, ids: readonly string[]): void {
  group.ownerIds = ids as string[];
}

export function withId(ids: readonly string[], id: string): readonly string[] {
  return ids.includes(id) ? ids : [...ids, id];
}

export function withoutId(ids: readonly string[], id: string): readonly string[] {
  const index = ids.indexOf(id);
  if (index < 0) return ids;
  return [...ids.slice(0, index), ...ids.slice(index + 1)];
}

/** A directory object that can be a member of a group, as an audit target. */
export type MemberObject =
  | { readonly kind: 'user'; readonly object: Pick<User, 'id' | 'displayName' | 'userPrincipalName'> }
  | { readonly kind: 'group'; readonly object: Pick<Group, 'id' | 'displayName'> }
  | { readonly kind: 'contact'; readonly object: Pick<OrgContact, 'id' | 'displayName'> };

function memberTarget(member: MemberObject, modifiedProperties: readonly ModifiedProperty[]): TargetResource {
  switch (member.kind) {
    case 'user':
      return {
        id: member.object.id,
        displayName: member.object.displayName,
        type: 'User',
        userPrincipalName: member.object.userPrincipalName,
        modifiedProperties,
      };
    case 'group':
      return { id: member.object.id, displayName: member.object.displayName, type: 'Group', modifiedProperties };
    case 'contact':
      return { id: member.object.id, displayName: member.object.displayName, type: 'Contact', modifiedProperties };
  }
}

/**
 * The targets Entra gives "Add member to group" and its kin: the member first, carrying the
 * group's id and name as modified properties (JSON-quoted, as Entra writes them), then the group.
 */
export function membershipTargets(member: MemberObject, group: Pick<Group, 'id' | 'displayName'>, added: boolean): TargetResource[] {
  const quoted = (value: string) => JSON.stringify(value);
  const modified: ModifiedProperty[] = [
    { displayName: 'Group.ObjectID', oldValue: added ? null : quoted(group.id), newValue: added ? quoted(group.id) : null },
    { displayName: 'Group.DisplayName', oldValue: added ? null : quoted(group.displayName), newValue: added ? quoted(group.displayName) : null },
  ];
  return [memberTarget(member, modified), groupTarget(group)];
}
