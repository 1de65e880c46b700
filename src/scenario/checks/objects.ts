import { getById, type Collection } from '../../tenant/collection';
import type { Tenant } from '../../tenant/model';
import { deletedUser } from '../lookup';
import { describeObject, describeRef, findObjects, isCaseInsensitive, readProperty, refKind, showValue, type DirectoryObject } from '../objects';
import { compileScenarioPattern, isPatternError } from '../regex';
import type { ObjectRef } from '../schema';
import { outcome, sameValue, type Evaluator, type Outcome } from './context';

function whyMissing(tenant: Tenant, ref: ObjectRef): string {
  const [kind, key] = refKind(ref);
  if (kind === 'user' && deletedUser(tenant, key)) return `${describeRef(ref)} does not exist; it is in Deleted users`;
  return `${describeRef(ref)} does not exist`;
}

/** One object or the reason there is not exactly one. */
export function single(tenant: Tenant, ref: ObjectRef): DirectoryObject | Outcome {
  const found = findObjects(tenant, ref);
  if (found.length === 1) return found[0]!;
  if (found.length === 0) return outcome(false, whyMissing(tenant, ref));
  return outcome(false, `${found.length} objects match ${describeRef(ref)}, so it is ambiguous`);
}

export function isOutcome(value: DirectoryObject | Outcome): value is Outcome {
  return 'passed' in value;
}

export const exists: Evaluator<'exists'> = (check, { final }) => {
  const found = findObjects(final, check.object);
  return found.length > 0 ? outcome(true, `${describeObject(found[0]!)} exists`) : outcome(false, whyMissing(final, check.object));
};

export const notExists: Evaluator<'notExists'> = (check, { final }) => {
  const found = findObjects(final, check.object);
  return found.length === 0 ? outcome(true, `${describeRef(check.object)} does not exist`) : outcome(false, `${describeObject(found[0]!)} still exists`);
};

/** Where an object of each kind may be at the start, so it is found by id even if renamed, deleted or restored since. */
function startCollections(start: Tenant, kind: DirectoryObject['kind']): readonly Collection<{ readonly id: string }>[] {
  switch (kind) {
    case 'user':
    case 'deletedUser':
    case 'guest':
      return [start.directory.users, start.directory.deletedUsers];
    case 'group':
    case 'deletedGroup':
      return [start.directory.groups, start.directory.deletedGroups];
    case 'administrativeUnit':
      return [start.roles.administrativeUnits];
    case 'contact':
      return [start.directory.contacts];
    case 'domain':
      return [start.domains.domains];
    case 'subscription':
      return [start.licensing.subscribedSkus];
  }
}

function atStart(start: Tenant, object: DirectoryObject): DirectoryObject | undefined {
  for (const collection of startCollections(start, object.kind)) {
    const entity = getById(collection, object.entity.id);
    if (entity) return { kind: object.kind, entity } as DirectoryObject;
  }
  return undefined;
}

/** A property check on a user reads a deleted user too: blocking and then deleting is a normal order of work. */
function propertyHolder(tenant: Tenant, ref: ObjectRef): DirectoryObject | Outcome {
  const object = single(tenant, ref);
  if (!isOutcome(object) || ref.user === undefined || !deletedUser(tenant, ref.user)) return object;
  return single(tenant, { deletedUser: ref.user });
}

export const property: Evaluator<'property'> = (check, { start, final }) => {
  const object = propertyHolder(final, check.object);
  if (isOutcome(object)) return object;
  const value = readProperty(object, check.property);
  const ignoreCase = check.ignoreCase ?? isCaseInsensitive(check.property);
  const subject = `the ${check.property} of ${describeObject(object)}`;
  const is = `${subject} is ${showValue(value)}`;
  if (check.equals !== undefined) {
    return sameValue(value, check.equals, ignoreCase) ? outcome(true, is) : outcome(false, `${is}; expected ${showValue(check.equals)}`);
  }
  if (check.differs !== undefined) {
    return sameValue(value, check.differs, ignoreCase) ? outcome(false, `${is}; it must be something else`) : outcome(true, is);
  }
  if (check.oneOf !== undefined) {
    return check.oneOf.some((candidate) => sameValue(value, candidate, ignoreCase))
      ? outcome(true, is)
      : outcome(false, `${is}; expected one of ${check.oneOf.map(showValue).join(', ')}`);
  }
  if (check.matches !== undefined) {
    const pattern = compileScenarioPattern(check.matches, ignoreCase);
    // The loader refuses patterns that do not compile, so this only guards a hand-built check.
    if (isPatternError(pattern)) return outcome(false, pattern.error);
    return value !== null && pattern.test(String(value)) ? outcome(true, is) : outcome(false, `${is}, which does not match ${check.matches}`);
  }
  const before = atStart(start, object);
  const initial = before ? readProperty(before, check.property) : null;
  const changed = !sameValue(value, initial, false);
  const was = `${subject} was ${showValue(initial)} and is ${showValue(value)}`;
  if (check.changed) return changed ? outcome(true, was) : outcome(false, `${subject} is still ${showValue(value)}, as at the start`);
  return changed ? outcome(false, `${was}; it must stay as it was`) : outcome(true, `${subject} is unchanged (${showValue(value)})`);
};
