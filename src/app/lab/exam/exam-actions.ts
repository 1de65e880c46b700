import { browserTabChannel, type AttemptMode, type AttemptRecord, type TabChannel } from '../../../storage';
import type { LabStorage } from '../../../session/lab-runtime';
import type { ScenarioSources } from '../../../session/scenario-sources';
import type { ExamPlan } from './exam-plan';
import { EXAM_SITTING_SCHEMA_VERSION, examSettingKey, readExamSitting, type ExamSitting } from './exam-sitting';
import { submitStoredAttempt } from './grade-stored';

/** What exams need of the lab runtime; `LabRuntime` is one. */
export interface ExamServices {
  storage(): Promise<LabStorage>;
  readonly scenarios: ScenarioSources;
  startAttempt(scenarioId: string, mode: AttemptMode, options?: { readonly examId?: string }): Promise<string>;
}

/**
 * Submits an attempt through whatever has it open in this tab (the player, so the commands it
 * has not committed yet are committed first); false when nothing here has it open.
 */
export type OpenAttemptSubmitter = (attemptId: string) => Promise<boolean>;

export interface ExamClock {
  /** Wall-clock milliseconds, as `Date.now()`. */
  now(): number;
}

const wallClock: ExamClock = { now: () => Date.now() };

function newSittingId(): string {
  return crypto.randomUUID();
}

/**
 * Starts a sitting: one exam-mode attempt per scenario (each drawing its variables from a new
 * seed), then the sitting with its deadline, counted from when the attempts are ready.
 */
export async function startExam(services: ExamServices, plan: ExamPlan, clock: ExamClock = wallClock): Promise<ExamSitting> {
  const { settings } = await services.storage();
  const id = newSittingId();
  const questions = [];
  for (const scenario of plan.scenarios) {
    const attemptId = await services.startAttempt(scenario.id, 'exam', { examId: id });
    questions.push({ scenarioId: scenario.id, title: scenario.title, skillAreas: [...scenario.skillAreas], attemptId });
  }
  const startedAt = clock.now();
  const sitting: ExamSitting = {
    schemaVersion: EXAM_SITTING_SCHEMA_VERSION,
    id,
    definitionId: plan.definitionId,
    title: plan.title,
    timeLimitMs: plan.timeLimitMs,
    startedAt: new Date(startedAt).toISOString(),
    deadline: new Date(startedAt + plan.timeLimitMs).toISOString(),
    questions,
  };
  await settings.set(examSettingKey(id), sitting);
  return sitting;
}

export async function loadSitting(services: ExamServices, sittingId: string): Promise<ExamSitting | null> {
  const { settings } = await services.storage();
  return readExamSitting(await settings.get(examSettingKey(sittingId)));
}

/** Every sitting the learner's attempts belong to, newest first. */
export async function listSittings(services: ExamServices, attempts: readonly AttemptRecord[]): Promise<ExamSitting[]> {
  const ids = [...new Set(attempts.flatMap((attempt) => (attempt.examId ? [attempt.examId] : [])))];
  const sittings = await Promise.all(ids.map((id) => loadSitting(services, id)));
  return sittings.filter((sitting): sitting is ExamSitting => sitting !== null).sort((a, b) => (a.startedAt < b.startedAt ? 1 : -1));
}

/**
 * Ends a sitting: every question still in progress is graded and submitted, then the sitting is
 * marked ended. Safe to run again (a reload after the deadline does): attempts already submitted
 * are left alone, and an ending already recorded stands. Two tabs noticing the deadline at once
 * both record the same ending, at the deadline.
 */
export async function endExam(
  services: ExamServices,
  sitting: ExamSitting,
  endedBy: 'learner' | 'time',
  options: { readonly submitOpen?: OpenAttemptSubmitter; readonly clock?: ExamClock; readonly channel?: TabChannel | null } = {},
): Promise<ExamSitting> {
  const { store, settings } = await services.storage();
  const channel = options.channel !== undefined ? options.channel : browserTabChannel();
  try {
    for (const { attemptId } of sitting.questions) {
      const handled = (await options.submitOpen?.(attemptId)) ?? false;
      if (handled) continue;
      const before = await store.getAttempt(attemptId).catch(() => null);
      if (before?.status !== 'inProgress') continue;
      await submitStoredAttempt(store, services.scenarios, attemptId);
      // Tabs with the attempt open (this one's player included) see it end.
      channel?.post({ type: 'attempt.ended', attemptId });
    }
    const stored = readExamSitting(await settings.get(examSettingKey(sitting.id))) ?? sitting;
    if (stored.endedAt !== undefined) return stored;
    // Ended by time is ended at the deadline, even when the page only noticed later (a reload).
    const endedAt = endedBy === 'time' ? stored.deadline : new Date((options.clock ?? wallClock).now()).toISOString();
    const ended: ExamSitting = { ...stored, endedAt, endedBy };
    await settings.set(examSettingKey(sitting.id), ended);
    return ended;
  } finally {
    if (options.channel === undefined) channel?.close();
  }
}
