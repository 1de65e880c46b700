import { assign, setup } from 'xstate';
import type { Actor } from './actor';
import type { AuditRecord, Tenant } from './model';
import type { Command } from './commands';
import { dispatch, type DispatchResult } from './dispatch';
import { replay, type LogEntry } from './replay';

export interface TenantMachineInput {
  readonly fixture: Tenant;
  /** A saved log to resume from: the tenant is rebuilt by replaying it over the fixture. */
  readonly log?: readonly LogEntry[];
  /**
   * The state the log leads to, when the caller already has it (resumed from a snapshot plus the
   * tail of the log), so a long attempt is not replayed twice.
   */
  readonly tenant?: Tenant;
}

export interface TenantMachineContext {
  readonly fixture: Tenant;
  readonly tenant: Tenant;
  /** Every command the learner sent, accepted or not, in order: the attempt's source of truth. */
  readonly log: readonly LogEntry[];
  /** Failure records of rejected commands; the tenant state itself never holds them. */
  readonly failures: readonly AuditRecord[];
  readonly lastResult: DispatchResult | null;
}

export type TenantMachineEvent =
  | { readonly type: 'tenant.command'; readonly command: Command; readonly actor: Actor }
  | { readonly type: 'clock.fastForward'; readonly duration: string; readonly actor: Actor }
  | { readonly type: 'tenant.reset' };

function applyEntry(context: TenantMachineContext, entry: LogEntry): Partial<TenantMachineContext> {
  const result = dispatch(context.tenant, entry.command, entry.actor);
  return {
    tenant: result.ok ? result.tenant : context.tenant,
    log: [...context.log, entry],
    failures: !result.ok && result.audit ? [...context.failures, result.audit] : context.failures,
    lastResult: result,
  };
}

/**
 * The tenant actor: it owns the tenant, applies commands through `dispatch`, and keeps the log.
 * Timed processes (purging deleted users, and later sync cycles and PIM expiry) run inside the
 * `clock.advance` command on the simulated clock, so a fast-forward is just another logged
 * command and replay reproduces every timer.
 */
export const tenantMachine = setup({
  types: {
    context: {} as TenantMachineContext,
    events: {} as TenantMachineEvent,
    input: {} as TenantMachineInput,
  },
  actions: {
    applyCommand: assign(({ context, event }) => {
      if (event.type !== 'tenant.command') return {};
      return applyEntry(context, { command: event.command, actor: event.actor });
    }),
    fastForward: assign(({ context, event }) => {
      if (event.type !== 'clock.fastForward') return {};
      return applyEntry(context, { command: { type: 'clock.advance', duration: event.duration }, actor: event.actor });
    }),
    reset: assign(({ context }) => ({ tenant: context.fixture, log: [], failures: [], lastResult: null })),
  },
}).createMachine({
  id: 'tenant',
  context: ({ input }) => ({
    fixture: input.fixture,
    tenant: input.tenant ?? replay(input.fixture, input.log ?? []),
    log: input.log ?? [],
    failures: [],
    lastResult: null,
  }),
  initial: 'running',
  states: {
    running: {
      on: {
        'tenant.command': { actions: 'applyCommand' },
        'clock.fastForward': { actions: 'fastForward' },
        'tenant.reset': { actions: 'reset' },
      },
    },
  },
});
