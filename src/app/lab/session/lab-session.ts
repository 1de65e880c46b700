import { createAttempt, grade, type AttemptFile, type ScenarioInstance } from '../../../scenario';
import { AttemptForkedError, FOLLOWER_NOTICE, storageErrorCatalog, toStorageError, type AttemptRecord, type AttemptScore, type SessionRole, type StorageError } from '../../../storage';
import { signedInAs, signedInThrough, tenantError, type ClientApp, type Command, type DispatchResult, type LogEntry, type Tenant } from '../../../tenant';
import { createTenantStore, type TenantStore } from '../../tenant-store';
import { loggedAction, replayActions, undoCount, type LoggedAction } from './actions';
import type { AttemptBackend } from './backend';
import type { WriteAheadLog } from './wal';

export interface LabSessionOptions {
  readonly backend: AttemptBackend;
  /** The attempt's starting tenant: the scenario instance's start, or Contoso for free play. */
  readonly start: Tenant;
  /** The scenario being practised, or null for free play. */
  readonly instance: ScenarioInstance | null;
  /** The write-ahead log, or null where there is none (an attempt kept in memory). */
  readonly wal: WriteAheadLog | null;
  /** Why the attempt is kept in this tab's memory only, or null when it is stored. */
  readonly unsaved: StorageError | null;
  /** A monotonic clock in milliseconds, for the time spent; tests pass their own. */
  readonly clock?: () => number;
}

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

/** How many of this tab's own commands are kept for undo without a replay. */
const RECENT_KEPT = 200;

const CLOSED_TAB = 'This tab has let go of the attempt. Reload the page to open it again.';
const RECOVERING = 'Tenant Lab is restoring your last changes. Try again in a moment.';

/**
 * One attempt open in this tab: the tenant the pages see, and the durable log behind it.
 *
 * Pages call `store.send(command)` and get the tenant's answer at once, so the log can't be
 * written before answering: IndexedDB only commits asynchronously. Instead each command is
 * first written ahead (synchronously, to localStorage) under the position it will take in the
 * log, then applied, then appended to IndexedDB; its write-ahead entry is cleared once the append
 * commits. Opening the attempt again commits whatever is still written ahead, so a reload, a
 * closed tab or a crash between the two loses nothing the learner was shown.
 *
 * Appends run one at a time in order. If one fails (a full disk, another tab moved the log) the
 * ones queued behind it are dropped too, and once the queue is empty the tenant on screen goes
 * back to the log as stored, with the failure shown until the learner dismisses it.
 */
export class LabSession {
  readonly store: TenantStore;
  readonly instance: ScenarioInstance | null;
  private readonly backend: AttemptBackend;
  private current: TenantStore;
  private unsubscribeCurrent: () => void;
  private readonly unsubscribeBackend: () => void;
  private userId: string;
  private readonly tenantListeners = new Set<() => void>();
  private readonly listeners = new Set<() => void>();
  private state: LabSessionState;
  private chain: Promise<void> = Promise.resolve();
  private queued = 0;
  private dropping = false;
  private busy: string | null = null;
  private recovering = false;
  private closed = false;
  private role: SessionRole;
  /** The log's length as this tab last made or saw it; another length means another tab moved it. */
  private expectedLength: number;
  /** Every logged command with its outcome, once replayed (for what changed); null until then. */
  private actions: LoggedAction[] | null = null;
  /** The commands this tab sent since the log last moved without it: undo needs no replay while they reach back far enough. */
  private recent: LoggedAction[] = [];
  private lastBackendProblem: StorageError | null = null;
  private readonly clock: () => number;
  private activeBase: number;
  private activeSince: number | null;

  private constructor(private readonly options: LabSessionOptions) {
    const { backend } = options;
    const initial = backend.getState();
    this.backend = backend;
    this.instance = options.instance;
    this.role = initial.role;
    this.expectedLength = initial.attempt.logLength;
    this.userId = initial.attempt.userId;
    this.clock = options.clock ?? (() => performance.now());
    this.activeBase = initial.attempt.activeMs;
    this.activeSince = this.clock();
    this.current = createTenantStore({ fixture: initial.tenant }, this.userId);
    this.unsubscribeCurrent = this.current.subscribe(() => this.notifyTenant());
    this.state = this.buildState([]);
    this.store = this.createStore();
    this.unsubscribeBackend = backend.subscribe(() => this.onBackendChange());
  }

  /** Opens the session; a writer first commits what an earlier tab wrote ahead and never committed. */
  static async open(options: LabSessionOptions): Promise<LabSession> {
    const session = new LabSession(options);
    if (session.role === 'writer') await session.recover();
    return session;
  }

  get attemptId(): string {
    return this.state.attempt.id;
  }

  /** Bound, for `useSyncExternalStore`. */
  readonly getState = (): LabSessionState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Resolves once every command sent so far is committed (or dropped). */
  async settled(): Promise<void> {
    while (this.queued > 0) await this.chain;
    await this.backend.settled();
  }

  /** Every logged command with its outcome, replayed from the start when not already known. */
  async loadActions(): Promise<readonly LoggedAction[]> {
    if (this.actions) return this.actions;
    await this.settled();
    const log = await this.backend.readLog();
    const { actions } = replayActions(this.options.start, log);
    // Commands sent while the log was read aren't in it; keep the list only if it is whole.
    if (this.queued === 0 && actions.length === this.backend.getState().attempt.logLength) this.actions = actions;
    return actions;
  }

  /** The last command undo would take back (the last accepted one), or null when there is none. */
  async lastAction(): Promise<LoggedAction | null> {
    const actions = await this.undoable();
    const count = undoCount(actions);
    return count === 0 ? null : actions[actions.length - count]!;
  }

  /** Takes back the last accepted command, with any refused ones after it. Resolves with what was undone. */
  undoLastAction(): Promise<LoggedAction | null> {
    return this.exclusive('Tenant Lab is undoing your last action.', null, async () => {
      const actions = await this.undoable();
      const count = undoCount(actions);
      if (count === 0) return null;
      await this.backend.undo(count);
      const length = this.backend.getState().attempt.logLength;
      this.actions = this.actions?.slice(0, length) ?? null;
      this.recent = this.recent.filter((action) => action.seq < length);
      this.followBackend();
      return actions[actions.length - count]!;
    });
  }

  /** Back to the start of this attempt: its whole log is taken back. */
  reset(): Promise<void> {
    return this.exclusive('Tenant Lab is resetting this attempt.', undefined, async () => {
      const length = this.backend.getState().attempt.logLength;
      if (length > 0) await this.backend.undo(length);
      this.actions = [];
      this.recent = [];
      this.followBackend();
    });
  }

  /** Grades the tenant as it stands and ends the attempt with that score. */
  submit(): Promise<AttemptRecord | null> {
    const { instance } = this;
    // Free play has no scenario, so nothing to grade: it is started over, never submitted.
    if (!instance) return Promise.resolve(null);
    return this.exclusive('Tenant Lab is submitting this attempt.', null, async () => {
      const report = grade(instance, this.store.getTenant());
      const score: AttemptScore = {
        earned: report.earned,
        total: report.total,
        percent: report.percent,
        skillAreas: report.skillAreas.map((area) => ({ id: area.id, earned: area.earned, total: area.total })),
      };
      return this.backend.submit({ score, activeMs: this.activeMs() });
    });
  }

  /** The attempt as a file the CLI's `grade` replays and scores the same way: the committed log, after what is pending commits. */
  async exportAttempt(): Promise<AttemptFile> {
    const { instance } = this;
    if (!instance) throw new Error('Free play has no scenario, so there is nothing for grade to check.');
    await this.settled();
    const log = await this.backend.readLog();
    const { startedAt, submittedAt } = this.state.attempt;
    return createAttempt(instance, log, { startedDateTime: startedAt, ...(submittedAt === undefined ? {} : { submittedDateTime: submittedAt }) });
  }

  /** Milliseconds the learner has spent with the attempt open and in view. */
  activeMs(): number {
    return this.activeBase + (this.activeSince === null ? 0 : Math.max(0, this.clock() - this.activeSince));
  }

  /** The tab was hidden or shown again: time spent counts only while the attempt is in view. */
  setVisible(visible: boolean): void {
    if (visible) this.activeSince ??= this.clock();
    else if (this.activeSince !== null) {
      this.activeBase = this.activeMs();
      this.activeSince = null;
    }
  }

  /** Saves the time spent so far; only the writing tab does, and only while the attempt is open. */
  async saveActiveTime(): Promise<void> {
    if (this.role !== 'writer' || this.state.attempt.status !== 'inProgress' || this.state.unsaved) return;
    try {
      await this.backend.saveActiveTime(this.activeMs());
    } catch (error) {
      this.addProblem(toStorageError(error, 'write'));
    }
  }

  dismissProblem(problem: StorageError): void {
    this.publish(this.state.problems.filter((item) => item !== problem));
  }

  close(): void {
    this.closed = true;
    this.unsubscribeBackend();
    this.unsubscribeCurrent();
    this.current.actor.stop();
    this.backend.close();
    this.publish();
  }

  private createStore(): TenantStore {
    // Read through `session` so the getter finds the actor of the tenant shown now.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const session = this;
    return {
      get actor() {
        return session.current.actor;
      },
      getSignedInUserId: () => this.userId,
      ...(this.instance ? { accountSwitchRefusal: `This scenario signs you in as ${this.instance.signInAs}, and grades what that admin does. Switch accounts in free play.` } : {}),
      signInAs: (userId) => {
        // A scenario signs the learner in as one admin, and grading replays the log as that admin.
        if (this.instance) return;
        this.userId = userId;
        this.current.signInAs(userId);
      },
      subscribe: (listener) => {
        this.tenantListeners.add(listener);
        return () => this.tenantListeners.delete(listener);
      },
      getTenant: () => this.current.getTenant(),
      send: (command, app) => this.send(command, app),
      fastForward: (duration) => this.send({ type: 'clock.advance', duration }),
    };
  }

  private send(command: Command, app?: ClientApp): DispatchResult {
    const refusal = this.refusal();
    if (refusal) return { ok: false, error: tenantError('AttemptReadOnly', refusal), audit: null };
    const entry: LogEntry = { command, actor: app ? signedInThrough(this.userId, app) : signedInAs(this.userId) };
    const seq = this.backend.getState().attempt.logLength + this.queued;
    this.options.wal?.write(seq, entry);
    const result = this.current.send(command, app);
    const action = loggedAction(seq, entry, result);
    if (this.actions?.length === seq) this.actions.push(action);
    else this.actions = null;
    this.recent.push(action);
    if (this.recent.length > RECENT_KEPT) this.recent.shift();
    this.commitLater(seq, entry);
    return result;
  }

  private commitLater(seq: number, entry: LogEntry): void {
    this.queued += 1;
    this.publish();
    this.chain = this.chain.then(async () => {
      try {
        await this.commit(seq, entry);
      } finally {
        this.queued -= 1;
        if (this.queued === 0 && this.dropping) {
          this.dropping = false;
          this.forgetActions();
          this.followBackend();
        }
        this.publish();
      }
    });
  }

  private async commit(seq: number, entry: LogEntry): Promise<void> {
    const { wal } = this.options;
    // A closed tab leaves what it wrote ahead for the next tab that opens the attempt to commit.
    if (this.closed) return;
    if (this.dropping) {
      wal?.clear(seq);
      return;
    }
    try {
      const length = this.backend.getState().attempt.logLength;
      // Only at the position it was written ahead for: replaying the write-ahead log relies on it.
      if (length !== seq) throw new AttemptForkedError(this.attemptId, seq, length);
      await this.backend.perform(entry);
      this.expectedLength = seq + 1;
      wal?.clear(seq);
    } catch (error) {
      if (this.closed) return;
      wal?.clear(seq);
      this.dropping = true;
      this.addProblem(toStorageError(error, 'write'));
    }
  }

  /**
   * Commits what was written ahead and not committed: the stored log's length says which
   * entries made it (those before it), and the others are appended in order.
   */
  private async recover(): Promise<void> {
    const { wal } = this.options;
    const pending = wal?.pending() ?? [];
    if (!wal || pending.length === 0) return;
    this.recovering = true;
    this.publish();
    try {
      for (const { seq, entry } of pending) {
        const length = this.backend.getState().attempt.logLength;
        if (seq < length) {
          wal.clear(seq);
          continue;
        }
        if (seq !== length) {
          // Keep the entry's position equal to where it goes, so a crash mid-way still dedupes.
          wal.write(length, entry);
          wal.clear(seq);
        }
        try {
          await this.backend.perform(entry);
          wal.clear(length);
        } catch (error) {
          this.addProblem(toStorageError(error, 'write'));
          wal.clearAll();
          break;
        }
      }
    } finally {
      this.recovering = false;
      this.forgetActions();
      this.followBackend();
      this.publish();
    }
  }

  private async exclusive<T>(why: string, failed: T, task: () => Promise<T>): Promise<T> {
    // The player disables its buttons while the tab may not write; this guards the rest.
    if (this.refusal()) return failed;
    this.busy = why;
    this.publish();
    try {
      await this.settled();
      return await task();
    } catch (error) {
      this.forgetActions();
      this.followBackend();
      this.addProblem(toStorageError(error, 'write'));
      return failed;
    } finally {
      this.busy = null;
      this.publish();
    }
  }

  private refusal(): string | null {
    const { closed, attempt } = this.backend.getState();
    if (closed) return CLOSED_TAB;
    if (this.role === 'follower') return FOLLOWER_NOTICE;
    if (this.recovering) return RECOVERING;
    if (attempt.status !== 'inProgress') return storageErrorCatalog.AttemptClosed;
    return this.busy;
  }

  private onBackendChange(): void {
    const backend = this.backend.getState();
    if (backend.problem && backend.problem !== this.lastBackendProblem) {
      this.lastBackendProblem = backend.problem;
      this.addProblem(backend.problem);
    }
    if (backend.role === 'follower') {
      this.forgetActions();
      this.followBackend();
    } else if (this.role === 'follower') {
      // The tab that held the attempt closed: this one writes now, after committing anything it left behind.
      this.role = 'writer';
      void this.recover();
    } else if (this.queued === 0 && !this.busy && !this.recovering && backend.attempt.logLength !== this.expectedLength) {
      // The log moved without this tab (a browser without Web Locks lets two tabs write).
      this.forgetActions();
      this.followBackend();
    }
    this.publish();
  }

  /** The log's last commands from its last accepted one on: from this tab's memory when it reaches back far enough, else replayed. */
  private async undoable(): Promise<readonly LoggedAction[]> {
    await this.settled();
    if (this.actions) return this.actions;
    let expected = this.backend.getState().attempt.logLength - 1;
    for (let i = this.recent.length - 1; i >= 0 && this.recent[i]!.seq === expected; i--, expected--) {
      if (this.recent[i]!.accepted) return this.recent.slice(i);
    }
    return this.loadActions();
  }

  /** The log moved in a way this tab did not follow command by command: what it knew of the outcomes is stale. */
  private forgetActions(): void {
    this.actions = null;
    this.recent = [];
  }

  /** Shows the tenant as the log stands. */
  private followBackend(): void {
    const { tenant, attempt } = this.backend.getState();
    this.expectedLength = attempt.logLength;
    if (this.current.getTenant() === tenant) return;
    this.unsubscribeCurrent();
    this.current.actor.stop();
    this.current = createTenantStore({ fixture: tenant }, this.userId);
    this.unsubscribeCurrent = this.current.subscribe(() => this.notifyTenant());
    this.notifyTenant();
  }

  private addProblem(problem: StorageError): void {
    this.publish([...this.state.problems, problem]);
  }

  private buildState(problems: readonly StorageError[]): LabSessionState {
    const backend = this.backend.getState();
    return {
      attempt: backend.attempt,
      role: this.role,
      readOnly: this.refusal(),
      pending: this.queued,
      problems,
      unsaved: this.options.unsaved,
    };
  }

  private publish(problems: readonly StorageError[] = this.state.problems): void {
    const next = this.buildState(problems);
    const previous = this.state;
    if (
      next.attempt === previous.attempt &&
      next.role === previous.role &&
      next.readOnly === previous.readOnly &&
      next.pending === previous.pending &&
      next.problems === previous.problems
    ) {
      return;
    }
    this.state = next;
    for (const listener of this.listeners) listener();
  }

  private notifyTenant(): void {
    for (const listener of this.tenantListeners) listener();
  }
}
