import type { Draft } from 'immer';
import type { ProcessHandler } from './area';
import { areas } from './areas';
import { compareInstants } from './clock';
import { entities, removeEntity } from './collection';
import type { ApplyContext } from './command';
import type { ScheduledProcess, Tenant } from './model';
import { reconcile } from './reconcile';

let handlers: ReadonlyMap<string, ProcessHandler> | undefined;

/** Every area's process handlers by kind; read once, when first needed. */
function processHandlers(): ReadonlyMap<string, ProcessHandler> {
  if (!handlers) {
    const byKind = new Map<string, ProcessHandler>();
    for (const area of Object.values(areas)) {
      for (const [kind, handler] of Object.entries(area.processes ?? {})) {
        if (byKind.has(kind)) throw new Error(`The process kind '${kind}' is handled twice (area ${area.id}).`);
        byKind.set(kind, handler);
      }
    }
    handlers = byKind;
  }
  return handlers;
}

/** The process kinds the areas handle, for tests and for checking a stored state. */
export function processKinds(): readonly string[] {
  return [...processHandlers().keys()];
}

function nextDue(tenant: Draft<Tenant>, until: string): ScheduledProcess | undefined {
  let next: ScheduledProcess | undefined;
  for (const process of entities(tenant.scheduledProcesses)) {
    if (compareInstants(process.dueDateTime, until) > 0) continue;
    if (
      !next ||
      compareInstants(process.dueDateTime, next.dueDateTime) < 0 ||
      (process.dueDateTime === next.dueDateTime && process.id < next.id)
    ) {
      next = process;
    }
  }
  return next;
}

/**
 * Moves the clock to `until`, running every process that falls due on the way in time order
 * (ties by id), each at its own due instant, so its audit record carries the time it really
 * happened. A process may schedule another that falls due before `until`: it runs too.
 */
export function advanceClockTo(draft: Draft<Tenant>, until: string, context: ApplyContext): void {
  for (let process = nextDue(draft, until); process; process = nextDue(draft, until)) {
    removeEntity(draft.scheduledProcesses, process.id);
    draft.clock.now = process.dueDateTime;
    // Reconciling inside the process happens at its due instant too.
    const at: ApplyContext = { ...context, now: process.dueDateTime, reconcile: (target, scope) => reconcile(target, scope, at) };
    processHandlers().get(process.kind)?.(draft, process, at);
  }
  draft.clock.now = until;
}
