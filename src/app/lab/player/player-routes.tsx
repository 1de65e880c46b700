import type { RouteObject } from 'react-router';
import { portalRoutes } from '../../routes';
import { RouteError } from '../../shell/RouteError';
import { PlayerLayout } from './PlayerLayout';
import { RESULTS_PATH } from './player-paths';

/** An attempt's router tree: every page of both portals and the DNS host, and the results, inside the player. */
export function playerRoutes(): RouteObject[] {
  return [
    {
      path: '/',
      element: <PlayerLayout />,
      errorElement: <RouteError />,
      children: [{ path: RESULTS_PATH, lazy: async () => ({ Component: (await import('./results/ResultsPage')).default }), errorElement: <RouteError /> }, ...portalRoutes],
    },
  ];
}
