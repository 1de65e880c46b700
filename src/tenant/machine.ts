import { assign, setup } from 'xstate';
import type { Actor } from './actor';
import { dispatch, type DispatchResult } from './dispatch';
import type { TenantCommand } from './gesture';
import type { Tenant } from './model';
import { replay, type LogEntry } from './replay';

export interface TenantMachineInput {
  /** The tenant the actor starts from: a fixture, or a state rebuilt from a snapshot and a log. */
  readonly tenant: Tenant;
}

export interface TenantMachineContext {
  readonly tenant: Tenant;
  /** What the tenant answered the last command sent to this actor. */
  readonly lastResult: DispatchResult | null;
}

export type TenantMachineEvent =
  /** A learner's command: applied once, here. */
  | { readonly type: 'tenant.command'; readonly command: TenantCommand; readonly actor: Actor }
  /** Fast-forward: the clock moves and every timed process that falls due runs, in due order. */
  | { readonly type: 'clock.fastForward'; readonly duration: string; readonly actor: Actor }
  /** Commands another tab logged (or a stored log being resumed), applied in order on `base` or on the tenant as it is. */
  | { readonly type: 'tenant.replay'; readonly entries: readonly LogEntry[]; readonly base?: Tenant }
  /** Back to a state this tenant was in before (undo), kept by whoever sent the commands since. */
  | { readonly type: 'tenant.restore'; readonly tenant: Tenant };

function apply(tenant: Tenant, command: TenantCommand, actor: Actor): Partial<TenantMachineContext> {
  // Nothing reads Immer's patches: undo restores a kept state, and replay rebuilds from the log.
  const result = dispatch(tenant, command, actor);
  return { tenant: result.ok ? result.tenant : tenant, lastResult: result };
}

/**
 * The tenant actor: the one owner of an attempt's tenant, its simulated clock and every timed
 * process. Each command is applied here once; the durable log records what was sent, and a second
 * tab rebuilds the same state by replaying that log through its own actor. Time moves only by
 * `clock.fastForward`, which runs the areas' scheduled work (purges, PIM expiry, subscription
 * lifecycle…) in due order as one logged command, so replay reproduces every timer.
 */
export const tenantMachine = setup({
  types: {
    context: {} as TenantMachineContext,
    events: {} as TenantMachineEvent,
    input: {} as TenantMachineInput,
  },
  actions: {
    applyCommand: assign(({ context, event }) => (event.type === 'tenant.command' ? apply(context.tenant, event.command, event.actor) : {})),
    fastForward: assign(({ context, event }) =>
      event.type === 'clock.fastForward' ? apply(context.tenant, { type: 'clock.advance', duration: event.duration }, event.actor) : {},
    ),
    replayEntries: assign(({ context, event }) => (event.type === 'tenant.replay' ? { tenant: replay(event.base ?? context.tenant, event.entries), lastResult: null } : {})),
    restore: assign(({ event }) => (event.type === 'tenant.restore' ? { tenant: event.tenant, lastResult: null } : {})),
  },
}).createMachine({
  id: 'tenant',
  context: ({ input }) => ({ tenant: input.tenant, lastResult: null }),
  initial: 'running',
  states: {
    running: {
      on: {
        'tenant.command': { actions: 'applyCommand' },
        'clock.fastForward': { actions: 'fastForward' },
        'tenant.replay': { actions: 'replayEntries' },
        'tenant.restore': { actions: 'restore' },
      },
    },
  },
});
