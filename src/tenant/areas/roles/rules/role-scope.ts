import { createBucketIndex } from '../../../bucket-index';
import { roleTemplateById, roleTemplateByName } from '../../../catalog';
import { getById } from '../../../collection';
import { notFound, TENANT_ERRORS, type TenantError } from '../../../errors';
import { ROLE_ERRORS } from '../errors';
import type { AdministrativeUnit, Tenant } from '../../../model';

/** The directory scope of a tenant-wide role assignment. */
export const TENANT_SCOPE = '/';

const AU_SCOPE_PREFIX = '/administrativeUnits/';

export function administrativeUnitScope(administrativeUnitId: string): string {
  return AU_SCOPE_PREFIX + administrativeUnitId;
}

/** The administrative unit a directory scope names, or undefined for `/` and anything else. */
export function administrativeUnitIdOf(directoryScopeId: string): string | undefined {
  return directoryScopeId.startsWith(AU_SCOPE_PREFIX) ? directoryScopeId.slice(AU_SCOPE_PREFIX.length) : undefined;
}

/**
 * The built-in roles Entra lets you assign with administrative unit scope (admin-units-assign-roles:
 * "Roles that can be assigned with administrative unit scope"). Roles the catalogue doesn't carry
 * drop out.
 */
const AU_SCOPABLE_ROLE_NAMES = [
  'Authentication Administrator',
  'Cloud Device Administrator',
  'Groups Administrator',
  'Helpdesk Administrator',
  'License Administrator',
  'Password Administrator',
  'Printer Administrator',
  'Privileged Authentication Administrator',
  'SharePoint Administrator',
  'Teams Administrator',
  'Teams Devices Administrator',
  'User Administrator',
] as const;

const auScopableRoleIds: ReadonlySet<string> = new Set(
  AU_SCOPABLE_ROLE_NAMES.flatMap((name) => {
    const role = roleTemplateByName(name);
    return role ? [role.id] : [];
  }),
);

export function canBeScopedToAdministrativeUnit(roleDefinitionId: string): boolean {
  return auScopableRoleIds.has(roleDefinitionId);
}

/**
 * Checks a role and directory scope for an assignment or eligibility: the role must be a built-in
 * role, the scope `/` or an existing administrative unit, and an administrative unit scope only for
 * roles that allow it.
 */
export function roleScopeError(tenant: Tenant, roleDefinitionId: string, directoryScopeId: string): TenantError | undefined {
  const role = roleTemplateById(roleDefinitionId);
  if (!role) return notFound('roleDefinition', roleDefinitionId);
  if (directoryScopeId === TENANT_SCOPE) return undefined;
  const administrativeUnitId = administrativeUnitIdOf(directoryScopeId);
  if (administrativeUnitId === undefined || administrativeUnitId === '') {
    return TENANT_ERRORS.invalidProperty('directoryScopeId', 'RoleAssignment');
  }
  if (!getById(tenant.roles.administrativeUnits, administrativeUnitId)) return notFound('administrativeUnit', administrativeUnitId);
  if (!canBeScopedToAdministrativeUnit(roleDefinitionId)) {
    return ROLE_ERRORS.scopeNotSupported(role.displayName);
  }
  return undefined;
}

const unitsByMember = createBucketIndex<AdministrativeUnit>((unit) => unit.memberIds);

/** The administrative units an object (user or group) is a direct member of. */
export function administrativeUnitsContaining(tenant: Tenant, objectId: string): readonly AdministrativeUnit[] {
  return unitsByMember.find(tenant.roles.administrativeUnits, objectId);
}

