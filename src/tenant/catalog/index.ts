import { builtInRoles } from './roles.generated';
import { skuCatalog } from './skus.generated';
import type { RoleTemplate, SkuDefinition } from './types';

export type * from './types';
export { builtInRoles, skuCatalog };

const rolesById = new Map(builtInRoles.map((role) => [role.id, role]));
const rolesByName = new Map(builtInRoles.map((role) => [role.displayName, role]));
const skusById = new Map(skuCatalog.map((sku) => [sku.skuId, sku]));
const skusByPartNumber = new Map(skuCatalog.map((sku) => [sku.skuPartNumber, sku]));

export function roleTemplateById(id: string): RoleTemplate | undefined {
  return rolesById.get(id);
}

export function roleTemplateByName(displayName: string): RoleTemplate | undefined {
  return rolesByName.get(displayName);
}

export function skuById(skuId: string): SkuDefinition | undefined {
  return skusById.get(skuId);
}

export function skuByPartNumber(skuPartNumber: string): SkuDefinition | undefined {
  return skusByPartNumber.get(skuPartNumber);
}

/** Role template ids the sandbox refers to by name in code. */
export const ROLE = {
  globalAdministrator: '62e90394-69f5-4237-9190-012177145e10',
  globalReader: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
  userAdministrator: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
  helpdeskAdministrator: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  licenseAdministrator: '4d6ac14f-3453-41d0-bef9-a3e0c569773a',
  privilegedRoleAdministrator: 'e8611ab8-c189-46e8-94e1-60213ab1f814',
  groupsAdministrator: 'fdd7a751-b60b-444a-984c-02652fe8fa1c',
  billingAdministrator: 'b0f54661-2d74-4c50-afa3-1ec803f12efe',
} as const;
