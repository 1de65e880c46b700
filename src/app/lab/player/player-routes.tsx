import type { RouteObject } from 'react-router';
import { portalRoutes } from '../../routes';
import { PageFallback } from '../../shell/PageFallback';
import { PORTALS_PARENT_ID } from '../../shell/portal-routes';
import { RouteError } from '../../shell/RouteError';
import { PlayerLayout } from './PlayerLayout';
import { RESULTS_PATH } from './player-paths';

/** An attempt's router tree: every page of the portals and the DNS host, and the results, inside the player. */
export function playerRoutes(): RouteObject[] {
  return [
    {
      id: PORTALS_PARENT_ID,
      path: '/',
      element: <PlayerLayout />,
      HydrateFallback: PageFallback,
      errorElement: <RouteError />,
      children: [{ path: RESULTS_PATH, lazy: async () => ({ Component: (await import('./results/ResultsPage')).default }), errorElement: <RouteError /> }, ...portalRoutes],
    },
  ];
}
