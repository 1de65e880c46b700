import { createActor, type Actor as XStateActor } from 'xstate';
import { signedInThrough, tenantMachine, type Actor, type ClientApp, type Command, type DispatchResult, type Tenant, type TenantMachineInput } from '../tenant';

export type TenantActor = XStateActor<typeof tenantMachine>;

/**
 * The page's tenant: the XState tenant actor plus the admin the learner is signed in as. Pages
 * read through `useTenant(selector)` and write only through `send`.
 */
export interface TenantStore {
  readonly actor: TenantActor;
  getSignedInUserId(): string;
  signInAs(userId: string): void;
  /** Why the learner can't switch admin accounts here (a scenario signs them in as its admin), or undefined. */
  readonly accountSwitchRefusal?: string;
  subscribe(listener: () => void): () => void;
  getTenant(): Tenant;
  /** Sends one command as the signed-in admin (through a client app, for Graph calls) and returns what the tenant answered. */
  send(command: Command, app?: ClientApp): DispatchResult;
  fastForward(duration: string): DispatchResult;
}

export function createTenantStore(input: TenantMachineInput, signedInUserId: string): TenantStore {
  const actor = createActor(tenantMachine, { input }).start();
  let userId = signedInUserId;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  actor.subscribe(notify);
  const signedIn = (): Actor => ({ kind: 'user', userId });
  const lastResult = (): DispatchResult => {
    const result = actor.getSnapshot().context.lastResult;
    if (!result) throw new Error('The tenant actor did not answer.');
    return result;
  };
  return {
    actor,
    getSignedInUserId: () => userId,
    signInAs(next) {
      userId = next;
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getTenant: () => actor.getSnapshot().context.tenant,
    send(command, app) {
      actor.send({ type: 'tenant.command', command, actor: app ? signedInThrough(userId, app) : signedIn() });
      return lastResult();
    },
    fastForward(duration) {
      actor.send({ type: 'clock.fastForward', duration, actor: signedIn() });
      return lastResult();
    },
  };
}

/**
 * A memoised snapshot of one slice: the selector runs again only when the tenant changes, and an
 * equal result keeps the previous value, so a page re-renders only when its slice changes.
 */
export function sliceSnapshot<T>(
  store: TenantStore,
  selector: (tenant: Tenant) => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): () => T {
  let last: { tenant: Tenant; value: T } | undefined;
  return () => {
    const tenant = store.getTenant();
    if (last?.tenant === tenant) return last.value;
    const value = selector(tenant);
    last = { tenant, value: last && isEqual(last.value, value) ? last.value : value };
    return last.value;
  };
}
