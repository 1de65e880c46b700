// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SANDBOX_SCENARIO_ID, type TabChannel, type TabMessage } from '../../src/storage';
import { LabRuntime } from '../../src/session/lab-runtime';
import { freshLab, renderLab } from './catalog-support';
import { BUILT_IN_SCENARIOS } from '../support/built-in-scenarios';

/*
 * The lab's pages read the learner's attempts again only when another tab says something that
 * changes what they show: an attempt started or ended. A command played in another tab only
 * moves that attempt's log length, which the pages take from the message itself.
 */

let otherTab: BroadcastChannel | undefined;

afterEach(() => {
  otherTab?.close();
  otherTab = undefined;
});

/** Says `message` as another tab would, on the page's channel. */
function fromOtherTab(message: TabMessage): void {
  otherTab ??= new BroadcastChannel('tenant-lab');
  otherTab.postMessage(message);
}

async function catalogWithFreePlay() {
  const runtime = freshLab();
  const { store } = await runtime.storage();
  const sandbox = await store.createAttempt({ scenarioId: SANDBOX_SCENARIO_ID, variablesSeed: 0, mode: 'sandbox', userId: 'learner' });
  const view = renderLab('/lab', runtime);
  expect(await screen.findByText(/Your changes are kept: 0 actions so far\./)).toBeInTheDocument();
  const reads = vi.spyOn(runtime, 'listAttempts');
  return { ...view, runtime, store, sandboxId: sandbox.id, reads };
}

describe("the lab's data while other tabs play", () => {
  it("follows another tab's commands and undos from their messages, without reading storage again", async () => {
    const { sandboxId, reads } = await catalogWithFreePlay();

    fromOtherTab({ type: 'attempt.appended', attemptId: sandboxId, length: 1 });
    fromOtherTab({ type: 'attempt.appended', attemptId: sandboxId, length: 2 });
    fromOtherTab({ type: 'attempt.appended', attemptId: sandboxId, length: 3 });
    expect(await screen.findByText(/Your changes are kept: 3 actions so far\./)).toBeInTheDocument();
    fromOtherTab({ type: 'attempt.rewound', attemptId: sandboxId, length: 1 });
    expect(await screen.findByText(/Your changes are kept: 1 action so far\./)).toBeInTheDocument();

    expect(reads).not.toHaveBeenCalled();
  });

  it('reads the attempts again when another tab ends one, and shows it ended', async () => {
    const { sandboxId, store, reads } = await catalogWithFreePlay();
    await store.abandonAttempt(sandboxId);
    fromOtherTab({ type: 'attempt.ended', attemptId: sandboxId });
    expect(await screen.findByRole('button', { name: 'Start free play' })).toBeInTheDocument();
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('reads the attempts again when another tab starts one, or plays one this tab has not listed', async () => {
    const { store, reads } = await catalogWithFreePlay();
    fromOtherTab({ type: 'attempt.started', attemptId: 'started-elsewhere' });
    await waitFor(() => expect(reads).toHaveBeenCalledTimes(1));

    const unlisted = await store.createAttempt({ scenarioId: 'least-privilege-helpdesk', variablesSeed: 7, mode: 'practice', userId: 'learner' });
    fromOtherTab({ type: 'attempt.appended', attemptId: unlisted.id, length: 1 });
    await waitFor(() => expect(reads).toHaveBeenCalledTimes(2));
    expect(await screen.findByRole('button', { name: 'Continue' })).toBeInTheDocument();
  });
});

describe('starting an attempt', () => {
  it('tells the other tabs, so their lists show it', async () => {
    const heard: TabMessage[] = [];
    const channel: TabChannel = { post: (message) => heard.push(message), listen: () => () => undefined, close: () => undefined };
    const runtime = new LabRuntime({ builtInScenarios: BUILT_IN_SCENARIOS, database: { indexedDB: new IDBFactory(), IDBKeyRange }, storage: null, locks: null, channel, seed: () => 7 });
    const attemptId = await runtime.startAttempt(SANDBOX_SCENARIO_ID, 'sandbox');
    expect(heard).toEqual([{ type: 'attempt.started', attemptId }]);
  });
});
