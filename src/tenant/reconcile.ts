import type { Draft } from 'immer';
import type { ApplyContext } from './command';
import type { Tenant } from './model';

/** What a command changed that derived state may depend on. */
export interface ReconcileScope {
  /** Users whose properties, existence or memberships changed. */
  readonly users?: Iterable<string>;
  /** Groups whose rule, membership or licenses changed. */
  readonly groups?: Iterable<string>;
}

/**
 * Brings derived state back in line after a command changed users or groups, the way the
 * directory does in the background: first dynamic group memberships (a user's department
 * changed, so they join or leave a dynamic group), then group-based licenses (the new
 * memberships, usage locations or seat counts decide which inherited licenses hold).
 *
 * Commands that change users or groups call this once at the end of `apply`, so every path to
 * a state (page, console, scenario solution, replay) derives it the same way.
 */
export function reconcile(_draft: Draft<Tenant>, _scope: ReconcileScope, _context: ApplyContext): void {
  // Filled in by the groups and licensing families as they land (dynamic membership, then
  // group-based licensing); until then there is no derived state to maintain.
}
