import { freeze, isDraft, original, type Draft } from 'immer';
import type { Group, ModifiedProperty, OrgContact, TargetResource, User } from '../../../model';
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

/**
 * Lists go in frozen: Immer then neither walks a new list looking for drafts when it finishes the
 * recipe nor copies it into the patches, which on a 50,000-member group is most of the cost.
 */
export function setMemberIds(group: Draft<Group>, ids: readonly string[]): void {
  group.memberIds = Object.freeze(ids) as string[];
}

export function setOwnerIds(group: Draft<Group>, ids: readonly string[]): void {
  group.ownerIds = Object.freeze(ids) as string[];
}

/** A copy by loop: V8's native slice and spread take a slow path on the frozen lists. */
function copyOf(ids: readonly string[]): string[] {
  const copy = new Array<string>(ids.length);
  for (let i = 0; i < ids.length; i++) copy[i] = ids[i]!;
  return copy;
}

export function withId(ids: readonly string[], id: string): readonly string[] {
  if (ids.includes(id)) return ids;
  const next = copyOf(ids);
  next.push(id);
  return next;
}

export function withoutId(ids: readonly string[], id: string): readonly string[] {
  const index = ids.indexOf(id);
  if (index < 0) return ids;
  const next = copyOf(ids);
  next.splice(index, 1);
  return next;
}

/** A directory object that can be a member of a group, as an audit target. */
export type MemberObject =
  | { readonly kind: 'user'; readonly object: Pick<User, 'id' | 'displayName' | 'userPrincipalName'> }
  | { readonly kind: 'group'; readonly object: Pick<Group, 'id' | 'displayName'> }
  | { readonly kind: 'contact'; readonly object: Pick<OrgContact, 'id' | 'displayName'> };

function memberTarget(member: MemberObject, modifiedProperties: readonly ModifiedProperty[]): TargetResource {
  const { id, displayName } = member.object;
  switch (member.kind) {
    case 'user':
      return { id, displayName, type: 'User', userPrincipalName: member.object.userPrincipalName, modifiedProperties };
    case 'group':
      return { id, displayName, type: 'Group', modifiedProperties };
    case 'contact':
      return { id, displayName, type: 'Contact', modifiedProperties };
  }
}

/**
 * Builds the targets Entra gives "Add member to group" and its kin: the member first, carrying
 * the group's id and name as modified properties (JSON-quoted, as Entra writes them), then the
 * group. The parts shared by every record for one group are made once and frozen, so a rule that
 * adds 5,000 members writes 5,000 small records that Immer does not walk into.
 */
export function membershipTargetsFor(group: Pick<Group, 'id' | 'displayName'>, added: boolean): (member: MemberObject) => readonly TargetResource[] {
  const id = JSON.stringify(group.id);
  const name = JSON.stringify(group.displayName);
  const modified: readonly ModifiedProperty[] = freeze(
    [
      { displayName: 'Group.ObjectID', oldValue: added ? null : id, newValue: added ? id : null },
      { displayName: 'Group.DisplayName', oldValue: added ? null : name, newValue: added ? name : null },
    ],
    true,
  );
  const target = freeze(groupTarget(group), true);
  return (member) => Object.freeze([Object.freeze(memberTarget(member, modified)), target]);
}

export function membershipTargets(member: MemberObject, group: Pick<Group, 'id' | 'displayName'>, added: boolean): readonly TargetResource[] {
  return membershipTargetsFor(group, added)(member);
}
