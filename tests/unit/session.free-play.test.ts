import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SANDBOX_SCENARIO_ID } from '../../src/storage';
import { findUserByUserPrincipalName } from '../../src/tenant';
import { LabBrowser } from './session.support';

/*
 * The demo tenant at `/` is free play kept like an attempt: what the learner changes survives a
 * reload (a new page runtime over the same IndexedDB), and starting over brings Contoso back.
 */

let lab: LabBrowser;

beforeEach(() => {
  lab = new LabBrowser();
});

afterEach(() => {
  lab.closeAll();
});

const NEW_USER = 'newcomer@contoso.com';

describe('the demo tenant’s free play', () => {
  it('keeps a user added before a reload, and Start over restores the demo', async () => {
    const first = lab.tab();
    const attemptId = await first.freePlayAttempt();
    const session = await lab.open(first, attemptId);
    expect(session.getState().attempt).toMatchObject({ scenarioId: SANDBOX_SCENARIO_ID, mode: 'sandbox' });
    expect(session.store.send({ type: 'user.create', userPrincipalName: NEW_USER, displayName: 'Newcomer' }).ok).toBe(true);
    await lab.settle();
    session.close();

    // The page is reloaded: a new runtime finds the same free play and resumes it.
    const reloaded = lab.tab();
    expect(await reloaded.freePlayAttempt()).toBe(attemptId);
    const resumed = await lab.open(reloaded, attemptId);
    expect(findUserByUserPrincipalName(resumed.store.getTenant(), NEW_USER)?.displayName).toBe('Newcomer');

    await resumed.reset();
    await lab.settle();
    expect(findUserByUserPrincipalName(resumed.store.getTenant(), NEW_USER)).toBeUndefined();
    resumed.close();
    const again = await lab.open(lab.tab(), attemptId);
    expect(findUserByUserPrincipalName(again.store.getTenant(), NEW_USER)).toBeUndefined();
  });

  it('starts one free play and opens the same one after, not one per visit', async () => {
    const tab = lab.tab();
    const first = await tab.freePlayAttempt();
    expect(await lab.tab().freePlayAttempt()).toBe(first);
    const { attempts } = await tab.listAttempts();
    expect(attempts.filter((attempt) => attempt.scenarioId === SANDBOX_SCENARIO_ID)).toHaveLength(1);
  });

  it('starts a fresh free play once the last one was ended (the catalog’s Start over)', async () => {
    const tab = lab.tab();
    const first = await tab.freePlayAttempt();
    await (await tab.storage()).store.abandonAttempt(first);
    const second = await tab.freePlayAttempt();
    expect(second).not.toBe(first);
  });

  it('is kept in the page’s memory, and says so, where the browser has no IndexedDB', async () => {
    const tab = lab.tab({ withoutIndexedDB: true });
    const session = await lab.open(tab, await tab.freePlayAttempt());
    expect(session.getState().unsaved).not.toBeNull();
  });
});
