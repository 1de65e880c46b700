import { defineActivities, nameOf } from '../../describe';

/** What Entra's audit log records when Entra Connect is set up or changed. */
export const SYNC_ACTIVITIES = defineActivities({
  'Set DirSyncEnabled flag': { category: 'DirectoryManagement', operationType: 'Update', describe: () => 'Directory synchronization turned on for the tenant' },
  'Set domain authentication': {
    category: 'DirectoryManagement',
    operationType: 'Update',
    describe: (record) => `Domain ${nameOf(record.targetResources[0])}: authentication changed`,
  },
});
