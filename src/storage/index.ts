export { AttemptStore, type AttemptList, type AttemptStoreOptions, type LoadedAttempt, type NewAttempt, type ResumePoint } from './attempt-store';
export { toAttemptFile } from './attempt-file';
export {
  DATABASE_NAME,
  LAST_OPENED_SETTING,
  openDatabase,
  requestPersistentStorage,
  TenantLabDatabase,
  type OpenDatabaseOptions,
  type StoragePersistence,
} from './database';
export { AttemptForkedError, isStorageError, StorageError, storageErrorCatalog, toStorageError, type StorageErrorCode } from './errors';
export { PROGRESS_FORMAT, PROGRESS_FORMAT_VERSION, ProgressFile, parseProgressFile } from './progress-file';
export type { DamagedAttempt, ImportSummary, ProgressExport } from './progress';
export {
  ATTEMPT_MODES,
  ATTEMPT_SCHEMA_VERSION,
  ATTEMPT_STATUSES,
  AttemptRecord,
  AttemptScore,
  SANDBOX_SCENARIO_ID,
  type AttemptMode,
  type AttemptStatus,
} from './records/attempt';
export type { ImportedScenarioRecord } from './records/imported-scenario';
export { SNAPSHOT_INTERVAL } from './records/snapshot';
export { ScenarioLibrary } from './scenario-library';
export { FOLLOWER_NOTICE, StoredAttemptLog, type AttemptLog, type AttemptLogState, type LogMove, type SessionRole, type StoredAttemptLogOptions } from './session';
export { isSnapshotDue } from './records/snapshot';
export { SettingsStore } from './settings-store';
export { attemptLockName, browserTabChannel, browserTabLocks, TAB_CHANNEL_NAME, type TabChannel, type TabLock, type TabLocks, type TabMessage } from './tabs';
