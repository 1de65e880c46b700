import { SYSTEM_ACTOR, signedInAs, type Actor } from '../tenant/actor';
import type { Tenant } from '../tenant/model';
import { fixtureTenant } from './fixtures';
import { activeUser } from '../tenant/lookup';
import type { AlternativeSolution, Check, ScenarioFile, Step, WrongAttempt } from './schema';
import { runSteps } from './steps';
import { interpolateDeep, type Problem } from './template';
import { drawVariables, type VariableChoice, type Variables } from './variables';

/**
 * One learner's copy of a scenario: variables drawn, every placeholder filled, and the starting
 * tenant built (fixture plus setup, run by the service). The learner's commands run on `start`,
 * and grading compares their final state with it.
 */
export interface ScenarioInstance {
  readonly scenario: ScenarioFile;
  readonly choice: VariableChoice;
  readonly variables: Variables;
  readonly start: Tenant;
  /** The learner's part of the audit log begins here; setup's records come before. */
  readonly auditStart: number;
  readonly signInAs: string;
  readonly actor: Actor;
  readonly task: string;
  readonly hints: readonly string[];
  readonly checks: readonly Check[];
  readonly solution: readonly Step[];
  readonly alternativeSolutions: readonly AlternativeSolution[];
  readonly wrongAttempts: readonly WrongAttempt[];
}

export type InstanceResult = { readonly ok: true; readonly instance: ScenarioInstance } | { readonly ok: false; readonly problems: readonly Problem[] };

const NUMERIC_FIELDS = new Set(['equals', 'atLeast', 'atMost', 'count']);

export function instantiate(scenario: ScenarioFile, choice: VariableChoice): InstanceResult {
  const variables = drawVariables(scenario.id, scenario.variables, choice);
  const problems: Problem[] = [];
  const fill = <T>(value: T, path: readonly (string | number)[], keepNumber?: (path: readonly (string | number)[]) => boolean): T =>
    interpolateDeep(value, variables, path, problems, keepNumber ?? (() => true));
  const text = () => false;
  const signInAs = fill(scenario.signInAs, ['signInAs'], text);
  const task = fill(scenario.task, ['task'], text);
  const hints = fill(scenario.hints ?? [], ['hints'], text);
  const checks = fill(scenario.checks, ['checks'], (path) => path.length === 3 && NUMERIC_FIELDS.has(String(path[2])));
  const setup = fill(scenario.start.setup ?? [], ['start', 'setup']);
  const solution = fill(scenario.solution, ['solution']);
  const alternativeSolutions = scenario.alternativeSolutions?.map((other, index) => ({ ...other, steps: fill(other.steps, ['alternativeSolutions', index, 'steps']) })) ?? [];
  const wrongAttempts = scenario.wrongAttempts?.map((attempt, index) => ({ ...attempt, steps: fill(attempt.steps, ['wrongAttempts', index, 'steps']) })) ?? [];
  if (problems.length > 0) return { ok: false, problems };

  const prepared = runSteps(fixtureTenant(scenario.start.fixture), setup, SYSTEM_ACTOR, ['start', 'setup'], true);
  if (prepared.problems.length > 0) return { ok: false, problems: prepared.problems };
  const start = prepared.tenant;
  const admin = activeUser(start, signInAs);
  if (!admin) return { ok: false, problems: [{ path: ['signInAs'], message: `no active user has the user name ${signInAs} once the start is set up` }] };
  if (!admin.accountEnabled) return { ok: false, problems: [{ path: ['signInAs'], message: `${signInAs} is blocked from signing in at the start` }] };

  return {
    ok: true,
    instance: {
      scenario,
      choice,
      variables,
      start,
      auditStart: start.auditLog.size,
      signInAs: admin.userPrincipalName,
      actor: signedInAs(admin.id),
      task,
      hints,
      checks,
      solution,
      alternativeSolutions,
      wrongAttempts,
    },
  };
}
