import { z } from 'zod';
import { isCommandType } from '../tenant/commands';
import { gestureShapeError } from '../tenant/gesture';
import { StorageError } from './errors';
import { AttemptRecord, AttemptRecordV1 } from './records/attempt';
import { LogEntrySchema } from './records/command-log';

export const PROGRESS_FORMAT = 'tenant-lab/progress';
export const PROGRESS_FORMAT_VERSION = 1;

const isoDateTime = z.iso.datetime({ offset: true });

/**
 * Everything a learner has done, to carry to another machine: each attempt with its whole log,
 * their settings and the scenario files they imported. Snapshots are left out: they are a cache
 * the importing browser rebuilds. Attempt records keep their own schemaVersion, so a file
 * written before a migration is migrated on import by the same code as the database.
 */
export const ProgressFile = z.strictObject({
  format: z.literal(PROGRESS_FORMAT),
  formatVersion: z.literal(PROGRESS_FORMAT_VERSION),
  exportedAt: isoDateTime,
  attempts: z.array(
    z.strictObject({
      attempt: z.discriminatedUnion('schemaVersion', [AttemptRecordV1, AttemptRecord]),
      log: z.array(LogEntrySchema).max(100_000),
    }),
  ),
  settings: z.array(z.strictObject({ key: z.string().min(1), value: z.json() })),
  importedScenarios: z.array(
    z.strictObject({ id: z.string().min(1), source: z.string(), fileName: z.string().optional(), importedAt: isoDateTime }),
  ),
});
export type ProgressFile = z.infer<typeof ProgressFile>;

const MAX_LISTED_PROBLEMS = 20;

function refuse(problems: readonly string[]): never {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
  if (problems.length > listed.length) listed.push(`…and ${problems.length - listed.length} more problems.`);
  throw new StorageError('InvalidImport', listed);
}

function where(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}

/** The checks the schema can't make: ids are unique, logs are as long as their attempts say, commands are known. */
function consistencyProblems(file: ProgressFile): string[] {
  const problems: string[] = [];
  const attemptIds = new Set<string>();
  file.attempts.forEach(({ attempt, log }, index) => {
    if (attemptIds.has(attempt.id)) problems.push(`attempts[${index}].attempt.id: the attempt ${attempt.id} appears twice`);
    attemptIds.add(attempt.id);
    if (attempt.schemaVersion === 2 && attempt.logLength !== log.length) {
      problems.push(`attempts[${index}].log: the attempt says it holds ${attempt.logLength} commands, but the file has ${log.length}`);
    }
    log.forEach((entry, seq) => {
      if (entry.command.type === 'gesture') {
        const problem = gestureShapeError(entry.command, isCommandType);
        if (problem) problems.push(`attempts[${index}].log[${seq}].command: ${problem}`);
      } else if (!isCommandType(entry.command.type)) {
        problems.push(`attempts[${index}].log[${seq}].command.type: '${entry.command.type}' is not a command this version of Tenant Lab knows`);
      }
    });
  });
  const scenarioIds = new Set<string>();
  file.importedScenarios.forEach((scenario, index) => {
    if (scenarioIds.has(scenario.id)) problems.push(`importedScenarios[${index}].id: the scenario ${scenario.id} appears twice`);
    scenarioIds.add(scenario.id);
  });
  return problems;
}

/** A progress file, validated whole; any problem refuses the file with an `InvalidImport` listing them. */
export function parseProgressFile(input: string | unknown): ProgressFile {
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (error) {
      refuse([`The file is not JSON (${error instanceof Error ? error.message : String(error)}).`]);
    }
  }
  const parsed = ProgressFile.safeParse(data);
  if (!parsed.success) {
    const format = (data as { format?: unknown } | null)?.format;
    if (format !== PROGRESS_FORMAT) refuse([`This is not a Tenant Lab progress file (its format should be '${PROGRESS_FORMAT}').`]);
    refuse(parsed.error.issues.map((issue) => `${where(issue.path) || 'file'}: ${issue.message}`));
  }
  const problems = consistencyProblems(parsed.data);
  if (problems.length > 0) refuse(problems);
  return parsed.data;
}
