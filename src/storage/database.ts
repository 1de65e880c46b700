import Dexie, { type ChromeTransactionDurability, type EntityTable, type Table } from 'dexie';
import { StorageError, toStorageError } from './errors';
import type { AttemptRecord } from './records/attempt';
import type { CommandLogRecord } from './records/command-log';
import type { ImportedScenarioRecord } from './records/imported-scenario';
import { SETTING_SCHEMA_VERSION, type SettingRecord } from './records/setting';
import type { SnapshotRecord } from './records/snapshot';
import { declareVersion1, declareVersion2 } from './schema';

export const DATABASE_NAME = 'tenant-lab';

/** The learner's saved work: attempts, their command logs and snapshots, settings, imported scenarios. */
export class TenantLabDatabase extends Dexie {
  declare readonly attempts: EntityTable<AttemptRecord, 'id'>;
  declare readonly commandLog: Table<CommandLogRecord, [string, number]>;
  declare readonly snapshots: Table<SnapshotRecord, [string, number]>;
  declare readonly settings: EntityTable<SettingRecord, 'key'>;
  declare readonly importedScenarios: EntityTable<ImportedScenarioRecord, 'id'>;

  constructor(name: string = DATABASE_NAME, options: ConstructorParameters<typeof Dexie>[1] = {}) {
    super(name, options);
    declareVersion1(this);
    declareVersion2(this);
  }
}

/** Written when the database opens: proves this browser lets Tenant Lab write, before the learner starts. */
export const LAST_OPENED_SETTING = 'storage.lastOpenedAt';

export interface OpenDatabaseOptions {
  readonly name?: string;
  /** Defaults to the page's IndexedDB; tests pass fake-indexeddb's. */
  readonly indexedDB?: IDBFactory;
  readonly IDBKeyRange?: typeof IDBKeyRange;
  /**
   * Chromium's commit durability. `relaxed` (the default here) reports a commit once the browser
   * holds the data: it survives a reload, a closed or crashed tab and a browser crash; only a
   * power cut or an OS crash within the OS's write-back delay can lose it. `strict` waits for the
   * disk on every commit, which costs far more than the 5 ms a command may take.
   */
  readonly durability?: ChromeTransactionDurability;
  /**
   * Called while an older Tenant Lab tab keeps this upgrade waiting; the open goes on once that
   * tab is closed. Without it, a blocked open fails with the same error.
   */
  readonly onBlocked?: (error: StorageError) => void;
  /** Called when a newer Tenant Lab in another tab needs this connection closed to upgrade. */
  readonly onVersionChange?: (error: StorageError) => void;
  readonly now?: () => Date;
}

/**
 * Opens the database and proves it can be written to, so that a browser without usable
 * IndexedDB (some private windows, blocked site data, a full disk) is reported before the
 * learner does any work, never discovered after.
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<TenantLabDatabase> {
  const factory = options.indexedDB ?? (typeof indexedDB === 'undefined' ? undefined : indexedDB);
  const keyRange = options.IDBKeyRange ?? (typeof IDBKeyRange === 'undefined' ? undefined : IDBKeyRange);
  if (!factory || !keyRange) throw new StorageError('Unavailable', ['This browser offers no IndexedDB.']);
  const db = new TenantLabDatabase(options.name ?? DATABASE_NAME, {
    indexedDB: factory,
    IDBKeyRange: keyRange,
    chromeTransactionDurability: options.durability ?? 'relaxed',
  });

  let failBlocked: ((error: StorageError) => void) | undefined;
  const blocked = new Promise<never>((_, reject) => {
    failBlocked = reject;
  });
  db.on('blocked', () => {
    const error = new StorageError('UpgradeBlocked');
    if (options.onBlocked) options.onBlocked(error);
    else failBlocked?.(error);
  });
  db.on('versionchange', () => {
    options.onVersionChange?.(new StorageError('VersionChanged'));
  });

  try {
    await Promise.race([db.open(), blocked]);
    const now = options.now ?? (() => new Date());
    await db.settings.put({ schemaVersion: SETTING_SCHEMA_VERSION, key: LAST_OPENED_SETTING, value: now().toISOString() });
    return db;
  } catch (error) {
    db.close();
    throw toStorageError(error, 'open');
  }
}

export type StoragePersistence = 'persistent' | 'best-effort' | 'unsupported';

/**
 * Asks the browser to keep Tenant Lab's data even when the disk runs low. Without it ("best
 * effort") a browser may evict the whole origin's storage under pressure, attempts included;
 * the UI can say so and suggest exporting progress. Browsers grant it on their own terms
 * (Chromium: for sites the user engages with or bookmarked; Firefox asks the user).
 */
export async function requestPersistentStorage(storage: StorageManager | undefined = typeof navigator === 'undefined' ? undefined : navigator.storage): Promise<StoragePersistence> {
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted()) return 'persistent';
    return (await storage.persist()) ? 'persistent' : 'best-effort';
  } catch {
    // A browser that refuses the question (some private windows) leaves the data best-effort.
    return 'best-effort';
  }
}
