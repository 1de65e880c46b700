import type { Tenant } from '../tenant/model';
import { evaluateCheck } from './checks';
import type { AttemptFailure, Outcome } from './checks/context';
import type { ScenarioInstance } from './instance';
import type { CheckKind } from './schema';
import { SKILL_AREAS, SKILL_DOMAINS, type SkillAreaId, type SkillDomainId } from './skills';

export interface CheckResult {
  readonly id: string;
  readonly kind: CheckKind;
  readonly skillArea: SkillAreaId;
  readonly points: number;
  readonly earned: number;
  /** Whether the check's condition holds in the graded state. */
  readonly passed: boolean;
  /**
   * Whether it already held on the untouched start (a guard such as "no new Global
   * Administrators"). Such a check earns its points only once the learner has passed a check that
   * did not hold at the start: leaving the tenant alone earns nothing.
   */
  readonly heldAtStart: boolean;
  /** It holds, but earns nothing until the learner has made progress on the task. */
  readonly waiting: boolean;
  /** The author's pass or fail text. */
  readonly message: string;
  /** What the grader found, e.g. "Megan Bowen holds no Microsoft 365 E5 license; licenses held: Office 365 E3." */
  readonly found: string;
  /**
   * The same feedback without the answer (which role, which license, which value): the author's
   * failHint (else fail) and what was found, told without naming what the check asks for. What
   * practice mode's Check my work shows before Submit or the last hint.
   */
  readonly hintSafe: { readonly message: string; readonly found: string };
}

export interface SkillAreaScore {
  readonly id: SkillAreaId;
  readonly title: string;
  readonly domain: SkillDomainId;
  readonly domainTitle: string;
  readonly earned: number;
  readonly total: number;
}

export interface GradeReport {
  readonly scenarioId: string;
  readonly earned: number;
  readonly total: number;
  /** Whole per cent, rounded down so that 100 means every check passed: the progress figure. */
  readonly percent: number;
  readonly complete: boolean;
  readonly checks: readonly CheckResult[];
  readonly skillAreas: readonly SkillAreaScore[];
}

function safely(run: () => Outcome): Outcome {
  try {
    return run();
  } catch (error) {
    // A check must never take the grade down with it; it fails and says why.
    return { passed: false, found: `The grader could not evaluate this check (${error instanceof Error ? error.message : String(error)}).` };
  }
}

const heldAtStartByInstance = new WeakMap<ScenarioInstance, readonly boolean[]>();

/** Which checks hold on the untouched start, worked out once per instance. */
export function checksHeldAtStart(instance: ScenarioInstance): readonly boolean[] {
  let held = heldAtStartByInstance.get(instance);
  if (!held) {
    const context = { start: instance.start, final: instance.start, auditStart: instance.auditStart };
    held = instance.checks.map((check) => safely(() => evaluateCheck(check, context)).passed);
    heldAtStartByInstance.set(instance, held);
  }
  return held;
}

/**
 * The honest-score rule: a check that holds at the start earns its points only once a check
 * that did not hold at the start passes. Given which checks pass and which held at the start.
 */
export function honestEarned(checks: readonly { readonly points: number; readonly passed: boolean; readonly heldAtStart: boolean }[]): number[] {
  const progress = checks.some((check) => check.passed && !check.heldAtStart);
  return checks.map((check) => (check.passed && (progress || !check.heldAtStart) ? check.points : 0));
}

/** What an attempt holds besides its final state: the failure records of its rejected commands. */
export interface AttemptEvidence {
  readonly failures?: readonly AttemptFailure[];
}

/** Whether grading needs the attempt's rejected commands: only an audit check for failures reads them. */
export function needsFailures(instance: ScenarioInstance): boolean {
  return instance.checks.some((check) => check.kind === 'audit' && check.result === 'failure');
}

/** Grades a state of the instance's tenant: any state reached from its start, by any path. */
export function grade(instance: ScenarioInstance, final: Tenant, evidence: AttemptEvidence = {}): GradeReport {
  const context = { start: instance.start, final, auditStart: instance.auditStart, failures: evidence.failures ?? [] };
  const mainArea = instance.scenario.skillAreas[0]!;
  const heldAtStart = checksHeldAtStart(instance);
  const outcomes = instance.checks.map((check, index) => ({ check, result: safely(() => evaluateCheck(check, context)), heldAtStart: heldAtStart[index]! }));
  const earnedBy = honestEarned(outcomes.map(({ check, result, heldAtStart: held }) => ({ points: check.points, passed: result.passed, heldAtStart: held })));
  const checks = outcomes.map(({ check, result, heldAtStart: held }, index): CheckResult => {
    const earned = earnedBy[index]!;
    return {
      id: check.id,
      kind: check.kind,
      skillArea: check.skillArea ?? mainArea,
      points: check.points,
      earned,
      passed: result.passed,
      heldAtStart: held,
      waiting: result.passed && earned === 0,
      message: result.passed ? check.pass : check.fail,
      found: result.found,
      hintSafe: { message: result.passed ? check.pass : (check.failHint ?? check.fail), found: result.safe ?? result.found },
    };
  });
  const areas = new Map<SkillAreaId, { earned: number; total: number }>();
  for (const id of instance.scenario.skillAreas) areas.set(id, { earned: 0, total: 0 });
  for (const check of checks) {
    const area = areas.get(check.skillArea) ?? { earned: 0, total: 0 };
    area.earned += check.earned;
    area.total += check.points;
    areas.set(check.skillArea, area);
  }
  const earned = checks.reduce((sum, check) => sum + check.earned, 0);
  const total = checks.reduce((sum, check) => sum + check.points, 0);
  return {
    scenarioId: instance.scenario.id,
    earned,
    total,
    percent: total === 0 ? 0 : Math.floor((earned * 100) / total),
    complete: earned === total,
    checks,
    // An area no check counts towards has nothing to report: "0/0" would read as a score.
    skillAreas: [...areas].filter(([, score]) => score.total > 0).map(([id, score]) => {
      const { domain, title } = SKILL_AREAS[id];
      return { id, title, domain, domainTitle: SKILL_DOMAINS[domain].title, ...score };
    }),
  };
}
