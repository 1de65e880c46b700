import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AttemptForkedError, AttemptStore, SANDBOX_SCENARIO_ID, StorageError, type AttemptRecord } from '../../src/storage';
import { replay } from '../../src/tenant';
import { appendAll, Browser, contosoAdmin, contosoAdminId, contosoFixture, learnerLog, steppingClock, resumeAttempt } from './storage.support';

const json = (value: unknown) => JSON.stringify(value);

async function practiceAttempt(store: AttemptStore): Promise<AttemptRecord> {
  return store.createAttempt({ scenarioId: 'onboard-licensed-user', variablesSeed: 42, mode: 'practice', userId: contosoAdminId() });
}

/** Makes the next write (add or put) into the named object store throw `error`, as a browser does mid-transaction. */
function failNextWrite(storeName: string, error: Error): void {
  for (const method of ['add', 'put'] as const) {
    const original = IDBObjectStore.prototype[method];
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === storeName) {
        vi.restoreAllMocks();
        throw error;
      }
      return original.apply(this, args);
    });
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('attempts and their command log', () => {
  it('a new attempt starts in progress with an empty log and the wall-clock start time', async () => {
    const store = new AttemptStore(await new Browser().open(), { now: steppingClock('2026-05-01T08:00:00.000Z') });
    const attempt = await practiceAttempt(store);
    expect(attempt).toMatchObject({ schemaVersion: 2, status: 'inProgress', mode: 'practice', variablesSeed: 42, logLength: 0, activeMs: 0, startedAt: '2026-05-01T08:00:00.000Z' });
    expect(attempt.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    await expect(store.loadAttempt(attempt.id)).resolves.toEqual({ attempt, log: [] });
  });

  it('commands appended in one tab are all there, in order, when the database is opened again', async () => {
    const browser = new Browser();
    const first = await browser.store();
    const attempt = await practiceAttempt(first);
    const log = learnerLog(120);
    await appendAll(first, attempt.id, log);
    first.db.close();

    const reopened = await browser.store();
    const loaded = await reopened.loadAttempt(attempt.id);
    expect(loaded.log).toEqual(log);
    expect(loaded.attempt.logLength).toBe(120);
    const resumed = await resumeAttempt(reopened, attempt.id, contosoFixture());
    expect(json(resumed.tenant)).toBe(json(replay(contosoFixture(), log)));
  });

  it('an append moves the attempt’s updatedAt in the same transaction', async () => {
    const store = await new Browser().store();
    const attempt = await practiceAttempt(store);
    const updated = await store.appendCommand(attempt.id, learnerLog(1)[0]!, 0);
    expect(updated.updatedAt > attempt.updatedAt).toBe(true);
    expect(await store.getAttempt(attempt.id)).toEqual(updated);
  });

  it('resuming from the newest snapshot and replaying the tail gives exactly the tenant a full replay gives', async () => {
    const store = await new Browser().store({ snapshotInterval: 100 });
    const attempt = await practiceAttempt(store);
    const log = learnerLog(260);
    await appendAll(store, attempt.id, log.slice(0, 200));
    await store.saveSnapshot(attempt.id, 200, replay(contosoFixture(), log.slice(0, 200)), contosoFixture());
    await appendAll(store, attempt.id, log.slice(200), 200);

    const resumed = await resumeAttempt(store, attempt.id, contosoFixture());
    expect(resumed.fromSnapshot).toBe(200);
    expect(resumed.attempt.logLength).toBe(260);
    expect(json(resumed.tenant)).toBe(json(replay(contosoFixture(), log)));
  });

  it('a snapshot taken over another starting tenant is not used to resume', async () => {
    const store = await new Browser().store();
    const attempt = await practiceAttempt(store);
    const log = learnerLog(30);
    await appendAll(store, attempt.id, log);
    const otherStart = replay(contosoFixture(), learnerLog(5, 500));
    await store.saveSnapshot(attempt.id, 30, replay(otherStart, log), otherStart);

    const resumed = await resumeAttempt(store, attempt.id, contosoFixture());
    expect(resumed.fromSnapshot).toBe(0);
    expect(json(resumed.tenant)).toBe(json(replay(contosoFixture(), log)));
  });

  it('a damaged snapshot is ignored and the whole log replayed: the log is the truth', async () => {
    const store = await new Browser().store();
    const attempt = await practiceAttempt(store);
    const log = learnerLog(20);
    await appendAll(store, attempt.id, log);
    await store.saveSnapshot(attempt.id, 20, replay(contosoFixture(), log), contosoFixture());
    await store.db.snapshots.update([attempt.id, 20], { tenantJson: '{"schemaVersion":1,"users":' });

    const resumed = await resumeAttempt(store, attempt.id, contosoFixture());
    expect(resumed.fromSnapshot).toBe(0);
    expect(json(resumed.tenant)).toBe(json(replay(contosoFixture(), log)));
  });

  it('a tenant resumed from a snapshot goes on exactly as the live one would', async () => {
    const store = await new Browser().store();
    const attempt = await practiceAttempt(store);
    const log = learnerLog(300);
    await appendAll(store, attempt.id, log.slice(0, 150));
    await store.saveSnapshot(attempt.id, 150, replay(contosoFixture(), log.slice(0, 150)), contosoFixture());
    const resumed = await resumeAttempt(store, attempt.id, contosoFixture());
    expect(resumed.fromSnapshot).toBe(150);
    expect(json(replay(resumed.tenant, log.slice(150)))).toBe(json(replay(contosoFixture(), log)));
  });

  it('only the two newest snapshots of an attempt are kept', async () => {
    const store = await new Browser().store();
    const attempt = await practiceAttempt(store);
    const log = learnerLog(30);
    for (const seq of [10, 20, 30]) {
      await appendAll(store, attempt.id, log.slice(seq - 10, seq), seq - 10);
      await store.saveSnapshot(attempt.id, seq, replay(contosoFixture(), log.slice(0, seq)), contosoFixture());
    }
    expect((await store.db.snapshots.toArray()).map((snapshot) => snapshot.seq)).toEqual([20, 30]);
  });

  it('a snapshot for a log length the attempt no longer has is not written', async () => {
    const store = await new Browser().store();
    const attempt = await practiceAttempt(store);
    await appendAll(store, attempt.id, learnerLog(3));
    await expect(store.saveSnapshot(attempt.id, 2, contosoFixture(), contosoFixture())).resolves.toBe(false);
    expect(await store.db.snapshots.count()).toBe(0);
  });
});

describe('interrupted writes', () => {
  it('an append that fails after its log row was written leaves neither the row nor a longer attempt, and says so', async () => {
    const store = await new Browser().store();
    const attempt = await practiceAttempt(store);
    await appendAll(store, attempt.id, learnerLog(2));
    failNextWrite('attempts', new DOMException('The transaction was aborted.', 'AbortError'));

    const failure = await store.appendCommand(attempt.id, learnerLog(1, 2)[0]!, 2).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StorageError);
    expect((failure as StorageError).code).toBe('WriteFailed');
    expect((failure as StorageError).message).toBe('Tenant Lab could not save your last action. Everything saved before it is safe; try again.');
    expect(await store.db.commandLog.count()).toBe(2);
    expect((await store.getAttempt(attempt.id)).logLength).toBe(2);
  });

  it('after a failed append the same command can be logged at the same position', async () => {
    const store = await new Browser().store();
    const attempt = await practiceAttempt(store);
    const entry = learnerLog(1)[0]!;
    failNextWrite('commandLog', new DOMException('Disk I/O error.', 'UnknownError'));
    await expect(store.appendCommand(attempt.id, entry, 0)).rejects.toMatchObject({ code: 'WriteFailed' });
    await store.appendCommand(attempt.id, entry, 0);
    expect((await store.loadAttempt(attempt.id)).log).toEqual([entry]);
  });

  it('a full disk is reported as a quota error the learner can act on, and nothing is logged', async () => {
    const store = await new Browser().store();
    const attempt = await practiceAttempt(store);
    failNextWrite('commandLog', new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

    const failure = await store.appendCommand(attempt.id, learnerLog(1)[0]!, 0).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'QuotaExceeded' });
    expect((failure as StorageError).message).toBe(
      'Your browser has no space left for Tenant Lab, so your last action was not saved. Free some space (for example, export old attempts from History and delete them), then try again. Everything saved before it is safe.',
    );
    expect((failure as StorageError).details).toEqual(['QuotaExceededError: The quota has been exceeded.']);
    expect(await store.db.commandLog.count()).toBe(0);
    expect((await store.getAttempt(attempt.id)).logLength).toBe(0);
  });

  it('a command that is not a plain, known command is refused before anything is written', async () => {
    const store = await new Browser().store();
    const attempt = await practiceAttempt(store);
    const entry = { command: { type: 'user.teleport' }, actor: contosoAdmin() } as never;
    await expect(store.appendCommand(attempt.id, entry, 0)).rejects.toMatchObject({ code: 'WriteFailed', details: ["The command can’t be logged: unknown command type 'user.teleport'."] });
    expect(await store.db.commandLog.count()).toBe(0);
  });
});

describe('the database refuses a forked log', () => {
  it('an append at a position another writer has already filled is refused with AttemptForkedError', async () => {
    const browser = new Browser();
    const tabA = await browser.store();
    const tabB = await browser.store();
    const attempt = await practiceAttempt(tabA);
    const [first, second] = learnerLog(2, 10);
    await tabA.appendCommand(attempt.id, first!, 0);

    const failure = await tabB.appendCommand(attempt.id, second!, 0).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AttemptForkedError);
    expect(failure).toMatchObject({ code: 'AttemptForked', expectedSeq: 0, actualLength: 1 });
    expect((failure as StorageError).message).toBe('This attempt was changed in another tab, so your last action was not saved. The page now shows the attempt as it is saved.');
    expect((await tabA.loadAttempt(attempt.id)).log).toEqual([first]);
  });

  it('two writers appending at once never interleave: exactly one append per position wins', async () => {
    const browser = new Browser();
    const tabs = [await browser.store(), await browser.store()];
    const attempt = await practiceAttempt(tabs[0]!);
    const results = await Promise.allSettled(tabs.map((tab, index) => tab.appendCommand(attempt.id, learnerLog(1, index * 10)[0]!, 0)));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((result) => result.status === 'rejected' && result.reason instanceof AttemptForkedError)).toHaveLength(1);
    expect(await tabs[0]!.db.commandLog.count()).toBe(1);
  });

  it('an append beyond the end of the log is refused too', async () => {
    const store = await new Browser().store();
    const attempt = await practiceAttempt(store);
    await expect(store.appendCommand(attempt.id, learnerLog(1)[0]!, 3)).rejects.toBeInstanceOf(AttemptForkedError);
  });
});

describe('undo', () => {
  it('undoing the last commands deletes them, and the tenant is the one without them', async () => {
    const store = await new Browser().store();
    const attempt = await practiceAttempt(store);
    const log = learnerLog(12);
    await appendAll(store, attempt.id, log);

    const updated = await store.undoLast(attempt.id, 3);
    expect(updated.logLength).toBe(9);
    const resumed = await resumeAttempt(store, attempt.id, contosoFixture());
    expect((await store.loadAttempt(attempt.id)).log).toEqual(log.slice(0, 9));
    expect(json(resumed.tenant)).toBe(json(replay(contosoFixture(), log.slice(0, 9))));
    await store.appendCommand(attempt.id, log[11]!, 9);
    expect((await store.loadAttempt(attempt.id)).log).toEqual([...log.slice(0, 9), log[11]]);
  });

  it('undo drops the snapshots beyond the new end and keeps the ones before it', async () => {
    const store = await new Browser().store();
    const attempt = await practiceAttempt(store);
    const log = learnerLog(30);
    await appendAll(store, attempt.id, log.slice(0, 10));
    await store.saveSnapshot(attempt.id, 10, replay(contosoFixture(), log.slice(0, 10)), contosoFixture());
    await appendAll(store, attempt.id, log.slice(10), 10);
    await store.saveSnapshot(attempt.id, 30, replay(contosoFixture(), log), contosoFixture());

    await store.undoLast(attempt.id, 5);
    expect((await store.db.snapshots.toArray()).map((snapshot) => snapshot.seq)).toEqual([10]);
    const resumed = await resumeAttempt(store, attempt.id, contosoFixture());
    expect(resumed.fromSnapshot).toBe(10);
    expect(json(resumed.tenant)).toBe(json(replay(contosoFixture(), log.slice(0, 25))));
  });

  it('undoing more commands than were logged takes the attempt back to its start', async () => {
    const store = await new Browser().store();
    const attempt = await practiceAttempt(store);
    await appendAll(store, attempt.id, learnerLog(4));
    expect((await store.undoLast(attempt.id, 10)).logLength).toBe(0);
    expect(await store.db.commandLog.count()).toBe(0);
  });

  it('an undo on a log another tab has moved is refused', async () => {
    const store = await new Browser().store();
    const attempt = await practiceAttempt(store);
    await appendAll(store, attempt.id, learnerLog(4));
    await expect(store.undoLast(attempt.id, 1, 3)).rejects.toBeInstanceOf(AttemptForkedError);
    expect((await store.getAttempt(attempt.id)).logLength).toBe(4);
  });

  it('undo takes back at least one command', async () => {
    const store = await new Browser().store();
    const attempt = await practiceAttempt(store);
    await expect(store.undoLast(attempt.id, 0)).rejects.toThrow('Undo takes back at least one command, not 0.');
  });
});

describe('the attempt lifecycle', () => {
  it('a submitted attempt keeps its score and log and can no longer be changed', async () => {
    const store = await new Browser().store();
    const attempt = await practiceAttempt(store);
    await appendAll(store, attempt.id, learnerLog(3));
    const score = { earned: 7, total: 9, percent: 77, skillAreas: [{ id: 'users-and-groups', earned: 7, total: 9 }] };
    const submitted = await store.submitAttempt(attempt.id, { score, activeMs: 420_000 });
    expect(submitted).toMatchObject({ status: 'submitted', score, activeMs: 420_000, logLength: 3 });
    expect(submitted.submittedAt).toBe(submitted.updatedAt);

    await expect(store.appendCommand(attempt.id, learnerLog(1, 3)[0]!, 3)).rejects.toMatchObject({
      code: 'AttemptClosed',
      message: 'This attempt is finished, so it can’t be changed. Start a new attempt to keep practising.',
    });
    await expect(store.undoLast(attempt.id, 1)).rejects.toMatchObject({ code: 'AttemptClosed' });
    await expect(store.submitAttempt(attempt.id, { score })).rejects.toMatchObject({ code: 'AttemptClosed' });
  });

  it('an abandoned attempt keeps its log and records why it ended', async () => {
    const store = await new Browser().store();
    const attempt = await store.createAttempt({ scenarioId: SANDBOX_SCENARIO_ID, variablesSeed: 0, mode: 'sandbox', userId: 'u1' });
    await appendAll(store, attempt.id, learnerLog(2));
    expect(await store.abandonAttempt(attempt.id)).toMatchObject({ status: 'abandoned', logLength: 2 });
  });

  it('the time spent on an attempt is saved', async () => {
    const store = await new Browser().store();
    const attempt = await practiceAttempt(store);
    await store.saveActiveTime(attempt.id, 90_000);
    expect((await store.getAttempt(attempt.id)).activeMs).toBe(90_000);
  });

  it('attempts are listed newest first, and by scenario or exam through their indexes', async () => {
    const store = await new Browser().store();
    const first = await store.createAttempt({ scenarioId: 'a', variablesSeed: 1, mode: 'exam', userId: 'u1', examId: 'exam-1' });
    const second = await store.createAttempt({ scenarioId: 'b', variablesSeed: 2, mode: 'exam', userId: 'u1', examId: 'exam-1' });
    const third = await store.createAttempt({ scenarioId: 'a', variablesSeed: 3, mode: 'practice', userId: 'u1' });
    expect((await store.listAttempts()).attempts.map((attempt) => attempt.id)).toEqual([third.id, second.id, first.id]);
    expect((await store.listAttempts({ scenarioId: 'a' })).attempts.map((attempt) => attempt.id)).toEqual([third.id, first.id]);
    expect((await store.listAttempts({ examId: 'exam-1' })).attempts.map((attempt) => attempt.id)).toEqual([second.id, first.id]);
  });

  it('a damaged attempt record is listed as damaged, not dropped, and reading it says plainly what is wrong', async () => {
    const store = await new Browser().store();
    const attempt = await practiceAttempt(store);
    await store.db.attempts.put({ ...attempt, status: 'paused' } as never);

    const list = await store.listAttempts();
    expect(list.attempts).toEqual([]);
    expect(list.damaged).toHaveLength(1);
    expect(list.damaged[0]!.id).toBe(attempt.id);
    const failure = await store.loadAttempt(attempt.id).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'CorruptedRecord' });
    expect((failure as StorageError).message).toBe(
      'Part of your saved work can’t be read because the stored record is damaged. Export your progress to keep what can still be read, then delete the damaged attempt.',
    );
    expect((failure as StorageError).details[0]).toBe(`Attempt ${attempt.id}:`);
    expect((failure as StorageError).details[1]).toMatch(/^status: /);
  });

  it('a gap in the log is reported as damage, never replayed around', async () => {
    const store = await new Browser().store();
    const attempt = await practiceAttempt(store);
    await appendAll(store, attempt.id, learnerLog(5));
    await store.db.commandLog.delete([attempt.id, 2]);
    await expect(resumeAttempt(store, attempt.id, contosoFixture())).rejects.toMatchObject({
      code: 'CorruptedRecord',
      details: [`Attempt ${attempt.id} should hold 5 commands, but 4 are stored.`],
    });
  });

  it('a log row that is not a command this build knows is reported as damage', async () => {
    const store = await new Browser().store();
    const attempt = await practiceAttempt(store);
    await appendAll(store, attempt.id, learnerLog(2));
    await store.db.commandLog.put({ schemaVersion: 1, attemptId: attempt.id, seq: 1, entry: { command: { type: 'user.teleport' }, actor: contosoAdmin() } as never });
    await expect(store.loadAttempt(attempt.id)).rejects.toMatchObject({
      code: 'CorruptedRecord',
      details: [`Attempt ${attempt.id}, command 1: unknown command type 'user.teleport'.`],
    });
  });

  it('deleting an attempt removes its log and snapshots and nobody else’s', async () => {
    const store = await new Browser().store();
    const kept = await practiceAttempt(store);
    const deleted = await practiceAttempt(store);
    await appendAll(store, kept.id, learnerLog(3));
    await appendAll(store, deleted.id, learnerLog(3));
    await store.saveSnapshot(deleted.id, 3, replay(contosoFixture(), learnerLog(3)), contosoFixture());

    await store.deleteAttempt(deleted.id);
    await expect(store.getAttempt(deleted.id)).rejects.toMatchObject({ code: 'AttemptNotFound', message: 'This attempt is no longer saved in this browser. It may have been deleted in another tab.' });
    expect(await store.db.commandLog.count()).toBe(3);
    expect(await store.db.snapshots.count()).toBe(0);
    expect((await store.loadAttempt(kept.id)).log).toHaveLength(3);
    await expect(store.deleteAttempt(deleted.id)).resolves.toBeUndefined();
  });
});
