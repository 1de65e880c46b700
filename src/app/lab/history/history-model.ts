import { SKILL_AREAS, type SkillAreaId } from '../../../scenario';
import { SANDBOX_SCENARIO_ID, type AttemptRecord } from '../../../storage';
import { PASS_PERCENT } from '../catalog/catalog-model';
import type { ScenarioSummary } from '../../../session/scenario-sources';

const SANDBOX_TITLE = 'Free play on Contoso';

export const MODE_LABELS = { practice: 'Practice', exam: 'Exam', sandbox: 'Free play' } as const satisfies Record<AttemptRecord['mode'], string>;

export const STATUS_LABELS = { inProgress: 'In progress', submitted: 'Submitted', abandoned: 'Set aside' } as const satisfies Record<AttemptRecord['status'], string>;

/** The scenario's title, or its id when it is no longer in the catalog (an import since deleted). */
export function attemptTitle(attempt: AttemptRecord, titles: ReadonlyMap<string, string>): string {
  if (attempt.scenarioId === SANDBOX_SCENARIO_ID) return SANDBOX_TITLE;
  return titles.get(attempt.scenarioId) ?? attempt.scenarioId;
}

/** "45 s", "12 min", "1 h 5 min": how long the learner had the attempt open and in view. */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export interface ScorePoint {
  readonly attemptId: string;
  readonly title: string;
  /** When it was submitted (ISO). */
  readonly at: string;
  readonly percent: number;
  readonly mode: AttemptRecord['mode'];
}

/** Every graded attempt's score, oldest first: the chart's line. */
export function scoreSeries(attempts: readonly AttemptRecord[], titles: ReadonlyMap<string, string>): ScorePoint[] {
  return attempts
    .flatMap((attempt) =>
      attempt.status === 'submitted' && attempt.score && attempt.score.total > 0
        ? [{ attemptId: attempt.id, title: attemptTitle(attempt, titles), at: attempt.submittedAt ?? attempt.updatedAt, percent: attempt.score.percent, mode: attempt.mode }]
        : [],
    )
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

export interface AreaAverage {
  readonly area: SkillAreaId;
  readonly title: string;
  /** The mean of the per-attempt percentages in this area, whole per cent. */
  readonly average: number;
  /** How many graded attempts had points in this area. */
  readonly attempts: number;
  /** The catalog's scenarios that practise this area, the ones to practise next first. */
  readonly scenarios: readonly ScenarioSummary[];
}

/**
 * What to practise next: the scenarios the learner has not passed yet, lowest best score first,
 * then those never graded, then the passed ones.
 */
function practiceOrder(scenarios: readonly ScenarioSummary[], attempts: readonly AttemptRecord[]): ScenarioSummary[] {
  const best = new Map<string, number>();
  for (const attempt of attempts) {
    if (attempt.status === 'submitted' && attempt.score) best.set(attempt.scenarioId, Math.max(best.get(attempt.scenarioId) ?? 0, attempt.score.percent));
  }
  const rank = (scenario: ScenarioSummary) => {
    const percent = best.get(scenario.id);
    if (percent === undefined) return PASS_PERCENT;
    return percent < PASS_PERCENT ? percent : 100 + percent;
  };
  return [...scenarios].sort((a, b) => rank(a) - rank(b));
}

/**
 * The learner's skill areas by average score, weakest first. Each attempt counts once per area
 * (a mean of attempts, not of points), so one long scenario doesn't drown the others.
 */
export function weakestAreas(attempts: readonly AttemptRecord[], catalog: readonly ScenarioSummary[]): AreaAverage[] {
  const sums = new Map<SkillAreaId, { sum: number; count: number }>();
  for (const attempt of attempts) {
    if (attempt.status !== 'submitted' || !attempt.score) continue;
    for (const area of attempt.score.skillAreas) {
      if (area.total === 0 || !(area.id in SKILL_AREAS)) continue;
      const id = area.id as SkillAreaId;
      const entry = sums.get(id) ?? { sum: 0, count: 0 };
      sums.set(id, { sum: entry.sum + area.earned / area.total, count: entry.count + 1 });
    }
  }
  return [...sums]
    .map(([area, { sum, count }]) => ({
      area,
      title: SKILL_AREAS[area].title,
      average: Math.floor((sum * 100) / count),
      attempts: count,
      scenarios: practiceOrder(catalog.filter((scenario) => scenario.skillAreas.includes(area)), attempts),
    }))
    .sort((a, b) => a.average - b.average || a.title.localeCompare(b.title));
}
