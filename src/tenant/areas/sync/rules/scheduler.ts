import type { Draft } from 'immer';
import type { ProcessHandler } from '../../../area';
import { addMilliseconds } from '../../../clock';
import type { ApplyContext } from '../../../command';
import type { Tenant } from '../../../model';
import { cancelProcessesFor, scheduleProcess } from '../../../schedule';
import { runSyncCycle } from './engine';

/** The scheduler's fixed interval; a customized interval may be longer, never shorter. */
export const ALLOWED_SYNC_CYCLE_INTERVAL = 30;

/** The one scheduled-process target the scheduler uses: there is one sync server. */
export const SCHEDULER_TARGET = 'entra-connect-sync-scheduler';

export const SYNC_CYCLE_PROCESS = 'sync.cycle';

export function effectiveInterval(customized: number | null): number {
  return Math.max(ALLOWED_SYNC_CYCLE_INTERVAL, customized ?? 0);
}

/** "01:30:00" for 90 minutes, as Get-ADSyncScheduler prints a TimeSpan. */
export function timeSpan(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const pad = (value: number) => String(value).padStart(2, '0');
  return hours >= 24 ? `${Math.floor(hours / 24)}.${pad(hours % 24)}:${pad(minutes % 60)}:00` : `${pad(hours)}:${pad(minutes % 60)}:00`;
}

/** Puts the next cycle on the simulated clock, or takes it off when the scheduler is off or suspended. */
export function scheduleNextCycle(draft: Draft<Tenant>, context: ApplyContext): void {
  cancelProcessesFor(draft, SCHEDULER_TARGET);
  const scheduler = draft.sync.scheduler;
  if (!draft.sync.configuration || !scheduler.syncCycleEnabled || scheduler.schedulerSuspended) {
    scheduler.nextSyncCycleStartTimeInUTC = null;
    return;
  }
  const due = addMilliseconds(context.now, effectiveInterval(scheduler.customizedSyncCycleInterval) * 60_000);
  scheduler.nextSyncCycleStartTimeInUTC = due;
  scheduleProcess(draft, context, SYNC_CYCLE_PROCESS, due, SCHEDULER_TARGET);
}

/**
 * Runs a cycle of the given type and sets what comes next: after an Initial that exported, the
 * scheduler goes back to Delta; an Initial that did not export (staging, deletion threshold)
 * stays due.
 */
export function runCycleAndReschedule(draft: Draft<Tenant>, policy: 'Delta' | 'Initial', context: ApplyContext): ReturnType<typeof runSyncCycle> {
  const result = runSyncCycle(draft, policy, context);
  const exported = result && (result.run.status === 'success' || result.run.status === 'completed-export-errors');
  if (exported) draft.sync.scheduler.nextSyncCyclePolicyType = 'Delta';
  else if (policy === 'Initial') draft.sync.scheduler.nextSyncCyclePolicyType = 'Initial';
  return result;
}

/** The scheduler's timer: a cycle of the type due, then the next one an interval later. */
export const runScheduledCycle: ProcessHandler = (draft, _process, context) => {
  runCycleAndReschedule(draft, draft.sync.scheduler.nextSyncCyclePolicyType, context);
  scheduleNextCycle(draft, context);
};
