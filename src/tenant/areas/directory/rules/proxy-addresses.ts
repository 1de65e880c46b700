import { createBucketIndex } from '../../../bucket-index';
import type { Group, OrgContact, Tenant, User } from '../../../model';

/**
 * Email addresses are unique across the directory's active mail-enabled objects: no two users,
 * groups or contacts may share an SMTP proxy address (or `mail`). Soft-deleted users do not hold
 * theirs, which is why restoring one can meet a conflict.
 */

const SMTP_PREFIX = /^smtp:/i;

/** The lower-case address an SMTP proxy address or mail value stands for; other address types give undefined. */
export function addressKey(address: string): string | undefined {
  if (SMTP_PREFIX.test(address)) return address.slice(5).toLowerCase();
  return address.includes(':') ? undefined : address.toLowerCase();
}

function addressKeysOf(entity: { readonly mail: string | null; readonly proxyAddresses: readonly string[] }): string[] {
  const keys = new Set<string>();
  if (entity.mail) keys.add(entity.mail.toLowerCase());
  for (const proxy of entity.proxyAddresses) {
    const key = addressKey(proxy);
    if (key) keys.add(key);
  }
  return [...keys];
}

const usersByAddress = createBucketIndex<User>(addressKeysOf);
const contactsByAddress = createBucketIndex<OrgContact>(addressKeysOf);
const groupsByAddress = createBucketIndex<Group>((group) => (group.mail ? [group.mail.toLowerCase()] : []));

export type AddressOwner =
  | { readonly kind: 'user'; readonly user: User }
  | { readonly kind: 'contact'; readonly contact: OrgContact }
  | { readonly kind: 'group'; readonly group: Group };

/** The active object that holds `address`, other than `exceptId`. Query committed states only. */
export function addressOwner(tenant: Tenant, address: string, exceptId?: string): AddressOwner | undefined {
  const key = addressKey(address);
  if (!key) return undefined;
  const user = usersByAddress.find(tenant.directory.users, key).find((candidate) => candidate.id !== exceptId);
  if (user) return { kind: 'user', user };
  const contact = contactsByAddress.find(tenant.directory.contacts, key).find((candidate) => candidate.id !== exceptId);
  if (contact) return { kind: 'contact', contact };
  const group = groupsByAddress.find(tenant.directory.groups, key).find((candidate) => candidate.id !== exceptId);
  return group ? { kind: 'group', group } : undefined;
}

/** The address behind the `SMTP:` (primary) entry, if there is one. */
export function primaryAddress(proxyAddresses: readonly string[]): string | undefined {
  const primary = proxyAddresses.find((proxy) => proxy.startsWith('SMTP:'));
  return primary?.slice(5);
}

/**
 * Makes `address` the primary SMTP address, keeping the previous primary (or `previous`, when
 * there was none) as a secondary `smtp:` address, as the admin center does when a username or
 * primary email address changes.
 */
export function withPrimaryAddress(proxyAddresses: readonly string[], address: string, previous: string | null): string[] {
  const key = address.toLowerCase();
  const secondaries = proxyAddresses
    .filter((proxy) => addressKey(proxy) !== key)
    .map((proxy) => (proxy.startsWith('SMTP:') ? `smtp:${proxy.slice(5)}` : proxy));
  if (previous && previous.toLowerCase() !== key && !secondaries.some((proxy) => addressKey(proxy) === previous.toLowerCase())) {
    secondaries.unshift(`smtp:${previous}`);
  }
  return [`SMTP:${address}`, ...secondaries];
}
