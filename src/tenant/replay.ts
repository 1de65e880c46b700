import type { Actor } from './actor';
import { dispatch } from './dispatch';
import type { TenantCommand } from './gesture';
import type { Tenant } from './model';

/** One entry of an attempt's command log: what was asked and by whom. */
export interface LogEntry {
  readonly command: TenantCommand;
  readonly actor: Actor;
}

/**
 * Tenant state is the starting fixture plus the command log. Rejected commands stay in a log
 * (the learner did try them) and are rejected again on replay, changing nothing.
 */
export function replay(fixture: Tenant, log: Iterable<LogEntry>): Tenant {
  let tenant = fixture;
  for (const entry of log) {
    const result = dispatch(tenant, entry.command, entry.actor);
    if (result.ok) tenant = result.tenant;
  }
  return tenant;
}
