import type { Actor } from '../../actor';
import { roleTemplateById } from '../../catalog';
import { getById } from '../../collection';
import type { AdministrativeUnit, Tenant } from '../../model';
import { heldRoles, type HeldRole } from './rules/role-holders';
import { administrativeUnitIdOf, administrativeUnitsContaining, TENANT_SCOPE } from './rules/role-scope';

/**
 * An Entra resource action, e.g. `microsoft.directory/users/basic/update`: namespace, entity,
 * optional property set, and action.
 */
export type PermissionAction = string;

/** What a command needs: the action, and the directory object it touches (for scoped roles). */
export interface PermissionRequirement {
  readonly action: PermissionAction;
  readonly targetId?: string;
}

const matcherCache = new Map<string, (required: string) => boolean>();

/**
 * Whether a granted action covers a required one. `allEntities` stands for any entity,
 * `allProperties` for any property set and `allTasks` for any action, as in Entra's role
 * definitions. An entity also covers its subtypes: `deletedItems/restore` covers
 * `deletedItems.users/restore`, and `groups/...` covers `groups.unified/...`.
 */
export function grants(granted: PermissionAction, required: PermissionAction): boolean {
  if (granted === required) return true;
  let matcher = matcherCache.get(granted);
  if (!matcher) {
    matcher = compileGrant(granted);
    matcherCache.set(granted, matcher);
  }
  return matcher(required);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compileGrant(granted: string): (required: string) => boolean {
  let pattern = '^';
  granted.split('/').forEach((segment, index) => {
    if (index === 0) pattern += escapeRegExp(segment);
    else if (segment === 'allEntities') pattern += '/[^/]+';
    else if (segment === 'allProperties') pattern += '(?:/[^/]+)?';
    else if (segment === 'allTasks') pattern += '(?:/[^/]+)+';
    else if (index === 1) pattern += '/' + escapeRegExp(segment) + '(?:\\.[^/]+)?';
    else pattern += '/' + escapeRegExp(segment);
  });
  const regex = new RegExp(pattern + '$');
  return (required) => regex.test(required);
}

/**
 * Whether a directory scope covers a directory object: `/` covers everything, an administrative
 * unit its direct members only. A group in a unit brings the group object into scope, not the
 * group's members.
 */
export function scopeContains(tenant: Tenant, scopeId: string, targetId: string): boolean {
  if (scopeId === TENANT_SCOPE) return true;
  const administrativeUnitId = administrativeUnitIdOf(scopeId);
  return administrativeUnitId !== undefined && administrativeUnitsContaining(tenant, targetId).some((unit) => unit.id === administrativeUnitId);
}

/**
 * The role definition ids a user holds now (standing assignments, their own or through role-
 * assignable groups, and PIM activations) at a scope that covers the target; without a target,
 * tenant-wide roles only, since administrative-unit roles don't reach tenant-wide settings.
 */
export function activeRoleIds(tenant: Tenant, userId: string, targetId?: string): string[] {
  const roles: string[] = [];
  for (const role of heldRoles(tenant, userId)) {
    if (role.directoryScopeId === TENANT_SCOPE || (targetId !== undefined && scopeContains(tenant, role.directoryScopeId, targetId))) {
      roles.push(role.roleDefinitionId);
    }
  }
  return roles;
}

const roleGrantCache = new Map<string, Map<PermissionAction, boolean>>();

function roleGrants(roleDefinitionId: string, action: PermissionAction): boolean {
  let byAction = roleGrantCache.get(roleDefinitionId);
  if (!byAction) {
    byAction = new Map();
    roleGrantCache.set(roleDefinitionId, byAction);
  }
  let granted = byAction.get(action);
  if (granted === undefined) {
    granted = roleTemplateById(roleDefinitionId)?.allowedResourceActions.some((allowed) => grants(allowed, action)) ?? false;
    byAction.set(action, granted);
  }
  return granted;
}

function isReadAction(action: PermissionAction): boolean {
  return action.endsWith('/read');
}

/**
 * Actions an administrative-unit-scoped admin may take only on members who hold no admin role
 * (admin-units-assign-roles: passwords and authentication methods, sensitive properties, delete
 * and restore).
 */
const ADMIN_PROTECTED_ACTIONS = [
  'microsoft.directory/users/password/update',
  'microsoft.directory/users/authenticationMethods/',
  'microsoft.directory/users/invalidateAllRefreshTokens',
  'microsoft.directory/users/delete',
  'microsoft.directory/users/restore',
  'microsoft.directory/deletedItems.users/restore',
];

function isAdminProtected(action: PermissionAction): boolean {
  return ADMIN_PROTECTED_ACTIONS.some((protectedAction) => action === protectedAction || (protectedAction.endsWith('/') && action.startsWith(protectedAction)));
}

/**
 * Whether a held role reaches the target. Members of a restricted management administrative unit
 * can be changed only through roles scoped to a restricted unit they belong to: tenant-wide roles,
 * Global Administrator included, and roles over ordinary units don't reach them
 * (admin-units-restricted-management). Reading is never restricted.
 */
function reaches(tenant: Tenant, role: HeldRole, targetId: string | undefined, restrictedUnits: readonly AdministrativeUnit[]): boolean {
  if (restrictedUnits.length > 0) {
    const administrativeUnitId = administrativeUnitIdOf(role.directoryScopeId);
    return restrictedUnits.some((unit) => unit.id === administrativeUnitId);
  }
  if (role.directoryScopeId === TENANT_SCOPE) return true;
  return targetId !== undefined && scopeContains(tenant, role.directoryScopeId, targetId);
}

export function isAuthorized(tenant: Tenant, actor: Actor, requirement: PermissionRequirement): boolean {
  if (actor.kind === 'system') return true;
  const admin = getById(tenant.directory.users, actor.userId);
  if (!admin || !admin.accountEnabled) return false;
  const held = heldRoles(tenant, actor.userId);
  if (held.length === 0) return false;
  const { action, targetId } = requirement;
  const restrictedUnits =
    targetId !== undefined && !isReadAction(action)
      ? administrativeUnitsContaining(tenant, targetId).filter((unit) => unit.isMemberManagementRestricted)
      : [];
  let targetIsAdmin: boolean | undefined;
  for (const role of held) {
    if (!roleGrants(role.roleDefinitionId, action) || !reaches(tenant, role, targetId, restrictedUnits)) continue;
    if (role.directoryScopeId !== TENANT_SCOPE && targetId !== undefined && isAdminProtected(action)) {
      targetIsAdmin ??= getById(tenant.directory.users, targetId) !== undefined && heldRoles(tenant, targetId).length > 0;
      if (targetIsAdmin) continue;
    }
    return true;
  }
  return false;
}
