import type { Draft } from 'immer';
import type { ApplyContext } from './command';
import type { Tenant } from './model';
import { reconcileDynamicMemberships, type MembershipChanges } from './areas/directory/rules/dynamic-membership';
import { reconcileGroupLicensing } from './areas/licensing/rules/group-licensing';

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
export function reconcile(draft: Draft<Tenant>, scope: ReconcileScope, context: ApplyContext): MembershipChanges {
  const memberships = reconcileDynamicMemberships(draft, scope, context);
  // Group-based licensing comes next, on the settled memberships: `memberships.users` are the
  // users whose inherited licenses may change (touched by the command, or joined or left a
  // group), `memberships.groups` the groups whose members, rule, licenses or existence changed.
  reconcileGroupLicensing(draft, { users: [...memberships.users], groups: [...memberships.groups] }, context);
  return memberships;
}
