import type { Draft } from 'immer';
import { entities, putEntity, removeEntity } from './collection';
import type { ApplyContext } from './command';
import type { Tenant } from './model';

/** Puts a timed process on the simulated clock; the area that owns `kind` carries it out when it falls due. */
export function scheduleProcess(draft: Draft<Tenant>, context: ApplyContext, kind: string, dueDateTime: string, targetId: string): void {
  putEntity(draft.scheduledProcesses, { id: context.newId(), kind, dueDateTime, targetId });
}

/** Takes every pending process about `targetId` off the clock, e.g. when a deleted user is restored. */
export function cancelProcessesFor(draft: Draft<Tenant>, targetId: string): void {
  for (const process of [...entities(draft.scheduledProcesses)]) {
    if (process.targetId === targetId) removeEntity(draft.scheduledProcesses, process.id);
  }
}
