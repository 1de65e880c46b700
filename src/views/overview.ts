import { defaultDomain, type Tenant } from '../tenant';

export interface TenantOverview {
  readonly name: string;
  readonly tenantId: string;
  readonly primaryDomain: string;
  readonly users: number;
  readonly groups: number;
}

/** The Entra admin center's "Basic information" about the tenant. */
export function selectTenantOverview(tenant: Tenant): TenantOverview {
  return {
    name: tenant.organization.displayName,
    tenantId: tenant.organization.id,
    primaryDomain: defaultDomain(tenant)?.id ?? '',
    users: tenant.directory.users.size,
    groups: tenant.directory.groups.size,
  };
}
