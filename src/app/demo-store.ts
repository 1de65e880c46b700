import { CONTOSO_ADMIN_UPN, createContosoTenant, createLargeTenant, findUserByUserPrincipalName, type Tenant } from '../tenant';
import { createTenantStore, type TenantStore } from '../session/tenant-store';

/** The Global Administrator `createLargeTenant` makes. */
const LARGE_ADMIN_UPN = 'admin@fabrikam.onmicrosoft.com';

/**
 * `?tenant=large&users=50000` opens a generated tenant of that many users instead of Contoso,
 * for the Active users benchmark and for trying the lists at scale.
 */
function fixtureFor(search: string): { fixture: Tenant; adminUpn: string } {
  const params = new URLSearchParams(search);
  if (params.get('tenant') !== 'large') return { fixture: createContosoTenant(), adminUpn: CONTOSO_ADMIN_UPN };
  const users = Math.min(200_000, Math.max(1, Number(params.get('users')) || 50_000));
  return { fixture: createLargeTenant(users), adminUpn: LARGE_ADMIN_UPN };
}

/** The default demo tenant, Contoso (or the large tenant the address asks for), signed in as its Global Administrator. */
export function createDemoStore(search = globalThis.location?.search ?? ''): TenantStore {
  const { fixture, adminUpn } = fixtureFor(search);
  const admin = findUserByUserPrincipalName(fixture, adminUpn);
  if (!admin) throw new Error(`The demo tenant has no ${adminUpn}.`);
  return createTenantStore(fixture, admin.id);
}
