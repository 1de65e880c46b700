import { z } from 'zod';

/** Free play on the demo tenant has no scenario; its attempts use this id. */
export const SANDBOX_SCENARIO_ID = 'sandbox';

export const ATTEMPT_MODES = ['practice', 'exam', 'sandbox'] as const;
export type AttemptMode = (typeof ATTEMPT_MODES)[number];

export const ATTEMPT_STATUSES = ['inProgress', 'submitted', 'abandoned'] as const;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];

/** A grade as the history page shows it: points overall and per MS-102 skill area. */
export const AttemptScore = z.strictObject({
  earned: z.number().min(0),
  total: z.number().min(0),
  /** Whole per cent, as the grader reports it. */
  percent: z.number().min(0).max(100),
  skillAreas: z.array(z.strictObject({ id: z.string().min(1), earned: z.number().min(0), total: z.number().min(0) })),
});
export type AttemptScore = z.infer<typeof AttemptScore>;

const isoDateTime = z.iso.datetime({ offset: true });

const attemptFieldsV1 = {
  id: z.string().min(1),
  /** The scenario's id, or `sandbox` for free play. */
  scenarioId: z.string().min(1),
  /** The seed the scenario's variables were drawn with. */
  variablesSeed: z.int().min(0).max(0xffffffff),
  mode: z.enum(ATTEMPT_MODES),
  status: z.enum(ATTEMPT_STATUSES),
  /** Wall-clock times: storage lives outside the deterministic core. */
  startedAt: isoDateTime,
  updatedAt: isoDateTime,
  submittedAt: isoDateTime.optional(),
  /** Time the learner spent with the attempt open and visible, in milliseconds. */
  activeMs: z.number().min(0),
  score: AttemptScore.optional(),
  /** The id of the admin the learner is signed in as: every logged command runs as this user. */
  userId: z.string().min(1),
  /** The exam this attempt is part of, in exam mode. */
  examId: z.string().min(1).optional(),
};

export const AttemptRecordV1 = z.strictObject({ schemaVersion: z.literal(1), ...attemptFieldsV1 });
export type AttemptRecordV1 = z.infer<typeof AttemptRecordV1>;

/**
 * Version 2 keeps the log's length on the attempt. Appends check it inside their transaction
 * (two tabs can't both append command n), and lists show an attempt's size without counting.
 */
export const AttemptRecord = z.strictObject({ schemaVersion: z.literal(2), ...attemptFieldsV1, logLength: z.int().min(0) });
export type AttemptRecord = z.infer<typeof AttemptRecord>;

export const ATTEMPT_SCHEMA_VERSION = 2;

/** v1 → v2: the log's length is counted from the stored log by the database upgrade. */
export function upgradeAttemptV1(record: AttemptRecordV1, logLength: number): AttemptRecord {
  return { ...record, schemaVersion: 2, logLength };
}
