import { formatPath, SKILL_AREAS, type ScenarioProblem } from '../../../scenario';
import { closestName } from '../../../scenario/issues';
import type { DocumentPath, SourcePosition } from '../../../scenario/source';
import type { ScenarioSummary } from '../../../session/scenario-sources';
import { examTimeLimitMs, type ExamFile } from './exam-file';

/** An exam ready to start: its scenarios chosen, in the order the learner meets them. */
export interface ExamPlan {
  readonly definitionId: string;
  readonly title: string;
  readonly timeLimitMs: number;
  readonly scenarios: readonly ScenarioSummary[];
}

export type ExamPlanResult = { readonly ok: true; readonly plan: ExamPlan } | { readonly ok: false; readonly problems: readonly ScenarioProblem[] };

/** A partial Fisher–Yates shuffle: `count` distinct items in drawn order. */
function drawFrom<T>(pool: readonly T[], count: number, random: () => number): T[] {
  const items = [...pool];
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (items.length - i));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items.slice(0, count);
}

/**
 * Chooses the exam's scenarios from the learner's catalog: the listed ones, or `count` drawn at
 * random per skill area from the scenarios whose main (first) area it is, as the catalog groups
 * them, so the areas' pools never overlap. Problems point into the exam file.
 */
export function planExam(
  exam: ExamFile,
  catalog: readonly ScenarioSummary[],
  options: { readonly file: string; readonly locate: (path: DocumentPath) => SourcePosition; readonly random: () => number },
): ExamPlanResult {
  const problems: ScenarioProblem[] = [];
  const problem = (path: DocumentPath, message: string, expected?: string, found?: string) =>
    problems.push({ file: options.file, ...options.locate(path), path: formatPath(path), message, ...(expected ? { expected } : {}), ...(found ? { found } : {}) });
  const byId = new Map(catalog.map((scenario) => [scenario.id, scenario]));
  const chosen: ScenarioSummary[] = [];

  exam.scenarios?.forEach((id, index) => {
    const scenario = byId.get(id);
    if (!scenario) {
      const suggestion = closestName(id, [...byId.keys()]);
      problem(['scenarios', index], `no scenario with the id '${id}' is in this browser's catalog${suggestion ? `; did you mean '${suggestion}'?` : ''}`, 'a scenario id from the catalog', `'${id}'`);
    } else if (chosen.includes(scenario)) {
      problem(['scenarios', index], `the scenario '${id}' is listed twice`, 'each scenario once', `'${id}'`);
    } else {
      chosen.push(scenario);
    }
  });

  exam.draw?.forEach(({ skillArea, count }, index) => {
    const pool = catalog.filter((scenario) => scenario.skillAreas[0] === skillArea && !chosen.includes(scenario));
    if (pool.length < count) {
      const title = SKILL_AREAS[skillArea].title;
      problem(
        ['draw', index, 'count'],
        `only ${pool.length} scenario${pool.length === 1 ? '' : 's'} left to draw for ${title}; found count ${count}`,
        `at most ${pool.length}`,
        String(count),
      );
      return;
    }
    chosen.push(...drawFrom(pool, count, options.random));
  });

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, plan: { definitionId: exam.id, title: exam.title, timeLimitMs: examTimeLimitMs(exam), scenarios: chosen } };
}
