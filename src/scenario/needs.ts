import { roleTemplateByName, skuByPartNumber } from '../tenant/catalog';
import { entities } from '../tenant/collection';
import type { Tenant } from '../tenant/model';
import { describeRef, findObjects, refKind, type NameRef } from './objects';
import { isObjectKind, OBJECT_KINDS, type ObjectKind } from './kinds';
import type { Check, CollectionRef, ItemRef, ObjectRef, That } from './schema';
import type { Problem } from './template';

type Path = readonly (string | number)[];

/**
 * What a check refers to. Each must exist in the starting tenant or after the solution (or, for
 * names in the catalogue, in the catalogue), so a misspelt UPN or SKU is caught when the file is
 * loaded rather than showing up as a check no learner can pass.
 */
export type Need =
  /** With `atStart`, the object must exist at the start: the check follows the one that had this name then. */
  | { readonly path: Path; readonly kind: ObjectKind | 'role' | 'activity'; readonly key: string; readonly atStart?: true }
  | { readonly path: Path; readonly kind: 'plan'; readonly key: string; readonly sku: string }
  | { readonly path: Path; readonly kind: 'property'; readonly key: string; readonly of: ObjectRef | CollectionName };

type CollectionName = 'users' | 'groups' | 'domains';

function named(path: Path, kind: ObjectKind, name: NameRef): Need {
  return typeof name === 'string' ? { path, kind, key: name } : { path: [...path, 'atStart'], kind, key: name.atStart, atStart: true };
}

function objectNeed(path: Path, ref: ObjectRef): Need {
  const [kind] = refKind(ref);
  return named([...path, kind], kind, Object.values(ref)[0] as NameRef);
}

function itemNeed(path: Path, item: ItemRef): Need {
  if (item.sku !== undefined) return { path: [...path, 'sku'], kind: 'subscription', key: item.sku };
  return objectNeed(path, item as ObjectRef);
}

function collectionNeeds(path: Path, collection: CollectionRef): Need[] {
  if (typeof collection === 'string') return [];
  if ('membersOf' in collection) return [named([...path, 'membersOf'], 'group', collection.membersOf)];
  if ('ownersOf' in collection) return [named([...path, 'ownersOf'], 'group', collection.ownersOf)];
  if ('membersOfAdministrativeUnit' in collection) return [named([...path, 'membersOfAdministrativeUnit'], 'administrativeUnit', collection.membersOfAdministrativeUnit)];
  if ('roleHolders' in collection) return roleNeeds([...path, 'roleHolders'], collection.roleHolders);
  return [named([...path, 'licensesOf'], 'user', collection.licensesOf)];
}

function roleNeeds(path: Path, holders: { readonly role: string; readonly scope?: 'tenant' | { readonly administrativeUnit: NameRef } | undefined }): Need[] {
  return [
    { path: [...path, 'role'], kind: 'role', key: holders.role },
    ...(typeof holders.scope === 'object' ? [named([...path, 'scope', 'administrativeUnit'], 'administrativeUnit', holders.scope.administrativeUnit)] : []),
  ];
}

/** What a quantifier's `that` names: products, groups, roles, and properties of the elements. */
function thatNeeds(path: Path, that: That | undefined, of: CollectionName): Need[] {
  if (!that) return [];
  return [
    ...Object.keys(that.has ?? {}).map((key): Need => ({ path: [...path, 'has', key], kind: 'property', key, of })),
    ...(that.holdsLicense
      ? [
          { path: [...path, 'holdsLicense', 'sku'], kind: 'subscription', key: that.holdsLicense.sku } as const,
          ...(that.holdsLicense.group !== undefined ? [named([...path, 'holdsLicense', 'group'], 'group', that.holdsLicense.group)] : []),
        ]
      : []),
    ...(that.memberOf !== undefined ? [named([...path, 'memberOf'], 'group', that.memberOf)] : []),
    ...(that.ownerOf !== undefined ? [named([...path, 'ownerOf'], 'group', that.ownerOf)] : []),
    ...(that.holdsRole ? roleNeeds([...path, 'holdsRole'], that.holdsRole) : []),
  ];
}

/** Which objects a `where` filters, for checking its property names. */
function membersCollection(collection: CollectionRef): CollectionName {
  if (collection === 'groups' || collection === 'deletedGroups') return 'groups';
  if (collection === 'domains') return 'domains';
  return 'users';
}

export function needsOf(check: Check, path: Path): Need[] {
  const at = (key: string): Path => [...path, key];
  const except = (list: readonly ObjectRef[] | undefined) => (list ?? []).map((ref, index) => objectNeed([...path, 'except', index], ref));
  switch (check.kind) {
    case 'exists':
    case 'notExists':
      return [objectNeed(at('object'), check.object)];
    case 'property':
      return [objectNeed(at('object'), check.object), { path: at('property'), kind: 'property', key: check.property, of: check.object }];
    case 'every':
    case 'none':
    case 'atLeast':
    case 'exactly':
      return [
        ...collectionNeeds(at('collection'), check.collection),
        ...Object.keys(check.where ?? {}).map((key): Need => ({ path: [...path, 'where', key], kind: 'property', key, of: membersCollection(check.collection) })),
        ...thatNeeds(at('that'), check.that, membersCollection(check.collection)),
      ];
    case 'count':
      return [
        ...collectionNeeds(at('collection'), check.collection),
        ...Object.keys(check.where ?? {}).map((key): Need => ({ path: [...path, 'where', key], kind: 'property', key, of: membersCollection(check.collection) })),
      ];
    case 'contains':
    case 'excludes':
      return [...collectionNeeds(at('collection'), check.collection), itemNeed(at('item'), check.item)];
    case 'memberOf':
    case 'ownerOf':
      return [named(at('user'), 'user', check.user), named(at('group'), 'group', check.group)];
    case 'holdsLicense':
      return [
        check.licensedGroup !== undefined ? named(at('licensedGroup'), 'group', check.licensedGroup) : named(at('user'), 'user', check.user ?? ''),
        { path: at('sku'), kind: 'subscription', key: check.sku },
        ...(check.group !== undefined ? [named(at('group'), 'group', check.group)] : []),
      ];
    case 'planDisabled':
      return [
        check.licensedGroup !== undefined ? named(at('licensedGroup'), 'group', check.licensedGroup) : named(at('user'), 'user', check.user ?? ''),
        { path: at('sku'), kind: 'subscription', key: check.sku },
        { path: at('plan'), kind: 'plan', key: check.plan, sku: check.sku },
      ];
    case 'holdsRole':
      return [
        check.group !== undefined ? named(at('group'), 'group', check.group) : named(at('user'), 'user', check.user ?? ''),
        { path: at('role'), kind: 'role', key: check.role },
        ...(typeof check.scope === 'object' ? [named([...path, 'scope', 'administrativeUnit'], 'administrativeUnit', check.scope.administrativeUnit)] : []),
      ];
    case 'managerIs':
      return [named(at('user'), 'user', check.user), ...(check.manager === null ? [] : [named(at('manager'), 'user', check.manager)])];
    case 'audit':
      return [
        { path: at('activity'), kind: 'activity', key: check.activity },
        ...(check.initiatedBy ? [{ path: at('initiatedBy'), kind: 'user', key: check.initiatedBy } as const] : []),
      ];
    case 'noRoleGained':
      return [{ path: at('role'), kind: 'role', key: check.role }, ...except(check.except)];
    case 'noneDeleted':
    case 'licensesUnchanged':
      return except(check.except);
    case 'unchanged':
      return [{ path: at('property'), kind: 'property', key: check.property, of: check.collection }, ...except(check.except)];
    case 'signIn':
      return [
        named(at('user'), 'user', check.user),
        ...(check.device !== undefined ? [named(at('device'), 'device', check.device)] : []),
        ...(check.policy !== undefined ? [named(at('policy'), 'conditionalAccessPolicy', check.policy)] : []),
      ];
  }
}

/** Profile properties Graph defines but the sandbox leaves out of an object until they are set. */
const OPTIONAL_PROPERTIES: Readonly<Record<CollectionName, readonly string[]>> = {
  users: OBJECT_KINDS.user.optionalProperties ?? [],
  groups: OBJECT_KINDS.group.optionalProperties ?? [],
  domains: OBJECT_KINDS.domain.optionalProperties ?? [],
};

function samplesOf(states: readonly Tenant[], of: ObjectRef | CollectionName): { samples: object[]; optional: readonly string[] } {
  if (typeof of === 'string') {
    const samples = states.flatMap((state) => {
      const first = entities<{ readonly id: string }>(of === 'domains' ? state.domains.domains : state.directory[of]).next();
      return first.done ? [] : [first.value as object];
    });
    return { samples, optional: OPTIONAL_PROPERTIES[of] };
  }
  const [kind] = refKind(of);
  const samples = states.flatMap((state) => findObjects(state, of).map((object) => object.entity as object));
  return { samples, optional: OBJECT_KINDS[kind].optionalProperties ?? [] };
}

function propertyProblem(states: readonly Tenant[], need: Extract<Need, { kind: 'property' }>): string | undefined {
  const { samples, optional: optionalProperties } = samplesOf(states, need.of);
  if (samples.length === 0) return undefined;
  const [head, tail] = need.key.split('.') as [string, string | undefined];
  const optional = optionalProperties.includes(head);
  const known = samples.some((sample) => {
    if (!Object.hasOwn(sample, head)) return false;
    if (tail === undefined) return true;
    const inner = (sample as Record<string, unknown>)[head];
    return inner !== null && typeof inner === 'object' && Object.hasOwn(inner, tail);
  });
  if (known || (optional && tail === undefined)) return undefined;
  const names = [...new Set([...samples.flatMap((sample) => Object.keys(sample)), ...optionalProperties])].sort();
  return `'${need.key}' is not a property here; properties: ${names.join(', ')}`;
}

/** Checks every need against the states a scenario passes through (activities keyed by lower-case name); reports the unmet ones. */
export function unmetNeeds(needs: readonly Need[], states: readonly Tenant[], activities: ReadonlyMap<string, string>): Problem[] {
  const problems: Problem[] = [];
  const report = (need: Need, message: string) => problems.push({ path: need.path, message });
  for (const need of needs) {
    if ('atStart' in need && need.atStart && isObjectKind(need.kind)) {
      const kind = OBJECT_KINDS[need.kind];
      const start = states[0]!;
      const found = [need.kind, ...(kind.alsoAtStart ?? [])].some((other) => isObjectKind(other) && OBJECT_KINDS[other].find(start, need.key).length > 0);
      if (!found) report(need, `${describeRef({ [need.kind]: need.key })} does not exist at the start, so there is nothing to follow`);
      continue;
    }
    if (isObjectKind(need.kind)) {
      const kind = OBJECT_KINDS[need.kind];
      const key = need.key;
      const exists = (state: Tenant) => (kind.exists ? kind.exists(state, key) : kind.find(state, key).length > 0);
      if (!states.some(exists)) report(need, kind.missing ? kind.missing(key) : `${describeRef({ [need.kind]: key })} exists neither at the start nor after the solution`);
      continue;
    }
    switch (need.kind) {
      case 'plan': {
        const plans = skuByPartNumber(need.sku)?.servicePlans ?? [];
        if (plans.length > 0 && !plans.some((plan) => plan.servicePlanName.toLowerCase() === need.key.toLowerCase())) {
          report(need, `'${need.key}' is not a service plan of ${need.sku}; its plans: ${plans.map((plan) => plan.servicePlanName).join(', ')}`);
        }
        break;
      }
      case 'role':
        if (!roleTemplateByName(need.key)) report(need, `'${need.key}' is not the display name of a built-in role (e.g. Helpdesk Administrator)`);
        break;
      case 'activity':
        if (!activities.has(need.key.toLowerCase())) report(need, `'${need.key}' is not an audit activity the tenant records; activities: ${[...activities.values()].sort().join(', ')}`);
        break;
      case 'property': {
        const problem = propertyProblem(states, need);
        if (problem) report(need, problem);
        break;
      }
    }
  }
  return problems;
}
