/**
 * How the tabs showing one attempt agree on who writes: a Web Lock per attempt held by the
 * writing tab, and a BroadcastChannel on which the writer says the log moved. Both are small
 * interfaces so tests (and browsers without them) can pass their own.
 */

export type TabMessage =
  /** An attempt was created (lists of attempts show one more). */
  | { readonly type: 'attempt.started'; readonly attemptId: string }
  /** Commands were appended; the log is now `length` long. */
  | { readonly type: 'attempt.appended'; readonly attemptId: string; readonly length: number }
  /** Commands were undone; the log is now `length` long. */
  | { readonly type: 'attempt.rewound'; readonly attemptId: string; readonly length: number }
  /** The attempt was submitted, abandoned or deleted. */
  | { readonly type: 'attempt.ended'; readonly attemptId: string };

export interface TabChannel {
  post(message: TabMessage): void;
  /** Messages from other tabs (never this tab's own); returns the unsubscribe. */
  listen(listener: (message: TabMessage) => void): () => void;
  close(): void;
}

export interface TabLock {
  readonly name: string;
}

/** The part of the Web Locks API (`navigator.locks`) the sessions use. */
export interface TabLocks {
  request(
    name: string,
    options: { readonly ifAvailable?: boolean; readonly signal?: AbortSignal },
    callback: (lock: TabLock | null) => Promise<void>,
  ): Promise<void>;
}

export const TAB_CHANNEL_NAME = 'tenant-lab';

export function attemptLockName(attemptId: string): string {
  return `tenant-lab-attempt-${attemptId}`;
}

const MESSAGE_TYPES = new Set(['attempt.started', 'attempt.appended', 'attempt.rewound', 'attempt.ended']);

function isTabMessage(data: unknown): data is TabMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, attemptId } = data as { type?: unknown; attemptId?: unknown };
  return typeof type === 'string' && MESSAGE_TYPES.has(type) && typeof attemptId === 'string';
}

/** The page's BroadcastChannel, or null where the browser has none. */
export function browserTabChannel(name = TAB_CHANNEL_NAME): TabChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(name);
  return {
    post: (message) => channel.postMessage(message),
    listen(listener) {
      const handle = (event: MessageEvent) => {
        if (isTabMessage(event.data)) listener(event.data);
      };
      channel.addEventListener('message', handle);
      return () => channel.removeEventListener('message', handle);
    },
    close: () => channel.close(),
  };
}

/** The page's Web Locks, or null where the browser has none (the database's own check still guards). */
export function browserTabLocks(): TabLocks | null {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return null;
  return { request: (name, options, callback) => locks.request(name, options, callback) };
}

export interface HeldLock {
  release(): void;
}

/**
 * Requests a lock and keeps it until `release()`. With `ifAvailable`, resolves null at once when
 * another tab holds it; otherwise waits for it, and rejects with an AbortError if `signal` aborts.
 */
export function acquireLock(
  locks: TabLocks,
  name: string,
  options: { readonly ifAvailable?: boolean; readonly signal?: AbortSignal },
): Promise<HeldLock | null> {
  return new Promise((resolve, reject) => {
    let release!: () => void;
    const held = new Promise<void>((done) => {
      release = done;
    });
    locks
      .request(name, options, async (lock) => {
        if (!lock) {
          resolve(null);
          return;
        }
        resolve({ release });
        await held;
      })
      .catch(reject);
  });
}
