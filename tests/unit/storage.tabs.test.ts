import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TenantActorHandle } from '../../src/session/tenant-store';
import {
  AttemptForkedError,
  attemptLockName,
  browserTabChannel,
  FOLLOWER_NOTICE,
  StoredAttemptLog,
  type AttemptLogState,
  type AttemptStore,
  type LogMove,
  type TabMessage,
} from '../../src/storage';
import { replay, type DispatchResult, type LogEntry, type Tenant } from '../../src/tenant';
import { Browser, contosoAdminId, contosoFixture, learnerLog, MemoryChannels, MemoryLocks, resumeAttempt } from './storage.support';

const json = (value: unknown) => JSON.stringify(value);

/**
 * One tab's log with a tenant actor following it, as the attempt session drives them: the actor
 * applies a command, then the log records it; moves from other tabs are applied in order.
 */
class Tab {
  readonly moves: LogMove[] = [];
  private readonly tenantHandle: TenantActorHandle;

  private constructor(readonly log: StoredAttemptLog, base: Tenant, tail: readonly LogEntry[]) {
    this.tenantHandle = new TenantActorHandle(base);
    this.tenantHandle.replay(tail);
    log.onMove((move) => {
      this.moves.push(move);
      if (move.kind === 'appended') this.tenantHandle.replay(move.entries);
      else this.tenantHandle.replay(move.point.tail, move.point.base);
    });
  }

  static async open(log: StoredAttemptLog): Promise<Tab> {
    const point = await log.resume();
    return new Tab(log, point.base, point.tail);
  }

  get tenant(): Tenant {
    return this.tenantHandle.getTenant();
  }

  getState(): AttemptLogState {
    return this.log.getState();
  }

  /** Logs a command; the tenant moves only once the log entry is committed. */
  async perform(entry: LogEntry): Promise<DispatchResult> {
    const before = this.tenant;
    const seq = this.getState().attempt.logLength;
    const probe = new TenantActorHandle(before);
    const result = probe.apply(entry);
    await this.log.append(entry, seq);
    this.tenantHandle.restore(probe.getTenant());
    return result;
  }

  async undo(count: number): Promise<void> {
    const point = await this.log.undo(count);
    this.tenantHandle.replay(point.tail, point.base);
  }

  submit(result: Parameters<StoredAttemptLog['submit']>[0]) {
    return this.log.submit(result);
  }

  settled(): Promise<void> {
    return this.log.settled();
  }

  close(): void {
    this.log.close();
  }
}

/** Two or more tabs of one browser profile: one database, one lock manager, one broadcast channel. */
class Tabs {
  readonly browser = new Browser();
  readonly locks = new MemoryLocks();
  readonly channels = new MemoryChannels();
  private readonly sessions: Tab[] = [];

  async store(options: { snapshotInterval?: number } = {}): Promise<AttemptStore> {
    return this.browser.store(options);
  }

  async open(attemptId: string, options: { withLocks?: boolean; store?: AttemptStore } = {}): Promise<Tab> {
    const log = await StoredAttemptLog.open({
      store: options.store ?? (await this.store()),
      attemptId,
      fixture: contosoFixture(),
      locks: options.withLocks === false ? null : this.locks,
      channel: this.channels.channel(),
    });
    const tab = await Tab.open(log);
    this.sessions.push(tab);
    return tab;
  }

  /** Lets every message reach its tab and every tab finish what it was doing. */
  async settle(): Promise<void> {
    for (let round = 0; round < 3; round++) {
      await this.channels.delivered();
      await Promise.all(this.sessions.map((session) => session.settled()));
    }
  }

  closeAll(): void {
    this.sessions.forEach((session) => session.close());
  }
}

let tabs: Tabs;

beforeEach(() => {
  tabs = new Tabs();
});

async function storedLog(attemptId: string) {
  return (await (await tabs.store()).loadAttempt(attemptId)).log;
}

async function newAttempt(store?: AttemptStore): Promise<string> {
  const attempt = await (store ?? (await tabs.store())).createAttempt({ scenarioId: 'onboard-licensed-user', variablesSeed: 7, mode: 'practice', userId: contosoAdminId() });
  return attempt.id;
}

afterEach(() => {
  tabs.closeAll();
  vi.restoreAllMocks();
});

describe('one attempt open in two tabs', () => {
  it('the first tab writes; the second follows, says why, and cannot write', async () => {
    const attemptId = await newAttempt();
    const first = await tabs.open(attemptId);
    const second = await tabs.open(attemptId);
    expect(first.getState()).toMatchObject({ role: 'writer', notice: null });
    expect(second.getState()).toMatchObject({ role: 'follower', notice: 'This attempt is open in another tab. Changes you make there appear here.' });
    expect(FOLLOWER_NOTICE).toBe(second.getState().notice);

    await expect(second.log.append(learnerLog(1)[0]!, 0)).rejects.toMatchObject({ code: 'NotWriter', message: FOLLOWER_NOTICE });
    await expect(second.log.undo(1)).rejects.toMatchObject({ code: 'NotWriter' });
    expect((await (await tabs.store()).getAttempt(attemptId)).logLength).toBe(0);
  });

  it('what the writer logs reaches the follower as the same entries, in order, for its own tenant to apply', async () => {
    const attemptId = await newAttempt();
    const writer = await tabs.open(attemptId);
    const follower = await tabs.open(attemptId);
    const log = learnerLog(25);
    for (const entry of log) await writer.perform(entry);
    await tabs.settle();

    expect(follower.getState().attempt).toEqual(writer.getState().attempt);
    expect(follower.getState().attempt.logLength).toBe(25);
    expect(follower.moves.flatMap((move) => (move.kind === 'appended' ? move.entries : []))).toEqual(log);
    expect(json(follower.tenant)).toBe(json(writer.tenant));
    expect(json(follower.tenant)).toBe(json(replay(contosoFixture(), log)));
  });

  it('when the writer’s tab closes, a follower takes over, catches up and writes on', async () => {
    const attemptId = await newAttempt();
    const writer = await tabs.open(attemptId);
    const follower = await tabs.open(attemptId);
    const log = learnerLog(6);
    for (const entry of log.slice(0, 4)) await writer.perform(entry);
    writer.close();
    await tabs.settle();

    expect(follower.getState()).toMatchObject({ role: 'writer', notice: null });
    expect(tabs.locks.isHeld(attemptLockName(attemptId))).toBe(true);
    await follower.perform(log[4]!);
    await follower.perform(log[5]!);
    expect(await storedLog(attemptId)).toEqual(log);
    expect(json(follower.tenant)).toBe(json(replay(contosoFixture(), log)));
  });

  it('a third tab queues behind the second, and a follower that closes gives up its place', async () => {
    const attemptId = await newAttempt();
    const writer = await tabs.open(attemptId);
    const second = await tabs.open(attemptId);
    const third = await tabs.open(attemptId);
    second.close();
    writer.close();
    await tabs.settle();
    expect(third.getState().role).toBe('writer');
    expect(second.getState()).toMatchObject({ role: 'follower', closed: true });
  });

  it('an undo in the writer rewinds the follower', async () => {
    const attemptId = await newAttempt();
    const writer = await tabs.open(attemptId);
    const follower = await tabs.open(attemptId);
    const log = learnerLog(10);
    for (const entry of log) await writer.perform(entry);
    await writer.undo(4);
    await writer.perform(log[9]!);
    await tabs.settle();

    const expected = [...log.slice(0, 6), log[9]!];
    expect(await storedLog(attemptId)).toEqual(expected);
    expect(follower.getState().attempt).toEqual(writer.getState().attempt);
    expect(follower.moves.some((move) => move.kind === 'rewound')).toBe(true);
    expect(json(writer.tenant)).toBe(json(replay(contosoFixture(), expected)));
    expect(json(follower.tenant)).toBe(json(replay(contosoFixture(), expected)));
  });

  it('a submission in the writer shows in the follower', async () => {
    const attemptId = await newAttempt();
    const writer = await tabs.open(attemptId);
    const follower = await tabs.open(attemptId);
    await writer.perform(learnerLog(1)[0]!);
    await writer.submit({ score: { earned: 1, total: 4, percent: 25, skillAreas: [] } });
    await tabs.settle();
    expect(follower.getState().attempt).toMatchObject({ status: 'submitted', logLength: 1 });
    await expect(writer.perform(learnerLog(1, 1)[0]!)).rejects.toMatchObject({ code: 'AttemptClosed' });
  });

  it('an attempt deleted in another tab is reported in the follower, not silently kept', async () => {
    const attemptId = await newAttempt();
    const writer = await tabs.open(attemptId);
    const follower = await tabs.open(attemptId);
    await writer.perform(learnerLog(1)[0]!);
    await tabs.settle();
    await (await tabs.store()).deleteAttempt(attemptId);
    tabs.channels.channel().post({ type: 'attempt.ended', attemptId });
    await tabs.settle();
    expect(follower.getState().problem).toMatchObject({ code: 'AttemptNotFound' });
  });

  it('without Web Locks both tabs write, and the database refuses the append that would fork the log', async () => {
    const attemptId = await newAttempt();
    const first = await tabs.open(attemptId, { withLocks: false });
    const second = await tabs.open(attemptId, { withLocks: false });
    expect(second.getState().role).toBe('writer');
    const [a, b, c] = learnerLog(3);
    await first.perform(a!);
    // The second tab acts before the first tab's message reaches it.
    await expect(second.perform(b!)).rejects.toBeInstanceOf(AttemptForkedError);
    expect(second.getState().attempt.logLength).toBe(1);
    expect(json(second.tenant)).toBe(json(replay(contosoFixture(), [a!])));
    await second.perform(c!);
    await tabs.settle();
    expect(await storedLog(attemptId)).toEqual([a, c]);
    expect(json(first.tenant)).toBe(json(replay(contosoFixture(), [a!, c!])));
  });
});

describe('a writer tab', () => {
  it('resolves a command only once its log entry is committed, answering as the tenant did', async () => {
    const attemptId = await newAttempt();
    const writer = await tabs.open(attemptId);
    const [accepted] = learnerLog(1);
    const result = await writer.perform(accepted!);
    expect(result.ok).toBe(true);
    const elsewhere = await tabs.store();
    expect((await elsewhere.loadAttempt(attemptId)).log).toEqual([accepted]);

    const duplicate = { command: { type: 'user.create' as const, userPrincipalName: 'learner0@contoso.com', displayName: 'Again' }, actor: accepted!.actor };
    const rejected = await writer.perform(duplicate);
    expect(rejected.ok).toBe(false);
    expect((await elsewhere.loadAttempt(attemptId)).log).toEqual([accepted, duplicate]);
  });

  it('a command whose log entry cannot be written changes nothing the learner sees', async () => {
    const attemptId = await newAttempt();
    const writer = await tabs.open(attemptId);
    const before = writer.getState();
    const tenantBefore = writer.tenant;
    const add = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      if (this.name === 'commandLog') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.apply(this, args);
    });
    await expect(writer.perform(learnerLog(1)[0]!)).rejects.toMatchObject({ code: 'QuotaExceeded' });
    expect(writer.getState()).toBe(before);
    expect(writer.tenant).toBe(tenantBefore);
  });

  it('commands sent together are logged one after another, in the order sent', async () => {
    const attemptId = await newAttempt();
    const writer = await tabs.open(attemptId);
    const log = learnerLog(8);
    await Promise.all(log.map((entry, seq) => writer.log.append(entry, seq)));
    expect((await (await tabs.store()).loadAttempt(attemptId)).log).toEqual(log);
  });

  it('keeps the snapshots it is given, so reopening replays only the tail', async () => {
    const store = await tabs.store({ snapshotInterval: 5 });
    const attemptId = await newAttempt(store);
    const writer = await tabs.open(attemptId, { store });
    const log = learnerLog(12);
    for (const entry of log) {
      await writer.perform(entry);
      const length = writer.getState().attempt.logLength;
      if (length % 5 === 0) writer.log.saveSnapshot(length, writer.tenant);
    }
    await writer.settled();
    expect((await store.db.snapshots.toArray()).map((snapshot) => snapshot.seq)).toEqual([5, 10]);
    const resumed = await resumeAttempt(store, attemptId, contosoFixture());
    expect(resumed.fromSnapshot).toBe(10);
    expect(json(resumed.tenant)).toBe(json(replay(contosoFixture(), log)));
  });

  it('a snapshot that can’t be written is reported, and the commands it would have covered are safe', async () => {
    const store = await tabs.store({ snapshotInterval: 3 });
    const attemptId = await newAttempt(store);
    const writer = await tabs.open(attemptId, { store });
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'snapshots') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const log = learnerLog(4);
    for (const [seq, entry] of log.entries()) {
      await writer.perform(entry);
      if (seq === 2) writer.log.saveSnapshot(3, writer.tenant);
    }
    await writer.settled();
    expect(writer.getState().problem).toMatchObject({ code: 'QuotaExceeded' });
    expect(await storedLog(attemptId)).toEqual(log);
  });
});

describe('the browser channel', () => {
  it('carries messages between tabs and ignores anything that is not one of ours', async () => {
    const sender = browserTabChannel('tenant-lab-test')!;
    const receiver = browserTabChannel('tenant-lab-test')!;
    const stray = new BroadcastChannel('tenant-lab-test');
    const received: TabMessage[] = [];
    const done = new Promise<void>((resolve) => {
      receiver.listen((message) => {
        received.push(message);
        resolve();
      });
    });
    stray.postMessage({ type: 'something.else', attemptId: 'x' });
    sender.post({ type: 'attempt.appended', attemptId: 'a1', length: 3 });
    await done;
    expect(received).toEqual([{ type: 'attempt.appended', attemptId: 'a1', length: 3 }]);
    sender.close();
    receiver.close();
    stray.close();
  });
});
