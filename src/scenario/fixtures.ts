import { createContosoTenant } from '../tenant/fixtures';
import type { Tenant } from '../tenant/model';

/** The named starting tenants a scenario may begin from. Built once: states are immutable. */
const builders = { contoso: createContosoTenant } as const satisfies Record<string, () => Tenant>;

export type FixtureName = keyof typeof builders;

const built = new Map<FixtureName, Tenant>();

export function fixtureTenant(name: FixtureName): Tenant {
  let tenant = built.get(name);
  if (!tenant) {
    tenant = builders[name]();
    built.set(name, tenant);
  }
  return tenant;
}
