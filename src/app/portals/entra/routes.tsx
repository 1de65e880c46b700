import { lazy } from 'react';
import { page } from '../../shell/page-routes';
import type { PageRoute } from '../../shell/portal';
import { entraBillingRoutes } from './billing/routes';
import { entraIdRoutes } from './entra-id/routes';
import { idGovernanceRoutes } from './id-governance/routes';
import { monitoringRoutes } from './monitoring/routes';
import { protectionRoutes } from './protection/routes';
import { ENTRA_BASE, entraPaths } from './paths';

/*
 * The Microsoft Entra admin center's pages: each section folder lists its own (its `routes.tsx`),
 * and this table gathers them with the pages that belong to no section. To add a section: its
 * folder with its pages and `routes.tsx`, its links in paths.ts, one line here and its entry in
 * nav.ts.
 */
export const entraRoutes = {
  home: page(entraPaths.home, 'Home', lazy(() => import('./home/EntraHomePage'))),
  ...entraIdRoutes,
  ...protectionRoutes,
  ...idGovernanceRoutes,
  ...monitoringRoutes,
  ...entraBillingRoutes,
  search: page(entraPaths.search, 'Search results', lazy(() => import('../shared/SearchResultsPage'))),
  graphExplorer: page(entraPaths.graphExplorer, 'Graph Explorer', lazy(() => import('../../tools/graph-explorer/GraphExplorerPage'))),
  notFound: page(`${ENTRA_BASE}/*`, 'Page not found', lazy(() => import('../shared/NotFoundPage'))),
} as const satisfies Record<string, PageRoute>;
