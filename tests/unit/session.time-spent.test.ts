import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LabSession } from '../../src/session/lab-session';
import { LabBrowser } from './session.support';

/*
 * Time spent keeps counting across a reload. A page saves it as it hides or unloads, when an
 * IndexedDB write seldom commits before the page is gone: the time is written ahead first.
 */

let lab: LabBrowser;

beforeEach(() => {
  lab = new LabBrowser();
});

afterEach(() => {
  lab.closeAll();
  vi.restoreAllMocks();
});

/** The test tabs' clock moves a second at every reading: reading it is spending time. */
function spend(session: LabSession, seconds: number): void {
  for (let second = 0; second < seconds; second++) session.activeMs();
}

describe('time spent on an attempt', () => {
  it('survives a reload whose last save never reached IndexedDB', async () => {
    const tab = lab.tab();
    const attemptId = await tab.startAttempt('onboard-licensed-user', 'practice');
    const session = await lab.open(tab, attemptId);
    await session.saveActiveTime();
    const saved = session.getState().attempt.activeMs;

    // The page unloads: its save starts, and the page is gone before it commits.
    vi.spyOn((await tab.storage()).store, 'saveActiveTime').mockReturnValue(new Promise(() => undefined));
    spend(session, 30);
    const atUnload = session.activeMs();
    expect(atUnload).toBeGreaterThan(saved + 30_000);
    void session.saveActiveTime();
    session.close();
    vi.restoreAllMocks();

    const reopened = await lab.open(lab.tab(), attemptId);
    expect(reopened.activeMs()).toBeGreaterThanOrEqual(atUnload);
  });

  it('forgets the written-ahead time once IndexedDB has it, and never counts backwards', async () => {
    const tab = lab.tab();
    const attemptId = await tab.startAttempt('onboard-licensed-user', 'practice');
    const session = await lab.open(tab, attemptId);
    await session.saveActiveTime();
    expect(lab.storage.getItem(`tenant-lab.time.${attemptId}`)).toBeNull();
    const saved = session.getState().attempt.activeMs;
    session.close();
    const reopened = await lab.open(lab.tab(), attemptId);
    expect(reopened.activeMs()).toBeGreaterThanOrEqual(saved);
  });
});
