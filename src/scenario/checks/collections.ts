import { skuByPartNumber } from '../../tenant/catalog';
import { entities, getById, toArray, type Collection } from '../../tenant/collection';
import type { AdministrativeUnit, Group, Tenant, User } from '../../tenant/model';
import { deletedUser } from '../lookup';
import { describeRef, findObjects, productName, showValue } from '../objects';
import type { CollectionRef, ItemRef, ObjectRef } from '../schema';
import { asCount, listNames, outcome, sameValue, type Evaluator, type Outcome } from './context';
import { isOutcome, single } from './objects';

type Where = Readonly<Record<string, string | number | boolean | null>>;

interface Element {
  readonly id: string;
  readonly name: string;
  readonly entity: object;
}

/** The elements of a collection (filtered), or why it cannot be read. */
interface Elements {
  readonly label: string;
  /** Counted without listing where the collection is the whole tenant and unfiltered. */
  readonly size: number;
  readonly list: () => readonly Element[];
}

function matches(entity: object, where: Where): boolean {
  return Object.entries(where).every(([key, value]) => sameValue((entity as Record<string, unknown>)[key] ?? null, value, true));
}

function whereText(where: Where | undefined): string {
  const entries = Object.entries(where ?? {});
  return entries.length ? ` with ${entries.map(([key, value]) => `${key} ${showValue(value)}`).join(' and ')}` : '';
}

function fromList(label: string, list: readonly Element[]): Elements {
  return { label, size: list.length, list: () => list };
}

const userElement = (user: { id: string; displayName: string }): Element => ({ id: user.id, name: user.displayName, entity: user });

/** Per filter, how many entities of each bucket object match it: a bucket never changes once committed. */
const matchCounts = new Map<string, WeakMap<object, number>>();

/**
 * Counts the users matching a filter by summing per-bucket counts, each worked out once per
 * bucket object. Grading the same attempt again, or the next state of it, recounts only the
 * buckets that changed, whatever the filter (a boolean splits 50,000 users in two, which a
 * lookup index handles badly).
 */
function countMatching(users: Collection<User>, where: Where): number {
  const key = JSON.stringify(Object.entries(where).sort(([a], [b]) => (a < b ? -1 : 1)));
  let counts = matchCounts.get(key);
  if (!counts) {
    counts = new WeakMap();
    matchCounts.set(key, counts);
  }
  let total = 0;
  for (const bucket of users.buckets) {
    if (!bucket) continue;
    let count = counts.get(bucket);
    if (count === undefined) {
      count = 0;
      for (const id in bucket) if (matches(bucket[id]!, where)) count += 1;
      counts.set(bucket, count);
    }
    total += count;
  }
  return total;
}

function tenantUsers(tenant: Tenant, where: Where, guestsOnly: boolean): Elements {
  const conditions: Where = guestsOnly ? { ...where, userType: 'Guest' } : where;
  const label = `${guestsOnly ? 'guest users' : 'users'}${whereText(where)}`;
  const size = Object.keys(conditions).length === 0 ? tenant.directory.users.size : countMatching(tenant.directory.users, conditions);
  const list = () => toArray(tenant.directory.users).filter((user) => matches(user, conditions)).map(userElement);
  return { label, size, list };
}

function listed<T extends { readonly id: string }>(label: string, items: Iterable<T>, nameOf: (item: T) => string, where: Where): Elements {
  const list: Element[] = [];
  for (const item of items) if (matches(item, where)) list.push({ id: item.id, name: nameOf(item), entity: item });
  return fromList(`${label}${whereText(where)}`, list);
}

const displayName = (item: { readonly displayName: string }) => item.displayName;

/** Members and owners are users, groups or contacts, kept as ids. */
function byIds(tenant: Tenant, label: string, ids: readonly string[], where: Where): Elements {
  const found = ids.flatMap((id) => {
    const entity = getById(tenant.directory.users, id) ?? getById(tenant.directory.groups, id) ?? getById(tenant.directory.contacts, id);
    return entity ? [entity] : [];
  });
  return listed(label, found, displayName, where);
}

function elementsOf(tenant: Tenant, collection: CollectionRef, where: Where = {}): Elements | Outcome {
  switch (collection) {
    case 'users':
    case 'guests':
      return tenantUsers(tenant, where, collection === 'guests');
    case 'deletedUsers':
      return listed('users in Deleted users', entities(tenant.directory.deletedUsers), displayName, where);
    case 'groups':
      return listed('groups', entities(tenant.directory.groups), displayName, where);
    case 'deletedGroups':
      return listed('groups in Deleted groups', entities(tenant.directory.deletedGroups), displayName, where);
    case 'administrativeUnits':
      return listed('administrative units', entities(tenant.roles.administrativeUnits), displayName, where);
    case 'contacts':
      return listed('mail contacts', entities(tenant.directory.contacts), displayName, where);
    case 'domains':
      return listed('domains', entities(tenant.domains.domains), (domain) => domain.id, where);
  }
  if ('licensesOf' in collection) {
    const user = single(tenant, { user: collection.licensesOf });
    if (isOutcome(user)) return user;
    const licenses = (user.entity as User).assignedLicenses.map((license) => ({ id: license.skuId, name: productName(license.skuId), entity: license }));
    return fromList(`the licenses of ${(user.entity as User).displayName}`, licenses);
  }
  if ('membersOfAdministrativeUnit' in collection) {
    const unit = single(tenant, { administrativeUnit: collection.membersOfAdministrativeUnit });
    if (isOutcome(unit)) return unit;
    const { displayName: unitName, memberIds } = unit.entity as AdministrativeUnit;
    return byIds(tenant, `the members of the administrative unit ${unitName}`, memberIds, where);
  }
  const byMembers = 'membersOf' in collection;
  const group = single(tenant, { group: byMembers ? collection.membersOf : collection.ownersOf });
  if (isOutcome(group)) return group;
  const { displayName: groupName, memberIds, ownerIds } = group.entity as Group;
  return byIds(tenant, `the ${byMembers ? 'members' : 'owners'} of the group ${groupName}`, byMembers ? memberIds : ownerIds, where);
}

export const count: Evaluator<'count'> = (check, { final }) => {
  const elements = elementsOf(final, check.collection, check.where);
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
function itemId(tenant: Tenant, collection: CollectionRef, item: ItemRef): string | undefined {
  const [kind, key] = Object.entries(item)[0] as [keyof ItemRef, string];
  if (kind === 'sku') return skuByPartNumber(key)?.skuId;
  if (kind === 'user' && collection === 'deletedUsers') return deletedUser(tenant, key)?.id;
  if (kind === 'group' && collection === 'deletedGroups') return findObjects(tenant, { deletedGroup: key })[0]?.entity.id;
  return findObjects(tenant, { [kind]: key } as ObjectRef)[0]?.entity.id;
}

function itemName(item: ItemRef): string {
  const [kind, key] = Object.entries(item)[0] as [keyof ItemRef, string];
  return kind === 'sku' ? productName(key) : describeRef({ [kind]: key } as ObjectRef);
}

function membership(check: { collection: CollectionRef; item: ItemRef }, tenant: Tenant): { present: boolean; label: string; names: string } | Outcome {
  const elements = elementsOf(tenant, check.collection);
  if ('passed' in elements) return elements;
  const id = itemId(tenant, check.collection, check.item);
  // The whole tenant's users are probed by id rather than listed.
  const tenantWide = check.collection === 'users' || check.collection === 'guests';
  const user = id === undefined ? undefined : getById(tenant.directory.users, id);
  const present = tenantWide
    ? user !== undefined && (check.collection === 'users' || user.userType === 'Guest')
    : id !== undefined && elements.list().some((element) => element.id === id);
  return { present, label: elements.label, names: tenantWide ? '' : `: ${listNames(elements.list().map((element) => element.name))}` };
}

export const contains: Evaluator<'contains'> = (check, { final }) => {
  const result = membership(check, final);
  if ('passed' in result) return result;
  return result.present
    ? outcome(true, `${result.label} include ${itemName(check.item)}`)
    : outcome(false, `${result.label} do not include ${itemName(check.item)}${result.names}`);
};

export const excludes: Evaluator<'excludes'> = (check, { final }) => {
  const result = membership(check, final);
  if ('passed' in result) return outcome(true, result.found);
  return result.present
    ? outcome(false, `${result.label} still include ${itemName(check.item)}`)
    : outcome(true, `${result.label} do not include ${itemName(check.item)}`);
};
