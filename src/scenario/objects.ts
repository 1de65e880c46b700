import { skuByPartNumber, skuById } from '../tenant/catalog';
import { getById } from '../tenant/collection';
import type { AdministrativeUnit, Domain, Group, OrgContact, SubscribedSku, Tenant, User } from '../tenant/model';
import { administrativeUnitsNamed, contactByMail, deletedGroupsNamed, deletedUser, domainNamed, groupsNamed, guestByEmail, person, subscriptionOf } from './lookup';
import type { ObjectKind, ObjectRef } from './schema';

/** A directory object a check names, found in one state of the tenant. */
export type DirectoryObject = (
  | { readonly kind: 'user' | 'deletedUser' | 'guest'; readonly entity: User }
  | { readonly kind: 'group' | 'deletedGroup'; readonly entity: Group }
  | { readonly kind: 'administrativeUnit'; readonly entity: AdministrativeUnit }
  | { readonly kind: 'contact'; readonly entity: OrgContact }
  | { readonly kind: 'domain'; readonly entity: Domain }
  | { readonly kind: 'subscription'; readonly entity: SubscribedSku }
) & {
  /** Set when the check followed the object that had this name at the start (`{ atStart: … }`). */
  readonly followedFrom?: string;
};

/** A name as a check gives it: the object that has it now, or `{ atStart: name }`, the one that had it at the start. */
export type NameRef = string | { readonly atStart: string };

export function nameText(name: NameRef): string {
  return typeof name === 'string' ? name : name.atStart;
}

export function refKind(ref: ObjectRef): [ObjectKind, string] {
  const [kind, key] = Object.entries(ref)[0] as [ObjectKind, NameRef];
  return [kind, nameText(key)];
}

function refName(ref: ObjectRef): NameRef {
  return Object.values(ref)[0] as NameRef;
}

/** Where an object of each kind may be, active or deleted, so it is found by id whatever became of it. */
function byId(tenant: Tenant, kind: ObjectKind, id: string): DirectoryObject | undefined {
  switch (kind) {
    case 'user':
    case 'deletedUser':
    case 'guest': {
      const active = getById(tenant.directory.users, id);
      if (active) return { kind: kind === 'guest' ? 'guest' : 'user', entity: active };
      const deleted = getById(tenant.directory.deletedUsers, id);
      return deleted ? { kind: 'deletedUser', entity: deleted } : undefined;
    }
    case 'group':
    case 'deletedGroup': {
      const active = getById(tenant.directory.groups, id);
      if (active) return { kind: 'group', entity: active };
      const deleted = getById(tenant.directory.deletedGroups, id);
      return deleted ? { kind: 'deletedGroup', entity: deleted } : undefined;
    }
    case 'administrativeUnit': {
      const unit = getById(tenant.roles.administrativeUnits, id);
      return unit ? { kind, entity: unit } : undefined;
    }
    case 'contact': {
      const contact = getById(tenant.directory.contacts, id);
      return contact ? { kind, entity: contact } : undefined;
    }
    case 'domain': {
      const domain = getById(tenant.domains.domains, id);
      return domain ? { kind, entity: domain } : undefined;
    }
    case 'subscription': {
      const subscription = getById(tenant.licensing.subscribedSkus, id);
      return subscription ? { kind, entity: subscription } : undefined;
    }
  }
}

/** The same object in another state of the tenant (by id), or undefined when it is gone. */
export function sameObjectIn(tenant: Tenant, object: DirectoryObject): DirectoryObject | undefined {
  return byId(tenant, object.kind, object.entity.id);
}

/**
 * Every object the reference matches: none, one, or (for group names, which Entra does not keep
 * unique) several. A name given as `{ atStart: name }` is looked up in `start` and followed by id
 * into `tenant`, renamed, deleted or restored since: the object still gone from `tenant` is not
 * found. Without `start`, it is looked up in `tenant` itself.
 */
export function findObjects(tenant: Tenant, ref: ObjectRef, start?: Tenant): readonly DirectoryObject[] {
  const [kind, key] = refKind(ref);
  const name = refName(ref);
  if (typeof name === 'object' && start && start !== tenant) {
    const atStart = findByName(start, kind, key);
    const alsoDeleted = kind === 'user' ? findByName(start, 'deletedUser', key) : kind === 'group' ? findByName(start, 'deletedGroup', key) : [];
    return [...atStart, ...alsoDeleted].flatMap((object) => {
      const now = byId(tenant, kind, object.entity.id);
      return now ? [{ ...now, followedFrom: key }] : [];
    });
  }
  return findByName(tenant, kind, key);
}

function findByName(tenant: Tenant, kind: ObjectKind, key: string): readonly DirectoryObject[] {
  switch (kind) {
    case 'user':
    case 'deletedUser': {
      const user = kind === 'user' ? person(tenant, key) : deletedUser(tenant, key);
      return user ? [{ kind, entity: user }] : [];
    }
    case 'guest': {
      const guest = guestByEmail(tenant, key);
      return guest ? [{ kind, entity: guest }] : [];
    }
    case 'group':
    case 'deletedGroup':
      return (kind === 'group' ? groupsNamed : deletedGroupsNamed)(tenant, key).map((entity) => ({ kind, entity }));
    case 'administrativeUnit':
      return administrativeUnitsNamed(tenant, key).map((entity) => ({ kind, entity }));
    case 'contact': {
      const contact = contactByMail(tenant, key);
      return contact ? [{ kind, entity: contact }] : [];
    }
    case 'domain': {
      const domain = domainNamed(tenant, key);
      return domain ? [{ kind, entity: domain }] : [];
    }
    case 'subscription': {
      const subscription = subscriptionOf(tenant, key);
      return subscription ? [{ kind, entity: subscription }] : [];
    }
  }
}

export function productName(skuIdOrPartNumber: string): string {
  const sku = skuById(skuIdOrPartNumber) ?? skuByPartNumber(skuIdOrPartNumber);
  return sku?.displayName ?? skuIdOrPartNumber;
}

/** How feedback names an object: "Megan Bowen (MeganB@contoso.com)", "the group Sales"… */
export function describeObject(object: DirectoryObject): string {
  const from = object.followedFrom;
  if (from === undefined) return describeFound(object);
  const entity = object.entity as { readonly userPrincipalName?: string; readonly displayName?: string; readonly id: string };
  const now = entity.userPrincipalName ?? entity.displayName ?? entity.id;
  if (now.toLowerCase() === from.toLowerCase()) return describeFound(object);
  if (entity.userPrincipalName !== undefined && object.kind !== 'guest') {
    return `${entity.displayName} (${entity.userPrincipalName}${object.kind === 'deletedUser' ? ', in Deleted users' : ''}; ${from} at the start)`;
  }
  return `${describeFound(object)} (${from} at the start)`;
}

function describeFound(object: DirectoryObject): string {
  switch (object.kind) {
    case 'user':
      return `${object.entity.displayName} (${object.entity.userPrincipalName})`;
    case 'deletedUser':
      return `${object.entity.displayName} (${object.entity.userPrincipalName}, in Deleted users)`;
    case 'guest':
      return `the guest ${object.entity.displayName} (${object.entity.mail})`;
    case 'group':
      return `the group ${object.entity.displayName}`;
    case 'deletedGroup':
      return `the group ${object.entity.displayName} (in Deleted groups)`;
    case 'administrativeUnit':
      return `the administrative unit ${object.entity.displayName}`;
    case 'contact':
      return `the contact ${object.entity.displayName} (${object.entity.mail})`;
    case 'domain':
      return `the domain ${object.entity.id}`;
    case 'subscription':
      return `the ${productName(object.entity.skuId)} subscription`;
  }
}

/** How feedback names an object that was not found. */
export function describeRef(ref: ObjectRef): string {
  const [kind, key] = refKind(ref);
  if (typeof refName(ref) === 'object') return `${describeRefName(kind, key)} (as named at the start)`;
  return describeRefName(kind, key);
}

function describeRefName(kind: ObjectKind, key: string): string {
  switch (kind) {
    case 'user':
      return `the user ${key}`;
    case 'deletedUser':
      return `the deleted user ${key}`;
    case 'guest':
      return `a guest invited as ${key}`;
    case 'group':
      return `the group ${key}`;
    case 'deletedGroup':
      return `the deleted group ${key}`;
    case 'administrativeUnit':
      return `the administrative unit ${key}`;
    case 'contact':
      return `the contact ${key}`;
    case 'domain':
      return `the domain ${key}`;
    case 'subscription':
      return `a ${productName(key)} subscription`;
  }
}

/** A property of an object by name or `parent.child` path; absent properties read as null. */
export function readProperty(object: DirectoryObject, property: string): unknown {
  let value: unknown = object.entity;
  for (const segment of property.split('.')) {
    value = value !== null && typeof value === 'object' && Object.hasOwn(value, segment) ? (value as Record<string, unknown>)[segment] : null;
  }
  return value ?? null;
}

/** Properties whose values are names the directory compares without case. */
const CASE_INSENSITIVE = new Set(['userPrincipalName', 'mail', 'mailNickname', 'id']);

export function isCaseInsensitive(property: string): boolean {
  return CASE_INSENSITIVE.has(property);
}

/** Renders a value for feedback: text in quotes, everything else as written in a scenario file. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined) return 'not set';
  if (typeof value === 'string') return `'${value}'`;
  if (Array.isArray(value)) return value.length === 0 ? 'empty' : value.map(showValue).join(', ');
  return String(value);
}
