import type { Draft } from 'immer';
import type { ReconcileScope, ReconcileStep } from './area';
import { areas } from './areas';
import type { ApplyContext } from './command';
import type { Tenant } from './model';

let steps: readonly ReconcileStep[] | undefined;

/** Every area's reconcile steps, in the order of the areas table; read once, when first needed. */
function reconcileSteps(): readonly ReconcileStep[] {
  steps ??= Object.values(areas).flatMap((area) => area.reconcile ?? []);
  return steps;
}

/**
 * Brings derived state back in line after a command changed users or groups, the way the
 * directory does in the background: each area's steps in turn (dynamic memberships first, then
 * the group-based licenses the settled memberships pass on), each handed what the steps before it
 * changed. Commands reach it through their context's `reconcile`.
 */
export function reconcile(draft: Draft<Tenant>, scope: ReconcileScope, context: ApplyContext): void {
  let current = scope;
  for (const step of reconcileSteps()) current = step(draft, current, context) ?? current;
}

/** Lets every area drop what it keeps about a directory object that is gone for good. */
export function dropReferences(draft: Draft<Tenant>, objectId: string): void {
  for (const area of Object.values(areas)) area.dropReferences?.(draft, objectId);
}
