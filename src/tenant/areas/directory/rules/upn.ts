import { createBucketIndex } from '../../../bucket-index';
import { getById } from '../../../collection';
import type { TenantError } from '../../../errors';
import { DIRECTORY_ERRORS } from '../errors';
import type { Tenant, User } from '../../../model';

const ALIAS_CHARACTERS = /^[A-Za-z0-9'._\-!#^~]+$/;

/** Checks a user principal name against Entra's format rules, without looking at the tenant. */
export function upnFormatError(userPrincipalName: string): TenantError | undefined {
  const invalid = DIRECTORY_ERRORS.invalidUserPrincipalName();
  const parts = userPrincipalName.split('@');
  if (parts.length !== 2) return invalid;
  const [alias, domain] = parts as [string, string];
  if (!alias || !domain || userPrincipalName.length > 113 || alias.length > 64 || domain.length > 48) return invalid;
  if (!ALIAS_CHARACTERS.test(alias) || alias.endsWith('.') || alias.startsWith('.')) return invalid;
  if (!/^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$/.test(domain)) return invalid;
  return undefined;
}

export function domainOf(userPrincipalName: string): string {
  return userPrincipalName.slice(userPrincipalName.lastIndexOf('@') + 1).toLowerCase();
}

export function aliasOf(userPrincipalName: string): string {
  return userPrincipalName.slice(0, userPrincipalName.lastIndexOf('@'));
}

/** A UPN's domain must be one of the tenant's verified domains. */
export function unverifiedDomainError(tenant: Tenant, userPrincipalName: string): TenantError | undefined {
  const domain = getById(tenant.domains.domains, domainOf(userPrincipalName));
  if (domain?.isVerified) return undefined;
  return DIRECTORY_ERRORS.unverifiedUpnDomain();
}

const upnOf = (user: User) => [user.userPrincipalName.toLowerCase()];
const activeByUpn = createBucketIndex<User>(upnOf);
const deletedByUpn = createBucketIndex<User>(upnOf);
const activeByMailNickname = createBucketIndex<User>((user) => [user.mailNickname.toLowerCase()]);

/** UPNs are unique across active and soft-deleted users, ignoring case. */
export function findUserByUpn(tenant: Tenant, userPrincipalName: string, includeDeleted = true): User | undefined {
  const wanted = userPrincipalName.toLowerCase();
  return activeByUpn.first(tenant.directory.users, wanted) ?? (includeDeleted ? deletedByUpn.first(tenant.directory.deletedUsers, wanted) : undefined);
}

export function mailNicknameTaken(tenant: Tenant, mailNickname: string, exceptId?: string): boolean {
  return activeByMailNickname.find(tenant.directory.users, mailNickname.toLowerCase()).some((user) => user.id !== exceptId);
}
