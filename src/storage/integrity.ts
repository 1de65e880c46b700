import type { LogEntry } from '../tenant/replay';
import { StorageError } from './errors';
import { AttemptRecord } from './records/attempt';
import { logEntryProblem, type CommandLogRecord } from './records/command-log';

function issues(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string[] {
  return error.issues.map((issue) => `${issue.path.map(String).join('.') || 'record'}: ${issue.message}`);
}

/** A stored attempt as this build reads it, or a CorruptedRecord error naming what is wrong. */
export function checkedAttempt(stored: unknown, attemptId: string): AttemptRecord {
  const parsed = AttemptRecord.safeParse(stored);
  if (parsed.success) return parsed.data;
  throw new StorageError('CorruptedRecord', [`Attempt ${attemptId}:`, ...issues(parsed.error)]);
}

/**
 * The attempt's log as entries, after checking it is whole: one row per position from 0 to the
 * attempt's length, each a command this build can replay. A gap or a damaged row is reported,
 * never skipped: replaying around it would silently give the learner a different tenant.
 */
export function checkedLog(attempt: AttemptRecord, records: readonly CommandLogRecord[], from = 0): LogEntry[] {
  const expected = attempt.logLength - from;
  if (records.length !== expected) {
    throw new StorageError('CorruptedRecord', [`Attempt ${attempt.id} should hold ${attempt.logLength} commands, but ${records.length + from} are stored.`]);
  }
  const log: LogEntry[] = new Array<LogEntry>(records.length);
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    if (record.seq !== from + i) throw new StorageError('CorruptedRecord', [`Attempt ${attempt.id} has no command ${from + i}.`]);
    const problem = logEntryProblem(record.entry);
    if (problem) throw new StorageError('CorruptedRecord', [`Attempt ${attempt.id}, command ${record.seq}: ${problem}.`]);
    log[i] = record.entry;
  }
  return log;
}
