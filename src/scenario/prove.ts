import { grade, type GradeReport } from './grader';
import { instantiate } from './instance';
import { formatPath, type LoadedScenario, type ScenarioProblem } from './loader';
import { runSteps } from './steps';
import type { Problem } from './template';

export interface Proof {
  readonly ok: boolean;
  readonly variants: number;
  /** The untouched start's score, lowest and highest over the variants. */
  readonly startPercent: { readonly min: number; readonly max: number };
  readonly wrongAttempts: number;
  readonly alternativeSolutions: number;
  readonly problems: readonly ScenarioProblem[];
}

function failing(report: GradeReport): string[] {
  return report.checks.filter((check) => !check.passed).map((check) => check.id);
}

/**
 * Proves a loaded scenario under every variant: the solution scores 100%, the untouched start
 * scores 0% (and not every check holds on it), and each known-wrong attempt earns exactly what it declares (and fails exactly the
 * checks it lists).
 */
export function prove(loaded: LoadedScenario): Proof {
  const { scenario } = loaded;
  const problems: ScenarioProblem[] = [];
  const seen = new Set<string>();
  const report = (variant: number, problem: Problem) => {
    const path = formatPath(problem.path);
    if (seen.has(`${path}\u0000${problem.message}`)) return;
    seen.add(`${path}\u0000${problem.message}`);
    problems.push({ file: loaded.file, ...loaded.locate(problem.path), path, message: variant > 0 ? `${problem.message} (variant ${variant + 1})` : problem.message });
  };
  let min = 100;
  let max = 0;
  for (let variant = 0; variant < loaded.variants; variant++) {
    const prepared = instantiate(scenario, { variant });
    if (!prepared.ok) {
      prepared.problems.forEach((problem) => report(variant, problem));
      continue;
    }
    const { instance } = prepared;
    const solved = runSteps(instance.start, instance.solution, instance.actor, ['solution'], true);
    solved.problems.forEach((problem) => report(variant, problem));
    const solution = grade(instance, solved.tenant, { failures: solved.failures });
    solution.checks.forEach((check, index) => {
      if (!check.passed) report(variant, { path: ['checks', index], message: `the solution fails this check: ${check.found}` });
    });
    instance.alternativeSolutions.forEach((other, index) => {
      const run = runSteps(instance.start, other.steps, instance.actor, ['alternativeSolutions', index, 'steps'], true);
      run.problems.forEach((problem) => report(variant, problem));
      const result = grade(instance, run.tenant, { failures: run.failures });
      if (!result.complete) {
        const failed = failing(result).join(', ');
        report(variant, { path: ['alternativeSolutions', index], message: `'${other.name}' scores ${result.percent}%, not 100%; failing: ${failed || 'none (checks that held at the start wait for progress)'}` });
      }
    });
    const start = grade(instance, instance.start);
    min = Math.min(min, start.percent);
    max = Math.max(max, start.percent);
    if (start.checks.every((check) => check.passed)) report(variant, { path: ['checks'], message: 'every check already holds on the untouched start, so there is nothing for the learner to do' });
    // The honest-score rule makes this so; proving it keeps it so.
    if (start.earned > 0) report(variant, { path: ['checks'], message: `the untouched start earns ${start.earned} points; it must earn none` });
    instance.wrongAttempts.forEach((attempt, index) => {
      const run = runSteps(instance.start, attempt.steps, instance.actor, ['wrongAttempts', index, 'steps'], false);
      run.problems.forEach((problem) => report(variant, problem));
      const result = grade(instance, run.tenant, { failures: run.failures });
      const failed = failing(result);
      if (result.earned !== attempt.expectedPoints) {
        report(variant, {
          path: ['wrongAttempts', index, 'expectedPoints'],
          message: `'${attempt.name}' earns ${result.earned} of ${result.total} points, not ${attempt.expectedPoints}; failing: ${failed.join(', ') || 'none'}`,
        });
      }
      const expected = attempt.expectedFailing;
      if (expected && (expected.length !== failed.length || expected.some((id) => !failed.includes(id)))) {
        report(variant, { path: ['wrongAttempts', index, 'expectedFailing'], message: `'${attempt.name}' fails ${failed.join(', ') || 'nothing'}, not ${expected.join(', ')}` });
      }
    });
  }
  return { ok: problems.length === 0, variants: loaded.variants, startPercent: { min, max }, wrongAttempts: scenario.wrongAttempts?.length ?? 0, alternativeSolutions: scenario.alternativeSolutions?.length ?? 0, problems };
}
