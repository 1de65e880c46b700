import { createBucketIndex } from '../tenant/bucket-index';
import { skuByPartNumber } from '../tenant/catalog';
import { entities, getById } from '../tenant/collection';
import type { AdministrativeUnit, Domain, Group, OrgContact, SubscribedSku, Tenant, User } from '../tenant/model';
import { findUserByUpn } from '../tenant/rules/upn';

/**
 * Reads by name rather than id, for checks and solution references. Each goes through an index
 * kept outside the state (see bucket-index.ts), so grading a 50,000-user tenant never scans it
 * per check: after the first grade only the buckets an attempt changed are re-indexed.
 */
const deletedByUpn = createBucketIndex<User>((user) => [user.userPrincipalName.toLowerCase()]);
const usersByMail = createBucketIndex<User>((user) => (user.mail ? [user.mail.toLowerCase()] : []));
const groupsByName = createBucketIndex<Group>((group) => [group.displayName.toLowerCase()]);
const deletedGroupsByName = createBucketIndex<Group>((group) => [group.displayName.toLowerCase()]);
const unitsByName = createBucketIndex<AdministrativeUnit>((unit) => [unit.displayName.toLowerCase()]);
const contactsByMail = createBucketIndex<OrgContact>((contact) => [contact.mail.toLowerCase()]);
const groupsByMember = createBucketIndex<Group>((group) => group.memberIds);
const groupsByOwner = createBucketIndex<Group>((group) => group.ownerIds);

export function activeUser(tenant: Tenant, userPrincipalName: string): User | undefined {
  return findUserByUpn(tenant, userPrincipalName, false);
}

export function deletedUser(tenant: Tenant, userPrincipalName: string): User | undefined {
  return deletedByUpn.first(tenant.deletedUsers, userPrincipalName.toLowerCase());
}

/** An active user by UPN or, for guests, by the address they were invited with. */
export function person(tenant: Tenant, userPrincipalNameOrEmail: string): User | undefined {
  return activeUser(tenant, userPrincipalNameOrEmail) ?? guestByEmail(tenant, userPrincipalNameOrEmail);
}

/** Active first, then Deleted users: what a solution step such as user.restore refers to. */
export function anyUser(tenant: Tenant, userPrincipalName: string): User | undefined {
  return person(tenant, userPrincipalName) ?? deletedUser(tenant, userPrincipalName);
}

/** A guest by the address they were invited with: their UPN is derived from it, their mail is it. */
export function guestByEmail(tenant: Tenant, email: string): User | undefined {
  return usersByMail.find(tenant.users, email.toLowerCase()).find((user) => user.userType === 'Guest');
}

/** Groups by display name, ignoring case. Names are not unique in Entra, so this is a list. */
export function groupsNamed(tenant: Tenant, displayName: string): readonly Group[] {
  return groupsByName.find(tenant.groups, displayName.toLowerCase());
}

export function deletedGroupsNamed(tenant: Tenant, displayName: string): readonly Group[] {
  return deletedGroupsByName.find(tenant.deletedGroups, displayName.toLowerCase());
}

export function administrativeUnitsNamed(tenant: Tenant, displayName: string): readonly AdministrativeUnit[] {
  return unitsByName.find(tenant.administrativeUnits, displayName.toLowerCase());
}

export function contactByMail(tenant: Tenant, mail: string): OrgContact | undefined {
  return contactsByMail.first(tenant.contacts, mail.toLowerCase());
}

export function groupsWithMember(tenant: Tenant, id: string): readonly Group[] {
  return groupsByMember.find(tenant.groups, id);
}

export function groupsWithOwner(tenant: Tenant, id: string): readonly Group[] {
  return groupsByOwner.find(tenant.groups, id);
}

/** Domain ids are their names; compare without case, as DNS does. */
export function domainNamed(tenant: Tenant, name: string): Domain | undefined {
  return getById(tenant.domains, name) ?? getById(tenant.domains, name.toLowerCase()) ?? findDomain(tenant, name.toLowerCase());
}

function findDomain(tenant: Tenant, lowerName: string): Domain | undefined {
  for (const domain of entities(tenant.domains)) if (domain.id.toLowerCase() === lowerName) return domain;
  return undefined;
}

export function subscriptionOf(tenant: Tenant, skuPartNumber: string): SubscribedSku | undefined {
  const sku = skuByPartNumber(skuPartNumber);
  if (!sku) return undefined;
  for (const subscription of entities(tenant.subscribedSkus)) if (subscription.skuId === sku.skuId) return subscription;
  return undefined;
}

const propertyIndexes = new Map<string, ReturnType<typeof createBucketIndex<User>>>();

/**
 * Users whose property has this value (compared as text, ignoring case), through one index per
 * property, built on first use: a count over a department costs one probe, not a scan.
 */
export function usersWhere(tenant: Tenant, property: string, value: string | number | boolean | null): readonly User[] {
  let index = propertyIndexes.get(property);
  if (!index) {
    index = createBucketIndex<User>((user) => [keyOf((user as unknown as Record<string, unknown>)[property])]);
    propertyIndexes.set(property, index);
  }
  return index.find(tenant.users, keyOf(value));
}

function keyOf(value: unknown): string {
  return value === null || value === undefined ? '\u0000' : String(value).toLowerCase();
}
