import type { ObjectKindDefinition } from '../../area';
import { getById, toArray } from '../../collection';
import { onPremisesUsersNamed } from '../onPremises/object-kinds';
import type { SyncError } from './model/run';

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

/** Sync errors as scenario checks name them. */
export const SYNC_OBJECT_KINDS = { syncError };
