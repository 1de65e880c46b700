import type { LogEntry } from '../tenant';

/** The part of the Web Storage API the write-ahead log uses; tests pass their own. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A command written ahead: `seq` is the position it will take in the attempt's log. */
export interface WalEntry {
  readonly seq: number;
  readonly entry: LogEntry;
}

const KEY_PREFIX = 'tenant-lab.wal.';
const TIME_PREFIX = 'tenant-lab.time.';

export function walKey(attemptId: string): string {
  return KEY_PREFIX + attemptId;
}

function isWalEntry(value: unknown): value is WalEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { seq, entry } = value as { seq?: unknown; entry?: unknown };
  if (!Number.isInteger(seq) || (seq as number) < 0 || typeof entry !== 'object' || entry === null) return false;
  const { command, actor } = entry as { command?: unknown; actor?: unknown };
  return typeof command === 'object' && command !== null && typeof (command as { type?: unknown }).type === 'string' && typeof actor === 'object' && actor !== null;
}

/** The page's localStorage, or null where the browser refuses it (some private windows, blocked site data). */
export function browserStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * The small write-ahead log that lets `send` stay synchronous without losing work. IndexedDB
 * only commits asynchronously, so a command is first written here, synchronously, under the
 * position it will take in the log; it is applied, then appended to IndexedDB, and forgotten
 * here once that append has committed. Whatever is still here when the attempt is opened again
 * (a crash, a closed tab) was acknowledged but maybe not committed: the opener replays the
 * entries at or past the stored log's length and commits them. Entries are kept by position,
 * so one that did commit before the crash is recognised and skipped.
 */
export class WriteAheadLog {
  private readonly key: string;
  private readonly timeKey: string;

  constructor(
    private readonly storage: KeyValueStorage | null,
    attemptId: string,
  ) {
    this.key = walKey(attemptId);
    this.timeKey = TIME_PREFIX + attemptId;
  }

  /**
   * The time spent written ahead, in milliseconds, or 0. Time is saved as the page hides or
   * unloads, when an IndexedDB write rarely gets to commit, so it is written here first.
   */
  timeSpent(): number {
    try {
      const value = Number(this.storage?.getItem(this.timeKey));
      return Number.isFinite(value) && value > 0 ? value : 0;
    } catch {
      return 0;
    }
  }

  writeTimeSpent(ms: number): void {
    try {
      this.storage?.setItem(this.timeKey, String(Math.round(ms)));
    } catch {
      // Full or refused: the time waits for its IndexedDB write, as it did before.
    }
  }

  /** Forgets the time written ahead once IndexedDB holds at least as much (`savedMs`). */
  clearTimeSpent(savedMs: number): void {
    if (this.timeSpent() > savedMs) return;
    try {
      this.storage?.removeItem(this.timeKey);
    } catch {
      // Nothing to do: a stale value is never more than the stored one once that is saved.
    }
  }

  /** The entries written and not yet cleared, in log order. Unreadable text counts as none. */
  pending(): WalEntry[] {
    let text: string | null;
    try {
      text = this.storage?.getItem(this.key) ?? null;
    } catch {
      return [];
    }
    if (!text) return [];
    try {
      const parsed: unknown = JSON.parse(text);
      return Array.isArray(parsed) ? parsed.filter(isWalEntry).sort((a, b) => a.seq - b.seq) : [];
    } catch {
      return [];
    }
  }

  /**
   * Writes the entry ahead of applying it. False when the browser refused (no localStorage, or
   * it is full): the command then lives only in memory until its IndexedDB append commits.
   */
  write(seq: number, entry: LogEntry): boolean {
    if (!this.storage) return false;
    const entries = this.pending().filter((item) => item.seq !== seq);
    entries.push({ seq, entry });
    return this.save(entries);
  }

  /** Forgets the entry at `seq`: it has committed, or it will never be. */
  clear(seq: number): void {
    const entries = this.pending();
    const rest = entries.filter((item) => item.seq !== seq);
    if (rest.length !== entries.length) this.save(rest);
  }

  clearAll(): void {
    this.save([]);
  }

  private save(entries: readonly WalEntry[]): boolean {
    try {
      if (entries.length === 0) this.storage?.removeItem(this.key);
      else this.storage?.setItem(this.key, JSON.stringify(entries));
      return true;
    } catch {
      return false;
    }
  }
}
