import type { TenantPort } from '../../../graph';
import { getById, toArray, type Tenant } from '../../../tenant';
import { PSDateTime } from '../../../console/runtime/values';
import type { ConsoleIdentity } from '../../../console/session/services';
import type { TenantStore } from '../../../session/tenant-store';

/** The page's tenant as the Graph emulation's port: reads the store, writes through its one command path. */
export function storePort(store: TenantStore): TenantPort {
  return {
    getTenant: () => store.getTenant(),
    getSignedInUserId: () => store.getSignedInUserId(),
    send: (command, app) => store.send(command, app),
  };
}

/** Who Connect-MgGraph signs in as: the admin signed in to the portal. */
export function identityOf(tenant: Tenant, userId: string): ConsoleIdentity {
  const userPrincipalName = getById(tenant.directory.users, userId)?.userPrincipalName ?? '';
  return {
    userPrincipalName,
    tenantId: tenant.organization.id,
    domains: toArray(tenant.domains.domains).map((domain) => domain.id),
    alias: userPrincipalName.split('@')[0] || 'user',
  };
}

export function clockOf(tenant: Tenant): PSDateTime {
  return new PSDateTime(Date.parse(tenant.clock.now));
}
