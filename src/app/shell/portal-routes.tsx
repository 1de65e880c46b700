import type { ComponentType } from 'react';
import { Navigate, type PatchRoutesOnNavigationFunction, type RouteObject } from 'react-router';
import type { PageHandle } from './Page';
import { portalOfPath, type PageRoute, type Portal, type PortalEntry } from './portal';
import { RouteError } from './RouteError';

/** The route whose children the portals' routes are added to, in the app's tree and in the player's. */
export const PORTALS_PARENT_ID = 'portals-parent';

function portalRouteId(entry: Pick<PortalEntry, 'id'>): string {
  return `portal:${entry.id}`;
}

function pageRoute(route: PageRoute): RouteObject {
  const handle: PageHandle = { pageRoute: route };
  const PageComponent = route.page;
  return { path: route.path, element: <PageComponent />, handle, errorElement: <RouteError /> };
}

/** The frame a portal's pages are shown in (`PortalFrame`), passed in: it arrives with the first portal. */
export type PortalFrameComponent = ComponentType<{ portal: Portal }>;

/**
 * The portals' frame (top bar, account menu, nav) reads the tenant, so it would bring the tenant
 * core into the first download; it is fetched beside the first portal's module instead.
 */
export function loadPortalFrame(): Promise<PortalFrameComponent> {
  return import('./PortalFrame').then((module) => module.PortalFrame);
}

/** A loaded portal as a route: its frame around its pages, its base opening its Home. */
export function portalRoute(portal: Portal, PortalFrame: PortalFrameComponent): RouteObject {
  return {
    id: portalRouteId(portal),
    path: portal.base,
    // Keyed, so switching portals starts a fresh frame (nav state, Suspense) instead of reusing one.
    element: <PortalFrame key={portal.id} portal={portal} />,
    children: [{ index: true, element: <Navigate to={portal.home.path} replace /> }, ...portal.pages.map(pageRoute)],
  };
}

/**
 * Adds a portal's routes the first time an address under it is visited, so the first download
 * carries only the portals' entries, however many portals there are (react-router's
 * `patchRoutesOnNavigation`). `basename` is the router's: the player's router is based at the
 * attempt's address, and the path it is given here includes it.
 */
export function discoverPortals(portals: readonly PortalEntry[], basename = ''): PatchRoutesOnNavigationFunction {
  return async ({ path, matches, patch, signal }) => {
    const appPath = path.startsWith(basename) ? path.slice(basename.length) || '/' : path;
    const entry = portalOfPath(portals, appPath);
    if (!entry || matches.some((match) => match.route.id === portalRouteId(entry))) return;
    const [portal, frame] = await Promise.all([loadPortal(entry), loadPortalFrame()]);
    if (signal.aborted) return;
    patch(PORTALS_PARENT_ID, [portalRoute(portal, frame)]);
  };
}

/** A portal's module, loaded and joined to what its entry says of it. */
export async function loadPortal(entry: PortalEntry): Promise<Portal> {
  const { default: module } = await entry.load();
  const { load: _load, ...known } = entry;
  return { ...known, ...module };
}
