import { ATTEMPT_SCHEMA_VERSION, StorageError, type AttemptRecord, type AttemptSessionState } from '../../../storage';
import { dispatch, replay, type LogEntry, type Tenant } from '../../../tenant';
import type { AttemptBackend } from './backend';

/**
 * An attempt kept in this tab's memory only: what the lab falls back to when the browser offers
 * no IndexedDB. It behaves like a stored attempt (undo, reset, submit), and the lab says plainly
 * that closing or reloading the tab loses it.
 */
export function memoryBackend(attempt: Omit<AttemptRecord, 'schemaVersion' | 'status' | 'updatedAt' | 'activeMs' | 'logLength'>, start: Tenant, now: () => Date = () => new Date()): AttemptBackend {
  const log: LogEntry[] = [];
  const listeners = new Set<() => void>();
  let state: AttemptSessionState = {
    attempt: { ...attempt, schemaVersion: ATTEMPT_SCHEMA_VERSION, status: 'inProgress', updatedAt: attempt.startedAt, activeMs: 0, logLength: 0 },
    tenant: start,
    role: 'writer',
    notice: null,
    problem: null,
    closed: false,
  };
  const update = (change: Partial<AttemptSessionState>) => {
    state = { ...state, ...change };
    for (const listener of listeners) listener();
  };
  const touched = (change: Partial<AttemptRecord>): AttemptRecord => ({ ...state.attempt, ...change, updatedAt: now().toISOString() });
  const requireOpen = () => {
    if (state.attempt.status !== 'inProgress') throw new StorageError('AttemptClosed', [`Attempt ${state.attempt.id} is ${state.attempt.status}.`]);
  };
  const end = async (change: Partial<AttemptRecord>) => {
    requireOpen();
    update({ attempt: touched(change) });
    return state.attempt;
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async perform(entry) {
      requireOpen();
      const result = dispatch(state.tenant, entry.command, entry.actor);
      log.push(entry);
      update({ attempt: touched({ logLength: log.length }), tenant: result.ok ? result.tenant : state.tenant });
      return result;
    },
    async undo(count) {
      requireOpen();
      log.splice(Math.max(0, log.length - count));
      update({ attempt: touched({ logLength: log.length }), tenant: replay(start, log) });
    },
    submit: (result) => end({ status: 'submitted', submittedAt: now().toISOString(), score: result.score, activeMs: result.activeMs ?? state.attempt.activeMs }),
    abandon: () => end({ status: 'abandoned' }),
    async saveActiveTime(activeMs) {
      update({ attempt: { ...state.attempt, activeMs } });
    },
    settled: async () => undefined,
    close: () => update({ closed: true }),
    readLog: async () => [...log],
  };
}
