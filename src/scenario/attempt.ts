import { z } from 'zod';
import { isCommandType } from '../tenant/commands';
import { gestureShapeError, isGesture, type TenantCommand } from '../tenant/gesture';
import { dispatch } from '../tenant/dispatch';
import type { Tenant } from '../tenant/model';
import type { LogEntry } from '../tenant/replay';
import type { AttemptFailure } from './checks/context';
import type { ScenarioInstance } from './instance';
import { createdObjectId, resolveReferences } from './references';
import { schemaProblems } from './issues';
import { formatPath, type ScenarioProblem } from './loader';
import { parseSource, type DocumentPath, type SourcePosition } from './source';
import type { Problem } from './template';

export const ATTEMPT_FORMAT = 'tenant-lab/attempt';
export const ATTEMPT_FORMAT_VERSION = 1;

/**
 * An exported attempt: which scenario, the seed its variables were drawn with, and the learner's
 * command log exactly as the tenant actor recorded it (rejected commands included). Replaying the
 * log on the scenario's start reproduces the learner's tenant, so the grade can be re-computed
 * anywhere, by anyone, with the same result.
 */
export const AttemptFile = z.strictObject({
  format: z.literal(ATTEMPT_FORMAT),
  formatVersion: z.literal(ATTEMPT_FORMAT_VERSION),
  scenarioId: z.string().min(1),
  seed: z.int().min(0).max(0xffffffff),
  learner: z.string().max(200).optional().describe('A name or e-mail for the gradebook.'),
  startedDateTime: z.string().optional(),
  submittedDateTime: z.string().optional(),
  log: z
    .array(
      z.strictObject({
        command: z.looseObject({ type: z.string() }).describe('A tenant command. Ids may be given as references, as in scenario steps: { user: UPN }, { group: name }, { createdBy: index of an earlier entry }…'),
        actor: z.strictObject({ kind: z.literal('user'), userId: z.string() }).optional().describe("Who sent it; omitted: the scenario's signed-in admin, as in a hand-written attempt."),
      }),
    )
    .max(100_000),
});
export type AttemptFile = z.infer<typeof AttemptFile>;

export function createAttempt(instance: ScenarioInstance, log: readonly LogEntry[], details: { learner?: string; startedDateTime?: string; submittedDateTime?: string } = {}): AttemptFile {
  if (!('seed' in instance.choice)) throw new Error('Only an instance drawn from a seed can be exported as an attempt.');
  return {
    format: ATTEMPT_FORMAT,
    formatVersion: ATTEMPT_FORMAT_VERSION,
    scenarioId: instance.scenario.id,
    seed: instance.choice.seed >>> 0,
    ...details,
    log: log.map((entry) => {
      if (entry.actor.kind !== 'user') throw new Error('An attempt holds only the learner’s own commands.');
      return { command: { ...entry.command }, actor: { kind: 'user' as const, userId: entry.actor.userId } };
    }),
  };
}

export type AttemptParse =
  | { readonly ok: true; readonly attempt: AttemptFile; locate(path: DocumentPath): SourcePosition }
  | { readonly ok: false; readonly problems: readonly ScenarioProblem[] };

export function parseAttempt(text: string, file = '<attempt>'): AttemptParse {
  const source = parseSource(text);
  if (source.syntaxErrors.length > 0) {
    return { ok: false, problems: source.syntaxErrors.map((error) => ({ file, line: error.line, column: error.column, path: '', message: error.message })) };
  }
  const parsed = AttemptFile.safeParse(source.data, { reportInput: true });
  if (parsed.success) return { ok: true, attempt: parsed.data, locate: (path) => source.locate(path) };
  return {
    ok: false,
    problems: schemaProblems(AttemptFile, source.data, parsed.error.issues).map((problem) => ({
      file,
      ...source.locate(problem.path, problem.key),
      path: formatPath(problem.path),
      message: problem.message,
    })),
  };
}

export interface AttemptReplay {
  readonly final: Tenant;
  readonly accepted: number;
  readonly rejected: number;
  /** The failure records of the rejected commands, for audit checks on failures. */
  readonly failures: readonly AttemptFailure[];
  /** What each log entry created (by index), for `inspect`. */
  readonly created?: readonly (string | undefined)[];
  /** Reasons the attempt cannot be trusted; when there are any, it must not be graded. */
  readonly problems: readonly Problem[];
}

/** Replays an attempt's log on the instance's start, as the learner's tenant actor did. */
export function replayAttempt(instance: ScenarioInstance, attempt: AttemptFile): AttemptReplay {
  const problems: Problem[] = [];
  if (attempt.scenarioId !== instance.scenario.id) {
    problems.push({ path: ['scenarioId'], message: `the attempt is for the scenario '${attempt.scenarioId}', not '${instance.scenario.id}'` });
    return { final: instance.start, accepted: 0, rejected: 0, failures: [], problems };
  }
  let tenant = instance.start;
  let accepted = 0;
  let rejected = 0;
  const failures: AttemptFailure[] = [];
  const created: (string | undefined)[] = [];
  const learner = instance.actor.kind === 'user' ? instance.actor.userId : '';
  for (const [index, entry] of attempt.log.entries()) {
    const path = ['log', index];
    const actor = entry.actor ?? { kind: 'user' as const, userId: learner };
    created.push(undefined);
    if (actor.userId !== learner) {
      problems.push({ path: [...path, 'actor'], message: `the command runs as ${actor.userId}, not as the learner the scenario signs in (${instance.signInAs})` });
      continue;
    }
    if (isGesture(entry.command)) {
      const shape = gestureShapeError(entry.command, isCommandType);
      if (shape) {
        problems.push({ path: [...path, 'command'], message: shape });
        continue;
      }
    } else if (!isCommandType(entry.command.type)) {
      problems.push({ path: [...path, 'command', 'type'], message: `unknown command type '${entry.command.type}'; was the attempt made with a newer Tenant Lab?` });
      continue;
    }
    // A hand-written attempt names objects as scenario steps do; an exported one holds ids, which pass through.
    const referenceProblems: Problem[] = [];
    const command = resolveReferences(tenant, entry.command, [...path, 'command'], referenceProblems, created.slice(0, index)) as TenantCommand;
    if (referenceProblems.length > 0) {
      problems.push(...referenceProblems);
      continue;
    }
    try {
      const result = dispatch(tenant, command, actor);
      if (result.ok) {
        tenant = result.tenant;
        accepted += 1;
        created[index] = createdObjectId(result.audit);
      } else {
        rejected += 1;
        if (result.audit) failures.push({ record: result.audit, command });
      }
    } catch (error) {
      problems.push({ path: [...path, 'command'], message: `the command cannot be read (${error instanceof Error ? error.message : String(error)})` });
    }
  }
  return { final: tenant, accepted, rejected, failures, problems, created };
}


/** Replays a log on a start, keeping the failure records of the commands the tenant rejected. */
export function replayLog(start: Tenant, log: readonly LogEntry[]): { readonly final: Tenant; readonly failures: readonly AttemptFailure[] } {
  let tenant = start;
  const failures: AttemptFailure[] = [];
  for (const entry of log) {
    const result = dispatch(tenant, entry.command, entry.actor);
    if (result.ok) tenant = result.tenant;
    else if (result.audit) failures.push({ record: result.audit, command: entry.command });
  }
  return { final: tenant, failures };
}
