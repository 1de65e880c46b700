import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SANDBOX_SCENARIO_ID } from '../../src/storage';
import * as dispatching from '../../src/tenant/dispatch';
import { addUserWorkflow, findUserByUserPrincipalName, roleTemplateByName, type Command } from '../../src/tenant';
import { LabBrowser } from './session.support';

/*
 * A command is applied once, by the tab's tenant actor; the durable log records what was sent and
 * never applies it again. Counting calls to dispatch proves it: a second copy of the tenant (as
 * the storage layer used to keep) would double the count.
 */
vi.mock('../../src/tenant/dispatch', async (importOriginal) => {
  const original = await importOriginal<typeof dispatching>();
  return { ...original, dispatch: vi.fn(original.dispatch) };
});

const dispatchCalls = () => vi.mocked(dispatching.dispatch).mock.calls.length;

let lab: LabBrowser;

beforeEach(() => {
  lab = new LabBrowser();
});

afterEach(() => lab.closeAll());

function jobTitle(title: string, session: Awaited<ReturnType<LabBrowser['open']>>): Command {
  return { type: 'user.update', userId: findUserByUserPrincipalName(session.store.getTenant(), 'MeganB@contoso.com')!.id, changes: { jobTitle: title } };
}

describe('one command path', () => {
  it('applies each command once in the writing tab, however it is committed', async () => {
    const tab = lab.tab();
    const session = await lab.open(tab, await tab.startAttempt(SANDBOX_SCENARIO_ID, 'sandbox'));
    const before = dispatchCalls();
    for (const title of ['One', 'Two', 'Three']) session.store.send(jobTitle(title, session));
    session.store.fastForward('P1D');
    await session.settled();
    expect(dispatchCalls() - before).toBe(4);
    expect(session.getState().attempt.logLength).toBe(4);
  });

  it('a following tab applies each logged command once too, through its own actor', async () => {
    const first = lab.tab();
    const attemptId = await first.startAttempt(SANDBOX_SCENARIO_ID, 'sandbox');
    const writer = await lab.open(first, attemptId);
    const follower = await lab.open(lab.tab(), attemptId);
    const before = dispatchCalls();
    writer.store.send(jobTitle('Analyst', writer));
    writer.store.send(jobTitle('Director', writer));
    await lab.settle();
    // Two in the writer, two in the follower: nobody replays what it already applied.
    expect(dispatchCalls() - before).toBe(4);
    expect(JSON.stringify(follower.store.getTenant())).toBe(JSON.stringify(writer.store.getTenant()));
  });

  it('undo of this tab’s own command restores the very state it had, without applying anything', async () => {
    const tab = lab.tab();
    const session = await lab.open(tab, await tab.startAttempt(SANDBOX_SCENARIO_ID, 'sandbox'));
    session.store.send(jobTitle('One', session));
    const afterOne = session.store.getTenant();
    session.store.send(jobTitle('Two', session));
    await session.settled();
    const before = dispatchCalls();
    await session.undoLastAction();
    expect(session.store.getTenant()).toBe(afterOne);
    expect(dispatchCalls()).toBe(before);
  });

  it('logs a gesture as one entry, which undo takes back whole and a second tab replays whole', async () => {
    const first = lab.tab();
    const attemptId = await first.startAttempt(SANDBOX_SCENARIO_ID, 'sandbox');
    const session = await lab.open(first, attemptId);
    const start = session.store.getTenant();
    const { command } = addUserWorkflow({
      user: { userPrincipalName: 'Kim@contoso.com', displayName: 'Kim', usageLocation: 'US' },
      licenses: [],
      roleDefinitionIds: [roleTemplateByName('Helpdesk Administrator')!.id],
    });
    expect(session.store.send(command).ok).toBe(true);
    await session.settled();
    expect(session.getState().attempt.logLength).toBe(1);
    const follower = await lab.open(lab.tab(), attemptId);
    expect(findUserByUserPrincipalName(follower.store.getTenant(), 'Kim@contoso.com')).toBeDefined();
    await session.undoLastAction();
    expect(session.store.getTenant()).toBe(start);
    expect(findUserByUserPrincipalName(session.store.getTenant(), 'Kim@contoso.com')).toBeUndefined();
  });
});

describe('snapshots', () => {
  it('opening an attempt with a long tail and no snapshot saves one, so the next resume replays less', async () => {
    const tab = lab.tab();
    const attemptId = await tab.startAttempt(SANDBOX_SCENARIO_ID, 'sandbox');
    const store = (await tab.storage()).store;
    const session = await lab.open(tab, attemptId);
    for (let i = 0; i < store.snapshotInterval + 5; i++) session.store.send(jobTitle(`Title ${i}`, session));
    await session.settled();
    session.close();
    await store.db.snapshots.clear();
    const reopened = await lab.open(lab.tab(), attemptId);
    await reopened.settled();
    expect((await store.db.snapshots.toArray()).map((snapshot) => snapshot.seq)).toEqual([store.snapshotInterval + 5]);
    expect((await store.resumePoint(attemptId, reopened.store.getTenant())).attempt.logLength).toBe(store.snapshotInterval + 5);
  });

  it('the writer saves a snapshot every interval from the state it kept for each command', async () => {
    const tab = lab.tab();
    const attemptId = await tab.startAttempt(SANDBOX_SCENARIO_ID, 'sandbox');
    const store = (await tab.storage()).store;
    const session = await lab.open(tab, attemptId);
    for (let i = 0; i < store.snapshotInterval * 2 + 3; i++) session.store.send(jobTitle(`Title ${i}`, session));
    await session.settled();
    expect((await store.db.snapshots.toArray()).map((snapshot) => snapshot.seq)).toEqual([store.snapshotInterval, store.snapshotInterval * 2]);
  });
});
