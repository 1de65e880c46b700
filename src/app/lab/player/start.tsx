import { StrictMode, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from '../../App';
import { appRoutes, routerOptions } from '../../routes';
import type { LabSession } from '../../../session/lab-session';
import { LabSessionProvider } from '../session-context';
import { attemptIdOfPath } from './player-paths';

const LAB_PATH = /^\/lab(\/|$)/;

/** A generated tenant (`?tenant=large`) is for trying the lists at scale: it is not kept. */
function wantsGeneratedTenant(): boolean {
  return new URLSearchParams(window.location.search).get('tenant') === 'large';
}

/**
 * The demo tenant's free play, kept like an attempt so a reload keeps the learner's changes.
 * Where storage fails outright the demo still opens, on a tenant kept in this page only.
 */
async function openFreePlay(): Promise<LabSession | null> {
  if (wantsGeneratedTenant()) return null;
  try {
    const [{ pageLabRuntime }] = await Promise.all([import('../page-runtime'), import('../FreePlayChrome')]);
    const runtime = pageLabRuntime();
    return await runtime.attemptSession(await runtime.freePlayAttempt());
  } catch {
    return null;
  }
}

/** The demo tenant (Contoso's free play) with the lab's own pages; where the learner goes in the lab is remembered. */
async function demoPage(): Promise<ReactElement> {
  const session = await openFreePlay();
  // Created once, outside React: a router listens to the browser's history from its creation.
  const router = createBrowserRouter(appRoutes, routerOptions());
  router.subscribe(({ location }) => {
    if (!LAB_PATH.test(location.pathname)) return;
    const path = location.pathname + location.search;
    import('../page-runtime')
      .then(({ pageLabRuntime }) => pageLabRuntime().rememberLocation(path))
      .catch(() => undefined);
  });
  // A generated tenant, or storage failing outright: a tenant of its own, kept in this page only.
  if (!session) return <App store={(await import('../../demo-store')).createDemoStore()} router={router} />;
  return (
    <LabSessionProvider session={session}>
      <App store={session.store} router={router} />
    </LabSessionProvider>
  );
}

/**
 * The player for an attempt's address. The attempt starts opening (the database, the resumed
 * log) as soon as the storage code has arrived, while the player's own code is still loading.
 */
async function playerPage(attemptId: string): Promise<ReactElement> {
  const [{ pageLabRuntime }, player] = await Promise.all([
    import('../page-runtime').then((module) => {
      module.pageLabRuntime().attemptSession(attemptId).catch(() => undefined);
      return module;
    }),
    import('./player-page'),
  ]);
  return player.playerPage(pageLabRuntime(), attemptId);
}

/**
 * Starts the page. An attempt's address opens the player, with a router based at the attempt so
 * every portal link stays inside it; any other address is the demo tenant and the lab's own
 * pages, on Contoso's free play. Opening Tenant Lab at / takes the learner back to where they
 * were in the lab. Storage and the player arrive as chunks of their own, so the first download
 * stays small.
 */
export async function startTenantLab(container: HTMLElement): Promise<void> {
  if (window.location.pathname === '/') {
    const { pageLabRuntime } = await import('../page-runtime');
    const last = await pageLabRuntime()
      .lastLocation()
      .catch(() => null);
    if (last) window.history.replaceState(null, '', last);
  }
  const attemptId = attemptIdOfPath(window.location.pathname);
  const app = attemptId ? await playerPage(attemptId) : await demoPage();
  createRoot(container).render(<StrictMode>{app}</StrictMode>);
}
