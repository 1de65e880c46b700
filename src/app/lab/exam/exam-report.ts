import { SKILL_AREAS, type SkillAreaId } from '../../../scenario';
import type { AttemptRecord } from '../../../storage';
import type { ExamQuestion, ExamSitting } from './exam-sitting';

/** Microsoft reports role-based exams on a 1–1000 scale with 700 to pass; Tenant Lab does the same. */
export const SCALE_MAX = 1000;
export const PASSING_SCORE = 700;

export interface QuestionResult {
  readonly question: ExamQuestion;
  /** Null when the attempt can't be found any more (deleted from History). */
  readonly attempt: AttemptRecord | null;
  readonly earned: number;
  readonly total: number;
  readonly percent: number;
}

export interface AreaResult {
  readonly id: string;
  readonly title: string;
  readonly earned: number;
  readonly total: number;
  /** Whole per cent of the area's points earned. */
  readonly percent: number;
}

export interface ExamReport {
  readonly scaledScore: number;
  readonly passed: boolean;
  readonly earned: number;
  readonly total: number;
  readonly questions: readonly QuestionResult[];
  readonly areas: readonly AreaResult[];
}

function areaTitle(id: string): string {
  return id in SKILL_AREAS ? SKILL_AREAS[id as SkillAreaId].title : id;
}

/**
 * The score report of an ended sitting. Microsoft's scaling isn't published and is not linear
 * in the number of questions; Tenant Lab scales linearly by points, so 700 means 70% of the
 * points, which a learner can check by hand against the per-scenario results.
 */
export function examReport(sitting: ExamSitting, attempts: readonly AttemptRecord[]): ExamReport {
  const byId = new Map(attempts.map((attempt) => [attempt.id, attempt]));
  const areas = new Map<string, { earned: number; total: number }>();
  const questions = sitting.questions.map((question): QuestionResult => {
    const attempt = byId.get(question.attemptId) ?? null;
    const score = attempt?.score;
    // A question never worked on scores nothing, whatever an older grader stored for its start.
    const untouched = attempt?.logLength === 0;
    for (const area of score?.skillAreas ?? []) {
      const sum = areas.get(area.id) ?? { earned: 0, total: 0 };
      areas.set(area.id, { earned: sum.earned + (untouched ? 0 : area.earned), total: sum.total + area.total });
    }
    return { question, attempt, earned: untouched ? 0 : (score?.earned ?? 0), total: score?.total ?? 0, percent: untouched ? 0 : (score?.percent ?? 0) };
  });
  const earned = questions.reduce((sum, result) => sum + result.earned, 0);
  const total = questions.reduce((sum, result) => sum + result.total, 0);
  // Floor, as the grader does: a scaled 700 is only shown when 70% was really reached.
  const scaledScore = total === 0 ? 0 : Math.floor((earned * SCALE_MAX) / total);
  return {
    scaledScore,
    passed: scaledScore >= PASSING_SCORE,
    earned,
    total,
    questions,
    areas: [...areas].map(([id, sum]) => ({ id, title: areaTitle(id), ...sum, percent: sum.total === 0 ? 0 : Math.floor((sum.earned * 100) / sum.total) })),
  };
}
