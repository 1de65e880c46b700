import { FOLLOWER_NOTICE, storageErrorCatalog, type AttemptRecord, type SessionRole, type StorageError } from '../storage';

export interface LabSessionState {
  readonly attempt: AttemptRecord;
  readonly role: SessionRole;
  /** Why this tab refuses changes (another tab has the attempt, it is finished, an undo runs), or null. */
  readonly readOnly: string | null;
  /** Commands applied on screen whose log entries are not committed yet. */
  readonly pending: number;
  /** Storage failures, oldest first. They stay until the learner dismisses them. */
  readonly problems: readonly StorageError[];
  /** Set when the attempt lives in memory only: why, in the storage layer's words. */
  readonly unsaved: StorageError | null;
}

export type SaveStatus = 'saving' | 'saved' | 'unsaved';

export function saveStatus(state: LabSessionState): SaveStatus {
  if (state.unsaved) return 'unsaved';
  return state.pending > 0 ? 'saving' : 'saved';
}

function sameState(next: LabSessionState, previous: LabSessionState): boolean {
  return (
    next.attempt === previous.attempt &&
    next.role === previous.role &&
    next.readOnly === previous.readOnly &&
    next.pending === previous.pending &&
    next.problems === previous.problems
  );
}

/**
 * The session's state as the player reads it with `useSyncExternalStore`: a new object only when
 * something in it changed, so a page re-renders only then.
 */
export class SessionStatePublisher {
  private readonly listeners = new Set<() => void>();

  constructor(private current: LabSessionState) {}

  get state(): LabSessionState {
    return this.current;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  publish(next: LabSessionState): void {
    if (sameState(next, this.current)) return;
    this.current = next;
    for (const listener of this.listeners) listener();
  }
}

const CLOSED_TAB = 'This tab has let go of the attempt. Reload the page to open it again.';
const RECOVERING = 'Tenant Lab is restoring your last changes. Try again in a moment.';

/** Why a tab refuses changes now, in the order a learner should hear it, or null when it may write. */
export function refusalOf(tab: {
  readonly closed: boolean;
  readonly role: SessionRole;
  readonly recovering: boolean;
  readonly status: AttemptRecord['status'];
  /** What an exclusive task (undo, reset, submit) is doing, or null. */
  readonly busy: string | null;
}): string | null {
  if (tab.closed) return CLOSED_TAB;
  if (tab.role === 'follower') return FOLLOWER_NOTICE;
  if (tab.recovering) return RECOVERING;
  if (tab.status !== 'inProgress') return storageErrorCatalog.AttemptClosed;
  return tab.busy;
}
