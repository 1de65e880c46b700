import { z } from 'zod';

/**
 * One sitting of an exam, kept in the settings store (so progress exports carry it) under
 * `lab.exam.<id>`. The deadline is wall-clock time, stored once at the start: a reload, another
 * tab or a closed laptop all count down to the same moment. Each question is an exam-mode
 * attempt whose `examId` is the sitting's id.
 */
export const EXAM_SITTING_SCHEMA_VERSION = 1;

const isoDateTime = z.iso.datetime({ offset: true });

export const ExamQuestion = z.strictObject({
  scenarioId: z.string().min(1),
  /** The scenario's title when the exam started, so the report reads even if the file is gone. */
  title: z.string(),
  skillAreas: z.array(z.string().min(1)),
  attemptId: z.string().min(1),
});
export type ExamQuestion = z.infer<typeof ExamQuestion>;

export const ExamSitting = z.strictObject({
  schemaVersion: z.literal(EXAM_SITTING_SCHEMA_VERSION),
  id: z.string().min(1),
  /** The exam file's id, or `custom` for one drawn on the exam page. */
  definitionId: z.string().min(1),
  title: z.string().min(1),
  timeLimitMs: z.int().min(1),
  startedAt: isoDateTime,
  deadline: isoDateTime,
  questions: z.array(ExamQuestion).min(1),
  endedAt: isoDateTime.optional(),
  /** Whether the learner ended the exam or the time ran out. */
  endedBy: z.enum(['learner', 'time']).optional(),
});
export type ExamSitting = z.infer<typeof ExamSitting>;

const KEY_PREFIX = 'lab.exam.';

export function examSettingKey(sittingId: string): string {
  return KEY_PREFIX + sittingId;
}

/** The stored sitting, or null when the value is missing or unreadable (written by another build). */
export function readExamSitting(value: unknown): ExamSitting | null {
  const parsed = ExamSitting.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Milliseconds left at `now`; 0 once the deadline has passed. */
function remainingMs(sitting: ExamSitting, now: number): number {
  return Math.max(0, Date.parse(sitting.deadline) - now);
}

export function isExamOver(sitting: ExamSitting, now: number): boolean {
  return sitting.endedAt !== undefined || remainingMs(sitting, now) === 0;
}
