import { createAttempt, grade, type AttemptEvidence, type AttemptFile, type ScenarioInstance } from '../scenario';
import type { AttemptRecord, AttemptScore } from '../storage';
import type { LogEntry, Tenant } from '../tenant';

/** The score an attempt is submitted with: the grade of the tenant as it stands, per skill area too. */
export function scoreOf(instance: ScenarioInstance, tenant: Tenant, evidence: AttemptEvidence): AttemptScore {
  const report = grade(instance, tenant, evidence);
  return {
    earned: report.earned,
    total: report.total,
    percent: report.percent,
    skillAreas: report.skillAreas.map((area) => ({ id: area.id, earned: area.earned, total: area.total })),
  };
}

/** The attempt as a file the CLI's `grade` replays and scores the same way. */
export function attemptFile(instance: ScenarioInstance, log: readonly LogEntry[], attempt: AttemptRecord): AttemptFile {
  const { startedAt, submittedAt } = attempt;
  return createAttempt(instance, log, { startedDateTime: startedAt, ...(submittedAt === undefined ? {} : { submittedDateTime: submittedAt }) });
}
