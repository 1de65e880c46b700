import { ATTEMPT_FORMAT, ATTEMPT_FORMAT_VERSION, AttemptFile } from '../scenario/attempt';
import type { LogEntry } from '../tenant/replay';
import { StorageError } from './errors';
import { SANDBOX_SCENARIO_ID, type AttemptRecord } from './records/attempt';

/**
 * A saved attempt in the scenario engine's attempt file format, which the CLI's `grade` replays
 * on the scenario's start drawn from the same seed. Free play has no scenario, so nothing to grade.
 */
export function toAttemptFile(attempt: AttemptRecord, log: readonly LogEntry[], learner?: string): AttemptFile {
  if (attempt.scenarioId === SANDBOX_SCENARIO_ID) {
    throw new StorageError('ExportFailed', ['Free play has no scenario, so there is nothing for grade to check. Export your progress instead.']);
  }
  const parsed = AttemptFile.safeParse({
    format: ATTEMPT_FORMAT,
    formatVersion: ATTEMPT_FORMAT_VERSION,
    scenarioId: attempt.scenarioId,
    seed: attempt.variablesSeed,
    ...(learner === undefined ? {} : { learner }),
    startedDateTime: attempt.startedAt,
    ...(attempt.submittedAt === undefined ? {} : { submittedDateTime: attempt.submittedAt }),
    log: log.map((entry) => ({ command: entry.command, actor: entry.actor })),
  });
  if (parsed.success) return parsed.data;
  throw new StorageError(
    'ExportFailed',
    parsed.error.issues.slice(0, 10).map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`),
  );
}
