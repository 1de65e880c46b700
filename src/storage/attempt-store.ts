import Dexie from 'dexie';
import type { AttemptFile } from '../scenario/attempt';
import { TENANT_SCHEMA_VERSION, type Tenant } from '../tenant/model';
import type { LogEntry } from '../tenant/replay';
import { toAttemptFile } from './attempt-file';
import type { TenantLabDatabase } from './database';
import { AttemptForkedError, guarded, StorageError, toStorageError } from './errors';
import { fixtureDigest } from './fixture-digest';
import { checkedAttempt, checkedLog } from './integrity';
import { newRecordId } from './ids';
import { exportAllProgress, importAllProgress, type DamagedAttempt, type ImportSummary, type ProgressExport } from './progress';
import { ATTEMPT_SCHEMA_VERSION, type AttemptMode, type AttemptRecord, type AttemptScore } from './records/attempt';
import { commandLogRecord, logEntryProblem } from './records/command-log';
import { SNAPSHOT_INTERVAL, SNAPSHOT_SCHEMA_VERSION, SNAPSHOTS_KEPT, snapshotTenant } from './records/snapshot';

export interface NewAttempt {
  /** The scenario's id, or `SANDBOX_SCENARIO_ID` for free play. */
  readonly scenarioId: string;
  readonly variablesSeed: number;
  readonly mode: AttemptMode;
  /** The admin the learner signs in as. */
  readonly userId: string;
  readonly examId?: string;
}

export interface LoadedAttempt {
  readonly attempt: AttemptRecord;
  readonly log: readonly LogEntry[];
}

/**
 * Where an attempt's tenant is rebuilt from: `replay(base, tail)` is identical to replaying the
 * whole log on the start. The tenant actor does that replay; storage only reads.
 */
export interface ResumePoint {
  readonly attempt: AttemptRecord;
  /** The newest snapshot that fits the start, or the start itself. */
  readonly base: Tenant;
  /** How many commands the base covers (0: it is the start). */
  readonly fromSnapshot: number;
  /** The commands logged after the base, in order. */
  readonly tail: readonly LogEntry[];
}

export interface AttemptList {
  /** Newest first. */
  readonly attempts: readonly AttemptRecord[];
  readonly damaged: readonly DamagedAttempt[];
}

export interface AttemptStoreOptions {
  /** The wall clock, for the attempt's timings; tests pass a fixed one. */
  readonly now?: () => Date;
  readonly snapshotInterval?: number;
}

const FIRST = Dexie.minKey;
const LAST = Dexie.maxKey;

/**
 * The learner's attempts in IndexedDB. Every method either completes in one transaction or
 * changes nothing, and every failure arrives as a `StorageError` with a message for the learner.
 */
export class AttemptStore {
  readonly db: TenantLabDatabase;
  readonly snapshotInterval: number;
  private readonly now: () => Date;

  constructor(db: TenantLabDatabase, options: AttemptStoreOptions = {}) {
    this.db = db;
    this.now = options.now ?? (() => new Date());
    this.snapshotInterval = options.snapshotInterval ?? SNAPSHOT_INTERVAL;
  }

  async createAttempt(input: NewAttempt): Promise<AttemptRecord> {
    const at = this.now().toISOString();
    const attempt: AttemptRecord = {
      schemaVersion: ATTEMPT_SCHEMA_VERSION,
      id: newRecordId(),
      scenarioId: input.scenarioId,
      variablesSeed: input.variablesSeed >>> 0,
      mode: input.mode,
      status: 'inProgress',
      startedAt: at,
      updatedAt: at,
      activeMs: 0,
      userId: input.userId,
      ...(input.examId === undefined ? {} : { examId: input.examId }),
      logLength: 0,
    };
    return guarded('write', async () => {
      await this.db.attempts.add(attempt);
      return attempt;
    });
  }

  /**
   * Logs one command as position `seq` of the attempt. Resolves once the transaction has
   * committed, so the caller may then acknowledge the command to the learner. `seq` must be the
   * log's length as the caller knows it: if another tab has moved the log since, nothing is
   * written and the promise rejects with `AttemptForkedError`.
   */
  async appendCommand(attemptId: string, entry: LogEntry, seq: number): Promise<AttemptRecord> {
    const problem = logEntryProblem(entry);
    if (problem) throw new StorageError('WriteFailed', [`The command can’t be logged: ${problem}.`]);
    const { attempts, commandLog } = this.db;
    return guarded('write', () =>
      this.db.transaction('rw', attempts, commandLog, async () => {
        const attempt = await this.openAttempt(attemptId);
        if (attempt.logLength !== seq) throw new AttemptForkedError(attemptId, seq, attempt.logLength);
        await commandLog.add(commandLogRecord(attemptId, seq, entry));
        const updated: AttemptRecord = { ...attempt, logLength: seq + 1, updatedAt: this.now().toISOString() };
        await attempts.put(updated);
        return updated;
      }),
    );
  }

  /**
   * Stores the tenant as it stands after the first `seq` commands, over `fixture`. Skipped (and
   * false) when the log is no longer `seq` long: the state would describe a log that no longer is.
   */
  async saveSnapshot(attemptId: string, seq: number, tenant: Tenant, fixture: Tenant): Promise<boolean> {
    const digest = fixtureDigest(fixture);
    // Serialised before the transaction opens, so it isn't held open while the text is built.
    const tenantJson = JSON.stringify(tenant);
    const { attempts, snapshots } = this.db;
    return guarded('write', () =>
      this.db.transaction('rw', attempts, snapshots, async () => {
        const attempt = checkedAttempt(await this.findAttempt(attemptId), attemptId);
        if (attempt.logLength !== seq) return false;
        await snapshots.put({
          schemaVersion: SNAPSHOT_SCHEMA_VERSION,
          attemptId,
          seq,
          tenantSchemaVersion: TENANT_SCHEMA_VERSION,
          fixtureDigest: digest,
          takenAt: this.now().toISOString(),
          tenantJson,
        });
        const keys = await snapshots.where('[attemptId+seq]').between([attemptId, FIRST], [attemptId, LAST]).primaryKeys();
        if (keys.length > SNAPSHOTS_KEPT) await snapshots.bulkDelete(keys.slice(0, keys.length - SNAPSHOTS_KEPT));
        return true;
      }),
    );
  }

  async getAttempt(attemptId: string): Promise<AttemptRecord> {
    return guarded('read', async () => checkedAttempt(await this.findAttempt(attemptId), attemptId));
  }

  async loadAttempt(attemptId: string): Promise<LoadedAttempt> {
    const { attempts, commandLog } = this.db;
    return guarded('read', () =>
      this.db.transaction('r', attempts, commandLog, async () => {
        const attempt = checkedAttempt(await this.findAttempt(attemptId), attemptId);
        const records = await commandLog.where('[attemptId+seq]').between([attemptId, FIRST], [attemptId, LAST]).toArray();
        return { attempt, log: checkedLog(attempt, records) };
      }),
    );
  }

  /** The commands logged from position `from` on, with the attempt they belong to: a follower's catch-up. */
  async readLogFrom(attemptId: string, from: number): Promise<LoadedAttempt> {
    const { attempts, commandLog } = this.db;
    return guarded('read', () =>
      this.db.transaction('r', attempts, commandLog, async () => {
        const attempt = checkedAttempt(await this.findAttempt(attemptId), attemptId);
        const start = Math.min(from, attempt.logLength);
        const records = await commandLog.where('[attemptId+seq]').between([attemptId, start], [attemptId, LAST]).toArray();
        return { attempt, log: checkedLog(attempt, records, start) };
      }),
    );
  }

  /**
   * Where to rebuild the attempt's tenant from: the newest snapshot that fits `fixture` and the
   * commands logged after it. Only the tail after the snapshot is read; `loadAttempt` reads the
   * whole log when it's wanted.
   */
  async resumePoint(attemptId: string, fixture: Tenant): Promise<ResumePoint> {
    const digest = fixtureDigest(fixture);
    const { attempts, commandLog, snapshots } = this.db;
    return guarded('read', () =>
      this.db.transaction('r', attempts, commandLog, snapshots, async () => {
        const attempt = checkedAttempt(await this.findAttempt(attemptId), attemptId);
        const snapshot = await snapshots.where('[attemptId+seq]').between([attemptId, 0], [attemptId, attempt.logLength], true, true).last();
        const base = snapshot && snapshotTenant(snapshot, digest);
        const from = base ? snapshot.seq : 0;
        const records = await commandLog.where('[attemptId+seq]').between([attemptId, from], [attemptId, LAST], true, true).toArray();
        const tail = checkedLog(attempt, records, from);
        return { attempt, base: base ?? fixture, fromSnapshot: from, tail };
      }),
    );
  }

  /**
   * Takes back the last `count` commands by deleting them, with the snapshots that covered them.
   * Deleting rather than appending an undo marker keeps "the tenant is the fixture plus the log"
   * true as it stands: the tenant actor, `replay`, exported attempts and the CLI's `grade` all
   * read the log that way, and none of them would have to learn to skip undone commands. Pass
   * the log length the caller knows as `expectedLength` to refuse an undo on a log another tab
   * has moved.
   */
  async undoLast(attemptId: string, count: number, expectedLength?: number): Promise<AttemptRecord> {
    if (!Number.isInteger(count) || count < 1) throw new RangeError(`Undo takes back at least one command, not ${count}.`);
    const { attempts, commandLog, snapshots } = this.db;
    return guarded('write', () =>
      this.db.transaction('rw', attempts, commandLog, snapshots, async () => {
        const attempt = await this.openAttempt(attemptId);
        if (expectedLength !== undefined && attempt.logLength !== expectedLength) {
          throw new AttemptForkedError(attemptId, expectedLength, attempt.logLength);
        }
        const length = Math.max(0, attempt.logLength - count);
        await commandLog.where('[attemptId+seq]').between([attemptId, length], [attemptId, LAST], true, true).delete();
        await snapshots.where('[attemptId+seq]').between([attemptId, length], [attemptId, LAST], false, true).delete();
        const updated: AttemptRecord = { ...attempt, logLength: length, updatedAt: this.now().toISOString() };
        await attempts.put(updated);
        return updated;
      }),
    );
  }

  /** Every attempt, newest first; `scenarioId` or `examId` narrows the list through their indexes. */
  async listAttempts(filter: { readonly scenarioId?: string; readonly examId?: string } = {}): Promise<AttemptList> {
    return guarded('read', async () => {
      const { attempts } = this.db;
      const stored: unknown[] =
        filter.scenarioId !== undefined
          ? await attempts.where('scenarioId').equals(filter.scenarioId).toArray()
          : filter.examId !== undefined
            ? await attempts.where('examId').equals(filter.examId).toArray()
            : await attempts.toArray();
      const list: AttemptRecord[] = [];
      const damaged: DamagedAttempt[] = [];
      for (const record of stored) {
        const id = String((record as { id?: unknown }).id);
        try {
          list.push(checkedAttempt(record, id));
        } catch (error) {
          damaged.push({ id, error: toStorageError(error, 'read') });
        }
      }
      list.sort((a, b) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0));
      return { attempts: list, damaged };
    });
  }

  /** Records the time the learner has spent on the attempt so far. */
  async saveActiveTime(attemptId: string, activeMs: number): Promise<AttemptRecord> {
    return this.updateOpenAttempt(attemptId, (attempt) => ({ ...attempt, activeMs }));
  }

  async submitAttempt(attemptId: string, result: { readonly score: AttemptScore; readonly activeMs?: number }): Promise<AttemptRecord> {
    return this.updateOpenAttempt(attemptId, (attempt, at) => ({
      ...attempt,
      status: 'submitted',
      submittedAt: at,
      updatedAt: at,
      score: result.score,
      activeMs: result.activeMs ?? attempt.activeMs,
    }));
  }

  /** Ends an attempt without a grade (a sandbox started over, an exam left); its log is kept. */
  async abandonAttempt(attemptId: string): Promise<AttemptRecord> {
    return this.updateOpenAttempt(attemptId, (attempt, at) => ({ ...attempt, status: 'abandoned', updatedAt: at }));
  }

  /** Deletes the attempt with its log and snapshots; deleting one that is already gone does nothing. */
  async deleteAttempt(attemptId: string): Promise<void> {
    const { attempts, commandLog, snapshots } = this.db;
    await guarded('write', () =>
      this.db.transaction('rw', attempts, commandLog, snapshots, async () => {
        await attempts.delete(attemptId);
        await commandLog.where('[attemptId+seq]').between([attemptId, FIRST], [attemptId, LAST]).delete();
        await snapshots.where('[attemptId+seq]').between([attemptId, FIRST], [attemptId, LAST]).delete();
      }),
    );
  }

  /** The attempt as the scenario CLI's `grade` reads it. */
  async exportAttempt(attemptId: string, options: { readonly learner?: string } = {}): Promise<AttemptFile> {
    const { attempt, log } = await this.loadAttempt(attemptId);
    return toAttemptFile(attempt, log, options.learner);
  }

  /** Everything the learner has done, as one file; damaged attempts are left out and listed. */
  async exportAllProgress(): Promise<ProgressExport> {
    return guarded('read', () => exportAllProgress(this.db, this.now()));
  }

  /**
   * Imports a progress file: all of it, or, if any part is malformed, nothing (the error lists
   * the problems). Attempts and scenarios already here are kept and reported as skipped.
   */
  async importAllProgress(input: string | unknown): Promise<ImportSummary> {
    return guarded('write', () => importAllProgress(this.db, input));
  }

  private findAttempt(attemptId: string): Promise<unknown> {
    return this.db.attempts.get(attemptId).then((stored) => {
      if (stored === undefined) throw new StorageError('AttemptNotFound', [`No attempt ${attemptId} is saved.`]);
      return stored;
    });
  }

  /** The attempt, which must still be in progress to be changed. */
  private async openAttempt(attemptId: string): Promise<AttemptRecord> {
    const attempt = checkedAttempt(await this.findAttempt(attemptId), attemptId);
    if (attempt.status !== 'inProgress') throw new StorageError('AttemptClosed', [`Attempt ${attemptId} is ${attempt.status}.`]);
    return attempt;
  }

  private updateOpenAttempt(attemptId: string, change: (attempt: AttemptRecord, at: string) => AttemptRecord): Promise<AttemptRecord> {
    const { attempts } = this.db;
    return guarded('write', () =>
      this.db.transaction('rw', attempts, async () => {
        const updated = change(await this.openAttempt(attemptId), this.now().toISOString());
        await attempts.put(updated);
        return updated;
      }),
    );
  }
}
