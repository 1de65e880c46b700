import { dispatch, signedInAs, signedInThrough, type ClientApp, type Tenant } from '../tenant';
import type { TenantPort } from './contract';

export interface MemoryTenantPort extends TenantPort {
  /** Signs in as another admin of the tenant. */
  signInAs(userId: string): void;
}

/**
 * A TenantPort over a plain tenant held in memory, for tests and tools in Node: commands are
 * dispatched as the signed-in admin, through the calling app, and the port keeps the result.
 */
export function memoryTenantPort(tenant: Tenant, signedInUserId: string): MemoryTenantPort {
  let current = tenant;
  let userId = signedInUserId;
  return {
    getTenant: () => current,
    getSignedInUserId: () => userId,
    signInAs(next) {
      userId = next;
    },
    send(command, app?: ClientApp) {
      const actor = app ? signedInThrough(userId, app) : signedInAs(userId);
      const result = dispatch(current, command, actor);
      if (result.ok) current = result.tenant;
      return result;
    },
  };
}
