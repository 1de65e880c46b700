import type { GraphContext } from './context';
import type { GraphMethod, GraphResponse } from './contract';

/** One delegated permission, or several that must all be consented (`AuditLog.Read.All` and `Directory.Read.All`). */
export type ScopeRequirement = string | readonly string[];

/**
 * One operation of the API: its method and path (`users/{user-id}/memberOf`), the delegated
 * permissions that allow it, least privileged first as Graph's permission tables list them, and
 * what it does. Any one listed requirement is enough.
 */
export interface Route {
  readonly method: GraphMethod;
  readonly path: string;
  readonly scopes: readonly ScopeRequirement[];
  /**
   * A directory action the signed-in admin's roles must grant, for reads only some admins may
   * make (the audit log). Writes need none here: the tenant's command checks the admin's roles.
   */
  readonly roleAction?: string;
  readonly handle: (context: GraphContext) => GraphResponse;
}

export function route(method: GraphMethod, path: string, scopes: readonly ScopeRequirement[], handle: Route['handle'], roleAction?: string): Route {
  return roleAction === undefined ? { method, path, scopes, handle } : { method, path, scopes, handle, roleAction };
}
