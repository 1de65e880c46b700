import type { Tenant } from '../tenant';

export const selectOrganizationName = (tenant: Tenant): string => tenant.organization.displayName;

export const selectNow = (tenant: Tenant): string => tenant.clock.now;
