import type { ClientApp, DispatchResult, Tenant, TenantCommand } from '../tenant';
import type { TenantActorHandle, TenantStore } from './tenant-store';

export interface SignedInStoreOptions {
  readonly tenant: TenantActorHandle;
  /** The admin an attempt starts signed in as. */
  readonly userId: string;
  /** Set for a scenario, which signs the learner in as its admin and grades what that admin does. */
  readonly scenarioAdmin: string | null;
  readonly send: (command: TenantCommand, userId: string, app?: ClientApp) => DispatchResult;
}

/**
 * The attempt's tenant as the surfaces see it: the actor's tenant, the admin signed in (part of
 * what the pages read, so switching accounts notifies them) and `send` as that admin.
 */
export function signedInStore(options: SignedInStoreOptions): TenantStore {
  let userId = options.userId;
  const accountListeners = new Set<() => void>();
  const { tenant, scenarioAdmin } = options;
  return {
    getSignedInUserId: () => userId,
    ...(scenarioAdmin !== null ? { accountSwitchRefusal: `This scenario signs you in as ${scenarioAdmin}, and grades what that admin does. Switch accounts in free play.` } : {}),
    signInAs: (next) => {
      // A scenario signs the learner in as one admin, and grading replays the log as that admin.
      if (scenarioAdmin !== null) return;
      userId = next;
      for (const listener of accountListeners) listener();
    },
    subscribe: (listener) => {
      const stop = tenant.subscribe(listener);
      accountListeners.add(listener);
      return () => {
        stop();
        accountListeners.delete(listener);
      };
    },
    getTenant: (): Tenant => tenant.getTenant(),
    send: (command, app) => options.send(command, userId, app),
    fastForward: (duration) => options.send({ type: 'clock.advance', duration }, userId),
  };
}
