import { skuByPartNumber, skuById } from '../tenant/catalog';
import type { AdministrativeUnit, Domain, Group, OrgContact, SubscribedSku, Tenant, User } from '../tenant/model';
import { administrativeUnitsNamed, contactByMail, deletedGroupsNamed, deletedUser, domainNamed, groupsNamed, guestByEmail, person, subscriptionOf } from './lookup';
import type { ObjectKind, ObjectRef } from './schema';

/** A directory object a check names, found in one state of the tenant. */
export type DirectoryObject =
  | { readonly kind: 'user' | 'deletedUser' | 'guest'; readonly entity: User }
  | { readonly kind: 'group' | 'deletedGroup'; readonly entity: Group }
  | { readonly kind: 'administrativeUnit'; readonly entity: AdministrativeUnit }
  | { readonly kind: 'contact'; readonly entity: OrgContact }
  | { readonly kind: 'domain'; readonly entity: Domain }
  | { readonly kind: 'subscription'; readonly entity: SubscribedSku };

export function refKind(ref: ObjectRef): [ObjectKind, string] {
  const [kind, key] = Object.entries(ref)[0] as [ObjectKind, string];
  return [kind, key];
}

/** Every object the reference matches: none, one, or (for group names, which Entra does not keep unique) several. */
export function findObjects(tenant: Tenant, ref: ObjectRef): readonly DirectoryObject[] {
  const [kind, key] = refKind(ref);
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
