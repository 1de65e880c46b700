/*
 * The storage layer inside the page, for tests/e2e/storage-bench.test.ts: bundled on the fly and
 * injected into the built app's origin, so it runs on Chromium's own IndexedDB, Web Locks and
 * BroadcastChannel. Everything here is reached through `window.TenantLabStorage`.
 */
import { LabSession } from '../../src/session/lab-session';
import { browserStorage, WriteAheadLog } from '../../src/session/wal';
import { AttemptStore, browserTabChannel, browserTabLocks, openDatabase, StoredAttemptLog, type OpenDatabaseOptions } from '../../src/storage';
import { createContosoTenant, replay, type Tenant } from '../../src/tenant';
import { learnerLog } from '../bench/learner-log';

let fixture: Tenant | undefined;
const contoso = () => (fixture ??= createContosoTenant());

function median(samples: number[]): { median: number; p90: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, p90: sorted[Math.floor(sorted.length * 0.9)]! };
}

async function newStore(options: OpenDatabaseOptions = {}): Promise<AttemptStore> {
  return new AttemptStore(await openDatabase(options));
}

async function newAttempt(store: AttemptStore): Promise<string> {
  const userId = (learnerLog(contoso(), 1)[0]!.actor as { userId: string }).userId;
  return (await store.createAttempt({ scenarioId: 'bench', variablesSeed: 1, mode: 'practice', userId })).id;
}

export interface BrowserFigures {
  readonly append: { median: number; p90: number };
  readonly strictAppend: { median: number; p90: number };
  /** A command sent in the attempt session, from send to its log entry committed. */
  readonly perform: { median: number; p90: number };
  readonly resumeMs: number;
  readonly resumedFrom: number;
  /** One command fewer: the newest snapshot a whole interval back, the longest tail. */
  readonly worstResumeMs: number;
  readonly worstResumedFrom: number;
  readonly fullReplayMs: number;
  /** The resumed tenant is byte-identical to the one the writer held. */
  readonly identical: boolean;
}

/** Times committed appends, performed commands and a resume, on this browser's IndexedDB. */
export async function measure(commands: number, strictCommands: number): Promise<BrowserFigures> {
  const log = learnerLog(contoso(), commands);

  const store = await newStore({ name: 'tenant-lab-bench' });
  const plain = await newAttempt(store);
  const appends: number[] = [];
  for (const [seq, entry] of log.entries()) {
    const start = performance.now();
    await store.appendCommand(plain, entry, seq);
    appends.push(performance.now() - start);
  }

  const strict = await newStore({ name: 'tenant-lab-bench-strict', durability: 'strict' });
  const strictAttempt = await newAttempt(strict);
  const strictAppends: number[] = [];
  for (const [seq, entry] of log.slice(0, strictCommands).entries()) {
    const start = performance.now();
    await strict.appendCommand(strictAttempt, entry, seq);
    strictAppends.push(performance.now() - start);
  }

  const performed = await newAttempt(store);
  const session = await openSession(store, performed, null);
  const performs: number[] = [];
  for (const entry of log) {
    const start = performance.now();
    session.store.send(entry.command);
    await session.settled();
    performs.push(performance.now() - start);
  }
  const held = JSON.stringify(session.store.getTenant());
  session.close();

  // A fresh connection, as after a reload: the snapshot and the tail are read from disk.
  store.db.close();
  const reopened = await newStore({ name: 'tenant-lab-bench' });
  let start = performance.now();
  const resumedPoint = await reopened.resumePoint(performed, contoso());
  const resumed = { fromSnapshot: resumedPoint.fromSnapshot, tenant: replay(resumedPoint.base, resumedPoint.tail) };
  const resumeMs = performance.now() - start;
  await reopened.undoLast(performed, 1);
  start = performance.now();
  const worstPoint = await reopened.resumePoint(performed, contoso());
  replay(worstPoint.base, worstPoint.tail);
  const worst = { fromSnapshot: worstPoint.fromSnapshot };
  const worstResumeMs = performance.now() - start;
  start = performance.now();
  replay(contoso(), log);
  const fullReplayMs = performance.now() - start;

  return {
    append: median(appends),
    strictAppend: median(strictAppends),
    perform: median(performs),
    resumeMs,
    resumedFrom: resumed.fromSnapshot,
    worstResumeMs,
    worstResumedFrom: worst.fromSnapshot,
    fullReplayMs,
    identical: JSON.stringify(resumed.tenant) === held,
  };
}

/** The attempt in a session of this tab, as the player opens it: its log in the store, commands written ahead to localStorage. */
async function openSession(store: AttemptStore, attemptId: string, channel: ReturnType<typeof browserTabChannel>): Promise<LabSession> {
  const log = await StoredAttemptLog.open({ store, attemptId, fixture: contoso(), locks: browserTabLocks(), channel });
  return LabSession.open({ log, start: contoso(), instance: null, wal: new WriteAheadLog(browserStorage(), attemptId), unsaved: null });
}

let tab: LabSession | undefined;

/** Creates an attempt in the app's own database; returns its id. */
export async function createAttempt(): Promise<string> {
  return newAttempt(await newStore());
}

/** Opens the attempt in this tab with the browser's Web Locks and BroadcastChannel; returns the role it got. */
export async function openTab(attemptId: string): Promise<string> {
  tab = await openSession(await newStore(), attemptId, browserTabChannel());
  return tab.getState().role;
}

export function tabState(): { role: string; notice: string | null; logLength: number; tenantJson: string } {
  const state = tab!.getState();
  return { role: state.role, notice: state.readOnly, logLength: state.attempt.logLength, tenantJson: JSON.stringify(tab!.store.getTenant()) };
}

/** Sends commands `from`..`from + count` of the bench log and waits for them to commit; resolves with the refusal's code if the tab may not write. */
export async function performCommands(from: number, count: number): Promise<string | null> {
  for (const entry of learnerLog(contoso(), from + count).slice(from)) {
    const result = tab!.store.send(entry.command);
    if (!result.ok && result.error.code === 'AttemptReadOnly') return result.error.code;
    await tab!.settled();
  }
  return null;
}

export function expectedTenantJson(count: number): string {
  return JSON.stringify(replay(contoso(), learnerLog(contoso(), count)));
}
