import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { PlayerApp } from '../../src/app/lab/player/PlayerApp';
import { attemptBase } from '../../src/app/lab/player/player-paths';
import { playerRoutes } from '../../src/app/lab/player/player-routes';
import { withLoadedPortals } from './loaded-portals';
import type { LabRuntime } from '../../src/session/lab-runtime';
import type { LabSession } from '../../src/session/lab-session';
import { runSteps } from '../../src/scenario';
import type { AttemptMode } from '../../src/storage';
import type { TenantCommand } from '../../src/tenant';
import { LabBrowser } from '../unit/session.support';
import './render-app';

export interface PlayerOptions {
  /** The path inside the attempt, e.g. /admin/users. */
  readonly path?: string;
  readonly mode?: AttemptMode;
  /** A scenario file to import first (as the learner would), instead of a shipped one. */
  readonly importSource?: string;
  /** Another tab of the same browser profile, to open the same attempt in. */
  readonly browser?: LabBrowser;
  readonly attemptId?: string;
  /** A browser that offers no IndexedDB (jsdom has none of its own). */
  readonly withoutIndexedDB?: boolean;
}

/** Renders the player on an attempt of `scenarioId` over fake-indexeddb, and waits until it shows. */
export async function renderPlayer(scenarioId: string, options: PlayerOptions = {}) {
  const browser = options.browser ?? new LabBrowser();
  const runtime: LabRuntime = browser.tab({ withoutIndexedDB: options.withoutIndexedDB ?? false });
  if (options.importSource) await (await runtime.storage()).library.save({ id: scenarioId, source: options.importSource });
  const attemptId = options.attemptId ?? (await runtime.startAttempt(scenarioId, options.mode ?? (scenarioId === 'sandbox' ? 'sandbox' : 'practice')));
  const base = attemptBase(attemptId);
  const router = createMemoryRouter(withLoadedPortals(playerRoutes()), { basename: base, initialEntries: [base + (options.path ?? '/admin/home')] });
  const user = userEvent.setup();
  // In act, so React retries the player once the attempt has opened.
  const view = await act(async () => render(<PlayerApp runtime={runtime} attemptId={attemptId} router={router} />));
  const session: LabSession = await runtime.attemptSession(attemptId);
  await screen.findByRole('region', { name: 'Tenant Lab' });
  return { ...view, user, router, runtime, session, browser, attemptId };
}

/** The scenario's own solution as the commands a learner's pages would send, resolved on the attempt's start. */
export function solutionCommands(session: LabSession): TenantCommand[] {
  const instance = session.instance!;
  return runSteps(instance.start, instance.solution, instance.actor, ['solution'], true).log.map((entry) => entry.command);
}

/**
 * The confirmation dialog titled `title`. In jsdom, tabster never sees focus enter a dialog, so
 * a moment after it opens tabster marks it aria-hidden as an inactive modal, and role queries by
 * name stop finding it; it is found by its title instead. Chromium has no such quirk (the browser
 * tests check the dialogs there, with axe).
 */
export async function findDialog(title: string): Promise<HTMLElement> {
  const heading = await screen.findByText(title, { selector: 'h2' });
  return heading.closest<HTMLElement>('[role="alertdialog"]')!;
}

/** Clicks `button` in the confirmation dialog titled `title`, and returns the dialog. */
export async function confirmIn(user: ReturnType<typeof userEvent.setup>, title: string, button: string): Promise<HTMLElement> {
  const dialog = await findDialog(title);
  await user.click(within(dialog).getByText(button, { selector: 'button' }));
  return dialog;
}
