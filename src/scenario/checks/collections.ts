import { roleTemplateByName, skuByPartNumber } from '../../tenant/catalog';
import { entities, getById, toArray, type Collection } from '../../tenant/collection';
import type { AdministrativeUnit, Group, Tenant, User } from '../../tenant/model';
import { deletedUser } from '../../tenant/lookup';
import { describeRef, findObjects, nameText, productName, type NameRef } from '../objects';
import type { CollectionRef, ItemRef, ObjectRef, Where } from '../schema';
import { asCount, listNames, outcome, type Evaluator, type GradingContext, type Outcome } from './context';
import { isOutcome, single } from './objects';
import { effectiveHolders, scopesOf, type AssignmentType } from './roles';
import { propertyLabel, type LabelledKind } from '../labels';
import { matchesWhere, whereKey, whereText } from './where';

interface Element {
  readonly id: string;
  readonly name: string;
  readonly entity: object;
}

/** The elements of a collection (filtered), or why it cannot be read. */
export interface Elements {
  readonly label: string;
  /** Counted without listing where the collection is the whole tenant. */
  readonly size: number;
  readonly list: () => readonly Element[];
  /** The entities in chunks, without building an element for each: what a quantifier walks on 50,000 users. */
  readonly chunks: () => readonly (readonly object[])[];
  /**
   * For the whole tenant's users: whether a user (by id) is in the filtered set, so a quantifier
   * whose condition names a small set (a group's members, a role's holders) can start from it.
   */
  readonly has?: (id: string) => boolean;
  /** Users, whose relations a quantifier's `that` can test; false for groups, domains and the rest. */
  readonly users: boolean;
}

function fromList(label: string, list: readonly Element[], users = false): Elements {
  return { label, size: list.length, list: () => list, chunks: () => [list.map((element) => element.entity)], users };
}

const userElement = (user: { id: string; displayName: string }): Element => ({ id: user.id, name: user.displayName, entity: user });

/** Per filter, the users of each bucket object that match it: a bucket never changes once committed. */
const matchesByFilter = new Map<string, WeakMap<object, readonly User[]>>();

/**
 * The users matching a filter, gathered from per-bucket lists each worked out once per bucket
 * object. Grading the same attempt again, or the next state of it, filters only the buckets that
 * changed, whatever the filter (a boolean splits 50,000 users in two, which a lookup index
 * handles badly).
 */
function usersMatching(users: Collection<User>, where: Where): { count: number; lists: (readonly User[])[] } {
  const key = whereKey(where);
  let perBucket = matchesByFilter.get(key);
  if (!perBucket) {
    perBucket = new WeakMap();
    matchesByFilter.set(key, perBucket);
  }
  let count = 0;
  const lists: (readonly User[])[] = [];
  for (const bucket of users.buckets) {
    if (!bucket) continue;
    let matching = perBucket.get(bucket);
    if (matching === undefined) {
      const found: User[] = [];
      for (const id in bucket) if (matchesWhere(bucket[id]!, where)) found.push(bucket[id]!);
      matching = found;
      perBucket.set(bucket, matching);
    }
    count += matching.length;
    if (matching.length > 0) lists.push(matching);
  }
  return { count, lists };
}

function tenantUsers(tenant: Tenant, where: Where, guestsOnly: boolean): Elements {
  const conditions: Where = guestsOnly ? { ...where, userType: 'Guest' } : where;
  const label = `${guestsOnly ? 'guest users' : 'users'}${whereText(where, userLabel)}`;
  const has = (id: string) => {
    const user = getById(tenant.directory.users, id);
    return user !== undefined && matchesWhere(user, conditions);
  };
  if (Object.keys(conditions).length === 0) {
    const all = () => tenant.directory.users.buckets.flatMap((bucket) => (bucket ? [Object.values(bucket)] : []));
    return { label, size: tenant.directory.users.size, list: () => toArray(tenant.directory.users).map(userElement), chunks: all, has, users: true };
  }
  const { count, lists } = usersMatching(tenant.directory.users, conditions);
  return { label, size: count, list: () => lists.flat().map(userElement), chunks: () => lists, has, users: true };
}

function listed<T extends { readonly id: string }>(label: string, items: Iterable<T>, nameOf: (item: T) => string, where: Where, users = false, kind: LabelledKind = users ? 'user' : 'other'): Elements {
  const list: Element[] = [];
  for (const item of items) if (matchesWhere(item, where)) list.push({ id: item.id, name: nameOf(item), entity: item });
  return fromList(`${label}${whereText(where, (property) => propertyLabel(kind, property))}`, list, users);
}

const userLabel = (property: string) => propertyLabel('user', property);

const displayName = (item: { readonly displayName: string }) => item.displayName;

/** Members and owners are users, groups or contacts, kept as ids. */
function byIds(tenant: Tenant, label: string, ids: readonly string[], where: Where): Elements {
  const found = ids.flatMap((id) => {
    const entity = getById(tenant.directory.users, id) ?? getById(tenant.directory.groups, id) ?? getById(tenant.directory.contacts, id);
    return entity ? [entity] : [];
  });
  return listed(label, found, displayName, where, true);
}

export function elementsOf(context: GradingContext, collection: CollectionRef, where: Where = {}): Elements | Outcome {
  const tenant = context.final;
  switch (collection) {
    case 'users':
    case 'guests':
      return tenantUsers(tenant, where, collection === 'guests');
    case 'deletedUsers':
      return listed('users in Deleted users', entities(tenant.directory.deletedUsers), displayName, where, true);
    case 'groups':
      return listed('groups', entities(tenant.directory.groups), displayName, where, false, 'group');
    case 'deletedGroups':
      return listed('groups in Deleted groups', entities(tenant.directory.deletedGroups), displayName, where, false, 'group');
    case 'administrativeUnits':
      return listed('administrative units', entities(tenant.roles.administrativeUnits), displayName, where);
    case 'contacts':
      return listed('mail contacts', entities(tenant.directory.contacts), displayName, where);
    case 'domains':
      return listed('domains', entities(tenant.domains.domains), (domain) => domain.id, where, false, 'domain');
  }
  if ('roleHolders' in collection) return roleHolderElements(context, collection.roleHolders, where);
  if ('licensesOf' in collection) {
    const user = single(tenant, { user: collection.licensesOf }, context.start);
    if (isOutcome(user)) return user;
    const licenses = (user.entity as User).assignedLicenses.map((license) => ({ id: license.skuId, name: productName(license.skuId), entity: license }));
    return fromList(`the licenses of ${(user.entity as User).displayName}`, licenses);
  }
  if ('membersOfAdministrativeUnit' in collection) {
    const unit = single(tenant, { administrativeUnit: collection.membersOfAdministrativeUnit }, context.start);
    if (isOutcome(unit)) return unit;
    const { displayName: unitName, memberIds } = unit.entity as AdministrativeUnit;
    return byIds(tenant, `the members of the administrative unit ${unitName}`, memberIds, where);
  }
  const byMembers = 'membersOf' in collection;
  const group = single(tenant, { group: byMembers ? collection.membersOf : (collection as { ownersOf: NameRef }).ownersOf }, context.start);
  if (isOutcome(group)) return group;
  const { displayName: groupName, memberIds, ownerIds } = group.entity as Group;
  return byIds(tenant, `the ${byMembers ? 'members' : 'owners'} of the group ${groupName}`, byMembers ? memberIds : ownerIds, where);
}

/** The effective holders of a role as a collection of users. */
function roleHolderElements(context: GradingContext, holders: { readonly role: string; readonly scope?: 'tenant' | { readonly administrativeUnit: NameRef } | undefined; readonly assignment?: AssignmentType | undefined }, where: Where): Elements | Outcome {
  const role = roleTemplateByName(holders.role);
  if (!role) return outcome(false, `${holders.role} is not a built-in role`);
  const scoped = scopesOf(context, holders.scope);
  if ('passed' in scoped) return scoped;
  const ids = effectiveHolders(context.final, role.id, scoped.scopes, holders.assignment ?? 'active');
  const users = [...ids.keys()].flatMap((id) => {
    const user = getById(context.final.directory.users, id);
    return user ? [user] : [];
  });
  const kind = holders.assignment && holders.assignment !== 'active' ? ` (${holders.assignment})` : '';
  return listed(`the holders of ${role.displayName}${kind}${scoped.where}`, users, displayName, where, true);
}

export const count: Evaluator<'count'> = (check, context) => {
  const elements = elementsOf(context, check.collection, check.where);
  if ('passed' in elements) return elements;
  const equals = asCount(check.equals);
  const atLeast = asCount(check.atLeast);
  const atMost = asCount(check.atMost);
  const size = elements.size;
  const expected = [
    equals !== undefined ? `exactly ${equals}` : '',
    atLeast !== undefined ? `at least ${atLeast}` : '',
    atMost !== undefined ? `at most ${atMost}` : '',
  ].filter(Boolean);
  const passed = (equals === undefined || size === equals) && (atLeast === undefined || size >= atLeast) && (atMost === undefined || size <= atMost);
  const found = `the number of ${elements.label.replace(/^the /, '')} is ${size}`;
  return passed ? outcome(true, found) : outcome(false, `${found}; expected ${expected.join(' and ')}`);
};

/** The id an item names in this tenant, for comparing with a collection's elements. */
function itemId(tenant: Tenant, collection: CollectionRef, item: ItemRef, start: Tenant): string | undefined {
  const [kind, name] = Object.entries(item)[0] as [keyof ItemRef, NameRef];
  const key = nameText(name);
  if (kind === 'sku') return skuByPartNumber(key)?.skuId;
  if (typeof name === 'object') return findObjects(tenant, { [kind]: name } as ObjectRef, start)[0]?.entity.id;
  if (kind === 'user' && collection === 'deletedUsers') return deletedUser(tenant, key)?.id;
  if (kind === 'group' && collection === 'deletedGroups') return findObjects(tenant, { deletedGroup: key })[0]?.entity.id;
  return findObjects(tenant, { [kind]: key } as ObjectRef)[0]?.entity.id;
}

function itemName(item: ItemRef): string {
  const [kind, key] = Object.entries(item)[0] as [keyof ItemRef, NameRef];
  return kind === 'sku' ? productName(nameText(key)) : describeRef({ [kind]: key } as ObjectRef);
}

function membership(check: { collection: CollectionRef; item: ItemRef }, context: GradingContext): { present: boolean; label: string; names: string } | Outcome {
  const tenant = context.final;
  const elements = elementsOf(context, check.collection);
  if ('passed' in elements) return elements;
  const id = itemId(tenant, check.collection, check.item, context.start);
  // The whole tenant's users are probed by id rather than listed.
  const tenantWide = check.collection === 'users' || check.collection === 'guests';
  const user = id === undefined ? undefined : getById(tenant.directory.users, id);
  const present = tenantWide
    ? user !== undefined && (check.collection === 'users' || user.userType === 'Guest')
    : id !== undefined && elements.list().some((element) => element.id === id);
  return { present, label: elements.label, names: tenantWide ? '' : `: ${listNames(elements.list().map((element) => element.name))}` };
}

export const contains: Evaluator<'contains'> = (check, context) => {
  const result = membership(check, context);
  if ('passed' in result) return result;
  return result.present
    ? outcome(true, `${result.label} include ${itemName(check.item)}`)
    : outcome(false, `${result.label} do not include ${itemName(check.item)}${result.names}`);
};

export const excludes: Evaluator<'excludes'> = (check, context) => {
  const result = membership(check, context);
  if ('passed' in result) return outcome(true, result.found);
  if (!result.present) return outcome(true, `${result.label} do not include ${itemName(check.item)}`);
  // "Still" only for what was there at the start.
  const before = membership(check, { ...context, final: context.start });
  const still = !('passed' in before) && before.present ? 'still ' : '';
  return outcome(false, `${result.label} ${still}include ${itemName(check.item)}`);
};
