/*
 * The lab's own runtime inside the page, for the player's browser tests and the resume
 * benchmark: bundled on the fly (tests/e2e/page-bundle.ts) and injected into the built app's
 * origin, so it writes the same IndexedDB and localStorage the app reads. Reached through
 * `window.TenantLabPlayer`.
 */
import { LabRuntime } from '../../src/session/lab-runtime';
import { SANDBOX_SCENARIO_ID } from '../../src/storage';
import { createContosoTenant } from '../../src/tenant';
import { learnerLog } from '../bench/learner-log';

/** Saves a scenario file as the learner's import, as the lab's Files page does. */
export async function importScenario(id: string, source: string): Promise<void> {
  await (await new LabRuntime().storage()).library.save({ id, source, fileName: `${id}.yaml` });
}

export interface SeededAttempt {
  readonly attemptId: string;
  /** Milliseconds from `send` to its log entry committed (written ahead, applied, appended), per command. */
  readonly logging: readonly number[];
}

/**
 * Starts a free-play attempt and plays `count` learner-like commands through the player's own
 * session, one at a time, each awaited until committed; then lets go of the attempt.
 */
export async function seedSandbox(count: number): Promise<SeededAttempt> {
  const runtime = new LabRuntime();
  const attemptId = await runtime.startAttempt(SANDBOX_SCENARIO_ID, 'sandbox');
  const session = await runtime.openAttempt(attemptId);
  const logging: number[] = [];
  for (const entry of learnerLog(createContosoTenant(), count)) {
    const start = performance.now();
    session.store.send(entry.command);
    await session.settled();
    logging.push(performance.now() - start);
  }
  session.close();
  return { attemptId, logging };
}
