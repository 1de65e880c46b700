import type { LoggedAction } from '../../../../session/actions';
import { describeAcceptedCommand, type Tenant } from '../../../../tenant';

/*
 * One line per change, in the portals' words, for "what changed" and the reference solution:
 * "Megan Bowen: license Microsoft 365 E5 assigned", "Alex Wilber deleted". The sentences belong
 * to the areas that write each audit record; see describeRecord in the core.
 */

/** The line for an accepted command: its main audit record, or the command where it wrote none. */
export function describeAction(action: LoggedAction, tenant: Tenant): string {
  return describeAcceptedCommand(action.entry.command, action.audit, tenant, action.parts);
}

/** What an attempt changed, one line per accepted command, in order. */
export function describeChanges(actions: readonly LoggedAction[], tenant: Tenant): string[] {
  return actions.filter((action) => action.accepted).map((action) => describeAction(action, tenant));
}
