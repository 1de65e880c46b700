import { dispatch, type DispatchResult } from '../tenant/dispatch';
import type { Tenant } from '../tenant/model';
import type { LogEntry } from '../tenant/replay';
import type { AttemptStore } from './attempt-store';
import { AttemptForkedError, StorageError, storageErrorCatalog, toStorageError } from './errors';
import type { AttemptRecord, AttemptScore } from './records/attempt';
import { isSnapshotDue } from './records/snapshot';
import { acquireLock, attemptLockName, type HeldLock, type TabChannel, type TabLocks, type TabMessage } from './tabs';

/** What a follower tab shows: the attempt is being worked on elsewhere, and this tab mirrors it. */
export const FOLLOWER_NOTICE = storageErrorCatalog.NotWriter;

export type SessionRole = 'writer' | 'follower';

export interface AttemptSessionState {
  /** The attempt as stored; `attempt.logLength` commands of it are committed. */
  readonly attempt: AttemptRecord;
  /** The tenant after the committed log: what the pages show. */
  readonly tenant: Tenant;
  readonly role: SessionRole;
  /** `FOLLOWER_NOTICE` while another tab writes, otherwise null. */
  readonly notice: string | null;
  /** A failure in work nobody awaits (a snapshot, a catch-up after another tab's change). */
  readonly problem: StorageError | null;
  readonly closed: boolean;
}

export interface AttemptSessionOptions {
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
 * One tab's hold on one attempt. The writer tab performs commands: each is applied, logged,
 * and only once the log entry is committed does `perform` resolve and the state change. Other
 * tabs on the same attempt follow: they read what the writer logs and cannot write, until the
 * writer's tab closes and one of them takes over.
 */
export class AttemptSession {
  private state: AttemptSessionState;
  private readonly listeners = new Set<() => void>();
  private queue: Promise<unknown> = Promise.resolve();
  private lock: HeldLock | null = null;
  private readonly waiting = new AbortController();
  private readonly unlisten: () => void;

  private constructor(
    private readonly options: AttemptSessionOptions,
    initial: AttemptSessionState,
  ) {
    this.state = initial;
    this.unlisten = options.channel?.listen((message) => this.receive(message)) ?? (() => undefined);
  }

  /** Opens the attempt in this tab: the writer if no other tab holds it, a follower otherwise. */
  static async open(options: AttemptSessionOptions): Promise<AttemptSession> {
    const { locks, store, attemptId, fixture } = options;
    const lock = locks ? await acquireLock(locks, attemptLockName(attemptId), { ifAvailable: true }) : null;
    const role: SessionRole = locks && !lock ? 'follower' : 'writer';
    let resumed;
    try {
      resumed = await store.resumeAttempt(attemptId, fixture);
    } catch (error) {
      lock?.release();
      throw error;
    }
    const session = new AttemptSession(options, {
      attempt: resumed.attempt,
      tenant: resumed.tenant,
      role,
      notice: role === 'follower' ? FOLLOWER_NOTICE : null,
      problem: null,
      closed: false,
    });
    session.lock = lock;
    if (role === 'follower') session.awaitTakeOver();
    // A long tail (no snapshot yet, or one that no longer fits) is worth saving now, so the next resume is quick.
    if (role === 'writer' && resumed.attempt.logLength - resumed.fromSnapshot >= store.snapshotInterval) session.enqueueSnapshot();
    return session;
  }

  getState(): AttemptSessionState {
    return this.state;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Applies the command and logs it. Resolves with the tenant's answer once the entry is
   * committed, and only then does the state move: acknowledge the command to the learner then.
   * Rejects with a `StorageError` (nothing was logged and the state is unchanged); after an
   * `AttemptForkedError` the state already shows the log as another tab saved it.
   */
  perform(entry: LogEntry): Promise<DispatchResult> {
    return this.enqueue(async () => {
      this.requireWriter();
      const { tenant } = this.state;
      const result = dispatch(tenant, entry.command, entry.actor);
      let attempt: AttemptRecord;
      try {
        attempt = await this.options.store.appendCommand(this.options.attemptId, entry, this.state.attempt.logLength);
      } catch (error) {
        // Show the log as the other tab saved it; the learner hears about the fork either way.
        if (error instanceof AttemptForkedError) await this.catchUp().catch((failure: unknown) => this.report(failure));
        throw error;
      }
      this.update({ attempt, tenant: result.ok ? result.tenant : tenant });
      this.announce({ type: 'attempt.appended', attemptId: attempt.id, length: attempt.logLength });
      if (isSnapshotDue(attempt.logLength, this.options.store.snapshotInterval)) this.enqueueSnapshot();
      return result;
    });
  }

  /** Takes back the last `count` commands (Reset is `undo(attempt.logLength)`), then shows the tenant without them. */
  undo(count: number): Promise<void> {
    return this.enqueue(async () => {
      this.requireWriter();
      const { store, attemptId, fixture } = this.options;
      await store.undoLast(attemptId, count, this.state.attempt.logLength);
      const resumed = await store.resumeAttempt(attemptId, fixture);
      this.update({ attempt: resumed.attempt, tenant: resumed.tenant });
      this.announce({ type: 'attempt.rewound', attemptId, length: resumed.attempt.logLength });
    });
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

  /** Resolves once everything queued so far (commands, catch-ups, snapshots) has finished. */
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

  private requireWriter(): void {
    // A bug in the caller, not something the learner can act on.
    if (this.state.closed) throw new Error('This session was closed; open the attempt again to change it.');
    if (this.state.role !== 'writer') throw new StorageError('NotWriter', ['Another tab holds this attempt; this tab follows it.']);
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private update(change: Partial<AttemptSessionState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
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
    const task = message.type === 'attempt.rewound' ? () => this.reload() : () => this.catchUp();
    this.enqueue(task).catch((error: unknown) => this.report(error));
  }

  /** Rebuilds the state from the stored attempt: after another tab undid commands. */
  private async reload(): Promise<void> {
    const resumed = await this.options.store.resumeAttempt(this.options.attemptId, this.options.fixture);
    this.update({ attempt: resumed.attempt, tenant: resumed.tenant });
  }

  /**
   * Brings the state up to the stored log by replaying the commands logged since this tab last
   * looked. The database is the truth; messages only say when to look.
   */
  private async catchUp(): Promise<void> {
    const { attempt: known, tenant } = this.state;
    const { attempt, log: tail } = await this.options.store.readLogFrom(this.options.attemptId, known.logLength);
    if (attempt.logLength < known.logLength) return this.reload();
    let next = tenant;
    for (const entry of tail) {
      const result = dispatch(next, entry.command, entry.actor, { patches: false });
      if (result.ok) next = result.tenant;
    }
    this.update({ attempt, tenant: next });
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

  private enqueueSnapshot(): void {
    this.enqueue(async () => {
      const { attempt, tenant } = this.state;
      await this.options.store.saveSnapshot(this.options.attemptId, attempt.logLength, tenant, this.options.fixture);
    }).catch((error: unknown) => this.report(error, 'write'));
  }
}

/** Opens an attempt in this tab; see `AttemptSession`. */
export function openAttemptSession(options: AttemptSessionOptions): Promise<AttemptSession> {
  return AttemptSession.open(options);
}
