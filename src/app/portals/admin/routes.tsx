import { lazy } from 'react';
import { notInLab, page } from '../../shell/page-routes';
import type { PageRoute } from '../../shell/portal';
import { billingRoutes } from './billing/routes';
import { ADMIN_BASE, adminPaths } from './paths';
import { rolesRoutes } from './roles/routes';
import { settingsRoutes } from './settings/routes';
import { teamsAndGroupsRoutes } from './teams-and-groups/routes';
import { usersRoutes } from './users/routes';

/*
 * The Microsoft 365 admin center's pages: each section folder lists its own (its `routes.tsx`),
 * and this table gathers them with the pages that belong to no section. A page's title is also
 * its nav label, its breadcrumb and its document title. To add a section: its folder with its
 * pages and `routes.tsx`, its links in paths.ts, one line here and its entry in nav.ts.
 */
export const adminRoutes = {
  home: page(adminPaths.home, 'Home', lazy(() => import('./home/HomePage'))),
  ...usersRoutes,
  ...teamsAndGroupsRoutes,
  ...rolesRoutes,
  ...billingRoutes,
  ...settingsRoutes,
  setup: notInLab(adminPaths.setup, 'Setup', 'The guided setup cards are not available in Tenant Lab.'),
  serviceHealth: notInLab(adminPaths.serviceHealth, 'Service health', 'Service health is not available in Tenant Lab yet. This page shows nothing rather than claim every service is healthy.'),
  messageCenter: notInLab(adminPaths.messageCenter, 'Message center', 'Message center posts are not available in Tenant Lab yet.'),
  support: notInLab(adminPaths.support, 'Help & support', 'Tenant Lab is an offline sandbox: there is no one to open a service request with.'),
  search: page(adminPaths.search, 'Search results', lazy(() => import('../shared/SearchResultsPage'))),
  notFound: page(`${ADMIN_BASE}/*`, 'Page not found', lazy(() => import('../shared/NotFoundPage'))),
} as const satisfies Record<string, PageRoute>;
