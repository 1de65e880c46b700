import Dexie from 'dexie';
import type { LogEntry } from '../tenant/replay';
import type { TenantLabDatabase } from './database';
import { LAST_OPENED_SETTING } from './database';
import { toStorageError, type StorageError } from './errors';
import { checkedAttempt, checkedLog } from './integrity';
import { PROGRESS_FORMAT, PROGRESS_FORMAT_VERSION, parseProgressFile, type ProgressFile } from './progress-file';
import { upgradeAttemptV1 } from './records/attempt';
import { commandLogRecord } from './records/command-log';
import { IMPORTED_SCENARIO_SCHEMA_VERSION } from './records/imported-scenario';
import { SETTING_SCHEMA_VERSION } from './records/setting';

/** An attempt record this build can't read: listed so the UI can say so and offer to delete it. */
export interface DamagedAttempt {
  readonly id: string;
  readonly error: StorageError;
}

export interface ProgressExport {
  readonly file: ProgressFile;
  /** Attempts left out of the file because they can't be read. */
  readonly damaged: readonly DamagedAttempt[];
}

export interface ImportSummary {
  readonly attemptsImported: number;
  /** Attempts already saved here: the local copy is kept, never overwritten. */
  readonly attemptsSkipped: readonly string[];
  readonly settingsImported: number;
  readonly scenariosImported: number;
  readonly scenariosSkipped: readonly string[];
}

type JsonValue = ProgressFile['settings'][number]['value'];

export async function exportAllProgress(db: TenantLabDatabase, now: Date): Promise<ProgressExport> {
  return db.transaction('r', db.attempts, db.commandLog, db.settings, db.importedScenarios, async () => {
    const attempts: ProgressFile['attempts'] = [];
    const damaged: DamagedAttempt[] = [];
    for (const stored of await db.attempts.toArray()) {
      const id = String((stored as { id?: unknown }).id);
      try {
        const attempt = checkedAttempt(stored, id);
        const records = await db.commandLog.where('[attemptId+seq]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray();
        // A command is a plain object with a type; the file's schema says only that much.
        attempts.push({ attempt, log: checkedLog(attempt, records) as ProgressFile['attempts'][number]['log'] });
      } catch (error) {
        damaged.push({ id, error: toStorageError(error, 'read') });
      }
    }
    const settings = (await db.settings.toArray())
      .filter((setting) => setting.key !== LAST_OPENED_SETTING)
      .map((setting) => ({ key: setting.key, value: setting.value as JsonValue }));
    const importedScenarios = (await db.importedScenarios.toArray()).map(({ id, source, fileName, importedAt }) => ({
      id,
      source,
      ...(fileName === undefined ? {} : { fileName }),
      importedAt,
    }));
    const file: ProgressFile = {
      format: PROGRESS_FORMAT,
      formatVersion: PROGRESS_FORMAT_VERSION,
      exportedAt: now.toISOString(),
      attempts,
      settings,
      importedScenarios,
    };
    return { file, damaged };
  });
}

/** Validates the whole file first, then writes it in one transaction: all of it or nothing. */
export async function importAllProgress(db: TenantLabDatabase, input: string | unknown): Promise<ImportSummary> {
  const file = parseProgressFile(input);
  return db.transaction('rw', [db.attempts, db.commandLog, db.snapshots, db.settings, db.importedScenarios], async () => {
    const existingAttempts = new Set(await db.attempts.toCollection().primaryKeys());
    const attemptsSkipped: string[] = [];
    let attemptsImported = 0;
    for (const { attempt, log } of file.attempts) {
      if (existingAttempts.has(attempt.id)) {
        attemptsSkipped.push(attempt.id);
        continue;
      }
      // Rows left under this id by an attempt deleted half-way in an older build would collide.
      const range = [[attempt.id, Dexie.minKey], [attempt.id, Dexie.maxKey]] as const;
      await db.commandLog.where('[attemptId+seq]').between(...range).delete();
      await db.snapshots.where('[attemptId+seq]').between(...range).delete();
      await db.attempts.add(attempt.schemaVersion === 1 ? upgradeAttemptV1(attempt, log.length) : attempt);
      // Every command's type was checked against this build's table by parseProgressFile.
      await db.commandLog.bulkAdd(log.map((entry, seq) => commandLogRecord(attempt.id, seq, entry as LogEntry)));
      attemptsImported += 1;
    }
    await db.settings.bulkPut(file.settings.map(({ key, value }) => ({ schemaVersion: SETTING_SCHEMA_VERSION, key, value })));
    const existingScenarios = new Set(await db.importedScenarios.toCollection().primaryKeys());
    const scenariosSkipped: string[] = [];
    let scenariosImported = 0;
    for (const scenario of file.importedScenarios) {
      if (existingScenarios.has(scenario.id)) {
        scenariosSkipped.push(scenario.id);
        continue;
      }
      await db.importedScenarios.add({ schemaVersion: IMPORTED_SCENARIO_SCHEMA_VERSION, ...scenario });
      scenariosImported += 1;
    }
    return { attemptsImported, attemptsSkipped, settingsImported: file.settings.length, scenariosImported, scenariosSkipped };
  });
}
