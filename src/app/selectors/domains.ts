import { entities, type Domain, type Tenant } from '../../tenant';

/** Domains as the lists show them: the default first, then by name. */
export function selectDomains(tenant: Tenant): Domain[] {
  return [...entities(tenant.domains)].sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.id.localeCompare(b.id));
}
