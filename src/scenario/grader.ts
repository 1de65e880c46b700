import type { Tenant } from '../tenant/model';
import { evaluateCheck } from './checks';
import type { Outcome } from './checks/context';
import type { ScenarioInstance } from './instance';
import type { CheckKind } from './schema';
import { SKILL_AREAS, SKILL_DOMAINS, type SkillAreaId, type SkillDomainId } from './skills';

export interface CheckResult {
  readonly id: string;
  readonly kind: CheckKind;
  readonly skillArea: SkillAreaId;
  readonly points: number;
  readonly earned: number;
  readonly passed: boolean;
  /** The author's pass or fail text. */
  readonly message: string;
  /** What the grader found, e.g. "Megan Bowen holds no Microsoft 365 E5 license; licenses held: Office 365 E3." */
  readonly found: string;
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

/** Grades a state of the instance's tenant: any state reached from its start, by any path. */
export function grade(instance: ScenarioInstance, final: Tenant): GradeReport {
  const context = { start: instance.start, final, auditStart: instance.auditStart };
  const mainArea = instance.scenario.skillAreas[0]!;
  const checks = instance.checks.map((check): CheckResult => {
    const result = safely(() => evaluateCheck(check, context));
    return {
      id: check.id,
      kind: check.kind,
      skillArea: check.skillArea ?? mainArea,
      points: check.points,
      earned: result.passed ? check.points : 0,
      passed: result.passed,
      message: result.passed ? check.pass : check.fail,
      found: result.found,
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
    skillAreas: [...areas].map(([id, score]) => {
      const { domain, title } = SKILL_AREAS[id];
      return { id, title, domain, domainTitle: SKILL_DOMAINS[domain].title, ...score };
    }),
  };
}
