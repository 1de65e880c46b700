import { IDBKeyRange } from 'fake-indexeddb';
import { LabRuntime } from '../../src/session/lab-runtime';
import type { LabSession } from '../../src/session/lab-session';
import type { KeyValueStorage } from '../../src/session/wal';
import { Browser, MemoryChannels, MemoryLocks, steppingClock } from './storage.support';
import { BUILT_IN_SCENARIOS } from '../support/built-in-scenarios';

/** localStorage as a map: shared by the tabs of one browser profile, as the real one is. */
export class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  /** Set to make every write throw, as a full or disabled localStorage does. */
  refuseWrites = false;

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.refuseWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/**
 * One browser profile with its tabs: one IndexedDB, one localStorage, one lock manager and one
 * broadcast channel between them. Each `tab()` is a page with its own lab runtime.
 */
export class LabBrowser {
  readonly browser = new Browser();
  readonly storage = new MemoryStorage();
  readonly locks = new MemoryLocks();
  readonly channels = new MemoryChannels();
  private readonly sessions: LabSession[] = [];
  private ticks = 0;

  tab(options: { withoutIndexedDB?: boolean } = {}): LabRuntime {
    return new LabRuntime({
      builtInScenarios: BUILT_IN_SCENARIOS,
      // Node has no indexedDB of its own, so leaving it out is a browser without one.
      database: options.withoutIndexedDB ? {} : { indexedDB: this.browser.indexedDB, IDBKeyRange, now: steppingClock() },
      storage: this.storage,
      locks: this.locks,
      channel: this.channels.channel(),
      now: steppingClock(),
      clock: () => (this.ticks += 1000),
      seed: () => 7,
    });
  }

  async open(runtime: LabRuntime, attemptId: string): Promise<LabSession> {
    const session = await runtime.openAttempt(attemptId);
    this.sessions.push(session);
    return session;
  }

  /** Lets every message reach its tab and every tab finish its writes. */
  async settle(): Promise<void> {
    for (let round = 0; round < 3; round++) {
      await this.channels.delivered();
      await Promise.all(this.sessions.map((session) => session.settled()));
    }
  }

  closeAll(): void {
    for (const session of this.sessions) session.close();
  }
}
