import { AttemptForkedError, toStorageError, type AttemptLog, type StorageError } from '../storage';
import type { LogEntry } from '../tenant';
import type { WriteAheadLog } from './wal';

export interface CommitQueueOptions {
  readonly log: AttemptLog;
  /** The write-ahead log, or null where there is none (an attempt kept in memory). */
  readonly wal: WriteAheadLog | null;
  /** A commit failed: the learner hears why. */
  readonly onProblem: (problem: StorageError) => void;
  /** Each entry committed, at its position. */
  readonly onCommitted: (seq: number) => void;
  /** A failure dropped the queue and it is now empty: the tenant must go back to the log as stored. */
  readonly onDropped: () => void;
  /** The number of queued entries changed. */
  readonly onChange: () => void;
}

/**
 * Makes the tenant's answers durable without making the learner wait. Pages get the tenant's
 * answer at once, but IndexedDB only commits asynchronously; so each command is first written
 * ahead (synchronously, to localStorage) under the position it will take in the log, then
 * applied by the tenant actor, then appended here, one at a time and in order; its write-ahead
 * entry is cleared once the append commits. Opening the attempt again commits whatever is still
 * written ahead, so a reload, a closed tab or a crash between the two loses nothing the learner
 * was shown. If an append fails, the ones queued behind it are dropped too.
 */
export class CommitQueue {
  private chain: Promise<void> = Promise.resolve();
  private count = 0;
  private dropping = false;
  private closed = false;

  constructor(private readonly options: CommitQueueOptions) {}

  /** Entries written ahead and not committed (or dropped) yet. */
  get queued(): number {
    return this.count;
  }

  /** The position the next command takes in the log. */
  nextSeq(): number {
    return this.options.log.getState().attempt.logLength + this.count;
  }

  /** Writes the entry ahead of applying it; call before the tenant actor applies it. */
  writeAhead(seq: number, entry: LogEntry): void {
    this.options.wal?.write(seq, entry);
  }

  enqueue(seq: number, entry: LogEntry): void {
    this.count += 1;
    this.options.onChange();
    this.chain = this.chain.then(async () => {
      try {
        await this.commit(seq, entry);
      } finally {
        this.count -= 1;
        if (this.count === 0 && this.dropping) {
          this.dropping = false;
          this.options.onDropped();
        }
        this.options.onChange();
      }
    });
  }

  /** Resolves once every entry queued so far is committed or dropped. */
  async settled(): Promise<void> {
    while (this.count > 0) await this.chain;
  }

  /** A closed tab leaves what it wrote ahead for the next tab that opens the attempt to commit. */
  close(): void {
    this.closed = true;
  }

  /**
   * Commits what was written ahead and never committed (an earlier tab crashed or closed): the
   * stored log's length says which entries made it, and the others are appended in order.
   * Returns the entries it appended, for the tenant to apply.
   */
  async recover(): Promise<LogEntry[]> {
    const { wal, log } = this.options;
    const pending = wal?.pending() ?? [];
    const appended: LogEntry[] = [];
    if (!wal) return appended;
    for (const { seq, entry } of pending) {
      const length = log.getState().attempt.logLength;
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
        await log.append(entry, length);
        wal.clear(length);
        appended.push(entry);
      } catch (error) {
        this.options.onProblem(toStorageError(error, 'write'));
        wal.clearAll();
        break;
      }
    }
    return appended;
  }

  private async commit(seq: number, entry: LogEntry): Promise<void> {
    const { wal, log } = this.options;
    if (this.closed) return;
    if (this.dropping) {
      wal?.clear(seq);
      return;
    }
    try {
      const length = log.getState().attempt.logLength;
      // Only at the position it was written ahead for: replaying the write-ahead log relies on it.
      if (length !== seq) throw new AttemptForkedError(log.getState().attempt.id, seq, length);
      await log.append(entry, seq);
      wal?.clear(seq);
      this.options.onCommitted(seq);
    } catch (error) {
      if (this.closed) return;
      wal?.clear(seq);
      this.dropping = true;
      this.options.onProblem(toStorageError(error, 'write'));
    }
  }
}
