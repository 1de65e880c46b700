import type { RouteObject } from 'react-router';
import { portalEntries } from '../../src/app/portals';
import { loadPortal, loadPortalFrame, portalRoute, PORTALS_PARENT_ID } from '../../src/app/shell/portal-routes';

/*
 * The app loads a portal's routes on the first visit to it (src/app/shell/portal-routes.tsx), so
 * its first render waits for them. Most UI tests render a page and look at it at once, as they
 * did when every route was in the first download; they start from a route tree that already
 * holds every portal, so their routers need no `patchRoutesOnNavigation`: without it a
 * navigation inside a page (a search parameter set by a radio button) still completes within the
 * event that caused it, as Testing Library's act() expects. portals-on-demand.test.tsx tests the
 * loading itself.
 */
const loaded = await Promise.all(portalEntries.map(loadPortal));
const frame = await loadPortalFrame();

/** `routes` with every portal's routes already under the frame they join. */
export function withLoadedPortals(routes: readonly RouteObject[]): RouteObject[] {
  return routes.map((route): RouteObject => {
    if (route.id !== PORTALS_PARENT_ID || route.index) return route;
    return { ...route, children: [...loaded.map((portal) => portalRoute(portal, frame)), ...(route.children ?? [])] };
  });
}
