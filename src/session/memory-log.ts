import { ATTEMPT_SCHEMA_VERSION, StorageError, type AttemptLog, type AttemptLogState, type AttemptRecord, type ResumePoint } from '../storage';
import type { LogEntry, Tenant } from '../tenant';

/**
 * An attempt kept in this tab's memory only: what the lab falls back to when the browser offers
 * no IndexedDB. It behaves like a stored log (undo, reset, submit), and the lab says plainly that
 * closing or reloading the tab loses it.
 */
export function memoryAttemptLog(attempt: Omit<AttemptRecord, 'schemaVersion' | 'status' | 'updatedAt' | 'activeMs' | 'logLength'>, start: Tenant, now: () => Date = () => new Date()): AttemptLog {
  const log: LogEntry[] = [];
  const listeners = new Set<() => void>();
  let state: AttemptLogState = {
    attempt: { ...attempt, schemaVersion: ATTEMPT_SCHEMA_VERSION, status: 'inProgress', updatedAt: attempt.startedAt, activeMs: 0, logLength: 0 },
    role: 'writer',
    notice: null,
    problem: null,
    closed: false,
  };
  const update = (change: Partial<AttemptLogState>) => {
    state = { ...state, ...change };
    for (const listener of listeners) listener();
  };
  const touched = (change: Partial<AttemptRecord>): AttemptRecord => ({ ...state.attempt, ...change, updatedAt: now().toISOString() });
  const requireOpen = () => {
    if (state.attempt.status !== 'inProgress') throw new StorageError('AttemptClosed', [`Attempt ${state.attempt.id} is ${state.attempt.status}.`]);
  };
  const point = (): ResumePoint => ({ attempt: state.attempt, base: start, fromSnapshot: 0, tail: [...log] });
  const end = async (change: Partial<AttemptRecord>) => {
    requireOpen();
    update({ attempt: touched(change) });
    return state.attempt;
  };

  return {
    snapshotInterval: null,
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    // Only this tab has the attempt: nothing else moves its log.
    onMove: () => () => undefined,
    resume: async () => point(),
    async append(entry) {
      requireOpen();
      log.push(entry);
      update({ attempt: touched({ logLength: log.length }) });
    },
    async undo(count) {
      requireOpen();
      log.splice(Math.max(0, log.length - count));
      update({ attempt: touched({ logLength: log.length }) });
      return point();
    },
    saveSnapshot: () => undefined,
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
