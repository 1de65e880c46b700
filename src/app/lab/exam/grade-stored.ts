import { grade, instantiate, replayLog } from '../../../scenario';
import { isStorageError, type AttemptScore, type AttemptStore } from '../../../storage';
import { readScenario, type ScenarioSources } from '../../../session/scenario-sources';

/**
 * Grades and submits an attempt nobody has open in this tab: its scenario drawn again with the
 * attempt's seed, its stored log replayed, the result graded as the player would. An attempt
 * already ended (by another tab, say) is left as it is. An attempt whose scenario can no longer
 * be read is submitted with no points, so an exam can always end.
 */
export async function submitStoredAttempt(store: AttemptStore, scenarios: ScenarioSources, attemptId: string): Promise<void> {
  const { attempt, log } = await store.loadAttempt(attemptId);
  if (attempt.status !== 'inProgress') return;
  const found = await scenarios.find(attempt.scenarioId);
  const read = found ? readScenario(found.source) : null;
  const prepared = read?.ok ? instantiate(read.scenario, { seed: attempt.variablesSeed }) : null;
  let score: AttemptScore = { earned: 0, total: 0, percent: 0, skillAreas: [] };
  if (prepared?.ok) {
    const replayed = replayLog(prepared.instance.start, log);
    const report = grade(prepared.instance, replayed.final, { failures: replayed.failures });
    score = {
      earned: report.earned,
      total: report.total,
      percent: report.percent,
      skillAreas: report.skillAreas.map((area) => ({ id: area.id, earned: area.earned, total: area.total })),
    };
  }
  try {
    await store.submitAttempt(attemptId, { score });
  } catch (error) {
    // Another tab ended it between the read and the write: its ending stands.
    if (isStorageError(error) && error.code === 'AttemptClosed') return;
    throw error;
  }
}
