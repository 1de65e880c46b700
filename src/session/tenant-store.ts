import { createActor, type Actor as XStateActor } from 'xstate';
import { signedInAs, signedInThrough, tenantMachine, type ClientApp, type TenantCommand, type DispatchResult, type LogEntry, type Tenant } from '../tenant';

export type TenantActor = XStateActor<typeof tenantMachine>;

/**
 * A tenant as the surfaces see it (the pages, and later the console and Graph): the tenant actor
 * that owns it plus the admin signed in. Surfaces read `getTenant()` and write only through `send`.
 */
export interface TenantStore {
  getSignedInUserId(): string;
  signInAs(userId: string): void;
  /** Why the learner can't switch admin accounts here (a scenario signs them in as its admin), or undefined. */
  readonly accountSwitchRefusal?: string;
  subscribe(listener: () => void): () => void;
  getTenant(): Tenant;
  /** Sends one command as the signed-in admin (through a client app, for Graph calls) and returns what the tenant answered. */
  send(command: TenantCommand, app?: ClientApp): DispatchResult;
  fastForward(duration: string): DispatchResult;
}

/** The tenant actor with its answers read back synchronously: XState applies an event before `send` returns. */
export class TenantActorHandle {
  readonly actor: TenantActor;

  constructor(tenant: Tenant) {
    this.actor = createActor(tenantMachine, { input: { tenant } }).start();
  }

  getTenant(): Tenant {
    return this.actor.getSnapshot().context.tenant;
  }

  subscribe(listener: () => void): () => void {
    const subscription = this.actor.subscribe(listener);
    return () => subscription.unsubscribe();
  }

  /** Applies one entry, as a learner's command or a fast-forward, and returns the tenant's answer. */
  apply(entry: LogEntry): DispatchResult {
    const { command, actor } = entry;
    if (command.type === 'clock.advance') this.actor.send({ type: 'clock.fastForward', duration: command.duration, actor });
    else this.actor.send({ type: 'tenant.command', command, actor });
    const result = this.actor.getSnapshot().context.lastResult;
    if (!result) throw new Error('The tenant actor did not answer.');
    return result;
  }

  /** Applies commands logged elsewhere, in order, on `base` or on the tenant as it is. */
  replay(entries: readonly LogEntry[], base?: Tenant): void {
    this.actor.send({ type: 'tenant.replay', entries, ...(base ? { base } : {}) });
  }

  restore(tenant: Tenant): void {
    this.actor.send({ type: 'tenant.restore', tenant });
  }

  stop(): void {
    this.actor.stop();
  }
}

/** A tenant of its own, not logged anywhere: for tests and tools that want a surface over a fixture. */
export function createTenantStore(tenant: Tenant, signedInUserId: string): TenantStore {
  const handle = new TenantActorHandle(tenant);
  let userId = signedInUserId;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  handle.subscribe(notify);
  return {
    getSignedInUserId: () => userId,
    signInAs(next) {
      userId = next;
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getTenant: () => handle.getTenant(),
    send: (command, app) => handle.apply({ command, actor: app ? signedInThrough(userId, app) : signedInAs(userId) }),
    fastForward: (duration) => handle.apply({ command: { type: 'clock.advance', duration }, actor: signedInAs(userId) }),
  };
}
