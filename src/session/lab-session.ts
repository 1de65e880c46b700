import { needsFailures, type AttemptEvidence, type AttemptFile, type ScenarioInstance } from '../scenario';
import {
  toStorageError,
  type AttemptLog,
  type AttemptRecord,
  type LogMove,
  type ResumePoint,
  type SessionRole,
  type StorageError,
} from '../storage';
import { signedInAs, signedInThrough, TENANT_ERRORS, type ClientApp, type TenantCommand, type DispatchResult, type LogEntry, type Tenant } from '../tenant';
import { attemptFile, scoreOf } from './attempt-outcome';
import { failuresOf, loggedAction, replayActions, undoCount, type LoggedAction } from './actions';
import { CommitQueue } from './commit-queue';
import { TenantActorHandle, type TenantStore } from './tenant-store';
import { refusalOf, SessionStatePublisher, type LabSessionState } from './session-state';
import { signedInStore } from './signed-in-store';
import { TimeSpent } from './time-spent';
import { UndoMemory } from './undo-memory';
import type { WriteAheadLog } from './wal';

export interface LabSessionOptions {
  readonly log: AttemptLog;
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


/**
 * One attempt open in this tab, without any UI: the tenant actor that owns its tenant, the durable
 * log behind it, undo, the writer/follower role and the time spent. The pages, the console, Graph
 * and the CLI all drive an attempt through it. A command is applied once, by the tenant actor, and
 * the log records what was sent; a second tab replays that log through its own actor.
 */
export class LabSession {
  readonly store: TenantStore;
  readonly instance: ScenarioInstance | null;
  private readonly log: AttemptLog;
  private readonly tenant: TenantActorHandle;
  private readonly queue: CommitQueue;
  private readonly memory = new UndoMemory();
  private readonly time: TimeSpent;
  private readonly status: SessionStatePublisher;
  private readonly unsubscribers: (() => void)[] = [];
  private role: SessionRole;
  private busy: string | null = null;
  private recovering = false;
  private closed = false;
  private lastLogProblem: StorageError | null = null;

  private constructor(
    private readonly options: LabSessionOptions,
    point: ResumePoint,
  ) {
    const { log } = options;
    const initial = log.getState();
    this.log = log;
    this.instance = options.instance;
    this.role = initial.role;
    // What the last page wrote ahead as it unloaded counts too: its IndexedDB write may not have committed.
    this.time = new TimeSpent(Math.max(initial.attempt.activeMs, options.wal?.timeSpent() ?? 0), options.clock ?? (() => performance.now()));
    this.tenant = new TenantActorHandle(point.base);
    this.tenant.replay(point.tail);
    this.queue = new CommitQueue({
      log,
      wal: options.wal,
      onProblem: (problem) => this.addProblem(problem),
      onCommitted: (seq) => this.snapshotIfDue(seq + 1, this.memory.stateAfter(seq)),
      onDropped: () => void this.rebuild(),
      onChange: () => this.publish(),
    });
    this.status = new SessionStatePublisher(this.buildState([]));
    this.store = signedInStore({
      tenant: this.tenant,
      userId: initial.attempt.userId,
      scenarioAdmin: options.instance?.signInAs ?? null,
      send: (command, userId, app) => this.send(command, userId, app),
    });
    this.unsubscribers.push(
      log.subscribe(() => this.onLogChange()),
      log.onMove((move) => this.follow(move)),
    );
    // A long tail (no snapshot yet, or one that no longer fits) is worth saving now, so the next resume is quick.
    if (this.role === 'writer' && log.snapshotInterval !== null && point.tail.length >= log.snapshotInterval) {
      log.saveSnapshot(point.attempt.logLength, this.tenant.getTenant());
    }
  }

  /** Opens the session on its log; a writer first commits what an earlier tab wrote ahead and never committed. */
  static async open(options: LabSessionOptions): Promise<LabSession> {
    const session = new LabSession(options, await options.log.resume());
    if (session.role === 'writer') await session.recover();
    return session;
  }

  get attemptId(): string {
    return this.status.state.attempt.id;
  }

  /** Bound, for `useSyncExternalStore`. */
  readonly getState = (): LabSessionState => this.status.state;

  get subscribe(): (listener: () => void) => () => void {
    return this.status.subscribe;
  }

  /** Resolves once every command sent so far is committed (or dropped). */
  async settled(): Promise<void> {
    await this.queue.settled();
    await this.log.settled();
  }

  /** Every logged command with its outcome, replayed from the start when not already known. */
  async loadActions(): Promise<readonly LoggedAction[]> {
    if (this.memory.known) return this.memory.known;
    await this.settled();
    const { actions } = replayActions(this.options.start, await this.log.readLog());
    // Commands sent while the log was read aren't in it; keep the list only if it is whole.
    if (this.queue.queued === 0) this.memory.learn(actions, this.log.getState().attempt.logLength);
    return actions;
  }

  /** What grading needs besides the tenant: the refused commands' failure records, read only when a check asks for them. */
  async evidence(): Promise<AttemptEvidence> {
    return this.instance && needsFailures(this.instance) ? { failures: failuresOf(await this.loadActions()) } : {};
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
      const length = this.log.getState().attempt.logLength;
      const before = this.memory.stateBefore(length, count);
      const point = await this.log.undo(count);
      this.memory.truncate(length - count);
      // This tab's own recent commands are taken back to the state it kept; older ones are replayed.
      if (before) this.tenant.restore(before);
      else this.tenant.replay(point.tail, point.base);
      return actions[actions.length - count]!;
    });
  }

  /** Back to the start of this attempt: its whole log is taken back. */
  reset(): Promise<void> {
    return this.exclusive('Tenant Lab is resetting this attempt.', undefined, async () => {
      const length = this.log.getState().attempt.logLength;
      if (length > 0) {
        const point = await this.log.undo(length);
        this.tenant.replay(point.tail, point.base);
      }
      this.memory.forget();
      this.memory.learn([], 0);
    });
  }

  /** Grades the tenant as it stands and ends the attempt with that score. */
  submit(): Promise<AttemptRecord | null> {
    const { instance } = this;
    // Free play has no scenario, so nothing to grade: it is started over, never submitted.
    if (!instance) return Promise.resolve(null);
    return this.exclusive('Tenant Lab is submitting this attempt.', null, async () => {
      const score = scoreOf(instance, this.tenant.getTenant(), await this.evidence());
      return this.log.submit({ score, activeMs: this.activeMs() });
    });
  }

  /** The attempt as a file the CLI's `grade` replays and scores the same way: the committed log, after what is pending commits. */
  async exportAttempt(): Promise<AttemptFile> {
    const { instance } = this;
    if (!instance) throw new Error('Free play has no scenario, so there is nothing for grade to check.');
    await this.settled();
    return attemptFile(instance, await this.log.readLog(), this.status.state.attempt);
  }

  /** Milliseconds the learner has spent with the attempt open and in view. */
  activeMs(): number {
    return this.time.ms;
  }

  /** The tab was hidden or shown again: time spent counts only while the attempt is in view. */
  setVisible(visible: boolean): void {
    this.time.setVisible(visible);
  }

  /** Saves the time spent so far; only the writing tab does, and only while the attempt is open. */
  async saveActiveTime(): Promise<void> {
    if (this.role !== 'writer' || this.status.state.attempt.status !== 'inProgress' || this.status.state.unsaved) return;
    const ms = this.activeMs();
    // Synchronously first: on pagehide the page is gone before IndexedDB commits.
    this.options.wal?.writeTimeSpent(ms);
    try {
      await this.log.saveActiveTime(ms);
      this.options.wal?.clearTimeSpent(ms);
    } catch (error) {
      this.addProblem(toStorageError(error, 'write'));
    }
  }

  dismissProblem(problem: StorageError): void {
    this.publish(this.status.state.problems.filter((item) => item !== problem));
  }

  close(): void {
    this.closed = true;
    this.queue.close();
    for (const unsubscribe of this.unsubscribers) unsubscribe();
    this.tenant.stop();
    this.log.close();
    this.publish();
  }

  private send(command: TenantCommand, userId: string, app?: ClientApp): DispatchResult {
    const refusal = this.refusal();
    if (refusal) return { ok: false, error: TENANT_ERRORS.attemptReadOnly(refusal), audit: null };
    const entry: LogEntry = { command, actor: app ? signedInThrough(userId, app) : signedInAs(userId) };
    const seq = this.queue.nextSeq();
    this.queue.writeAhead(seq, entry);
    const before = this.tenant.getTenant();
    const result = this.tenant.apply(entry);
    this.memory.remember({ ...loggedAction(seq, entry, result), before, after: this.tenant.getTenant() });
    this.queue.enqueue(seq, entry);
    return result;
  }

  private snapshotIfDue(length: number, tenant: Tenant | undefined): void {
    const interval = this.log.snapshotInterval;
    if (tenant && interval !== null && length % interval === 0) this.log.saveSnapshot(length, tenant);
  }

  /** Commits what was written ahead and not committed, and applies it. */
  private async recover(): Promise<void> {
    this.recovering = true;
    this.publish();
    try {
      const appended = await this.queue.recover();
      if (appended.length > 0) {
        this.memory.forget();
        this.tenant.replay(appended);
      }
    } finally {
      this.recovering = false;
      this.publish();
    }
  }

  /** The tenant goes back to the log as stored (after a failed commit, or a log moved in a way this tab can't follow). */
  private async rebuild(): Promise<void> {
    this.memory.forget();
    try {
      const point = await this.log.resume();
      this.tenant.replay(point.tail, point.base);
    } catch (error) {
      this.addProblem(toStorageError(error, 'read'));
    }
  }

  /** Another tab moved the log: its commands are applied here by this tab's own actor. */
  private follow(move: LogMove): void {
    this.memory.forget();
    if (move.kind === 'appended') this.tenant.replay(move.entries);
    else this.tenant.replay(move.point.tail, move.point.base);
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
      await this.rebuild();
      this.addProblem(toStorageError(error, 'write'));
      return failed;
    } finally {
      this.busy = null;
      this.publish();
    }
  }

  private refusal(): string | null {
    const { closed, attempt } = this.log.getState();
    return refusalOf({ closed: closed || this.closed, role: this.role, recovering: this.recovering, status: attempt.status, busy: this.busy });
  }

  private onLogChange(): void {
    const log = this.log.getState();
    if (log.problem && log.problem !== this.lastLogProblem) {
      this.lastLogProblem = log.problem;
      this.addProblem(log.problem);
    }
    if (log.role === 'writer' && this.role === 'follower') {
      // The tab that held the attempt closed: this one writes now, after committing anything it left behind.
      this.role = 'writer';
      void this.recover();
    }
    this.publish();
  }

  /** The log's last commands from its last accepted one on: from this tab's memory when it reaches back far enough, else replayed. */
  private async undoable(): Promise<readonly LoggedAction[]> {
    await this.settled();
    return this.memory.undoable(this.log.getState().attempt.logLength) ?? this.loadActions();
  }

  private addProblem(problem: StorageError): void {
    this.publish([...this.status.state.problems, problem]);
  }

  private buildState(problems: readonly StorageError[]): LabSessionState {
    return {
      attempt: this.log.getState().attempt,
      role: this.role,
      readOnly: this.refusal(),
      pending: this.queue.queued,
      problems,
      unsaved: this.options.unsaved,
    };
  }

  private publish(problems: readonly StorageError[] = this.status.state.problems): void {
    this.status.publish(this.buildState(problems));
  }
}
