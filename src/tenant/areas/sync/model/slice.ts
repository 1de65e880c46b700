import { emptyCollection, type Collection } from '../../../collection';
import type { DeletionPrevention, SyncConfiguration, SyncScheduler } from './configuration';
import type { ConnectorObject, SyncError, SyncRun } from './run';

/** The Entra Connect Sync server: its configuration, scheduler, connector space and run history. */
export interface SyncSlice {
  /** null until the wizard has configured sync. */
  readonly configuration: SyncConfiguration | null;
  readonly scheduler: SyncScheduler;
  readonly deletionPrevention: DeletionPrevention;
  readonly connectorSpace: Collection<ConnectorObject>;
  readonly errors: Collection<SyncError>;
  /** The most recent runs, newest last. */
  readonly runs: readonly SyncRun[];
  /** The highest on-premises USN a completed import has taken in: delta imports read above it. */
  readonly watermark: number;
  readonly lastSyncDateTime: string | null;
}

export const MAX_RUN_HISTORY = 20;

export function emptySync(): SyncSlice {
  return {
    configuration: null,
    scheduler: {
      syncCycleEnabled: false,
      customizedSyncCycleInterval: null,
      nextSyncCyclePolicyType: 'Initial',
      nextSyncCycleStartTimeInUTC: null,
      stagingModeEnabled: false,
      schedulerSuspended: false,
    },
    deletionPrevention: { enabled: true, threshold: 500 },
    connectorSpace: emptyCollection(),
    errors: emptyCollection(),
    runs: [],
    watermark: 0,
    lastSyncDateTime: null,
  };
}
