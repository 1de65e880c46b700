import { z } from 'zod';
import { isCommandType } from '../../tenant/commands';
import { gestureShapeError } from '../../tenant/gesture';
import type { LogEntry } from '../../tenant/replay';

/** A logged command as data: the command payload and who ran it, exactly as the tenant actor logged it. */
export const LogEntrySchema = z.strictObject({
  command: z.looseObject({ type: z.string().min(1) }),
  actor: z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('user'),
      userId: z.string().min(1),
      // The client app of a delegated Graph call (Graph Explorer, Graph PowerShell); absent for the admin centers.
      app: z.strictObject({ appId: z.string().min(1), displayName: z.string() }).optional(),
    }),
    z.strictObject({ kind: z.literal('system') }),
  ]),
});

/** One row of an attempt's log; `[attemptId, seq]` is the key and `seq` counts from 0 without gaps. */
export interface CommandLogRecord {
  readonly schemaVersion: typeof COMMAND_LOG_SCHEMA_VERSION;
  readonly attemptId: string;
  readonly seq: number;
  readonly entry: LogEntry;
}

export const COMMAND_LOG_SCHEMA_VERSION = 1;

function appProblem(app: unknown): string | undefined {
  if (app === undefined) return undefined;
  if (typeof app !== 'object' || app === null) return "the actor's app is not an object";
  const { appId, displayName } = app as { appId?: unknown; displayName?: unknown };
  if (typeof appId !== 'string' || appId.length === 0) return "the actor's app has no app id";
  return typeof displayName === 'string' ? undefined : "the actor's app has no display name";
}

function actorProblem(actor: unknown): string | undefined {
  if (typeof actor !== 'object' || actor === null) return 'the entry has no actor';
  const { kind, userId, app } = actor as { kind?: unknown; userId?: unknown; app?: unknown };
  if (kind === 'system') return undefined;
  if (kind === 'user') return typeof userId === 'string' && userId.length > 0 ? appProblem(app) : 'the actor has no user id';
  return 'the actor is neither a user nor the system';
}

/**
 * Why an entry can't be replayed, or undefined when it can. A command type this build doesn't
 * know is refused rather than replayed as a rejection, which would quietly change the tenant.
 * Written by hand rather than with the schema: resuming checks thousands of entries.
 */
export function logEntryProblem(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null) return 'the entry is not an object';
  const { command, actor } = entry as { command?: unknown; actor?: unknown };
  if (typeof command !== 'object' || command === null) return 'the entry has no command';
  const { type } = command as { type?: unknown };
  if (typeof type !== 'string') return 'the command has no type';
  if (type === 'gesture') {
    const problem = gestureShapeError(command, isCommandType);
    if (problem) return problem;
  } else if (!isCommandType(type)) return `unknown command type '${type}'`;
  return actorProblem(actor);
}

export function commandLogRecord(attemptId: string, seq: number, entry: LogEntry): CommandLogRecord {
  return { schemaVersion: COMMAND_LOG_SCHEMA_VERSION, attemptId, seq, entry };
}
