import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { AttemptStore, openDatabase, type AttemptRecord, type OpenDatabaseOptions, type TabChannel, type TabLock, type TabLocks, type TabMessage, type TenantLabDatabase } from '../../src/storage';
import {
  CONTOSO_ADMIN_UPN,
  createContosoTenant,
  findUserByUserPrincipalName,
  replay,
  skuByPartNumber,
  signedInAs,
  toArray,
  type Actor,
  type LogEntry,
  type Tenant,
} from '../../src/tenant';

/** A fixed wall clock that moves a second per reading, so timings are stable and ordered. */
export function steppingClock(start = '2026-03-02T10:00:00.000Z'): () => Date {
  let at = Date.parse(start);
  return () => {
    const now = new Date(at);
    at += 1000;
    return now;
  };
}

/** One browser profile: its own IndexedDB, shared by every "tab" (database connection) opened on it. */
export class Browser {
  readonly indexedDB = new IDBFactory();

  open(options: OpenDatabaseOptions = {}): Promise<TenantLabDatabase> {
    return openDatabase({ indexedDB: this.indexedDB, IDBKeyRange, now: steppingClock(), ...options });
  }

  async store(options: { snapshotInterval?: number } = {}): Promise<AttemptStore> {
    return new AttemptStore(await this.open(), { now: steppingClock(), ...options });
  }
}

let contoso: Tenant | undefined;

/** The Contoso demo tenant, built once (states are immutable). */
export function contosoFixture(): Tenant {
  contoso ??= createContosoTenant();
  return contoso;
}

export function contosoAdminId(): string {
  return findUserByUserPrincipalName(contosoFixture(), CONTOSO_ADMIN_UPN)!.id;
}

export function contosoAdmin(): Actor {
  return signedInAs(contosoAdminId());
}

/**
 * A learner-like log on Contoso: profile edits, a new user every tenth command, licenses and
 * group members now and then, a fast-forward every fiftieth, and commands the tenant rejects (a
 * second user with the same name, a license for someone without a usage location).
 */
export function learnerLog(count: number, offset = 0): LogEntry[] {
  const actor = contosoAdmin();
  const userIds = toArray(contosoFixture().directory.users).map((user) => user.id);
  const groupIds = toArray(contosoFixture().directory.groups)
    .filter((group) => !group.membershipRule)
    .map((group) => group.id);
  const powerBi = skuByPartNumber('POWER_BI_STANDARD')!.skuId;
  const pick = <T>(list: readonly T[], n: number) => list[(n * 7919) % list.length]!;
  const log: LogEntry[] = [];
  for (let n = offset; n < offset + count; n++) {
    const command =
      n % 50 === 49
        ? { type: 'clock.advance' as const, duration: 'PT1H' }
        : n % 10 === 0
          ? { type: 'user.create' as const, userPrincipalName: `learner${n}@contoso.com`, displayName: `Learner ${n}` }
          : n % 37 === 0
            ? { type: 'user.create' as const, userPrincipalName: `learner${n - (n % 10)}@contoso.com`, displayName: 'Duplicate' }
            : n % 25 === 12
              ? { type: 'user.assignLicense' as const, userId: pick(userIds, n), addLicenses: [{ skuId: powerBi, disabledPlans: [] }], removeLicenses: [] }
              : n % 25 === 20
                ? { type: 'group.addMembers' as const, groupId: pick(groupIds, n), memberIds: [pick(userIds, n + 1)] }
                : { type: 'user.update' as const, userId: pick(userIds, n), changes: { department: `Dept ${n % 13}`, city: `City ${n % 17}` } };
    log.push({ command, actor });
  }
  return log;
}

/** Logs `log` as the attempt's commands from position `from` on. */
export async function appendAll(store: AttemptStore, attemptId: string, log: readonly LogEntry[], from = 0): Promise<void> {
  for (const [index, entry] of log.entries()) await store.appendCommand(attemptId, entry, from + index);
}

/**
 * The Web Locks API between simulated tabs: exclusive locks by name, granted in request order,
 * released when the holder's callback settles; `ifAvailable` gets null instead of waiting.
 */
export class MemoryLocks implements TabLocks {
  private readonly held = new Set<string>();
  private readonly queues = new Map<string, (() => void)[]>();

  request(name: string, options: { readonly ifAvailable?: boolean; readonly signal?: AbortSignal }, callback: (lock: TabLock | null) => Promise<void>): Promise<void> {
    if (!this.held.has(name)) return this.grant(name, callback);
    if (options.ifAvailable) return callback(null);
    return new Promise<void>((resolve, reject) => {
      const queue = this.queues.get(name) ?? [];
      const start = () => {
        options.signal?.removeEventListener('abort', abort);
        this.grant(name, callback).then(resolve, reject);
      };
      const abort = () => {
        queue.splice(queue.indexOf(start), 1);
        reject(new DOMException('The lock request was aborted.', 'AbortError'));
      };
      options.signal?.addEventListener('abort', abort);
      queue.push(start);
      this.queues.set(name, queue);
    });
  }

  isHeld(name: string): boolean {
    return this.held.has(name);
  }

  private async grant(name: string, callback: (lock: TabLock | null) => Promise<void>): Promise<void> {
    this.held.add(name);
    try {
      await callback({ name });
    } finally {
      this.held.delete(name);
      this.queues.get(name)?.shift()?.();
    }
  }
}

/** BroadcastChannel between simulated tabs: a message reaches every other tab's channel, asynchronously. */
export class MemoryChannels {
  private readonly listeners = new Map<TabChannel, Set<(message: TabMessage) => void>>();
  private pending: Promise<void> = Promise.resolve();

  channel(): TabChannel {
    const channel: TabChannel = {
      post: (message) => {
        const copy = structuredClone(message);
        for (const [other, listeners] of this.listeners) {
          if (other === channel) continue;
          this.pending = this.pending.then(() => new Promise((resolve) => setTimeout(resolve, 0))).then(() => listeners.forEach((listen) => listen(copy)));
        }
      },
      listen: (listener) => {
        this.listeners.get(channel)!.add(listener);
        return () => this.listeners.get(channel)?.delete(listener);
      },
      close: () => this.listeners.delete(channel),
    };
    this.listeners.set(channel, new Set());
    return channel;
  }

  /** Resolves once every message posted so far has been delivered. */
  async delivered(): Promise<void> {
    let current: Promise<void>;
    do {
      current = this.pending;
      await current;
    } while (current !== this.pending);
  }
}

/** The tenant an attempt resumes to: its resume point replayed, as the tenant actor does. */
export async function resumeAttempt(store: AttemptStore, attemptId: string, fixture: Tenant): Promise<{ attempt: AttemptRecord; tenant: Tenant; fromSnapshot: number }> {
  const point = await store.resumePoint(attemptId, fixture);
  return { attempt: point.attempt, tenant: replay(point.base, point.tail), fromSnapshot: point.fromSnapshot };
}
