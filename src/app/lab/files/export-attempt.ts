import type { AttemptRecord, AttemptStore } from '../../../storage';
import { downloadText, safeFileName } from './download';

/** The attempt's file name: scenario, then when it started, so a folder of them sorts by scenario and date. */
function attemptFileName(attempt: AttemptRecord): string {
  return `${safeFileName(attempt.scenarioId)}-${safeFileName(attempt.startedAt.slice(0, 16))}.attempt.json`;
}

/** Saves the attempt as the file the CLI's `grade` replays (`npm run lab -- grade <scenario> <file>`). */
export async function downloadAttempt(store: AttemptStore, attempt: AttemptRecord): Promise<string> {
  const file = await store.exportAttempt(attempt.id);
  const name = attemptFileName(attempt);
  downloadText(name, `${JSON.stringify(file, null, 2)}\n`);
  return name;
}
