import { defineArea } from '../../area';
import { SYNC_ACTIVITIES } from './activities';
import { syncCommands } from './commands/sync';
import { emptySync } from './model/slice';
import { SYNC_OBJECT_KINDS } from './object-kinds';
import { runScheduledCycle, SYNC_CYCLE_PROCESS } from './rules/scheduler';

/**
 * Microsoft Entra Connect Sync: the wizard's configuration, the scheduler on the simulated clock,
 * and the engine that projects the on-premises directory into the tenant.
 */
export const syncArea = defineArea({
  id: 'sync',
  initialSlice: emptySync,
  commands: syncCommands,
  processes: {
    /** The scheduler's next cycle falls due; targetId is the scheduler. */
    [SYNC_CYCLE_PROCESS]: runScheduledCycle,
  },
  activities: Object.values(SYNC_ACTIVITIES),
  objectKinds: SYNC_OBJECT_KINDS,
});
