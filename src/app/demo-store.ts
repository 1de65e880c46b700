import { CONTOSO_ADMIN_UPN, createContosoTenant, findUserByUserPrincipalName } from '../tenant';
import { createTenantStore, type TenantStore } from './tenant-store';

/** The default demo tenant, Contoso, signed in as its Global Administrator. */
export function createDemoStore(): TenantStore {
  const fixture = createContosoTenant();
  const admin = findUserByUserPrincipalName(fixture, CONTOSO_ADMIN_UPN);
  if (!admin) throw new Error(`The demo tenant has no ${CONTOSO_ADMIN_UPN}.`);
  return createTenantStore({ fixture }, admin.id);
}
