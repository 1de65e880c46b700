import { createBucketIndex, type BucketIndex } from './bucket-index';
import { skuByPartNumber } from './catalog';
import { entities, getById, type Collection } from './collection';
import type { AdministrativeUnit, Domain, Group, OrgContact, SubscribedSku, Tenant, User } from './model';

/**
 * Reads by name rather than id, for checks and solution references. Each goes through an index
 * kept outside the state (see bucket-index.ts), so grading a 50,000-user tenant never scans it
 * per check: after the first grade only the buckets an attempt changed are re-indexed.
 *
 * Grading reads two versions of a collection in turn, the start and the final state, and a bucket
 * index re-keys every changed bucket whenever it switches version. So each index here keeps a
 * few versions side by side, each following the states it was last asked about.
 */
const VERSIONS = 3;

function versionedIndex<T extends { readonly id: string }>(keysOf: (entity: T) => readonly string[]): BucketIndex<T> {
  const versions = Array.from({ length: VERSIONS }, () => ({ index: createBucketIndex(keysOf), buckets: null as Collection<T>['buckets'] | null, used: 0 }));
  let clock = 0;
  const versionFor = (collection: Collection<T>) => {
    // Otherwise the least recently used version moves on to this collection: most likely an
    // earlier state of the same attempt, so few buckets differ.
    const chosen =
      versions.find((version) => version.buckets === collection.buckets) ??
      versions.reduce((oldest, version) => (version.used < oldest.used ? version : oldest));
    chosen.buckets = collection.buckets;
    chosen.used = ++clock;
    return chosen.index;
  };
  return {
    find: (collection, key) => versionFor(collection).find(collection, key),
    first: (collection, key) => versionFor(collection).first(collection, key),
  };
}

const activeByUpn = versionedIndex<User>((user) => [user.userPrincipalName.toLowerCase()]);
const deletedByUpn = versionedIndex<User>((user) => [user.userPrincipalName.toLowerCase()]);
const usersByMail = versionedIndex<User>((user) => (user.mail ? [user.mail.toLowerCase()] : []));
const groupsByName = versionedIndex<Group>((group) => [group.displayName.toLowerCase()]);
const deletedGroupsByName = versionedIndex<Group>((group) => [group.displayName.toLowerCase()]);
const groupsByMember = versionedIndex<Group>((group) => group.memberIds);
const groupsByOwner = versionedIndex<Group>((group) => group.ownerIds);
const unitsByName = versionedIndex<AdministrativeUnit>((unit) => [unit.displayName.toLowerCase()]);
const contactsByMail = versionedIndex<OrgContact>((contact) => [contact.mail.toLowerCase()]);

export function activeUser(tenant: Tenant, userPrincipalName: string): User | undefined {
  return activeByUpn.first(tenant.directory.users, userPrincipalName.toLowerCase());
}

export function deletedUser(tenant: Tenant, userPrincipalName: string): User | undefined {
  return deletedByUpn.first(tenant.directory.deletedUsers, userPrincipalName.toLowerCase());
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
  return usersByMail.find(tenant.directory.users, email.toLowerCase()).find((user) => user.userType === 'Guest');
}

/** Groups by display name, ignoring case. Names are not unique in Entra, so this is a list. */
export function groupsNamed(tenant: Tenant, displayName: string): readonly Group[] {
  return groupsByName.find(tenant.directory.groups, displayName.toLowerCase());
}

export function deletedGroupsNamed(tenant: Tenant, displayName: string): readonly Group[] {
  return deletedGroupsByName.find(tenant.directory.deletedGroups, displayName.toLowerCase());
}

export function administrativeUnitsNamed(tenant: Tenant, displayName: string): readonly AdministrativeUnit[] {
  return unitsByName.find(tenant.roles.administrativeUnits, displayName.toLowerCase());
}

export function contactByMail(tenant: Tenant, mail: string): OrgContact | undefined {
  return contactsByMail.first(tenant.directory.contacts, mail.toLowerCase());
}

export function groupsWithMember(tenant: Tenant, id: string): readonly Group[] {
  return groupsByMember.find(tenant.directory.groups, id);
}

export function groupsWithOwner(tenant: Tenant, id: string): readonly Group[] {
  return groupsByOwner.find(tenant.directory.groups, id);
}

/** Domain ids are their names; compare without case, as DNS does. */
export function domainNamed(tenant: Tenant, name: string): Domain | undefined {
  return getById(tenant.domains.domains, name) ?? getById(tenant.domains.domains, name.toLowerCase()) ?? findDomain(tenant, name.toLowerCase());
}

function findDomain(tenant: Tenant, lowerName: string): Domain | undefined {
  for (const domain of entities(tenant.domains.domains)) if (domain.id.toLowerCase() === lowerName) return domain;
  return undefined;
}

export function subscriptionOf(tenant: Tenant, skuPartNumber: string): SubscribedSku | undefined {
  const sku = skuByPartNumber(skuPartNumber);
  if (!sku) return undefined;
  for (const subscription of entities(tenant.licensing.subscribedSkus)) if (subscription.skuId === sku.skuId) return subscription;
  return undefined;
}
