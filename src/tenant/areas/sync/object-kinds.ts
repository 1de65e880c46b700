import type { ObjectKindDefinition } from '../../area';
import { getById, toArray } from '../../collection';
import { onPremisesUsersNamed } from '../onPremises/object-kinds';
import type { SyncError } from './model/run';
import type { SyncConfiguration } from './model/configuration';
import type { Tenant } from '../../model';

const syncError: ObjectKindDefinition<SyncError> = {
  description: "The export errors of an on-premises user, by the user's sAMAccountName or UPN.",
  find: (tenant, key) => {
    const ids = new Set(onPremisesUsersNamed(tenant, key).map((user) => user.id));
    return toArray(tenant.sync.errors).filter((error) => ids.has(error.onPremisesObjectId));
  },
  locate: (tenant, id) => {
    const entity = getById(tenant.sync.errors, id);
    return entity ? { kind: 'syncError', entity } : undefined;
  },
  describe: (entity) => `the ${entity.errorType} error on ${entity.attribute} ${entity.value}`,
  describeKey: (key) => `an export error for ${key}`,
  // A check is usually that the error is gone; the user it names need only exist.
  exists: (tenant, key) => onPremisesUsersNamed(tenant, key).length > 0,
};

/** The Entra Connect Sync configuration as a check reads it: one object, keyed `Connect Sync`. */
export type ConnectSyncObject = SyncConfiguration & { readonly id: 'connect-sync'; readonly deletionThresholdEnabled: boolean; readonly deletionThreshold: number };

const CONNECT_SYNC_KEY = 'connect sync';

function connectSyncOf(tenant: Tenant): ConnectSyncObject | undefined {
  const configuration = tenant.sync.configuration;
  if (!configuration) return undefined;
  const prevention = tenant.sync.deletionPrevention;
  return { ...configuration, id: 'connect-sync', deletionThresholdEnabled: prevention.enabled, deletionThreshold: prevention.threshold };
}

const entraConnect: ObjectKindDefinition<ConnectSyncObject> = {
  description: 'The Microsoft Entra Connect Sync configuration, by the key Connect Sync.',
  find: (tenant, key) => {
    const found = key.trim().toLowerCase() === CONNECT_SYNC_KEY ? connectSyncOf(tenant) : undefined;
    return found ? [found] : [];
  },
  locate: (tenant) => {
    const entity = connectSyncOf(tenant);
    return entity ? { kind: 'entraConnect', entity } : undefined;
  },
  describe: () => 'the Entra Connect Sync configuration',
  describeKey: () => 'the Entra Connect Sync configuration',
};

/** Sync errors and the Connect Sync configuration as scenario checks name them. */
export const SYNC_OBJECT_KINDS = { syncError, entraConnect };
