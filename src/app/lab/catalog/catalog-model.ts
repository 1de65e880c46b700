import { SKILL_AREAS, SKILL_DOMAINS, type SkillAreaId } from '../../../scenario';
import { SANDBOX_SCENARIO_ID, type AttemptRecord } from '../../../storage';
import type { ScenarioSummary } from '../../../session/scenario-sources';

/**
 * A scenario counts as passed at 70% of its points: the bar an exam's 700 out of 1000 sets, so a
 * learner who passes each scenario in practice is on course for the exam.
 */
export const PASS_PERCENT = 70;

export const SCENARIO_STATUSES = ['notStarted', 'inProgress', 'notPassed', 'passed'] as const;
export type ScenarioStatus = (typeof SCENARIO_STATUSES)[number];

export const STATUS_LABELS: Record<ScenarioStatus, string> = {
  notStarted: 'Not started',
  inProgress: 'In progress',
  notPassed: 'Not passed yet',
  passed: 'Passed',
};

export const DIFFICULTIES = ['beginner', 'intermediate', 'advanced'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const DIFFICULTY_LABELS: Record<Difficulty, string> = { beginner: 'Beginner', intermediate: 'Intermediate', advanced: 'Advanced' };

export interface CatalogEntry {
  readonly scenario: ScenarioSummary;
  readonly status: ScenarioStatus;
  /** The best whole per cent of any submitted attempt, practice or exam; null before the first. */
  readonly bestPercent: number | null;
  /** The newest practice attempt still in progress: "Continue" opens it. */
  readonly openAttemptId: string | null;
  readonly submitted: number;
}

/** The catalog as the learner stands: every scenario with its best score and status. */
export function catalogEntries(scenarios: readonly ScenarioSummary[], attempts: readonly AttemptRecord[]): CatalogEntry[] {
  const byScenario = new Map<string, AttemptRecord[]>();
  for (const attempt of attempts) {
    const list = byScenario.get(attempt.scenarioId) ?? [];
    list.push(attempt);
    byScenario.set(attempt.scenarioId, list);
  }
  return scenarios.map((scenario) => {
    // Newest first, as the store lists them.
    const own = byScenario.get(scenario.id) ?? [];
    const scores = own.flatMap((attempt) => (attempt.status === 'submitted' && attempt.score ? [attempt.score.percent] : []));
    const bestPercent = scores.length > 0 ? Math.max(...scores) : null;
    const open = own.find((attempt) => attempt.mode === 'practice' && attempt.status === 'inProgress');
    const status: ScenarioStatus =
      bestPercent !== null && bestPercent >= PASS_PERCENT ? 'passed' : open ? 'inProgress' : bestPercent !== null ? 'notPassed' : 'notStarted';
    return { scenario, status, bestPercent, openAttemptId: open?.id ?? null, submitted: scores.length };
  });
}

/** Free play's attempt still in progress, newest first. */
export function openSandboxAttempt(attempts: readonly AttemptRecord[]): AttemptRecord | null {
  return attempts.find((attempt) => attempt.scenarioId === SANDBOX_SCENARIO_ID && attempt.status === 'inProgress') ?? null;
}

export interface CatalogFilter {
  readonly area: SkillAreaId | null;
  readonly difficulty: Difficulty | null;
  readonly status: ScenarioStatus | null;
  readonly query: string;
}

export function matchesFilter(entry: CatalogEntry, filter: CatalogFilter): boolean {
  const { scenario } = entry;
  if (filter.area && !scenario.skillAreas.includes(filter.area)) return false;
  if (filter.difficulty && scenario.difficulty !== filter.difficulty) return false;
  if (filter.status && entry.status !== filter.status) return false;
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = `${scenario.title} ${scenario.summary} ${scenario.id}`.toLowerCase();
  return words.every((word) => text.includes(word));
}

/**
 * The skill areas the filter offers: those some scenario covers, in the skills outline's order,
 * plus the one a link asked for, so the filter still shows what it filters by.
 */
export function areasWithScenarios(entries: readonly CatalogEntry[], selected: SkillAreaId | null): SkillAreaId[] {
  const covered = new Set(entries.flatMap((entry) => entry.scenario.skillAreas));
  return (Object.keys(SKILL_AREAS) as SkillAreaId[]).filter((area) => covered.has(area) || area === selected);
}

export interface AreaGroup {
  readonly area: SkillAreaId;
  readonly title: string;
  readonly domainTitle: string;
  readonly entries: readonly CatalogEntry[];
}

/** Entries grouped under their main (first) skill area, in the exam's order of skill areas. */
export function groupByArea(entries: readonly CatalogEntry[]): AreaGroup[] {
  const groups: AreaGroup[] = [];
  for (const [area, { title, domain }] of Object.entries(SKILL_AREAS) as [SkillAreaId, (typeof SKILL_AREAS)[SkillAreaId]][]) {
    const inArea = entries.filter((entry) => entry.scenario.skillAreas[0] === area);
    if (inArea.length > 0) {
      groups.push({ area, title, domainTitle: SKILL_DOMAINS[domain].title, entries: [...inArea].sort((a, b) => DIFFICULTIES.indexOf(a.scenario.difficulty) - DIFFICULTIES.indexOf(b.scenario.difficulty) || a.scenario.title.localeCompare(b.scenario.title)) });
    }
  }
  return groups;
}
