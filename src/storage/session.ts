import type { Tenant } from '../tenant/model';
import type { LogEntry } from '../tenant/replay';
import type { AttemptStore, ResumePoint } from './attempt-store';
import { AttemptForkedError, StorageError, storageErrorCatalog, toStorageError } from './errors';
import type { AttemptRecord, AttemptScore } from './records/attempt';
import { acquireLock, attemptLockName, type HeldLock, type TabChannel, type TabLocks, type TabMessage } from './tabs';

/** What a follower tab shows: the attempt is being worked on elsewhere, and this tab mirrors it. */
export const FOLLOWER_NOTICE = storageErrorCatalog.NotWriter;

export type SessionRole = 'writer' | 'follower';

export interface AttemptLogState {
  /** The attempt as stored; `attempt.logLength` commands of it are committed. */
  readonly attempt: AttemptRecord;
  readonly role: SessionRole;
  /** `FOLLOWER_NOTICE` while another tab writes, otherwise null. */
  readonly notice: string | null;
  /** A failure in work nobody awaits (a snapshot, a catch-up after another tab's change). */
  readonly problem: StorageError | null;
  readonly closed: boolean;
}

/**
 * How the log moved without this tab's own appends: commands another tab appended (to apply in
 * order), or a rewind (another tab's undo, or a fork refused) to rebuild the tenant from.
 */
export type LogMove = { readonly kind: 'appended'; readonly entries: readonly LogEntry[] } | { readonly kind: 'rewound'; readonly point: ResumePoint };

/**
 * An attempt's durable log, as the attempt session drives it: in IndexedDB here, or in the tab's
 * memory where the browser offers none. It records commands; it never applies them. The session's
 * tenant actor is the one place a command is applied, and `onMove` hands it what other tabs did.
 */
export interface AttemptLog {
  /** Commands between snapshots of the tenant, or null where the log keeps none (in memory). */
  readonly snapshotInterval: number | null;
  getState(): AttemptLogState;
  subscribe(listener: () => void): () => void;
  /** The log moved without this tab; the listener brings the tenant along, in order. */
  onMove(listener: (move: LogMove) => void): () => void;
  /** Where to rebuild the tenant from: a snapshot (or the start) and the commands after it. */
  resume(): Promise<ResumePoint>;
  /** Logs one command at position `seq`; resolves once it is committed. */
  append(entry: LogEntry, seq: number): Promise<void>;
  /** Takes back the last `count` commands; resolves with where to rebuild the tenant from. */
  undo(count: number): Promise<ResumePoint>;
  /** Keeps the tenant after the first `length` commands, so the next resume replays only the tail. */
  saveSnapshot(length: number, tenant: Tenant): void;
  submit(result: { readonly score: AttemptScore; readonly activeMs?: number }): Promise<AttemptRecord>;
  abandon(): Promise<AttemptRecord>;
  saveActiveTime(activeMs: number): Promise<void>;
  /** Resolves once everything queued so far has finished. */
  settled(): Promise<void>;
  close(): void;
  /** The whole committed log, for undo and for what changed. */
  readLog(): Promise<readonly LogEntry[]>;
}

export interface StoredAttemptLogOptions {
  readonly store: AttemptStore;
  readonly attemptId: string;
  /** The attempt's starting tenant (the scenario instance's start, or the sandbox fixture). */
  readonly fixture: Tenant;
  /** Web Locks, or null where there are none: every tab then writes and the database refuses forks. */
  readonly locks: TabLocks | null;
  /** The channel on which tabs say the log moved, or null where there is none. */
  readonly channel: TabChannel | null;
}

/**
 * One tab's hold on one attempt's log in IndexedDB. The writer tab appends; other tabs on the
 * same attempt follow what the writer logs and cannot append, until the writer's tab closes and
 * one of them takes over (a Web Lock per attempt decides). Work runs one task at a time, in order.
 */
export class StoredAttemptLog implements AttemptLog {
  private state: AttemptLogState;
  private readonly listeners = new Set<() => void>();
  private readonly movers = new Set<(move: LogMove) => void>();
  private queue: Promise<unknown> = Promise.resolve();
  private lock: HeldLock | null = null;
  private readonly waiting = new AbortController();
  private readonly unlisten: () => void;
  readonly snapshotInterval: number;

  private constructor(
    private readonly options: StoredAttemptLogOptions,
    initial: AttemptLogState,
  ) {
    this.state = initial;
    this.snapshotInterval = options.store.snapshotInterval;
    this.unlisten = options.channel?.listen((message) => this.receive(message)) ?? (() => undefined);
  }

  /** Opens the attempt's log in this tab: the writer if no other tab holds it, a follower otherwise. */
  static async open(options: StoredAttemptLogOptions): Promise<StoredAttemptLog> {
    const { locks, store, attemptId } = options;
    const lock = locks ? await acquireLock(locks, attemptLockName(attemptId), { ifAvailable: true }) : null;
    const role: SessionRole = locks && !lock ? 'follower' : 'writer';
    let attempt: AttemptRecord;
    try {
      attempt = await store.getAttempt(attemptId);
    } catch (error) {
      lock?.release();
      throw error;
    }
    const log = new StoredAttemptLog(options, { attempt, role, notice: role === 'follower' ? FOLLOWER_NOTICE : null, problem: null, closed: false });
    log.lock = lock;
    if (role === 'follower') log.awaitTakeOver();
    return log;
  }

  getState(): AttemptLogState {
    return this.state;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onMove(listener: (move: LogMove) => void): () => void {
    this.movers.add(listener);
    return () => this.movers.delete(listener);
  }

  resume(): Promise<ResumePoint> {
    return this.enqueue(() => this.readResumePoint());
  }

  /**
   * Commits the entry at `seq`. Rejects with a `StorageError` when nothing was logged; after an
   * `AttemptForkedError` (another tab moved the log) the log has already moved on to what that
   * tab saved, through `onMove`.
   */
  append(entry: LogEntry, seq: number): Promise<void> {
    return this.enqueue(async () => {
      this.requireWriter();
      let attempt: AttemptRecord;
      try {
        attempt = await this.options.store.appendCommand(this.options.attemptId, entry, seq);
      } catch (error) {
        if (error instanceof AttemptForkedError) await this.rewind().catch((failure: unknown) => this.report(failure));
        throw error;
      }
      this.update({ attempt });
      this.announce({ type: 'attempt.appended', attemptId: attempt.id, length: attempt.logLength });
    });
  }

  undo(count: number): Promise<ResumePoint> {
    return this.enqueue(async () => {
      this.requireWriter();
      const { store, attemptId } = this.options;
      await store.undoLast(attemptId, count, this.state.attempt.logLength);
      const point = await this.readResumePoint();
      this.announce({ type: 'attempt.rewound', attemptId, length: point.attempt.logLength });
      return point;
    });
  }

  saveSnapshot(length: number, tenant: Tenant): void {
    this.enqueue(async () => {
      await this.options.store.saveSnapshot(this.options.attemptId, length, tenant, this.options.fixture);
    }).catch((error: unknown) => this.report(error, 'write'));
  }

  submit(result: { readonly score: AttemptScore; readonly activeMs?: number }): Promise<AttemptRecord> {
    return this.endWith(() => this.options.store.submitAttempt(this.options.attemptId, result));
  }

  abandon(): Promise<AttemptRecord> {
    return this.endWith(() => this.options.store.abandonAttempt(this.options.attemptId));
  }

  saveActiveTime(activeMs: number): Promise<void> {
    return this.enqueue(async () => {
      this.requireWriter();
      this.update({ attempt: await this.options.store.saveActiveTime(this.options.attemptId, activeMs) });
    });
  }

  async readLog(): Promise<readonly LogEntry[]> {
    return (await this.options.store.loadAttempt(this.options.attemptId)).log;
  }

  async settled(): Promise<void> {
    let current: Promise<unknown>;
    do {
      current = this.queue;
      await current.catch(() => undefined);
    } while (current !== this.queue);
  }

  /** Lets go of the attempt: the lock is released (a follower elsewhere takes over) and messages stop. */
  close(): void {
    if (this.state.closed) return;
    this.unlisten();
    this.waiting.abort();
    this.lock?.release();
    this.lock = null;
    this.update({ closed: true });
  }

  private endWith(end: () => Promise<AttemptRecord>): Promise<AttemptRecord> {
    return this.enqueue(async () => {
      this.requireWriter();
      const attempt = await end();
      this.update({ attempt });
      this.announce({ type: 'attempt.ended', attemptId: attempt.id });
      return attempt;
    });
  }

  private async readResumePoint(): Promise<ResumePoint> {
    const point = await this.options.store.resumePoint(this.options.attemptId, this.options.fixture);
    this.update({ attempt: point.attempt });
    return point;
  }

  private requireWriter(): void {
    // A bug in the caller, not something the learner can act on.
    if (this.state.closed) throw new Error('This log was closed; open the attempt again to change it.');
    if (this.state.role !== 'writer') throw new StorageError('NotWriter', ['Another tab holds this attempt; this tab follows it.']);
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private update(change: Partial<AttemptLogState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }

  private move(move: LogMove): void {
    for (const mover of this.movers) mover(move);
  }

  private announce(message: TabMessage): void {
    this.options.channel?.post(message);
  }

  private report(error: unknown, during: 'read' | 'write' = 'read'): void {
    this.update({ problem: toStorageError(error, during) });
  }

  private receive(message: TabMessage): void {
    // An attempt starting says nothing about its log: there is none yet.
    if (message.attemptId !== this.options.attemptId || this.state.closed || message.type === 'attempt.started') return;
    const task = message.type === 'attempt.rewound' ? () => this.rewind() : () => this.catchUp();
    this.enqueue(task).catch((error: unknown) => this.report(error));
  }

  /** The log was rewound elsewhere: the tenant is rebuilt from the stored attempt. */
  private async rewind(): Promise<void> {
    this.move({ kind: 'rewound', point: await this.readResumePoint() });
  }

  /**
   * Hands on the commands logged since this tab last looked, for the tenant to apply in order.
   * The database is the truth; messages only say when to look.
   */
  private async catchUp(): Promise<void> {
    const known = this.state.attempt;
    const { attempt, log: tail } = await this.options.store.readLogFrom(this.options.attemptId, known.logLength);
    if (attempt.logLength < known.logLength) return this.rewind();
    this.update({ attempt });
    if (tail.length > 0) this.move({ kind: 'appended', entries: tail });
  }

  private awaitTakeOver(): void {
    const { locks, attemptId } = this.options;
    if (!locks) return;
    acquireLock(locks, attemptLockName(attemptId), { signal: this.waiting.signal }).then(
      (lock) => {
        if (!lock) return;
        if (this.state.closed) {
          lock.release();
          return;
        }
        this.lock = lock;
        this.enqueue(async () => {
          await this.catchUp();
          this.update({ role: 'writer', notice: null });
        }).catch((error: unknown) => this.report(error));
      },
      () => undefined, // aborted by close(): this tab no longer wants the attempt
    );
  }
}
