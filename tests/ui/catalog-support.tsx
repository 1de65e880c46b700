import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createMemoryRouter } from 'react-router';
import { App } from '../../src/app/App';
import { createDemoStore } from '../../src/app/demo-store';
import { LabRuntimeProvider } from '../../src/app/lab/catalog/lab-runtime-context';
import { LabRuntime } from '../../src/session/lab-runtime';
import { appRoutes } from '../../src/app/routes';
import { withLoadedPortals } from './loaded-portals';
import type { AttemptMode, AttemptScore } from '../../src/storage';
import './render-app';
import { BUILT_IN_SCENARIOS } from '../support/built-in-scenarios';

/** A fresh lab over its own fake IndexedDB: one browser profile per test. */
export function freshLab(options: { seed?: number; now?: () => Date } = {}): LabRuntime {
  return new LabRuntime({
      builtInScenarios: BUILT_IN_SCENARIOS,
    database: { indexedDB: new IDBFactory(), IDBKeyRange },
    storage: null,
    locks: null,
    channel: null,
    seed: () => options.seed ?? 7,
    ...(options.now ? { now: options.now } : {}),
  });
}

/** A wall clock that moves an hour on each reading, so attempts sort and chart in the order they were made. */
export function hourlyClock(start = '2026-03-02T09:00:00.000Z'): () => Date {
  let at = Date.parse(start);
  return () => {
    const now = new Date(at);
    at += 3_600_000;
    return now;
  };
}

/** Renders the app at a lab path with the given runtime. */
export function renderLab(path: string, runtime: LabRuntime = freshLab()) {
  const router = createMemoryRouter(withLoadedPortals(appRoutes), { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <LabRuntimeProvider runtime={runtime}>
      <App store={createDemoStore()} router={router} />
    </LabRuntimeProvider>,
  );
  return { ...view, router, user, runtime };
}

export function score(earned: number, total: number, areas: Record<string, [number, number]> = {}): AttemptScore {
  return {
    earned,
    total,
    percent: total === 0 ? 0 : Math.floor((earned * 100) / total),
    skillAreas: Object.entries(areas).map(([id, [areaEarned, areaTotal]]) => ({ id, earned: areaEarned, total: areaTotal })),
  };
}

/** Saves an attempt as if the learner had played it: started, and submitted with `result` when given. */
export async function seedAttempt(runtime: LabRuntime, scenarioId: string, result?: AttemptScore, mode: AttemptMode = 'practice', examId?: string): Promise<string> {
  const { store } = await runtime.storage();
  const attempt = await store.createAttempt({ scenarioId, variablesSeed: 7, mode, userId: 'learner', ...(examId ? { examId } : {}) });
  if (result) await store.submitAttempt(attempt.id, { score: result, activeMs: 300_000 });
  return attempt.id;
}

/**
 * A confirmation dialog by its title. jsdom has no layout, so tabster (Fluent's focus manager)
 * can decide a moment after opening that focus inside the dialog was lost and aria-hide it; in a
 * browser it stays exposed (the e2e tests find dialogs by role). Hidden elements are included so
 * a slow machine doesn't turn that artefact into a failure.
 */
export function findDialog(name?: string): Promise<HTMLElement> {
  // By the title it is labelled by: an aria-hidden dialog's accessible name is computed as empty.
  const titled = (dialog: HTMLElement) => name === undefined || document.getElementById(dialog.getAttribute('aria-labelledby') ?? '')?.textContent === name;
  return waitFor(() => {
    const dialog = screen.getAllByRole('alertdialog', { hidden: true }).find(titled);
    if (!dialog) throw new Error(`No dialog titled ${name}.`);
    return dialog;
  });
}
