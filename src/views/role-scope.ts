import { administrativeUnitIdOf, getById, roleTemplateById, TENANT_SCOPE, type Tenant } from '../tenant';

export function roleName(roleDefinitionId: string): string {
  return roleTemplateById(roleDefinitionId)?.displayName ?? roleDefinitionId;
}

/** Appends the administrative unit a role is scoped to, e.g. "Helpdesk Administrator (Paris)". */
export function withScope(tenant: Tenant, label: string, directoryScopeId: string): string {
  if (directoryScopeId === TENANT_SCOPE) return label;
  const unitId = administrativeUnitIdOf(directoryScopeId) ?? directoryScopeId;
  return `${label} (${getById(tenant.roles.administrativeUnits, unitId)?.displayName ?? unitId})`;
}
