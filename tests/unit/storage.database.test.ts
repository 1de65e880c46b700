import Dexie from 'dexie';
import { IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AttemptStore, LAST_OPENED_SETTING, openDatabase, requestPersistentStorage, StorageError, storageErrorCatalog, toStorageError } from '../../src/storage';
import { declareVersion1 } from '../../src/storage/schema';
import { replay } from '../../src/tenant';
import { Browser, contosoAdminId, contosoFixture, learnerLog, resumeAttempt } from './storage.support';

const json = (value: unknown) => JSON.stringify(value);

afterEach(() => {
  vi.restoreAllMocks();
});

function v1Attempt(id: string, fields: Record<string, unknown> = {}) {
  return {
    schemaVersion: 1,
    id,
    scenarioId: 'onboard-licensed-user',
    variablesSeed: 11,
    mode: 'practice',
    status: 'inProgress',
    startedAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:10:00.000Z',
    activeMs: 600_000,
    userId: contosoAdminId(),
    ...fields,
  };
}

/** A browser profile whose database was last opened by the build that shipped version 1. */
async function browserWithVersion1Data(): Promise<{ browser: Browser; log: ReturnType<typeof learnerLog> }> {
  const browser = new Browser();
  const old = new Dexie('tenant-lab', { indexedDB: browser.indexedDB, IDBKeyRange });
  declareVersion1(old);
  const log = learnerLog(3);
  await old.table('attempts').bulkAdd([
    v1Attempt('with-log'),
    v1Attempt('exam-part', { mode: 'exam', examId: 'exam-7', status: 'submitted', submittedAt: '2026-01-05T10:00:00.000Z', score: { earned: 3, total: 4, percent: 75, skillAreas: [{ id: 'roles', earned: 3, total: 4 }] } }),
    { schemaVersion: 1, id: 'damaged', status: 'lost' },
  ]);
  await old.table('commandLog').bulkAdd(log.map((entry, seq) => ({ schemaVersion: 1, attemptId: 'with-log', seq, entry })));
  await old.table('settings').add({ schemaVersion: 1, key: 'taskPane.width', value: 420 });
  await old.table('importedScenarios').add({ schemaVersion: 1, id: 'my-scenario', source: 'id: my-scenario', importedAt: '2026-01-04T12:00:00.000Z' });
  old.close();
  return { browser, log };
}

describe('schema versions', () => {
  it('a version 1 database with data opens as version 2, every attempt migrated and nothing lost', async () => {
    const { browser, log } = await browserWithVersion1Data();
    const db = await browser.open();
    expect(db.verno).toBe(2);

    const withLog = await db.attempts.get('with-log');
    expect(withLog).toEqual({ ...v1Attempt('with-log'), schemaVersion: 2, logLength: 3 });
    expect(await db.attempts.get('exam-part')).toMatchObject({ schemaVersion: 2, logLength: 0, status: 'submitted', score: { percent: 75 } });
    expect((await db.attempts.where('examId').equals('exam-7').toArray()).map((attempt) => attempt.id)).toEqual(['exam-part']);
    expect(await db.settings.get('taskPane.width')).toEqual({ schemaVersion: 1, key: 'taskPane.width', value: 420 });
    expect(await db.importedScenarios.get('my-scenario')).toMatchObject({ source: 'id: my-scenario' });

    const store = new AttemptStore(db);
    const resumed = await resumeAttempt(store, 'with-log', contosoFixture());
    expect((await store.loadAttempt('with-log')).log).toEqual(log);
    expect(json(resumed.tenant)).toBe(json(replay(contosoFixture(), log)));
    await store.appendCommand('with-log', learnerLog(1, 3)[0]!, 3);
    expect((await store.getAttempt('with-log')).logLength).toBe(4);
  });

  it('a record the migration can’t read is left as it was and reported as damaged when read', async () => {
    const { browser } = await browserWithVersion1Data();
    const store = new AttemptStore(await browser.open());
    expect(await store.db.attempts.get('damaged')).toEqual({ schemaVersion: 1, id: 'damaged', status: 'lost' });
    const list = await store.listAttempts();
    expect(list.attempts.map((attempt) => attempt.id).sort()).toEqual(['exam-part', 'with-log']);
    expect(list.damaged.map((damaged) => [damaged.id, damaged.error.code])).toEqual([['damaged', 'CorruptedRecord']]);
  });
});

describe('opening the database', () => {
  it('a browser without IndexedDB is told so before any work is done', async () => {
    const failure = await openDatabase().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StorageError);
    expect(failure).toMatchObject({
      code: 'Unavailable',
      message:
        'Tenant Lab can’t save your work in this browser: its storage (IndexedDB) is turned off or blocked. This happens in some private windows and when a browser blocks site data. Open Tenant Lab in a normal window, or allow this site to store data, so your attempts are kept.',
    });
  });

  it('a browser that refuses to open IndexedDB (blocked site data) is reported as unavailable', async () => {
    const refusing = {
      open() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as unknown as IDBFactory;
    await expect(openDatabase({ indexedDB: refusing, IDBKeyRange })).rejects.toMatchObject({ code: 'Unavailable', details: ['SecurityError: The operation is insecure.'] });
  });

  it('a browser that opens IndexedDB but lets nothing be written is found out when the database opens', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(new Browser().open()).rejects.toMatchObject({ code: 'QuotaExceeded' });
  });

  it('opening records when, proving the database can be written', async () => {
    const db = await new Browser().open({ now: () => new Date('2026-04-01T07:30:00.000Z') });
    expect(await db.settings.get(LAST_OPENED_SETTING)).toEqual({ schemaVersion: 1, key: LAST_OPENED_SETTING, value: '2026-04-01T07:30:00.000Z' });
  });

  it('an upgrade held up by an old tab says so, and goes on once that tab closes', async () => {
    const { browser } = await browserWithVersion1Data();
    const oldTab = await rawConnection(browser.indexedDB, 10);
    const blocked: StorageError[] = [];
    const opening = browser.open({ onBlocked: (error) => blocked.push(error) });
    await vi.waitFor(() => expect(blocked).toHaveLength(1));
    expect(blocked[0]).toMatchObject({
      code: 'UpgradeBlocked',
      message: 'Tenant Lab was updated, but an older copy is still open in another tab. Close the other Tenant Lab tabs; this one continues as soon as they are closed.',
    });
    oldTab.close();
    const db = await opening;
    expect(db.verno).toBe(2);
  });

  it('without a way to show it, a blocked upgrade fails with the same error', async () => {
    const { browser } = await browserWithVersion1Data();
    const oldTab = await rawConnection(browser.indexedDB, 10);
    await expect(browser.open()).rejects.toMatchObject({ code: 'UpgradeBlocked' });
    oldTab.close();
  });

  it('a tab whose database another tab upgrades lets go of it and is told to reload', async () => {
    const browser = new Browser();
    const changes: StorageError[] = [];
    const db = await browser.open({ onVersionChange: (error) => changes.push(error) });
    const newer = await rawConnection(browser.indexedDB, 30);
    expect(changes.map((error) => [error.code, error.message])).toEqual([
      ['VersionChanged', 'A newer version of Tenant Lab was opened in another tab. Reload this tab to keep working; your saved work is safe.'],
    ]);
    expect(db.isOpen()).toBe(false);
    newer.close();
  });
});

describe('persistent storage', () => {
  const storage = (persisted: boolean, grant: boolean | Error) =>
    ({
      persisted: async () => persisted,
      persist: async () => {
        if (grant instanceof Error) throw grant;
        return grant;
      },
    }) as unknown as StorageManager;

  it.each([
    ['whose data is already persistent', 'persistent', storage(true, false)],
    ['that grants persistence when asked', 'persistent', storage(false, true)],
    ['that refuses persistence when asked', 'best-effort', storage(false, false)],
    ['that throws at the question', 'best-effort', storage(false, new DOMException('Not allowed.', 'NotAllowedError'))],
    ['without the Storage API', 'unsupported', undefined],
  ] as const)('a browser %s is reported as %s', async (_, expected, manager) => {
    expect(await requestPersistentStorage(manager)).toBe(expected);
  });
});

describe('what the browser throws, in plain words', () => {
  const dexieWrapped = (inner: Error) => Object.assign(new Error(`Transaction aborted.\n ${inner.name}: ${inner.message}`), { name: 'AbortError', inner });

  it.each([
    ['a quota error wrapped by Dexie', dexieWrapped(new DOMException('Quota exceeded.', 'QuotaExceededError')), 'write', 'QuotaExceeded'],
    ['Firefox’s quota error', new DOMException('Quota reached.', 'NS_ERROR_DOM_QUOTA_REACHED'), 'write', 'QuotaExceeded'],
    ['a database newer than this page', Object.assign(new Error('The requested version is less than the existing version.'), { name: 'VersionError' }), 'open', 'VersionTooNew'],
    ['a connection closed for another tab’s upgrade', Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError' }), 'read', 'VersionChanged'],
    ['a private window refusing IndexedDB', new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'), 'open', 'Unavailable'],
    ['a missing IndexedDB API', Object.assign(new Error('IndexedDB API missing.'), { name: 'MissingAPIError' }), 'read', 'Unavailable'],
    ['an unknown failure while writing', new DOMException('Internal error.', 'UnknownError'), 'write', 'WriteFailed'],
    ['an unknown failure while reading', new DOMException('Internal error.', 'UnknownError'), 'read', 'ReadFailed'],
  ] as const)('%s is reported as %s', (_, error, during, code) => {
    const mapped = toStorageError(error, during);
    expect(mapped.code).toBe(code);
    expect(mapped.message).toBe(storageErrorCatalog[code]);
    expect(mapped.cause).toBe(error);
  });

  it('the browser’s own words are kept as the details, once', () => {
    const inner = new DOMException('Quota exceeded.', 'QuotaExceededError');
    expect(toStorageError(dexieWrapped(inner), 'write').details).toEqual(['QuotaExceededError: Quota exceeded.']);
  });
});

/** An IndexedDB connection made without Dexie, as an old build or a newer one would hold it. */
function rawConnection(factory: IDBFactory, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open('tenant-lab', version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}
