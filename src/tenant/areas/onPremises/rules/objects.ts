import { getById } from '../../../collection';
import { notFound, type TenantError } from '../../../errors';
import type { Tenant } from '../../../model';
import type { Container, OnPremisesComputer, OnPremisesGroup, OnPremisesUser } from '../model/objects';

export type OnPremisesObject =
  | { readonly objectClass: 'user'; readonly object: OnPremisesUser }
  | { readonly objectClass: 'group'; readonly object: OnPremisesGroup }
  | { readonly objectClass: 'computer'; readonly object: OnPremisesComputer }
  | { readonly objectClass: 'organizationalUnit'; readonly object: Container };

/** Any object by objectGUID. */
export function onPremisesObject(tenant: Tenant, id: string): OnPremisesObject | undefined {
  const onPremises = tenant.onPremises;
  const user = getById(onPremises.users, id);
  if (user) return { objectClass: 'user', object: user };
  const group = getById(onPremises.groups, id);
  if (group) return { objectClass: 'group', object: group };
  const computer = getById(onPremises.computers, id);
  if (computer) return { objectClass: 'computer', object: computer };
  const container = getById(onPremises.containers, id);
  return container ? { objectClass: 'organizationalUnit', object: container } : undefined;
}

export function existingContainer(tenant: Tenant, id: unknown, target = 'parentId'): Container | TenantError {
  return (typeof id === 'string' ? getById(tenant.onPremises.containers, id) : undefined) ?? notFound(target, String(id));
}

export function existingUser(tenant: Tenant, id: unknown): OnPremisesUser | TenantError {
  return (typeof id === 'string' ? getById(tenant.onPremises.users, id) : undefined) ?? notFound('userId', String(id));
}

export function existingGroup(tenant: Tenant, id: unknown): OnPremisesGroup | TenantError {
  return (typeof id === 'string' ? getById(tenant.onPremises.groups, id) : undefined) ?? notFound('groupId', String(id));
}

export function isError(value: object): value is TenantError {
  return 'code' in value && 'graphCode' in value;
}

/** `smtp:`/`SMTP:` addresses are case-insensitive; other prefixes (X500, SIP) are kept as given. */
export function smtpAddresses(proxyAddresses: readonly string[]): string[] {
  return proxyAddresses.filter((proxy) => /^smtp:/i.test(proxy)).map((proxy) => proxy.slice(5).toLowerCase());
}
