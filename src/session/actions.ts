import type { AttemptFailure } from '../scenario';
import { dispatch, type AuditRecord, type DispatchResult, type LogEntry, type Tenant } from '../tenant';

/** One logged command and what the tenant made of it: accepted or not, and the audit records it wrote (a refused one's failure record). */
export interface LoggedAction {
  readonly seq: number;
  readonly entry: LogEntry;
  readonly accepted: boolean;
  readonly audit: readonly AuditRecord[];
  /** A gesture's audit records part by part. */
  readonly parts?: readonly (readonly AuditRecord[])[];
}

export function loggedAction(seq: number, entry: LogEntry, result: DispatchResult): LoggedAction {
  if (result.ok) return { seq, entry, accepted: true, audit: result.audit, ...(result.parts && { parts: result.parts }) };
  return { seq, entry, accepted: false, audit: result.audit ? [result.audit] : [] };
}

/** The refused commands' failure records, for the grader's audit checks on failures. */
export function failuresOf(actions: readonly LoggedAction[]): AttemptFailure[] {
  return actions.flatMap((action) => (action.accepted ? [] : action.audit.map((record) => ({ record, command: action.entry.command }))));
}

/**
 * Replays a log on its start and keeps each command's outcome. The tenant answers the same way
 * every time, so this is what the learner saw when they sent each command.
 */
export function replayActions(start: Tenant, log: readonly LogEntry[]): { readonly actions: LoggedAction[]; readonly final: Tenant } {
  const actions: LoggedAction[] = [];
  let tenant = start;
  for (const [seq, entry] of log.entries()) {
    const result = dispatch(tenant, entry.command, entry.actor);
    if (result.ok) tenant = result.tenant;
    actions.push(loggedAction(seq, entry, result));
  }
  return { actions, final: tenant };
}

/** How many commands undo takes back so that the last accepted one is gone: it and the refused ones after it. */
export function undoCount(actions: readonly LoggedAction[]): number {
  for (let i = actions.length - 1; i >= 0; i--) if (actions[i]!.accepted) return actions.length - i;
  return 0;
}
