import type { Tenant } from '../../tenant/model';
import { deletedUser } from '../../tenant/lookup';
import { describeObject, describeRef, findObjects, isCaseInsensitive, readProperty, refKind, sameObjectIn, showValue, type DirectoryObject, type NameRef } from '../objects';
import { labelKindOf, propertyLabel } from '../labels';
import { compileScenarioPattern, isPatternError } from '../regex';
import type { ObjectRef } from '../schema';
import { outcome, sameValue, type Evaluator, type GradingContext, type Outcome } from './context';

function whyMissing(tenant: Tenant, ref: ObjectRef): string {
  const [kind, key] = refKind(ref);
  if (kind === 'user' && typeof ref.user === 'string' && deletedUser(tenant, key)) return `${describeRef(ref)} does not exist; it is in Deleted users`;
  if (typeof Object.values(ref)[0] === 'object') return `${describeRef(ref)} no longer exists`;
  return `${describeRef(ref)} does not exist`;
}

/** One object or the reason there is not exactly one; names given `{ atStart: … }` are found in `start` and followed. */
export function single(tenant: Tenant, ref: ObjectRef, start?: Tenant): DirectoryObject | Outcome {
  const found = findObjects(tenant, ref, start);
  if (found.length === 1) return found[0]!;
  if (found.length === 0) return outcome(false, whyMissing(tenant, ref));
  return outcome(false, `${found.length} objects match ${describeRef(ref)}, so it is ambiguous`);
}

export function isOutcome(value: DirectoryObject | Outcome): value is Outcome {
  return 'passed' in value;
}

/**
 * The user a relation check names: active (a guest also by the address they were invited with)
 * or, failing that, in Deleted users, so a negative check can read a deleted user's real state.
 */
export function userSubject(context: GradingContext, name: NameRef): DirectoryObject | Outcome {
  const active = single(context.final, { user: name }, context.start);
  if (!isOutcome(active) || typeof name !== 'string') return active;
  const deleted = deletedUser(context.final, name);
  return deleted ? { kind: 'deletedUser', entity: deleted } : active;
}

export function isDeleted(object: DirectoryObject): boolean {
  return object.kind === 'deletedUser' || object.kind === 'deletedGroup';
}

/** How a relation check names its subject: "Alex Wilber", "Alex Wilber (AlexW@contoso.com at the start)". */
export function subjectName(object: DirectoryObject): string {
  const name = 'displayName' in object.entity ? object.entity.displayName : object.entity.id;
  const group = object.kind === 'group' || object.kind === 'deletedGroup' ? 'the group ' : '';
  if (object.followedFrom === undefined || !('userPrincipalName' in object.entity)) return `${group}${name}`;
  const upn = object.entity.userPrincipalName;
  return upn.toLowerCase() === object.followedFrom.toLowerCase() ? name : `${name} (${upn}; ${object.followedFrom} at the start)`;
}

export const exists: Evaluator<'exists'> = (check, { start, final }) => {
  const found = findObjects(final, check.object, start).filter((object) => !isDeleted(object) || object.kind === refKind(check.object)[0]);
  return found.length > 0 ? outcome(true, `${describeObject(found[0]!)} exists`) : outcome(false, whyMissing(final, check.object));
};

export const notExists: Evaluator<'notExists'> = (check, { start, final }) => {
  const found = findObjects(final, check.object, start).filter((object) => !isDeleted(object) || object.kind === refKind(check.object)[0]);
  return found.length === 0 ? outcome(true, `${describeRef(check.object)} does not exist`) : outcome(false, `${describeObject(found[0]!)} still exists`);
};

/** A property check on a user reads a deleted user too: blocking and then deleting is a normal order of work. */
function propertyHolder(context: GradingContext, ref: ObjectRef): DirectoryObject | Outcome {
  return ref.user !== undefined ? userSubject(context, ref.user) : single(context.final, ref, context.start);
}

export const property: Evaluator<'property'> = (check, context) => {
  const { start } = context;
  const object = propertyHolder(context, check.object);
  if (isOutcome(object)) return object;
  const value = readProperty(object, check.property);
  const ignoreCase = check.ignoreCase ?? isCaseInsensitive(check.property);
  // Feedback names the property as the portal labels it, not by its Graph name.
  const subject = `the ${propertyLabel(labelKindOf(object.kind), check.property)} of ${describeObject(object)}`;
  const is = `${subject} is ${showValue(value)}`;
  if (check.equals !== undefined) {
    return sameValue(value, check.equals, ignoreCase) ? outcome(true, is) : outcome(false, `${is}; expected ${showValue(check.equals)}`, `${is}, which is not what the task asks for`);
  }
  if (check.differs !== undefined) {
    return sameValue(value, check.differs, ignoreCase) ? outcome(false, `${is}; it must be something else`) : outcome(true, is);
  }
  if (check.oneOf !== undefined) {
    return check.oneOf.some((candidate) => sameValue(value, candidate, ignoreCase))
      ? outcome(true, is)
      : outcome(false, `${is}; expected one of ${check.oneOf.map(showValue).join(', ')}`, `${is}, which is not what the task asks for`);
  }
  if (check.matches !== undefined) {
    const pattern = compileScenarioPattern(check.matches, ignoreCase);
    // The loader refuses patterns that do not compile, so this only guards a hand-built check.
    if (isPatternError(pattern)) return outcome(false, pattern.error);
    return value !== null && pattern.test(String(value)) ? outcome(true, is) : outcome(false, `${is}, which does not match ${check.matches}`);
  }
  const before = sameObjectIn(start, object);
  const initial = before ? readProperty(before, check.property) : null;
  const changed = !sameValue(value, initial, false);
  const was = `${subject} was ${showValue(initial)} and is ${showValue(value)}`;
  if (check.changed) return changed ? outcome(true, was) : outcome(false, `${subject} is still ${showValue(value)}, as at the start`);
  return changed ? outcome(false, `${was}; it must stay as it was`) : outcome(true, `${subject} is unchanged (${showValue(value)})`);
};
