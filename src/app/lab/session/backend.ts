import type { AttemptRecord, AttemptScore, AttemptSession, AttemptSessionState, AttemptStore } from '../../../storage';
import type { DispatchResult, LogEntry } from '../../../tenant';

/**
 * Where an attempt's log is kept: IndexedDB through the storage layer's `AttemptSession`, or
 * this tab's memory when the browser offers no storage. The lab session drives either the same
 * way; both keep the log as the truth and the tenant as the log replayed on the start.
 */
export interface AttemptBackend {
  getState(): AttemptSessionState;
  subscribe(listener: () => void): () => void;
  /** Applies and logs one command; resolves once it is committed. */
  perform(entry: LogEntry): Promise<DispatchResult>;
  undo(count: number): Promise<void>;
  submit(result: { readonly score: AttemptScore; readonly activeMs?: number }): Promise<AttemptRecord>;
  abandon(): Promise<AttemptRecord>;
  saveActiveTime(activeMs: number): Promise<void>;
  settled(): Promise<void>;
  close(): void;
  /** The whole committed log, for undo and for what changed. */
  readLog(): Promise<readonly LogEntry[]>;
}

/** The storage layer's session, with the store's full-log read beside it. */
export function storedBackend(session: AttemptSession, store: AttemptStore, attemptId: string): AttemptBackend {
  return {
    getState: () => session.getState(),
    subscribe: (listener) => session.subscribe(listener),
    perform: (entry) => session.perform(entry),
    undo: (count) => session.undo(count),
    submit: (result) => session.submit(result),
    abandon: () => session.abandon(),
    saveActiveTime: (activeMs) => session.saveActiveTime(activeMs),
    settled: () => session.settled(),
    close: () => session.close(),
    readLog: async () => (await store.loadAttempt(attemptId)).log,
  };
}
