import { getById } from '../../tenant/collection';
import type { Group, Tenant, User } from '../../tenant/model';
import { groupsWithMember, groupsWithOwner } from '../../tenant/lookup';
import { findObjects, nameText } from '../objects';
import { listNames, outcome, type Evaluator, type GradingContext, type Outcome } from './context';
import { isDeleted, isOutcome, single, subjectName, userSubject } from './objects';

/** The groups a check names (names are not unique in Entra), or why there are none. */
function namedGroups(context: GradingContext, name: Parameters<typeof nameText>[0]): readonly Group[] | Outcome {
  const groups = findObjects(context.final, { group: name }, context.start).filter((object) => object.kind === 'group').map((object) => object.entity as Group);
  return groups.length > 0 ? groups : outcome(false, `there is no group named ${nameText(name)}`);
}

function relatedIn(tenant: Tenant, relation: 'member' | 'owner', userId: string, groupIds: readonly string[]): boolean {
  return groupIds.some((id) => {
    const group = getById(tenant.directory.groups, id);
    return group !== undefined && (relation === 'member' ? group.memberIds : group.ownerIds).includes(userId);
  });
}

/**
 * memberOf and ownerOf. A user in Deleted users belongs to and owns nothing active, so `not: true`
 * passes for them and the positive check fails, saying where they are. "Still" is said only when
 * the relation held at the start.
 */
function groupRelation(relation: 'member' | 'owner'): Evaluator<'memberOf' | 'ownerOf'> {
  return (check, context) => {
    const person = userSubject(context, check.user);
    if (isOutcome(person)) return person;
    const name = subjectName(person);
    const of = relation === 'member' ? 'a member of' : 'an owner of';
    const groups = namedGroups(context, check.group);
    if ('passed' in groups) return check.not ? outcome(true, `${name} is not ${of} ${nameText(check.group)}: there is no such group`) : groups;
    const groupName = groups[0]!.displayName;
    if (isDeleted(person)) {
      return check.not ? outcome(true, `${name} is in Deleted users, so is not ${of} any group`) : outcome(false, `${name} is in Deleted users, so is not ${of} ${groupName}`);
    }
    const ids = groups.map((group) => group.id);
    const related = relatedIn(context.final, relation, person.entity.id, ids);
    if (check.not) {
      if (!related) return outcome(true, `${name} is not ${of} ${groupName}`);
      const still = relatedIn(context.start, relation, person.entity.id, ids) ? 'still ' : '';
      return outcome(false, `${name} is ${still}${of} ${groupName}`);
    }
    if (related) return outcome(true, `${name} is ${of} ${groupName}`);
    const held = (relation === 'member' ? groupsWithMember : groupsWithOwner)(context.final, person.entity.id).map((group) => group.displayName);
    return outcome(false, `${name} is not ${of} ${groupName}; ${relation === 'member' ? 'member' : 'owner'} of: ${listNames(held)}`);
  };
}

export const memberOf = groupRelation('member') as Evaluator<'memberOf'>;
export const ownerOf = groupRelation('owner') as Evaluator<'ownerOf'>;

export const managerIs: Evaluator<'managerIs'> = (check, context) => {
  const { final, start } = context;
  const person = userSubject(context, check.user);
  if (isOutcome(person)) return person;
  const name = subjectName(person);
  const user = person.entity as User;
  const current = user.managerId ? getById(final.directory.users, user.managerId) : undefined;
  const now = current ? `${name}'s manager is ${current.displayName}` : `${name} has no manager`;
  if (check.manager === null) return current ? outcome(false, `${now}; expected none`) : outcome(true, now);
  if (isDeleted(person)) return outcome(false, `${name} is in Deleted users, and a deleted user has no manager`);
  const wanted = single(final, { user: check.manager }, start);
  if (isOutcome(wanted)) return wanted;
  return current?.id === wanted.entity.id ? outcome(true, now) : outcome(false, `${now}, not ${subjectName(wanted)}`);
};

