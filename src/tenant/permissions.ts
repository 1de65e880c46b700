import type { Actor } from './actor';
import { entities, getById } from './collection';
import type { Tenant } from './model';
import { roleTemplateById } from './catalog';

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

/** The role definition ids an actor holds at a scope that covers the target. */
export function activeRoleIds(tenant: Tenant, userId: string, targetId?: string): string[] {
  const roles: string[] = [];
  for (const assignment of entities(tenant.roleAssignments)) {
    if (assignment.principalId !== userId) continue;
    if (assignment.directoryScopeId === '/' || (targetId !== undefined && scopeContains(tenant, assignment.directoryScopeId, targetId))) {
      roles.push(assignment.roleDefinitionId);
    }
  }
  return roles;
}

/** Administrative-unit scopes arrive with administrative units; until then only `/` covers anything. */
function scopeContains(_tenant: Tenant, _scopeId: string, _targetId: string): boolean {
  return false;
}

export function isAuthorized(tenant: Tenant, actor: Actor, requirement: PermissionRequirement): boolean {
  if (actor.kind === 'system') return true;
  const admin = getById(tenant.users, actor.userId);
  if (!admin || !admin.accountEnabled) return false;
  for (const roleId of activeRoleIds(tenant, actor.userId, requirement.targetId)) {
    const role = roleTemplateById(roleId);
    if (role?.allowedResourceActions.some((granted) => grants(granted, requirement.action))) return true;
  }
  return false;
}
