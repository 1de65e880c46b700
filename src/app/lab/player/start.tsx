import { StrictMode, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from '../../App';
import { createDemoStore } from '../../demo-store';
import { appRoutes, routerOptions } from '../../routes';
import { attemptIdOfPath } from './player-paths';

const LAB_PATH = /^\/lab(\/|$)/;

/** The demo tenant with the lab's own pages; where the learner goes in the lab is remembered. */
function demoPage(): ReactElement {
  // Created once, outside React: a router listens to the browser's history from its creation.
  const router = createBrowserRouter(appRoutes, routerOptions());
  router.subscribe(({ location }) => {
    if (!LAB_PATH.test(location.pathname)) return;
    const path = location.pathname + location.search;
    import('../page-runtime')
      .then(({ pageLabRuntime }) => pageLabRuntime().rememberLocation(path))
      .catch(() => undefined);
  });
  return <App store={createDemoStore()} router={router} />;
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
 * pages. Opening Tenant Lab at / takes the learner back to where they were in the lab. Storage
 * and the player load only where they are needed, so the demo's first download stays small.
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
  const app = attemptId ? await playerPage(attemptId) : demoPage();
  createRoot(container).render(<StrictMode>{app}</StrictMode>);
}
