import { Navigate, type RouteObject } from 'react-router';
import { adminPaths } from './portals/admin/paths';
import { portalEntries } from './portals';
import { DNS_HOST_PATH } from './sandbox/dns-host/dns-host-paths';
import { ON_PREMISES_PATH } from './sandbox/on-premises/on-premises-paths';
import { PageFallback } from './shell/PageFallback';
import { discoverPortals, PORTALS_PARENT_ID } from './shell/portal-routes';
import { RootLayout } from './shell/RootLayout';
import { RouteError } from './shell/RouteError';

/*
 * THE APP'S ROUTES. The portals are not listed here: each portal's routes arrive with its module
 * on the first visit to its address (src/app/portals/index.ts lists them), so the first download
 * stays the same size however many portals there are. What is here: `/` opening the admin
 * center's Home, the sandbox's DNS host, and the learner's lab.
 */

/**
 * What every router over these routes is created with: the portals' routes, added as their
 * addresses are visited. `basename` is the router's, when it has one (the player's).
 */
export function routerOptions(basename?: string) {
  return { basename, patchRoutesOnNavigation: discoverPortals(portalEntries, basename) };
}

/**
 * The children of the frame the portals are shown in, on the demo tenant and, under an
 * attempt's address, in the lab's player (`src/app/lab/player`); the portals join them.
 */
export const portalRoutes: RouteObject[] = [
  { index: true, element: <Navigate to={adminPaths.home} replace /> },
  // The learner's DNS host: the sandbox's stand-in for a registrar, outside the portals.
  { path: `${DNS_HOST_PATH}/:zoneName?`, lazy: async () => ({ Component: (await import('./sandbox/dns-host/DnsHostPage')).default }), errorElement: <RouteError /> },
  // The learner's on-premises servers: Active Directory Users and Computers and the Entra Connect server.
  { path: `${ON_PREMISES_PATH}/:tool?`, lazy: async () => ({ Component: (await import('./sandbox/on-premises/OnPremisesPage')).default }), errorElement: <RouteError /> },
  { path: '*', element: <Navigate to={adminPaths.home} replace /> },
];

/** The router's tree: the portals on the demo tenant, each under its own prefix, and the lab. */
export const appRoutes: RouteObject[] = [
  {
    id: PORTALS_PARENT_ID,
    path: '/',
    element: <RootLayout />,
    // Shown on the first load while the portal's (or the lab's) code arrives.
    HydrateFallback: PageFallback,
    errorElement: <RouteError />,
    children: [
      ...portalRoutes,
      // The learner's lab, outside the portals: catalog, exams, history and files.
      {
        path: '/lab',
        lazy: async () => ({ Component: (await import('./lab/catalog/LabFrame')).default }),
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: async () => ({ Component: (await import('./lab/catalog/CatalogPage')).default }) },
          { path: 'history', lazy: async () => ({ Component: (await import('./lab/history/HistoryPage')).default }) },
          { path: 'files', lazy: async () => ({ Component: (await import('./lab/files/FilesPage')).default }) },
          { path: 'exam', lazy: async () => ({ Component: (await import('./lab/exam/ExamsPage')).default }) },
          { path: 'exam/:sittingId', lazy: async () => ({ Component: (await import('./lab/exam/ExamSittingPage')).default }) },
        ],
      },
    ],
  },
  // An attempt is played on its own page load, whose router is based at the attempt's address.
  { path: '/lab/attempts/*', lazy: async () => ({ Component: (await import('./lab/player/OpenInPlayer')).default }) },
];
