import Dexie, { type Transaction } from 'dexie';
import { AttemptRecordV1, upgradeAttemptV1, type AttemptRecord } from './records/attempt';
import type { CommandLogRecord } from './records/command-log';

/**
 * The database's versions, oldest first. A version lists only the tables it changes; its
 * upgrade brings the stored records along, using the migration that lives beside their type.
 * Never edit a shipped version: add the next one.
 */
export function declareVersion1(db: Dexie): void {
  db.version(1).stores({
    attempts: 'id, scenarioId, startedAt',
    commandLog: '[attemptId+seq]',
    snapshots: '[attemptId+seq]',
    settings: 'key',
    importedScenarios: 'id',
  });
}

/** Version 2: attempts carry their log's length, and are found by exam and by last activity. */
export function declareVersion2(db: Dexie): void {
  db.version(2)
    .stores({ attempts: 'id, scenarioId, startedAt, updatedAt, examId' })
    .upgrade(upgradeToVersion2);
}

async function upgradeToVersion2(tx: Transaction): Promise<void> {
  const attempts = tx.table<unknown, string>('attempts');
  const log = tx.table<CommandLogRecord, [string, number]>('commandLog');
  const upgraded: AttemptRecord[] = [];
  for (const stored of await attempts.toArray()) {
    const v1 = AttemptRecordV1.safeParse(stored);
    // A damaged record is left as it is: failing the upgrade would lock the learner out of every
    // attempt, while reading the damaged one later reports it plainly.
    if (!v1.success) continue;
    const length = await log.where('[attemptId+seq]').between([v1.data.id, Dexie.minKey], [v1.data.id, Dexie.maxKey]).count();
    upgraded.push(upgradeAttemptV1(v1.data, length));
  }
  await attempts.bulkPut(upgraded);
}
