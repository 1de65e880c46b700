import { skuByPartNumber } from '../../tenant/catalog';
import { getById, toArray } from '../../tenant/collection';
import type { Tenant } from '../../tenant/model';
import { activeUser, deletedUser, domainNamed, groupsNamed, usersWhere } from '../lookup';
import { describeRef, productName, showValue } from '../objects';
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

function tenantUsers(tenant: Tenant, where: Where, guestsOnly: boolean): Elements {
  const conditions: Record<string, string | number | boolean | null> = guestsOnly ? { ...where, userType: 'Guest' } : { ...where };
  const keys = Object.keys(conditions);
  const label = `${guestsOnly ? 'guest users' : 'users'}${whereText(where)}`;
  if (keys.length === 0) return { label, size: tenant.users.size, list: () => toArray(tenant.users).map(userElement) };
  const [first, ...rest] = keys;
  const narrowed = usersWhere(tenant, first!, conditions[first!]!);
  const remaining = Object.fromEntries(rest.map((key) => [key, conditions[key]!]));
  return fromList(label, narrowed.filter((user) => matches(user, remaining)).map(userElement));
}

export function elementsOf(tenant: Tenant, collection: CollectionRef, where: Where = {}): Elements | Outcome {
  if (collection === 'users' || collection === 'guests') return tenantUsers(tenant, where, collection === 'guests');
  if (collection === 'deletedUsers') {
    return fromList(`users in Deleted users${whereText(where)}`, toArray(tenant.deletedUsers).filter((user) => matches(user, where)).map(userElement));
  }
  if (collection === 'groups') {
    const groups = toArray(tenant.groups).filter((group) => matches(group, where));
    return fromList(`groups${whereText(where)}`, groups.map((group) => ({ id: group.id, name: group.displayName, entity: group })));
  }
  if (collection === 'domains') {
    const domains = toArray(tenant.domains).filter((domain) => matches(domain, where));
    return fromList(`domains${whereText(where)}`, domains.map((domain) => ({ id: domain.id, name: domain.id, entity: domain })));
  }
  if ('licensesOf' in collection) {
    const user = single(tenant, { user: collection.licensesOf });
    if (isOutcome(user) || user.kind !== 'user') return isOutcome(user) ? user : outcome(false, `no active user ${collection.licensesOf}`);
    const licenses = user.entity.assignedLicenses.map((license) => ({ id: license.skuId, name: productName(license.skuId), entity: license }));
    return fromList(`the licenses of ${user.entity.displayName}`, licenses);
  }
  const byMembers = 'membersOf' in collection;
  const groupName = byMembers ? collection.membersOf : collection.ownersOf;
  const group = single(tenant, { group: groupName });
  if (isOutcome(group) || group.kind !== 'group') return isOutcome(group) ? group : outcome(false, `no group ${groupName}`);
  const ids = byMembers ? group.entity.memberIds : group.entity.ownerIds;
  const list: Element[] = [];
  for (const id of ids) {
    const user = getById(tenant.users, id);
    const nested = user ? undefined : getById(tenant.groups, id);
    const entity = user ?? nested;
    if (entity && matches(entity, where)) list.push({ id, name: entity.displayName, entity });
  }
  return fromList(`the ${byMembers ? 'members' : 'owners'} of the group ${group.entity.displayName}${whereText(where)}`, list);
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
  const found = `there ${size === 1 ? 'is' : 'are'} ${size} ${elements.label.replace(/^the /, '')}`;
  return passed ? outcome(true, found) : outcome(false, `${found}; expected ${expected.join(' and ')}`);
};

/** The id an item names in this tenant, for comparing with a collection's elements. */
function itemId(tenant: Tenant, collection: CollectionRef, item: ItemRef): string | undefined {
  const [kind, key] = Object.entries(item)[0] as [keyof ItemRef, string];
  switch (kind) {
    case 'user':
      return (collection === 'deletedUsers' ? deletedUser(tenant, key) : activeUser(tenant, key))?.id;
    case 'deletedUser':
      return deletedUser(tenant, key)?.id;
    case 'group':
      return groupsNamed(tenant, key)[0]?.id;
    case 'domain':
      return domainNamed(tenant, key)?.id;
    case 'sku':
    case 'subscription':
      return skuByPartNumber(key)?.skuId;
  }
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
  const user = id === undefined ? undefined : getById(tenant.users, id);
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
