import { z } from 'zod';
import { isCommandType } from '../../tenant/commands';
import type { LogEntry } from '../../tenant/replay';

/** A logged command as data: the command payload and who ran it, exactly as the tenant actor logged it. */
export const LogEntrySchema = z.strictObject({
  command: z.looseObject({ type: z.string().min(1) }),
  actor: z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('user'), userId: z.string().min(1) }), z.strictObject({ kind: z.literal('system') })]),
});

/** One row of an attempt's log; `[attemptId, seq]` is the key and `seq` counts from 0 without gaps. */
export interface CommandLogRecord {
  readonly schemaVersion: typeof COMMAND_LOG_SCHEMA_VERSION;
  readonly attemptId: string;
  readonly seq: number;
  readonly entry: LogEntry;
}

export const COMMAND_LOG_SCHEMA_VERSION = 1;

/**
 * Why an entry can't be replayed, or undefined when it can. A command type this build doesn't
 * know is refused rather than replayed as a rejection, which would quietly change the tenant.
 */
export function logEntryProblem(entry: unknown): string | undefined {
  const parsed = LogEntrySchema.safeParse(entry);
  if (!parsed.success) return parsed.error.issues.map((issue) => `${issue.path.join('.') || 'entry'}: ${issue.message}`).join('; ');
  if (!isCommandType(parsed.data.command.type)) return `unknown command type '${parsed.data.command.type}'`;
  return undefined;
}

export function commandLogRecord(attemptId: string, seq: number, entry: LogEntry): CommandLogRecord {
  return { schemaVersion: COMMAND_LOG_SCHEMA_VERSION, attemptId, seq, entry };
}
