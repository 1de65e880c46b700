import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LabSession } from '../../src/session/lab-session';
import { saveStatus } from '../../src/session/session-state';
import { walKey } from '../../src/session/wal';
import { FOLLOWER_NOTICE, SANDBOX_SCENARIO_ID, StorageError, storageErrorCatalog, type AttemptStore } from '../../src/storage';
import { findUserByUserPrincipalName, replay, type Command, type Tenant } from '../../src/tenant';
import { LabBrowser } from './session.support';

const json = (value: unknown) => JSON.stringify(value);

let lab: LabBrowser;

beforeEach(() => {
  lab = new LabBrowser();
});

afterEach(() => {
  lab.closeAll();
  vi.restoreAllMocks();
});

function userId(tenant: Tenant, upn: string): string {
  return findUserByUserPrincipalName(tenant, upn)!.id;
}

function renameDepartment(session: LabSession, upn: string, department: string): Command {
  return { type: 'user.update', userId: userId(session.store.getTenant(), upn), changes: { department } };
}

/** A command Contoso refuses: Megan Bowen's user name is taken. */
const DUPLICATE_USER: Command = { type: 'user.create', userPrincipalName: 'MeganB@contoso.com', displayName: 'Megan Again' };

function department(session: LabSession, upn: string): string | null | undefined {
  return findUserByUserPrincipalName(session.store.getTenant(), upn)?.department;
}

function walOf(attemptId: string): unknown[] {
  const text = lab.storage.getItem(walKey(attemptId));
  return text ? (JSON.parse(text) as unknown[]) : [];
}

async function storeOf(tab: ReturnType<LabBrowser['tab']>): Promise<AttemptStore> {
  return (await tab.storage()).store;
}

/** Makes this tab's IndexedDB appends hang, as a tab that crashes before they commit. */
async function appendsNeverCommit(tab: ReturnType<LabBrowser['tab']>): Promise<void> {
  vi.spyOn(await storeOf(tab), 'appendCommand').mockReturnValue(new Promise(() => undefined));
}

describe('a command sent to an attempt', () => {
  it('is written ahead, answered at once, then committed to IndexedDB and cleared from the write-ahead log', async () => {
    const tab = lab.tab();
    const attemptId = await tab.startAttempt('onboard-licensed-user', 'practice');
    const session = await lab.open(tab, attemptId);

    const result = session.store.send(renameDepartment(session, 'MeganB@contoso.com', 'Research'));

    expect(result.ok).toBe(true);
    expect(department(session, 'MeganB@contoso.com')).toBe('Research');
    expect(walOf(attemptId)).toEqual([{ seq: 0, entry: expect.objectContaining({ command: expect.objectContaining({ type: 'user.update' }) }) }]);
    expect(saveStatus(session.getState())).toBe('saving');

    await session.settled();
    expect(saveStatus(session.getState())).toBe('saved');
    expect(walOf(attemptId)).toEqual([]);
    const stored = await (await storeOf(tab)).loadAttempt(attemptId);
    expect(stored.log.map((entry) => entry.command.type)).toEqual(['user.update']);
  });

  it('keeps refused commands in the log too, in the order they were sent', async () => {
    const tab = lab.tab();
    const session = await lab.open(tab, await tab.startAttempt(SANDBOX_SCENARIO_ID, 'sandbox'));
    const refused = session.store.send(DUPLICATE_USER);
    session.store.send(renameDepartment(session, 'MeganB@contoso.com', 'Research'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'UserAlreadyExists' } });
    await session.settled();
    const stored = await (await storeOf(tab)).loadAttempt(session.attemptId);
    expect(stored.log.map((entry) => entry.command.type)).toEqual(['user.create', 'user.update']);
  });

  it('a second command sent before the first commits takes the next position', async () => {
    const tab = lab.tab();
    const session = await lab.open(tab, await tab.startAttempt(SANDBOX_SCENARIO_ID, 'sandbox'));
    session.store.send(renameDepartment(session, 'MeganB@contoso.com', 'One'));
    session.store.send(renameDepartment(session, 'MeganB@contoso.com', 'Two'));
    expect(walOf(session.attemptId).map((item) => (item as { seq: number }).seq)).toEqual([0, 1]);
    expect(session.getState().pending).toBe(2);
    await session.settled();
    expect(session.getState().attempt.logLength).toBe(2);
    expect(department(session, 'MeganB@contoso.com')).toBe('Two');
  });
});

describe('resuming after a crash', () => {
  it('a command written ahead but never committed is replayed and committed when the attempt opens again', async () => {
    const first = lab.tab();
    const attemptId = await first.startAttempt('onboard-licensed-user', 'practice');
    const crashed = await lab.open(first, attemptId);
    crashed.store.send(renameDepartment(crashed, 'MeganB@contoso.com', 'Kept'));
    await crashed.settled();
    await appendsNeverCommit(first);
    crashed.store.send(renameDepartment(crashed, 'AdeleV@contoso.com', 'Also kept'));
    expect(walOf(attemptId)).toHaveLength(1);
    // The tab dies: the browser releases its lock; its pending append never happens.
    crashed.close();

    const reopened = await lab.open(lab.tab(), attemptId);
    expect(department(reopened, 'MeganB@contoso.com')).toBe('Kept');
    expect(department(reopened, 'AdeleV@contoso.com')).toBe('Also kept');
    expect(walOf(attemptId)).toEqual([]);
    const stored = await (await storeOf(lab.tab())).loadAttempt(attemptId);
    expect(stored.log).toHaveLength(2);
    expect(json(reopened.store.getTenant())).toBe(json(replay(reopened.instance!.start, stored.log)));
  });

  it('a command that committed just before the crash is not applied twice', async () => {
    const tab = lab.tab();
    const attemptId = await tab.startAttempt(SANDBOX_SCENARIO_ID, 'sandbox');
    const session = await lab.open(tab, attemptId);
    const create: Command = { type: 'user.create', userPrincipalName: 'once@contoso.com', displayName: 'Only Once' };
    session.store.send(create);
    await session.settled();
    // The write-ahead entry outlived its commit: the tab died between the two.
    lab.storage.setItem(walKey(attemptId), JSON.stringify([{ seq: 0, entry: { command: create, actor: { kind: 'user', userId: session.store.getSignedInUserId() } } }]));
    session.close();

    const reopened = await lab.open(lab.tab(), attemptId);
    expect(reopened.getState().attempt.logLength).toBe(1);
    expect(reopened.getState().problems).toEqual([]);
    expect(walOf(attemptId)).toEqual([]);
  });

  it('when the writer tab dies with a command written ahead, the follower takes over and commits it', async () => {
    const first = lab.tab();
    const attemptId = await first.startAttempt(SANDBOX_SCENARIO_ID, 'sandbox');
    const writer = await lab.open(first, attemptId);
    const follower = await lab.open(lab.tab(), attemptId);
    await appendsNeverCommit(first);
    writer.store.send(renameDepartment(writer, 'MeganB@contoso.com', 'Handed over'));
    writer.close();

    await vi.waitFor(() => expect(follower.getState().role).toBe('writer'));
    await vi.waitFor(() => expect(follower.getState().readOnly).toBeNull());
    expect(department(follower, 'MeganB@contoso.com')).toBe('Handed over');
    expect(follower.getState().attempt.logLength).toBe(1);
    expect(walOf(attemptId)).toEqual([]);
  });
});

describe('undo and reset', () => {
  it('undo takes back the last accepted command with the refused ones after it', async () => {
    const tab = lab.tab();
    const session = await lab.open(tab, await tab.startAttempt(SANDBOX_SCENARIO_ID, 'sandbox'));
    const start = session.store.getTenant();
    session.store.send(renameDepartment(session, 'MeganB@contoso.com', 'First'));
    const afterFirst = session.store.getTenant();
    session.store.send(renameDepartment(session, 'MeganB@contoso.com', 'Second'));
    session.store.send(DUPLICATE_USER);

    const undone = await session.undoLastAction();
    expect(undone?.entry.command).toMatchObject({ type: 'user.update', changes: { department: 'Second' } });
    expect(session.getState().attempt.logLength).toBe(1);
    expect(json(session.store.getTenant())).toBe(json(afterFirst));

    await session.undoLastAction();
    expect(session.getState().attempt.logLength).toBe(0);
    expect(json(session.store.getTenant())).toBe(json(start));
    expect(await session.undoLastAction()).toBeNull();
  });

  it('undo of this tab’s own commands needs no replay of the log', async () => {
    const tab = lab.tab();
    const session = await lab.open(tab, await tab.startAttempt(SANDBOX_SCENARIO_ID, 'sandbox'));
    const readLog = vi.spyOn(await storeOf(tab), 'loadAttempt');
    session.store.send(renameDepartment(session, 'MeganB@contoso.com', 'First'));
    session.store.send(DUPLICATE_USER);
    expect((await session.lastAction())?.entry.command).toMatchObject({ changes: { department: 'First' } });
    await session.undoLastAction();
    expect(session.getState().attempt.logLength).toBe(0);
    expect(readLog).not.toHaveBeenCalled();
  });

  it('undo works on commands sent before the page was reloaded', async () => {
    const tab = lab.tab();
    const attemptId = await tab.startAttempt(SANDBOX_SCENARIO_ID, 'sandbox');
    const before = await lab.open(tab, attemptId);
    before.store.send(renameDepartment(before, 'MeganB@contoso.com', 'First'));
    before.store.send(renameDepartment(before, 'MeganB@contoso.com', 'Second'));
    await before.settled();
    before.close();

    const after = await lab.open(lab.tab(), attemptId);
    expect((await after.lastAction())?.entry.command).toMatchObject({ changes: { department: 'Second' } });
    await after.undoLastAction();
    expect(department(after, 'MeganB@contoso.com')).toBe('First');
  });

  it('reset takes the attempt back to its start and keeps it open', async () => {
    const tab = lab.tab();
    const session = await lab.open(tab, await tab.startAttempt('onboard-licensed-user', 'practice'));
    session.store.send(renameDepartment(session, 'MeganB@contoso.com', 'Gone soon'));
    session.store.send({ type: 'clock.advance', duration: 'P1D' });
    await session.reset();
    expect(session.getState().attempt).toMatchObject({ logLength: 0, status: 'inProgress' });
    expect(session.store.getTenant()).toBe(session.instance!.start);
    expect(session.store.send(renameDepartment(session, 'MeganB@contoso.com', 'Again')).ok).toBe(true);
  });
});

describe('a second tab on the same attempt', () => {
  it('follows the writer, says why, and refuses the pages’ writes with that message', async () => {
    const first = lab.tab();
    const attemptId = await first.startAttempt(SANDBOX_SCENARIO_ID, 'sandbox');
    const writer = await lab.open(first, attemptId);
    const follower = await lab.open(lab.tab(), attemptId);
    expect(follower.getState()).toMatchObject({ role: 'follower', readOnly: FOLLOWER_NOTICE });

    const before = follower.store.getTenant();
    const refused = follower.store.send(renameDepartment(follower, 'MeganB@contoso.com', 'Forked'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'AttemptReadOnly', message: 'This attempt is open in another tab. Changes you make there appear here.' } });
    expect(follower.store.getTenant()).toBe(before);
    expect(walOf(attemptId)).toEqual([]);

    writer.store.send(renameDepartment(writer, 'MeganB@contoso.com', 'From the writer'));
    await lab.settle();
    expect(department(follower, 'MeganB@contoso.com')).toBe('From the writer');

    writer.close();
    await vi.waitFor(() => expect(follower.getState().readOnly).toBeNull());
    expect(follower.store.send(renameDepartment(follower, 'MeganB@contoso.com', 'Now mine')).ok).toBe(true);
    await follower.settled();
    expect(follower.getState().attempt.logLength).toBe(2);
  });
});

describe('storage failures', () => {
  it('a failed append is shown with the storage layer’s message, and the tenant goes back to what is saved', async () => {
    const tab = lab.tab();
    const session = await lab.open(tab, await tab.startAttempt(SANDBOX_SCENARIO_ID, 'sandbox'));
    session.store.send(renameDepartment(session, 'MeganB@contoso.com', 'Saved'));
    await session.settled();
    vi.spyOn(await storeOf(tab), 'appendCommand').mockRejectedValueOnce(new StorageError('QuotaExceeded'));

    session.store.send(renameDepartment(session, 'MeganB@contoso.com', 'Not saved'));
    expect(department(session, 'MeganB@contoso.com')).toBe('Not saved');
    await session.settled();

    expect(session.getState().problems.map((problem) => problem.message)).toEqual([storageErrorCatalog.QuotaExceeded]);
    expect(department(session, 'MeganB@contoso.com')).toBe('Saved');
    expect(walOf(session.attemptId)).toEqual([]);
    // The problem stays until the learner dismisses it, even after later saves succeed.
    session.store.send(renameDepartment(session, 'MeganB@contoso.com', 'Saved again'));
    await session.settled();
    expect(session.getState().problems).toHaveLength(1);
    session.dismissProblem(session.getState().problems[0]!);
    expect(session.getState().problems).toEqual([]);
    expect(session.getState().attempt.logLength).toBe(2);
  });

  it('without IndexedDB the sandbox runs in memory and says so in the storage layer’s words', async () => {
    const tab = lab.tab({ withoutIndexedDB: true });
    const attemptId = await tab.startAttempt(SANDBOX_SCENARIO_ID, 'sandbox');
    expect(attemptId).toBe('memory.sandbox.0.sandbox');
    const session = await lab.open(tab, attemptId);
    expect(saveStatus(session.getState())).toBe('unsaved');
    expect(session.getState().unsaved?.message).toBe(storageErrorCatalog.Unavailable);
    expect(session.store.send(renameDepartment(session, 'MeganB@contoso.com', 'In memory')).ok).toBe(true);
    await session.undoLastAction();
    expect(department(session, 'MeganB@contoso.com')).not.toBe('In memory');
  });

  it('a scenario attempt without IndexedDB is rebuilt from its address alone', async () => {
    const tab = lab.tab({ withoutIndexedDB: true });
    const attemptId = await tab.startAttempt('onboard-licensed-user', 'practice');
    expect(attemptId).toBe('memory.practice.7.onboard-licensed-user');
    const session = await lab.open(tab, attemptId);
    expect(session.instance?.scenario.id).toBe('onboard-licensed-user');
  });
});

describe('finishing an attempt', () => {
  it('submit grades the tenant, stores the score and refuses further changes', async () => {
    const tab = lab.tab();
    const session = await lab.open(tab, await tab.startAttempt('onboard-licensed-user', 'practice'));
    const submitted = await session.submit();
    expect(submitted).toMatchObject({ status: 'submitted', score: { percent: expect.any(Number), total: 10 } });
    expect(submitted!.score!.skillAreas).toEqual([{ id: 'users-and-groups', earned: expect.any(Number), total: 10 }]);
    expect(session.store.send(renameDepartment(session, 'MeganB@contoso.com', 'Too late'))).toMatchObject({ ok: false, error: { message: storageErrorCatalog.AttemptClosed } });
  });

  it('counts time only while the attempt is in view, and saves it', async () => {
    const tab = lab.tab();
    const session = await lab.open(tab, await tab.startAttempt(SANDBOX_SCENARIO_ID, 'sandbox'));
    const shown = session.activeMs();
    session.setVisible(false);
    const hidden = session.activeMs();
    expect(session.activeMs()).toBe(hidden);
    expect(hidden).toBeGreaterThan(shown);
    await session.saveActiveTime();
    expect(session.getState().attempt.activeMs).toBe(hidden);
  });

  it('a scenario attempt signs the learner in as its admin and keeps them there', async () => {
    const tab = lab.tab();
    const session = await lab.open(tab, await tab.startAttempt('onboard-licensed-user', 'practice'));
    const admin = session.store.getSignedInUserId();
    session.store.signInAs(userId(session.store.getTenant(), 'AllanD@contoso.com'));
    expect(session.store.getSignedInUserId()).toBe(admin);
  });
});

describe('the lab runtime', () => {
  it('tells this tab’s own lists when it starts an attempt, as other tabs hear it on the channel', async () => {
    const tab = lab.tab();
    const heard: string[] = [];
    const stop = tab.onAttemptStarted(() => heard.push('started'));
    await tab.startAttempt(SANDBOX_SCENARIO_ID, 'sandbox');
    stop();
    await tab.startAttempt('onboard-licensed-user', 'practice');
    expect(heard).toEqual(['started']);
  });
});
